//! The built-in corridor data is a product: these tests hold it to its schema and to the
//! geography (stations on their line, chainage in order, partner ports across the border,
//! every figure sourced and dated).

use geo::{Coord, Geometry};
use mekong_atlas::data::validate::{REGION_LAT, REGION_LON, SEED_FILES};
use mekong_atlas::data::{Atlas, CORRIDOR_FILES, Feature, LayerKind, check_files};
use mekong_atlas::measure::{RailwayLine, distance_m, geodesic_length_m};
use std::collections::BTreeSet;

fn atlas() -> Atlas {
    Atlas::builtin().expect("built-in corridor data loads")
}

fn features(atlas: &Atlas, kind: LayerKind) -> Vec<&Feature> {
    atlas
        .layers()
        .iter()
        .filter(|l| l.kind == kind)
        .flat_map(|l| l.features.iter())
        .collect()
}

#[test]
fn every_corridor_file_passes_check_with_no_problem() {
    let files: Vec<(String, Vec<u8>)> = CORRIDOR_FILES
        .iter()
        .map(|f| (f.file_name.to_owned(), f.bytes.to_vec()))
        .collect();
    let problems = check_files(&files);
    let listed: Vec<String> = problems.iter().map(|(f, p)| format!("{f}: {p}")).collect();
    assert!(listed.is_empty(), "{}", listed.join("\n"));
}

#[test]
fn the_files_on_disk_are_the_ones_embedded() {
    for f in CORRIDOR_FILES {
        let path = format!(
            "{}/geodata/corridor/{}",
            env!("CARGO_MANIFEST_DIR"),
            f.file_name
        );
        assert_eq!(std::fs::read(&path).unwrap(), f.bytes, "{path}");
    }
}

#[test]
fn every_layer_loads_without_problems_and_has_features() {
    let atlas = atlas();
    assert_eq!(atlas.layers().len(), CORRIDOR_FILES.len());
    for layer in atlas.layers() {
        assert!(
            layer.problems.is_empty(),
            "{}: {:?}",
            layer.name,
            layer.problems
        );
        assert!(!layer.features.is_empty(), "{} is empty", layer.name);
    }
}

#[test]
fn ids_are_unique_across_all_files() {
    let atlas = atlas();
    let mut seen = BTreeSet::new();
    for layer in atlas.layers() {
        for f in &layer.features {
            let id = f
                .id()
                .map(str::to_owned)
                .expect("every corridor feature has an id");
            assert!(seen.insert(id.clone()), "duplicate id {id}");
        }
    }
}

fn coords(g: &Geometry<f64>, out: &mut Vec<Coord<f64>>) {
    use geo::CoordsIter;
    out.extend(g.coords_iter());
}

#[test]
fn all_coordinates_are_finite_and_inside_the_region() {
    let atlas = atlas();
    for layer in atlas.layers() {
        for f in &layer.features {
            let mut cs = Vec::new();
            if let Some(g) = &f.geometry {
                coords(g, &mut cs);
            }
            for c in cs {
                assert!(c.x.is_finite() && c.y.is_finite(), "{:?}", f.id());
                assert!(
                    REGION_LON.contains(&c.x) && REGION_LAT.contains(&c.y),
                    "{:?} at {c:?} is outside the region",
                    f.id()
                );
            }
        }
    }
}

fn section<'a>(atlas: &'a Atlas, id: &str) -> &'a Feature {
    features(atlas, LayerKind::Railway)
        .into_iter()
        .find(|f| f.id() == Some(id))
        .unwrap_or_else(|| panic!("no railway section {id}"))
}

fn line_coords(f: &Feature) -> Vec<Coord<f64>> {
    match &f.geometry {
        Some(Geometry::LineString(ls)) => ls.0.clone(),
        other => panic!("{:?} is not a LineString: {other:?}", f.id()),
    }
}

/// The main line, in order from Kunming South to Vientiane.
const MAIN_LINE: [&str; 4] = [
    "rail-kunming-yuxi",
    "rail-yuxi-mohan",
    "rail-mohan-boten",
    "rail-boten-vientiane",
];

