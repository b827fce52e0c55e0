//! The corridor as it was in a given year: each feature's lifecycle read from its dates
//! (`opened`, `status`, and the construction start in `history`), so the timeline can
//! draw a section as planned, under construction or open in, say, 2019.
//!
//! A year stands for its end (31 December): a line opened on 3 December 2021 is open in
//! 2021. A feature whose construction start is not in its history is taken as planned
//! until it opened; one without an opening date keeps its present status throughout.

use super::schema::{Date, Status};
use super::{Atlas, Feature, FeatureId, LayerKind};
use std::collections::HashMap;

/// The first year the timeline shows: the China–Laos railway's framework agreements and
/// the start of the Belt and Road era.
pub const FIRST_YEAR: i32 = 2013;

/// The current year (from the system clock; 2026 if the clock cannot be read), the last
/// year of the timeline.
pub fn current_year() -> i32 {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let year = 1970 + (secs / 31_556_952) as i64;
    i32::try_from(year).unwrap_or(2026).max(2026)
}

/// A feature's stage in a given year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// In service.
    Open,
    /// Being built.
    UnderConstruction,
    /// Announced or planned, not yet being built.
    Planned,
    /// A plan that was never built.
    NotBuilt,
}

impl Stage {
    /// The `status` property value meaning this stage (for the style and the words).
    pub fn status_value(self) -> &'static str {
        Status::of_stage(self).code()
    }
}

/// What a feature's dates say about its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lifecycle {
    /// Its stage today (the `status` property; open when absent).
    pub now: Stage,
    /// The year construction began, from `history`.
    pub construction_from: Option<i32>,
    /// The year it opened, from `opened`.
    pub open_from: Option<i32>,
}

/// The year at the start of an ISO date (`2021-12-03`, `2016-12`, `2019`).
pub fn year_of(date: &str) -> Option<i32> {
    date.get(..4)?.parse().ok().filter(|y| YEARS.contains(y))
}

/// The years a date of the data may fall in for the timeline; outside them it is a typing
/// mistake and is left out.
const YEARS: std::ops::RangeInclusive<i32> = 1800..=2200;

/// The year of a typed date, for the timeline.
fn year_of_date(date: Date) -> Option<i32> {
    Some(date.year()).filter(|y| YEARS.contains(y))
}

/// Whether a history event says that building began.
fn is_construction_start(event: &str) -> bool {
    let e = event.to_lowercase();
    (e.contains("construction") || e.contains("works"))
        && (e.contains("begin") || e.contains("began") || e.contains("start"))
}

/// A feature's stage today, from its `status` (open when absent).
fn present_stage(f: &Feature) -> Stage {
    match Status::of(f) {
        Status::Open => Stage::Open,
        Status::UnderConstruction => Stage::UnderConstruction,
        Status::Planned => Stage::Planned,
        Status::NotBuilt => Stage::NotBuilt,
    }
}

impl Lifecycle {
    /// Reads a feature's lifecycle; `None` when it has no dates at all (the timeline then
    /// leaves it as it is).
    pub fn of(f: &Feature) -> Option<Self> {
        let c = f.corridor()?;
        let now = present_stage(f);
        // A zone is "open" from the day it was established.
        let open_from = c.opened_or_established().and_then(year_of_date);
        let construction_from = c
            .history
            .iter()
            .filter(|e| is_construction_start(&e.event))
            .filter_map(|e| e.date.and_then(year_of_date))
            .min();
        (open_from.is_some() || construction_from.is_some()).then_some(Self {
            now,
            construction_from,
            open_from,
        })
    }

    /// Whether, in `year`, the feature was not there yet: still only a plan although it
    /// was built later. A station, port or zone like that is left off the map then (a
    /// line is drawn as planned instead, so the route of the plan stays visible).
    pub fn absent_in(&self, year: i32) -> bool {
        self.stage_in(year) == Stage::Planned
            && matches!(self.now, Stage::Open | Stage::UnderConstruction)
    }

    /// The stage at the end of `year`.
    pub fn stage_in(&self, year: i32) -> Stage {
        if matches!(self.now, Stage::Planned | Stage::NotBuilt) && self.open_from.is_none() {
            return match self.construction_from {
                Some(c) if year >= c && self.now != Stage::NotBuilt => Stage::UnderConstruction,
                _ => self.now,
            };
        }
        match (self.open_from, self.construction_from) {
            (Some(o), _) if year >= o => Stage::Open,
            (Some(_), Some(c)) if year >= c => Stage::UnderConstruction,
            (Some(_), _) => Stage::Planned,
            // Building began, the opening date is not known: its present status from then.
            (None, Some(c)) if year >= c => self.now,
            (None, Some(_)) => Stage::Planned,
            (None, None) => self.now,
        }
    }
}

/// Whether a dated item (a fact's `as_of`, a history event's `date`) was known by the end
/// of `year`; undated items are kept, and with no year (the timeline off) everything is.
pub fn known_by(date: Option<&str>, year: Option<i32>) -> bool {
    match (year, date.and_then(year_of)) {
        (Some(year), Some(dated)) => dated <= year,
        _ => true,
    }
}

/// [`known_by`] for a typed date of the corridor data (a fact's `as_of`, an event's date).
pub fn known_at(date: Option<Date>, year: Option<i32>) -> bool {
    match (year, date.and_then(year_of_date)) {
        (Some(year), Some(dated)) => dated <= year,
        _ => true,
    }
}

