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
use rstar::primitives::{GeomWithData, Rectangle};
use rstar::{AABB, RTree};
use tiny_skia::{FillRule, LineCap, LineJoin, PathBuilder, Pixmap, Stroke, Transform};
use walkers::TileId;

use super::Viewport;
use crate::data::basemap::web_mercator_unit;
use crate::data::mercator;
use crate::data::{Feature, Layer};
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

/// A dense layer's geometry as the tile worker draws it: every feature's parts and an
/// R-tree of their bounding boxes. Built from the features alone, so an import builds it
/// on its own thread: for 2,000,000 points that is about a second the window would
/// otherwise freeze for when the layer arrives.
pub struct DenseGeometry {
    /// Every feature's parts, one after another; feature `i`'s are
    /// `parts[starts[i]..starts[i + 1]]` (one vector of parts per feature cost two
    /// allocations a point).
    parts: Vec<Part>,
    starts: Vec<u32>,
    tree: RTree<GeomWithData<Rectangle<[f32; 2]>, u32>>,
    /// Below this zoom the layer is drawn from tiles.
    tiles_below_zoom: f64,
}

impl std::fmt::Debug for DenseGeometry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DenseGeometry")
            .field("features", &self.starts.len().saturating_sub(1))
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
    fn parts_of(&self, i: usize) -> Option<&[Part]> {
        let from = *self.starts.get(i)? as usize;
        let to = *self.starts.get(i + 1)? as usize;
        self.parts.get(from..to)
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
            .field(
                "features",
                &self.data.geometry.starts.len().saturating_sub(1),
            )
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
    /// Costs one pass over every position and an R-tree bulk load.
    pub fn build(features: &[Feature]) -> Option<DenseGeometry> {
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
        let mut parts = Vec::with_capacity(features.len());
        let mut starts = Vec::with_capacity(features.len() + 1);
        let mut items = Vec::new();
        for (i, f) in features.iter().enumerate() {
            // More parts than u32 can count is far beyond the file size limit.
            starts.push(u32::try_from(parts.len()).unwrap_or(u32::MAX));
            if let Some(g) = &f.geometry {
                parts_of(g, &mut parts);
            }
            if let (Some(b), Ok(index)) = (f.bbox(), u32::try_from(i)) {
                let a = unit(b.min());
                let z = unit(b.max());
                items.push(GeomWithData::new(Rectangle::from_corners(a, z), index));
            }
        }
        starts.push(u32::try_from(parts.len()).unwrap_or(u32::MAX));
        parts.shrink_to_fit();
        Some(DenseGeometry {
            parts,
            starts,
            tree: RTree::bulk_load(items),
            tiles_below_zoom,
        })
    }
}

impl DenseLayer {
    /// The tiles of `layer` if it is dense enough to need them, else `None` (see
    /// [`DenseGeometry::build`]; imports build that on their thread and use
    /// [`Self::with_geometry`]).
    pub fn build(layer: &Layer, looks: Arc<PerFeature<FeatureLook>>) -> Option<DenseLayer> {
        DenseGeometry::build(&layer.features).map(|g| Self::with_geometry(Arc::new(g), looks))
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
    let lon = |ux: f64| mercator::lon_of_unit_x(ux) as f32;
    let lat = |uy: f64| mercator::lat_of_unit_y(uy) as f32;
    let envelope = AABB::from_corners(
        [lon(ox - margin), lat(oy + 1.0 / n + margin)],
        [lon(ox + 1.0 / n + margin), lat(oy - margin)],
    );
    let mut hits: Vec<u32> = data
        .geometry
        .tree
        .locate_in_envelope_intersecting(&envelope)
        .map(|item| item.data)
        .collect();
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
                Part::Point(p) => {
                    let (x, y) = to_px(*p);
                    b.point
                        .push_circle(x, y, look.point.radius.min(3.0) * scale);
                }
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
        let a = unit(geo::coord! { x: 101.0, y: 21.0 });
        let b = unit(geo::coord! { x: 102.0, y: 21.5 });
        let data = DenseData {
            geometry: Arc::new(DenseGeometry {
                parts: vec![Part::Line(vec![a, b])],
                starts: vec![0, 1],
                tree: RTree::bulk_load(vec![GeomWithData::new(Rectangle::from_corners(a, b), 0)]),
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
}
