//! Everything that touches walkers: the map widget, its tile sources, the corridor
//! overlays, labels, hit-testing and camera moves.
//!
//! The map never changes the application state. It reads a [`MapInput`] (what to draw)
//! and returns [`MapEvents`] (what the user did); the app shell applies them. That keeps
//! the map testable on its own and the state changes in one place.

pub mod basemap;
pub mod camera;
pub mod dense;
pub mod disk_cache;
pub mod fetch;
pub mod itinerary;
pub mod labels;
pub mod online;
pub mod overlays;
pub mod pack;
pub mod per_feature;
pub mod probe;
pub mod raster;
pub mod tile_pool;

use crate::data::mercator;
use crate::data::{FeatureId, Lang, Layer, LayerId};
use crate::style;
use camera::{Flight, View};
use egui::{Color32, Pos2, Rect, Stroke, pos2, vec2};
use geo::Coord;
use std::collections::HashMap;
use walkers::{Map, MapMemory, Projector, Tiles, lon_lat};

/// What the map shows on screen: a projection from lon/lat to screen points that matches
/// walkers' Web Mercator exactly, plus the lon/lat box in view (for R-tree queries).
#[derive(Clone, Copy, Debug)]
pub struct Viewport {
    /// The map's rectangle on screen, points.
    pub rect: Rect,
    /// Zoom level.
    pub zoom: f64,
    /// World pixel coordinates of the rectangle's centre at this zoom.
    center_world: (f64, f64),
    /// Lon/lat bounds of what is visible (with a small margin).
    pub bounds: geo::Rect<f64>,
}

fn world_size(zoom: f64) -> f64 {
    256.0 * 2f64.powf(zoom)
}

fn to_world(c: Coord<f64>, zoom: f64) -> (f64, f64) {
    let size = world_size(zoom);
    let [x, y] = mercator::to_unit(c.x, c.y);
    (x * size, y * size)
}

fn from_world(x: f64, y: f64, zoom: f64) -> Coord<f64> {
    let size = world_size(zoom);
    Coord {
        x: mercator::lon_of_unit_x(x / size),
        y: mercator::lat_of_unit_y(y / size),
    }
}

impl Viewport {
    /// A viewport of `rect` centred on `center` at `zoom`.
    pub fn new(rect: Rect, center: Coord<f64>, zoom: f64) -> Self {
        let center_world = to_world(center, zoom);
        let mut v = Self {
            rect,
            zoom,
            center_world,
            bounds: geo::Rect::new(center, center),
        };
        let margin = 24.0;
        let nw = v.unproject(rect.left_top() - vec2(margin, margin));
        let se = v.unproject(rect.right_bottom() + vec2(margin, margin));
        v.bounds = geo::Rect::new(Coord { x: nw.x, y: se.y }, Coord { x: se.x, y: nw.y });
        v
    }

    /// The viewport walkers is drawing with.
    pub fn from_projector(projector: &Projector) -> Self {
        let rect = projector.clip_rect();
        let c = projector.unproject(rect.center().to_vec2());
        Self::new(rect, Coord { x: c.x(), y: c.y() }, projector.zoom())
    }

    /// Screen position of a lon/lat coordinate.
    pub fn project(&self, c: Coord<f64>) -> Pos2 {
        let (x, y) = to_world(c, self.zoom);
        let center = self.rect.center();
        pos2(
            (f64::from(center.x) + x - self.center_world.0) as f32,
            (f64::from(center.y) + y - self.center_world.1) as f32,
        )
    }

    /// Lon/lat under a screen position.
    pub fn unproject(&self, p: Pos2) -> Coord<f64> {
        let center = self.rect.center();
        from_world(
            self.center_world.0 + f64::from(p.x - center.x),
            self.center_world.1 + f64::from(p.y - center.y),
            self.zoom,
        )
    }

    /// The lon/lat box covering `radius` points around a screen position.
    pub fn area_around(&self, p: Pos2, radius: f32) -> geo::Rect<f64> {
        let a = self.unproject(p - vec2(radius, radius));
        let b = self.unproject(p + vec2(radius, radius));
        geo::Rect::new(a, b)
    }

    /// Whether a coordinate is in view (with the margin).
    pub fn bounds_contains(&self, c: Coord<f64>) -> bool {
        let (min, max) = (self.bounds.min(), self.bounds.max());
        c.x >= min.x && c.x <= max.x && c.y >= min.y && c.y <= max.y
    }

    /// Metres per screen point at the centre of the view, for the scale bar.
    pub fn metres_per_point(&self) -> f64 {
        let c = self.unproject(self.rect.center());
        40_075_016.686 * c.y.to_radians().cos() / world_size(self.zoom)
    }
}

/// The map tool the pointer is in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum MapTool {
    /// Click selects features.
    #[default]
    Select,
    /// Click adds a point to the distance measurement.
    Measure,
}

