//! The corridor schema (`geodata/README.md`) as code, so that every fact the atlas shows can be
//! trusted to carry a source and a date, and every link (partner ports, section ends) to lead
//! somewhere.
//!
//! Checks collect every problem, each with the feature's id and line, rather than stopping at
//! the first: a data author fixes a whole file in one round.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::atomic::AtomicBool;

use geo::{CoordsIter, Geometry};
use serde_json::{Map, Value};

use super::Feature;
use super::embedded::kind_for_file_name;
use super::load::{Problem, TopLevel, parse_detailed};

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

/// The `kind` values of the schema.
const KINDS: [&str; 8] = [
    "railway_section",
    "context_railway",
    "station",
    "expressway",
    "port",
    "zone",
    "route",
    "visit_stop",
];

/// Id prefixes accepted for each kind (`station-boten`, `port-mohan`…).
fn id_prefixes(kind: &str) -> &'static [&'static str] {
    match kind {
        "railway_section" => &["railway-", "rail-", "section-"],
        "context_railway" => &["context-rail-"],
        "station" => &["station-"],
        "expressway" => &["expressway-"],
        "port" => &["port-"],
        "zone" => &["zone-"],
        "route" => &["route-"],
        "visit_stop" => &["visit-", "stop-"],
        _ => &[],
    }
}

/// Checks one file against the corridor schema: that it is GeoJSON, every feature's properties
/// and geometry, ids unique within the file, and links between features of the file (partner
/// ports). Returns every problem found, in file order. `file_name` decides which `kind` the
/// features must have (`ports.geojson` → `port`); for other names the kind is only required to
/// be the same throughout the file.
pub fn check_file(file_name: &str, bytes: &[u8]) -> Vec<Problem> {
    check_set(&[(file_name, bytes)])
        .into_iter()
        .map(|(_, p)| p)
        .collect()
}

/// Checks several files as one data set: each file as [`check_file`] does, plus ids unique
/// across files, and links across files (railway section ends are stations, a station's
/// section exists, each port's partner exists and names it back). Links to a kind are checked
/// only when some file given holds features of that kind, so checking `railway.geojson` alone
/// does not report every station as missing. Problems are grouped by file, in the order given,
/// then by line.
pub fn check_files(files: &[(String, Vec<u8>)]) -> Vec<(String, Problem)> {
    let borrowed: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    check_set(&borrowed)
        .into_iter()
        .filter_map(|(i, p)| Some((files.get(i)?.0.clone(), p)))
        .collect()
}

/// What cross-feature checks need to know about a feature.
#[derive(Debug, Clone)]
struct Seen {
    file: usize,
    line: usize,
    id: String,
    kind: String,
    partner: Option<String>,
    from: Option<String>,
    to: Option<String>,
    section: Option<String>,
}

fn check_set(files: &[(&str, &[u8])]) -> Vec<(usize, Problem)> {
    let mut per_file: Vec<Vec<Problem>> = Vec::with_capacity(files.len());
    let mut seen: Vec<Seen> = Vec::new();
    for (i, (name, bytes)) in files.iter().enumerate() {
        let mut problems = Vec::new();
        check_one(i, name, bytes, &mut problems, &mut seen);
        per_file.push(problems);
    }
    cross_checks(files, &seen, &mut per_file);
    let mut out = Vec::new();
    for (i, mut problems) in per_file.into_iter().enumerate() {
        problems.sort_by_key(|p| p.line.unwrap_or(0));
        out.extend(problems.into_iter().map(|p| (i, p)));
    }
    out
}

