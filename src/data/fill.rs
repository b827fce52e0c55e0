//! Fill triangles of polygon features, for the map to paint areas with.
//!
//! Ear-cutting is quadratic in bad cases: a polygon with a hundred thousand holes or a ring of
//! a million positions that crosses itself would take minutes. Polygons beyond
//! [`FILL_MAX_POSITIONS`] or [`FILL_MAX_HOLES`], and large ones whose rings cross, are
//! therefore left unfilled (the map draws their outline, and the loader says so, see
//! [`outline_only`]), and a user's file is triangulated on the import's own thread, so the
//! window only ever receives ready triangles.

use std::sync::atomic::{AtomicBool, Ordering};

use geo::{Coord, Geometry, LineString, Polygon, TriangulateEarcut};

use super::Feature;

/// Fill triangles of one feature, lon/lat degrees.
pub type Triangles = Vec<[Coord<f64>; 3]>;

/// Largest polygon (positions in all its rings) that is filled; larger ones are drawn as an
/// outline. Real zone and country outlines stay well below it.
pub const FILL_MAX_POSITIONS: usize = 50_000;

/// Most holes a filled polygon may have; a polygon with more is drawn as an outline (each hole
/// costs ear-cutting a pass over the outline).
pub const FILL_MAX_HOLES: usize = 200;

/// Polygons up to this many positions are filled without first checking that their rings do
/// not cross: ear-cutting them is quick whatever their shape.
const CROSSING_CHECK_FROM: usize = 2_000;

/// Pairs of segments the crossing check may compare for one polygon before it gives up and
/// the polygon is drawn as an outline (a few milliseconds of work).
const CROSSING_CHECK_BUDGET: usize = 4_000_000;

/// A ring needs 4 positions (the last repeating the first) to enclose anything.
fn fillable_ring(r: &LineString<f64>) -> bool {
    r.0.len() >= 4
}

/// Why a polygon is drawn as an outline rather than filled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutlineOnly {
    /// More positions or holes than [`FILL_MAX_POSITIONS`] / [`FILL_MAX_HOLES`].
    TooLarge {
        /// Positions in all rings.
        positions: usize,
        /// Holes.
        holes: usize,
    },
    /// A large polygon whose rings cross (or are too tangled to tell quickly): ear-cutting
    /// such a ring takes seconds to minutes and fills it wrongly anyway.
    Crossing,
}

/// Whether a polygon is filled, and if not, why (see [`OutlineOnly`]).
pub fn outline_only(p: &Polygon<f64>) -> Option<OutlineOnly> {
    let holes = p.interiors().len();
    let positions = p
        .interiors()
        .iter()
        .fold(p.exterior().0.len(), |n, r| n.saturating_add(r.0.len()));
    if holes > FILL_MAX_HOLES || positions > FILL_MAX_POSITIONS {
        return Some(OutlineOnly::TooLarge { positions, holes });
    }
    if positions > CROSSING_CHECK_FROM && rings_cross(p) {
        return Some(OutlineOnly::Crossing);
    }
    None
}

/// Whether two segments of the polygon's rings that are not neighbours on one ring touch or
/// cross; also true when that could not be settled within [`CROSSING_CHECK_BUDGET`]
/// comparisons. Segments are swept in order of their west ends, so only segments that
/// overlap east–west are compared.
fn rings_cross(p: &Polygon<f64>) -> bool {
    use geo::Intersects;
    struct Seg {
        line: geo::Line<f64>,
        ring: usize,
        at: usize,
        ring_segments: usize,
        min_x: f64,
        max_x: f64,
    }
    let mut segs = Vec::new();
    for (ring, r) in std::iter::once(p.exterior())
        .chain(p.interiors())
        .enumerate()
    {
        let mut points: Vec<Coord<f64>> = r.0.clone();
        points.dedup();
        let count = points.len().saturating_sub(1);
        for (at, w) in points.windows(2).enumerate() {
            if let [a, b] = w {
                segs.push(Seg {
                    line: geo::Line::new(*a, *b),
                    ring,
                    at,
                    ring_segments: count,
                    min_x: a.x.min(b.x),
                    max_x: a.x.max(b.x),
                });
            }
        }
    }
    segs.sort_by(|a, b| a.min_x.total_cmp(&b.min_x));
    let neighbours = |s: &Seg, t: &Seg| {
        s.ring == t.ring
            && (s.at.abs_diff(t.at) == 1
                || (s.at.min(t.at) == 0 && s.at.max(t.at) + 1 == s.ring_segments))
    };
    let mut compared = 0usize;
    for (i, s) in segs.iter().enumerate() {
        for t in segs.get(i + 1..).unwrap_or_default() {
            if t.min_x > s.max_x {
                break;
            }
            compared += 1;
            if compared > CROSSING_CHECK_BUDGET {
                return true;
            }
            if !neighbours(s, t) && s.line.intersects(&t.line) {
                return true;
            }
        }
    }
    false
}

