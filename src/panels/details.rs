//! Details of the selected feature: names in every script the data has, its facts with
//! value, unit, "as of" date and source, and its links (neighbouring stations, the partner
//! port across the border, what lies in or near a zone).

use crate::data::properties::PropertyList;
use crate::data::provenance::{Citation, Source};
use crate::data::schema::{Corridor, Fact};
use crate::data::timeline;
use crate::data::{Feature, FeatureId, Lang, LayerKind};
use crate::i18n::{self, Arg, tr, tr_args};
use crate::measure::{self, FeatureMeasures};
use crate::state::{AppState, Effect};
use crate::style;
use egui::{RichText, Ui};

pub use crate::data::properties::shortened;

/// Characters of a long value shown at first (and added by each "Show more"): a file's 8 MB
/// property laid out whole would freeze the window for seconds on every selection.
pub const LONG_VALUE_CHARS: usize = 2_000;

/// Properties listed at first (and added by each "Show more"): a feature with a million
/// properties must cost a frame what two hundred cost.
pub const PROPERTIES_PAGE: usize = 200;

/// Characters of a title, name or property key shown before it is shortened.
const NAME_CHARS: usize = 200;

/// The Details panel. It keeps how much of the selected feature's long values and property
/// list the user asked to see, and what was measured of it when it was selected; a new
/// selection starts short again and is measured once.
pub struct DetailsPanel {
    /// The feature the paging and measures below belong to.
    paged_for: Option<FeatureId>,
    /// Its neighbourhood and lengths ([`FeatureMeasures`]), measured once per selection.
    measures: FeatureMeasures,
    /// Its other properties, parsed once per selection (features keep them as text).
    listed: PropertyList,
    /// How many of the other properties are listed.
    properties_shown: usize,
    /// Characters shown of values the user asked to see more of, by property key.
    value_chars: std::collections::HashMap<String, usize>,
}

impl Default for DetailsPanel {
    fn default() -> Self {
        DetailsPanel {
            paged_for: None,
            measures: FeatureMeasures::default(),
            listed: PropertyList::default(),
            properties_shown: PROPERTIES_PAGE,
            value_chars: std::collections::HashMap::new(),
        }
    }
}

/// What a click in the panel asks for, done once the panel no longer borrows the feature
/// (so the feature is read in place, never copied per frame).
enum Act {
    AddToPlanner(FeatureId),
    SelectAndFly(FeatureId),
    OpenLink(String),
}

impl DetailsPanel {
    /// Shows the selected feature, or a hint when nothing is selected.
    pub fn ui(&mut self, ui: &mut Ui, state: &mut AppState) {
        let Some(id) = state.selection() else {
            ui.label(tr("details-hint"));
            return;
        };
        if state.feature(id).is_none() {
            state.select(None);
            return;
        }
        if self.paged_for != Some(id) {
            let kind = state.kind_of(id).unwrap_or(LayerKind::Imported);
            *self = DetailsPanel {
                paged_for: Some(id),
                measures: FeatureMeasures::of(state.atlas(), state.railway(), id, kind),
                listed: state
                    .feature(id)
                    .map(Feature::property_list)
                    .unwrap_or_default(),
                ..DetailsPanel::default()
            };
        }
        let mut act = None;
        self.feature_ui(ui, state, id, &mut act);
        match act {
            Some(Act::AddToPlanner(id)) => {
                state.add_to_trip(id);
            }
            Some(Act::SelectAndFly(id)) => state.select_and_fly(id),
            Some(Act::OpenLink(url)) => state.push(Effect::OpenLink(url)),
            None => {}
        }
    }

