//! Any bytes as a tile pack: the atlas's own check (`map::online::check_pack`), then, if it
//! passes, walkers' PMTiles reader asked for a few tiles as the map would. Nothing may panic
//! (cargo-fuzz builds with panic=abort, so a panic on walkers' I/O thread counts too).
#![no_main]

use std::io::Write;
use std::time::Duration;

use libfuzzer_sys::fuzz_target;
use mekong_atlas::map::online::check_pack;
use walkers::{PmTiles, TileId, Tiles};

fuzz_target!(|data: &[u8]| {
    let Ok(mut file) = tempfile::Builder::new().suffix(".pmtiles").tempfile() else {
        return;
    };
    if file.write_all(data).is_err() {
        return;
    }
    if check_pack(file.path()).is_err() {
        return;
    }
    let ctx = egui::Context::default();
    let mut tiles = PmTiles::new(file.path(), ctx);
    let ids = [
        TileId { x: 0, y: 0, zoom: 0 },
        TileId { x: 1, y: 0, zoom: 1 },
        TileId { x: 25, y: 14, zoom: 5 },
    ];
    for _ in 0..50 {
        for id in ids {
            std::hint::black_box(tiles.at(id));
        }
        if tiles.stats().in_progress == 0 {
            break;
        }
        std::thread::sleep(Duration::from_millis(1));
    }
});
