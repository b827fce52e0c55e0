//! Logistics routes and railway sections: pick one to highlight it on the map and fit the
//! view to it; see its mode, ends, stops on the way, length (computed geodesically from
//! the drawn line, beside the sourced figure) and what it carries.

use crate::data::schema::Detail;
use crate::data::{Feature, FeatureId, LayerKind};
use crate::i18n::{self, Arg, tr, tr_args};
use crate::measure::geodesic_length_m;
use crate::panels::details::facts;
use crate::state::{AppState, Effect};
use egui::{RichText, Ui};

/// The Routes panel. The highlight lives in `AppState`; the panel keeps only the lengths of
/// the highlighted line, measured once when it is highlighted rather than every frame.
#[derive(Default)]
pub struct RoutesPanel {
    /// The highlighted feature and its lengths.
    measured: Option<(FeatureId, RouteLength)>,
}

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
        sourced_km: f.corridor().and_then(|c| c.length_km()),
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
                .atlas()
                .layers()
                .iter()
                .filter(|l| l.kind == kind)
                .flat_map(|l| l.features_with_ids())
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
                let on = state.highlighted() == Some(id);
                if ui.selectable_label(on, name).clicked() {
                    chosen = Some(if on { None } else { Some(id) });
                }
                let shared: &AppState = state;
                if on && let Some(f) = shared.feature(id) {
                    let length = match self.measured {
                        Some((m, length)) if m == id => length,
                        _ => {
                            let length = route_length(f);
                            self.measured = Some((id, length));
                            length
                        }
                    };
                    route_particulars(ui, shared, f, length, &mut link);
                }
            }
            ui.add_space(6.0);
        }
        if let Some(c) = chosen {
            state.highlight_route(c);
        }
        if let Some(url) = link {
            state.push(Effect::OpenLink(url));
        }
    }
}

/// A `via` entry as words: feature ids in the data (`station-boten`) become the feature's
/// name in the chosen language; plain place names stay as they are.
fn place_name(state: &AppState, item: &str) -> String {
    state
        .atlas()
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
    length: RouteLength,
    link: &mut crate::panels::details::ClickedLink,
) {
    let corridor = f.corridor();
    let route = corridor.and_then(|c| c.route());
    let (from, to) = match corridor.map(|c| &c.detail) {
        Some(Some(Detail::Route(r))) => (r.from.as_str(), r.to.as_str()),
        Some(Some(Detail::Expressway(e))) => (e.from.as_str(), e.to.as_str()),
        Some(Some(Detail::RailwaySection(s))) => (
            s.from.as_deref().unwrap_or_default(),
            s.to.as_deref().unwrap_or_default(),
        ),
        _ => ("", ""),
    };
    let via: Vec<String> = route
        .map(|r| r.via.iter().map(|v| place_name(state, v)).collect())
        .unwrap_or_default();
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let rows = [
            (
                tr("routes-mode"),
                route
                    .and_then(|r| r.mode)
                    .map(|m| i18n::value_word("mode", m.code()))
                    .unwrap_or_default(),
            ),
            (tr("routes-from"), place_name(state, from)),
            (tr("routes-to"), place_name(state, to)),
            (tr("routes-via"), via.join(" → ")),
            (tr("routes-length"), length_text(length)),
            (
                tr("routes-carries"),
                route.map(|r| r.commodities.join(", ")).unwrap_or_default(),
            ),
            (
                tr("routes-opened"),
                corridor
                    .and_then(|c| c.opened)
                    .map(i18n::date_of)
                    .unwrap_or_default(),
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
