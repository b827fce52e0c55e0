//! Map labels: corridor features and basemap places, placed so they never pile up.
//!
//! Labels are drawn with egui text (shaped by harfrust with the bundled fonts), not baked
//! into tiles, so Lao, Thai, Burmese and Chinese names are shaped correctly, stay sharp at
//! any zoom and follow the chosen language. Candidates are tried most important first;
//! a label that would overlap one already placed is dropped.

use super::Viewport;
use crate::data::Lang;
use crate::data::basemap::{Place, PlaceKind};
use crate::style::{self, ui as colors};
use egui::{Align2, Color32, FontId, Painter, Pos2, Rect, Shape, vec2};

/// Within this many points, a second label with the same text is dropped.
const DUPLICATE_RADIUS: f32 = 120.0;

/// A label waiting to be placed.
#[derive(Clone, Debug)]
pub struct LabelCandidate {
    /// Text to show.
    pub text: String,
    /// Screen position of the thing labelled.
    pub anchor: Pos2,
    /// Higher is placed first and wins collisions.
    pub priority: u16,
    /// Font size in points.
    pub size: f32,
    /// Text colour.
    pub color: Color32,
    /// Gap between the anchor and the text, points (symbol radius).
    pub offset: f32,
}

/// The name of a basemap place in `lang`, falling back to English.
pub fn place_name(place: &Place, lang: Lang) -> &str {
    let local = match lang {
        Lang::Zh => place.name_zh.as_deref(),
        Lang::Th => place.name_th.as_deref(),
        Lang::Vi => place.name_vi.as_deref(),
        _ => None,
    };
    local.unwrap_or(&place.name)
}

/// Whether a basemap place is important enough to label at `zoom`: capitals and countries
/// from the region view, small towns only when zoomed in.
pub fn place_visible(place: &Place, zoom: f64) -> bool {
    let needed = match place.kind {
        PlaceKind::Country => return (3.0..8.0).contains(&zoom),
        PlaceKind::Province => return (5.0..9.0).contains(&zoom),
        PlaceKind::Capital => 2.0,
        PlaceKind::City => 3.0 + f64::from(place.scalerank) * 0.75,
    };
    zoom >= needed
}

/// Basemap place candidates in view.
pub fn place_candidates(
    viewport: &Viewport,
    places: &[Place],
    lang: Lang,
    out: &mut Vec<LabelCandidate>,
) {
    let zoom = viewport.zoom;
    for place in places {
        if !place_visible(place, zoom) {
            continue;
        }
        let c = geo::Coord {
            x: place.lon,
            y: place.lat,
        };
        if !viewport.bounds_contains(c) {
            continue;
        }
        let (size, color, priority, offset) = match place.kind {
            PlaceKind::Country => (
                style::text::MAP_LABEL_MAJOR + 2.0,
                colors::LABEL_MINOR,
                60,
                0.0,
            ),
            PlaceKind::Province => (style::text::MAP_LABEL_MINOR, colors::LABEL_MINOR, 30, 0.0),
            PlaceKind::Capital => (style::text::MAP_LABEL_MAJOR, colors::LABEL, 70, 4.0),
            PlaceKind::City => (
                style::text::MAP_LABEL_MINOR,
                colors::LABEL_MINOR,
                50u16.saturating_sub(u16::from(place.scalerank) * 4),
                3.0,
            ),
        };
        out.push(LabelCandidate {
            text: place_name(place, lang).to_owned(),
            anchor: viewport.project(c),
            priority,
            size,
            color,
            offset,
        });
    }
}

/// Places as many candidates as fit without overlap, most important first, and draws them.
/// Returns the number placed. Town dots are drawn for basemap cities that got a label.
pub fn place_and_draw(painter: &Painter, mut candidates: Vec<LabelCandidate>) -> usize {
    candidates.sort_by(|a, b| b.priority.cmp(&a.priority).then(a.text.cmp(&b.text)));
    let clip = painter.clip_rect();
    let mut placed: Vec<Rect> = Vec::with_capacity(candidates.len().min(128));
    let mut placed_texts: Vec<(String, Pos2)> = Vec::new();
    let mut shapes = Vec::new();
    for c in candidates {
        // The same name twice close together (a station and the town it serves) reads as
        // clutter: the more important one, placed first, is enough.
        let repeated = placed_texts
            .iter()
            .any(|(t, at)| *t == c.text && at.distance(c.anchor) < DUPLICATE_RADIUS);
        if c.text.is_empty() || repeated {
            continue;
        }
        let galley = painter.layout_no_wrap(c.text.clone(), FontId::proportional(c.size), c.color);
        let size = galley.size();
        // Try right of the symbol, then left, above, below.
        let tries = [
            (Align2::LEFT_CENTER, vec2(c.offset + 4.0, 0.0)),
            (Align2::RIGHT_CENTER, vec2(-(c.offset + 4.0), 0.0)),
            (Align2::CENTER_BOTTOM, vec2(0.0, -(c.offset + 2.0))),
            (Align2::CENTER_TOP, vec2(0.0, c.offset + 2.0)),
        ];
        let spot = tries.iter().find_map(|(align, delta)| {
            let rect = align.anchor_size(c.anchor + *delta, size);
            let padded = rect.expand(2.0);
            (clip.contains_rect(rect) && !placed.iter().any(|p| p.intersects(padded)))
                .then_some(rect)
        });
        let Some(rect) = spot else {
            continue;
        };
        placed.push(rect);
        placed_texts.push((c.text.clone(), c.anchor));
        // A halo behind the text keeps it legible over lines and fills.
        for d in [
            vec2(-1.0, 0.0),
            vec2(1.0, 0.0),
            vec2(0.0, -1.0),
            vec2(0.0, 1.0),
        ] {
            shapes.push(Shape::galley_with_override_text_color(
                rect.min + d,
                galley.clone(),
                colors::HALO,
            ));
        }
        shapes.push(Shape::galley(rect.min, galley, c.color));
    }
    let n = placed.len();
    painter.extend(shapes);
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(kind: PlaceKind, scalerank: u8) -> Place {
        Place {
            name: "Luang Prabang".into(),
            name_zh: Some("琅勃拉邦".into()),
            name_th: None,
            name_vi: None,
            lon: 102.13,
            lat: 19.88,
            scalerank,
            kind,
        }
    }

    #[test]
    fn small_towns_appear_only_when_zoomed_in() {
        let town = place(PlaceKind::City, 8);
        assert!(!place_visible(&town, 5.0));
        assert!(place_visible(&town, 10.0));
        assert!(place_visible(&place(PlaceKind::Capital, 0), 4.0));
    }

    #[test]
    fn names_follow_the_language_and_fall_back_to_english() {
        let p = place(PlaceKind::City, 3);
        assert_eq!(place_name(&p, Lang::Zh), "琅勃拉邦");
        assert_eq!(place_name(&p, Lang::Lo), "Luang Prabang");
    }
}
