//! The top bar (File, Map, View, Help menus) and the native file dialogs.
//!
//! Dialogs run here, on the main thread, and their results become effects or state
//! changes. Where no file dialog can be shown (a desktop without a portal service, as on
//! some border-post laptops), the dialog returns at once with nothing; the atlas then
//! offers a box to type the path instead of silently doing nothing.

use crate::data::tour::{self, TourPlayer};
use crate::i18n::{self, Arg, tr, tr_args};
use crate::map::MapTool;
use crate::map::online::TileChoice;
use crate::state::{AppState, Effect};
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
    /// A tour file.
    Tour,
}

impl PathPurpose {
    /// What opening `path` for this purpose asks the shell to do, whether the path came
    /// from a file dialog or was typed in the path box.
    pub fn effect(self, path: PathBuf) -> Effect {
        match self {
            PathPurpose::GeoJson => Effect::Import(path),
            PathPurpose::TilePack => Effect::SetTiles(TileChoice::Pack(path)),
            PathPurpose::Tour => Effect::LoadTour(path),
        }
    }
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
    /// Whether the keyboard help window is open.
    pub keys_open: bool,
    /// Whether the path box was on screen last frame: when it appears it takes the
    /// keyboard, so typed letters go into the path and do not act as map shortcuts.
    path_box_shown: bool,
    /// File → Export map image… was chosen (the shell opens the export window).
    pub export_requested: bool,
}

impl MenuBar {
    /// Draws the menu bar.
    pub fn ui(&mut self, ui: &mut Ui, state: &mut AppState) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(tr("menu-file"), |ui| {
                if ui.button(tr("menu-open-geojson")).clicked() {
                    state.push(Effect::OpenGeoJsonDialog);
                }
                if ui.button(tr("menu-open-tile-pack")).clicked() {
                    state.push(Effect::OpenTilePackDialog);
                }
                if ui.button(tr("menu-open-by-path")).clicked() {
                    self.path_purpose = PathPurpose::GeoJson;
                    state.ask_for_path();
                }
                ui.separator();
                if ui.button(tr("menu-export-image")).clicked() {
                    self.export_requested = true;
                }
                super::planner::file_menu(ui, state);
                ui.separator();
                if ui.button(tr("menu-quit")).clicked() {
                    ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
                }
            });
            ui.menu_button(tr("menu-map"), |ui| {
                if ui.button(tr("menu-whole-corridor")).clicked() {
                    state.push(Effect::Home);
                }
                ui.separator();
                ui.label(tr("menu-background-map"));
                let current = state.tiles().clone();
                if ui
                    .radio(current == TileChoice::Embedded, tr("tiles-builtin"))
                    .clicked()
                {
                    state.push(Effect::SetTiles(TileChoice::Embedded));
                }
                if ui
                    .radio(current == TileChoice::OpenStreetMap, tr("menu-tiles-osm"))
                    .clicked()
                {
                    state.push(Effect::SetTiles(TileChoice::OpenStreetMap));
                }
                if let TileChoice::Pack(p) = &current {
                    let _ = ui.radio(true, tiles_label(&TileChoice::Pack(p.clone())));
                }
                ui.horizontal(|ui| {
                    ui.label(tr("menu-tile-server"));
                    ui.add(
                        egui::TextEdit::singleline(&mut self.custom_url)
                            .hint_text("https://…/{z}/{x}/{y}.png")
                            .desired_width(220.0),
                    );
                    if ui.button(tr("menu-tile-server-use")).clicked() {
                        state.push(Effect::SetTiles(TileChoice::CustomUrl(
                            self.custom_url.trim().to_owned(),
                        )));
                    }
                });
                ui.separator();
                let mut measuring = state.tool() == MapTool::Measure;
                if ui.checkbox(&mut measuring, tr("menu-measure")).changed() {
                    state.toggle_measure();
                }
            });
            ui.menu_button(tr("menu-view"), |ui| {
                ui.label(tr("menu-language"));
                for lang in i18n::COMPLETE {
                    if ui.radio(state.lang == lang, lang.label()).clicked() {
                        state.lang = lang;
                    }
                }
                ui.separator();
                ui.checkbox(&mut state.spotlight, tr("menu-spotlight"));
                ui.separator();
                let w = &mut state.window;
                ui.checkbox(&mut w.left_open, tr("menu-left-panel"));
                ui.checkbox(&mut w.right_open, tr("menu-right-panel"));
                ui.checkbox(&mut w.fullscreen, tr("menu-fullscreen"));
                let mut timeline = w.year.is_some();
                if ui.checkbox(&mut timeline, tr("menu-timeline")).changed() {
                    w.toggle_timeline();
                }
                if ui
                    .checkbox(&mut w.presenter, tr("menu-presenter"))
                    .changed()
                {
                    ui.close();
                }
                ui.separator();
                if ui.button(tr("menu-keys")).clicked() {
                    self.keys_open = true;
                }
            });
            ui.menu_button(tr("menu-tours"), |ui| {
                tours_menu(ui, state, &mut self.path_purpose);
            });
            ui.menu_button(tr("menu-help"), |ui| {
                if ui.button(tr("menu-about")).clicked() {
                    self.about_open = true;
                }
            });
            ui.separator();
            for lang in i18n::COMPLETE {
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
        self.keys(ui.ctx());
    }

