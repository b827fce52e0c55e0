//! Logistics routes and railway sections: pick one to highlight it on the map and fit the
//! view to it; see its mode, ends, stops on the way, length (computed geodesically from
//! the drawn line, beside the sourced figure) and what it carries.

use crate::app::state::AppState;
use crate::data::{Feature, FeatureId, LayerKind};
use crate::i18n::{self, Arg, tr, tr_args};
use crate::measure::geodesic_length_m;
use crate::panels::details::facts;
use egui::{RichText, Ui};

/// The Routes panel (no state of its own: the highlight lives in `AppState`).
#[derive(Default)]
pub struct RoutesPanel;

/// The computed and the sourced length of a route or section, metres / km.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RouteLength {
    /// Geodesic length of the drawn geometry, metres.
    pub computed_m: f64,
    /// The `length_km` the data cites, if any.
    pub sourced_km: Option<f64>,
}

/// Lengths of a route feature.
pub fn route_length(f: &Feature) -> RouteLength {
    RouteLength {
        computed_m: f.geometry.as_ref().map(geodesic_length_m).unwrap_or(0.0),
        sourced_km: f.num_prop("length_km"),
    }
}

/// Plain words for a route's length: the computed value, and the sourced one beside it.
pub fn length_text(len: RouteLength) -> String {
    let computed = if len.computed_m > 0.0 {
        tr_args(
            "routes-length-drawn",
            &[("distance", Arg::from(i18n::distance(len.computed_m)))],
        )
    } else {
        tr("routes-not-drawn")
    };
    match len.sourced_km {
        Some(km) => tr_args(
            "routes-length-drawn-and-sourced",
            &[("drawn", Arg::from(computed)), ("km", Arg::from(km))],
        ),
        None => computed,
    }
}

fn list_strings(f: &Feature, key: &str) -> Vec<String> {
    match f.properties.get(key) {
        Some(serde_json::Value::Array(items)) => items
            .iter()
            .map(|v| {
                v.as_str()
                    .map(str::to_owned)
                    .unwrap_or_else(|| v.to_string())
            })
            .collect(),
        Some(serde_json::Value::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    }
}

impl RoutesPanel {
    /// Lists routes and sections; the highlighted one shows its particulars.
    pub fn ui(&mut self, ui: &mut Ui, state: &mut AppState) {
        let mut chosen: Option<Option<FeatureId>> = None;
        let mut link = None;
        for (kind, heading) in [
            (LayerKind::Route, tr("routes-heading-routes")),
            (LayerKind::Railway, tr("routes-heading-railway")),
            (LayerKind::Expressway, tr("routes-heading-expressways")),
        ] {
            let items: Vec<(FeatureId, String)> = state
                .atlas
                .layers()
                .iter()
                .filter(|l| l.kind == kind)
                .flat_map(|l| {
                    l.features.iter().enumerate().map(move |(i, f)| {
                        (
                            FeatureId {
                                layer: l.id,
                                index: i as u32,
                            },
                            f,
                        )
                    })
                })
                .map(|(id, f)| {
                    let name = f.name(state.lang).map(str::to_owned);
                    (id, name.unwrap_or_else(|| tr("unnamed")))
                })
                .collect();
            if items.is_empty() {
                continue;
            }
            ui.label(RichText::new(heading).strong());
            for (id, name) in items {
                let on = state.highlighted == Some(id);
                if ui.selectable_label(on, name).clicked() {
                    chosen = Some(if on { None } else { Some(id) });
                }
                if on && let Some(f) = state.feature(id).cloned() {
                    route_particulars(ui, state, &f, &mut link);
                }
            }
            ui.add_space(6.0);
        }
        if let Some(c) = chosen {
            state.highlight_route(c);
        }
        if let Some(url) = link {
            state.push(crate::app::effect::Effect::OpenLink(url));
        }
    }
}

/// A `via` entry as words: feature ids in the data (`station-boten`) become the feature's
/// name in the chosen language; plain place names stay as they are.
fn place_name(state: &AppState, item: &str) -> String {
    state
        .atlas
        .find_by_id(item)
        .and_then(|id| state.feature(id))
        .and_then(|f| f.name(state.lang))
        .map(str::to_owned)
        .unwrap_or_else(|| item.to_owned())
}

fn route_particulars(
    ui: &mut Ui,
    state: &AppState,
    f: &Feature,
    link: &mut crate::panels::details::ClickedLink,
) {
    let via: Vec<String> = list_strings(f, "via")
        .iter()
        .map(|v| place_name(state, v))
        .collect();
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let rows = [
            (
                tr("routes-mode"),
                f.str_prop("mode")
                    .map(|m| i18n::value_word("mode", m))
                    .unwrap_or_default(),
            ),
            (
                tr("routes-from"),
                place_name(state, f.str_prop("from").unwrap_or_default()),
            ),
            (
                tr("routes-to"),
                place_name(state, f.str_prop("to").unwrap_or_default()),
            ),
            (tr("routes-via"), via.join(" → ")),
            (tr("routes-length"), length_text(route_length(f))),
            (
                tr("routes-carries"),
                list_strings(f, "commodities").join(", "),
            ),
            (
                tr("routes-opened"),
                f.str_prop("opened").map(i18n::date).unwrap_or_default(),
            ),
        ];
        for (k, v) in rows {
            if v.is_empty() {
                continue;
            }
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(k).color(crate::style::ui::LABEL_MINOR));
                ui.label(v);
            });
        }
        facts(ui, f, state.window.year, link);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sourced_length_is_shown_beside_the_computed_one() {
        let t = length_text(RouteLength {
            computed_m: 419_800.0,
            sourced_km: Some(422.0),
        });
        assert_eq!(t, "420 km drawn (geodesic); 422 km sourced");
        let undrawn = length_text(RouteLength {
            computed_m: 0.0,
            sourced_km: None,
        });
        assert_eq!(undrawn, "not drawn");
    }
}
