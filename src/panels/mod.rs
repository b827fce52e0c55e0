//! The atlas's panels: egui UI only. Each panel is a struct holding just its widget state
//! (sort column, query text) with a `ui(&mut self, ui, &mut AppState)` method. Panels
//! change the state through its plain methods and ask for I/O or camera moves with
//! effects; they never touch files, dialogs or the network themselves.

pub mod details;
pub mod layers;
pub mod legend;
pub mod notices;
pub mod planner;
pub mod present;
pub mod routes;
pub mod search;
pub mod stations;
