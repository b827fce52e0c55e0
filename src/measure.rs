//! Distances on the Earth, and the railway's chainage.
//!
//! Every length here is geodesic (WGS84 ellipsoid, `geo::Geodesic`) in metres unless a
//! name says km. Euclidean arithmetic on lon/lat degrees is meaningless for distances and
//! is never used for anything a person reads; a test below pins that mistake.

use crate::data::schema::{Section, Status};
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
        // Whole kilometres, grouped the English way whatever the interface language: this
        // is the map's own reading, drawn beside the line.
        let km = (metres / 1000.0).round();
        format!("{} km", crate::i18n::group_digits(km, ',', '.'))
    }
}

/// The railway drawn as one polyline from its first station (Kunming South) to its last,
/// with the geodesic distance from the start to every vertex: built once from the data, so
/// every "how far along the railway" in the atlas (station km, the Stations table, Details,
/// the Routes tab, the measure tool) is read off the same line.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RailwayLine {
    coords: Vec<Coord<f64>>,
    /// Metres from the start to each vertex of `coords`.
    along_m: Vec<f64>,
}

/// Where a point falls on the railway.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct OnLine {
    /// Distance along the line from its start, metres.
    pub along_m: f64,
    /// Distance from the point to the line, metres.
    pub off_m: f64,
}

impl RailwayLine {
    /// Joins the sections of `line` end to end, following each section's `to` station to the
    /// section whose `from` it is, starting from the section no other section leads to.
    /// Sections that do not join the chain (none today) are left out rather than guessed at.
    pub fn from_atlas(atlas: &Atlas, line: &str) -> Self {
        let sections: Vec<(&Feature, &Section)> = atlas
            .layers()
            .iter()
            .filter(|l| l.kind == LayerKind::Railway)
            .flat_map(|l| l.features.iter())
            .filter(|f| matches!(f.geometry, Some(Geometry::LineString(_))))
            .filter_map(|f| Some((f, f.corridor()?.section()?)))
            .filter(|(_, s)| s.line == line)
            .collect();
        let leads_to = |(_, s): &&(&Feature, &Section)| {
            sections
                .iter()
                .any(|(_, o)| o.to.is_some() && o.to == s.from)
        };
        let mut chain: Vec<&Feature> = Vec::new();
        let mut next = sections.iter().find(|f| !leads_to(f));
        while let Some((f, s)) = next {
            if chain.iter().any(|c| std::ptr::eq(*c, *f)) {
                break;
            }
            chain.push(f);
            next = sections
                .iter()
                .find(|(_, o)| o.from.is_some() && o.from == s.to);
        }
        let mut coords: Vec<Coord<f64>> = Vec::new();
        for f in chain {
            if let Some(Geometry::LineString(ls)) = &f.geometry {
                let skip = usize::from(
                    coords
                        .last()
                        .zip(ls.0.first())
                        .is_some_and(|(a, b)| distance_m(*a, *b) < 1.0),
                );
                coords.extend(ls.0.iter().skip(skip));
            }
        }
        Self::new(coords)
    }

    /// A line through `coords`, in order.
    pub fn new(coords: Vec<Coord<f64>>) -> Self {
        let mut along_m = Vec::with_capacity(coords.len());
        let mut total = 0.0;
        for (i, c) in coords.iter().enumerate() {
            if let Some(prev) = i.checked_sub(1).and_then(|j| coords.get(j)) {
                total += distance_m(*prev, *c);
            }
            along_m.push(total);
        }
        Self { coords, along_m }
    }

    /// Length of the whole line, metres.
    pub fn length_m(&self) -> f64 {
        self.along_m.last().copied().unwrap_or(0.0)
    }

