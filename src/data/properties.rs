//! How a feature's properties are kept and shown: the open bag exactly as in the file, the
//! typed value of a corridor feature beside it, and the text of the properties the Details
//! panel lists as they are. Panels and the map ask here for rows of text and never look
//! into the bag themselves, so keeping properties differently (say, as raw JSON until they
//! are shown) changes this module alone.

use std::sync::Arc;

use serde_json::{Map, Value};

use super::schema::{self, MAIN_LINE};
use super::{Feature, LayerKind};
use crate::i18n::{self, tr};

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

/// Keys every feature shows outside the property list: its id and kind, and its names
/// (heading and names list).
const SHOWN_FOR_EVERY_FEATURE: &[&str] = &[
    "id", "kind", "name", "name_zh", "name_lo", "name_th", "name_vi", "name_my",
];

/// Keys a corridor feature shows in sections of their own in Details (facts, history,
/// sources, the note, a section's gap fills and border point, a station's published km).
const SHOWN_IN_SECTIONS: &[&str] = &[
    "facts",
    "source",
    "history",
    "note",
    "straight_gap_fills",
    "km_published",
    "border_point",
];

/// One property the Details panel lists as it is: its key and its value as text.
#[derive(Clone, Copy, Debug)]
pub struct PropertyRow<'a> {
    key: &'a str,
    value: &'a Value,
}

impl<'a> PropertyRow<'a> {
    /// The key, as the file writes it.
    pub fn key(&self) -> &'a str {
        self.key
    }

    /// At most `max_chars` characters of the value as the file has it, and whether it was
    /// shortened: a user's 8 MB property is read only as far as it is shown.
    pub fn preview(&self, max_chars: usize) -> (String, bool) {
        value_preview(self.value, max_chars)
    }

    /// The whole value as text (built only when the user asks to copy it).
    pub fn full_text(&self) -> String {
        value_text(self.value)
    }

    /// The value in the words of the interface, for the atlas's own data: country codes as
    /// country names, the railway's id as its name, coded values (`cbecz`) as words, and ids
    /// of other features as their names (`name_of` looks those up), so no panel shows an
    /// internal code.
    pub fn words(&self, name_of: &dyn Fn(&str) -> Option<String>) -> String {
        let key = self.key;
        let word = |s: &str| match key {
            "country" | "countries" => i18n::country_name(s),
            "border" => i18n::border_name(s),
            "line" if s == MAIN_LINE => i18n::layer_name(LayerKind::Railway),
            _ => name_of(s).unwrap_or_else(|| i18n::value_word(key, s)),
        };
        match self.value {
            Value::String(s) => word(s),
            Value::Array(items) => items
                .iter()
                .map(|item| match item {
                    Value::String(s) => word(s),
                    other => value_text(other),
                })
                .collect::<Vec<_>>()
                .join(", "),
            other => value_text(other),
        }
    }
}

impl Feature {
    /// The properties the Details panel has no section for, in file order: for a corridor
    /// feature what its sections leave, for a user's file everything but its id and names.
    pub fn listed_properties(&self) -> impl Iterator<Item = PropertyRow<'_>> {
        let corridor = self.corridor().is_some();
        self.properties
            .iter()
            .filter(move |(k, _)| !shown_elsewhere(k, corridor))
            .map(|(key, value)| PropertyRow { key, value })
    }

    /// How many properties [`Feature::listed_properties`] gives, without walking them all.
    pub fn listed_property_count(&self) -> usize {
        let corridor = self.corridor().is_some();
        let elsewhere = SHOWN_FOR_EVERY_FEATURE
            .iter()
            .chain(SHOWN_IN_SECTIONS.iter().filter(|_| corridor))
            .filter(|k| self.properties.contains_key(k))
            .count();
        self.properties.len().saturating_sub(elsewhere)
    }
}

fn shown_elsewhere(key: &str, corridor: bool) -> bool {
    SHOWN_FOR_EVERY_FEATURE.contains(&key) || corridor && SHOWN_IN_SECTIONS.contains(&key)
}

/// The first `max_chars` characters of `text` and whether anything was left out (an ellipsis
/// then ends the text). Costs what the shown part costs, however long `text` is.
pub fn shortened(text: &str, max_chars: usize) -> (String, bool) {
    if text.len() <= max_chars {
        // Never more characters than bytes.
        return (text.to_owned(), false);
    }
    match text.char_indices().nth(max_chars) {
        Some((end, _)) => (format!("{}…", text.get(..end).unwrap_or(text)), true),
        None => (text.to_owned(), false),
    }
}

