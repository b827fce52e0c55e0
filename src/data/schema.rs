//! The corridor schema (`geodata/README.md`) as types, read by one parse that also checks.
//!
//! Every corridor feature is read once into a [`Corridor`]: a common part (names, countries,
//! sources, status, dates, history, facts…) and a per-kind part ([`Detail`]). The same walk
//! over the properties collects every [`Problem`] with the feature's id and line, so
//! `mekong-atlas check` and the atlas can never disagree about what a property means: what
//! the checker accepts is exactly what the panels, the style, the timeline and the planner
//! read. The built-in layers are parsed when the atlas is built; imported files keep only
//! their open property bag.
//!
//! A feature with problems still gives a value: what could be read, with the rest left out
//! (`None`, empty), so a data author sees every problem of a file in one round.

mod parse;

use std::fmt;

use geo::Coord;

use super::provenance::Citation;
use super::{Feature, Lang};

pub(crate) use parse::with_article;
pub use parse::{facts_in, is_valid_source, parse, read};

/// The seed documents a `source` may name (see `../shared/sources/README.md`).
pub const SEED_FILES: [&str; 5] = [
    "000_bc6b557d676ff500.txt",
    "001_3f52b069fdf64b41.txt",
    "002_0836e45429a2f3a7.txt",
    "003_19cbc1a221acaba2.txt",
    "004_047c28157f340717.txt",
];

/// ISO 3166-1 alpha-2 codes of the Lancang–Mekong countries, the only ones `country` may hold.
pub const COUNTRY_CODES: [&str; 10] = ["CN", "LA", "TH", "VN", "MM", "KH", "MY", "SG", "BD", "IN"];

/// The corridor region in degrees: corridor features outside it are almost surely typing
/// mistakes (swapped lon/lat, a dropped minus sign, a wrong coordinate system).
pub const REGION_LON: std::ops::RangeInclusive<f64> = 88.0..=123.0;
/// See [`REGION_LON`].
pub const REGION_LAT: std::ops::RangeInclusive<f64> = -1.5..=34.0;

/// The China–Laos railway's `line` id: the line chainage is measured along.
pub const MAIN_LINE: &str = "china-laos-railway";

/// The kinds of corridor feature, one per corridor file, so code can match on a kind
/// instead of comparing the `kind` strings of the data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// `railway_section`: a section of the China–Laos railway.
    RailwaySection,
    /// `context_railway`: one of Yunnan's other railways.
    ContextRailway,
    /// `station`.
    Station,
    /// `expressway`: an expressway or national road.
    Expressway,
    /// `port`: one side of a border crossing.
    Port,
    /// `zone`: an economic zone, logistics base or industrial park.
    Zone,
    /// `route`: a logistics route.
    Route,
    /// `visit_stop`: a stop of a study visit (the 2019 visit, the planner's itineraries).
    VisitStop,
}

impl Kind {
    /// Every kind, in the order of `geodata/README.md`.
    pub const ALL: [Kind; 8] = [
        Kind::RailwaySection,
        Kind::ContextRailway,
        Kind::Station,
        Kind::Expressway,
        Kind::Port,
        Kind::Zone,
        Kind::Route,
        Kind::VisitStop,
    ];

    /// The `kind` value the data writes.
    pub fn code(self) -> &'static str {
        match self {
            Kind::RailwaySection => "railway_section",
            Kind::ContextRailway => "context_railway",
            Kind::Station => "station",
            Kind::Expressway => "expressway",
            Kind::Port => "port",
            Kind::Zone => "zone",
            Kind::Route => "route",
            Kind::VisitStop => "visit_stop",
        }
    }

    /// The kind a `kind` value names, if it is one of the schema's.
    pub fn from_code(code: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// Id prefixes accepted for the kind (`station-boten`, `port-mohan`…).
    pub fn id_prefixes(self) -> &'static [&'static str] {
        match self {
            Kind::RailwaySection => &["railway-", "rail-", "section-"],
            Kind::ContextRailway => &["context-rail-"],
            Kind::Station => &["station-"],
            Kind::Expressway => &["expressway-"],
            Kind::Port => &["port-"],
            Kind::Zone => &["zone-"],
            Kind::Route => &["route-"],
            Kind::VisitStop => &["visit-", "stop-"],
        }
    }

    /// The geometry types a feature of the kind may have.
    fn geometries(self) -> &'static [&'static str] {
        match self {
            Kind::RailwaySection => &["LineString"],
            Kind::Station | Kind::Port | Kind::VisitStop => &["Point"],
            Kind::Expressway | Kind::Route | Kind::ContextRailway => {
                &["LineString", "MultiLineString"]
            }
            Kind::Zone => &["Polygon", "MultiPolygon", "Point"],
        }
    }

    /// "a railway section", "an expressway": the kind in words, for messages.
    pub fn with_article(self) -> String {
        with_article(self.code())
    }
}

