//! The vector data of the embedded offline basemap, parsed once and laid out for fast
//! tile drawing.
//!
//! The atlas must draw a useful map with no network and no files beside the binary, so
//! the Natural Earth and DCW GeoJSON in `geodata/basemap/` (see its `PROVENANCE.md`) is
//! compiled in with `include_bytes!`. Parsing it on every tile would be far too slow, so
//! [`BasemapData::embedded`] does the work once:
//!
//! - every coordinate is projected to Web-Mercator unit coordinates (x east and y south,
//!   both 0‥1 over the world), the space slippy-map tiles are cut from;
//! - each layer is kept at several levels of detail, simplified with Douglas–Peucker to
//!   a quarter of a 256-pixel tile pixel at the highest zoom of each band, so a
//!   whole-region tile does not walk every vertex of the 1:10m coastline;
//! - big polygons are cut along a power-of-two grid into pieces of a few hundred
//!   vertices, and long lines into short runs, each with its bounding box in an R-tree,
//!   so a tile touches only the pieces that reach into it. Grid lines fall on pixel
//!   edges of every tile, so adjoining pieces fill without seams.
//!
//! The 1:10m layers are clipped to lon 88°E–123°E, lat 1.5°S–34°N. Outside that box the
//! world-wide 1:110m layers take over (clipped to the outside of the box), so land never
//! stops at an invisible edge.
//!
//! Place names are kept apart, as [`Place`] values, because labels are drawn as egui
//! text above the tiles, not burnt into them.

use std::collections::BTreeMap;

use geo::{Area, BoundingRect, Contains, InteriorPoint, Simplify};
use geojson::{Feature, FeatureCollection, GeometryValue, JsonObject};
use rstar::{AABB, RTree, primitives::GeomWithData, primitives::Rectangle};

use super::relief::Relief;

/// West edge of the 1:10m clip box, degrees east (`geodata/basemap/PROVENANCE.md`).
pub const DETAIL_WEST_LON_DEG: f64 = 88.0;
/// East edge of the 1:10m clip box, degrees east.
pub const DETAIL_EAST_LON_DEG: f64 = 123.0;
/// South edge of the 1:10m clip box, degrees north (negative: south of the equator).
pub const DETAIL_SOUTH_LAT_DEG: f64 = -1.5;
/// North edge of the 1:10m clip box, degrees north.
pub const DETAIL_NORTH_LAT_DEG: f64 = 34.0;

/// The rank [`Place::scalerank`] gives to countries, which the source gives no rank:
/// they are the first names a whole-region view needs.
pub const COUNTRY_SCALERANK: u8 = 0;
/// The rank [`Place::scalerank`] gives to provinces, whose label points carry no rank
/// in the source: after national capitals and the biggest cities, before towns.
pub const PROVINCE_SCALERANK: u8 = 4;

/// Highest zoom of each level-of-detail band; the last band keeps full detail. One
/// band per zoom where the coast is dense on screen, wider bands where it is sparse.
const LOD_MAX_ZOOM: [u8; 8] = [2, 3, 4, 5, 6, 7, 8, 10];
/// Rings and lines smaller than this many tolerances across are dropped from a band:
/// islands and lakes under half a 256-pixel tile pixel, which cost time and show
/// nothing.
const MIN_EXTENT_TOLERANCES: f64 = 2.0;
/// Douglas–Peucker tolerance as a fraction of a 256-pixel tile pixel at the band's
/// highest zoom: a quarter pixel there is half a device pixel on a 512-pixel tile.
const LOD_TOLERANCE_PX: f64 = 0.25;
/// A polygon piece with more vertices than this is cut in four.
const MAX_AREA_PIECE_POINTS: usize = 256;
/// How deep the polygon grid may go (the world is level 0), so a degenerate polygon
/// cannot recurse without end.
const MAX_SPLIT_DEPTH: u32 = 18;
/// Vertices per stored line run.
const MAX_LINE_PIECE_POINTS: usize = 48;
/// Coordinates closer than this to a clip-box edge, in degrees, count as on it.
const ON_EDGE_EPS_DEG: f64 = 1e-6;

/// Why the embedded basemap could not be used. The app shows the message and falls back
/// to a plain sea-coloured map; it never panics.
#[derive(Debug, thiserror::Error)]
pub enum BasemapError {
    /// An embedded file is not a GeoJSON FeatureCollection.
    #[error("the built-in basemap file {file} could not be read as GeoJSON: {source}")]
    NotGeoJson {
        /// The file name under `geodata/basemap/`.
        file: &'static str,
        /// What the JSON parser reported.
        #[source]
        source: serde_json::Error,
    },
    /// An embedded file parsed but held nothing drawable, which means the build embedded
    /// a damaged or wrong file.
    #[error("the built-in basemap file {file} holds no usable {what}")]
    Empty {
        /// The file name under `geodata/basemap/`.
        file: &'static str,
        /// What was expected, in plain words ("land polygons").
        what: &'static str,
    },
}

/// What a label stands for, so the label plugin can pick a text size and style.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PlaceKind {
    /// A country, labelled at a point inside its largest piece of land.
    Country,
    /// A national capital (Natural Earth "Admin-0 capital").
    Capital,
    /// A province or state (Yunnan, Luang Namtha…), at Natural Earth's label point.
    Province,
    /// Any other town or city, including provincial capitals.
    City,
    /// A river; only [`RiverName::names`] uses it.
    River,
}

/// A name to draw on the map, with its position and importance. Labels are drawn as egui
/// text by the label plugin (sharp, selectable language), not into the tiles.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// English (or romanised) name.
    pub name: String,
    /// Chinese name where the source has one (Natural Earth `name_zh`, DCW `name_zh`).
    pub name_zh: Option<String>,
    /// Thai name where the source has one. The embedded Natural Earth extract carries
    /// no Thai names, so this is `None` for every place today.
    pub name_th: Option<String>,
    /// Vietnamese name: Natural Earth `name_vi`, or, for places in Viet Nam, Natural
    /// Earth's local-language `name` (which is Vietnamese with its diacritics).
    pub name_vi: Option<String>,
    /// Lao name where the data has one (added for Laos, its provinces and towns and the
    /// countries around it; see `geodata/basemap/PROVENANCE.md`).
    pub name_lo: Option<String>,
    /// Population (Natural Earth `pop_max`) of a town, so its symbol can be sized by it.
    pub population: Option<u64>,
    /// Longitude, degrees east (WGS84).
    pub lon: f64,
    /// Latitude, degrees north (WGS84).
    pub lat: f64,
    /// Importance, 0 = most important (Natural Earth `scalerank` for towns;
    /// [`COUNTRY_SCALERANK`] and [`PROVINCE_SCALERANK`] for the others). A label plugin
    /// shows more of them as the map zooms in.
    pub scalerank: u8,
    /// What the place is.
    pub kind: PlaceKind,
}

/// A point in Web-Mercator unit coordinates: `[x, y]`, x east and y south, 0‥1 over the
/// world (multiply by `256 · 2^zoom` for 256-pixel tile pixels).
pub type UnitPoint = super::mercator::UnitPoint;

/// The basemap layer a piece belongs to; the rasteriser styles and orders by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PieceClass {
    Land,
    /// A country's area, with its Natural Earth `mapcolor7` (1‥7): neighbours differ.
    Country {
        tint: u8,
    },
    /// Built-up area (Natural Earth 1:50m urban areas).
    Urban,
    Lake,
    /// Coast and lake shore lines (the real shore only, not clip-box or grid edges).
    Coast,
    Province,
    River {
        scalerank: u8,
        mekong: bool,
    },
    Border,
    Disputed,
}

/// Geometry of a piece: an area (rings filled even-odd, rings stored open) or a line.
#[derive(Debug, Clone)]
pub(crate) enum Shape {
    Area(Vec<Vec<UnitPoint>>),
    Line(Vec<UnitPoint>),
}

/// One drawable piece of one layer at one level of detail.
#[derive(Debug, Clone)]
pub(crate) struct Piece {
    pub(crate) class: PieceClass,
    pub(crate) shape: Shape,
}

type PieceBox = GeomWithData<Rectangle<UnitPoint>, usize>;

/// One level of detail: pieces and the R-tree over their bounding boxes.
#[derive(Debug)]
struct Lod {
    pieces: Vec<Piece>,
    tree: RTree<PieceBox>,
}

