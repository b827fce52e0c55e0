//! How a feature's properties are kept and shown: the properties object's JSON text exactly
//! as in the file, the few string values the atlas reads of it every frame (names, title,
//! source, country, attribution) set apart once at load, the typed value of a corridor
//! feature beside them, and the rows of text the Details panel lists. Panels and the map
//! ask here and never look into the text themselves.
//!
//! Why text and not parsed JSON: a parsed property costs about a hundred bytes however
//! small it is (a key string, a 72-byte value, the map's own tables), so two million points
//! with two small properties took 2.3 GB for a 262 MB file, and forty small properties a
//! feature 19 times the file. Kept as text a property costs what the file spends on it; it
//! is parsed again only for the feature a reader opens in Details (and once for a corridor
//! feature's typed value).

use std::sync::Arc;

use serde::de::{self, Deserialize, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use super::schema::{self, MAIN_LINE};
use super::{Feature, Lang, LayerKind};
use crate::i18n::{self, tr};

/// A feature's properties: the JSON text of the file's `properties` object as the file
/// writes it (unknown keys and their order too, so nothing a user's file carries is lost or
/// reordered when shown), the string values the map and search read of it (see
/// [`Known`]), and for a corridor feature the typed value read from it once when its layer
/// was added ([`schema::Corridor`]). Readers of corridor data read the typed value.
///
/// The text and the read values share one allocation: a point of a two-million-point file
/// then costs one small block for everything it says (two blocks and the feature's own copy
/// of its id were 80 bytes more a feature, 150 MiB for the file).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Properties {
    /// `{…}` as in the file (its first `text_len` bytes; none for `null` or no
    /// properties), then the [`Known`] entries.
    bytes: Box<[u8]>,
    text_len: u32,
    corridor: Option<Arc<schema::Corridor>>,
}

impl Properties {
    /// Properties from the text of a JSON object (`{…}`) or `null`, as a file holds them:
    /// the text is kept and its names and other read values are set apart. Fails with the
    /// reason when the text is not an object or null, for the loader's message.
    pub(crate) fn from_json_text(text: &str) -> Result<Properties, String> {
        let trimmed = text.trim();
        if trimmed == "null" {
            return Ok(Properties::default());
        }
        if !trimmed.starts_with('{') {
            let found = serde_json::from_str::<Value>(trimmed)
                .map(|v| super::load::value_kind(&v))
                .unwrap_or("something else");
            return Err(format!(
                "`properties` must be an object or null, found {found}"
            ));
        }
        let mut de = serde_json::Deserializer::from_str(trimmed);
        let known = KnownSeed.deserialize(&mut de).map_err(|e| e.to_string())?;
        let kept = if trimmed == "{}" { "" } else { trimmed };
        // The loader refuses files of more than 512 MB, so this never fails.
        let text_len = u32::try_from(kept.len())
            .map_err(|_| "the properties are too large to keep".to_string())?;
        let mut bytes = Vec::with_capacity(kept.len() + known.len());
        bytes.extend_from_slice(kept.as_bytes());
        bytes.extend_from_slice(&known);
        Ok(Properties {
            bytes: bytes.into_boxed_slice(),
            text_len,
            corridor: None,
        })
    }

    /// Keeps `id` as the feature's own (top-level) id, unless the properties give the same
    /// one (then it is read from there: no second copy).
    pub(crate) fn keep_feature_id(&mut self, id: &str) {
        if self.id() == Some(id) {
            return;
        }
        let mut bytes = std::mem::take(&mut self.bytes).into_vec();
        Known::push(&mut bytes, KnownKey::FeatureId, id);
        self.bytes = bytes.into_boxed_slice();
    }

    /// The typed corridor value, for features of the built-in layers.
    pub fn corridor(&self) -> Option<&schema::Corridor> {
        self.corridor.as_deref()
    }

    /// Keeps the typed value read from these properties (by [`schema::parse`]).
    pub(crate) fn set_corridor(&mut self, corridor: schema::Corridor) {
        self.corridor = Some(Arc::new(corridor));
    }

    /// Every property, parsed from the kept text, in file order. It costs what parsing the
    /// feature's properties costs, so it is for one feature at a time (the typed parse, the
    /// feature opened in Details), never for every feature of a layer or every frame.
    pub fn to_map(&self) -> Map<String, Value> {
        if self.is_empty() {
            return Map::new();
        }
        // The text was read as an object when the feature was loaded.
        serde_json::from_str(self.json_text()).unwrap_or_default()
    }

    /// The property `key` as the file has it, parsed from the kept text (see
    /// [`Properties::to_map`] for the cost).
    pub fn get(&self, key: &str) -> Option<Value> {
        self.to_map().remove(key)
    }

    /// Whether the file gives no properties (or `null`).
    pub fn is_empty(&self) -> bool {
        self.text_len == 0
    }

