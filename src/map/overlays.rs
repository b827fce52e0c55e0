//! Corridor layers drawn as vectors above the basemap: crisp at any zoom and clickable.
//!
//! Everything that depends only on the data (each feature's look, zone triangulations) is
//! computed once per layer in [`PreparedLayer`]; per frame the painter only projects the
//! features the R-tree finds in view, and drops vertices closer than half a point to the
//! previous one, so the cost follows what is on screen, not the size of the data.
//!
//! A layer so dense that a screenful would hold thousands of features (a 120 MB file of
//! 120,000 lines seen whole) is drawn below a zoom threshold from raster tiles instead, see
//! [`super::dense`]: the tiles are drawn once on a worker thread and each frame only places about
//! thirty textures, whatever the size of the file.

use super::Viewport;
use super::dense;
use super::per_feature::PerFeature;
use crate::data::fill::{Triangles, triangulate};
use crate::data::timeline::Lifecycles;
use crate::data::{Feature, FeatureIndex, Layer, LayerId, LayerKind};
use crate::style::{self, AreaLook, FeatureLook, LineLook, PointLook, PointShape};
use egui::{Color32, Mesh, Painter, Pos2, Shape, Stroke, pos2, vec2};
use geo::{Coord, Geometry, LineString, Polygon, SimplifyIdx};
use std::sync::Arc;

/// Per-layer values computed once at load: looks and zone triangles.
pub struct PreparedLayer {
    /// Which layer this was prepared from (layers are prepared again if it changes).
    pub layer: LayerId,
    /// Number of features when prepared, to notice a replaced layer with the same id.
    pub feature_count: usize,
    /// The layer's own colour when prepared ([`Layer::tint`]), to notice the user changed it.
    pub tint: Option<[u8; 3]>,
    /// Each feature's look, by feature index (one for all when they share it, as every
    /// feature of a user's file does); shared with the dense layer's tile worker.
    pub looks: Arc<PerFeature<FeatureLook>>,
    /// Each feature's lifecycle for the timeline (`None`: no dates), by feature index.
    pub lifecycles: Vec<Option<crate::data::timeline::Lifecycle>>,
    /// Fill triangles of each polygon feature, lon/lat, by feature index (one empty value
    /// for a layer without polygons).
    pub fills: PerFeature<Triangles>,
    /// For a layer too dense to draw as vectors at low zoom: its tiles (`None` for the
    /// built-in layers and any file of ordinary size).
    pub dense: Option<dense::DenseLayer>,
    /// Segments of each line feature that are straight gap fills (`straight_gap_fills`), by
    /// feature index; drawn dashed (one empty value for a layer without any).
    pub gap_fills: PerFeature<Vec<usize>>,
    /// Some feature of the layer is OpenStreetMap-derived (its `attribution` names
    /// OpenStreetMap), so the map must show the OSM attribution while the layer is visible.
    pub osm_derived: bool,
}

/// What an import prepares for drawing on its own thread, so that the window spends no
/// frame on it when the layer arrives: the fill triangles of its polygons and, for a layer
/// dense enough for tiles, their geometry (2,000,000 points: about a second).
#[derive(Debug)]
pub struct ReadyDrawing {
    /// How many features it was prepared for.
    count: usize,
    /// One entry per feature (see [`triangulate`]).
    fills: PerFeature<Triangles>,
    /// `None`: the layer is drawn as vectors at every zoom.
    dense: Option<dense::DenseGeometry>,
    gap_fills: PerFeature<Vec<usize>>,
    osm_derived: bool,
}

impl ReadyDrawing {
    /// Prepares `features`, whose R-tree is `index`; `None` if `cancel` was set meanwhile.
    pub fn of(
        features: &[Feature],
        index: &FeatureIndex,
        cancel: &std::sync::atomic::AtomicBool,
    ) -> Option<Self> {
        let fills = crate::data::fill::triangulate_all(features, cancel)?;
        Some(Self::of_features(features, index, Some(fills)))
    }

