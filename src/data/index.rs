//! Indexes per layer, so that drawing and hit-testing look only at the features in view
//! instead of every feature of every layer each frame, and a feature is found by its `id`
//! without a table of every id of every layer.
//!
//! Both are packed for layers of millions of features: the boxes in a static R-tree of
//! `f32` boxes (24 bytes a feature; an `rstar` tree of `f64` boxes took 77), the ids as one
//! sorted array of positions (4 bytes a feature; a map from a copy of each id took 100).

use std::sync::Arc;

use static_aabb2d_index::{StaticAABB2DIndex, StaticAABB2DIndexBuilder};

use super::Feature;

/// An R-tree of the features' bounding boxes (lon/lat degrees), answering "which features may
/// lie in this area" in logarithmic time. Features without geometry are not in it. Boxes
/// are kept as `f32` rounded outwards, so a query may return a feature a metre outside the
/// area but never misses one; callers that need exact hits test each result's geometry.
/// Cheap to clone (shared), so a layer's tile worker uses the same tree as its layer.
#[derive(Clone)]
pub struct FeatureIndex {
    /// `None` when nothing is indexed (or, which adding every box rules out, the tree
    /// could not be built).
    tree: Option<Arc<StaticAABB2DIndex<f32>>>,
    /// Position in the features of each box added, when some features have no box; `None`
    /// when every feature has one (box `i` is feature `i`).
    positions: Option<Arc<[u32]>>,
}

impl std::fmt::Debug for FeatureIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FeatureIndex")
            .field("len", &self.len())
            .finish_non_exhaustive()
    }
}

impl Default for FeatureIndex {
    fn default() -> Self {
        FeatureIndex::build(&[])
    }
}

/// `f64` to the nearest `f32` at or below it, and at or above it: a box rounded outwards
/// still holds everything the `f64` box held.
fn f32_down(v: f64) -> f32 {
    let r = v as f32;
    if f64::from(r) > v { r.next_down() } else { r }
}

fn f32_up(v: f64) -> f32 {
    let r = v as f32;
    if f64::from(r) < v { r.next_up() } else { r }
}

impl FeatureIndex {
    /// Indexes `features` by their position in the slice (a Hilbert-sorted packed tree,
    /// built in two passes over the features and no list of their boxes).
    pub fn build(features: &[Feature]) -> Self {
        FeatureIndex::of_boxes(|| {
            features
                .iter()
                .enumerate()
                .filter_map(|(i, f)| Some((u32::try_from(i).ok()?, f.bbox()?)))
                // A box the tree could not order (non-finite) is never drawn either.
                .filter(|(_, b)| {
                    [b.min().x, b.min().y, b.max().x, b.max().y]
                        .iter()
                        .all(|v| v.is_finite())
                })
        })
    }

    /// The tree of the boxes `boxes()` yields (each time the same), by position.
    fn of_boxes<I: Iterator<Item = (u32, geo::Rect<f64>)>>(boxes: impl Fn() -> I) -> Self {
        let (mut count, mut every_feature) = (0usize, true);
        for (i, _) in boxes() {
            every_feature &= usize::try_from(i).is_ok_and(|i| i == count);
            count += 1;
        }
        let mut builder = StaticAABB2DIndexBuilder::<f32>::new(count);
        for (_, b) in boxes() {
            builder.add(
                f32_down(b.min().x),
                f32_down(b.min().y),
                f32_up(b.max().x),
                f32_up(b.max().y),
            );
        }
        let positions = (!every_feature).then(|| boxes().map(|(i, _)| i).collect());
        // The builder fails only when fewer boxes were added than announced, which the two
        // passes over the same boxes rule out.
        FeatureIndex {
            tree: builder.build().ok().map(Arc::new),
            positions,
        }
    }

    /// Positions (in the slice given to [`FeatureIndex::build`]) of the features whose bounding
    /// box meets `area` (lon/lat degrees), edges included; in no particular order. Callers that
    /// need exact hits test the geometry of each result.
    pub fn query(&self, area: geo::Rect<f64>) -> impl Iterator<Item = u32> + '_ {
        self.tree
            .iter()
            .flat_map(move |tree| {
                tree.query_iter(
                    f32_down(area.min().x),
                    f32_down(area.min().y),
                    f32_up(area.max().x),
                    f32_up(area.max().y),
                )
            })
            .filter_map(|n| match &self.positions {
                Some(p) => p.get(n).copied(),
                None => u32::try_from(n).ok(),
            })
    }

    /// [`Self::query`] in file order: what is drawn, labelled or hit in that order then does
    /// not depend on how the tree happens to be packed, and a later feature is drawn over an
    /// earlier one, as GIS tools do.
    pub fn query_in_file_order(&self, area: geo::Rect<f64>) -> Vec<u32> {
        let mut hits: Vec<u32> = self.query(area).collect();
        hits.sort_unstable();
        hits
    }

    /// Number of indexed features.
    pub fn len(&self) -> usize {
        self.tree.as_ref().map_or(0, |t| t.count())
    }

    /// Whether no feature is indexed.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The features of a layer that have an `id`, by id: their positions sorted by id, so a