/// A date of the data at the precision the source gives (`YYYY`, `YYYY-MM` or
/// `YYYY-MM-DD`), so the timeline can compare dates and take their year without reading
/// strings. Dates order by time, a bare year or month before the days in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: Option<u8>,
    day: Option<u8>,
}

impl Date {
    /// Reads an ISO 8601 calendar date at day, month or year precision, checked against the
    /// calendar; `None` for anything else (`Dec 2019`, `2019-12-9`, `2023-02-29`).
    pub fn parse(s: &str) -> Option<Date> {
        let mut parts = s.split('-');
        let num = |p: Option<&str>, len: usize| -> Option<u16> {
            let p = p?;
            if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) {
                p.parse().ok()
            } else {
                None
            }
        };
        let year = num(parts.next(), 4)?;
        let month = match parts.next() {
            None => None,
            m => Some(num(m, 2).filter(|m| (1..=12).contains(m))?),
        };
        let day = match parts.next() {
            None => None,
            d => {
                let d = num(d, 2)?;
                let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
                let days = match month? {
                    1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
                    4 | 6 | 9 | 11 => 30,
                    2 if leap => 29,
                    _ => 28,
                };
                Some(Some(d).filter(|d| (1..=days).contains(d))?)
            }
        };
        if parts.next().is_some() {
            return None;
        }
        Some(Date {
            year,
            month: month.and_then(|m| u8::try_from(m).ok()),
            day: day.and_then(|d| u8::try_from(d).ok()),
        })
    }

    /// The year, which is all the timeline needs.
    pub fn year(self) -> i32 {
        i32::from(self.year)
    }

    /// The month (1–12), when the source gives it.
    pub fn month(self) -> Option<u8> {
        self.month
    }

    /// The day of the month, when the source gives it.
    pub fn day(self) -> Option<u8> {
        self.day
    }
}

/// Written back in ISO form at the precision read (`2021-12`), as the data has it.
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

/// Where a feature is in its life (`status`), so style, tables and the timeline draw and
/// sort it the same way. Ordered open first, as the Stations table sorts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    /// `open`: in service.
    Open,
    /// `under_construction`: being built.
    UnderConstruction,
    /// `planned`: announced or planned.
    Planned,
    /// `not_built`: a plan that was never built as planned.
    NotBuilt,
}

impl Status {
    /// Every status, in sort order.
    pub const ALL: [Status; 4] = [
        Status::Open,
        Status::UnderConstruction,
        Status::Planned,
        Status::NotBuilt,
    ];

    /// The `status` value the data writes (and the key of its words in `i18n`).
    pub fn code(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::UnderConstruction => "under_construction",
            Status::Planned => "planned",
            Status::NotBuilt => "not_built",
        }
    }

    /// The status a `status` value names.
    pub fn from_code(code: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.code() == code)
    }

    /// A feature's status as the map draws it: its own, else open, because the curated data
    /// marks every unfinished feature explicitly (and imported files have none).
    pub fn of(feature: &Feature) -> Status {
        feature
            .corridor()
            .and_then(|c| c.status)
            .unwrap_or(Status::Open)
    }

    /// The status of a feature at a stage of its life (the timeline's year).
    pub fn of_stage(stage: super::timeline::Stage) -> Status {
        use super::timeline::Stage;
        match stage {
            Stage::Open => Status::Open,
            Stage::UnderConstruction => Status::UnderConstruction,
            Stage::Planned => Status::Planned,
            Stage::NotBuilt => Status::NotBuilt,
        }
    }

    /// Plain words for the legend and the details panel.
    pub fn label(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::UnderConstruction => "under construction",
            Status::Planned => "planned",
            Status::NotBuilt => "not built",
        }
    }
}

