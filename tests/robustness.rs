//! Hostile input through every way a file gets into the atlas — `mekong-atlas stats`,
//! `mekong-atlas check`, the app's import, and tile packs — plus a deterministic in-process
//! mutation loop over the same readers. Each input gives a clear error or a documented
//! best-effort load; none panics, none hangs, memory stays bounded. Behaviour only: no
//! timings are asserted (the hang guards are minutes long, far beyond any slow machine).

// Only the writer is used here, not the benchmarks' full-size constants.
#[allow(dead_code)]
#[path = "../tools/big_geojson.rs"]
mod big_geojson;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use mekong_atlas::cli::run_check;
use mekong_atlas::data::{Atlas, LayerKind, LayerOrigin, load_file, parse_geojson};
use mekong_atlas::map::camera::View;
use mekong_atlas::map::online::{TileChoice, check_pack};
use mekong_atlas::map::overlays::PreparedLayer;
use mekong_atlas::map::pack::PackTiles;
use mekong_atlas::state::effect::Effect;
use mekong_atlas::state::notices::Level;
use mekong_atlas::stats::{EXIT_LOADED, EXIT_NOT_LOADED, run_stats};
use walkers::{TileId, Tiles};

fn data_dir(name: &str) -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data")).join(name)
}

fn files_in(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{} must exist: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}

/// Runs `work` on its own thread and fails the test if it does not finish within `minutes`:
/// a guard against hangs, not a performance check.
fn without_hanging<T: Send + 'static>(
    what: &str,
    minutes: u64,
    work: impl FnOnce() -> T + Send + 'static,
) -> T {
    let (tx, rx) = mpsc::channel();
    let handle = std::thread::Builder::new()
        .name(format!("guarded: {what}"))
        .spawn(move || {
            let _ = tx.send(work());
        })
        .expect("a test thread starts");
    match rx.recv_timeout(Duration::from_secs(minutes * 60)) {
        Ok(v) => v,
        Err(mpsc::RecvTimeoutError::Disconnected) => match handle.join() {
            Err(panic) => std::panic::resume_unwind(panic),
            Ok(()) => panic!("{what}: the worker stopped without an answer"),
        },
        Err(mpsc::RecvTimeoutError::Timeout) => panic!("{what} hangs"),
    }
}

/// Peak resident memory of this process, bytes (Linux; `None` elsewhere).
fn peak_rss_bytes() -> Option<u64> {
    mekong_atlas::stats::memory_bytes("VmHWM:")
}

#[test]
fn every_hostile_file_through_stats_and_check_gives_a_clear_answer() {
    let files = files_in(&data_dir("bad"));
    assert!(files.len() >= 30, "the corpus has {} files", files.len());
    without_hanging("stats and check over the hostile corpus", 5, move || {
        for path in files {
            let name = path.display().to_string();
            let loaded = load_file(&path, &AtomicBool::new(false), &|_| {});
            let loads = loaded.is_ok();
            let empty = loaded.is_ok_and(|p| p.features.is_empty());

            let mut out = Vec::new();
            let code = run_stats(std::slice::from_ref(&path), &mut out);
            let text = String::from_utf8(out).expect("stats prints UTF-8");
            if loads {
                if empty {
                    // Read, but nothing to show: said, and not a success.
                    assert_eq!(code, EXIT_NOT_LOADED, "{name}: {text}");
                    assert!(text.contains(": nothing loaded: "), "{name}: {text}");
                } else {
                    assert_eq!(code, EXIT_LOADED, "{name}: {text}");
                }
                assert!(text.starts_with(&name), "{name}: {text}");
                for key in [
                    "features:",
                    "vertices:",
                    "bbox:",
                    "load time:",
                    "peak memory:",
                ] {
                    assert!(text.contains(key), "{name}: no {key} in {text}");
                }
            } else {
                assert_eq!(code, EXIT_NOT_LOADED, "{name}: {text}");
                let expected = format!("{name}: cannot be loaded: ");
                assert!(text.starts_with(&expected), "{name}: {text}");
                assert!(
                    text.trim_end().len() > expected.len() + 5,
                    "{name}: the reason is said: {text}"
                );
            }

            let mut out = Vec::new();
            let code = run_check(std::slice::from_ref(&path), &mut out);
            let text = String::from_utf8(out).expect("check prints UTF-8");
            assert!((0..=2).contains(&code), "{name}: exit code {code}");
            let summary = text.lines().last().unwrap_or_default();
            assert!(summary.starts_with("checked 1 file"), "{name}: {text}");
            if code != 0 {
                assert!(
                    text.lines().count() >= 2,
                    "{name}: problems are listed: {text}"
                );
            }
        }
    });
}

