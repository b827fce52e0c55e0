//! The Layers panel: every layer, built-in and imported, with visibility, opacity, a
//! legend swatch from the style module and its feature count; imported layers can be
//! removed. Also shows imports in progress with a progress bar and Cancel.

use crate::app::effect::Effect;
use crate::app::state::AppState;
use crate::data::{LayerId, LayerKind, LayerOrigin};
use crate::panels::legend;
use crate::style;
use egui::{RichText, Ui};

/// The Layers panel (no state of its own).
#[derive(Default)]
pub struct LayersPanel;

impl LayersPanel {
    /// One row per layer, top of the drawing order first.
    pub fn ui(&mut self, ui: &mut Ui, state: &mut AppState) {
        let rows: Vec<(LayerId, String, LayerKind, usize, bool, usize)> = state
            .atlas
            .layers()
            .iter()
            .rev()
            .map(|l| {
                (
                    l.id,
                    l.name.clone(),
                    l.kind,
                    l.features.len(),
                    matches!(l.origin, LayerOrigin::File(_)),
                    l.problems.len(),
                )
            })
            .collect();
        let mut remove = None;
        for (id, name, kind, count, imported, problems) in rows {
            let mut settings = state.layer_settings(id);
            ui.horizontal(|ui| {
                if ui
                    .checkbox(&mut settings.visible, "")
                    .on_hover_text(format!("Show or hide {name}"))
                    .changed()
                {
                    state.set_visible(id, settings.visible);
                }
                if let Some(entry) = style::legend_entries().into_iter().find(|e| e.kind == kind) {
                    legend_swatch(ui, &entry);
                }
                ui.label(RichText::new(&name).strong());
                ui.label(RichText::new(format!("{count}")).color(style::ui::LABEL_MINOR))
                    .on_hover_text(format!("{count} features"));
                if imported
                    && ui
                        .small_button("Remove")
                        .on_hover_text(format!("Remove {name} from the atlas"))
                        .clicked()
                {
                    remove = Some(id);
                }
            });
            if settings.visible {
                ui.horizontal(|ui| {
                    ui.add_space(28.0);
                    let mut o = settings.opacity;
                    if ui
                        .add(
                            egui::Slider::new(&mut o, 0.1..=1.0)
                                .show_value(false)
                                .text("opacity"),
                        )
                        .changed()
                    {
                        state.set_opacity(id, o);
                    }
                });
            }
            if problems > 0 {
                ui.label(
                    RichText::new(format!("{problems} features had problems (see notices)"))
                        .small()
                        .color(style::ui::WARNING),
                );
            }
        }
        if let Some(id) = remove {
            state.remove_layer(id);
        }
        imports(ui, state);
        ui.add_space(6.0);
        if ui.button("Open GeoJSON…").clicked() {
            state.push(Effect::OpenGeoJsonDialog);
        }
    }
}

fn legend_swatch(ui: &mut Ui, entry: &style::LegendEntry) {
    // The swatch only; the layer's own name is the label.
    let mut e = entry.clone();
    e.label = "";
    ui.scope(|ui| legend::row(ui, &e));
}

fn imports(ui: &mut Ui, state: &mut AppState) {
    for import in &state.imports {
        let name = import
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        ui.horizontal(|ui| {
            ui.add(
                egui::ProgressBar::new(import.job.control().progress())
                    .text(format!("Opening {name}"))
                    .desired_width(180.0),
            );
            if ui.button("Cancel").clicked() {
                import.job.control().cancel();
            }
        });
    }
}
