//! The shell: the only module that knows all the others. It lays out the panels around the
//! map, feeds map events into the state, runs effects (dialogs, imports, camera moves)
//! and drains background jobs. Domain changes live in [`state::AppState`]; drawing lives
//! in `map` and `panels`.

pub mod export_dialog;
pub mod menu;
pub mod planner;
pub mod presenter;
pub mod settings_file;

use crate::data::{Atlas, load};
use crate::i18n::{self, Arg, tr, tr_args};
use crate::jobs::{Job, JobPoll};
use crate::map::camera::{self, Bounds};
use crate::map::online::TileChoice;
use crate::map::{MapInput, MapPane, MapTool};
use crate::panels::{
    details::DetailsPanel, layers::LayersPanel, legend::LegendPanel, planner::PlannerPanel,
    routes::RoutesPanel, search::SearchPanel, stations::StationsPanel,
};
use crate::state::notices::{self, Level};
use crate::state::{self, AppState, Effect, ImportJob, PackJob, Settings, StopTarget, Tab};
use menu::{MenuBar, PathPurpose};
use std::path::{Path, PathBuf};

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
    /// Builds the atlas for eframe: fonts, theme, built-in data, remembered settings, and
    /// files named on the command line queued for import.
    /// `tile_pack` (`--tile-pack FILE`) replaces the remembered tile source, through the
    /// same checks as File → Open tile pack….
    pub fn new(
        cc: &eframe::CreationContext<'_>,
        files: Vec<PathBuf>,
        tile_pack: Option<PathBuf>,
    ) -> Self {
        startup_mark("window and renderer ready");
        let opened = settings_file::default_dir().map(|d| settings_file::SettingsFile::open(&d));
        let from_file = opened.as_ref().and_then(|o| o.settings.clone());
        let settings: Settings = from_file
            .or_else(|| {
                cc.storage
                    .and_then(|s| eframe::get_value(s, SETTINGS_KEY))
                    .map(|s| settings_file::sanitise(s).0)
            })
            .unwrap_or_else(|| Settings {
                // First start: the language of the system, when it is one of ours.
                lang: i18n::system_lang(),
                ..Settings::default()
            });
        let first_start = from_file_missing(&opened, cc);
        let mut app = Self::with_settings(&cc.egui_ctx, &settings);
        app.welcome = first_start;
        app.planner_shell = planner::PlannerShell::with_autosave(
            settings_file::default_dir().as_deref(),
            &mut app.state.planner,
            &mut app.state.notices,
        );
        if let Some(opened) = opened {
            for problem in opened.notices {
                app.state
                    .notices
                    .push(Level::Warning, problem.to_string(), Vec::new());
            }
            if let Err(e) = opened.file.save_on_termination() {
                log::warn!("settings will not be saved on SIGTERM: {e}");
            }
            app.settings_file = Some(opened.file);
        } else {
            app.state
                .notices
                .push(Level::Warning, tr("notice-settings-no-folder"), Vec::new());
        }
        if let Some(p) = tile_pack {
            app.state.push(Effect::SetTiles(TileChoice::Pack(p)));
        }
        for f in files {
            app.state.push(Effect::Import(f));
        }
        app
    }

    /// Builds the atlas on any egui context (tests use this with a headless context).
    pub fn with_settings(ctx: &egui::Context, settings: &Settings) -> Self {
        crate::fonts::install(ctx);
        crate::style::apply_projector_theme(ctx);
        i18n::set_lang(settings.lang);
        startup_mark("fonts, theme and language set");
        let (atlas, error) = match Atlas::builtin() {
            Ok(a) => (a, None),
            Err(e) => (Atlas::empty(), Some(e)),
        };
        startup_mark("corridor data read");
        let mut state = AppState::new(atlas);
        startup_mark("indexes, railway line and timeline built");
        if let Some(e) = error {
            state.notices.push(
                Level::Error,
                tr("notice-builtin-data-unreadable"),
                vec![e.to_string()],
            );
        }
        state.apply_settings(settings);
        reopen_imported(&mut state, &settings.imported);
        let mut map = MapPane::new(ctx);
        startup_mark("map ready");
        if let Some(view) = settings.view {
            map.set_view(view);
        }
        match &settings.tiles {
            TileChoice::Embedded => {}
            // Never opened here: a pack on a slow or unplugged drive must not keep the
            // window from appearing. It is checked on a worker and drawn when ready.
            TileChoice::Pack(path) => start_pack_job(&mut state, ctx, path.clone(), true),
            online => {
                if let Err(e) = map.set_tiles(online.clone(), ctx) {
                    state.notices.push(
                        Level::Error,
                        tr_args(
                            "notice-tiles-failed",
                            &[("reason", Arg::from(e.to_string()))],
                        ),
                        Vec::new(),
                    );
                    state.set_tiles(TileChoice::Embedded);
                }
            }
        }
        Self {
            state,
            map,
            menu: MenuBar::default(),
            layers: LayersPanel,
            details: DetailsPanel::default(),
            stations: StationsPanel::default(),
            routes: RoutesPanel::default(),
            search: SearchPanel::default(),
            legend: LegendPanel,
            planner: PlannerPanel,
            planner_shell: planner::PlannerShell::default(),
            dialogs: true,
            pointer: None,
            open_link: open_in_browser,
            welcome: false,
            frames_drawn: 0,
            settings_file: None,
            title_lang: None,
            export: export_dialog::ExportDialog::default(),
            window_applied: None,
            tour_shown: None,
            pack_problems_told: false,
        }
    }

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
        if self.map.flying() || !self.state.imports().is_empty() || self.state.pack_job().is_some()
        {
            ctx.request_repaint();
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

    /// Sends fullscreen and the presenter theme to the window when they change.
    fn apply_window(&mut self, ctx: &egui::Context) {
        let w = &self.state.window;
        let wanted = (w.wants_fullscreen(), w.presenter);
        if self.window_applied == Some(wanted) {
            return;
        }
        let before = self.window_applied.unwrap_or((false, false));
        if before.0 != wanted.0 {
            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(wanted.0));
        }
        if before.1 != wanted.1 {
            crate::style::apply_presenter_theme(ctx, wanted.1);
        }
        // In presenter mode Ctrl +/− size the map for the room instead of the whole window.
        ctx.options_mut(|o| o.zoom_with_keyboard = !wanted.1);
        self.window_applied = Some(wanted);
    }

    /// Keys of the window itself: panels, fullscreen, presenter mode.
    fn window_keys(&mut self, i: &mut egui::InputState) {
        let w = &mut self.state.window;
        if i.consume_key(egui::Modifiers::NONE, egui::Key::F5) {
            w.presenter = !w.presenter;
        }
        if i.consume_key(egui::Modifiers::NONE, egui::Key::F9) {
            w.left_open = !w.left_open;
        }
        if i.consume_key(egui::Modifiers::NONE, egui::Key::F10) {
            w.right_open = !w.right_open;
        }
        if i.consume_key(egui::Modifiers::NONE, egui::Key::F11) {
            if w.presenter {
                w.presenter = false;
            } else {
                w.fullscreen = !w.fullscreen;
            }
        }
        if w.presenter {
            if i.consume_key(egui::Modifiers::COMMAND, egui::Key::Plus)
                || i.consume_key(egui::Modifiers::COMMAND, egui::Key::Equals)
            {
                w.adjust_room(true);
            }
            if i.consume_key(egui::Modifiers::COMMAND, egui::Key::Minus) {
                w.adjust_room(false);
            }
        }
    }

    /// Flies to the tour's stop when it changed, and sets the stop's layers.
    fn follow_tour(&mut self, ctx: &egui::Context) {
        let Some(player) = self.state.window.tour.clone() else {
            self.tour_shown = None;
            return;
        };
        let key = (player.tour.id.clone(), player.stop);
        if self.tour_shown.as_ref() == Some(&key) {
            return;
        }
        self.tour_shown = Some(key);
        let Some(stop) = player.current() else {
            return;
        };
        let now = ctx.input(|i| i.time);
        match self.state.apply_stop(stop) {
            Some(StopTarget::View(v)) => self.map.fly_to(v, now),
            Some(StopTarget::Bounds(b)) => self.map.fly_to_bounds(b, now),
            None => {}
        }
    }

    /// Keys of a tour: a presenter's clicker sends PageDown / PageUp.
    fn tour_keys(&mut self, i: &mut egui::InputState) {
        let Some(player) = self.state.window.tour.as_mut() else {
            return;
        };
        use egui::{Key, Modifiers as M};
        if i.consume_key(M::NONE, Key::ArrowRight)
            || i.consume_key(M::NONE, Key::PageDown)
            || i.consume_key(M::NONE, Key::Space)
        {
            player.next_stop();
        }
        if i.consume_key(M::NONE, Key::ArrowLeft) || i.consume_key(M::NONE, Key::PageUp) {
            player.previous_stop();
        }
        if i.consume_key(M::NONE, Key::Home) {
            player.first_stop();
            // Home again flies there even when already at the first stop.
            self.tour_shown = None;
        }
    }

    fn shortcuts(&mut self, ctx: &egui::Context) {
        let typing = ctx.text_edit_focused();
        let mut copy_pointer = None;
        ctx.input_mut(|i| {
            self.window_keys(i);
            if !typing {
                self.tour_keys(i);
            }
            if i.consume_key(egui::Modifiers::COMMAND, egui::Key::F) {
                self.search.focus_requested = true;
            }
            if i.consume_key(egui::Modifiers::COMMAND, egui::Key::O) {
                self.state.push(Effect::OpenGeoJsonDialog);
            }
            if typing {
                return;
            }
            if i.consume_key(egui::Modifiers::NONE, egui::Key::F1) {
                self.menu.keys_open = true;
            }
            if i.consume_key(egui::Modifiers::NONE, egui::Key::Home) {
                self.state.push(Effect::Home);
            }
            if self.state.window.presenter
                && i.consume_key(egui::Modifiers::NONE, egui::Key::Escape)
            {
                // Esc first leaves presenter mode; the selection stays on screen.
                self.state.window.presenter = false;
            }
            if self.state.window.tour.is_some()
                && i.consume_key(egui::Modifiers::NONE, egui::Key::Escape)
            {
                self.state.window.tour = None;
            }
            if i.consume_key(egui::Modifiers::NONE, egui::Key::Escape) {
                self.state.select(None);
                self.state.highlight_route(None);
                if self.state.tool() == MapTool::Measure {
                    self.state.toggle_measure();
                }
            }
            if i.consume_key(egui::Modifiers::NONE, egui::Key::T) {
                self.state.window.toggle_timeline();
            }
            if i.consume_key(egui::Modifiers::NONE, egui::Key::M) {
                self.state.toggle_measure();
            }
            if i.consume_key(egui::Modifiers::NONE, egui::Key::S)
                || i.consume_key(egui::Modifiers::NONE, egui::Key::L)
            {
                self.state.spotlight = !self.state.spotlight;
            }
            if i.consume_key(
                egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
                egui::Key::C,
            ) {
                copy_pointer = self.pointer;
            }
        });
        if let Some(at) = copy_pointer {
            let text = format!("{:.5}, {:.5}", at.y, at.x);
            ctx.copy_text(text.clone());
            self.state.notices.info(tr_args(
                "notice-coordinates-copied",
                &[("coordinates", Arg::from(text))],
            ));
        }
        // Dropped files are imported like File → Open.
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        for p in dropped {
            self.state.push(Effect::Import(p));
        }
    }

    fn drain_pack_job(&mut self, ctx: &egui::Context) {
        let Some(outcome) = self.state.pack_job().and_then(|j| j.job.poll()) else {
            return;
        };
        let Some(PackJob {
            path, remembered, ..
        }) = self.state.take_pack_job()
        else {
            return;
        };
        let name = menu::tiles_label(&TileChoice::Pack(path.clone()));
        match outcome {
            Ok(pack) => {
                let (min, max) = (pack.header().min_zoom, pack.header().max_zoom);
                self.map.set_pack(pack, ctx);
                self.state.set_tiles(TileChoice::Pack(path));
                self.pack_problems_told = false;
                self.state.notices.info(tr_args(
                    "notice-pack-opened",
                    &[
                        ("name", Arg::from(&name)),
                        ("min", Arg::from(u32::from(min))),
                        ("max", Arg::from(u32::from(max))),
                    ],
                ));
            }
            Err(e) if e.is_cancelled() => {
                if remembered {
                    self.state.set_tiles(TileChoice::Embedded);
                }
                self.state.notices.info(tr_args(
                    "notice-pack-cancelled",
                    &[("name", Arg::from(&name))],
                ));
            }
            Err(e) if remembered => {
                // Kept in the settings: the stick may be back next time.
                self.state.notices.push(
                    Level::Error,
                    tr_args(
                        "notice-remembered-pack-unavailable",
                        &[("reason", Arg::from(e.to_string()))],
                    ),
                    Vec::new(),
                );
            }
            Err(e) => {
                self.state.notices.error(tr_args(
                    "notice-pack-refused",
                    &[("reason", Arg::from(e.to_string()))],
                ));
            }
        }
    }

    /// Tells the user once when tiles of the pack in use cannot be read; returns whether
    /// a notice was added.
    fn report_pack_problems(&mut self) -> bool {
        let (bad, first) = self.map.pack_problems();
        if bad == 0 || self.pack_problems_told {
            return false;
        }
        self.pack_problems_told = true;
        let name = menu::tiles_label(&self.map.tile_choice);
        self.state.notices.push(
            Level::Warning,
            tr_args(
                "notice-pack-tiles-unreadable",
                &[("name", Arg::from(&name))],
            ),
            first.map(str::to_owned).into_iter().collect(),
        );
        true
    }

    fn drain_imports(&mut self) {
        for import in self.state.take_imports() {
            match import.job.poll_outcome() {
                // Cancel takes effect at once, even if the read is stuck in the operating
                // system (a network drive): the worker's late result is dropped.
                JobPoll::Running | JobPoll::Died if import.job.control().is_cancelled() => {
                    self.state.notices.info(tr_args(
                        "notice-import-cancelled",
                        &[("path", Arg::from(import.path.display().to_string()))],
                    ));
                }
                JobPoll::Running => self.state.add_import(import),
                JobPoll::Died => {
                    self.state.notices.error(tr_args(
                        "notice-import-died",
                        &[("path", Arg::from(import.path.display().to_string()))],
                    ));
                }
                JobPoll::Done(Ok((imported, fills))) => {
                    let id = self.state.add_imported(import.path, imported);
                    self.map.give_fills(id, fills);
                }
                JobPoll::Done(Err(e)) => {
                    let cancelled = e.is_cancelled();
                    if cancelled {
                        self.state.notices.info(tr_args(
                            "notice-import-cancelled",
                            &[("path", Arg::from(import.path.display().to_string()))],
                        ));
                    } else {
                        self.state.notices.push(
                            Level::Error,
                            tr_args(
                                "notice-import-failed",
                                &[("path", Arg::from(import.path.display().to_string()))],
                            ),
                            vec![e.to_string()],
                        );
                    }
                }
            }
        }
    }

    /// Runs every queued effect.
    pub fn apply_effects(&mut self, ctx: &egui::Context) {
        let now = ctx.input(|i| i.time);
        for effect in self.state.take_effects() {
            match effect {
                Effect::FlyToFeature(id) => self.fly_to_feature(id, now),
                Effect::FlyToBounds(b) => self.map.fly_to_bounds(b, now),
                Effect::FlyToPoint { at, zoom } => self.map.fly_to_point(at, zoom, now),
                Effect::Home => self.map.fly_to_bounds(camera::CORRIDOR_BOUNDS, now),
                Effect::OpenGeoJsonDialog => self.open_dialog(PathPurpose::GeoJson),
                Effect::OpenTilePackDialog => self.open_dialog(PathPurpose::TilePack),
                Effect::Import(path) => {
                    if self.state.is_open_or_opening(&path) {
                        self.state.ask_before_reopening(path);
                    } else {
                        self.start_import(ctx, path);
                    }
                }
                Effect::ImportAgain(path) => self.start_import(ctx, path),
                Effect::SetTiles(TileChoice::Pack(path)) => {
                    start_pack_job(&mut self.state, ctx, path, false);
                }
                Effect::SetTiles(choice) => {
                    if let Some(old) = self.state.take_pack_job() {
                        old.job.control().cancel();
                    }
                    match self.map.set_tiles(choice.clone(), ctx) {
                        Ok(()) => self.state.set_tiles(choice),
                        Err(e) => {
                            self.state.set_tiles(TileChoice::Embedded);
                            self.state.notices.push(
                                Level::Error,
                                tr_args(
                                    "notice-tiles-failed",
                                    &[("reason", Arg::from(e.to_string()))],
                                ),
                                Vec::new(),
                            );
                        }
                    }
                }
                Effect::ForgetLayer(id) => self.map.forget_layer(id),
                Effect::OpenLink(url) => {
                    if let Err(reason) = (self.open_link)(&url) {
                        // No browser (a locked-down laptop at a border post): the address is
                        // kept for later instead of the click doing nothing.
                        ctx.copy_text(url.clone());
                        self.state.notices.push(
                            Level::Warning,
                            tr_args("notice-link-not-opened", &[("url", Arg::from(url))]),
                            vec![reason],
                        );
                    }
                }
                Effect::OpenTourDialog => self.open_dialog(PathPurpose::Tour),
                Effect::LoadTour(path) => match crate::data::tour::Tour::load(&path) {
                    Ok(tour) => {
                        self.state.window.tour = Some(crate::data::tour::TourPlayer::new(tour));
                        self.tour_shown = None;
                    }
                    Err(e) => self.state.notices.error(tr_args(
                        "notice-tour-unreadable",
                        &[
                            ("path", Arg::from(path.display().to_string())),
                            ("reason", Arg::from(e.to_string())),
                        ],
                    )),
                },
            }
        }
    }

    fn fly_to_feature(&mut self, id: crate::data::FeatureId, now: f64) {
        let Some(f) = self.state.feature(id) else {
            return;
        };
        match (&f.geometry, f.bbox) {
            (Some(geo::Geometry::Point(p)), _) => {
                self.map.fly_to_point(p.0, camera::POINT_FRAME_ZOOM, now)
            }
            (_, Some(b)) => self.map.fly_to_bounds(Bounds::from_rect(b), now),
            _ => {}
        }
    }

    fn open_dialog(&mut self, purpose: PathPurpose) {
        if !self.dialogs {
            self.menu.path_purpose = purpose;
            self.state.ask_for_path();
            return;
        }
        let (picked, unavailable) = match purpose {
            PathPurpose::GeoJson => menu::pick_geojson(),
            PathPurpose::TilePack => menu::pick_tile_pack(),
            PathPurpose::Tour => menu::pick_tour(),
        };
        match (picked, purpose) {
            (Some(p), PathPurpose::GeoJson) => self.state.push(Effect::Import(p)),
            (Some(p), PathPurpose::Tour) => self.state.push(Effect::LoadTour(p)),
            (Some(p), PathPurpose::TilePack) => {
                self.state.push(Effect::SetTiles(TileChoice::Pack(p)))
            }
            (None, _) if unavailable => {
                self.menu.path_purpose = purpose;
                self.state.ask_for_path();
            }
            (None, _) => {}
        }
    }

    fn start_import(&mut self, ctx: &egui::Context, path: PathBuf) {
        let repaint_ctx = ctx.clone();
        let job_path = path.clone();
        let title = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let spawned = Job::spawn(
            title,
            move || repaint_ctx.request_repaint(),
            move |control| {
                load::load_file(&job_path, control.cancel_flag(), &|f| {
                    control.set_progress(f)
                })
                .and_then(|parsed| {
                    let names = crate::search::names_index(&parsed.features);
                    // Polygons are triangulated here, so the window only receives ready fills.
                    let fills =
                        crate::data::fill::triangulate_all(&parsed.features, control.cancel_flag())
                            .ok_or(load::LoadError::Cancelled)?;
                    Ok(((parsed, names), fills))
                })
            },
        );
        match spawned {
            Ok(job) => self.state.add_import(ImportJob { path, job }),
            Err(e) => self.state.notices.push(
                Level::Error,
                tr_args(
                    "notice-import-not-started",
                    &[("path", Arg::from(path.display().to_string()))],
                ),
                vec![e.to_string()],
            ),
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
        duplicate_import_box(ui.ctx(), &mut self.state);
        if self.welcome {
            self.welcome = welcome_box(ui.ctx(), &mut self.menu);
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
            covered: presenter::take_map_covers(ui.ctx()),
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
            self.state.select(Some(id));
            if self.state.tab != Tab::Details {
                self.state.tab = Tab::Details;
            }
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
        let now = now_of(ui.ctx());
        presenter::timeline_bar(ui, map_rect, &mut self.state.window, now);
        self.presenter_overlays(ui, map_rect, scale);
        self.panel_buttons(ui, map_rect);
        self.notices(ui);
    }

    /// The tour stop's caption (in any mode); in presenter mode also the selected
    /// feature's caption card and the small legend.
    fn presenter_overlays(&mut self, ui: &mut egui::Ui, rect: egui::Rect, scale: f32) {
        // The small legend on the map, in presenter mode only.
        if self.state.window.presenter {
            let kinds: Vec<_> = self
                .state
                .visible_layers()
                .iter()
                .map(|(l, _)| l.kind)
                .collect();
            presenter::map_legend(ui, rect, &kinds);
        }
        // A tour stop's caption, in any mode; else the selected feature's, when presenting.
        let stop = self
            .state
            .window
            .tour
            .as_ref()
            .and_then(|player| presenter::stop_caption(player, self.state.lang));
        let presenting = self.state.window.presenter;
        let caption = stop.or_else(|| {
            let id = self.state.selection().filter(|_| presenting)?;
            let f = self.state.feature(id)?;
            let kind = self
                .state
                .kind_of(id)
                .unwrap_or(crate::data::LayerKind::Imported);
            Some(presenter::feature_caption(
                f,
                kind,
                self.state.lang,
                self.state.window.year,
            ))
        });
        if let Some(caption) = caption {
            presenter::caption_card(ui, rect, &caption, scale);
        }
    }

    /// The buttons at the map's left and right edges that fold the side panels away and
    /// bring them back.
    fn panel_buttons(&mut self, ui: &mut egui::Ui, rect: egui::Rect) {
        if self.state.window.presenter {
            return;
        }
        let size = egui::vec2(18.0, 48.0);
        let y = rect.center().y - size.y / 2.0;
        let w = &mut self.state.window;
        let left = egui::Rect::from_min_size(egui::pos2(rect.left(), y), size);
        let tip = if w.left_open {
            tr("button-hide-left-panel")
        } else {
            tr("button-show-left-panel")
        };
        // The arrow points the way the panel will move.
        if edge_button(ui, "left", left, !w.left_open, tip) {
            w.left_open = !w.left_open;
        }
        let right = egui::Rect::from_min_size(egui::pos2(rect.right() - size.x, y), size);
        let tip = if w.right_open {
            tr("button-hide-right-panel")
        } else {
            tr("button-show-right-panel")
        };
        if edge_button(ui, "right", right, w.right_open, tip) {
            w.right_open = !w.right_open;
        }
    }

    fn notices(&mut self, ui: &mut egui::Ui) {
        let mut dismiss = None;
        let rect = ui.max_rect();
        let notices = &self.state.notices;
        let items = notices.items();
        if items.is_empty() {
            return;
        }
        let show_all_id = egui::Id::unique("notices: show all");
        let show_all = ui
            .ctx()
            .data(|d| d.get_temp::<bool>(show_all_id))
            .unwrap_or(false);
        let first_shown = if show_all {
            0
        } else {
            items.len().saturating_sub(notices::SHOWN_NOTICES)
        };
        let hidden = first_shown + notices.dropped();
        let mut toggle = false;
        egui::Area::new(egui::Id::unique("notices"))
            .fixed_pos(rect.left_top() + egui::vec2(12.0, 12.0))
            .show(ui.ctx(), |ui| {
                // Long notices wrap inside the map, so their × stays on screen, and a long
                // list scrolls instead of covering the map for good.
                let width = (rect.width() - 24.0).clamp(120.0, 620.0);
                ui.set_max_width(width);
                egui::ScrollArea::vertical()
                    .max_height((rect.height() - 24.0).max(80.0))
                    .show(ui, |ui| {
                        if hidden > 0 || show_all {
                            let label = if show_all {
                                tr("notice-show-latest")
                            } else {
                                tr_args("notice-show-all", &[("count", Arg::from(hidden))])
                            };
                            if ui.small_button(label).clicked() {
                                toggle = true;
                            }
                        }
                        for (i, n) in items.iter().enumerate().skip(first_shown) {
                            notice_ui(ui, i, n, width, &mut dismiss);
                        }
                    });
            });
        if toggle {
            ui.ctx().data_mut(|d| d.insert_temp(show_all_id, !show_all));
        }
        if let Some(i) = dismiss {
            self.state.notices.dismiss(i);
        }
    }

    fn status_bar(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            let view = self.map.view();
            ui.label(tr_args(
                "status-zoom",
                &[("zoom", Arg::from((view.zoom * 10.0).round() / 10.0))],
            ));
            if let Some(p) = self.pointer {
                ui.separator();
                ui.label(format!("{:.5}° N  {:.5}° E", p.y, p.x))
                    .on_hover_text(tr("status-coordinates-tooltip"));
            }
            ui.separator();
            if let Some(job) = self.state.pack_job() {
                ui.spinner();
                ui.label(tr_args(
                    "status-checking-pack",
                    &[(
                        "pack",
                        Arg::from(menu::tiles_label(&TileChoice::Pack(job.path.clone()))),
                    )],
                ));
                if ui.small_button(tr("button-cancel")).clicked() {
                    job.job.control().cancel();
                }
            } else if self.map.tile_choice != *self.state.tiles() {
                ui.label(tr_args(
                    "status-tiles-not-available",
                    &[
                        ("shown", Arg::from(menu::tiles_label(&self.map.tile_choice))),
                        ("wanted", Arg::from(menu::tiles_label(self.state.tiles()))),
                    ],
                ));
            } else {
                ui.label(menu::tiles_label(self.state.tiles()));
            }
            if self.map.online_unreachable() {
                ui.label(tr("status-online-unreachable"))
                    .on_hover_text(tr("status-online-unreachable-tooltip"));
            }
            // Credit goes to the source actually drawn: a custom server is not OpenStreetMap.
            if self.map.tile_choice == TileChoice::OpenStreetMap {
                ui.label(tr("status-osm-attribution"));
            }
            let unreadable = self.map.pack_problems().0;
            if unreadable > 0 {
                ui.label(tr_args(
                    "status-tiles-unreadable",
                    &[("count", Arg::from(unreadable))],
                ));
            }
            let pending = self.map.tiles_pending();
            if pending > 0 {
                ui.separator();
                ui.label(tr_args(
                    "status-drawing-tiles",
                    &[("count", Arg::from(pending))],
                ));
            }
            if self.state.tool() == MapTool::Measure {
                ui.separator();
                ui.label(tr("status-measuring"));
            }
        });
    }
}

