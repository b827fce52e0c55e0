//! Building the atlas at start: remembered settings (the atlas's own file, else what an
//! earlier version kept in eframe's storage), fonts, theme, the built-in data, the map and
//! its tile source, the autosaved itinerary, and files named on the command line or open
//! last time queued for import. Each phase is logged with [`startup_mark`].

use super::menu::MenuBar;
use super::{AtlasApp, SETTINGS_KEY, background, effects, export_dialog, planner, settings_file};
use crate::data::Atlas;
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
        let mut app = Self::with_settings(&cc.egui_ctx, &settings);
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
        background::reopen_imported(&mut state, &settings.imported);
        let mut map = MapPane::new(ctx);
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
