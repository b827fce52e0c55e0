//! The atlas's one palette: every colour, width, symbol size and text size the map and
//! the panels use is defined here, and the legend is generated from it, so the legend can
//! never disagree with the map.
//!
//! The style reads plain data enums ([`LayerKind`]) and the typed corridor values (status,
//! port kind, zone type, route mode, station role), but nothing of the UI beyond egui's
//! value types. It depends on `data` for those types only, which keeps the rule "one place
//! decides the look" without duplicating the layer kinds here.

pub mod basemap;

use crate::data::schema::{Mode, PortKind, StationRole, ZoneType};
use crate::data::{Feature, LayerKind};
use egui::Color32;

/// Text sizes in points. Large on purpose: the atlas is shown on projectors and read from
/// the back of a room.
pub mod text {
    /// Body text in panels.
    pub const BODY: f32 = 15.0;
    /// Panel headings.
    pub const HEADING: f32 = 20.0;
    /// Small print: sources, attribution.
    pub const SMALL: f32 = 12.5;
    /// Labels of corridor features (stations, ports) on the map.
    pub const MAP_LABEL: f32 = 14.0;
    /// Labels of capitals and countries on the basemap.
    pub const MAP_LABEL_MAJOR: f32 = 16.0;
    /// Labels of ordinary towns on the basemap.
    pub const MAP_LABEL_MINOR: f32 = 12.5;
    /// The presenter caption.
    pub const CAPTION: f32 = 28.0;
}

/// Colours of the user interface chrome (not the map).
pub mod ui {
    use egui::Color32;
    /// Accent for selection and highlighted routes: a saturated magenta that no layer uses,
    /// so a selection is unmistakable on a washed-out projector.
    pub const SELECTION: Color32 = Color32::from_rgb(0xD0, 0x0E, 0x8A);
    /// Hover outline: lighter than selection, same hue.
    pub const HOVER: Color32 = Color32::from_rgb(0xF0, 0x6E, 0xC0);
    /// Halo drawn behind map text and lines so they stay legible on any background.
    pub const HALO: Color32 = Color32::from_rgba_premultiplied(0xFF, 0xFF, 0xFF, 0xE6);
    /// Map label text.
    pub const LABEL: Color32 = Color32::from_rgb(0x1A, 0x1A, 0x1A);
    /// Secondary map label text (towns).
    pub const LABEL_MINOR: Color32 = Color32::from_rgb(0x44, 0x44, 0x44);
    /// Measuring tool line.
    pub const MEASURE: Color32 = Color32::from_rgb(0x00, 0x66, 0xCC);
    /// Warnings in notices and caveats in the Details panel.
    pub const WARNING: Color32 = Color32::from_rgb(0xB3, 0x5C, 0x00);
    /// Errors in notices.
    pub const ERROR: Color32 = Color32::from_rgb(0xB0, 0x1E, 0x1E);
}

/// Lifecycle of a built feature; drawn differently so a timeline and a map read the same.
/// The schema's own type, so the style cannot read a status differently from the checker.
pub use crate::data::schema::Status;

/// How a line is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LineLook {
    /// Main stroke colour.
    pub color: Color32,
    /// Main stroke width in points at the reference zoom (see [`line_width_at_zoom`]).
    pub width: f32,
    /// Casing drawn under the stroke (wider, contrasting), so the line reads on any basemap.
    pub casing: Option<Color32>,
    /// Dashed lines mean "not (yet) in service".
    pub dashed: bool,
}

/// How a point symbol is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PointLook {
    /// Fill colour.
    pub fill: Color32,
    /// Outline colour.
    pub stroke: Color32,
    /// Radius in points.
    pub radius: f32,
    /// Symbol shape, so ports, stations and stops differ without relying on colour alone.
    pub shape: PointShape,
}

/// Symbol shapes for point features.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PointShape {
    /// Railway stations.
    Circle,
    /// Border ports.
    Square,
    /// Zones known only by a point.
    Diamond,
    /// Stops of an itinerary.
    Pin,
}

