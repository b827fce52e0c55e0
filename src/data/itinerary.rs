//! Study-visit itineraries: an ordered list of stops, saved and opened as GeoJSON.
//!
//! An itinerary file is a FeatureCollection of `visit_stop` Points (geodata/README.md,
//! "Itineraries"), so it opens as a layer and passes `mekong-atlas check` like every other
//! corridor file. Each stop is either an atlas feature (its id in `feature`) or a position
//! picked on the map; the planner's own fields (time, duration, notes) are plain properties.
//! Properties the planner does not edit (facts, other names, notes on the position) are kept
//! as they were, so opening and saving a file never drops anything.

use serde_json::{Map, Value, json};
use std::path::{Path, PathBuf};
use thiserror::Error;

/// One stop of a visit.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Stop {
    /// The stop's id in the file (`stop-3`, `visit-stop-2019-mohan`); empty until saved, when
    /// a free `stop-N` is given.
    pub id: String,
    /// The atlas feature the stop is (a station, a port, a zone), by its data id, so its facts
    /// and sources can be looked up; `None` for a position picked on the map.
    pub feature: Option<String>,
    /// Where the stop is, longitude and latitude (WGS84). `None` only for a feature with no
    /// sourced position.
    pub at: Option<[f64; 2]>,
    /// The name shown in the planner and the briefing.
    pub name: String,
    /// ISO country codes of the stop (the checker requires them; borders are found from them).
    pub country: Vec<String>,
    /// Day of the stop, `YYYY-MM-DD` (or `YYYY-MM` / `YYYY` when only that is known).
    pub date: String,
    /// Arrival time, `HH:MM`, empty when not planned yet.
    pub time: String,
    /// How long the visit lasts, minutes.
    pub duration_min: Option<u32>,
    /// What the delegation does or did there (`visited` in the file).
    pub notes: String,
    /// Where the stop's position and existence come from (seed file names or URLs).
    pub source: Vec<String>,
    /// Every other property of the stop, kept as read (facts, `name_zh`, `approximate`…).
    pub extra: Map<String, Value>,
}

/// An ordered list of stops with a title.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Itinerary {
    /// The trip's title (`name` of the FeatureCollection).
    pub title: String,
    /// The stops, in travel order.
    pub stops: Vec<Stop>,
}

/// Why an itinerary file could not be opened or saved, in words that say what to fix.
/// The itinerary already in the planner is kept whenever one of these is returned.
#[derive(Debug, Error)]
pub enum ItineraryError {
    /// The file could not be read.
    #[error("could not read {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// The file is not JSON.
    #[error("{path} is not valid JSON (line {line}, column {column}): {message}")]
    Json {
        /// The file.
        path: PathBuf,
        /// Where the JSON breaks.
        line: usize,
        /// Where the JSON breaks.
        column: usize,
        /// What the parser expected.
        message: String,
    },
    /// The JSON is not a FeatureCollection.
    #[error("{path} is not an itinerary: it must be a GeoJSON FeatureCollection of stops")]
    NotACollection {
        /// The file.
        path: PathBuf,
    },
    /// A stop is unusable.
    #[error("{path}: stop {number}: {message}")]
    BadStop {
        /// The file.
        path: PathBuf,
        /// The stop's position in the file, from 1.
        number: usize,
        /// What is wrong.
        message: String,
    },
    /// Saving failed; the previous file is intact.
    #[error(transparent)]
    Save(#[from] crate::persist::SaveError),
}

impl Itinerary {
    /// The itinerary as a GeoJSON FeatureCollection of `visit_stop` features, `order` from 1.
    /// Stops without an id get a free `stop-N`.
    pub fn to_geojson(&self) -> Value {
        let mut used: Vec<String> = self
            .stops
            .iter()
            .map(|s| s.id.clone())
            .filter(|i| !i.is_empty())
            .collect();
        let mut features = Vec::with_capacity(self.stops.len());
        for (i, stop) in self.stops.iter().enumerate() {
            let id = if stop.id.is_empty() {
                let mut n = i + 1;
                while used.contains(&format!("stop-{n}")) {
                    n += 1;
                }
                let id = format!("stop-{n}");
                used.push(id.clone());
                id
            } else {
                stop.id.clone()
            };
            let mut p = Map::new();
            p.insert("id".into(), json!(id));
            p.insert("kind".into(), json!("visit_stop"));
            p.insert("name".into(), json!(stop.name));
            p.insert("country".into(), string_or_array(&stop.country));
            p.insert("order".into(), json!(i + 1));
            p.insert("date".into(), json!(stop.date));
            if !stop.time.is_empty() {
                p.insert("time".into(), json!(stop.time));
            }
            if let Some(d) = stop.duration_min {
                p.insert("duration_min".into(), json!(d));
            }
            if !stop.notes.is_empty() {
                p.insert("visited".into(), json!(stop.notes));
            }
            if let Some(f) = &stop.feature {
                p.insert("feature".into(), json!(f));
            }
            p.insert("source".into(), string_or_array(&stop.source));
            for (k, v) in &stop.extra {
                if !p.contains_key(k) {
                    p.insert(k.clone(), v.clone());
                }
            }
            let geometry = match stop.at {
                Some([lon, lat]) => json!({"type": "Point", "coordinates": [lon, lat]}),
                None => Value::Null,
            };
            features.push(json!({"type": "Feature", "geometry": geometry, "properties": p}));
        }
        let mut fc = Map::new();
        fc.insert("type".into(), json!("FeatureCollection"));
        if !self.title.is_empty() {
            fc.insert("name".into(), json!(self.title));
        }
        fc.insert("features".into(), Value::Array(features));
        Value::Object(fc)
    }

