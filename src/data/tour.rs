//! Guided tours: a presenter walks a room through the corridor stop by stop. A tour is a
//! JSON file (the format is documented in `geodata/tours/README.md`): a title, and stops
//! that each frame a view or a feature, carry a caption in each language, say which
//! layers are on and, optionally, the timeline's year.
//!
//! The built-in tours are compiled into the binary so they work offline. A file a user
//! opens goes through the same checks; what is wrong is said in plain words.

use super::{Lang, LayerKind};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// Text in several languages, keyed by language code (`en`, `zh`, `lo`, `th`, `vi`).
pub type Texts = BTreeMap<String, String>;

/// The text in `lang`, else English, else any language the tour has.
pub fn text_in(texts: &Texts, lang: Lang) -> String {
    let code = match lang {
        Lang::Zh => "zh",
        Lang::Lo => "lo",
        Lang::Th => "th",
        Lang::Vi => "vi",
        _ => "en",
    };
    texts
        .get(code)
        .or_else(|| texts.get("en"))
        .or_else(|| texts.values().next())
        .cloned()
        .unwrap_or_default()
}

/// A view to show: centre and zoom.
#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TourView {
    /// Longitude of the centre, degrees east.
    pub lon: f64,
    /// Latitude of the centre, degrees north.
    pub lat: f64,
    /// Zoom level.
    pub zoom: f64,
}

/// One stop of a tour.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TourStop {
    /// A view to fly to (used when no `feature` is given, or the feature is not loaded).
    #[serde(default)]
    pub view: Option<TourView>,
    /// The id of a feature to frame and select (e.g. `station-boten`).
    #[serde(default)]
    pub feature: Option<String>,
    /// Zoom for a point feature (a line or area is framed whole).
    #[serde(default)]
    pub zoom: Option<f64>,
    /// Headline of the stop, per language.
    pub title: Texts,
    /// What to say at this stop, per language.
    pub caption: Texts,
    /// Layer kinds shown at this stop (`railway`, `station`, `port`, …); all stay as they
    /// are when absent.
    #[serde(default)]
    pub layers: Option<Vec<String>>,
    /// The timeline's year at this stop.
    #[serde(default)]
    pub year: Option<i32>,
    /// Where the caption's facts come from (a seed document or a URL).
    #[serde(default)]
    pub source: Vec<String>,
    /// The date the facts are as of (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    #[serde(default)]
    pub as_of: Option<String>,
}

/// A guided tour.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tour {
    /// Short, stable name (used on the command line and in the menu).
    pub id: String,
    /// Title per language.
    pub title: Texts,
    /// The stops, in order.
    pub stops: Vec<TourStop>,
}

/// Why a tour file was refused, in plain words.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum TourError {
    /// The file could not be read.
    #[error("the file cannot be read: {0}")]
    Read(String),
    /// The text is not a tour (bad JSON, a missing or misspelt field).
    #[error("this is not a tour file: {0}")]
    Format(String),
    /// The tour has no stops.
    #[error("the tour has no stops")]
    NoStops,
    /// A stop neither names a view nor a feature.
    #[error("stop {0} names neither a view nor a feature")]
    NoTarget(usize),
    /// A stop's view is outside the world or the zoom range.
    #[error("stop {0} has a view outside the map (longitude, latitude or zoom out of range)")]
    BadView(usize),
    /// A stop names a layer kind the atlas does not have.
    #[error("stop {stop} names an unknown layer \"{layer}\" (known: {known})")]
    UnknownLayer {
        /// 1-based stop number.
        stop: usize,
        /// The name given.
        layer: String,
        /// The names the atlas knows.
        known: String,
    },
    /// A stop's year is outside the timeline.
    #[error("stop {0} has a year outside 1900–2100")]
    BadYear(usize),
    /// A stop has no caption in any language.
    #[error("stop {0} has no caption")]
    NoCaption(usize),
}