/// What the map draws this frame; borrowed from the app state.
pub struct MapInput<'a> {
    /// Visible layers in drawing order (bottom first), with their opacity 0..1.
    pub layers: Vec<(&'a Layer, f32)>,
    /// The selected feature, drawn emphasised.
    pub selected: Option<FeatureId>,
    /// A route or section highlighted from the routes panel.
    pub highlighted: Option<FeatureId>,
    /// Language for labels.
    pub lang: Lang,
    /// Points of the distance measurement, lon/lat.
    pub measure: &'a [Coord<f64>],
    /// Text for the measurement (e.g. "12.4 km"), computed by the caller with `geo`.
    pub measure_label: Option<String>,
    /// Presenter spotlight: darken everything but a circle around the pointer.
    pub spotlight: bool,
    /// Current tool.
    pub tool: MapTool,
    /// Whether keyboard arrows pan the map (off while the presenter uses them for stops).
    pub keyboard_pan: bool,
    /// Hints for the person at the screen (where to get more detail); left out of exported
    /// images, where they would cover names on a slide.
    pub screen_hints: bool,
    /// The room scale of widths, symbols and labels (1 on a desk; see
    /// [`style::set_map_scale`]).
    pub scale: f32,
    /// The timeline's year: the corridor drawn as it was then (`None`: as it is).
    pub year: Option<i32>,
    /// The dated lives of the corridor's features, which the timeline's year is read
    /// against (stations take their section's dates).
    pub lifecycles: &'a crate::data::timeline::Lifecycles,
    /// Boxes drawn over the map (the timeline bar, a caption card, the room legend), in
    /// screen points: labels are placed where these do not cover them.
    pub covered: Vec<Rect>,
}

/// What the user did on the map this frame.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MapEvents {
    /// A feature was clicked.
    pub clicked: Option<FeatureId>,
    /// Empty map was clicked (clears the selection).
    pub clicked_empty: bool,
    /// Where the click was, lon/lat.
    pub clicked_at: Option<Coord<f64>>,
    /// The feature under the pointer.
    pub hovered: Option<FeatureId>,
    /// Lon/lat under the pointer, for the coordinate readout.
    pub pointer: Option<Coord<f64>>,
}

/// The map and everything it keeps between frames.
pub struct MapPane {
    /// walkers' own state: centre and zoom.
    pub memory: MapMemory,
    basemap: basemap::EmbeddedBasemap,
    extra: Option<Box<dyn Tiles>>,
    /// The tile pack drawn over the basemap, kept apart from `extra` to report its bad tiles.
    pack: Option<pack::PackTiles>,
    /// Which tile source is drawn over the basemap.
    pub tile_choice: online::TileChoice,
    /// Whether the online source in use answers, for the status bar.
    online_health: Option<fetch::Health>,
    attribution: Option<walkers::sources::Attribution>,
    prepared: HashMap<LayerId, overlays::PreparedLayer>,
    /// Fill triangles an import made on its own thread, waiting for their layer's first frame.
    ready_drawing: HashMap<LayerId, overlays::ReadyDrawing>,
    flight: Option<Flight>,
    hovered: Option<FeatureId>,
    last_size: egui::Vec2,
    /// The last viewport drawn, for fit-to-bounds and tests.
    pub last_viewport: Option<Viewport>,
    /// Whether the first frame should frame the corridor to the real window size (no view
    /// was restored from a previous run).
    fit_home_on_first_frame: bool,
}

impl MapPane {
    /// A map showing the corridor from Kunming to Vientiane, with the offline basemap.
    pub fn new(ctx: &egui::Context) -> Self {
        Self::with_basemap_parse(ctx, std::sync::Arc::default())
    }

    /// Like [`Self::new`], with the basemap parse started earlier (see
    /// [`basemap::start_parsing`]).
    pub fn with_basemap_parse(
        ctx: &egui::Context,
        parsed: std::sync::Arc<basemap::Parsed>,
    ) -> Self {
        let mut memory = MapMemory::default();
        let home = camera::fit(camera::CORRIDOR_BOUNDS, vec2(1280.0, 720.0), 24.0);
        home.apply(&mut memory);
        Self {
            memory,
            basemap: basemap::EmbeddedBasemap::with_parse(
                ctx.clone(),
                ctx.pixels_per_point(),
                parsed,
            ),
            extra: None,
            pack: None,
            tile_choice: online::TileChoice::Embedded,
            online_health: None,
            attribution: None,
            prepared: HashMap::new(),
            ready_drawing: HashMap::new(),
            flight: None,
            hovered: None,
            last_size: vec2(1280.0, 720.0),
            last_viewport: None,
            fit_home_on_first_frame: true,
        }
    }

    /// Switches the tile source drawn over the basemap; on error the embedded basemap
    /// alone stays and the error is returned for the user.
    pub fn set_tiles(
        &mut self,
        choice: online::TileChoice,
        ctx: &egui::Context,
    ) -> Result<(), online::TileSourceError> {
        match online::open(&choice, ctx) {
            Ok(opened) => {
                self.attribution = opened.as_ref().map(|o| o.tiles.attribution());
                self.online_health = opened.as_ref().and_then(|o| o.health.clone());
                self.extra = opened.map(|o| o.tiles);
                self.pack = None;
                self.tile_choice = choice;
                Ok(())
            }
            Err(e) => {
                self.extra = None;
                self.online_health = None;
                self.pack = None;
                self.attribution = None;
                self.tile_choice = online::TileChoice::Embedded;
                Err(e)
            }
        }
    }

    /// Draws a pack that was already checked (on a worker) over the basemap.
    pub fn set_pack(&mut self, pack: std::sync::Arc<crate::data::pack::Pack>, ctx: &egui::Context) {
        let tiles = pack::PackTiles::new(std::sync::Arc::clone(&pack), ctx.clone());
        self.attribution = Some(tiles.attribution());
        self.extra = None;
        self.online_health = None;
        self.pack = Some(tiles);
        self.tile_choice = online::TileChoice::Pack(pack.path().to_path_buf());
    }

    /// Whether the online tile source in use cannot reach its server (the built-in map
    /// shows where its tiles would be), so the status bar can say so.
    pub fn online_unreachable(&self) -> bool {
        self.online_health
            .as_ref()
            .is_some_and(fetch::Health::is_offline)
    }