/// Asks before opening a file that is already open: a second copy of the same layer is
/// almost always a slip (a double drop, the same file picked twice).
fn duplicate_import_box(ctx: &egui::Context, state: &mut AppState) {
    let Some(path) = state.duplicate_import().map(Path::to_path_buf) else {
        return;
    };
    let mut answer = None;
    egui::Window::new(tr("duplicate-import-title"))
        .id(egui::Id::unique("duplicate import"))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 80.0))
        .show(ctx, |ui| {
            ui.label(tr_args(
                "duplicate-import-text",
                &[("path", Arg::from(path.display().to_string()))],
            ));
            ui.horizontal(|ui| {
                if ui.button(tr("duplicate-import-again")).clicked() {
                    answer = Some(true);
                }
                if ui.button(tr("button-cancel")).clicked()
                    || ui.input(|i| i.key_pressed(egui::Key::Escape))
                {
                    answer = Some(false);
                }
            });
        });
    if let Some(again) = answer {
        state.answer_reopening(again);
    }
}

/// Whether this is the first start: no settings file yet and nothing in eframe's storage.
fn from_file_missing(
    opened: &Option<settings_file::Opened>,
    cc: &eframe::CreationContext<'_>,
) -> bool {
    let in_file = opened.as_ref().is_some_and(|o| o.settings.is_some());
    let in_storage = cc
        .storage
        .and_then(|s| eframe::get_value::<Settings>(s, SETTINGS_KEY))
        .is_some();
    !in_file && !in_storage
}