/// The names of layer kinds in tour files, and the kinds they mean.
pub const LAYER_NAMES: &[(&str, LayerKind)] = &[
    ("railway", LayerKind::Railway),
    ("context_railway", LayerKind::ContextRailway),
    ("station", LayerKind::Station),
    ("expressway", LayerKind::Expressway),
    ("port", LayerKind::Port),
    ("zone", LayerKind::Zone),
    ("route", LayerKind::Route),
    ("visit_stop", LayerKind::VisitStop),
];

/// The layer kind a tour file's name stands for.
pub fn layer_kind(name: &str) -> Option<LayerKind> {
    LAYER_NAMES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, k)| *k)
}

impl TourStop {
    /// The layer kinds this stop shows, when it says.
    pub fn layer_kinds(&self) -> Option<Vec<LayerKind>> {
        self.layers
            .as_ref()
            .map(|names| names.iter().filter_map(|n| layer_kind(n)).collect())
    }
}

impl Tour {
    /// Reads a tour from JSON text and checks it.
    pub fn parse(text: &str) -> Result<Self, TourError> {
        let tour: Tour =
            serde_json::from_str(text).map_err(|e| TourError::Format(e.to_string()))?;
        tour.check()?;
        Ok(tour)
    }

    /// Reads a tour file.
    pub fn load(path: &Path) -> Result<Self, TourError> {
        let text = std::fs::read_to_string(path).map_err(|e| TourError::Read(e.to_string()))?;
        Self::parse(&text)
    }

    fn check(&self) -> Result<(), TourError> {
        if self.stops.is_empty() {
            return Err(TourError::NoStops);
        }
        for (i, stop) in self.stops.iter().enumerate() {
            let n = i + 1;
            if stop.view.is_none() && stop.feature.is_none() {
                return Err(TourError::NoTarget(n));
            }
            if let Some(v) = stop.view {
                let ok = (-180.0..=180.0).contains(&v.lon)
                    && (-85.0..=85.0).contains(&v.lat)
                    && (0.0..=20.0).contains(&v.zoom);
                if !ok {
                    return Err(TourError::BadView(n));
                }
            }
            if let Some(z) = stop.zoom
                && !(0.0..=20.0).contains(&z)
            {
                return Err(TourError::BadView(n));
            }
            for layer in stop.layers.iter().flatten() {
                if layer_kind(layer).is_none() {
                    return Err(TourError::UnknownLayer {
                        stop: n,
                        layer: layer.clone(),
                        known: LAYER_NAMES
                            .iter()
                            .map(|(n, _)| *n)
                            .collect::<Vec<_>>()
                            .join(", "),
                    });
                }
            }
            if let Some(y) = stop.year
                && !(1900..=2100).contains(&y)
            {
                return Err(TourError::BadYear(n));
            }
            if stop.caption.values().all(|c| c.trim().is_empty()) {
                return Err(TourError::NoCaption(n));
            }
        }
        Ok(())
    }

    /// The tours that come with the atlas, compiled in so they work offline. A built-in
    /// tour that fails its checks is left out (the tests make sure none does).
    pub fn builtin() -> Vec<Tour> {
        BUILTIN
            .iter()
            .filter_map(|(_, text)| Tour::parse(text).ok())
            .collect()
    }
}

/// The built-in tours, parsed once.
pub fn builtin_tours() -> &'static [Tour] {
    static TOURS: std::sync::OnceLock<Vec<Tour>> = std::sync::OnceLock::new();
    TOURS.get_or_init(Tour::builtin)
}

/// The built-in tour files: name and text.
pub const BUILTIN: &[(&str, &str)] = &[
    (
        "study_visit_2019.json",
        include_str!("../../geodata/tours/study_visit_2019.json"),
    ),
    (
        "kunming_vientiane_rail.json",
        include_str!("../../geodata/tours/kunming_vientiane_rail.json"),
    ),
];

/// Where a presenter is in a tour.
#[derive(Clone, Debug, PartialEq)]
pub struct TourPlayer {
    /// The tour.
    pub tour: Tour,
    /// The current stop, 0-based.
    pub stop: usize,
}