fn check_one(
    file: usize,
    file_name: &str,
    bytes: &[u8],
    problems: &mut Vec<Problem>,
    seen: &mut Vec<Seen>,
) {
    let parsed = match parse_detailed(bytes, &AtomicBool::new(false), &|_| {}) {
        Ok(p) => p,
        Err(e) => {
            problems.push(Problem::at(e.line().or(Some(1)), e.to_string()));
            return;
        }
    };
    let (collection, top) = parsed;
    if top != TopLevel::FeatureCollection {
        problems.push(Problem::at(
            Some(1),
            "a corridor file must be a FeatureCollection, not a single Feature or geometry",
        ));
    }
    problems.extend(collection.problems);

    let base = Path::new(file_name)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or(file_name);
    let expected = kind_for_file_name(base).and_then(|k| k.schema_kind());
    let mut first_kind: Option<(String, usize)> = None;
    let mut ids_here: HashMap<String, usize> = HashMap::new();
    let mut orders: HashMap<u64, (usize, String)> = HashMap::new();
    for f in &collection.features {
        let mut c = FeatureCheck {
            f,
            id: f.id.as_deref(),
            problems,
        };
        let kind = c.check_common(expected);
        if let (None, Some(k)) = (expected, kind) {
            match &first_kind {
                None => first_kind = Some((k.to_string(), f.line)),
                Some((first, line)) if first != k => c.push(format!(
                    "`kind` is \"{k}\" but the feature at line {line} is \"{first}\"; \
                     one corridor file holds one kind"
                )),
                Some(_) => {}
            }
        }
        if let Some(k) = kind {
            c.check_kind_specific(k);
            c.check_geometry(k);
        }
        if let Some(Value::String(id)) = f.properties.get("id") {
            if let Some(first) = ids_here.get(id) {
                c.push(format!(
                    "id `{id}` is already used by the feature at line {first}; ids must be unique"
                ));
            } else {
                ids_here.insert(id.clone(), f.line);
                if let Some(k) = kind {
                    let s = |key: &str| f.str_prop(key).map(str::to_string);
                    seen.push(Seen {
                        file,
                        line: f.line,
                        id: id.clone(),
                        kind: k.to_string(),
                        partner: s("partner"),
                        from: s("from"),
                        to: s("to"),
                        section: s("section"),
                    });
                }
            }
        }
        if kind == Some("visit_stop")
            && let Some(order) = f.properties.get("order").and_then(Value::as_u64)
        {
            if let Some((line, other)) = orders.get(&order) {
                c.push(format!(
                    "`order` {order} is also the order of `{other}` at line {line}; \
                     each stop needs its own place in the itinerary"
                ));
            } else {
                orders.insert(order, (f.line, c.id.unwrap_or("?").to_string()));
            }
        }
    }
}

fn cross_checks(files: &[(&str, &[u8])], seen: &[Seen], per_file: &mut [Vec<Problem>]) {
    let mut by_id: HashMap<&str, &Seen> = HashMap::new();
    for s in seen {
        match by_id.get(s.id.as_str()) {
            Some(first) if first.file != s.file => {
                let first_name = files.get(first.file).map_or("?", |f| f.0);
                push_at(
                    per_file,
                    s,
                    format!(
                        "id `{}` is also used in {first_name} at line {}; ids must be unique \
                         across all corridor files",
                        s.id, first.line
                    ),
                );
            }
            Some(_) => {}
            None => {
                by_id.insert(&s.id, s);
            }
        }
    }
    let kinds_present: BTreeMap<&str, bool> = KINDS
        .iter()
        .map(|k| (*k, seen.iter().any(|s| s.kind == *k)))
        .collect();
    let present = |k: &str| kinds_present.get(k).copied().unwrap_or(false);
    let mut msgs: Vec<(&Seen, String)> = Vec::new();
    let link = |target: &str, want: &str, what: &str| -> Option<String> {
        match by_id.get(target) {
            None => Some(format!(
                "{what} `{target}` is not the id of any {} in the files checked",
                want.replace('_', " ")
            )),
            Some(t) if t.kind != want => Some(format!(
                "{what} `{target}` is a {}, not a {}",
                t.kind.replace('_', " "),
                want.replace('_', " ")
            )),
            Some(_) => None,
        }
    };
    for s in seen {
        match s.kind.as_str() {
            "railway_section" if present("station") => {
                for (what, target) in [("`from`", &s.from), ("`to`", &s.to)] {
                    if let Some(t) = target
                        && let Some(m) = link(t, "station", what)
                    {
                        msgs.push((s, m));
                    }
                }
            }
            "station" if present("railway_section") => {
                if let Some(t) = &s.section
                    && let Some(m) = link(t, "railway_section", "`section`")
                {
                    msgs.push((s, m));
                }
            }
            "port" => {
                if let Some(t) = &s.partner {
                    if let Some(m) = link(t, "port", "`partner`") {
                        msgs.push((s, m));
                    } else if let Some(p) = by_id.get(t.as_str()) {
                        if p.partner.as_deref() != Some(s.id.as_str()) {
                            msgs.push((
                                s,
                                format!(
                                    "partner `{t}` does not name this port back (its `partner` is {}); \
                                     each side of a border crossing names the other",
                                    p.partner
                                        .as_deref()
                                        .map_or("missing".to_string(), |x| format!("`{x}`"))
                                ),
                            ));
                        }
                        if t == &s.id {
                            msgs.push((s, "a port cannot be its own partner".into()));
                        }
                    }
                }
            }
            _ => {}
        }
    }
    for (s, m) in msgs {
        push_at(per_file, s, m);
    }
}