    /// Tiles of the pack in use that could not be read, and the first reason.
    pub fn pack_problems(&self) -> (usize, Option<&str>) {
        self.pack.as_ref().map_or((0, None), |p| p.problems())
    }

    /// The current view.
    pub fn view(&self) -> View {
        View::of(&self.memory, lon_lat(102.7, 21.7))
    }

    /// Puts the map at `view` immediately (restoring a saved view).
    pub fn set_view(&mut self, view: View) {
        self.flight = None;
        self.fit_home_on_first_frame = false;
        view.apply(&mut self.memory);
    }

    /// Starts a smooth flight to `to` at time `now` (seconds).
    pub fn fly_to(&mut self, to: View, now: f64) {
        self.flight = Some(Flight::new(self.view(), to, now));
    }

    /// Flies to show `bounds` whole.
    pub fn fly_to_bounds(&mut self, bounds: camera::Bounds, now: f64) {
        let to = camera::fit(bounds, self.last_size, 48.0);
        self.fly_to(to, now);
    }

    /// Flies to a point framed at `zoom`, whatever the zoom was before: keeping a very
    /// close zoom (16.9) would show an empty screen around the place, a very far one would
    /// not show it at all.
    pub fn fly_to_point(&mut self, at: Coord<f64>, zoom: f64, now: f64) {
        self.fly_to(
            View {
                lon: at.x,
                lat: at.y,
                zoom,
            },
            now,
        );
    }

    /// Whether a camera move is in progress (the UI keeps repainting while it is).
    pub fn flying(&self) -> bool {
        self.flight.is_some()
    }

    /// Advances the camera animation to time `now`.
    pub fn tick(&mut self, now: f64) {
        if let Some(f) = self.flight {
            f.view_at(now).apply(&mut self.memory);
            if f.finished(now) {
                f.target().apply(&mut self.memory);
                self.flight = None;
            }
        }
    }

    /// The basemap's parsed data once a worker has read it (its places feed search).
    pub fn basemap_data(&self) -> Option<std::sync::Arc<crate::data::basemap::BasemapData>> {
        self.basemap.data()
    }

    /// A basemap problem to tell the user about, if any.
    pub fn basemap_error(&self) -> Option<&str> {
        self.basemap.error()
    }

    /// Tiles still to come from every source in use: the basemap, the dense layers, a
    /// pack and an online server. The status bar shows it; tests wait for it to reach 0.
    pub fn tiles_pending(&self) -> usize {
        let online = match (&self.extra, &self.online_health) {
            (Some(extra), Some(_)) => extra.stats().in_progress,
            _ => 0,
        };
        self.local_tiles_pending() + online
    }

    /// Tiles still being drawn or read on this machine (basemap, dense layers, a pack),
    /// leaving out those waiting on a server: an exported image waits for these, and never
    /// for the network.
    pub fn local_tiles_pending(&self) -> usize {
        let dense: usize = self
            .prepared
            .values()
            .filter_map(|p| p.dense.as_ref())
            .map(dense::DenseLayer::pending)
            .sum();
        let extra = match (&self.extra, &self.online_health) {
            (Some(extra), None) => extra.stats().in_progress,
            _ => 0,
        };
        let pack = self.pack.as_ref().map_or(0, |p| p.stats().in_progress);
        self.basemap.pending() + dense + pack + extra
    }

    /// Handles keyboard zoom and pan while the pointer is over the map.
    fn keyboard(&mut self, ui: &egui::Ui, input: &MapInput) {
        let (zoom_in, zoom_out, pan) = ui.input(|i| {
            let mut pan = egui::Vec2::ZERO;
            if input.keyboard_pan && !i.modifiers.any() {
                if i.key_pressed(egui::Key::ArrowLeft) {
                    pan.x -= 1.0;
                }
                if i.key_pressed(egui::Key::ArrowRight) {
                    pan.x += 1.0;
                }
                if i.key_pressed(egui::Key::ArrowUp) {
                    pan.y -= 1.0;
                }
                if i.key_pressed(egui::Key::ArrowDown) {
                    pan.y += 1.0;
                }
            }
            // Ctrl +/− belong to the window (presenter size), not the map.
            let plain = !i.modifiers.command && !i.modifiers.ctrl && !i.modifiers.alt;
            (
                plain && (i.key_pressed(egui::Key::Plus) || i.key_pressed(egui::Key::Equals)),
                plain && i.key_pressed(egui::Key::Minus),
                pan,
            )
        });
        let mut view = self.view();
        if zoom_in {
            view.zoom = (view.zoom + 1.0).min(camera::MAX_ZOOM);
        }
        if zoom_out {
            view.zoom = (view.zoom - 1.0).max(camera::MIN_ZOOM);
        }
        if pan != egui::Vec2::ZERO {
            let v = Viewport::new(
                Rect::from_center_size(Pos2::ZERO, self.last_size),
                Coord {
                    x: view.lon,
                    y: view.lat,
                },
                view.zoom,
            );
            let c = v.unproject(pos2(
                pan.x * self.last_size.x / 4.0,
                pan.y * self.last_size.y / 4.0,
            ));
            view.lon = c.x;
            view.lat = c.y;
        }
        if zoom_in || zoom_out || pan != egui::Vec2::ZERO {
            let now = ui.input(|i| i.time);
            self.fly_to(view, now);
        }
    }