/// How an area is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AreaLook {
    /// Translucent fill, so the basemap stays readable under zones.
    pub fill: Color32,
    /// Outline.
    pub stroke: Color32,
    /// Outline width in points.
    pub stroke_width: f32,
}

/// The complete look of one feature, chosen once when a layer is loaded.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FeatureLook {
    /// For LineString / MultiLineString geometry.
    pub line: LineLook,
    /// For Point / MultiPoint geometry.
    pub point: PointLook,
    /// For Polygon / MultiPolygon geometry.
    pub area: AreaLook,
    /// Drawing priority: higher is drawn later (on top) and keeps its label when labels collide.
    pub priority: u8,
    /// The feature is drawn (and labelled) only from this zoom: minor features such as passing
    /// stations would crowd the whole-line view.
    pub min_zoom: f64,
}

/// Zoom from which stations without passenger service (passing and freight stations) appear.
pub const MINOR_STATION_MIN_ZOOM: f64 = 9.0;

/// Whether a station has no passenger service (the data's `station_role`), so it is drawn
/// with the quieter symbol.
pub fn is_minor_station(feature: &Feature) -> bool {
    feature
        .corridor()
        .and_then(|c| c.station())
        .and_then(|s| s.role)
        == Some(StationRole::PassingOrFreight)
}

/// The look of a railway's straight gap fills (segments joining two track ends where the
/// source has no track): the railway's colour, thinner, dashed, so a careful reader sees the
/// line is not surveyed there without it shouting "planned".
pub fn rail_gap_fill_look() -> LineLook {
    line(RAIL_GAP_FILL, 2.5, Some(RAIL_CASING), true)
}

/// Yunnan's other railways: thin and grey, context under the corridor, never competing with it.
pub fn context_rail_look() -> LineLook {
    line(CONTEXT_RAIL, 1.4, None, false)
}

/// The quieter symbol of a passing or freight station.
pub fn minor_station_look() -> PointLook {
    PointLook {
        fill: WHITE,
        stroke: RAIL_MINOR,
        radius: 3.0,
        shape: PointShape::Circle,
    }
}

const RAIL: Color32 = Color32::from_rgb(0xC6, 0x28, 0x28);
const RAIL_CASING: Color32 = Color32::from_rgb(0xFF, 0xFF, 0xFF);
const RAIL_GAP_FILL: Color32 = Color32::from_rgb(0xC6, 0x28, 0x28);
const CONTEXT_RAIL: Color32 = Color32::from_rgb(0x8A, 0x84, 0x80);
const RAIL_MINOR: Color32 = Color32::from_rgb(0x9E, 0x6B, 0x6B);
const EXPRESSWAY: Color32 = Color32::from_rgb(0xE0, 0x7B, 0x00);
const EXPRESSWAY_CASING: Color32 = Color32::from_rgb(0x6B, 0x3A, 0x00);
const PORT_ROAD: Color32 = Color32::from_rgb(0x2E, 0x7D, 0x32);
const PORT_RAIL: Color32 = Color32::from_rgb(0xC6, 0x28, 0x28);
const PORT_RIVER: Color32 = Color32::from_rgb(0x15, 0x65, 0xC0);
const PORT_ROAD_RAIL: Color32 = Color32::from_rgb(0x6A, 0x1B, 0x9A);
const ZONE_CBECZ: Color32 = Color32::from_rgb(0x8E, 0x24, 0xAA);
const ZONE_SEZ: Color32 = Color32::from_rgb(0x00, 0x89, 0x7B);
const ZONE_FTZ: Color32 = Color32::from_rgb(0x28, 0x35, 0x93);
const ZONE_LOGISTICS: Color32 = Color32::from_rgb(0x5D, 0x40, 0x37);
const ZONE_INDUSTRIAL: Color32 = Color32::from_rgb(0x55, 0x6B, 0x2F);
const ROUTE_RAIL: Color32 = Color32::from_rgb(0x88, 0x0E, 0x4F);
const ROUTE_ROAD: Color32 = Color32::from_rgb(0xEF, 0x6C, 0x00);
const ROUTE_RIVER: Color32 = Color32::from_rgb(0x01, 0x57, 0x9B);
const ROUTE_MULTIMODAL: Color32 = Color32::from_rgb(0x37, 0x47, 0x4F);
const VISIT: Color32 = Color32::from_rgb(0x00, 0x60, 0x64);
/// Colours given in turn to imported layers, so two files read apart at a glance: strong,
/// dark enough for a white casing and white labels' halo, and none of them a corridor
/// layer's colour or the selection's magenta.
pub const IMPORTED_PALETTE: [Color32; 8] = [
    Color32::from_rgb(0x0D, 0x47, 0xA1),
    Color32::from_rgb(0x00, 0x7A, 0x5E),
    Color32::from_rgb(0xB8, 0x4A, 0x00),
    Color32::from_rgb(0x5E, 0x35, 0xB1),
    Color32::from_rgb(0x00, 0x6E, 0x8C),
    Color32::from_rgb(0x8D, 0x6E, 0x00),
    Color32::from_rgb(0x6D, 0x4C, 0x41),
    Color32::from_rgb(0x2E, 0x4A, 0x2E),
];