#[test]
fn joined_the_sections_run_from_kunming_south_to_vientiane_with_no_gap_over_50_m() {
    let atlas = atlas();
    let stations = features(&atlas, LayerKind::Station);
    let at = |id: &str| match stations
        .iter()
        .find(|s| s.id() == Some(id))
        .and_then(|s| s.geometry.as_ref())
    {
        Some(Geometry::Point(p)) => p.0,
        other => panic!("{id} has no position: {other:?}"),
    };
    let mut previous_end: Option<Coord<f64>> = None;
    for id in MAIN_LINE {
        let s = section(&atlas, id);
        let coords = line_coords(s);
        for w in coords.windows(2) {
            // Inside a section consecutive vertices may be far apart (a straight stretch), but
            // a section never jumps: its own pieces are joined at shared vertices.
            assert!(w[0] != w[1] || coords.len() == 2, "{id} repeats a vertex");
        }
        if let (Some(end), Some(start)) = (previous_end, coords.first()) {
            let gap = distance_m(end, *start);
            assert!(gap <= 50.0, "{gap:.0} m gap before {id}");
        }
        previous_end = coords.last().copied();
        // Each section starts and ends at the stations it names.
        for (key, end) in [("from", coords.first()), ("to", coords.last())] {
            let station = s.str_prop(key).expect("from/to");
            let d = distance_m(at(&station), *end.expect("vertices"));
            assert!(d <= 150.0, "{id} {key} end is {d:.0} m from {station}");
        }
    }
    let first = line_coords(section(&atlas, MAIN_LINE[0]))[0];
    assert!(distance_m(first, at("station-kunming-south")) <= 150.0);
    let line = RailwayLine::from_atlas(&atlas, "china-laos-railway");
    // The joined line is as long as its sections put together, plus the freight branch: the
    // chain follows from/to and leaves nothing out.
    let sum: f64 = features(&atlas, LayerKind::Railway)
        .iter()
        .filter_map(|f| f.geometry.as_ref())
        .map(geodesic_length_m)
        .sum();
    assert!(
        (line.length_m() - sum).abs() < 200.0,
        "{} vs {sum}",
        line.length_m()
    );
}

#[test]
fn every_passenger_station_lies_within_150_m_of_the_line_and_km_grows_along_it() {
    let atlas = atlas();
    let line = RailwayLine::from_atlas(&atlas, "china-laos-railway");
    let mut along: Vec<(f64, f64, String)> = Vec::new();
    let mut passenger = 0;
    for st in features(&atlas, LayerKind::Station) {
        if st.str_prop("line").as_deref() != Some("china-laos-railway") {
            continue;
        }
        let Some(Geometry::Point(p)) = &st.geometry else {
            assert_eq!(
                st.str_prop("status").as_deref(),
                Some("not_built"),
                "{:?} has no position",
                st.id()
            );
            continue;
        };
        let on = line.locate(p.0).expect("the line has segments");
        let role = st.str_prop("station_role");
        if role.as_deref() == Some("passenger") {
            passenger += 1;
            assert!(
                on.off_m <= 150.0,
                "{:?} is {:.0} m from the line",
                st.id(),
                on.off_m
            );
        } else {
            assert!(
                on.off_m <= 500.0,
                "{:?} is {:.0} m from the line",
                st.id(),
                on.off_m
            );
        }
        let km = st.num_prop("km").expect("every positioned station has km");
        // The data's km is the same measurement the atlas makes.
        assert!(
            (km - on.along_m / 1000.0).abs() < 0.05,
            "{:?}: km {km} in the data, {:.2} along the line",
            st.id(),
            on.along_m / 1000.0
        );
        along.push((
            km,
            on.along_m,
            st.id().map(str::to_owned).unwrap_or_default(),
        ));
    }
    assert!(passenger >= 23, "only {passenger} passenger stations");
    along.sort_by(|a, b| a.0.total_cmp(&b.0));
    for w in along.windows(2) {
        assert!(
            w[1].1 > w[0].1,
            "km order {} (km {}) → {} (km {}) runs backwards along the line",
            w[0].2,
            w[0].0,
            w[1].2,
            w[1].0
        );
    }
    for (id, on_section) in [
        ("station-mohan", "rail-yuxi-mohan"),
        ("station-boten", "rail-mohan-boten"),
        ("station-luang-prabang", "rail-boten-vientiane"),
    ] {
        let st = features(&atlas, LayerKind::Station)
            .into_iter()
            .find(|s| s.id() == Some(id))
            .expect("station");
        assert_eq!(st.str_prop("section").as_deref(), Some(on_section), "{id}");
        assert!(
            sources(st.properties.get("source").as_ref())
                .iter()
                .any(|s| s.starts_with("https://www.openstreetmap.org/node/")),
            "{id} does not cite its OSM node"
        );
    }
}

