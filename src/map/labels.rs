//! Map labels: corridor features and basemap places, placed so they never pile up.
//!
//! Labels are drawn with egui text (shaped by harfrust with the bundled fonts), not baked
//! into tiles, so Lao, Thai, Burmese and Chinese names are shaped correctly, stay sharp at
//! any zoom and follow the chosen language. Candidates are tried most important first;
//! a label that would overlap one already placed is dropped.

use super::Viewport;
use crate::data::Lang;
use crate::data::basemap::{BasemapData, CountryArea, Place, PlaceKind};
use crate::style::{self, basemap as basemap_style, ui as colors};
use egui::epaint::TextShape;
use egui::{Align2, Color32, FontId, Painter, Pos2, Rect, Shape, vec2};

/// Within this many points, a second label with the same text is dropped.
const DUPLICATE_RADIUS: f32 = 120.0;

/// A label waiting to be placed.
#[derive(Clone, Debug, Default)]
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
        Lang::Lo => place.name_lo.as_deref(),
        _ => None,
    };
    local.unwrap_or(&place.name)
}

/// Whether a basemap place is important enough to label at `zoom`: countries at every
/// zoom (placed where they are on screen), capitals from the region view, provinces at
/// the zooms where they help find one's way, small towns only when zoomed in.
pub fn place_visible(place: &Place, zoom: f64) -> bool {
    let needed = match place.kind {
        PlaceKind::Country => return zoom >= 3.0,
        PlaceKind::Province => return (5.0..10.0).contains(&zoom),
        PlaceKind::River => return true,
        PlaceKind::Capital => 2.0,
        PlaceKind::City => 3.0 + f64::from(place.scalerank) * 0.75,
    };
    zoom >= needed
}

/// What the map's own drawing (corridor lines and symbols) covers on screen, so basemap
/// labels can go where they hide nothing.
#[derive(Debug, Default, Clone)]
pub struct Obstacles {
    segments: Vec<(Pos2, Pos2)>,
    discs: Vec<(Pos2, f32)>,
    /// Boxes no label may touch: the detail note, the timeline bar, a caption card.
    covered: Vec<Rect>,
}

impl Obstacles {
    /// A box drawn over the map (a note, a bar, a card): no label goes under it, not even
    /// as a last resort.
    pub fn cover(&mut self, rect: Rect) {
        self.covered.push(rect);
    }

    /// Whether a label rectangle would go under a box drawn over the map.
    fn under_cover(&self, rect: Rect) -> bool {
        self.covered.iter().any(|c| c.intersects(rect))
    }

    /// A line drawn on the map, screen points; segments outside `clip` are skipped.
    pub fn add_line(&mut self, points: impl IntoIterator<Item = Pos2>, clip: Rect) {
        let mut prev: Option<Pos2> = None;
        for p in points {
            if let Some(q) = prev {
                let bbox = Rect::from_two_pos(q, p);
                if bbox.intersects(clip) {
                    self.segments.push((q, p));
                }
            }
            prev = Some(p);
        }
    }

    /// A round symbol drawn on the map.
    pub fn add_disc(&mut self, centre: Pos2, radius: f32) {
        self.discs.push((centre, radius));
    }

    /// Whether a label rectangle would cover any of it.
    pub fn hits(&self, rect: Rect) -> bool {
        self.hits_besides(rect, None)
    }

    /// Whether a label rectangle would cover any of it other than the symbol at `own`
    /// (the labelled feature's own symbol, which its label sits beside).
    pub fn hits_besides(&self, rect: Rect, own: Option<Pos2>) -> bool {
        let grown = rect.expand(2.0);
        self.discs
            .iter()
            .filter(|(c, _)| own.is_none_or(|o| o.distance(*c) > 0.5))
            .any(|(c, r)| grown.distance_to_pos(*c) < *r)
            || self
                .segments
                .iter()
                .any(|(a, b)| segment_hits_rect(*a, *b, grown))
    }
}

/// Whether the segment a–b crosses or lies in `r` (Liang–Barsky).
fn segment_hits_rect(a: Pos2, b: Pos2, r: Rect) -> bool {
    if r.contains(a) || r.contains(b) {
        return true;
    }
    let d = b - a;
    let (mut t0, mut t1) = (0.0f32, 1.0f32);
    for (p, q) in [
        (-d.x, a.x - r.min.x),
        (d.x, r.max.x - a.x),
        (-d.y, a.y - r.min.y),
        (d.y, r.max.y - a.y),
    ] {
        if p == 0.0 {
            if q < 0.0 {
                return false;
            }
        } else {
            let t = q / p;
            if p < 0.0 {
                t0 = t0.max(t);
            } else {
                t1 = t1.min(t);
            }
            if t0 > t1 {
                return false;
            }
        }
    }
    true
}

