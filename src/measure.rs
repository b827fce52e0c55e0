//! Distances on the Earth, and the railway's chainage.
//!
//! Every length here is geodesic (WGS84 ellipsoid, `geo::Geodesic`) in metres unless a
//! name says km. Euclidean arithmetic on lon/lat degrees is meaningless for distances and
//! is never used for anything a person reads; a test below pins that mistake.

use crate::data::{Atlas, Feature, FeatureId, LayerKind};
use geo::{Closest, ClosestPoint, Contains, Coord, Distance, Geodesic, Geometry, Length, Point};

/// Geodesic length of a feature's lines (and polygon outlines), metres. Points have none.
pub fn geodesic_length_m(geometry: &Geometry<f64>) -> f64 {
    match geometry {
        Geometry::Line(l) => Geodesic.length(l),
        Geometry::LineString(ls) => Geodesic.length(ls),
        Geometry::MultiLineString(mls) => Geodesic.length(mls),
        Geometry::Polygon(p) => Geodesic.length(p.exterior()),
        Geometry::MultiPolygon(mp) => mp.0.iter().map(|p| Geodesic.length(p.exterior())).sum(),
        Geometry::GeometryCollection(gc) => gc.0.iter().map(geodesic_length_m).sum(),
        Geometry::Rect(r) => Geodesic.length(r.to_polygon().exterior()),
        Geometry::Triangle(t) => Geodesic.length(t.to_polygon().exterior()),
        Geometry::Point(_) | Geometry::MultiPoint(_) => 0.0,
    }
}

/// Geodesic length of a polyline through `points`, metres (the measuring tool).
pub fn path_length_m(points: &[Coord<f64>]) -> f64 {
    points
        .windows(2)
        .map(|w| Geodesic.distance(Point(w[0]), Point(w[1])))
        .sum()
}

/// Geodesic distance between two coordinates, metres.
pub fn distance_m(a: Coord<f64>, b: Coord<f64>) -> f64 {
    Geodesic.distance(Point(a), Point(b))
}

/// Shortest geodesic distance from `p` to a geometry, metres: 0 inside a polygon,
/// otherwise to the nearest point of its outline or line (the nearest point is found in
/// lon/lat, which is close enough to pick the right spot over a few tens of km).
pub fn distance_to_geometry_m(p: Coord<f64>, g: &Geometry<f64>) -> f64 {
    let inside = match g {
        Geometry::Polygon(poly) => poly.contains(&Point(p)),
        Geometry::MultiPolygon(mp) => mp.contains(&Point(p)),
        _ => false,
    };
    if inside {
        return 0.0;
    }
    match g.closest_point(&Point(p)) {
        Closest::Intersection(_) => 0.0,
        Closest::SinglePoint(q) => distance_m(p, q.0),
        Closest::Indeterminate => f64::INFINITY,
    }
}

/// Formats metres for people: "850 m", "12.4 km", "1,022 km".
pub fn format_distance(metres: f64) -> String {
    if !metres.is_finite() {
        return "—".to_owned();
    }
    if metres < 1000.0 {
        format!("{metres:.0} m")
    } else if metres < 100_000.0 {
        format!("{:.1} km", metres / 1000.0)
    } else {
        format!("{} km", group_thousands(metres / 1000.0))
    }
}

fn group_thousands(v: f64) -> String {
    let n = v.round() as i64;
    let s = n.abs().to_string();
    let mut out = String::new();
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    if n < 0 { format!("-{out}") } else { out }
}

/// One station on the China–Laos railway, in chainage order.
#[derive(Clone, Debug, PartialEq)]
pub struct StationStop {
    /// The station feature.
    pub id: FeatureId,
    /// Chainage from Kunming South, km, as sourced in the data.
    pub km: f64,
}

/// The stations of `line` that have a chainage, sorted by it: the railway's order.
/// Stations without `km` (not built, or on another line) are left out.
pub fn stations_by_chainage(atlas: &Atlas, line: &str) -> Vec<StationStop> {
    let mut stops: Vec<StationStop> = Vec::new();
    for layer in atlas
        .layers()
        .iter()
        .filter(|l| l.kind == LayerKind::Station)
    {
        for (index, f) in layer.features.iter().enumerate() {
            if f.str_prop("line") != Some(line) || f.str_prop("status") == Some("not_built") {
                continue;
            }
            if let Some(km) = f.num_prop("km").filter(|k| k.is_finite()) {
                stops.push(StationStop {
                    id: FeatureId {
                        layer: layer.id,
                        index: index as u32,
                    },
                    km,
                });
            }
        }
    }
    stops.sort_by(|a, b| a.km.total_cmp(&b.km).then(a.id.cmp(&b.id)));
    stops
}

/// A neighbouring station and its distance by chainage, km.
pub type Neighbour = (FeatureId, f64);