    /// The properties' JSON text as in the file (`""` for none).
    pub fn json_text(&self) -> &str {
        let text = self.bytes.get(..self.text_len as usize).unwrap_or_default();
        // Made from a `&str` in `from_json_text`: always text.
        std::str::from_utf8(text).unwrap_or_default()
    }

    /// The string values set apart at load (names, title, source…).
    pub(crate) fn known(&self) -> Known<'_> {
        Known(self.bytes.get(self.text_len as usize..).unwrap_or_default())
    }

    /// The id the properties give (`properties.id`, a string or a number), for a feature
    /// whose top-level `id` is missing.
    pub(crate) fn id(&self) -> Option<&str> {
        self.known().first(KnownKey::Id)
    }

    /// The feature's id: its top-level `id` (see [`Self::keep_feature_id`]), else the one
    /// the properties give.
    pub(crate) fn feature_id(&self) -> Option<&str> {
        let known = self.known();
        known
            .first(KnownKey::FeatureId)
            .or_else(|| known.first(KnownKey::Id))
    }

    /// Whether the properties name one of the corridor schema's kinds (see
    /// [`KnownKey::CorridorKind`]).
    pub(crate) fn follows_the_schema(&self) -> bool {
        self.known().first(KnownKey::CorridorKind).is_some()
    }
}

impl From<Map<String, Value>> for Properties {
    fn from(bag: Map<String, Value>) -> Self {
        let text = serde_json::to_string(&bag).unwrap_or_default();
        Properties::from_json_text(&text).unwrap_or_default()
    }
}

/// What a string value set apart at load is, so the map, the hover card and search can read
/// a user's feature's names every frame without parsing its properties.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum KnownKey {
    /// `name`, `name_zh`, `name_lo`, `name_th`, `name_vi`, `name_my` (any case): the name in
    /// that language.
    Name(Lang),
    /// `title` (any case).
    Title,
    /// The first other name-like property (`NAME_EN`, `name:fr`…).
    OtherName,
    /// `plan_name_2019`.
    PlanName,
    /// `route_number`.
    RouteNumber,
    /// `attribution`.
    Attribution,
    /// A `country` string (or one of an array of them).
    Country,
    /// A `source` string (or one of an array of them).
    Source,
    /// The `id` in the properties, as a string (numbers in decimal), for a feature whose
    /// top-level `id` is missing.
    Id,
    /// `kind`, kept only when it is one of the corridor schema's kinds: the feature says it
    /// follows the schema, and gets a typed value when loaded.
    CorridorKind,
    /// The feature's top-level `id`, when the properties do not give the same one.
    FeatureId,
}

impl KnownKey {
    fn code(self) -> u8 {
        match self {
            KnownKey::Name(lang) => Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0) as u8,
            KnownKey::Title => 10,
            KnownKey::OtherName => 11,
            KnownKey::PlanName => 12,
            KnownKey::RouteNumber => 13,
            KnownKey::Attribution => 14,
            KnownKey::Country => 15,
            KnownKey::Source => 16,
            KnownKey::Id => 17,
            KnownKey::CorridorKind => 18,
            KnownKey::FeatureId => 19,
        }
    }

    /// The key a property of this name is kept under, if the atlas reads it; `None` for
    /// name-like keys (they are kept only if no other name is), and for everything else.
    fn of(key: &str) -> Option<KnownKey> {
        let lower = key.to_ascii_lowercase();
        if let Some(lang) = Lang::ALL.iter().find(|l| l.property_key() == lower) {
            return Some(KnownKey::Name(*lang));
        }
        match lower.as_str() {
            "title" => Some(KnownKey::Title),
            "plan_name_2019" => Some(KnownKey::PlanName),
            "route_number" => Some(KnownKey::RouteNumber),
            "attribution" => Some(KnownKey::Attribution),
            "country" => Some(KnownKey::Country),
            "source" => Some(KnownKey::Source),
            _ => None,
        }
    }

    fn is_name_like(key: &str) -> bool {
        let k = key.to_ascii_lowercase();
        k.starts_with("name_") || k.starts_with("name:")
    }
}

/// The string values of a user's feature the atlas reads often, packed after the
/// properties' text in [`Properties`]'s one allocation (a tag byte, a four-byte length, the
/// text; repeated), so a point of a two-million-point file costs a few bytes for its name
/// instead of a parsed map. Only non-empty strings are kept, the first of each key (all of
/// them for countries and sources).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Known<'a>(&'a [u8]);