/// Each section's drawn geodesic length against a published figure that measures the same
/// stretch, within 3 %. The figures, and why each is the right one to compare:
/// - Kunming South–Yuxi: the 79 km of the Kunming–Yuxi section (昆玉段), which runs from
///   Kunming South; the 2019 plan's 88 km (`length_km`) counts from Kunming station instead.
/// - Yuxi–Mohan: `length_km`, 507 km (2019 plan), the section as built between the same two
///   stations; the drawn line is simplified in China and runs about 2 % short.
/// - Boten–Vientiane: `length_km`, 406 km, Vientiane's km from Boten in the km table; the often
///   quoted 422 km runs on to Vientiane South, so it is compared with the main line plus the
///   freight branch.
///
/// Mohan–Boten and the freight branch have no published figure of their own (their notes
/// say so) and are not compared.
#[test]
fn each_sections_drawn_length_agrees_with_its_sourced_length() {
    let atlas = atlas();
    let drawn_km = |id: &str| {
        let s = section(&atlas, id);
        geodesic_length_m(s.geometry.as_ref().expect("drawn")) / 1000.0
    };
    let fact = |id: &str, label: &str| -> f64 {
        match section(&atlas, id).properties.get("facts").as_ref() {
            Some(serde_json::Value::Array(facts)) => facts
                .iter()
                .find(|f| f.get("label").and_then(|l| l.as_str()) == Some(label))
                .and_then(|f| f.get("value").and_then(|v| v.as_f64()))
                .unwrap_or_else(|| panic!("{id} has no fact {label:?}")),
            _ => panic!("{id} has no facts"),
        }
    };
    let length_km = |id: &str| {
        section(&atlas, id)
            .num_prop("length_km")
            .expect("length_km")
    };
    let checks = [
        (
            "Kunming South–Yuxi",
            drawn_km("rail-kunming-yuxi"),
            fact("rail-kunming-yuxi", "Length (昆玉段)"),
        ),
        (
            "Yuxi–Mohan",
            drawn_km("rail-yuxi-mohan"),
            length_km("rail-yuxi-mohan"),
        ),
        (
            "Boten–Vientiane",
            drawn_km("rail-boten-vientiane"),
            length_km("rail-boten-vientiane"),
        ),
        (
            "Boten–Vientiane South",
            drawn_km("rail-boten-vientiane") + drawn_km("rail-vientiane-south"),
            fact("rail-boten-vientiane", "Length (Laos–China Railway Co.)"),
        ),
    ];
    for (what, drawn, sourced) in checks {
        let ratio = drawn / sourced;
        assert!(
            (0.97..=1.03).contains(&ratio),
            "{what}: drawn {drawn:.1} km vs sourced {sourced} km"
        );
    }
    for id in ["rail-mohan-boten", "rail-vientiane-south"] {
        let s = section(&atlas, id);
        assert!(
            s.num_prop("length_km").is_some() || s.str_prop("note").is_some_and(|n| n.len() > 20),
            "{id} has neither a sourced length nor a note saying why not"
        );
    }
}

