//! `mekong-atlas stats`: loads files exactly as File → Open does (read, parse, spatial index,
//! the per-layer drawing preparation) and reports what was loaded, how long it took and how
//! much memory it needed, so that a data author can tell before a study visit whether a file
//! will open quickly on a modest laptop, and so that the import can be measured from outside.
//!
//! Unlike `check`, nothing here judges the file against the corridor schema: any GeoJSON the
//! atlas can open is "loadable".

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use geo::CoordsIter;

use crate::data::{Atlas, LayerKind, LayerOrigin, LoadError, load_file};
use crate::map::overlays::PreparedLayer;

/// Exit code when every file loaded.
pub const EXIT_LOADED: i32 = 0;
/// Exit code when some file could not be loaded (the others are still reported).
pub const EXIT_NOT_LOADED: i32 = 2;

/// What loading one file gave, and what it cost.
#[derive(Debug, Clone, PartialEq)]
pub struct FileStats {
    /// The file as named on the command line.
    pub path: PathBuf,
    /// File size on disk, bytes.
    pub file_bytes: u64,
    /// Features loaded (skipped features are not counted).
    pub features: usize,
    /// Features with a geometry (what the map draws and the index holds).
    pub with_geometry: usize,
    /// Positions in all loaded geometries.
    pub vertices: usize,
    /// Problems reported by the loader: skipped features and notes.
    pub problems: usize,
    /// Where the file breaks off when it ends too early (a download cut short), with how
    /// many complete features were kept; `None` for a whole file.
    pub cut_short: Option<crate::data::load::CutShort>,
    /// Lon/lat box of every loaded geometry, degrees; `None` when nothing has a position.
    pub bbox: Option<geo::Rect<f64>>,
    /// Wall time from opening the file to a layer ready to draw.
    pub load_time: Duration,
    /// Highest resident memory of this process while loading, bytes (`None` where the
    /// system does not tell).
    pub peak_memory_bytes: Option<u64>,
    /// Resident memory before loading started, bytes, so the cost of the file itself can be
    /// told from what the process held already.
    pub baseline_memory_bytes: Option<u64>,
}

/// Loads `path` like the app's import does — [`load_file`], then [`Atlas::add_layer`] (which
/// builds the R-tree), then [`PreparedLayer::new`] (looks, fills and the simplified copies the
/// map draws at low zoom) — and measures it. Errors are the loader's own, naming the file.
pub fn load_like_the_app(path: &Path) -> Result<FileStats, LoadError> {
    let file_bytes = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    reset_peak_memory();
    let baseline_memory_bytes = memory_bytes("VmRSS:");
    let started = Instant::now();
    let parsed = load_file(path, &AtomicBool::new(false), &|_| {})?;
    let problems = parsed.problems.len();
    let cut_short = parsed.cut_short;
    let mut atlas = Atlas::empty();
    let id = atlas.add_layer(
        path.display().to_string(),
        LayerKind::Imported,
        LayerOrigin::File(path.to_path_buf()),
        parsed,
    );
    let Some(layer) = atlas.layer(id) else {
        // add_layer always adds; an empty report is still honest if it ever did not.
        return Ok(FileStats {
            path: path.to_path_buf(),
            file_bytes,
            features: 0,
            with_geometry: 0,
            vertices: 0,
            problems,
            cut_short,
            bbox: None,
            load_time: started.elapsed(),
            peak_memory_bytes: memory_bytes("VmHWM:"),
            baseline_memory_bytes,
        });
    };
    let prepared = PreparedLayer::new(layer);
    let load_time = started.elapsed();
    let peak_memory_bytes = memory_bytes("VmHWM:");
    std::hint::black_box(&prepared);

    let mut vertices = 0usize;
    let mut with_geometry = 0usize;
    let mut bbox: Option<geo::Rect<f64>> = None;
    for f in &layer.features {
        if let Some(g) = &f.geometry {
            with_geometry += 1;
            vertices += g.coords_count();
        }
        if let Some(b) = f.bbox() {
            bbox = Some(match bbox {
                None => b,
                Some(a) => geo::Rect::new(
                    geo::coord! { x: a.min().x.min(b.min().x), y: a.min().y.min(b.min().y) },
                    geo::coord! { x: a.max().x.max(b.max().x), y: a.max().y.max(b.max().y) },
                ),
            });
        }
    }
    Ok(FileStats {
        path: path.to_path_buf(),
        file_bytes,
        features: layer.features.len(),
        with_geometry,
        vertices,
        problems,
        cut_short,
        bbox,
        load_time,
        peak_memory_bytes,
        baseline_memory_bytes,
    })
}

/// Runs [`load_like_the_app`] on every path in turn and writes one report block per file to
/// `out` (or one `FILE: cannot be loaded: why` line). Returns [`EXIT_NOT_LOADED`] if any file
/// could not be loaded or loaded no feature at all, else [`EXIT_LOADED`]. Output errors are ignored: the exit code still
/// tells the result.
pub fn run_stats(paths: &[PathBuf], out: &mut dyn Write) -> i32 {
    let mut failed = 0usize;
    for path in paths {
        match load_like_the_app(path) {
            Ok(s) => {
                let _ = write!(out, "{}", format_stats(&s));
                if s.features == 0 {
                    // Read, but nothing in it can be shown: not a success for the caller.
                    failed += 1;
                    let _ = writeln!(
                        out,
                        "{}: nothing loaded: the file holds no feature the atlas can show{}",
                        s.path.display(),
                        if s.problems > 0 {
                            " (see `mekong-atlas check` for each problem)"
                        } else {
                            ""
                        }
                    );
                }
            }
            Err(e) => {
                failed += 1;
                let why = match e.root() {
                    LoadError::Io { source, .. } => source.to_string(),
                    root => root.to_string(),
                };
                let _ = writeln!(out, "{}: cannot be loaded: {why}", path.display());
            }
        }
    }
    if failed > 0 {
        EXIT_NOT_LOADED
    } else {
        EXIT_LOADED
    }
}