/// The neighbours of a station along the line: (previous, next), each with the distance
/// by chainage in km.
pub fn neighbours(stops: &[StationStop], id: FeatureId) -> (Option<Neighbour>, Option<Neighbour>) {
    let Some(i) = stops.iter().position(|s| s.id == id) else {
        return (None, None);
    };
    let here = stops[i].km;
    let prev = i
        .checked_sub(1)
        .and_then(|j| stops.get(j))
        .map(|s| (s.id, here - s.km));
    let next = stops.get(i + 1).map(|s| (s.id, s.km - here));
    (prev, next)
}

/// How a leg's distance was worked out; always shown beside the number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LegBasis {
    /// Along the railway, from the stations' chainages.
    Chainage,
    /// Along a road drawn in the atlas.
    Road,
    /// Straight over the Earth's surface: the last resort, shorter than any real trip.
    GreatCircle,
}

impl LegBasis {
    /// Plain words for tables and briefings.
    pub fn label(self) -> &'static str {
        match self {
            Self::Chainage => "by rail (chainage)",
            Self::Road => "by road",
            Self::GreatCircle => "straight line (great circle)",
        }
    }
}

/// A leg between two stops.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Leg {
    /// Distance, metres.
    pub metres: f64,
    /// Estimated travel time, minutes.
    pub minutes: f64,
    /// How `metres` was obtained.
    pub basis: LegBasis,
}

/// Average speeds used for time estimates, km/h: the railway's scheduled average between
/// Kunming and Vientiane (about 1,022 km in about 10 h including border formalities) and
/// a mountain-road average; straight-line legs use the road speed on a distance × 1.3.
const RAIL_KMH: f64 = 100.0;
const ROAD_KMH: f64 = 50.0;
const DETOUR_FACTOR: f64 = 1.3;

/// The leg from `a` to `b`: by chainage when both are stations of the same line,
/// otherwise great circle (with a road-speed estimate on a detour factor).
pub fn leg(atlas: &Atlas, stops: &[StationStop], a: FeatureId, b: FeatureId) -> Option<Leg> {
    let ka = stops.iter().find(|s| s.id == a).map(|s| s.km);
    let kb = stops.iter().find(|s| s.id == b).map(|s| s.km);
    if let (Some(ka), Some(kb)) = (ka, kb) {
        let km = (kb - ka).abs();
        return Some(Leg {
            metres: km * 1000.0,
            minutes: km / RAIL_KMH * 60.0,
            basis: LegBasis::Chainage,
        });
    }
    let pa = anchor(atlas.feature(a)?)?;
    let pb = anchor(atlas.feature(b)?)?;
    let metres = distance_m(pa, pb);
    Some(Leg {
        metres,
        minutes: metres * DETOUR_FACTOR / 1000.0 / ROAD_KMH * 60.0,
        basis: LegBasis::GreatCircle,
    })
}

/// A representative point of a feature: the point itself, or the centre of its bounds.
pub fn anchor(feature: &Feature) -> Option<Coord<f64>> {
    match feature.geometry.as_ref()? {
        Geometry::Point(p) => Some(p.0),
        _ => feature.bbox.map(|b| b.center()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::{line_string, polygon};

    #[test]
    fn kunming_to_vientiane_is_about_780_km_as_the_crow_flies() {
        // Kunming station 25.0175N 102.7208E; Vientiane 17.97N 102.60E.
        let d = distance_m(
            Coord {
                x: 102.7208,
                y: 25.0175,
            },
            Coord {
                x: 102.60,
                y: 17.97,
            },
        );
        assert!((770_000.0..800_000.0).contains(&d), "{d} m");
    }

    #[test]
    fn euclidean_degrees_are_not_distances() {
        // One degree of longitude at 25°N is ~101 km, one of latitude ~111 km: a
        // Euclidean "length" in degrees would call them equal. Geodesic does not.
        let east = geodesic_length_m(&Geometry::LineString(line_string![
            (x: 102.0, y: 25.0), (x: 103.0, y: 25.0)
        ]));
        let north = geodesic_length_m(&Geometry::LineString(line_string![
            (x: 102.0, y: 25.0), (x: 102.0, y: 26.0)
        ]));
        assert!((east - 100_900.0).abs() < 1_000.0, "{east}");
        assert!((north - 110_800.0).abs() < 1_000.0, "{north}");
    }

    #[test]
    fn distances_read_well() {
        assert_eq!(format_distance(850.0), "850 m");
        assert_eq!(format_distance(12_420.0), "12.4 km");
        assert_eq!(format_distance(1_022_000.0), "1,022 km");
        assert_eq!(format_distance(f64::NAN), "—");
    }

    #[test]
    fn a_point_inside_a_zone_is_at_distance_zero() {
        let poly = Geometry::Polygon(polygon![
            (x: 101.6, y: 21.1), (x: 101.7, y: 21.1), (x: 101.7, y: 21.2), (x: 101.6, y: 21.2)
        ]);
        assert_eq!(
            distance_to_geometry_m(
                Coord {
                    x: 101.65,
                    y: 21.15
                },
                &poly
            ),
            0.0
        );
        let outside = distance_to_geometry_m(Coord { x: 101.8, y: 21.15 }, &poly);
        assert!((9_000.0..12_000.0).contains(&outside), "{outside}");
    }
}
