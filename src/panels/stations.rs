//! The station list: every station of the railway, sortable by chainage, name, country,
//! status or opening date, with the distance to the next station. A click flies the map
//! there. Every column holds one kind of thing, and the table scrolls sideways rather than
//! cut a name on a narrow screen.

use crate::data::schema::MAIN_LINE;
use crate::data::{FeatureId, LayerKind};
use crate::i18n::{self, tr};
use crate::panels::details::format_number;
use crate::state::AppState;
use crate::style::Status;
use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};

/// Sort column of the table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortBy {
    /// Chainage from Kunming South (stations without one last).
    #[default]
    Km,
    /// Name in the chosen language.
    Name,
    /// Country code.
    Country,
    /// Status (open first).
    Status,
    /// Opening date.
    Opened,
}

/// One table row, built from the data.
#[derive(Clone, Debug, PartialEq)]
pub struct StationRow {
    /// The station.
    pub id: FeatureId,
    /// Chainage, km.
    pub km: Option<f64>,
    /// Name in the chosen language.
    pub name: String,
    /// Country code(s).
    pub country: String,
    /// Status, from the data's `status` (open when it has none).
    pub status: Status,
    /// Opening date (ISO, as in the data) where the data has one.
    pub opened: Option<String>,
    /// Km to the next station along the line.
    pub to_next_km: Option<f64>,
}

/// The Stations panel's own state: its sort order.
#[derive(Default)]
pub struct StationsPanel {
    /// Column sorted by.
    pub sort: SortBy,
    /// Descending order.
    pub descending: bool,
}

/// Rows for every station feature, in chainage order first.
pub fn rows(state: &AppState) -> Vec<StationRow> {
    let stops = state.stations();
    let mut out = Vec::new();
    for layer in state
        .atlas()
        .layers()
        .iter()
        .filter(|l| l.kind == LayerKind::Station)
    {
        for (id, f) in layer.features_with_ids() {
            let corridor = f.corridor();
            let station = corridor.and_then(|c| c.station());
            let on_line = station.is_some_and(|s| s.line == MAIN_LINE);
            let km = stops
                .iter()
                .find(|s| s.id == id)
                .map(|s| s.km)
                .or_else(|| station.and_then(|s| s.km).filter(|_| on_line));
            let (_, next) = crate::measure::neighbours(stops, id);
            let status = Status::of(f);
            let opened = corridor.and_then(|c| c.opened).map(|d| d.to_string());
            let country = f.countries().join("/");
            out.push(StationRow {
                id,
                km,
                name: f
                    .name(state.lang)
                    .map(str::to_owned)
                    .unwrap_or_else(|| tr("unnamed")),
                country,
                status,
                opened,
                to_next_km: next.map(|(_, d)| d),
            });
        }
    }
    out
}

/// A status in words of the interface language.
pub fn status_text(status: Status) -> String {
    let code = match status {
        Status::Open => "open",
        Status::UnderConstruction => "under_construction",
        Status::Planned => "planned",
        Status::NotBuilt => "not_built",
    };
    i18n::value_word("status", code)
}

/// The Stations table's "opened" cell: the year of an opening date, so the column is one
/// kind of thing and never cut (the whole date is the cell's hover); empty without a date.
pub fn opened_cell(opened: Option<&str>) -> String {
    match opened.and_then(|d| d.get(..4)) {
        Some(year) if year.bytes().all(|b| b.is_ascii_digit()) => year.to_owned(),
        _ => opened.map(i18n::date).unwrap_or_default(),
    }
}

/// A station's country codes (`CN`, `CN/LA`) as country names of the interface language.
fn country_text(codes: &str) -> String {
    codes
        .split('/')
        .map(i18n::country_name)
        .collect::<Vec<_>>()
        .join("/")
}

fn km_text(km: Option<f64>) -> String {
    km.map(|k| format_number((k * 10.0).round() / 10.0))
        .unwrap_or_else(|| "—".into())
}

fn to_next_text(km: Option<f64>) -> String {
    km.map(|d| format_number((d * 10.0).round() / 10.0))
        .unwrap_or_default()
}

/// The table's column widths and each name's height, measured from the texts themselves,
/// so no column cuts its text in any language and names wrap instead of being cut.
struct Layout {
    /// km, station, country, status, opened, to next.
    widths: [f32; 6],
    /// Height of each row's name cell, in row order.
    name_heights: Vec<f32>,
}

/// The narrowest the name column gets; below it the table scrolls sideways.
const MIN_NAME_WIDTH: f32 = 100.0;

/// Space between the table's columns, points.
const COLUMN_GAP: f32 = 6.0;

/// Side padding of the header buttons, points: enough to see them as buttons.
const HEADER_PADDING: f32 = 3.0;

