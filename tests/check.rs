//! `mekong-atlas check` as a data author runs it: exit codes and what it prints.

use std::path::PathBuf;
use std::process::Command;

fn good(name: &str) -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/good")).join(name)
}

fn all_good() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(good(""))
        .expect("tests/data/good exists")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    files
}

fn check(args: &[PathBuf]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_mekong-atlas"))
        .arg("check")
        .args(args)
        .output()
        .expect("the binary runs");
    let code = out.status.code().expect("exited normally");
    (code, String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn a_clean_data_set_exits_0() {
    let files = all_good();
    assert_eq!(files.len(), 7);
    let (code, out) = check(&files);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("checked 7 files: no problems"), "{out}");
}

#[test]
fn problems_exit_1_and_name_file_line_and_feature() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = std::fs::read_to_string(good("ports.geojson")).expect("read");
    // Break the second port: wrong country code, and make it forget its partner.
    let broken = text
        .replace(r#""country": "LA""#, r#""country": "LAO""#)
        .replace(
            r#""partner": "port-fixture-a""#,
            r#""partner": "port-fixture-z""#,
        );
    assert_ne!(broken, text);
    let path = dir.path().join("ports.geojson");
    std::fs::write(&path, broken).expect("write");
    let (code, out) = check(std::slice::from_ref(&path));
    assert_eq!(code, 1, "{out}");
    let prefix = format!("{}:5: feature port-fixture-b: ", path.display());
    assert!(
        out.lines()
            .any(|l| l.starts_with(&prefix) && l.contains("\"LAO\"")),
        "{out}"
    );
    assert!(out.lines().any(|l| l.contains("port-fixture-z")), "{out}");
    let port_a = format!("{}:4: feature port-fixture-a: ", path.display());
    assert!(
        out.lines()
            .any(|l| l.starts_with(&port_a) && l.contains("does not name this port back")),
        "{out}"
    );
    assert!(out.trim_end().ends_with("in 1 file"), "{out}");
}

#[test]
fn a_broken_file_is_a_problem_not_a_crash() {
    let bad = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/bad/truncated.geojson"
    ));
    let (code, out) = check(&[bad]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("truncated.geojson:"), "{out}");
    assert!(out.contains("not valid JSON"), "{out}");
}

#[test]
fn a_missing_file_exits_2_and_the_others_are_still_checked() {
    let (code, out) = check(&[
        good("ports.geojson"),
        PathBuf::from("/nonexistent/zones.geojson"),
    ]);
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains("/nonexistent/zones.geojson: cannot read"),
        "{out}"
    );
    assert!(out.contains("checked 1 file"), "{out}");
}

#[test]
fn cross_file_links_are_checked() {
    // Stations alone cannot show that a section is missing; with the railway file whose ends
    // are renamed, both ends are reported.
    let dir = tempfile::tempdir().expect("temp dir");
    let text = std::fs::read_to_string(good("railway.geojson")).expect("read");
    let path = dir.path().join("railway.geojson");
    std::fs::write(
        &path,
        text.replace("station-fixture-south", "station-fixture-gone"),
    )
    .expect("write");
    let (code, out) = check(&[path, good("stations.geojson")]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("`to` `station-fixture-gone` is not the id of any station"),
        "{out}"
    );
}
