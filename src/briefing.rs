//! The briefing a delegation takes along: one self-contained HTML file (prints well from any
//! browser) or Markdown, with the stop list, the legs table (distance, time and how each was
//! measured), each stop's facts with their sources and "as of" dates, and, in HTML, a map of
//! the whole trip as an inline SVG drawn from the atlas's own vector data (country outlines
//! and rivers of the embedded basemap, the railway, the numbered stops and legs). Nothing
//! here needs a window or a GPU, so `mekong-atlas briefing` runs anywhere.

use crate::data::basemap::BasemapData;
use crate::data::itinerary::{Itinerary, Stop};
use crate::data::schema::{self, Fact};
use crate::data::{Atlas, Lang, LayerKind};
use crate::i18n::{self, Arg, tr, tr_args};
use crate::panels::planner::{border_text, leg_time_text, method_text, total_text};
use crate::planner::{self, Leg, Method, Network, totals};
use crate::style::planner as look;
use geo::{Coord, Geometry};
use serde_json::Value;
use std::fmt::Write as _;
use std::io::Write;
use std::path::Path;

/// One fact of a stop, flattened for tables.
#[derive(Clone, Debug, PartialEq)]
pub struct FactLine {
    /// What the figure is.
    pub label: String,
    /// The value with its unit.
    pub value: String,
    /// The date the figure refers to.
    pub as_of: String,
    /// Where it comes from.
    pub sources: Vec<String>,
}

/// The facts of a stop: its own (`facts` in the itinerary), then those of the atlas feature
/// it is, without repeats.
pub fn facts(atlas: &Atlas, stop: &Stop) -> Vec<FactLine> {
    let mut out: Vec<FactLine> = Vec::new();
    if let Some(own) = stop.extra.get("facts") {
        push_facts(&schema::facts_in(own), &mut out);
    }
    let feature = stop
        .feature
        .as_deref()
        .and_then(|id| atlas.find_by_id(id))
        .and_then(|fid| atlas.feature(fid));
    if let Some(c) = feature.and_then(|f| f.corridor()) {
        push_facts(&c.facts, &mut out);
    }
    out
}

/// Atlas features near a stop (ports, zones, stations within [`NEARBY_M`]) that have facts,
/// other than the stop's own feature: name and facts, nearest first. A stop drawn at a town
/// then still shows the figures of the border port or zone it visited.
pub fn nearby_facts(atlas: &Atlas, stop: &Stop) -> Vec<(String, Vec<FactLine>)> {
    let Some(at) = planner::position(atlas, stop) else {
        return Vec::new();
    };
    let own = stop.feature.as_deref();
    let mut found: Vec<(f64, String, Vec<FactLine>)> = Vec::new();
    for layer in atlas.layers().iter().filter(|l| {
        matches!(
            l.kind,
            LayerKind::Port | LayerKind::Zone | LayerKind::Station
        )
    }) {
        for f in &layer.features {
            if f.id() == own || f.id().is_none() {
                continue;
            }
            let (Some(g), Some(c)) = (&f.geometry, f.corridor()) else {
                continue;
            };
            let d = crate::measure::distance_to_geometry_m(at, g);
            if d > NEARBY_M {
                continue;
            }
            let mut facts = Vec::new();
            push_facts(&c.facts, &mut facts);
            if !facts.is_empty() {
                let name = c.names.get(Lang::En).unwrap_or_default().to_owned();
                found.push((d, name, facts));
            }
        }
    }
    found.sort_by(|a, b| a.0.total_cmp(&b.0));
    found.into_iter().map(|(_, n, f)| (n, f)).collect()
}

/// How far from a stop an atlas feature counts as "nearby" in the briefing.
pub const NEARBY_M: f64 = 5_000.0;