/// How a basemap label is laid out beyond what [`LabelCandidate`] says.
#[derive(Clone, Debug, Default)]
pub struct BasemapLabel {
    /// Text, anchor, size, colour and priority.
    pub candidate: LabelCandidate,
    /// Extra space between letters, points (country names are spaced out).
    pub letter_spacing: f32,
    /// Rotation in radians, clockwise (river names follow the river).
    pub angle: f32,
    /// Centred on the anchor (countries, provinces, rivers) rather than beside a symbol.
    pub centred: bool,
    /// Radius of the town symbol drawn at the anchor when the label is placed.
    pub symbol: Option<f32>,
    /// Other centres (and angles) a centred label may take, in order, when its anchor is
    /// taken or covers a corridor line.
    pub alternatives: Vec<(Pos2, f32)>,
}

/// Country label: large, letter-spaced, upper case where the script has cases.
fn country_label(text: &str, anchor: Pos2, zoom: f64) -> BasemapLabel {
    let size = if zoom < 5.0 { 17.0 } else { 20.0 };
    BasemapLabel {
        candidate: LabelCandidate {
            text: text.to_uppercase(),
            anchor,
            priority: 85,
            size,
            color: basemap_style::COUNTRY_LABEL,
            offset: 0.0,
        },
        letter_spacing: size * 0.3,
        centred: true,
        ..BasemapLabel::default()
    }
}

/// Grid used to find the visible part of a country: columns × rows over the map.
const COUNTRY_GRID: (usize, usize) = (18, 11);

/// Where to put a country's name in the view, best first: its own label point when that
/// is well inside both the country and the screen, then the centres of the visible part
/// (grid cells farthest from the country's edge and the screen's edge first). Empty when
/// the country is not on screen.
pub fn country_anchors(
    area: &CountryArea,
    fallback: Option<Pos2>,
    viewport: &Viewport,
) -> Vec<Pos2> {
    country_cells(area, fallback, viewport).unwrap_or_default()
}

/// How many places a country's name may try.
const COUNTRY_TRIES: usize = 12;

fn country_cells(
    area: &CountryArea,
    fallback: Option<Pos2>,
    viewport: &Viewport,
) -> Option<Vec<Pos2>> {
    let b = viewport.bounds;
    let (min, max) = (area.bbox.min(), area.bbox.max());
    if max.x < b.min().x || min.x > b.max().x || max.y < b.min().y || min.y > b.max().y {
        return None;
    }
    let inner = viewport.rect.shrink2(vec2(60.0, 30.0));
    if inner.width() <= 0.0 || inner.height() <= 0.0 {
        return None;
    }
    let (cols, rows) = COUNTRY_GRID;
    let cell = vec2(inner.width() / cols as f32, inner.height() / rows as f32);
    let centre =
        |c: usize, r: usize| inner.min + vec2((c as f32 + 0.5) * cell.x, (r as f32 + 0.5) * cell.y);
    let inside_at = |p: Pos2| {
        let ll = viewport.unproject(p);
        area.contains(ll.x, ll.y)
    };
    // The country's own point, if it sits two cells clear of the screen edges and the
    // country's edge around it: steady while the map moves a little.
    let mut out = Vec::new();
    if let Some(f) = fallback
        && inner.shrink2(cell).contains(f)
        && [
            vec2(0.0, 0.0),
            vec2(cell.x, 0.0),
            vec2(-cell.x, 0.0),
            vec2(0.0, cell.y),
            vec2(0.0, -cell.y),
        ]
        .iter()
        .all(|d| inside_at(f + *d))
    {
        out.push(f);
    }
    let inside: Vec<bool> = (0..rows)
        .flat_map(|r| (0..cols).map(move |c| (c, r)))
        .map(|(c, r)| inside_at(centre(c, r)))
        .collect();
    // Chessboard distance of each inside cell to the nearest outside cell or grid edge.
    let mut dist: Vec<u16> = inside
        .iter()
        .map(|&i| if i { u16::MAX } else { 0 })
        .collect();
    let at = |c: isize, r: isize, dist: &[u16]| -> u16 {
        if c < 0 || r < 0 || c >= cols as isize || r >= rows as isize {
            0
        } else {
            dist.get(r as usize * cols + c as usize)
                .copied()
                .unwrap_or(0)
        }
    };
    for pass in 0..2 {
        let order: Vec<usize> = if pass == 0 {
            (0..cols * rows).collect()
        } else {
            (0..cols * rows).rev().collect()
        };
        for i in order {
            if dist.get(i).copied().unwrap_or(0) == 0 {
                continue;
            }
            let (c, r) = ((i % cols) as isize, (i / cols) as isize);
            let neighbours: [(isize, isize); 4] = if pass == 0 {
                [(-1, 0), (0, -1), (-1, -1), (1, -1)]
            } else {
                [(1, 0), (0, 1), (1, 1), (-1, 1)]
            };
            let best = neighbours
                .iter()
                .map(|(dc, dr)| at(c + dc, r + dr, &dist).saturating_add(1))
                .min()
                .unwrap_or(1);
            if let Some(d) = dist.get_mut(i) {
                *d = (*d).min(best);
            }
        }
    }
    let view_centre = viewport.rect.center();
    let mut cells: Vec<usize> = (0..cols * rows)
        .filter(|&i| dist.get(i).copied().unwrap_or(0) > 0)
        .collect();
    cells.sort_by(|&a, &b| {
        let pa = centre(a % cols, a / cols);
        let pb = centre(b % cols, b / cols);
        dist[b].cmp(&dist[a]).then(
            pa.distance(view_centre)
                .total_cmp(&pb.distance(view_centre)),
        )
    });
    out.extend(
        cells
            .into_iter()
            .take(COUNTRY_TRIES)
            .map(|i| centre(i % cols, i / cols)),
    );
    Some(out)
}

