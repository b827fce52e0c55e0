//! What is remembered between runs: the language, the tile source, the view, each layer's
//! visibility and opacity, the files that were open and the window's arrangement. Plain
//! serde values; the settings file (`app::settings_file`) reads and writes them, the state
//! applies them ([`super::AppState::apply_settings`]) and produces them
//! ([`super::AppState::settings`]), and `mekong-atlas render` starts from the defaults.

use super::Tab;
use crate::data::Lang;
use crate::map::camera::View;
use crate::map::online::TileChoice;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// What the user sees of a layer.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LayerSettings {
    /// Drawn and clickable.
    pub visible: bool,
    /// 0..1.
    pub opacity: f32,
}

impl Default for LayerSettings {
    fn default() -> Self {
        Self {
            visible: true,
            opacity: 1.0,
        }
    }
}

/// What is remembered between runs (stored with eframe's storage).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Last map view.
    pub view: Option<View>,
    /// Label and panel language.
    pub lang: Lang,
    /// Tile source under the corridor layers.
    pub tiles: TileChoice,
    /// Per built-in layer, by layer name (ids change between runs, names do not).
    pub layers: BTreeMap<String, LayerSettings>,
    /// Files the user had opened, in order, with the colour each was drawn in; reopened
    /// at the next start.
    pub imported: Vec<ImportedFile>,
    /// How the window was arranged: which side panels were folded, the open tab and the
    /// presenter's size adjustment, so a presenter's set-up survives a restart.
    pub panels: PanelSettings,
}

/// A file the user had opened, as remembered in the settings.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(from = "ImportedEntry")]
pub struct ImportedFile {
    /// Where the file is.
    pub path: PathBuf,
    /// The colour (sRGB) its layer was drawn in; `None`: the next colour of the palette.
    pub color: Option<[u8; 3]>,
}

impl From<PathBuf> for ImportedFile {
    fn from(path: PathBuf) -> Self {
        Self { path, color: None }
    }
}

/// An entry of `imported` as any version wrote it: older settings files hold a bare path.
#[derive(serde::Deserialize)]
#[serde(untagged)]
enum ImportedEntry {
    Path(PathBuf),
    File {
        path: PathBuf,
        #[serde(default)]
        color: Option<[u8; 3]>,
    },
}

impl From<ImportedEntry> for ImportedFile {
    fn from(entry: ImportedEntry) -> Self {
        match entry {
            ImportedEntry::Path(path) => Self { path, color: None },
            ImportedEntry::File { path, color } => Self { path, color },
        }
    }
}

/// The window's arrangement as remembered between runs. Presenter mode and fullscreen
/// are not: a window that starts fullscreen on a desk, with its panels hidden, would
/// look broken to whoever opens it next.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct PanelSettings {
    /// The left panel (search, layers) was shown.
    pub left_open: bool,
    /// The right panel (details, stations…) was shown.
    pub right_open: bool,
    /// The right panel's open tab.
    pub tab: Tab,
    /// The presenter's own size adjustment (Ctrl +/−).
    pub room_adjust: f32,
}

impl Default for PanelSettings {
    fn default() -> Self {
        Self {
            left_open: true,
            right_open: true,
            tab: Tab::Details,
            room_adjust: 1.0,
        }
    }
}

impl Default for Settings {
    /// A first start: English names, the built-in offline map, every layer visible, the
    /// corridor in view.
    fn default() -> Self {
        Self {
            view: None,
            lang: Lang::En,
            tiles: TileChoice::Embedded,
            layers: BTreeMap::new(),
            imported: Vec::new(),
            panels: PanelSettings::default(),
        }
    }
}