/// Declares a closed set of codes of the data as an enum with `code` and `from_code`, so
/// each list of allowed values is written once, for the checker and the readers alike.
macro_rules! codes {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$vdoc])* $variant),+
        }

        impl $name {
            /// Every value, in the order of `geodata/README.md`.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The value as the data writes it (and the key of its words in `i18n`).
            pub fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code),+
                }
            }

            /// The value a code names, if it is one of the allowed ones.
            pub fn from_code(code: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|v| v.code() == code)
            }

            fn codes() -> Vec<&'static str> {
                $name::ALL.iter().map(|v| v.code()).collect()
            }
        }
    };
}

codes! {
    /// What traffic a border port handles (`port_kind`), which decides its colour.
    PortKind {
        /// `road`.
        Road = "road",
        /// `rail`.
        Rail = "rail",
        /// `river`.
        River = "river",
        /// `road_rail`.
        RoadRail = "road_rail",
    }
}

codes! {
    /// What sort of zone a zone is (`zone_type`), which decides its colour.
    ZoneType {
        /// `cbecz`: cross-border economic cooperation zone.
        Cbecz = "cbecz",
        /// `sez`: special economic zone.
        Sez = "sez",
        /// `ftz`: free trade zone area.
        Ftz = "ftz",
        /// `logistics_base`.
        LogisticsBase = "logistics_base",
        /// `industrial_park`.
        IndustrialPark = "industrial_park",
    }
}

codes! {
    /// How a logistics route carries its goods (`mode`), which decides its colour.
    Mode {
        /// `rail`.
        Rail = "rail",
        /// `road`.
        Road = "road",
        /// `river`.
        River = "river",
        /// `multimodal`.
        Multimodal = "multimodal",
    }
}

codes! {
    /// Whether a context railway is high-speed (`rail_type`).
    RailType {
        /// `rail`.
        Rail = "rail",
        /// `hsr`: high-speed.
        Hsr = "hsr",
    }
}

codes! {
    /// Whether a station has passenger service (`station_role`), which decides its symbol.
    StationRole {
        /// `passenger`: drawn at every zoom.
        Passenger = "passenger",
        /// `passing_or_freight`: no passenger service; a quieter symbol from zoom 9.
        PassingOrFreight = "passing_or_freight",
    }
}

codes! {
    /// What a station serves (`services`).
    Service {
        /// `passenger`.
        Passenger = "passenger",
        /// `freight`.
        Freight = "freight",
    }
}

/// A feature's names, by language, so any script a reader knows can be shown and searched.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Names(Vec<(Lang, String)>);

impl Names {
    /// The non-empty name in `lang`, if the data has one.
    pub fn get(&self, lang: Lang) -> Option<&str> {
        self.0
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, n)| n.as_str())
    }

    /// Every non-empty name, in [`Lang::ALL`] order.
    pub fn iter(&self) -> impl Iterator<Item = (Lang, &str)> {
        self.0.iter().map(|(l, n)| (*l, n.as_str()))
    }
}

/// A fact's value: a figure, or words where the source gives no figure ("two lanes").
#[derive(Debug, Clone, PartialEq)]
pub enum FactValue {
    /// A number (shown in the reader's number format).
    Number(f64),
    /// Text, shown as written.
    Text(String),
}

/// One sourced quantity of a feature (`facts`): every figure the atlas shows carries its
/// unit, the date it refers to and where it comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    /// What the figure is ("Total area").
    pub label: String,
    /// The figure.
    pub value: FactValue,
    /// Its unit (`km`, `km²`…), if it has one.
    pub unit: Option<String>,
    /// The date the figure refers to; `None` only in data `check` rejects.
    pub as_of: Option<Date>,
    /// Where it comes from; empty only in data `check` rejects.
    pub sources: Vec<Citation>,
}

impl FactValue {
    /// The value in the reader's words: a figure in the number format of the interface
    /// language, text as written.
    pub fn text(&self) -> String {
        match self {
            FactValue::Number(x) => crate::i18n::number(*x),
            FactValue::Text(s) => s.clone(),
        }
    }
}

impl Fact {
    /// The value with its unit in the interface language ("1,022 km"), as Details and the
    /// caption card show it.
    pub fn value_with_unit(&self) -> String {
        let value = self.value.text();
        match self.unit.as_deref() {
            Some(unit) if !unit.is_empty() => format!("{value} {}", crate::i18n::unit(unit)),
            _ => value,
        }
    }
}

