//! File → Export map image…: a small window to choose the image size (the screen's own
//! resolution, or twice it for print) and the file, then the map as shown is drawn by
//! [`crate::export`] and saved as PNG; a notice says where it went or why not.
//!
//! Where no native save dialog can be shown (a desktop without a portal service) the path
//! is typed in the window's own box, which is always there.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::export::{self, Export, Progress, Shot};
use crate::i18n::{Arg, tr, tr_args};
use crate::map::MapPane;
use crate::state::AppState;
use crate::state::notices::Level;

/// A save dialog that comes back empty faster than a person can cancel it was never shown.
const NO_DIALOG_THRESHOLD: Duration = Duration::from_millis(250);

/// The file name offered first.
const DEFAULT_NAME: &str = "mekong-atlas-map.png";

/// State of the export window.
#[derive(Default)]
pub struct ExportDialog {
    /// Whether the window is shown.
    pub open: bool,
    /// Twice the screen resolution (for print) instead of the screen's own.
    pub print: bool,
    /// The file to write, as typed or chosen.
    pub path: String,
    /// The native dialog could not be shown: the user is told to type the path.
    no_dialog: bool,
    /// An export asked for and not started yet (it starts next frame, so the window first
    /// says it is drawing): what to draw and where.
    asked: Option<(Shot, PathBuf)>,
    /// The export being drawn, one frame per window frame, and where it goes.
    running: Option<(Export, PathBuf)>,
    /// Tiles the running export still has to draw.
    pending: usize,
}

impl ExportDialog {
    /// Opens the window, offering a file in the user's pictures folder the first time.
    pub fn show(&mut self) {
        self.open = true;
        self.no_dialog = false;
        if self.path.trim().is_empty() {
            self.path = default_path().display().to_string();
        }
    }

    /// Draws the window (when open) and runs an export that was asked for.
    pub fn ui(&mut self, ctx: &egui::Context, state: &mut AppState, map: &MapPane, dialogs: bool) {
        self.advance(ctx, state);
        if !self.open {
            return;
        }
        let Some(viewport) = map.last_viewport else {
            return;
        };
        let ppp = ctx.pixels_per_point();
        let screen = Shot {
            size: viewport.rect.size(),
            pixels_per_point: ppp,
            view: Some(map.view()),
            tiles: map.tile_choice.clone(),
        };
        let print = Shot {
            pixels_per_point: ppp * 2.0,
            ..screen.clone()
        };
        let mut open = true;
        let mut close = false;
        egui::Window::new(tr("export-title"))
            .id(egui::Id::unique("export map image"))
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 80.0))
            .show(ctx, |ui| {
                if self.asked.is_some() || self.running.is_some() {
                    ui.horizontal(|ui| {
                        ui.spinner();
                        ui.label(tr("export-running"));
                        if self.pending > 0 {
                            ui.label(tr_args(
                                "status-drawing-tiles",
                                &[("count", Arg::from(self.pending))],
                            ));
                        }
                    });
                    if ui.button(tr("button-cancel")).clicked() {
                        close = true;
                    }
                    return;
                }
                for (is_print, shot, id) in [(false, &screen, 0), (true, &print, 1)] {
                    let [w, h] = shot.pixel_size();
                    let args = [("width", Arg::from(w)), ("height", Arg::from(h))];
                    let label = if id == 0 {
                        tr_args("export-size-screen", &args)
                    } else {
                        tr_args("export-size-print", &args)
                    };
                    ui.radio_value(&mut self.print, is_print, label);
                }
                ui.add_space(6.0);
                ui.label(tr("export-file"));
                ui.horizontal(|ui| {
                    ui.add(
                        egui::TextEdit::singleline(&mut self.path)
                            .desired_width(420.0)
                            .hint_text(DEFAULT_NAME),
                    );
                    if ui.button(tr("export-choose")).clicked() {
                        match dialogs.then(|| pick_png(&self.path)) {
                            Some((Some(p), _)) => {
                                self.path = p.display().to_string();
                                self.no_dialog = false;
                            }
                            Some((None, false)) => {}
                            Some((None, true)) | None => self.no_dialog = true,
                        }
                    }
                });
                if self.no_dialog {
                    ui.label(
                        egui::RichText::new(tr("export-no-dialog"))
                            .color(crate::style::ui::WARNING),
                    );
                }
                ui.add_space(6.0);
                ui.horizontal(|ui| {
                    let path = png_path(&self.path);
                    if ui
                        .add_enabled(path.is_some(), egui::Button::new(tr("export-button")))
                        .clicked()
                        && let Some(path) = path
                    {
                        let shot = if self.print { &print } else { &screen };
                        self.asked = Some((shot.clone(), path));
                        ui.ctx().request_repaint();
                    }
                    if ui.button(tr("button-cancel")).clicked() {
                        close = true;
                    }
                });
            });
        if !open || close {
            self.open = false;
            self.asked = None;
            self.running = None;
        }
    }

    /// Starts an export asked for in the last frame, or draws one more frame of the
    /// running one; when it is done, writes the file and closes the window.
    fn advance(&mut self, ctx: &egui::Context, state: &mut AppState) {
        if let Some((shot, path)) = self.asked.take() {
            match Export::start(&shot) {
                Ok(export) => {
                    self.running = Some((export, path));
                    self.pending = 0;
                }
                Err(e) => {
                    failed(state, &e);
                    self.open = false;
                }
            }
            ctx.request_repaint();
            return;
        }
        let Some((mut export, path)) = self.running.take() else {
            return;
        };
        match export.step(state) {
            Ok(Progress::Drawing { pending }) => {
                self.pending = pending;
                self.running = Some((export, path));
                // The basemap's workers wake the window when a tile is ready; this keeps
                // the export going even if they have nothing to say.
                ctx.request_repaint_after(Duration::from_millis(10));
            }
            Ok(Progress::Done(image)) => {
                match export::write_png(&image, &path) {
                    Ok(()) => state.notices.info(tr_args(
                        "notice-export-saved",
                        &[
                            ("path", Arg::from(path.display().to_string())),
                            ("width", Arg::from(image.width)),
                            ("height", Arg::from(image.height)),
                        ],
                    )),
                    Err(e) => failed(state, &e),
                }
                self.open = false;
            }
            Err(e) => {
                failed(state, &e);
                self.open = false;
            }
        }
    }
}

