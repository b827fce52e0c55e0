//! Any bytes as the settings file: reading never panics, whatever it holds, and what it
//! gives is sane (no NaN view, opacities in range) and reads back unchanged once written.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mekong_atlas::app::settings_file::{parse, to_text};

fuzz_target!(|data: &[u8]| {
    let (settings, _) = parse(&String::from_utf8_lossy(data));
    if let Some(v) = settings.view {
        assert!(v.lon.is_finite() && v.lat.is_finite() && v.zoom.is_finite());
    }
    for l in settings.layers.values() {
        assert!((0.1..=1.0).contains(&l.opacity));
    }
    let (again, problems) = parse(&to_text(&settings));
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(again, settings);
});
