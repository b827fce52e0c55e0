//! The top bar (File, Map, View, Help menus) and the native file dialogs.
//!
//! Dialogs run here, on the main thread, and their results become effects or state
//! changes. Where no file dialog can be shown (a desktop without a portal service, as on
//! some border-post laptops), the dialog returns at once with nothing; the atlas then
//! offers a box to type the path instead of silently doing nothing.

use super::effect::Effect;
use super::state::AppState;
use crate::data::Lang;
use crate::map::MapTool;
use crate::map::online::TileChoice;
use egui::Ui;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// A dialog that comes back empty faster than a person can cancel it was never shown.
const NO_DIALOG_THRESHOLD: Duration = Duration::from_millis(250);

/// What the path box is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum PathPurpose {
    /// A GeoJSON file to import.
    #[default]
    GeoJson,
    /// A PMTiles pack.
    TilePack,
}

/// State of the menu bar: the custom tile URL being typed and the path-box purpose.
#[derive(Default)]
pub struct MenuBar {
    /// Custom tile server URL being edited.
    pub custom_url: String,
    /// What the path box (fallback for missing dialogs) opens.
    pub path_purpose: PathPurpose,
    /// Whether the About window is open.
    pub about_open: bool,
}

impl MenuBar {
    /// Draws the menu bar.
    pub fn ui(&mut self, ui: &mut Ui, state: &mut AppState) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                if ui.button("Open GeoJSON…").clicked() {
                    state.push(Effect::OpenGeoJsonDialog);
                }
                if ui.button("Open tile pack (.pmtiles)…").clicked() {
                    state.push(Effect::OpenTilePackDialog);
                }
                if ui.button("Open by typing a path…").clicked() {
                    self.path_purpose = PathPurpose::GeoJson;
                    state.path_prompt = Some(String::new());
                }
                ui.separator();
                if ui.button("Quit").clicked() {
                    ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
                }
            });
            ui.menu_button("Map", |ui| {
                if ui.button("Whole corridor (Home)").clicked() {
                    state.push(Effect::Home);
                }
                ui.separator();
                ui.label("Background map");
                let current = state.tiles.clone();
                if ui
                    .radio(current == TileChoice::Embedded, "Built-in offline map")
                    .clicked()
                {
                    state.push(Effect::SetTiles(TileChoice::Embedded));
                }
                if ui
                    .radio(
                        current == TileChoice::OpenStreetMap,
                        "OpenStreetMap (online, cached for offline use)",
                    )
                    .clicked()
                {
                    state.push(Effect::SetTiles(TileChoice::OpenStreetMap));
                }
                if let TileChoice::Pack(p) = &current {
                    let _ = ui.radio(true, TileChoice::Pack(p.clone()).label());
                }
                ui.horizontal(|ui| {
                    ui.label("Tile server:");
                    ui.add(
                        egui::TextEdit::singleline(&mut self.custom_url)
                            .hint_text("https://…/{z}/{x}/{y}.png")
                            .desired_width(220.0),
                    );
                    if ui.button("Use").clicked() {
                        state.push(Effect::SetTiles(TileChoice::CustomUrl(
                            self.custom_url.trim().to_owned(),
                        )));
                    }
                });
                ui.separator();
                let mut measuring = state.tool == MapTool::Measure;
                if ui
                    .checkbox(&mut measuring, "Measure distance (M)")
                    .changed()
                {
                    toggle_measure(state);
                }
            });
            ui.menu_button("View", |ui| {
                ui.label("Language of names");
                for lang in [Lang::En, Lang::Zh, Lang::Lo] {
                    if ui.radio(state.lang == lang, lang.label()).clicked() {
                        state.lang = lang;
                    }
                }
                ui.separator();
                ui.checkbox(&mut state.spotlight, "Spotlight on the pointer (S)");
            });
            ui.menu_button("Help", |ui| {
                if ui.button("About the atlas and its data").clicked() {
                    self.about_open = true;
                }
            });
            ui.separator();
            for lang in [Lang::En, Lang::Zh, Lang::Lo] {
                if ui
                    .selectable_label(state.lang == lang, lang.label())
                    .clicked()
                {
                    state.lang = lang;
                }
            }
        });
        self.path_box(ui.ctx(), state);
        self.about(ui.ctx());
    }

    /// The fallback box to type a path when no file dialog is available.
    fn path_box(&mut self, ctx: &egui::Context, state: &mut AppState) {
        let Some(mut text) = state.path_prompt.take() else {
            return;
        };
        let mut keep = true;
        let title = match self.path_purpose {
            PathPurpose::GeoJson => "Open a GeoJSON file",
            PathPurpose::TilePack => "Open a tile pack",
        };
        egui::Window::new(title)
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 80.0))
            .show(ctx, |ui| {
                ui.label("Type or paste the full path of the file:");
                let r = ui.add(egui::TextEdit::singleline(&mut text).desired_width(420.0));
                let enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                ui.horizontal(|ui| {
                    if ui.button("Open").clicked() || enter {
                        let path = PathBuf::from(text.trim());
                        state.push(match self.path_purpose {
                            PathPurpose::GeoJson => Effect::Import(path),
                            PathPurpose::TilePack => Effect::SetTiles(TileChoice::Pack(path)),
                        });
                        keep = false;
                    }
                    if ui.button("Cancel").clicked() {
                        keep = false;
                    }
                });
            });
        if keep {
            state.path_prompt = Some(text);
        }
    }

    fn about(&mut self, ctx: &egui::Context) {
        egui::Window::new("About the Lancang–Mekong Corridor Atlas")
            .open(&mut self.about_open)
            .collapsible(false)
            .default_width(520.0)
            .show(ctx, |ui| {
                ui.label("The China–Laos railway, expressways, border ports, economic zones and logistics routes of Yunnan and its neighbours, fully offline.");
                ui.add_space(6.0);
                ui.label("Basemap: Made with Natural Earth (public domain); Chinese provinces from the Digital Chart of the World as packaged for GMT (DCW-gmt, LGPL-3.0-or-later).");
                ui.label("Fonts: Noto (SIL Open Font License 1.1).");
                ui.label("Corridor data: curated from the seed documents and public sources named on every feature and fact (see the Details panel).");
                ui.label("Railway alignment, stations, the Mohan and Boten railway ports and the Lao road routes: © OpenStreetMap contributors, under the Open Database Licence 1.0 (https://www.openstreetmap.org/copyright); the derived data files stay under ODbL 1.0. Road routes via AidData's Geospatial Global Chinese Development Finance Dataset (AidData at William & Mary, ODC-By 1.0).");
                ui.label("OpenStreetMap tiles, when turned on: © OpenStreetMap contributors.");
            });
    }
}

