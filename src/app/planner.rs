//! The study-visit planner's part of the shell: the itinerary being built (in the app state),
//! and what the planner needs done outside the panels — file dialogs or the in-app path box,
//! atomic saves, opening with plain-words errors, exporting the briefing, the right-click
//! "Add to itinerary" on the map, framing the trip, and the autosave that keeps an unsaved
//! itinerary across a crash or restart.

use crate::data::basemap::BasemapData;
use crate::data::itinerary::{self, Itinerary};
use crate::i18n::{Arg, tr, tr_args};
use crate::map::camera::Bounds;
use crate::planner;
use crate::state::notices::Notices;
use crate::state::{AppState, Effect, PlannerRequest, PlannerState, Tab};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Name of the autosave file in the config directory.
pub const AUTOSAVE_FILE: &str = "itinerary-autosave.geojson";

/// Seconds after the last change before the autosave is written (typing notes does not
/// write the file on every key).
pub const AUTOSAVE_DELAY_S: f64 = 1.0;

/// What the path box is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum PathKind {
    Open,
    Save,
    Briefing,
}

/// The shell's planner machinery (owned by the app, not by the state).
#[derive(Default)]
pub struct PlannerShell {
    autosave: Option<PathBuf>,
    /// What the autosave file holds now.
    written: Option<Itinerary>,
    /// When the trip was first seen different from `written`.
    changed_at: Option<f64>,
    prompt: Option<(PathKind, String)>,
    /// Right-click on the map: where the menu stands and the lon/lat under it.
    context: Option<(egui::Pos2, geo::Coord<f64>)>,
    basemap: Option<Arc<BasemapData>>,
}

impl PlannerShell {
    /// A shell that autosaves to `dir` (the settings directory) and restores what an earlier
    /// run left there. `None`: no autosave (tests).
    pub fn with_autosave(
        dir: Option<&Path>,
        state: &mut PlannerState,
        notices: &mut Notices,
    ) -> Self {
        let mut shell = Self {
            autosave: dir.map(|d| d.join(AUTOSAVE_FILE)),
            ..Self::default()
        };
        if let Some(path) = shell.autosave.clone()
            && path.exists()
        {
            match Itinerary::open(&path) {
                Ok(trip) => {
                    if !trip.stops.is_empty() {
                        notices.info(tr("notice-itinerary-restored"));
                    }
                    state.trip = trip.clone();
                    shell.written = Some(trip);
                }
                Err(e) => notices.error(tr_args(
                    "notice-itinerary-not-opened",
                    &[("reason", Arg::from(e.to_string()))],
                )),
            }
        }
        shell
    }

    /// Runs the planner's requests, keeps the autosave current and shows the path box.
    pub fn run(
        &mut self,
        ctx: &egui::Context,
        state: &mut AppState,
        dialogs: bool,
        now: f64,
    ) -> Option<Bounds> {
        let mut frame = None;
        for request in std::mem::take(&mut state.planner.requests) {
            match request {
                PlannerRequest::New => {
                    state.planner.trip = Itinerary::default();
                    state.planner.path = None;
                }
                PlannerRequest::OpenExample => {
                    state.planner.trip = itinerary::example_2019();
                    state.planner.path = None;
                    frame = state.planner.bounds(state.atlas());
                }
                PlannerRequest::Frame => frame = state.planner.bounds(state.atlas()),
                PlannerRequest::Open => {
                    if let Some(p) = self.pick(dialogs, PathKind::Open) {
                        frame = open(state, &p).or(frame);
                    }
                }
                PlannerRequest::Save => match state.planner.path.clone() {
                    Some(p) => save(state, &p),
                    None => {
                        if let Some(p) = self.pick(dialogs, PathKind::Save) {
                            save(state, &p);
                        }
                    }
                },
                PlannerRequest::SaveAs => {
                    if let Some(p) = self.pick(dialogs, PathKind::Save) {
                        save(state, &p);
                    }
                }
                PlannerRequest::ExportBriefing => {
                    if let Some(p) = self.pick(dialogs, PathKind::Briefing) {
                        self.export(state, &p);
                    }
                }
            }
        }
        if let Some((kind, path)) = self.path_box(ctx) {
            match kind {
                PathKind::Open => frame = open(state, &path).or(frame),
                PathKind::Save => save(state, &path),
                PathKind::Briefing => self.export(state, &path),
            }
        }
        self.autosave(ctx, state, now);
        frame
    }