    /// Reads an itinerary from GeoJSON text; `path` only names the file in errors. Stops are
    /// put in `order` (file order where it is missing).
    pub fn from_geojson(path: &Path, text: &str) -> Result<Itinerary, ItineraryError> {
        let value: Value = serde_json::from_str(text).map_err(|e| ItineraryError::Json {
            path: path.to_path_buf(),
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        })?;
        let not_fc = || ItineraryError::NotACollection {
            path: path.to_path_buf(),
        };
        let obj = value.as_object().ok_or_else(not_fc)?;
        if obj.get("type").and_then(Value::as_str) != Some("FeatureCollection") {
            return Err(not_fc());
        }
        let features = obj
            .get("features")
            .and_then(Value::as_array)
            .ok_or_else(not_fc)?;
        let mut ordered: Vec<(u64, usize, Stop)> = Vec::with_capacity(features.len());
        for (i, f) in features.iter().enumerate() {
            let bad = |message: String| ItineraryError::BadStop {
                path: path.to_path_buf(),
                number: i + 1,
                message,
            };
            let props = f
                .get("properties")
                .and_then(Value::as_object)
                .ok_or_else(|| bad("it has no properties".into()))?;
            let at = match f.get("geometry") {
                None | Some(Value::Null) => None,
                Some(g) => Some(point(g).ok_or_else(|| {
                    bad("its geometry must be a Point with longitude and latitude".into())
                })?),
            };
            let s = |k: &str| props.get(k).and_then(Value::as_str).map(str::to_owned);
            let name = s("name")
                .filter(|n| !n.trim().is_empty())
                .ok_or_else(|| bad("it has no `name`".into()))?;
            let feature = s("feature");
            if at.is_none() && feature.is_none() {
                return Err(bad(format!(
                    "\"{name}\" has neither a position nor an atlas `feature`"
                )));
            }
            let duration_min = match props.get("duration_min") {
                None | Some(Value::Null) => None,
                Some(v) => Some(
                    v.as_u64()
                        .and_then(|d| u32::try_from(d).ok())
                        .ok_or_else(|| bad(format!("`duration_min` {v} is not whole minutes")))?,
                ),
            };
            let time = s("time").unwrap_or_default();
            if !time.is_empty() && !is_clock_time(&time) {
                return Err(bad(format!("`time` \"{time}\" is not HH:MM")));
            }
            const OWN: [&str; 12] = [
                "id",
                "kind",
                "name",
                "country",
                "order",
                "date",
                "time",
                "duration_min",
                "visited",
                "feature",
                "source",
                "type",
            ];
            let extra: Map<String, Value> = props
                .iter()
                .filter(|(k, _)| !OWN.contains(&k.as_str()))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            let order = props
                .get("order")
                .and_then(Value::as_u64)
                .unwrap_or(u64::MAX);
            ordered.push((
                order,
                i,
                Stop {
                    id: s("id").unwrap_or_default(),
                    feature,
                    at,
                    name,
                    country: strings(props.get("country")),
                    date: s("date").unwrap_or_default(),
                    time,
                    duration_min,
                    notes: s("visited").unwrap_or_default(),
                    source: strings(props.get("source")),
                    extra,
                },
            ));
        }
        ordered.sort_by_key(|(o, i, _)| (*o, *i));
        Ok(Itinerary {
            title: obj
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned(),
            stops: ordered.into_iter().map(|(_, _, s)| s).collect(),
        })
    }