/// Basemap labels in view: countries inside their visible part, provinces, towns with
/// their symbols, and the main rivers along their course.
pub fn basemap_labels(viewport: &Viewport, data: &BasemapData, lang: Lang) -> Vec<BasemapLabel> {
    let zoom = viewport.zoom;
    let mut out = Vec::new();
    for place in data.places() {
        if !place_visible(place, zoom) {
            continue;
        }
        let c = geo::Coord {
            x: place.lon,
            y: place.lat,
        };
        let text = place_name(place, lang);
        if place.kind == PlaceKind::Country {
            let own = viewport.bounds_contains(c).then(|| viewport.project(c));
            let area = data.countries().iter().find(|a| a.name == place.name);
            let anchors = match area {
                Some(area) => country_anchors(area, own, viewport),
                None => own.into_iter().collect(),
            };
            let mut anchors = anchors.into_iter();
            if let Some(anchor) = anchors.next() {
                let mut label = country_label(text, anchor, zoom);
                label.alternatives = anchors.map(|a| (a, 0.0)).collect();
                out.push(label);
            }
            continue;
        }
        if !viewport.bounds_contains(c) {
            continue;
        }
        let anchor = viewport.project(c);
        let label = match place.kind {
            PlaceKind::Province => BasemapLabel {
                candidate: LabelCandidate {
                    text: text.to_owned(),
                    anchor,
                    priority: 30,
                    size: style::text::MAP_LABEL_MINOR,
                    color: basemap_style::COUNTRY_LABEL,
                    offset: 0.0,
                },
                letter_spacing: 1.5,
                centred: true,
                ..BasemapLabel::default()
            },
            PlaceKind::Capital | PlaceKind::City => {
                let capital = place.kind == PlaceKind::Capital;
                let radius = basemap_style::town_dot_radius_pt(place.population);
                BasemapLabel {
                    candidate: LabelCandidate {
                        text: text.to_owned(),
                        anchor,
                        priority: if capital {
                            70
                        } else {
                            50u16.saturating_sub(u16::from(place.scalerank) * 4)
                        },
                        size: if capital || place.scalerank <= 2 {
                            style::text::MAP_LABEL_MAJOR
                        } else {
                            style::text::MAP_LABEL_MINOR
                        },
                        color: if capital {
                            colors::LABEL
                        } else {
                            colors::LABEL_MINOR
                        },
                        offset: radius,
                    },
                    symbol: Some(radius),
                    ..BasemapLabel::default()
                }
            }
            PlaceKind::Country | PlaceKind::River => continue,
        };
        out.push(label);
    }
    river_labels(viewport, data, lang, &mut out);
    out
}

/// Screen distance between two labels of the same river, points.
const RIVER_LABEL_SPACING: f32 = 420.0;