#[path = "support/headless.rs"]
mod headless;
use headless::Headless;

#[test]
fn the_app_imports_every_hostile_file_and_stays_usable() {
    let files = files_in(&data_dir("bad"));
    without_hanging("importing the hostile corpus in the app", 5, move || {
        let mut h = Headless::new();
        h.frame();
        let builtin = h.app.state.atlas().layers().len();
        let mut loaded = 0;
        for path in &files {
            let name = path.display().to_string();
            let layers_before = h.app.state.atlas().layers().len();
            h.app.state.push(Effect::Import(path.clone()));
            h.finish_imports();
            let layers_after = h.app.state.atlas().layers().len();
            let loads = load_file(path, &AtomicBool::new(false), &|_| {}).is_ok();
            if loads {
                assert_eq!(layers_after, layers_before + 1, "{name} became a layer");
                loaded += 1;
            } else {
                assert_eq!(layers_after, layers_before, "{name} added no layer");
                let last = h.app.state.notices.items().last().expect("a notice");
                assert_eq!(last.level, Level::Error, "{name}");
                assert!(last.text.contains(&name), "{name}: {}", last.text);
                assert!(!last.details.is_empty(), "{name}: the reason is given");
            }
        }
        assert!(loaded > 10, "many hostile files are best-effort loads");
        assert_eq!(h.app.state.atlas().layers().len(), builtin + loaded);
        // Every hostile layer drawn and hovered at a far, a middle and a close zoom.
        for zoom in [3.0, 9.0, 15.0] {
            h.app.map.set_view(View {
                lon: 101.5,
                lat: 21.0,
                zoom,
            });
            for _ in 0..3 {
                h.frame();
            }
        }
    });
}

#[test]
fn loading_the_hostile_corpus_keeps_memory_bounded() {
    let files = files_in(&data_dir("bad"));
    let mut total_bytes = 0u64;
    for path in &files {
        total_bytes += std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
        if let Ok(parsed) = load_file(path, &AtomicBool::new(false), &|_| {}) {
            let mut atlas = Atlas::empty();
            let id = atlas.add_layer(
                "x".into(),
                LayerKind::Imported,
                LayerOrigin::File(path.clone()),
                parsed,
            );
            let layer = atlas.layer(id).expect("added");
            std::hint::black_box(PreparedLayer::new(layer));
        }
    }
    assert!(total_bytes < 10 * 1024 * 1024, "the corpus is small files");
    if let Some(peak) = peak_rss_bytes() {
        // The whole test binary, including the other tests running beside this one (the
        // headless app with its basemap): far below this unless some input blows up.
        assert!(
            peak < 2 * 1024 * 1024 * 1024,
            "peak resident memory {} MB",
            peak / (1024 * 1024)
        );
    }
}

// ---------------------------------------------------------------------------------------
// Tile packs

fn varint(mut v: u64, out: &mut Vec<u8>) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// A PMTiles v3 archive (no compression, PNG tiles) holding `tiles` as (PMTiles tile id,
/// bytes), ids ascending: 0 is 0/0/0, 1 is 1/0/0.
fn pmtiles(tiles: &[(u64, Vec<u8>)]) -> Vec<u8> {
    let mut dir = Vec::new();
    varint(tiles.len() as u64, &mut dir);
    let mut last_id = 0;
    for (id, _) in tiles {
        varint(id - last_id, &mut dir);
        last_id = *id;
    }
    for _ in tiles {
        varint(1, &mut dir); // run length
    }
    for (_, bytes) in tiles {
        varint(bytes.len() as u64, &mut dir);
    }
    for (i, _) in tiles.iter().enumerate() {
        // First offset is stored +1; the rest follow on, stored as 0.
        varint(if i == 0 { 1 } else { 0 }, &mut dir);
    }
    let metadata = b"{}";
    let root_offset = 127u64;
    let metadata_offset = root_offset + dir.len() as u64;
    let leaf_offset = metadata_offset + metadata.len() as u64;
    let data_offset = leaf_offset;
    let data_length: u64 = tiles.iter().map(|(_, b)| b.len() as u64).sum();
    let mut h = Vec::with_capacity(127);
    h.extend_from_slice(b"PMTiles");
    h.push(3);
    for v in [
        root_offset,
        dir.len() as u64,
        metadata_offset,
        metadata.len() as u64,
        leaf_offset,
        0,
        data_offset,
        data_length,
        tiles.len() as u64,
        tiles.len() as u64,
        tiles.len() as u64,
    ] {
        h.extend_from_slice(&v.to_le_bytes());
    }
    h.extend_from_slice(&[1, 1, 1, 2, 0, 1]); // clustered, no compression ×2, PNG, z0–z1
    for deg in [-180.0f64, -85.0, 180.0, 85.0] {
        h.extend_from_slice(&((deg * 1e7) as i32).to_le_bytes());
    }
    h.push(0);
    h.extend_from_slice(&0i32.to_le_bytes());
    h.extend_from_slice(&0i32.to_le_bytes());
    assert_eq!(h.len(), 127);
    h.extend_from_slice(&dir);
    h.extend_from_slice(metadata);
    for (_, bytes) in tiles {
        h.extend_from_slice(bytes);
    }
    h
}

