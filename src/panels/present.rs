//! What presenter mode and tours draw over the map for a room: the caption card (the
//! selected feature's key facts, or the tour stop's caption), the timeline bar, and a small
//! legend on the map. Unlike the side panels these are boxes over the map, so they are
//! functions of the map's rectangle; each notes the box it covers ([`cover_map`]) so the
//! map's labels keep clear of it next frame.
//!
//! What they draw is plain data in the state ([`crate::state::WindowState`]: presenter
//! mode, the tour, the timeline's year); the shell lays the window out from the same data.

use crate::data::timeline;
use crate::data::tour::{self, TourPlayer};
use crate::data::{Feature, LayerKind};
use crate::i18n::{self, Arg, tr, tr_args};
use crate::state::{AppState, WindowState};
use crate::style;
use egui::{Color32, RichText};

/// The facts of a feature worth a line on the caption card: its first `max` facts, each
/// as "label: value unit (as of date)"; with the timeline at `year`, only figures known
/// by then.
pub fn key_facts(f: &Feature, max: usize, year: Option<i32>) -> Vec<String> {
    let Some(c) = f.corridor() else {
        return Vec::new();
    };
    c.facts
        .iter()
        .filter(|fact| timeline::known_at(fact.as_of, year))
        .map(|fact| {
            let label = fact.label.as_str();
            let value = fact.value_with_unit();
            match fact.as_of {
                Some(date) => tr_args(
                    "presenter-fact",
                    &[
                        ("label", Arg::from(label)),
                        ("value", Arg::from(value)),
                        ("date", Arg::from(i18n::date_of(date))),
                    ],
                ),
                None => format!("{label}: {value}"),
            }
        })
        .take(max)
        .collect()
}

/// Where this frame's boxes over the map (caption card, timeline bar, legend) are kept,
/// so the next frame's map labels go where they are not covered.
fn covered_id() -> egui::Id {
    egui::Id::unique("mekong-atlas: boxes over the map")
}

/// Notes a box drawn over the map.
pub fn cover_map(ctx: &egui::Context, rect: egui::Rect) {
    ctx.data_mut(|d| {
        d.get_temp_mut_or_default::<Vec<egui::Rect>>(covered_id())
            .push(rect);
    });
}

/// The boxes drawn over the map since the last call (the previous frame's), which the
/// map's labels keep clear of.
pub fn take_map_covers(ctx: &egui::Context) -> Vec<egui::Rect> {
    ctx.data_mut(|d| std::mem::take(d.get_temp_mut_or_default::<Vec<egui::Rect>>(covered_id())))
}

/// What the caption card shows: a headline, a line under it and a few facts.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Caption {
    /// Large headline (the feature's name or the tour stop's title).
    pub title: String,
    /// One line under the headline (what the feature is).
    pub subtitle: String,
    /// Body lines (key facts, or the stop's caption).
    pub lines: Vec<String>,
    /// Small print at the foot (sources, the stop number).
    pub foot: String,
}

/// The caption of a selected feature: its name, what it is, its first facts (those known
/// in the timeline's `year`, when it is on).
pub fn feature_caption(
    f: &Feature,
    kind: LayerKind,
    lang: crate::data::Lang,
    year: Option<i32>,
) -> Caption {
    Caption {
        title: f
            .name(lang)
            .map(str::to_owned)
            .unwrap_or_else(|| tr("unnamed")),
        subtitle: crate::panels::details::kind_line(kind, f),
        lines: key_facts(f, 3, year),
        foot: String::new(),
    }
}