/// The first-start welcome: what the map shows and the three keys that open the rest.
/// Returns whether it stays open.
fn welcome_box(ctx: &egui::Context, menu: &mut MenuBar) -> bool {
    let mut open = true;
    egui::Window::new(tr("welcome-title"))
        .id(egui::Id::unique("welcome"))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::vec2(0.0, 0.0))
        .show(ctx, |ui| {
            ui.set_max_width(460.0);
            ui.heading(tr("welcome-heading"));
            ui.label(tr("welcome-map"));
            ui.add_space(6.0);
            for line in [
                tr("welcome-search"),
                tr("welcome-click"),
                tr("welcome-keys"),
                tr("welcome-offline"),
            ] {
                ui.label(format!("• {line}"));
            }
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                if ui.button(tr("welcome-start")).clicked()
                    || ui.input(|i| i.key_pressed(egui::Key::Escape))
                {
                    open = false;
                }
                if ui.button(tr("menu-keys")).clicked() {
                    menu.keys_open = true;
                    open = false;
                }
            });
        });
    open
}

/// Opens `url` in the system's web browser; the error says why not (no browser found).
fn open_in_browser(url: &str) -> Result<(), String> {
    webbrowser::open(url).map_err(|e| e.to_string())
}

/// Reopens the files the user had open last time, in their order, and says in one notice
/// which of them are gone (a USB stick not plugged in, a file moved), naming each.
fn reopen_imported(state: &mut AppState, files: &[state::ImportedFile]) {
    let mut missing = Vec::new();
    for path in files.iter().map(|f| &f.path) {
        if path.is_file() {
            state.push(Effect::Import(path.clone()));
        } else {
            missing.push(path.display().to_string());
        }
    }
    if !missing.is_empty() {
        state.notices.push(
            Level::Warning,
            tr_args(
                "notice-imports-missing",
                &[("count", Arg::from(missing.len()))],
            ),
            missing,
        );
    }
}

