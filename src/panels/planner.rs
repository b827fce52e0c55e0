//! The Planner tab: the stops of a study visit in order, each with its date, time, length
//! of visit and notes; the legs between them with distance, time and how each was measured;
//! day and trip totals; and the buttons to frame the trip, save it and export a briefing.

use crate::i18n::{self, Arg, tr, tr_args};
use crate::planner::{Leg, Method, Total, totals};
use crate::state::{AppState, PlannerRequest};
use crate::style;
use egui::{RichText, Ui};

/// The Planner panel (all its state is the itinerary in [`AppState`]).
#[derive(Default)]
pub struct PlannerPanel;

/// "2 h 05 min" in the interface language.
pub fn duration_text(minutes: f64) -> String {
    let total = minutes.round().max(0.0) as u64;
    tr_args(
        "planner-hours-minutes",
        &[
            ("hours", Arg::from(i18n::number((total / 60) as f64))),
            ("minutes", Arg::from(format!("{:02}", total % 60))),
        ],
    )
}

/// How a leg was measured, in words: the method and, for a road, which one.
pub fn method_text(method: &Method) -> String {
    match method {
        Method::Rail { .. } => tr("planner-leg-rail"),
        Method::Road {
            name, approximate, ..
        } => {
            let how = if *approximate {
                tr("planner-leg-road-approximate")
            } else {
                tr("planner-leg-road")
            };
            format!("{how} ({name})")
        }
        Method::GreatCircle => tr("planner-leg-great-circle"),
    }
}

/// The leg's time, or "time not estimated".
pub fn leg_time_text(leg: &Leg) -> String {
    match leg.minutes {
        Some(m) => duration_text(m),
        None => tr("planner-time-not-estimated"),
    }
}

/// A border crossing in words, naming the ports when the atlas has a pair.
pub fn border_text(border: &crate::planner::Border) -> String {
    let from = i18n::country_name(&border.from_country);
    let to = i18n::country_name(&border.to_country);
    match &border.ports {
        Some((a, b)) => tr_args(
            "planner-border",
            &[
                ("from", Arg::from(from)),
                ("to", Arg::from(to)),
                ("ports", Arg::from(format!("{a} – {b}"))),
            ],
        ),
        None => tr_args(
            "planner-border-no-port",
            &[("from", Arg::from(from)), ("to", Arg::from(to))],
        ),
    }
}

/// A total in words: distance, then the time (or that some legs have none).
pub fn total_text(total: &Total) -> String {
    let mut text = i18n::distance(total.metres);
    if total.legs > total.untimed {
        text.push_str(" · ");
        text.push_str(&duration_text(total.minutes));
    }
    if total.untimed > 0 {
        text.push_str(" · ");
        text.push_str(&tr_args(
            "planner-untimed-legs",
            &[("count", Arg::from(total.untimed as f64))],
        ));
    }
    text
}

