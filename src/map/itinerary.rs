//! The itinerary on the map: legs styled by how they were measured (solid along the
//! railway, dashed along a road, dotted for a straight line) and numbered stops on top,
//! in the planner colours of the style module. Drawing only; the legs come from
//! `crate::planner`.

use super::Viewport;
use crate::data::Atlas;
use crate::data::itinerary::Itinerary;
use crate::planner::{self, Method};
use crate::style::planner as look;
use egui::{Color32, Pos2, Shape, Stroke};

/// The colour of a leg drawn by `method`.
pub fn leg_color(method: &Method) -> Color32 {
    match method {
        Method::Rail { .. } => look::RAIL,
        Method::Road { .. } => look::ROAD,
        Method::GreatCircle => look::GREAT_CIRCLE,
    }
}

/// Draws the legs (each as its path, lon/lat, with its method) and the stops of `trip`.
pub fn draw(
    painter: &egui::Painter,
    viewport: &Viewport,
    atlas: &Atlas,
    trip: &Itinerary,
    paths: &[(Vec<geo::Coord<f64>>, Method)],
) {
    if trip.stops.is_empty() {
        return;
    }
    for (path, method) in paths {
        let points: Vec<Pos2> = path.iter().map(|c| viewport.project(*c)).collect();
        leg_line(painter, &points, method);
    }
    for (i, stop) in trip.stops.iter().enumerate() {
        if let Some(c) = planner::position(atlas, stop) {
            stop_marker(painter, viewport.project(c), i + 1);
        }
    }
}

/// A leg through `points` in the look of its method.
pub fn leg_line(painter: &egui::Painter, points: &[Pos2], method: &Method) {
    if points.len() < 2 {
        return;
    }
    let color = leg_color(method);
    let stroke = Stroke::new(look::LEG_WIDTH, color);
    let halo = Stroke::new(look::LEG_WIDTH + 3.0, crate::style::ui::HALO);
    painter.add(Shape::line(points.to_vec(), halo));
    match method {
        Method::Rail { .. } => {
            painter.add(Shape::line(points.to_vec(), stroke));
        }
        Method::Road { .. } => {
            let (dash, gap) = look::ROAD_DASH;
            painter.extend(Shape::dashed_line(points, stroke, dash, gap));
        }
        Method::GreatCircle => {
            let (dash, gap) = look::GREAT_CIRCLE_DOT;
            painter.extend(Shape::dashed_line(points, stroke, dash, gap));
        }
    }
}

/// One leg from `a` to `b` in the look of its method (the legend's swatch).
pub fn leg_shape(painter: &egui::Painter, a: Pos2, b: Pos2, method: &Method) {
    leg_line(painter, &[a, b], method);
}

/// A numbered stop marker.
pub fn stop_marker(painter: &egui::Painter, p: Pos2, number: usize) {
    painter.circle(
        p,
        look::STOP_RADIUS,
        look::STOP_FILL,
        Stroke::new(2.0, look::STOP_TEXT),
    );
    painter.text(
        p,
        egui::Align2::CENTER_CENTER,
        number.to_string(),
        egui::FontId::proportional(crate::style::text::SMALL),
        look::STOP_TEXT,
    );
}

/// Legend rows for the itinerary (shown while the trip has stops).
pub fn legend(ui: &mut egui::Ui, trip: &Itinerary) {
    if trip.stops.is_empty() {
        return;
    }
    ui.add_space(8.0);
    ui.label(egui::RichText::new(crate::i18n::tr("legend-planner")).strong());
    let rows = [
        (
            Method::Rail {
                from: crate::data::FeatureId {
                    layer: crate::data::LayerId(0),
                    index: 0,
                },
                to: crate::data::FeatureId {
                    layer: crate::data::LayerId(0),
                    index: 0,
                },
            },
            crate::i18n::tr("planner-leg-rail"),
        ),
        (
            Method::Road {
                road: String::new(),
                name: String::new(),
                approximate: false,
            },
            crate::i18n::tr("planner-leg-road"),
        ),
        (
            Method::GreatCircle,
            crate::i18n::tr("planner-leg-great-circle"),
        ),
    ];
    for (method, label) in rows {
        ui.horizontal(|ui| {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(36.0, 20.0), egui::Sense::hover());
            leg_shape(
                ui.painter(),
                rect.left_center(),
                rect.right_center(),
                &method,
            );
            ui.label(label);
        });
    }
    ui.horizontal(|ui| {
        let (rect, _) = ui.allocate_exact_size(egui::vec2(36.0, 24.0), egui::Sense::hover());
        stop_marker(ui.painter(), rect.center(), 1);
        ui.label(crate::i18n::tr("legend-planner-stop"));
    });
}