/// The colour the `n`-th imported layer gets (0-based), round the palette.
pub fn imported_color(n: usize) -> Color32 {
    IMPORTED_PALETTE[n % IMPORTED_PALETTE.len()]
}

const IMPORTED: Color32 = IMPORTED_PALETTE[0];
const OUTLINE: Color32 = Color32::from_rgb(0x21, 0x21, 0x21);
const WHITE: Color32 = Color32::WHITE;

/// Translucent version of a colour for area fills (alpha ≈ 22 %).
fn translucent(c: Color32) -> Color32 {
    Color32::from_rgba_unmultiplied(c.r(), c.g(), c.b(), 56)
}

fn line(color: Color32, width: f32, casing: Option<Color32>, dashed: bool) -> LineLook {
    LineLook {
        color,
        width,
        casing,
        dashed,
    }
}

fn point(fill: Color32, radius: f32, shape: PointShape) -> PointLook {
    PointLook {
        fill,
        stroke: OUTLINE,
        radius,
        shape,
    }
}

fn area(color: Color32) -> AreaLook {
    AreaLook {
        fill: translucent(color),
        stroke: color,
        stroke_width: 2.0,
    }
}

fn look(color: Color32, priority: u8) -> FeatureLook {
    FeatureLook {
        line: line(color, 3.0, Some(WHITE), false),
        point: point(color, 6.0, PointShape::Circle),
        area: area(color),
        priority,
        min_zoom: 0.0,
    }
}

/// Colour of a border port by the traffic it handles.
pub fn port_color(port_kind: &str) -> Color32 {
    match port_kind {
        "rail" => PORT_RAIL,
        "river" => PORT_RIVER,
        "road_rail" => PORT_ROAD_RAIL,
        _ => PORT_ROAD,
    }
}

/// Colour of a zone by its type.
pub fn zone_color(zone_type: &str) -> Color32 {
    match zone_type {
        "cbecz" => ZONE_CBECZ,
        "sez" => ZONE_SEZ,
        "ftz" => ZONE_FTZ,
        "logistics_base" => ZONE_LOGISTICS,
        _ => ZONE_INDUSTRIAL,
    }
}

/// Colour of a logistics route by its mode.
pub fn route_color(mode: &str) -> Color32 {
    match mode {
        "rail" => ROUTE_RAIL,
        "road" => ROUTE_ROAD,
        "river" => ROUTE_RIVER,
        _ => ROUTE_MULTIMODAL,
    }
}

/// The look of one feature of a layer of `kind`; decided once at load time, so nothing
/// about style is evaluated per frame.
pub fn feature_look(kind: LayerKind, feature: &Feature) -> FeatureLook {
    feature_look_in(kind, feature, Status::of(feature))
}