/// The parsed embedded basemap. Build it once with [`BasemapData::embedded`] and share
/// it (`Arc`) with the tile workers; it is read-only and `Send + Sync`.
#[derive(Debug)]
pub struct BasemapData {
    /// One entry per band in `LOD_MAX_ZOOM`, then full detail.
    lods: Vec<Lod>,
    places: Vec<Place>,
    countries: Vec<CountryArea>,
    rivers: Vec<RiverName>,
    relief: Option<Relief>,
}

/// A country's land (Natural Earth 1:50m, simplified to about 1 km), kept so its name can
/// be placed inside the part of it that is on screen, at any zoom.
#[derive(Debug, Clone)]
pub struct CountryArea {
    /// The country's name as its [`Place`] carries it, to find the label.
    pub name: String,
    /// Its land, lon/lat degrees.
    pub shape: geo::MultiPolygon<f64>,
    /// Bounding box of `shape`, for a quick "is it in view" test.
    pub bbox: geo::Rect<f64>,
}

impl CountryArea {
    /// Whether a lon/lat point lies in the country.
    pub fn contains(&self, lon: f64, lat: f64) -> bool {
        let c = geo::Coord { x: lon, y: lat };
        let (min, max) = (self.bbox.min(), self.bbox.max());
        c.x >= min.x && c.x <= max.x && c.y >= min.y && c.y <= max.y && self.shape.contains(&c)
    }
}

/// A stretch of a named river, with its name in each language the data has, so the
/// great river can be named along its course: Lancang Jiang inside China, Mekong below.
#[derive(Debug, Clone, PartialEq)]
pub struct RiverName {
    /// Names of this stretch; `kind` is [`PlaceKind::River`], position the stretch's start.
    pub names: Place,
    /// The stretch, lon/lat degrees, downstream order as the source gives it.
    pub line: Vec<[f64; 2]>,
    /// Whether this is the Lancang–Mekong (labelled first and larger).
    pub mekong: bool,
}

/// Projects WGS84 lon/lat (degrees) to Web-Mercator unit coordinates, the space tiles
/// are cut from. Latitudes beyond ±85.05° are clamped to the edge of the square map.
pub fn web_mercator_unit(lon_deg: f64, lat_deg: f64) -> UnitPoint {
    super::mercator::to_unit(lon_deg, lat_deg)
}

/// An axis-aligned rectangle in unit coordinates, `min` north-west of `max`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct UnitRect {
    pub(crate) min: UnitPoint,
    pub(crate) max: UnitPoint,
}

impl UnitRect {
    fn quadrants(&self) -> [UnitRect; 4] {
        let mx = (self.min[0] + self.max[0]) / 2.0;
        let my = (self.min[1] + self.max[1]) / 2.0;
        [
            UnitRect {
                min: self.min,
                max: [mx, my],
            },
            UnitRect {
                min: [mx, self.min[1]],
                max: [self.max[0], my],
            },
            UnitRect {
                min: [self.min[0], my],
                max: [mx, self.max[1]],
            },
            UnitRect {
                min: [mx, my],
                max: self.max,
            },
        ]
    }
}

/// The files compiled into the binary, by role. Kept as a struct so tests can swap one
/// for damaged bytes and check that the result is an error, not a panic.
#[derive(Clone, Copy)]
struct Sources<'a> {
    land_10m: &'a [u8],
    land_110m: &'a [u8],
    urban_50m: &'a [u8],
    relief_png: &'a [u8],
    relief_pgw: &'a str,
    lakes_10m: &'a [u8],
    lakes_110m: &'a [u8],
    rivers_10m: &'a [u8],
    rivers_110m: &'a [u8],
    borders_10m: &'a [u8],
    borders_110m: &'a [u8],
    disputed_10m: &'a [u8],
    provinces_dcw: &'a [u8],
    countries_50m: &'a [u8],
    admin1_points_10m: &'a [u8],
    places_10m: &'a [u8],
}

const EMBEDDED: Sources<'static> = Sources {
    land_10m: include_bytes!("../../geodata/basemap/ne_10m_land.geojson"),
    land_110m: include_bytes!("../../geodata/basemap/ne_110m_land.geojson"),
    urban_50m: include_bytes!("../../geodata/basemap/ne_50m_urban_areas_corridor.geojson"),
    relief_png: include_bytes!("../../geodata/basemap/shaded_relief_ne_2arcmin.png"),
    relief_pgw: include_str!("../../geodata/basemap/shaded_relief_ne_2arcmin.pgw"),
    lakes_10m: include_bytes!("../../geodata/basemap/ne_10m_lakes.geojson"),
    lakes_110m: include_bytes!("../../geodata/basemap/ne_110m_lakes.geojson"),
    rivers_10m: include_bytes!("../../geodata/basemap/ne_10m_rivers_lake_centerlines.geojson"),
    rivers_110m: include_bytes!("../../geodata/basemap/ne_110m_rivers_lake_centerlines.geojson"),
    borders_10m: include_bytes!("../../geodata/basemap/ne_10m_admin_0_boundary_lines_land.geojson"),
    borders_110m: include_bytes!(
        "../../geodata/basemap/ne_110m_admin_0_boundary_lines_land.geojson"
    ),
    disputed_10m: include_bytes!(
        "../../geodata/basemap/ne_10m_admin_0_boundary_lines_disputed_areas.geojson"
    ),
    provinces_dcw: include_bytes!("../../geodata/basemap/dcw_china_provinces.geojson"),
    countries_50m: include_bytes!("../../geodata/basemap/ne_50m_admin_0_countries.geojson"),
    admin1_points_10m: include_bytes!("../../geodata/basemap/ne_10m_admin_1_label_points.geojson"),
    places_10m: include_bytes!("../../geodata/basemap/ne_10m_populated_places.geojson"),
};

/// A polygon in lon/lat degrees: rings, the first the outer one, each open (no repeated
/// closing vertex).
type LonLatPolygon = Vec<Vec<[f64; 2]>>;

/// Which side of the 1:10m clip box a layer is drawn on.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Coverage {
    /// 1:10m data: used as is (it is already clipped to the box).
    InsideBox,
    /// 1:110m data: only its parts outside the box are kept.
    OutsideBox,
    /// Data not clipped to the box and drawn everywhere (DCW provinces).
    Everywhere,
}

/// Geometry of the whole basemap at full detail, in unit coordinates, before it is cut
/// into pieces per level of detail.
struct FullGeometry {
    areas: Vec<(PieceClass, Vec<Vec<UnitPoint>>)>,
    lines: Vec<(PieceClass, Vec<UnitPoint>)>,
}

impl BasemapData {
    /// Parses the basemap compiled into the binary. Takes a few tens of milliseconds:
    /// call it once at start-up (or on a worker) and share the result.
    pub fn embedded() -> Result<BasemapData, BasemapError> {
        Self::from_sources(&EMBEDDED)
    }

    /// Places to label, most important first (lowest `scalerank`, then countries before
    /// capitals before provinces before towns, then by name).
    pub fn places(&self) -> &[Place] {
        &self.places
    }

    /// Countries' land, for placing their names inside the visible part of each.
    pub fn countries(&self) -> &[CountryArea] {
        &self.countries
    }

    /// Named stretches of the main rivers, the Lancang–Mekong first.
    pub fn rivers(&self) -> &[RiverName] {
        &self.rivers
    }

    /// The shaded relief overlay; `None` when its embedded image could not be read (the
    /// map is then drawn without relief, and nothing else changes).
    pub fn relief(&self) -> Option<&Relief> {
        self.relief.as_ref()
    }

    /// Pieces whose bounding box meets `rect`, at the level of detail for `zoom`, in
    /// storage order (callers group them by class).
    pub(crate) fn pieces_in(&self, zoom: u8, rect: UnitRect) -> impl Iterator<Item = &Piece> {
        let band = LOD_MAX_ZOOM
            .iter()
            .position(|&max| zoom <= max)
            .unwrap_or(LOD_MAX_ZOOM.len());
        let lod = self.lods.get(band).or_else(|| self.lods.last());
        let envelope = AABB::from_corners(rect.min, rect.max);
        lod.into_iter().flat_map(move |lod| {
            lod.tree
                .locate_in_envelope_intersecting(&envelope)
                .filter_map(|hit| lod.pieces.get(hit.data))
        })
    }