    fn feature_ui(&mut self, ui: &mut Ui, state: &AppState, id: FeatureId, act: &mut Option<Act>) {
        let Some(feature) = state.feature(id) else {
            return;
        };
        let kind = state.kind_of(id).unwrap_or(LayerKind::Imported);
        let title = match feature.name(state.lang) {
            Some(name) => shortened(name, NAME_CHARS).0,
            None => tr("unnamed"),
        };
        ui.heading(RichText::new(title).strong());
        if feature.id().is_some() && ui.button(tr("planner-add")).clicked() {
            *act = Some(Act::AddToPlanner(id));
        }
        ui.label(RichText::new(kind_line(kind, feature)).color(style::ui::LABEL_MINOR));
        if let (Some(year), Some(life)) = (state.window.year, state.lifecycles().get(id)) {
            let stage = life.stage_in(year).status_value();
            ui.label(
                RichText::new(tr_args(
                    "details-in-year",
                    &[
                        ("year", Arg::from(year.to_string())),
                        ("status", Arg::from(i18n::value_word("status", stage))),
                    ],
                ))
                .strong(),
            );
        }
        if let Some(caveat) = position_caveat(feature) {
            ui.label(RichText::new(caveat).strong().color(style::ui::WARNING));
        }
        ui.add_space(4.0);
        names(ui, feature, state.lang);
        if state.lang != Lang::En && written_in_english(feature) {
            ui.label(
                RichText::new(tr("details-data-in-english"))
                    .small()
                    .color(style::ui::LABEL_MINOR),
            );
        }
        let corridor = feature.corridor();
        if let Some(note) = corridor.and_then(|c| c.note.as_deref()) {
            ui.label(RichText::new(shortened(note, LONG_VALUE_CHARS).0).italics());
        }
        links(ui, state, id, kind, feature, &self.measures, act);
        let mut clicked = None;
        facts(ui, feature, state.window.year, &mut clicked);
        history(ui, feature, state.window.year, &mut clicked);
        self.other_properties(ui, state, kind);
        feature_sources(ui, feature, &mut clicked);
        if let Some(url) = clicked {
            *act = Some(Act::OpenLink(url));
        }
    }

    /// The feature's remaining properties, a page at a time: a user's own file as written
    /// (long values shortened), the atlas's data in words (see
    /// [`crate::data::properties::PropertyRow::words`]).
    fn other_properties(&mut self, ui: &mut Ui, state: &AppState, kind: LayerKind) {
        let total = self.listed.len();
        if total == 0 {
            return;
        }
        // A user's file is shown as written, even when it follows the corridor schema; the
        // atlas's own data in words.
        let builtin = kind != LayerKind::Imported;
        ui.add_space(8.0);
        let heading = if builtin {
            tr("details-more")
        } else {
            tr("details-properties")
        };
        let name_of = |s: &str| {
            state
                .atlas()
                .find_by_id(s)
                .and_then(|id| state.feature(id))
                .and_then(|f| f.name(state.lang))
                .map(str::to_owned)
        };
        egui::CollapsingHeader::new(RichText::new(heading).strong())
            .default_open(!builtin)
            .show(ui, |ui| {
                for row in self.listed.rows().take(self.properties_shown) {
                    let k = row.key();
                    let chars = self.value_chars.get(k).copied().unwrap_or(LONG_VALUE_CHARS);
                    let (text, cut) = if builtin {
                        (row.words(&name_of), false)
                    } else {
                        row.preview(chars)
                    };
                    ui.horizontal_wrapped(|ui| {
                        let key = shortened(k, NAME_CHARS).0.replace('_', " ");
                        ui.label(RichText::new(key).color(style::ui::LABEL_MINOR));
                        ui.label(text);
                    });
                    if cut {
                        ui.horizontal_wrapped(|ui| {
                            ui.label(
                                RichText::new(tr_args(
                                    "details-value-shortened",
                                    &[("shown", Arg::from(chars))],
                                ))
                                .small()
                                .color(style::ui::LABEL_MINOR),
                            );
                            if ui.small_button(tr("details-show-more")).clicked() {
                                self.value_chars
                                    .insert(k.to_owned(), chars.saturating_mul(4));
                            }
                            // The whole value is built only when asked for, once.
                            if ui.small_button(tr("details-copy-value")).clicked() {
                                ui.ctx().copy_text(row.full_text());
                            }
                        });
                    }
                }
                if total > self.properties_shown {
                    ui.horizontal_wrapped(|ui| {
                        ui.label(
                            RichText::new(tr_args(
                                "details-properties-paged",
                                &[
                                    ("shown", Arg::from(self.properties_shown)),
                                    ("total", Arg::from(total)),
                                ],
                            ))
                            .small()
                            .color(style::ui::LABEL_MINOR),
                        );
                        if ui.small_button(tr("details-show-more")).clicked() {
                            self.properties_shown =
                                self.properties_shown.saturating_add(PROPERTIES_PAGE);
                        }
                    });
                }
            });
    }
}

/// Whether the feature carries words only the data's English gives: a note, facts or
/// history (their text is not translated unless the data carries a translation).
fn written_in_english(f: &Feature) -> bool {
    f.corridor()
        .is_some_and(|c| c.note.is_some() || !c.facts.is_empty() || !c.history.is_empty())
}

