//! The shell: the only module that knows all the others. This file lays out the panels
//! around the map, feeds map events into the state and calls the rest in order each frame;
//! domain changes live in [`crate::state::AppState`], drawing in `map` and `panels`.
//!
//! The shell's own work, one file each: building the atlas at start (`startup`), the keys
//! (`keys`), running effects (`effects`), imports and pack checks on workers (`background`),
//! the window's fullscreen, tour and edge buttons (`window`), the status bar
//! (`status_bar`), small windows (`dialogs`), the menus and file dialogs (`menu`), the
//! planner's files (`planner`), the settings file (`settings_file`) and File → Export map
//! image… (`export_dialog`).

mod background;
mod dialogs;
mod effects;
pub mod export_dialog;
mod keys;
pub mod menu;
pub mod planner;
pub mod settings_file;
mod startup;
mod status_bar;
mod window;

pub use startup::{Preload, startup_mark};

use crate::i18n::{self, Arg, tr, tr_args};
use crate::map::{MapInput, MapPane};
use crate::panels::{
    details::DetailsPanel, layers::LayersPanel, legend::LegendPanel, notices::NoticesPanel,
    planner::PlannerPanel, present, routes::RoutesPanel, search::SearchPanel,
    stations::StationsPanel,
};
use crate::state::notices::Level;
use crate::state::{AppState, Effect, Tab};
use menu::MenuBar;

/// Key under which earlier versions stored settings with eframe; read once if the atlas's
/// own settings file does not exist yet.
pub const SETTINGS_KEY: &str = "mekong-atlas-settings";

/// The window title.
pub const TITLE: &str = "Lancang–Mekong Corridor Atlas";

/// The running atlas.
pub struct AtlasApp {
    /// Domain state.
    pub state: AppState,
    /// The map.
    pub map: MapPane,
    menu: MenuBar,
    layers: LayersPanel,
    details: DetailsPanel,
    stations: StationsPanel,
    routes: RoutesPanel,
    search: SearchPanel,
    legend: LegendPanel,
    planner: PlannerPanel,
    notices: NoticesPanel,
    planner_shell: planner::PlannerShell,
    /// Whether real file dialogs may be opened (off in tests).
    pub dialogs: bool,
    /// Whether the first-start welcome is on screen.
    pub welcome: bool,
    /// How many of the first frames were drawn (for the start-up log).
    frames_drawn: u8,
    /// Opens a web link; tests replace it so no browser starts, and to act out a computer
    /// without one.
    pub open_link: fn(&str) -> Result<(), String>,
    /// Lon/lat under the pointer, for the coordinate readout.
    pointer: Option<geo::Coord<f64>>,
    /// Where settings are saved (`None` in tests built with [`AtlasApp::with_settings`]).
    settings_file: Option<settings_file::SettingsFile>,
    /// The language the window title was last set in.
    title_lang: Option<crate::data::Lang>,
    /// File → Export map image….
    pub export: export_dialog::ExportDialog,
    /// The fullscreen and presenter-theme state last sent to the window, so a command is
    /// sent only when it changes.
    window_applied: Option<(bool, bool)>,
    /// The tour stop the map was last flown to (tour id, stop), so a new stop flies once.
    tour_shown: Option<(String, usize)>,
    /// Whether the user was told about unreadable tiles of the pack in use.
    pack_problems_told: bool,
}

