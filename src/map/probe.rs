//! Which feature is under the pointer: hover highlights it, click selects it.
//!
//! Candidates come from each visible layer's R-tree (a box of a few points around the
//! pointer), then exact screen distances decide. Points win over lines and lines over
//! areas at equal distance, because a station on a railway inside a zone is what a person
//! means when they click it.

use super::Viewport;
use crate::data::{Feature, FeatureId, Layer};
use egui::Pos2;
use geo::{Contains, Coord, Geometry, Point, Polygon};

/// How close (points) the pointer must be to a line or symbol to hit it on a desk (times
/// the room scale in presenter mode).
///
/// A line's distance is then raised by this reach (plus one) so that any station, port or
/// zone symbol within reach beats a line under the pointer: at a small zoom Boten's port
/// and station sit on the expressway, and the place is what a person means.
pub const HIT_RADIUS: f32 = 9.0;

/// Finds the feature under `pointer` among `layers` (only the visible ones are passed).
pub fn hit_test<'a>(
    viewport: &Viewport,
    layers: impl IntoIterator<Item = &'a Layer>,
    pointer: Pos2,
) -> Option<FeatureId> {
    hit_test_among(viewport, layers, pointer, 1.0, |_| true)
}

/// [`hit_test`] over the features `shown` keeps: what the map does not draw (a station
/// before the timeline's year built it) cannot be hovered or clicked. `scale` is the
/// map's room scale: symbols drawn larger for a projector are hit from further away.
pub fn hit_test_among<'a>(
    viewport: &Viewport,
    layers: impl IntoIterator<Item = &'a Layer>,
    pointer: Pos2,
    scale: f32,
    shown: impl Fn(FeatureId) -> bool,
) -> Option<FeatureId> {
    let reach = HIT_RADIUS * scale.max(1.0);
    let area = viewport.area_around(pointer, reach);
    let at = viewport.unproject(pointer);
    let mut best: Option<(f32, FeatureId)> = None;
    for layer in layers {
        for index in layer.index.query_in_file_order(area) {
            let Some(feature) = layer.features.get(index as usize) else {
                continue;
            };
            // Passing stations are not drawn below their zoom, so they cannot be hit there.
            if crate::style::is_minor_station(feature)
                && viewport.zoom < crate::style::MINOR_STATION_MIN_ZOOM
            {
                continue;
            }
            let Some(score) = score(viewport, feature, pointer, at, reach) else {
                continue;
            };
            let id = FeatureId {
                layer: layer.id,
                index,
            };
            if !shown(id) {
                continue;
            }
            // Later layers are drawn on top, so on a tie they win.
            if best.is_none_or(|(s, _)| score <= s) {
                best = Some((score, id));
            }
        }
    }
    best.map(|(_, id)| id)
}

/// Lower is better; `None` when the feature is not under the pointer.
/// `reach` is how far (points) from a symbol or line the pointer may be.
fn score(
    viewport: &Viewport,
    feature: &Feature,
    pointer: Pos2,
    at: Coord<f64>,
    reach: f32,
) -> Option<f32> {
    geometry_score(viewport, feature.geometry.as_ref()?, pointer, at, reach)
}

fn geometry_score(
    viewport: &Viewport,
    g: &Geometry<f64>,
    pointer: Pos2,
    at: Coord<f64>,
    reach: f32,
) -> Option<f32> {
    let best = |a: Option<f32>, b: Option<f32>| match (a, b) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, None) => x,
        (None, y) => y,
    };
    match g {
        Geometry::Point(p) => point_score(viewport, p.0, pointer, reach),
        Geometry::MultiPoint(mp) => mp.0.iter().fold(None, |acc, p| {
            best(acc, point_score(viewport, p.0, pointer, reach))
        }),
        Geometry::Line(l) => line_score(viewport, &[l.start, l.end], pointer, reach),
        Geometry::LineString(ls) => line_score(viewport, &ls.0, pointer, reach),
        Geometry::MultiLineString(mls) => mls.0.iter().fold(None, |acc, ls| {
            best(acc, line_score(viewport, &ls.0, pointer, reach))
        }),
        Geometry::Polygon(p) => polygon_score(viewport, p, pointer, at, reach),
        Geometry::MultiPolygon(mp) => mp.0.iter().fold(None, |acc, p| {
            best(acc, polygon_score(viewport, p, pointer, at, reach))
        }),
        Geometry::Rect(r) => polygon_score(viewport, &r.to_polygon(), pointer, at, reach),
        Geometry::Triangle(t) => polygon_score(viewport, &t.to_polygon(), pointer, at, reach),
        Geometry::GeometryCollection(gc) => gc.0.iter().fold(None, |acc, g| {
            best(acc, geometry_score(viewport, g, pointer, at, reach))
        }),
    }
}

fn point_score(viewport: &Viewport, c: Coord<f64>, pointer: Pos2, reach: f32) -> Option<f32> {
    let d = viewport.project(c).distance(pointer);
    (d <= reach).then_some(d)
}