/// A slim button on the map's edge with an arrow pointing right (`points_right`) or left;
/// `label` is its tooltip and its name for screen readers. Returns whether it was clicked.
fn edge_button(
    ui: &mut egui::Ui,
    id: &str,
    rect: egui::Rect,
    points_right: bool,
    label: String,
) -> bool {
    let response = ui.interact(
        rect,
        egui::Id::unique(("edge button", id)),
        egui::Sense::click(),
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, label.clone()));
    let visuals = ui.style().interact(&response);
    let painter = ui.painter();
    painter.rect(
        rect,
        4.0,
        visuals.bg_fill,
        visuals.bg_stroke,
        egui::StrokeKind::Inside,
    );
    let c = rect.center();
    let (dx, dy) = (4.0, 7.0);
    let tip = if points_right { dx } else { -dx };
    painter.add(egui::Shape::convex_polygon(
        vec![
            egui::pos2(c.x + tip, c.y),
            egui::pos2(c.x - tip, c.y - dy),
            egui::pos2(c.x - tip, c.y + dy),
        ],
        visuals.fg_stroke.color,
        egui::Stroke::NONE,
    ));
    response.on_hover_text(label).clicked()
}

/// The time of this frame, seconds.
fn now_of(ctx: &egui::Context) -> f64 {
    ctx.input(|i| i.time)
}

