//! The atlas as plain values: layers of features read from GeoJSON, with a spatial index each.
//!
//! Nothing here knows about drawing or windows, so the same values serve the map, the panels,
//! the planner, `mekong-atlas check`, the tests and the benchmarks.

pub mod basemap;
pub mod embedded;
pub mod fill;
pub mod formats;
pub mod index;
pub mod itinerary;
pub mod load;
pub mod mercator;
pub mod pack;
pub mod properties;
pub mod provenance;
mod query;
pub mod relief;
pub mod schema;
pub mod timeline;
pub mod tour;
pub mod validate;

use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use serde_json::Value;

pub use embedded::{CORRIDOR_FILES, EmbeddedFile};
pub use index::{FeatureIndex, IdIndex};
pub use load::{LoadError, MAX_FILE_BYTES, ParsedCollection, Problem, load_file, parse_geojson};
use properties::KnownKey;
pub use properties::Properties;
pub use validate::{check_file, check_files};

/// Names one layer for as long as the atlas runs; ids are never reused, so a stale id held by a
/// panel after its layer was removed finds nothing instead of the wrong layer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct LayerId(pub u32);

/// Names one feature across the whole atlas (its layer, and its position in that layer's file
/// order), small enough to copy into selections, itineraries and map events.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FeatureId {
    /// The layer that holds the feature.
    pub layer: LayerId,
    /// Position in [`Layer::features`].
    pub index: u32,
}

/// What a layer shows, so that style, legend and panels can treat each kind of corridor data
/// in its own way; anything the user opens is [`LayerKind::Imported`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum LayerKind {
    /// Sections of the China–Laos railway.
    Railway,
    /// Yunnan's other railways, a quiet context layer under the corridor.
    ContextRailway,
    /// Railway stations.
    Station,
    /// Expressways and national roads.
    Expressway,
    /// Border ports (one feature per side).
    Port,
    /// Economic zones, logistics bases, industrial parks.
    Zone,
    /// Logistics routes.
    Route,
    /// Stops of the built-in December 2019 study visit.
    VisitStop,
    /// A file the user opened.
    Imported,
}

impl LayerKind {
    /// Every kind, in the order the legend lists them.
    pub const ALL: [LayerKind; 9] = [
        LayerKind::Railway,
        LayerKind::ContextRailway,
        LayerKind::Station,
        LayerKind::Expressway,
        LayerKind::Port,
        LayerKind::Zone,
        LayerKind::Route,
        LayerKind::VisitStop,
        LayerKind::Imported,
    ];

    /// A plain-words name for the layer list and the legend.
    pub fn label(&self) -> &'static str {
        match self {
            LayerKind::Railway => "Railway",
            LayerKind::ContextRailway => "Other railways",
            LayerKind::Station => "Stations",
            LayerKind::Expressway => "Expressways",
            LayerKind::Port => "Border ports",
            LayerKind::Zone => "Economic zones",
            LayerKind::Route => "Logistics routes",
            LayerKind::VisitStop => "Study visit 2019",
            LayerKind::Imported => "Imported",
        }
    }

    /// The `kind` that corridor features of this layer carry (see `geodata/README.md`);
    /// `None` for imported layers, which have no schema.
    pub fn schema_kind(&self) -> Option<schema::Kind> {
        use schema::Kind;
        match self {
            LayerKind::Railway => Some(Kind::RailwaySection),
            LayerKind::ContextRailway => Some(Kind::ContextRailway),
            LayerKind::Station => Some(Kind::Station),
            LayerKind::Expressway => Some(Kind::Expressway),
            LayerKind::Port => Some(Kind::Port),
            LayerKind::Zone => Some(Kind::Zone),
            LayerKind::Route => Some(Kind::Route),
            LayerKind::VisitStop => Some(Kind::VisitStop),
            LayerKind::Imported => None,
        }
    }
}

/// The languages the corridor data names places in, so the details panel and search can show
/// and match every name a delegate might know a place by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// English (`name`).
    En,
    /// Chinese, simplified (`name_zh`).
    Zh,
    /// Lao (`name_lo`).
    Lo,
    /// Thai (`name_th`).
    Th,
    /// Vietnamese (`name_vi`).
    Vi,
    /// Burmese (`name_my`).
    My,
}

impl Lang {
    /// Every language, English first, in the order the details panel lists names.
    pub const ALL: [Lang; 6] = [Lang::En, Lang::Zh, Lang::Lo, Lang::Th, Lang::Vi, Lang::My];