/// River names along the river: wherever a stretch of the line is straight enough for
/// the text, turned to the river's direction, at most one label per
/// [`RIVER_LABEL_SPACING`] of river on screen; the other straight stretches of that
/// length are kept as alternatives in case the first is taken.
fn river_labels(viewport: &Viewport, data: &BasemapData, lang: Lang, out: &mut Vec<BasemapLabel>) {
    let zoom = viewport.zoom;
    let zoom_level = zoom.floor().clamp(0.0, 30.0) as u8;
    let clip = viewport.rect.shrink(20.0);
    for river in data.rivers() {
        let names = &river.names;
        if !river.mekong
            && (zoom < 6.0 || basemap_style::river_width_pt(zoom_level, names.scalerank).is_none())
        {
            continue;
        }
        let text = place_name(names, lang);
        let size = if river.mekong { 15.0 } else { 12.5 };
        // Text width estimate: about 0.6 em per Latin letter, 1 em per CJK character.
        let width: f32 = text
            .chars()
            .map(|ch| if ch.is_ascii() { 0.6 } else { 1.0 })
            .sum::<f32>()
            * size
            + 8.0;
        let points: Vec<Pos2> = river
            .line
            .iter()
            .map(|&[x, y]| viewport.project(geo::Coord { x, y }))
            .collect();
        // Every straight window of the text's length, with its distance along the river.
        let mut windows: Vec<(f32, Pos2, f32)> = Vec::new();
        let mut along = 0.0f32;
        let mut last_try = f32::NEG_INFINITY;
        for i in 0..points.len() {
            if i > 0 {
                along += points[i - 1].distance(points[i]);
            }
            let a = points[i];
            if along - last_try < 20.0 || !clip.contains(a) {
                continue;
            }
            last_try = along;
            let mut length = 0.0;
            let mut j = i;
            while j + 1 < points.len() && length < width {
                length += points[j].distance(points[j + 1]);
                j += 1;
            }
            let end = points[j];
            let chord = end - a;
            if length < width || chord.length() < 0.8 * length || !clip.contains(end) {
                continue;
            }
            let mut angle = chord.y.atan2(chord.x);
            if angle.abs() > std::f32::consts::FRAC_PI_2 {
                angle += std::f32::consts::PI;
            }
            // Beside the line, not on it: shifted a little to the upper side.
            let normal = vec2(angle.sin(), -angle.cos());
            windows.push((along, a + chord * 0.5 + normal * (size * 0.75), angle));
        }
        let mut group: Vec<(Pos2, f32)> = Vec::new();
        let mut group_start = f32::NEG_INFINITY;
        let mut flush = |group: &mut Vec<(Pos2, f32)>| {
            let mut positions = std::mem::take(group).into_iter();
            if let Some((anchor, angle)) = positions.next() {
                out.push(BasemapLabel {
                    candidate: LabelCandidate {
                        text: text.to_owned(),
                        anchor,
                        priority: if river.mekong { 90 } else { 40 },
                        size,
                        color: basemap_style::RIVER_LABEL,
                        offset: 0.0,
                    },
                    letter_spacing: 1.0,
                    angle,
                    centred: true,
                    symbol: None,
                    alternatives: positions.collect(),
                });
            }
        };
        for (at, centre, angle) in windows {
            if at - group_start >= RIVER_LABEL_SPACING {
                flush(&mut group);
                group_start = at;
            }
            group.push((centre, angle));
        }
        flush(&mut group);
    }
}

/// The label priority from which a town may, as a last resort, be named over a corridor
/// line: capitals (70) and the largest cities (scalerank 0–2).
pub const MAJOR_TOWN_PRIORITY: u16 = 42;

/// A label as placed on screen, for tests and for checking what the map shows.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedLabel {
    /// The text shown.
    pub text: String,
    /// The screen box it covers (for rotated text, the box around it).
    pub rect: Rect,
}