fn push_facts(facts: &[Fact], out: &mut Vec<FactLine>) {
    for fact in facts {
        let mut value = fact.value.text();
        if let Some(unit) = fact.unit.as_deref().filter(|u| !u.is_empty()) {
            value.push(' ');
            value.push_str(unit);
        }
        let line = FactLine {
            label: fact.label.clone(),
            value,
            as_of: fact.as_of.map(|d| d.to_string()).unwrap_or_default(),
            sources: fact.sources.iter().map(|s| s.text().to_owned()).collect(),
        };
        if !out.contains(&line) {
            out.push(line);
        }
    }
}

/// Every source a stop names: the stop's own, then its feature's.
pub fn stop_sources(atlas: &Atlas, stop: &Stop) -> Vec<String> {
    let mut out = stop.source.clone();
    if let Some(f) = stop
        .feature
        .as_deref()
        .and_then(|id| atlas.find_by_id(id))
        .and_then(|fid| atlas.feature(fid))
    {
        for s in f.sources() {
            if !out.iter().any(|o| o == s) {
                out.push(s.to_owned());
            }
        }
    }
    out
}

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn source_html(s: &str) -> String {
    match crate::data::provenance::Source::parse(s) {
        _ if s.starts_with("https://") || s.starts_with("http://") => {
            format!("<a href=\"{0}\">{0}</a>", esc(s))
        }
        // A seed document by its title and date (what a reader can look for), with the file
        // it is kept as.
        crate::data::provenance::Source::Seed(doc) => format!(
            "{} ({}) <code>{}</code>",
            esc(doc.title),
            esc(&i18n::date(doc.date)),
            esc(doc.file)
        ),
        _ => format!("<code>{}</code>", esc(s)),
    }
}

fn title(trip: &Itinerary) -> String {
    if trip.title.trim().is_empty() {
        tr("briefing-untitled")
    } else {
        trip.title.clone()
    }
}

fn stop_when(stop: &Stop) -> String {
    let mut when = i18n::date(&stop.date);
    if !stop.time.is_empty() {
        when.push(' ');
        when.push_str(&stop.time);
    }
    when
}

fn stop_name(trip: &Itinerary, i: usize) -> String {
    trip.stops
        .get(i)
        .map(|s| format!("{}. {}", i + 1, s.name))
        .unwrap_or_default()
}

