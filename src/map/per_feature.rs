//! A value for each feature of a layer, stored by what the features have in common.
//!
//! Drawing keeps a look, fill triangles and dashed segments for every feature. For the
//! built-in layers (a few hundred features) one value each is nothing; for a user's file of
//! two million points it was the larger part of the memory the map added: the same look two
//! million times, and two million empty vectors of fills and of gap segments. `PerFeature`
//! keeps one value when every feature has the same, and one each only when they differ.

/// One value per feature index, kept as a single shared value while all are equal.
#[derive(Debug, Clone, PartialEq)]
pub enum PerFeature<T> {
    /// Every one of `count` features has `value`.
    Same {
        /// The shared value.
        value: T,
        /// How many features share it.
        count: usize,
    },
    /// Features differ: one value each, by feature index.
    Each(Vec<T>),
}

impl<T: PartialEq + Clone> PerFeature<T> {
    /// Collects one value per feature, in feature order, keeping a single value until two
    /// differ (so a uniform layer never holds a vector of copies, even for a moment).
    pub fn collect(values: impl IntoIterator<Item = T>) -> Self {
        let mut values = values.into_iter();
        let Some(first) = values.next() else {
            return PerFeature::Each(Vec::new());
        };
        let mut count = 1usize;
        for v in values.by_ref() {
            if v == first {
                count += 1;
                continue;
            }
            let (low, _) = values.size_hint();
            let mut each = Vec::with_capacity(count + 1 + low);
            each.extend(std::iter::repeat_n(first, count));
            each.push(v);
            each.extend(values);
            return PerFeature::Each(each);
        }
        PerFeature::Same {
            value: first,
            count,
        }
    }
}

impl<T> PerFeature<T> {
    /// The value of feature `i`, `None` past the last feature.
    pub fn get(&self, i: usize) -> Option<&T> {
        match self {
            PerFeature::Same { value, count } => (i < *count).then_some(value),
            PerFeature::Each(each) => each.get(i),
        }
    }

    /// How many features have a value.
    pub fn len(&self) -> usize {
        match self {
            PerFeature::Same { count, .. } => *count,
            PerFeature::Each(each) => each.len(),
        }
    }

    /// Whether no feature has a value.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every feature's value, in feature order.
    pub fn iter(&self) -> impl Iterator<Item = &T> {
        (0..self.len()).filter_map(|i| self.get(i))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_uniform_layer_keeps_one_value_and_a_mixed_one_each_in_order() {
        let same = PerFeature::collect(std::iter::repeat_n(7u8, 2_000_000));
        assert_eq!(
            same,
            PerFeature::Same {
                value: 7,
                count: 2_000_000
            }
        );
        assert_eq!(same.get(1_999_999), Some(&7));
        assert_eq!(same.get(2_000_000), None);
        let mixed = PerFeature::collect([1u8, 1, 1, 2, 1, 3]);
        assert_eq!(mixed, PerFeature::Each(vec![1, 1, 1, 2, 1, 3]));
        assert_eq!(
            mixed.iter().copied().collect::<Vec<_>>(),
            [1, 1, 1, 2, 1, 3]
        );
        assert!(PerFeature::<u8>::collect([]).is_empty());
    }
}