/// Places corridor and basemap labels together, most important first: a label that
/// would overlap one already placed is dropped, and a basemap label takes the first of
/// its positions that covers no corridor line or symbol (`obstacles`), or the first
/// free one when every position does. Town symbols are drawn for towns that got a label.
pub fn place_and_draw_all(
    painter: &Painter,
    mut labels: Vec<BasemapLabel>,
    obstacles: &Obstacles,
) -> Vec<PlacedLabel> {
    labels.sort_by(|a, b| {
        b.candidate
            .priority
            .cmp(&a.candidate.priority)
            .then(a.candidate.text.cmp(&b.candidate.text))
    });
    let clip = painter.clip_rect();
    let mut placed: Vec<PlacedLabel> = Vec::with_capacity(labels.len().min(128));
    let mut placed_anchors: Vec<Pos2> = Vec::new();
    let mut symbols = Vec::new();
    let mut shapes = Vec::new();
    for label in labels {
        let c = &label.candidate;
        // The same name twice close together (a station and the town it serves) reads as
        // clutter: the more important one, placed first, is enough.
        let repeated = placed
            .iter()
            .zip(&placed_anchors)
            .any(|(p, at)| p.text == c.text && at.distance(c.anchor) < DUPLICATE_RADIUS);
        if c.text.is_empty() || repeated {
            continue;
        }
        let (mut centre_at, mut angle_at) = (c.anchor, label.angle);
        let mut job = egui::text::LayoutJob::single_section(
            c.text.clone(),
            egui::TextFormat {
                font_id: FontId::proportional(style::scaled(c.size)),
                color: c.color,
                extra_letter_spacing: style::scaled(label.letter_spacing),
                ..Default::default()
            },
        );
        job.wrap.max_width = f32::INFINITY;
        let galley = painter.layout_job(job);
        let size = galley.size();
        let spot = if label.centred {
            let free: Vec<(Rect, Pos2, f32)> = std::iter::once((c.anchor, label.angle))
                .chain(label.alternatives.iter().copied())
                .map(|(at, angle)| (rotated_bounds(at, size, angle), at, angle))
                .filter(|(rect, _, _)| {
                    clip.contains_rect(*rect)
                        && !obstacles.under_cover(*rect)
                        && !placed.iter().any(|p| p.rect.intersects(rect.expand(2.0)))
                })
                .collect();
            free.iter()
                .find(|(r, _, _)| !obstacles.hits(*r))
                .or(free.first())
                .map(|&(rect, at, angle)| {
                    centre_at = at;
                    angle_at = angle;
                    rect
                })
        } else {
            // Right of the symbol, then left, above, below, then the four corners.
            let d = style::scaled(c.offset + 4.0);
            let tries = [
                (Align2::LEFT_CENTER, vec2(d, 0.0)),
                (Align2::RIGHT_CENTER, vec2(-d, 0.0)),
                (
                    Align2::CENTER_BOTTOM,
                    vec2(0.0, -style::scaled(c.offset + 2.0)),
                ),
                (Align2::CENTER_TOP, vec2(0.0, style::scaled(c.offset + 2.0))),
                (Align2::LEFT_BOTTOM, vec2(d * 0.7, -d * 0.7)),
                (Align2::LEFT_TOP, vec2(d * 0.7, d * 0.7)),
                (Align2::RIGHT_BOTTOM, vec2(-d * 0.7, -d * 0.7)),
                (Align2::RIGHT_TOP, vec2(-d * 0.7, d * 0.7)),
            ];
            let free: Vec<Rect> = tries
                .iter()
                .map(|(align, delta)| align.anchor_size(c.anchor + *delta, size))
                .filter(|rect| {
                    clip.contains_rect(*rect)
                        && !obstacles.under_cover(*rect)
                        && !placed.iter().any(|p| p.rect.intersects(rect.expand(2.0)))
                })
                .collect();
            // Every name first looks for a side that covers no corridor line or other
            // symbol (at Boten a port's name must not run over the station beside it). A
            // town keeps clear of the corridor altogether; only a capital or a large city,
            // or a corridor feature's own name, takes a covered side when none is clear.
            let town = label.symbol.is_some();
            let clear = free
                .iter()
                .find(|r| !obstacles.hits_besides(**r, Some(c.anchor)));
            let may_cover = !town || c.priority >= MAJOR_TOWN_PRIORITY;
            clear.or(free.first().filter(|_| may_cover)).copied()
        };
        let Some(rect) = spot else {
            continue;
        };
        if let Some(radius) = label.symbol {
            symbols.push(Shape::circle_filled(c.anchor, radius + 1.2, Color32::WHITE));
            symbols.push(Shape::circle_filled(
                c.anchor,
                radius,
                basemap_style::TOWN_DOT,
            ));
        }
        // A halo behind the text keeps it legible over lines and fills.
        let origin = if label.centred {
            text_origin(centre_at, size, angle_at)
        } else {
            rect.min
        };
        for d in [
            vec2(-1.0, 0.0),
            vec2(1.0, 0.0),
            vec2(0.0, -1.0),
            vec2(0.0, 1.0),
        ] {
            shapes.push(Shape::Text(
                TextShape::new(origin + d, galley.clone(), colors::HALO)
                    .with_override_text_color(colors::HALO)
                    .with_angle(angle_at),
            ));
        }
        shapes.push(Shape::Text(
            TextShape::new(origin, galley, c.color).with_angle(angle_at),
        ));
        placed_anchors.push(c.anchor);
        placed.push(PlacedLabel {
            text: c.text.clone(),
            rect,
        });
    }
    painter.extend(symbols);
    painter.extend(shapes);
    placed
}

