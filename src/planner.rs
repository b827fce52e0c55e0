//! The legs of an itinerary: how far, how long, and how that was worked out.
//!
//! A leg is measured the most faithful way the atlas's data allows, and always says which:
//! along the railway by chainage when both ends are stations of the China–Laos line; along a
//! corridor expressway when both ends lie on or near the same one ("approximate road" when
//! that road is drawn approximately); otherwise straight over the Earth (great circle), which
//! is shorter than any real journey. Travel time is given only where a source gives a speed
//! (the railway's scheduled cross-border train); elsewhere the leg says "time not estimated"
//! rather than inventing one. A leg between two countries names the border ports it would
//! use and is flagged. No egui here: the Planner panel, the map and the briefing read this.

use crate::data::itinerary::{Itinerary, Stop};
use crate::data::{Atlas, FeatureId, Lang, LayerKind};
use crate::measure::{RailwayLine, StationStop, distance_m, snap_to_station, stations_along};
use geo::{Coord, Geometry};

/// The railway whose chainage legs are measured on.
pub const LINE: &str = "china-laos-railway";

/// The scheduled cross-border train D887, Kunming South 08:08 → Vientiane 18:38 (Beijing time),
/// 10 h 30 min including customs and immigration at Mohan and Boten, as of 2023-04-13.
/// Rail legs are timed at this train's average speed over the drawn line between the two
/// stations, so short legs inside one country come out slightly long (no border stop).
pub const RAIL_SCHEDULE_MIN: f64 = 630.0;
/// Where [`RAIL_SCHEDULE_MIN`] comes from.
pub const RAIL_SCHEDULE_SOURCE: &str = "https://www.kunming.cn/en/c/2023-04-14/13693556.shtml";
/// The date [`RAIL_SCHEDULE_MIN`] refers to (the first D887 run).
pub const RAIL_SCHEDULE_AS_OF: &str = "2023-04-13";
/// The two ends of the scheduled run.
const RAIL_SCHEDULE_ENDS: (&str, &str) = ("station-kunming-south", "station-vientiane");

/// How far from an expressway's drawn line a stop may be and still count as on it: towns the
/// corridor roads serve lie within a few km of the line as drawn (often straight through
/// towns); 15 km keeps a stop from borrowing a road it is not on.
pub const ROAD_SNAP_M: f64 = 15_000.0;

/// How a leg was measured.
#[derive(Clone, Debug, PartialEq)]
pub enum Method {
    /// Along the railway between two stations, from their chainage.
    Rail {
        /// Station at the start.
        from: FeatureId,
        /// Station at the end.
        to: FeatureId,
    },
    /// Along one corridor expressway, plus the straight approach from each stop to it.
    Road {
        /// The expressway's data id.
        road: String,
        /// Its name, for tables.
        name: String,
        /// The road's line is drawn approximately (through towns), so is the distance.
        approximate: bool,
    },
    /// Straight over the Earth (WGS84 geodesic).
    GreatCircle,
}

/// Which border a leg crosses and through which ports.
#[derive(Clone, Debug, PartialEq)]
pub struct Border {
    /// Country code at the start.
    pub from_country: String,
    /// Country code at the end.
    pub to_country: String,
    /// The port pair on the way (this side's port, the other side's), by name, when the
    /// atlas has one between the two countries.
    pub ports: Option<(String, String)>,
}

/// One leg of an itinerary.
#[derive(Clone, Debug, PartialEq)]
pub struct Leg {
    /// Index of the stop the leg starts at.
    pub from: usize,
    /// Index of the stop the leg ends at (`from + 1`).
    pub to: usize,
    /// Distance, metres.
    pub metres: f64,
    /// Travel time in minutes where a source gives one, else `None` ("time not estimated").
    pub minutes: Option<f64>,
    /// How `metres` (and `minutes`) were obtained.
    pub method: Method,
    /// Set when the leg crosses a border.
    pub border: Option<Border>,
}

/// Distance and time summed over some legs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Total {
    /// Distance, metres.
    pub metres: f64,
    /// Sum of the legs that have a time, minutes.
    pub minutes: f64,
    /// How many of the legs have no time estimate (then `minutes` is a lower bound).
    pub untimed: usize,
    /// How many legs.
    pub legs: usize,
}