/// How much of its colour a line keeps while only planned: faded, so planned, under
/// construction (dashed) and open (solid) read apart on the timeline.
pub const PLANNED_FADE: f32 = 0.4;

/// A station's symbol: white with the railway's red ring.
fn station_look() -> PointLook {
    PointLook {
        fill: WHITE,
        stroke: RAIL,
        radius: 5.5,
        shape: PointShape::Circle,
    }
}

/// A station, port or zone symbol at a stage of its life: hollow and faded while it is
/// being built (the timeline's earlier years), as a line under construction is dashed.
/// Planned points keep their look: the curated data marks them in words, and the
/// timeline leaves points that were not there yet off the map.
pub fn status_point(p: PointLook, status: Status) -> PointLook {
    match status {
        Status::UnderConstruction => {
            let main = if p.fill == WHITE { p.stroke } else { p.fill };
            PointLook {
                fill: WHITE,
                stroke: main.gamma_multiply(PLANNED_FADE),
                ..p
            }
        }
        _ => p,
    }
}

/// A corridor line as its status draws it: solid when open, dashed while being built,
/// dashed and faded while only planned or never built.
pub fn status_line(
    color: Color32,
    width: f32,
    casing: Option<Color32>,
    status: Status,
) -> LineLook {
    match status {
        Status::Open => line(color, width, casing, false),
        Status::UnderConstruction => line(color, width, casing, true),
        Status::Planned | Status::NotBuilt => line(
            color.gamma_multiply(PLANNED_FADE),
            width,
            casing.map(|c| c.gamma_multiply(PLANNED_FADE)),
            true,
        ),
    }
}

/// The look of one feature with a given `status` (its own, or the one the timeline's year
/// gives it).
pub fn feature_look_in(kind: LayerKind, feature: &Feature, status: Status) -> FeatureLook {
    let corridor = feature.corridor();
    match kind {
        LayerKind::Railway => FeatureLook {
            line: status_line(RAIL, 4.0, Some(RAIL_CASING), status),
            ..look(RAIL, 60)
        },
        // Stations outrank ports for labels: the railway is what the corridor is about, and
        // a terminus like Vientiane must keep its name next to the border bridge.
        LayerKind::ContextRailway => FeatureLook {
            line: context_rail_look(),
            ..look(CONTEXT_RAIL, 10)
        },
        LayerKind::Station if is_minor_station(feature) => FeatureLook {
            point: status_point(minor_station_look(), status),
            min_zoom: MINOR_STATION_MIN_ZOOM,
            ..look(RAIL, 70)
        },
        LayerKind::Station => FeatureLook {
            point: status_point(station_look(), status),
            ..look(RAIL, 95)
        },
        LayerKind::Expressway => FeatureLook {
            line: status_line(EXPRESSWAY, 3.0, Some(EXPRESSWAY_CASING), status),
            ..look(EXPRESSWAY, 40)
        },
        LayerKind::Port => {
            let port_kind = corridor.and_then(|c| c.port()).and_then(|p| p.port_kind);
            let c = port_color(port_kind.map_or("road", PortKind::code));
            FeatureLook {
                point: status_point(point(c, 6.5, PointShape::Square), status),
                ..look(c, 90)
            }
        }
        LayerKind::Zone => {
            let zone_type = corridor
                .and_then(|c| c.zone())
                .and_then(|z| z.zone_type)
                .map_or("", ZoneType::code);
            FeatureLook {
                point: status_point(zone_point(zone_type), status),
                ..look(zone_color(zone_type), 20)
            }
        }
        LayerKind::Route => {
            let mode = corridor.and_then(|c| c.route()).and_then(|r| r.mode);
            let c = route_color(mode.map_or("", Mode::code));
            FeatureLook {
                line: line(c, 3.0, None, true),
                ..look(c, 30)
            }
        }
        LayerKind::VisitStop => FeatureLook {
            point: point(VISIT, 7.0, PointShape::Pin),
            ..look(VISIT, 85)
        },
        LayerKind::Imported => imported_look(IMPORTED),
    }
}

