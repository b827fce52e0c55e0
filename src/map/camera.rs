//! Smooth fly-to and fit-to-bounds camera moves.
//!
//! Presenters step between stops and delegates click station rows; a jump cut loses the
//! audience, so the camera glides: it zooms out while travelling far and back in on
//! arrival. Time is passed in (seconds, from egui's input clock), never read from the
//! system clock, so tests can drive an animation frame by frame.

use walkers::{MapMemory, Position, lon_lat};

/// Where the camera looks: centre (lon/lat degrees) and slippy-map zoom level.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct View {
    /// Longitude of the centre, degrees east.
    pub lon: f64,
    /// Latitude of the centre, degrees north.
    pub lat: f64,
    /// Zoom level (0 = whole world in one 256 px tile).
    pub zoom: f64,
}

impl View {
    /// The view as walkers wants it.
    pub fn position(&self) -> Position {
        lon_lat(self.lon, self.lat)
    }

    /// Puts the map exactly at this view.
    pub fn apply(&self, memory: &mut MapMemory) {
        memory.center_at(self.position());
        // Zoom is clamped to walkers' valid range, so the error case cannot occur.
        let _ = memory.set_zoom(self.zoom.clamp(MIN_ZOOM, MAX_ZOOM));
    }

    /// Reads the current view from the map, using `fallback` while the map follows its
    /// default position.
    pub fn of(memory: &MapMemory, fallback: Position) -> Self {
        let p = memory.detached().unwrap_or(fallback);
        Self {
            lon: p.x(),
            lat: p.y(),
            zoom: memory.zoom(),
        }
    }
}

/// Zoom limits: the whole region at 3, a street at 17. Beyond 17 the basemap has nothing
/// more to show.
pub const MIN_ZOOM: f64 = 2.0;
/// See [`MIN_ZOOM`].
pub const MAX_ZOOM: f64 = 17.0;

/// The zoom a single place is framed at when it is chosen (search, Stations table, a tour
/// stop): close enough to tell a station from its port, far enough to see the towns around
/// it.
pub const POINT_FRAME_ZOOM: f64 = 11.0;

/// The corridor from Kunming to Vientiane, with some margin: the home view.
pub const CORRIDOR_BOUNDS: Bounds = Bounds {
    west: 99.6,
    south: 17.6,
    east: 104.4,
    north: 25.5,
};

/// A lon/lat box, degrees.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    /// Western edge, degrees east.
    pub west: f64,
    /// Southern edge, degrees north.
    pub south: f64,
    /// Eastern edge, degrees east.
    pub east: f64,
    /// Northern edge, degrees north.
    pub north: f64,
}

impl Bounds {
    /// Bounds of a geo rectangle.
    pub fn from_rect(r: geo::Rect<f64>) -> Self {
        Self {
            west: r.min().x,
            south: r.min().y,
            east: r.max().x,
            north: r.max().y,
        }
    }
}

use crate::data::mercator::{lat_of_unit_y as lat_of_mercator_y, unit_y as mercator_y};

/// The view that shows `bounds` inside a viewport of `size` points with `margin` points on
/// each side. Degenerate bounds (a single point) get a close-up zoom.
pub fn fit(bounds: Bounds, size: egui::Vec2, margin: f32) -> View {
    let w = f64::from((size.x - 2.0 * margin).max(64.0));
    let h = f64::from((size.y - 2.0 * margin).max(64.0));
    let dx = ((bounds.east - bounds.west) / 360.0).abs();
    let (y0, y1) = (mercator_y(bounds.north), mercator_y(bounds.south));
    let dy = (y1 - y0).abs();
    let zoom_x = if dx > 0.0 {
        (w / (256.0 * dx)).log2()
    } else {
        14.0
    };
    let zoom_y = if dy > 0.0 {
        (h / (256.0 * dy)).log2()
    } else {
        14.0
    };
    let zoom = zoom_x.min(zoom_y).clamp(MIN_ZOOM, 14.0);
    View {
        lon: (bounds.west + bounds.east) / 2.0,
        lat: lat_of_mercator_y((y0 + y1) / 2.0),
        zoom,
    }
}

/// A camera move in progress.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Flight {
    from: View,
    to: View,
    start: f64,
    duration: f64,
    /// How far the zoom dips below both ends mid-flight, in zoom levels.
    dip: f64,
}