impl Total {
    fn add(&mut self, leg: &Leg) {
        self.metres += leg.metres;
        match leg.minutes {
            Some(m) => self.minutes += m,
            None => self.untimed += 1,
        }
        self.legs += 1;
    }
}

/// A day's legs summed: the legs that arrive on that date.
#[derive(Clone, Debug, PartialEq)]
pub struct DayTotal {
    /// The date of the arrival stops.
    pub date: String,
    /// The sum.
    pub total: Total,
}

/// A drawn expressway, ready for locating stops on it.
#[derive(Clone, Debug)]
struct Road {
    id: String,
    name: String,
    approximate: bool,
    line: RailwayLine,
}

/// A border port with a position.
#[derive(Clone, Debug)]
struct Port {
    id: String,
    name: String,
    country: String,
    partner: Option<String>,
    kind: String,
    at: Coord<f64>,
}

/// What leg computation needs from the atlas, built once per atlas (the railway line and the
/// roads take a few milliseconds to assemble).
#[derive(Clone, Debug, Default)]
pub struct Network {
    railway: RailwayLine,
    stations: Vec<StationStop>,
    roads: Vec<Road>,
    ports: Vec<Port>,
    /// Minutes per km of the scheduled train, when both its ends are stations of the data.
    rail_min_per_km: Option<f64>,
}

impl Network {
    /// Reads the railway, its stations, the expressways and the ports from `atlas`.
    pub fn from_atlas(atlas: &Atlas) -> Self {
        let railway = RailwayLine::from_atlas(atlas, LINE);
        let stations = stations_along(atlas, LINE, &railway);
        let km_of = |id: &str| {
            let fid = atlas.find_by_id(id)?;
            stations.iter().find(|s| s.id == fid).map(|s| s.km)
        };
        let rail_min_per_km = km_of(RAIL_SCHEDULE_ENDS.0)
            .zip(km_of(RAIL_SCHEDULE_ENDS.1))
            .map(|(a, b)| (b - a).abs())
            .filter(|km| *km > 0.0)
            .map(|km| RAIL_SCHEDULE_MIN / km);
        let mut roads = Vec::new();
        let mut ports = Vec::new();
        for layer in atlas.layers() {
            for f in &layer.features {
                let Some(c) = f.corridor() else {
                    continue;
                };
                let id = f.id().map(str::to_owned).unwrap_or_default();
                let name = c.names.get(Lang::En).unwrap_or(&id).to_owned();
                match (layer.kind, &f.geometry) {
                    (LayerKind::Expressway, Some(Geometry::LineString(ls))) => roads.push(Road {
                        id,
                        name,
                        approximate: c.approximate,
                        line: RailwayLine::new(ls.0.clone()),
                    }),
                    (LayerKind::Port, Some(Geometry::Point(p))) => {
                        let port = c.port();
                        ports.push(Port {
                            id,
                            name,
                            country: c.countries.first().cloned().unwrap_or_default(),
                            partner: port.and_then(|p| p.partner.clone()),
                            kind: port
                                .and_then(|p| p.port_kind)
                                .map(|k| k.code().to_owned())
                                .unwrap_or_default(),
                            at: p.0,
                        });
                    }
                    _ => {}
                }
            }
        }
        Self {
            railway,
            stations,
            roads,
            ports,
            rail_min_per_km,
        }
    }

    /// The line to draw for `leg` of `trip`: along the railway between its stations for a
    /// rail leg (from the stop to its station and on to the next stop), else straight.
    pub fn leg_path(&self, atlas: &Atlas, trip: &Itinerary, leg: &Leg) -> Vec<Coord<f64>> {
        let ends = trip
            .stops
            .get(leg.from)
            .and_then(|s| position(atlas, s))
            .zip(trip.stops.get(leg.to).and_then(|s| position(atlas, s)));
        let Some((a, b)) = ends else {
            return Vec::new();
        };
        let km = |id: FeatureId| self.stations.iter().find(|s| s.id == id).map(|s| s.km);
        if let Method::Rail { from, to } = &leg.method
            && let (Some(ka), Some(kb)) = (km(*from), km(*to))
        {
            let mut path = vec![a];
            path.extend(self.railway.between(ka * 1000.0, kb * 1000.0));
            path.push(b);
            return path;
        }
        vec![a, b]
    }

