//! The loader against hostile and conformance corpora: every valid document loads, and every
//! broken one gives a clear error or a documented best-effort load, never a panic or a hang.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use mekong_atlas::data::{LoadError, MAX_FILE_BYTES, ParsedCollection, load_file};

fn fixtures() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/data/geojsonhint-fixtures"
    ))
}

fn files_in(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("the corpus folder {} must exist: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}

fn load(path: &Path) -> Result<ParsedCollection, LoadError> {
    load_file(path, &AtomicBool::new(false), &|_| {})
}

/// Everything a user would be told about a file, in one string.
fn all_messages(r: &Result<ParsedCollection, LoadError>) -> String {
    match r {
        Ok(p) => p
            .problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn every_good_conformance_document_loads() {
    let good = files_in(&fixtures().join("good"));
    assert_eq!(good.len(), 18, "the corpus has 18 good documents");
    for path in good {
        let parsed = load(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        if path.ends_with("issue82.geojson") {
            // geojsonhint does not check ranges, but this MultiPolygon lies at longitude -259°,
            // latitude -141°: no place on a WGS84 map. The file opens; the feature is skipped
            // with a message saying why, as for any out-of-range position.
            assert!(parsed.features.is_empty());
            assert!(
                parsed.problems[0].message.contains("out of range"),
                "{:?}",
                parsed.problems
            );
            continue;
        }
        assert!(
            !parsed.features.is_empty(),
            "{}: no features",
            path.display()
        );
        // Only notes may appear (3D positions), never a skipped feature.
        for p in &parsed.problems {
            assert!(!p.message.contains("skipped"), "{}: {p}", path.display());
        }
    }
}

/// What each bad conformance document must lead to: `Some(words)` when the message must name
/// the problem in those words, `None` where the document is valid for a lenient reader (RFC 7946
/// says readers should not reject wrong winding order; nested or single-member
/// GeometryCollections and extra members are allowed).
fn expected_for_conformance(name: &str) -> Option<&'static [&'static str]> {
    Some(match name {
        "bad-duplicate-properties.geojson" => &["type"],
        "bad-featurelist.geojson" => &["integer `5`", "linear ring"],
        "bad-json.geojson" => &["not valid JSON"],
        "bad-object-type.geojson" => &["`type` is an object"],
        "bad-polygon-interiorring-rhr.geojson" | "polygon_winding_order.geojson" => return None,
        "bad-polygonloop.geojson" => &["position [longitude, latitude] in a Polygon ring"],
        "bad-properties-as-array.geojson" => &["`properties` must be an object"],
        "badcoord.geojson" | "point-string.geojson" | "stringcoord.geojson" => &["number"],
        "badcoordtype.geojson" => &["position"],
        "badfeature.geojson" => &["null", "Feature"],
        "badfeatureid.geojson" => &["`id` must be a string or a number"],
        "bbox-4or6elements.geojson" => &["`bbox` must have 4 or 6 numbers"],
        "bbox-contains-string.geojson" => &["`bbox` must hold only numbers"],
        "bbox-string.geojson" => &["`bbox` must be an array"],
        "different-first-last.geojson" => &["not closed"],
        "different-first-size.geojson" => &["3 values"],
        "excessive_precision_truncated.geojson" => return None,
        "expected_object.geojson" => &["`properties` must be an object"],
        "false.geojson" => &["boolean", "geometry"],
        "feature_changed_semantics.geojson" => {
            &["`coordinates` has no GeoJSON meaning in a Feature"]
        }
        "featurecollection-obj.geojson" => &["`features` is an object"],
        "featurecollection-type-case.geojson" => &["\"featurecollection\""],
        "featurecollection.geojson" => &["no `features` array"],
        "featurecollection_changed_semantics.geojson" => &["`properties` has no GeoJSON meaning"],
        "geometry_changed_semantics.geojson" => &["`features` has no GeoJSON meaning"],
        "geometrycollection_nested.geojson" => &["nested"],
        "geometrycollection_single.geojson" => return None,
        "multiple_problems.geojson" => &["number", "\"Foo\""],
        "multipoint-multidimension.geojson" => &["number"],
        "multipoint-nondimension.geojson" => &["position"],
        "nofeaturetype.geojson" => &["\"Featre\""],
        "notype.geojson" => &["no `type`"],
        "point-labeled-as-a-multipolygon.geojson" => &["polygon"],
        "point-toofew.geojson" => &["2 numbers"],
        "point-toomany.geojson" => &["4 values"],
        "point.geojson" => &["no `coordinates`"],
        "rootstring.geojson" => &["null"],
        "short-line.geojson" => &["at least 2"],
        "short-linearring.geojson" => &["at least 4"],
        "short-multilinestring.geojson" => &["line 2 of the MultiLineString", "at least 2"],
        "unknowntype.geojson" => &["\"FooBar\""],
        other => panic!("no expectation written for conformance document {other}"),
    })
}

#[test]
fn no_bad_conformance_document_panics_and_each_message_names_the_problem() {
    let bad = files_in(&fixtures().join("bad"));
    assert_eq!(bad.len(), 44, "the corpus has 44 bad documents");
    for path in bad {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .expect("file name");
        let result = load(&path);
        let text = all_messages(&result);
        match expected_for_conformance(name) {
            Some(words) => {
                assert!(
                    !text.is_empty(),
                    "{name}: loaded without any error or problem"
                );
                for w in words {
                    assert!(
                        text.contains(w),
                        "{name}: message does not name {w:?}:\n{text}"
                    );
                }
            }
            None => {
                assert!(result.is_ok(), "{name}: lenient load expected, got {text}");
            }
        }
    }
}

/// The outcome each file of `tests/data/bad/` must have.
enum Expect {
    /// A whole-file error whose message contains these words.
    Error(&'static str),
    /// Loads this many features, with a problem whose message contains these words
    /// (empty: no problem at all).
    Loads(usize, &'static str),
}

fn expected_for_hostile(name: &str) -> Expect {
    use Expect::{Error, Loads};
    match name {
        "invalid-json-missing-comma.geojson" => Error("not valid JSON"),
        "truncated.geojson" => Error("not valid JSON"),
        "cut-short-download.geojson" => Loads(3, "breaks off before its end (at line 5, byte"),
        "bom.geojson" => Loads(1, "byte order mark"),
        "wrong-type-topology.geojson" => Error("\"Topology\""),
        "type-lowercase.geojson" => Error("\"featurecollection\""),
        "type-not-string.geojson" => Error("`type` is an object"),
        "no-type.geojson" => Error("no `type`"),
        "nested-geometrycollections.geojson" => Loads(1, "nested"),
        "geometrycollections-nested-12-deep.geojson" => Loads(1, "nested more than"),
        "empty-coordinates.geojson" => Loads(1, ""),
        "nan-coordinate.geojson" => Error("not valid JSON"),
        "infinity-coordinate.geojson" => Error("not valid JSON"),
        "1e308-coordinate.geojson" => Loads(1, "out of range"),
        "1e999-overflow.geojson" => Loads(1, "number out of range"),
        "string-coordinates.geojson" => Loads(1, "not text"),
        "coordinates-is-string.geojson" => Loads(1, "array of positions"),
        "3d-positions.geojson" => Loads(1, "3 values"),
        "4d-positions.geojson" => Loads(1, "4 values"),
        "unclosed-ring.geojson" => Loads(1, "not closed"),
        "self-intersecting-ring.geojson" => Loads(1, "crosses itself"),
        "three-position-ring.geojson" => Loads(1, "at least 4"),
        "one-position-line.geojson" => Loads(1, "at least 2"),
        "point-one-number.geojson" => Loads(1, "2 numbers"),
        "latitude-out-of-range.geojson" => Loads(1, "out of range"),
        "projected-metres.geojson" => Loads(1, "another coordinate system"),
        "feature-without-geometry.geojson" => Loads(1, "no `geometry`"),
        "duplicate-ids.geojson" => Loads(2, ""),
        "deep-nesting-200.geojson" => Error("levels deep"),
        "deep-coordinates-200.geojson" => Error("levels deep"),
        "top-level-array.geojson" => Error("top level is an array"),
        "top-level-null.geojson" => Error("top level is null"),
        "features-not-array.geojson" => Error("`features` is an object"),
        "missing-features.geojson" => Error("no `features` array"),
        "null-in-features.geojson" => Loads(1, "null"),
        "properties-array.geojson" => Loads(1, "`properties` must be an object"),
        "feature-type-misspelt.geojson" => Loads(1, "\"Featre\""),
        "unknown-geometry-type.geojson" => Loads(1, "\"Circle\""),
        "geometry-without-coordinates.geojson" => Loads(1, "no `coordinates`"),
        "trailing-garbage.geojson" => Error("trailing characters"),
        "duplicate-type-key.geojson" => Error("`type` twice"),
        "unterminated-string.geojson" => Error("not valid JSON"),
        "comments.geojson" => Error("not valid JSON"),
        "single-quotes.geojson" => Error("not valid JSON"),
        "id-is-object.geojson" => Loads(1, "`id` must be a string or a number"),
        "bbox-wrong-length.geojson" => Loads(1, "`bbox` must have 4 or 6 numbers"),
        "property-number-overflow.geojson" => Loads(1, "number out of range"),
        "multipolygon-as-point.geojson" => Loads(1, "polygon"),
        "empty-0-bytes.geojson" => Error("empty"),
        "whitespace-only.geojson" => Error("empty"),
        "non-utf8-latin1.geojson" => Error("not UTF-8"),
        "utf16.geojson" => {
            Error("is UTF-16 text, not GeoJSON: open it in a text editor and save it as UTF-8")
        }
        "utf16le-no-bom.geojson" => Error("UTF-16 text (little-endian, without a byte order mark)"),
        "utf16be-no-bom.geojson" => Error("UTF-16 text (big-endian, without a byte order mark)"),
        "utf16be-bom.geojson" => Error("is UTF-16 text"),
        "double-bom.geojson" => Error("two byte order marks"),
        "nul-filled.geojson" => Error("only zero bytes"),
        // KML is recognised by its content whatever its name, and opens.
        "kml-renamed.geojson" => Loads(1, ""),
        "kmz-renamed.geojson" => Error("a ZIP archive (a KMZ file"),
        "csv-renamed.geojson" => Error("a CSV table, not GeoJSON: give it the ending .csv"),
        "pmtiles-renamed.geojson" => {
            Error("a PMTiles tile pack, not GeoJSON: open it with File → Open tile pack")
        }
        other => panic!("no expectation written for tests/data/bad/{other}"),
    }
}

#[test]
fn every_hostile_file_gives_a_clear_error_or_a_documented_best_effort_load() {
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/bad"));
    let files = files_in(&dir);
    assert!(
        files.len() >= 30,
        "the hostile corpus has {} files",
        files.len()
    );
    for path in files {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .expect("file name");
        let result = load(&path);
        let text = all_messages(&result);
        match (expected_for_hostile(name), &result) {
            (Expect::Error(words), Err(e)) => {
                assert!(text.contains(words), "{name}: {text}");
                assert!(
                    e.to_string().contains(name),
                    "{name}: the error names the file: {e}"
                );
            }
            (Expect::Loads(n, words), Ok(parsed)) => {
                assert_eq!(parsed.features.len(), n, "{name}: {text}");
                if words.is_empty() {
                    assert!(parsed.problems.is_empty(), "{name}: {text}");
                } else {
                    assert!(text.contains(words), "{name}: {text}");
                    assert!(
                        parsed.problems.iter().all(|p| p.line.is_some()),
                        "{name}: every problem has a line: {text}"
                    );
                }
            }
            (Expect::Error(_), Ok(_)) => panic!("{name}: expected an error, it loaded: {text}"),
            (Expect::Loads(..), Err(e)) => panic!("{name}: expected a load, got {e}"),
        }
    }
}

#[test]
fn a_1_gb_sparse_file_is_refused_quickly_without_reading_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("huge.geojson");
    let file = std::fs::File::create(&path).expect("create");
    file.set_len(1024 * 1024 * 1024).expect("set_len");
    drop(file);
    let started = std::time::Instant::now();
    let result = load(&path);
    assert!(
        matches!(
            result.as_ref().map_err(LoadError::root),
            Err(LoadError::TooLarge { .. })
        ),
        "{}",
        all_messages(&result)
    );
    assert!(all_messages(&result).contains("1024 MB"));
    assert!(started.elapsed().as_secs() < 5, "refused without reading");
    const { assert!(MAX_FILE_BYTES < 1024 * 1024 * 1024) };
}

#[test]
fn a_huge_coordinate_array_loads() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("long-line.geojson");
    let mut text = String::from(r#"{"type":"LineString","coordinates":["#);
    let n = 1_000_000;
    for i in 0..n {
        if i > 0 {
            text.push(',');
        }
        text.push_str(&format!("[{:.6},{:.6}]", 100.0 + i as f64 * 1e-5, 20.0));
    }
    text.push_str("]}");
    std::fs::write(&path, text).expect("write");
    let parsed = load(&path).expect("loads");
    match &parsed.features[0].geometry {
        Some(geo::Geometry::LineString(l)) => assert_eq!(l.0.len(), n),
        other => panic!("expected a LineString, got {other:?}"),
    }
}

#[test]
fn a_missing_file_is_an_error_naming_it() {
    let result = load(Path::new("/nonexistent/corridor.geojson"));
    let text = all_messages(&result);
    assert!(matches!(result, Err(LoadError::Io { .. })), "{text}");
    assert_eq!(
        text.matches("/nonexistent").count(),
        1,
        "named once: {text}"
    );
    assert!(text.contains("/nonexistent/corridor.geojson"), "{text}");
}

#[test]
fn cancelling_an_import_stops_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("x.geojson");
    std::fs::write(&path, r#"{"type":"Point","coordinates":[1,2]}"#).expect("write");
    let cancel = AtomicBool::new(true);
    let result = load_file(&path, &cancel, &|_| {});
    assert!(matches!(result, Err(LoadError::Cancelled)));
}

#[test]
fn progress_runs_from_start_to_one() {
    let path = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/good/stations.geojson"
    ));
    let seen = std::cell::RefCell::new(Vec::new());
    let parsed = load_file(&path, &AtomicBool::new(false), &|f| {
        seen.borrow_mut().push(f)
    })
    .expect("loads");
    assert_eq!(parsed.features.len(), 3);
    let seen = seen.into_inner();
    assert_eq!(seen.last().copied(), Some(1.0));
    assert!(seen.windows(2).all(|w| w[0] <= w[1]), "{seen:?}");
}