/// What the feature is, in one line: its kind, type, status and opening date (also the
/// presenter's caption card uses it).
pub fn kind_line(kind: LayerKind, f: &Feature) -> String {
    let mut parts = vec![i18n::kind_name(kind)];
    let Some(c) = f.corridor() else {
        return parts.join(" · ");
    };
    for (key, v) in type_words(c) {
        parts.push(i18n::value_word(key, v));
    }
    if let Some(opened) = c.opened {
        parts.push(tr_args(
            "details-opened",
            &[("date", Arg::from(i18n::date_of(opened)))],
        ));
    }
    parts.join(" · ")
}

/// The coded values that say what sort of thing a feature is, with the property each is
/// the value of (for [`i18n::value_word`]): zone type, port kind, route mode, road number,
/// status, in that order.
pub fn type_words(c: &Corridor) -> Vec<(&'static str, &str)> {
    let zone_type = c.zone().and_then(|z| z.zone_type).map(|t| t.code());
    let port_kind = c.port().and_then(|p| p.port_kind).map(|k| k.code());
    let mode = c.route().and_then(|r| r.mode).map(|m| m.code());
    let number = c.expressway().and_then(|e| e.route_number.as_deref());
    let status = c.status.map(|s| s.code());
    [
        ("zone_type", zone_type),
        ("port_kind", port_kind),
        ("mode", mode),
        ("route_number", number),
        ("status", status),
    ]
    .into_iter()
    .filter_map(|(k, v)| Some((k, v?)))
    .collect()
}

/// Says plainly when what the map shows is not the feature's own sourced position, so
/// nobody at a border post takes a town's coordinate for the station's.
pub fn position_caveat(f: &Feature) -> Option<String> {
    if f.geometry.is_none() {
        Some(tr("details-not-on-map"))
    } else if f.corridor().is_some_and(|c| c.approximate) {
        Some(tr("details-approximate"))
    } else {
        None
    }
}

fn names(ui: &mut Ui, f: &Feature, lang: Lang) {
    let names = f.names();
    if names.len() <= 1 {
        return;
    }
    for (l, name) in names {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(l.label()).color(style::ui::LABEL_MINOR));
            let text = RichText::new(shortened(name, NAME_CHARS).0);
            ui.label(if l == lang { text.strong() } else { text });
        });
    }
}

/// Numbers as people of the interface language write them: thousands grouped, no
/// trailing ".0" (see [`i18n::number`]).
pub fn format_number(x: f64) -> String {
    i18n::number(x)
}

/// A link the user clicked in this frame, for the shell to open (see `Effect::OpenLink`).
pub type ClickedLink = Option<String>;

fn source_widget(ui: &mut Ui, source: &Citation, clicked: &mut ClickedLink) {
    match source.source() {
        Source::Url(url) => {
            let link = egui::Link::new(Source::Url(url).short());
            let response = ui
                .add(link)
                .on_hover_text(tr_args("details-link-hover", &[("url", Arg::from(url))]));
            if response.clicked() {
                *clicked = Some(url.to_owned());
            }
            response.context_menu(|ui| {
                if ui.button(tr("details-copy-link")).clicked() {
                    ui.ctx().copy_text(url.to_owned());
                    ui.close();
                }
            });
        }
        s @ Source::Seed(doc) => {
            ui.label(RichText::new(s.short()).small())
                .on_hover_text(tr_args(
                    "details-seed-document",
                    &[
                        ("title", Arg::from(doc.title)),
                        ("date", Arg::from(i18n::date(doc.date))),
                        ("file", Arg::from(doc.file)),
                    ],
                ));
        }
        s @ Source::Other(_) => {
            ui.label(RichText::new(s.short()).small());
        }
    }
}

/// The facts of a feature, one block each: label, value with unit, and "as of" date with
/// its sources underneath, so long source titles wrap instead of widening the panel.
/// With the timeline at `year`, figures dated later are left out and counted, so the
/// panel tells the corridor as it was known then.
pub fn facts(ui: &mut Ui, f: &Feature, year: Option<i32>, clicked: &mut ClickedLink) {
    let Some(c) = f.corridor() else {
        return;
    };
    if c.facts.is_empty() {
        return;
    }
    ui.add_space(8.0);
    ui.label(RichText::new(tr("details-facts")).strong());
    let (known, later): (Vec<&Fact>, Vec<&Fact>) = c
        .facts
        .iter()
        .partition(|fact| timeline::known_at(fact.as_of, year));
    if let Some(args) = left_out(later.len(), year) {
        left_out_line(ui, tr_args("details-later-facts", &args));
    }
    for fact in known {
        let value = fact.value_with_unit();
        let as_of = fact
            .as_of
            .map(i18n::date_of)
            .unwrap_or_else(|| tr("details-date-unknown"));
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(fact.label.as_str()).color(style::ui::LABEL_MINOR));
                ui.label(RichText::new(value).strong());
            });
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new(tr_args("details-as-of", &[("date", Arg::from(as_of))])).small(),
                );
                for s in &fact.sources {
                    source_widget(ui, s, clicked);
                }
            });
        });
    }
}