fn push_at(per_file: &mut [Vec<Problem>], s: &Seen, message: String) {
    if let Some(list) = per_file.get_mut(s.file) {
        list.push(Problem::feature(s.line, Some(&s.id), message));
    }
}

/// Checks of one feature, collecting problems that all name the feature and its line.
struct FeatureCheck<'a> {
    f: &'a Feature,
    id: Option<&'a str>,
    problems: &'a mut Vec<Problem>,
}

impl<'a> FeatureCheck<'a> {
    fn push(&mut self, message: impl Into<String>) {
        self.problems
            .push(Problem::feature(self.f.line, self.id, message));
    }

    fn props(&self) -> &'a Map<String, Value> {
        &self.f.properties
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
    fn opt_date(&mut self, key: &str) {
        if let Some(d) = self.opt_str(key)
            && !is_valid_date(d)
        {
            self.push(format!(
                "`{key}` \"{d}\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"
            ));
        }
    }

    /// An optional one-of-these string property.
    fn opt_enum(&mut self, key: &str, allowed: &[&str]) -> Option<&'a str> {
        let v = self.opt_str(key)?;
        if allowed.contains(&v) {
            Some(v)
        } else {
            self.push(format!(
                "`{key}` is \"{v}\"; it must be one of {}",
                quoted_list(allowed)
            ));
            None
        }
    }

    fn req_enum(&mut self, key: &str, allowed: &[&str]) -> Option<&'a str> {
        if self.props().get(key).is_none() {
            self.push(format!(
                "missing required property `{key}` (one of {})",
                quoted_list(allowed)
            ));
            return None;
        }
        self.opt_enum(key, allowed)
    }

    /// An optional array of strings, each (if `allowed` is given) one of `allowed`.
    fn opt_str_array(&mut self, key: &str, allowed: Option<&[&str]>) {
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
                        (Value::String(_), _) => {}
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
    }

    /// Checks what every corridor feature must have; returns its `kind` when valid.
    fn check_common(&mut self, expected: Option<&'static str>) -> Option<&'a str> {
        // id
        match self.props().get("id") {
            None | Some(Value::Null) => self.push("missing required property `id`"),
            Some(Value::String(id)) => {
                if !is_kebab(id) {
                    self.push(format!(
                        "id `{id}` must be lower-case kebab-case (letters a–z, digits, single hyphens)"
                    ));
                }
                if let Some(top) = self.f.id.as_deref()
                    && top != id
                {
                    self.push(format!(
                        "the feature's top-level id `{top}` differs from `properties.id` `{id}`"
                    ));
                }
            }
            Some(other) => self.push(format!("`id` must be a string, found {}", kind_of(other))),
        }
        // kind
        let kind = match self.req_str("kind") {
            Some(k) if KINDS.contains(&k) => Some(k),
            Some(k) => {
                self.push(format!(
                    "`kind` \"{k}\" is not one of {}",
                    quoted_list(&KINDS)
                ));
                None
            }
            None => None,
        };
        if let (Some(k), Some(want)) = (kind, expected)
            && k != want
        {
            self.push(format!(
                "`kind` is \"{k}\" but this file holds \"{want}\" features"
            ));
        }
        if let (Some(k), Some(Value::String(id))) = (kind, self.props().get("id"))
            && is_kebab(id)
            && !id_prefixes(k).iter().any(|p| id.starts_with(p))
        {
            self.push(format!(
                "id `{id}` must start with the kind prefix {} for a {k}",
                quoted_list(id_prefixes(k))
            ));
        }
        self.req_str("name");
        for lang in ["name_zh", "name_lo", "name_th", "name_vi", "name_my"] {
            self.opt_str(lang);
        }
        // country
        let countries = self.check_countries();
        if countries.iter().any(|c| c == "LA") {
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
        match self.props().get("source") {
            None | Some(Value::Null) => self.push("missing required property `source`"),
            Some(v) => {
                let v = v.clone();
                self.check_source(&v, "`source`");
            }
        }
        self.opt_enum(
            "status",
            &["planned", "under_construction", "open", "not_built"],
        );
        self.opt_date("opened");
        self.check_history();
        self.check_facts();
        match self.props().get("approximate") {
            None | Some(Value::Bool(false)) => {}
            Some(Value::Bool(true)) => {
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
        self.opt_str("note");
        if let Some(v) = self.props().get("geometry_source").cloned() {
            self.check_source(&v, "`geometry_source`");
        }
        self.opt_date("geometry_as_of");
        self.opt_str("attribution");
        kind
    }

    /// A nested `{coordinates: [lon, lat], source, …}` position (a border point, a station's
    /// other sourced position): a position inside the region, and a valid source.
    fn check_position_object(&mut self, key: &str) {
        let Some(v) = self.props().get(key).cloned() else {
            return;
        };
        let Value::Object(o) = &v else {
            self.push(format!(
                "`{key}` must be an object {{coordinates, source}}, found {}",
                kind_of(&v)
            ));
            return;
        };
        let lon_lat = match o.get("coordinates") {
            Some(Value::Array(c)) if c.len() == 2 => c[0].as_f64().zip(c[1].as_f64()),
            _ => None,
        };
        match lon_lat {
            Some((x, y)) if REGION_LON.contains(&x) && REGION_LAT.contains(&y) => {}
            Some((x, y)) => self.push(format!(
                "`{key}` position [{x}, {y}] is outside the corridor region"
            )),
            None => self.push(format!("`{key}.coordinates` must be [longitude, latitude]")),
        }
        match o.get("source") {
            Some(src) => self.check_source(src, &format!("`{key}.source`")),
            None => self.push(format!("`{key}` has no `source`")),
        }
    }

    fn check_countries(&mut self) -> Vec<String> {
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
    fn check_source(&mut self, v: &Value, what: &str) {
        let items: Vec<&Value> = match v {
            Value::Array(items) if items.is_empty() => {
                self.push(format!("{what} is an empty array"));
                return;
            }
            Value::Array(items) => items.iter().collect(),
            v => vec![v],
        };
        for item in items {
            match item {
                Value::String(s) if is_valid_source(s) => {}
                Value::String(s) => self.push(format!(
                    "{what} \"{s}\" is neither a seed document ({}) nor an https:// URL",
                    SEED_FILES.join(", ")
                )),
                other => self.push(format!(
                    "{what} must be a string or an array of strings, found {}",
                    kind_of(other)
                )),
            }
        }
    }

    fn check_history(&mut self) {
        let items = match self.props().get("history") {
            None => return,
            Some(Value::Array(items)) => items,
            Some(other) => {
                self.push(format!(
                    "`history` must be an array of {{date, event, source}}, found {}",
                    kind_of(other)
                ));
                return;
            }
        };
        for (i, item) in items.iter().enumerate() {
            let at = format!("`history` entry {}", i + 1);
            let Value::Object(entry) = item else {
                self.push(format!("{at} must be an object {{date, event, source}}"));
                continue;
            };
            match entry.get("date") {
                Some(Value::String(d)) if is_valid_date(d) => {}
                Some(Value::String(d)) => self.push(format!(
                    "{at}: date \"{d}\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"
                )),
                _ => self.push(format!("{at} has no `date` string")),
            }
            match entry.get("event") {
                Some(Value::String(e)) if !e.trim().is_empty() => {}
                _ => self.push(format!("{at} has no `event` text")),
            }
            match entry.get("source") {
                None | Some(Value::Null) => self.push(format!("{at} has no `source`")),
                Some(src) => self.check_source(src, &format!("{at}: `source`")),
            }
        }
    }

    fn check_facts(&mut self) {
        let items = match self.props().get("facts") {
            None => return,
            Some(Value::Array(items)) => items,
            Some(other) => {
                self.push(format!(
                    "`facts` must be an array of facts, found {}",
                    kind_of(other)
                ));
                return;
            }
        };
        for (i, item) in items.iter().enumerate() {
            let Value::Object(fact) = item else {
                self.push(format!(
                    "fact {} must be an object {{label, value, unit, as_of, source}}",
                    i + 1
                ));
                continue;
            };
            let label = match fact.get("label") {
                Some(Value::String(l)) if !l.trim().is_empty() => format!("fact \"{l}\""),
                _ => {
                    self.push(format!("fact {} has no `label` text", i + 1));
                    format!("fact {}", i + 1)
                }
            };
            match fact.get("value") {
                Some(Value::Number(_)) => {}
                Some(Value::String(s)) if !s.trim().is_empty() => {}
                Some(other) => self.push(format!(
                    "{label}: `value` must be a number or a string, found {}",
                    kind_of(other)
                )),
                None => self.push(format!("{label} has no `value`")),
            }
            match fact.get("unit") {
                None | Some(Value::String(_)) => {}
                Some(other) => self.push(format!(
                    "{label}: `unit` must be a string, found {}",
                    kind_of(other)
                )),
            }
            match fact.get("as_of") {
                Some(Value::String(d)) if is_valid_date(d) => {}
                Some(Value::String(d)) => self.push(format!(
                    "{label}: `as_of` \"{d}\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"
                )),
                _ => self.push(format!(
                    "{label} has no `as_of` date (the date the figure refers to)"
                )),
            }
            match fact.get("source") {
                None | Some(Value::Null) => self.push(format!("{label} has no `source`")),
                Some(src) => self.check_source(src, &format!("{label}: `source`")),
            }
        }
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
    fn check_gap_fills(&mut self) {
        let Some(v) = self.props().get("straight_gap_fills") else {
            return;
        };
        let segments = match &self.f.geometry {
            Some(geo::Geometry::LineString(ls)) => ls.0.len().saturating_sub(1),
            _ => 0,
        };
        let Value::Array(items) = v else {
            self.push(format!(
                "`straight_gap_fills` must be an array of {{segment, length_km}}, found {}",
                kind_of(v)
            ));
            return;
        };
        let mut bad = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let seg = item.get("segment").and_then(Value::as_u64);
            let len = item.get("length_km").and_then(Value::as_f64);
            match (seg, len) {
                (Some(s), Some(l)) if (s as usize) < segments && l > 0.0 => {}
                _ => bad.push(i + 1),
            }
        }
        for i in bad {
            self.push(format!(
                "`straight_gap_fills` item {i} needs a `segment` (index of a segment of the line) and a positive `length_km`"
            ));
        }
    }

    /// `km_published`: `{value, from, source, as_of}`, a published distance from another
    /// station, shown beside the km measured along the drawn line.
    fn check_published_km(&mut self) {
        let Some(v) = self.props().get("km_published").cloned() else {
            return;
        };
        let Value::Object(o) = &v else {
            self.push(format!(
                "`km_published` must be an object {{value, from, source, as_of}}, found {}",
                kind_of(&v)
            ));
            return;
        };
        if !o
            .get("value")
            .and_then(Value::as_f64)
            .is_some_and(|x| x >= 0.0)
        {
            self.push("`km_published.value` must be a number of km, 0 or more");
        }
        if !o.get("from").and_then(Value::as_str).is_some_and(is_kebab) {
            self.push("`km_published.from` must be the id of the station the km is counted from");
        }
        if !o
            .get("as_of")
            .and_then(Value::as_str)
            .is_some_and(is_valid_date)
        {
            self.push("`km_published.as_of` must be a date (YYYY-MM-DD, YYYY-MM or YYYY)");
        }
        match o.get("source") {
            Some(src) => self.check_source(src, "`km_published.source`"),
            None => self.push("`km_published` has no `source`"),
        }
    }

    fn check_kind_specific(&mut self, kind: &str) {
        match kind {
            "railway_section" => {
                self.req_str("line");
                self.req_str("from");
                self.req_str("to");
                let explained = self.f.str_prop("note").is_some();
                match self.props().get("length_km") {
                    None if explained => {}
                    None => self.push(
                        "missing `length_km`; required unless a `note` says no source gives the section's length",
                    ),
                    Some(Value::Number(n)) => {
                        let v = n.as_f64().unwrap_or(0.0);
                        if v <= 0.0 {
                            self.push(format!("`length_km` must be positive, found {v}"));
                        }
                        self.check_length_fact("length_km", v);
                    }
                    Some(other) => self.push(format!(
                        "`length_km` must be a number, found {}",
                        kind_of(other)
                    )),
                }
                self.opt_num("design_speed_kmh");
                self.opt_num("gauge_mm");
                self.opt_num("drawn_km");
                self.check_position_object("border_point");
                self.check_gap_fills();
            }
            "station" => {
                self.req_str("line");
                self.opt_str("section");
                let not_built = self.f.str_prop("status") == Some("not_built");
                let on_main_line = self.f.str_prop("line") == Some("china-laos-railway");
                let explained = self.f.str_prop("note").is_some();
                match self.props().get("km") {
                    None if not_built || !on_main_line || explained => {}
                    None => self.push(
                        "missing `km` (chainage from Kunming South); required on china-laos-railway \
                         stations unless not_built, or a `note` says it could not be sourced",
                    ),
                    Some(Value::Number(n)) => {
                        if n.as_f64().is_some_and(|v| v < 0.0) {
                            self.push("`km` (chainage from Kunming South) cannot be negative");
                        }
                    }
                    Some(other) => {
                        self.push(format!("`km` must be a number, found {}", kind_of(other)))
                    }
                }
                self.opt_str("plan_name_2019");
                self.opt_str_array("services", Some(&["passenger", "freight"]));
                self.opt_enum("station_role", &["passenger", "passing_or_freight"]);
                self.check_position_object("other_position");
                self.check_published_km();
            }
            "expressway" => {
                self.opt_str("route_number");
                self.req_str("from");
                self.req_str("to");
                if let Some(v) = self.opt_num("length_km") {
                    self.check_length_fact("length_km", v);
                }
            }
            "port" => {
                self.req_enum("port_kind", &["road", "rail", "river", "road_rail"]);
                if let Some(p) = self.opt_str("partner")
                    && !is_kebab(p)
                {
                    self.push(format!("`partner` `{p}` is not a feature id"));
                }
                if let Some(b) = self.opt_str("border") {
                    let ok = b.split_once('-').is_some_and(|(a, c)| {
                        a != c && COUNTRY_CODES.contains(&a) && COUNTRY_CODES.contains(&c)
                    });
                    if !ok {
                        self.push(format!(
                            "`border` \"{b}\" must name two different corridor countries, e.g. \"CN-LA\""
                        ));
                    }
                }
            }
            "zone" => {
                self.req_enum(
                    "zone_type",
                    &["cbecz", "sez", "ftz", "logistics_base", "industrial_park"],
                );
                self.opt_date("established");
                self.opt_str("manager");
                self.opt_str_array("industries", None);
            }
            "route" => {
                self.req_enum("mode", &["rail", "road", "river", "multimodal"]);
                self.req_str("from");
                self.req_str("to");
                self.opt_str_array("via", None);
                self.opt_str_array("commodities", None);
            }
            "context_railway" => {
                self.opt_enum("rail_type", &["rail", "hsr"]);
            }
            "visit_stop" => {
                match self.props().get("order") {
                    None => self.push("missing required property `order`"),
                    Some(Value::Number(n)) if n.as_u64().is_some_and(|o| o >= 1) => {}
                    Some(other) => self.push(format!(
                        "`order` must be a whole number from 1, found {other}"
                    )),
                }
                match self.req_str("date") {
                    Some(d) if !is_valid_date(d) => self.push(format!(
                        "`date` \"{d}\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"
                    )),
                    _ => {}
                }
                self.opt_str("visited");
            }
            _ => {}
        }
    }

    fn check_geometry(&mut self, kind: &str) {
        let allowed: &[&str] = match kind {
            "railway_section" => &["LineString"],
            "station" | "port" | "visit_stop" => &["Point"],
            "expressway" | "route" | "context_railway" => &["LineString", "MultiLineString"],
            "zone" => &["Polygon", "MultiPolygon", "Point"],
            _ => &[],
        };
        let not_built = self.f.str_prop("status") == Some("not_built");
        let explained = self.f.str_prop("note").is_some();
        let Some(g) = &self.f.geometry else {
            if !(explained || kind == "station" && not_built) {
                self.push(format!(
                    "the geometry is null; {} needs a {}, or a `note` saying its position could \
                     not be sourced",
                    with_article(kind),
                    allowed.join(" or ")
                ));
            }
            return;
        };
        if kind == "station" && not_built {
            self.push(
                "a not_built station must have a null geometry: no position is drawn for a station that was never built",
            );
        }
        let type_name = geometry_type(g);
        if !allowed.contains(&type_name) {
            self.push(format!(
                "the geometry is a {type_name}; {} must be a {}",
                with_article(kind),
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

/// "a railway section", "an expressway": the kind in words, for messages.
fn with_article(kind: &str) -> String {
    let words = kind.replace('_', " ");
    let article = if words.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    format!("{article} {words}")
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

use super::load::value_kind as kind_of;

fn quoted_list(items: &[&str]) -> String {
    items
        .iter()
        .map(|s| format!("\"{s}\""))
        .collect::<Vec<_>>()
        .join(", ")
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

/// ISO 8601 calendar dates at day, month or year precision, checked against the calendar.
pub fn is_valid_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str, len: usize| -> Option<u32> {
        if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) {
            p.parse().ok()
        } else {
            None
        }
    };
    match parts.as_slice() {
        [y] => num(y, 4).is_some(),
        [y, m] => num(y, 4).is_some() && num(m, 2).is_some_and(|m| (1..=12).contains(&m)),
        [y, m, d] => {
            let (Some(y), Some(m), Some(d)) = (num(y, 4), num(m, 2), num(d, 2)) else {
                return false;
            };
            let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
            let days = match m {
                1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
                4 | 6 | 9 | 11 => 30,
                2 if leap => 29,
                2 => 28,
                _ => return false,
            };
            (1..=days).contains(&d)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two made-up ports (test data, not real places) that satisfy every rule.
    const GOOD_PORTS: &str = r#"{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"id":"port-north","kind":"port","name":"North Gate (test)","name_zh":"北门",
 "country":"CN","source":"https://example.org/test-fixture","port_kind":"road_rail","partner":"port-south","border":"CN-LA",
 "facts":[{"label":"Freight volume","value":1.5,"unit":"Mt","as_of":"2022","source":"https://example.org/test-fixture"}]},
 "geometry":{"type":"Point","coordinates":[101.5,21.5]}},
{"type":"Feature","properties":{"id":"port-south","kind":"port","name":"South Gate (test)","name_lo":"ທົດສອບ",
 "country":"LA","source":["https://example.org/test-fixture"],"port_kind":"road_rail","partner":"port-north","border":"CN-LA"},
 "geometry":{"type":"Point","coordinates":[101.5,21.4]}}
]}"#;

    #[test]
    fn a_correct_ports_file_has_no_problems() {
        let problems = check_file("ports.geojson", GOOD_PORTS.as_bytes());
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn every_problem_is_reported_with_id_and_line() {
        let bad = GOOD_PORTS
            .replace(r#""country":"LA""#, r#""country":["LA","XX"]"#)
            .replace(r#","name_lo":"ທົດສອບ""#, "")
            .replace(r#""as_of":"2022""#, r#""as_of":"2022-02-30""#)
            .replace(r#""partner":"port-north""#, r#""partner":"port-nowhere""#)
            .replace(
                "\"port_kind\":\"road_rail\",\"partner\":\"port-south\"",
                "\"port_kind\":\"air\",\"partner\":\"port-south\"",
            );
        let problems = check_file("ports.geojson", bad.as_bytes());
        let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
        let has = |needle: &str| text.iter().any(|t| t.contains(needle));
        assert!(has("\"XX\""), "{text:#?}");
        assert!(has("name_lo"), "{text:#?}");
        assert!(has("2022-02-30"), "{text:#?}");
        assert!(has("port-nowhere"), "{text:#?}");
        assert!(has("\"air\""), "{text:#?}");
        assert!(has("does not name this port back"), "{text:#?}");
        for p in &problems {
            assert!(p.line.is_some() && p.feature_id.is_some(), "{p}");
        }
        let boten = problems
            .iter()
            .find(|p| p.message.contains("XX"))
            .expect("country problem");
        assert_eq!(boten.feature_id.as_deref(), Some("port-south"));
        assert_eq!(boten.line, Some(6));
    }

    #[test]
    fn kind_must_match_the_file() {
        let problems = check_file("stations.geojson", GOOD_PORTS.as_bytes());
        assert!(
            problems
                .iter()
                .any(|p| p.message.contains("holds \"station\""))
        );
        // Unknown names only need one kind throughout.
        assert!(check_file("my-ports.geojson", GOOD_PORTS.as_bytes()).is_empty());
    }

    #[test]
    fn ids_must_be_unique_across_files() {
        let files = vec![
            ("a.geojson".to_string(), GOOD_PORTS.as_bytes().to_vec()),
            ("b.geojson".to_string(), GOOD_PORTS.as_bytes().to_vec()),
        ];
        let problems = check_files(&files);
        assert_eq!(problems.len(), 2, "{problems:#?}");
        assert!(
            problems
                .iter()
                .all(|(f, p)| f == "b.geojson" && p.message.contains("a.geojson"))
        );
    }

    #[test]
    fn sources_are_seed_files_or_web_urls() {
        assert!(is_valid_source("003_19cbc1a221acaba2.txt"));
        assert!(is_valid_source("https://www.news.cn/2021/12/03/x.htm"));
        // Some sources have no secure address; the link is kept as found.
        assert!(is_valid_source(
            "http://china.org.cn/photos/2021-07/29/content_77659337_4.htm"
        ));
        assert!(!is_valid_source("ftp://example.com/file"));
        assert!(!is_valid_source("www.example.com"));
        assert!(!is_valid_source("005_unknown.txt"));
        assert!(!is_valid_source("https://"));
    }

    #[test]
    fn kinds_read_as_words() {
        assert_eq!(with_article("expressway"), "an expressway");
        assert_eq!(with_article("railway_section"), "a railway section");
    }

    #[test]
    fn dates_follow_the_calendar() {
        for ok in ["2019", "2019-12", "2019-12-09", "2024-02-29"] {
            assert!(is_valid_date(ok), "{ok}");
        }
        for bad in [
            "19",
            "2019-13",
            "2023-02-29",
            "2019-12-9",
            "Dec 2019",
            "2019-12-09T00:00",
        ] {
            assert!(!is_valid_date(bad), "{bad}");
        }
    }

    #[test]
    fn only_not_built_or_explained_stations_lack_a_position_and_chainage() {
        let doc = r#"{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"id":"station-x","kind":"station","name":"X","country":"CN","source":"https://example.org/test-fixture","line":"china-laos-railway","status":"not_built"},"geometry":null},
{"type":"Feature","properties":{"id":"station-y","kind":"station","name":"Y","country":"CN","source":"https://example.org/test-fixture","line":"china-laos-railway"},"geometry":null},
{"type":"Feature","properties":{"id":"station-z","kind":"station","name":"Z","country":"CN","source":"https://example.org/test-fixture","line":"china-laos-railway","note":"No source gives this station's position or chainage."},"geometry":null}
]}"#;
        let problems = check_file("stations.geojson", doc.as_bytes());
        let y: Vec<&Problem> = problems
            .iter()
            .filter(|p| p.feature_id.as_deref() == Some("station-y"))
            .collect();
        assert_eq!(
            problems.len(),
            y.len(),
            "station-x (not built) and station-z (explained in a note) are fine: {problems:#?}"
        );
        assert!(y.iter().any(|p| p.message.contains("`km`")));
        assert!(y.iter().any(|p| p.message.contains("geometry is null")));
    }

    #[test]
    fn positions_outside_the_corridor_are_caught() {
        let doc = GOOD_PORTS.replace("[101.5,21.4]", "[21.4,101.5]");
        let problems = check_file("ports.geojson", doc.as_bytes());
        // 101.5 is out of range for a latitude: the loader skips the feature.
        assert!(
            problems.iter().any(|p| p.message.contains("out of range")),
            "{problems:#?}"
        );
        let doc = GOOD_PORTS.replace("[101.5,21.4]", "[21.4,10.5]");
        let problems = check_file("ports.geojson", doc.as_bytes());
        assert!(
            problems
                .iter()
                .any(|p| p.message.contains("outside the corridor region")),
            "{problems:#?}"
        );
    }
}