    /// Writes the autosave now if the trip changed since the last write (on quitting, so the
    /// last second of typing is not lost).
    pub fn flush(&mut self, state: &AppState) {
        let Some(path) = self.autosave.clone() else {
            return;
        };
        let trip = &state.planner.trip;
        let same = match &self.written {
            Some(w) => w == trip,
            None => trip.stops.is_empty() && trip.title.is_empty(),
        };
        if same {
            return;
        }
        match state.planner.trip.save(&path) {
            Ok(()) => {
                self.written = Some(state.planner.trip.clone());
                self.changed_at = None;
            }
            Err(e) => log::error!("the itinerary could not be kept for the next start: {e}"),
        }
    }

    fn autosave(&mut self, ctx: &egui::Context, state: &mut AppState, now: f64) {
        let Some(path) = self.autosave.clone() else {
            return;
        };
        let trip = &state.planner.trip;
        let same = match &self.written {
            Some(w) => w == trip,
            None => trip.stops.is_empty() && trip.title.is_empty(),
        };
        if same {
            self.changed_at = None;
            return;
        }
        let since = *self.changed_at.get_or_insert(now);
        if now - since < AUTOSAVE_DELAY_S {
            ctx.request_repaint_after(Duration::from_secs_f64(AUTOSAVE_DELAY_S));
            return;
        }
        if let Some(dir) = path.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        match trip.save(&path) {
            Ok(()) => {
                self.written = Some(trip.clone());
                self.changed_at = None;
            }
            Err(e) => {
                let text = tr_args(
                    "notice-itinerary-autosave-failed",
                    &[("reason", Arg::from(e.to_string()))],
                );
                if !state.notices.items().iter().any(|n| n.text == text) {
                    state.notices.error(text);
                }
                // Try again later rather than on every frame.
                self.changed_at = Some(now + 30.0);
            }
        }
    }

    /// A file dialog for `kind`, or the path box when none can be shown (returns `None`
    /// then; the box reports its path later).
    fn pick(&mut self, dialogs: bool, kind: PathKind) -> Option<PathBuf> {
        if dialogs {
            let start = Instant::now();
            let dialog = rfd::FileDialog::new();
            let picked = match kind {
                PathKind::Open => dialog
                    .set_title(tr("planner-path-open"))
                    .add_filter("GeoJSON", &["geojson", "json"])
                    .pick_file(),
                PathKind::Save => dialog
                    .set_title(tr("planner-path-save"))
                    .add_filter("GeoJSON", &["geojson"])
                    .set_file_name("itinerary.geojson")
                    .save_file(),
                PathKind::Briefing => dialog
                    .set_title(tr("planner-path-briefing"))
                    .add_filter("HTML", &["html"])
                    .add_filter("Markdown", &["md"])
                    .set_file_name("briefing.html")
                    .save_file(),
            };
            if picked.is_some() || start.elapsed() >= Duration::from_millis(250) {
                return picked;
            }
        }
        self.prompt = Some((kind, String::new()));
        None
    }