    /// The stations of the line in chainage order (for snapping and tables).
    pub fn stations(&self) -> &[StationStop] {
        &self.stations
    }

    /// The station a stop is: its feature when that is a station of the line, else the
    /// station within [`MEASURE_SNAP_M`] of its position.
    fn station_of(
        &self,
        atlas: &Atlas,
        stop: &Stop,
        at: Option<Coord<f64>>,
    ) -> Option<&StationStop> {
        if let Some(fid) = stop.feature.as_deref().and_then(|id| atlas.find_by_id(id))
            && let Some(s) = self.stations.iter().find(|s| s.id == fid)
        {
            return Some(s);
        }
        at.and_then(|p| snap_to_station(&self.stations, p))
    }

    /// The leg from stop `a` to stop `b` (indices `i`, `i + 1`); `None` when either has no
    /// position at all.
    pub fn leg(&self, atlas: &Atlas, a: &Stop, b: &Stop, i: usize) -> Option<Leg> {
        let pa = position(atlas, a);
        let pb = position(atlas, b);
        let border = Self::border(a, b);
        let sa = self.station_of(atlas, a, pa);
        let sb = self.station_of(atlas, b, pb);
        if let (Some(sa), Some(sb)) = (sa, sb)
            && sa.id != sb.id
        {
            let km = (sb.km - sa.km).abs();
            let border = border.map(|b| self.with_ports(b, pa, pb, "rail"));
            return Some(Leg {
                from: i,
                to: i + 1,
                metres: km * 1000.0,
                minutes: self.rail_min_per_km.map(|m| m * km),
                method: Method::Rail {
                    from: sa.id,
                    to: sb.id,
                },
                border,
            });
        }
        let (pa, pb) = (pa?, pb?);
        let road = self
            .roads
            .iter()
            .filter_map(|r| {
                let oa = r.line.locate(pa)?;
                let ob = r.line.locate(pb)?;
                (oa.off_m <= ROAD_SNAP_M && ob.off_m <= ROAD_SNAP_M)
                    .then(|| (r, (oa.along_m - ob.along_m).abs() + oa.off_m + ob.off_m))
            })
            .min_by(|x, y| x.1.total_cmp(&y.1));
        let straight = distance_m(pa, pb);
        if let Some((r, metres)) = road
            && metres >= straight
        {
            return Some(Leg {
                from: i,
                to: i + 1,
                metres,
                minutes: None,
                method: Method::Road {
                    road: r.id.clone(),
                    name: r.name.clone(),
                    approximate: r.approximate,
                },
                border: border.map(|b| self.with_ports(b, Some(pa), Some(pb), "road")),
            });
        }
        Some(Leg {
            from: i,
            to: i + 1,
            metres: straight,
            minutes: None,
            method: Method::GreatCircle,
            border: border.map(|b| self.with_ports(b, Some(pa), Some(pb), "")),
        })
    }

    fn border(a: &Stop, b: &Stop) -> Option<Border> {
        let ca = a.country.first()?;
        let cb = b.country.first()?;
        (ca != cb).then(|| Border {
            from_country: ca.clone(),
            to_country: cb.clone(),
            ports: None,
        })
    }