/// The briefing as one self-contained HTML page.
pub fn html(
    atlas: &Atlas,
    trip: &Itinerary,
    legs: &[Leg],
    basemap: Option<&BasemapData>,
) -> String {
    let mut h = String::new();
    let t = esc(&title(trip));
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>{t}</title>\n<style>\n{css}</style>\n</head>\n<body>\n<h1>{t}</h1>\n",
        lang = i18n::tag(i18n::lang()),
        css = CSS
    );
    let _ = writeln!(h, "<p class=\"lead\">{}</p>", esc(&tr("briefing-lead")));
    // The map.
    let _ = writeln!(h, "<h2>{}</h2>", esc(&tr("briefing-heading-map")));
    h.push_str("<figure>");
    h.push_str(&svg_map(atlas, trip, legs, basemap));
    let _ = writeln!(
        h,
        "<figcaption>{}</figcaption></figure>",
        esc(&tr("briefing-map-caption"))
    );
    // Stops.
    let _ = writeln!(h, "<h2>{}</h2>", esc(&tr("briefing-heading-stops")));
    let _ = writeln!(
        h,
        "<table class=\"stops\"><thead><tr><th>#</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        esc(&tr("briefing-col-stop")),
        esc(&tr("briefing-col-when")),
        esc(&tr("planner-duration")),
        esc(&tr("planner-notes")),
    );
    for (i, s) in trip.stops.iter().enumerate() {
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            i + 1,
            esc(&s.name),
            esc(&stop_when(s)),
            s.duration_min
                .map(|m| esc(&crate::panels::planner::duration_text(f64::from(m))))
                .unwrap_or_default(),
            esc(&s.notes)
        );
    }
    h.push_str("</tbody></table>\n");
    // Legs.
    let _ = writeln!(h, "<h2>{}</h2>", esc(&tr("briefing-heading-legs")));
    let _ = writeln!(
        h,
        "<table class=\"legs\"><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        esc(&tr("briefing-col-from")),
        esc(&tr("briefing-col-to")),
        esc(&tr("briefing-col-distance")),
        esc(&tr("briefing-col-time")),
        esc(&tr("briefing-col-method")),
    );
    for leg in legs {
        let border = leg
            .border
            .as_ref()
            .map(|b| {
                format!(
                    "<br><strong class=\"border\">{}</strong>",
                    esc(&border_text(b))
                )
            })
            .unwrap_or_default();
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td>{}</td><td class=\"num\">{}</td><td>{}</td><td>{}{}</td></tr>",
            esc(&stop_name(trip, leg.from)),
            esc(&stop_name(trip, leg.to)),
            esc(&i18n::distance(leg.metres)),
            esc(&leg_time_text(leg)),
            esc(&method_text(&leg.method)),
            border
        );
    }
    h.push_str("</tbody></table>\n");
    let (days, total) = totals(trip, legs);
    h.push_str("<ul class=\"totals\">\n");
    for d in &days {
        let _ = writeln!(
            h,
            "<li>{}</li>",
            esc(&tr_args(
                "planner-day-total",
                &[
                    ("date", Arg::from(i18n::date(&d.date))),
                    ("total", Arg::from(total_text(&d.total))),
                ]
            ))
        );
    }
    let _ = writeln!(
        h,
        "<li><strong>{}</strong></li>\n</ul>",
        esc(&tr_args(
            "planner-trip-total",
            &[("total", Arg::from(total_text(&total)))]
        ))
    );
    let _ = writeln!(h, "<p class=\"method\">{}</p>", esc(&method_note()));
    // Facts per stop.
    let _ = writeln!(h, "<h2>{}</h2>", esc(&tr("briefing-heading-facts")));
    for (i, s) in trip.stops.iter().enumerate() {
        let _ = writeln!(
            h,
            "<section class=\"stop\"><h3>{}</h3>",
            esc(&stop_name(trip, i))
        );
        if let Some(note) = s.extra.get("note").and_then(Value::as_str) {
            let _ = writeln!(h, "<p class=\"note\">{}</p>", esc(note));
        }
        let facts = facts(atlas, s);
        if facts.is_empty() {
            let _ = writeln!(h, "<p>{}</p>", esc(&tr("briefing-no-facts")));
        } else {
            fact_table_html(&mut h, &facts);
        }
        for (name, facts) in nearby_facts(atlas, s) {
            let _ = writeln!(
                h,
                "<h4>{}</h4>",
                esc(&tr_args("briefing-nearby", &[("name", Arg::from(name))]))
            );
            fact_table_html(&mut h, &facts);
        }
        let sources = stop_sources(atlas, s);
        if !sources.is_empty() {
            let _ = writeln!(
                h,
                "<p class=\"sources\">{} {}</p>",
                esc(&tr("briefing-stop-sources")),
                sources
                    .iter()
                    .map(|s| source_html(s))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
        h.push_str("</section>\n");
    }
    let _ = writeln!(
        h,
        "<footer><p>{}</p><p>{}</p></footer>\n</body>\n</html>",
        esc(&tr("briefing-footer-seeds")),
        esc(&tr("about-osm-data"))
    );
    h
}

fn fact_table_html(h: &mut String, facts: &[FactLine]) {
    let _ = writeln!(
        h,
        "<table class=\"facts\"><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        esc(&tr("briefing-col-fact")),
        esc(&tr("briefing-col-value")),
        esc(&tr("briefing-col-as-of")),
        esc(&tr("briefing-col-source")),
    );
    for f in facts {
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&f.label),
            esc(&f.value),
            esc(&i18n::date(&f.as_of)),
            f.sources
                .iter()
                .map(|s| source_html(s))
                .collect::<Vec<_>>()
                .join("<br>")
        );
    }
    h.push_str("</tbody></table>\n");
}