/// A dated event in a feature's life (`history`): agreements, start of works, renamings.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// When; `None` only in data `check` rejects.
    pub date: Option<Date>,
    /// What happened, in the data's words.
    pub event: String,
    /// Where it is recorded.
    pub sources: Vec<Citation>,
}

/// A sourced position beside the drawn geometry: a border point on a section, a station's
/// earlier sourced position.
#[derive(Debug, Clone, PartialEq)]
pub struct Position {
    /// Longitude (x) and latitude (y), degrees.
    pub at: Coord<f64>,
    /// Where the position comes from.
    pub sources: Vec<Citation>,
    /// The date of that source, if given.
    pub as_of: Option<Date>,
    /// A remark on the position.
    pub note: Option<String>,
}

/// A stretch of a section joined straight where the source has no track
/// (`straight_gap_fills`): drawn dashed, not surveyed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GapFill {
    /// Index of the segment's first vertex in the section's line.
    pub segment: usize,
    /// Its length, km.
    pub length_km: f64,
}

/// A published distance of a station from another station (`km_published`), shown beside
/// the one measured along the drawn line.
#[derive(Debug, Clone, PartialEq)]
pub struct PublishedKm {
    /// The published distance, km.
    pub value: f64,
    /// Id of the station it is counted from.
    pub from: String,
    /// Where it is published.
    pub sources: Vec<Citation>,
    /// The date of the publication.
    pub as_of: Option<Date>,
}

/// What a railway section adds (`railway_section`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Section {
    /// The line it belongs to (`china-laos-railway`).
    pub line: String,
    /// Id of the station at its start, as written (links are checked across files).
    pub from: Option<String>,
    /// Id of the station at its end.
    pub to: Option<String>,
    /// The sourced length, km.
    pub length_km: Option<f64>,
    /// The drawn line's geodesic length, km (written by `tools/build_railway.py`).
    pub drawn_km: Option<f64>,
    /// Design speed, km/h.
    pub design_speed_kmh: Option<f64>,
    /// Track gauge, mm.
    pub gauge_mm: Option<f64>,
    /// Segments joined straight where the source has no track.
    pub gap_fills: Vec<GapFill>,
    /// Where the line crosses a national border.
    pub border_point: Option<Position>,
}

/// What a station adds (`station`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Station {
    /// The line (`china-laos-railway`).
    pub line: String,
    /// Id of the section the station lies on.
    pub section: Option<String>,
    /// Chainage from Kunming South as the data gives it, km (the atlas measures its own).
    pub km: Option<f64>,
    /// A published distance from another station.
    pub km_published: Option<PublishedKm>,
    /// Passenger, or passing / freight only.
    pub role: Option<StationRole>,
    /// An earlier sourced position, kept beside the one drawn.
    pub other_position: Option<Position>,
    /// Its name in the December 2019 plan.
    pub plan_name_2019: Option<String>,
    /// What it serves.
    pub services: Vec<Service>,
}

/// What an expressway adds (`expressway`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Expressway {
    /// National route number (`G8511`, `R3A`).
    pub route_number: Option<String>,
    /// End place, plain name.
    pub from: String,
    /// End place, plain name.
    pub to: String,
    /// Sourced length, km.
    pub length_km: Option<f64>,
}

/// What a border port adds (`port`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Port {
    /// The traffic it handles; `None` only in data `check` rejects.
    pub port_kind: Option<PortKind>,
    /// Id of the port across the border.
    pub partner: Option<String>,
    /// The two countries, e.g. `CN-LA`.
    pub border: Option<String>,
}

/// What a zone adds (`zone`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Zone {
    /// Its type; `None` only in data `check` rejects.
    pub zone_type: Option<ZoneType>,
    /// Founding or approval date.
    pub established: Option<Date>,
    /// Who develops or manages it.
    pub manager: Option<String>,
    /// Main industries.
    pub industries: Vec<String>,
}

/// What a logistics route adds (`route`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Route {
    /// How it carries goods; `None` only in data `check` rejects.
    pub mode: Option<Mode>,
    /// End place, plain name or feature id.
    pub from: String,
    /// End place, plain name or feature id.
    pub to: String,
    /// Places passed through.
    pub via: Vec<String>,
    /// Goods carried.
    pub commodities: Vec<String>,
}

/// What a context railway adds (`context_railway`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ContextRailway {
    /// Ordinary or high-speed.
    pub rail_type: Option<RailType>,
}