/// Draws the caption card at the bottom-left of the map `rect`, above the scale bar, in
/// text sized for the room (`scale`).
pub fn caption_card(ui: &egui::Ui, rect: egui::Rect, caption: &Caption, scale: f32) {
    let width = (rect.width() * 0.45).clamp(280.0, 900.0);
    let shown = egui::Area::new(egui::Id::unique("presenter caption"))
        .order(egui::Order::Foreground)
        .pivot(egui::Align2::LEFT_BOTTOM)
        .fixed_pos(rect.left_bottom() + egui::vec2(16.0, -48.0 * scale))
        .interactable(false)
        .show(ui.ctx(), |ui| {
            egui::Frame::new()
                .fill(style::CAPTION_FILL)
                .stroke(egui::Stroke::new(2.0, style::CAPTION_STROKE))
                .corner_radius(6.0)
                .inner_margin(egui::Margin::same((12.0 * scale) as i8))
                .show(ui, |ui| {
                    ui.set_max_width(width);
                    let size = style::text::CAPTION * scale.sqrt();
                    ui.add(
                        egui::Label::new(
                            RichText::new(&caption.title)
                                .size(size)
                                .strong()
                                .color(style::CAPTION_TITLE),
                        )
                        .wrap(),
                    );
                    if !caption.subtitle.is_empty() {
                        ui.add(
                            egui::Label::new(
                                RichText::new(&caption.subtitle)
                                    .size(size * 0.62)
                                    .color(style::ui::LABEL_MINOR),
                            )
                            .wrap(),
                        );
                    }
                    for line in &caption.lines {
                        ui.add(
                            egui::Label::new(
                                RichText::new(line)
                                    .size(size * 0.72)
                                    .color(style::ui::LABEL),
                            )
                            .wrap(),
                        );
                    }
                    if !caption.foot.is_empty() {
                        ui.add(
                            egui::Label::new(
                                RichText::new(&caption.foot)
                                    .size(size * 0.5)
                                    .color(style::ui::LABEL_MINOR),
                            )
                            .wrap(),
                        );
                    }
                });
        });
    cover_map(ui.ctx(), shown.response.rect);
}

/// The caption of the tour's current stop: its title, where it is in the tour, what to
/// say, and its sources with their date.
pub fn stop_caption(player: &TourPlayer, lang: crate::data::Lang) -> Option<Caption> {
    let stop = player.current()?;
    let mut foot = stop.source.join(" · ");
    if let Some(date) = &stop.as_of {
        foot = tr_args(
            "tour-sources",
            &[
                ("sources", Arg::from(foot)),
                ("date", Arg::from(i18n::date(date))),
            ],
        );
    }
    Some(Caption {
        title: tour::text_in(&stop.title, lang),
        subtitle: tr_args(
            "tour-stop-of",
            &[
                ("tour", Arg::from(tour::text_in(&player.tour.title, lang))),
                ("stop", Arg::from(player.stop + 1)),
                ("count", Arg::from(player.tour.stops.len())),
            ],
        ),
        lines: vec![tour::text_in(&stop.caption, lang)],
        foot,
    })
}

/// The timeline bar at the top of the map (clear of the caption card, the scale bar and
/// the notes at its foot): play / pause, the year slider from
/// [`timeline::FIRST_YEAR`] to this year, and a button to close it.
pub fn timeline_bar(ui: &egui::Ui, rect: egui::Rect, w: &mut WindowState, now: f64) {
    let Some(mut year) = w.year else {
        return;
    };
    let last = timeline::current_year();
    let mut close = false;
    let shown = egui::Area::new(egui::Id::unique("timeline bar"))
        .order(egui::Order::Foreground)
        .pivot(egui::Align2::CENTER_TOP)
        .fixed_pos(rect.center_top() + egui::vec2(0.0, 10.0))
        .show(ui.ctx(), |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.horizontal(|ui| {
                    let playing = w.playing.is_some();
                    let label = if playing {
                        tr("timeline-pause")
                    } else {
                        tr("timeline-play")
                    };
                    if ui.button(label).clicked() {
                        w.playing = if playing {
                            None
                        } else {
                            if year >= last {
                                year = timeline::FIRST_YEAR;
                            }
                            Some(now)
                        };
                    }
                    let name = ui.label(tr("timeline-year"));
                    let slider = egui::Slider::new(&mut year, timeline::FIRST_YEAR..=last)
                        .integer()
                        .show_value(false)
                        .clamping(egui::SliderClamping::Always);
                    if ui.add(slider).labelled_by(name.id).changed() {
                        w.playing = None;
                    }
                    ui.label(egui::RichText::new(year.to_string()).strong());
                    if ui
                        .button(tr("timeline-close"))
                        .on_hover_text(tr("timeline-close-tooltip"))
                        .clicked()
                    {
                        close = true;
                    }
                });
            });
        });
    cover_map(ui.ctx(), shown.response.rect);
    w.year = if close { None } else { Some(year) };
    if close {
        w.playing = None;
    }
}