    fn prepare(&mut self, input: &MapInput) {
        for (layer, _) in &input.layers {
            if let Some(p) = self.prepared.get_mut(&layer.id)
                && p.feature_count == layer.features.len()
                && p.tint != layer.tint
            {
                p.retint(layer);
            }
            let stale = self
                .prepared
                .get(&layer.id)
                .is_none_or(|p| p.feature_count != layer.features.len());
            if stale {
                let ready = self.ready_drawing.remove(&layer.id);
                let mut prepared = overlays::PreparedLayer::with_ready(layer, ready);
                prepared.date_by(layer, input.lifecycles);
                self.prepared.insert(layer.id, prepared);
            }
        }
    }

    /// Hands over what an import prepared for drawing on its thread for layer `id`, so the
    /// window never triangulates a user's polygons or builds their tile geometry itself.
    pub fn give_ready_drawing(&mut self, id: LayerId, ready: overlays::ReadyDrawing) {
        self.ready_drawing.insert(id, ready);
    }

    /// Forgets per-layer caches of layers that no longer exist.
    pub fn forget_layer(&mut self, id: LayerId) {
        self.prepared.remove(&id);
        self.ready_drawing.remove(&id);
    }

    /// Draws the map with its overlays and returns what the user did.
    pub fn ui(&mut self, ui: &mut egui::Ui, input: &MapInput) -> MapEvents {
        self.prepare(input);
        style::set_map_scale(input.scale);
        // The map's keys work wherever the pointer is, unless someone is typing.
        if !ui.ctx().text_edit_focused() {
            self.keyboard(ui, input);
        }
        let rect = ui.available_rect_before_wrap();
        self.last_size = rect.size();
        if self.fit_home_on_first_frame {
            self.fit_home_on_first_frame = false;
            camera::fit(camera::CORRIDOR_BOUNDS, rect.size(), 24.0).apply(&mut self.memory);
        }
        // Sea colour under everything: even before the first tile arrives nothing is grey.
        ui.painter().rect_filled(rect, 0.0, style::basemap::SEA);

        let places = self.basemap.data();
        let has_extra_tiles = self.extra.is_some();
        let fallback = lon_lat(102.7, 21.7);
        let mut map = Map::new(Some(&mut self.basemap), &mut self.memory, fallback)
            .double_click_to_zoom(true)
            // The wheel zooms about the pointer, as in every web map.
            .zoom_with_ctrl(false);
        if let Some(extra) = self.extra.as_mut() {
            map = map.with_layer(extra.as_mut(), 1.0);
        }
        if let Some(pack) = self.pack.as_mut() {
            map = map.with_layer(pack, 1.0);
        }
        let hovered_before = self.hovered;
        let prepared = &self.prepared;
        let osm_visible = input.layers.iter().any(|(l, opacity)| {
            *opacity > 0.0 && prepared.get(&l.id).is_some_and(|p| p.osm_derived)
        });
        let attribution_lines = usize::from(self.attribution.is_some()) + usize::from(osm_visible);
        let response = map.show(ui, |ui, response, projector, _memory| {
            let viewport = Viewport::from_projector(projector);
            let painter = ui.painter().with_clip_rect(viewport.rect);
            draw_overlays(&painter, &viewport, input, prepared, hovered_before);
            let mut candidates = Vec::new();
            feature_label_candidates(&viewport, input, prepared, &mut candidates);
            let mut all: Vec<labels::BasemapLabel> = candidates
                .into_iter()
                .map(|candidate| labels::BasemapLabel {
                    candidate,
                    ..Default::default()
                })
                .collect();
            if let Some(data) = places.as_deref() {
                all.extend(labels::basemap_labels(&viewport, data, input.lang));
            }
            let mut obstacles = label_obstacles(&viewport, input, prepared);
            let note = (!has_extra_tiles && input.screen_hints)
                .then(|| detail_limit_note(&painter, &viewport))
                .flatten();
            if let Some(note) = &note {
                obstacles.cover(note.backdrop);
            }
            for rect in &input.covered {
                obstacles.cover(*rect);
            }
            // The scale bar and the attribution lines at the foot of the map.
            obstacles.cover(scale_bar_box(&viewport).unwrap_or(Rect::NOTHING));
            if attribution_lines > 0 {
                let r = viewport.rect;
                obstacles.cover(Rect::from_min_max(
                    pos2(
                        r.center().x,
                        r.bottom() - ATTRIBUTION_LINE * attribution_lines as f32,
                    ),
                    r.right_bottom(),
                ));
            }
            let placed = labels::place_and_draw_all(&painter, all, &obstacles);
            if let Some(note) = note {
                note.draw(&painter);
            }
            draw_measurement(&painter, &viewport, input, &placed);
            let events = events(response, &viewport, input, prepared);
            if input.spotlight {
                let on_selection = input
                    .selected
                    .and_then(|id| {
                        input
                            .layers
                            .iter()
                            .find(|(l, _)| l.id == id.layer)
                            .and_then(|(l, _)| l.features.get(id.index as usize))
                    })
                    .and_then(|f| spotlight_on(&viewport, f));
                let target = on_selection.or_else(|| {
                    response
                        .hover_pos()
                        .map(|p| (p, style::scaled(style::SPOTLIGHT_RADIUS)))
                });
                if let Some((at, radius)) = target {
                    draw_spotlight(&painter, at, radius, viewport.rect);
                }
            }
            draw_scale_bar(&painter, &viewport);
            (events, viewport)
        });
        let (events, viewport) = response.inner;
        self.hovered = events.hovered;
        // What is under the pointer is named before any click; exported images have no
        // pointer and leave it out.
        if input.screen_hints
            && let (Some(id), Some(at)) = (events.hovered, ui.ctx().pointer_hover_pos())
        {
            hover_tip(ui.ctx(), input, id, at);
        }
        self.last_viewport = Some(viewport);
        if self.flight.is_some() || self.memory.animating() {
            ui.ctx().request_repaint();
        }
        if let Some(a) = &self.attribution {
            attribution(ui, viewport.rect, a);
        }
        if osm_visible {
            osm_data_attribution(ui, viewport.rect, self.attribution.is_some());
        }
        events
    }
}