fn line_score(
    viewport: &Viewport,
    coords: &[Coord<f64>],
    pointer: Pos2,
    reach: f32,
) -> Option<f32> {
    let pts = super::overlays::screen_path(viewport, coords);
    let d = pts
        .windows(2)
        .map(|w| segment_distance(pointer, w[0], w[1]))
        .fold(f32::INFINITY, f32::min);
    // Lines rank after every point within reach.
    (d <= reach).then_some(d + reach + 1.0)
}

fn polygon_score(
    viewport: &Viewport,
    polygon: &Polygon<f64>,
    pointer: Pos2,
    at: Coord<f64>,
    reach: f32,
) -> Option<f32> {
    if polygon.contains(&Point(at)) {
        // Inside an area: a weak hit, beaten by any point or line near the pointer.
        return Some(2.0 * reach + 5.0);
    }
    let edge = line_score(viewport, &polygon.exterior().0, pointer, reach)?;
    Some(edge + 1.0)
}

/// Distance from `p` to the segment `a`–`b`, points.
pub fn segment_distance(p: Pos2, a: Pos2, b: Pos2) -> f32 {
    let ab = b - a;
    let len_sq = ab.length_sq();
    if len_sq <= f32::EPSILON {
        return p.distance(a);
    }
    let t = ((p - a).dot(ab) / len_sq).clamp(0.0, 1.0);
    p.distance(a + ab * t)
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::pos2;

    #[test]
    fn a_place_near_the_pointer_wins_over_a_line_right_under_it() {
        let rect = egui::Rect::from_min_size(pos2(0.0, 0.0), egui::vec2(800.0, 600.0));
        let viewport = Viewport::new(rect, Coord { x: 101.6, y: 21.2 }, 6.7);
        let pointer = viewport.project(Coord { x: 101.6, y: 21.2 });
        // A line straight through the pointer, and a place 7 points away from it.
        let line = [
            viewport.unproject(pointer - egui::vec2(50.0, 0.0)),
            viewport.unproject(pointer + egui::vec2(50.0, 0.0)),
        ];
        let place = viewport.unproject(pointer + egui::vec2(0.0, 7.0));
        let on_line =
            line_score(&viewport, &line, pointer, HIT_RADIUS).expect("line under the pointer");
        let near_place =
            point_score(&viewport, place, pointer, HIT_RADIUS).expect("place within reach");
        assert!(near_place < on_line, "{near_place} vs {on_line}");
        let far_place = viewport.unproject(pointer + egui::vec2(0.0, 12.0));
        assert_eq!(
            point_score(&viewport, far_place, pointer, HIT_RADIUS),
            None,
            "out of reach"
        );
    }

    #[test]
    fn symbols_scaled_for_a_room_are_hit_from_further_away() {
        let rect = egui::Rect::from_min_size(pos2(0.0, 0.0), egui::vec2(800.0, 600.0));
        let viewport = Viewport::new(rect, Coord { x: 101.6, y: 21.2 }, 9.0);
        let pointer = pos2(400.0, 300.0);
        let place = viewport.unproject(pointer + egui::vec2(12.0, 0.0));
        let mut atlas = crate::data::Atlas::empty();
        let json = format!(
            r#"{{"type":"FeatureCollection","features":[{{"type":"Feature","properties":{{}},"geometry":{{"type":"Point","coordinates":[{},{}]}}}}]}}"#,
            place.x, place.y
        );
        let parsed = crate::data::load::parse_geojson(json.as_bytes()).expect("valid");
        let id = atlas.add_layer(
            "test".into(),
            crate::data::LayerKind::Imported,
            crate::data::LayerOrigin::File("test.geojson".into()),
            parsed,
        );
        let layers = || atlas.layers().iter();
        assert_eq!(
            hit_test(&viewport, layers(), pointer),
            None,
            "12 pt on a desk"
        );
        let hit = hit_test_among(&viewport, layers(), pointer, 1.5, |_| true);
        assert_eq!(
            hit.map(|h| h.layer),
            Some(id),
            "within reach at room scale 1.5"
        );
        let hidden = hit_test_among(&viewport, layers(), pointer, 1.5, |_| false);
        assert_eq!(hidden, None, "what the map does not draw cannot be hit");
    }

    #[test]
    fn distance_to_a_segment_uses_the_nearest_point_not_the_ends() {
        let d = segment_distance(pos2(5.0, 3.0), pos2(0.0, 0.0), pos2(10.0, 0.0));
        assert!((d - 3.0).abs() < 1e-5);
        let beyond = segment_distance(pos2(14.0, 3.0), pos2(0.0, 0.0), pos2(10.0, 0.0));
        assert!((beyond - 5.0).abs() < 1e-5);
        let degenerate = segment_distance(pos2(3.0, 4.0), pos2(0.0, 0.0), pos2(0.0, 0.0));
        assert!((degenerate - 5.0).abs() < 1e-5);
    }
}
