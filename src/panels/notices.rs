//! The notices over the map's top-left corner: the latest few messages (the rest behind
//! "show all"), each wrapped beside its ×, with its details folded away.

use crate::i18n::{Arg, tr, tr_args};
use crate::state::AppState;
use crate::state::notices::{Level, Notice, SHOWN_NOTICES};

/// The notices overlay (its "show all" switch is kept in egui's memory).
#[derive(Default)]
pub struct NoticesPanel;

impl NoticesPanel {
    /// Draws the notices in the top-left corner of the map area `ui` covers; the user's ×
    /// dismisses one.
    pub fn ui(&mut self, ui: &mut egui::Ui, state: &mut AppState) {
        let mut dismiss = None;
        let rect = ui.max_rect();
        let notices = &state.notices;
        let items = notices.items();
        if items.is_empty() {
            return;
        }
        let show_all_id = egui::Id::unique("notices: show all");
        let show_all = ui
            .ctx()
            .data(|d| d.get_temp::<bool>(show_all_id))
            .unwrap_or(false);
        let first_shown = if show_all {
            0
        } else {
            items.len().saturating_sub(SHOWN_NOTICES)
        };
        let hidden = first_shown + notices.dropped();
        let mut toggle = false;
        egui::Area::new(egui::Id::unique("notices"))
            .fixed_pos(rect.left_top() + egui::vec2(12.0, 12.0))
            .show(ui.ctx(), |ui| {
                // Long notices wrap inside the map, so their × stays on screen, and a long
                // list scrolls instead of covering the map for good.
                let width = (rect.width() - 24.0).clamp(120.0, 620.0);
                ui.set_max_width(width);
                egui::ScrollArea::vertical()
                    .max_height((rect.height() - 24.0).max(80.0))
                    .show(ui, |ui| {
                        if hidden > 0 || show_all {
                            let label = if show_all {
                                tr("notice-show-latest")
                            } else {
                                tr_args("notice-show-all", &[("count", Arg::from(hidden))])
                            };
                            if ui.small_button(label).clicked() {
                                toggle = true;
                            }
                        }
                        for (i, n) in items.iter().enumerate().skip(first_shown) {
                            notice_ui(ui, i, n, width, &mut dismiss);
                        }
                    });
            });
        if toggle {
            ui.ctx().data_mut(|d| d.insert_temp(show_all_id, !show_all));
        }
        if let Some(i) = dismiss {
            state.notices.dismiss(i);
        }
    }
}

/// One notice: its text wrapped beside its ×, its details folded away.
fn notice_ui(ui: &mut egui::Ui, i: usize, n: &Notice, width: f32, dismiss: &mut Option<usize>) {
    let color = match n.level {
        Level::Info => crate::style::ui::LABEL,
        Level::Warning => crate::style::ui::WARNING,
        Level::Error => crate::style::ui::ERROR,
    };
    egui::Frame::popup(ui.style()).show(ui, |ui| {
        ui.set_max_width(width - 16.0);
        ui.horizontal_top(|ui| {
            let text_width = (ui.available_width() - 30.0).max(60.0);
            ui.allocate_ui(egui::vec2(text_width, 0.0), |ui| {
                ui.add(egui::Label::new(egui::RichText::new(&n.text).color(color)).wrap());
            });
            if ui
                .small_button("×")
                .on_hover_text(tr("notice-dismiss"))
                .clicked()
            {
                *dismiss = Some(i);
            }
        });
        if !n.details.is_empty() {
            egui::CollapsingHeader::new(tr("notice-details"))
                .id_salt(("notice", i))
                .show(ui, |ui| {
                    egui::ScrollArea::vertical().max_height(160.0).show_rows(
                        ui,
                        16.0,
                        n.details.len(),
                        |ui, rows| {
                            for d in n.details.get(rows).unwrap_or_default() {
                                ui.add(egui::Label::new(egui::RichText::new(d).small()).wrap());
                            }
                        },
                    );
                });
        }
    });
}
