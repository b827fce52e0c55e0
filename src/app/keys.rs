//! The window's keys: panels, fullscreen and presenter mode (F5, F9–F11, Ctrl +/−), a
//! tour's clicker keys, the map-wide shortcuts (Home, Esc, T, M, S / L, Ctrl+F, Ctrl+O,
//! Ctrl+Shift+C, F1) and files dropped on the window. The map's own keys (zoom, pan) are
//! the map's (`map::MapPane`).

use super::AtlasApp;
use crate::i18n::{Arg, tr_args};
use crate::map::MapTool;
use crate::state::Effect;
use std::path::PathBuf;

impl AtlasApp {
    /// Keys of the window itself: panels, fullscreen, presenter mode.
    fn window_keys(&mut self, i: &mut egui::InputState) {
        let w = &mut self.state.window;
        if i.consume_key(egui::Modifiers::NONE, egui::Key::F5) {
            w.presenter = !w.presenter;
        }
        if i.consume_key(egui::Modifiers::NONE, egui::Key::F9) {
            w.left_open = !w.left_open;
        }
        if i.consume_key(egui::Modifiers::NONE, egui::Key::F10) {
            w.right_open = !w.right_open;
        }
        if i.consume_key(egui::Modifiers::NONE, egui::Key::F11) {
            if w.presenter {
                w.presenter = false;
            } else {
                w.fullscreen = !w.fullscreen;
            }
        }
        if w.presenter {
            if i.consume_key(egui::Modifiers::COMMAND, egui::Key::Plus)
                || i.consume_key(egui::Modifiers::COMMAND, egui::Key::Equals)
            {
                w.adjust_room(true);
            }
            if i.consume_key(egui::Modifiers::COMMAND, egui::Key::Minus) {
                w.adjust_room(false);
            }
        }
    }

    /// Keys of a tour: a presenter's clicker sends PageDown / PageUp.
    fn tour_keys(&mut self, i: &mut egui::InputState) {
        let Some(player) = self.state.window.tour.as_mut() else {
            return;
        };
        use egui::{Key, Modifiers as M};
        if i.consume_key(M::NONE, Key::ArrowRight)
            || i.consume_key(M::NONE, Key::PageDown)
            || i.consume_key(M::NONE, Key::Space)
        {
            player.next_stop();
        }
        if i.consume_key(M::NONE, Key::ArrowLeft) || i.consume_key(M::NONE, Key::PageUp) {
            player.previous_stop();
        }
        if i.consume_key(M::NONE, Key::Home) {
            player.first_stop();
            // Home again flies there even when already at the first stop.
            self.tour_shown = None;
        }
    }

    /// Every key of the window this frame, and the files dropped on it.
    pub(super) fn shortcuts(&mut self, ctx: &egui::Context) {
        let typing = ctx.text_edit_focused();
        let mut copy_pointer = None;
        ctx.input_mut(|i| {
            self.window_keys(i);
            if !typing {
                self.tour_keys(i);
            }
            if i.consume_key(egui::Modifiers::COMMAND, egui::Key::F) {
                self.search.focus_requested = true;
            }
            if i.consume_key(egui::Modifiers::COMMAND, egui::Key::O) {
                self.state.push(Effect::OpenGeoJsonDialog);
            }
            if typing {
                return;
            }
            if i.consume_key(egui::Modifiers::NONE, egui::Key::F1) {
                self.menu.keys_open = true;
            }
            if i.consume_key(egui::Modifiers::NONE, egui::Key::Home) {
                self.state.push(Effect::Home);
            }
            if self.welcome && i.consume_key(egui::Modifiers::NONE, egui::Key::Escape) {
                // Esc first closes the first-start welcome, like its Start button.
                self.welcome = false;
            }
            if self.state.window.presenter
                && i.consume_key(egui::Modifiers::NONE, egui::Key::Escape)
            {
                // Esc first leaves presenter mode; the selection stays on screen.
                self.state.window.presenter = false;
            }
            if self.state.window.tour.is_some()
                && i.consume_key(egui::Modifiers::NONE, egui::Key::Escape)
            {
                self.state.window.tour = None;
            }
            if i.consume_key(egui::Modifiers::NONE, egui::Key::Escape) {
                self.state.select(None);
                self.state.highlight_route(None);
                if self.state.tool() == MapTool::Measure {
                    self.state.toggle_measure();
                }
            }
            if i.consume_key(egui::Modifiers::NONE, egui::Key::T) {
                self.state.window.toggle_timeline();
            }
            if i.consume_key(egui::Modifiers::NONE, egui::Key::M) {
                self.state.toggle_measure();
            }
            if i.consume_key(egui::Modifiers::NONE, egui::Key::S)
                || i.consume_key(egui::Modifiers::NONE, egui::Key::L)
            {
                self.state.spotlight = !self.state.spotlight;
            }
            if i.consume_key(
                egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
                egui::Key::C,
            ) {
                copy_pointer = self.pointer;
            }
        });
        if let Some(at) = copy_pointer {
            let text = format!("{:.5}, {:.5}", at.y, at.x);
            ctx.copy_text(text.clone());
            self.state.notices.info(tr_args(
                "notice-coordinates-copied",
                &[("coordinates", Arg::from(text))],
            ));
        }
        // Dropped files are imported like File → Open.
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        for p in dropped {
            self.state.push(Effect::Import(p));
        }
    }
}