/// What a study-visit stop adds (`visit_stop`), with the extras of the planner's
/// itinerary files.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct VisitStop {
    /// Position in the itinerary, from 1.
    pub order: Option<u64>,
    /// Day of the stop.
    pub date: Option<Date>,
    /// What the delegation did or saw there.
    pub visited: Option<String>,
    /// Id of the atlas feature the stop is.
    pub feature: Option<String>,
    /// Arrival time, `HH:MM`.
    pub time: Option<String>,
    /// Length of the visit, minutes.
    pub duration_min: Option<u32>,
}

/// The per-kind part of a corridor feature.
#[derive(Debug, Clone, PartialEq)]
pub enum Detail {
    /// A railway section.
    RailwaySection(Section),
    /// One of Yunnan's other railways.
    ContextRailway(ContextRailway),
    /// A station.
    Station(Station),
    /// An expressway or national road.
    Expressway(Expressway),
    /// A border port.
    Port(Port),
    /// A zone.
    Zone(Zone),
    /// A logistics route.
    Route(Route),
    /// A study-visit stop.
    VisitStop(VisitStop),
}

impl Detail {
    /// The kind this part belongs to.
    pub fn kind(&self) -> Kind {
        match self {
            Detail::RailwaySection(_) => Kind::RailwaySection,
            Detail::ContextRailway(_) => Kind::ContextRailway,
            Detail::Station(_) => Kind::Station,
            Detail::Expressway(_) => Kind::Expressway,
            Detail::Port(_) => Kind::Port,
            Detail::Zone(_) => Kind::Zone,
            Detail::Route(_) => Kind::Route,
            Detail::VisitStop(_) => Kind::VisitStop,
        }
    }
}

/// One corridor feature's properties, typed: what every reader of the corridor data reads
/// instead of looking properties up by key name.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Corridor {
    /// `properties.id`; `None` only in data `check` rejects.
    pub id: Option<String>,
    /// Names by language (`name`, `name_zh`…).
    pub names: Names,
    /// ISO country codes, the corridor's only.
    pub countries: Vec<String>,
    /// Where the feature (its position and existence) comes from.
    pub sources: Vec<Citation>,
    /// Its status; `None` when the data gives none (then it is open).
    pub status: Option<Status>,
    /// When it opened.
    pub opened: Option<Date>,
    /// Dated events, for the timeline and Details.
    pub history: Vec<Event>,
    /// Sourced quantities.
    pub facts: Vec<Fact>,
    /// The geometry is approximate (the `note` says how).
    pub approximate: bool,
    /// A plain-words remark.
    pub note: Option<String>,
    /// Where the geometry itself comes from.
    pub geometry_sources: Vec<Citation>,
    /// The date of the data the geometry was taken from.
    pub geometry_as_of: Option<Date>,
    /// The notice the geometry's licence requires.
    pub attribution: Option<String>,
    /// The per-kind part; `None` when the `kind` is missing or not the schema's.
    pub detail: Option<Detail>,
}

impl Corridor {
    /// The kind, when the feature has a valid one.
    pub fn kind(&self) -> Option<Kind> {
        self.detail.as_ref().map(Detail::kind)
    }

    /// The railway-section part, if it is one.
    pub fn section(&self) -> Option<&Section> {
        match &self.detail {
            Some(Detail::RailwaySection(s)) => Some(s),
            _ => None,
        }
    }

    /// The station part, if it is one.
    pub fn station(&self) -> Option<&Station> {
        match &self.detail {
            Some(Detail::Station(s)) => Some(s),
            _ => None,
        }
    }

    /// The expressway part, if it is one.
    pub fn expressway(&self) -> Option<&Expressway> {
        match &self.detail {
            Some(Detail::Expressway(e)) => Some(e),
            _ => None,
        }
    }

    /// The port part, if it is one.
    pub fn port(&self) -> Option<&Port> {
        match &self.detail {
            Some(Detail::Port(p)) => Some(p),
            _ => None,
        }
    }

    /// The zone part, if it is one.
    pub fn zone(&self) -> Option<&Zone> {
        match &self.detail {
            Some(Detail::Zone(z)) => Some(z),
            _ => None,
        }
    }

    /// The route part, if it is one.
    pub fn route(&self) -> Option<&Route> {
        match &self.detail {
            Some(Detail::Route(r)) => Some(r),
            _ => None,
        }
    }