/// The look of every feature of an imported layer drawn in `color` (its own colour, see
/// [`imported_color`]).
pub fn imported_look(color: Color32) -> FeatureLook {
    look(color, 50)
}

/// The legend swatch of an imported layer drawn in `color`: its line, as most files hold
/// tracks and outlines.
pub fn imported_swatch(color: Color32) -> Swatch {
    Swatch::Line(imported_look(color).line)
}

/// The diamond of a zone known only by a point, coloured by its type: the same symbol on
/// the map and in the legend.
pub fn zone_point(zone_type: &str) -> PointLook {
    point(zone_color(zone_type), 6.5, PointShape::Diamond)
}

/// Scales a line width with the map zoom: thin at the whole-region view (z5) so the
/// corridor does not drown the basemap, thicker when zoomed in to a crossing; times the
/// room scale (see [`map_scale`]).
pub fn line_width_at_zoom(width: f32, zoom: f64) -> f32 {
    let factor = ((zoom as f32 - 5.0) * 0.08 + 1.0).clamp(0.8, 1.6);
    width * factor * map_scale()
}

thread_local! {
    static MAP_SCALE: std::cell::Cell<f32> = const { std::cell::Cell::new(1.0) };
}

/// Sets the room scale every map width, symbol and label size is multiplied by: 1 on a
/// desk, larger in presenter mode so the back of a room can read the map. Set by the map
/// each frame before it draws (per thread, so maps drawn on other threads keep their own).
pub fn set_map_scale(scale: f32) {
    let scale = if scale.is_finite() {
        scale.clamp(MIN_ROOM_SCALE, MAX_ROOM_SCALE)
    } else {
        1.0
    };
    MAP_SCALE.with(|s| s.set(scale));
}

/// The room scale in force (see [`set_map_scale`]).
pub fn map_scale() -> f32 {
    MAP_SCALE.with(std::cell::Cell::get)
}

/// `size` (points) at the room scale: symbol radii, label sizes, strokes of the map.
pub fn scaled(size: f32) -> f32 {
    size * map_scale()
}

/// Smallest room scale (a desk).
pub const MIN_ROOM_SCALE: f32 = 1.0;
/// Largest room scale: beyond it labels crowd each other off the map.
pub const MAX_ROOM_SCALE: f32 = 3.0;

/// The room scale presenter mode starts with for a screen `height` points high: a
/// 1080-line projector gets 1.5× (labels ≈ 21 pt, the railway ≈ 6 pt), a 768-line one
/// 1.3×; `adjust` is the presenter's own Ctrl +/− factor.
pub fn room_scale(height: f32, adjust: f32) -> f32 {
    let base = (height / 720.0).clamp(1.3, 2.4);
    (base * adjust).clamp(MIN_ROOM_SCALE, MAX_ROOM_SCALE)
}

/// Presenter mode: how strongly the spotlight darkens the map outside it (0–255).
pub const SPOTLIGHT_DIM: u8 = 170;
/// Presenter mode: the smallest spotlight radius in points (before the room scale).
pub const SPOTLIGHT_RADIUS: f32 = 130.0;
/// The rim of the spotlight.
pub const SPOTLIGHT_RIM: Color32 = Color32::from_rgb(0xFF, 0xD5, 0x4F);
/// The caption card's background: opaque white, so the text reads on any projector.
pub const CAPTION_FILL: Color32 = Color32::WHITE;
/// The caption card's border.
pub const CAPTION_STROKE: Color32 = Color32::from_rgb(0x1A, 0x1A, 0x1A);
/// The caption's headline colour: the railway's red, the corridor's colour.
pub const CAPTION_TITLE: Color32 = RAIL;