/// The hover card: a small box by the pointer with the feature's name in the interface
/// language and what kind of thing it is (for a user's file, which file), drawn at once and
/// never taking the pointer, so the map under it still pans and clicks.
fn hover_tip(ctx: &egui::Context, input: &MapInput, id: FeatureId, pointer: Pos2) {
    use crate::data::LayerKind;
    use crate::i18n;
    let Some((layer, _)) = input.layers.iter().find(|(l, _)| l.id == id.layer) else {
        return;
    };
    let Some(f) = layer.features.get(id.index as usize) else {
        return;
    };
    let name = overlays::label_text(layer.kind, f, input.lang)
        .map(str::to_owned)
        .unwrap_or_else(|| i18n::tr("unnamed"));
    let mut kind = vec![i18n::kind_name(layer.kind)];
    match layer.kind {
        LayerKind::Imported => kind.push(layer.name.clone()),
        _ => {
            let c = f.corridor();
            let zone_type = c.and_then(|c| c.zone()).and_then(|z| z.zone_type);
            let port_kind = c.and_then(|c| c.port()).and_then(|p| p.port_kind);
            if let Some(t) = zone_type {
                kind.push(i18n::value_word("zone_type", t.code()));
            }
            if let Some(k) = port_kind {
                kind.push(i18n::value_word("port_kind", k.code()));
            }
        }
    }
    egui::Area::new(egui::Id::unique("map hover tip"))
        .order(egui::Order::Tooltip)
        .fixed_pos(pointer + vec2(16.0, 20.0))
        .interactable(false)
        .constrain(true)
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.set_max_width(360.0);
                ui.label(egui::RichText::new(name).strong());
                ui.label(
                    egui::RichText::new(kind.join(" · "))
                        .small()
                        .color(style::ui::LABEL_MINOR),
                );
            });
        });
}

fn draw_overlays(
    painter: &egui::Painter,
    viewport: &Viewport,
    input: &MapInput,
    prepared: &HashMap<LayerId, overlays::PreparedLayer>,
    hovered: Option<FeatureId>,
) {
    for (layer, opacity) in &input.layers {
        if let Some(p) = prepared.get(&layer.id) {
            let draw = overlays::LayerDraw {
                opacity: *opacity,
                zoom: viewport.zoom,
                year: input.year,
            };
            overlays::draw_layer(painter, viewport, layer, p, draw);
        }
        if let Some(h) = input.highlighted.filter(|h| h.layer == layer.id)
            && let Some(f) = layer.features.get(h.index as usize)
        {
            overlays::draw_emphasis(painter, viewport, f, style::ui::SELECTION, viewport.zoom);
        }
    }
    let find = |id: FeatureId| {
        input
            .layers
            .iter()
            .find(|(l, _)| l.id == id.layer)
            .and_then(|(l, _)| l.features.get(id.index as usize))
    };
    if let Some(f) = hovered
        .filter(|h| Some(*h) != input.selected)
        .and_then(find)
    {
        overlays::draw_emphasis(painter, viewport, f, style::ui::HOVER, viewport.zoom);
    }
    if let Some(f) = input.selected.and_then(find) {
        overlays::draw_emphasis(painter, viewport, f, style::ui::SELECTION, viewport.zoom);
    }
}

/// Corridor lines (railway, expressways, routes) and symbols (stations, ports) on
/// screen, which basemap labels keep clear of.
fn label_obstacles(
    viewport: &Viewport,
    input: &MapInput,
    prepared: &HashMap<LayerId, overlays::PreparedLayer>,
) -> labels::Obstacles {
    use crate::data::LayerKind;
    let mut out = labels::Obstacles::default();
    for (layer, opacity) in &input.layers {
        if *opacity < 0.2 {
            continue;
        }
        let lines = matches!(
            layer.kind,
            LayerKind::Railway | LayerKind::Expressway | LayerKind::Route
        );
        let points = matches!(
            layer.kind,
            LayerKind::Station | LayerKind::Port | LayerKind::VisitStop
        );
        if !lines && !points {
            continue;
        }
        for index in layer.index.query_in_file_order(viewport.bounds) {
            let i = index as usize;
            let Some(f) = layer.features.get(i) else {
                continue;
            };
            if prepared
                .get(&layer.id)
                .is_some_and(|p| p.absent(layer.kind, i, input.year))
            {
                continue;
            }
            match f.geometry.as_ref() {
                Some(geo::Geometry::Point(p)) if points => {
                    let radius = prepared
                        .get(&layer.id)
                        .and_then(|p| p.looks.get(i))
                        .map_or(5.0, |look| look.point.radius);
                    out.add_disc(viewport.project(p.0), radius + 2.0);
                }
                Some(geo::Geometry::LineString(l)) if lines => {
                    out.add_line(l.coords().map(|c| viewport.project(*c)), viewport.rect);
                }
                Some(geo::Geometry::MultiLineString(ml)) if lines => {
                    for l in ml {
                        out.add_line(l.coords().map(|c| viewport.project(*c)), viewport.rect);
                    }
                }
                _ => {}
            }
        }
    }
    out
}