impl Flight {
    /// A flight from `from` to `to` starting at time `now` (seconds). Longer trips take
    /// longer (up to 2.2 s) and zoom out more on the way so the audience sees where the
    /// camera goes.
    pub fn new(from: View, to: View, now: f64) -> Self {
        let world_px = 256.0 * 2f64.powf(from.zoom.min(to.zoom));
        let dx = (to.lon - from.lon) / 360.0 * world_px;
        let dy = (mercator_y(to.lat) - mercator_y(from.lat)) * world_px;
        let screens = (dx * dx + dy * dy).sqrt() / 1000.0;
        let dip = screens.max(1.0).log2().min(6.0);
        let duration = (0.6 + 0.35 * dip + 0.08 * (to.zoom - from.zoom).abs()).min(2.2);
        Self {
            from,
            to,
            start: now,
            duration,
            dip,
        }
    }

    /// Where the flight is going.
    pub fn target(&self) -> View {
        self.to
    }

    /// Whether the flight has arrived at time `now`.
    pub fn finished(&self, now: f64) -> bool {
        now >= self.start + self.duration
    }

    /// The view at time `now`: eased position (in Mercator space, so it moves in a
    /// straight line on the map), zoom dipping mid-flight.
    pub fn view_at(&self, now: f64) -> View {
        let t = ((now - self.start) / self.duration).clamp(0.0, 1.0);
        let e = t * t * (3.0 - 2.0 * t); // smoothstep
        let (y0, y1) = (mercator_y(self.from.lat), mercator_y(self.to.lat));
        let zoom_line = self.from.zoom + (self.to.zoom - self.from.zoom) * e;
        View {
            lon: self.from.lon + (self.to.lon - self.from.lon) * e,
            lat: lat_of_mercator_y(y0 + (y1 - y0) * e),
            zoom: zoom_line - self.dip * 4.0 * e * (1.0 - e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(lon: f64, lat: f64, zoom: f64) -> View {
        View { lon, lat, zoom }
    }

    #[test]
    fn a_flight_starts_where_it_was_and_ends_exactly_at_the_target() {
        let f = Flight::new(v(102.7, 25.0, 6.0), v(102.6, 17.97, 12.0), 10.0);
        let start = f.view_at(10.0);
        assert!((start.lon - 102.7).abs() < 1e-9 && (start.lat - 25.0).abs() < 1e-9);
        assert!((start.zoom - 6.0).abs() < 1e-9);
        let end = f.view_at(100.0);
        assert!((end.lon - 102.6).abs() < 1e-9 && (end.lat - 17.97).abs() < 1e-9);
        assert!((end.zoom - 12.0).abs() < 1e-9);
        assert!(f.finished(100.0) && !f.finished(10.1));
    }

    #[test]
    fn a_long_flight_zooms_out_on_the_way() {
        let f = Flight::new(v(102.7, 25.0, 12.0), v(102.6, 17.97, 12.0), 0.0);
        let mid = f.view_at(f.duration / 2.0);
        assert!(mid.zoom < 11.0, "mid-flight zoom {}", mid.zoom);
    }

    #[test]
    fn fitting_the_corridor_shows_kunming_and_vientiane() {
        let view = fit(CORRIDOR_BOUNDS, egui::vec2(1366.0, 700.0), 20.0);
        assert!((5.0..8.0).contains(&view.zoom), "zoom {}", view.zoom);
        // Kunming (102.83E 24.88N) and Vientiane (102.60E 17.97N) are inside the view.
        let world = 256.0 * 2f64.powf(view.zoom);
        let half_h = 700.0 / 2.0 / world;
        let cy = mercator_y(view.lat);
        assert!((mercator_y(24.88) - cy).abs() < half_h);
        assert!((mercator_y(17.97) - cy).abs() < half_h);
    }

    #[test]
    fn fitting_a_single_point_gives_a_close_up_not_infinity() {
        let p = Bounds {
            west: 101.67,
            east: 101.67,
            south: 21.18,
            north: 21.18,
        };
        let view = fit(p, egui::vec2(800.0, 600.0), 20.0);
        assert!(view.zoom.is_finite() && view.zoom <= 14.0);
    }

    #[test]
    fn mercator_round_trips() {
        for lat in [-60.0, 0.0, 17.97, 25.0, 60.0] {
            assert!((lat_of_mercator_y(mercator_y(lat)) - lat).abs() < 1e-9);
        }
    }
}