fn png_tile() -> Vec<u8> {
    let mut pixmap = tiny_skia::Pixmap::new(256, 256).expect("pixmap");
    pixmap.fill(tiny_skia::Color::from_rgba8(200, 30, 30, 255));
    pixmap.encode_png().expect("png")
}

/// Asks for `id` until walkers has nothing in flight; returns what it finally gives.
fn settle_tile(tiles: &mut PackTiles, id: TileId) -> Option<walkers::TilePiece> {
    let mut piece = None;
    headless::poll_until(|| {
        piece = tiles.at(id);
        piece.is_some() || tiles.stats().in_progress == 0
    });
    if piece.is_some() {
        return piece;
    }
    // Nothing in flight: one more look, as the result may have come with the last poll.
    tiles.at(id)
}

#[test]
fn a_corrupt_tile_in_a_pack_is_skipped_and_the_rest_of_the_pack_still_draws() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("corrupt.pmtiles");
    let garbage = b"\x89PNG\r\n\x1a\n but then not an image at all".to_vec();
    std::fs::write(&path, pmtiles(&[(0, garbage), (1, png_tile())])).expect("write");
    let pack = check_pack(&path).expect("the directories are sound");

    without_hanging("reading a pack with a corrupt tile", 3, move || {
        let ctx = egui::Context::default();
        let mut tiles = PackTiles::new(pack, ctx);
        let top = TileId {
            x: 0,
            y: 0,
            zoom: 0,
        };
        assert!(
            settle_tile(&mut tiles, top).is_none(),
            "the corrupt tile is skipped, not shown"
        );
        let good = TileId {
            x: 0,
            y: 0,
            zoom: 1,
        };
        assert!(
            settle_tile(&mut tiles, good).is_some(),
            "the good tile beside it is drawn"
        );
        // Asking again for the corrupt one neither panics nor shows anything.
        assert!(tiles.at(top).is_none());
        drop(dir);
    });
}

#[test]
fn the_app_keeps_running_on_a_pack_with_corrupt_tiles_and_directory() {
    let dir = tempfile::tempdir().expect("temp dir");
    let corrupt_tile = dir.path().join("tile.pmtiles");
    std::fs::write(
        &corrupt_tile,
        pmtiles(&[(0, b"garbage".to_vec()), (1, b"more garbage".to_vec())]),
    )
    .expect("write");
    // A valid header whose directory points past the end of the file.
    let mut truncated = pmtiles(&[(0, png_tile())]);
    truncated.truncate(140);
    let truncated_path = dir.path().join("truncated.pmtiles");
    std::fs::write(&truncated_path, truncated).expect("write");
    without_hanging("the app on corrupt packs", 3, move || {
        let mut h = Headless::new();
        let look_around = |h: &mut Headless| {
            for zoom in [0.5, 1.0, 5.0] {
                h.app.map.set_view(View {
                    lon: 101.5,
                    lat: 21.0,
                    zoom,
                });
                for _ in 0..20 {
                    h.frame();
                    std::thread::sleep(Duration::from_millis(2));
                }
            }
        };
        h.app
            .state
            .push(Effect::SetTiles(TileChoice::Pack(corrupt_tile.clone())));
        h.finish_pack_job();
        look_around(&mut h);
        // Bad tiles inside a sound pack are skipped and reported; the pack stays chosen.
        assert_eq!(*h.app.state.tiles(), TileChoice::Pack(corrupt_tile.clone()));
        assert!(
            h.app.state.notices.items().iter().any(|n| n
                .text
                .contains("tiles of Tile pack tile.pmtiles cannot be read")),
            "{:?}",
            h.app.state.notices.items()
        );

        // A pack cut short is refused up front, in words, and the map in use stays.
        h.app
            .state
            .push(Effect::SetTiles(TileChoice::Pack(truncated_path)));
        h.finish_pack_job();
        look_around(&mut h);
        assert_eq!(*h.app.state.tiles(), TileChoice::Pack(corrupt_tile));
        let last = h.app.state.notices.items().last().map(|n| n.text.clone());
        assert!(
            last.as_deref().is_some_and(|t| t.contains("outside")),
            "{last:?}"
        );
        drop(dir);
    });
}

