//! Level of detail for very dense layers: below a zoom threshold the layer is drawn from
//! raster tiles rendered once on a worker thread, so a frame costs the same (about thirty
//! textured rectangles) for a 120 MB file as for a small one.
//!
//! Why tiles and not simplified vectors: at the corridor view a 120,000-line file has
//! ~5 million positions in a few hundred pixels square; even simplified to two points per
//! line, 120,000 strokes cost egui hundreds of milliseconds a frame. A tile holds the
//! result of all of them in a fixed number of pixels.

use std::sync::{Arc, Mutex};

use egui::{Color32, ColorImage, Painter, Rect, TextureHandle, TextureOptions, pos2};
use geo::{CoordsIter, Geometry, LineString, Polygon};
use tiny_skia::{FillRule, LineCap, LineJoin, PathBuilder, Pixmap, Stroke, Transform};
use walkers::TileId;

use super::Viewport;
use crate::data::basemap::web_mercator_unit;
use crate::data::mercator;
use crate::data::{Feature, FeatureIndex, Layer};
use crate::map::per_feature::PerFeature;
use crate::map::raster::{TileCoord, paint};
use crate::map::tile_pool::{Found, Outcome, PoolConfig, TilePool, lock, texture_size};
use crate::style::{self, FeatureLook};

/// Layers with fewer positions than this are always drawn as vectors: they are cheap
/// at any zoom, and vectors are sharper.
pub const MIN_VERTICES: usize = 100_000;

/// How many features a screenful may hold before the layer is drawn from tiles. Two
/// thousand short lines tessellate in about a millisecond on the target laptops.
pub const MAX_FEATURES_PER_SCREEN: f64 = 2_000.0;

/// The screen the threshold is computed for, square points (1366 × 768, the smallest
/// common laptop screen; bigger screens show more, smaller zooms are then tiled anyway).
const REFERENCE_SCREEN_PT2: f64 = 1366.0 * 768.0;

/// Tiles are never used above this zoom: positions are kept as `f32` degrees, precise
/// to about a metre, a tenth of a pixel at z14.
pub const MAX_TILE_ZOOM: u8 = 14;

/// The pool of each dense layer: one thread (the basemap has two, and the UI needs a core);
/// 96 textures (256 KiB each at 256 px, 1 MiB on HiDPI screens); requests beyond 64 are
/// dropped, the user has moved on from them.
const POOL: PoolConfig = PoolConfig {
    name: "dense layer tiles",
    workers: 1,
    max_queued: 64,
    max_cached: 96,
    keep_up_to_zoom: None,
};

/// One drawable part of a feature, `[lon, lat]` in degrees as `f32`: converted to Web
/// Mercator only when a tile is drawn, on the worker thread, so building a dense layer
/// costs the UI thread a copy and not millions of projections.
enum Part {
    Line(Vec<[f32; 2]>),
    Polygon(Vec<Vec<[f32; 2]>>),
    Point([f32; 2]),
}

/// A dense layer's geometry as the tile worker draws it: every feature's parts and the
/// layer's R-tree of their bounding boxes (the same tree the layer keeps, shared). Built
/// from the features alone, so an import builds it on its own thread: for 2,000,000 points
/// that is about a second the window would otherwise freeze for when the layer arrives.
pub struct DenseGeometry {
    shapes: Shapes,
    index: FeatureIndex,
    /// Below this zoom the layer is drawn from tiles.
    tiles_below_zoom: f64,
}

/// Every feature's parts, packed for the commonest big file, one point per feature.
enum Shapes {
    /// Feature `i` is the point `points[i]`: 8 bytes a feature where a [`Part`] and its
    /// start cost 36 (two million points: 69 → 15 MiB).
    Points(Vec<[f32; 2]>),
    /// Feature `i`'s parts are `parts[starts[i]..starts[i + 1]]` (one vector of parts per
    /// feature cost two allocations a feature).
    Parts { parts: Vec<Part>, starts: Vec<u32> },
}