    fn path_box(&mut self, ctx: &egui::Context) -> Option<(PathKind, PathBuf)> {
        let (kind, mut text) = self.prompt.take()?;
        let title = match kind {
            PathKind::Open => tr("planner-path-open"),
            PathKind::Save => tr("planner-path-save"),
            PathKind::Briefing => tr("planner-path-briefing"),
        };
        let mut keep = true;
        let mut chosen = None;
        egui::Window::new(title)
            .id(egui::Id::unique("planner path box"))
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 80.0))
            .show(ctx, |ui| {
                ui.label(tr("path-box-prompt"));
                let r = ui.add(egui::TextEdit::singleline(&mut text).desired_width(420.0));
                let enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                ui.horizontal(|ui| {
                    let ok = ui.button(tr("planner-path-ok")).clicked() || enter;
                    if ok && !text.trim().is_empty() {
                        chosen = Some(PathBuf::from(text.trim()));
                        keep = false;
                    }
                    if ui.button(tr("button-cancel")).clicked() {
                        keep = false;
                    }
                });
            });
        if keep {
            self.prompt = Some((kind, text));
        }
        chosen.map(|p| (kind, p))
    }

    fn export(&mut self, state: &mut AppState, path: &Path) {
        let basemap = self.basemap();
        let legs = state.trip_legs();
        let markdown = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("md"));
        let text = if markdown {
            crate::briefing::markdown(state.atlas(), &state.planner.trip, &legs)
        } else {
            crate::briefing::html(
                state.atlas(),
                &state.planner.trip,
                &legs,
                basemap.as_deref(),
            )
        };
        match crate::persist::write_atomic(path, text.as_bytes()) {
            Ok(()) => state.notices.info(tr_args(
                "notice-briefing-saved",
                &[("path", Arg::from(path.display().to_string()))],
            )),
            Err(e) => state.notices.error(tr_args(
                "notice-briefing-not-saved",
                &[("reason", Arg::from(e.to_string()))],
            )),
        }
    }

    fn basemap(&mut self) -> Option<Arc<BasemapData>> {
        if self.basemap.is_none() {
            self.basemap = BasemapData::embedded().ok().map(Arc::new);
        }
        self.basemap.clone()
    }

    /// The ISO code of the country at `at`, from the basemap's country outlines.
    pub fn country_at(&mut self, at: geo::Coord<f64>) -> Option<&'static str> {
        let data = self.basemap()?;
        data.countries()
            .iter()
            .find(|c| c.contains(at.x, at.y))
            .and_then(|c| planner::country_code(&c.name))
    }

    /// The map's right-click menu ("Add to itinerary") and the itinerary drawn over the map.
    /// Call right after the map has been drawn.
    pub fn map_overlay(
        &mut self,
        ui: &mut egui::Ui,
        state: &mut AppState,
        viewport: Option<&crate::map::Viewport>,
    ) {
        let Some(viewport) = viewport else {
            return;
        };
        let paths = state.trip_leg_paths();
        let painter = ui.painter().with_clip_rect(viewport.rect);
        crate::map::itinerary::draw(
            &painter,
            viewport,
            state.atlas(),
            &state.planner.trip,
            &paths,
        );
        let (secondary, pos) = ui.input(|i| {
            (
                i.pointer.secondary_clicked(),
                i.pointer.interact_pos().or(i.pointer.hover_pos()),
            )
        });
        if secondary
            && let Some(p) = pos
            && viewport.rect.contains(p)
            && !ui
                .ctx()
                .is_pointer_over_egui_except_background(viewport.rect)
        {
            self.context = Some((p, viewport.unproject(p)));
        }
        let Some((p, at)) = self.context else {
            return;
        };
        let mut close = false;
        let area = egui::Area::new(egui::Id::unique("planner map menu"))
            .fixed_pos(p)
            .order(egui::Order::Foreground)
            .show(ui.ctx(), |ui| {
                egui::Frame::menu(ui.style()).show(ui, |ui| {
                    if ui.button(tr("map-menu-what-is-here")).clicked() {
                        let layers: Vec<&crate::data::Layer> =
                            state.visible_layers().into_iter().map(|(l, _)| l).collect();
                        let hit = crate::map::probe::hit_test(viewport, layers, p);
                        match hit {
                            Some(id) => state.show_details(id),
                            None => state.notices.info(tr("map-menu-nothing-here")),
                        }
                        close = true;
                    }
                    if ui.button(tr("map-menu-centre-here")).clicked() {
                        state.push(Effect::FlyToPoint {
                            at,
                            zoom: viewport.zoom,
                        });
                        close = true;
                    }
                    if ui.button(tr("map-menu-measure-from-here")).clicked() {
                        state.measure_from(at);
                        close = true;
                    }
                    if ui.button(tr("map-menu-copy-coordinates")).clicked() {
                        let text = format!("{:.5}, {:.5}", at.y, at.x);
                        ui.ctx().copy_text(text.clone());
                        state.notices.info(tr_args(
                            "notice-coordinates-copied",
                            &[("coordinates", Arg::from(text))],
                        ));
                        close = true;
                    }
                    ui.separator();
                    if ui.button(tr("planner-add")).clicked() {
                        let country = self.country_at(at);
                        state.planner.add_point(at, country);
                        state.tab = Tab::Planner;
                        close = true;
                    }
                });
            });
        let clicked_elsewhere = ui.input(|i| i.pointer.any_pressed())
            && !area.response.contains_pointer()
            && !secondary;
        if close || clicked_elsewhere || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
            self.context = None;
        }
    }
}

trait OverEgui {
    fn is_pointer_over_egui_except_background(&self, map: egui::Rect) -> bool;
}

impl OverEgui for egui::Context {
    /// Whether the pointer is over a window or popup above the map (not the map itself).
    fn is_pointer_over_egui_except_background(&self, map: egui::Rect) -> bool {
        self.layer_id_at(self.pointer_hover_pos().unwrap_or(map.center()))
            .is_some_and(|l| l.order != egui::Order::Background)
    }
}

