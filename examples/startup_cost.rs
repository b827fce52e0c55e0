//! What building the atlas costs at start-up, without a window: reading the built-in
//! corridor files (`Atlas::builtin`) and building the indexes, railway line and timeline
//! (`AppState::new`), the two phases the start-up log names "corridor data read" and
//! "indexes, railway line and timeline built"; and what Details measures of a selected zone
//! (its nearby ports and stations), which it once paid every frame and now once per
//! selection. Run in release to compare two builds:
//! `cargo run --release --example startup_cost [RUNS]`.

use std::time::{Duration, Instant};

use mekong_atlas::data::{Atlas, LayerKind};
use mekong_atlas::measure::near_zone;
use mekong_atlas::state::AppState;

fn median(mut v: Vec<Duration>) -> f64 {
    v.sort();
    v.get(v.len() / 2)
        .copied()
        .unwrap_or_default()
        .as_secs_f64()
        * 1000.0
}

fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(21);
    let (mut read, mut built, mut near) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..runs {
        let t = Instant::now();
        let atlas = match Atlas::builtin() {
            Ok(a) => a,
            Err(e) => {
                eprintln!("the built-in data could not be read: {e}");
                std::process::exit(1)
            }
        };
        read.push(t.elapsed());
        let t = Instant::now();
        let state = AppState::new(atlas);
        built.push(t.elapsed());
        let zones = state
            .atlas()
            .layers()
            .iter()
            .filter(|l| l.kind == LayerKind::Zone)
            .flat_map(|l| l.features.iter());
        for zone in zones {
            let t = Instant::now();
            std::hint::black_box(near_zone(state.atlas(), zone));
            near.push(t.elapsed());
        }
    }
    println!(
        "median of {runs} runs: corridor data read {:.2} ms, indexes/railway/timeline built {:.2} ms",
        median(read),
        median(built)
    );
    println!(
        "ports and stations near a zone: median {:.3} ms per zone",
        median(near)
    );
}
