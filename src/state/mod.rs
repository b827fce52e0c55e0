//! The application state: the one place that holds the atlas and what the user chose.
//!
//! It sits below the panels and above `map`'s value types: panels read it and change it
//! only through the plain methods here, the shell (`app`) wires it to the window, and the
//! `render` command uses it without a window. Anything with I/O, dialogs or camera moves is
//! queued as an [`Effect`] for the shell. Layer visibility, opacity, language, tile source
//! and view are [`Settings`], remembered across runs.
//!
//! In this folder: the requests ([`effect`]), the user's messages ([`notices`]), what is
//! remembered ([`settings`]), the window's arrangement and tours ([`window`]), the
//! itinerary being planned ([`planner`]) and the files being opened ([`files`]).

pub mod effect;
pub mod files;
pub mod notices;
pub mod planner;
pub mod settings;
pub mod window;

pub use effect::Effect;
pub use files::{ImportJob, Imported, PackJob};
pub use planner::{PlannerRequest, PlannerState};
pub use settings::{ImportedFile, LayerSettings, PanelSettings, Settings};
pub use window::{StopTarget, WindowState};

use crate::data::basemap::{Place, PlaceKind};
use crate::data::schema::MAIN_LINE;
use crate::data::timeline::Lifecycles;
use crate::data::{Atlas, Feature, FeatureId, Lang, Layer, LayerId, LayerKind, LayerOrigin};
use crate::map::camera::View;
use crate::map::online::TileChoice;
use crate::map::{MapInput, MapTool};
use crate::measure::{self, RailwayLine, StationStop};
use crate::planner::{Leg, Method};
use crate::search::{AtlasSearch, Found, SearchHit};
use notices::Notices;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// The tabs of the right-hand panel.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Tab {
    /// Facts of the selected feature.
    #[default]
    Details,
    /// Table of all stations.
    Stations,
    /// Logistics routes and railway sections.
    Routes,
    /// Map legend.
    Legend,
    /// The study-visit planner.
    Planner,
}

/// Everything the atlas knows and the user chose.
///
/// What has rules attached is private and changed through methods: the atlas (its search
/// index, layer settings and colours follow each added or removed layer), the selection and
/// the highlighted route (cleared with their layer), the measure tool (leaving it clears the
/// points), the tile source in use (set by the shell once the map draws it; a panel asks
/// with [`Effect::SetTiles`]) and the files being opened. The public fields are plain values
/// whose every setting is valid, which widgets bind directly (a radio button to `lang`, the
/// tab bar to `tab`), or carry their own methods (`notices`, `planner`, `window`).
pub struct AppState {
    atlas: Atlas,
    layer_settings: BTreeMap<LayerId, LayerSettings>,
    selection: Option<FeatureId>,
    highlighted: Option<FeatureId>,
    /// Language of labels and panels: any value is valid, the View menu and the language
    /// buttons set it directly.
    pub lang: Lang,
    tool: MapTool,
    measure: Vec<geo::Coord<f64>>,
    /// Messages for the user: anything may tell the user something, through the list's own
    /// methods (`push`, `info`, `error`).
    pub notices: Notices,
    effects: Vec<Effect>,
    /// Every name of every layer and the basemap's places, indexed once.
    search: AtlasSearch,
    stations: Vec<StationStop>,
    railway: RailwayLine,
    /// What the timeline knows of each corridor feature's life, read once from the atlas.
    lifecycles: Lifecycles,
    /// Open tab of the right panel: any tab may be shown at any time, the tab bar sets it
    /// directly.
    pub tab: Tab,
    imports: Vec<ImportJob>,
    pack_job: Option<PackJob>,
    /// Presenter spotlight on the pointer: a plain switch, for the View menu's checkbox and
    /// the S / L keys.
    pub spotlight: bool,
    tiles: TileChoice,
    /// Text of the "open a file by path" box, shown when no file dialog is available.
    path_prompt: Option<String>,
    /// A file asked for again while already open: the shell asks before opening it twice.
    duplicate_import: Option<PathBuf>,
    /// The study-visit itinerary being planned: the Planner panel edits the trip's title,
    /// stops and notes in place, and the planner's own methods keep its measures.
    pub planner: PlannerState,
    /// Side panels, fullscreen, presenter mode, the tour and the timeline's year: plain
    /// switches the menus, keys and edge buttons set, with [`WindowState`]'s methods for
    /// what has rules (the room size's bounds, the timeline's steps).
    pub window: WindowState,
    /// The colour each file was last drawn in, so a file reopened (next start, or after
    /// removing it) keeps its colour.
    import_colors: BTreeMap<PathBuf, [u8; 3]>,
    /// How many palette colours imported layers have taken, so each new file gets the next.
    palette_used: usize,
}

