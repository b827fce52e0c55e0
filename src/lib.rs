//! The Lancang–Mekong Corridor Atlas as a library, so that `tests/` and `benches/` can
//! reach the same code the binary runs.
//!
//! Module layers: `data` (plain values, no UI) ← `measure` ← panels and map; `style` is the
//! one palette; `map` draws with walkers and never changes the app state; `panels` are egui
//! UI only; `app` is the shell that wires them together.
#![deny(clippy::unwrap_used, clippy::expect_used)]

pub mod app;
pub mod briefing;
pub mod cli;
pub mod data;
pub mod export;
pub mod fonts;
pub mod i18n;
pub mod jobs;
pub mod map;
pub mod measure;
pub mod panels;
pub mod persist;
pub mod planner;
pub mod search;
pub mod state;
pub mod stats;
pub mod style;