impl TourPlayer {
    /// A tour at its first stop.
    pub fn new(tour: Tour) -> Self {
        Self { tour, stop: 0 }
    }

    /// The current stop.
    pub fn current(&self) -> Option<&TourStop> {
        self.tour.stops.get(self.stop)
    }

    /// Moves to the next stop; false at the last one.
    pub fn next_stop(&mut self) -> bool {
        if self.stop + 1 < self.tour.stops.len() {
            self.stop += 1;
            true
        } else {
            false
        }
    }

    /// Moves to the previous stop; false at the first one.
    pub fn previous_stop(&mut self) -> bool {
        if self.stop > 0 {
            self.stop -= 1;
            true
        } else {
            false
        }
    }

    /// Back to the first stop.
    pub fn first_stop(&mut self) {
        self.stop = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_tour_passes_its_checks_and_names_features_that_exist() {
        let atlas = crate::data::Atlas::builtin().expect("built-in data");
        for (name, text) in BUILTIN {
            let tour = Tour::parse(text).unwrap_or_else(|e| panic!("{name}: {e}"));
            for (i, stop) in tour.stops.iter().enumerate() {
                if let Some(id) = &stop.feature {
                    assert!(
                        atlas.find_by_id(id).is_some(),
                        "{name} stop {}: no feature {id}",
                        i + 1
                    );
                }
                for lang in ["en", "zh", "lo", "th", "vi"] {
                    assert!(
                        stop.caption.get(lang).is_some_and(|c| !c.trim().is_empty())
                            && stop.title.get(lang).is_some_and(|c| !c.trim().is_empty()),
                        "{name} stop {} has no {lang} title or caption",
                        i + 1
                    );
                }
                assert!(
                    !stop.source.is_empty(),
                    "{name} stop {} has no source",
                    i + 1
                );
                assert!(
                    stop.as_of.is_some(),
                    "{name} stop {} has no as-of date",
                    i + 1
                );
            }
        }
        assert_eq!(Tour::builtin().len(), BUILTIN.len());
    }

    #[test]
    fn bad_tour_files_are_refused_in_plain_words() {
        let e = Tour::parse("{not json").expect_err("bad json");
        assert!(e.to_string().starts_with("this is not a tour file"));
        let e = Tour::parse(r#"{"id":"x","title":{},"stops":[]}"#).expect_err("no stops");
        assert_eq!(e, TourError::NoStops);
        let stop = |extra: &str| {
            format!(
                r#"{{"id":"x","title":{{}},"stops":[{{"title":{{}},"caption":{{"en":"Hi"}}{extra}}}]}}"#
            )
        };
        assert_eq!(Tour::parse(&stop("")), Err(TourError::NoTarget(1)));
        assert_eq!(
            Tour::parse(&stop(r#","view":{"lon":300,"lat":0,"zoom":5}"#)),
            Err(TourError::BadView(1))
        );
        let e = Tour::parse(&stop(r#","feature":"a","layers":["railways"]"#)).expect_err("layer");
        assert!(e.to_string().contains("\"railways\""), "{e}");
        assert!(Tour::parse(&stop(r#","feature":"a","year":2019"#)).is_ok());
    }

    #[test]
    fn a_player_steps_within_the_tour() {
        let tour = Tour::parse(BUILTIN[0].1).expect("built-in tour");
        let n = tour.stops.len();
        let mut p = TourPlayer::new(tour);
        assert!(!p.previous_stop());
        for _ in 1..n {
            assert!(p.next_stop());
        }
        assert!(!p.next_stop());
        assert_eq!(p.stop, n - 1);
        p.first_stop();
        assert_eq!(p.stop, 0);
    }

    #[test]
    fn text_falls_back_to_english() {
        let mut t = Texts::new();
        t.insert("en".into(), "Boten".into());
        assert_eq!(text_in(&t, Lang::Lo), "Boten");
        t.insert("lo".into(), "ບໍ່ເຕັນ".into());
        assert_eq!(text_in(&t, Lang::Lo), "ບໍ່ເຕັນ");
    }
}
