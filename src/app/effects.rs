//! Running the effects panels and menus queue ([`Effect`]): camera moves, file dialogs,
//! imports, tile sources, links and tours. Applied once per frame, after the frame's input
//! and before the map is drawn.

use super::AtlasApp;
use super::background::start_pack_job;
use super::menu::{self, PathPurpose};
use crate::i18n::{Arg, tr_args};
use crate::map::MapPane;
use crate::map::camera::{self, Bounds};
use crate::map::online::TileChoice;
use crate::state::notices::Level;
use crate::state::{AppState, Effect};

impl AtlasApp {
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
                    use_tiles(&mut self.state, &mut self.map, choice, ctx);
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
        match (&f.geometry, f.bbox()) {
            (Some(geo::Geometry::Point(p)), _) => {
                self.map.fly_to_point(p.0, camera::POINT_FRAME_ZOOM, now)
            }
            (_, Some(b)) => self.map.fly_to_bounds(Bounds::from_rect(b), now),
            _ => {}
        }
    }

    /// A file dialog for `purpose`; where none can be shown (or dialogs are off, as in
    /// tests) the path box instead, so the user can type the path.
    fn open_dialog(&mut self, purpose: PathPurpose) {
        let picked = if self.dialogs {
            let (picked, unavailable) = match purpose {
                PathPurpose::GeoJson => menu::pick_geojson(),
                PathPurpose::TilePack => menu::pick_tile_pack(),
                PathPurpose::Tour => menu::pick_tour(),
            };
            if picked.is_none() && !unavailable {
                // The user closed the dialog.
                return;
            }
            picked
        } else {
            None
        };
        match picked {
            Some(p) => self.state.push(purpose.effect(p)),
            None => {
                self.menu.path_purpose = purpose;
                self.state.ask_for_path();
            }
        }
    }
}

/// Switches the map to a built-in or online tile source; one that cannot be used leaves the
/// built-in map, with a notice saying why.
pub(super) fn use_tiles(
    state: &mut AppState,
    map: &mut MapPane,
    choice: TileChoice,
    ctx: &egui::Context,
) {
    match map.set_tiles(choice.clone(), ctx) {
        Ok(()) => state.set_tiles(choice),
        Err(e) => {
            state.set_tiles(TileChoice::Embedded);
            state.notices.push(
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