/// The zoom from which the built-in basemap has no more detail to show.
pub const DETAIL_LIMIT_ZOOM: f64 = 11.0;

/// The quiet note at the foot of the map saying that the built-in basemap has no finer
/// detail from [`DETAIL_LIMIT_ZOOM`] on, and how to get more (only while no other tile
/// source is drawn). Laid out before the labels, which keep clear of it.
struct DetailNote {
    at: Pos2,
    galley: std::sync::Arc<egui::Galley>,
    backdrop: Rect,
}

impl DetailNote {
    fn draw(self, painter: &egui::Painter) {
        painter.rect_filled(
            self.backdrop,
            4.0,
            Color32::from_rgba_unmultiplied(255, 255, 255, 200),
        );
        painter.galley(self.at, self.galley, style::ui::LABEL_MINOR);
    }
}

/// Lays out the detail-limit note, or `None` above [`DETAIL_LIMIT_ZOOM`].
fn detail_limit_note(painter: &egui::Painter, viewport: &Viewport) -> Option<DetailNote> {
    if viewport.zoom < DETAIL_LIMIT_ZOOM {
        return None;
    }
    let text = crate::i18n::tr("map-detail-limit");
    // Wrapped to the map's width, above the scale bar and the attribution.
    let galley = painter.layout(
        text,
        egui::FontId::proportional(style::text::SMALL),
        style::ui::LABEL_MINOR,
        (viewport.rect.width() - 200.0).max(160.0),
    );
    let size = galley.size();
    let at = pos2(
        viewport.rect.center().x - size.x / 2.0,
        viewport.rect.bottom() - size.y - 48.0,
    );
    let backdrop = Rect::from_min_size(at, size).expand2(vec2(8.0, 4.0));
    Some(DetailNote {
        at,
        galley,
        backdrop,
    })
}

/// Whether the timeline's year is before the feature existed (then it is not drawn,
/// labelled or clickable).
fn absent(
    input: &MapInput,
    prepared: &HashMap<LayerId, overlays::PreparedLayer>,
    id: FeatureId,
) -> bool {
    let kind = input
        .layers
        .iter()
        .find(|(l, _)| l.id == id.layer)
        .map(|(l, _)| l.kind);
    match (kind, prepared.get(&id.layer)) {
        (Some(kind), Some(p)) => p.absent(kind, id.index as usize, input.year),
        _ => false,
    }
}

/// The most features of an imported layer in view for which labels are offered.
const MAX_IMPORTED_LABELS: usize = 400;

fn feature_label_candidates(
    viewport: &Viewport,
    input: &MapInput,
    prepared: &HashMap<LayerId, overlays::PreparedLayer>,
    out: &mut Vec<labels::LabelCandidate>,
) {
    for (layer, opacity) in &input.layers {
        if !overlays::labelled(layer.kind) || *opacity < 0.2 {
            continue;
        }
        // Zones are big and many: their names only from z8, stations' from z6.
        let min_zoom = match layer.kind {
            crate::data::LayerKind::Zone => 8.0,
            crate::data::LayerKind::Station => 6.5,
            _ => 5.0,
        };
        if viewport.zoom < min_zoom {
            continue;
        }
        let Some(p) = prepared.get(&layer.id) else {
            continue;
        };
        // A user's file with thousands of features in view is a texture, not a list of
        // places: its names appear once the view holds few enough to read. Counting stops
        // there, so a frame over two million points does not list (and sort) them all.
        let mut in_view: Vec<u32> = if layer.kind == crate::data::LayerKind::Imported {
            let few: Vec<u32> = layer
                .index
                .query(viewport.bounds)
                .take(MAX_IMPORTED_LABELS + 1)
                .collect();
            if few.len() > MAX_IMPORTED_LABELS {
                continue;
            }
            few
        } else {
            layer.index.query(viewport.bounds).collect()
        };
        // In file order, whatever order the tree returns them in.
        in_view.sort_unstable();
        for index in in_view {
            let i = index as usize;
            let (Some(f), Some(look)) = (layer.features.get(i), p.looks.get(i)) else {
                continue;
            };
            if viewport.zoom < look.min_zoom || p.absent(layer.kind, i, input.year) {
                continue;
            }
            let (Some(anchor), Some(name)) =
                (f.anchor(), overlays::label_text(layer.kind, f, input.lang))
            else {
                continue;
            };
            let id = FeatureId {
                layer: layer.id,
                index,
            };
            let chosen = input.selected == Some(id);
            out.push(labels::LabelCandidate {
                text: crate::i18n::map_label(layer.kind, name).to_owned(),
                anchor: viewport.project(anchor),
                priority: 100 + u16::from(look.priority) + if chosen { 500 } else { 0 },
                size: style::text::MAP_LABEL,
                color: style::ui::LABEL,
                offset: look.point.radius,
            });
        }
    }
}

fn events(
    response: &egui::Response,
    viewport: &Viewport,
    input: &MapInput,
    prepared: &HashMap<LayerId, overlays::PreparedLayer>,
) -> MapEvents {
    let layers = || input.layers.iter().map(|(l, _)| *l);
    let shown = |id: FeatureId| !absent(input, prepared, id);
    let pointer = response.hover_pos();
    let hovered =
        pointer.and_then(|p| probe::hit_test_among(viewport, layers(), p, input.scale, shown));
    let mut events = MapEvents {
        hovered,
        pointer: pointer.map(|p| viewport.unproject(p)),
        ..Default::default()
    };
    if response.clicked()
        && let Some(p) = response.interact_pointer_pos()
    {
        events.clicked_at = Some(viewport.unproject(p));
        if input.tool == MapTool::Select {
            events.clicked = probe::hit_test_among(viewport, layers(), p, input.scale, shown);
            events.clicked_empty = events.clicked.is_none();
        }
    }
    events
}

