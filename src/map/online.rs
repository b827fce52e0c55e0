//! Optional tile sources above the embedded basemap: OpenStreetMap (off until the user
//! turns it on), a tile server of the user's choice, and offline PMTiles packs.
//!
//! Each is drawn as a layer *over* the embedded basemap, so a tile that cannot be fetched
//! (no network at a border post) or that is missing from a pack simply lets the offline
//! basemap show through: the map is never grey.

use crate::data::pack::{Pack, PackError};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use thiserror::Error;
use walkers::sources::{Attribution, TileSource};
use walkers::{TileId, Tiles};

/// The User-Agent sent to tile servers, as OpenStreetMap's tile usage policy requires:
/// it names the application and where to learn about it.
pub const USER_AGENT: &str = concat!(
    "mekong-atlas/",
    env!("CARGO_PKG_VERSION"),
    " (Lancang-Mekong Corridor Atlas; desktop; +https://www.openstreetmap.org/copyright)"
);

/// Which map is drawn under the corridor layers. Remembered across runs.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum TileChoice {
    /// The built-in offline basemap only (the default: works with no network).
    #[default]
    Embedded,
    /// OpenStreetMap's standard tiles, fetched online and cached on disk.
    OpenStreetMap,
    /// A tile server that allows the use, as an `{z}/{x}/{y}` URL template.
    CustomUrl(String),
    /// A `.pmtiles` file the user brought along (raster or vector).
    Pack(PathBuf),
}

impl TileChoice {
    /// Plain words for menus and the status bar.
    pub fn label(&self) -> String {
        match self {
            Self::Embedded => "Built-in offline map".to_owned(),
            Self::OpenStreetMap => "OpenStreetMap (online)".to_owned(),
            Self::CustomUrl(url) => format!("Tile server {url}"),
            Self::Pack(path) => format!(
                "Tile pack {}",
                path.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_else(|| path.display().to_string())
            ),
        }
    }

    /// Whether this choice may use the network.
    pub fn is_online(&self) -> bool {
        matches!(self, Self::OpenStreetMap | Self::CustomUrl(_))
    }
}

/// Why a tile source could not be opened.
#[derive(Debug, Error)]
pub enum TileSourceError {
    /// The pack is missing, not a file, damaged or unsupported.
    #[error(transparent)]
    Pack(#[from] PackError),
    /// A custom URL without the `{z}`, `{x}` and `{y}` placeholders.
    #[error("{}", crate::i18n::tr("tile-url-bad-template"))]
    BadTemplate,
}

/// Checks `path` as a tile pack — header, root and leaf directories, every entry against
/// the file — so that a broken or missing pack gives a clear message instead of a crash
/// or a silently empty map. Reads all the pack's directories: call it off the UI thread.
pub fn check_pack(path: &Path) -> Result<Arc<Pack>, TileSourceError> {
    Ok(Arc::new(Pack::open(path, &AtomicBool::new(false))?))
}

/// A user-configured tile server.
struct CustomSource {
    template: String,
}

impl TileSource for CustomSource {
    fn tile_url(&self, tile_id: TileId) -> String {
        self.template
            .replace("{z}", &tile_id.zoom.to_string())
            .replace("{x}", &tile_id.x.to_string())
            .replace("{y}", &tile_id.y.to_string())
    }

    fn attribution(&self) -> Attribution {
        Attribution {
            text: "Custom tile server — see its terms of use",
            url: "",
            logo_light: None,
            logo_dark: None,
        }
    }
}

/// An opened tile source, with the online health for the status bar when it has one.
pub struct OpenedTiles {
    /// The source, drawn over the basemap.
    pub tiles: Box<dyn Tiles>,
    /// Whether the server answers; `None` for sources that need no network.
    pub health: Option<super::fetch::Health>,
}

/// Opens an online source with the atlas's own fetcher (timeouts, disk cache in the
/// folder walkers used, offline state) instead of walkers' `HttpTiles`, which has none.
fn online<S: TileSource + Send + Sync + 'static>(
    source: S,
    key: &str,
    ctx: &egui::Context,
) -> OpenedTiles {
    let tiles = super::fetch::FetchTiles::new(
        source,
        key,
        super::fetch::FetchConfig::default(),
        ctx.clone(),
    );
    OpenedTiles {
        health: Some(tiles.health()),
        tiles: Box::new(tiles),
    }
}

