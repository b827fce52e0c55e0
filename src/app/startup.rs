//! Building the atlas at start: remembered settings (the atlas's own file, else what an
//! earlier version kept in eframe's storage), fonts, theme, the built-in data, the map and
//! its tile source, the autosaved itinerary, and files named on the command line or open
//! last time queued for import. Each phase is logged with [`startup_mark`].

use super::menu::MenuBar;
use super::{AtlasApp, SETTINGS_KEY, background, effects, export_dialog, planner, settings_file};
use crate::data::{Atlas, LoadError};
use crate::i18n::{self, tr};
use crate::map::MapPane;
use crate::map::online::TileChoice;
use crate::panels::{
    details::DetailsPanel, layers::LayersPanel, legend::LegendPanel, notices::NoticesPanel,
    planner::PlannerPanel, routes::RoutesPanel, search::SearchPanel, stations::StationsPanel,
};
use crate::state::notices::Level;
use crate::state::{AppState, Effect, Settings};
use std::path::PathBuf;
use std::sync::Arc;
use std::thread::JoinHandle;

/// Start-up work that needs no window, begun at the top of `main` so it runs while eframe
/// creates the window and the renderer (about 100 ms, mostly in the graphics driver)
/// instead of after: the corridor data with its indexes (about 30 ms) and the basemap
/// parse (about 200 ms, needed by the first tiles). On a two-core laptop that brings the
/// first frame forward by the data's time and the full map by the parse's.
pub struct Preload {
    corridor: Option<JoinHandle<(AppState, Option<LoadError>)>>,
    basemap: Arc<crate::map::basemap::Parsed>,
}

impl Preload {
    /// Starts both jobs on their own threads. If a thread cannot be started, its job is
    /// done where it is first needed, as if nothing had been preloaded.
    pub fn start() -> Self {
        let corridor = std::thread::Builder::new()
            .name("corridor data".into())
            .spawn(build_corridor)
            .map_err(|e| log::warn!("the corridor data will be read on the UI thread: {e}"))
            .ok();
        Preload {
            corridor,
            basemap: crate::map::basemap::start_parsing(),
        }
    }

    /// The corridor's state and the error that left it empty, if any, waiting for the
    /// thread if it is not done (it is by the time the window exists).
    fn corridor(&mut self) -> (AppState, Option<LoadError>) {
        match self.corridor.take().map(JoinHandle::join) {
            Some(Ok(built)) => built,
            // The thread panicked or never started: build here (a panic repeats here, as
            // it would have without the preload).
            Some(Err(_)) | None => build_corridor(),
        }
    }
}

/// The built-in corridor layers and everything derived from them at start.
fn build_corridor() -> (AppState, Option<LoadError>) {
    let (atlas, error) = match Atlas::builtin() {
        Ok(a) => (a, None),
        Err(e) => (Atlas::empty(), Some(e)),
    };
    (AppState::new(atlas), error)
}

impl AtlasApp {
    /// Builds the atlas for eframe: fonts, theme, built-in data, remembered settings, and
    /// files named on the command line queued for import.
    /// `tile_pack` (`--tile-pack FILE`) replaces the remembered tile source, through the
    /// same checks as File → Open tile pack….
    /// `preload` is what `main` started before the window existed ([`Preload::start`]).
    pub fn new(
        cc: &eframe::CreationContext<'_>,
        files: Vec<PathBuf>,
        tile_pack: Option<PathBuf>,
        preload: Preload,
    ) -> Self {
        startup_mark("window and renderer ready");
        let dir = settings_file::default_dir();
        let opened = dir.as_deref().map(settings_file::SettingsFile::open);
        // The atlas's own file first, else what an earlier version kept in eframe's storage;
        // neither means a first start.
        let remembered = opened
            .as_ref()
            .and_then(|o| o.settings.clone())
            .or_else(|| {
                cc.storage
                    .and_then(|s| eframe::get_value(s, SETTINGS_KEY))
                    .map(|s| settings_file::sanitise(s).0)
            });
        let first_start = remembered.is_none();
        let settings = remembered.unwrap_or_else(|| Settings {
            // First start: the language of the system, when it is one of ours.
            lang: i18n::system_lang(),
            ..Settings::default()
        });
        let mut app = Self::with_preload(&cc.egui_ctx, &settings, preload);
        app.welcome = first_start;
        app.planner_shell = planner::PlannerShell::with_autosave(
            dir.as_deref(),
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
        Self::with_preload(ctx, settings, Preload::start())
    }

    /// Builds the atlas with what `preload` has (or will have) ready.
    fn with_preload(ctx: &egui::Context, settings: &Settings, mut preload: Preload) -> Self {
        crate::fonts::install(ctx);
        crate::style::apply_projector_theme(ctx);
        i18n::set_lang(settings.lang);
        startup_mark("fonts, theme and language set");
        let (mut state, error) = preload.corridor();
        startup_mark("corridor data, indexes, railway line and timeline ready");
        if let Some(e) = error {
            state.notices.push(
                Level::Error,
                tr("notice-builtin-data-unreadable"),
                vec![e.to_string()],
            );
        }
        state.apply_settings(settings);
        background::reopen_imported(&mut state, &settings.imported);
        let mut map = MapPane::with_basemap_parse(ctx, preload.basemap);
        startup_mark("map ready");
        if let Some(view) = settings.view {
            map.set_view(view);
        }
        match &settings.tiles {
            TileChoice::Embedded => {}
            // Never opened here: a pack on a slow or unplugged drive must not keep the
            // window from appearing. It is checked on a worker and drawn when ready.
            TileChoice::Pack(path) => {
                background::start_pack_job(&mut state, ctx, path.clone(), true)
            }
            online => effects::use_tiles(&mut state, &mut map, online.clone(), ctx),
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
            notices: NoticesPanel,
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
}

/// Opens `url` in the system's web browser; the error says why not (no browser found).
fn open_in_browser(url: &str) -> Result<(), String> {
    webbrowser::open(url).map_err(|e| e.to_string())
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
