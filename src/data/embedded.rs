//! The corridor layers compiled into the binary, so the atlas starts with all its data and no
//! files or network at hand.

use super::LayerKind;

/// One corridor file embedded at build time, with what the layer list needs to show it.
#[derive(Debug, Clone, Copy)]
pub struct EmbeddedFile {
    /// File name under `geodata/corridor/`; also the key `check` and messages use.
    pub file_name: &'static str,
    /// Layer name in the layer list.
    pub display_name: &'static str,
    /// What the layer shows (also decides the `kind` its features must have).
    pub kind: LayerKind,
    /// The GeoJSON text.
    pub bytes: &'static [u8],
}

macro_rules! corridor_file {
    ($file:literal, $display:literal, $kind:expr) => {
        EmbeddedFile {
            file_name: $file,
            display_name: $display,
            kind: $kind,
            bytes: include_bytes!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/geodata/corridor/",
                $file
            )),
        }
    };
}

/// The corridor files in drawing order, bottom first: zone areas under the lines, lines under
/// the points, the study-visit stops on top.
pub const CORRIDOR_FILES: &[EmbeddedFile] = &[
    corridor_file!(
        "context_railways.geojson",
        "Other railways in Yunnan",
        LayerKind::ContextRailway
    ),
    corridor_file!("zones.geojson", "Economic zones", LayerKind::Zone),
    corridor_file!("routes.geojson", "Logistics routes", LayerKind::Route),
    corridor_file!("expressways.geojson", "Expressways", LayerKind::Expressway),
    corridor_file!("railway.geojson", "China–Laos railway", LayerKind::Railway),
    corridor_file!("stations.geojson", "Stations", LayerKind::Station),
    corridor_file!("ports.geojson", "Border ports", LayerKind::Port),
    corridor_file!(
        "study_visit_2019.geojson",
        "Study visit, December 2019",
        LayerKind::VisitStop
    ),
];

/// The layer kind a corridor file name stands for (`ports.geojson` → [`LayerKind::Port`]),
/// also for copies outside the binary, so `check` knows which `kind` a file's features need.
pub fn kind_for_file_name(file_name: &str) -> Option<LayerKind> {
    CORRIDOR_FILES
        .iter()
        .find(|f| f.file_name == file_name)
        .map(|f| f.kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_corridor_kind_has_exactly_one_file() {
        for kind in LayerKind::ALL {
            let n = CORRIDOR_FILES.iter().filter(|f| f.kind == kind).count();
            let expected = usize::from(kind != LayerKind::Imported);
            assert_eq!(n, expected, "{kind:?}");
        }
        assert_eq!(kind_for_file_name("ports.geojson"), Some(LayerKind::Port));
        assert_eq!(kind_for_file_name("mine.geojson"), None);
    }
}
