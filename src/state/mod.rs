//! The application state: the one place that holds the atlas and what the user chose.
//!
//! Panels read it and change it only through the plain methods here; anything with I/O,
//! dialogs or camera moves is queued as an [`Effect`] for the shell. Layer visibility,
//! opacity, language, tile source and view are [`Settings`], remembered across runs.

pub mod effect;
pub mod notices;
pub mod planner;
pub mod settings;
pub mod window;

pub use effect::Effect;
pub use planner::{PlannerRequest, PlannerState};
pub use settings::{ImportedFile, LayerSettings, PanelSettings, Settings};
pub use window::{StopTarget, WindowState};

use crate::data::basemap::{Place, PlaceKind};
use crate::data::load::{LoadError, ParsedCollection};
use crate::data::schema::MAIN_LINE;
use crate::data::timeline::Lifecycles;
use crate::data::{Atlas, Feature, FeatureId, Lang, Layer, LayerId, LayerKind, LayerOrigin};
use crate::i18n::{Arg, tr, tr_args};
use crate::jobs::Job;
use crate::map::MapTool;
use crate::map::camera::{Bounds, View};
use crate::map::online::TileChoice;
use crate::measure::{self, RailwayLine, StationStop};
use crate::search::{AtlasSearch, Found, SearchHit, SearchIndex};
use notices::{Level, Notices};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

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

/// What an import produces off the UI thread: the parsed file and the search index of its
/// names (for a 120,000-feature file the index is most of the work of adding a layer).
pub type Imported = (ParsedCollection, SearchIndex<u32>);

/// A GeoJSON import running in the background.
pub struct ImportJob {
    /// The file being read.
    pub path: PathBuf,
    /// The worker.
    pub job: Job<Result<(Imported, Vec<crate::data::fill::Triangles>), LoadError>>,
}

/// A tile pack being checked in the background before the map draws it.
pub struct PackJob {
    /// The pack.
    pub path: PathBuf,
    /// Whether it is the pack remembered from the last run (kept in the settings even if
    /// it cannot be opened now: the USB stick may simply be unplugged).
    pub remembered: bool,
    /// The worker.
    pub job: Job<Result<std::sync::Arc<crate::data::pack::Pack>, crate::data::pack::PackError>>,
}

/// Everything the atlas knows and the user chose.
pub struct AppState {
    /// All layers, built-in and imported.
    pub atlas: Atlas,
    layer_settings: BTreeMap<LayerId, LayerSettings>,
    /// The selected feature (Details panel, emphasised on the map).
    pub selection: Option<FeatureId>,
    /// A route or section highlighted from the Routes panel.
    pub highlighted: Option<FeatureId>,
    /// Language of labels and panels.
    pub lang: Lang,
    /// Pointer tool on the map.
    pub tool: MapTool,
    /// Points of the distance measurement.
    pub measure: Vec<geo::Coord<f64>>,
    /// Messages for the user.
    pub notices: Notices,
    effects: Vec<Effect>,
    /// Every name of every layer and the basemap's places, indexed once.
    search: AtlasSearch,
    stations: Vec<StationStop>,
    railway: RailwayLine,
    /// What the timeline knows of each corridor feature's life, read once from the atlas.
    lifecycles: Lifecycles,
    /// Open tab of the right panel.
    pub tab: Tab,
    /// Imports in progress.
    pub imports: Vec<ImportJob>,
    /// A tile pack being checked, if any.
    pub pack_job: Option<PackJob>,
    /// Whether the user was told about unreadable tiles of the pack in use.
    pub pack_problems_told: bool,
    /// Presenter spotlight on the pointer.
    pub spotlight: bool,
    /// The tile source in use (mirrors the map, for settings).
    pub tiles: TileChoice,
    /// Text of the "open a file by path" box, shown when no file dialog is available.
    pub path_prompt: Option<String>,
    /// A file asked for again while already open: the shell asks before opening it twice.
    pub duplicate_import: Option<PathBuf>,
    /// The study-visit itinerary being planned.
    pub planner: PlannerState,
    /// Side panels, fullscreen and presenter mode.
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
            pack_problems_told: false,
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

    /// Whether `path` is already an open layer or being opened (compared after resolving
    /// links and `..`, so the same file reached two ways counts once).
    pub fn is_open_or_opening(&self, path: &Path) -> bool {
        let same = |other: &Path| {
            other == path
                || matches!(
                    (std::fs::canonicalize(other), std::fs::canonicalize(path)),
                    (Ok(a), Ok(b)) if a == b
                )
        };
        self.imports.iter().any(|i| same(&i.path))
            || self.atlas.layers().iter().any(|l| match &l.origin {
                LayerOrigin::File(p) => same(p),
                LayerOrigin::BuiltIn(_) => false,
            })
    }

    /// Search over every name in every script, best first: features of every layer,
    /// the basemap's places, and typed coordinates ("21.24, 101.62") as the first hit.
    pub fn search(&self, text: &str, limit: usize) -> Vec<SearchHit<Found>> {
        self.search.query(text, limit)
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

    /// Adds an imported file as a new layer, indexes its names for search, and tells the
    /// user what was loaded and what was skipped.
    pub fn add_imported(&mut self, path: PathBuf, imported: Imported) -> LayerId {
        let (parsed, names) = imported;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string());
        let count = parsed.features.len();
        // A file that broke off is told on its own, first: the layer is incomplete.
        if let Some(cut) = parsed.cut_short {
            self.notices.push(
                Level::Warning,
                tr_args(
                    "notice-imported-cut-short",
                    &[
                        ("name", Arg::from(&name)),
                        ("message", Arg::from(cut.message())),
                    ],
                ),
                Vec::new(),
            );
        }
        // Only the first few are ever turned into text: a file with a million problems must
        // not take gigabytes to list them.
        let problem_count = parsed.problems.len();
        let mut problems =
            notices::capped_details(parsed.problems.iter().map(|p| p.to_string()), problem_count);
        // The checker's per-feature sentences are English (they name GeoJSON members and
        // RFC sections); readers of other languages are told so once, in their language.
        if problem_count > 0 && crate::i18n::lang() != Lang::En {
            problems.insert(0, tr("problem-details-in-english"));
        }
        let tint = match self.import_colors.get(&path) {
            Some(color) => *color,
            None => {
                let c = crate::style::imported_color(self.palette_used);
                self.palette_used += 1;
                [c.r(), c.g(), c.b()]
            }
        };
        self.import_colors.insert(path.clone(), tint);
        let id = self.atlas.add_layer(
            name.clone(),
            LayerKind::Imported,
            LayerOrigin::File(path),
            parsed,
        );
        self.atlas.set_tint(id, Some(tint));
        self.search.add_layer(id, names);
        if problem_count == 0 {
            self.notices.info(tr_args(
                "notice-imported",
                &[("name", Arg::from(&name)), ("count", Arg::from(count))],
            ));
        } else {
            self.notices.push(
                Level::Warning,
                tr_args(
                    "notice-imported-with-problems",
                    &[
                        ("name", Arg::from(&name)),
                        ("count", Arg::from(count)),
                        ("problems", Arg::from(problem_count)),
                    ],
                ),
                problems,
            );
        }
        if let Some(bounds) = self.atlas.layer(id).and_then(Layer::bounds) {
            self.push(Effect::FlyToBounds(Bounds::from_rect(bounds)));
        }
        id
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
