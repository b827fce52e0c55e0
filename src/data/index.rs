//! A spatial index per layer, so that drawing and hit-testing look only at the features in view
//! instead of every feature of every layer each frame.

use rstar::primitives::{GeomWithData, Rectangle};
use rstar::{AABB, RTree};

use super::Feature;

/// An R-tree of the features' bounding boxes (lon/lat degrees), answering "which features may
/// lie in this area" in logarithmic time. Features without geometry are not in it.
#[derive(Debug, Clone, Default)]
pub struct FeatureIndex {
    tree: RTree<GeomWithData<Rectangle<[f64; 2]>, u32>>,
}

impl FeatureIndex {
    /// Indexes `features` by their position in the slice (bulk-loaded, which gives a better
    /// tree than inserting one by one).
    pub fn build(features: &[Feature]) -> Self {
        let items = features
            .iter()
            .enumerate()
            .filter_map(|(i, f)| {
                let bbox = f.bbox()?;
                let index = u32::try_from(i).ok()?;
                let rect = Rectangle::from_corners(
                    [bbox.min().x, bbox.min().y],
                    [bbox.max().x, bbox.max().y],
                );
                Some(GeomWithData::new(rect, index))
            })
            .collect();
        FeatureIndex {
            tree: RTree::bulk_load(items),
        }
    }

    /// Positions (in the slice given to [`FeatureIndex::build`]) of the features whose bounding
    /// box meets `area` (lon/lat degrees), edges included; in no particular order. Callers that
    /// need exact hits test the geometry of each result.
    pub fn query(&self, area: geo::Rect<f64>) -> impl Iterator<Item = u32> + '_ {
        let envelope =
            AABB::from_corners([area.min().x, area.min().y], [area.max().x, area.max().y]);
        self.tree
            .locate_in_envelope_intersecting(&envelope)
            .map(|item| item.data)
    }

    /// Number of indexed features.
    pub fn len(&self) -> usize {
        self.tree.size()
    }

    /// Whether no feature is indexed.
    pub fn is_empty(&self) -> bool {
        self.tree.size() == 0
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
    }
}