    fn from_sources(src: &Sources<'_>) -> Result<BasemapData, BasemapError> {
        let full = full_geometry(src)?;
        let mut lods = Vec::with_capacity(LOD_MAX_ZOOM.len() + 1);
        for &max_zoom in &LOD_MAX_ZOOM {
            let tolerance = LOD_TOLERANCE_PX / (256.0 * 2f64.powi(i32::from(max_zoom)));
            lods.push(build_lod(&full, tolerance));
        }
        lods.push(build_lod(&full, 0.0));
        let places = build_places(src)?;
        let countries = build_countries(src)?;
        let rivers = build_rivers(src, &countries)?;
        let relief = match Relief::decode(src.relief_png, src.relief_pgw) {
            Ok(relief) => Some(relief),
            Err(e) => {
                log::warn!("basemap drawn without relief: {e}");
                None
            }
        };
        Ok(BasemapData {
            lods,
            places,
            countries,
            rivers,
            relief,
        })
    }
}

fn parse(file: &'static str, bytes: &[u8]) -> Result<Vec<Feature>, BasemapError> {
    serde_json::from_slice::<FeatureCollection>(bytes)
        .map(|fc| fc.features)
        .map_err(|source| BasemapError::NotGeoJson { file, source })
}

fn prop_str<'a>(props: Option<&'a JsonObject>, key: &str) -> Option<&'a str> {
    props
        .and_then(|p| p.get(key))
        .and_then(|v| v.as_str())
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

fn prop_f64(props: Option<&JsonObject>, key: &str) -> Option<f64> {
    props
        .and_then(|p| p.get(key))
        .and_then(|v| v.as_f64())
        .filter(|v| v.is_finite())
}

fn position(p: &geojson::Position) -> Option<[f64; 2]> {
    let s = p.as_slice();
    match (s.first(), s.get(1)) {
        (Some(&x), Some(&y)) if x.is_finite() && y.is_finite() => Some([x, y]),
        _ => None,
    }
}

fn line_of(points: &[geojson::Position]) -> Vec<[f64; 2]> {
    points.iter().filter_map(position).collect()
}

/// Rings of a GeoJSON polygon, opened (closing vertex dropped), too-short rings skipped.
fn polygon_of(rings: &[Vec<geojson::Position>]) -> LonLatPolygon {
    rings
        .iter()
        .map(|ring| {
            let mut r = line_of(ring);
            if r.len() > 1 && r.first() == r.last() {
                r.pop();
            }
            r
        })
        .filter(|r| r.len() >= 3)
        .collect()
}

fn polygons_of(feature: &Feature) -> Vec<LonLatPolygon> {
    let polygons = match feature.geometry.as_ref().map(|g| &g.value) {
        Some(GeometryValue::Polygon { coordinates }) => vec![polygon_of(coordinates)],
        Some(GeometryValue::MultiPolygon { coordinates }) => {
            coordinates.iter().map(|p| polygon_of(p)).collect()
        }
        _ => Vec::new(),
    };
    polygons.into_iter().filter(|p| !p.is_empty()).collect()
}

fn lines_of(feature: &Feature) -> Vec<Vec<[f64; 2]>> {
    let lines = match feature.geometry.as_ref().map(|g| &g.value) {
        Some(GeometryValue::LineString { coordinates }) => vec![line_of(coordinates)],
        Some(GeometryValue::MultiLineString { coordinates }) => {
            coordinates.iter().map(|l| line_of(l)).collect()
        }
        _ => Vec::new(),
    };
    lines.into_iter().filter(|l| l.len() >= 2).collect()
}

fn point_of(feature: &Feature) -> Option<[f64; 2]> {
    match feature.geometry.as_ref().map(|g| &g.value) {
        Some(GeometryValue::Point { coordinates }) => position(coordinates),
        _ => None,
    }
}

fn project_line(line: &[[f64; 2]]) -> Vec<UnitPoint> {
    line.iter()
        .map(|&[lon, lat]| web_mercator_unit(lon, lat))
        .collect()
}

/// The clip box in unit coordinates.
fn detail_box() -> UnitRect {
    let nw = web_mercator_unit(DETAIL_WEST_LON_DEG, DETAIL_NORTH_LAT_DEG);
    let se = web_mercator_unit(DETAIL_EAST_LON_DEG, DETAIL_SOUTH_LAT_DEG);
    UnitRect { min: nw, max: se }
}

/// The world outside the clip box as four rectangles (west, east, north, south strips).
fn outside_box_strips() -> [UnitRect; 4] {
    let b = detail_box();
    [
        UnitRect {
            min: [-1.0, -1.0],
            max: [b.min[0], 2.0],
        },
        UnitRect {
            min: [b.max[0], -1.0],
            max: [2.0, 2.0],
        },
        UnitRect {
            min: [b.min[0], -1.0],
            max: [b.max[0], b.min[1]],
        },
        UnitRect {
            min: [b.min[0], b.max[1]],
            max: [b.max[0], 2.0],
        },
    ]
}

/// True when a lon/lat point lies on one edge of the clip box.
fn on_box_edge(p: [f64; 2], q: [f64; 2]) -> bool {
    let same = |a: f64, b: f64, edge: f64| {
        (a - edge).abs() < ON_EDGE_EPS_DEG && (b - edge).abs() < ON_EDGE_EPS_DEG
    };
    same(p[0], q[0], DETAIL_WEST_LON_DEG)
        || same(p[0], q[0], DETAIL_EAST_LON_DEG)
        || same(p[1], q[1], DETAIL_SOUTH_LAT_DEG)
        || same(p[1], q[1], DETAIL_NORTH_LAT_DEG)
}

/// The real shore of a ring as lines: the ring closed and cut wherever it runs along
/// an edge of the clip box (those edges are where the data was cut, not coast).
fn shore_lines(ring: &[[f64; 2]]) -> Vec<Vec<[f64; 2]>> {
    let mut out = Vec::new();
    let mut current: Vec<[f64; 2]> = Vec::new();
    let closed = ring.iter().chain(ring.first());
    let mut prev: Option<[f64; 2]> = None;
    for &p in closed {
        if let Some(q) = prev {
            if on_box_edge(q, p) {
                if current.len() >= 2 {
                    out.push(std::mem::take(&mut current));
                }
                current.clear();
            } else {
                if current.is_empty() {
                    current.push(q);
                }
                current.push(p);
            }
        }
        prev = Some(p);
    }
    if current.len() >= 2 {
        out.push(current);
    }
    out
}

fn add_area(
    full: &mut FullGeometry,
    class: PieceClass,
    coverage: Coverage,
    polygon: &LonLatPolygon,
) {
    let rings: Vec<Vec<UnitPoint>> = polygon.iter().map(|r| project_line(r)).collect();
    match coverage {
        Coverage::InsideBox | Coverage::Everywhere => full.areas.push((class, rings)),
        Coverage::OutsideBox => {
            for strip in outside_box_strips() {
                let clipped: Vec<Vec<UnitPoint>> = rings
                    .iter()
                    .map(|r| clip_ring(r, &strip))
                    .filter(|r| r.len() >= 3)
                    .collect();
                if !clipped.is_empty() {
                    full.areas.push((class, clipped));
                }
            }
        }
    }
}

fn add_line(full: &mut FullGeometry, class: PieceClass, coverage: Coverage, line: &[[f64; 2]]) {
    let projected = project_line(line);
    match coverage {
        Coverage::InsideBox | Coverage::Everywhere => full.lines.push((class, projected)),
        Coverage::OutsideBox => {
            for run in clip_line_outside(&projected, &detail_box()) {
                full.lines.push((class, run));
            }
        }
    }
}

/// Adds an area layer and, when `shore` is set, its shore lines as coast.
fn add_area_layer(
    full: &mut FullGeometry,
    features: &[Feature],
    class: PieceClass,
    coverage: Coverage,
    shore: Option<PieceClass>,
) -> usize {
    let mut count = 0;
    for feature in features {
        for polygon in polygons_of(feature) {
            count += 1;
            add_area(full, class, coverage, &polygon);
            if let Some(shore_class) = shore {
                for ring in &polygon {
                    for line in shore_lines(ring) {
                        add_line(full, shore_class, coverage, &line);
                    }
                }
            }
        }
    }
    count
}

