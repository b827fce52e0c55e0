//! A border-site laptop's memory: a GeoJSON file of any shape must load within three times
//! its size. Each shape (many small points, points with many small properties, few long
//! lines) is written to a temporary file and measured by `mekong-atlas stats` in a process
//! of its own, whose peak resident memory (`VmHWM`, which `stats` prints) no other test
//! can disturb. The files are small enough for a debug build (15–25 MB); the release
//! figures for the 2,000,000-point file are in README.md (`examples/import_memory.rs`).

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

/// Writes a FeatureCollection of `n` features, each from `feature(i)`.
fn write_collection(path: &Path, n: usize, feature: impl Fn(usize, &mut String)) {
    let mut text = String::from("{\"type\":\"FeatureCollection\",\"features\":[\n");
    for i in 0..n {
        if i > 0 {
            text.push_str(",\n");
        }
        feature(i, &mut text);
    }
    text.push_str("\n]}\n");
    std::fs::write(path, text).expect("temporary file written");
}

/// A position in the corridor box that moves with `i` (no randomness: every run the same).
fn position(i: usize) -> (f64, f64) {
    let a = (i as f64 * 0.618_033_988_75).fract();
    let b = (i as f64 * 0.414_213_562_37).fract();
    (97.0 + 13.0 * a, 17.0 + 12.0 * b)
}

/// MB above the start that `stats` reports for `path`, and the file's size in MB.
fn stats_growth_mb(path: &Path) -> (f64, f64) {
    let out = Command::new(env!("CARGO_BIN_EXE_mekong-atlas"))
        .arg("stats")
        .arg(path)
        .output()
        .expect("stats runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "stats failed: {text}");
    // "  peak memory: 658.9 MB resident (652.7 MB above the 6.2 MB before loading)"
    let line = text
        .lines()
        .find(|l| l.contains("peak memory:"))
        .unwrap_or_else(|| panic!("no peak memory in {text}"));
    let above: f64 = line
        .split('(')
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("unreadable: {line}"));
    let size = std::fs::metadata(path).expect("file").len() as f64 / 1e6;
    (above, size)
}

fn assert_within_three_times(name: &str, path: &Path) {
    let (above, size) = stats_growth_mb(path);
    println!(
        "{name}: {size:.1} MB file, {above:.1} MB peak ({:.2}×)",
        above / size
    );
    assert!(
        above <= 3.0 * size,
        "{name}: loading a {size:.1} MB file took {above:.1} MB ({:.2}×; at most 3×)",
        above / size
    );
}

#[test]
#[cfg(target_os = "linux")]
fn every_shape_of_file_loads_within_three_times_its_size() {
    let dir = tempfile::tempdir().expect("temporary directory");

    // Many small points, each named and numbered: the shape that cost 9× before.
    let points = dir.path().join("points.geojson");
    write_collection(&points, 150_000, |i, out| {
        let (x, y) = position(i);
        let _ = write!(
            out,
            r#"{{"type":"Feature","geometry":{{"type":"Point","coordinates":[{x:.6},{y:.6}]}},"properties":{{"name":"site {i}","id":{i}}}}}"#
        );
    });
    assert_within_three_times("small points", &points);

    // Points with forty small properties each.
    let props = dir.path().join("props.geojson");
    write_collection(&props, 40_000, |i, out| {
        let (x, y) = position(i);
        let _ = write!(
            out,
            r#"{{"type":"Feature","geometry":{{"type":"Point","coordinates":[{x:.5},{y:.5}]}},"properties":{{"name":"p{i}""#
        );
        for k in 0..40 {
            let _ = write!(out, r#","k{k}":{}"#, (i * 7 + k * 13) % 1000);
        }
        out.push_str("}}");
    });
    assert_within_three_times("many small properties", &props);

    // A few long lines.
    let lines = dir.path().join("lines.geojson");
    write_collection(&lines, 200, |i, out| {
        let (x0, y0) = position(i);
        let _ = write!(
            out,
            r#"{{"type":"Feature","properties":{{"name":"line {i}"}},"geometry":{{"type":"LineString","coordinates":["#
        );
        for j in 0..5_000 {
            let t = j as f64 * 1e-4;
            if j > 0 {
                out.push(',');
            }
            let _ = write!(out, "[{:.5},{:.5}]", x0 + t, y0 + (t * 40.0).sin() * 0.01);
        }
        out.push_str("]}}");
    });
    assert_within_three_times("few long lines", &lines);
}
