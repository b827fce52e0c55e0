//! Hostile tile packs (tests/data/packs/, written by tools/make_pack_corpus.py): each is
//! refused in words when opened, or its bad tiles are refused one by one, with memory
//! bounded whatever the file claims; a pack changed under the reader, a FIFO, a missing
//! remembered pack and `--tile-pack` behave as a border-site laptop needs.

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

use mekong_atlas::app::AtlasApp;
use mekong_atlas::data::pack::Pack;
use mekong_atlas::map::online::TileChoice;
use mekong_atlas::state::Settings;
use mekong_atlas::state::effect::Effect;

#[path = "support/headless.rs"]
mod headless;
use headless::Headless;

fn pack(name: &str) -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/packs")).join(name)
}

fn open(name: &str) -> Result<Pack, String> {
    Pack::open(&pack(name), &AtomicBool::new(false)).map_err(|e| e.to_string())
}

/// Peak resident memory of this test process, MiB.
fn peak_mib() -> Option<u64> {
    mekong_atlas::stats::memory_bytes("VmHWM:").map(|b| b / (1024 * 1024))
}

#[test]
fn damaged_directories_are_refused_in_words_before_anything_is_allocated() {
    for (name, words) in [
        (
            "root-claims-2pow40-entries.pmtiles",
            "claims 1099511627776 entries",
        ),
        (
            "root-claims-2pow26-entries.pmtiles",
            "claims 67108864 entries",
        ),
        ("leaf-outside-its-section.pmtiles", "outside the"),
        (
            "leaf-claims-2pow26-entries.pmtiles",
            "leaf directory at byte",
        ),
        ("tile-outside-the-data.pmtiles", "puts a tile"),
        ("entries-out-of-order.pmtiles", "out of order"),
        ("brotli-directories.pmtiles", "Brotli compression"),
    ] {
        let err = open(name).expect_err(name);
        assert!(err.contains(words), "{name}: {err}");
        assert!(
            err.contains(name),
            "{name}: the message names the file: {err}"
        );
    }
    // Before: the 2^40 pack aborted the process asking for 26 TB, the 2^26 ones took
    // 1.7 GiB per tile request.
    if let Some(peak) = peak_mib() {
        assert!(peak < 512, "peak resident memory {peak} MiB");
    }
}

#[test]
fn sound_packs_open_and_give_their_tiles() {
    for name in ["sound-two-tiles.pmtiles", "sound-gzip-directory.pmtiles"] {
        let p = open(name).unwrap_or_else(|e| panic!("{name}: {e}"));
        let top = p.tile(0, 0, 0).expect("readable").expect("present");
        assert!(top.starts_with(b"\x89PNG"), "{name}");
        assert!(p.tile(1, 0, 0).expect("readable").is_some());
        assert!(
            p.tile(1, 1, 1).expect("readable").is_none(),
            "not in the pack"
        );
        assert!(p.tile(5, 99, 0).expect("outside the grid").is_none());
    }
}

#[test]
fn a_gzip_bomb_tile_is_refused_and_its_neighbour_still_read() {
    let p = open("gzip-bomb-tile.pmtiles").expect("the directories are sound");
    let err = p.tile(1, 0, 0).expect_err("100 MiB once decompressed");
    assert!(err.contains("more than 16 MB once decompressed"), "{err}");
    let top = p.tile(0, 0, 0).expect("readable").expect("present");
    assert!(top.starts_with(b"\x89PNG"), "decompressed");
    // Before: a 1 MB bomb gave 3.3 GiB peaks.
    if let Some(peak) = peak_mib() {
        assert!(peak < 512, "peak resident memory {peak} MiB");
    }
}

#[test]
fn a_pack_changed_under_the_reader_gives_errors_not_a_crash() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("changing.pmtiles");
    std::fs::copy(pack("sound-two-tiles.pmtiles"), &path).expect("copy");
    let p = Pack::open(&path, &AtomicBool::new(false)).expect("sound");
    assert!(p.tile(0, 0, 0).expect("readable").is_some());
    // Rewritten shorter while open (a copy over it, an unplugged stick): reads beyond
    // the new end fail with a message; the map was never a memory mapping, so no SIGBUS.
    std::fs::write(&path, b"PMTiles").expect("truncate in place");
    let err = p.tile(1, 0, 0).expect_err("the tile is gone");
    assert!(err.contains("may have changed"), "{err}");
    std::fs::remove_file(&path).expect("remove");
    assert!(p.tile(0, 0, 0).is_err());
}