    /// The fallback box to type a path when no file dialog is available.
    fn path_box(&mut self, ctx: &egui::Context, state: &mut AppState) {
        let Some(mut text) = state.take_path_prompt() else {
            self.path_box_shown = false;
            return;
        };
        let just_opened = !self.path_box_shown;
        self.path_box_shown = true;
        let mut keep = true;
        let title = match self.path_purpose {
            PathPurpose::GeoJson => tr("path-box-title-geojson"),
            PathPurpose::TilePack => tr("path-box-title-tile-pack"),
            PathPurpose::Tour => tr("path-box-title-tour"),
        };
        egui::Window::new(title)
            .id(egui::Id::unique("path box"))
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 80.0))
            .show(ctx, |ui| {
                ui.label(tr("path-box-prompt"));
                let r = ui.add(egui::TextEdit::singleline(&mut text).desired_width(420.0));
                if just_opened {
                    r.request_focus();
                }
                let enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if r.has_focus() && ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                    keep = false;
                }
                ui.horizontal(|ui| {
                    if ui.button(tr("path-box-open")).clicked() || enter {
                        state.push(self.path_purpose.effect(PathBuf::from(text.trim())));
                        keep = false;
                    }
                    if ui.button(tr("button-cancel")).clicked() {
                        keep = false;
                    }
                });
            });
        if keep {
            state.keep_path_prompt(text);
        }
    }

    /// The keyboard help: every shortcut of the atlas, in the interface language.
    fn keys(&mut self, ctx: &egui::Context) {
        egui::Window::new(tr("keys-title"))
            .id(egui::Id::unique("keyboard help"))
            .open(&mut self.keys_open)
            .collapsible(false)
            .show(ctx, |ui| {
                egui::Grid::new("keys").num_columns(2).show(ui, |ui| {
                    for (key, what) in [
                        ("Ctrl+F", tr("keys-search")),
                        ("Enter", tr("keys-enter")),
                        ("Home", tr("keys-home")),
                        ("+ / −", tr("keys-zoom")),
                        ("← ↑ → ↓", tr("keys-pan")),
                        ("M", tr("keys-measure")),
                        ("S / L", tr("keys-spotlight")),
                        ("F5", tr("keys-presenter")),
                        ("Ctrl + / −", tr("keys-room-size")),
                        ("F9", tr("keys-left-panel")),
                        ("F10", tr("keys-right-panel")),
                        ("F11", tr("keys-fullscreen")),
                        ("T", tr("keys-timeline")),
                        ("→ PgDn Space / ← PgUp", tr("keys-tour")),
                        ("Esc", tr("keys-escape")),
                        ("Ctrl+O", tr("keys-open")),
                        ("Ctrl+Shift+C", tr("keys-copy-coordinates")),
                        ("F1", tr("keys-help")),
                    ] {
                        ui.label(egui::RichText::new(key).strong());
                        ui.label(what);
                        ui.end_row();
                    }
                });
            });
    }

    fn about(&mut self, ctx: &egui::Context) {
        egui::Window::new(tr("about-title"))
            .id(egui::Id::unique("about"))
            .open(&mut self.about_open)
            .collapsible(false)
            .default_width(520.0)
            .show(ctx, |ui| {
                ui.label(tr("about-summary"));
                ui.add_space(6.0);
                ui.label(tr("about-basemap"));
                ui.label(tr("about-fonts"));
                ui.label(tr("about-data"));
                ui.label(tr("about-osm-data"));
                ui.label(tr("about-osm"));
                ui.label(tr("about-data-language"));
            });
    }
}