/// One feature's parts as [`DenseGeometry::parts_of`] lends them.
enum FeatureParts<'a> {
    Point(&'a [f32; 2]),
    Parts(&'a [Part]),
}

impl DenseGeometry {
    /// How many features the geometry holds.
    fn len(&self) -> usize {
        match &self.shapes {
            Shapes::Points(points) => points.len(),
            Shapes::Parts { starts, .. } => starts.len().saturating_sub(1),
        }
    }
}

impl std::fmt::Debug for DenseGeometry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DenseGeometry")
            .field("features", &self.len())
            .field("tiles_below_zoom", &self.tiles_below_zoom)
            .finish_non_exhaustive()
    }
}

/// What the worker needs to draw tiles: the geometry and every feature's look. Shared
/// with the worker thread; never changes.
struct DenseData {
    geometry: Arc<DenseGeometry>,
    /// The layer's looks, shared with its [`super::overlays::PreparedLayer`].
    looks: Arc<PerFeature<FeatureLook>>,
}

impl DenseGeometry {
    /// Feature `i`'s parts.
    fn parts_of(&self, i: usize) -> Option<FeatureParts<'_>> {
        match &self.shapes {
            Shapes::Points(points) => points.get(i).map(FeatureParts::Point),
            Shapes::Parts { parts, starts } => {
                let from = *starts.get(i)? as usize;
                let to = *starts.get(i + 1)? as usize;
                parts.get(from..to).map(FeatureParts::Parts)
            }
        }
    }
}

/// A dense layer's tiles: the shared data, below which zoom they are used, and the cache.
pub struct DenseLayer {
    data: Arc<DenseData>,
    /// Below this zoom the layer is drawn from tiles, at and above it as vectors.
    pub tiles_below_zoom: f64,
    /// Started the first time the layer is drawn from tiles (a layer only ever seen close
    /// up never starts a thread). Behind a lock because layers are drawn through `&self`.
    pool: Mutex<Option<TilePool<TextureHandle, Pixmap>>>,
}

impl std::fmt::Debug for DenseLayer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DenseLayer")
            .field("features", &self.data.geometry.len())
            .field("tiles_below_zoom", &self.tiles_below_zoom)
            .finish()
    }
}

/// The zoom below which a layer of `features` spread over `area_units2` (its bounding
/// box in squared Mercator units) would put more than [`MAX_FEATURES_PER_SCREEN`] on a
/// reference screen, assuming they are spread evenly; `None` if never.
pub fn tiles_below_zoom(features: usize, area_units2: f64) -> Option<f64> {
    let needed_pt2 = features as f64 * REFERENCE_SCREEN_PT2 / MAX_FEATURES_PER_SCREEN;
    if needed_pt2 <= REFERENCE_SCREEN_PT2 {
        return None;
    }
    // At zoom z one Mercator unit is 256 × 2^z points: area grows 4× per level.
    let area = area_units2.max(1e-18) * 256.0 * 256.0;
    let z = 0.5 * (needed_pt2 / area).log2();
    Some(z.clamp(0.0, f64::from(MAX_TILE_ZOOM)))
}

fn unit(c: geo::Coord<f64>) -> [f32; 2] {
    [c.x as f32, c.y as f32]
}

fn line_part(ls: &LineString<f64>) -> Part {
    Part::Line(ls.0.iter().map(|c| unit(*c)).collect())
}

fn polygon_part(p: &Polygon<f64>) -> Part {
    Part::Polygon(
        std::iter::once(p.exterior())
            .chain(p.interiors())
            .map(|r| r.0.iter().map(|c| unit(*c)).collect())
            .collect(),
    )
}

fn parts_of(g: &Geometry<f64>, out: &mut Vec<Part>) {
    match g {
        Geometry::Point(p) => out.push(Part::Point(unit(p.0))),
        Geometry::MultiPoint(mp) => out.extend(mp.0.iter().map(|p| Part::Point(unit(p.0)))),
        Geometry::Line(l) => out.push(Part::Line(vec![unit(l.start), unit(l.end)])),
        Geometry::LineString(ls) => out.push(line_part(ls)),
        Geometry::MultiLineString(m) => out.extend(m.0.iter().map(line_part)),
        Geometry::Polygon(p) => out.push(polygon_part(p)),
        Geometry::MultiPolygon(m) => out.extend(m.0.iter().map(polygon_part)),
        Geometry::Rect(r) => out.push(polygon_part(&r.to_polygon())),
        Geometry::Triangle(t) => out.push(polygon_part(&t.to_polygon())),
        Geometry::GeometryCollection(gc) => gc.0.iter().for_each(|g| parts_of(g, out)),
    }
}

