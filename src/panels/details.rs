//! Details of the selected feature: names in every script the data has, its facts with
//! value, unit, "as of" date and source, and its links (neighbouring stations, the partner
//! port across the border, what lies in or near a zone).

use crate::app::effect::Effect;
use crate::app::state::AppState;
use crate::data::provenance::{Source, sources_of};
use crate::data::timeline;
use crate::data::{Feature, FeatureId, Lang, LayerKind};
use crate::i18n::{self, Arg, tr, tr_args};
use crate::measure;
use crate::style;
use egui::{RichText, Ui};
use serde_json::Value;

/// Properties the panel shows in their own sections, not in the "Other properties" list.
const SHOWN_ELSEWHERE: &[&str] = &[
    "id",
    "kind",
    "name",
    "name_zh",
    "name_lo",
    "name_th",
    "name_vi",
    "name_my",
    "facts",
    "source",
    "history",
    "note",
    "straight_gap_fills",
    "km_published",
    "border_point",
];

/// How far around a zone to look for ports and stations, metres.
pub const ZONE_NEIGHBOURHOOD_M: f64 = 10_000.0;

/// Characters of a long value shown at first (and added by each "Show more"): a file's 8 MB
/// property laid out whole would freeze the window for seconds on every selection.
pub const LONG_VALUE_CHARS: usize = 2_000;

/// Properties listed at first (and added by each "Show more"): a feature with a million
/// properties must cost a frame what two hundred cost.
pub const PROPERTIES_PAGE: usize = 200;

/// Characters of a title, name or property key shown before it is shortened.
const NAME_CHARS: usize = 200;

/// The Details panel. It keeps only how much of the selected feature's long values and
/// property list the user asked to see; a new selection starts short again.
pub struct DetailsPanel {
    /// The feature the paging below belongs to.
    paged_for: Option<FeatureId>,
    /// How many of the other properties are listed.
    properties_shown: usize,
    /// Characters shown of values the user asked to see more of, by property key.
    value_chars: std::collections::HashMap<String, usize>,
}