    /// The GeoJSON property that holds a name in this language (`geodata/README.md`).
    pub fn property_key(&self) -> &'static str {
        match self {
            Lang::En => "name",
            Lang::Zh => "name_zh",
            Lang::Lo => "name_lo",
            Lang::Th => "name_th",
            Lang::Vi => "name_vi",
            Lang::My => "name_my",
        }
    }

    /// The language's name in itself, so a reader finds their own language in a menu.
    pub fn label(&self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Zh => "中文",
            Lang::Lo => "ລາວ",
            Lang::Th => "ไทย",
            Lang::Vi => "Tiếng Việt",
            Lang::My => "မြန်မာ",
        }
    }
}

/// One GeoJSON feature as the atlas keeps it: geometry converted once for drawing and
/// measuring, properties kept as in the file beside their typed value (see [`Properties`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Feature {
    /// Lon/lat geometry in degrees (WGS84); `None` for `"geometry": null`.
    pub geometry: Option<geo::Geometry<f64>>,
    /// The feature's properties in file order (empty when the file had `null`), with the
    /// typed value of a corridor feature.
    pub properties: Properties,
    /// Bounding box of a geometry other than a point, worked out once (see
    /// [`Feature::bbox`]); a point's box is the point, so points keep nothing here: two
    /// million points saved 64 MB.
    extent: Option<Box<geo::Rect<f64>>>,
    /// 1-based line of the file where the feature starts, for messages that point at it.
    pub line: usize,
}

// Two million points of a file are two million of these: keep an eye on the size.
#[cfg(target_pointer_width = "64")]
const _: () = assert!(std::mem::size_of::<Feature>() <= 104);

impl Feature {
    /// A feature with its bounding box worked out. Features are made only this way, so the
    /// box always matches the geometry; code that changes a geometry makes the feature anew.
    pub fn new(
        id: Option<String>,
        geometry: Option<geo::Geometry<f64>>,
        mut properties: Properties,
        line: usize,
    ) -> Feature {
        use geo::BoundingRect;
        if let Some(id) = &id {
            properties.keep_feature_id(id);
        }
        let extent = match &geometry {
            Some(geo::Geometry::Point(_)) | None => None,
            Some(g) => g.bounding_rect().map(Box::new),
        };
        Feature {
            geometry,
            properties,
            extent,
            line,
        }
    }

    /// The top-level `id`, else `properties.id`, as a string (numbers are written in
    /// decimal): how links, itineraries and search name a feature. Kept with the
    /// properties, so a point whose id is in its properties keeps it once.
    pub fn id(&self) -> Option<&str> {
        self.properties.feature_id()
    }

    /// Bounding box of the geometry, lon/lat degrees; `None` without geometry or when empty.
    pub fn bbox(&self) -> Option<geo::Rect<f64>> {
        match &self.geometry {
            Some(geo::Geometry::Point(p)) => Some(geo::Rect::new(p.0, p.0)),
            _ => self.extent.as_deref().copied(),
        }
    }
}

impl Feature {
    /// The typed corridor value, for features of the built-in layers; `None` for a user's
    /// file, which keeps only its open property bag.
    pub fn corridor(&self) -> Option<&schema::Corridor> {
        self.properties.corridor()
    }

    /// A string property of the open bag, or `None` when missing or not a string. It parses
    /// the feature's properties (see [`Properties::to_map`]): for one feature at a time.
    pub fn str_prop(&self, key: &str) -> Option<String> {
        match self.properties.get(key) {
            Some(Value::String(s)) => Some(s),
            _ => None,
        }
    }

    /// A number property of the open bag, or `None` when missing or not a number (parses
    /// like [`Feature::str_prop`]).
    pub fn num_prop(&self, key: &str) -> Option<f64> {
        self.properties.get(key).as_ref().and_then(Value::as_f64)
    }

    /// The best name to show a reader of `lang`: the name in that language, else the English
    /// `name`, else any other name-like property (`NAME`, `name_en`, `title`…), else the id,
    /// so that every feature, even from a foreign file, can be labelled. Read every frame
    /// (labels, hover), so it never parses the properties.
    pub fn name(&self, lang: Lang) -> Option<&str> {
        if let Some(c) = self.corridor()
            && let Some(n) = c.names.get(lang).or_else(|| c.names.get(Lang::En))
        {
            return Some(n);
        }
        let known = self.properties.known();
        known
            .first(KnownKey::Name(lang))
            .or_else(|| known.first(KnownKey::Name(Lang::En)))
            .or_else(|| known.first(KnownKey::OtherName))
            .or_else(|| known.first(KnownKey::Title))
            .or(self.id())
    }