    /// The line between two distances along it (metres from the start), as coordinates in
    /// the order `from_m` → `to_m`, ends interpolated: a rail leg drawn along the track.
    pub fn between(&self, from_m: f64, to_m: f64) -> Vec<Coord<f64>> {
        let (lo, hi) = (from_m.min(to_m), from_m.max(to_m));
        let point_at = |d: f64| -> Option<Coord<f64>> {
            let i = self.along_m.iter().position(|&a| a >= d)?;
            let b = *self.coords.get(i)?;
            let Some(j) = i.checked_sub(1) else {
                return Some(b);
            };
            let (a, da, db) = (*self.coords.get(j)?, *self.along_m.get(j)?, self.along_m[i]);
            let t = if db > da { (d - da) / (db - da) } else { 0.0 };
            Some(Coord {
                x: a.x + (b.x - a.x) * t,
                y: a.y + (b.y - a.y) * t,
            })
        };
        let mut out: Vec<Coord<f64>> = Vec::new();
        out.extend(point_at(lo));
        for (c, a) in self.coords.iter().zip(&self.along_m) {
            if *a > lo && *a < hi {
                out.push(*c);
            }
        }
        out.extend(point_at(hi));
        if from_m > to_m {
            out.reverse();
        }
        out
    }

    /// The nearest point of the line to `p`: how far along and how far off. The foot on each
    /// segment is found in a local plane (longitude scaled by the cosine of the latitude),
    /// the distances are geodesic, as in `tools/build_railway.py`, so the data's `km` and
    /// this agree to the metre.
    ///
    /// A geodesic distance costs about a microsecond and the surveyed line has tens of
    /// thousands of segments, so the plane's distance first rules out every segment that is
    /// clearly farther than the nearest one; only the few left are measured geodesically.
    /// (Measuring all of them for the 54 stations took 0.3 s of every start.)
    pub fn locate(&self, p: Coord<f64>) -> Option<OnLine> {
        let k = p.y.to_radians().cos();
        let foot_on = |a: Coord<f64>, b: Coord<f64>| {
            let (dx, dy) = ((b.x - a.x) * k, b.y - a.y);
            let d2 = dx * dx + dy * dy;
            let t = if d2 > 0.0 {
                (((p.x - a.x) * k * dx + (p.y - a.y) * dy) / d2).clamp(0.0, 1.0)
            } else {
                0.0
            };
            Coord {
                x: a.x + (b.x - a.x) * t,
                y: a.y + (b.y - a.y) * t,
            }
        };
        let plane_m =
            |foot: Coord<f64>| ((p.x - foot.x) * k).hypot(p.y - foot.y) * PLANE_METRES_PER_DEGREE;
        let nearest_plane = self
            .coords
            .windows(2)
            .map(|w| plane_m(foot_on(w[0], w[1])))
            .fold(f64::INFINITY, f64::min);
        let reach = nearest_plane * (1.0 + PLANE_MARGIN) + PLANE_SLACK_M;
        let mut best: Option<OnLine> = None;
        for (i, w) in self.coords.windows(2).enumerate() {
            let (a, b) = (w[0], w[1]);
            let foot = foot_on(a, b);
            if plane_m(foot) > reach {
                continue;
            }
            let off_m = distance_m(p, foot);
            if best.is_none_or(|b| off_m < b.off_m) {
                let start = self.along_m.get(i).copied().unwrap_or(0.0);
                best = Some(OnLine {
                    along_m: start + distance_m(a, foot),
                    off_m,
                });
            }
        }
        best
    }
}

/// Metres per degree of latitude (and of longitude times the latitude's cosine) in the
/// local plane [`RailwayLine::locate`] sorts segments in.
const PLANE_METRES_PER_DEGREE: f64 = 111_195.0;

/// How much farther than the nearest segment in the plane a segment may seem and still be
/// measured geodesically: the plane errs by well under 1 % over the corridor's few degrees.
const PLANE_MARGIN: f64 = 0.05;

/// Metres added to that margin, for segments that are all but equally near.
const PLANE_SLACK_M: f64 = 500.0;

/// How far a station may lie from the drawn line and still take its km from it: OSM station
/// nodes sit within about 100 m of the track; anything farther keeps its sourced `km`.
pub const STATION_SNAP_M: f64 = 500.0;

