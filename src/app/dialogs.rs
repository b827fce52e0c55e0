//! The shell's small windows over the map: the question before a file already open is
//! opened again, and the first-start welcome.

use super::menu::MenuBar;
use crate::i18n::{Arg, tr, tr_args};
use crate::state::AppState;
use std::path::Path;

/// Asks before opening a file that is already open: a second copy of the same layer is
/// almost always a slip (a double drop, the same file picked twice).
pub(super) fn duplicate_import_box(ctx: &egui::Context, state: &mut AppState) {
    let Some(path) = state.duplicate_import().map(Path::to_path_buf) else {
        return;
    };
    let mut answer = None;
    egui::Window::new(tr("duplicate-import-title"))
        .id(egui::Id::unique("duplicate import"))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 80.0))
        .show(ctx, |ui| {
            ui.label(tr_args(
                "duplicate-import-text",
                &[("path", Arg::from(path.display().to_string()))],
            ));
            ui.horizontal(|ui| {
                if ui.button(tr("duplicate-import-again")).clicked() {
                    answer = Some(true);
                }
                if ui.button(tr("button-cancel")).clicked()
                    || ui.input(|i| i.key_pressed(egui::Key::Escape))
                {
                    answer = Some(false);
                }
            });
        });
    if let Some(again) = answer {
        state.answer_reopening(again);
    }
}

/// The first-start welcome: what the map shows and the three keys that open the rest.
/// Returns whether it stays open.
pub(super) fn welcome_box(ctx: &egui::Context, menu: &mut MenuBar) -> bool {
    let mut open = true;
    egui::Window::new(tr("welcome-title"))
        .id(egui::Id::unique("welcome"))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::vec2(0.0, 0.0))
        .show(ctx, |ui| {
            ui.set_max_width(460.0);
            ui.heading(tr("welcome-heading"));
            ui.label(tr("welcome-map"));
            ui.add_space(6.0);
            for line in [
                tr("welcome-search"),
                tr("welcome-click"),
                tr("welcome-keys"),
                tr("welcome-offline"),
            ] {
                ui.label(format!("• {line}"));
            }
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                if ui.button(tr("welcome-start")).clicked()
                    || ui.input(|i| i.key_pressed(egui::Key::Escape))
                {
                    open = false;
                }
                if ui.button(tr("menu-keys")).clicked() {
                    menu.keys_open = true;
                    open = false;
                }
            });
        });
    open
}
