//! The synthetic GeoJSON file the import and frame-time benchmarks use: a FeatureCollection
//! of 120,000 LineStrings of 40 positions each, with 4 properties each, spread over the
//! corridor (lon 99.6–104.4°E, lat 17.6–25.5°N), about 123 MB.
//!
//! The file is the same on every run and machine (a fixed-seed generator, fixed decimal
//! formatting), so numbers measured on it can be compared. The lines are random walks of
//! ~500 m steps; they are not real roads, only data of a realistic shape and size.
//! Shared by `tools/gen_big_geojson.rs` and the benchmarks (`#[path]` module).

use std::io::Write;

/// Number of features in the benchmarks' file.
pub const FEATURES: usize = 120_000;
/// Positions per LineString.
pub const VERTICES: usize = 40;
/// The corridor box the lines start in, degrees (as `map::camera::CORRIDOR_BOUNDS`).
const WEST: f64 = 99.6;
const EAST: f64 = 104.4;
const SOUTH: f64 = 17.6;
const NORTH: f64 = 25.5;
/// Largest step of the random walk, degrees (~550 m at these latitudes).
const STEP_DEG: f64 = 0.005;

/// SplitMix64: tiny, fast and identical everywhere, which is all a data generator needs.
struct SplitMix(u64);

impl SplitMix {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

const CATEGORIES: [&str; 4] = ["track", "road", "canal", "power line"];

/// Writes the file with `features` LineStrings to `w` (buffer it: many small writes).
pub fn write_big_geojson(w: &mut dyn Write, features: usize) -> std::io::Result<()> {
    let mut rng = SplitMix(0x4D45_4B4F_4E47);
    writeln!(w, "{{\"type\":\"FeatureCollection\",\"features\":[")?;
    for i in 0..features {
        let mut lon = WEST + rng.unit() * (EAST - WEST);
        let mut lat = SOUTH + rng.unit() * (NORTH - SOUTH);
        let category = CATEGORIES[(rng.next_u64() % 4) as usize];
        write!(
            w,
            "{{\"type\":\"Feature\",\"properties\":{{\"id\":\"gen-{i:06}\",\"name\":\"Synthetic line {i}\",\"category\":\"{category}\",\"rank\":{}}},\"geometry\":{{\"type\":\"LineString\",\"coordinates\":[",
            rng.next_u64() % 10
        )?;
        for v in 0..VERTICES {
            if v > 0 {
                w.write_all(b",")?;
                lon = (lon + (rng.unit() - 0.5) * 2.0 * STEP_DEG).clamp(WEST, EAST);
                lat = (lat + (rng.unit() - 0.5) * 2.0 * STEP_DEG).clamp(SOUTH, NORTH);
            }
            write!(w, "[{lon:.6},{lat:.6}]")?;
        }
        w.write_all(b"]}}")?;
        w.write_all(if i + 1 < features { b",\n" } else { b"\n" })?;
    }
    writeln!(w, "]}}")?;
    Ok(())
}

/// The benchmarks' copy of the test file: `MEKONG_BIG_GEOJSON` if set, otherwise
/// `mekong-big-120k.geojson` in `dir`, written once (to a `.partial` file renamed when
/// complete, so an interrupted run never leaves a truncated file behind).
#[allow(dead_code)] // gen_big_geojson uses only the writer
pub fn cached_big_file(dir: &std::path::Path) -> std::io::Result<std::path::PathBuf> {
    if let Some(p) = std::env::var_os("MEKONG_BIG_GEOJSON") {
        return Ok(std::path::PathBuf::from(p));
    }
    let path = dir.join("mekong-big-120k.geojson");
    if !path.exists() {
        println!("writing {} …", path.display());
        let partial = path.with_extension("partial");
        let file = std::fs::File::create(&partial)?;
        let mut w = std::io::BufWriter::with_capacity(1 << 20, file);
        write_big_geojson(&mut w, FEATURES)?;
        w.flush()?;
        drop(w);
        std::fs::rename(&partial, &path)?;
    }
    Ok(path)
}