/// The report for one file, several `key: value` lines, easy to read and to grep.
pub fn format_stats(s: &FileStats) -> String {
    let mb = |b: u64| b as f64 / (1024.0 * 1024.0);
    let mut text = format!("{}\n", s.path.display());
    text.push_str(&format!(
        "  size:        {:.1} MB ({} bytes)\n",
        mb(s.file_bytes),
        s.file_bytes
    ));
    text.push_str(&format!(
        "  features:    {} ({} with geometry)\n",
        s.features, s.with_geometry
    ));
    text.push_str(&format!("  vertices:    {}\n", s.vertices));
    text.push_str(&format!(
        "  problems:    {}{}\n",
        s.problems,
        if s.problems > 0 {
            " (see `mekong-atlas check` for each)"
        } else {
            ""
        }
    ));
    if let Some(cut) = &s.cut_short {
        text.push_str(&format!("  cut short:   {}\n", cut.message()));
    }
    match s.bbox {
        Some(b) => text.push_str(&format!(
            "  bbox:        lon {:.5} to {:.5}, lat {:.5} to {:.5} (degrees)\n",
            b.min().x,
            b.max().x,
            b.min().y,
            b.max().y
        )),
        None => text.push_str("  bbox:        none (no feature has a position)\n"),
    }
    let secs = s.load_time.as_secs_f64();
    let rate = if secs > 0.0 {
        format!(", {:.0} MB/s", mb(s.file_bytes) / secs)
    } else {
        String::new()
    };
    text.push_str(&format!("  load time:   {:.1} ms{rate}\n", secs * 1000.0));
    match (s.peak_memory_bytes, s.baseline_memory_bytes) {
        (Some(peak), Some(base)) => text.push_str(&format!(
            "  peak memory: {:.1} MB resident ({:.1} MB above the {:.1} MB before loading)\n",
            mb(peak),
            mb(peak.saturating_sub(base)),
            mb(base)
        )),
        (Some(peak), None) => {
            text.push_str(&format!("  peak memory: {:.1} MB resident\n", mb(peak)));
        }
        _ => text.push_str("  peak memory: not known on this system\n"),
    }
    text
}

/// Resets the kernel's peak-resident-memory mark for this process (Linux: writing `5` to
/// `/proc/self/clear_refs`), so each file's peak is its own; does nothing elsewhere.
fn reset_peak_memory() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// A memory figure of this process from `/proc/self/status` (`VmRSS:` now, `VmHWM:` peak),
/// in bytes; `None` where the file does not exist.
pub fn memory_bytes(key: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(key))?;
    let kb: u64 = line
        .trim_start_matches(key)
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kb * 1024)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_file_is_counted_and_bounded() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("two.geojson");
        std::fs::write(
            &path,
            br#"{"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[101.5,21.5]}},
            {"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[100,18],[103,19],[102,20]]}},
            {"type":"Feature","properties":{},"geometry":null}]}"#,
        )
        .expect("write");
        let s = load_like_the_app(&path).expect("loads");
        assert_eq!(s.features, 3);
        assert_eq!(s.with_geometry, 2);
        assert_eq!(s.vertices, 4);
        let b = s.bbox.expect("has a box");
        assert_eq!(
            (b.min().x, b.min().y, b.max().x, b.max().y),
            (100.0, 18.0, 103.0, 21.5)
        );
        let text = format_stats(&s);
        assert!(text.contains("features:    3 (2 with geometry)"), "{text}");
        assert!(text.contains("vertices:    4"), "{text}");
        assert!(text.contains("lon 100.00000 to 103.00000"), "{text}");
    }

    #[test]
    fn an_unloadable_file_is_named_and_gives_a_non_zero_exit_code() {
        let dir = tempfile::tempdir().expect("temp dir");
        let bad = dir.path().join("bad.geojson");
        std::fs::write(&bad, b"[1, 2").expect("write");
        let good = dir.path().join("good.geojson");
        std::fs::write(
            &good,
            br#"{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[1,2]}}"#,
        )
        .expect("write");
        let mut out = Vec::new();
        let code = run_stats(&[bad.clone(), good.clone()], &mut out);
        assert_eq!(code, EXIT_NOT_LOADED);
        let text = String::from_utf8(out).expect("utf-8");
        assert!(
            text.contains(&format!(
                "{}: cannot be loaded: the file is not valid JSON",
                bad.display()
            )),
            "{text}"
        );
        assert!(
            text.contains("features:    1"),
            "the good file is still reported: {text}"
        );
        let mut out = Vec::new();
        assert_eq!(run_stats(&[good], &mut out), EXIT_LOADED);
    }

    #[test]
    fn memory_figures_are_read_on_linux() {
        if cfg!(target_os = "linux") {
            let rss = memory_bytes("VmRSS:").expect("Linux reports VmRSS");
            assert!(
                rss > 1024 * 1024,
                "a running test uses more than 1 MB: {rss}"
            );
        }
        assert_eq!(memory_bytes("NoSuchKey:"), None);
    }
}