impl AppState {
    /// A state over `atlas`, every layer visible.
    pub fn new(atlas: Atlas) -> Self {
        let search = AtlasSearch::of_atlas(&atlas);
        let railway = RailwayLine::from_atlas(&atlas, MAIN_LINE);
        let stations = measure::stations_along(&atlas, MAIN_LINE, &railway);
        let lifecycles = Lifecycles::of_atlas(&atlas);
        Self {
            lifecycles,
            atlas,
            layer_settings: BTreeMap::new(),
            selection: None,
            highlighted: None,
            lang: Lang::En,
            tool: MapTool::Select,
            measure: Vec::new(),
            notices: Notices::default(),
            effects: Vec::new(),
            search,
            stations,
            railway,
            tab: Tab::Details,
            imports: Vec::new(),
            pack_job: None,
            spotlight: false,
            tiles: TileChoice::Embedded,
            path_prompt: None,
            duplicate_import: None,
            planner: Default::default(),
            window: Default::default(),
            import_colors: BTreeMap::new(),
            palette_used: 0,
        }
    }

    /// All layers, built-in and imported. Read-only here: layers come and go through
    /// [`Self::add_imported`] and [`Self::remove_layer`], which keep the search index, the
    /// layer settings and the colours in step.
    pub fn atlas(&self) -> &Atlas {
        &self.atlas
    }

    /// The selected feature (Details panel, emphasised on the map).
    pub fn selection(&self) -> Option<FeatureId> {
        self.selection
    }

    /// The route or section highlighted from the Routes panel.
    pub fn highlighted(&self) -> Option<FeatureId> {
        self.highlighted
    }

    /// The pointer tool on the map.
    pub fn tool(&self) -> MapTool {
        self.tool
    }

    /// The points of the distance measurement, lon/lat, in the order they were clicked.
    pub fn measure(&self) -> &[geo::Coord<f64>] {
        &self.measure
    }

    /// The tile source in use under the corridor layers (what the map draws, remembered in
    /// the settings).
    pub fn tiles(&self) -> &TileChoice {
        &self.tiles
    }

    /// Records the tile source the map now draws. The shell calls it once the map has the
    /// source; a panel asks for a source with [`Effect::SetTiles`] instead.
    pub fn set_tiles(&mut self, tiles: TileChoice) {
        self.tiles = tiles;
    }

    /// Applies remembered settings (layers matched by name).
    pub fn apply_settings(&mut self, settings: &Settings) {
        self.lang = settings.lang;
        self.tiles = settings.tiles.clone();
        let panels = settings.panels;
        self.window.left_open = panels.left_open;
        self.window.right_open = panels.right_open;
        self.window.room_adjust = panels.room_adjust;
        self.tab = panels.tab;
        for file in &settings.imported {
            if let Some(color) = file.color {
                self.import_colors.insert(file.path.clone(), color);
            }
        }
        let ids: Vec<(LayerId, String)> = self
            .atlas
            .layers()
            .iter()
            .map(|l| (l.id, l.name.clone()))
            .collect();
        for (id, name) in ids {
            if let Some(s) = settings.layers.get(&name) {
                self.layer_settings.insert(id, *s);
            }
        }
    }

    /// The settings to remember (built-in layers only: imported files may be gone).
    pub fn settings(&self, view: Option<View>) -> Settings {
        let layers = self
            .atlas
            .layers()
            .iter()
            .filter(|l| matches!(l.origin, LayerOrigin::BuiltIn(_)))
            .map(|l| (l.name.clone(), self.layer_settings(l.id)))
            .collect();
        let mut imported: Vec<ImportedFile> = self
            .atlas
            .layers()
            .iter()
            .filter_map(|l| match &l.origin {
                LayerOrigin::File(path) => Some(ImportedFile {
                    path: path.clone(),
                    color: l.tint,
                }),
                LayerOrigin::BuiltIn(_) => None,
            })
            .collect();
        // A file opened twice on purpose is reopened once.
        let mut seen = std::collections::BTreeSet::new();
        imported.retain(|f| seen.insert(f.path.clone()));
        Settings {
            view,
            lang: self.lang,
            tiles: self.tiles.clone(),
            layers,
            imported,
            panels: PanelSettings {
                left_open: self.window.left_open,
                right_open: self.window.right_open,
                tab: self.tab,
                room_adjust: self.window.room_adjust,
            },
        }
    }

