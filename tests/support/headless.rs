//! The atlas driven frame by frame without a window or GPU, as eframe drives it: shared by
//! the robustness tests and the frame-time benchmark (included with `#[path]`), so both
//! measure and exercise exactly the same loop.

#![allow(dead_code)] // each includer uses a different part

use std::time::{Duration, Instant};

use mekong_atlas::app::AtlasApp;
use mekong_atlas::state::Settings;

/// How long a wait on background work (tile drawing, imports, pack checks) may take before
/// the test calls it a hang. Generous on purpose: it guards against hangs, it is not a
/// timing check, and a 2-core machine running every test at once is slow.
pub const HANG_GUARD: Duration = Duration::from_secs(120);

/// Calls `step` until it says it is done or [`HANG_GUARD`] has passed; whether it was done.
pub fn poll_until(mut step: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + HANG_GUARD;
    while Instant::now() < deadline {
        if step() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    false
}

/// The screen every headless run uses: the smallest common laptop screen.
pub const SIZE: egui::Vec2 = egui::vec2(1366.0, 768.0);

/// An atlas with default settings (a first start), no file dialogs, a clock at 60 fps.
pub struct Headless {
    pub ctx: egui::Context,
    pub app: AtlasApp,
    pub time: f64,
}

impl Headless {
    pub fn new() -> Self {
        let ctx = egui::Context::default();
        let mut app = AtlasApp::with_settings(&ctx, &Settings::default());
        app.dialogs = false;
        Headless {
            ctx,
            app,
            time: 0.0,
        }
    }

    /// One frame with the pointer in the middle of the screen (so hit-testing runs);
    /// returns the CPU time of the egui pass (`logic` + `ui`) and of tessellation.
    pub fn frame(&mut self) -> (Duration, Duration) {
        self.time += 1.0 / 60.0;
        let pointer = egui::pos2(SIZE.x / 2.0, SIZE.y / 2.0);
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, SIZE)),
            time: Some(self.time),
            predicted_dt: 1.0 / 60.0,
            events: vec![egui::Event::PointerMoved(pointer)],
            ..Default::default()
        };
        let t = Instant::now();
        let app = &mut self.app;
        let mut output = self.ctx.run_ui(input, |ui| {
            app.logic(ui.ctx());
            app.ui(ui);
        });
        let pass = t.elapsed();
        // No renderer here: textures are dropped unuploaded, as a renderer would consume them.
        output.textures_delta.clear();
        let t = Instant::now();
        let prims = self.ctx.tessellate(output.shapes, output.pixels_per_point);
        let tess = t.elapsed();
        std::hint::black_box(prims);
        (pass, tess)
    }

    /// Tiles still being drawn, of every source the map uses (basemap, dense layers, packs).
    pub fn pending(&self) -> usize {
        self.app.map.tiles_pending()
    }

    /// Frames until every tile is drawn and the camera has landed (gives up after
    /// [`HANG_GUARD`]).
    pub fn settle(&mut self) -> bool {
        poll_until(|| {
            self.frame();
            if self.pending() == 0 && !self.app.map.flying() {
                self.frame();
                return self.pending() == 0;
            }
            false
        })
    }

    /// Frames until the tile pack being checked (if any) is drawn or refused.
    pub fn finish_pack_job(&mut self) {
        self.frame();
        while self.app.state.pack_job().is_some() {
            std::thread::sleep(Duration::from_millis(5));
            self.frame();
        }
        self.frame();
    }

    /// Frames until every import has finished.
    pub fn finish_imports(&mut self) {
        self.frame();
        while !self.app.state.imports().is_empty() {
            std::thread::sleep(Duration::from_millis(5));
            self.frame();
        }
        self.frame();
    }
}