impl<'a> Known<'a> {
    /// Every value kept under `key`, in file order.
    pub(crate) fn all(self, key: KnownKey) -> impl Iterator<Item = &'a str> {
        let code = key.code();
        self.entries()
            .filter(move |(c, _)| *c == code)
            .map(|(_, s)| s)
    }

    /// The first value kept under `key`.
    pub(crate) fn first(self, key: KnownKey) -> Option<&'a str> {
        self.all(key).next()
    }

    fn entries(self) -> impl Iterator<Item = (u8, &'a str)> {
        let mut rest: &'a [u8] = self.0;
        std::iter::from_fn(move || {
            let (&code, after) = rest.split_first()?;
            let (len, after) = after.split_first_chunk::<4>()?;
            let len = u32::from_le_bytes(*len) as usize;
            let text = after.get(..len)?;
            rest = after.get(len..)?;
            Some((code, std::str::from_utf8(text).ok()?))
        })
    }

    fn push(out: &mut Vec<u8>, key: KnownKey, value: &str) {
        let Ok(len) = u32::try_from(value.len()) else {
            return;
        };
        out.push(key.code());
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(value.as_bytes());
    }
}

/// A property value read only to be sure it can be read again later (a number too large for
/// a double is refused now, as a parsed value would refuse it, not when Details opens the
/// feature), without building it: strings are borrowed, nothing is kept.
struct Checked;

impl<'de> Deserialize<'de> for Checked {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Checked, D::Error> {
        d.deserialize_any(CheckedVisitor)
    }
}

struct CheckedVisitor;