fn fact_table_md(m: &mut String, facts: &[FactLine]) {
    let cell = |s: &str| s.replace('|', "\\|").replace('\n', " ");
    let _ = writeln!(
        m,
        "| {} | {} | {} | {} |\n|---|---|---|---|",
        tr("briefing-col-fact"),
        tr("briefing-col-value"),
        tr("briefing-col-as-of"),
        tr("briefing-col-source")
    );
    for f in facts {
        let _ = writeln!(
            m,
            "| {} | {} | {} | {} |",
            cell(&f.label),
            cell(&f.value),
            i18n::date(&f.as_of),
            cell(&f.sources.join(", "))
        );
    }
    m.push('\n');
}

/// How the legs were measured and where rail times come from, for the foot of the legs.
fn method_note() -> String {
    tr_args(
        "planner-rail-time-source",
        &[
            ("source", Arg::from(planner::RAIL_SCHEDULE_SOURCE)),
            ("date", Arg::from(i18n::date(planner::RAIL_SCHEDULE_AS_OF))),
        ],
    )
}

/// The briefing as Markdown (the map is in the HTML briefing only).
pub fn markdown(atlas: &Atlas, trip: &Itinerary, legs: &[Leg]) -> String {
    let cell = |s: &str| s.replace('|', "\\|").replace('\n', " ");
    let mut m = String::new();
    let _ = writeln!(m, "# {}\n\n{}\n", title(trip), tr("briefing-lead"));
    let _ = writeln!(m, "## {}\n", tr("briefing-heading-stops"));
    let _ = writeln!(
        m,
        "| # | {} | {} | {} | {} |\n|---|---|---|---|---|",
        tr("briefing-col-stop"),
        tr("briefing-col-when"),
        tr("planner-duration"),
        tr("planner-notes")
    );
    for (i, s) in trip.stops.iter().enumerate() {
        let _ = writeln!(
            m,
            "| {} | {} | {} | {} | {} |",
            i + 1,
            cell(&s.name),
            cell(&stop_when(s)),
            s.duration_min
                .map(|d| crate::panels::planner::duration_text(f64::from(d)))
                .unwrap_or_default(),
            cell(&s.notes)
        );
    }
    let _ = writeln!(m, "\n## {}\n", tr("briefing-heading-legs"));
    let _ = writeln!(
        m,
        "| {} | {} | {} | {} | {} |\n|---|---|---:|---|---|",
        tr("briefing-col-from"),
        tr("briefing-col-to"),
        tr("briefing-col-distance"),
        tr("briefing-col-time"),
        tr("briefing-col-method")
    );
    for leg in legs {
        let mut method = method_text(&leg.method);
        if let Some(b) = &leg.border {
            method.push_str(" — **");
            method.push_str(&border_text(b));
            method.push_str("**");
        }
        let _ = writeln!(
            m,
            "| {} | {} | {} | {} | {} |",
            cell(&stop_name(trip, leg.from)),
            cell(&stop_name(trip, leg.to)),
            i18n::distance(leg.metres),
            leg_time_text(leg),
            cell(&method)
        );
    }
    let (days, total) = totals(trip, legs);
    m.push('\n');
    for d in &days {
        let _ = writeln!(
            m,
            "- {}",
            tr_args(
                "planner-day-total",
                &[
                    ("date", Arg::from(i18n::date(&d.date))),
                    ("total", Arg::from(total_text(&d.total))),
                ]
            )
        );
    }
    let _ = writeln!(
        m,
        "- **{}**\n\n{}\n",
        tr_args(
            "planner-trip-total",
            &[("total", Arg::from(total_text(&total)))]
        ),
        method_note()
    );
    let _ = writeln!(m, "## {}\n", tr("briefing-heading-facts"));
    for (i, s) in trip.stops.iter().enumerate() {
        let _ = writeln!(m, "### {}\n", stop_name(trip, i));
        if let Some(note) = s.extra.get("note").and_then(Value::as_str) {
            let _ = writeln!(m, "_{}_\n", note);
        }
        let facts = facts(atlas, s);
        if facts.is_empty() {
            let _ = writeln!(m, "{}\n", tr("briefing-no-facts"));
        } else {
            fact_table_md(&mut m, &facts);
        }
        for (name, facts) in nearby_facts(atlas, s) {
            let _ = writeln!(
                m,
                "#### {}\n",
                tr_args("briefing-nearby", &[("name", Arg::from(name))])
            );
            fact_table_md(&mut m, &facts);
        }
        let sources = stop_sources(atlas, s);
        if !sources.is_empty() {
            let _ = writeln!(
                m,
                "{} {}\n",
                tr("briefing-stop-sources"),
                sources.join(", ")
            );
        }
    }
    let _ = writeln!(
        m,
        "---\n\n{}\n\n{}",
        tr("briefing-footer-seeds"),
        tr("about-osm-data")
    );
    m
}

