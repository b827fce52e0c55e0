//! Corridor layers drawn as vectors above the basemap: crisp at any zoom and clickable.
//!
//! Everything that depends only on the data (each feature's look, zone triangulations) is
//! computed once per layer in [`PreparedLayer`]; per frame the painter only projects the
//! features the R-tree finds in view, and drops vertices closer than half a point to the
//! previous one, so the cost follows what is on screen, not the size of the data.

use super::Viewport;
use crate::data::{Feature, FeatureId, Layer, LayerId, LayerKind};
use crate::style::{self, AreaLook, FeatureLook, LineLook, PointLook, PointShape};
use egui::{Color32, Mesh, Painter, Pos2, Shape, Stroke, pos2, vec2};
use geo::{Coord, Geometry, LineString, Polygon, TriangulateEarcut};

/// Per-layer values computed once at load: looks and zone triangles.
pub struct PreparedLayer {
    /// Which layer this was prepared from (layers are prepared again if it changes).
    pub layer: LayerId,
    /// Number of features when prepared, to notice a replaced layer with the same id.
    pub feature_count: usize,
    /// Each feature's look, by feature index.
    pub looks: Vec<FeatureLook>,
    /// Fill triangles of each polygon feature, lon/lat, by feature index.
    pub fills: Vec<Vec<[Coord<f64>; 3]>>,
}

impl PreparedLayer {
    /// Computes looks and triangulations for every feature of `layer`.
    pub fn new(layer: &Layer) -> Self {
        let looks = layer
            .features
            .iter()
            .map(|f| style::feature_look(layer.kind, f))
            .collect();
        let fills = layer.features.iter().map(triangulate).collect();
        Self {
            layer: layer.id,
            feature_count: layer.features.len(),
            looks,
            fills,
        }
    }
}

fn triangulate(feature: &Feature) -> Vec<[Coord<f64>; 3]> {
    let mut out = Vec::new();
    let mut add = |p: &Polygon<f64>| {
        for t in p.earcut_triangles_iter() {
            out.push([t.v1(), t.v2(), t.v3()]);
        }
    };
    fn walk(g: &Geometry<f64>, add: &mut dyn FnMut(&Polygon<f64>)) {
        match g {
            Geometry::Polygon(p) => add(p),
            Geometry::MultiPolygon(mp) => mp.0.iter().for_each(&mut *add),
            Geometry::Rect(r) => add(&r.to_polygon()),
            Geometry::Triangle(t) => add(&t.to_polygon()),
            Geometry::GeometryCollection(gc) => gc.0.iter().for_each(|g| walk(g, add)),
            _ => {}
        }
    }
    if let Some(g) = &feature.geometry {
        walk(g, &mut add);
    }
    out
}

/// What a layer looks like this frame.
#[derive(Clone, Copy, Debug)]
pub struct LayerDraw {
    /// 0..1, from the layers panel.
    pub opacity: f32,
    /// The map zoom, for line widths.
    pub zoom: f64,
}

/// Draws the features of `layer` that intersect the viewport.
pub fn draw_layer(
    painter: &Painter,
    viewport: &Viewport,
    layer: &Layer,
    prepared: &PreparedLayer,
    draw: LayerDraw,
) {
    let mut shapes = Vec::new();
    for index in layer.index.query(viewport.bounds) {
        let i = index as usize;
        let (Some(feature), Some(look)) = (layer.features.get(i), prepared.looks.get(i)) else {
            continue;
        };
        let fill = prepared.fills.get(i).map(Vec::as_slice).unwrap_or(&[]);
        feature_shapes(&mut shapes, viewport, feature, look, fill, draw);
    }
    painter.extend(shapes);
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
    };
    let draw = LayerDraw { opacity: 1.0, zoom };
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
            Stroke::new(width + 2.5, fade(casing, draw.opacity)),
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
    let r = look.radius;
    let fill = fade(look.fill, draw.opacity);
    let stroke = Stroke::new(2.0, fade(look.stroke, draw.opacity));
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
    matches!(kind, LayerKind::Station | LayerKind::Port | LayerKind::Zone)
}

/// The point a feature's label hangs from: its first point, or the centre of its bounds.
pub fn anchor(feature: &Feature) -> Option<Coord<f64>> {
    match feature.geometry.as_ref()? {
        Geometry::Point(p) => Some(p.0),
        _ => feature.bbox.map(|b| b.center()),
    }
}

/// The layer of a feature id, for callers that hold only the id.
pub fn feature_of(layer: &Layer, id: FeatureId) -> Option<&Feature> {
    if id.layer != layer.id {
        return None;
    }
    layer.features.get(id.index as usize)
}
