//! Corridor layers drawn as vectors above the basemap: crisp at any zoom and clickable.
//!
//! Everything that depends only on the data (each feature's look, zone triangulations) is
//! computed once per layer in [`PreparedLayer`]; per frame the painter only projects the
//! features the R-tree finds in view, and drops vertices closer than half a point to the
//! previous one, so the cost follows what is on screen, not the size of the data.
//!
//! A layer so dense that a screenful would hold thousands of features (a 120 MB file of
//! 120,000 lines seen whole) is drawn below a zoom threshold from raster tiles instead, see
//! [`dense`]: the tiles are drawn once on a worker thread and each frame only places about
//! thirty textures, whatever the size of the file.

use super::Viewport;
use crate::data::fill::{Triangles, triangulate};
use crate::data::timeline::Lifecycles;
use crate::data::{Feature, Layer, LayerId, LayerKind};
use crate::style::{self, AreaLook, FeatureLook, LineLook, PointLook, PointShape};
use egui::{Color32, Mesh, Painter, Pos2, Shape, Stroke, pos2, vec2};
use geo::{Coord, Geometry, LineString, Polygon};

/// Per-layer values computed once at load: looks and zone triangles.
pub struct PreparedLayer {
    /// Which layer this was prepared from (layers are prepared again if it changes).
    pub layer: LayerId,
    /// Number of features when prepared, to notice a replaced layer with the same id.
    pub feature_count: usize,
    /// The layer's own colour when prepared ([`Layer::tint`]), to notice the user changed it.
    pub tint: Option<[u8; 3]>,
    /// Each feature's look, by feature index.
    pub looks: Vec<FeatureLook>,
    /// Each feature's lifecycle for the timeline (`None`: no dates), by feature index.
    pub lifecycles: Vec<Option<crate::data::timeline::Lifecycle>>,
    /// Fill triangles of each polygon feature, lon/lat, by feature index.
    pub fills: Vec<Triangles>,
    /// For a layer too dense to draw as vectors at low zoom: its tiles (`None` for the
    /// built-in layers and any file of ordinary size).
    pub dense: Option<dense::DenseLayer>,
    /// Segments of each line feature that are straight gap fills (`straight_gap_fills`), by
    /// feature index; drawn dashed.
    pub gap_fills: Vec<Vec<usize>>,
    /// Some feature of the layer is OpenStreetMap-derived (its `attribution` names
    /// OpenStreetMap), so the map must show the OSM attribution while the layer is visible.
    pub osm_derived: bool,
}

