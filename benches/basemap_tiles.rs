//! How long the embedded basemap takes to parse once and to rasterise one tile, per zoom
//! level and tile size, over the Kunming–Vientiane corridor.
//!
//! The app rasterises tiles on two worker threads of a 2-core laptop; the budget is
//! 5 ms median per 256-pixel tile at every zoom, so a screenful of ~30 new tiles is
//! ready within a few frames. Run with `cargo bench --bench basemap_tiles`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use mekong_atlas::data::basemap::BasemapData;
use mekong_atlas::map::raster::{TileCoord, render_tile};

/// Kunming (north-east corner) to Vientiane (south-west corner), degrees, widened a
/// little so both cities sit inside: lon 101.0–103.5°E, lat 17.5–25.5°N.
const WEST: f64 = 101.0;
const EAST: f64 = 103.5;
const SOUTH: f64 = 17.5;
const NORTH: f64 = 25.5;

/// Tiles per zoom level: the corridor's tiles, widened around its centre when the
/// corridor has too few (low zoom), thinned to an even sample when it has too many.
const TILES_PER_LEVEL: usize = 32;
/// Each tile is drawn this many times; the statistics use every draw.
const ROUNDS: usize = 5;

fn corridor_tiles(zoom: u8) -> Vec<TileCoord> {
    let nw = TileCoord::containing(WEST, NORTH, zoom);
    let se = TileCoord::containing(EAST, SOUTH, zoom);
    let (mut x0, mut x1, mut y0, mut y1) = (nw.x, se.x, nw.y, se.y);
    let max = (1u32 << zoom) - 1;
    while ((x1 - x0 + 1) * (y1 - y0 + 1)) < TILES_PER_LEVEL as u32 {
        x0 = x0.saturating_sub(1);
        x1 = (x1 + 1).min(max);
        y0 = y0.saturating_sub(1);
        y1 = (y1 + 1).min(max);
    }
    let all: Vec<TileCoord> = (y0..=y1)
        .flat_map(|y| (x0..=x1).map(move |x| TileCoord { zoom, x, y }))
        .collect();
    let step = (all.len() / TILES_PER_LEVEL).max(1);
    all.into_iter()
        .step_by(step)
        .take(TILES_PER_LEVEL)
        .collect()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(i).copied().unwrap_or_default()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    let start = Instant::now();
    let data = match BasemapData::embedded() {
        Ok(data) => data,
        Err(err) => {
            eprintln!("cannot parse the embedded basemap: {err}");
            std::process::exit(1);
        }
    };
    println!(
        "BasemapData::embedded() parse: {:.1} ms",
        ms(start.elapsed())
    );

    println!("zoom  size  tiles  median ms  p95 ms  max ms  slowest tile (its best ms)");
    let mut over_budget = false;
    for zoom in [5u8, 6, 8, 10, 11] {
        let tiles = corridor_tiles(zoom);
        for size in [256u32, 512] {
            // Warm up caches and the allocator.
            for &tile in &tiles {
                black_box(render_tile(&data, tile, size));
            }
            let mut times = Vec::with_capacity(tiles.len() * ROUNDS);
            // Per tile, its fastest draw: the cost of the tile itself, without the
            // noise of other processes on the machine.
            let mut best: Vec<(Duration, TileCoord)> =
                tiles.iter().map(|&t| (Duration::MAX, t)).collect();
            for _ in 0..ROUNDS {
                for (i, &tile) in tiles.iter().enumerate() {
                    let t = Instant::now();
                    black_box(render_tile(&data, black_box(tile), size));
                    let elapsed = t.elapsed();
                    times.push(elapsed);
                    if let Some(slot) = best.get_mut(i) {
                        slot.0 = slot.0.min(elapsed);
                    }
                }
            }
            let slowest = best.iter().max_by_key(|(d, _)| *d).copied();
            times.sort();
            let median = percentile(&times, 0.5);
            let p95 = percentile(&times, 0.95);
            let max = times.last().copied().unwrap_or_default();
            let (slow_ms, slow_tile) = slowest
                .map(|(d, t)| (ms(d), format!("{}/{}/{}", t.zoom, t.x, t.y)))
                .unwrap_or_default();
            println!(
                "z{zoom:<4} {size:>4}  {:>5}  {:>9.2}  {:>6.2}  {:>6.2}  {slow_tile} {slow_ms:.2}",
                tiles.len(),
                ms(median),
                ms(p95),
                ms(max)
            );
            if size == 256 && ms(median) > 5.0 {
                over_budget = true;
            }
        }
    }
    if over_budget {
        println!("OVER BUDGET: a 256 px median exceeds 5 ms");
    }
}
