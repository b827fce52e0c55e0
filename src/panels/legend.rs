//! The legend, generated from the style module so it always matches the map. Rows of
//! hidden layers are left out.

use crate::data::LayerKind;
use crate::i18n::tr;
use crate::map::overlays::{LayerDraw, point_shapes};
use crate::state::AppState;
use crate::style::{self, Swatch};
use egui::{Sense, Shape, Stroke, Ui, pos2, vec2};

/// The Legend panel.
#[derive(Default)]
pub struct LegendPanel;

impl LegendPanel {
    /// One row per style entry of a visible layer kind.
    pub fn ui(&mut self, ui: &mut Ui, state: &AppState) {
        let visible = state.visible_layers();
        let visible_kinds: Vec<_> = visible.iter().map(|(l, _)| l.kind).collect();
        for entry in style::legend_entries() {
            if entry.kind == LayerKind::Imported {
                // Each of the user's files in its own colour, by its file name.
                for (layer, _) in visible
                    .iter()
                    .filter(|(l, _)| l.kind == LayerKind::Imported)
                {
                    let swatch = match layer.tint {
                        Some([r, g, b]) => style::imported_swatch(egui::Color32::from_rgb(r, g, b)),
                        None => entry.swatch.clone(),
                    };
                    row(ui, &swatch, &layer.name);
                }
            } else if visible_kinds.contains(&entry.kind) {
                row(ui, &entry.swatch, &tr(entry.label));
            }
        }
        ui.add_space(8.0);
        ui.label(egui::RichText::new(tr("legend-basemap")).strong());
        country_tints_row(ui);
        for (label, color, width, dashed) in [
            (tr("legend-sea"), style::basemap::SEA, 10.0, false),
            (tr("legend-land"), style::basemap::LAND, 10.0, false),
            (tr("legend-built-up"), style::basemap::URBAN, 10.0, false),
            (tr("legend-mekong"), style::basemap::MEKONG, 4.0, false),
            (tr("legend-rivers"), style::basemap::RIVER, 2.0, false),
            (tr("legend-border"), style::basemap::BORDER, 2.5, false),
            (
                tr("legend-border-uncertain"),
                style::basemap::BORDER_UNCERTAIN,
                1.5,
                true,
            ),
        ] {
            let swatch = Swatch::Line(style::LineLook {
                color,
                width,
                casing: dashed.then_some(style::basemap::BORDER_UNCERTAIN_BAND),
                dashed,
            });
            row(ui, &swatch, &label);
        }
        crate::map::itinerary::legend(ui, &state.planner.trip);
    }
}

/// The country tints as one row of small blocks, in the order of Natural Earth's
/// `mapcolor7`, with the relief note: the tints come from the style module, like the map.
fn country_tints_row(ui: &mut Ui) {
    ui.horizontal(|ui| {
        let (rect, _) = ui.allocate_exact_size(vec2(36.0, 20.0), Sense::hover());
        let n = style::basemap::COUNTRY_TINTS.len() as f32;
        let w = (rect.width() - 6.0) / n;
        for (i, tint) in style::basemap::COUNTRY_TINTS.iter().enumerate() {
            let x = rect.left() + 3.0 + w * i as f32;
            let block = egui::Rect::from_min_max(
                pos2(x, rect.top() + 4.0),
                pos2(x + w, rect.bottom() - 4.0),
            );
            ui.painter().rect_filled(block, 0.0, *tint);
        }
        // Wrapped to the panel, never widening it (which would shift the map).
        ui.add(egui::Label::new(tr("legend-country-tints")).wrap());
    });
}

/// Draws one swatch and its label (already in the interface language; empty for the
/// swatch alone).
pub fn row(ui: &mut Ui, swatch: &Swatch, label: &str) {
    ui.horizontal(|ui| {
        let (rect, _) = ui.allocate_exact_size(vec2(36.0, 20.0), Sense::hover());
        let painter = ui.painter();
        let (l, r) = (
            pos2(rect.left() + 3.0, rect.center().y),
            pos2(rect.right() - 3.0, rect.center().y),
        );
        match swatch {
            Swatch::Line(look) => {
                if let Some(casing) = look.casing {
                    painter.line_segment([l, r], Stroke::new(look.width + 2.5, casing));
                }
                let stroke = Stroke::new(look.width, look.color);
                if look.dashed {
                    painter.extend(Shape::dashed_line(&[l, r], stroke, 7.0, 4.0));
                } else {
                    painter.line_segment([l, r], stroke);
                }
            }
            Swatch::Point(look) => {
                let mut shapes = Vec::new();
                let draw = LayerDraw {
                    opacity: 1.0,
                    zoom: 8.0,
                    year: None,
                };
                point_shapes(
                    &mut shapes,
                    rect.center()
                        + vec2(
                            0.0,
                            if look.shape == style::PointShape::Pin {
                                5.0
                            } else {
                                0.0
                            },
                        ),
                    look,
                    draw,
                );
                painter.extend(shapes);
            }
            Swatch::Area(look) => {
                let r = rect.shrink2(vec2(4.0, 3.0));
                painter.rect_filled(r, 2.0, look.fill);
                painter.rect_stroke(
                    r,
                    2.0,
                    Stroke::new(look.stroke_width, look.stroke),
                    egui::StrokeKind::Inside,
                );
            }
        }
        if !label.is_empty() {
            ui.add(egui::Label::new(label).wrap());
        }
    });
}