impl PlannerPanel {
    /// Draws the panel.
    pub fn ui(&mut self, ui: &mut Ui, state: &mut AppState) {
        ui.horizontal_wrapped(|ui| {
            for (label, request) in [
                (tr("menu-itinerary-new"), PlannerRequest::New),
                (tr("menu-itinerary-open"), PlannerRequest::Open),
                (tr("menu-itinerary-save"), PlannerRequest::Save),
                (tr("menu-itinerary-example"), PlannerRequest::OpenExample),
            ] {
                if ui.button(label).clicked() {
                    state.planner.requests.push(request);
                }
            }
        });
        ui.horizontal_wrapped(|ui| {
            let has_stops = !state.planner.trip.stops.is_empty();
            if ui
                .add_enabled(has_stops, egui::Button::new(tr("planner-frame")))
                .clicked()
            {
                state.planner.requests.push(PlannerRequest::Frame);
            }
            if ui
                .add_enabled(has_stops, egui::Button::new(tr("planner-export-briefing")))
                .clicked()
            {
                state.planner.requests.push(PlannerRequest::ExportBriefing);
            }
        });
        if let Some(p) = &state.planner.path {
            ui.label(
                RichText::new(p.display().to_string())
                    .small()
                    .color(style::ui::LABEL_MINOR),
            );
        }
        ui.add(
            egui::TextEdit::singleline(&mut state.planner.trip.title)
                .hint_text(tr("planner-title-hint"))
                .desired_width(f32::INFINITY),
        );
        ui.separator();
        if state.planner.trip.stops.is_empty() {
            ui.label(tr("planner-empty"));
            return;
        }
        let legs = state.trip_legs();
        let count = state.planner.trip.stops.len();
        let mut action: Option<(usize, i8)> = None;
        for i in 0..count {
            let Some(stop) = state.planner.trip.stops.get_mut(i) else {
                continue;
            };
            ui.push_id(("planner stop", i), |ui| {
                ui.horizontal(|ui| {
                    ui.label(RichText::new(format!("{}.", i + 1)).strong());
                    // The name takes what the arrows and the remove button leave.
                    let width = (ui.available_width() - 120.0).max(120.0);
                    ui.add(egui::TextEdit::singleline(&mut stop.name).desired_width(width));
                    if ui
                        .add_enabled(i > 0, egui::Button::new("↑"))
                        .on_hover_text(tr("planner-up"))
                        .clicked()
                    {
                        action = Some((i, -1));
                    }
                    if ui
                        .add_enabled(i + 1 < count, egui::Button::new("↓"))
                        .on_hover_text(tr("planner-down"))
                        .clicked()
                    {
                        action = Some((i, 1));
                    }
                    if ui.button("×").on_hover_text(tr("planner-remove")).clicked() {
                        action = Some((i, 0));
                    }
                });
                ui.horizontal(|ui| {
                    ui.label(tr("planner-date"));
                    ui.add(egui::TextEdit::singleline(&mut stop.date).desired_width(92.0));
                    ui.label(tr("planner-time"));
                    ui.add(
                        egui::TextEdit::singleline(&mut stop.time)
                            .hint_text("HH:MM")
                            .desired_width(58.0),
                    );
                });
                ui.horizontal(|ui| {
                    ui.label(tr("planner-duration"));
                    let mut minutes = stop.duration_min.unwrap_or(0);
                    if ui
                        .add(
                            egui::DragValue::new(&mut minutes)
                                .range(0..=10_080)
                                .speed(5),
                        )
                        .changed()
                    {
                        stop.duration_min = (minutes > 0).then_some(minutes);
                    }
                });
                if !stop.time.is_empty() && !crate::data::itinerary::is_clock_time(&stop.time) {
                    ui.label(RichText::new(tr("planner-time-invalid")).color(style::ui::WARNING));
                }
                if !crate::data::validate::is_valid_date(&stop.date) {
                    ui.label(RichText::new(tr("planner-date-invalid")).color(style::ui::WARNING));
                }
                ui.add(
                    egui::TextEdit::multiline(&mut stop.notes)
                        .hint_text(tr("planner-notes"))
                        .desired_rows(1)
                        .desired_width(f32::INFINITY),
                );
            });
            if let Some(leg) = legs.iter().find(|l| l.from == i) {
                leg_row(ui, leg);
            }
            ui.add_space(4.0);
        }
        match action {
            Some((i, -1)) => state.planner.trip.move_up(i),
            Some((i, 1)) => state.planner.trip.move_down(i),
            Some((i, _)) => state.planner.trip.remove(i),
            None => {}
        }
        ui.separator();
        let (days, trip) = totals(&state.planner.trip, &legs);
        ui.label(RichText::new(tr("planner-totals")).strong());
        for day in &days {
            ui.label(tr_args(
                "planner-day-total",
                &[
                    ("date", Arg::from(i18n::date(&day.date))),
                    ("total", Arg::from(total_text(&day.total))),
                ],
            ));
        }
        ui.label(
            RichText::new(tr_args(
                "planner-trip-total",
                &[("total", Arg::from(total_text(&trip)))],
            ))
            .strong(),
        );
        if legs.iter().any(|l| matches!(l.method, Method::Rail { .. })) {
            ui.label(
                RichText::new(tr_args(
                    "planner-rail-time-source",
                    &[
                        ("source", Arg::from(crate::planner::RAIL_SCHEDULE_SOURCE)),
                        (
                            "date",
                            Arg::from(i18n::date(crate::planner::RAIL_SCHEDULE_AS_OF)),
                        ),
                    ],
                ))
                .small()
                .color(style::ui::LABEL_MINOR),
            );
        }
    }
}

fn leg_row(ui: &mut Ui, leg: &Leg) {
    let color = crate::map::itinerary::leg_color(&leg.method);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("→").color(color).strong());
        ui.label(RichText::new(i18n::distance(leg.metres)).strong());
        ui.label("·");
        ui.label(leg_time_text(leg));
        ui.label("·");
        ui.label(RichText::new(method_text(&leg.method)).color(color));
    });
    if let Some(border) = &leg.border {
        ui.label(RichText::new(border_text(border)).color(style::ui::WARNING));
    }
}