fn is_mekong(props: Option<&JsonObject>) -> bool {
    ["name", "name_alt"]
        .iter()
        .filter_map(|key| prop_str(props, key))
        .any(|n| n.eq_ignore_ascii_case("mekong") || n.eq_ignore_ascii_case("lancang"))
}

/// A small whole-number property (`scalerank`, `mapcolor7`) as a byte.
fn scalerank(props: Option<&JsonObject>, key: &str, default: u8) -> u8 {
    prop_f64(props, key)
        .map(|r| r.round().clamp(0.0, 255.0) as u8)
        .unwrap_or(default)
}

fn add_river_layer(full: &mut FullGeometry, features: &[Feature], coverage: Coverage) -> usize {
    let mut count = 0;
    for feature in features {
        let props = feature.properties.as_ref();
        let class = PieceClass::River {
            scalerank: scalerank(props, "scalerank", 9),
            mekong: is_mekong(props),
        };
        let lines = lines_of(feature);
        count += lines.len();
        for line in stitch_lines(lines) {
            add_line(full, class, coverage, &line);
        }
    }
    count
}

fn add_border_layer(full: &mut FullGeometry, features: &[Feature], coverage: Coverage) -> usize {
    let mut agreed = Vec::new();
    let mut disputed = Vec::new();
    for feature in features {
        let is_disputed = prop_str(feature.properties.as_ref(), "featurecla")
            .is_some_and(|c| c.contains("Disputed") || c.contains("claim"));
        let lines = lines_of(feature);
        if is_disputed {
            disputed.extend(lines);
        } else {
            agreed.extend(lines);
        }
    }
    let count = agreed.len() + disputed.len();
    for (class, lines) in [
        (PieceClass::Border, agreed),
        (PieceClass::Disputed, disputed),
    ] {
        for line in stitch_lines(lines) {
            add_line(full, class, coverage, &line);
        }
    }
    count
}

/// Joins lines that meet end to end into longer lines. The border files come as
/// hundreds of short parts (many of two vertices); drawn apart, every part adds a pair
/// of line caps, which made border drawing the slowest part of a tile.
fn stitch_lines(lines: Vec<Vec<[f64; 2]>>) -> Vec<Vec<[f64; 2]>> {
    use std::collections::HashMap;
    // Coordinates are rounded to 1e-4° in the files; 1e-7° keys are exact matches.
    let key = |p: &[f64; 2]| ((p[0] * 1e7).round() as i64, (p[1] * 1e7).round() as i64);
    let mut ends: HashMap<(i64, i64), Vec<usize>> = HashMap::new();
    for (i, line) in lines.iter().enumerate() {
        if let (Some(first), Some(last)) = (line.first(), line.last()) {
            ends.entry(key(first)).or_default().push(i);
            ends.entry(key(last)).or_default().push(i);
        }
    }
    let mut used = vec![false; lines.len()];
    let mut out = Vec::new();
    for start in 0..lines.len() {
        if used.get(start) != Some(&false) {
            continue;
        }
        if let Some(u) = used.get_mut(start) {
            *u = true;
        }
        let mut chain = lines.get(start).cloned().unwrap_or_default();
        // Grow forward from the end, then turn the chain round and grow from the start.
        for _ in 0..2 {
            while let Some(end) = chain.last().map(key) {
                let next = ends.get(&end).and_then(|candidates| {
                    candidates
                        .iter()
                        .copied()
                        .find(|&j| used.get(j) == Some(&false))
                });
                let Some(j) = next else { break };
                if let Some(u) = used.get_mut(j) {
                    *u = true;
                }
                let mut part = lines.get(j).cloned().unwrap_or_default();
                if part.first().map(key) != Some(end) {
                    part.reverse();
                }
                chain.extend(part.into_iter().skip(1));
            }
            chain.reverse();
        }
        out.push(chain);
    }
    out
}

fn non_empty(count: usize, file: &'static str, what: &'static str) -> Result<(), BasemapError> {
    if count == 0 {
        Err(BasemapError::Empty { file, what })
    } else {
        Ok(())
    }
}

fn full_geometry(src: &Sources<'_>) -> Result<FullGeometry, BasemapError> {
    let mut full = FullGeometry {
        areas: Vec::new(),
        lines: Vec::new(),
    };
    let coast = Some(PieceClass::Coast);

    let file = "ne_10m_land.geojson";
    let n = add_area_layer(
        &mut full,
        &parse(file, src.land_10m)?,
        PieceClass::Land,
        Coverage::InsideBox,
        coast,
    );
    non_empty(n, file, "land polygons")?;
    let file = "ne_110m_land.geojson";
    let n = add_area_layer(
        &mut full,
        &parse(file, src.land_110m)?,
        PieceClass::Land,
        Coverage::OutsideBox,
        coast,
    );
    non_empty(n, file, "land polygons")?;

    let file = "ne_50m_admin_0_countries.geojson";
    for feature in parse(file, src.countries_50m)? {
        let tint = scalerank(feature.properties.as_ref(), "mapcolor7", 0);
        for polygon in polygons_of(&feature) {
            add_area(
                &mut full,
                PieceClass::Country { tint },
                Coverage::InsideBox,
                &polygon,
            );
        }
    }
    let file = "ne_50m_urban_areas_corridor.geojson";
    let urban = parse(file, src.urban_50m)?;
    add_area_layer(
        &mut full,
        &urban,
        PieceClass::Urban,
        Coverage::InsideBox,
        None,
    );

    let file = "dcw_china_provinces.geojson";
    for feature in parse(file, src.provinces_dcw)? {
        for polygon in polygons_of(&feature) {
            for ring in &polygon {
                let mut closed = ring.clone();
                if let Some(&first) = ring.first() {
                    closed.push(first);
                }
                add_line(
                    &mut full,
                    PieceClass::Province,
                    Coverage::Everywhere,
                    &closed,
                );
            }
        }
    }

    let file = "ne_10m_lakes.geojson";
    let lakes = parse(file, src.lakes_10m)?;
    add_area_layer(
        &mut full,
        &lakes,
        PieceClass::Lake,
        Coverage::InsideBox,
        coast,
    );
    let file = "ne_110m_lakes.geojson";
    let lakes = parse(file, src.lakes_110m)?;
    add_area_layer(
        &mut full,
        &lakes,
        PieceClass::Lake,
        Coverage::OutsideBox,
        coast,
    );

    let file = "ne_10m_rivers_lake_centerlines.geojson";
    let n = add_river_layer(
        &mut full,
        &parse(file, src.rivers_10m)?,
        Coverage::InsideBox,
    );
    non_empty(n, file, "river lines")?;
    let file = "ne_110m_rivers_lake_centerlines.geojson";
    add_river_layer(
        &mut full,
        &parse(file, src.rivers_110m)?,
        Coverage::OutsideBox,
    );

    let file = "ne_10m_admin_0_boundary_lines_land.geojson";
    let n = add_border_layer(
        &mut full,
        &parse(file, src.borders_10m)?,
        Coverage::InsideBox,
    );
    non_empty(n, file, "border lines")?;
    let file = "ne_110m_admin_0_boundary_lines_land.geojson";
    add_border_layer(
        &mut full,
        &parse(file, src.borders_110m)?,
        Coverage::OutsideBox,
    );
    let file = "ne_10m_admin_0_boundary_lines_disputed_areas.geojson";
    let claims: Vec<Vec<[f64; 2]>> = parse(file, src.disputed_10m)?
        .iter()
        .flat_map(lines_of)
        .collect();
    for line in stitch_lines(claims) {
        add_line(&mut full, PieceClass::Disputed, Coverage::InsideBox, &line);
    }
    Ok(full)
}