/// A header's text: its title, with the arrow of the sort order on the sorted column.
fn header_text(title: &str, by: SortBy, sorted: (SortBy, bool)) -> String {
    match sorted {
        (s, false) if s == by => format!("{title} ↑"),
        (s, true) if s == by => format!("{title} ↓"),
        _ => title.to_owned(),
    }
}

impl Layout {
    fn measure(ui: &Ui, rows: &[StationRow], sorted: (SortBy, bool)) -> Self {
        // Every cell but the name is small text; headers are small and bold.
        let width = |text: RichText| {
            egui::WidgetText::from(text.small())
                .into_galley(
                    ui,
                    Some(egui::TextWrapMode::Extend),
                    f32::INFINITY,
                    egui::TextStyle::Body,
                )
                .size()
                .x
                + 1.0
        };
        let header = |id: &str, by: SortBy| {
            width(RichText::new(header_text(&tr(id), by, sorted)).strong()) + 2.0 * HEADER_PADDING
        };
        let widest = |id: &str, by: SortBy, cells: &mut dyn Iterator<Item = String>| {
            cells
                .map(|c| width(RichText::new(c)))
                .fold(header(id, by), f32::max)
        };
        let km = widest(
            "stations-column-km",
            SortBy::Km,
            &mut rows.iter().map(|r| km_text(r.km)),
        );
        let country = widest(
            "stations-column-country",
            SortBy::Country,
            &mut rows.iter().map(|r| country_text(&r.country)),
        );
        let status = widest(
            "stations-column-status",
            SortBy::Status,
            &mut rows.iter().map(|r| status_text(r.status)),
        );
        let opened = widest(
            "stations-column-opened",
            SortBy::Opened,
            &mut rows.iter().map(|r| opened_cell(r.opened.as_deref())),
        );
        let to_next = rows
            .iter()
            .map(|r| width(RichText::new(to_next_text(r.to_next_km))))
            .fold(
                width(RichText::new(tr("stations-column-to-next")).strong()),
                f32::max,
            );
        let pad = 2.0 * ui.spacing().button_padding.x + 2.0;
        let gaps = 6.0 * ui.spacing().item_spacing.x;
        let name = (ui.available_width() - km - country - status - opened - to_next - gaps)
            .max(MIN_NAME_WIDTH);
        let name_heights = rows
            .iter()
            .map(|r| {
                egui::WidgetText::from(r.name.as_str())
                    .into_galley(
                        ui,
                        Some(egui::TextWrapMode::Wrap),
                        name - pad,
                        egui::TextStyle::Body,
                    )
                    .size()
                    .y
                    + 2.0 * ui.spacing().button_padding.y
                    + 6.0
            })
            .collect();
        Self {
            widths: [km, name, country, status, opened, to_next],
            name_heights,
        }
    }
}

/// Sorts rows; stations without chainage always go last when sorting by km.
pub fn sort_rows(rows: &mut [StationRow], by: SortBy, descending: bool) {
    rows.sort_by(|a, b| {
        let o = match by {
            SortBy::Km => match (a.km, b.km) {
                (Some(x), Some(y)) => x.total_cmp(&y),
                (Some(_), None) => return std::cmp::Ordering::Less,
                (None, Some(_)) => return std::cmp::Ordering::Greater,
                (None, None) => a.name.cmp(&b.name),
            },
            SortBy::Name => a.name.to_lowercase().cmp(&b.name.to_lowercase()),
            SortBy::Country => a.country.cmp(&b.country).then(
                a.km.unwrap_or(f64::MAX)
                    .total_cmp(&b.km.unwrap_or(f64::MAX)),
            ),
            SortBy::Status => a.status.cmp(&b.status).then(a.name.cmp(&b.name)),
            // Stations without a date after every dated one.
            SortBy::Opened => match (&a.opened, &b.opened) {
                (Some(x), Some(y)) => x.cmp(y),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => a.name.cmp(&b.name),
            },
        };
        if descending { o.reverse() } else { o }
    });
}