/// [`value_text`] of at most `max_chars` characters, and whether it was shortened; a huge
/// string, array or object is only read as far as is shown.
fn value_preview(v: &Value, max_chars: usize) -> (String, bool) {
    match v {
        Value::String(s) => shortened(s, max_chars),
        Value::Array(items) => {
            let mut out = String::new();
            let mut count = 0;
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                    count += 2;
                }
                let (text, cut) = value_preview(item, max_chars.saturating_sub(count));
                count += text.chars().count();
                out.push_str(&text);
                if cut || (count >= max_chars && i + 1 < items.len()) {
                    let (mut short, _) = shortened(&out, max_chars);
                    if !short.ends_with('…') {
                        short.push('…');
                    }
                    return (short, true);
                }
            }
            (out, false)
        }
        Value::Object(_) => {
            // Written out only up to the limit (4 bytes per character at most).
            let mut buf = Bounded {
                bytes: Vec::new(),
                limit: max_chars.saturating_mul(4).saturating_add(4),
            };
            let complete = serde_json::to_writer(&mut buf, v).is_ok();
            let text = String::from_utf8_lossy(&buf.bytes);
            let (short, cut) = shortened(&text, max_chars);
            (short, cut || !complete)
        }
        _ => (value_text(v), false),
    }
}

/// A writer that takes bytes up to a limit and then refuses, which stops serialising there.
struct Bounded {
    bytes: Vec<u8>,
    limit: usize,
}

impl std::io::Write for Bounded {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let room = self.limit.saturating_sub(self.bytes.len());
        if room == 0 {
            return Err(std::io::Error::other("enough for the preview"));
        }
        let n = buf.len().min(room);
        self.bytes
            .extend_from_slice(buf.get(..n).unwrap_or_default());
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A property value in plain words (numbers as the interface language writes them).
fn value_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n
            .as_f64()
            .map(i18n::number)
            .unwrap_or_else(|| n.to_string()),
        Value::Bool(true) => tr("value-yes"),
        Value::Bool(false) => tr("value-no"),
        Value::Null => "—".to_owned(),
        Value::Array(items) => items.iter().map(value_text).collect::<Vec<_>>().join(", "),
        Value::Object(_) => v.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Characters of a long value shown at first in Details.
    const LONG_VALUE_CHARS: usize = 2_000;

    #[test]
    fn a_huge_property_is_shortened_to_its_first_characters() {
        let huge = Value::String("ສ".repeat(8_000_000));
        let (text, cut) = value_preview(&huge, LONG_VALUE_CHARS);
        assert!(cut);
        assert_eq!(
            text.chars().count(),
            LONG_VALUE_CHARS + 1,
            "the text and an ellipsis"
        );
        assert!(text.ends_with('…'));
        let short = Value::String("Boten".into());
        assert_eq!(
            value_preview(&short, LONG_VALUE_CHARS),
            ("Boten".into(), false)
        );
    }

    #[test]
    fn huge_arrays_and_objects_are_read_only_as_far_as_shown() {
        let array = Value::Array((0..1_000_000).map(Value::from).collect());
        let (text, cut) = value_preview(&array, 50);
        assert!(cut);
        assert!(text.chars().count() <= 51, "{text}");
        assert!(text.starts_with("0, 1, 2"), "{text}");
        let mut map = serde_json::Map::new();
        for i in 0..100_000 {
            map.insert(format!("k{i}"), Value::from(i));
        }
        let (text, cut) = value_preview(&Value::Object(map), 50);
        assert!(cut);
        assert!(text.starts_with("{\"k0\":0"), "{text}");
        assert!(text.chars().count() <= 51, "{text}");
        let small = serde_json::json!({"a": [1, 2]});
        assert_eq!(value_preview(&small, 50), (small.to_string(), false));
    }

    #[test]
    fn a_corridor_feature_lists_what_its_sections_leave_and_a_users_file_everything_else() {
        let props = serde_json::json!({
            "id": "port-x", "name": "X", "note": "n", "facts": [], "border": "CN-LA", "pop": 3
        });
        let mut f = crate::data::test_feature(props.clone());
        let keys: Vec<&str> = f.listed_properties().map(|r| r.key()).collect();
        assert_eq!(keys, ["border", "pop"]);
        assert_eq!(f.listed_property_count(), 2);
        let serde_json::Value::Object(bag) = props else {
            panic!("an object");
        };
        f.properties = bag.into();
        let keys: Vec<&str> = f.listed_properties().map(|r| r.key()).collect();
        assert_eq!(keys, ["note", "facts", "border", "pop"]);
        assert_eq!(f.listed_property_count(), 4);
    }

    #[test]
    fn the_atlas_data_is_listed_in_words() {
        let f = crate::data::test_feature(serde_json::json!({
            "border": "CN-LA", "line": "china-laos-railway", "partner": "port-y", "n": 1500
        }));
        let rows: Vec<PropertyRow<'_>> = f.listed_properties().collect();
        let name_of = |id: &str| (id == "port-y").then(|| "Port Y".to_owned());
        let words: Vec<String> = rows.iter().map(|r| r.words(&name_of)).collect();
        assert_ne!(words[0], "CN-LA");
        assert_ne!(words[1], "china-laos-railway");
        assert_eq!(words[2], "Port Y");
        assert_eq!(words[3], "1,500");
    }
}
