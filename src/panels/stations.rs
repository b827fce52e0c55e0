//! The station list: every station of the railway, sortable by chainage, name, country or
//! opening date, with the distance to the next station. A click flies the map there.

use crate::app::state::{AppState, CHINA_LAOS_RAILWAY};
use crate::data::{FeatureId, LayerKind};
use crate::i18n::{self, tr};
use crate::panels::details::format_number;
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
    /// Opening date (ISO, as in the data), or the `status` code for stations that are not
    /// open; shown in words of the interface language by [`opened_text`].
    pub opened: String,
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
        .atlas
        .layers()
        .iter()
        .filter(|l| l.kind == LayerKind::Station)
    {
        for (i, f) in layer.features.iter().enumerate() {
            let id = FeatureId {
                layer: layer.id,
                index: i as u32,
            };
            let on_line = f.str_prop("line") == Some(CHINA_LAOS_RAILWAY);
            let km = stops
                .iter()
                .find(|s| s.id == id)
                .map(|s| s.km)
                .or_else(|| f.num_prop("km").filter(|_| on_line));
            let (_, next) = crate::measure::neighbours(stops, id);
            let status = f.str_prop("status").unwrap_or("open");
            let opened = match (status, f.str_prop("opened")) {
                ("open", Some(d)) => d.to_owned(),
                ("open", None) => "open".to_owned(),
                (s, _) => s.to_owned(),
            };
            let country = match f.properties.get("country") {
                Some(serde_json::Value::String(s)) => s.clone(),
                Some(serde_json::Value::Array(a)) => a
                    .iter()
                    .filter_map(|v| v.as_str())
                    .collect::<Vec<_>>()
                    .join("/"),
                _ => String::new(),
            };
            out.push(StationRow {
                id,
                km,
                name: f
                    .name(state.lang)
                    .map(str::to_owned)
                    .unwrap_or_else(|| tr("unnamed")),
                country,
                opened,
                to_next_km: next.map(|(_, d)| d),
            });
        }
    }
    out
}

/// The opening column in words: a date as the language writes it, or the status.
pub fn opened_text(opened: &str) -> String {
    if opened.starts_with(|c: char| c.is_ascii_digit()) {
        i18n::date(opened)
    } else {
        i18n::value_word("status", opened)
    }
}

/// The Stations table's short form of [`opened_text`]: the year of an opening date, the
/// status word otherwise, so the column is one kind of thing and never cut.
pub fn opened_cell(opened: &str) -> String {
    match opened.get(..4) {
        Some(year) if year.bytes().all(|b| b.is_ascii_digit()) => year.to_owned(),
        _ => opened_text(opened),
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
            SortBy::Opened => a.opened.cmp(&b.opened),
        };
        if descending { o.reverse() } else { o }
    });
}

impl StationsPanel {
    /// Shows the table; a click on a row selects the station and flies there.
    pub fn ui(&mut self, ui: &mut Ui, state: &mut AppState) {
        let mut rows = rows(state);
        sort_rows(&mut rows, self.sort, self.descending);
        let selected = state.selection;
        let mut clicked = None;
        ui.label(RichText::new(tr("stations-explanation")).small());
        if let Some(id) = selected.filter(|id| rows.iter().any(|r| r.id == *id))
            && ui.button(tr("planner-add-station")).clicked()
        {
            state.planner.add_feature(&state.atlas, id);
        }
        let row_height = ui.text_style_height(&egui::TextStyle::Body) + 8.0;
        TableBuilder::new(ui)
            .striped(true)
            .sense(egui::Sense::click())
            .column(Column::exact(62.0))
            .column(Column::remainder().at_least(120.0).clip(true))
            .column(Column::exact(56.0))
            .column(Column::exact(72.0))
            .column(Column::exact(56.0))
            .header(row_height, |mut header| {
                for (title, by) in [
                    (tr("stations-column-km"), SortBy::Km),
                    (tr("stations-column-station"), SortBy::Name),
                    (tr("stations-column-country"), SortBy::Country),
                    (tr("stations-column-opened"), SortBy::Opened),
                ] {
                    header.col(|ui| {
                        let arrow = if self.sort == by {
                            if self.descending { " ↓" } else { " ↑" }
                        } else {
                            ""
                        };
                        if ui
                            .button(RichText::new(format!("{title}{arrow}")).strong())
                            .clicked()
                        {
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
                    ui.label(RichText::new(tr("stations-column-to-next")).strong());
                });
            })
            .body(|mut body| {
                for row in &rows {
                    body.row(row_height, |mut r| {
                        r.set_selected(selected == Some(row.id));
                        r.col(|ui| {
                            ui.label(
                                row.km
                                    .map(|k| format_number((k * 10.0).round() / 10.0))
                                    .unwrap_or_else(|| "—".into()),
                            );
                        });
                        r.col(|ui| {
                            if ui
                                .selectable_label(selected == Some(row.id), &row.name)
                                .clicked()
                            {
                                clicked = Some(row.id);
                            }
                        });
                        r.col(|ui| {
                            ui.label(country_text(&row.country));
                        });
                        r.col(|ui| {
                            // The year fits the column in every language; the whole date
                            // is one hover (and one click, in Details) away.
                            ui.label(opened_cell(&row.opened))
                                .on_hover_text(opened_text(&row.opened));
                        });
                        r.col(|ui| {
                            ui.label(
                                row.to_next_km
                                    .map(|d| format_number((d * 10.0).round() / 10.0))
                                    .unwrap_or_default(),
                            );
                        });
                        if r.response().clicked() {
                            clicked = Some(row.id);
                        }
                    });
                }
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
    fn the_opened_column_shows_the_year_of_a_date_and_the_word_of_a_status() {
        assert_eq!(opened_cell("2021-12-03"), "2021");
        assert_eq!(opened_cell("2021"), "2021");
        assert_eq!(opened_cell("not_built"), opened_text("not_built"));
        assert_ne!(opened_cell("not_built"), "not_built");
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
            opened: "2021-12-03".into(),
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