fn open(state: &mut AppState, path: &Path) -> Option<Bounds> {
    match Itinerary::open(path) {
        Ok(trip) => {
            state.planner.trip = trip;
            state.planner.path = Some(path.to_path_buf());
            state.tab = Tab::Planner;
            state.planner.bounds(state.atlas())
        }
        Err(e) => {
            state.notices.error(tr_args(
                "notice-itinerary-not-opened",
                &[("reason", Arg::from(e.to_string()))],
            ));
            None
        }
    }
}

fn save(state: &mut AppState, path: &Path) {
    match state.planner.trip.save(path) {
        Ok(()) => {
            state.planner.path = Some(path.to_path_buf());
            state.notices.info(tr_args(
                "notice-itinerary-saved",
                &[("path", Arg::from(path.display().to_string()))],
            ));
        }
        Err(e) => state.notices.error(tr_args(
            "notice-itinerary-not-saved",
            &[("reason", Arg::from(e.to_string()))],
        )),
    }
}

/// The itinerary entries of the File menu.
pub fn file_menu(ui: &mut egui::Ui, state: &mut AppState) {
    for (label, request) in [
        (tr("menu-itinerary-new"), PlannerRequest::New),
        (tr("menu-itinerary-open"), PlannerRequest::Open),
        (tr("menu-itinerary-save"), PlannerRequest::Save),
        (tr("menu-itinerary-save-as"), PlannerRequest::SaveAs),
        (tr("menu-itinerary-example"), PlannerRequest::OpenExample),
    ] {
        if ui.button(label).clicked() {
            if request != PlannerRequest::Save && request != PlannerRequest::SaveAs {
                state.tab = Tab::Planner;
            }
            state.planner.requests.push(request);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Atlas;

    fn frame(ctx: &egui::Context, shell: &mut PlannerShell, state: &mut AppState, now: f64) {
        let mut out = ctx.run_ui(egui::RawInput::default(), |ui| {
            let _ = shell.run(ui.ctx(), state, false, now);
        });
        out.textures_delta.clear();
    }

    #[test]
    fn an_unsaved_itinerary_is_kept_across_a_restart() {
        let dir = tempfile::tempdir().expect("temp dir");
        let atlas = Atlas::builtin().expect("built-in data");
        let ctx = egui::Context::default();
        let mut state = AppState::new(atlas);
        let mut shell =
            PlannerShell::with_autosave(Some(dir.path()), &mut state.planner, &mut state.notices);
        let mohan = state.atlas().find_by_id("station-mohan").expect("data");
        assert!(state.add_to_trip(mohan));
        state.planner.trip.stops[0].notes = "Customs briefing".into();
        let file = dir.path().join(AUTOSAVE_FILE);
        frame(&ctx, &mut shell, &mut state, 10.0);
        assert!(!file.exists(), "not written on every keystroke");
        // Quitting within the second writes at once.
        shell.flush(&state);
        assert!(file.exists(), "written when the atlas closes");
        std::fs::remove_file(&file).expect("remove");
        state.planner.trip.stops[0].notes = "Customs and quarantine briefing".into();
        frame(&ctx, &mut shell, &mut state, 10.0);
        assert!(!file.exists());
        frame(&ctx, &mut shell, &mut state, 10.0 + AUTOSAVE_DELAY_S + 0.1);
        assert!(file.exists(), "written once the changes settle");

        // A new run (as after a crash) finds the trip again and says so.
        let mut next = AppState::new(Atlas::empty());
        let _shell =
            PlannerShell::with_autosave(Some(dir.path()), &mut next.planner, &mut next.notices);
        assert_eq!(next.planner.trip, state.planner.trip);
        assert!(
            next.notices
                .items()
                .iter()
                .any(|n| n.text == tr("notice-itinerary-restored"))
        );
    }

    #[test]
    fn a_broken_autosave_is_reported_and_starts_an_empty_trip() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(dir.path().join(AUTOSAVE_FILE), "{ broken").expect("write");
        let mut state = AppState::new(Atlas::empty());
        let _shell =
            PlannerShell::with_autosave(Some(dir.path()), &mut state.planner, &mut state.notices);
        assert!(state.planner.trip.stops.is_empty());
        assert_eq!(state.notices.items().len(), 1);
    }
}