/// lookup is a binary search. Where ids repeat, the first feature in the file wins.
#[derive(Debug, Clone, Default)]
pub struct IdIndex {
    by_id: Vec<u32>,
}

impl IdIndex {
    /// Sorts the positions of `features` that carry an id (on the import thread: two million
    /// ids take about a second).
    pub fn build(features: &[Feature]) -> Self {
        let mut by_id: Vec<u32> = features
            .iter()
            .enumerate()
            .filter(|(_, f)| f.id().is_some())
            .filter_map(|(i, _)| u32::try_from(i).ok())
            .collect();
        let id_of = |i: &u32| features.get(*i as usize).and_then(|f| f.id());
        // Stable, so the first of equal ids stays first.
        by_id.sort_by(|a, b| id_of(a).cmp(&id_of(b)));
        by_id.shrink_to_fit();
        IdIndex { by_id }
    }

    /// The position of the first feature of `features` (the slice it was built from) whose id
    /// is `id`.
    pub fn find(&self, features: &[Feature], id: &str) -> Option<u32> {
        let id_of = |i: u32| features.get(i as usize).and_then(|f| f.id());
        let at = self
            .by_id
            .partition_point(|&i| id_of(i).is_some_and(|f| f < id));
        let found = *self.by_id.get(at)?;
        (id_of(found) == Some(id)).then_some(found)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::parse_geojson;
    use geo::{Rect, coord};

    #[test]
    fn query_finds_features_in_view_and_only_those() {
        let parsed = parse_geojson(
            br#"{"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[101.5,21.5]}},
            {"type":"Feature","properties":{},"geometry":null},
            {"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[100,18],[103,19]]}},
            {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[102.5,18.0]}}]}"#,
        )
        .expect("parses");
        let index = FeatureIndex::build(&parsed.features);
        assert_eq!(index.len(), 3, "the null geometry is not indexed");
        let view = Rect::new(coord! {x: 101.0, y: 18.5}, coord! {x: 102.0, y: 22.0});
        let mut hits: Vec<u32> = index.query(view).collect();
        hits.sort_unstable();
        assert_eq!(
            hits,
            vec![0, 2],
            "the line's box reaches into the view, the last point does not"
        );
        let nowhere = Rect::new(coord! {x: 0.0, y: 0.0}, coord! {x: 1.0, y: 1.0});
        assert_eq!(index.query(nowhere).count(), 0);
        let everywhere = Rect::new(coord! {x: 90.0, y: 10.0}, coord! {x: 110.0, y: 30.0});
        assert_eq!(index.query_in_file_order(everywhere), vec![0, 2, 3]);
    }

    #[test]
    fn boxes_are_rounded_outwards_so_edges_are_still_hit() {
        // 101.000001 has no exact f32: rounded to nearest it could fall just inside or
        // outside; the index must still find a point exactly on the query's edge.
        let parsed = parse_geojson(
            br#"{"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[101.000001,21.000001]}}]}"#,
        )
        .expect("parses");
        let index = FeatureIndex::build(&parsed.features);
        let edge = Rect::new(
            coord! {x: 101.000001, y: 21.000001},
            coord! {x: 102.0, y: 22.0},
        );
        assert_eq!(index.query(edge).collect::<Vec<_>>(), vec![0]);
        let below = Rect::new(
            coord! {x: 100.0, y: 20.0},
            coord! {x: 101.000001, y: 21.000001},
        );
        assert_eq!(index.query(below).collect::<Vec<_>>(), vec![0]);
        assert!(FeatureIndex::default().is_empty());
    }

    #[test]
    fn ids_are_found_and_the_first_of_a_repeated_id_wins() {
        let parsed = parse_geojson(
            br#"{"type":"FeatureCollection","features":[
            {"type":"Feature","id":"b","properties":{},"geometry":null},
            {"type":"Feature","properties":{"name":"no id"},"geometry":null},
            {"type":"Feature","id":"a","properties":{},"geometry":null},
            {"type":"Feature","id":"b","properties":{},"geometry":null},
            {"type":"Feature","properties":{"id":7},"geometry":null}]}"#,
        )
        .expect("parses");
        let ids = IdIndex::build(&parsed.features);
        assert_eq!(ids.find(&parsed.features, "a"), Some(2));
        assert_eq!(ids.find(&parsed.features, "b"), Some(0), "the first b");
        assert_eq!(
            ids.find(&parsed.features, "7"),
            Some(4),
            "properties.id counts"
        );
        assert_eq!(ids.find(&parsed.features, "c"), None);
        assert_eq!(ids.find(&parsed.features, ""), None);
    }
}