#[cfg(unix)]
#[test]
fn a_fifo_is_refused_without_blocking() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fifo = dir.path().join("pipe.pmtiles");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("mkfifo is not available; skipped");
        return;
    }
    let err = Pack::open(&fifo, &AtomicBool::new(false)).expect_err("a FIFO");
    assert!(err.to_string().contains("a pipe (FIFO)"), "{err}");
}

/// Frames until the chosen pack's bad tile has been read and counted: the tiles are read on
/// worker threads, which take their time when every test runs at once.
fn wait_for_pack(h: &mut Headless) {
    h.finish_pack_job();
    headless::poll_until(|| {
        h.frame();
        h.app.map.pack_problems().0 > 0
    });
    // The notice is written at the start of the next frame.
    h.frame();
}

#[test]
fn the_app_reports_bad_tiles_of_a_pack_in_words() {
    let mut h = Headless::new();
    h.app.map.set_view(mekong_atlas::map::camera::View {
        lon: 0.0,
        lat: 0.0,
        zoom: 2.0,
    });
    for name in ["gzip-bomb-tile.pmtiles", "huge-image-tile.pmtiles"] {
        h.app
            .state
            .push(Effect::SetTiles(TileChoice::Pack(pack(name))));
        wait_for_pack(&mut h);
        assert_eq!(*h.app.state.tiles(), TileChoice::Pack(pack(name)));
        let (bad, first) = h.app.map.pack_problems();
        assert!(bad >= 1, "{name}: a bad tile is counted");
        let first = first.unwrap_or_default().to_owned();
        assert!(
            first.contains("decompressed") || first.contains("60000 × 60000 pixel"),
            "{name}: {first}"
        );
        let told = h.app.state.notices.items().iter().any(|n| {
            n.text
                .contains(&format!("Some tiles of Tile pack {name} cannot be read"))
        });
        assert!(told, "{name}: {:?}", h.app.state.notices.items());
    }
    if let Some(peak) = peak_mib() {
        assert!(peak < 1024, "peak resident memory {peak} MiB");
    }
}

#[test]
fn a_missing_remembered_pack_is_kept_and_reported_not_forgotten() {
    let ctx = egui::Context::default();
    let missing = PathBuf::from("/media/usb-stick-not-plugged-in/region.pmtiles");
    let settings = Settings {
        tiles: TileChoice::Pack(missing.clone()),
        ..Settings::default()
    };
    let mut h = Headless::new();
    h.app = AtlasApp::with_settings(&ctx, &settings);
    h.ctx = ctx;
    h.app.dialogs = false;
    h.finish_pack_job();
    assert_eq!(*h.app.state.tiles(), TileChoice::Pack(missing.clone()));
    assert_eq!(
        h.app.map.tile_choice,
        TileChoice::Embedded,
        "the built-in map shows"
    );
    assert_eq!(
        h.app.state.settings(None).tiles,
        TileChoice::Pack(missing),
        "it stays remembered for when the stick is back"
    );
    let said = h
        .app
        .state
        .notices
        .items()
        .iter()
        .any(|n| n.text.contains("used last time cannot be opened now"));
    assert!(said, "{:?}", h.app.state.notices.items());
}

#[test]
fn a_damaged_pack_chosen_by_the_user_leaves_the_map_as_it_was() {
    let mut h = Headless::new();
    h.app.state.push(Effect::SetTiles(TileChoice::Pack(pack(
        "sound-two-tiles.pmtiles",
    ))));
    h.finish_pack_job();
    h.app.state.push(Effect::SetTiles(TileChoice::Pack(pack(
        "root-claims-2pow40-entries.pmtiles",
    ))));
    h.finish_pack_job();
    assert_eq!(
        *h.app.state.tiles(),
        TileChoice::Pack(pack("sound-two-tiles.pmtiles"))
    );
    let last = h.app.state.notices.items().last().map(|n| n.text.clone());
    assert!(
        last.as_deref()
            .is_some_and(|t| t.contains("claims 1099511627776 entries")),
        "{last:?}"
    );
}

#[test]
fn tile_pack_on_the_command_line_is_read() {
    use clap::Parser;
    let cli = mekong_atlas::cli::Cli::try_parse_from([
        "mekong-atlas",
        "--tile-pack",
        "/media/stick/laos.pmtiles",
    ])
    .expect("parses");
    assert_eq!(
        cli.tile_pack.as_deref(),
        Some(std::path::Path::new("/media/stick/laos.pmtiles"))
    );
}