// ---------------------------------------------------------------------------------------
// Deterministic mutation loop (the same readers as the cargo-fuzz targets in fuzz/)

/// SplitMix64, so every run mutates the same way and a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Bytes GeoJSON and JSON readers trip over.
const TOKENS: &[&[u8]] = &[
    b"[",
    b"]",
    b"{",
    b"}",
    b",",
    b":",
    b"\"",
    b"null",
    b"-",
    b"1e999",
    b"-0",
    b"NaN",
    b"\"type\"",
    b"\"Feature\"",
    b"\"coordinates\"",
    b"\"geometry\"",
    b"[[[[",
    b"]]]]",
    b"\"GeometryCollection\"",
    b"\"geometries\"",
    b"\\u0000",
    b"\xff",
    b"\xEF\xBB\xBF",
];

fn mutate(rng: &mut Rng, input: &[u8]) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..=rng.below(4) {
        let at = rng.below(out.len() + 1);
        match rng.below(7) {
            0 if !out.is_empty() => {
                let i = at.min(out.len() - 1);
                out[i] ^= 1 << rng.below(8);
            }
            1 if !out.is_empty() => {
                let end = (at + rng.below(16)).min(out.len());
                out.drain(at.min(end)..end);
            }
            2 => {
                let token = TOKENS[rng.below(TOKENS.len())];
                out.splice(at..at, token.iter().copied());
            }
            3 if !out.is_empty() => {
                // Duplicate a chunk somewhere else (repeats features, nests brackets).
                let start = rng.below(out.len());
                let end = (start + rng.below(64)).min(out.len());
                let chunk = out[start..end].to_vec();
                let to = rng.below(out.len() + 1);
                out.splice(to..to, chunk);
            }
            4 => out.truncate(at),
            5 if !out.is_empty() => {
                let i = at.min(out.len() - 1);
                out[i] = rng.next() as u8;
            }
            _ => {
                let digits = format!("{}", rng.next() as i64 as f64 / 1e3);
                out.splice(at..at, digits.bytes());
            }
        }
    }
    out
}

