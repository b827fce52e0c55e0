//! Memory of a GeoJSON import, step by step, as the window runs it: read and parse,
//! prepare the drawing, index names and boxes (all on the import thread), add the layer to
//! the atlas and make its drawing (the UI thread). Prints the resident memory after each
//! step and the peak so far, so that whoever works on a border-site laptop's memory sees
//! which step holds what (issue: peak within 3× the file).
//!
//! `cargo run --release --example import_memory -- FILE.geojson`
//! (a file of 2,000,000 points: `cargo run --release --bin gen_big_geojson`, see README).

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use mekong_atlas::data::{Atlas, FeatureIndex, IdIndex, load};
use mekong_atlas::map::overlays::{PreparedLayer, ReadyDrawing};
use mekong_atlas::state::{AppState, Imported};
use mekong_atlas::stats::memory_bytes;

fn mib(bytes: u64) -> f64 {
    bytes as f64 / 1_048_576.0
}

/// Prints the memory now and at its peak, and how long the step took since the last report.
fn report(step: &str, base: u64, file: u64) {
    thread_local! {
        static LAST: std::cell::Cell<Option<Instant>> = const { std::cell::Cell::new(None) };
    }
    let took = LAST.with(|last| {
        let now = Instant::now();
        let took = last.get().map(|t| now.duration_since(t).as_secs_f64());
        last.set(Some(now));
        took.unwrap_or(0.0)
    });
    let now = memory_bytes("VmRSS:").unwrap_or(0);
    let peak = memory_bytes("VmHWM:").unwrap_or(0);
    println!(
        "{step:<34} {took:>6.2} s  now {:>7.1} MiB  peak {:>7.1} MiB  ({:.2}× the file above the start)",
        mib(now.saturating_sub(base)),
        mib(peak.saturating_sub(base)),
        peak.saturating_sub(base) as f64 / file.max(1) as f64,
    );
}

fn main() {
    let Some(path) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: import_memory FILE.geojson");
        std::process::exit(2);
    };
    let file = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    let mut state = AppState::new(Atlas::default());
    let base = memory_bytes("VmRSS:").unwrap_or(0);
    println!("file: {:.1} MiB", mib(file));
    report("start", base, file);
    let cancel = AtomicBool::new(false);
    let parsed = match load::load_file(&path, &cancel, &|_| {}) {
        Ok(parsed) => parsed,
        Err(e) => {
            eprintln!("{path:?}: {e}");
            std::process::exit(1);
        }
    };
    report("read and parsed", base, file);
    let boxes = FeatureIndex::build(&parsed.features);
    report("boxes indexed", base, file);
    let Some(ready) = ReadyDrawing::of(&parsed.features, &boxes, &cancel) else {
        return;
    };
    report("drawing prepared", base, file);
    let names = mekong_atlas::search::names_index(&parsed.features);
    report("names indexed", base, file);
    let ids = IdIndex::build(&parsed.features);
    report("ids indexed", base, file);
    // What `Imported::of` builds besides the boxes, again, as an import does.
    drop((names, ids));
    let imported = Imported::of(parsed, boxes);
    report("imported (names and ids again)", base, file);
    let id = state.add_imported(path, imported);
    report("layer added (UI thread)", base, file);
    let Some(layer) = state.atlas().layer(id) else {
        return;
    };
    let prepared = PreparedLayer::with_ready(layer, Some(ready));
    report("drawing made (UI thread)", base, file);
    drop(prepared);
}