/// What is drawn over the map for a room: the tour stop's caption (in any mode); in
/// presenter mode also the selected feature's caption card and the small legend.
pub fn overlays(ui: &mut egui::Ui, rect: egui::Rect, scale: f32, state: &AppState) {
    // The small legend on the map, in presenter mode only.
    if state.window.presenter {
        let kinds: Vec<_> = state.visible_layers().iter().map(|(l, _)| l.kind).collect();
        map_legend(ui, rect, &kinds);
    }
    // A tour stop's caption, in any mode; else the selected feature's, when presenting.
    let stop = state
        .window
        .tour
        .as_ref()
        .and_then(|player| stop_caption(player, state.lang));
    let presenting = state.window.presenter;
    let caption = stop.or_else(|| {
        let id = state.selection().filter(|_| presenting)?;
        let f = state.feature(id)?;
        let kind = state
            .kind_of(id)
            .unwrap_or(crate::data::LayerKind::Imported);
        Some(feature_caption(f, kind, state.lang, state.window.year))
    });
    if let Some(caption) = caption {
        caption_card(ui, rect, &caption, scale);
    }
}

/// The layer kinds the small map legend explains, with the style's legend rows for them.
const MAP_LEGEND_ROWS: &[&str] = &[
    "legend-railway-open",
    "legend-railway-planned",
    "legend-station",
    "legend-expressway-open",
    "legend-port-road",
    "legend-port-rail",
    "legend-visit-stop",
];

/// A small legend in the map's top-right corner: the main rows of the visible layers, so
/// the room can read the map without the side panel.
pub fn map_legend(ui: &egui::Ui, rect: egui::Rect, visible: &[LayerKind]) {
    let rows: Vec<_> = style::legend_entries()
        .into_iter()
        .filter(|e| MAP_LEGEND_ROWS.contains(&e.label) && visible.contains(&e.kind))
        .collect();
    if rows.is_empty() {
        return;
    }
    let shown = egui::Area::new(egui::Id::unique("presenter legend"))
        .order(egui::Order::Foreground)
        .pivot(egui::Align2::RIGHT_TOP)
        .fixed_pos(rect.right_top() + egui::vec2(-12.0, 12.0))
        .interactable(false)
        .show(ui.ctx(), |ui| {
            egui::Frame::new()
                .fill(Color32::from_white_alpha(235))
                .stroke(egui::Stroke::new(1.5, style::CAPTION_STROKE))
                .corner_radius(6.0)
                .inner_margin(egui::Margin::same(8))
                .show(ui, |ui| {
                    // Small print: the legend explains the map, it must not cover it.
                    ui.style_mut().override_text_style = Some(egui::TextStyle::Small);
                    ui.spacing_mut().item_spacing.y = 2.0;
                    for e in &rows {
                        crate::panels::legend::row(ui, &e.swatch, &tr(e.label));
                    }
                });
        });
    cover_map(ui.ctx(), shown.response.rect);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_facts_read_label_value_unit_and_skip_malformed_entries() {
        let f = crate::data::test_feature(serde_json::json!({"facts": [
            {"label": "Length", "value": 88, "unit": "km", "as_of": "2019-12"},
            {"value": 3},
            "nonsense",
            {"label": "Speed", "value": 160, "unit": "km/h"}]}));
        let facts = key_facts(&f, 5, None);
        assert_eq!(facts.len(), 2, "{facts:?}");
        assert!(facts[0].contains("Length") && facts[0].contains("88"));
        assert!(facts[1].starts_with("Speed: 160"));
        // In 2018 the 2019 length was not known yet; the undated speed stays.
        let facts = key_facts(&f, 5, Some(2018));
        assert_eq!(facts.len(), 1, "{facts:?}");
        assert!(facts[0].starts_with("Speed: 160"));
    }
}
