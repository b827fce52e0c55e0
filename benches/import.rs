//! GeoJSON import throughput on the synthetic ~123 MB file (`tools/big_geojson.rs`: 120,000
//! LineStrings × 40 positions, 4 properties each, over the corridor), against GDAL's
//! `ogrinfo -ro -al -so` on the same file in the same run.
//!
//! The atlas's import is what File → Open costs before the layer can be drawn: read and parse
//! (`load_file`), the R-tree (`Atlas::add_layer`) and the drawing preparation
//! (`PreparedLayer::new`: looks, fills, the simplified copies for low zoom). Targets: at least
//! 5× GDAL's time, peak memory under 3× the file size.
//!
//! `cargo bench --bench import` (set `MEKONG_BIG_GEOJSON` to use another file). Without
//! `ogrinfo` (Debian: `apt-get install gdal-bin`) the GDAL half is skipped and said so.

#[path = "../tools/big_geojson.rs"]
mod big_geojson;

use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use mekong_atlas::data::{Atlas, LayerKind, LayerOrigin, load_file};
use mekong_atlas::map::overlays::PreparedLayer;

const ROUNDS: usize = 3;

fn big_file() -> PathBuf {
    big_geojson::cached_big_file(std::path::Path::new(env!("CARGO_TARGET_TMPDIR")))
        .unwrap_or_else(|e| fail(&e.to_string()))
}

fn fail(why: &str) -> ! {
    eprintln!("import bench: {why}");
    std::process::exit(1)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

/// Peak resident memory of this process, bytes (Linux; `None` elsewhere).
fn peak_rss() -> Option<u64> {
    mekong_atlas::stats::memory_bytes("VmHWM:")
}

fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

struct Phases {
    parse: Duration,
    index: Duration,
    prepare: Duration,
    peak_after: [Option<u64>; 3],
}

fn import_once(path: &std::path::Path) -> Phases {
    reset_peak();
    let t = Instant::now();
    let parsed =
        load_file(path, &AtomicBool::new(false), &|_| {}).unwrap_or_else(|e| fail(&e.to_string()));
    let parse = t.elapsed();
    let p0 = peak_rss();
    let t = Instant::now();
    let mut atlas = Atlas::empty();
    let id = atlas.add_layer(
        "big".into(),
        LayerKind::Imported,
        LayerOrigin::File(path.to_path_buf()),
        parsed,
    );
    let index = t.elapsed();
    let p1 = peak_rss();
    let t = Instant::now();
    let layer = atlas.layer(id).unwrap_or_else(|| fail("layer vanished"));
    let prepared = PreparedLayer::new(layer);
    let prepare = t.elapsed();
    let p2 = peak_rss();
    std::hint::black_box(&prepared);
    Phases {
        parse,
        index,
        prepare,
        peak_after: [p0, p1, p2],
    }
}

fn main() {
    let path = big_file();
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    println!("file: {} ({:.1} MB)", path.display(), mb(size));

    let mut totals = Vec::new();
    for round in 1..=ROUNDS {
        let p = import_once(&path);
        let total = p.parse + p.index + p.prepare;
        let peak = p.peak_after.iter().flatten().max().copied();
        println!(
            "atlas round {round}: parse {:.0} ms + index {:.0} ms + prepare {:.0} ms = {:.0} ms ({:.0} MB/s); peak RSS after parse/index/prepare {} MB",
            ms(p.parse),
            ms(p.index),
            ms(p.prepare),
            ms(total),
            mb(size) / total.as_secs_f64(),
            p.peak_after
                .iter()
                .map(|b| b.map_or("?".to_string(), |b| format!("{:.0}", mb(b))))
                .collect::<Vec<_>>()
                .join("/")
        );
        if let Some(peak) = peak {
            println!(
                "  peak memory {:.0} MB = {:.2}× the file (target < 3×)",
                mb(peak),
                peak as f64 / size as f64
            );
        }
        totals.push(total);
    }
    totals.sort();
    let atlas_median = totals[totals.len() / 2];
    println!(
        "atlas import median: {:.0} ms, {:.0} MB/s",
        ms(atlas_median),
        mb(size) / atlas_median.as_secs_f64()
    );

    let mut gdal = Vec::new();
    for _ in 0..ROUNDS {
        let t = Instant::now();
        match Command::new("ogrinfo")
            .args(["-ro", "-al", "-so"])
            .arg(&path)
            .output()
        {
            Ok(out) if out.status.success() => gdal.push(t.elapsed()),
            Ok(out) => {
                println!(
                    "GDAL: ogrinfo failed ({}): {}",
                    out.status,
                    String::from_utf8_lossy(&out.stderr).trim()
                );
                break;
            }
            Err(e) => {
                println!(
                    "GDAL: ogrinfo is not available ({e}); install gdal-bin to compare. Skipped."
                );
                break;
            }
        }
    }
    if gdal.is_empty() {
        return;
    }
    gdal.sort();
    let gdal_median = gdal[gdal.len() / 2];
    println!(
        "GDAL ogrinfo -ro -al -so median of {}: {:.0} ms, {:.0} MB/s",
        gdal.len(),
        ms(gdal_median),
        mb(size) / gdal_median.as_secs_f64()
    );
    let ratio = gdal_median.as_secs_f64() / atlas_median.as_secs_f64();
    println!(
        "atlas is {ratio:.1}× faster than GDAL (target ≥ 5×): {}",
        if ratio >= 5.0 { "met" } else { "NOT met" }
    );
}