/// The lifecycles of the corridor's own features, read once when the atlas is built so
/// the map, its labels and the click test agree on what existed in a given year.
///
/// A station takes the dates its own data lacks from the railway section it is on (its
/// `section` property): the curated stations were built and opened with their section,
/// and the seed documents date the sections, not each halt. Imported files are drawn as they are.
#[derive(Clone, Debug, Default)]
pub struct Lifecycles(HashMap<FeatureId, Lifecycle>);

impl Lifecycles {
    /// Reads every dated feature of the corridor layers of `atlas`.
    pub fn of_atlas(atlas: &Atlas) -> Self {
        let section = |f: &Feature| {
            let on = f.corridor()?.station()?.section.as_deref()?;
            Lifecycle::of(atlas.feature(atlas.find_by_id(on)?)?)
        };
        let mut out = HashMap::new();
        for layer in atlas.layers() {
            if matches!(
                layer.kind,
                LayerKind::Imported | LayerKind::ContextRailway | LayerKind::VisitStop
            ) {
                continue;
            }
            for (id, f) in layer.features_with_ids() {
                let own = Lifecycle::of(f);
                let life = match (own, layer.kind) {
                    // What a station's own dates leave open, its section's dates fill.
                    (_, LayerKind::Station) => match (own, section(f)) {
                        (Some(own), Some(s)) => Some(Lifecycle {
                            now: own.now,
                            construction_from: own.construction_from.or(s.construction_from),
                            open_from: own.open_from.or(s.open_from),
                        }),
                        (None, Some(s)) => Some(Lifecycle {
                            // A station never built stays so whatever its section did.
                            now: present_stage(f),
                            ..s
                        }),
                        (own, None) => own,
                    },
                    _ => own,
                };
                if let Some(life) = life {
                    out.insert(id, life);
                }
            }
        }
        Self(out)
    }

    /// The lifecycle of a feature, if the atlas dates it.
    pub fn get(&self, id: FeatureId) -> Option<Lifecycle> {
        self.0.get(&id).copied()
    }

    /// Whether the feature was not there yet in `year` (see [`Lifecycle::absent_in`]);
    /// with the timeline off (`None`) everything is there.
    pub fn absent(&self, id: FeatureId, year: Option<i32>) -> bool {
        year.zip(self.get(id)).is_some_and(|(y, l)| l.absent_in(y))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::data::test_feature as feature;

    #[test]
    fn a_section_is_planned_then_built_then_open() {
        let f = feature(serde_json::json!({
            "status": "open",
            "opened": "2021-12-03",
            "history": [
                {"date": "2015-12-02", "event": "Construction of the section begins"},
                {"date": "2021-10-12", "event": "Section completed"}
            ]
        }));
        let l = Lifecycle::of(&f).expect("dated");
        assert_eq!(l.stage_in(2014), Stage::Planned);
        assert_eq!(l.stage_in(2015), Stage::UnderConstruction);
        assert_eq!(l.stage_in(2020), Stage::UnderConstruction);
        assert_eq!(l.stage_in(2021), Stage::Open);
    }

    #[test]
    fn undated_features_are_left_alone_and_bad_dates_ignored() {
        assert!(Lifecycle::of(&feature(serde_json::json!({"status": "open"}))).is_none());
        let f = feature(serde_json::json!({"opened": "soon", "history": "nonsense"}));
        assert!(Lifecycle::of(&f).is_none());
        assert_eq!(year_of("2016-12"), Some(2016));
        assert_eq!(year_of("20"), None);
    }

    #[test]
    fn the_real_boten_vientiane_section_is_building_in_2019_and_open_in_2022() {
        let atlas = crate::data::Atlas::builtin().expect("built-in data");
        let id = atlas.find_by_id("rail-boten-vientiane").expect("section");
        let f = atlas.feature(id).expect("feature");
        let l = Lifecycle::of(f).expect("dated");
        assert_eq!(l.stage_in(2019), Stage::UnderConstruction);
        assert_eq!(l.stage_in(2022), Stage::Open);
        assert!(current_year() >= 2026);
    }

    #[test]
    fn stations_follow_their_section_and_zones_their_establishment() {
        let atlas = crate::data::Atlas::builtin().expect("built-in data");
        let lives = Lifecycles::of_atlas(&atlas);
        // Vang Vieng's own dates say when it opened, not when building began; its section
        // (Boten–Vientiane) was being built from 2015.
        let vang_vieng = atlas.find_by_id("station-vang-vieng").expect("station");
        let life = lives.get(vang_vieng).expect("inherited from its section");
        assert_eq!(life.stage_in(2019), Stage::UnderConstruction);
        assert!(!lives.absent(vang_vieng, Some(2019)));
        assert!(lives.absent(vang_vieng, Some(2014)));
        assert!(!lives.absent(vang_vieng, None));
        // Boten railway port: building began in 2020, so in 2019 it was not there yet.
        let port = atlas.find_by_id("port-boten-railway").expect("port");
        assert!(lives.absent(port, Some(2019)));
        assert!(!lives.absent(port, Some(2021)));
        // The Yunnan free trade zone was established in August 2019.
        let ftz = atlas.find_by_id("zone-yunnan-ftz-kunming").expect("zone");
        assert!(lives.absent(ftz, Some(2018)));
        assert!(!lives.absent(ftz, Some(2019)));
    }

    #[test]
    fn facts_after_the_year_are_not_known_yet() {
        assert!(known_by(Some("2019-12"), Some(2019)));
        assert!(!known_by(Some("2022-01-05"), Some(2019)));
        assert!(known_by(None, Some(2019)));
        assert!(known_by(Some("2030"), None));
    }
}