impl DenseGeometry {
    /// The geometry of `features` if they are dense enough to need tiles, else `None`.
    /// Costs one pass over every position; `index` is the features' R-tree
    /// ([`FeatureIndex::build`]), which the tiles share.
    pub fn build(features: &[Feature], index: &FeatureIndex) -> Option<DenseGeometry> {
        let vertices: usize = features
            .iter()
            .filter_map(|f| f.geometry.as_ref())
            .map(|g| g.coords_count())
            .sum();
        if vertices < MIN_VERTICES {
            return None;
        }
        let mut min = [f64::INFINITY; 2];
        let mut max = [f64::NEG_INFINITY; 2];
        for b in features.iter().filter_map(|f| f.bbox()) {
            let a = web_mercator_unit(b.min().x, b.max().y);
            let z = web_mercator_unit(b.max().x, b.min().y);
            min = [min[0].min(a[0]), min[1].min(a[1])];
            max = [max[0].max(z[0]), max[1].max(z[1])];
        }
        let area = ((max[0] - min[0]) * (max[1] - min[1])).max(0.0);
        let tiles_below_zoom = tiles_below_zoom(features.len(), area)?;
        let all_points = features
            .iter()
            .all(|f| matches!(f.geometry, Some(Geometry::Point(_))));
        let shapes = if all_points {
            Shapes::Points(
                features
                    .iter()
                    .filter_map(|f| match f.geometry {
                        Some(Geometry::Point(p)) => Some(unit(p.0)),
                        _ => None,
                    })
                    .collect(),
            )
        } else {
            let mut parts = Vec::with_capacity(features.len());
            let mut starts = Vec::with_capacity(features.len() + 1);
            for f in features {
                // More parts than u32 can count is far beyond the file size limit.
                starts.push(u32::try_from(parts.len()).unwrap_or(u32::MAX));
                if let Some(g) = &f.geometry {
                    parts_of(g, &mut parts);
                }
            }
            starts.push(u32::try_from(parts.len()).unwrap_or(u32::MAX));
            parts.shrink_to_fit();
            Shapes::Parts { parts, starts }
        };
        Some(DenseGeometry {
            shapes,
            index: index.clone(),
            tiles_below_zoom,
        })
    }
}

impl DenseLayer {
    /// The tiles of `layer` if it is dense enough to need them, else `None` (see
    /// [`DenseGeometry::build`]; imports build that on their thread and use
    /// [`Self::with_geometry`]).
    pub fn build(layer: &Layer, looks: Arc<PerFeature<FeatureLook>>) -> Option<DenseLayer> {
        DenseGeometry::build(&layer.features, &layer.index)
            .map(|g| Self::with_geometry(Arc::new(g), looks))
    }

    /// The tiles of a layer whose dense geometry is already built (by the import, or
    /// before its colour changed: new looks need new tiles, not new geometry).
    pub fn with_geometry(
        geometry: Arc<DenseGeometry>,
        looks: Arc<PerFeature<FeatureLook>>,
    ) -> Self {
        DenseLayer {
            tiles_below_zoom: geometry.tiles_below_zoom,
            data: Arc::new(DenseData { geometry, looks }),
            pool: Mutex::new(None),
        }
    }

    /// The geometry the tiles are drawn from.
    pub fn geometry(&self) -> &Arc<DenseGeometry> {
        &self.data.geometry
    }

    /// Whether the layer is drawn from tiles at `zoom`.
    pub fn draws_at(&self, zoom: f64) -> bool {
        zoom < self.tiles_below_zoom
    }