/// Opens the tiles for `choice`, or `None` for the embedded basemap alone. A pack is
/// checked whole first, which blocks: the app opens packs with [`crate::map::MapPane::set_pack`]
/// after checking them on a worker, and uses this for the online sources only.
pub fn open(
    choice: &TileChoice,
    ctx: &egui::Context,
) -> Result<Option<OpenedTiles>, TileSourceError> {
    Ok(match choice {
        TileChoice::Embedded => None,
        TileChoice::OpenStreetMap => Some(online(
            walkers::sources::OpenStreetMap,
            "openstreetmap",
            ctx,
        )),
        TileChoice::CustomUrl(url) => {
            if !(url.contains("{z}") && url.contains("{x}") && url.contains("{y}")) {
                return Err(TileSourceError::BadTemplate);
            }
            Some(online(
                CustomSource {
                    template: url.clone(),
                },
                &super::disk_cache::cache_key(url),
                ctx,
            ))
        }
        TileChoice::Pack(path) => Some(OpenedTiles {
            tiles: Box::new(super::pack::PackTiles::new(check_pack(path)?, ctx.clone())),
            health: None,
        }),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_pack_is_a_clear_error() {
        let err = check_pack(Path::new("/no/such/region.pmtiles")).unwrap_err();
        assert!(err.to_string().contains("could not be read"), "{err}");
    }

    #[test]
    fn a_file_that_is_not_a_pack_is_named_as_such() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("fake.pmtiles");
        std::fs::write(&p, vec![b'x'; 200]).unwrap();
        let err = check_pack(&p).unwrap_err();
        assert!(err.to_string().contains("not a usable PMTiles"), "{err}");
        std::fs::write(&p, b"PMT").unwrap();
        let err = check_pack(&p).unwrap_err();
        assert!(err.to_string().contains("shorter"), "{err}");
    }

    /// A v3 header whose root directory is `root_len` bytes right after the header.
    fn header(root_len: u64) -> Vec<u8> {
        let mut h = vec![0u8; 127];
        h[..7].copy_from_slice(b"PMTiles");
        h[7] = 3;
        h[8..16].copy_from_slice(&127u64.to_le_bytes());
        h[16..24].copy_from_slice(&root_len.to_le_bytes());
        h
    }

    #[test]
    fn a_v3_header_with_its_sections_inside_the_file_is_accepted() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("ok.pmtiles");
        // One entry: tile 0, run 1, 1 byte at offset 0 (stored +1); then that byte.
        let mut bytes = header(5);
        bytes[56..64].copy_from_slice(&132u64.to_le_bytes());
        bytes[64..72].copy_from_slice(&1u64.to_le_bytes());
        bytes.extend([1u8, 0, 1, 1, 1, 0x42]);
        std::fs::write(&p, bytes).unwrap();
        let pack = check_pack(&p).expect("sound");
        assert_eq!(pack.tile(0, 0, 0).unwrap(), Some(vec![0x42]));
    }

    #[test]
    fn a_pack_whose_directory_lies_outside_the_file_is_refused_before_reading_tiles() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("cut.pmtiles");
        // Claims a 4 KiB root directory, but the file ends after the header.
        std::fs::write(&p, header(4096)).unwrap();
        let err = check_pack(&p).unwrap_err();
        assert!(err.to_string().contains("outside"), "{err}");
        // A root directory that starts inside the header is damaged too.
        let mut inside = header(10);
        inside[8..16].copy_from_slice(&3u64.to_le_bytes());
        inside.extend([0u8; 10]);
        std::fs::write(&p, inside).unwrap();
        assert!(check_pack(&p).is_err());
        // Offsets that overflow are refused, not wrapped.
        let mut huge = header(u64::MAX);
        huge[8..16].copy_from_slice(&u64::MAX.to_le_bytes());
        std::fs::write(&p, huge).unwrap();
        assert!(check_pack(&p).is_err());
    }

    #[test]
    fn the_user_agent_names_the_atlas() {
        assert!(USER_AGENT.starts_with("mekong-atlas/"));
        assert!(USER_AGENT.is_ascii() && !USER_AGENT.contains(['\r', '\n']));
    }

    #[test]
    fn custom_urls_are_filled_in() {
        let s = CustomSource {
            template: "https://t.example/{z}/{x}/{y}.png".into(),
        };
        let url = s.tile_url(TileId {
            x: 3,
            y: 5,
            zoom: 7,
        });
        assert_eq!(url, "https://t.example/7/3/5.png");
    }

    #[test]
    fn only_osm_and_custom_servers_are_online() {
        assert!(!TileChoice::Embedded.is_online());
        assert!(!TileChoice::Pack("x.pmtiles".into()).is_online());
        assert!(TileChoice::OpenStreetMap.is_online());
    }
}