    /// Prepares `features`, triangulating them here unless `fills` has one entry each.
    fn of_features(
        features: &[Feature],
        index: &FeatureIndex,
        fills: Option<Vec<Triangles>>,
    ) -> Self {
        let fills = match fills {
            Some(f) if f.len() == features.len() => PerFeature::collect(f),
            _ => PerFeature::collect(features.iter().map(triangulate)),
        };
        ReadyDrawing {
            count: features.len(),
            fills,
            dense: dense::DenseGeometry::build(features, index),
            gap_fills: PerFeature::collect(features.iter().map(gap_fill_segments)),
            osm_derived: features.iter().any(is_osm_derived),
        }
    }
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
        Self::with_ready(layer, None)
    }

    /// [`PreparedLayer::new`] with what the import prepared off the UI thread, used when
    /// it matches the layer's features one for one.
    pub fn with_ready(layer: &Layer, ready: Option<ReadyDrawing>) -> Self {
        let ready = match ready {
            Some(r) if r.count == layer.features.len() => r,
            _ => ReadyDrawing::of_features(&layer.features, &layer.index, None),
        };
        let looks = Arc::new(looks_of(layer));
        let dense = ready
            .dense
            .map(|g| dense::DenseLayer::with_geometry(Arc::new(g), Arc::clone(&looks)));
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
            fills: ready.fills,
            dense,
            gap_fills: ready.gap_fills,
            osm_derived: ready.osm_derived,
        }
    }

    /// Follows a new colour of the layer: new looks and tiles, the same fills and tile
    /// geometry, so recolouring a layer of millions of points costs no freeze.
    pub fn retint(&mut self, layer: &Layer) {
        self.looks = Arc::new(looks_of(layer));
        self.dense = self.dense.as_ref().map(|d| {
            dense::DenseLayer::with_geometry(Arc::clone(d.geometry()), Arc::clone(&self.looks))
        });
        self.tint = layer.tint;
    }
}