    /// Draws the tiles covering the viewport with `opacity` (0..1); a tile still being
    /// drawn shows its nearest cached ancestor scaled up, or nothing yet.
    pub fn draw(&self, painter: &Painter, viewport: &Viewport, opacity: f32) {
        let ctx = painter.ctx();
        let size_px = texture_size(ctx.pixels_per_point());
        let mut pool = lock(&self.pool);
        let pool = pool.get_or_insert_with(|| self.start(ctx, size_px));
        pool.set_size_px(size_px);
        pool.receive();
        let tz = viewport.zoom.round().clamp(0.0, f64::from(MAX_TILE_ZOOM)) as u8;
        let n = 1u32 << tz;
        let nw = viewport.unproject(viewport.rect.left_top());
        let se = viewport.unproject(viewport.rect.right_bottom());
        let [x0, y0] = web_mercator_unit(nw.x, nw.y);
        let [x1, y1] = web_mercator_unit(se.x, se.y);
        let to_tile = |u: f64| (u * f64::from(n)).floor().clamp(0.0, f64::from(n - 1)) as u32;
        let tint = Color32::WHITE.gamma_multiply(opacity.clamp(0.0, 1.0));
        let full = Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0));
        for y in to_tile(y0)..=to_tile(y1) {
            for x in to_tile(x0)..=to_tile(x1) {
                let tile = TileId { x, y, zoom: tz };
                let rect = screen_rect(viewport, tile);
                match pool.find(tile) {
                    Found::Ready(texture) => {
                        painter.image(texture.id(), rect, full, tint);
                    }
                    Found::Empty => {}
                    Found::Missing => {
                        pool.request(tile);
                        if let Some((texture, uv)) = pool.piece(tile, tile) {
                            painter.image(texture.id(), rect, uv, tint);
                        }
                    }
                }
            }
        }
    }

    /// Tiles of this layer still being drawn, for the status bar and for waiting on a
    /// steady picture. Takes in finished tiles first, so a layer no longer drawn from tiles
    /// (zoomed in, hidden) does not count tiles that are long done.
    pub fn pending(&self) -> usize {
        let mut pool = lock(&self.pool);
        pool.as_mut().map_or(0, |pool| {
            pool.receive();
            pool.pending()
        })
    }

    /// The layer's pool: one worker drawing with [`render_pixmap`]; the UI thread makes
    /// the texture ([`TilePool::with_finish`] says why).
    fn start(&self, ctx: &egui::Context, size_px: u32) -> TilePool<TextureHandle, Pixmap> {
        let job = {
            let data = Arc::clone(&self.data);
            move |id: TileId, size_px: u32| {
                let tile = TileCoord {
                    zoom: id.zoom,
                    x: id.x,
                    y: id.y,
                };
                render_pixmap(&data, tile, size_px).map_or(Outcome::Empty, Outcome::Ready)
            }
        };
        let finish = {
            let ctx = ctx.clone();
            move |id: TileId, pixmap: Pixmap| {
                let name = format!("dense tile {}/{}/{}", id.zoom, id.x, id.y);
                ctx.load_texture(name, color_image(&pixmap), TextureOptions::LINEAR)
            }
        };
        let repaint = {
            let ctx = ctx.clone();
            move || ctx.request_repaint()
        };
        TilePool::with_finish(POOL, size_px, repaint, job, finish)
    }
}

/// Where a tile lies on screen.
fn screen_rect(viewport: &Viewport, tile: TileId) -> Rect {
    let n = f64::from(1u32 << tile.zoom);
    let corner = |x: f64, y: f64| {
        let lon = mercator::lon_of_unit_x(x / n);
        let lat = mercator::lat_of_unit_y(y / n);
        viewport.project(geo::coord! { x: lon, y: lat })
    };
    Rect::from_min_max(
        corner(f64::from(tile.x), f64::from(tile.y)),
        corner(f64::from(tile.x) + 1.0, f64::from(tile.y) + 1.0),
    )
}

fn stroke(width_px: f32) -> Stroke {
    Stroke {
        width: width_px,
        // Square, not round: a round cap is a curve on every one of the thousands of
        // short subpaths of a tile, most of a tile's drawing time; a square looks the
        // same at these widths.
        line_cap: LineCap::Square,
        line_join: LineJoin::Bevel,
        ..Stroke::default()
    }
}