/// One notice: its text wrapped beside its ×, its details folded away.
fn notice_ui(
    ui: &mut egui::Ui,
    i: usize,
    n: &notices::Notice,
    width: f32,
    dismiss: &mut Option<usize>,
) {
    let color = match n.level {
        Level::Info => crate::style::ui::LABEL,
        Level::Warning => crate::style::ui::WARNING,
        Level::Error => crate::style::ui::ERROR,
    };
    egui::Frame::popup(ui.style()).show(ui, |ui| {
        ui.set_max_width(width - 16.0);
        ui.horizontal_top(|ui| {
            let text_width = (ui.available_width() - 30.0).max(60.0);
            ui.allocate_ui(egui::vec2(text_width, 0.0), |ui| {
                ui.add(egui::Label::new(egui::RichText::new(&n.text).color(color)).wrap());
            });
            if ui
                .small_button("×")
                .on_hover_text(tr("notice-dismiss"))
                .clicked()
            {
                *dismiss = Some(i);
            }
        });
        if !n.details.is_empty() {
            egui::CollapsingHeader::new(tr("notice-details"))
                .id_salt(("notice", i))
                .show(ui, |ui| {
                    egui::ScrollArea::vertical().max_height(160.0).show_rows(
                        ui,
                        16.0,
                        n.details.len(),
                        |ui, rows| {
                            for d in n.details.get(rows).unwrap_or_default() {
                                ui.add(egui::Label::new(egui::RichText::new(d).small()).wrap());
                            }
                        },
                    );
                });
        }
    });
}