/// Fill triangles of every polygon of `feature` within the limits; empty for lines, points
/// and polygons drawn as outlines only.
pub fn triangulate(feature: &Feature) -> Triangles {
    let mut out = Vec::new();
    let mut add = |p: &Polygon<f64>| {
        // geo's earcut panics on an empty ring (its `len - 1` overflows), and the loader
        // keeps `"coordinates": []` polygons; shorter rings are left out of the fill (the
        // outline still shows what there is).
        if !fillable_ring(p.exterior()) || outline_only(p).is_some() {
            return;
        }
        let cleaned;
        let p = if p.interiors().iter().all(fillable_ring) {
            p
        } else {
            cleaned = Polygon::new(
                p.exterior().clone(),
                p.interiors()
                    .iter()
                    .filter(|r| fillable_ring(r))
                    .cloned()
                    .collect(),
            );
            &cleaned
        };
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

/// [`triangulate`] for every feature, in order; `None` when `cancel` was set on the way.
pub fn triangulate_all(features: &[Feature], cancel: &AtomicBool) -> Option<Vec<Triangles>> {
    let mut out = Vec::with_capacity(features.len());
    for f in features {
        if cancel.load(Ordering::Relaxed) {
            return None;
        }
        out.push(triangulate(f));
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn feature(g: Geometry<f64>) -> Feature {
        Feature::new(None, Some(g), Default::default(), 1)
    }

    fn square(x: f64, y: f64, s: f64) -> LineString<f64> {
        LineString::from(vec![(x, y), (x + s, y), (x + s, y + s), (x, y + s), (x, y)])
    }

    #[test]
    fn an_ordinary_polygon_with_a_hole_is_filled() {
        let p = Polygon::new(square(0.0, 0.0, 10.0), vec![square(4.0, 4.0, 2.0)]);
        assert_eq!(triangulate(&feature(p.into())).len(), 8);
    }

    #[test]
    fn a_polygon_with_a_hundred_thousand_holes_is_left_to_its_outline() {
        let holes: Vec<LineString<f64>> = (0..100_000)
            .map(|i| square(f64::from(i % 300) * 0.01, f64::from(i / 300) * 0.01, 0.003))
            .collect();
        let p = Polygon::new(square(-1.0, -1.0, 10.0), holes);
        assert!(matches!(
            outline_only(&p),
            Some(OutlineOnly::TooLarge { holes: 100_000, .. })
        ));
        assert!(triangulate(&feature(p.into())).is_empty());
    }

    #[test]
    fn a_self_crossing_ring_of_a_million_positions_is_left_to_its_outline() {
        // A zig-zag that crosses itself at every step: the worst case of ear-cutting.
        let mut ring: Vec<Coord<f64>> = (0..1_000_000)
            .map(|i| Coord {
                x: f64::from(i % 1000) * 0.001,
                y: if i % 2 == 0 { 0.0 } else { 1.0 } + f64::from(i / 1000) * 0.0001,
            })
            .collect();
        ring.push(ring[0]);
        let p = Polygon::new(LineString::new(ring), Vec::new());
        assert!(outline_only(&p).is_some());
        assert!(triangulate(&feature(p.into())).is_empty());
    }

    /// A ring of `n` positions on a circle, optionally with two positions swapped so that it
    /// crosses itself once.
    fn circle(n: usize, crossing: bool) -> Polygon<f64> {
        let mut ring: Vec<Coord<f64>> = (0..n)
            .map(|i| {
                let a = std::f64::consts::TAU * i as f64 / n as f64;
                Coord {
                    x: a.cos(),
                    y: a.sin(),
                }
            })
            .collect();
        if crossing {
            ring.swap(10, 11);
        }
        ring.push(ring[0]);
        Polygon::new(LineString::new(ring), Vec::new())
    }

    #[test]
    fn a_large_simple_ring_is_filled_and_a_large_crossing_one_is_not() {
        let simple = circle(20_000, false);
        assert_eq!(outline_only(&simple), None);
        assert_eq!(triangulate(&feature(simple.into())).len(), 19_998);
        let crossing = circle(20_000, true);
        assert_eq!(outline_only(&crossing), Some(OutlineOnly::Crossing));
        assert!(triangulate(&feature(crossing.into())).is_empty());
        // Small polygons are filled as before, crossing or not.
        assert_eq!(outline_only(&circle(100, true)), None);
    }

    #[test]
    fn cancelling_stops_the_triangulation() {
        let f = feature(Polygon::new(square(0.0, 0.0, 1.0), Vec::new()).into());
        assert!(triangulate_all(std::slice::from_ref(&f), &AtomicBool::new(true)).is_none());
        assert_eq!(
            triangulate_all(&[f], &AtomicBool::new(false)).map(|v| v.len()),
            Some(1)
        );
    }
}