/// Paths of one look in one tile, drawn in this order.
#[derive(Default)]
struct Builders {
    fill: PathBuilder,
    outline: PathBuilder,
    line: PathBuilder,
    point: PathBuilder,
    /// The pixels a point of this look was already drawn in (see [`Builders::add_point`]).
    point_pixels: PixelSet,
}

impl Builders {
    /// Adds a point's circle unless a point of the same look already sits in the same pixel:
    /// at the corridor view two million points share a few hundred pixels square, and a
    /// path of every one of their circles took 220 MB and most of a second per tile. The
    /// circle kept may lie up to a pixel from the one left out, which a symbol of 3 px
    /// radius in a crowd of them does not show.
    fn add_point(&mut self, (x, y): (f32, f32), radius: f32) {
        if self.point_pixels.insert(x, y) {
            self.point.push_circle(x, y, radius);
        }
    }
}

/// A set of whole pixels of a tile and its margin, one bit each (a 512 px tile: 36 KB).
#[derive(Default)]
struct PixelSet {
    bits: Vec<u64>,
}

impl PixelSet {
    /// Pixels this far outside the tile are still counted (the query's margin).
    const MARGIN: f32 = 32.0;
    /// The widest tile drawn (HiDPI screens ask for 512 px).
    const SIDE: usize = 512 + 2 * Self::MARGIN as usize;

    /// Adds the pixel holding `(x, y)`; false if it was there already. A point beyond the
    /// margin is always new.
    fn insert(&mut self, x: f32, y: f32) -> bool {
        let (cx, cy) = ((x + Self::MARGIN).floor(), (y + Self::MARGIN).floor());
        let side = Self::SIDE as f32;
        if !(0.0..side).contains(&cx) || !(0.0..side).contains(&cy) {
            return true;
        }
        if self.bits.is_empty() {
            self.bits = vec![0; (Self::SIDE * Self::SIDE).div_ceil(64)];
        }
        let n = cy as usize * Self::SIDE + cx as usize;
        let (word, bit) = (n / 64, 1u64 << (n % 64));
        match self.bits.get_mut(word) {
            Some(w) if *w & bit != 0 => false,
            Some(w) => {
                *w |= bit;
                true
            }
            None => true,
        }
    }
}

/// Adds a polyline, in pixels, dropping vertices within half a pixel of the last kept
/// one (a 40-position line at the corridor view is one or two pixels long).
fn add_run(b: &mut PathBuilder, pts: &[[f32; 2]], to_px: &impl Fn([f32; 2]) -> (f32, f32)) {
    let mut last: Option<(f32, f32)> = None;
    let end = pts.len().saturating_sub(1);
    for (i, p) in pts.iter().enumerate() {
        let q = to_px(*p);
        match last {
            None => b.move_to(q.0, q.1),
            Some(l) if i != end && (l.0 - q.0).powi(2) + (l.1 - q.1).powi(2) < 0.25 => {
                continue;
            }
            Some(_) => b.line_to(q.0, q.1),
        }
        last = Some(q);
    }
}

/// Draws one tile of the layer, `size_px` square; `None` when no feature touches it.
#[cfg(test)]
fn render_tile(data: &DenseData, tile: TileCoord, size_px: u32) -> Option<ColorImage> {
    render_pixmap(data, tile, size_px).map(|pixmap| color_image(&pixmap))
}

/// The tile's pixels as egui takes them (premultiplied, as tiny-skia draws).
fn color_image(pixmap: &Pixmap) -> ColorImage {
    let size = [pixmap.width() as usize, pixmap.height() as usize];
    ColorImage::from_rgba_premultiplied(size, pixmap.data())
}