impl StationsPanel {
    /// Shows the table; a click on a row selects the station and flies there.
    pub fn ui(&mut self, ui: &mut Ui, state: &mut AppState) {
        let mut rows = rows(state);
        sort_rows(&mut rows, self.sort, self.descending);
        let selected = state.selection();
        let mut clicked = None;
        ui.label(RichText::new(tr("stations-explanation")).small());
        if let Some(id) = selected.filter(|id| rows.iter().any(|r| r.id == *id))
            && ui
                .add(egui::Button::new(tr("planner-add-station")).wrap())
                .clicked()
        {
            state.add_to_trip(id);
        }
        let row_height = ui.text_style_height(&egui::TextStyle::Body) + 8.0;
        // A little less space between columns than elsewhere: six columns share the panel.
        ui.spacing_mut().item_spacing.x = COLUMN_GAP;
        let sorted = (self.sort, self.descending);
        let layout = Layout::measure(ui, &rows, sorted);
        // Every column is as wide as its widest cell; names wrap in the rest of the panel
        // (never cut). Only a very narrow panel scrolls sideways.
        egui::ScrollArea::horizontal()
            .id_salt("stations-table")
            .show(ui, |ui| {
                let [km, name, country, status, opened, to_next] = layout.widths;
                TableBuilder::new(ui)
                    .striped(true)
                    .vscroll(false)
                    // Small cells sit on the middle of a name that wraps to two lines.
                    .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
                    .sense(egui::Sense::click())
                    .column(Column::exact(km))
                    .column(Column::exact(name))
                    .column(Column::exact(country))
                    .column(Column::exact(status))
                    .column(Column::exact(opened))
                    .column(Column::exact(to_next))
                    .header(row_height, |mut header| {
                        for (title, by) in [
                            (tr("stations-column-km"), SortBy::Km),
                            (tr("stations-column-station"), SortBy::Name),
                            (tr("stations-column-country"), SortBy::Country),
                            (tr("stations-column-status"), SortBy::Status),
                            (tr("stations-column-opened"), SortBy::Opened),
                        ] {
                            header.col(|ui| {
                                ui.spacing_mut().button_padding.x = HEADER_PADDING;
                                let text = header_text(&title, by, sorted);
                                if ui.button(RichText::new(text).small().strong()).clicked() {
                                    if self.sort == by {
                                        self.descending = !self.descending;
                                    } else {
                                        self.sort = by;
                                        self.descending = false;
                                    }
                                }
                            });
                        }
                        header.col(|ui| {
                            ui.label(
                                RichText::new(tr("stations-column-to-next"))
                                    .small()
                                    .strong(),
                            );
                        });
                    })
                    .body(|mut body| {
                        for (row, height) in rows.iter().zip(&layout.name_heights) {
                            body.row(height.max(row_height), |mut r| {
                                r.set_selected(selected == Some(row.id));
                                r.col(|ui| {
                                    ui.label(RichText::new(km_text(row.km)).small());
                                });
                                r.col(|ui| {
                                    let label = egui::Button::selectable(
                                        selected == Some(row.id),
                                        &row.name,
                                    )
                                    .wrap_mode(egui::TextWrapMode::Wrap);
                                    if ui.add(label).clicked() {
                                        clicked = Some(row.id);
                                    }
                                });
                                r.col(|ui| {
                                    ui.add(
                                        egui::Label::new(
                                            RichText::new(country_text(&row.country)).small(),
                                        )
                                        .wrap_mode(egui::TextWrapMode::Extend),
                                    );
                                });
                                r.col(|ui| {
                                    ui.add(
                                        egui::Label::new(
                                            RichText::new(status_text(row.status)).small(),
                                        )
                                        .wrap_mode(egui::TextWrapMode::Extend),
                                    );
                                });
                                r.col(|ui| {
                                    // The year; the whole date is one hover away.
                                    let cell = ui.label(
                                        RichText::new(opened_cell(row.opened.as_deref())).small(),
                                    );
                                    if let Some(date) = &row.opened {
                                        cell.on_hover_text(i18n::date(date));
                                    }
                                });
                                r.col(|ui| {
                                    ui.label(RichText::new(to_next_text(row.to_next_km)).small());
                                });
                                if r.response().clicked() {
                                    clicked = Some(row.id);
                                }
                            });
                        }
                    });
            });
        if let Some(id) = clicked {
            state.select_and_fly(id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_opened_column_shows_only_the_year_and_the_status_has_its_own_words() {
        assert_eq!(opened_cell(Some("2021-12-03")), "2021");
        assert_eq!(opened_cell(Some("2021")), "2021");
        assert_eq!(opened_cell(None), "");
        assert_ne!(status_text(Status::NotBuilt), "not_built");
        assert_ne!(status_text(Status::Open), status_text(Status::NotBuilt));
    }

    fn row(km: Option<f64>, name: &str) -> StationRow {
        StationRow {
            id: FeatureId {
                layer: crate::data::LayerId(0),
                index: 0,
            },
            km,
            name: name.into(),
            country: "LA".into(),
            status: Status::Open,
            opened: Some("2021-12-03".into()),
            to_next_km: None,
        }
    }

    #[test]
    fn stations_without_chainage_sort_last_either_way() {
        let mut rows = vec![
            row(None, "Xiangyun"),
            row(Some(600.0), "Boten"),
            row(Some(0.0), "Kunming South"),
        ];
        sort_rows(&mut rows, SortBy::Km, false);
        assert_eq!(rows[0].name, "Kunming South");
        assert_eq!(rows[2].name, "Xiangyun");
        sort_rows(&mut rows, SortBy::Km, true);
        assert_eq!(rows[0].name, "Boten");
        assert_eq!(rows[2].name, "Xiangyun");
    }
}