impl Default for DetailsPanel {
    fn default() -> Self {
        DetailsPanel {
            paged_for: None,
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
        let Some(id) = state.selection else {
            ui.label(tr("details-hint"));
            return;
        };
        if state.feature(id).is_none() {
            state.select(None);
            return;
        }
        if self.paged_for != Some(id) {
            *self = DetailsPanel {
                paged_for: Some(id),
                ..DetailsPanel::default()
            };
        }
        let mut act = None;
        self.feature_ui(ui, state, id, &mut act);
        match act {
            Some(Act::AddToPlanner(id)) => {
                state.planner.add_feature(&state.atlas, id);
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
        if feature.id.is_some() && ui.button(tr("planner-add")).clicked() {
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
        if let Some(note) = feature.str_prop("note") {
            ui.label(RichText::new(shortened(note, LONG_VALUE_CHARS).0).italics());
        }
        links(ui, state, id, kind, feature, act);
        let mut clicked = None;
        facts(ui, feature, state.window.year, &mut clicked);
        history(ui, feature, state.window.year, &mut clicked);
        self.other_properties(ui, state, feature, kind);
        feature_sources(ui, feature, &mut clicked);
        if let Some(url) = clicked {
            *act = Some(Act::OpenLink(url));
        }
    }

    /// The properties the panel has no section for, as they are in the file: long values
    /// shortened and the list paged, each with a "Show more".
    /// The feature's remaining properties, a page at a time: a user's own file as written
    /// (long values shortened), the atlas's data in words (see [`property_text`]).
    fn other_properties(&mut self, ui: &mut Ui, state: &AppState, f: &Feature, kind: LayerKind) {
        let elsewhere = SHOWN_ELSEWHERE
            .iter()
            .filter(|k| f.properties.contains_key(k))
            .count();
        let total = f.properties.len().saturating_sub(elsewhere);
        if total == 0 {
            return;
        }
        ui.add_space(8.0);
        let heading = if kind == LayerKind::Imported {
            tr("details-properties")
        } else {
            tr("details-more")
        };
        egui::CollapsingHeader::new(RichText::new(heading).strong())
            .default_open(kind == LayerKind::Imported)
            .show(ui, |ui| {
                let rest = f
                    .properties
                    .iter()
                    .filter(|(k, _)| !SHOWN_ELSEWHERE.contains(&k.as_str()))
                    .take(self.properties_shown);
                for (k, v) in rest {
                    let chars = self.value_chars.get(k).copied().unwrap_or(LONG_VALUE_CHARS);
                    let (text, cut) = if kind == LayerKind::Imported {
                        value_preview(v, chars)
                    } else {
                        (property_text(state, k, v), false)
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
                                self.value_chars.insert(k.clone(), chars.saturating_mul(4));
                            }
                            // The whole value is built only when asked for, once.
                            if ui.small_button(tr("details-copy-value")).clicked() {
                                ui.ctx().copy_text(value_text(v));
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

/// The first `max_chars` characters of `text` and whether anything was left out (an ellipsis
/// then ends the text). Costs what the shown part costs, however long `text` is.
pub fn shortened(text: &str, max_chars: usize) -> (String, bool) {
    if text.len() <= max_chars {
        // Never more characters than bytes.
        return (text.to_owned(), false);
    }
    match text.char_indices().nth(max_chars) {
        Some((end, _)) => (format!("{}…", text.get(..end).unwrap_or(text)), true),
        None => (text.to_owned(), false),
    }
}

/// [`value_text`] of at most `max_chars` characters, and whether it was shortened; a huge
/// string, array or object is only read as far as is shown.
pub fn value_preview(v: &Value, max_chars: usize) -> (String, bool) {
    match v {
        Value::String(s) => shortened(s, max_chars),
        Value::Array(items) => {
            let mut out = String::new();
            let mut count = 0;
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                    count += 2;
                }
                let (text, cut) = value_preview(item, max_chars.saturating_sub(count));
                count += text.chars().count();
                out.push_str(&text);
                if cut || (count >= max_chars && i + 1 < items.len()) {
                    let (mut short, _) = shortened(&out, max_chars);
                    if !short.ends_with('…') {
                        short.push('…');
                    }
                    return (short, true);
                }
            }
            (out, false)
        }
        Value::Object(_) => {
            // Written out only up to the limit (4 bytes per character at most).
            let mut buf = Bounded {
                bytes: Vec::new(),
                limit: max_chars.saturating_mul(4).saturating_add(4),
            };
            let complete = serde_json::to_writer(&mut buf, v).is_ok();
            let text = String::from_utf8_lossy(&buf.bytes);
            let (short, cut) = shortened(&text, max_chars);
            (short, cut || !complete)
        }
        _ => (value_text(v), false),
    }
}

/// A writer that takes bytes up to a limit and then refuses, which stops serialising there.
struct Bounded {
    bytes: Vec<u8>,
    limit: usize,
}

impl std::io::Write for Bounded {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let room = self.limit.saturating_sub(self.bytes.len());
        if room == 0 {
            return Err(std::io::Error::other("enough for the preview"));
        }
        let n = buf.len().min(room);
        self.bytes
            .extend_from_slice(buf.get(..n).unwrap_or_default());
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Whether the feature carries words only the data's English gives: a note, facts or
/// history (their text is not translated unless the data carries a translation).
fn written_in_english(f: &Feature) -> bool {
    ["note", "facts", "history"]
        .iter()
        .any(|k| f.properties.contains_key(k))
}

/// What the feature is, in one line: its kind, type, status and opening date (also the
/// presenter's caption card uses it).
pub fn kind_line(kind: LayerKind, f: &Feature) -> String {
    let mut parts = vec![i18n::kind_name(kind)];
    for key in ["zone_type", "port_kind", "mode", "route_number", "status"] {
        if let Some(v) = f.str_prop(key) {
            parts.push(i18n::value_word(key, v));
        }
    }
    if let Some(opened) = f.str_prop("opened") {
        parts.push(tr_args(
            "details-opened",
            &[("date", Arg::from(i18n::date(opened)))],
        ));
    }
    parts.join(" · ")
}

/// Says plainly when what the map shows is not the feature's own sourced position, so
/// nobody at a border post takes a town's coordinate for the station's.
pub fn position_caveat(f: &Feature) -> Option<String> {
    if f.geometry.is_none() {
        Some(tr("details-not-on-map"))
    } else if f.properties.get("approximate").and_then(Value::as_bool) == Some(true) {
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

/// A property or fact value in plain words (numbers as the interface language writes them).
pub fn value_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n
            .as_f64()
            .map(format_number)
            .unwrap_or_else(|| n.to_string()),
        Value::Bool(true) => tr("value-yes"),
        Value::Bool(false) => tr("value-no"),
        Value::Null => "—".to_owned(),
        Value::Array(items) => items.iter().map(value_text).collect::<Vec<_>>().join(", "),
        Value::Object(_) => v.to_string(),
    }
}

/// Numbers as people of the interface language write them: thousands grouped, no
/// trailing ".0" (see [`i18n::number`]).
pub fn format_number(x: f64) -> String {
    i18n::number(x)
}

/// A link the user clicked in this frame, for the shell to open (see `Effect::OpenLink`).
pub type ClickedLink = Option<String>;

fn source_widget(ui: &mut Ui, source: &str, clicked: &mut ClickedLink) {
    match Source::parse(source) {
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
    let Some(Value::Array(facts)) = f.properties.get("facts") else {
        return;
    };
    if facts.is_empty() {
        return;
    }
    ui.add_space(8.0);
    ui.label(RichText::new(tr("details-facts")).strong());
    let (known, later): (Vec<&Value>, Vec<&Value>) = facts
        .iter()
        .partition(|fact| timeline::known_by(fact.get("as_of").and_then(Value::as_str), year));
    if let Some(args) = left_out(later.len(), year) {
        left_out_line(ui, tr_args("details-later-facts", &args));
    }
    for fact in known {
        let label = fact.get("label").map(value_text).unwrap_or_default();
        let mut value = fact.get("value").map(value_text).unwrap_or_default();
        if let Some(unit) = fact.get("unit").and_then(Value::as_str)
            && !unit.is_empty()
        {
            value = format!("{value} {}", i18n::unit(unit));
        }
        let as_of = fact
            .get("as_of")
            .and_then(Value::as_str)
            .map(i18n::date)
            .unwrap_or_else(|| tr("details-date-unknown"));
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(label).color(style::ui::LABEL_MINOR));
                ui.label(RichText::new(value).strong());
            });
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new(tr_args("details-as-of", &[("date", Arg::from(as_of))])).small(),
                );
                for s in sources_of(fact.get("source")) {
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
    let Some(Value::Array(events)) = f.properties.get("history") else {
        return;
    };
    if events.is_empty() {
        return;
    }
    ui.add_space(8.0);
    ui.label(RichText::new(tr("details-history")).strong());
    let (happened, later): (Vec<&Value>, Vec<&Value>) = events
        .iter()
        .partition(|e| timeline::known_by(e.get("date").and_then(Value::as_str), year));
    for e in happened {
        let date = e
            .get("date")
            .and_then(Value::as_str)
            .map(i18n::date)
            .unwrap_or_default();
        let what = e.get("event").map(value_text).unwrap_or_default();
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(date).strong());
            ui.label(what);
            for s in sources_of(e.get("source")) {
                source_widget(ui, s, clicked);
            }
        });
    }
    if let Some(args) = left_out(later.len(), year) {
        left_out_line(ui, tr_args("details-later-history", &args));
    }
}

/// A property of the atlas's data in the words of the interface: country codes as
/// country names, ids of other features (`station-yuxi`) as their names, the railway's id
/// as its name and coded values (`cbecz`) as words, so no panel shows an internal code.
pub fn property_text(state: &AppState, key: &str, v: &Value) -> String {
    let word = |s: &str| match key {
        "country" | "countries" => i18n::country_name(s),
        "border" => i18n::border_name(s),
        "line" if s == crate::app::state::CHINA_LAOS_RAILWAY => {
            i18n::layer_name(LayerKind::Railway)
        }
        _ => state
            .atlas
            .find_by_id(s)
            .and_then(|id| state.feature(id))
            .and_then(|f| f.name(state.lang))
            .map(str::to_owned)
            .unwrap_or_else(|| i18n::value_word(key, s)),
    };
    match v {
        Value::String(s) => word(s),
        Value::Array(items) => items
            .iter()
            .map(|item| match item {
                Value::String(s) => word(s),
                other => value_text(other),
            })
            .collect::<Vec<_>>()
            .join(", "),
        other => value_text(other),
    }
}

fn feature_sources(ui: &mut Ui, f: &Feature, clicked: &mut ClickedLink) {
    let sources = sources_of(f.properties.get("source"));
    if sources.is_empty() {
        return;
    }
    ui.add_space(8.0);
    ui.label(RichText::new(tr("details-sources")).strong());
    for s in sources {
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
    act: &mut Option<Act>,
) {
    match kind {
        LayerKind::Station => station_links(ui, state, id, f, act),
        LayerKind::Port => {
            if let Some(partner) = f
                .str_prop("partner")
                .and_then(|p| state.atlas.find_by_id(p))
            {
                ui.add_space(6.0);
                ui.label(RichText::new(tr("details-partner-port")).strong());
                let distance = match (
                    measure::anchor(f),
                    state.feature(partner).and_then(measure::anchor),
                ) {
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
        LayerKind::Zone => zone_links(ui, state, f, act),
        LayerKind::Route | LayerKind::Railway | LayerKind::Expressway => {
            if let Some(g) = &f.geometry {
                let m = measure::geodesic_length_m(g);
                if m > 0.0 {
                    ui.label(tr_args(
                        "details-drawn-length",
                        &[("distance", Arg::from(i18n::distance(m)))],
                    ));
                }
            }
            if kind == LayerKind::Railway {
                section_notes(ui, state, f);
            }
        }
        _ => {}
    }
}

/// What a careful reader of a railway section should know about how it is drawn: its
/// straight gap fills and the border point on it.
fn section_notes(ui: &mut Ui, state: &AppState, f: &Feature) {
    if let Some(Value::Array(fills)) = f.properties.get("straight_gap_fills")
        && !fills.is_empty()
    {
        let km: f64 = fills
            .iter()
            .filter_map(|x| x.get("length_km").and_then(Value::as_f64))
            .sum();
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
    if let Some(Value::Array(c)) = f
        .properties
        .get("border_point")
        .and_then(|b| b.get("coordinates"))
        && let (Some(x), Some(y)) = (
            c.first().and_then(Value::as_f64),
            c.get(1).and_then(Value::as_f64),
        )
        && let Some(on) = state.railway().locate(geo::Coord { x, y })
    {
        ui.label(tr_args(
            "details-border-point",
            &[("km", Arg::from((on.along_m / 100.0).round() / 10.0))],
        ));
    }
}

fn station_links(ui: &mut Ui, state: &AppState, id: FeatureId, f: &Feature, act: &mut Option<Act>) {
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
    let published = f.properties.get("km_published");
    let from_id = published
        .and_then(|p| p.get("from"))
        .and_then(Value::as_str)
        .and_then(|s| state.atlas.find_by_id(s));
    if let (Some(p), Some(from)) = (published, from_id)
        && let Some(value) = p.get("value").and_then(Value::as_f64)
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
                ("published", Arg::from(value)),
                ("from", Arg::from(&from_name)),
                ("drawn", Arg::from(round1(drawn))),
                ("difference", Arg::from(format!("{:+.1}", drawn - value))),
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

/// Ports and stations inside a zone or within [`ZONE_NEIGHBOURHOOD_M`] of it.
pub fn near_zone(state: &AppState, zone: &Feature) -> Vec<(FeatureId, f64)> {
    let Some(g) = &zone.geometry else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for layer in state.atlas.layers() {
        if !matches!(layer.kind, LayerKind::Port | LayerKind::Station) {
            continue;
        }
        for (i, f) in layer.features.iter().enumerate() {
            let Some(p) = measure::anchor(f) else {
                continue;
            };
            let d = measure::distance_to_geometry_m(p, g);
            if d <= ZONE_NEIGHBOURHOOD_M {
                out.push((
                    FeatureId {
                        layer: layer.id,
                        index: i as u32,
                    },
                    d,
                ));
            }
        }
    }
    out.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
    out
}

fn zone_links(ui: &mut Ui, state: &AppState, f: &Feature, act: &mut Option<Act>) {
    let near = near_zone(state, f);
    if near.is_empty() {
        return;
    }
    ui.add_space(6.0);
    ui.label(RichText::new(tr("details-near-zone")).strong());
    for (id, d) in near {
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
        parsed.features.remove(0)
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

    #[test]
    fn a_huge_property_is_shortened_to_its_first_characters() {
        let huge = Value::String("ສ".repeat(8_000_000));
        let (text, cut) = value_preview(&huge, LONG_VALUE_CHARS);
        assert!(cut);
        assert_eq!(
            text.chars().count(),
            LONG_VALUE_CHARS + 1,
            "the text and an ellipsis"
        );
        assert!(text.ends_with('…'));
        let short = Value::String("Boten".into());
        assert_eq!(
            value_preview(&short, LONG_VALUE_CHARS),
            ("Boten".into(), false)
        );
    }

    #[test]
    fn huge_arrays_and_objects_are_read_only_as_far_as_shown() {
        let array = Value::Array((0..1_000_000).map(Value::from).collect());
        let (text, cut) = value_preview(&array, 50);
        assert!(cut);
        assert!(text.chars().count() <= 51, "{text}");
        assert!(text.starts_with("0, 1, 2"), "{text}");
        let mut map = serde_json::Map::new();
        for i in 0..100_000 {
            map.insert(format!("k{i}"), Value::from(i));
        }
        let (text, cut) = value_preview(&Value::Object(map), 50);
        assert!(cut);
        assert!(text.starts_with("{\"k0\":0"), "{text}");
        assert!(text.chars().count() <= 51, "{text}");
        let small = serde_json::json!({"a": [1, 2]});
        assert_eq!(value_preview(&small, 50), (small.to_string(), false));
    }
}