/// One station on the China–Laos railway, in chainage order.
#[derive(Clone, Debug, PartialEq)]
pub struct StationStop {
    /// The station feature.
    pub id: FeatureId,
    /// Chainage from Kunming South, km: measured along the drawn line where the station lies
    /// on it, else the `km` the data gives.
    pub km: f64,
    /// Where the station lies, for snapping the measure tool to it.
    pub at: Option<Coord<f64>>,
}

/// The stations of `line` that have a chainage, sorted by it: the railway's order, read on
/// `railway` (the line built once by [`RailwayLine::from_atlas`]). Stations without `km` and
/// off the drawn line (not built, or on another line) are left out.
pub fn stations_along(atlas: &Atlas, line: &str, railway: &RailwayLine) -> Vec<StationStop> {
    let mut stops: Vec<StationStop> = Vec::new();
    for layer in atlas
        .layers()
        .iter()
        .filter(|l| l.kind == LayerKind::Station)
    {
        for (id, f) in layer.features_with_ids() {
            let Some((c, station)) = f.corridor().and_then(|c| Some((c, c.station()?))) else {
                continue;
            };
            if station.line != line || c.status == Some(Status::NotBuilt) {
                continue;
            }
            let at = match &f.geometry {
                Some(Geometry::Point(p)) => Some(p.0),
                _ => None,
            };
            let drawn = at
                .and_then(|p| railway.locate(p))
                .filter(|o| o.off_m <= STATION_SNAP_M)
                .map(|o| o.along_m / 1000.0);
            if let Some(km) = drawn.or_else(|| station.km.filter(|k| k.is_finite())) {
                stops.push(StationStop { id, km, at });
            }
        }
    }
    stops.sort_by(|a, b| a.km.total_cmp(&b.km).then(a.id.cmp(&b.id)));
    stops
}

/// How far from a station a measuring point may be and still count as that station.
pub const MEASURE_SNAP_M: f64 = 1_500.0;

/// The station a measuring point stands on, if any (the nearest within [`MEASURE_SNAP_M`]).
pub fn snap_to_station(stops: &[StationStop], p: Coord<f64>) -> Option<&StationStop> {
    stops
        .iter()
        .filter_map(|s| s.at.map(|a| (s, distance_m(a, p))))
        .filter(|(_, d)| *d <= MEASURE_SNAP_M)
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(s, _)| s)
}

/// What the measure tool reads out.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MeasureReading {
    /// Distance, metres.
    pub metres: f64,
    /// `Some((from, to))` when both ends stand on stations and the distance is along the
    /// railway; `None` for the straight (geodesic) line through the clicked points.
    pub along_railway: Option<(FeatureId, FeatureId)>,
}

impl MeasureReading {
    /// "406 km along the railway" / "12.4 km straight line", in the interface language, so
    /// the reader always knows which of the two the number is.
    pub fn text(&self) -> String {
        let distance = crate::i18n::Arg::from(crate::i18n::distance(self.metres));
        if self.along_railway.is_some() {
            crate::i18n::tr_args("measure-along-railway", &[("distance", distance)])
        } else {
            crate::i18n::tr_args("measure-straight-line", &[("distance", distance)])
        }
    }
}

