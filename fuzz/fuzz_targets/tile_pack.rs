//! Any bytes as a tile pack: the atlas's own reader (`data::pack::Pack`), which checks the
//! header, every directory and every entry against the file, then a few tiles read as the
//! map would. Nothing may panic, and no claim in the file may make it allocate more than
//! its limits (libFuzzer's -rss_limit_mb catches that).
#![no_main]

use std::io::Write;
use std::sync::atomic::AtomicBool;

use libfuzzer_sys::fuzz_target;
use mekong_atlas::data::pack::Pack;

fuzz_target!(|data: &[u8]| {
    let Ok(mut file) = tempfile::Builder::new().suffix(".pmtiles").tempfile() else {
        return;
    };
    if file.write_all(data).is_err() {
        return;
    }
    let Ok(pack) = Pack::open(file.path(), &AtomicBool::new(false)) else {
        return;
    };
    for (z, x, y) in [(0, 0, 0), (1, 1, 0), (1, 0, 1), (5, 25, 14), (14, 13000, 7000)] {
        std::hint::black_box(pack.tile(z, x, y).ok());
    }
});