#[test]
fn every_ports_partner_exists_names_it_back_and_lies_across_the_border_within_5_km() {
    let atlas = atlas();
    let ports = features(&atlas, LayerKind::Port);
    let mut pairs = 0;
    for p in &ports {
        let Some(partner_id) = p.str_prop("partner") else {
            continue;
        };
        let partner = ports
            .iter()
            .find(|q| q.id() == Some(partner_id.as_str()))
            .unwrap_or_else(|| panic!("{:?}: partner {partner_id} missing", p.id()));
        assert_eq!(
            partner.str_prop("partner").as_deref(),
            p.id(),
            "{partner_id}"
        );
        assert_ne!(
            p.str_prop("country"),
            partner.str_prop("country"),
            "{:?} and its partner are in the same country",
            p.id()
        );
        if let (Some(Geometry::Point(a)), Some(Geometry::Point(b))) =
            (&p.geometry, &partner.geometry)
        {
            // Road ports face each other across the border; rail ports sit at the stations on
            // either side (Mohan and Boten are 12.6 km apart along the Friendship Tunnel).
            let limit = if p.str_prop("port_kind").as_deref() == Some("rail") {
                15_000.0
            } else {
                5_000.0
            };
            let d = distance_m(a.0, b.0);
            assert!(d <= limit, "{:?}–{partner_id}: {d:.0} m apart", p.id());
            pairs += 1;
        }
    }
    assert!(pairs >= 2, "only {pairs} drawn pairs");
}

fn sources(v: Option<&serde_json::Value>) -> Vec<String> {
    match v {
        Some(serde_json::Value::String(s)) => vec![s.clone()],
        Some(serde_json::Value::Array(a)) => a
            .iter()
            .filter_map(|x| x.as_str().map(str::to_owned))
            .collect(),
        _ => Vec::new(),
    }
}

#[test]
fn every_feature_and_fact_is_sourced_and_dated_and_every_seed_document_is_cited() {
    let atlas = atlas();
    let mut cited = BTreeSet::new();
    for layer in atlas.layers() {
        for f in &layer.features {
            let s = sources(f.properties.get("source").as_ref());
            assert!(!s.is_empty(), "{:?} has no source", f.id());
            cited.extend(s);
            if let Some(serde_json::Value::Array(facts)) = f.properties.get("facts").as_ref() {
                for fact in facts {
                    let s = sources(fact.get("source"));
                    assert!(!s.is_empty(), "{:?}: a fact has no source: {fact}", f.id());
                    assert!(
                        fact.get("as_of").and_then(|a| a.as_str()).is_some(),
                        "{:?}: a fact has no as_of: {fact}",
                        f.id()
                    );
                    cited.extend(s);
                }
            }
        }
    }
    for seed in SEED_FILES {
        assert!(cited.contains(seed), "seed document {seed} is never cited");
    }
}

#[test]
fn the_2019_plan_is_kept_as_history_beside_what_was_built() {
    let atlas = atlas();
    let stations = features(&atlas, LayerKind::Station);
    assert!(
        stations
            .iter()
            .any(|s| s.str_prop("plan_name_2019").is_some()),
        "no built station records its 2019 plan name"
    );
    let open = stations
        .iter()
        .filter(|s| s.str_prop("status").as_deref().unwrap_or("open") == "open")
        .count();
    assert!(open >= 20, "only {open} open stations");
}

/// The number written after `marker` in the README's "Known gaps" list, e.g. "(17 features".
fn readme_count(readme: &str, marker: &str) -> usize {
    let at = readme
        .find(marker)
        .unwrap_or_else(|| panic!("geodata/README.md has no {marker:?}"));
    readme[at + marker.len()..]
        .trim_start()
        .split(|c: char| !c.is_ascii_digit())
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no number after {marker:?}"))
}

#[test]
fn the_readmes_known_gaps_match_the_data() {
    let readme =
        std::fs::read_to_string(format!("{}/geodata/README.md", env!("CARGO_MANIFEST_DIR")))
            .unwrap();
    let atlas = atlas();
    let all: Vec<&Feature> = atlas
        .layers()
        .iter()
        .flat_map(|l| l.features.iter())
        .collect();
    let unpositioned = all.iter().filter(|f| f.geometry.is_none()).count();
    let approximate = all
        .iter()
        .filter(|f| f.properties.get("approximate") == Some(serde_json::Value::Bool(true)))
        .count();
    assert_eq!(readme_count(&readme, "**No position ("), unpositioned);
    assert_eq!(
        readme_count(&readme, "**Approximate positions ("),
        approximate
    );
}