/// How many mutants per seed: `MEKONG_FUZZ_ITERATIONS`, else a quick default.
fn iterations(default: usize) -> usize {
    std::env::var("MEKONG_FUZZ_ITERATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn import_like_the_app(bytes: &[u8]) {
    if let Ok(parsed) = parse_geojson(bytes) {
        let mut atlas = Atlas::empty();
        let id = atlas.add_layer(
            "fuzz".into(),
            LayerKind::Imported,
            LayerOrigin::File("fuzz.geojson".into()),
            parsed,
        );
        if let Some(layer) = atlas.layer(id) {
            std::hint::black_box(PreparedLayer::new(layer));
        }
    }
}

#[test]
fn mutated_geojson_never_panics_the_import() {
    let mut seeds: Vec<PathBuf> = files_in(&data_dir("bad"));
    seeds.extend(files_in(&data_dir("good")));
    seeds.extend(files_in(&data_dir("fuzz")));
    let per_seed = iterations(40);
    let done = without_hanging("mutated GeoJSON", 10, move || {
        let count = AtomicUsize::new(0);
        let mut rng = Rng(0x6D65_6B6F_6E67);
        for seed in &seeds {
            let bytes = std::fs::read(seed).expect("seed readable");
            // Large seeds are cut down so the loop spends its time on variety, not size.
            let bytes = &bytes[..bytes.len().min(64 * 1024)];
            for _ in 0..per_seed {
                let mutant = mutate(&mut rng, bytes);
                import_like_the_app(&mutant);
                count.fetch_add(1, Ordering::Relaxed);
            }
        }
        count.into_inner()
    });
    assert!(done > 0);
}

#[test]
fn findings_of_the_fuzzers_load_or_fail_cleanly() {
    // Inputs that once went wrong, kept so they never do again (see tests/data/fuzz/README).
    for path in files_in(&data_dir("fuzz")) {
        if path.extension().is_some_and(|e| e == "md") {
            continue;
        }
        let bytes = std::fs::read(&path).expect("readable");
        if path.extension().is_some_and(|e| e == "pmtiles") {
            continue; // read by the pack test below
        }
        import_like_the_app(&bytes);
    }
}

/// Reads each mutant of `seeds` as a tile pack the way the map does; returns how many panics
/// happened on any thread (walkers reads packs on its own I/O thread).
fn read_mutated_packs(seeds: Vec<Vec<u8>>, per_seed: usize, mutate_header: bool) -> usize {
    let panics = std::sync::Arc::new(AtomicUsize::new(0));
    let seen = std::sync::Arc::clone(&panics);
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        seen.fetch_add(1, Ordering::Relaxed);
        eprintln!("panic while reading a mutated pack: {info}");
    }));
    let result = std::panic::catch_unwind(move || {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut rng = Rng(0x706D_7469_6C65);
        let ctx = egui::Context::default();
        for (s, seed) in seeds.iter().enumerate() {
            for i in 0..per_seed {
                let mutant = if mutate_header {
                    mutate(&mut rng, seed)
                } else {
                    // Same length, header untouched: directory and tile bytes changed in place.
                    let mut m = seed.clone();
                    for _ in 0..=rng.below(6) {
                        let at = 127 + rng.below(m.len().saturating_sub(127));
                        if let Some(b) = m.get_mut(at) {
                            *b = if rng.below(2) == 0 {
                                *b ^ (1 << rng.below(8))
                            } else {
                                rng.next() as u8
                            };
                        }
                    }
                    m
                };
                let path = dir.path().join(format!("m{s}-{i}.pmtiles"));
                std::fs::write(&path, &mutant).expect("write");
                let Ok(pack) = check_pack(&path) else {
                    continue;
                };
                let mut tiles = PackTiles::new(pack, ctx.clone());
                for (x, zoom) in [(0, 0), (0, 1), (1, 1)] {
                    std::hint::black_box(settle_tile(&mut tiles, TileId { x, y: 0, zoom }));
                }
            }
        }
    });
    std::panic::set_hook(previous);
    if result.is_err() {
        panics.fetch_add(1, Ordering::Relaxed);
    }
    panics.load(Ordering::Relaxed)
}

fn pack_seeds() -> Vec<Vec<u8>> {
    let mut seeds = vec![
        pmtiles(&[(0, png_tile()), (1, b"not a png".to_vec())]),
        pmtiles(&[(0, png_tile()), (1, png_tile()), (2, png_tile())]),
    ];
    for path in files_in(&data_dir("fuzz")) {
        if path.extension().is_some_and(|e| e == "pmtiles") {
            seeds.push(std::fs::read(&path).expect("readable"));
        }
    }
    seeds
}

#[test]
fn packs_with_a_sound_header_and_mutated_directory_and_tiles_never_panic() {
    let per_seed = iterations(60);
    let panics = without_hanging("mutated tile packs", 10, move || {
        // The finding below has a broken header, and a pack cut short breaks the same way;
        // here every mutant keeps its seed's header and length.
        let seeds: Vec<Vec<u8>> = pack_seeds().into_iter().take(2).collect();
        read_mutated_packs(seeds, per_seed, false)
    });
    assert_eq!(panics, 0, "reading mutated packs panicked (messages above)");
}