    /// Fills in the port pair between the two countries nearest the leg's ends, preferring
    /// ports for the leg's mode (`rail`, `road`; empty: any).
    fn with_ports(
        &self,
        mut border: Border,
        pa: Option<Coord<f64>>,
        pb: Option<Coord<f64>>,
        mode: &str,
    ) -> Border {
        let pairs = self.ports.iter().filter_map(|p| {
            let q = self
                .ports
                .iter()
                .find(|q| Some(&q.id) == p.partner.as_ref())?;
            (p.country == border.from_country && q.country == border.to_country).then_some((p, q))
        });
        let fits = |k: &str| mode.is_empty() || k == mode || k == "road_rail";
        let cost = |(p, q): (&Port, &Port)| {
            let mode_penalty = if fits(&p.kind) && fits(&q.kind) {
                0.0
            } else {
                1e9
            };
            mode_penalty
                + pa.map(|a| distance_m(a, p.at)).unwrap_or(0.0)
                + pb.map(|b| distance_m(q.at, b)).unwrap_or(0.0)
        };
        border.ports = pairs
            .min_by(|x, y| cost(*x).total_cmp(&cost(*y)))
            .map(|(p, q)| (p.name.clone(), q.name.clone()));
        border
    }

    /// Every leg of `trip`, in order. A stop with no position is skipped over: the leg runs
    /// from the stop before it to the one after.
    pub fn legs(&self, atlas: &Atlas, trip: &Itinerary) -> Vec<Leg> {
        let placed: Vec<usize> = (0..trip.stops.len())
            .filter(|&i| {
                trip.stops
                    .get(i)
                    .is_some_and(|s| position(atlas, s).is_some())
            })
            .collect();
        placed
            .windows(2)
            .filter_map(|w| {
                let (a, b) = (trip.stops.get(w[0])?, trip.stops.get(w[1])?);
                let mut leg = self.leg(atlas, a, b, w[0])?;
                leg.to = w[1];
                Some(leg)
            })
            .collect()
    }
}

/// Where a stop is: its own position, else its atlas feature's.
pub fn position(atlas: &Atlas, stop: &Stop) -> Option<Coord<f64>> {
    if let Some([x, y]) = stop.at {
        return Some(Coord { x, y });
    }
    let fid = atlas.find_by_id(stop.feature.as_deref()?)?;
    atlas.feature(fid)?.anchor()
}

/// Day totals (legs grouped by the date of the stop they arrive at, in trip order) and the
/// trip total.
pub fn totals(trip: &Itinerary, legs: &[Leg]) -> (Vec<DayTotal>, Total) {
    let mut days: Vec<DayTotal> = Vec::new();
    let mut trip_total = Total::default();
    for leg in legs {
        let date = trip
            .stops
            .get(leg.to)
            .map(|s| s.date.clone())
            .unwrap_or_default();
        match days.iter_mut().find(|d| d.date == date) {
            Some(d) => d.total.add(leg),
            None => {
                let mut total = Total::default();
                total.add(leg);
                days.push(DayTotal { date, total });
            }
        }
        trip_total.add(leg);
    }
    (days, trip_total)
}

/// A stop for an atlas feature: its name, position, countries and sources, the date of the
/// trip's last stop (or today).
pub fn stop_for_feature(atlas: &Atlas, fid: FeatureId, trip: &Itinerary) -> Option<Stop> {
    let f = atlas.feature(fid)?;
    let id = f.id().map(str::to_owned)?;
    let mut extra = serde_json::Map::new();
    for (lang, name) in f.names() {
        if lang != Lang::En {
            extra.insert(lang.property_key().into(), name.into());
        }
    }
    let at = match &f.geometry {
        Some(Geometry::Point(p)) => Some([p.x(), p.y()]),
        _ => None,
    }
    .or_else(|| f.anchor().map(|c| [c.x, c.y]));
    if at.is_none() {
        // The file format (and `check`) asks why a stop has no position.
        extra.insert(
            "note".into(),
            serde_json::Value::String(format!(
                "No source gives the position of {id}; the stop is not on the map."
            )),
        );
    }
    Some(Stop {
        id: String::new(),
        feature: Some(id.clone()),
        at,
        name: f.name(Lang::En).unwrap_or(&id).to_owned(),
        country: owned(f.countries()),
        date: next_date(trip),
        source: owned(f.sources()),
        extra,
        ..Stop::default()
    })
}