impl<'de> Visitor<'de> for CheckedVisitor {
    type Value = Checked;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E>(self, _: bool) -> Result<Checked, E> {
        Ok(Checked)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Checked, E> {
        Ok(Checked)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Checked, E> {
        Ok(Checked)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Checked, E> {
        Ok(Checked)
    }
    fn visit_str<E>(self, _: &str) -> Result<Checked, E> {
        Ok(Checked)
    }
    fn visit_borrowed_str<E>(self, _: &'de str) -> Result<Checked, E> {
        Ok(Checked)
    }
    fn visit_unit<E>(self) -> Result<Checked, E> {
        Ok(Checked)
    }
    fn visit_none<E>(self) -> Result<Checked, E> {
        Ok(Checked)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Checked, A::Error> {
        while seq.next_element::<Checked>()?.is_some() {}
        Ok(Checked)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Checked, A::Error> {
        while map.next_key::<Checked>()?.is_some() {
            map.next_value::<Checked>()?;
        }
        Ok(Checked)
    }
}

/// Reads a properties object in one pass, keeping the values [`Known`] holds and skipping
/// everything else without building it.
struct KnownSeed;

impl<'de> DeserializeSeed<'de> for KnownSeed {
    /// The entries of a [`Known`].
    type Value = Vec<u8>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Vec<u8>, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for KnownSeed {
    type Value = Vec<u8>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a properties object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Vec<u8>, A::Error> {
        let mut out = Vec::new();
        let mut seen: Vec<u8> = Vec::new();
        let mut other_name = false;
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            let known = KnownKey::of(&key);
            let many = matches!(known, Some(KnownKey::Country | KnownKey::Source));
            let name_like = known.is_none() && !other_name && KnownKey::is_name_like(&key);
            let id = known.is_none() && key == "id";
            let kind = known.is_none() && key == "kind";
            if known.is_none() && !name_like && !id && !kind {
                map.next_value::<Checked>()?;
                continue;
            }
            let value: Value = map.next_value()?;
            let strings: Vec<String> = match value {
                Value::String(s) => vec![s],
                Value::Number(n) if id => vec![n.to_string()],
                Value::Array(items) if many => items
                    .into_iter()
                    .filter_map(|v| match v {
                        Value::String(s) => Some(s),
                        _ => None,
                    })
                    .collect(),
                _ => Vec::new(),
            };
            let key = match (known, name_like, kind) {
                (Some(k), _, _) => k,
                (None, true, _) => KnownKey::OtherName,
                (None, false, true) => {
                    if !strings.iter().any(|s| schema::Kind::from_code(s).is_some()) {
                        continue;
                    }
                    KnownKey::CorridorKind
                }
                (None, false, false) => KnownKey::Id,
            };
            for s in strings.iter().filter(|s| !s.trim().is_empty()) {
                if !many && seen.contains(&key.code()) {
                    break;
                }
                seen.push(key.code());
                if key == KnownKey::OtherName {
                    other_name = true;
                }
                Known::push(&mut out, key, s);
            }
        }
        Ok(out)
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

/// The properties the Details panel lists for one feature (those it has no section for), in
/// file order, parsed once when the feature is opened and kept by the panel while it stays
/// open: for a corridor feature what its sections leave, for a user's file everything but
/// its id and names.
#[derive(Debug, Clone, Default)]
pub struct PropertyList {
    map: Map<String, Value>,
    corridor: bool,
}

impl PropertyList {
    /// The listed properties, in file order.
    pub fn rows(&self) -> impl Iterator<Item = PropertyRow<'_>> {
        let corridor = self.corridor;
        self.map
            .iter()
            .filter(move |(k, _)| !shown_elsewhere(k, corridor))
            .map(|(key, value)| PropertyRow { key, value })
    }

    /// How many properties [`PropertyList::rows`] gives, without walking them all.
    pub fn len(&self) -> usize {
        let elsewhere = SHOWN_FOR_EVERY_FEATURE
            .iter()
            .chain(SHOWN_IN_SECTIONS.iter().filter(|_| self.corridor))
            .filter(|k| self.map.contains_key(**k))
            .count();
        self.map.len().saturating_sub(elsewhere)
    }

    /// Whether nothing is listed.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Feature {
    /// The properties Details lists for this feature (see [`PropertyList`]); parsing them
    /// costs what the feature's properties cost, so callers keep the list while the feature
    /// is shown.
    pub fn property_list(&self) -> PropertyList {
        PropertyList {
            map: self.properties.to_map(),
            corridor: self.corridor().is_some(),
        }
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
    fn a_users_names_sources_and_countries_are_read_once_without_parsing_the_rest() {
        let p = Properties::from_json_text(
            r#"{"pop": 12, "NAME": "Luang Namtha", "name_lo": "ຫຼວງນ້ຳທາ", "name_en": "LNT",
                "country": ["LA", 7, "CN"], "source": "https://example.org/a", "id": 42,
                "kind": "zone", "nested": {"name": "not a name of the feature"}, "title": ""}"#,
        )
        .expect("an object");
        let known = p.known();
        assert_eq!(known.first(KnownKey::Name(Lang::En)), Some("Luang Namtha"));
        assert_eq!(known.first(KnownKey::Name(Lang::Lo)), Some("ຫຼວງນ້ຳທາ"));
        assert_eq!(known.first(KnownKey::OtherName), Some("LNT"));
        assert_eq!(
            known.first(KnownKey::Title),
            None,
            "empty strings are not names"
        );
        assert_eq!(
            known.all(KnownKey::Country).collect::<Vec<_>>(),
            ["LA", "CN"]
        );
        assert_eq!(known.first(KnownKey::Source), Some("https://example.org/a"));
        assert_eq!(p.id(), Some("42"), "a numeric id is written in decimal");
        assert!(p.follows_the_schema());
        // Everything is still there, in file order, when a reader opens the feature.
        let map = p.to_map();
        assert_eq!(map.keys().next().map(String::as_str), Some("pop"));
        assert_eq!(map.len(), 10);
    }

    #[test]
    fn a_kind_outside_the_schema_and_a_bad_properties_value_are_told_apart() {
        let p = Properties::from_json_text(r#"{"kind": "restaurant"}"#).expect("an object");
        assert!(!p.follows_the_schema());
        assert!(Properties::from_json_text("null").expect("null").is_empty());
        let e = Properties::from_json_text("[1, 2]").expect_err("not an object");
        assert!(e.contains("an array"), "{e}");
        let e = Properties::from_json_text(r#"{"x": 1e400}"#).expect_err("overflow");
        assert!(e.contains("number out of range"), "{e}");
    }

    #[test]
    fn properties_cost_about_what_the_file_spends_on_them() {
        let text = r#"{"name":"site 123456","category":"c5"}"#;
        let p = Properties::from_json_text(text).expect("an object");
        let kept = p.bytes.len();
        // The text, and the name once more with five bytes of tag and length.
        assert_eq!(kept, text.len() + "site 123456".len() + 5);
    }

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
        let list = f.property_list();
        let keys: Vec<&str> = list.rows().map(|r| r.key()).collect();
        assert_eq!(keys, ["border", "pop"]);
        assert_eq!(list.len(), 2);
        let serde_json::Value::Object(bag) = props else {
            panic!("an object");
        };
        f.properties = bag.into();
        let list = f.property_list();
        let keys: Vec<&str> = list.rows().map(|r| r.key()).collect();
        assert_eq!(keys, ["note", "facts", "border", "pop"]);
        assert_eq!(list.len(), 4);
    }

    #[test]
    fn the_atlas_data_is_listed_in_words() {
        let f = crate::data::test_feature(serde_json::json!({
            "border": "CN-LA", "line": "china-laos-railway", "partner": "port-y", "n": 1500
        }));
        let list = f.property_list();
        let rows: Vec<PropertyRow<'_>> = list.rows().collect();
        let name_of = |id: &str| (id == "port-y").then(|| "Port Y".to_owned());
        let words: Vec<String> = rows.iter().map(|r| r.words(&name_of)).collect();
        assert_ne!(words[0], "CN-LA");
        assert_ne!(words[1], "china-laos-railway");
        assert_eq!(words[2], "Port Y");
        assert_eq!(words[3], "1,500");
    }
}