/// Found by the `tile_pack` fuzz target (tests/data/fuzz/root-directory-length-out-of-range.pmtiles):
/// a header whose root directory lies outside the file passes `check_pack`, then the PMTiles
/// reader panics slicing it on walkers' I/O thread (so does a directory offset inside the
/// header: root-directory-inside-header.pmtiles), which ends that thread, and walkers'
/// next tile request panics on the UI thread ("Failed to send tile request"): the app
/// crashes. A pack cut short (an interrupted download) does the same. Fixed by
/// `check_pack` (src/map/online.rs), which checks the header's offsets and lengths against
/// the file size before the reader sees the pack.
#[test]
fn packs_with_any_mutated_bytes_never_panic() {
    let per_seed = iterations(60);
    let panics = without_hanging("mutated tile packs", 10, move || {
        read_mutated_packs(pack_seeds(), per_seed, true)
    });
    assert_eq!(panics, 0, "reading mutated packs panicked (messages above)");
}

#[test]
fn a_pack_whose_directory_lies_outside_the_file_does_not_bring_the_app_down() {
    // Found by the tile_pack fuzz target: the header's root directory length is ~2^64, and
    // the PMTiles reader panics slicing it on walkers' I/O thread.
    let path = data_dir("fuzz").join("root-directory-length-out-of-range.pmtiles");
    let Ok(pack) = check_pack(&path) else {
        return; // refused up front with a message: the fix
    };
    let panics = read_mutated_packs(vec![std::fs::read(&path).expect("readable")], 0, false);
    assert_eq!(panics, 0);
    let mut tiles = PackTiles::new(pack, egui::Context::default());
    for (x, zoom) in [(0, 0), (0, 1), (1, 1), (2, 2)] {
        settle_tile(&mut tiles, TileId { x, y: 0, zoom });
    }
    without_hanging(
        "the app on a pack with an impossible directory",
        3,
        move || {
            let mut h = Headless::new();
            h.app
                .state
                .push(Effect::SetTiles(TileChoice::Pack(path.clone())));
            for zoom in [0.5, 1.0, 5.0, 9.0] {
                h.app.map.set_view(View {
                    lon: 101.5,
                    lat: 21.0,
                    zoom,
                });
                for _ in 0..30 {
                    h.frame();
                    std::thread::sleep(Duration::from_millis(2));
                }
            }
        },
    );
}

#[test]
fn a_dense_layer_is_drawn_from_tiles_at_low_zoom_and_as_vectors_close_up() {
    // 5,000 lines × 40 positions over the corridor: dense enough for tiles below ~z8.5.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("dense.geojson");
    let mut bytes = Vec::new();
    big_geojson::write_big_geojson(&mut bytes, 5_000).expect("written");
    std::fs::write(&path, bytes).expect("write");
    let parsed = load_file(&path, &AtomicBool::new(false), &|_| {}).expect("loads");
    let mut atlas = Atlas::empty();
    let id = atlas.add_layer(
        "dense".into(),
        LayerKind::Imported,
        LayerOrigin::File(path.clone()),
        parsed,
    );
    let prepared = PreparedLayer::new(atlas.layer(id).expect("added"));
    let dense = prepared.dense.as_ref().expect("a dense layer gets tiles");
    assert!(dense.draws_at(5.0) && dense.draws_at(8.0));
    assert!(!dense.draws_at(9.0) && !dense.draws_at(13.0));

    without_hanging("drawing a dense layer in the app", 3, move || {
        let mut h = Headless::new();
        h.app.state.push(Effect::Import(path));
        h.finish_imports();
        let _ = h.app.state.take_effects();
        for zoom in [5.0, 7.3, 10.0] {
            h.app.map.set_view(View {
                lon: 101.5,
                lat: 21.0,
                zoom,
            });
            h.frame();
            while h.pending() > 0 {
                std::thread::sleep(Duration::from_millis(5));
                h.frame();
            }
            h.frame();
        }
        drop(dir);
    });
}

// ---------------------------------------------------------------------------------------
// Files cut short and polygons too big to fill

