//! The status bar under the map, drawn from the map's and the state's current values.

use super::AtlasApp;
use super::menu;
use crate::i18n::{Arg, tr, tr_args};
use crate::map::MapTool;
use crate::map::online::TileChoice;

impl AtlasApp {
    /// The line under the map: zoom, the coordinates under the pointer, the tile source
    /// (and a pack being checked, with Cancel), tiles being drawn, the measure tool.
    pub(super) fn status_bar(&mut self, ui: &mut egui::Ui) {
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
