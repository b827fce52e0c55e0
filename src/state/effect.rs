//! Side effects requested by panels and menus, applied in one place by the shell.
//!
//! Panels never open dialogs, touch files or move the camera themselves: they push an
//! [`Effect`] and the shell runs it after the frame's UI, which keeps panels testable and
//! I/O in one spot.

use crate::data::FeatureId;
use crate::map::camera::Bounds;
use crate::map::online::TileChoice;
use std::path::PathBuf;

/// One thing the shell must do on the user's behalf.
#[must_use]
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// Fly the map to a feature (fit its bounds, or a close-up of a point).
    FlyToFeature(FeatureId),
    /// Fly the map to show a box.
    FlyToBounds(Bounds),
    /// Fly the map to a point (a town found by search, typed coordinates) at a zoom that
    /// shows it with its surroundings.
    FlyToPoint {
        /// Where, longitude/latitude.
        at: geo::Coord<f64>,
        /// The zoom to arrive at.
        zoom: f64,
    },
    /// Back to the whole corridor (Home key).
    Home,
    /// Show the "Open GeoJSON" file dialog.
    OpenGeoJsonDialog,
    /// Show the "Open tile pack" file dialog.
    OpenTilePackDialog,
    /// Import a GeoJSON file in the background (asks first if it is already open).
    Import(PathBuf),
    /// Import a file again although it is already open (the user said so).
    ImportAgain(PathBuf),
    /// Change the tile source under the corridor layers.
    SetTiles(TileChoice),
    /// Open a source link in the web browser (or, with none, copy it and say so).
    OpenLink(String),
    /// Forget the map's cache of a removed layer.
    ForgetLayer(crate::data::LayerId),
    /// Show the "Open a tour" file dialog.
    OpenTourDialog,
    /// Read a tour file and start it.
    LoadTour(PathBuf),
}