    /// The label of a user's feature: its name in `lang`, else its `name`, else its `title`
    /// (never an id or a made-up word, which would clutter the map).
    pub fn own_label(&self, lang: Lang) -> Option<&str> {
        let known = self.properties.known();
        known
            .first(KnownKey::Name(lang))
            .or_else(|| known.first(KnownKey::Name(Lang::En)))
            .or_else(|| known.first(KnownKey::Title))
            .map(str::trim)
    }

    /// Every language this feature has a non-empty name in, in [`Lang::ALL`] order.
    pub fn names(&self) -> Vec<(Lang, &str)> {
        if let Some(c) = self.corridor() {
            return c.names.iter().collect();
        }
        let known = self.properties.known();
        Lang::ALL
            .iter()
            .filter_map(|&lang| known.first(KnownKey::Name(lang)).map(|s| (lang, s)))
            .collect()
    }

    /// What the name index holds for the feature besides its names: the 2019 plan name of a
    /// station and the route number of a road ("G8511", "R3A"), which is how people ask too.
    pub fn other_names(&self) -> Vec<&str> {
        match self.corridor() {
            Some(c) => c
                .station()
                .and_then(|s| s.plan_name_2019.as_deref())
                .into_iter()
                .chain(c.expressway().and_then(|e| e.route_number.as_deref()))
                .collect(),
            None => {
                let known = self.properties.known();
                [KnownKey::PlanName, KnownKey::RouteNumber]
                    .into_iter()
                    .filter_map(|key| known.first(key))
                    .collect()
            }
        }
    }

    /// The feature's country codes: the typed ones of a corridor feature, else whatever
    /// strings a user's file gives as `country`.
    pub fn countries(&self) -> Vec<&str> {
        match self.corridor() {
            Some(c) => c.countries.iter().map(String::as_str).collect(),
            None => self.properties.known().all(KnownKey::Country).collect(),
        }
    }

    /// The notice its geometry's licence requires: the typed one of a corridor feature, else
    /// a user's file's own `attribution`, which the map shows just the same (the licence
    /// binds whoever's file it is).
    pub fn attribution(&self) -> Option<&str> {
        match self.corridor() {
            Some(c) => c.attribution.as_deref(),
            None => self.properties.known().first(KnownKey::Attribution),
        }
    }

    /// Where the feature comes from, as the data writes it: the typed sources of a corridor
    /// feature, else whatever strings a user's file gives as `source`.
    pub fn sources(&self) -> Vec<&str> {
        match self.corridor() {
            Some(c) => c.sources.iter().map(|s| s.text()).collect(),
            None => self.properties.known().all(KnownKey::Source).collect(),
        }
    }
}

/// Where a layer's features came from, so the layer list can tell built-in data (which cannot
/// be removed) from the user's files (which can, and which are named by path in messages).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LayerOrigin {
    /// Embedded at build time; holds the file name under `geodata/corridor/`.
    BuiltIn(&'static str),
    /// Opened by the user from this path.
    File(PathBuf),
}

/// One drawable layer: the features of one file with their spatial index, and what was wrong
/// with the file (skipped features, notes), kept so the user can be told.
#[derive(Debug)]
pub struct Layer {
    /// Stable id within the atlas.
    pub id: LayerId,
    /// Name shown in the layer list.
    pub name: String,
    /// What the layer shows.
    pub kind: LayerKind,
    /// Where it came from.
    pub origin: LayerOrigin,
    /// Features in file order; [`FeatureId::index`] points into this.
    pub features: Vec<Feature>,
    /// R-tree over the features' bounding boxes.
    pub index: FeatureIndex,
    /// The features with an `id`, by id (see [`Atlas::find_by_id`]).
    pub ids: IdIndex,
    /// Problems found while loading (features skipped, notes).
    pub problems: Vec<Problem>,
    /// The colour (sRGB) a user's file is drawn in, chosen in the layer list so several
    /// files read apart; `None` for the built-in layers, which the style module colours.
    pub tint: Option<[u8; 3]>,
}

/// Every layer the atlas shows, built-in and imported, in drawing order (first drawn first,
/// i.e. at the bottom), with a lookup from feature ids (`port-a`) to features, through each
/// layer's [`IdIndex`], so that links between features (ports and their partners, sections
/// and their stations) resolve fast.
#[derive(Debug, Default)]
pub struct Atlas {
    layers: Vec<Layer>,
    next_layer: u32,
}

impl Atlas {
    /// An atlas with no layers, for tests and for building up from files.
    pub fn empty() -> Atlas {
        Atlas::default()
    }

