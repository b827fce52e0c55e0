//! The study-visit itinerary being planned, as the state holds it: the trip, the file it
//! belongs to, the legs measured on the atlas's network, and the requests the Planner panel
//! and the File menu make of the shell (dialogs, saves, the briefing), which the shell's
//! planner part (`app::planner`) runs.

use crate::data::itinerary::Itinerary;
use crate::data::{Atlas, FeatureId};
use crate::map::camera::Bounds;
use crate::planner::{self, Leg, Network};
use std::path::PathBuf;

/// Something the Planner panel or the File menu asks the shell to do.
#[derive(Clone, Debug, PartialEq)]
pub enum PlannerRequest {
    /// Start an empty itinerary.
    New,
    /// Open an itinerary file (dialog or path box).
    Open,
    /// Save to the file it came from, or ask where.
    Save,
    /// Ask where to save.
    SaveAs,
    /// Load the 2019 study visit.
    OpenExample,
    /// Ask where to write the briefing (`.html` or `.md`).
    ExportBriefing,
    /// Fit the map to every stop.
    Frame,
}

/// The itinerary being planned and the requests for the shell.
#[derive(Default)]
pub struct PlannerState {
    /// The trip.
    pub trip: Itinerary,
    /// The file it was opened from or last saved to.
    pub path: Option<PathBuf>,
    /// Requests for the shell, run after the frame's UI.
    pub requests: Vec<PlannerRequest>,
    network: Option<Network>,
}

impl PlannerState {
    /// The railway, roads and ports legs are measured on (built on first use).
    pub fn network(&mut self, atlas: &Atlas) -> &Network {
        self.network
            .get_or_insert_with(|| Network::from_atlas(atlas))
    }

    /// The legs of the trip, measured now.
    pub fn legs(&mut self, atlas: &Atlas) -> Vec<Leg> {
        let trip = self.trip.clone();
        self.network(atlas).legs(atlas, &trip)
    }

    /// Each leg's line to draw (along the track for rail legs) with its method.
    pub fn leg_paths(&mut self, atlas: &Atlas) -> Vec<(Vec<geo::Coord<f64>>, planner::Method)> {
        if self.trip.stops.len() < 2 {
            return Vec::new();
        }
        let trip = self.trip.clone();
        let net = self.network(atlas);
        net.legs(atlas, &trip)
            .iter()
            .map(|l| (net.leg_path(atlas, &trip, l), l.method.clone()))
            .collect()
    }

    /// Appends an atlas feature as a stop; `false` when it has no id in the data.
    pub fn add_feature(&mut self, atlas: &Atlas, id: FeatureId) -> bool {
        match planner::stop_for_feature(atlas, id, &self.trip) {
            Some(stop) => {
                self.trip.push(stop);
                true
            }
            None => false,
        }
    }

    /// Appends a stop at a position picked on the map.
    pub fn add_point(&mut self, at: geo::Coord<f64>, country: Option<&str>) {
        let stop = planner::stop_at(at.x, at.y, country, &self.trip);
        self.trip.push(stop);
    }

    /// The box around every placed stop, with a margin, for "Frame the trip".
    pub fn bounds(&self, atlas: &Atlas) -> Option<Bounds> {
        let points: Vec<geo::Coord<f64>> = self
            .trip
            .stops
            .iter()
            .filter_map(|s| planner::position(atlas, s))
            .collect();
        let first = points.first()?;
        let mut b = Bounds {
            west: first.x,
            south: first.y,
            east: first.x,
            north: first.y,
        };
        for p in &points {
            b.west = b.west.min(p.x);
            b.east = b.east.max(p.x);
            b.south = b.south.min(p.y);
            b.north = b.north.max(p.y);
        }
        let pad_x = ((b.east - b.west) * 0.08).max(0.05);
        let pad_y = ((b.north - b.south) * 0.08).max(0.05);
        Some(Bounds {
            west: b.west - pad_x,
            south: b.south - pad_y,
            east: b.east + pad_x,
            north: b.north + pad_y,
        })
    }
}