const CSS: &str = "\
body { font-family: 'Noto Sans', 'Segoe UI', Arial, sans-serif; color: #1a1a1a; max-width: 190mm; margin: 1.5em auto; padding: 0 1em; line-height: 1.4; }
h1 { font-size: 1.7em; margin-bottom: 0.2em; }
h2 { font-size: 1.25em; border-bottom: 2px solid #0d47a1; padding-bottom: 0.1em; margin-top: 1.4em; }
h3 { font-size: 1.05em; margin-bottom: 0.3em; }
.lead, .method, .note, .sources, figcaption, footer { color: #444; font-size: 0.9em; }
table { border-collapse: collapse; width: 100%; margin: 0.4em 0; font-size: 0.92em; }
th, td { border: 1px solid #bbb; padding: 0.25em 0.45em; vertical-align: top; text-align: left; }
th { background: #eef2f8; }
td.num { text-align: right; white-space: nowrap; }
.border { color: #b35c00; }
figure { margin: 0; }
svg { width: 100%; height: auto; border: 1px solid #bbb; }
code { font-size: 0.9em; }
a { color: #0d47a1; word-break: break-all; }
@page { size: A4; margin: 14mm; }
@media print {
  body { margin: 0; max-width: none; }
  h2 { break-after: avoid; }
  tr, section.stop, figure { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
";

/// Width and height of the SVG map, in its own units.
const SVG_W: f64 = 800.0;
const SVG_H: f64 = 560.0;

/// Projects lon/lat into the SVG's box (Web Mercator fitted to `bounds` with a margin).
struct Frame {
    x0: f64,
    y0: f64,
    scale: f64,
}

fn merc(c: Coord<f64>) -> (f64, f64) {
    let lat = c.y.clamp(-85.0, 85.0).to_radians();
    (c.x.to_radians(), -(lat.tan() + 1.0 / lat.cos()).ln())
}

impl Frame {
    fn fit(points: &[Coord<f64>]) -> Frame {
        let (mut minx, mut miny, mut maxx, mut maxy) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for p in points {
            let (x, y) = merc(*p);
            minx = minx.min(x);
            maxx = maxx.max(x);
            miny = miny.min(y);
            maxy = maxy.max(y);
        }
        if points.is_empty() {
            (minx, miny) = merc(Coord { x: 99.0, y: 26.0 });
            (maxx, maxy) = merc(Coord { x: 106.0, y: 17.0 });
        }
        // At least about 2° across, and a margin around the stops.
        let min_span = 2f64.to_radians();
        let (cx, cy) = ((minx + maxx) / 2.0, (miny + maxy) / 2.0);
        let w = (maxx - minx).max(min_span) * 1.15;
        let h = (maxy - miny).max(min_span) * 1.15;
        let scale = (SVG_W / w).min(SVG_H / h);
        Frame {
            x0: cx - SVG_W / 2.0 / scale,
            y0: cy - SVG_H / 2.0 / scale,
            scale,
        }
    }

    fn at(&self, c: Coord<f64>) -> (f64, f64) {
        let (x, y) = merc(c);
        ((x - self.x0) * self.scale, (y - self.y0) * self.scale)
    }

    /// An SVG path through `coords`, dropping points closer than half a unit to the last kept.
    fn path(&self, coords: impl Iterator<Item = Coord<f64>>, close: bool) -> String {
        let mut d = String::new();
        let mut last: Option<(f64, f64)> = None;
        for c in coords {
            let (x, y) = self.at(c);
            if let Some((lx, ly)) = last
                && (x - lx).abs() < 0.5
                && (y - ly).abs() < 0.5
            {
                continue;
            }
            let _ = write!(
                d,
                "{}{:.1},{:.1}",
                if last.is_none() { "M" } else { "L" },
                x,
                y
            );
            last = Some((x, y));
        }
        if close && !d.is_empty() {
            d.push('Z');
        }
        d
    }
}

/// The trip's map as an inline SVG: countries and rivers (when the basemap is at hand), the
/// railway, the legs styled by method and the numbered stops.
pub fn svg_map(
    atlas: &Atlas,
    trip: &Itinerary,
    legs: &[Leg],
    basemap: Option<&BasemapData>,
) -> String {
    use crate::style::basemap as bm;
    let positions: Vec<Option<Coord<f64>>> = trip
        .stops
        .iter()
        .map(|s| planner::position(atlas, s))
        .collect();
    let placed: Vec<Coord<f64>> = positions.iter().flatten().copied().collect();
    let frame = Frame::fit(&placed);
    let hex = look::hex;
    let mut s = String::new();
    let _ = write!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {SVG_W} {SVG_H}\" role=\"img\">\
         <rect width=\"{SVG_W}\" height=\"{SVG_H}\" fill=\"{}\"/>",
        hex(bm::SEA)
    );
    let view = geo::Rect::new(
        crate_unmerc(&frame, 0.0, SVG_H),
        crate_unmerc(&frame, SVG_W, 0.0),
    );
    if let Some(data) = basemap {
        for (k, country) in data.countries().iter().enumerate() {
            if !rects_meet(&country.bbox, &view) {
                continue;
            }
            let mut d = String::new();
            for poly in &country.shape.0 {
                d.push_str(&frame.path(poly.exterior().0.iter().copied(), true));
                for hole in poly.interiors() {
                    d.push_str(&frame.path(hole.0.iter().copied(), true));
                }
            }
            let tint = bm::COUNTRY_TINTS
                .get(k % bm::COUNTRY_TINTS.len())
                .copied()
                .unwrap_or(bm::LAND);
            let _ = write!(
                s,
                "<path d=\"{d}\" fill=\"{}\" fill-rule=\"evenodd\" stroke=\"{}\" stroke-width=\"0.8\"/>",
                hex(tint),
                hex(bm::BORDER)
            );
        }
        for river in data.rivers() {
            let d = frame.path(
                river.line.iter().map(|[x, y]| Coord { x: *x, y: *y }),
                false,
            );
            let (color, width) = if river.mekong {
                (bm::MEKONG, 2.2)
            } else {
                (bm::RIVER, 1.0)
            };
            let _ = write!(
                s,
                "<path d=\"{d}\" fill=\"none\" stroke=\"{}\" stroke-width=\"{width}\"/>",
                hex(color)
            );
        }
    }
    for layer in atlas
        .layers()
        .iter()
        .filter(|l| l.kind == LayerKind::Railway)
    {
        for f in &layer.features {
            if let Some(Geometry::LineString(ls)) = &f.geometry {
                let d = frame.path(ls.0.iter().copied(), false);
                let _ = write!(
                    s,
                    "<path d=\"{d}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2\"/>",
                    hex(look::RAILWAY)
                );
            }
        }
    }
    let net = Network::from_atlas(atlas);
    for leg in legs {
        let d = frame.path(net.leg_path(atlas, trip, leg).into_iter(), false);
        if d.is_empty() {
            continue;
        }
        let (color, dash) = match leg.method {
            Method::Rail { .. } => (look::RAIL, String::new()),
            Method::Road { .. } => (
                look::ROAD,
                format!(
                    " stroke-dasharray=\"{} {}\"",
                    look::ROAD_DASH.0,
                    look::ROAD_DASH.1
                ),
            ),
            Method::GreatCircle => (
                look::GREAT_CIRCLE,
                format!(
                    " stroke-dasharray=\"{} {}\"",
                    look::GREAT_CIRCLE_DOT.0,
                    look::GREAT_CIRCLE_DOT.1
                ),
            ),
        };
        let _ = write!(
            s,
            "<path class=\"leg\" d=\"{d}\" fill=\"none\" stroke=\"white\" stroke-width=\"{:.1}\"/>\
             <path class=\"leg\" d=\"{d}\" fill=\"none\" stroke=\"{}\" stroke-width=\"{:.1}\"{dash}/>",
            look::LEG_WIDTH + 3.0,
            hex(color),
            look::LEG_WIDTH
        );
    }
    let mut placed: Vec<(f64, f64, f64)> = Vec::new();
    for (i, p) in positions.iter().enumerate() {
        let Some(p) = p else {
            continue;
        };
        let (x, y) = frame.at(*p);
        let r = f64::from(look::STOP_RADIUS);
        let _ = write!(
            s,
            "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{r}\" fill=\"{}\" stroke=\"white\" stroke-width=\"2\"/>\
             <text x=\"{x:.1}\" y=\"{:.1}\" font-size=\"12\" font-family=\"sans-serif\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"white\">{}</text>",
            hex(look::STOP_FILL),
            y + 4.0,
            i + 1
        );
        if let Some(stop) = trip.stops.get(i) {
            // Names near the right edge go to the left of their marker, to stay on the page.
            let (lx, anchor) = if x > SVG_W * 0.75 {
                (x - r - 3.0, "end")
            } else {
                (x + r + 3.0, "start")
            };
            // Stops a few km apart would print their names over each other: move a name
            // down a line until it is clear of the names already placed.
            let width = 7.0 * stop.name.chars().count() as f64;
            let left = if anchor == "end" { lx - width } else { lx };
            let mut ly = y + 4.0;
            while placed.iter().any(|(l, t, w): &(f64, f64, f64)| {
                (ly - t).abs() < 15.0 && left < l + w && *l < left + width
            }) {
                ly += 15.0;
            }
            placed.push((left, ly, width));
            let _ = write!(
                s,
                "<text x=\"{lx:.1}\" y=\"{ly:.1}\" text-anchor=\"{anchor}\" font-size=\"13\" font-family=\"sans-serif\" fill=\"#1a1a1a\" stroke=\"white\" stroke-width=\"3\" paint-order=\"stroke\">{}</text>",
                esc(&stop.name)
            );
        }
    }
    s.push_str("</svg>");
    s
}

fn crate_unmerc(frame: &Frame, x: f64, y: f64) -> Coord<f64> {
    let mx = x / frame.scale + frame.x0;
    let my = y / frame.scale + frame.y0;
    let lat = (2.0 * (-my).exp().atan() - std::f64::consts::FRAC_PI_2).to_degrees();
    Coord {
        x: mx.to_degrees(),
        y: lat,
    }
}

fn rects_meet(a: &geo::Rect<f64>, b: &geo::Rect<f64>) -> bool {
    a.min().x <= b.max().x
        && b.min().x <= a.max().x
        && a.min().y <= b.max().y
        && b.min().y <= a.max().y
}

/// Exit code of `briefing` when the briefing was written.
pub const EXIT_WRITTEN: i32 = 0;
/// Exit code when the itinerary cannot be read or is not an itinerary.
pub const EXIT_BAD_ITINERARY: i32 = 1;
/// Exit code when the briefing could not be written.
pub const EXIT_NOT_WRITTEN: i32 = 2;

/// `mekong-atlas briefing ITINERARY -o OUT`: Markdown when OUT ends in `.md`, HTML otherwise.
/// Messages go to `err`; returns the exit code.
pub fn run_briefing(itinerary: &Path, out: &Path, err: &mut dyn Write) -> i32 {
    let trip = match Itinerary::open(itinerary) {
        Ok(t) => t,
        Err(e) => {
            let _ = writeln!(err, "cannot make a briefing: {e}");
            return EXIT_BAD_ITINERARY;
        }
    };
    if trip.stops.is_empty() {
        let _ = writeln!(
            err,
            "cannot make a briefing: {} has no stops",
            itinerary.display()
        );
        return EXIT_BAD_ITINERARY;
    }
    let atlas = match Atlas::builtin() {
        Ok(a) => a,
        Err(e) => {
            let _ = writeln!(err, "the built-in data could not be read: {e}");
            return EXIT_NOT_WRITTEN;
        }
    };
    let legs = Network::from_atlas(&atlas).legs(&atlas, &trip);
    let markdown_out = out
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("md"));
    let text = if markdown_out {
        markdown(&atlas, &trip, &legs)
    } else {
        let basemap = BasemapData::embedded().ok();
        html(&atlas, &trip, &legs, basemap.as_ref())
    };
    match crate::persist::write_atomic(out, text.as_bytes()) {
        Ok(()) => {
            let n = |k: usize, one: &str, many: &str| {
                format!("{k} {}", if k == 1 { one } else { many })
            };
            let _ = writeln!(
                err,
                "wrote {} ({}, {})",
                out.display(),
                n(trip.stops.len(), "stop", "stops"),
                n(legs.len(), "leg", "legs")
            );
            EXIT_WRITTEN
        }
        Err(e) => {
            let _ = writeln!(err, "{e}");
            EXIT_NOT_WRITTEN
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_briefing_names_every_stop_leg_and_source() {
        let atlas = Atlas::builtin().expect("built-in data");
        let trip = crate::data::itinerary::example_2019();
        let legs = Network::from_atlas(&atlas).legs(&atlas, &trip);
        assert_eq!(legs.len(), trip.stops.len() - 1);
        let html = html(&atlas, &trip, &legs, None);
        let md = markdown(&atlas, &trip, &legs);
        for text in [&html, &md] {
            for s in &trip.stops {
                assert!(
                    text.contains(&esc(&s.name)) || text.contains(&s.name),
                    "{}",
                    s.name
                );
                for src in stop_sources(&atlas, s) {
                    assert!(text.contains(&esc(&src)) || text.contains(&src), "{src}");
                }
                let near = nearby_facts(&atlas, s).into_iter().flat_map(|(_, f)| f);
                for f in facts(&atlas, s).into_iter().chain(near) {
                    for src in &f.sources {
                        assert!(
                            text.contains(src.as_str()) || text.contains(&esc(src)),
                            "{src}"
                        );
                    }
                    assert!(text.contains(&i18n::date(&f.as_of)), "{}", f.as_of);
                }
            }
            for leg in &legs {
                let row = i18n::distance(leg.metres);
                assert!(text.contains(&row), "{row}");
                assert!(
                    text.contains(&esc(&stop_name(&trip, leg.to)))
                        || text.contains(&stop_name(&trip, leg.to))
                );
            }
        }
        assert_eq!(html.matches("<circle").count(), trip.stops.len());
        assert_eq!(html.matches("class=\"leg\"").count(), legs.len() * 2);
        assert!(html.contains("@media print"));
        assert!(!html.contains("<script"));
        // Seed documents are named by their title, beside the file they are kept as.
        assert!(
            html.contains("Mekong Institute: Structured Learning Visit"),
            "a seed document's title"
        );
    }

    #[test]
    fn a_bad_itinerary_is_refused_with_a_message() {
        let dir = tempfile::tempdir().expect("temp dir");
        let bad = dir.path().join("bad.geojson");
        std::fs::write(&bad, "{\"type\":\"Feature\"}").expect("write");
        let out = dir.path().join("out.html");
        let mut err = Vec::new();
        let code = run_briefing(&bad, &out, &mut err);
        assert_eq!(code, EXIT_BAD_ITINERARY);
        let msg = String::from_utf8(err).expect("utf-8");
        assert!(msg.contains("bad.geojson"), "{msg}");
        assert!(!out.exists());
    }
}