/// The measure tool's reading for the clicked `points`: along the railway (by chainage) when
/// the first and last points both stand on stations, otherwise the geodesic length of the
/// straight path through them.
pub fn measure_reading(stops: &[StationStop], points: &[Coord<f64>]) -> Option<MeasureReading> {
    if points.len() < 2 {
        return None;
    }
    let ends = points
        .first()
        .and_then(|a| snap_to_station(stops, *a))
        .zip(points.last().and_then(|b| snap_to_station(stops, *b)));
    if let Some((a, b)) = ends
        && a.id != b.id
    {
        return Some(MeasureReading {
            metres: (b.km - a.km).abs() * 1000.0,
            along_railway: Some((a.id, b.id)),
        });
    }
    Some(MeasureReading {
        metres: path_length_m(points),
        along_railway: None,
    })
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

/// How far around a zone to look for ports and stations, metres.
pub const ZONE_NEIGHBOURHOOD_M: f64 = 10_000.0;

/// Ports and stations inside a zone or within [`ZONE_NEIGHBOURHOOD_M`] of it, nearest first.
pub fn near_zone(atlas: &Atlas, zone: &Feature) -> Vec<(FeatureId, f64)> {
    let Some(g) = &zone.geometry else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for layer in atlas.layers() {
        if !matches!(layer.kind, LayerKind::Port | LayerKind::Station) {
            continue;
        }
        for (id, f) in layer.features_with_ids() {
            let Some(p) = f.anchor() else {
                continue;
            };
            let d = distance_to_geometry_m(p, g);
            if d <= ZONE_NEIGHBOURHOOD_M {
                out.push((id, d));
            }
        }
    }
    out.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
    out
}

/// What the Details panel shows of a feature that takes measuring (a scan of the atlas, a
/// walk along a line): worked out once when the feature is selected, never per frame.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FeatureMeasures {
    /// For a zone: the ports and stations in or near it, nearest first (see [`near_zone`]).
    pub near: Vec<(FeatureId, f64)>,
    /// For a route, section or road: the geodesic length of its drawn line, metres.
    pub drawn_m: Option<f64>,
    /// For a railway section: where its border point lies along the railway, metres from
    /// the start of the line.
    pub border_along_m: Option<f64>,
}

