//! The one parse of the corridor schema: a walk over a feature's properties that reads each
//! into its type (see the parent module) and pushes every problem, naming the feature's id
//! and line, with the messages `mekong-atlas check` prints.

use geo::{Coord, CoordsIter, Geometry};
use serde_json::{Map, Value};

use super::{
    COUNTRY_CODES, ContextRailway, Corridor, Date, Detail, Event, Expressway, Fact, FactValue,
    GapFill, Kind, MAIN_LINE, Mode, Names, Port, PortKind, Position, PublishedKm, REGION_LAT,
    REGION_LON, RailType, Route, SEED_FILES, Section, Service, Station, StationRole, Status,
    VisitStop, Zone, ZoneType,
};
use crate::data::itinerary::is_clock_time;
use crate::data::load::{Problem, value_kind as kind_of};
use crate::data::provenance::Citation;
use crate::data::{Feature, Lang};

/// Reads one feature as a corridor feature and checks it against the schema: every problem
/// goes to `problems`, naming the feature's id and line. `expected` is the kind the file
/// holds (`ports.geojson` → port), when its name says. The kind-specific part is read by the
/// feature's own `kind`, so a feature in the wrong file is still checked as what it says it is.
pub fn parse(f: &Feature, expected: Option<Kind>, problems: &mut Vec<Problem>) -> Corridor {
    // Parsed once here for the whole read; the feature keeps only the text.
    let props = f.properties.to_map();
    let mut r = Reader {
        f,
        props: &props,
        id: f.id(),
        problems,
    };
    let mut out = r.common(expected);
    if let Some(kind) = out.detail.as_ref().map(Detail::kind) {
        out.detail = Some(r.detail(kind));
        r.geometry(kind);
    }
    out
}

/// [`parse`] without the problems: the typed value of a feature whose file `check` has
/// already judged (the built-in data, which the tests keep clean).
pub fn read(f: &Feature, expected: Option<Kind>) -> Corridor {
    parse(f, expected, &mut Vec::new())
}

/// The facts of a `facts` value that is not a corridor feature's (a planner stop's own facts,
/// kept in its itinerary file), read as a feature's are, so the briefing shows both alike.
pub fn facts_in(v: &Value) -> Vec<Fact> {
    let Value::Array(items) = v else {
        return Vec::new();
    };
    let holder = Feature::new(None, None, crate::data::Properties::default(), 0);
    let mut problems = Vec::new();
    let props = Map::new();
    Reader {
        f: &holder,
        props: &props,
        id: None,
        problems: &mut problems,
    }
    .fact_list(items)
}

/// A seed document name or an `https://` URL with a host and no blanks.
pub fn is_valid_source(s: &str) -> bool {
    if SEED_FILES.contains(&s) {
        return true;
    }
    match s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
    {
        Some(rest) => {
            let host = rest.split('/').next().unwrap_or("");
            host.contains('.') && !s.chars().any(char::is_whitespace)
        }
        None => false,
    }
}

/// "a railway section", "an expressway": a kind in words, for messages.
pub(crate) fn with_article(kind: &str) -> String {
    let words = kind.replace('_', " ");
    let article = if words.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    format!("{article} {words}")
}