    /// The atlas as it starts: one layer per embedded corridor file, in [`CORRIDOR_FILES`]
    /// order, so start-up needs no files and no network. Fails only if an embedded file is
    /// not GeoJSON at all, which the tests rule out before a release.
    pub fn builtin() -> Result<Atlas, LoadError> {
        let mut atlas = Atlas::empty();
        for file in CORRIDOR_FILES {
            let parsed = parse_geojson(file.bytes).map_err(|e| LoadError::Embedded {
                file: file.file_name,
                source: Box::new(e),
            })?;
            atlas.add_layer(
                file.display_name.to_string(),
                file.kind,
                LayerOrigin::BuiltIn(file.file_name),
                parsed,
            );
        }
        Ok(atlas)
    }

    /// All layers, in drawing order.
    pub fn layers(&self) -> &[Layer] {
        &self.layers
    }

    /// The layer with this id, if it is still in the atlas.
    pub fn layer(&self, id: LayerId) -> Option<&Layer> {
        self.layers.iter().find(|l| l.id == id)
    }

    /// The feature with this id, if its layer is still in the atlas.
    pub fn feature(&self, id: FeatureId) -> Option<&Feature> {
        let index = usize::try_from(id.index).ok()?;
        self.layer(id.layer)?.features.get(index)
    }

    /// The feature whose `id` is `feature_id` (e.g. `station-boten`). When several layers use
    /// the same id, the one added first wins, so imported files cannot shadow built-in data.
    pub fn find_by_id(&self, feature_id: &str) -> Option<FeatureId> {
        // Layers are kept in the order they were added.
        self.layers.iter().find_map(|layer| {
            let index = layer.ids.find(&layer.features, feature_id)?;
            Some(FeatureId {
                layer: layer.id,
                index,
            })
        })
    }

    /// Adds a layer on top of the others, indexes its features and returns its new id.
    pub fn add_layer(
        &mut self,
        name: String,
        kind: LayerKind,
        origin: LayerOrigin,
        parsed: ParsedCollection,
    ) -> LayerId {
        self.add_layer_indexed(name, kind, origin, parsed, None)
    }

    /// [`Self::add_layer`] with the indexes of `parsed`'s features already built (an import
    /// builds them on its thread: for two million features that is seconds); `None` builds
    /// them here.
    pub fn add_layer_indexed(
        &mut self,
        name: String,
        kind: LayerKind,
        origin: LayerOrigin,
        parsed: ParsedCollection,
        indexes: Option<(FeatureIndex, IdIndex)>,
    ) -> LayerId {
        let id = LayerId(self.next_layer);
        self.next_layer = self.next_layer.saturating_add(1);
        let mut parsed = parsed;
        // A user's features that say their corridor kind got their typed value when loaded
        // (on the loading thread, see `load.rs`).
        if let Some(expected) = kind.schema_kind() {
            read_corridor(&name, expected, &mut parsed.features);
        }
        let (index, ids) = indexes.unwrap_or_else(|| {
            (
                FeatureIndex::build(&parsed.features),
                IdIndex::build(&parsed.features),
            )
        });
        let layer = Layer {
            id,
            name,
            kind,
            origin,
            features: parsed.features,
            index,
            ids,
            problems: parsed.problems,
            tint: None,
        };
        self.layers.push(layer);
        id
    }

    /// Sets the colour a layer is drawn in (see [`Layer::tint`]); false if there is no such
    /// layer.
    pub fn set_tint(&mut self, id: LayerId, tint: Option<[u8; 3]>) -> bool {
        match self.layers.iter_mut().find(|l| l.id == id) {
            Some(layer) => {
                layer.tint = tint;
                true
            }
            None => false,
        }
    }

    /// Takes a layer out of the atlas (e.g. an imported file the user closed) and returns it;
    /// `None` if no layer has that id.
    pub fn remove_layer(&mut self, id: LayerId) -> Option<Layer> {
        let pos = self.layers.iter().position(|l| l.id == id)?;
        Some(self.layers.remove(pos))
    }
}

/// Reads the typed value of every feature of a corridor layer, once, as the layer is added.
/// The built-in files are kept free of problems by the tests (`check` on `geodata/`); should
/// one slip through, it is logged, and the feature keeps what could be read.
fn read_corridor(layer: &str, expected: schema::Kind, features: &mut [Feature]) {
    let mut problems = Vec::new();
    for f in features.iter_mut() {
        let corridor = schema::parse(f, Some(expected), &mut problems);
        f.properties.set_corridor(corridor);
    }
    for p in problems {
        log::warn!("{layer}: line {:?}: {}", p.line, p.message);
    }
}