#[test]
fn a_cut_short_file_keeps_its_complete_features_in_stats_check_and_the_app() {
    let path = data_dir("bad").join("cut-short-download.geojson");
    let mut out = Vec::new();
    let code = run_stats(std::slice::from_ref(&path), &mut out);
    let text = String::from_utf8(out).expect("UTF-8");
    assert_eq!(code, EXIT_LOADED, "{text}");
    assert!(text.contains("features:    3"), "{text}");
    assert!(text.contains("cut short:"), "{text}");
    assert!(text.contains("line 5"), "{text}");

    let mut out = Vec::new();
    let code = run_check(std::slice::from_ref(&path), &mut out);
    let text = String::from_utf8(out).expect("UTF-8");
    assert_eq!(
        code, 1,
        "an incomplete file is a problem for a data author: {text}"
    );
    assert!(text.contains("breaks off before its end"), "{text}");

    let mut h = Headless::new();
    h.frame();
    let before = h.app.state.atlas().layers().len();
    h.app.state.push(Effect::Import(path));
    h.finish_imports();
    let layers = h.app.state.atlas().layers();
    assert_eq!(layers.len(), before + 1);
    assert_eq!(layers.last().map(|l| l.features.len()), Some(3));
    let told = h
        .app
        .state
        .notices
        .items()
        .iter()
        .find(|n| n.text.contains("is incomplete"))
        .expect("a notice says the file is incomplete");
    assert_eq!(told.level, Level::Warning);
    assert!(told.text.contains("3 complete features"), "{}", told.text);
}

/// A polygon with `holes` tiny square holes in a grid inside one big square.
fn polygon_with_holes(holes: usize) -> String {
    let side = (holes as f64).sqrt().ceil().max(1.0) as usize;
    let step = 2.0 / (side as f64 + 1.0);
    let mut rings = vec!["[[100,20],[102,20],[102,22],[100,22],[100,20]]".to_string()];
    for i in 0..holes {
        let x = 100.0 + step * ((i % side) as f64 + 0.5);
        let y = 20.0 + step * ((i / side) as f64 + 0.5);
        let s = step * 0.3;
        rings.push(format!(
            "[[{x},{y}],[{x},{y2}],[{x2},{y2}],[{x2},{y}],[{x},{y}]]",
            x2 = x + s,
            y2 = y + s
        ));
    }
    format!(
        "{{\"type\":\"FeatureCollection\",\"features\":[{{\"type\":\"Feature\",\"properties\":{{\"name\":\"holes\"}},\"geometry\":{{\"type\":\"Polygon\",\"coordinates\":[{}]}}}}]}}",
        rings.join(",")
    )
}

/// One ring of `n` positions zig-zagging so that it crosses itself at nearly every step.
fn self_crossing_ring(n: usize) -> String {
    let mut ring: Vec<String> = (0..n - 1)
        .map(|i| {
            let x = 100.0 + (i % 1000) as f64 * 0.002;
            let y = 20.0 + if i % 2 == 0 { 0.0 } else { 1.0 } + (i / 1000) as f64 * 0.0005;
            format!("[{x},{y}]")
        })
        .collect();
    ring.push(ring[0].clone());
    format!(
        "{{\"type\":\"FeatureCollection\",\"features\":[{{\"type\":\"Feature\",\"properties\":{{\"name\":\"zigzag\"}},\"geometry\":{{\"type\":\"Polygon\",\"coordinates\":[[{}]]}}}}]}}",
        ring.join(",")
    )
}

#[test]
fn polygons_too_big_to_fill_finish_loading_as_outlines_in_stats_and_the_app() {
    let dir = tempfile::tempdir().expect("temp dir");
    let holes = dir.path().join("holes.geojson");
    std::fs::write(&holes, polygon_with_holes(100_000)).expect("written");
    let zigzag = dir.path().join("zigzag.geojson");
    std::fs::write(&zigzag, self_crossing_ring(1_000_000)).expect("written");
    let paths = vec![holes, zigzag];
    without_hanging(
        "stats and the app on polygons too big to fill",
        5,
        move || {
            for path in &paths {
                let mut out = Vec::new();
                let code = run_stats(std::slice::from_ref(path), &mut out);
                let text = String::from_utf8(out).expect("UTF-8");
                assert_eq!(code, EXIT_LOADED, "{text}");
                assert!(text.contains("features:    1"), "{text}");
                let parsed = load_file(path, &AtomicBool::new(false), &|_| {}).expect("loads");
                assert!(
                    parsed
                        .problems
                        .iter()
                        .any(|p| p.message.contains("drawn as an outline only")),
                    "{:?}",
                    parsed.problems
                );
            }
            let mut h = Headless::new();
            h.frame();
            for path in &paths {
                h.app.state.push(Effect::Import(path.clone()));
                h.finish_imports();
            }
            for zoom in [6.0, 9.0, 12.0] {
                h.app.map.set_view(View {
                    lon: 101.0,
                    lat: 21.0,
                    zoom,
                });
                for _ in 0..2 {
                    h.frame();
                }
            }
        },
    );
}
