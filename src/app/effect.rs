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
    /// Back to the whole corridor (Home key).
    Home,
    /// Show the "Open GeoJSON" file dialog.
    OpenGeoJsonDialog,
    /// Show the "Open tile pack" file dialog.
    OpenTilePackDialog,
    /// Import a GeoJSON file in the background.
    Import(PathBuf),
    /// Change the tile source under the corridor layers.
    SetTiles(TileChoice),
    /// Forget the map's cache of a removed layer.
    ForgetLayer(crate::data::LayerId),
    /// Show the "Open a tour" file dialog.
    OpenTourDialog,
    /// Read a tour file and start it.
    LoadTour(PathBuf),
}