/// Draws the measured line and its reading. The reading goes beside the last point on the
/// side where it covers no name on the map (up-right first), so measuring from a station
/// does not hide the station's name; only when every side is taken does it cover one.
fn draw_measurement(
    painter: &egui::Painter,
    viewport: &Viewport,
    input: &MapInput,
    placed: &[labels::PlacedLabel],
) {
    if input.measure.is_empty() {
        return;
    }
    let pts: Vec<Pos2> = input.measure.iter().map(|c| viewport.project(*c)).collect();
    let stroke = Stroke::new(3.0, style::ui::MEASURE);
    if pts.len() >= 2 {
        painter.add(egui::Shape::dashed_line(&pts, stroke, 10.0, 6.0));
    }
    for p in &pts {
        painter.circle(*p, 5.0, Color32::WHITE, stroke);
    }
    if let (Some(label), Some(last)) = (&input.measure_label, pts.last()) {
        let galley = painter.layout_no_wrap(
            label.clone(),
            egui::FontId::proportional(style::text::MAP_LABEL + 2.0),
            style::ui::MEASURE,
        );
        let size = galley.size();
        let sides = [
            vec2(10.0, -size.y - 6.0),
            vec2(-size.x - 10.0, -size.y - 6.0),
            vec2(10.0, 6.0),
            vec2(-size.x - 10.0, 6.0),
        ];
        let boxed = |d: egui::Vec2| Rect::from_min_size(*last + d, size).expand(4.0);
        let free = |r: Rect| {
            viewport.rect.contains_rect(r) && !placed.iter().any(|l| l.rect.intersects(r))
        };
        let side = sides
            .into_iter()
            .find(|d| free(boxed(*d)))
            .unwrap_or(sides[0]);
        let at = *last + side;
        painter.rect_filled(boxed(side), 4.0, Color32::WHITE);
        painter.galley(at, galley, style::ui::MEASURE);
    }
}

/// Where the spotlight falls on a feature: its centre on screen and a radius that takes in
/// the whole feature (at least the style's spotlight radius).
fn spotlight_on(viewport: &Viewport, f: &crate::data::Feature) -> Option<(Pos2, f32)> {
    let min = style::scaled(style::SPOTLIGHT_RADIUS);
    if let Some(geo::Geometry::Point(p)) = &f.geometry {
        return Some((viewport.project(p.0), min));
    }
    let b = f.bbox()?;
    let (a, c) = (viewport.project(b.min()), viewport.project(b.max()));
    let centre = pos2((a.x + c.x) / 2.0, (a.y + c.y) / 2.0);
    let radius = (a.distance(c) / 2.0 + style::scaled(24.0)).max(min);
    radius.is_finite().then_some((centre, radius))
}

/// Darkens everything outside a circle (the rest of the map dimmed, the circle left
/// clear, a bright rim around it): one mesh, a ring from the circle out past the corners
/// of the map, so it costs a single shape whatever the screen size.
fn draw_spotlight(painter: &egui::Painter, at: Pos2, radius: f32, rect: Rect) {
    const SEGMENTS: u32 = 96;
    let far = rect.size().length() + at.distance(rect.center()) + radius;
    let dim = Color32::from_black_alpha(style::SPOTLIGHT_DIM);
    let mut mesh = egui::Mesh::default();
    for i in 0..SEGMENTS {
        let a = i as f32 / SEGMENTS as f32 * std::f32::consts::TAU;
        let dir = vec2(a.cos(), a.sin());
        mesh.colored_vertex(at + dir * radius, dim);
        mesh.colored_vertex(at + dir * far, dim);
    }
    for i in 0..SEGMENTS {
        let (a, b) = (2 * i, 2 * ((i + 1) % SEGMENTS));
        mesh.add_triangle(a, a + 1, b);
        mesh.add_triangle(b, a + 1, b + 1);
    }
    painter.add(egui::Shape::mesh(mesh));
    painter.circle_stroke(
        at,
        radius,
        Stroke::new(style::scaled(3.0), style::SPOTLIGHT_RIM),
    );
}

/// A scale bar in the bottom-left corner: a round distance (1, 2, 5 × 10ⁿ km or m) about
/// 120 points long at the map centre's latitude.
/// The height of one attribution line at the map's foot, points (labels keep clear).
const ATTRIBUTION_LINE: f32 = 24.0;

/// Where the scale bar goes: its length in metres and points, its baseline's left end and
/// its backdrop; `None` when the zoom gives no sensible scale.
fn scale_bar_layout(viewport: &Viewport) -> Option<(f64, f32, Pos2, Rect)> {
    let mpp = viewport.metres_per_point();
    if !mpp.is_finite() || mpp <= 0.0 {
        return None;
    }
    let (metres, _) = scale_bar_length(mpp * 120.0);
    let len = (metres / mpp) as f32;
    let base = viewport.rect.left_bottom() + vec2(16.0, -18.0);
    let end = base + vec2(len, 0.0);
    let bg = Rect::from_min_max(base - vec2(8.0, 26.0), end + vec2(8.0, 8.0));
    Some((metres, len, base, bg))
}

