//! The built-in corridor data is a product: these tests hold it to its schema and to the
//! geography (stations on their line, chainage in order, partner ports across the border,
//! every figure sourced and dated).

use geo::{Closest, ClosestPoint, Coord, Geometry, Point};
use mekong_atlas::data::validate::{REGION_LAT, REGION_LON, SEED_FILES};
use mekong_atlas::data::{Atlas, CORRIDOR_FILES, Feature, LayerKind, check_files};
use mekong_atlas::measure::{distance_m, geodesic_length_m};
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
            let id = f.id.clone().expect("every corridor feature has an id");
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
                assert!(c.x.is_finite() && c.y.is_finite(), "{:?}", f.id);
                assert!(
                    REGION_LON.contains(&c.x) && REGION_LAT.contains(&c.y),
                    "{:?} at {c:?} is outside the region",
                    f.id
                );
            }
        }
    }
}

fn distance_to_line_m(p: Coord<f64>, line: &Geometry<f64>) -> f64 {
    match line.closest_point(&Point(p)) {
        Closest::Intersection(_) => 0.0,
        Closest::SinglePoint(q) => distance_m(p, q.0),
        Closest::Indeterminate => f64::INFINITY,
    }
}

#[test]
fn positioned_stations_lie_within_1_km_of_their_section_and_chainage_grows_along_it() {
    let atlas = atlas();
    let sections = features(&atlas, LayerKind::Railway);
    let stations = features(&atlas, LayerKind::Station);
    let mut checked = 0;
    for section in &sections {
        let (Some(sid), Some(line)) = (&section.id, &section.geometry) else {
            continue;
        };
        // Stations of this section with a position and a chainage, in chainage order.
        let mut on: Vec<(f64, f64, &str)> = Vec::new();
        for st in &stations {
            if st.str_prop("section") != Some(sid.as_str()) {
                continue;
            }
            let (Some(Geometry::Point(p)), Some(km)) = (&st.geometry, st.num_prop("km")) else {
                continue;
            };
            let d = distance_to_line_m(p.0, line);
            assert!(d <= 1_000.0, "{:?} is {d:.0} m from {sid}", st.id);
            // Position along the line: the geodesic distance from the line's start, measured
            // via the nearest vertex index (lines are drawn in chainage order).
            let along = match line {
                Geometry::LineString(ls) => {
                    let i =
                        ls.0.iter()
                            .enumerate()
                            .min_by(|a, b| distance_m(*a.1, p.0).total_cmp(&distance_m(*b.1, p.0)))
                            .map(|(i, _)| i)
                            .unwrap_or(0);
                    let prefix = geo::LineString::new(ls.0[..=i].to_vec());
                    geodesic_length_m(&Geometry::LineString(prefix))
                }
                _ => continue,
            };
            on.push((km, along, st.id.as_deref().unwrap_or("?")));
            checked += 1;
        }
        on.sort_by(|a, b| a.0.total_cmp(&b.0));
        for w in on.windows(2) {
            assert!(
                w[1].1 >= w[0].1,
                "chainage order {} (km {}) → {} (km {}) runs backwards along {sid}",
                w[0].2,
                w[0].0,
                w[1].2,
                w[1].0
            );
        }
    }
    assert!(checked >= 3, "only {checked} stations could be checked");
}

/// A section drawn through its stations only is a chord of the real alignment: it can be
/// shorter than the sourced length, never longer. Exact sections must match within 3 %.
#[test]
fn each_sections_drawn_length_agrees_with_its_sourced_length() {
    let atlas = atlas();
    let mut measured = 0;
    for s in features(&atlas, LayerKind::Railway) {
        let (Some(g), Some(sourced_km)) = (&s.geometry, s.num_prop("length_km")) else {
            continue;
        };
        let drawn_km = geodesic_length_m(g) / 1000.0;
        let approximate = s.properties.get("approximate") == Some(&serde_json::Value::Bool(true));
        if approximate {
            assert!(
                drawn_km <= sourced_km * 1.03,
                "{:?}: a chord of {drawn_km:.1} km cannot exceed the sourced {sourced_km} km",
                s.id
            );
            assert!(
                s.str_prop("note").is_some_and(|n| n.len() > 20),
                "{:?} is approximate but does not say how",
                s.id
            );
        } else {
            let ratio = drawn_km / sourced_km;
            assert!(
                (0.97..=1.03).contains(&ratio),
                "{:?}: drawn {drawn_km:.1} km vs sourced {sourced_km} km",
                s.id
            );
        }
        measured += 1;
    }
    assert!(measured >= 1);
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
            .find(|q| q.id.as_deref() == Some(partner_id))
            .unwrap_or_else(|| panic!("{:?}: partner {partner_id} missing", p.id));
        assert_eq!(partner.str_prop("partner"), p.id.as_deref(), "{partner_id}");
        assert_ne!(
            p.str_prop("country"),
            partner.str_prop("country"),
            "{:?} and its partner are in the same country",
            p.id
        );
        if let (Some(Geometry::Point(a)), Some(Geometry::Point(b))) =
            (&p.geometry, &partner.geometry)
        {
            let d = distance_m(a.0, b.0);
            assert!(d <= 5_000.0, "{:?}–{partner_id}: {d:.0} m apart", p.id);
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
            let s = sources(f.properties.get("source"));
            assert!(!s.is_empty(), "{:?} has no source", f.id);
            cited.extend(s);
            if let Some(serde_json::Value::Array(facts)) = f.properties.get("facts") {
                for fact in facts {
                    let s = sources(fact.get("source"));
                    assert!(!s.is_empty(), "{:?}: a fact has no source: {fact}", f.id);
                    assert!(
                        fact.get("as_of").and_then(|a| a.as_str()).is_some(),
                        "{:?}: a fact has no as_of: {fact}",
                        f.id
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
        .filter(|s| s.str_prop("status").unwrap_or("open") == "open")
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
        .filter(|f| f.properties.get("approximate") == Some(&serde_json::Value::Bool(true)))
        .count();
    assert_eq!(readme_count(&readme, "**No position ("), unpositioned);
    assert_eq!(
        readme_count(&readme, "**Approximate positions ("),
        approximate
    );
}