/// Switches between selecting and measuring; leaving the tool clears the measurement.
pub fn toggle_measure(state: &mut AppState) {
    state.tool = match state.tool {
        MapTool::Select => MapTool::Measure,
        MapTool::Measure => {
            state.measure.clear();
            MapTool::Select
        }
    };
}

/// Shows the "Open GeoJSON" dialog; `None` and `true` when no dialog could be shown.
pub fn pick_geojson() -> (Option<PathBuf>, bool) {
    timed(|| {
        rfd::FileDialog::new()
            .set_title("Open GeoJSON")
            .add_filter("GeoJSON", &["geojson", "json"])
            .add_filter("All files", &["*"])
            .pick_file()
    })
}

/// Shows the "Open tile pack" dialog; `None` and `true` when no dialog could be shown.
pub fn pick_tile_pack() -> (Option<PathBuf>, bool) {
    timed(|| {
        rfd::FileDialog::new()
            .set_title("Open tile pack")
            .add_filter("PMTiles", &["pmtiles"])
            .pick_file()
    })
}

fn timed(f: impl FnOnce() -> Option<PathBuf>) -> (Option<PathBuf>, bool) {
    let start = Instant::now();
    let picked = f();
    let unavailable = picked.is_none() && start.elapsed() < NO_DIALOG_THRESHOLD;
    (picked, unavailable)
}