/// What one legend row shows.
#[derive(Clone, Debug, PartialEq)]
pub enum Swatch {
    /// A line sample.
    Line(LineLook),
    /// A point symbol.
    Point(PointLook),
    /// An area sample.
    Area(AreaLook),
}

/// One legend row: a swatch and its plain-words label.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendEntry {
    /// Which layer the row belongs to (the legend hides rows of hidden layers).
    pub kind: LayerKind,
    /// Message id of its plain-words label in the locale files (`assets/locales/`), e.g.
    /// `legend-railway-open`; the legend shows it with `i18n::tr`, so the style module
    /// stays free of interface text.
    pub label: &'static str,
    /// The sample drawn beside the label.
    pub swatch: Swatch,
}

/// Every legend row, built from the same functions the map uses, in a fixed order.
pub fn legend_entries() -> Vec<LegendEntry> {
    let rail = |status| status_line(RAIL, 4.0, Some(RAIL_CASING), status);
    let expressway = |status| status_line(EXPRESSWAY, 3.0, Some(EXPRESSWAY_CASING), status);
    let station = station_look();
    let port = |kind| point(port_color(kind), 6.5, PointShape::Square);
    // Every zone of the data is a point, drawn as a diamond: the legend shows the diamond.
    let zone = zone_point;
    let route = |mode| line(route_color(mode), 3.0, None, true);
    use LayerKind as K;
    use Swatch as S;
    vec![
        entry(
            K::Railway,
            "legend-railway-open",
            S::Line(rail(Status::Open)),
        ),
        entry(
            K::Railway,
            "legend-railway-planned",
            S::Line(rail(Status::UnderConstruction)),
        ),
        entry(
            K::Railway,
            "legend-railway-not-started",
            S::Line(rail(Status::Planned)),
        ),
        entry(
            K::Railway,
            "legend-railway-gap-fill",
            S::Line(rail_gap_fill_look()),
        ),
        entry(
            K::ContextRailway,
            "legend-context-railway",
            S::Line(context_rail_look()),
        ),
        entry(K::Station, "legend-station", S::Point(station)),
        entry(
            K::Station,
            "legend-minor-station",
            S::Point(minor_station_look()),
        ),
        entry(
            K::Station,
            "legend-station-building",
            S::Point(status_point(station, Status::UnderConstruction)),
        ),
        entry(
            K::Expressway,
            "legend-expressway-open",
            S::Line(expressway(Status::Open)),
        ),
        entry(
            K::Expressway,
            "legend-expressway-planned",
            S::Line(expressway(Status::UnderConstruction)),
        ),
        entry(
            K::Expressway,
            "legend-expressway-not-started",
            S::Line(expressway(Status::Planned)),
        ),
        entry(K::Port, "legend-port-road", S::Point(port("road"))),
        entry(K::Port, "legend-port-rail", S::Point(port("rail"))),
        entry(
            K::Port,
            "legend-port-road-rail",
            S::Point(port("road_rail")),
        ),
        entry(K::Port, "legend-port-river", S::Point(port("river"))),
        entry(K::Zone, "legend-zone-cbecz", S::Point(zone("cbecz"))),
        entry(K::Zone, "legend-zone-sez", S::Point(zone("sez"))),
        entry(K::Zone, "legend-zone-ftz", S::Point(zone("ftz"))),
        entry(
            K::Zone,
            "legend-zone-logistics",
            S::Point(zone("logistics_base")),
        ),
        entry(
            K::Zone,
            "legend-zone-industrial",
            S::Point(zone("industrial_park")),
        ),
        entry(K::Route, "legend-route-rail", S::Line(route("rail"))),
        entry(K::Route, "legend-route-road", S::Line(route("road"))),
        entry(K::Route, "legend-route-river", S::Line(route("river"))),
        entry(
            K::Route,
            "legend-route-multimodal",
            S::Line(route("multimodal")),
        ),
        entry(
            K::VisitStop,
            "legend-visit-stop",
            S::Point(point(VISIT, 7.0, PointShape::Pin)),
        ),
        entry(K::Imported, "legend-imported", imported_swatch(IMPORTED)),
    ]
}

