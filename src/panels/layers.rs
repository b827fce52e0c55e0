//! The Layers panel: every layer, built-in and imported, with visibility, opacity, a
//! legend swatch from the style module and its feature count; imported layers can be
//! removed. Also shows imports in progress with a progress bar and Cancel.

use crate::data::{LayerId, LayerKind, LayerOrigin};
use crate::i18n::{self, Arg, tr, tr_args};
use crate::panels::legend;
use crate::state::{AppState, Effect};
use crate::style;
use egui::{RichText, Ui};

/// What one row of the list shows, read from the atlas before the rows are drawn.
struct Row {
    id: LayerId,
    name: String,
    kind: LayerKind,
    count: usize,
    imported: bool,
    tint: Option<[u8; 3]>,
    problems: usize,
}

/// The Layers panel (no state of its own).
#[derive(Default)]
pub struct LayersPanel;

impl LayersPanel {
    /// One row per layer, top of the drawing order first.
    pub fn ui(&mut self, ui: &mut Ui, state: &mut AppState) {
        let rows: Vec<Row> = state
            .atlas()
            .layers()
            .iter()
            .rev()
            .map(|l| Row {
                id: l.id,
                name: match l.origin {
                    // Built-in layers are named in the interface language; imported
                    // ones keep their file name.
                    LayerOrigin::BuiltIn(_) => i18n::layer_name(l.kind),
                    LayerOrigin::File(_) => l.name.clone(),
                },
                kind: l.kind,
                count: l.features.len(),
                imported: matches!(l.origin, LayerOrigin::File(_)),
                tint: l.tint,
                problems: l.problems.len(),
            })
            .collect();
        let mut remove = None;
        for row in rows {
            let Row {
                id,
                ref name,
                kind,
                count,
                imported,
                tint,
                problems,
            } = row;
            let mut settings = state.layer_settings(id);
            ui.horizontal(|ui| {
                if ui
                    .checkbox(&mut settings.visible, "")
                    .on_hover_text(tr_args("layer-show-hide", &[("name", Arg::from(name))]))
                    .changed()
                {
                    state.set_visible(id, settings.visible);
                }
                match tint {
                    // A user's file: its own colour, which the user can change.
                    Some(rgb) if imported => {
                        let mut rgb = rgb;
                        if egui::color_picker::color_edit_button_srgb(ui, &mut rgb)
                            .on_hover_text(tr_args(
                                "layer-color-tooltip",
                                &[("name", Arg::from(name))],
                            ))
                            .changed()
                        {
                            state.set_layer_color(id, rgb);
                        }
                    }
                    _ => {
                        if let Some(entry) =
                            style::legend_entries().into_iter().find(|e| e.kind == kind)
                        {
                            legend_swatch(ui, &entry);
                        }
                    }
                }
                // The count keeps its place at the end; a long name wraps instead of
                // pushing it out of the panel.
                let count_text = egui::WidgetText::from(
                    RichText::new(i18n::number(count as f64)).color(style::ui::LABEL_MINOR),
                )
                .into_galley(
                    ui,
                    Some(egui::TextWrapMode::Extend),
                    f32::INFINITY,
                    egui::TextStyle::Body,
                );
                let room = (ui.available_width()
                    - count_text.size().x
                    - 2.0 * ui.spacing().item_spacing.x)
                    .max(40.0);
                ui.allocate_ui_with_layout(
                    egui::vec2(room, ui.spacing().interact_size.y),
                    egui::Layout::top_down(egui::Align::Min),
                    |ui| {
                        ui.add(egui::Label::new(RichText::new(name).strong()).wrap());
                    },
                );
                ui.label(count_text).on_hover_text(tr_args(
                    "layer-feature-count",
                    &[("count", Arg::from(count))],
                ));
            });
            if settings.visible {
                ui.horizontal(|ui| {
                    ui.add_space(28.0);
                    let mut o = settings.opacity;
                    if ui
                        .add(
                            egui::Slider::new(&mut o, 0.1..=1.0)
                                .show_value(false)
                                .text(tr("layer-opacity")),
                        )
                        .changed()
                    {
                        state.set_opacity(id, o);
                    }
                });
            }
            // On its own line, so it is whole in every language however long the name.
            if imported {
                ui.horizontal(|ui| {
                    ui.add_space(28.0);
                    if ui
                        .button(tr("layer-remove"))
                        .on_hover_text(tr_args(
                            "layer-remove-tooltip",
                            &[("name", Arg::from(name))],
                        ))
                        .clicked()
                    {
                        remove = Some(id);
                    }
                });
            }
            if problems > 0 {
                ui.label(
                    RichText::new(tr_args("layer-problems", &[("count", Arg::from(problems))]))
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
        if ui.button(tr("menu-open-geojson")).clicked() {
            state.push(Effect::OpenGeoJsonDialog);
        }
    }
}

fn legend_swatch(ui: &mut Ui, entry: &style::LegendEntry) {
    // The swatch only; the layer's own name is the label.
    ui.scope(|ui| legend::row(ui, &entry.swatch, ""));
}

fn imports(ui: &mut Ui, state: &mut AppState) {
    for import in state.imports() {
        let name = import
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        ui.horizontal(|ui| {
            ui.add(
                egui::ProgressBar::new(import.job.control().progress())
                    .text(tr_args("layer-opening", &[("name", Arg::from(&name))]))
                    .desired_width(180.0),
            );
            if ui.button(tr("button-cancel")).clicked() {
                import.job.control().cancel();
            }
        });
    }
}