    /// Visibility and opacity of a layer.
    pub fn layer_settings(&self, id: LayerId) -> LayerSettings {
        self.layer_settings.get(&id).copied().unwrap_or_default()
    }

    /// Shows or hides a layer. A hidden layer is neither drawn nor clickable, and a
    /// selection inside it is cleared.
    pub fn set_visible(&mut self, id: LayerId, visible: bool) {
        self.layer_settings.entry(id).or_default().visible = visible;
        if !visible {
            if self.selection.is_some_and(|s| s.layer == id) {
                self.selection = None;
            }
            if self.highlighted.is_some_and(|s| s.layer == id) {
                self.highlighted = None;
            }
        }
    }

    /// Sets a layer's opacity (clamped to 0.1..1 so a layer never vanishes by accident).
    pub fn set_opacity(&mut self, id: LayerId, opacity: f32) {
        let o = if opacity.is_finite() { opacity } else { 1.0 };
        self.layer_settings.entry(id).or_default().opacity = o.clamp(0.1, 1.0);
    }

    /// The visible layers with their opacity, in drawing order.
    pub fn visible_layers(&self) -> Vec<(&Layer, f32)> {
        self.atlas
            .layers()
            .iter()
            .filter_map(|l| {
                let s = self.layer_settings(l.id);
                s.visible.then_some((l, s.opacity))
            })
            .collect()
    }

    /// The dated lives of the corridor's features, for the timeline's map and panels.
    pub fn lifecycles(&self) -> &Lifecycles {
        &self.lifecycles
    }

    /// A feature by id.
    pub fn feature(&self, id: FeatureId) -> Option<&Feature> {
        self.atlas.feature(id)
    }

    /// The kind of layer a feature is in.
    pub fn kind_of(&self, id: FeatureId) -> Option<LayerKind> {
        self.atlas.layer(id.layer).map(|l| l.kind)
    }

    /// Selects a feature (or clears the selection) and shows its details.
    pub fn select(&mut self, id: Option<FeatureId>) {
        self.selection = id;
        if id.is_some() && self.tab == Tab::Legend {
            self.tab = Tab::Details;
        }
    }

    /// Selects a feature and flies the map to it: a station row click, a search hit, a
    /// partner port link.
    pub fn select_and_fly(&mut self, id: FeatureId) {
        self.select(Some(id));
        self.push(Effect::FlyToFeature(id));
    }

    /// Highlights a route or railway section and fits the map to it.
    pub fn highlight_route(&mut self, id: Option<FeatureId>) {
        self.highlighted = id;
        if let Some(id) = id {
            self.push(Effect::FlyToFeature(id));
        }
    }

    /// Queues a side effect for the shell.
    pub fn push(&mut self, effect: Effect) {
        self.effects.push(effect);
    }