/// The scale bar's backdrop, which labels keep clear of.
fn scale_bar_box(viewport: &Viewport) -> Option<Rect> {
    scale_bar_layout(viewport).map(|(_, _, _, bg)| bg)
}

fn draw_scale_bar(painter: &egui::Painter, viewport: &Viewport) {
    let Some((metres, len, base, bg)) = scale_bar_layout(viewport) else {
        return;
    };
    let label = crate::i18n::distance(metres);
    let end = base + vec2(len, 0.0);
    painter.rect_filled(bg, 4.0, Color32::from_white_alpha(210));
    let stroke = Stroke::new(2.5, style::ui::LABEL);
    painter.line_segment([base, end], stroke);
    painter.line_segment([base, base - vec2(0.0, 8.0)], stroke);
    painter.line_segment([end, end - vec2(0.0, 8.0)], stroke);
    painter.text(
        base + vec2(len / 2.0, -10.0),
        egui::Align2::CENTER_BOTTOM,
        label,
        egui::FontId::proportional(style::text::SMALL),
        style::ui::LABEL,
    );
}

/// The largest round length not above `max_metres`, with its label.
pub fn scale_bar_length(max_metres: f64) -> (f64, String) {
    let exp = max_metres.log10().floor();
    let base = 10f64.powf(exp);
    let step = [5.0, 2.0, 1.0]
        .into_iter()
        .find(|s| s * base <= max_metres)
        .unwrap_or(1.0);
    let metres = step * base;
    let label = if metres >= 1000.0 {
        format!("{} km", metres / 1000.0)
    } else {
        format!("{metres} m")
    };
    (metres, label)
}

/// The notice OpenStreetMap's licence (ODbL) requires wherever OSM-derived data is shown,
/// in the interface language.
pub fn osm_data_attribution_text() -> String {
    crate::i18n::tr("map-osm-data-attribution")
}

/// Shows [`osm_data_attribution_text`] in the map's bottom-right corner (above the online tiles'
/// own notice when there is one) as a real label, so screen readers and tests find it too.
fn osm_data_attribution(ui: &mut egui::Ui, rect: Rect, above_tiles: bool) {
    let lift = if above_tiles { 24.0 } else { 0.0 };
    let font = egui::FontId::proportional(style::text::SMALL);
    let text = osm_data_attribution_text();
    let size = ui
        .painter()
        .layout_no_wrap(text.clone(), font.clone(), style::ui::LABEL)
        .size();
    let at = rect.right_bottom() - vec2(8.0, 6.0 + lift);
    let r = egui::Align2::RIGHT_BOTTOM.anchor_size(at, size);
    ui.painter()
        .rect_filled(r.expand(3.0), 3.0, Color32::from_white_alpha(220));
    let label = egui::Label::new(egui::RichText::new(text).font(font).color(style::ui::LABEL))
        .selectable(false)
        .sense(egui::Sense::click());
    let response = ui.put(r.expand(1.0), label);
    if response
        .on_hover_text("https://www.openstreetmap.org/copyright")
        .clicked()
    {
        ui.ctx().open_url(egui::OpenUrl::new_tab(
            "https://www.openstreetmap.org/copyright",
        ));
    }
}

fn attribution(ui: &mut egui::Ui, rect: Rect, a: &walkers::sources::Attribution) {
    let at = rect.right_bottom() - vec2(8.0, 6.0);
    let text = format!("© {}", a.text);
    let painter = ui.painter();
    let galley = painter.layout_no_wrap(
        text,
        egui::FontId::proportional(style::text::SMALL),
        style::ui::LABEL,
    );
    let r = egui::Align2::RIGHT_BOTTOM.anchor_size(at, galley.size());
    painter.rect_filled(r.expand(3.0), 3.0, Color32::from_white_alpha(220));
    painter.galley(r.min, galley, style::ui::LABEL);
    if !a.url.is_empty() {
        let response = ui.interact(r, egui::Id::unique("map attribution"), egui::Sense::click());
        if response.on_hover_text(a.url).clicked() {
            ui.ctx().open_url(egui::OpenUrl::new_tab(a.url));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn projection_round_trips_and_matches_walkers() {
        let rect = Rect::from_min_size(pos2(0.0, 0.0), vec2(800.0, 600.0));
        let v = Viewport::new(rect, Coord { x: 102.6, y: 18.0 }, 8.0);
        let p = v.project(Coord {
            x: 101.67,
            y: 21.18,
        });
        let back = v.unproject(p);
        assert!((back.x - 101.67).abs() < 1e-6 && (back.y - 21.18).abs() < 1e-6);
        let w = walkers::MercatorProjection;
        use walkers::Projection;
        let ours = to_world(
            Coord {
                x: 101.67,
                y: 21.18,
            },
            8.0,
        );
        let theirs = w.project(lon_lat(101.67, 21.18), 8.0);
        assert!((ours.0 - theirs.x()).abs() < 1e-6 && (ours.1 - theirs.y()).abs() < 1e-6);
        // The centre of the rect is the centre coordinate.
        let c = v.project(Coord { x: 102.6, y: 18.0 });
        assert!((c - rect.center()).length() < 1e-3);
    }

    #[test]
    fn the_scale_bar_uses_round_numbers() {
        assert_eq!(scale_bar_length(1234.0), (1000.0, "1 km".to_owned()));
        assert_eq!(
            scale_bar_length(260_000.0),
            (200_000.0, "200 km".to_owned())
        );
        assert_eq!(scale_bar_length(60.0), (50.0, "50 m".to_owned()));
    }
}