/// The segment indices a feature's `straight_gap_fills` names, sorted.
pub fn gap_fill_segments(feature: &Feature) -> Vec<usize> {
    let mut out: Vec<usize> = feature
        .corridor()
        .and_then(|c| c.section())
        .map(|s| s.gap_fills.iter().map(|g| g.segment).collect())
        .unwrap_or_default();
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether a feature carries OpenStreetMap-derived geometry.
pub fn is_osm_derived(feature: &Feature) -> bool {
    feature
        .attribution()
        .is_some_and(|a| a.contains("OpenStreetMap"))
}

impl PreparedLayer {
    /// Takes each feature's life from the atlas-wide table, which dates stations by their
    /// section and zones by their establishment (a layer alone cannot see its sections).
    pub fn date_by(&mut self, layer: &Layer, lifecycles: &Lifecycles) {
        if layer.kind == LayerKind::Imported {
            return;
        }
        self.lifecycles = layer
            .features_with_ids()
            .map(|(id, _)| lifecycles.get(id))
            .collect();
    }

    /// Whether feature `i` was not there yet in the timeline's `year`: its symbol, label
    /// and click target are left out. Lines stay, drawn as planned, so the route of a plan
    /// is seen before it was built.
    pub fn absent(&self, kind: LayerKind, i: usize, year: Option<i32>) -> bool {
        !matches!(kind, LayerKind::Railway | LayerKind::Expressway)
            && year
                .zip(self.lifecycles.get(i).copied().flatten())
                .is_some_and(|(y, life)| life.absent_in(y))
    }

    /// Computes looks and triangulations for every feature of `layer`.
    pub fn new(layer: &Layer) -> Self {
        Self::with_fills(layer, None)
    }

    /// [`PreparedLayer::new`] with fills already triangulated off the UI thread (by the
    /// import), used when they match the layer's features one for one.
    pub fn with_fills(layer: &Layer, fills: Option<Vec<Triangles>>) -> Self {
        let looks: Vec<FeatureLook> = layer
            .features
            .iter()
            .map(|f| match (layer.kind, layer.tint) {
                (LayerKind::Imported, Some([r, g, b])) => {
                    style::imported_look(egui::Color32::from_rgb(r, g, b))
                }
                _ => style::feature_look(layer.kind, f),
            })
            .collect();
        let fills = match fills {
            Some(f) if f.len() == layer.features.len() => f,
            _ => layer.features.iter().map(triangulate).collect(),
        };
        let dense = dense::DenseLayer::build(layer, &looks);
        let gap_fills = layer.features.iter().map(gap_fill_segments).collect();
        let osm_derived = layer.features.iter().any(is_osm_derived);
        // The timeline redraws the corridor's own lines by their dates; a user's file is
        // drawn as it is.
        let lifecycles = match layer.kind {
            LayerKind::Railway | LayerKind::Expressway => layer
                .features
                .iter()
                .map(crate::data::timeline::Lifecycle::of)
                .collect(),
            _ => Vec::new(),
        };
        Self {
            layer: layer.id,
            feature_count: layer.features.len(),
            tint: layer.tint,
            looks,
            lifecycles,
            fills,
            dense,
            gap_fills,
            osm_derived,
        }
    }
}

/// What a layer looks like this frame.
#[derive(Clone, Copy, Debug)]
pub struct LayerDraw {
    /// 0..1, from the layers panel.
    pub opacity: f32,
    /// The map zoom, for line widths.
    pub zoom: f64,
    /// The timeline's year: features are drawn as they were then (`None`: as they are).
    pub year: Option<i32>,
}

/// Draws the features of `layer` that intersect the viewport.
pub fn draw_layer(
    painter: &Painter,
    viewport: &Viewport,
    layer: &Layer,
    prepared: &PreparedLayer,
    draw: LayerDraw,
) {
    if let Some(dense) = &prepared.dense
        && dense.draws_at(viewport.zoom)
    {
        dense.draw(painter, viewport, draw.opacity);
        return;
    }
    let mut shapes = Vec::new();
    for index in layer.index.query(viewport.bounds) {
        let i = index as usize;
        let (Some(feature), Some(look)) = (layer.features.get(i), prepared.looks.get(i)) else {
            continue;
        };
        if prepared.absent(layer.kind, i, draw.year) {
            continue;
        }
        let then;
        let look = match (draw.year, prepared.lifecycles.get(i).copied().flatten()) {
            (Some(year), Some(life)) if life.stage_in(year) != life.now => {
                let status = style::Status::of_stage(life.stage_in(year));
                then = style::feature_look_in(layer.kind, feature, status);
                &then
            }
            _ => look,
        };
        if viewport.zoom < look.min_zoom {
            continue;
        }
        let gaps = prepared.gap_fills.get(i).map(Vec::as_slice).unwrap_or(&[]);
        if let (false, Some(Geometry::LineString(ls))) = (gaps.is_empty(), &feature.geometry) {
            gap_filled_line_shapes(&mut shapes, viewport, ls, &look.line, gaps, draw);
            continue;
        }
        let fill = prepared.fills.get(i).map(Vec::as_slice).unwrap_or(&[]);
        feature_shapes(&mut shapes, viewport, feature, look, fill, draw);
    }
    painter.extend(shapes);
}

/// A line with some segments drawn as straight gap fills: the surveyed runs in the line's
/// own look, each gap-fill segment dashed in [`style::rail_gap_fill_look`].
fn gap_filled_line_shapes(
    out: &mut Vec<Shape>,
    viewport: &Viewport,
    ls: &LineString<f64>,
    look: &LineLook,
    gaps: &[usize],
    draw: LayerDraw,
) {
    let gap_look = style::rail_gap_fill_look();
    let mut start = 0;
    for &g in gaps {
        let (Some(run), Some(seg)) = (ls.0.get(start..=g), ls.0.get(g..=g + 1)) else {
            continue;
        };
        if run.len() >= 2 {
            line_shapes(out, viewport, &LineString::new(run.to_vec()), look, draw);
        }
        line_shapes(
            out,
            viewport,
            &LineString::new(seg.to_vec()),
            &gap_look,
            draw,
        );
        start = g + 1;
    }
    if let Some(run) = ls.0.get(start..)
        && run.len() >= 2
    {
        line_shapes(out, viewport, &LineString::new(run.to_vec()), look, draw);
    }
}

/// Emphasis for a selected, hovered or highlighted feature, drawn above its layer.
pub fn draw_emphasis(
    painter: &Painter,
    viewport: &Viewport,
    feature: &Feature,
    color: Color32,
    zoom: f64,
) {
    let mut shapes = Vec::new();
    let halo = LineLook {
        color,
        width: 7.0,
        casing: Some(Color32::WHITE),
        dashed: false,
    };
    let point = PointLook {
        fill: Color32::TRANSPARENT,
        stroke: color,
        radius: 11.0,
        shape: PointShape::Circle,
    };
    let area = AreaLook {
        fill: color.gamma_multiply(0.12),
        stroke: color,
        stroke_width: 3.5,
    };
    let look = FeatureLook {
        line: halo,
        point,
        area,
        priority: 255,
        min_zoom: 0.0,
    };
    let draw = LayerDraw {
        opacity: 1.0,
        zoom,
        year: None,
    };
    feature_shapes(&mut shapes, viewport, feature, &look, &[], draw);
    painter.extend(shapes);
}

fn feature_shapes(
    out: &mut Vec<Shape>,
    viewport: &Viewport,
    feature: &Feature,
    look: &FeatureLook,
    fill: &[[Coord<f64>; 3]],
    draw: LayerDraw,
) {
    let Some(geometry) = &feature.geometry else {
        return;
    };
    if !fill.is_empty() {
        out.push(fill_mesh(
            viewport,
            fill,
            fade(look.area.fill, draw.opacity),
        ));
    }
    geometry_shapes(out, viewport, geometry, look, draw);
}

fn geometry_shapes(
    out: &mut Vec<Shape>,
    viewport: &Viewport,
    geometry: &Geometry<f64>,
    look: &FeatureLook,
    draw: LayerDraw,
) {
    match geometry {
        Geometry::Point(p) => point_shapes(out, viewport.project(p.0), &look.point, draw),
        Geometry::MultiPoint(mp) => {
            for p in &mp.0 {
                point_shapes(out, viewport.project(p.0), &look.point, draw);
            }
        }
        Geometry::Line(l) => {
            let ls = LineString::new(vec![l.start, l.end]);
            line_shapes(out, viewport, &ls, &look.line, draw);
        }
        Geometry::LineString(ls) => line_shapes(out, viewport, ls, &look.line, draw),
        Geometry::MultiLineString(mls) => {
            for ls in &mls.0 {
                line_shapes(out, viewport, ls, &look.line, draw);
            }
        }
        Geometry::Polygon(p) => outline_shapes(out, viewport, p, &look.area, draw),
        Geometry::MultiPolygon(mp) => {
            for p in &mp.0 {
                outline_shapes(out, viewport, p, &look.area, draw);
            }
        }
        Geometry::Rect(r) => outline_shapes(out, viewport, &r.to_polygon(), &look.area, draw),
        Geometry::Triangle(t) => {
            outline_shapes(out, viewport, &t.to_polygon(), &look.area, draw);
        }
        Geometry::GeometryCollection(gc) => {
            for g in &gc.0 {
                geometry_shapes(out, viewport, g, look, draw);
            }
        }
    }
}

fn fade(c: Color32, opacity: f32) -> Color32 {
    c.gamma_multiply(opacity.clamp(0.0, 1.0))
}

/// Projects a line to screen points, dropping vertices less than half a point from the
/// last kept one: at low zoom a 40-vertex line collapses to a handful of points.
pub fn screen_path(viewport: &Viewport, coords: &[Coord<f64>]) -> Vec<Pos2> {
    let mut pts: Vec<Pos2> = Vec::with_capacity(coords.len().min(256));
    let last_index = coords.len().saturating_sub(1);
    for (i, c) in coords.iter().enumerate() {
        let p = viewport.project(*c);
        match pts.last() {
            Some(prev) if i != last_index && prev.distance_sq(p) < 0.25 => {}
            _ => pts.push(p),
        }
    }
    pts
}

fn line_shapes(
    out: &mut Vec<Shape>,
    viewport: &Viewport,
    ls: &LineString<f64>,
    look: &LineLook,
    draw: LayerDraw,
) {
    let pts = screen_path(viewport, &ls.0);
    if pts.len() < 2 {
        return;
    }
    let width = style::line_width_at_zoom(look.width, draw.zoom);
    if let Some(casing) = look.casing {
        out.push(Shape::line(
            pts.clone(),
            Stroke::new(width + style::scaled(2.5), fade(casing, draw.opacity)),
        ));
    }
    let stroke = Stroke::new(width, fade(look.color, draw.opacity));
    if look.dashed {
        out.extend(Shape::dashed_line(&pts, stroke, width * 3.0, width * 2.0));
    } else {
        out.push(Shape::line(pts, stroke));
    }
}

fn outline_shapes(
    out: &mut Vec<Shape>,
    viewport: &Viewport,
    polygon: &Polygon<f64>,
    look: &AreaLook,
    draw: LayerDraw,
) {
    let stroke = Stroke::new(look.stroke_width, fade(look.stroke, draw.opacity));
    for ring in std::iter::once(polygon.exterior()).chain(polygon.interiors()) {
        let pts = screen_path(viewport, &ring.0);
        if pts.len() >= 3 {
            out.push(Shape::closed_line(pts, stroke));
        }
    }
}

fn fill_mesh(viewport: &Viewport, triangles: &[[Coord<f64>; 3]], color: Color32) -> Shape {
    let mut mesh = Mesh::default();
    for t in triangles {
        let base = mesh.vertices.len() as u32;
        for c in t {
            mesh.colored_vertex(viewport.project(*c), color);
        }
        mesh.add_triangle(base, base + 1, base + 2);
    }
    Shape::mesh(mesh)
}

/// Draws one point symbol; shapes differ so kinds are told apart without colour.
pub fn point_shapes(out: &mut Vec<Shape>, at: Pos2, look: &PointLook, draw: LayerDraw) {
    let r = style::scaled(look.radius);
    let fill = fade(look.fill, draw.opacity);
    let stroke = Stroke::new(style::scaled(2.0), fade(look.stroke, draw.opacity));
    match look.shape {
        PointShape::Circle => {
            out.push(Shape::circle_filled(
                at,
                r + 1.5,
                fade(Color32::WHITE, draw.opacity),
            ));
            out.push(Shape::circle_filled(at, r, fill));
            out.push(Shape::circle_stroke(at, r, stroke));
        }
        PointShape::Square => {
            let rect = egui::Rect::from_center_size(at, vec2(2.0 * r, 2.0 * r));
            out.push(Shape::rect_filled(
                rect.expand(1.5),
                1.0,
                fade(Color32::WHITE, draw.opacity),
            ));
            out.push(Shape::rect_filled(rect, 1.0, fill));
            out.push(Shape::rect_stroke(
                rect,
                1.0,
                stroke,
                egui::StrokeKind::Inside,
            ));
        }
        PointShape::Diamond => {
            let pts = vec![
                pos2(at.x, at.y - r * 1.3),
                pos2(at.x + r * 1.3, at.y),
                pos2(at.x, at.y + r * 1.3),
                pos2(at.x - r * 1.3, at.y),
            ];
            out.push(Shape::convex_polygon(pts, fill, stroke));
        }
        PointShape::Pin => {
            let head = pos2(at.x, at.y - r * 1.6);
            out.push(Shape::convex_polygon(
                vec![
                    at,
                    pos2(at.x - r * 0.7, head.y),
                    pos2(at.x + r * 0.7, head.y),
                ],
                fill,
                Stroke::NONE,
            ));
            out.push(Shape::circle_filled(head, r, fill));
            out.push(Shape::circle_stroke(
                head,
                r,
                Stroke::new(2.0, Color32::WHITE),
            ));
        }
    }
}

/// Whether a layer of this kind has labels worth placing on the map. Study-visit stops are
/// not labelled: they sit at stations and towns whose labels already name them.
pub fn labelled(kind: LayerKind) -> bool {
    matches!(
        kind,
        LayerKind::Station | LayerKind::Port | LayerKind::Zone | LayerKind::Imported
    )
}

/// The label of a feature on the map: its name in `lang` for the atlas's layers; for a
/// user's file only a `name` or `title` it carries (never an id or a made-up word).
pub fn label_text(kind: LayerKind, feature: &Feature, lang: crate::data::Lang) -> Option<&str> {
    if kind != LayerKind::Imported {
        return feature.name(lang);
    }
    let own = |key: &str| {
        feature
            .properties
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .and_then(|(_, v)| v.as_str())
            .map(str::trim)
            .filter(|s| !s.is_empty())
    };
    own(lang.property_key())
        .or_else(|| own("name"))
        .or_else(|| own("title"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{Atlas, LayerOrigin, parse_geojson};
    use geo::{MultiPolygon, coord};

    fn with_geometry(g: Geometry<f64>) -> Feature {
        Feature {
            id: None,
            geometry: Some(g),
            properties: Default::default(),
            bbox: None,
            line: 1,
        }
    }

    #[test]
    fn a_polygon_without_rings_from_a_file_is_prepared_without_panicking() {
        // Found by the geojson_import fuzz target (tests/data/fuzz/polygon-without-rings.geojson):
        // the loader keeps it, and geo's earcut used to panic on its empty ring.
        let parsed = parse_geojson(
            br#"{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[]}}"#,
        )
        .expect("parses");
        assert_eq!(parsed.features.len(), 1);
        let mut atlas = Atlas::empty();
        let id = atlas.add_layer(
            "t".into(),
            LayerKind::Imported,
            LayerOrigin::File("t.geojson".into()),
            parsed,
        );
        let prepared = PreparedLayer::new(atlas.layer(id).expect("added"));
        assert!(prepared.fills.iter().all(Vec::is_empty));
    }

    #[test]
    fn empty_and_short_rings_are_left_out_of_fills() {
        let triangle = LineString::from(vec![(101.0, 21.0), (102.0, 21.0), (102.0, 22.0)]);
        let empty = LineString::new(vec![]);
        let with_empty_hole = Polygon::new(triangle.clone(), vec![empty.clone()]);
        assert_eq!(triangulate(&with_geometry(with_empty_hole.into())).len(), 1);
        let nothing = MultiPolygon::new(vec![
            Polygon::new(empty.clone(), vec![]),
            Polygon::new(LineString::new(vec![coord! {x: 1.0, y: 1.0}]), vec![]),
        ]);
        assert!(triangulate(&with_geometry(nothing.into())).is_empty());
    }
}

/// Level of detail for very dense layers: below a zoom threshold the layer is drawn from
/// raster tiles rendered once on a worker thread, so a frame costs the same (about thirty
/// textured rectangles) for a 120 MB file as for a small one.
///
/// Why tiles and not simplified vectors: at the corridor view a 120,000-line file has
/// ~5 million positions in a few hundred pixels square; even simplified to two points per
/// line, 120,000 strokes cost egui hundreds of milliseconds a frame. A tile holds the
/// result of all of them in a fixed number of pixels.
pub mod dense {
    use std::collections::{HashMap, HashSet};
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    use std::sync::{Arc, Condvar, Mutex, PoisonError, mpsc};

    use egui::{Color32, ColorImage, Painter, Rect, TextureHandle, TextureOptions, pos2};
    use geo::{CoordsIter, Geometry, LineString, Polygon};
    use rstar::primitives::{GeomWithData, Rectangle};
    use rstar::{AABB, RTree};
    use tiny_skia::{FillRule, LineCap, LineJoin, PathBuilder, Pixmap, Stroke, Transform};

    use super::Viewport;
    use crate::data::Layer;
    use crate::data::basemap::web_mercator_unit;
    use crate::data::mercator;
    use crate::map::raster::TileCoord;
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

    /// Tile textures kept per layer (256 KiB each at 256 px, 1 MiB on HiDPI screens).
    const MAX_CACHED_TILES: usize = 96;

    /// Requests older than this are dropped: the user has moved on from them.
    const MAX_QUEUED: usize = 64;

    /// Tiles requested and not yet delivered, across all dense layers, so a caller can wait
    /// for a steady picture (benchmarks, tests).
    static PENDING: AtomicUsize = AtomicUsize::new(0);

    /// Dense-layer tiles still being drawn, across all layers.
    pub fn tiles_pending() -> usize {
        PENDING.load(Ordering::Relaxed)
    }

    fn release_pending(n: usize) {
        let _ = PENDING.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |p| {
            Some(p.saturating_sub(n))
        });
    }

    /// One drawable part of a feature, `[lon, lat]` in degrees as `f32`: converted to Web
    /// Mercator only when a tile is drawn, on the worker thread, so building a dense layer
    /// costs the UI thread a copy and not millions of projections.
    enum Part {
        Line(Vec<[f32; 2]>),
        Polygon(Vec<Vec<[f32; 2]>>),
        Point([f32; 2]),
    }

    /// What the worker needs to draw tiles: every feature's parts and look, and an R-tree of
    /// their Mercator bounding boxes. Shared with the worker thread; never changes.
    struct DenseData {
        parts: Vec<Vec<Part>>,
        looks: Vec<FeatureLook>,
        tree: RTree<GeomWithData<Rectangle<[f32; 2]>, u32>>,
    }

    /// Requests from the UI (newest last) and a way to stop the worker.
    struct Shared {
        requests: Mutex<Vec<TileCoord>>,
        wake: Condvar,
        shutdown: AtomicBool,
    }

    /// A drawn tile on its way to the UI thread; `None` when the tile holds nothing.
    type Finished = (TileCoord, Option<ColorImage>);

    struct Worker {
        shared: Arc<Shared>,
        finished: mpsc::Receiver<Finished>,
    }

    #[derive(Default)]
    struct TileCache {
        /// Texture (or `None` for an empty tile) and the clock value of its last use.
        tiles: HashMap<TileCoord, (Option<TextureHandle>, u64)>,
        pending: HashSet<TileCoord>,
        clock: u64,
        worker: Option<Worker>,
        /// Pixel size the cached tiles were drawn at (changes with pixels-per-point).
        size_px: u32,
    }

    /// A dense layer's tiles: the shared data, below which zoom they are used, and the cache.
    pub struct DenseLayer {
        data: Arc<DenseData>,
        /// Below this zoom the layer is drawn from tiles, at and above it as vectors.
        pub tiles_below_zoom: f64,
        cache: Mutex<TileCache>,
    }

    impl std::fmt::Debug for DenseLayer {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.debug_struct("DenseLayer")
                .field("features", &self.data.parts.len())
                .field("tiles_below_zoom", &self.tiles_below_zoom)
                .finish()
        }
    }

    impl Drop for DenseLayer {
        fn drop(&mut self) {
            self.cache
                .get_mut()
                .unwrap_or_else(PoisonError::into_inner)
                .stop_worker();
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

    impl DenseLayer {
        /// The tiles of `layer` if it is dense enough to need them, else `None`. Costs one
        /// pass over every position (Mercator conversion) and an R-tree bulk load.
        pub fn build(layer: &Layer, looks: &[FeatureLook]) -> Option<DenseLayer> {
            let vertices: usize = layer
                .features
                .iter()
                .filter_map(|f| f.geometry.as_ref())
                .map(|g| g.coords_count())
                .sum();
            if vertices < MIN_VERTICES {
                return None;
            }
            let mut min = [f64::INFINITY; 2];
            let mut max = [f64::NEG_INFINITY; 2];
            for b in layer.features.iter().filter_map(|f| f.bbox) {
                let a = web_mercator_unit(b.min().x, b.max().y);
                let z = web_mercator_unit(b.max().x, b.min().y);
                min = [min[0].min(a[0]), min[1].min(a[1])];
                max = [max[0].max(z[0]), max[1].max(z[1])];
            }
            let area = ((max[0] - min[0]) * (max[1] - min[1])).max(0.0);
            let tiles_below_zoom = tiles_below_zoom(layer.features.len(), area)?;
            let mut parts = Vec::with_capacity(layer.features.len());
            let mut items = Vec::new();
            for (i, f) in layer.features.iter().enumerate() {
                let mut p = Vec::new();
                if let Some(g) = &f.geometry {
                    parts_of(g, &mut p);
                }
                if let (Some(b), Ok(index)) = (f.bbox, u32::try_from(i)) {
                    let a = unit(b.min());
                    let z = unit(b.max());
                    items.push(GeomWithData::new(Rectangle::from_corners(a, z), index));
                }
                parts.push(p);
            }
            Some(DenseLayer {
                data: Arc::new(DenseData {
                    parts,
                    looks: looks.to_vec(),
                    tree: RTree::bulk_load(items),
                }),
                tiles_below_zoom,
                cache: Mutex::new(TileCache::default()),
            })
        }

        /// Whether the layer is drawn from tiles at `zoom`.
        pub fn draws_at(&self, zoom: f64) -> bool {
            zoom < self.tiles_below_zoom
        }

        /// Draws the tiles covering the viewport with `opacity` (0..1); a tile still being
        /// drawn shows its nearest cached ancestor scaled up, or nothing yet.
        pub fn draw(&self, painter: &Painter, viewport: &Viewport, opacity: f32) {
            let ctx = painter.ctx();
            let mut cache = self.cache.lock().unwrap_or_else(PoisonError::into_inner);
            let size_px = (256.0 * ctx.pixels_per_point()).round().clamp(64.0, 1024.0) as u32;
            if cache.size_px != size_px {
                // A new pixels-per-point: tiles are drawn again at the new size, by a new worker.
                cache.stop_worker();
                cache.tiles.clear();
                cache.size_px = size_px;
            }
            if cache.worker.is_none() {
                cache.worker = spawn_worker(Arc::clone(&self.data), ctx.clone(), size_px);
            }
            cache.receive(ctx);
            let tz = viewport.zoom.round().clamp(0.0, f64::from(MAX_TILE_ZOOM)) as u8;
            let n = 1u32 << tz;
            let nw = viewport.unproject(viewport.rect.left_top());
            let se = viewport.unproject(viewport.rect.right_bottom());
            let [x0, y0] = web_mercator_unit(nw.x, nw.y);
            let [x1, y1] = web_mercator_unit(se.x, se.y);
            let to_tile = |u: f64| (u * f64::from(n)).floor().clamp(0.0, f64::from(n - 1)) as u32;
            let tint = Color32::WHITE.gamma_multiply(opacity.clamp(0.0, 1.0));
            let full = Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0));
            cache.clock += 1;
            let clock = cache.clock;
            for y in to_tile(y0)..=to_tile(y1) {
                for x in to_tile(x0)..=to_tile(x1) {
                    let tile = TileCoord { zoom: tz, x, y };
                    let rect = screen_rect(viewport, tile);
                    if let Some(entry) = cache.tiles.get_mut(&tile) {
                        entry.1 = clock;
                        if let Some(t) = &entry.0 {
                            painter.image(t.id(), rect, full, tint);
                        }
                        continue;
                    }
                    cache.request(tile);
                    if let Some((texture, uv)) = cache.ancestor(tile) {
                        painter.image(texture, rect, uv, tint);
                    }
                }
            }
            cache.evict();
        }
    }

    /// Where a tile lies on screen.
    fn screen_rect(viewport: &Viewport, tile: TileCoord) -> Rect {
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

    impl TileCache {
        /// Stops the worker (it finishes the tile in hand) and forgets what it was asked for.
        fn stop_worker(&mut self) {
            if let Some(w) = self.worker.take() {
                w.shared.shutdown.store(true, Ordering::Relaxed);
                w.shared.wake.notify_all();
            }
            release_pending(self.pending.len());
            self.pending.clear();
        }

        fn receive(&mut self, ctx: &egui::Context) {
            let Some(worker) = &self.worker else {
                return;
            };
            let finished: Vec<Finished> = worker.finished.try_iter().collect();
            for (tile, image) in finished {
                if self.pending.remove(&tile) {
                    release_pending(1);
                }
                let texture = image.map(|img| {
                    let name = format!("dense tile {}/{}/{}", tile.zoom, tile.x, tile.y);
                    ctx.load_texture(name, img, TextureOptions::LINEAR)
                });
                self.tiles.insert(tile, (texture, self.clock));
            }
        }

        fn request(&mut self, tile: TileCoord) {
            let Some(worker) = &self.worker else {
                return;
            };
            if !self.pending.insert(tile) {
                return;
            }
            PENDING.fetch_add(1, Ordering::Relaxed);
            let mut queue = worker
                .shared
                .requests
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            queue.push(tile);
            if queue.len() > MAX_QUEUED {
                let excess = queue.len() - MAX_QUEUED;
                let dropped: Vec<TileCoord> = queue.drain(..excess).collect();
                for t in dropped {
                    if self.pending.remove(&t) {
                        release_pending(1);
                    }
                }
            }
            worker.shared.wake.notify_one();
        }

        /// The nearest cached ancestor of `tile` with a texture, and the part of it that
        /// covers `tile`.
        fn ancestor(&self, tile: TileCoord) -> Option<(egui::TextureId, Rect)> {
            for up in 1..=tile.zoom.min(6) {
                let parent = TileCoord {
                    zoom: tile.zoom - up,
                    x: tile.x >> up,
                    y: tile.y >> up,
                };
                if let Some((Some(texture), _)) = self.tiles.get(&parent) {
                    let span = 1.0 / f32::from(1u16 << up);
                    let mask = (1u32 << up) - 1;
                    let min = pos2((tile.x & mask) as f32 * span, (tile.y & mask) as f32 * span);
                    return Some((
                        texture.id(),
                        Rect::from_min_max(min, pos2(min.x + span, min.y + span)),
                    ));
                }
            }
            None
        }

        fn evict(&mut self) {
            while self.tiles.len() > MAX_CACHED_TILES {
                let oldest = self
                    .tiles
                    .iter()
                    .min_by_key(|(_, (_, used))| *used)
                    .map(|(t, _)| *t);
                match oldest {
                    Some(t) => {
                        self.tiles.remove(&t);
                    }
                    None => break,
                }
            }
        }
    }

    fn spawn_worker(data: Arc<DenseData>, ctx: egui::Context, size_px: u32) -> Option<Worker> {
        let shared = Arc::new(Shared {
            requests: Mutex::new(Vec::new()),
            wake: Condvar::new(),
            shutdown: AtomicBool::new(false),
        });
        let (tx, rx) = mpsc::channel();
        let theirs = Arc::clone(&shared);
        let spawned = std::thread::Builder::new()
            .name("dense layer tiles".into())
            .spawn(move || {
                loop {
                    let tile = {
                        let mut queue = theirs
                            .requests
                            .lock()
                            .unwrap_or_else(PoisonError::into_inner);
                        loop {
                            if theirs.shutdown.load(Ordering::Relaxed) {
                                return;
                            }
                            if let Some(t) = queue.pop() {
                                break t;
                            }
                            queue = theirs
                                .wake
                                .wait(queue)
                                .unwrap_or_else(PoisonError::into_inner);
                        }
                    };
                    let image = render_tile(&data, tile, size_px);
                    if tx.send((tile, image)).is_err() {
                        return;
                    }
                    ctx.request_repaint();
                }
            });
        match spawned {
            Ok(_) => Some(Worker {
                shared,
                finished: rx,
            }),
            Err(e) => {
                log::warn!("could not start the thread that draws a dense layer: {e}");
                None
            }
        }
    }

    use crate::map::raster::paint;

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
    fn render_tile(data: &DenseData, tile: TileCoord, size_px: u32) -> Option<ColorImage> {
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
                data.parts.get(i as usize),
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
        let size = size_px as usize;
        Some(ColorImage::from_rgba_premultiplied(
            [size, size],
            pixmap.data(),
        ))
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
                &crate::data::Feature {
                    id: None,
                    geometry: None,
                    properties: Default::default(),
                    bbox: None,
                    line: 1,
                },
            );
            let a = unit(geo::coord! { x: 101.0, y: 21.0 });
            let b = unit(geo::coord! { x: 102.0, y: 21.5 });
            let data = DenseData {
                parts: vec![vec![Part::Line(vec![a, b])]],
                looks: vec![look],
                tree: RTree::bulk_load(vec![GeomWithData::new(Rectangle::from_corners(a, b), 0)]),
            };
            let here = TileCoord::containing(101.5, 21.25, 8);
            let img = render_tile(&data, here, 256).expect("the line crosses this tile");
            assert!(img.pixels.iter().any(|p| p.a() > 0), "something is drawn");
            let far = TileCoord::containing(95.0, 30.0, 8);
            assert!(render_tile(&data, far, 256).is_none());
        }
    }
}