    /// The queued side effects, emptied.
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }

    /// Stations of the China–Laos railway in chainage order.
    pub fn stations(&self) -> &[StationStop] {
        &self.stations
    }

    /// The China–Laos railway as one line from Kunming South, built once at start.
    pub fn railway(&self) -> &RailwayLine {
        &self.railway
    }

    /// Search over every name in every script, best first: features of every layer,
    /// the basemap's places, and typed coordinates ("21.24, 101.62") as the first hit.
    pub fn search(&self, text: &str, limit: usize) -> Vec<SearchHit<Found>> {
        self.search.query(text, limit)
    }

    /// Names of the layers whose names search does not forgive typos in (layers of more
    /// than [`crate::search::LEAN_INDEX_ABOVE`] names), for the search panel to say so.
    pub fn layers_searched_as_spelled(&self) -> Vec<&str> {
        self.search
            .lean_layers()
            .filter_map(|id| self.atlas.layer(id))
            .map(|l| l.name.as_str())
            .collect()
    }

    /// Makes the basemap's places searchable (once; later calls do nothing).
    pub fn index_places(&mut self, places: &[Place]) {
        self.search.index_places(places);
    }

    /// Whether the basemap's places are searchable yet.
    pub fn places_indexed(&self) -> bool {
        self.search.places_indexed()
    }

    /// A searchable basemap place.
    pub fn place(&self, index: u32) -> Option<&Place> {
        self.search.place(index)
    }

    /// Goes to what a search hit names: selects a feature and flies to it, or flies to a
    /// place or typed coordinates at a zoom that shows it with its surroundings.
    pub fn go_to(&mut self, found: Found) {
        match found {
            Found::Feature(id) => self.select_and_fly(id),
            Found::Place(i) => {
                let Some(place) = self.place(i) else {
                    return;
                };
                let zoom = match place.kind {
                    PlaceKind::Country => 6.0,
                    PlaceKind::Province => 7.5,
                    PlaceKind::Capital | PlaceKind::City | PlaceKind::River => 10.0,
                };
                let at = geo::Coord {
                    x: place.lon,
                    y: place.lat,
                };
                self.push(Effect::FlyToPoint { at, zoom });
            }
            Found::Coordinates(at) => self.push(Effect::FlyToPoint {
                at,
                zoom: crate::map::camera::POINT_FRAME_ZOOM,
            }),
        }
    }

    /// Selects a feature and opens its Details tab: a click on the map, "What is here?".
    pub fn show_details(&mut self, id: FeatureId) {
        self.select(Some(id));
        self.tab = Tab::Details;
    }

    /// Switches between selecting and measuring; leaving the tool clears the measurement.
    pub fn toggle_measure(&mut self) {
        self.tool = match self.tool {
            MapTool::Select => MapTool::Measure,
            MapTool::Measure => {
                self.measure.clear();
                MapTool::Select
            }
        };
    }

    /// Starts a new measurement at `at` (the map's "Measure from here").
    pub fn measure_from(&mut self, at: geo::Coord<f64>) {
        self.tool = MapTool::Measure;
        self.measure = vec![at];
    }

    /// A click on the map at `at`: the next point of the measurement, when measuring.
    pub fn add_measure_point(&mut self, at: geo::Coord<f64>) {
        if self.tool == MapTool::Measure {
            self.measure.push(at);
        }
    }

    /// The measurement in words ("406 km along the railway"), once it has two points.
    pub fn measure_label(&self) -> Option<String> {
        measure::measure_reading(&self.stations, &self.measure).map(|r| r.text())
    }

    /// Appends an atlas feature to the trip as a stop; `false` when it has no id in the data.
    pub fn add_to_trip(&mut self, id: FeatureId) -> bool {
        self.planner.add_feature(&self.atlas, id)
    }

    /// The legs of the trip, measured now on the atlas's network.
    pub fn trip_legs(&mut self) -> Vec<Leg> {
        self.planner.legs(&self.atlas)
    }

    /// Each leg's line to draw (along the track for rail legs) with its method.
    pub fn trip_leg_paths(&mut self) -> Vec<(Vec<geo::Coord<f64>>, Method)> {
        self.planner.leg_paths(&self.atlas)
    }

    /// What the map draws of the state, as an image would show it: no spotlight (it follows
    /// a pointer), the select tool, no hints for the person at the screen, desk sizes. The
    /// window sets those from its own frame (see `app`), and `export` draws it as it is.
    pub fn map_input(&self) -> MapInput<'_> {
        MapInput {
            layers: self.visible_layers(),
            selected: self.selection,
            highlighted: self.highlighted,
            lang: self.lang,
            measure: &self.measure,
            measure_label: self.measure_label(),
            spotlight: false,
            tool: MapTool::Select,
            keyboard_pan: false,
            screen_hints: false,
            scale: 1.0,
            year: self.window.year,
            lifecycles: &self.lifecycles,
            covered: Vec::new(),
        }
    }

    /// Sets the colour an imported layer is drawn in (the layer list's colour button); it
    /// is remembered with the file.
    pub fn set_layer_color(&mut self, id: LayerId, rgb: [u8; 3]) {
        let path = match self.atlas.layer(id).map(|l| &l.origin) {
            Some(LayerOrigin::File(path)) => path.clone(),
            _ => return,
        };
        self.atlas.set_tint(id, Some(rgb));
        self.import_colors.insert(path, rgb);
    }

    /// Removes an imported layer (built-in layers stay). Returns whether it was removed.
    pub fn remove_layer(&mut self, id: LayerId) -> bool {
        let imported = self
            .atlas
            .layer(id)
            .is_some_and(|l| matches!(l.origin, LayerOrigin::File(_)));
        if !imported {
            return false;
        }
        self.atlas.remove_layer(id);
        self.search.remove_layer(id);
        self.layer_settings.remove(&id);
        if self.selection.is_some_and(|s| s.layer == id) {
            self.selection = None;
        }
        if self.highlighted.is_some_and(|s| s.layer == id) {
            self.highlighted = None;
        }
        self.push(Effect::ForgetLayer(id));
        true
    }
}