/// The count and year of dated items the timeline's year leaves out, for their message;
/// `None` when nothing is left out.
fn left_out(count: usize, year: Option<i32>) -> Option<[(&'static str, Arg); 2]> {
    let year = year.filter(|_| count > 0)?;
    Some([
        ("count", Arg::from(count)),
        ("year", Arg::from(year.to_string())),
    ])
}

/// Says, in small print, what the timeline leaves out.
fn left_out_line(ui: &mut Ui, text: String) {
    ui.label(RichText::new(text).small().color(style::ui::LABEL_MINOR));
}

/// The history of a feature, event by event; with the timeline at `year`, only what had
/// happened by then.
fn history(ui: &mut Ui, f: &Feature, year: Option<i32>, clicked: &mut ClickedLink) {
    let Some(c) = f.corridor() else {
        return;
    };
    if c.history.is_empty() {
        return;
    }
    ui.add_space(8.0);
    ui.label(RichText::new(tr("details-history")).strong());
    let (happened, later): (Vec<_>, Vec<_>) = c
        .history
        .iter()
        .partition(|e| timeline::known_at(e.date, year));
    for e in happened {
        let date = e.date.map(i18n::date_of).unwrap_or_default();
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(date).strong());
            ui.label(e.event.as_str());
            for s in &e.sources {
                source_widget(ui, s, clicked);
            }
        });
    }
    if let Some(args) = left_out(later.len(), year) {
        left_out_line(ui, tr_args("details-later-history", &args));
    }
}

fn feature_sources(ui: &mut Ui, f: &Feature, clicked: &mut ClickedLink) {
    let Some(c) = f.corridor().filter(|c| !c.sources.is_empty()) else {
        return;
    };
    ui.add_space(8.0);
    ui.label(RichText::new(tr("details-sources")).strong());
    for s in &c.sources {
        source_widget(ui, s, clicked);
    }
}

/// Clickable name of another feature; a click selects it and flies there.
fn feature_link(ui: &mut Ui, state: &AppState, id: FeatureId, suffix: &str, act: &mut Option<Act>) {
    let name = state
        .feature(id)
        .and_then(|f| f.name(state.lang))
        .map(str::to_owned)
        .unwrap_or_else(|| tr("unnamed"));
    ui.horizontal(|ui| {
        if ui.link(shortened(&name, NAME_CHARS).0).clicked() {
            *act = Some(Act::SelectAndFly(id));
        }
        if !suffix.is_empty() {
            ui.label(suffix);
        }
    });
}

fn links(
    ui: &mut Ui,
    state: &AppState,
    id: FeatureId,
    kind: LayerKind,
    f: &Feature,
    measures: &FeatureMeasures,
    act: &mut Option<Act>,
) {
    let corridor = f.corridor();
    match kind {
        LayerKind::Station => station_links(ui, state, id, corridor, act),
        LayerKind::Port => {
            if let Some(partner) = corridor
                .and_then(|c| c.port())
                .and_then(|p| p.partner.as_deref())
                .and_then(|p| state.atlas().find_by_id(p))
            {
                ui.add_space(6.0);
                ui.label(RichText::new(tr("details-partner-port")).strong());
                let distance = match (f.anchor(), state.feature(partner).and_then(Feature::anchor))
                {
                    (Some(a), Some(b)) => tr_args(
                        "details-distance-away",
                        &[(
                            "distance",
                            Arg::from(i18n::distance(measure::distance_m(a, b))),
                        )],
                    ),
                    _ => String::new(),
                };
                feature_link(ui, state, partner, &distance, act);
            }
        }
        LayerKind::Zone => zone_links(ui, state, &measures.near, act),
        LayerKind::Route | LayerKind::Railway | LayerKind::Expressway => {
            if let Some(m) = measures.drawn_m
                && m > 0.0
            {
                ui.label(tr_args(
                    "details-drawn-length",
                    &[("distance", Arg::from(i18n::distance(m)))],
                ));
            }
            if kind == LayerKind::Railway {
                section_notes(ui, corridor, measures);
            }
        }
        _ => {}
    }
}