impl AtlasApp {
    /// Per-frame work that draws nothing: finished imports, effects, camera animation,
    /// global shortcuts.
    pub fn logic(&mut self, ctx: &egui::Context) {
        i18n::set_lang(self.state.lang);
        if self.title_lang != Some(self.state.lang) {
            self.title_lang = Some(self.state.lang);
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(tr("window-title")));
        }
        self.drain_imports();
        self.drain_pack_job(ctx);
        self.shortcuts(ctx);
        self.apply_window(ctx);
        let now = ctx.input(|i| i.time);
        if let Some(b) = self
            .planner_shell
            .run(ctx, &mut self.state, self.dialogs, now)
        {
            self.state.push(Effect::FlyToBounds(b));
        }
        self.apply_effects(ctx);
        self.follow_tour(ctx);
        if self.state.window.tick_timeline(now) {
            ctx.request_repaint();
        }
        self.map.tick(now);
        if self.map.flying() {
            ctx.request_repaint();
        } else if !self.state.imports().is_empty() || self.state.pack_job().is_some() {
            // Ten progress updates a second are plenty; each job wakes the window itself
            // when it is done. Painting every frame kept a core busy on a software renderer.
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
        self.save_settings_when_changed(ctx, now);
        if !self.state.places_indexed()
            && let Some(data) = self.map.basemap_data()
        {
            self.state.index_places(data.places());
        }
        if let Some(e) = self.map.basemap_error() {
            let details = vec![e.to_owned()];
            self.state.notices.push_once(
                "basemap-unreadable",
                Level::Error,
                tr("notice-basemap-unreadable"),
                details,
            );
        }
        if let Some(wait) = self.state.notices.expire(now) {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(wait));
        }
    }

    /// Writes the settings a moment after they change (see [`settings_file`]).
    fn save_settings_when_changed(&mut self, ctx: &egui::Context, now: f64) {
        let settings = settings_file::sanitise(self.state.settings(Some(self.map.view()))).0;
        let Some(file) = self.settings_file.as_mut() else {
            return;
        };
        if let Some(e) = file.update(settings, now) {
            let text = tr_args(
                "notice-settings-not-saved",
                &[("reason", Arg::from(e.to_string()))],
            );
            let key = format!("settings-not-saved: {e}");
            self.state
                .notices
                .push_once(&key, Level::Error, text, Vec::new());
        }
        if file.pending() {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(
                settings_file::SAVE_DELAY_S,
            ));
        }
    }

    /// Lays out the window: menu bar, status bar, left panel (search, layers), right panel
    /// (details, stations, routes, legend) and the map in the middle.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        i18n::set_lang(self.state.lang);
        egui::Panel::top("menu").show(ui, |ui| self.menu.ui(ui, &mut self.state));
        if !self.state.window.presenter {
            egui::Panel::bottom("status").show(ui, |ui| self.status_bar(ui));
        }
        let wide = ui.available_width() > 1500.0;
        let presenter = self.state.window.presenter;
        // Each side panel folds away (F9 / F10, the buttons at the map's edges, or dragging
        // its edge closed) and is resized by dragging its edge; presenter mode hides both.
        let mut left_open = self.state.window.left_shown();
        let mut right_open = self.state.window.right_shown();
        egui::Panel::left("left")
            .resizable(true)
            .default_size(if wide { 300.0 } else { 250.0 })
            .size_range(180.0..=if wide { 520.0 } else { 380.0 })
            .show_collapsible(ui, &mut left_open, |ui| {
                ui.add_space(6.0);
                self.search.ui(ui, &mut self.state);
                ui.separator();
                ui.heading(tr("heading-layers"));
                egui::ScrollArea::vertical()
                    .id_salt("layers")
                    .show(ui, |ui| self.layers.ui(ui, &mut self.state));
            });
        egui::Panel::right("right")
            .resizable(true)
            // Wide enough for the six columns of the Stations table at 1366×768.
            .default_size(if wide { 430.0 } else { 380.0 })
            .size_range(240.0..=if wide { 760.0 } else { 520.0 })
            .show_collapsible(ui, &mut right_open, |ui| self.right_panel(ui));
        if !presenter {
            self.state.window.left_open = left_open;
            self.state.window.right_open = right_open;
        }
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| self.map_area(ui));
        if std::mem::take(&mut self.menu.export_requested) {
            self.export.show();
        }
        self.export
            .ui(ui.ctx(), &mut self.state, &self.map, self.dialogs);
        dialogs::duplicate_import_box(ui.ctx(), &mut self.state);
        if self.welcome {
            self.welcome = dialogs::welcome_box(ui.ctx(), &mut self.menu);
        }
        // Tiles read while the map was drawn may have failed: say so in this frame, not
        // whenever the next input comes.
        if self.report_pack_problems() {
            ui.ctx().request_repaint();
        }
    }

    fn right_panel(&mut self, ui: &mut egui::Ui) {
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            for (tab, label) in [
                (Tab::Details, tr("tab-details")),
                (Tab::Stations, tr("tab-stations")),
                (Tab::Routes, tr("tab-routes")),
                (Tab::Legend, tr("tab-legend")),
                (Tab::Planner, tr("tab-planner")),
            ] {
                ui.selectable_value(&mut self.state.tab, tab, label);
            }
        });
        ui.separator();
        // Each tab, and in Details each feature, keeps its own scroll position: a newly
        // selected feature opens at its title, not where the previous one was scrolled to.
        let details_of = (self.state.tab == Tab::Details).then_some(self.state.selection());
        egui::ScrollArea::vertical()
            .id_salt(("right", self.state.tab, details_of))
            .auto_shrink([false, false])
            .show(ui, |ui| {
                // Long names and source titles wrap to the panel instead of widening it.
                ui.set_max_width(ui.available_width());
                match self.state.tab {
                    Tab::Details => self.details.ui(ui, &mut self.state),
                    Tab::Stations => self.stations.ui(ui, &mut self.state),
                    Tab::Routes => self.routes.ui(ui, &mut self.state),
                    Tab::Legend => self.legend.ui(ui, &self.state),
                    Tab::Planner => self.planner.ui(ui, &mut self.state),
                }
            });
    }

    fn map_area(&mut self, ui: &mut egui::Ui) {
        let input = MapInput {
            spotlight: self.state.spotlight,
            tool: self.state.tool(),
            // During a tour the arrows move between stops.
            keyboard_pan: self.state.window.tour.is_none(),
            screen_hints: true,
            scale: self
                .state
                .window
                .map_scale(ui.ctx().content_rect().height()),
            covered: present::take_map_covers(ui.ctx()),
            ..self.state.map_input()
        };
        let scale = input.scale;
        // A strip along each panel's edge is left to the panel, so dragging the edge
        // resizes the panel instead of panning the map.
        let grab = ui.style().interaction.resize_grab_radius_side;
        let full = ui.max_rect();
        let mut map_rect = full;
        if !self.state.window.presenter {
            map_rect.min.x += grab;
            map_rect.max.x -= grab;
        }
        ui.painter()
            .rect_filled(full, 0.0, crate::style::basemap::SEA);
        let events = ui
            .scope_builder(egui::UiBuilder::new().max_rect(map_rect), |ui| {
                self.map.ui(ui, &input)
            })
            .inner;
        if let Some(id) = events.clicked {
            self.state.show_details(id);
        } else if events.clicked_empty {
            self.state.select(None);
        }
        if let Some(at) = events.clicked_at {
            self.state.add_measure_point(at);
        }
        self.pointer = events.pointer;
        let viewport = self.map.last_viewport;
        self.planner_shell
            .map_overlay(ui, &mut self.state, viewport.as_ref());
        let now = ui.ctx().input(|i| i.time);
        present::timeline_bar(ui, map_rect, &mut self.state.window, now);
        present::overlays(ui, map_rect, scale, &self.state);
        self.panel_buttons(ui, map_rect);
        self.notices.ui(ui, &mut self.state);
    }
}

impl eframe::App for AtlasApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        AtlasApp::logic(self, ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        // The first frames, until the window has been painted and shown.
        let early = self.frames_drawn < 3;
        if early {
            startup_mark(&format!("frame {} begins", self.frames_drawn + 1));
        }
        AtlasApp::ui(self, ui);
        if early {
            self.frames_drawn += 1;
            startup_mark(&format!("frame {} laid out", self.frames_drawn));
        }
    }

    /// eframe keeps only the window's own state; the atlas's settings go to its own file.
    fn save(&mut self, _storage: &mut dyn eframe::Storage) {
        self.planner_shell.flush(&self.state);
        let settings = settings_file::sanitise(self.state.settings(Some(self.map.view()))).0;
        if let Some(file) = self.settings_file.as_mut()
            && let Some(e) = file.save_now(settings)
        {
            log::error!("the settings could not be saved: {e}");
        }
    }
}