/// Every feature's look: one for an imported layer with its own colour (without a pass
/// over its features), else by kind and properties.
fn looks_of(layer: &Layer) -> PerFeature<FeatureLook> {
    match (layer.kind, layer.tint) {
        (LayerKind::Imported, Some([r, g, b])) => PerFeature::Same {
            value: style::imported_look(egui::Color32::from_rgb(r, g, b)),
            count: layer.features.len(),
        },
        _ => PerFeature::collect(
            layer
                .features
                .iter()
                .map(|f| style::feature_look(layer.kind, f)),
        ),
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
    for index in layer.index.query_in_file_order(viewport.bounds) {
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

/// How far (in points) a drawn line may stray from its data: below what a screen shows,
/// so a simplified line looks the same.
pub const SCREEN_TOLERANCE: f32 = 0.35;

/// Projects a line to screen points, simplified to [`SCREEN_TOLERANCE`]. Each kept point
/// costs the renderer about six feathered triangles, and a software renderer (a laptop
/// without a GPU driver) pays for every one: at the start view the corridor's 8,000
/// positions would be 40,000 triangles, most of them on one pixel. Vertices less than
/// half a point from the last kept one are dropped first (cheap), then Douglas–Peucker
/// (`geo::Simplify`) removes the rest of what the screen cannot show.
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
    if pts.len() <= 2 {
        return pts;
    }
    let line: LineString<f32> = pts.iter().map(|p| (p.x, p.y)).collect();
    line.simplify_idx(SCREEN_TOLERANCE)
        .into_iter()
        .filter_map(|i| pts.get(i).copied())
        .collect()
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
    feature.own_label(lang).filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{Atlas, LayerOrigin, parse_geojson};
    use geo::{MultiPolygon, coord};

    fn with_geometry(g: Geometry<f64>) -> Feature {
        Feature::new(None, Some(g), Default::default(), 1)
    }

    /// An imported layer of `n` points in a square degree of the corridor.
    fn imported_points(n: usize) -> (Atlas, LayerId) {
        let features = (0..n)
            .map(|i| {
                let (x, y) = ((i % 1000) as f64 / 1000.0, (i / 1000) as f64 / 1000.0);
                with_geometry(Geometry::Point(geo::Point::new(101.0 + x, 21.0 + y)))
            })
            .collect();
        let parsed = crate::data::load::ParsedCollection {
            features,
            ..Default::default()
        };
        let mut atlas = Atlas::empty();
        let id = atlas.add_layer(
            "points".into(),
            LayerKind::Imported,
            LayerOrigin::File("points.geojson".into()),
            parsed,
        );
        atlas.set_tint(id, Some([10, 20, 30]));
        (atlas, id)
    }

    #[test]
    fn a_dense_import_arrives_with_its_tile_geometry_and_keeps_it_when_recoloured() {
        let (mut atlas, id) = imported_points(dense::MIN_VERTICES + 10);
        let layer = atlas.layer(id).expect("added");
        let ready = ReadyDrawing::of(
            &layer.features,
            &layer.index,
            &std::sync::atomic::AtomicBool::new(false),
        )
        .expect("not cancelled");
        assert!(ready.dense.is_some(), "dense enough for tiles");
        let mut prepared = PreparedLayer::with_ready(layer, Some(ready));
        let geometry = Arc::clone(prepared.dense.as_ref().expect("tiles").geometry());
        assert_eq!(prepared.looks.len(), layer.features.len());
        atlas.set_tint(id, Some([200, 0, 0]));
        let layer = atlas.layer(id).expect("still there");
        prepared.retint(layer);
        assert_eq!(prepared.tint, Some([200, 0, 0]));
        let after = prepared.dense.as_ref().expect("still tiles").geometry();
        assert!(Arc::ptr_eq(&geometry, after), "the geometry is not rebuilt");
        assert_eq!(
            prepared.looks.get(0).map(|l| l.point.fill),
            Some(
                style::imported_look(Color32::from_rgb(200, 0, 0))
                    .point
                    .fill
            )
        );
    }

    #[test]
    fn drawing_prepared_for_other_features_is_not_used() {
        let (atlas, id) = imported_points(10);
        let (other, other_id) = imported_points(20);
        let other_layer = other.layer(other_id).expect("added");
        let ready = ReadyDrawing::of(
            &other_layer.features,
            &other_layer.index,
            &std::sync::atomic::AtomicBool::new(false),
        )
        .expect("not cancelled");
        let layer = atlas.layer(id).expect("added");
        let prepared = PreparedLayer::with_ready(layer, Some(ready));
        assert_eq!(prepared.feature_count, 10);
        assert_eq!(prepared.fills.len(), 10);
    }

    /// A viewport of 1000 × 1000 points on the corridor at zoom 7.
    fn corridor_view() -> Viewport {
        let rect = egui::Rect::from_min_size(pos2(0.0, 0.0), vec2(1000.0, 1000.0));
        Viewport::new(rect, coord! { x: 101.5, y: 22.0 }, 7.0)
    }

    #[test]
    fn a_straight_run_is_drawn_with_its_two_ends() {
        let view = corridor_view();
        let coords: Vec<Coord<f64>> = (0..=1000)
            .map(|i| coord! { x: 100.0 + f64::from(i) * 0.003, y: 22.0 })
            .collect();
        let pts = screen_path(&view, &coords);
        assert_eq!(pts.len(), 2, "{pts:?}");
        assert_eq!(pts.first().copied(), Some(view.project(coords[0])));
        assert_eq!(pts.last().copied(), Some(view.project(coords[1000])));
    }

    #[test]
    fn bends_the_screen_shows_are_kept_and_wiggles_it_cannot_are_not() {
        let view = corridor_view();
        // Degrees per point at this zoom, near the equator of the view.
        let per_point =
            (view.unproject(pos2(1.0, 500.0)).x - view.unproject(pos2(0.0, 500.0)).x).abs();
        let zigzag = |amplitude_points: f64| -> Vec<Coord<f64>> {
            (0..=40)
                .map(|i| {
                    coord! {
                        x: 101.0 + f64::from(i) * 10.0 * per_point,
                        y: 22.0 + if i % 2 == 0 { 0.0 } else { amplitude_points * per_point },
                    }
                })
                .collect()
        };
        // Three points high: every corner is seen, every corner is kept.
        assert_eq!(screen_path(&view, &zigzag(3.0)).len(), 41);
        // A tenth of a point: a straight line on screen.
        assert_eq!(screen_path(&view, &zigzag(0.1)).len(), 2);
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