/// Checks the pack at `path` on a worker (replacing any pack being checked); the map
/// draws it once the check passes.
fn start_pack_job(state: &mut AppState, ctx: &egui::Context, path: PathBuf, remembered: bool) {
    if let Some(old) = state.take_pack_job() {
        old.job.control().cancel();
    }
    let repaint_ctx = ctx.clone();
    let job_path = path.clone();
    let title = TileChoice::Pack(path.clone()).label();
    let spawned = Job::spawn(
        title,
        move || repaint_ctx.request_repaint(),
        move |control| {
            crate::data::pack::Pack::open(&job_path, control.cancel_flag()).map(std::sync::Arc::new)
        },
    );
    match spawned {
        Ok(job) => state.set_pack_job(PackJob {
            path,
            remembered,
            job,
        }),
        Err(e) => state.notices.push(
            Level::Error,
            tr_args(
                "notice-pack-not-started",
                &[("path", Arg::from(path.display().to_string()))],
            ),
            vec![e.to_string()],
        ),
    }
}

/// When the process started, for the start-up log (see [`startup_mark`]).
static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// Logs how long start-up took to reach `phase` (`RUST_LOG=mekong_atlas=debug`), so the
/// ≤ 400 ms budget to the first frame can be checked phase by phase whenever something new
/// is added before it. The first call (from `main`) sets the clock.
pub fn startup_mark(phase: &str) {
    let started = STARTED.get_or_init(std::time::Instant::now);
    log::debug!(
        "start-up: {phase} at {:.1} ms",
        started.elapsed().as_secs_f64() * 1000.0
    );
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