/// A stop at a position picked on the map, named by its coordinates; `country` is the ISO
/// code of the country it lies in (from the basemap), and the source is the OpenStreetMap
/// view of that point, where the position can be checked.
pub fn stop_at(lon: f64, lat: f64, country: Option<&str>, trip: &Itinerary) -> Stop {
    let name = format!(
        "{:.4}° {}, {:.4}° {}",
        lat.abs(),
        if lat >= 0.0 { 'N' } else { 'S' },
        lon.abs(),
        if lon >= 0.0 { 'E' } else { 'W' }
    );
    let mut extra = serde_json::Map::new();
    if country == Some("LA") {
        // The checker asks for a Lao name in Laos; coordinates read the same in every script.
        extra.insert("name_lo".into(), serde_json::Value::String(name.clone()));
    }
    Stop {
        at: Some([lon, lat]),
        country: country.map(|c| vec![c.to_owned()]).unwrap_or_default(),
        date: next_date(trip),
        source: vec![format!(
            "https://www.openstreetmap.org/?mlat={lat:.5}&mlon={lon:.5}#map=14/{lat:.5}/{lon:.5}"
        )],
        name,
        extra,
        ..Stop::default()
    }
}

/// The ISO code of a basemap country name (Natural Earth names of the corridor countries).
pub fn country_code(name: &str) -> Option<&'static str> {
    Some(match name {
        "China" => "CN",
        "Laos" | "Lao PDR" => "LA",
        "Thailand" => "TH",
        "Vietnam" | "Viet Nam" => "VN",
        "Myanmar" => "MM",
        "Cambodia" => "KH",
        "Malaysia" => "MY",
        "Singapore" => "SG",
        "Bangladesh" => "BD",
        "India" => "IN",
        _ => return None,
    })
}

fn next_date(trip: &Itinerary) -> String {
    trip.stops
        .last()
        .map(|s| s.date.clone())
        .filter(|d| !d.is_empty())
        .unwrap_or_else(crate::data::itinerary::today_utc)
}