/// The Tours menu: the built-in tours, a tour from a file, and moving through the one
/// being shown.
pub fn tours_menu(ui: &mut egui::Ui, state: &mut AppState, purpose: &mut PathPurpose) {
    let lang = state.lang;
    for t in tour::builtin_tours() {
        if ui.button(tour::text_in(&t.title, lang)).clicked() {
            state.window.tour = Some(TourPlayer::new(t.clone()));
        }
    }
    ui.separator();
    if ui.button(tr("menu-tour-open-file")).clicked() {
        state.push(Effect::OpenTourDialog);
    }
    if ui.button(tr("menu-tour-open-path")).clicked() {
        *purpose = PathPurpose::Tour;
        state.ask_for_path();
    }
    if let Some(player) = state.window.tour.as_mut() {
        ui.separator();
        if ui.button(tr("menu-tour-next")).clicked() {
            player.next_stop();
        }
        if ui.button(tr("menu-tour-previous")).clicked() {
            player.previous_stop();
        }
        if ui.button(tr("menu-tour-end")).clicked() {
            state.window.tour = None;
        }
    }
}

/// The tile source in plain words of the interface language, for the menu and the
/// status bar.
pub fn tiles_label(choice: &TileChoice) -> String {
    match choice {
        TileChoice::Embedded => tr("tiles-builtin"),
        TileChoice::OpenStreetMap => tr("tiles-osm"),
        TileChoice::CustomUrl(url) => tr_args("tiles-custom", &[("url", Arg::from(url))]),
        TileChoice::Pack(path) => tr_args(
            "tiles-pack",
            &[(
                "file",
                Arg::from(
                    path.file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_else(|| path.display().to_string()),
                ),
            )],
        ),
    }
}

/// Shows the "Open a tour" dialog; `None` and `true` when no dialog could be shown.
pub fn pick_tour() -> (Option<PathBuf>, bool) {
    timed(|| {
        rfd::FileDialog::new()
            .set_title(tr("path-box-title-tour"))
            .add_filter(tr("dialog-filter-tours"), &["json"])
            .add_filter(tr("dialog-filter-all-files"), &["*"])
            .pick_file()
    })
}

/// Shows the "Open GeoJSON" dialog; `None` and `true` when no dialog could be shown.
pub fn pick_geojson() -> (Option<PathBuf>, bool) {
    timed(|| {
        rfd::FileDialog::new()
            .set_title(tr("path-box-title-geojson"))
            .add_filter(
                "GeoJSON, KML/KMZ, GPX, CSV",
                &["geojson", "json", "kml", "kmz", "gpx", "csv"],
            )
            .add_filter(tr("dialog-filter-all-files"), &["*"])
            .pick_file()
    })
}

/// Shows the "Open tile pack" dialog; `None` and `true` when no dialog could be shown.
pub fn pick_tile_pack() -> (Option<PathBuf>, bool) {
    timed(|| {
        rfd::FileDialog::new()
            .set_title(tr("path-box-title-tile-pack"))
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