fn build_lod(full: &FullGeometry, tolerance: f64) -> Lod {
    let mut pieces = Vec::new();
    let world = UnitRect {
        min: [0.0, 0.0],
        max: [1.0, 1.0],
    };
    for (class, rings) in &full.areas {
        let simplified: Vec<Vec<UnitPoint>> = rings
            .iter()
            .filter(|r| visible_at(r, tolerance))
            .map(|r| simplify_ring(r, tolerance))
            .filter(|r| r.len() >= 3)
            .collect();
        if simplified.is_empty() {
            continue;
        }
        let mut out = Vec::new();
        split_area(simplified, world, 0, &mut out);
        pieces.extend(out.into_iter().map(|rings| Piece {
            class: *class,
            shape: Shape::Area(rings),
        }));
    }
    for (class, line) in &full.lines {
        if !visible_at(line, tolerance) {
            continue;
        }
        let simplified = simplify_line(line, tolerance);
        if simplified.len() < 2 {
            continue;
        }
        let step = MAX_LINE_PIECE_POINTS - 1;
        let mut start = 0;
        while start + 1 < simplified.len() {
            let end = (start + MAX_LINE_PIECE_POINTS).min(simplified.len());
            if let Some(run) = simplified.get(start..end) {
                pieces.push(Piece {
                    class: *class,
                    shape: Shape::Line(run.to_vec()),
                });
            }
            start += step;
        }
    }
    let boxes = pieces
        .iter()
        .enumerate()
        .filter_map(|(i, piece)| {
            bounds(piece).map(|(min, max)| GeomWithData::new(Rectangle::from_corners(min, max), i))
        })
        .collect();
    Lod {
        pieces,
        tree: RTree::bulk_load(boxes),
    }
}

/// False for a ring or line too small to see at the band with this tolerance.
fn visible_at(points: &[UnitPoint], tolerance: f64) -> bool {
    if tolerance <= 0.0 {
        return true;
    }
    let (min, max) = points.iter().fold(
        ([f64::MAX, f64::MAX], [f64::MIN, f64::MIN]),
        |(min, max), p| {
            (
                [min[0].min(p[0]), min[1].min(p[1])],
                [max[0].max(p[0]), max[1].max(p[1])],
            )
        },
    );
    (max[0] - min[0]).max(max[1] - min[1]) >= MIN_EXTENT_TOLERANCES * tolerance
}

fn bounds(piece: &Piece) -> Option<(UnitPoint, UnitPoint)> {
    let points: Box<dyn Iterator<Item = &UnitPoint>> = match &piece.shape {
        Shape::Area(rings) => Box::new(rings.iter().flatten()),
        Shape::Line(line) => Box::new(line.iter()),
    };
    points.fold(None, |acc, p| match acc {
        None => Some((*p, *p)),
        Some((min, max)) => Some((
            [min[0].min(p[0]), min[1].min(p[1])],
            [max[0].max(p[0]), max[1].max(p[1])],
        )),
    })
}

/// Cuts a polygon along the power-of-two grid until each piece is small.
fn split_area(
    rings: Vec<Vec<UnitPoint>>,
    cell: UnitRect,
    depth: u32,
    out: &mut Vec<Vec<Vec<UnitPoint>>>,
) {
    let points: usize = rings.iter().map(Vec::len).sum();
    if points <= MAX_AREA_PIECE_POINTS || depth >= MAX_SPLIT_DEPTH {
        out.push(rings);
        return;
    }
    for quadrant in cell.quadrants() {
        let clipped: Vec<Vec<UnitPoint>> = rings
            .iter()
            .map(|r| clip_ring(r, &quadrant))
            .filter(|r| r.len() >= 3)
            .collect();
        if !clipped.is_empty() {
            split_area(clipped, quadrant, depth + 1, out);
        }
    }
}

/// Sutherland–Hodgman clip of an open ring to a rectangle. Concave rings come out with
/// zero-width bridges along the rectangle's edges, which fill to nothing.
pub(crate) fn clip_ring(ring: &[UnitPoint], rect: &UnitRect) -> Vec<UnitPoint> {
    let mut current = ring.to_vec();
    // Each edge: axis, bound, keep-if-greater-or-equal.
    let edges = [
        (0, rect.min[0], true),
        (0, rect.max[0], false),
        (1, rect.min[1], true),
        (1, rect.max[1], false),
    ];
    for (axis, bound, keep_greater) in edges {
        if current.is_empty() {
            break;
        }
        let inside = |p: &UnitPoint| {
            let v = if axis == 0 { p[0] } else { p[1] };
            if keep_greater { v >= bound } else { v <= bound }
        };
        let mut next = Vec::with_capacity(current.len() + 4);
        let mut prev = match current.last() {
            Some(p) => *p,
            None => break,
        };
        for &p in &current {
            let (pin, qin) = (inside(&p), inside(&prev));
            if pin != qin {
                next.push(intersect(prev, p, axis, bound));
            }
            if pin {
                next.push(p);
            }
            prev = p;
        }
        current = next;
    }
    current
}

fn intersect(a: UnitPoint, b: UnitPoint, axis: usize, bound: f64) -> UnitPoint {
    let (a_v, b_v) = if axis == 0 {
        (a[0], b[0])
    } else {
        (a[1], b[1])
    };
    let t = if (b_v - a_v).abs() > f64::EPSILON {
        (bound - a_v) / (b_v - a_v)
    } else {
        0.0
    };
    let p = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
    if axis == 0 {
        [bound, p[1]]
    } else {
        [p[0], bound]
    }
}

/// The parameter interval `[t0, t1]` of segment a→b inside `rect` (Liang–Barsky), or
/// `None` when the segment misses it.
pub(crate) fn segment_inside(a: UnitPoint, b: UnitPoint, rect: &UnitRect) -> Option<(f64, f64)> {
    let d = [b[0] - a[0], b[1] - a[1]];
    let mut t0: f64 = 0.0;
    let mut t1: f64 = 1.0;
    let checks = [
        (-d[0], a[0] - rect.min[0]),
        (d[0], rect.max[0] - a[0]),
        (-d[1], a[1] - rect.min[1]),
        (d[1], rect.max[1] - a[1]),
    ];
    for (p, q) in checks {
        if p == 0.0 {
            if q < 0.0 {
                return None;
            }
        } else {
            let r = q / p;
            if p < 0.0 {
                t0 = t0.max(r);
            } else {
                t1 = t1.min(r);
            }
        }
    }
    (t0 <= t1).then_some((t0, t1))
}

fn lerp(a: UnitPoint, b: UnitPoint, t: f64) -> UnitPoint {
    [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]
}

/// The runs of a polyline that lie inside `rect`.
pub(crate) fn clip_line_inside(line: &[UnitPoint], rect: &UnitRect) -> Vec<Vec<UnitPoint>> {
    let mut runs = Vec::new();
    let mut current: Vec<UnitPoint> = Vec::new();
    for pair in line.windows(2) {
        let [a, b] = [pair[0], pair[1]];
        match segment_inside(a, b, rect) {
            Some((t0, t1)) => {
                let start = lerp(a, b, t0);
                if t0 > 0.0 && current.len() >= 2 {
                    runs.push(std::mem::take(&mut current));
                }
                if t0 > 0.0 || current.is_empty() {
                    current.clear();
                    current.push(start);
                }
                current.push(lerp(a, b, t1));
                if t1 < 1.0 {
                    runs.push(std::mem::take(&mut current));
                }
            }
            None => {
                if current.len() >= 2 {
                    runs.push(std::mem::take(&mut current));
                }
                current.clear();
            }
        }
    }
    if current.len() >= 2 {
        runs.push(current);
    }
    runs.retain(|r| r.len() >= 2);
    runs
}

/// The runs of a polyline that lie outside `rect`.
fn clip_line_outside(line: &[UnitPoint], rect: &UnitRect) -> Vec<Vec<UnitPoint>> {
    let mut runs = Vec::new();
    let mut current: Vec<UnitPoint> = Vec::new();
    let mut flush = |current: &mut Vec<UnitPoint>| {
        if current.len() >= 2 {
            runs.push(std::mem::take(current));
        }
        current.clear();
    };
    for pair in line.windows(2) {
        let [a, b] = [pair[0], pair[1]];
        match segment_inside(a, b, rect) {
            None => {
                if current.is_empty() {
                    current.push(a);
                }
                current.push(b);
            }
            Some((t0, t1)) => {
                if t0 > 0.0 {
                    if current.is_empty() {
                        current.push(a);
                    }
                    current.push(lerp(a, b, t0));
                }
                flush(&mut current);
                if t1 < 1.0 {
                    current.push(lerp(a, b, t1));
                    current.push(b);
                }
            }
        }
    }
    flush(&mut current);
    runs
}

