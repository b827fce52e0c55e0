//! How a feature's properties are kept: the open bag exactly as in the file, and the typed
//! value of a corridor feature beside it, so keeping properties differently (say, as raw
//! JSON until they are shown) changes this module alone.

use std::sync::Arc;

use serde_json::{Map, Value};

use super::schema;

/// A feature's properties: the open bag exactly as in the file (unknown keys and their order
/// too, so nothing a user's file carries is lost or reordered when shown or saved again), and
/// for the features of a corridor layer the typed value read from it once when the layer was
/// added ([`schema::Corridor`]). Readers of corridor data read the typed value.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Properties {
    bag: Map<String, Value>,
    corridor: Option<Arc<schema::Corridor>>,
}

impl Properties {
    /// The typed corridor value, for features of the built-in layers.
    pub fn corridor(&self) -> Option<&schema::Corridor> {
        self.corridor.as_deref()
    }

    /// Keeps the typed value read from these properties (by [`schema::parse`]).
    pub(crate) fn set_corridor(&mut self, corridor: schema::Corridor) {
        self.corridor = Some(Arc::new(corridor));
    }

    /// The property `key` as the file has it.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.bag.get(key)
    }

    /// Whether the file has a property `key`.
    pub fn contains_key(&self, key: &str) -> bool {
        self.bag.contains_key(key)
    }

    /// How many properties the file gives.
    pub fn len(&self) -> usize {
        self.bag.len()
    }

    /// Whether the file gives no properties (or `null`).
    pub fn is_empty(&self) -> bool {
        self.bag.is_empty()
    }

    /// Every property, in file order.
    pub fn iter(&self) -> serde_json::map::Iter<'_> {
        self.bag.iter()
    }

    /// The open bag itself, for the schema parse that reads it.
    pub(crate) fn as_map(&self) -> &Map<String, Value> {
        &self.bag
    }

    /// Every key, in file order.
    pub fn keys(&self) -> serde_json::map::Keys<'_> {
        self.bag.keys()
    }
}

impl From<Map<String, Value>> for Properties {
    fn from(bag: Map<String, Value>) -> Self {
        Properties {
            bag,
            corridor: None,
        }
    }
}