fn entry(kind: LayerKind, label: &'static str, swatch: Swatch) -> LegendEntry {
    LegendEntry {
        kind,
        label,
        swatch,
    }
}

/// The light, high-contrast theme: projectors wash out dark themes, so the atlas is light
/// with large text whatever the system prefers.
pub fn apply_projector_theme(ctx: &egui::Context) {
    ctx.set_theme(egui::Theme::Light);
    // Even where something asks for the dark theme (a system setting, a test harness), the
    // atlas stays light: both theme slots get the light visuals.
    ctx.set_visuals_of(egui::Theme::Dark, egui::Visuals::light());
    ctx.all_styles_mut(|style| {
        use egui::{FontFamily, FontId, TextStyle};
        style.text_styles = [
            (
                TextStyle::Small,
                FontId::new(text::SMALL, FontFamily::Proportional),
            ),
            (
                TextStyle::Body,
                FontId::new(text::BODY, FontFamily::Proportional),
            ),
            (
                TextStyle::Button,
                FontId::new(text::BODY, FontFamily::Proportional),
            ),
            (
                TextStyle::Heading,
                FontId::new(text::HEADING, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(text::BODY - 1.0, FontFamily::Monospace),
            ),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.interact_size.y = 24.0;
        style.visuals.selection.bg_fill = ui::SELECTION.gamma_multiply(0.35);
        style.visuals.hyperlink_color = Color32::from_rgb(0x0B, 0x4F, 0xA8);
    });
}

/// Presenter mode's theme: the light theme with larger chrome text and black, thicker
/// outlines, which survives a washed-out projector; `on = false` restores the desk theme.
pub fn apply_presenter_theme(ctx: &egui::Context, on: bool) {
    apply_projector_theme(ctx);
    if !on {
        return;
    }
    ctx.all_styles_mut(|style| {
        for font in style.text_styles.values_mut() {
            font.size *= 1.3;
        }
        let w = &mut style.visuals.widgets;
        for v in [&mut w.inactive, &mut w.hovered, &mut w.active] {
            v.fg_stroke = egui::Stroke::new(v.fg_stroke.width.max(1.5), ui::LABEL);
            v.bg_stroke = egui::Stroke::new(v.bg_stroke.width.max(1.5), ui::LABEL);
        }
        style.visuals.widgets.noninteractive.fg_stroke = egui::Stroke::new(1.5, ui::LABEL);
        style.visuals.window_fill = Color32::WHITE;
        style.visuals.panel_fill = Color32::WHITE;
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_room_scale_grows_with_the_screen_and_stays_bounded() {
        assert!(room_scale(1080.0, 1.0) > room_scale(768.0, 1.0));
        assert!(room_scale(768.0, 1.0) > 1.0);
        assert!(room_scale(1080.0, 1.15) > room_scale(1080.0, 1.0));
        assert!(room_scale(10_000.0, 10.0) <= MAX_ROOM_SCALE);
        assert!(room_scale(100.0, 0.1) >= MIN_ROOM_SCALE);
    }

    #[test]
    fn the_map_scale_multiplies_widths_and_ignores_nonsense() {
        set_map_scale(2.0);
        let wide = line_width_at_zoom(3.0, 8.0);
        set_map_scale(f32::NAN);
        let desk = line_width_at_zoom(3.0, 8.0);
        assert!((wide - 2.0 * desk).abs() < 1e-4);
        assert!((map_scale() - 1.0).abs() < f32::EPSILON);
    }

    #[test]
    fn every_layer_kind_has_a_legend_row_so_nothing_on_the_map_is_unexplained() {
        let kinds: std::collections::BTreeSet<_> =
            legend_entries().iter().map(|e| e.kind).collect();
        for kind in LayerKind::ALL {
            assert!(kinds.contains(&kind), "{kind:?} has no legend row");
        }
    }

    #[test]
    fn legend_labels_are_unique() {
        let entries = legend_entries();
        let labels: std::collections::BTreeSet<_> = entries.iter().map(|e| e.label).collect();
        assert_eq!(labels.len(), entries.len());
    }

    #[test]
    fn zone_fills_are_translucent_so_the_basemap_shows_through() {
        for kind in ["cbecz", "sez", "ftz", "logistics_base", "industrial_park"] {
            let a = area(zone_color(kind));
            assert!(a.fill.a() < 100, "{kind} fill alpha {}", a.fill.a());
            assert_eq!(a.stroke.a(), 255);
        }
    }

    #[test]
    fn zones_are_shown_in_the_legend_by_the_diamond_the_map_draws() {
        let zone_rows: Vec<_> = legend_entries()
            .into_iter()
            .filter(|e| e.kind == LayerKind::Zone)
            .collect();
        assert!(!zone_rows.is_empty());
        for row in zone_rows {
            match row.swatch {
                Swatch::Point(p) => assert_eq!(p.shape, PointShape::Diamond, "{}", row.label),
                other => panic!("{} shows {other:?}", row.label),
            }
        }
    }

    #[test]
    fn imported_layers_take_the_palette_in_turn_and_wrap_round() {
        assert_ne!(imported_color(0), imported_color(1));
        assert_eq!(imported_color(0), imported_color(IMPORTED_PALETTE.len()));
        let corridor = [RAIL, EXPRESSWAY, ui::SELECTION, ui::HOVER];
        for c in IMPORTED_PALETTE {
            assert!(!corridor.contains(&c), "{c:?} is a corridor colour");
        }
    }

    #[test]
    fn lines_grow_when_zoomed_in_but_stay_bounded() {
        assert!(line_width_at_zoom(3.0, 12.0) > line_width_at_zoom(3.0, 5.0));
        assert!(line_width_at_zoom(3.0, 20.0) <= 3.0 * 1.6 + f32::EPSILON);
        assert!(line_width_at_zoom(3.0, 0.0) >= 3.0 * 0.8 - f32::EPSILON);
    }
}

/// The study-visit itinerary on the map and in the briefing: numbered stops and legs styled
/// by how each leg was measured (solid rail, dashed road, dotted straight line), in colours
/// no layer uses so the trip reads above the corridor.
pub mod planner {
    use egui::Color32;
    /// A leg along the railway by chainage.
    pub const RAIL: Color32 = Color32::from_rgb(0x6A, 0x1B, 0x9A);
    /// A leg along a corridor road: teal, apart from the orange of the expressways it follows.
    pub const ROAD: Color32 = Color32::from_rgb(0x00, 0x83, 0x8F);
    /// The railway in the briefing's map: the same red as on the atlas map.
    pub const RAILWAY: Color32 = super::RAIL;
    /// A straight (great-circle) leg: grey, since no real journey follows it.
    pub const GREAT_CIRCLE: Color32 = Color32::from_rgb(0x55, 0x55, 0x55);
    /// Fill of a numbered stop marker.
    pub const STOP_FILL: Color32 = Color32::from_rgb(0x0D, 0x47, 0xA1);
    /// Number inside a stop marker and its outline.
    pub const STOP_TEXT: Color32 = Color32::WHITE;
    /// Width of a leg line, points.
    pub const LEG_WIDTH: f32 = 3.5;
    /// Radius of a stop marker, points.
    pub const STOP_RADIUS: f32 = 11.0;
    /// Dash and gap of a road leg, points.
    pub const ROAD_DASH: (f32, f32) = (12.0, 6.0);
    /// Dot spacing of a straight leg, points.
    pub const GREAT_CIRCLE_DOT: (f32, f32) = (3.0, 7.0);

    /// `#rrggbb` of a colour, for the briefing's SVG.
    pub fn hex(c: Color32) -> String {
        format!("#{:02x}{:02x}{:02x}", c.r(), c.g(), c.b())
    }
}