    /// Opens an itinerary file. On any error nothing changes for the caller.
    pub fn open(path: &Path) -> Result<Itinerary, ItineraryError> {
        let text = std::fs::read_to_string(path).map_err(|source| ItineraryError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        Self::from_geojson(path, &text)
    }

    /// Saves atomically (temp file + rename): a failed save leaves the previous file intact.
    pub fn save(&self, path: &Path) -> Result<(), ItineraryError> {
        let mut text = serde_json::to_string_pretty(&self.to_geojson()).unwrap_or_default();
        text.push('\n');
        crate::persist::write_atomic(path, text.as_bytes())?;
        Ok(())
    }

    /// Appends a stop, giving it a free `stop-N` id if it has none, so the id it is saved
    /// under never changes afterwards.
    pub fn push(&mut self, mut stop: Stop) {
        if stop.id.is_empty() {
            let mut n = self.stops.len() + 1;
            while self.stops.iter().any(|s| s.id == format!("stop-{n}")) {
                n += 1;
            }
            stop.id = format!("stop-{n}");
        }
        self.stops.push(stop);
    }

    /// Moves stop `i` one place up (towards the start); out-of-range or first: nothing.
    pub fn move_up(&mut self, i: usize) {
        if i > 0 && i < self.stops.len() {
            self.stops.swap(i - 1, i);
        }
    }

    /// Moves stop `i` one place down (towards the end); out-of-range or last: nothing.
    pub fn move_down(&mut self, i: usize) {
        if i + 1 < self.stops.len() {
            self.stops.swap(i, i + 1);
        }
    }

    /// Removes stop `i` if there is one.
    pub fn remove(&mut self, i: usize) {
        if i < self.stops.len() {
            self.stops.remove(i);
        }
    }
}

/// The example itinerary shipped with the atlas: the December 2019 structured learning visit.
pub const EXAMPLE_2019: &str = include_str!("../../geodata/itineraries/study-visit-2019.geojson");

/// The 2019 example as an itinerary (it is checked by the tests; a broken build gives an
/// empty trip rather than a crash).
pub fn example_2019() -> Itinerary {
    Itinerary::from_geojson(Path::new("study-visit-2019.geojson"), EXAMPLE_2019).unwrap_or_default()
}

/// Whether `s` is a 24-hour `HH:MM` time.
pub fn is_clock_time(s: &str) -> bool {
    let Some((h, m)) = s.split_once(':') else {
        return false;
    };
    h.len() == 2
        && m.len() == 2
        && h.parse::<u8>().is_ok_and(|h| h < 24)
        && m.parse::<u8>().is_ok_and(|m| m < 60)
}

/// Today's date in UTC as `YYYY-MM-DD`, the date a new stop starts with when the trip has
/// none yet (days from the civil calendar algorithm; no time-zone data needed).
pub fn today_utc() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    civil_date((secs / 86_400) as i64)
}

/// `YYYY-MM-DD` of a day counted from 1970-01-01.
pub fn civil_date(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

fn point(g: &Value) -> Option<[f64; 2]> {
    if g.get("type").and_then(Value::as_str) != Some("Point") {
        return None;
    }
    let c = g.get("coordinates")?.as_array()?;
    let lon = c.first()?.as_f64()?;
    let lat = c.get(1)?.as_f64()?;
    ((-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat)).then_some([lon, lat])
}

fn strings(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect(),
        _ => Vec::new(),
    }
}

fn string_or_array(v: &[String]) -> Value {
    match v {
        [one] => json!(one),
        many => json!(many),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full_stop() -> Stop {
        let mut extra = Map::new();
        extra.insert("name_lo".into(), json!("ບໍ່ເຕັນ"));
        extra.insert(
            "facts".into(),
            json!([{"label": "Delegates", "value": 26, "as_of": "2019-12",
                    "source": "003_19cbc1a221acaba2.txt"}]),
        );
        Stop {
            id: "stop-boten".into(),
            feature: Some("station-boten".into()),
            at: Some([101.6718, 21.1895]),
            name: "Boten".into(),
            country: vec!["LA".into()],
            date: "2019-12-12".into(),
            time: "09:30".into(),
            duration_min: Some(90),
            notes: "Boten Special Economic Zone".into(),
            source: vec![
                "003_19cbc1a221acaba2.txt".into(),
                "https://example.org/b".into(),
            ],
            extra,
        }
    }

    #[test]
    fn save_then_open_keeps_every_field() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("trip.geojson");
        let trip = Itinerary {
            title: "Northern Laos".into(),
            stops: vec![
                full_stop(),
                Stop {
                    id: "stop-2".into(),
                    at: Some([102.6, 17.97]),
                    name: "A point".into(),
                    country: vec!["LA".into()],
                    date: "2019-12-13".into(),
                    source: vec!["https://www.openstreetmap.org/".into()],
                    ..Stop::default()
                },
            ],
        };
        trip.save(&path).expect("saved");
        let back = Itinerary::open(&path).expect("opened");
        assert_eq!(back, trip);
    }

    #[test]
    fn stops_without_ids_get_free_ones_and_orders_follow_the_list() {
        let mut trip = Itinerary::default();
        for name in ["A", "B"] {
            trip.stops.push(Stop {
                at: Some([101.0, 21.0]),
                name: name.into(),
                ..Stop::default()
            });
        }
        trip.stops[1].id = "stop-1".into();
        let v = trip.to_geojson();
        let ids: Vec<&str> = v["features"]
            .as_array()
            .expect("features")
            .iter()
            .map(|f| f["properties"]["id"].as_str().expect("id"))
            .collect();
        assert_eq!(ids, ["stop-2", "stop-1"]);
        assert_eq!(v["features"][1]["properties"]["order"], json!(2));
    }

    #[test]
    fn a_save_into_a_read_only_directory_fails_and_keeps_the_old_file() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("trip.geojson");
        let old = Itinerary {
            title: "Old".into(),
            stops: vec![full_stop()],
        };
        old.save(&path).expect("first save");
        let before = std::fs::read(&path).expect("read");
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555))
            .expect("chmod");
        // Root ignores permission bits: then make the directory immutable instead (ext4).
        let probe = dir.path().join("probe");
        let mut immutable = false;
        if std::fs::write(&probe, b"x").is_ok() {
            let _ = std::fs::remove_file(&probe);
            immutable = std::process::Command::new("chattr")
                .arg("+i")
                .arg(dir.path())
                .status()
                .is_ok_and(|s| s.success());
        }
        let enforced = std::fs::write(&probe, b"x").is_err();
        let new = Itinerary {
            title: "New".into(),
            stops: Vec::new(),
        };
        let result = new.save(&path);
        if immutable {
            let _ = std::process::Command::new("chattr")
                .arg("-i")
                .arg(dir.path())
                .status();
        }
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755))
            .expect("chmod back");
        if !enforced {
            eprintln!("this file system lets the directory be written anyway; nothing to prove");
            return;
        }
        let err = result.expect_err("read-only directory");
        assert!(err.to_string().contains("trip.geojson"), "{err}");
        assert_eq!(std::fs::read(&path).expect("read"), before);
    }

    #[test]
    fn bad_files_are_named_errors() {
        let p = Path::new("bad.geojson");
        let e = Itinerary::from_geojson(p, "{ nope").expect_err("not json");
        assert!(matches!(e, ItineraryError::Json { line: 1, .. }), "{e}");
        let e = Itinerary::from_geojson(p, r#"{"type":"Feature"}"#).expect_err("not fc");
        assert!(e.to_string().contains("FeatureCollection"), "{e}");
        let e = Itinerary::from_geojson(
            p,
            r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"X"},"geometry":{"type":"LineString","coordinates":[]}}]}"#,
        )
        .expect_err("line");
        assert!(e.to_string().contains("stop 1"), "{e}");
        let e = Itinerary::from_geojson(
            p,
            r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"X","time":"25:00"},"geometry":{"type":"Point","coordinates":[101,21]}}]}"#,
        )
        .expect_err("time");
        assert!(e.to_string().contains("HH:MM"), "{e}");
    }

    #[test]
    fn the_example_opens_and_passes_the_checker() {
        let trip = example_2019();
        assert_eq!(trip.stops.len(), 6, "{trip:?}");
        assert!(trip.stops.iter().all(|s| !s.source.is_empty()));
        let problems =
            crate::data::validate::check_file("study-visit-2019.geojson", EXAMPLE_2019.as_bytes());
        assert!(problems.is_empty(), "{problems:?}");
        let saved = serde_json::to_string(&trip.to_geojson()).expect("json");
        let problems = crate::data::validate::check_file("trip.geojson", saved.as_bytes());
        assert!(problems.is_empty(), "{problems:?}");
    }

    #[test]
    fn dates_and_times() {
        assert_eq!(civil_date(0), "1970-01-01");
        assert_eq!(civil_date(18_239), "2019-12-09");
        assert!(is_clock_time("08:08"));
        assert!(!is_clock_time("8:08"));
        assert!(!is_clock_time("24:00"));
    }
}