/// What a careful reader of a railway section should know about how it is drawn: its
/// straight gap fills and the border point on it.
fn section_notes(ui: &mut Ui, corridor: Option<&Corridor>, measures: &FeatureMeasures) {
    if let Some(fills) = corridor
        .and_then(|c| c.section())
        .map(|s| &s.gap_fills)
        .filter(|fills| !fills.is_empty())
    {
        let km: f64 = fills.iter().map(|g| g.length_km).sum();
        ui.label(
            RichText::new(tr_args(
                "details-gap-fills",
                &[
                    ("count", Arg::from(fills.len())),
                    ("km", Arg::from((km * 10.0).round() / 10.0)),
                ],
            ))
            .color(style::ui::WARNING),
        );
    }
    if let Some(along_m) = measures.border_along_m {
        ui.label(tr_args(
            "details-border-point",
            &[("km", Arg::from((along_m / 100.0).round() / 10.0))],
        ));
    }
}

fn station_links(
    ui: &mut Ui,
    state: &AppState,
    id: FeatureId,
    corridor: Option<&Corridor>,
    act: &mut Option<Act>,
) {
    let stops = state.stations();
    let Some(km) = stops.iter().find(|s| s.id == id).map(|s| s.km) else {
        return;
    };
    let round1 = |x: f64| (x * 10.0).round() / 10.0;
    ui.add_space(6.0);
    ui.label(tr_args(
        "details-chainage",
        &[("km", Arg::from(round1(km)))],
    ));
    let published = corridor
        .and_then(|c| c.station())
        .and_then(|s| s.km_published.as_ref());
    if let Some(p) = published
        && let Some(from) = state.atlas().find_by_id(&p.from)
        && let Some(from_km) = stops.iter().find(|s| s.id == from).map(|s| s.km)
    {
        let from_name = state
            .feature(from)
            .and_then(|g| g.name(state.lang))
            .unwrap_or("?")
            .to_owned();
        let drawn = km - from_km;
        ui.label(tr_args(
            "details-published-km",
            &[
                ("published", Arg::from(p.value)),
                ("from", Arg::from(&from_name)),
                ("drawn", Arg::from(round1(drawn))),
                ("difference", Arg::from(format!("{:+.1}", drawn - p.value))),
            ],
        ));
    }
    let (prev, next) = measure::neighbours(state.stations(), id);
    if let Some((p, d)) = prev {
        ui.horizontal(|ui| {
            ui.label(tr("details-previous"));
            feature_link(ui, state, p, &i18n::km(round1(d)), act);
        });
    }
    if let Some((n, d)) = next {
        ui.horizontal(|ui| {
            ui.label(tr("details-next"));
            feature_link(ui, state, n, &i18n::km(round1(d)), act);
        });
    }
}

fn zone_links(ui: &mut Ui, state: &AppState, near: &[(FeatureId, f64)], act: &mut Option<Act>) {
    if near.is_empty() {
        return;
    }
    ui.add_space(6.0);
    ui.label(RichText::new(tr("details-near-zone")).strong());
    for &(id, d) in near {
        let suffix = if d == 0.0 {
            tr("details-inside")
        } else {
            tr_args(
                "details-distance-in-brackets",
                &[("distance", Arg::from(i18n::distance(d)))],
            )
        };
        feature_link(ui, state, id, &suffix, act);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_and_trimmed() {
        assert_eq!(format_number(61530000000.0), "61,530,000,000");
        assert_eq!(format_number(16.4), "16.4");
        assert_eq!(format_number(-58.2), "-58.2");
        assert_eq!(format_number(1022.0), "1,022");
    }

    fn feature(geometry: &str, properties: &str) -> Feature {
        let text =
            format!(r#"{{"type":"Feature","geometry":{geometry},"properties":{properties}}}"#);
        let mut parsed = crate::data::load::parse_geojson(text.as_bytes()).expect("parses");
        let mut f = parsed.features.remove(0);
        crate::data::with_schema(&mut f);
        f
    }

    #[test]
    fn a_feature_without_position_or_with_a_town_position_says_so() {
        let point = r#"{"type":"Point","coordinates":[101.67,21.15]}"#;
        let exact = feature(point, r#"{"name":"Boten"}"#);
        assert_eq!(position_caveat(&exact), None);
        let town = feature(point, r#"{"name":"Kasi","approximate":true}"#);
        assert!(position_caveat(&town).is_some_and(|t| t.starts_with("Approximate")));
        let nowhere = feature("null", r#"{"name":"Mohan"}"#);
        assert!(position_caveat(&nowhere).is_some_and(|t| t.starts_with("Not on the map")));
        let not_approximate = feature(point, r#"{"name":"X","approximate":false}"#);
        assert_eq!(position_caveat(&not_approximate), None);
    }
}