fn owned(items: Vec<&str>) -> Vec<String> {
    items.into_iter().map(str::to_owned).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn atlas() -> Atlas {
        Atlas::builtin().expect("built-in data loads")
    }

    fn stop_of(atlas: &Atlas, id: &str) -> Stop {
        let fid = atlas.find_by_id(id).expect(id);
        stop_for_feature(atlas, fid, &Itinerary::default()).expect("a stop")
    }

    #[test]
    fn mohan_to_vientiane_goes_by_chainage() {
        let atlas = atlas();
        let net = Network::from_atlas(&atlas);
        let a = stop_of(&atlas, "station-mohan");
        let b = stop_of(&atlas, "station-vientiane");
        let leg = net.leg(&atlas, &a, &b, 0).expect("a leg");
        assert!(matches!(leg.method, Method::Rail { .. }), "{leg:?}");
        // The Stations table reads the same chainage: the difference of the two stations' km.
        let km = |id: &str| {
            let fid = atlas.find_by_id(id).expect(id);
            net.stations()
                .iter()
                .find(|s| s.id == fid)
                .map(|s| s.km)
                .expect("on the line")
        };
        let table_m = (km("station-vientiane") - km("station-mohan")) * 1000.0;
        assert!(
            (leg.metres - table_m).abs() <= table_m * 0.005,
            "{} vs {table_m}",
            leg.metres
        );
        // Within 0.5 % of the drawn line between the two stations, measured independently.
        let line = RailwayLine::from_atlas(&atlas, LINE);
        let at = |s: &Stop| {
            let [x, y] = s.at.expect("position");
            line.locate(Coord { x, y }).expect("on line").along_m
        };
        let drawn = (at(&b) - at(&a)).abs();
        assert!(
            (leg.metres - drawn).abs() <= drawn * 0.005,
            "{} vs {drawn}",
            leg.metres
        );
        // Drawn along the track: the drawn path is as long as the leg (stations sit on it).
        let trip = Itinerary {
            title: String::new(),
            stops: vec![a.clone(), b.clone()],
        };
        let path = net.leg_path(&atlas, &trip, &leg);
        assert!(path.len() > 10, "follows the track, not a straight line");
        let drawn_path = crate::measure::path_length_m(&path);
        assert!(
            (drawn_path - leg.metres).abs() <= leg.metres * 0.005,
            "{drawn_path} vs {}",
            leg.metres
        );
        let minutes = leg.minutes.expect("timed from the schedule");
        assert!(minutes > 0.0 && minutes < RAIL_SCHEDULE_MIN, "{minutes}");
        let border = leg.border.expect("China to Laos");
        assert_eq!(
            (border.from_country.as_str(), border.to_country.as_str()),
            ("CN", "LA")
        );
    }

    #[test]
    fn boten_to_mohan_flags_the_border_and_names_the_ports() {
        let atlas = atlas();
        let net = Network::from_atlas(&atlas);
        let a = stop_of(&atlas, "station-boten");
        let b = stop_of(&atlas, "station-mohan");
        let leg = net.leg(&atlas, &a, &b, 0).expect("a leg");
        let border = leg.border.expect("a border crossing");
        assert_eq!(border.from_country, "LA");
        assert_eq!(border.to_country, "CN");
        let (here, there) = border.ports.expect("a port pair");
        assert!(here.contains("Boten"), "{here}");
        assert!(there.contains("Mohan"), "{there}");
        assert!(here.contains("Railway"), "rail leg, rail ports: {here}");
    }

    #[test]
    fn points_off_the_railway_are_road_or_great_circle() {
        let atlas = atlas();
        let net = Network::from_atlas(&atlas);
        let trip = Itinerary::default();
        // Shanghai to Jinghong: far from any corridor road at one end.
        let a = stop_at(121.50094, 31.23995, Some("CN"), &trip);
        let b = stop_at(100.7697, 22.00265, Some("CN"), &trip);
        let leg = net.leg(&atlas, &a, &b, 0).expect("a leg");
        assert_eq!(leg.method, Method::GreatCircle);
        assert_eq!(leg.minutes, None, "no sourced speed for a straight line");
        assert!(leg.border.is_none());
        let straight = distance_m(
            Coord {
                x: 121.50094,
                y: 31.23995,
            },
            Coord {
                x: 100.7697,
                y: 22.00265,
            },
        );
        assert!((leg.metres - straight).abs() < 1.0);
        // Two points beside the Kunming–Mohan expressway (Jinghong town, Mengla town), far from
        // stations: by road, no shorter than the straight line.
        let a = stop_at(100.7697, 22.00265, Some("CN"), &trip);
        let b = stop_at(101.5636, 21.4591, Some("CN"), &trip);
        let leg = net.leg(&atlas, &a, &b, 0).expect("a leg");
        assert!(
            matches!(leg.method, Method::Road { .. } | Method::GreatCircle),
            "{leg:?}"
        );
        assert!(!matches!(leg.method, Method::Rail { .. }));
    }

    #[test]
    fn a_trip_built_in_the_planner_passes_the_checker() {
        let atlas = atlas();
        let mut trip = Itinerary::default();
        let mohan = stop_of(&atlas, "station-mohan");
        trip.push(mohan);
        trip.push(stop_at(101.4, 20.95, Some("LA"), &trip));
        trip.push(stop_at(100.9, 21.9, Some("CN"), &trip));
        let text = serde_json::to_string(&trip.to_geojson()).expect("json");
        let problems = crate::data::validate::check_file("trip.geojson", text.as_bytes());
        assert!(problems.is_empty(), "{problems:?}");
    }

    #[test]
    fn the_example_has_five_legs_and_totals_add_up() {
        let atlas = atlas();
        let net = Network::from_atlas(&atlas);
        let trip = crate::data::itinerary::example_2019();
        let legs = net.legs(&atlas, &trip);
        assert_eq!(legs.len(), 5);
        let (days, total) = totals(&trip, &legs);
        let sum: f64 = legs.iter().map(|l| l.metres).sum();
        assert!((total.metres - sum).abs() < 1e-6);
        let day_sum: f64 = days.iter().map(|d| d.total.metres).sum();
        assert!((day_sum - sum).abs() < 1e-6);
        assert_eq!(days.iter().map(|d| d.total.legs).sum::<usize>(), 5);
        // Mohan → Boten crosses into Laos.
        assert!(legs.iter().any(|l| l.border.is_some()));
    }
}