/// Draws one tile of the layer, `size_px` square, on a worker thread; `None` when no
/// feature touches it.
fn render_pixmap(data: &DenseData, tile: TileCoord, size_px: u32) -> Option<Pixmap> {
    let n = f64::from(1u32 << tile.zoom);
    let px_per_unit = n * f64::from(size_px);
    let scale = size_px as f32 / 256.0;
    let margin = 16.0 / px_per_unit;
    let (ox, oy) = (f64::from(tile.x) / n, f64::from(tile.y) / n);
    let lon = mercator::lon_of_unit_x;
    let lat = mercator::lat_of_unit_y;
    let envelope = geo::Rect::new(
        geo::coord! { x: lon(ox - margin), y: lat(oy + 1.0 / n + margin) },
        geo::coord! { x: lon(ox + 1.0 / n + margin), y: lat(oy - margin) },
    );
    let mut hits: Vec<u32> = data.geometry.index.query(envelope).collect();
    if hits.is_empty() {
        return None;
    }
    hits.sort_unstable();
    let to_px = |p: [f32; 2]| {
        let [ux, uy] = web_mercator_unit(f64::from(p[0]), f64::from(p[1]));
        (
            ((ux - ox) * px_per_unit) as f32,
            ((uy - oy) * px_per_unit) as f32,
        )
    };
    // One set of paths per distinct look, in order of first appearance.
    let mut order: Vec<FeatureLook> = Vec::new();
    let mut builders: Vec<Builders> = Vec::new();
    for i in hits {
        let (Some(parts), Some(look)) = (
            data.geometry.parts_of(i as usize),
            data.looks.get(i as usize).copied(),
        ) else {
            continue;
        };
        let slot = match order.iter().position(|l| *l == look) {
            Some(s) => s,
            None => {
                order.push(look);
                builders.push(Builders::default());
                order.len() - 1
            }
        };
        let Some(b) = builders.get_mut(slot) else {
            continue;
        };
        let radius = look.point.radius.min(3.0) * scale;
        let parts = match parts {
            FeatureParts::Point(p) => {
                b.add_point(to_px(*p), radius);
                continue;
            }
            FeatureParts::Parts(parts) => parts,
        };
        for part in parts {
            match part {
                Part::Line(pts) => add_run(&mut b.line, pts, &to_px),
                Part::Polygon(rings) => {
                    for ring in rings {
                        add_run(&mut b.fill, ring, &to_px);
                        b.fill.close();
                        add_run(&mut b.outline, ring, &to_px);
                        b.outline.close();
                    }
                }
                Part::Point(p) => b.add_point(to_px(*p), radius),
            }
        }
    }
    let mut pixmap = Pixmap::new(size_px, size_px)?;
    let zoom = f64::from(tile.zoom);
    let id = Transform::identity();
    for (look, b) in order.iter().zip(builders) {
        if let Some(path) = b.fill.finish() {
            pixmap.fill_path(&path, &paint(look.area.fill), FillRule::EvenOdd, id, None);
        }
        if let Some(path) = b.outline.finish() {
            let s = stroke(look.area.stroke_width * scale);
            pixmap.stroke_path(&path, &paint(look.area.stroke), &s, id, None);
        }
        if let Some(path) = b.line.finish() {
            let width = style::line_width_at_zoom(look.line.width, zoom) * scale;
            if let Some(casing) = look.line.casing {
                let s = stroke(width + 2.5 * scale);
                pixmap.stroke_path(&path, &paint(casing), &s, id, None);
            }
            pixmap.stroke_path(&path, &paint(look.line.color), &stroke(width), id, None);
        }
        if let Some(path) = b.point.finish() {
            pixmap.fill_path(&path, &paint(look.point.fill), FillRule::Winding, id, None);
        }
    }
    Some(pixmap)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_layers_crowding_a_screen_get_tiles() {
        // 1,000 features anywhere: never more than the budget on a screen.
        assert_eq!(tiles_below_zoom(1_000, 1e-4), None);
        // 120,000 features over the corridor (~4.8° × 7.9°): tiles up to about z10.8.
        let z = tiles_below_zoom(120_000, 3.08e-4).expect("dense");
        assert!((10.0..11.5).contains(&z), "{z}");
        // All at one spot: tiles as far as they go, vectors beyond.
        assert_eq!(
            tiles_below_zoom(120_000, 0.0),
            Some(f64::from(MAX_TILE_ZOOM))
        );
    }

    #[test]
    fn a_tile_draws_the_lines_that_cross_it_and_nothing_elsewhere() {
        let look = style::feature_look(
            crate::data::LayerKind::Imported,
            &crate::data::Feature::new(None, None, Default::default(), 1),
        );
        let (a, b) = (
            geo::coord! { x: 101.0, y: 21.0 },
            geo::coord! { x: 102.0, y: 21.5 },
        );
        let line = Feature::new(
            None,
            Some(Geometry::LineString(LineString::new(vec![a, b]))),
            Default::default(),
            1,
        );
        let data = DenseData {
            geometry: Arc::new(DenseGeometry {
                shapes: Shapes::Parts {
                    parts: vec![Part::Line(vec![unit(a), unit(b)])],
                    starts: vec![0, 1],
                },
                index: FeatureIndex::build(&[line]),
                tiles_below_zoom: 8.0,
            }),
            looks: Arc::new(PerFeature::collect([look])),
        };
        let here = TileCoord::containing(101.5, 21.25, 8);
        let img = render_tile(&data, here, 256).expect("the line crosses this tile");
        assert!(img.pixels.iter().any(|p| p.a() > 0), "something is drawn");
        let far = TileCoord::containing(95.0, 30.0, 8);
        assert!(render_tile(&data, far, 256).is_none());
    }

    #[test]
    fn points_sharing_a_pixel_are_drawn_once_and_others_all_are() {
        let mut pixels = PixelSet::default();
        assert!(pixels.insert(10.2, 10.7));
        assert!(!pixels.insert(10.9, 10.1), "same pixel");
        assert!(pixels.insert(11.0, 10.0), "the next pixel");
        assert!(pixels.insert(-20.5, 3.0), "in the margin");
        assert!(!pixels.insert(-20.1, 3.9));
        assert!(
            pixels.insert(-400.0, 3.0) && pixels.insert(-400.0, 3.0),
            "beyond it"
        );

        // A points layer: the same spot many times, and two other spots; every spot drawn.
        let spots = [(102.5, 23.0), (105.0, 25.5), (104.0, 24.0)];
        let mut points: Vec<[f32; 2]> = vec![unit(geo::coord! { x: 102.5, y: 23.0 }); 1000];
        points.extend(spots.iter().map(|&(x, y)| unit(geo::coord! { x: x, y: y })));
        let features: Vec<Feature> = points
            .iter()
            .map(|p| {
                let c = geo::coord! { x: f64::from(p[0]), y: f64::from(p[1]) };
                Feature::new(None, Some(Geometry::Point(c.into())), Default::default(), 1)
            })
            .collect();
        let look = style::feature_look(crate::data::LayerKind::Imported, &features[0]);
        let data = DenseData {
            geometry: Arc::new(DenseGeometry {
                shapes: Shapes::Points(points),
                index: FeatureIndex::build(&features),
                tiles_below_zoom: 8.0,
            }),
            looks: Arc::new(PerFeature::collect(features.iter().map(|_| look))),
        };
        // Lon 101.25–106.88°, lat 21.94–27.06°: every spot well inside.
        let tile = TileCoord::containing(104.0, 24.0, 6);
        let img = render_tile(&data, tile, 256).expect("the points are in this tile");
        let n = f64::from(1u32 << tile.zoom);
        let alpha: Vec<u8> = spots
            .iter()
            .map(|&(x, y)| {
                let [ux, uy] = web_mercator_unit(x, y);
                let px = ((ux * n - f64::from(tile.x)) * 256.0) as usize;
                let py = ((uy * n - f64::from(tile.y)) * 256.0) as usize;
                img.pixels[py * 256 + px].a()
            })
            .collect();
        assert!(
            alpha.iter().all(|&a| a > 100),
            "every spot is drawn: {alpha:?}"
        );
        // A thousand points on one spot look like one (as one path of them all did).
        assert!(alpha[0].abs_diff(alpha[1]) <= 8, "{alpha:?}");
    }
}
