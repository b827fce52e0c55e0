//! How the window is arranged (side panels, fullscreen, presenter mode), the tour being
//! shown and the timeline's year: plain data the shell lays the window out from, the
//! panels read (Details dates facts by the timeline's year) and the menus and keys change.
//! Also what a tour stop does to the state ([`AppState::apply_stop`]), which the window and
//! `mekong-atlas render` share so that a slide of a stop is what the room saw.

use super::AppState;
use crate::data::LayerKind;
use crate::data::timeline;
use crate::data::tour::{self, TourPlayer};
use crate::style;

/// How the window is arranged.
#[derive(Clone, Debug, PartialEq)]
pub struct WindowState {
    /// The left panel (search, layers) is shown.
    pub left_open: bool,
    /// The right panel (details, stations, routes, legend) is shown.
    pub right_open: bool,
    /// Fullscreen outside presenter mode (F11).
    pub fullscreen: bool,
    /// Presenter mode (F5): fullscreen, panels hidden, the map drawn for a room.
    pub presenter: bool,
    /// The presenter's own size adjustment (Ctrl +/−), multiplied with the size chosen
    /// from the screen.
    pub room_adjust: f32,
    /// The tour being shown, and its stop.
    pub tour: Option<TourPlayer>,
    /// The timeline's year (`None`: the timeline is off and the map shows today).
    pub year: Option<i32>,
    /// The timeline is playing through the years; the time (seconds) of the last step.
    pub playing: Option<f64>,
}

impl Default for WindowState {
    fn default() -> Self {
        Self {
            left_open: true,
            right_open: true,
            fullscreen: false,
            presenter: false,
            room_adjust: 1.0,
            tour: None,
            year: None,
            playing: None,
        }
    }
}

/// Seconds per year while the timeline plays.
pub const PLAY_STEP_S: f64 = 1.0;

/// One Ctrl +/− step of the presenter's size adjustment.
pub const ROOM_STEP: f32 = 1.15;

/// The smallest presenter size adjustment: half of what the screen size suggests.
pub const ROOM_ADJUST_MIN: f32 = 0.5;

/// The largest presenter size adjustment: twice what the screen size suggests.
pub const ROOM_ADJUST_MAX: f32 = 2.0;

impl WindowState {
    /// Whether the window should be fullscreen now.
    pub fn wants_fullscreen(&self) -> bool {
        self.presenter || self.fullscreen
    }

    /// Whether the left panel is drawn (never in presenter mode).
    pub fn left_shown(&self) -> bool {
        self.left_open && !self.presenter
    }

    /// Whether the right panel is drawn (never in presenter mode).
    pub fn right_shown(&self) -> bool {
        self.right_open && !self.presenter
    }

    /// The map's room scale for a screen `height` points high: 1 outside presenter mode.
    pub fn map_scale(&self, height: f32) -> f32 {
        if self.presenter {
            style::room_scale(height, self.room_adjust)
        } else {
            1.0
        }
    }

    /// Turns the timeline on (at the current year) or off.
    pub fn toggle_timeline(&mut self) {
        self.playing = None;
        self.year = match self.year {
            Some(_) => None,
            None => Some(timeline::current_year()),
        };
    }

    /// Advances a playing timeline by a year each [`PLAY_STEP_S`] seconds, stopping at
    /// the current year; returns whether it is still playing.
    pub fn tick_timeline(&mut self, now: f64) -> bool {
        let (Some(last), Some(year)) = (self.playing, self.year) else {
            self.playing = None;
            return false;
        };
        if now - last >= PLAY_STEP_S {
            let next = year + 1;
            self.year = Some(next.min(timeline::current_year()));
            self.playing = (next < timeline::current_year()).then_some(now);
        }
        self.playing.is_some()
    }

    /// Makes the map larger (Ctrl +) or smaller (Ctrl −) in presenter mode, within the
    /// style's bounds.
    pub fn adjust_room(&mut self, larger: bool) {
        let f = if larger { ROOM_STEP } else { 1.0 / ROOM_STEP };
        self.room_adjust = (self.room_adjust * f).clamp(ROOM_ADJUST_MIN, ROOM_ADJUST_MAX);
    }
}

/// Where the map goes for a tour stop: a view, or a box to fit to the map's size.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum StopTarget {
    /// Centre and zoom.
    View(crate::map::camera::View),
    /// A line or area framed whole.
    Bounds(crate::map::camera::Bounds),
}

impl AppState {
    /// Sets the atlas up as a tour stop asks — the timeline year, which layers are on, the
    /// feature selected — and says where the map should go. The window flies there; the
    /// `render` command draws it, so a slide of a stop is what the room saw.
    pub fn apply_stop(&mut self, stop: &tour::TourStop) -> Option<StopTarget> {
        use crate::map::camera::{Bounds, POINT_FRAME_ZOOM, View};
        if let Some(year) = stop.year {
            self.window.year = Some(year);
            self.window.playing = None;
        }
        if let Some(kinds) = stop.layer_kinds() {
            let layers: Vec<_> = self
                .atlas
                .layers()
                .iter()
                .filter(|l| l.kind != LayerKind::Imported)
                .map(|l| (l.id, kinds.contains(&l.kind)))
                .collect();
            for (id, on) in layers {
                self.set_visible(id, on);
            }
        }
        let feature = stop
            .feature
            .as_deref()
            .and_then(|id| self.atlas.find_by_id(id));
        self.select(feature);
        let f = feature.and_then(|id| self.feature(id));
        match (f.map(|f| (&f.geometry, f.bbox())), stop.view) {
            (Some((Some(geo::Geometry::Point(p)), _)), _) => Some(StopTarget::View(View {
                lon: p.x(),
                lat: p.y(),
                zoom: stop.zoom.unwrap_or(POINT_FRAME_ZOOM),
            })),
            (Some((_, Some(b))), _) => Some(StopTarget::Bounds(Bounds::from_rect(b))),
            (_, Some(v)) => Some(StopTarget::View(View {
                lon: v.lon,
                lat: v.lat,
                zoom: v.zoom,
            })),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presenter_mode_hides_both_panels_and_asks_for_fullscreen() {
        let mut w = WindowState::default();
        assert!(w.left_shown() && w.right_shown() && !w.wants_fullscreen());
        w.presenter = true;
        assert!(!w.left_shown() && !w.right_shown() && w.wants_fullscreen());
        w.presenter = false;
        assert!(
            w.left_shown(),
            "leaving presenter mode brings the panels back"
        );
    }

    #[test]
    fn the_room_adjustment_changes_the_scale_in_presenter_mode_only() {
        let mut w = WindowState::default();
        assert!((w.map_scale(1080.0) - 1.0).abs() < f32::EPSILON);
        w.presenter = true;
        let before = w.map_scale(1080.0);
        w.adjust_room(true);
        assert!(w.map_scale(1080.0) > before);
        for _ in 0..50 {
            w.adjust_room(false);
        }
        assert!(w.map_scale(1080.0) >= style::MIN_ROOM_SCALE);
    }
}