    /// The visit-stop part, if it is one.
    pub fn visit_stop(&self) -> Option<&VisitStop> {
        match &self.detail {
            Some(Detail::VisitStop(v)) => Some(v),
            _ => None,
        }
    }

    /// The line a section or station belongs to.
    pub fn line(&self) -> Option<&str> {
        match &self.detail {
            Some(Detail::RailwaySection(s)) => Some(s.line.as_str()),
            Some(Detail::Station(s)) => Some(s.line.as_str()),
            _ => None,
        }
    }

    /// The sourced length of a section or expressway, km.
    pub fn length_km(&self) -> Option<f64> {
        match &self.detail {
            Some(Detail::RailwaySection(s)) => s.length_km,
            Some(Detail::Expressway(e)) => e.length_km,
            _ => None,
        }
    }

    /// The date the feature came into being for the timeline: its opening, or a zone's
    /// establishment.
    pub fn opened_or_established(&self) -> Option<Date> {
        self.opened
            .or_else(|| self.zone().and_then(|z| z.established))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{CORRIDOR_FILES, Problem, parse_geojson};

    /// Reads every feature of `text` as the file `expected` holds, with every problem.
    fn parse_all(text: &str, expected: Option<Kind>) -> (Vec<Corridor>, Vec<Problem>) {
        let parsed = parse_geojson(text.as_bytes()).expect("parses");
        let mut problems = Vec::new();
        let typed = parsed
            .features
            .iter()
            .map(|f| parse(f, expected, &mut problems))
            .collect();
        (typed, problems)
    }

    fn one(props: &str, geometry: &str) -> (Corridor, Vec<Problem>) {
        let text = format!(
            "{{\"type\":\"FeatureCollection\",\"features\":[\n\
             {{\"type\":\"Feature\",\"properties\":{props},\"geometry\":{geometry}}}]}}"
        );
        let (mut typed, problems) = parse_all(&text, None);
        (typed.remove(0), problems)
    }

    const POINT: &str = r#"{"type":"Point","coordinates":[101.5,21.5]}"#;
    const SOURCE: &str = r#""source":"https://example.org/test-fixture""#;

    #[test]
    fn every_kind_of_every_built_in_file_parses_with_no_problem() {
        let mut kinds = std::collections::BTreeSet::new();
        let itinerary = include_str!("../../geodata/itineraries/study-visit-2019.geojson");
        let files = CORRIDOR_FILES
            .iter()
            .map(|f| {
                let text = std::str::from_utf8(f.bytes).expect("UTF-8");
                (f.file_name, text, f.kind.schema_kind())
            })
            .chain([("study-visit-2019.geojson", itinerary, Some(Kind::VisitStop))]);
        for (name, text, expected) in files {
            let expected = expected.expect("a corridor kind");
            let (typed, problems) = parse_all(text, Some(expected));
            assert!(problems.is_empty(), "{name}: {problems:#?}");
            assert!(!typed.is_empty(), "{name}");
            for c in &typed {
                assert_eq!(c.kind(), Some(expected), "{name}: {:?}", c.id);
                assert!(c.id.is_some() && c.names.get(Lang::En).is_some(), "{name}");
                assert!(!c.countries.is_empty() && !c.sources.is_empty(), "{name}");
                for fact in &c.facts {
                    assert!(fact.as_of.is_some() && !fact.sources.is_empty(), "{name}");
                }
            }
            kinds.insert(expected);
        }
        assert_eq!(kinds.len(), Kind::ALL.len(), "every kind has a file");
    }

    #[test]
    fn the_built_in_values_are_typed_as_the_readme_says() {
        let atlas = crate::data::Atlas::builtin().expect("built-in data");
        let typed = |id: &str| {
            let f = atlas.feature(atlas.find_by_id(id).expect(id)).expect(id);
            f.corridor().expect("built-in features are typed").clone()
        };
        let boten = typed("station-boten");
        let station = boten.station().expect("a station");
        assert_eq!(station.line, MAIN_LINE);
        assert!(station.km.is_some_and(|km| km > 0.0));
        assert!(boten.countries.contains(&"LA".to_owned()));
        assert!(boten.names.get(Lang::Lo).is_some());
        let port = typed("port-mohan");
        assert!(port.port().and_then(|p| p.port_kind).is_some());
        let section = typed("rail-boten-vientiane");
        assert!(section.section().and_then(|s| s.length_km).is_some());
        assert_eq!(section.status, Some(Status::Open));
        assert!(section.opened.is_some_and(|d| d.year() == 2021));
        let stop = typed("visit-stop-2019-boten");
        assert!(stop.visit_stop().and_then(|v| v.date).is_some());
    }

    #[test]
    fn a_wrong_type_is_a_named_problem_with_id_and_line() {
        let (c, problems) = one(
            &format!(
                r#"{{"id":"station-x","kind":"station","name":"X","country":"CN",{SOURCE},"line":"china-laos-railway","km":"12"}}"#
            ),
            POINT,
        );
        assert_eq!(problems.len(), 1, "{problems:#?}");
        let p = &problems[0];
        assert_eq!(p.message, "`km` must be a number, found a string");
        assert_eq!(p.feature_id.as_deref(), Some("station-x"));
        assert_eq!(p.line, Some(2));
        // The rest of the station is still read.
        assert_eq!(c.station().map(|s| s.line.as_str()), Some(MAIN_LINE));
        assert_eq!(c.station().and_then(|s| s.km), None);
    }

    #[test]
    fn coded_values_outside_their_list_are_named_with_the_list() {
        let (c, problems) = one(
            &format!(
                r#"{{"id":"port-x","kind":"port","name":"X","country":"CN",{SOURCE},"port_kind":"air"}}"#
            ),
            POINT,
        );
        assert_eq!(
            problems
                .iter()
                .map(|p| p.message.as_str())
                .collect::<Vec<_>>(),
            [r#"`port_kind` is "air"; it must be one of "road", "rail", "river", "road_rail""#]
        );
        assert_eq!(c.port().map(|p| p.port_kind), Some(None));
        let (c, _) = one(
            &format!(
                r#"{{"id":"zone-x","kind":"zone","name":"X","country":"CN",{SOURCE},"zone_type":"sez","industries":["tea",3]}}"#
            ),
            POINT,
        );
        let zone = c.zone().expect("a zone");
        assert_eq!(zone.zone_type, Some(ZoneType::Sez));
        assert_eq!(zone.industries, ["tea"]);
    }

    #[test]
    fn dates_parse_at_their_precision_and_order_by_time() {
        let d = |s: &str| Date::parse(s).unwrap_or_else(|| panic!("{s} is a date"));
        assert!(d("2019") < d("2019-01"));
        assert!(d("2019-01") < d("2019-01-01"));
        assert!(d("2019-01-31") < d("2019-02"));
        assert!(d("2019-12-31") < d("2020"));
        assert_eq!(d("2021-12-03").year(), 2021);
        assert_eq!(d("2021-12").month(), Some(12));
        assert_eq!(d("2021-12").day(), None);
        for s in ["2019", "2019-12", "2024-02-29"] {
            assert_eq!(d(s).to_string(), s);
        }
        for bad in [
            "19",
            "2019-13",
            "2023-02-29",
            "2019-12-9",
            "2019-12-09-01",
            "",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_fact_without_a_source_is_a_problem_and_is_still_read() {
        let (c, problems) = one(
            &format!(
                r#"{{"id":"zone-x","kind":"zone","name":"X","country":"CN",{SOURCE},"zone_type":"sez",
                "facts":[{{"label":"Area","value":12.5,"unit":"km²","as_of":"2019-12"}},{{"label":"Manager","value":"A company","as_of":"2020","source":"003_19cbc1a221acaba2.txt"}}]}}"#
            ),
            POINT,
        );
        let messages: Vec<&str> = problems.iter().map(|p| p.message.as_str()).collect();
        assert_eq!(messages, [r#"fact "Area" has no `source`"#]);
        assert_eq!(c.facts.len(), 2);
        let area = &c.facts[0];
        assert_eq!(area.value, FactValue::Number(12.5));
        assert_eq!(area.unit.as_deref(), Some("km²"));
        assert_eq!(area.as_of, Date::parse("2019-12"));
        assert!(area.sources.is_empty());
        let manager = &c.facts[1];
        assert_eq!(manager.value, FactValue::Text("A company".into()));
        assert!(matches!(manager.sources.as_slice(), [Citation::Seed(_)]));
    }

    #[test]
    fn a_section_reads_its_links_gap_fills_and_border_point() {
        let (c, problems) = one(
            &format!(
                r#"{{"id":"rail-x","kind":"railway_section","name":"X","country":"CN",{SOURCE},"line":"l","from":"station-a","to":"station-b","note":"No published length.",
                "straight_gap_fills":[{{"segment":0,"length_km":1.5}}],"border_point":{{"coordinates":[101.5,21.6],{SOURCE},"as_of":"2025"}}}}"#
            ),
            r#"{"type":"LineString","coordinates":[[101.5,21.5],[101.6,21.6]]}"#,
        );
        assert!(problems.is_empty(), "{problems:#?}");
        let s = c.section().expect("a section");
        assert_eq!(s.from.as_deref(), Some("station-a"));
        assert_eq!(
            s.gap_fills,
            [GapFill {
                segment: 0,
                length_km: 1.5
            }]
        );
        let border = s.border_point.as_ref().expect("a border point");
        assert_eq!(border.at, Coord { x: 101.5, y: 21.6 });
        assert_eq!(border.as_of.map(Date::year), Some(2025));
    }

    #[test]
    fn an_itinerary_stop_reads_the_planners_extras_and_checks_them() {
        let stop = |extra: &str| {
            one(
                &format!(
                    r#"{{"id":"stop-1","kind":"visit_stop","name":"X","country":"CN",{SOURCE},"order":1,"date":"2019-12-10"{extra}}}"#
                ),
                POINT,
            )
        };
        let (c, problems) = stop(r#","feature":"port-mohan","time":"09:30","duration_min":90"#);
        assert!(problems.is_empty(), "{problems:#?}");
        let v = c.visit_stop().expect("a stop");
        assert_eq!(v.feature.as_deref(), Some("port-mohan"));
        assert_eq!(v.time.as_deref(), Some("09:30"));
        assert_eq!(v.duration_min, Some(90));
        assert_eq!(v.date, Date::parse("2019-12-10"));
        let (c, problems) = stop(r#","feature":null,"time":null,"duration_min":null"#);
        assert!(problems.is_empty(), "{problems:#?}");
        assert_eq!(c.visit_stop().and_then(|v| v.time.as_deref()), None);
        let (_, problems) = stop(r#","time":"25:00","duration_min":"an hour""#);
        let messages: Vec<&str> = problems.iter().map(|p| p.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                r#"`time` "25:00" is not a time of day (HH:MM, 24 h)"#,
                r#"`duration_min` must be a whole number of minutes, found "an hour""#,
            ]
        );
    }

    #[test]
    fn corridor_layers_and_files_that_say_their_kind_get_typed_values() {
        let text = format!(
            r#"{{"type":"FeatureCollection","features":[{{"type":"Feature","properties":{{"id":"port-a","kind":"port","name":"A","country":"CN",{SOURCE},"port_kind":"road"}},"geometry":{POINT}}},{{"type":"Feature","properties":{{"id":"port-b","name":"B","port_kind":"road"}},"geometry":{POINT}}}]}}"#
        );
        let parsed = parse_geojson(text.as_bytes()).expect("parses");
        let mut atlas = crate::data::Atlas::empty();
        let port = atlas.add_layer(
            "ports".into(),
            crate::data::LayerKind::Port,
            crate::data::LayerOrigin::BuiltIn("ports.geojson"),
            parsed.clone(),
        );
        let mine = atlas.add_layer(
            "mine".into(),
            crate::data::LayerKind::Imported,
            crate::data::LayerOrigin::File("mine.geojson".into()),
            parsed,
        );
        let nth = |layer, index| {
            atlas
                .feature(crate::data::FeatureId { layer, index })
                .expect("a feature")
        };
        let first = |layer| nth(layer, 0);
        assert_eq!(
            first(port)
                .corridor()
                .and_then(|c| c.port())
                .and_then(|p| p.port_kind),
            Some(PortKind::Road)
        );
        assert_eq!(
            first(mine)
                .corridor()
                .and_then(|c| c.port())
                .and_then(|p| p.port_kind),
            Some(PortKind::Road),
            "a user's feature with a corridor `kind` is read like the built-in data"
        );
        assert!(
            nth(mine, 1).corridor().is_none(),
            "a user's feature without a `kind` keeps its bag only"
        );
        assert_eq!(nth(mine, 1).str_prop("port_kind").as_deref(), Some("road"));
    }
}
