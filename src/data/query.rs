//! Questions many readers ask of a layer or a feature: every feature with the id that names
//! it, the box around a layer, the point a feature stands at.
//!
//! Kept apart from the types' definitions (`data/mod.rs`) on purpose: panels, the map, the
//! measures and the timeline go through these methods instead of walking
//! [`Layer::features`] themselves, so how features are stored can change behind them.

use super::{Feature, FeatureId, Layer};
use geo::{Coord, Geometry, Rect};

impl Layer {
    /// Every feature of the layer with the [`FeatureId`] that names it across the atlas, in
    /// file order (the order [`FeatureId::index`] counts in).
    pub fn features_with_ids(&self) -> impl Iterator<Item = (FeatureId, &Feature)> + '_ {
        self.features
            .iter()
            .zip(0..=u32::MAX)
            .map(move |(f, index)| {
                (
                    FeatureId {
                        layer: self.id,
                        index,
                    },
                    f,
                )
            })
    }

    /// The lon/lat box around every feature of the layer that has a geometry, so an imported
    /// file can be framed whole; `None` when none has.
    pub fn bounds(&self) -> Option<Rect<f64>> {
        let mut it = self.features.iter().filter_map(|f| f.bbox());
        let first = it.next()?;
        let (mut min, mut max) = (first.min(), first.max());
        for b in it {
            min.x = min.x.min(b.min().x);
            min.y = min.y.min(b.min().y);
            max.x = max.x.max(b.max().x);
            max.y = max.y.max(b.max().y);
        }
        Some(Rect::new(min, max))
    }
}

impl Feature {
    /// The one point that stands for the feature, where its label hangs and its distances
    /// are measured from: the point itself, or the centre of its bounds.
    pub fn anchor(&self) -> Option<Coord<f64>> {
        match self.geometry.as_ref()? {
            Geometry::Point(p) => Some(p.0),
            _ => self.bbox().map(|b| b.center()),
        }
    }
}