/// Tells the user why the image was not saved.
fn failed(state: &mut AppState, e: &export::ExportError) {
    state.notices.push(
        Level::Error,
        tr_args(
            "notice-export-failed",
            &[("reason", Arg::from(e.to_string()))],
        ),
        Vec::new(),
    );
}

/// The typed path as a PNG file: `None` when empty; `.png` added when it has no extension.
fn png_path(typed: &str) -> Option<PathBuf> {
    let typed = typed.trim();
    if typed.is_empty() {
        return None;
    }
    let mut path = PathBuf::from(typed);
    path.file_name()?;
    if path.extension().is_none() {
        path.set_extension("png");
    }
    Some(path)
}

/// The pictures folder (or home, or the working directory) with [`DEFAULT_NAME`].
fn default_path() -> PathBuf {
    let dirs = directories::UserDirs::new();
    let dir = dirs
        .as_ref()
        .and_then(|d| d.picture_dir().map(std::path::Path::to_path_buf))
        .or_else(|| dirs.as_ref().map(|d| d.home_dir().to_path_buf()))
        .unwrap_or_default();
    dir.join(DEFAULT_NAME)
}

/// The native save dialog, starting at `current`; `None` and `true` when no dialog could
/// be shown.
fn pick_png(current: &str) -> (Option<PathBuf>, bool) {
    let current = PathBuf::from(current.trim());
    let mut dialog = rfd::FileDialog::new()
        .set_title(tr("export-title"))
        .add_filter("PNG", &["png"]);
    if let Some(dir) = current.parent().filter(|d| d.is_dir()) {
        dialog = dialog.set_directory(dir);
    }
    if let Some(name) = current.file_name() {
        dialog = dialog.set_file_name(name.to_string_lossy());
    }
    let start = Instant::now();
    let picked = dialog.save_file();
    let unavailable = picked.is_none() && start.elapsed() < NO_DIALOG_THRESHOLD;
    (picked, unavailable)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_paths_become_png_files_and_empty_ones_nothing() {
        assert_eq!(png_path("  "), None);
        assert_eq!(
            png_path("/tmp/slide"),
            Some(PathBuf::from("/tmp/slide.png"))
        );
        assert_eq!(png_path("a.PNG"), Some(PathBuf::from("a.PNG")));
        assert_eq!(png_path("/"), None);
    }
}
