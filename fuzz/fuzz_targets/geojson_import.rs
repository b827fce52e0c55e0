//! Any bytes through the GeoJSON import the app runs (parse, then the layer with its R-tree
//! and drawing preparation): it must return a value or an error, never panic or hang.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mekong_atlas::data::{Atlas, LayerKind, LayerOrigin, parse_geojson};
use mekong_atlas::map::overlays::PreparedLayer;

fuzz_target!(|data: &[u8]| {
    if let Ok(parsed) = parse_geojson(data) {
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
});