/// A feature with these properties and no geometry, read as a corridor feature would be
/// (problems aside), for unit tests of the readers of corridor data.
#[cfg(test)]
pub(crate) fn test_feature(props: Value) -> Feature {
    let Value::Object(properties) = props else {
        panic!("test properties must be an object");
    };
    let mut f = Feature::new(None, None, properties.into(), 1);
    with_schema(&mut f);
    f
}

/// Gives a test feature the typed value a corridor layer would read from it.
#[cfg(test)]
pub(crate) fn with_schema(f: &mut Feature) {
    let corridor = schema::read(f, None);
    f.properties.set_corridor(corridor);
}

#[cfg(test)]
mod tests {
    use super::test_feature as feature;
    use super::*;

    #[test]
    fn a_missing_language_falls_back_to_english() {
        let f = feature(serde_json::json!({"name": "Boten", "name_lo": "ບໍ່ເຕັນ"}));
        assert_eq!(f.name(Lang::Lo), Some("ບໍ່ເຕັນ"));
        assert_eq!(f.name(Lang::Zh), Some("Boten"));
    }

    #[test]
    fn features_from_foreign_files_are_labelled_by_any_name_like_property_then_id() {
        let mut f = feature(serde_json::json!({"NAME": "Vientiane", "pop": 1}));
        assert_eq!(f.name(Lang::Zh), Some("Vientiane"));
        f = Feature::new(Some("x-1".into()), None, Properties::default(), 1);
        assert_eq!(f.name(Lang::En), Some("x-1"));
    }

    #[test]
    fn names_lists_only_languages_present() {
        let f = feature(serde_json::json!({"name": "Mohan", "name_zh": "磨憨", "name_th": ""}));
        assert_eq!(f.names(), vec![(Lang::En, "Mohan"), (Lang::Zh, "磨憨")]);
    }

    #[test]
    fn numbers_and_strings_are_not_confused() {
        let f = feature(serde_json::json!({"km": 422.5, "line": "china-laos-railway"}));
        assert_eq!(f.num_prop("km"), Some(422.5));
        assert_eq!(f.str_prop("km"), None);
        assert_eq!(f.num_prop("line"), None);
    }

    #[test]
    fn removed_layers_free_their_ids_and_stale_feature_ids_find_nothing() {
        let mut atlas = Atlas::empty();
        let parsed = parse_geojson(
            br#"{"type":"FeatureCollection","features":[
                {"type":"Feature","id":"port-a","properties":{},"geometry":{"type":"Point","coordinates":[101.5,21.5]}}]}"#,
        )
        .expect("parses");
        let a = atlas.add_layer(
            "a".into(),
            LayerKind::Port,
            LayerOrigin::BuiltIn("a"),
            parsed.clone(),
        );
        let b = atlas.add_layer(
            "b".into(),
            LayerKind::Imported,
            LayerOrigin::File("b".into()),
            parsed,
        );
        assert_ne!(a, b);
        let found = atlas.find_by_id("port-a").expect("found");
        assert_eq!(found.layer, a, "the first layer wins");
        assert!(atlas.remove_layer(a).is_some());
        assert_eq!(atlas.find_by_id("port-a").map(|f| f.layer), Some(b));
        assert!(atlas.feature(found).is_none());
        assert!(atlas.remove_layer(a).is_none());
        assert_eq!(atlas.layers().len(), 1);
    }

    #[test]
    fn an_imported_feature_that_follows_the_schema_has_its_facts_read_and_others_keep_the_bag() {
        let parsed = parse_geojson(
            br#"{"type":"FeatureCollection","features":[
                {"type":"Feature","properties":{"id":"zone-mine","kind":"zone","name":"My zone",
                  "facts":[{"label":"Area","value":12,"unit":"km2","as_of":"2024","source":"https://example.org/a"}]},
                 "geometry":{"type":"Point","coordinates":[101.5,21.5]}},
                {"type":"Feature","properties":{"name":"A site","facts":"many"},
                 "geometry":{"type":"Point","coordinates":[101.6,21.6]}}]}"#,
        )
        .expect("parses");
        let mut atlas = Atlas::empty();
        let id = atlas.add_layer(
            "mine".into(),
            LayerKind::Imported,
            LayerOrigin::File("mine.geojson".into()),
            parsed,
        );
        let layer = atlas.layer(id).expect("added");
        let zone = layer.features[0].corridor().expect("follows the schema");
        assert_eq!(zone.facts.len(), 1);
        assert_eq!(zone.facts[0].label, "Area");
        assert!(layer.features[1].corridor().is_none());
    }

    #[test]
    fn the_builtin_atlas_has_one_layer_per_corridor_file() {
        let atlas = Atlas::builtin().expect("embedded files parse");
        assert_eq!(atlas.layers().len(), CORRIDOR_FILES.len());
    }
}