/// Top-left corner (the rotation origin egui uses) of text of `size` centred on
/// `centre` and turned by `angle`.
fn text_origin(centre: Pos2, size: egui::Vec2, angle: f32) -> Pos2 {
    let half = size * 0.5;
    let (sin, cos) = angle.sin_cos();
    let rotated = vec2(half.x * cos - half.y * sin, half.x * sin + half.y * cos);
    centre - rotated
}

/// Axis-aligned box around text of `size` centred on `centre` and turned by `angle`.
fn rotated_bounds(centre: Pos2, size: egui::Vec2, angle: f32) -> Rect {
    let (sin, cos) = angle.sin_cos();
    let w = (size.x * cos).abs() + (size.y * sin).abs();
    let h = (size.x * sin).abs() + (size.y * cos).abs();
    Rect::from_center_size(centre, vec2(w, h))
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::pos2;

    fn place(kind: PlaceKind, scalerank: u8) -> Place {
        Place {
            name: "Luang Prabang".into(),
            name_zh: Some("琅勃拉邦".into()),
            name_th: None,
            name_vi: None,
            name_lo: Some("ຫຼວງພະບາງ".into()),
            population: Some(50_000),
            lon: 102.13,
            lat: 19.88,
            scalerank,
            kind,
        }
    }

    /// Places `labels` on an 800×600 map with `obstacles`, as the map does.
    fn placed_on_map(labels: Vec<BasemapLabel>, obstacles: &Obstacles) -> Vec<PlacedLabel> {
        let ctx = egui::Context::default();
        let mut out = Vec::new();
        let mut labels = Some(labels);
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            let clip = Rect::from_min_size(Pos2::ZERO, vec2(800.0, 600.0));
            let painter = ui.painter().with_clip_rect(clip);
            if let Some(labels) = labels.take() {
                out = place_and_draw_all(&painter, labels, obstacles);
            }
        });
        output.textures_delta.clear(); // no renderer here
        out
    }

    fn town(text: &str, priority: u16) -> BasemapLabel {
        BasemapLabel {
            candidate: LabelCandidate {
                text: text.to_owned(),
                anchor: pos2(400.0, 300.0),
                priority,
                size: 13.0,
                color: Color32::BLACK,
                offset: 3.0,
            },
            symbol: Some(3.0),
            ..BasemapLabel::default()
        }
    }

    #[test]
    fn no_label_goes_under_a_box_over_the_map_and_small_towns_keep_off_the_corridor() {
        // Corridor lines through the town on every side: no side is clear.
        let mut crowded = Obstacles::default();
        let clip = Rect::from_min_size(Pos2::ZERO, vec2(800.0, 600.0));
        for dy in [-20.0, -8.0, 0.0, 8.0, 20.0] {
            crowded.add_line([pos2(0.0, 300.0 + dy), pos2(800.0, 300.0 + dy)], clip);
        }
        assert!(placed_on_map(vec![town("Muang Small", 20)], &crowded).is_empty());
        let big = placed_on_map(vec![town("Capital", 70)], &crowded);
        assert_eq!(big.len(), 1, "a capital is still named over the corridor");
        // A note drawn over the map right of the town: the name goes elsewhere.
        let mut covered = Obstacles::default();
        let note = Rect::from_min_max(pos2(404.0, 250.0), pos2(800.0, 350.0));
        covered.cover(note);
        let placed = placed_on_map(vec![town("Houayxay", 40)], &covered);
        assert_eq!(placed.len(), 1);
        assert!(!placed[0].rect.intersects(note), "{:?}", placed[0].rect);
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
        assert_eq!(place_name(&p, Lang::Lo), "ຫຼວງພະບາງ");
        assert_eq!(place_name(&p, Lang::My), "Luang Prabang");
    }
}