impl FeatureMeasures {
    /// Measures feature `id` of a layer of `kind`, on `railway` (the line chainage is read on).
    pub fn of(atlas: &Atlas, railway: &RailwayLine, id: FeatureId, kind: LayerKind) -> Self {
        let mut out = Self::default();
        let Some(f) = atlas.feature(id) else {
            return out;
        };
        match kind {
            LayerKind::Zone => out.near = near_zone(atlas, f),
            LayerKind::Route | LayerKind::Railway | LayerKind::Expressway => {
                out.drawn_m = f.geometry.as_ref().map(geodesic_length_m);
                out.border_along_m = f
                    .corridor()
                    .and_then(|c| c.section())
                    .and_then(|s| s.border_point.as_ref())
                    .and_then(|b| railway.locate(b.at))
                    .map(|on| on.along_m);
            }
            _ => {}
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::{line_string, polygon};

    /// Every segment measured geodesically: what `locate` must agree with.
    fn locate_everywhere(line: &RailwayLine, p: Coord<f64>) -> Option<OnLine> {
        let k = p.y.to_radians().cos();
        let mut best: Option<OnLine> = None;
        for (i, w) in line.coords.windows(2).enumerate() {
            let (a, b) = (w[0], w[1]);
            let (dx, dy) = ((b.x - a.x) * k, b.y - a.y);
            let d2 = dx * dx + dy * dy;
            let t = if d2 > 0.0 {
                (((p.x - a.x) * k * dx + (p.y - a.y) * dy) / d2).clamp(0.0, 1.0)
            } else {
                0.0
            };
            let foot = Coord {
                x: a.x + (b.x - a.x) * t,
                y: a.y + (b.y - a.y) * t,
            };
            let off_m = distance_m(p, foot);
            if best.is_none_or(|b| off_m < b.off_m) {
                best = Some(OnLine {
                    along_m: line.along_m.get(i).copied().unwrap_or(0.0) + distance_m(a, foot),
                    off_m,
                });
            }
        }
        best
    }

    #[test]
    fn locating_with_the_plane_first_agrees_with_measuring_every_segment() {
        let atlas = crate::data::Atlas::builtin().expect("built-in data");
        let line = RailwayLine::from_atlas(&atlas, "china-laos-railway");
        assert!(line.coords.len() > 1000, "the surveyed line");
        // Points on, beside and far from the line, over the whole corridor and beyond.
        let mut points = Vec::new();
        for i in 0..=40 {
            let f = f64::from(i) / 40.0;
            let lat = 17.5 + 8.0 * f;
            for lon in [100.0, 101.6, 102.2, 102.7, 104.5] {
                points.push(Coord { x: lon, y: lat });
            }
        }
        points.push(Coord { x: 90.0, y: 5.0 });
        for p in points {
            let (fast, slow) = (line.locate(p), locate_everywhere(&line, p));
            let (Some(fast), Some(slow)) = (fast, slow) else {
                panic!("{p:?}: {fast:?} vs {slow:?}");
            };
            assert!(
                (fast.off_m - slow.off_m).abs() < 1e-6
                    && (fast.along_m - slow.along_m).abs() < 1e-6,
                "{p:?}: {fast:?} vs {slow:?}"
            );
        }
    }

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
    fn a_point_is_located_along_the_line_by_geodesic_distance() {
        // Two straight legs: 0.1° east at 21°N, then 0.1° south.
        let line = RailwayLine::new(vec![
            Coord { x: 101.6, y: 21.2 },
            Coord { x: 101.7, y: 21.2 },
            Coord { x: 101.7, y: 21.1 },
        ]);
        let first_leg = distance_m(Coord { x: 101.6, y: 21.2 }, Coord { x: 101.7, y: 21.2 });
        assert!((first_leg - 10_390.0).abs() < 50.0, "{first_leg}");
        // A point beside the middle of the second leg, 500 m west of it.
        let p = Coord {
            x: 101.7 - 500.0 / 103_900.0,
            y: 21.15,
        };
        let on = line.locate(p).expect("a line with segments");
        assert!((on.off_m - 500.0).abs() < 10.0, "{on:?}");
        assert!(
            (on.along_m - (first_leg + 5_530.0)).abs() < 30.0,
            "{on:?}, first leg {first_leg}"
        );
        assert!((line.length_m() - (first_leg + 11_060.0)).abs() < 60.0);
        // The stretch between two distances follows the corner, in the asked direction.
        let part = line.between(first_leg + 5_530.0, first_leg / 2.0);
        assert_eq!(part.len(), 3, "{part:?}");
        assert!((part[1].x - 101.7).abs() < 1e-9 && (part[1].y - 21.2).abs() < 1e-9);
        assert!((part[2].x - 101.65).abs() < 1e-3, "{part:?}");
        assert!((path_length_m(&part) - (first_leg / 2.0 + 5_530.0)).abs() < 30.0);
        assert_eq!(RailwayLine::new(Vec::new()).locate(p), None);
    }

    #[test]
    fn the_measure_tool_goes_along_the_railway_only_between_stations() {
        let stop = |index, km, x, y| StationStop {
            id: FeatureId {
                layer: crate::data::LayerId(1),
                index,
            },
            km,
            at: Some(Coord { x, y }),
        };
        let stops = [
            stop(0, 586.9, 101.671, 21.155),
            stop(1, 992.9, 102.691, 18.047),
        ];
        let near_both = [
            Coord {
                x: 101.672,
                y: 21.156,
            },
            Coord {
                x: 102.690,
                y: 18.046,
            },
        ];
        let r = measure_reading(&stops, &near_both).expect("two points");
        assert_eq!(r.along_railway, Some((stops[0].id, stops[1].id)));
        assert!((r.metres - 406_000.0).abs() < 1.0);
        assert_eq!(r.text(), "406 km along the railway");
        // One end 20 km from any station: straight line, and it says so.
        let one_off = [
            Coord {
                x: 101.671,
                y: 21.155,
            },
            Coord { x: 101.9, y: 21.1 },
        ];
        let r = measure_reading(&stops, &one_off).expect("two points");
        assert_eq!(r.along_railway, None);
        assert!(r.text().ends_with("straight line"), "{}", r.text());
        assert!(measure_reading(&stops, &one_off[..1]).is_none());
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