fn dist_sq_to_segment(p: UnitPoint, a: UnitPoint, b: UnitPoint) -> f64 {
    let d = [b[0] - a[0], b[1] - a[1]];
    let len_sq = d[0] * d[0] + d[1] * d[1];
    let t = if len_sq > 0.0 {
        (((p[0] - a[0]) * d[0] + (p[1] - a[1]) * d[1]) / len_sq).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let q = lerp(a, b, t);
    (p[0] - q[0]).powi(2) + (p[1] - q[1]).powi(2)
}

/// Douglas–Peucker simplification of an open polyline; `tolerance` in unit coordinates.
///
/// Kept by hand rather than `geo::Simplify`: over every level's 18,228 rings and lines geo
/// took 234–283 ms against 62–86 ms here (it recurses, allocating a vector per step, and
/// takes a square root per distance), which made the whole basemap build 326 ms instead of
/// 141 ms (medians of 11, 2 cores). Its output differed in 50 of them, only because of ties:
/// of equally distant points geo keeps the last, this the first. See `simplify_cost`.
fn simplify_line(points: &[UnitPoint], tolerance: f64) -> Vec<UnitPoint> {
    let n = points.len();
    if n <= 2 || tolerance <= 0.0 {
        return points.to_vec();
    }
    let mut keep = vec![false; n];
    keep[0] = true;
    keep[n - 1] = true;
    let mut stack = vec![(0usize, n - 1)];
    let tol_sq = tolerance * tolerance;
    while let Some((a, b)) = stack.pop() {
        if b <= a + 1 {
            continue;
        }
        let (pa, pb) = (points[a], points[b]);
        let mut best = (0.0, a);
        for (i, &p) in points.iter().enumerate().take(b).skip(a + 1) {
            let d = dist_sq_to_segment(p, pa, pb);
            if d > best.0 {
                best = (d, i);
            }
        }
        if best.0 > tol_sq {
            keep[best.1] = true;
            stack.push((a, best.1));
            stack.push((best.1, b));
        }
    }
    points
        .iter()
        .zip(keep)
        .filter_map(|(p, k)| k.then_some(*p))
        .collect()
}

/// Simplifies an open ring: closes it, simplifies, opens it again.
fn simplify_ring(ring: &[UnitPoint], tolerance: f64) -> Vec<UnitPoint> {
    if tolerance <= 0.0 {
        return ring.to_vec();
    }
    let mut closed = ring.to_vec();
    if let Some(&first) = ring.first() {
        closed.push(first);
    }
    let mut simplified = simplify_line(&closed, tolerance);
    simplified.pop();
    simplified
}

fn owned(s: Option<&str>) -> Option<String> {
    s.map(str::to_owned)
}

fn build_places(src: &Sources<'_>) -> Result<Vec<Place>, BasemapError> {
    let mut places = Vec::new();

    // Countries: a point inside the largest piece of each country's (clipped) land.
    let file = "ne_50m_admin_0_countries.geojson";
    let countries = parse(file, src.countries_50m)?;
    let box_area_eps = 1.0; // square degrees
    for feature in &countries {
        let props = feature.properties.as_ref();
        let Some(name) = prop_str(props, "name") else {
            continue;
        };
        let largest = polygons_of(feature)
            .into_iter()
            .map(|p| to_geo_polygon(&p))
            .max_by(|a, b| a.unsigned_area().total_cmp(&b.unsigned_area()));
        let Some(largest) = largest else { continue };
        // A sliver of a country that lies mostly outside the data (Nepal's east edge)
        // would put its name on the edge of the data, far from the country: skip it.
        let touches_box = largest.exterior().coords().any(|c| {
            (c.x - DETAIL_WEST_LON_DEG).abs() < ON_EDGE_EPS_DEG
                || (c.x - DETAIL_EAST_LON_DEG).abs() < ON_EDGE_EPS_DEG
                || (c.y - DETAIL_SOUTH_LAT_DEG).abs() < ON_EDGE_EPS_DEG
                || (c.y - DETAIL_NORTH_LAT_DEG).abs() < ON_EDGE_EPS_DEG
        });
        if touches_box && largest.unsigned_area() < box_area_eps {
            continue;
        }
        let label = match (prop_f64(props, "LABEL_X"), prop_f64(props, "LABEL_Y")) {
            (Some(x), Some(y)) => Some([x, y]),
            _ => largest.interior_point().map(|p| [p.x(), p.y()]),
        };
        let Some([lon, lat]) = label else { continue };
        places.push(Place {
            name: name.to_owned(),
            name_zh: owned(prop_str(props, "name_zh")),
            name_th: owned(prop_str(props, "name_th")),
            name_vi: owned(prop_str(props, "name_vi")),
            name_lo: owned(prop_str(props, "name_lo")),
            population: None,
            lon,
            lat,
            scalerank: COUNTRY_SCALERANK,
            kind: PlaceKind::Country,
        });
    }

    // Chinese names of Chinese provinces come from the DCW outlines.
    let file = "dcw_china_provinces.geojson";
    let mut province_zh: BTreeMap<String, String> = BTreeMap::new();
    for feature in parse(file, src.provinces_dcw)? {
        let props = feature.properties.as_ref();
        if let (Some(name), Some(zh)) = (prop_str(props, "name"), prop_str(props, "name_zh")) {
            // "Xizang (Tibet)" in DCW is "Xizang" in Natural Earth.
            let key = name.split(" (").next().unwrap_or(name).to_owned();
            province_zh.insert(key, zh.to_owned());
        }
    }

    // Provinces: Natural Earth gives several label points to island provinces; keep
    // the one nearest the mean of them, which lies on the main part.
    let file = "ne_10m_admin_1_label_points.geojson";
    type ProvinceNames = (Option<String>, Option<String>);
    type ProvinceEntry = (ProvinceNames, Vec<[f64; 2]>);
    let mut provinces: BTreeMap<(String, String), ProvinceEntry> = BTreeMap::new();
    for feature in parse(file, src.admin1_points_10m)? {
        let props = feature.properties.as_ref();
        let (Some(name), Some(point)) = (prop_str(props, "name"), point_of(&feature)) else {
            continue;
        };
        // Natural Earth placeholder units such as "PFA-00 (Paracel Is. aggregation)" or
        // "MMR-99 (Myanmar minor island)" (removed from the file too) are no names.
        if name.contains("aggregation") || looks_like_code(name) {
            continue;
        }
        let admin = prop_str(props, "admin").unwrap_or_default().to_owned();
        // Provinces are named where the corridor runs (China and Laos); elsewhere
        // they would crowd out towns and repeat city names (Yangon Region by Yangon).
        if !LABELLED_PROVINCE_COUNTRIES.contains(&admin.as_str()) {
            continue;
        }
        let names = (
            owned(prop_str(props, "name_zh")),
            owned(prop_str(props, "name_lo")),
        );
        provinces
            .entry((admin, name.to_owned()))
            .or_insert_with(|| (names, Vec::new()))
            .1
            .push(point);
    }
    for ((admin, name), ((own_zh, name_lo), points)) in provinces {
        let n = points.len() as f64;
        let mean = points
            .iter()
            .fold([0.0, 0.0], |acc, p| [acc[0] + p[0] / n, acc[1] + p[1] / n]);
        let nearest = points.iter().min_by(|a, b| {
            let da = (a[0] - mean[0]).powi(2) + (a[1] - mean[1]).powi(2);
            let db = (b[0] - mean[0]).powi(2) + (b[1] - mean[1]).powi(2);
            da.total_cmp(&db)
        });
        let Some(&[lon, lat]) = nearest else { continue };
        let name_zh = if admin == "China" {
            province_zh.get(&name).cloned()
        } else {
            own_zh
        };
        // Natural Earth writes Vietnamese provinces in Vietnamese, with diacritics.
        let name_vi = (admin == "Vietnam").then(|| name.clone());
        places.push(Place {
            name,
            name_zh,
            name_th: None,
            name_vi,
            name_lo,
            population: None,
            lon,
            lat,
            scalerank: PROVINCE_SCALERANK,
            kind: PlaceKind::Province,
        });
    }

    // Towns and cities.
    let file = "ne_10m_populated_places.geojson";
    for feature in parse(file, src.places_10m)? {
        let props = feature.properties.as_ref();
        let Some(point) = point_of(&feature) else {
            continue;
        };
        let local = prop_str(props, "name");
        let Some(name) = prop_str(props, "name_en").or(local) else {
            continue;
        };
        let kind = match prop_str(props, "featurecla") {
            Some("Admin-0 capital" | "Admin-0 capital alt") => PlaceKind::Capital,
            _ => PlaceKind::City,
        };
        let in_viet_nam = prop_str(props, "adm0name") == Some("Vietnam");
        let name_vi = prop_str(props, "name_vi").or(if in_viet_nam { local } else { None });
        places.push(Place {
            name: name.to_owned(),
            name_zh: owned(prop_str(props, "name_zh")),
            name_th: owned(prop_str(props, "name_th")),
            name_vi: owned(name_vi),
            name_lo: owned(prop_str(props, "name_lo")),
            population: prop_f64(props, "pop_max")
                .filter(|p| *p > 0.0)
                .map(|p| p as u64),
            lon: point[0],
            lat: point[1],
            scalerank: scalerank(props, "scalerank", 10),
            kind,
        });
    }
    if places.is_empty() {
        return Err(BasemapError::Empty {
            file: "ne_10m_populated_places.geojson",
            what: "places",
        });
    }
    places.sort_by(|a, b| {
        a.scalerank
            .cmp(&b.scalerank)
            .then(a.kind.cmp(&b.kind))
            .then_with(|| a.name.cmp(&b.name))
    });
    Ok(places)
}

/// Countries whose provinces are labelled: those the corridor crosses.
const LABELLED_PROVINCE_COUNTRIES: [&str; 2] = ["China", "Laos"];

/// Douglas–Peucker tolerance of the country shapes kept for label placement, degrees
/// (about 1 km): far finer than a label, far cheaper to test than the 1:50m outline.
const COUNTRY_SHAPE_TOLERANCE_DEG: f64 = 0.01;

/// True for Natural Earth's placeholder unit names such as "MMR-99 (Myanmar minor
/// island)": three capitals, a hyphen and digits.
pub fn looks_like_code(name: &str) -> bool {
    name.as_bytes()
        .windows(5)
        .any(|w| w[..3].iter().all(u8::is_ascii_uppercase) && w[3] == b'-' && w[4].is_ascii_digit())
}

fn build_countries(src: &Sources<'_>) -> Result<Vec<CountryArea>, BasemapError> {
    let file = "ne_50m_admin_0_countries.geojson";
    let mut out = Vec::new();
    for feature in parse(file, src.countries_50m)? {
        let Some(name) = prop_str(feature.properties.as_ref(), "name") else {
            continue;
        };
        let shape = geo::MultiPolygon::new(
            polygons_of(&feature)
                .iter()
                .map(to_geo_polygon)
                .map(|p| p.simplify(COUNTRY_SHAPE_TOLERANCE_DEG))
                .collect(),
        );
        let Some(bbox) = shape.bounding_rect() else {
            continue;
        };
        out.push(CountryArea {
            name: name.to_owned(),
            shape,
            bbox,
        });
    }
    non_empty(out.len(), file, "country polygons")?;
    Ok(out)
}

/// Named stretches of rivers: each river feature the name corrections gave an
/// `name_en` (see `tools/basemap_names.py`), cut where it enters or leaves China when it
/// carries a separate Chinese-stretch name (`name_cn_en`: Lancang Jiang, Nu Jiang…).
fn build_rivers(
    src: &Sources<'_>,
    countries: &[CountryArea],
) -> Result<Vec<RiverName>, BasemapError> {
    let china = countries.iter().find(|c| c.name == "China");
    let file = "ne_10m_rivers_lake_centerlines.geojson";
    let mut out = Vec::new();
    for feature in parse(file, src.rivers_10m)? {
        let props = feature.properties.as_ref();
        let Some(name_en) = prop_str(props, "name_en") else {
            continue;
        };
        let names = |in_china: bool| {
            let pick = |key: &str| {
                let cn = format!("name_cn_{}", key.trim_start_matches("name_"));
                let local = if in_china { prop_str(props, &cn) } else { None };
                owned(local.or_else(|| prop_str(props, key)))
            };
            Place {
                name: pick("name_en").unwrap_or_else(|| name_en.to_owned()),
                name_zh: pick("name_zh"),
                name_th: if in_china { None } else { pick("name_th") },
                name_vi: if in_china { None } else { pick("name_vi") },
                name_lo: if in_china { None } else { pick("name_lo") },
                population: None,
                lon: 0.0,
                lat: 0.0,
                scalerank: scalerank(props, "scalerank", 9),
                kind: PlaceKind::River,
            }
        };
        let split = prop_str(props, "name_cn_en").is_some();
        let mekong = is_mekong(props);
        for line in stitch_lines(lines_of(&feature)) {
            let mut run: Vec<[f64; 2]> = Vec::new();
            let mut run_in_china = None;
            for p in line {
                let here = split && china.is_some_and(|c| c.contains(p[0], p[1]));
                if run_in_china.is_some_and(|was| was != here) {
                    let start = run.last().copied();
                    push_river(&mut out, names(!here), std::mem::take(&mut run), mekong);
                    run.extend(start);
                }
                run_in_china = Some(here);
                run.push(p);
            }
            push_river(&mut out, names(run_in_china == Some(true)), run, mekong);
        }
    }
    out.sort_by_key(|r| (!r.mekong, r.names.scalerank));
    Ok(out)
}

fn push_river(out: &mut Vec<RiverName>, mut names: Place, line: Vec<[f64; 2]>, mekong: bool) {
    let Some(&[lon, lat]) = line.first() else {
        return;
    };
    if line.len() < 2 {
        return;
    }
    names.lon = lon;
    names.lat = lat;
    out.push(RiverName {
        names,
        line,
        mekong,
    });
}

fn to_geo_polygon(polygon: &LonLatPolygon) -> geo::Polygon<f64> {
    let ring = |r: &Vec<[f64; 2]>| {
        geo::LineString::from(r.iter().map(|&[x, y]| (x, y)).collect::<Vec<_>>())
    };
    let mut rings = polygon.iter().map(ring);
    let exterior = rings
        .next()
        .unwrap_or_else(|| geo::LineString::new(Vec::new()));
    geo::Polygon::new(exterior, rings.collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> BasemapData {
        BasemapData::embedded().expect("the embedded basemap parses")
    }

    #[test]
    fn web_mercator_puts_the_equator_and_meridian_at_the_centre() {
        let [x, y] = web_mercator_unit(0.0, 0.0);
        assert!((x - 0.5).abs() < 1e-12 && (y - 0.5).abs() < 1e-12);
        let [x, y] = web_mercator_unit(180.0, crate::data::mercator::MAX_LAT_DEG);
        assert!((x - 1.0).abs() < 1e-12 && y.abs() < 1e-9);
        // Beyond the limit the point stays on the square map instead of going infinite.
        assert!(web_mercator_unit(0.0, 90.0)[1].is_finite());
    }

    #[test]
    fn damaged_embedded_bytes_are_an_error_not_a_panic() {
        let mut broken = EMBEDDED;
        broken.rivers_10m = b"{\"type\": \"FeatureCollection\", \"features\": [";
        let err = BasemapData::from_sources(&broken).expect_err("broken JSON is refused");
        assert!(
            err.to_string().contains("ne_10m_rivers_lake_centerlines"),
            "{err}"
        );

        let mut empty = EMBEDDED;
        empty.land_10m = br#"{"type": "FeatureCollection", "features": []}"#;
        let err = BasemapData::from_sources(&empty).expect_err("no land is refused");
        assert!(matches!(err, BasemapError::Empty { .. }), "{err}");
    }

    #[test]
    fn places_are_sorted_most_important_first_and_include_the_corridor() {
        let data = data();
        let places = data.places();
        assert!(places.windows(2).all(|w| w[0].scalerank <= w[1].scalerank));
        let find = |name: &str| places.iter().find(|p| p.name == name);

        let kunming = find("Kunming").expect("Kunming is a place");
        assert_eq!(kunming.name_zh.as_deref(), Some("昆明"));
        assert_eq!(kunming.kind, PlaceKind::City);

        let vientiane = find("Vientiane").expect("Vientiane is a place");
        assert_eq!(vientiane.kind, PlaceKind::Capital);

        let laos = find("Laos").expect("Laos is labelled");
        assert_eq!(laos.kind, PlaceKind::Country);
        // Inside Laos: between 100°E and 108°E, 14°N and 22.5°N.
        assert!((100.0..108.0).contains(&laos.lon) && (14.0..22.5).contains(&laos.lat));

        let yunnan = places
            .iter()
            .find(|p| p.name == "Yunnan" && p.kind == PlaceKind::Province)
            .expect("Yunnan is a province label");
        assert_eq!(yunnan.name_zh.as_deref(), Some("云南"));

        // One label per province, not one per island (Zhejiang has dozens of points).
        let zhejiang = places.iter().filter(|p| p.name == "Zhejiang").count();
        assert_eq!(zhejiang, 1);
        // A sliver of a country mostly outside the data gets no label.
        assert!(find("Nepal").is_none());
    }

    #[test]
    fn vietnamese_places_carry_their_vietnamese_name() {
        let data = data();
        let lang_son = data
            .places()
            .iter()
            .find(|p| p.name == "Lạng Sơn" && p.kind == PlaceKind::City)
            .expect("Lạng Sơn is a town");
        assert_eq!(lang_son.name_vi.as_deref(), Some("Lạng Sơn"));
    }

    #[test]
    fn a_tile_query_returns_only_nearby_pieces_at_every_level_of_detail() {
        let data = data();
        // A z10 tile over Luang Prabang sees a handful of pieces, not the whole region.
        let a = web_mercator_unit(102.0, 20.0);
        let b = web_mercator_unit(102.3, 19.7);
        let rect = UnitRect { min: a, max: b };
        for zoom in [3, 6, 10, 14] {
            let n = data.pieces_in(zoom, rect).count();
            assert!(n > 0 && n < 60, "z{zoom}: {n} pieces");
        }
    }

    #[test]
    fn simplification_drops_vertices_on_a_straight_line_only() {
        let line = [[0.0, 0.0], [0.5, 0.0], [1.0, 0.0], [1.0, 1.0]];
        assert_eq!(
            simplify_line(&line, 0.01),
            vec![[0.0, 0.0], [1.0, 0.0], [1.0, 1.0]]
        );
    }

    #[test]
    fn clipping_a_square_to_a_rectangle_keeps_the_overlap() {
        let square = [[0.0, 0.0], [2.0, 0.0], [2.0, 2.0], [0.0, 2.0]];
        let rect = UnitRect {
            min: [1.0, 1.0],
            max: [3.0, 3.0],
        };
        let mut clipped = clip_ring(&square, &rect);
        clipped.sort_by(|a, b| a[0].total_cmp(&b[0]).then(a[1].total_cmp(&b[1])));
        clipped.dedup();
        assert_eq!(
            clipped,
            vec![[1.0, 1.0], [1.0, 2.0], [2.0, 1.0], [2.0, 2.0]]
        );
    }

    #[test]
    fn lines_are_cut_at_the_clip_box_so_detail_and_world_data_meet() {
        let rect = UnitRect {
            min: [1.0, 1.0],
            max: [2.0, 2.0],
        };
        let line = [[0.0, 1.5], [3.0, 1.5]];
        assert_eq!(clip_line_outside(&line, &rect).len(), 2);
        assert_eq!(
            clip_line_inside(&line, &rect),
            vec![vec![[1.0, 1.5], [2.0, 1.5]]]
        );
    }

    #[test]
    fn border_parts_that_meet_are_joined_into_one_line() {
        let parts = vec![
            vec![[1.0, 0.0], [2.0, 0.0]],
            vec![[0.0, 0.0], [1.0, 0.0]],
            vec![[3.0, 0.0], [2.0, 0.0]],
            vec![[9.0, 9.0], [8.0, 8.0]],
        ];
        let mut joined = stitch_lines(parts);
        joined.sort_by_key(Vec::len);
        assert_eq!(joined.len(), 2);
        let long = joined.last().expect("a joined line");
        assert_eq!(long.len(), 4);
        let mut xs: Vec<f64> = long.iter().map(|p| p[0]).collect();
        if xs.first() > xs.last() {
            xs.reverse();
        }
        assert_eq!(xs, vec![0.0, 1.0, 2.0, 3.0]);
    }

    #[test]
    fn clip_box_edges_are_not_coast() {
        // A ring along the west edge of the box: only the seaward side is shore.
        let ring = [[88.0, 20.0], [89.0, 20.0], [89.0, 21.0], [88.0, 21.0]];
        let shore = shore_lines(&ring);
        assert_eq!(
            shore,
            vec![vec![[88.0, 20.0], [89.0, 20.0], [89.0, 21.0], [88.0, 21.0]]]
        );
    }
}

/// Douglas–Peucker by hand against `geo::Simplify` on what the basemap build simplifies (every
/// level of detail's rings and lines), and the whole build. A measurement, not a check:
/// `cargo test --release --lib simplify_cost -- --ignored --nocapture`.
#[cfg(test)]
mod simplify_cost {
    use super::*;
    use std::time::{Duration, Instant};

    fn to_geo(points: &[UnitPoint]) -> geo::LineString<f64> {
        points.iter().map(|&[x, y]| geo::Coord { x, y }).collect()
    }

    fn from_geo(line: geo::LineString<f64>) -> Vec<UnitPoint> {
        line.0.into_iter().map(|c| [c.x, c.y]).collect()
    }

    fn geo_line(points: &[UnitPoint], tolerance: f64) -> Vec<UnitPoint> {
        from_geo(to_geo(points).simplify(tolerance))
    }

    fn geo_ring(ring: &[UnitPoint], tolerance: f64) -> Vec<UnitPoint> {
        if tolerance <= 0.0 {
            return ring.to_vec();
        }
        let mut closed = to_geo(ring);
        if let Some(&first) = closed.0.first() {
            closed.0.push(first);
        }
        let mut out = from_geo(closed.simplify(tolerance));
        out.pop();
        out
    }

    fn median_ms(mut v: Vec<Duration>) -> f64 {
        v.sort();
        v.get(v.len() / 2)
            .copied()
            .unwrap_or_default()
            .as_secs_f64()
            * 1000.0
    }

    /// Every simplification `build_lod` makes, in order, by `ring` and `line`.
    fn simplify_all(
        full: &FullGeometry,
        ring: fn(&[UnitPoint], f64) -> Vec<UnitPoint>,
        line: fn(&[UnitPoint], f64) -> Vec<UnitPoint>,
    ) -> Vec<Vec<UnitPoint>> {
        let mut out = Vec::new();
        for &max_zoom in &LOD_MAX_ZOOM {
            let tolerance = LOD_TOLERANCE_PX / (256.0 * 2f64.powi(i32::from(max_zoom)));
            for (_, rings) in &full.areas {
                for r in rings.iter().filter(|r| visible_at(r, tolerance)) {
                    out.push(ring(r, tolerance));
                }
            }
            for (_, l) in full.lines.iter().filter(|(_, l)| visible_at(l, tolerance)) {
                out.push(line(l, tolerance));
            }
        }
        out
    }

    #[test]
    #[ignore = "a measurement: run in release with --ignored --nocapture"]
    fn hand_against_geo() {
        let full = full_geometry(&EMBEDDED).expect("the embedded basemap parses");
        let hand = simplify_all(&full, simplify_ring, simplify_line);
        let geo = simplify_all(&full, geo_ring, geo_line);
        let differ = hand.iter().zip(&geo).filter(|(h, g)| h != g).count();
        let kept = |v: &[Vec<UnitPoint>]| v.iter().map(Vec::len).sum::<usize>();
        println!(
            "{} simplified rings and lines: {differ} differ; points kept by hand {}, by geo {}",
            hand.len(),
            kept(&hand),
            kept(&geo)
        );
        let (mut hand_t, mut geo_t) = (Vec::new(), Vec::new());
        for _ in 0..11 {
            let t = Instant::now();
            std::hint::black_box(simplify_all(&full, simplify_ring, simplify_line));
            hand_t.push(t.elapsed());
            let t = Instant::now();
            std::hint::black_box(simplify_all(&full, geo_ring, geo_line));
            geo_t.push(t.elapsed());
        }
        println!(
            "all levels' simplification, median of 11: by hand {:.1} ms, by geo {:.1} ms",
            median_ms(hand_t),
            median_ms(geo_t)
        );
        let mut build = Vec::new();
        for _ in 0..11 {
            let t = Instant::now();
            std::hint::black_box(BasemapData::embedded().expect("the embedded basemap parses"));
            build.push(t.elapsed());
        }
        println!(
            "BasemapData::embedded(), median of 11: {:.1} ms",
            median_ms(build)
        );
    }
}
