//! The file-level and cross-file checks of the corridor schema (`geodata/README.md`), so
//! that every fact the atlas shows can be trusted to carry a source and a date, and every link
//! (partner ports, section ends) to lead somewhere. Each feature is read and checked by the one
//! schema parse ([`super::schema::parse`]); this module adds what one feature alone cannot
//! show: the file's type and kind, ids unique within and across files, links between features.
//!
//! Checks collect every problem, each with the feature's id and line, rather than stopping at
//! the first: a data author fixes a whole file in one round.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::atomic::AtomicBool;

use super::embedded::kind_for_file_name;
use super::load::{Problem, TopLevel, parse_detailed};
use super::schema::{self, Corridor, Date, Detail, Kind};

pub use super::schema::{COUNTRY_CODES, REGION_LAT, REGION_LON, SEED_FILES, is_valid_source};

#[cfg(test)]
use super::schema::with_article;

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

/// ISO 8601 calendar dates at day, month or year precision, checked against the calendar.
pub fn is_valid_date(s: &str) -> bool {
    Date::parse(s).is_some()
}

/// What cross-feature checks need to know about a feature, from its typed value.
#[derive(Debug, Clone)]
struct Seen {
    file: usize,
    line: usize,
    id: String,
    kind: Kind,
    partner: Option<String>,
    from: Option<String>,
    to: Option<String>,
    section: Option<String>,
}

impl Seen {
    fn of(file: usize, line: usize, id: &str, kind: Kind, c: &Corridor) -> Seen {
        let (mut partner, mut from, mut to, mut section) = (None, None, None, None);
        match &c.detail {
            Some(Detail::Port(p)) => partner.clone_from(&p.partner),
            Some(Detail::RailwaySection(s)) => {
                from.clone_from(&s.from);
                to.clone_from(&s.to);
            }
            Some(Detail::Station(s)) => section.clone_from(&s.section),
            _ => {}
        }
        Seen {
            file,
            line,
            id: id.to_owned(),
            kind,
            partner,
            from,
            to,
            section,
        }
    }
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
    let mut first_kind: Option<(Kind, usize)> = None;
    let mut ids_here: HashMap<String, usize> = HashMap::new();
    let mut orders: HashMap<u64, (usize, String)> = HashMap::new();
    for f in &collection.features {
        let typed = schema::parse(f, expected, problems);
        let kind = typed.kind();
        let mut push = |message: String| {
            problems.push(Problem::feature(f.line, f.id(), message));
        };
        if let (None, Some(k)) = (expected, kind) {
            match first_kind {
                None => first_kind = Some((k, f.line)),
                Some((first, line)) if first != k => push(format!(
                    "`kind` is \"{}\" but the feature at line {line} is \"{}\"; \
                     one corridor file holds one kind",
                    k.code(),
                    first.code()
                )),
                Some(_) => {}
            }
        }
        if let Some(id) = &typed.id {
            if let Some(first) = ids_here.get(id) {
                push(format!(
                    "id `{id}` is already used by the feature at line {first}; ids must be unique"
                ));
            } else {
                ids_here.insert(id.clone(), f.line);
                if let Some(k) = kind {
                    seen.push(Seen::of(file, f.line, id, k, &typed));
                }
            }
        }
        if let Some(order) = typed.visit_stop().and_then(|v| v.order) {
            if let Some((line, other)) = orders.get(&order) {
                push(format!(
                    "`order` {order} is also the order of `{other}` at line {line}; \
                     each stop needs its own place in the itinerary"
                ));
            } else {
                orders.insert(order, (f.line, f.id().unwrap_or("?").to_string()));
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
    let kinds_present: BTreeMap<Kind, bool> = Kind::ALL
        .iter()
        .map(|k| (*k, seen.iter().any(|s| s.kind == *k)))
        .collect();
    let present = |k: Kind| kinds_present.get(&k).copied().unwrap_or(false);
    let mut msgs: Vec<(&Seen, String)> = Vec::new();
    let link = |target: &str, want: Kind, what: &str| -> Option<String> {
        let words = |k: Kind| k.code().replace('_', " ");
        match by_id.get(target) {
            None => Some(format!(
                "{what} `{target}` is not the id of any {} in the files checked",
                words(want)
            )),
            Some(t) if t.kind != want => Some(format!(
                "{what} `{target}` is a {}, not a {}",
                words(t.kind),
                words(want)
            )),
            Some(_) => None,
        }
    };
    for s in seen {
        match s.kind {
            Kind::RailwaySection if present(Kind::Station) => {
                for (what, target) in [("`from`", &s.from), ("`to`", &s.to)] {
                    if let Some(t) = target
                        && let Some(m) = link(t, Kind::Station, what)
                    {
                        msgs.push((s, m));
                    }
                }
            }
            Kind::Station if present(Kind::RailwaySection) => {
                if let Some(t) = &s.section
                    && let Some(m) = link(t, Kind::RailwaySection, "`section`")
                {
                    msgs.push((s, m));
                }
            }
            Kind::Port => {
                if let Some(t) = &s.partner {
                    if let Some(m) = link(t, Kind::Port, "`partner`") {
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