/// Lower-case kebab-case: `a-z0-9` words joined by single hyphens.
fn is_kebab(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// `"a", "b"`: allowed values as messages list them.
fn quoted_list(items: &[&str]) -> String {
    items
        .iter()
        .map(|s| format!("\"{s}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

fn geometry_type(g: &Geometry<f64>) -> &'static str {
    match g {
        Geometry::Point(_) => "Point",
        Geometry::MultiPoint(_) => "MultiPoint",
        Geometry::LineString(_) => "LineString",
        Geometry::MultiLineString(_) => "MultiLineString",
        Geometry::Polygon(_) => "Polygon",
        Geometry::MultiPolygon(_) => "MultiPolygon",
        Geometry::GeometryCollection(_) => "GeometryCollection",
        Geometry::Line(_) => "Line",
        Geometry::Rect(_) => "Rect",
        Geometry::Triangle(_) => "Triangle",
    }
}

/// The walk over one feature's properties: reads each into its type and collects every
/// problem, all naming the feature and its line.
struct Reader<'a> {
    f: &'a Feature,
    /// The feature's properties, parsed for this read.
    props: &'a Map<String, Value>,
    id: Option<&'a str>,
    problems: &'a mut Vec<Problem>,
}

impl<'a> Reader<'a> {
    fn push(&mut self, message: impl Into<String>) {
        self.problems
            .push(Problem::feature(self.f.line, self.id, message));
    }

    fn props(&self) -> &'a Map<String, Value> {
        self.props
    }

    /// A required non-empty string property.
    fn req_str(&mut self, key: &str) -> Option<&'a str> {
        match self.props().get(key) {
            None | Some(Value::Null) => {
                self.push(format!("missing required property `{key}`"));
                None
            }
            Some(Value::String(s)) if s.trim().is_empty() => {
                self.push(format!("`{key}` is empty"));
                None
            }
            Some(Value::String(s)) => Some(s),
            Some(other) => {
                self.push(format!(
                    "`{key}` must be a string, found {}",
                    kind_of(other)
                ));
                None
            }
        }
    }

    /// An optional string property.
    fn opt_str(&mut self, key: &str) -> Option<&'a str> {
        match self.props().get(key) {
            None => None,
            Some(Value::String(s)) => Some(s),
            Some(other) => {
                self.push(format!(
                    "`{key}` must be a string, found {}",
                    kind_of(other)
                ));
                None
            }
        }
    }

    /// An optional string property, owned for the typed value.
    fn opt_string(&mut self, key: &str) -> Option<String> {
        self.opt_str(key).map(str::to_owned)
    }

    /// [`Reader::opt_string`], with `null` taken as absent.
    fn opt_string_or_null(&mut self, key: &str) -> Option<String> {
        match self.props().get(key) {
            None | Some(Value::Null) => None,
            Some(_) => self.opt_string(key),
        }
    }

    /// A string the cross-file checks follow (`from`, `partner`…), as written, whatever
    /// else is wrong with it.
    fn link(&self, key: &str) -> Option<String> {
        self.props()
            .get(key)
            .and_then(Value::as_str)
            .map(str::to_owned)
    }

    /// An optional number property.
    fn opt_num(&mut self, key: &str) -> Option<f64> {
        match self.props().get(key) {
            None => None,
            Some(Value::Number(n)) => n.as_f64(),
            Some(other) => {
                self.push(format!(
                    "`{key}` must be a number, found {}",
                    kind_of(other)
                ));
                None
            }
        }
    }

    /// An optional date property.
    fn opt_date(&mut self, key: &str) -> Option<Date> {
        let d = self.opt_str(key)?;
        let date = Date::parse(d);
        if date.is_none() {
            self.push(format!(
                "`{key}` \"{d}\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"
            ));
        }
        date
    }

    /// An optional one-of-these string property.
    fn opt_code<T>(
        &mut self,
        key: &str,
        allowed: &[&str],
        from_code: fn(&str) -> Option<T>,
    ) -> Option<T> {
        let v = self.opt_str(key)?;
        match from_code(v) {
            Some(t) => Some(t),
            None => {
                self.push(format!(
                    "`{key}` is \"{v}\"; it must be one of {}",
                    quoted_list(allowed)
                ));
                None
            }
        }
    }

    fn req_code<T>(
        &mut self,
        key: &str,
        allowed: &[&str],
        from_code: fn(&str) -> Option<T>,
    ) -> Option<T> {
        if self.props().get(key).is_none() {
            self.push(format!(
                "missing required property `{key}` (one of {})",
                quoted_list(allowed)
            ));
            return None;
        }
        self.opt_code(key, allowed, from_code)
    }

    /// An optional array of strings, each (if `allowed` is given) one of `allowed`; gives
    /// the strings that are.
    fn opt_str_array(&mut self, key: &str, allowed: Option<&[&str]>) -> Vec<&'a str> {
        let mut out = Vec::new();
        match self.props().get(key) {
            None => {}
            Some(Value::Array(items)) => {
                for (i, item) in items.iter().enumerate() {
                    match (item, allowed) {
                        (Value::String(s), Some(allowed)) if !allowed.contains(&s.as_str()) => {
                            self.push(format!(
                                "`{key}` item {} is \"{s}\"; it must be one of {}",
                                i + 1,
                                quoted_list(allowed)
                            ));
                        }
                        (Value::String(s), _) => out.push(s.as_str()),
                        (other, _) => self.push(format!(
                            "`{key}` item {} must be a string, found {}",
                            i + 1,
                            kind_of(other)
                        )),
                    }
                }
            }
            Some(other) => self.push(format!(
                "`{key}` must be an array of strings, found {}",
                kind_of(other)
            )),
        }
        out
    }

    /// The common part every corridor feature has; its `detail` is a placeholder of the
    /// right kind when the kind is valid, `None` otherwise.
    fn common(&mut self, expected: Option<Kind>) -> Corridor {
        let mut out = Corridor::default();
        // id
        match self.props().get("id") {
            None | Some(Value::Null) => self.push("missing required property `id`"),
            Some(Value::String(id)) => {
                if !is_kebab(id) {
                    self.push(format!(
                        "id `{id}` must be lower-case kebab-case (letters a–z, digits, single hyphens)"
                    ));
                }
                if let Some(top) = self.f.id()
                    && top != id
                {
                    self.push(format!(
                        "the feature's top-level id `{top}` differs from `properties.id` `{id}`"
                    ));
                }
                out.id = Some(id.clone());
            }
            Some(other) => self.push(format!("`id` must be a string, found {}", kind_of(other))),
        }
        // kind
        let kind = match self.req_str("kind") {
            Some(k) => match Kind::from_code(k) {
                Some(kind) => Some(kind),
                None => {
                    let all: Vec<&str> = Kind::ALL.iter().map(|k| k.code()).collect();
                    self.push(format!(
                        "`kind` \"{k}\" is not one of {}",
                        quoted_list(&all)
                    ));
                    None
                }
            },
            None => None,
        };
        if let (Some(k), Some(want)) = (kind, expected)
            && k != want
        {
            self.push(format!(
                "`kind` is \"{}\" but this file holds \"{}\" features",
                k.code(),
                want.code()
            ));
        }
        if let (Some(k), Some(id)) = (kind, out.id.as_deref())
            && is_kebab(id)
            && !k.id_prefixes().iter().any(|p| id.starts_with(p))
        {
            let message = format!(
                "id `{id}` must start with the kind prefix {} for a {}",
                quoted_list(k.id_prefixes()),
                k.code()
            );
            self.push(message);
        }
        let mut names = Vec::new();
        if let Some(n) = self.req_str("name") {
            names.push((Lang::En, n.to_owned()));
        }
        for lang in Lang::ALL.into_iter().skip(1) {
            if let Some(n) = self.opt_str(lang.property_key())
                && !n.trim().is_empty()
            {
                names.push((lang, n.to_owned()));
            }
        }
        out.names = Names(names);
        // country
        out.countries = self.countries();
        if out.countries.iter().any(|c| c == "LA") {
            match self.props().get("name_lo") {
                Some(Value::String(s)) if !s.trim().is_empty() => {}
                Some(Value::String(_)) => {
                    self.push("`name_lo` is empty; features in Laos need their Lao name")
                }
                Some(_) => {} // wrong type already reported
                None => self.push(
                    "missing `name_lo`: features in Laos (`country` has LA) need their Lao name",
                ),
            }
        }
        // source
        out.sources = match self.props().get("source") {
            None | Some(Value::Null) => {
                self.push("missing required property `source`");
                Vec::new()
            }
            Some(v) => self.sources(v, "`source`"),
        };
        // Listed in the order the messages have always given.
        let statuses = ["planned", "under_construction", "open", "not_built"];
        out.status = self.opt_code("status", &statuses, Status::from_code);
        out.opened = self.opt_date("opened");
        out.history = self.history();
        out.facts = self.facts();
        match self.props().get("approximate") {
            None | Some(Value::Bool(false)) => {}
            Some(Value::Bool(true)) => {
                out.approximate = true;
                if self.opt_str("note").is_none_or(|n| n.trim().is_empty()) {
                    self.push(
                        "`approximate` is true but there is no `note` saying how the geometry is approximate",
                    );
                }
            }
            Some(other) => self.push(format!(
                "`approximate` must be true or false, found {}",
                kind_of(other)
            )),
        }
        out.note = self.opt_string("note");
        if let Some(v) = self.props().get("geometry_source") {
            out.geometry_sources = self.sources(v, "`geometry_source`");
        }
        out.geometry_as_of = self.opt_date("geometry_as_of");
        out.attribution = self.opt_string("attribution");
        out.detail = kind.map(placeholder);
        out
    }

    /// A nested `{coordinates: [lon, lat], source, …}` position (a border point, a station's
    /// other sourced position): a position inside the region, and a valid source.
    fn position(&mut self, key: &str) -> Option<Position> {
        let v = self.props().get(key)?;
        let Value::Object(o) = v else {
            self.push(format!(
                "`{key}` must be an object {{coordinates, source}}, found {}",
                kind_of(v)
            ));
            return None;
        };
        let lon_lat = match o.get("coordinates") {
            Some(Value::Array(c)) if c.len() == 2 => c
                .first()
                .and_then(Value::as_f64)
                .zip(c.get(1).and_then(Value::as_f64)),
            _ => None,
        };
        match lon_lat {
            Some((x, y)) if REGION_LON.contains(&x) && REGION_LAT.contains(&y) => {}
            Some((x, y)) => self.push(format!(
                "`{key}` position [{x}, {y}] is outside the corridor region"
            )),
            None => self.push(format!("`{key}.coordinates` must be [longitude, latitude]")),
        }
        let sources = match o.get("source") {
            Some(src) => self.sources(src, &format!("`{key}.source`")),
            None => {
                self.push(format!("`{key}` has no `source`"));
                Vec::new()
            }
        };
        let (x, y) = lon_lat?;
        Some(Position {
            at: Coord { x, y },
            sources,
            as_of: o.get("as_of").and_then(Value::as_str).and_then(Date::parse),
            note: o.get("note").and_then(Value::as_str).map(str::to_owned),
        })
    }

    fn countries(&mut self) -> Vec<String> {
        let mut out = Vec::new();
        let codes: Vec<&Value> = match self.props().get("country") {
            None | Some(Value::Null) => {
                self.push("missing required property `country`");
                return out;
            }
            Some(Value::Array(items)) if items.is_empty() => {
                self.push("`country` is an empty array");
                return out;
            }
            Some(Value::Array(items)) => items.iter().collect(),
            Some(v) => vec![v],
        };
        for v in codes {
            match v {
                Value::String(c) if COUNTRY_CODES.contains(&c.as_str()) => out.push(c.clone()),
                Value::String(c) => self.push(format!(
                    "`country` \"{c}\" is not one of the corridor's ISO codes {}",
                    quoted_list(&COUNTRY_CODES)
                )),
                other => self.push(format!(
                    "`country` must be a code string or an array of them, found {}",
                    kind_of(other)
                )),
            }
        }
        out
    }

    /// A `source` value: a seed file name or an https URL, or a non-empty array of them.
    /// Gives every string named, valid or not (the problems say which are not).
    fn sources(&mut self, v: &Value, what: &str) -> Vec<Citation> {
        let items: Vec<&Value> = match v {
            Value::Array(items) if items.is_empty() => {
                self.push(format!("{what} is an empty array"));
                return Vec::new();
            }
            Value::Array(items) => items.iter().collect(),
            v => vec![v],
        };
        let mut out = Vec::new();
        for item in items {
            match item {
                Value::String(s) => {
                    if !is_valid_source(s) {
                        self.push(format!(
                            "{what} \"{s}\" is neither a seed document ({}) nor an https:// URL",
                            SEED_FILES.join(", ")
                        ));
                    }
                    out.push(Citation::new(s));
                }
                other => self.push(format!(
                    "{what} must be a string or an array of strings, found {}",
                    kind_of(other)
                )),
            }
        }
        out
    }

    fn history(&mut self) -> Vec<Event> {
        let mut out = Vec::new();
        let items = match self.props().get("history") {
            None => return out,
            Some(Value::Array(items)) => items,
            Some(other) => {
                self.push(format!(
                    "`history` must be an array of {{date, event, source}}, found {}",
                    kind_of(other)
                ));
                return out;
            }
        };
        for (i, item) in items.iter().enumerate() {
            let at = format!("`history` entry {}", i + 1);
            let Value::Object(entry) = item else {
                self.push(format!("{at} must be an object {{date, event, source}}"));
                continue;
            };
            let date = match entry.get("date") {
                Some(Value::String(d)) => {
                    let date = Date::parse(d);
                    if date.is_none() {
                        self.push(format!(
                            "{at}: date \"{d}\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"
                        ));
                    }
                    date
                }
                _ => {
                    self.push(format!("{at} has no `date` string"));
                    None
                }
            };
            let event = match entry.get("event") {
                Some(Value::String(e)) if !e.trim().is_empty() => Some(e.clone()),
                _ => {
                    self.push(format!("{at} has no `event` text"));
                    None
                }
            };
            let sources = match entry.get("source") {
                None | Some(Value::Null) => {
                    self.push(format!("{at} has no `source`"));
                    Vec::new()
                }
                Some(src) => self.sources(src, &format!("{at}: `source`")),
            };
            if let Some(event) = event {
                out.push(Event {
                    date,
                    event,
                    sources,
                });
            }
        }
        out
    }

    fn facts(&mut self) -> Vec<Fact> {
        match self.props().get("facts") {
            None => Vec::new(),
            Some(Value::Array(items)) => self.fact_list(items),
            Some(other) => {
                self.push(format!(
                    "`facts` must be an array of facts, found {}",
                    kind_of(other)
                ));
                Vec::new()
            }
        }
    }

    fn fact_list(&mut self, items: &[Value]) -> Vec<Fact> {
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let Value::Object(fact) = item else {
                self.push(format!(
                    "fact {} must be an object {{label, value, unit, as_of, source}}",
                    i + 1
                ));
                continue;
            };
            let (label, name) = match fact.get("label") {
                Some(Value::String(l)) if !l.trim().is_empty() => {
                    (Some(l.clone()), format!("fact \"{l}\""))
                }
                _ => {
                    self.push(format!("fact {} has no `label` text", i + 1));
                    (None, format!("fact {}", i + 1))
                }
            };
            let value = match fact.get("value") {
                Some(Value::Number(n)) => n.as_f64().map(FactValue::Number),
                Some(Value::String(s)) if !s.trim().is_empty() => Some(FactValue::Text(s.clone())),
                Some(other) => {
                    self.push(format!(
                        "{name}: `value` must be a number or a string, found {}",
                        kind_of(other)
                    ));
                    None
                }
                None => {
                    self.push(format!("{name} has no `value`"));
                    None
                }
            };
            let unit = match fact.get("unit") {
                None => None,
                Some(Value::String(u)) => Some(u.clone()),
                Some(other) => {
                    self.push(format!(
                        "{name}: `unit` must be a string, found {}",
                        kind_of(other)
                    ));
                    None
                }
            };
            let as_of = match fact.get("as_of") {
                Some(Value::String(d)) => {
                    let date = Date::parse(d);
                    if date.is_none() {
                        self.push(format!(
                            "{name}: `as_of` \"{d}\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"
                        ));
                    }
                    date
                }
                _ => {
                    self.push(format!(
                        "{name} has no `as_of` date (the date the figure refers to)"
                    ));
                    None
                }
            };
            let sources = match fact.get("source") {
                None | Some(Value::Null) => {
                    self.push(format!("{name} has no `source`"));
                    Vec::new()
                }
                Some(src) => self.sources(src, &format!("{name}: `source`")),
            };
            if let (Some(label), Some(value)) = (label, value) {
                out.push(Fact {
                    label,
                    value,
                    unit,
                    as_of,
                    sources,
                });
            }
        }
        out
    }

    /// A length property that the schema wants repeated as a fact, with its source.
    fn check_length_fact(&mut self, key: &str, value: f64) {
        let in_facts = self
            .props()
            .get("facts")
            .and_then(Value::as_array)
            .is_some_and(|facts| {
                facts
                    .iter()
                    .filter_map(|f| f.get("value").and_then(Value::as_f64))
                    .any(|v| (v - value).abs() < 1e-9)
            });
        if !in_facts {
            self.push(format!(
                "`{key}` {value} is not among the feature's facts; give it as a fact with its unit, date and source"
            ));
        }
    }

    /// `straight_gap_fills`: segments of the section's line that join two track ends straight
    /// where the source has no track; each names a segment that exists.
    fn gap_fills(&mut self) -> Vec<GapFill> {
        let mut out = Vec::new();
        let Some(v) = self.props().get("straight_gap_fills") else {
            return out;
        };
        let segments = match &self.f.geometry {
            Some(Geometry::LineString(ls)) => ls.0.len().saturating_sub(1),
            _ => 0,
        };
        let Value::Array(items) = v else {
            self.push(format!(
                "`straight_gap_fills` must be an array of {{segment, length_km}}, found {}",
                kind_of(v)
            ));
            return out;
        };
        let mut bad = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let seg = item.get("segment").and_then(Value::as_u64);
            let len = item.get("length_km").and_then(Value::as_f64);
            match (seg, len) {
                (Some(s), Some(l)) if (s as usize) < segments && l > 0.0 => {}
                _ => bad.push(i + 1),
            }
            if let (Some(segment), Some(length_km)) =
                (seg.and_then(|s| usize::try_from(s).ok()), len)
            {
                out.push(GapFill { segment, length_km });
            }
        }
        for i in bad {
            self.push(format!(
                "`straight_gap_fills` item {i} needs a `segment` (index of a segment of the line) and a positive `length_km`"
            ));
        }
        out
    }

    /// `km_published`: `{value, from, source, as_of}`, a published distance from another
    /// station, shown beside the km measured along the drawn line.
    fn published_km(&mut self) -> Option<PublishedKm> {
        let v = self.props().get("km_published")?;
        let Value::Object(o) = v else {
            self.push(format!(
                "`km_published` must be an object {{value, from, source, as_of}}, found {}",
                kind_of(v)
            ));
            return None;
        };
        let value = o.get("value").and_then(Value::as_f64);
        if !value.is_some_and(|x| x >= 0.0) {
            self.push("`km_published.value` must be a number of km, 0 or more");
        }
        let from = o.get("from").and_then(Value::as_str);
        if !from.is_some_and(is_kebab) {
            self.push("`km_published.from` must be the id of the station the km is counted from");
        }
        let as_of = o.get("as_of").and_then(Value::as_str).and_then(Date::parse);
        if as_of.is_none() {
            self.push("`km_published.as_of` must be a date (YYYY-MM-DD, YYYY-MM or YYYY)");
        }
        let sources = match o.get("source") {
            Some(src) => self.sources(src, "`km_published.source`"),
            None => {
                self.push("`km_published` has no `source`");
                Vec::new()
            }
        };
        Some(PublishedKm {
            value: value?,
            from: from?.to_owned(),
            sources,
            as_of,
        })
    }

    fn detail(&mut self, kind: Kind) -> Detail {
        match kind {
            Kind::RailwaySection => Detail::RailwaySection(self.section()),
            Kind::Station => Detail::Station(self.station()),
            Kind::Expressway => {
                let route_number = self.opt_string("route_number");
                let from = self.req_str("from").unwrap_or_default().to_owned();
                let to = self.req_str("to").unwrap_or_default().to_owned();
                let length_km = self.opt_num("length_km");
                if let Some(v) = length_km {
                    self.check_length_fact("length_km", v);
                }
                Detail::Expressway(Expressway {
                    route_number,
                    from,
                    to,
                    length_km,
                })
            }
            Kind::Port => {
                let kinds = PortKind::codes();
                let port_kind = self.req_code("port_kind", &kinds, PortKind::from_code);
                let partner = self.opt_string("partner");
                if let Some(p) = &partner
                    && !is_kebab(p)
                {
                    self.push(format!("`partner` `{p}` is not a feature id"));
                }
                let border = self.opt_string("border");
                if let Some(b) = &border {
                    let ok = b.split_once('-').is_some_and(|(a, c)| {
                        a != c && COUNTRY_CODES.contains(&a) && COUNTRY_CODES.contains(&c)
                    });
                    if !ok {
                        self.push(format!(
                            "`border` \"{b}\" must name two different corridor countries, e.g. \"CN-LA\""
                        ));
                    }
                }
                Detail::Port(Port {
                    port_kind,
                    partner,
                    border,
                })
            }
            Kind::Zone => {
                let types = ZoneType::codes();
                let zone_type = self.req_code("zone_type", &types, ZoneType::from_code);
                let established = self.opt_date("established");
                let manager = self.opt_string("manager");
                let industries = owned(self.opt_str_array("industries", None));
                Detail::Zone(Zone {
                    zone_type,
                    established,
                    manager,
                    industries,
                })
            }
            Kind::Route => {
                let modes = Mode::codes();
                let mode = self.req_code("mode", &modes, Mode::from_code);
                let from = self.req_str("from").unwrap_or_default().to_owned();
                let to = self.req_str("to").unwrap_or_default().to_owned();
                let via = owned(self.opt_str_array("via", None));
                let commodities = owned(self.opt_str_array("commodities", None));
                Detail::Route(Route {
                    mode,
                    from,
                    to,
                    via,
                    commodities,
                })
            }
            Kind::ContextRailway => {
                let types = RailType::codes();
                Detail::ContextRailway(ContextRailway {
                    rail_type: self.opt_code("rail_type", &types, RailType::from_code),
                })
            }
            Kind::VisitStop => Detail::VisitStop(self.visit_stop()),
        }
    }

    fn section(&mut self) -> Section {
        let line = self.req_str("line").unwrap_or_default().to_owned();
        self.req_str("from");
        self.req_str("to");
        let explained = self.f.str_prop("note").is_some();
        let length_km = match self.props().get("length_km") {
            None if explained => None,
            None => {
                self.push(
                    "missing `length_km`; required unless a `note` says no source gives the section's length",
                );
                None
            }
            Some(Value::Number(n)) => {
                let v = n.as_f64().unwrap_or(0.0);
                if v <= 0.0 {
                    self.push(format!("`length_km` must be positive, found {v}"));
                }
                self.check_length_fact("length_km", v);
                Some(v)
            }
            Some(other) => {
                self.push(format!(
                    "`length_km` must be a number, found {}",
                    kind_of(other)
                ));
                None
            }
        };
        let design_speed_kmh = self.opt_num("design_speed_kmh");
        let gauge_mm = self.opt_num("gauge_mm");
        let drawn_km = self.opt_num("drawn_km");
        let border_point = self.position("border_point");
        let gap_fills = self.gap_fills();
        Section {
            line,
            from: self.link("from"),
            to: self.link("to"),
            length_km,
            drawn_km,
            design_speed_kmh,
            gauge_mm,
            gap_fills,
            border_point,
        }
    }

    fn station(&mut self) -> Station {
        let line = self.req_str("line").unwrap_or_default().to_owned();
        let section = self.opt_string("section");
        let not_built = self.props().get("status").and_then(Value::as_str) == Some("not_built");
        let on_main_line = self.props().get("line").and_then(Value::as_str) == Some(MAIN_LINE);
        let explained = self.f.str_prop("note").is_some();
        let km = match self.props().get("km") {
            None if not_built || !on_main_line || explained => None,
            None => {
                self.push(
                    "missing `km` (chainage from Kunming South); required on china-laos-railway \
                     stations unless not_built, or a `note` says it could not be sourced",
                );
                None
            }
            Some(Value::Number(n)) => {
                if n.as_f64().is_some_and(|v| v < 0.0) {
                    self.push("`km` (chainage from Kunming South) cannot be negative");
                }
                n.as_f64()
            }
            Some(other) => {
                self.push(format!("`km` must be a number, found {}", kind_of(other)));
                None
            }
        };
        let plan_name_2019 = self.opt_string("plan_name_2019");
        let services = self
            .opt_str_array("services", Some(&Service::codes()))
            .into_iter()
            .filter_map(Service::from_code)
            .collect();
        let roles = StationRole::codes();
        let role = self.opt_code("station_role", &roles, StationRole::from_code);
        let other_position = self.position("other_position");
        let km_published = self.published_km();
        Station {
            line,
            section,
            km,
            km_published,
            role,
            other_position,
            plan_name_2019,
            services,
        }
    }

    fn visit_stop(&mut self) -> VisitStop {
        let order = match self.props().get("order") {
            None => {
                self.push("missing required property `order`");
                None
            }
            Some(Value::Number(n)) if n.as_u64().is_some_and(|o| o >= 1) => n.as_u64(),
            Some(other) => {
                self.push(format!(
                    "`order` must be a whole number from 1, found {other}"
                ));
                other.as_u64()
            }
        };
        let date = match self.req_str("date") {
            Some(d) => {
                let date = Date::parse(d);
                if date.is_none() {
                    self.push(format!(
                        "`date` \"{d}\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"
                    ));
                }
                date
            }
            None => None,
        };
        let visited = self.opt_string("visited");
        // The itinerary extras (`geodata/README.md`, "itineraries"); `null` is "none" (a
        // stop picked on the map, a time not planned yet), as the planner reads them.
        let feature = self.opt_string_or_null("feature");
        let time = self.opt_string_or_null("time");
        if let Some(t) = &time
            && !is_clock_time(t)
        {
            self.push(format!("`time` \"{t}\" is not a time of day (HH:MM, 24 h)"));
        }
        let duration_min = match self.props().get("duration_min") {
            None | Some(Value::Null) => None,
            Some(v) => {
                let minutes = v.as_u64().and_then(|d| u32::try_from(d).ok());
                if minutes.is_none() {
                    self.push(format!(
                        "`duration_min` must be a whole number of minutes, found {v}"
                    ));
                }
                minutes
            }
        };
        VisitStop {
            order,
            date,
            visited,
            feature,
            time,
            duration_min,
        }
    }

    fn geometry(&mut self, kind: Kind) {
        let allowed = kind.geometries();
        let not_built = self.props().get("status").and_then(Value::as_str) == Some("not_built");
        let explained = self.f.str_prop("note").is_some();
        let station = kind == Kind::Station;
        let Some(g) = &self.f.geometry else {
            if !(explained || station && not_built) {
                self.push(format!(
                    "the geometry is null; {} needs a {}, or a `note` saying its position could \
                     not be sourced",
                    kind.with_article(),
                    allowed.join(" or ")
                ));
            }
            return;
        };
        if station && not_built {
            self.push(
                "a not_built station must have a null geometry: no position is drawn for a station that was never built",
            );
        }
        let type_name = geometry_type(g);
        if !allowed.contains(&type_name) {
            self.push(format!(
                "the geometry is a {type_name}; {} must be a {}",
                kind.with_article(),
                allowed.join(" or ")
            ));
        }
        if let Some(c) = g
            .coords_iter()
            .find(|c| !(REGION_LON.contains(&c.x) && REGION_LAT.contains(&c.y)))
        {
            self.push(format!(
                "position [{}, {}] is outside the corridor region (longitude 88° to 123° E, \
                 latitude 1.5° S to 34° N); are longitude and latitude swapped?",
                c.x, c.y
            ));
        }
    }
}

/// An empty per-kind part, filled in once the common part has been read.
fn placeholder(kind: Kind) -> Detail {
    match kind {
        Kind::RailwaySection => Detail::RailwaySection(Section::default()),
        Kind::ContextRailway => Detail::ContextRailway(ContextRailway::default()),
        Kind::Station => Detail::Station(Station::default()),
        Kind::Expressway => Detail::Expressway(Expressway::default()),
        Kind::Port => Detail::Port(Port::default()),
        Kind::Zone => Detail::Zone(Zone::default()),
        Kind::Route => Detail::Route(Route::default()),
        Kind::VisitStop => Detail::VisitStop(VisitStop::default()),
    }
}

fn owned(items: Vec<&str>) -> Vec<String> {
    items.into_iter().map(str::to_owned).collect()
}
