//! One search box over every name of every feature, in every script the corridor uses
//! (English, 中文, ລາວ, ไทย, Tiếng Việt, မြန်မာ) and in imported layers.
//!
//! Delegates type names the way they heard them: without accents ("lao cai" for Lào Cai),
//! with small typos ("vang veing"), without spaces ("laocai", as the 2019 report spells
//! it), or only the first letters while the list updates ("vien"). Chinese names have no
//! spaces between words, so any run of characters must find them ("磨憨" inside a longer
//! name). Lao and Thai names are often typed without their tone marks.
//!
//! # How a query is ranked
//!
//! Both the names and the query are first passed through [`fold`]. Each name then falls
//! into the best of these tiers, and every hit of a better tier outranks every hit of a
//! worse one:
//!
//! | tier | score range | example |
//! |---|---|---|
//! | exact | 1000–1100 | "lao cai" → Lào Cai |
//! | prefix of the whole name | 800–900 | "vien" → Vientiane |
//! | prefix of a later word | 600–700 | "vien" → Vang Vieng |
//! | anywhere inside the name | 400–500 | "明南" → 昆明南 |
//! | every word close to a word of the name, in any order | 1–399 | "vang veing" → Vang Vieng |
//!
//! Within a tier, names the query covers more of rank higher (so "Kunming" beats
//! "Kunming South" for "kunming"); equal scores fall back to the name, then the key, so the
//! order never changes from one run to the next. A feature with several names (one per
//! language) appears once, under its best-matching name.
//!
//! # Why it stays fast with tens of thousands of names
//!
//! The exact-to-substring tiers only look at names sharing the query's rarest character
//! pair (bigram), or containing its character when it has only one. The typo tier
//! compares the query words with the distinct words of all names (many names share words
//! such as "Ban", "Station", "Zone"), again only those sharing enough bigrams to possibly
//! be within the allowed edits, and is skipped altogether when the better tiers already
//! fill the requested number of hits. `benches/search.rs` measures it.

use std::collections::{BTreeSet, HashMap};
use std::hash::BuildHasher;

use crate::data::basemap::{Place, PlaceKind};
use crate::data::{Atlas, Feature, FeatureId, Lang, LayerId};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// One result line of the search box: which feature, and which of its names matched, so
/// the list can show "万象" when that is what the user typed rather than always "Vientiane".
#[derive(Debug, Clone, PartialEq)]
pub struct SearchHit<K> {
    /// The feature (or whatever the caller indexed) the name belongs to.
    pub key: K,
    /// The name as it was inserted, not folded, ready for display.
    pub name: String,
    /// Higher is better; only meaningful for comparing hits of one query (see the module
    /// docs for the tier ranges).
    pub score: f32,
}

/// Everything that differs between how a name is written and how people type it is
/// erased here, identically for names and queries:
///
/// - Unicode compatibility forms are unified (NFKD, then NFC at the end): full-width
///   `Ａ１` becomes `a1`, Lao `ໜ` becomes `ຫນ`, Lao and Thai `ຳ`/`ำ` are split the same way
///   whichever form was typed.
/// - Letters are lower-cased; Latin diacritics are dropped (`Lào Cai` → `lao cai`,
///   `Đồng` → `dong`), as are letters that have no decomposition but are typed plainly
///   (`đ`→`d`, `ø`→`o`, `ß`→`ss`, `æ`→`ae`…).
/// - Lao and Thai tone marks are dropped (`ບໍ່ເຕັນ` → `ບໍເຕັນ`), since users often omit them
///   or put them in a different order relative to other marks; vowel signs stay, because
///   they distinguish names. The Lao subscript `ຼ` is written as the full letter `ລ`, the
///   older spelling (`ຫຼວງ` = `ຫລວງ`).
/// - Apostrophes and invisible characters (zero-width spaces and joiners, soft hyphens)
///   are removed (`Pu'er` → `puer`); every other punctuation mark or symbol separates
///   words (`Mohan–Boten` → `mohan boten`).
/// - A change between Chinese/Japanese/Korean, Thai, Lao, Burmese and other scripts also
///   separates words (`G8511昆磨` → `g8511 昆磨`).
/// - Runs of spaces become one space; no leading or trailing space.
///
/// Not handled: Traditional and Simplified Chinese are not unified (`永珍` is not `万象`);
/// Burmese in the legacy Zawgyi encoding is not converted.
pub fn fold(text: &str) -> String {
    let mut kept = String::with_capacity(text.len());
    for decomposed in text.nfkd() {
        if is_invisible(decomposed) || is_apostrophe(decomposed) {
            continue;
        }
        for lower in decomposed.to_lowercase() {
            if is_dropped_mark(lower) {
                continue;
            }
            match plain_latin(lower) {
                Some(replacement) => kept.push_str(replacement),
                None if lower == '\u{0EBC}' => kept.push('\u{0EA5}'),
                None if lower.is_alphanumeric() || is_combining_mark(lower) => kept.push(lower),
                None => kept.push(' '),
            }
        }
    }
    let mut folded = String::with_capacity(kept.len());
    let mut previous_script: Option<Script> = None;
    let mut pending_space = false;
    for c in kept.nfc() {
        if c == ' ' {
            pending_space = true;
            continue;
        }
        let script = script_of(c);
        let script_changed = !is_combining_mark(c) && previous_script.is_some_and(|p| p != script);
        if (pending_space || script_changed) && !folded.is_empty() {
            folded.push(' ');
        }
        pending_space = false;
        if !is_combining_mark(c) {
            previous_script = Some(script);
        }
        folded.push(c);
    }
    folded
}

/// Marks that only decorate a letter and are often left out when typing: the Latin
/// combining diacritics and the Thai and Lao tone marks.
fn is_dropped_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'     // combining diacritical marks (Vietnamese, French…)
        | '\u{1AB0}'..='\u{1AFF}'   // … extended
        | '\u{1DC0}'..='\u{1DFF}'   // … supplement
        | '\u{20D0}'..='\u{20FF}'   // … for symbols
        | '\u{FE20}'..='\u{FE2F}'   // combining half marks
        | '\u{0E48}'..='\u{0E4B}'   // Thai tone marks mai ek … mai chattawa
        | '\u{0EC8}'..='\u{0ECB}' // Lao tone marks mai ek … mai catawa
    )
}

/// Characters that take no space on screen, so a name copied from a document may carry
/// them without anyone seeing it.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}'
    )
}

/// Apostrophes join syllables of one word in romanised names (Pu'er, Xi'an), so dropping
/// them keeps the word whole.
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2018}' | '\u{2019}' | '\u{02BC}' | '`')
}

/// Latin letters that carry a stroke or are ligatures rather than a combining mark, so
/// NFKD leaves them alone, but that people type as plain letters.
fn plain_latin(c: char) -> Option<&'static str> {
    Some(match c {
        'đ' | 'ð' => "d",
        'ø' => "o",
        'ł' => "l",
        'ı' => "i",
        'ħ' => "h",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'þ' => "th",
        _ => return None,
    })
}

/// Scripts written without spaces between words are told apart from each other and from
/// Latin, so that a mixed name splits into words at the change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Cjk,
    Thai,
    Lao,
    Myanmar,
    Other,
}

fn script_of(c: char) -> Script {
    match c {
        '\u{1100}'..='\u{11FF}'
        | '\u{2E80}'..='\u{2FDF}'
        | '\u{3040}'..='\u{31FF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7AF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{3FFFF}' => Script::Cjk,
        '\u{0E00}'..='\u{0E7F}' => Script::Thai,
        '\u{0E80}'..='\u{0EFF}' => Script::Lao,
        '\u{1000}'..='\u{109F}' | '\u{A9E0}'..='\u{A9FF}' | '\u{AA60}'..='\u{AA7F}' => {
            Script::Myanmar
        }
        _ => Script::Other,
    }
}

/// How many typos a word of the query may contain and still count as that word. Short
/// words get none, or "lao" would match every three-letter word; a Chinese character
/// carries a whole syllable, so two- and three-character Chinese words get none either.
fn allowed_edits(word: &str) -> usize {
    let chars = word.chars().count();
    let cjk = word.chars().any(|c| script_of(c) == Script::Cjk);
    match (cjk, chars) {
        (true, 0..=3) | (false, 0..=3) => 0,
        (true, _) | (false, 4..=7) => 1,
        (false, _) => 2,
    }
}

/// Score ranges of the tiers (see the module docs); each tier adds up to [`COVERAGE_BONUS`].
const EXACT: f32 = 1000.0;
const PREFIX: f32 = 800.0;
const WORD_PREFIX: f32 = 600.0;
const SUBSTRING: f32 = 400.0;
const COVERAGE_BONUS: f32 = 100.0;
/// The typo tier starts here and loses [`FUZZY_COST_WEIGHT`] per edit; it always stays
/// below [`SUBSTRING`].
const FUZZY: f32 = 300.0;
const FUZZY_COST_WEIGHT: f32 = 60.0;
const FUZZY_COVERAGE_BONUS: f32 = 50.0;
/// Cost of matching the last query word, probably still being typed, as the start of a
/// longer word of the name.
const LAST_WORD_PREFIX_COST: f32 = 0.25;

/// Folded query characters beyond this are ignored (no place name is this long).
pub const MAX_QUERY_CHARS: usize = 100;

/// The typo tier compares at most this many words letter by letter per query word, those
/// sharing the most character pairs with it first. The corridor's own data has a few
/// thousand words; a file of millions of similar names ("site 1", "site 2"…) would
/// otherwise compare a million words per keystroke (a second on a laptop).
const MAX_TYPO_WORDS: usize = 50_000;

/// A character pair, the unit of the prefilters.
type Bigram = (char, char);

/// One indexed name. Its texts live in [`SearchIndex::text`] and its word ids in
/// [`SearchIndex::entry_words`], so a name costs no allocation of its own: two million
/// names would otherwise spend more on allocator headers than on their letters.
#[derive(Debug, Clone)]
struct Entry<K> {
    key: K,
    /// Where the name as inserted starts in the text arena; the folded form follows it,
    /// then the compact form (`folded` without spaces, so "laocai" finds "Lào Cai" and
    /// "vien tiane" finds Vientiane) unless it is the same as the folded form.
    text_start: u32,
    name_len: u32,
    folded_len: u32,
    /// Byte length of the compact form; 0 when it is the folded form (one word).
    compact_len: u32,
    compact_chars: u32,
    /// Where the ids (in the word table) of the words of `folded`, and of `compact` when
    /// the name has several words, start in [`SearchIndex::entry_words`], and how many.
    words_start: u32,
    words_len: u32,
}

/// The entries a word occurs in, sorted and without repeats. Most words occur in one
/// name only ("site 1234" has its own number), so that one is kept inline.
#[derive(Debug, Clone, Default)]
struct Postings {
    first: Option<u32>,
    more: Vec<u32>,
}

impl Postings {
    fn push(&mut self, entry: u32) {
        match self.first {
            None => self.first = Some(entry),
            Some(first) if first == entry => {}
            Some(_) => {
                if self.more.last() != Some(&entry) {
                    self.more.push(entry);
                }
            }
        }
    }

    fn len(&self) -> usize {
        usize::from(self.first.is_some()) + self.more.len()
    }

    fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        self.first.into_iter().chain(self.more.iter().copied())
    }
}

/// The searchable names of the whole atlas (built-in and imported layers), built once
/// when layers load and queried on every keystroke. `K` identifies what a name belongs to,
/// typically a feature id; one key may have any number of names.
#[derive(Debug, Clone)]
pub struct SearchIndex<K> {
    entries: Vec<Entry<K>>,
    /// Every entry's name, folded and compact forms, one after another.
    text: String,
    /// Every entry's word ids, one run per entry.
    entry_words: Vec<u32>,
    /// Entry ids by bigram of their compact form, sorted and without repeats.
    entry_bigrams: HashMap<Bigram, Vec<u32>>,
    /// Entry ids by character of their compact form, for one-character queries (a single
    /// Chinese character is a meaningful query).
    entry_chars: HashMap<char, Vec<u32>>,
    /// Distinct words of all folded names, plus the compact form of every multi-word
    /// name, so that a query typed without spaces can still be matched with typos: each a
    /// span of `word_text`.
    words: Vec<(u32, u32)>,
    word_text: String,
    /// Word ids by their text's hash, to find a word already in the table.
    word_ids: hashbrown::HashTable<u32>,
    hasher: std::hash::RandomState,
    /// Entry ids containing each word.
    word_entries: Vec<Postings>,
    /// Word ids by bigram of the word padded with a space on each side.
    word_bigrams: HashMap<Bigram, Vec<u32>>,
    /// Names only, found by scanning their text ([`Self::lean`]): no prefilters, no words.
    lean: bool,
}

/// Layers with more names than this get a [`SearchIndex::lean`] index. The full index
/// costs about 376 bytes a name (2,000,000 names: 716 MiB, more than the file they came
/// from), the lean one about 70; a scan of that many names still answers a keystroke in
/// tens of milliseconds. What a lean index gives up is typo tolerance and words in any
/// order, in those layers only.
pub const LEAN_INDEX_ABOVE: usize = 250_000;

impl<K: Copy + Eq + Ord> Default for SearchIndex<K> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K: Copy + Eq + Ord> SearchIndex<K> {
    /// An index with no names, to be filled as layers load.
    pub fn new() -> Self {
        Self {
            entries: Vec::new(),
            text: String::new(),
            entry_words: Vec::new(),
            entry_bigrams: HashMap::new(),
            entry_chars: HashMap::new(),
            words: Vec::new(),
            word_text: String::new(),
            word_ids: hashbrown::HashTable::new(),
            hasher: std::hash::RandomState::new(),
            word_entries: Vec::new(),
            word_bigrams: HashMap::new(),
            lean: false,
        }
    }

    /// An index that keeps only the names and finds them by scanning their folded text:
    /// the same exact, prefix, word-prefix and substring matches, ranked the same, but no
    /// typo tier. For layers of millions of names (see [`LEAN_INDEX_ABOVE`]), where the
    /// full index would take more memory than the layer itself.
    pub fn lean() -> Self {
        Self {
            lean: true,
            ..Self::new()
        }
    }

    /// The index for a layer of `count` features: full, or [`Self::lean`] above
    /// [`LEAN_INDEX_ABOVE`].
    pub fn for_names(count: usize) -> Self {
        if count > LEAN_INDEX_ABOVE {
            Self::lean()
        } else {
            Self::new()
        }
    }

    /// Whether this is a [`Self::lean`] index (the search panel says typos are not
    /// forgiven in it).
    pub fn is_lean(&self) -> bool {
        self.lean
    }

    /// Makes `name` find `key`. Call it once per name of a feature (English, Chinese, Lao…)
    /// so that whichever the user types finds the feature. Names that fold to nothing
    /// (only punctuation or spaces) are skipped, since no query could reach them.
    pub fn insert(&mut self, key: K, name: &str) {
        let folded = fold(name);
        if folded.is_empty() {
            return;
        }
        let compact: String = folded.chars().filter(|c| *c != ' ').collect();
        let Ok(id) = u32::try_from(self.entries.len()) else {
            log::warn!("search index is full; the name {name:?} is not searchable");
            return;
        };
        let own_compact = if compact.len() == folded.len() {
            ""
        } else {
            compact.as_str()
        };
        // Offsets are 32-bit (half the size of an index's bookkeeping); an arena past
        // 4 GiB is beyond the import limit, but is refused rather than wrapped.
        let end = self.text.len() + name.len() + folded.len() + own_compact.len();
        let offsets = (
            u32::try_from(end),
            u32::try_from(self.text.len()),
            u32::try_from(self.entry_words.len() + 2 * folded.len()),
        );
        let (Ok(_), Ok(text_start), Ok(_)) = offsets else {
            log::warn!("search index is full; the name {name:?} is not searchable");
            return;
        };
        // Each fits: they are parts of `end`.
        let (name_len, folded_len, compact_len) = (
            name.len() as u32,
            folded.len() as u32,
            own_compact.len() as u32,
        );
        let words_start = self.entry_words.len() as u32;
        self.text.push_str(name);
        self.text.push_str(&folded);
        self.text.push_str(own_compact);
        if self.lean {
            self.entries.push(Entry {
                key,
                text_start,
                name_len,
                folded_len,
                compact_len,
                compact_chars: compact.chars().count() as u32,
                words_start,
                words_len: 0,
            });
            return;
        }

        let mut bigrams: Vec<Bigram> = bigrams_of(&compact).collect();
        bigrams.sort_unstable();
        bigrams.dedup();
        for bigram in bigrams {
            self.entry_bigrams.entry(bigram).or_default().push(id);
        }
        let mut chars: Vec<char> = compact.chars().collect();
        let compact_chars = chars.len() as u32;
        chars.sort_unstable();
        chars.dedup();
        for c in chars {
            self.entry_chars.entry(c).or_default().push(id);
        }
        let mut word_ids = Vec::new();
        for word in folded.split(' ') {
            word_ids.extend(self.add_word(word, id));
        }
        if folded.contains(' ') {
            word_ids.extend(self.add_word(&compact, id));
        }
        word_ids.sort_unstable();
        word_ids.dedup();
        self.entry_words.extend_from_slice(&word_ids);
        self.entries.push(Entry {
            key,
            text_start,
            name_len,
            folded_len,
            compact_len,
            compact_chars,
            words_start,
            words_len: word_ids.len() as u32,
        });
    }

    /// Gives back the room the lists kept for growth, once every name is in: an index of
    /// millions of names would otherwise hold up to twice what it needs.
    pub fn shrink_to_fit(&mut self) {
        self.entries.shrink_to_fit();
        self.text.shrink_to_fit();
        self.entry_words.shrink_to_fit();
        self.words.shrink_to_fit();
        self.word_text.shrink_to_fit();
        self.word_entries.shrink_to_fit();
        for postings in self.word_entries.iter_mut() {
            postings.more.shrink_to_fit();
        }
        let hasher = &self.hasher;
        let words = &self.words;
        let word_text = &self.word_text;
        self.word_ids
            .shrink_to_fit(|&id| hasher.hash_one(word_at(words, word_text, id)));
        for lists in [&mut self.entry_bigrams, &mut self.word_bigrams] {
            for list in lists.values_mut() {
                list.shrink_to_fit();
            }
            lists.shrink_to_fit();
        }
        for list in self.entry_chars.values_mut() {
            list.shrink_to_fit();
        }
        self.entry_chars.shrink_to_fit();
    }

    /// Forgets every name whose key matches, e.g. all features of an imported layer the
    /// user removed, so they stop showing up in results. Rebuilds the prefilters from the
    /// remaining names (about 0.1 s for 50,000 names).
    pub fn remove_where(&mut self, pred: impl Fn(&K) -> bool) {
        let empty = if self.lean { Self::lean() } else { Self::new() };
        let old = std::mem::replace(self, empty);
        for entry in old.entries.iter().filter(|entry| !pred(&entry.key)) {
            self.insert(entry.key, old.name(entry));
        }
        self.shrink_to_fit();
    }

    /// Number of names indexed (not of distinct keys), to show "searching N names".
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True before any layer with names is loaded.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The best `limit` keys for what the user typed, best first, one hit per key (under
    /// its best-matching name). An empty or punctuation-only query finds nothing.
    pub fn query(&self, text: &str, limit: usize) -> Vec<SearchHit<K>> {
        let query = fold(text);
        // No name is this long; a paste of a whole paragraph should not cost seconds.
        let query = match query.char_indices().nth(MAX_QUERY_CHARS) {
            Some((end, _)) => query.get(..end).unwrap_or_default().trim_end().to_owned(),
            None => query,
        };
        if query.is_empty() || limit == 0 {
            return Vec::new();
        }
        let compact: String = query.chars().filter(|c| *c != ' ').collect();
        let mut found: Vec<(f32, u32)> = Vec::new();
        self.match_contiguous(&query, &compact, &mut found);
        // Typo matches always score below contiguous ones, so they cannot change the
        // first `limit` hits once contiguous matches fill them.
        let mut hits = self.best_per_key(found, limit);
        // A lean index keeps no words to be near (see [`Self::lean`]).
        if hits.len() < limit && !self.lean {
            let mut typo_found: Vec<(f32, u32)> = Vec::new();
            self.match_words_with_typos(&query, &compact, &mut typo_found);
            let already: BTreeSet<K> = hits.iter().map(|hit| hit.key).collect();
            typo_found.retain(|(_, id)| {
                self.entries
                    .get(*id as usize)
                    .is_some_and(|entry| !already.contains(&entry.key))
            });
            hits.extend(self.best_per_key(typo_found, limit - hits.len()));
        }
        hits
    }

    /// The name of `entry` as it was inserted.
    fn name(&self, entry: &Entry<K>) -> &str {
        let start = entry.text_start as usize;
        self.text
            .get(start..start + entry.name_len as usize)
            .unwrap_or_default()
    }

    /// The folded form of `entry`'s name (see [`fold`]).
    fn folded(&self, entry: &Entry<K>) -> &str {
        let start = entry.text_start as usize + entry.name_len as usize;
        self.text
            .get(start..start + entry.folded_len as usize)
            .unwrap_or_default()
    }

    /// The folded form without spaces.
    fn compact(&self, entry: &Entry<K>) -> &str {
        if entry.compact_len == 0 {
            return self.folded(entry);
        }
        let start = entry.text_start as usize + entry.name_len as usize + entry.folded_len as usize;
        self.text
            .get(start..start + entry.compact_len as usize)
            .unwrap_or_default()
    }

    /// Ids of the words of `entry` in the word table, sorted.
    fn words_of(&self, entry: &Entry<K>) -> &[u32] {
        let start = entry.words_start as usize;
        self.entry_words
            .get(start..start + entry.words_len as usize)
            .unwrap_or_default()
    }

    /// Orders matches best first (ties by name, then key) and keeps the first match of
    /// each key, up to `limit` keys. Only the best few are fully sorted: a one-letter
    /// query can match thousands of names, and most will never be shown.
    fn best_per_key(&self, mut found: Vec<(f32, u32)>, limit: usize) -> Vec<SearchHit<K>> {
        let entry_of = |id: u32| self.entries.get(id as usize);
        let order = |a: &(f32, u32), b: &(f32, u32)| {
            b.0.total_cmp(&a.0)
                .then_with(|| match (entry_of(a.1), entry_of(b.1)) {
                    (Some(x), Some(y)) => self
                        .name(x)
                        .cmp(self.name(y))
                        .then_with(|| x.key.cmp(&y.key)),
                    _ => a.1.cmp(&b.1),
                })
        };
        // Several names of one key may be among the best, so look a little further than
        // `limit`, and sort everything only when that was not enough.
        let mut window = limit.saturating_mul(4).max(16);
        loop {
            let complete = window >= found.len();
            if complete {
                found.sort_by(order);
            } else {
                found.select_nth_unstable_by(window, order);
                if let Some(best) = found.get_mut(..window) {
                    best.sort_by(order);
                }
            }
            let mut seen: BTreeSet<K> = BTreeSet::new();
            let mut hits = Vec::new();
            for &(score, id) in found.iter().take(window) {
                if hits.len() >= limit {
                    break;
                }
                if let Some(entry) = entry_of(id)
                    && seen.insert(entry.key)
                {
                    hits.push(SearchHit {
                        key: entry.key,
                        name: self.name(entry).to_owned(),
                        score,
                    });
                }
            }
            if complete || hits.len() >= limit {
                return hits;
            }
            window = window.saturating_mul(4);
        }
    }

    fn add_word(&mut self, word: &str, entry: u32) -> Option<u32> {
        let hash = self.hasher.hash_one(word);
        let (words, word_text) = (&self.words, &self.word_text);
        let known = self
            .word_ids
            .find(hash, |&id| word_at(words, word_text, id) == word)
            .copied();
        let word_id = match known {
            Some(known) => known,
            None => {
                let new_id = u32::try_from(self.words.len()).ok()?;
                // The end must fit too, so every span stays addressable.
                let end = u32::try_from(self.word_text.len() + word.len()).ok()?;
                let len = u32::try_from(word.len()).ok()?;
                let start = end - len;
                let mut bigrams: Vec<Bigram> = bigrams_of(&padded(word)).collect();
                bigrams.sort_unstable();
                bigrams.dedup();
                for bigram in bigrams {
                    self.word_bigrams.entry(bigram).or_default().push(new_id);
                }
                self.word_text.push_str(word);
                self.words.push((start, len));
                self.word_entries.push(Postings::default());
                let (hasher, words, word_text) = (&self.hasher, &self.words, &self.word_text);
                self.word_ids.insert_unique(hash, new_id, |&id| {
                    hasher.hash_one(word_at(words, word_text, id))
                });
                new_id
            }
        };
        self.word_entries.get_mut(word_id as usize)?.push(entry);
        Some(word_id)
    }

    /// The tier base score of `entry` for the folded query, if it appears in one piece.
    fn contiguous_tier(&self, entry: &Entry<K>, query: &str, compact: &str) -> Option<f32> {
        let (entry_folded, entry_compact) = (self.folded(entry), self.compact(entry));
        if !entry_compact.contains(compact) {
            return None;
        }
        if entry_folded == query || entry_compact == compact {
            return Some(EXACT);
        }
        if entry_folded.starts_with(query) || entry_compact.starts_with(compact) {
            return Some(PREFIX);
        }
        let at_word_start = entry_compact
            .match_indices(compact)
            .any(|(at, _)| word_starts_in_compact(entry_folded).any(|start| start == at));
        if at_word_start {
            return Some(WORD_PREFIX);
        }
        Some(SUBSTRING)
    }

    /// The entries word `word_id` occurs in; none for an unknown id.
    fn entries_of_word(&self, word_id: u32) -> impl Iterator<Item = u32> + '_ {
        self.word_entries
            .get(word_id as usize)
            .into_iter()
            .flat_map(Postings::iter)
    }

    /// Exact, prefix, word-prefix and substring tiers: the folded query appears as one
    /// piece in the folded name (spaces ignored).
    fn match_contiguous(&self, query: &str, compact: &str, found: &mut Vec<(f32, u32)>) {
        let query_chars = compact.chars().count();
        if self.lean {
            self.scan_contiguous(query, compact, query_chars, found);
            return;
        }
        let mut postings: Vec<&[u32]> = bigrams_of(compact)
            .map(|bigram| {
                self.entry_bigrams
                    .get(&bigram)
                    .map_or(&[][..], Vec::as_slice)
            })
            .collect();
        if postings.is_empty() {
            // One character: no bigram, so every name containing that character.
            postings.extend(
                compact
                    .chars()
                    .next()
                    .and_then(|c| self.entry_chars.get(&c))
                    .map(Vec::as_slice),
            );
        }
        postings.sort_by_key(|posting| posting.len());
        let Some((rarest, others)) = postings.split_first() else {
            return;
        };
        // A name holding the query holds every bigram of it: walk the rarest list and keep
        // the ids every other list has too (all are sorted), so a query over millions of
        // names compares only the few that can match.
        let mut cursors = vec![0usize; others.len()];
        'candidates: for &id in *rarest {
            for (list, cursor) in others.iter().zip(cursors.iter_mut()) {
                let rest = list.get(*cursor..).unwrap_or_default();
                *cursor += gallop_to(rest, id);
                if list.get(*cursor) != Some(&id) {
                    continue 'candidates;
                }
            }
            if let Some(entry) = self.entries.get(id as usize)
                && let Some(tier) = self.contiguous_tier(entry, query, compact)
            {
                let coverage = query_chars as f32 / entry.compact_chars.max(1) as f32;
                found.push((tier + COVERAGE_BONUS * coverage.min(1.0), id));
            }
        }
    }

    /// [`Self::match_contiguous`] for a lean index: one substring search over the whole
    /// text arena (`memchr::memmem`, a few gigabytes a second), each occurrence mapped to
    /// its entry and kept only when it lies in the entry's compact form, then ranked by
    /// the same [`Self::contiguous_tier`].
    fn scan_contiguous(
        &self,
        query: &str,
        compact: &str,
        query_chars: usize,
        found: &mut Vec<(f32, u32)>,
    ) {
        if compact.is_empty() {
            return;
        }
        let finder = memchr::memmem::Finder::new(compact.as_bytes());
        let text = self.text.as_bytes();
        let mut from = 0;
        // Entries are in text order and occurrences come in order, so the entry of each
        // occurrence is found by walking forward from the last one.
        let mut id = 0;
        while let Some(at) = text.get(from..).and_then(|rest| finder.find(rest)) {
            let at = from + at;
            let starts_by = |i: usize| {
                self.entries
                    .get(i)
                    .is_some_and(|e| e.text_start as usize <= at)
            };
            if starts_by(id + 64) {
                // Far ahead (a rare query): jump instead of walking.
                id = self
                    .entries
                    .partition_point(|e| e.text_start as usize <= at)
                    .saturating_sub(1);
            }
            while starts_by(id + 1) {
                id += 1;
            }
            let Some(entry) = self.entries.get(id) else {
                break;
            };
            let compact_start = entry.text_start as usize
                + entry.name_len as usize
                + if entry.compact_len == 0 {
                    0
                } else {
                    entry.folded_len as usize
                };
            let compact_end = compact_start
                + if entry.compact_len == 0 {
                    entry.folded_len as usize
                } else {
                    entry.compact_len as usize
                };
            if at < compact_start {
                // In the name or the folded form: look again from the next byte (the
                // compact form may hold it further on).
                from = at + 1;
                continue;
            }
            if at + compact.len() <= compact_end
                && let Some(tier) = self.contiguous_tier(entry, query, compact)
            {
                let coverage = query_chars as f32 / entry.compact_chars.max(1) as f32;
                found.push((tier + COVERAGE_BONUS * coverage.min(1.0), id as u32));
            }
            // One hit per entry: go on with the next entry's texts.
            from = compact_end.max(at + 1);
        }
    }

    /// The typo tier: every query word is close to some word of the name (in any order),
    /// or the whole query without spaces is close to the whole name without spaces.
    fn match_words_with_typos(&self, query: &str, compact: &str, found: &mut Vec<(f32, u32)>) {
        let query_words: Vec<&str> = query.split(' ').collect();
        let last = query_words.len().saturating_sub(1);
        let near: Vec<HashMap<u32, f32>> = query_words
            .iter()
            .enumerate()
            .map(|(index, word)| self.words_near(word, index == last))
            .collect();
        let mut costs: HashMap<u32, f32> = HashMap::new();
        // Drive by the query word whose close words occur in the fewest names, and check
        // the other query words against each of those names' words.
        let entries_reached = |words: &HashMap<u32, f32>| -> usize {
            words
                .keys()
                .map(|id| self.word_entries.get(*id as usize).map_or(0, Postings::len))
                .sum()
        };
        if let Some((driver, driver_words)) = near
            .iter()
            .enumerate()
            .min_by_key(|(_, words)| entries_reached(words))
        {
            for (&word_id, &cost) in driver_words {
                for id in self.entries_of_word(word_id) {
                    let Some(entry) = self.entries.get(id as usize) else {
                        continue;
                    };
                    let others = near
                        .iter()
                        .enumerate()
                        .filter(|(index, _)| *index != driver);
                    let mut total = cost;
                    for (_, other) in others {
                        let closest = self
                            .words_of(entry)
                            .iter()
                            .filter_map(|w| other.get(w))
                            .copied()
                            .min_by(f32::total_cmp);
                        match closest {
                            Some(other_cost) => total += other_cost,
                            None => {
                                total = f32::INFINITY;
                                break;
                            }
                        }
                    }
                    if total.is_finite() {
                        let slot = costs.entry(id).or_insert(total);
                        *slot = slot.min(total);
                    }
                }
            }
        }
        if query_words.len() > 1 {
            for (word_id, cost) in self.words_near(compact, false) {
                for id in self.entries_of_word(word_id) {
                    let slot = costs.entry(id).or_insert(cost);
                    *slot = slot.min(cost);
                }
            }
        }
        let compact_chars = compact.chars().count();
        for (id, cost) in costs {
            if let Some(entry) = self.entries.get(id as usize) {
                let coverage = (compact_chars as f32 / entry.compact_chars.max(1) as f32).min(1.0);
                let score = (FUZZY - FUZZY_COST_WEIGHT * cost + FUZZY_COVERAGE_BONUS * coverage)
                    .clamp(1.0, SUBSTRING - 1.0);
                found.push((score, id));
            }
        }
    }

    /// Words of the index within the allowed edits of `query_word`, with their cost (see
    /// [`word_cost`]); when `may_be_unfinished`, also words that start with something
    /// within those edits, as long as the first letter is right.
    ///
    /// Only words sharing enough padded bigrams are compared: one edit changes at most
    /// three bigrams (a swap of two letters), so a word within `k` edits shares all but
    /// `3k` of the query's bigrams, less the closing one when the query is only the start
    /// of the word.
    fn words_near(&self, query_word: &str, may_be_unfinished: bool) -> HashMap<u32, f32> {
        let edits = allowed_edits(query_word);
        let query: Vec<char> = query_word.chars().collect();
        let Some(&first_char) = query.first() else {
            return HashMap::new();
        };
        let mut query_bigrams: Vec<Bigram> = bigrams_of(&padded(query_word)).collect();
        query_bigrams.sort_unstable();
        query_bigrams.dedup();
        let unfinished_allowance = usize::from(may_be_unfinished);
        let needed = query_bigrams
            .len()
            .saturating_sub(unfinished_allowance + 3 * edits)
            .max(1);
        let mut shared = vec![0u16; self.words.len()];
        let mut reached: Vec<u32> = Vec::new();
        for bigram in &query_bigrams {
            for &word_id in self.word_bigrams.get(bigram).map_or(&[][..], Vec::as_slice) {
                if let Some(count) = shared.get_mut(word_id as usize) {
                    *count = count.saturating_add(1);
                    if usize::from(*count) == needed {
                        reached.push(word_id);
                    }
                }
            }
        }
        if reached.len() > MAX_TYPO_WORDS {
            let closer = |id: &u32| {
                let count = shared.get(*id as usize).copied().unwrap_or(0);
                (std::cmp::Reverse(count), *id)
            };
            reached.select_nth_unstable_by_key(MAX_TYPO_WORDS, closer);
            reached.truncate(MAX_TYPO_WORDS);
        }
        let prefix_cost = may_be_unfinished.then_some(LAST_WORD_PREFIX_COST);
        let mut near = HashMap::new();
        let mut word: Vec<char> = Vec::new();
        for word_id in reached {
            let text = word_at(&self.words, &self.word_text, word_id);
            let prefix_cost = prefix_cost.filter(|_| text.starts_with(first_char));
            // Too short or too long to be within the edits (and not a longer word this
            // may be the start of): no need to compare letter by letter.
            let chars = text.chars().count();
            if chars.abs_diff(query.len()) > edits && (prefix_cost.is_none() || chars < query.len())
            {
                continue;
            }
            word.clear();
            word.extend(text.chars());
            if let Some(cost) = word_cost(&query, &word, edits, prefix_cost) {
                near.insert(word_id, cost);
            }
        }
        near
    }
}

/// How far `word` of the index is from `query`: 0 when equal, the number of edits
/// (optimal string alignment: insert, delete, replace, swap neighbours) when within
/// `edits`, or, when `prefix_cost` is given, that cost plus the edits between `query` and
/// the start of a longer `word`. `None` when too far.
///
/// One dynamic-programming table gives both: its last row holds the distance from `query`
/// to every start of `word`. It stops as soon as two rows exceed `edits`. (A library
/// distance such as `strsim::osa_distance` gives one distance per call and cannot stop
/// early, and this tier may compare thousands of words per keystroke.)
fn word_cost(query: &[char], word: &[char], edits: usize, prefix_cost: Option<f32>) -> Option<f32> {
    if query == word {
        return Some(0.0);
    }
    let query_len = query.len();
    let whole_possible = word.len().abs_diff(query_len) <= edits;
    let prefix_possible = prefix_cost.is_some() && word.len() > query_len;
    if !whole_possible && !prefix_possible {
        return None;
    }
    let columns = word.len().min(query_len + edits);
    let width = columns + 1;
    // Three rows of the table side by side: two rows back (for swaps), previous, current.
    let mut rows = vec![0usize; 3 * width];
    for (j, cell) in rows.iter_mut().skip(width).take(width).enumerate() {
        *cell = j;
    }
    let mut previous_too_far = false;
    for (i, &q) in query.iter().enumerate() {
        let (older, newer) = rows.split_at_mut(2 * width);
        let (before_previous, previous) = older.split_at(width);
        let row = newer;
        let mut row_min = i + 1;
        if let Some(first) = row.first_mut() {
            *first = i + 1;
        }
        for j in 1..=columns {
            let w = word.get(j - 1).copied();
            let substitution = usize::from(w != Some(q));
            let left = row.get(j - 1).copied().unwrap_or(usize::MAX);
            let up = previous.get(j).copied().unwrap_or(usize::MAX);
            let diagonal = previous.get(j - 1).copied().unwrap_or(usize::MAX);
            let mut cell = diagonal
                .saturating_add(substitution)
                .min(up.saturating_add(1))
                .min(left.saturating_add(1));
            let swapped = i > 0
                && j > 1
                && query.get(i - 1).copied() == w
                && word.get(j - 2).copied() == Some(q);
            if swapped && let Some(&two_back) = before_previous.get(j - 2) {
                cell = cell.min(two_back.saturating_add(1));
            }
            if let Some(slot) = row.get_mut(j) {
                *slot = cell;
            }
            row_min = row_min.min(cell);
        }
        let too_far = row_min > edits;
        if too_far && previous_too_far {
            return None;
        }
        previous_too_far = too_far;
        // Shift: current becomes previous, previous becomes two rows back.
        rows.rotate_left(width);
    }
    // After the last rotation the final row sits in the middle third.
    let previous = rows.get(width..2 * width).unwrap_or(&[]);
    let mut best: Option<f32> = None;
    if whole_possible
        && let Some(&distance) = previous.get(word.len())
        && distance <= edits
    {
        best = Some(distance as f32);
    }
    if let Some(extra) = prefix_cost.filter(|_| prefix_possible) {
        let shortest = query_len.saturating_sub(edits).max(1);
        let longest = columns.min(word.len().saturating_sub(1));
        for length in shortest..=longest {
            if let Some(&distance) = previous.get(length)
                && distance <= edits
            {
                let cost = distance as f32 + extra;
                best = Some(best.map_or(cost, |b| b.min(cost)));
            }
        }
    }
    best
}

/// How many leading items of the sorted `list` are below `target`, found by galloping
/// (1, 2, 4… then a binary search), so stepping through a long list towards each id of a
/// short one costs the logarithm of the gap, not the gap.
fn gallop_to(list: &[u32], target: u32) -> usize {
    let mut bound = 1;
    while bound < list.len() && list.get(bound).is_some_and(|&v| v < target) {
        bound *= 2;
    }
    let end = (bound + 1).min(list.len());
    let low = bound / 2;
    low + list
        .get(low..end)
        .unwrap_or_default()
        .partition_point(|&v| v < target)
}

/// Byte offsets in the compact form (spaces removed) at which the words of `folded` begin.
fn word_starts_in_compact(folded: &str) -> impl Iterator<Item = usize> + '_ {
    folded.split(' ').scan(0usize, |offset, word| {
        let start = *offset;
        *offset += word.len();
        Some(start)
    })
}

/// The text of word `id` of a word table (see [`SearchIndex::words`]).
fn word_at<'a>(words: &[(u32, u32)], word_text: &'a str, id: u32) -> &'a str {
    words
        .get(id as usize)
        .and_then(|&(start, len)| word_text.get(start as usize..(start + len) as usize))
        .unwrap_or_default()
}

fn padded(word: &str) -> String {
    format!(" {word} ")
}

fn bigrams_of(text: &str) -> impl Iterator<Item = Bigram> + '_ {
    text.chars().zip(text.chars().skip(1))
}

/// Reads typed coordinates, so that a place from a report, a GPS or a phone can be found
/// without a name: "21.24, 101.62" (latitude first, as map apps copy them),
/// "21.24 N 101.62 E" or "21.24° N, 101.62° E" (the atlas's own status bar), in decimal
/// degrees as GPS units and map apps show them. With hemisphere letters either order is
/// read; without
/// them a first number beyond ±90 can only be a longitude, so the pair is read the other
/// way round. Returns `(longitude, latitude)`.
pub fn parse_coordinates(text: &str) -> Option<(f64, f64)> {
    let cleaned: String = text
        .chars()
        .map(|c| match c {
            ',' | ';' | '°' | '/' => ' ',
            c => c,
        })
        .collect();
    let mut numbers: Vec<(f64, Option<char>)> = Vec::new();
    for token in cleaned.split_whitespace() {
        let upper = token.to_ascii_uppercase();
        let (body, hemisphere) = match upper.chars().last() {
            Some(h @ ('N' | 'S' | 'E' | 'W')) => (&upper[..upper.len() - 1], Some(h)),
            _ => (upper.as_str(), None),
        };
        if body.is_empty() {
            // A hemisphere letter standing on its own belongs to the number before it.
            let last = numbers.last_mut()?;
            if last.1.is_some() {
                return None;
            }
            last.1 = hemisphere;
            continue;
        }
        let value: f64 = body.parse().ok()?;
        if !value.is_finite() {
            return None;
        }
        numbers.push((value, hemisphere));
    }
    let [(a, ha), (b, hb)] = numbers.as_slice() else {
        return None;
    };
    let signed = |v: f64, h: Option<char>| match h {
        Some('S' | 'W') => -v.abs(),
        _ => v,
    };
    let (lat, lon) = match (ha, hb) {
        (Some('E' | 'W'), Some('N' | 'S') | None) | (None, Some('N' | 'S')) => {
            (signed(*b, *hb), signed(*a, *ha))
        }
        (Some('N' | 'S') | None, Some('E' | 'W') | None) if a.abs() > 90.0 && ha.is_none() => {
            (signed(*b, *hb), signed(*a, *ha))
        }
        (Some('N' | 'S') | None, Some('E' | 'W') | None) => (signed(*a, *ha), signed(*b, *hb)),
        _ => return None,
    };
    ((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon)).then_some((lon, lat))
}

/// What a search hit leads to.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Found {
    /// A feature of a layer.
    Feature(FeatureId),
    /// A town, capital, province or country of the basemap (index into the searchable
    /// places, see [`AtlasSearch::place`]).
    Place(u32),
    /// Coordinates the user typed.
    Coordinates(geo::Coord<f64>),
}

impl Found {
    /// A total order for ties, so the list never reorders between frames.
    fn order(&self) -> (u8, u64, u64) {
        match self {
            Found::Coordinates(c) => (0, c.x.to_bits(), c.y.to_bits()),
            Found::Feature(id) => (1, u64::from(id.layer.0), u64::from(id.index)),
            Found::Place(i) => (2, u64::from(*i), 0),
        }
    }
}

/// The search index of a layer's names, keyed by feature index: every name in every
/// script, plus 2019 plan names and road numbers ("G8511", "R3A"), which is how people ask
/// too. Pure and thread-safe, so imports build it on their own thread.
pub fn names_index(features: &[Feature]) -> SearchIndex<u32> {
    let mut search = SearchIndex::for_names(features.len());
    for (index, f) in features.iter().enumerate() {
        let id = index as u32;
        let names = f.names();
        if names.is_empty()
            && let Some(n) = f.name(Lang::En)
        {
            search.insert(id, n);
        }
        for (_, name) in names {
            search.insert(id, name);
        }
        for extra in f.other_names() {
            search.insert(id, extra);
        }
    }
    search.shrink_to_fit();
    search
}

/// Every name the atlas can be found by: one index per layer, built once when the layer is
/// added (an imported layer's on the import thread), and the basemap's towns, capitals,
/// provinces and countries, so that "Hanoi" is found although no corridor layer holds it.
#[derive(Default)]
pub struct AtlasSearch {
    /// One name index per layer, keyed by feature index: a removed layer's index is simply
    /// dropped.
    layers: Vec<(LayerId, SearchIndex<u32>)>,
    /// The basemap's searchable places (rivers left out), filled once it has been read.
    places: Vec<Place>,
    place_index: Option<SearchIndex<u32>>,
}

impl AtlasSearch {
    /// The name indexes of every layer of `atlas`.
    pub fn of_atlas(atlas: &Atlas) -> Self {
        Self {
            layers: atlas
                .layers()
                .iter()
                .map(|l| (l.id, names_index(&l.features)))
                .collect(),
            ..Self::default()
        }
    }

    /// Adds the name index of a layer just added to the atlas (see [`names_index`]).
    pub fn add_layer(&mut self, id: LayerId, names: SearchIndex<u32>) {
        self.layers.push((id, names));
    }

    /// Forgets the names of a removed layer.
    pub fn remove_layer(&mut self, id: LayerId) {
        self.layers.retain(|(layer, _)| *layer != id);
    }

    /// The layers searched without forgiving typos (a lean index, see
    /// [`LEAN_INDEX_ABOVE`]), so the search panel can say so.
    pub fn lean_layers(&self) -> impl Iterator<Item = LayerId> + '_ {
        self.layers
            .iter()
            .filter(|(_, index)| index.is_lean())
            .map(|(id, _)| *id)
    }

    /// Search over every name in every script, best first: features of every layer,
    /// the basemap's places, and typed coordinates ("21.24, 101.62") as the first hit.
    pub fn query(&self, text: &str, limit: usize) -> Vec<SearchHit<Found>> {
        let mut hits: Vec<SearchHit<Found>> = self
            .layers
            .iter()
            .flat_map(|(layer, index)| {
                index.query(text, limit).into_iter().map(|h| SearchHit {
                    key: Found::Feature(FeatureId {
                        layer: *layer,
                        index: h.key,
                    }),
                    name: h.name,
                    score: h.score,
                })
            })
            .collect();
        if let Some(index) = &self.place_index {
            hits.extend(index.query(text, limit).into_iter().map(|h| SearchHit {
                key: Found::Place(h.key),
                name: h.name,
                // A corridor feature with the same name (Jinghong station) comes first.
                score: h.score - 0.5,
            }));
        }
        // The same order the index uses within a layer: score, then name, then id.
        hits.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| a.name.cmp(&b.name))
                .then_with(|| a.key.order().cmp(&b.key.order()))
        });
        hits.truncate(limit);
        if let Some((lon, lat)) = parse_coordinates(text) {
            hits.insert(
                0,
                SearchHit {
                    key: Found::Coordinates(geo::Coord { x: lon, y: lat }),
                    name: text.trim().to_owned(),
                    score: f32::MAX,
                },
            );
            hits.truncate(limit);
        }
        hits
    }

    /// Makes the basemap's places searchable (once; later calls do nothing).
    pub fn index_places(&mut self, places: &[Place]) {
        if self.place_index.is_some() {
            return;
        }
        let mut index = SearchIndex::new();
        let kept: Vec<Place> = places
            .iter()
            .filter(|p| p.kind != PlaceKind::River)
            .cloned()
            .collect();
        for (i, place) in kept.iter().enumerate() {
            let id = i as u32;
            index.insert(id, &place.name);
            for name in [
                &place.name_zh,
                &place.name_lo,
                &place.name_th,
                &place.name_vi,
            ]
            .into_iter()
            .flatten()
            {
                index.insert(id, name);
            }
        }
        index.shrink_to_fit();
        self.places = kept;
        self.place_index = Some(index);
    }

    /// Whether the basemap's places are searchable yet.
    pub fn places_indexed(&self) -> bool {
        self.place_index.is_some()
    }

    /// A searchable basemap place, by the index a [`Found::Place`] holds.
    pub fn place(&self, index: u32) -> Option<&Place> {
        self.places.get(index as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_coordinates_are_read_the_way_map_apps_and_gps_units_write_them() {
        let boten = Some((101.62, 21.24));
        assert_eq!(parse_coordinates("21.24, 101.62"), boten);
        assert_eq!(parse_coordinates("21.24 101.62"), boten);
        assert_eq!(parse_coordinates("21.24N 101.62E"), boten);
        assert_eq!(parse_coordinates("21.24° N, 101.62° E"), boten);
        assert_eq!(parse_coordinates("101.62E 21.24N"), boten);
        assert_eq!(
            parse_coordinates("101.62, 21.24"),
            boten,
            "beyond 90: longitude first"
        );
        assert_eq!(parse_coordinates("33.9 S, 18.4 E"), Some((18.4, -33.9)));
        assert_eq!(parse_coordinates("mohan"), None);
        assert_eq!(parse_coordinates("21.24"), None);
        assert_eq!(parse_coordinates("95, 200"), None);
        assert_eq!(parse_coordinates("1 2 3"), None);
        assert_eq!(parse_coordinates("G8511"), None);
    }

    // Feature ids of a small corridor gazetteer. English names of the railway stations are
    // those of the 2019 plan (seed 003_19cbc1a221acaba2.txt, "Stations"); Boten's Chinese
    // name 磨丁 is from the same report's itinerary; 琅南塔 and 昆明 are the `name_zh` of
    // Natural Earth's populated places (geodata/basemap). Thai spellings: เวียงจันทน์ from
    // https://hessslslslsls.azureedge.net/wiki/Vientaine ("in Thai, เวียงจันทน์"),
    // หลวงพระบาง from https://rose.co.th/documentary_detail.php?id=56 and วังเวียง from
    // http://idotravellers.com/index.php/ido-1-79/16-book/268-ido-23.
    const BOTEN: u32 = 1;
    const MOHAN: u32 = 2;
    const VIENTIANE: u32 = 3;
    const LUANG_PRABANG: u32 = 4;
    const VANG_VIENG: u32 = 5;
    const LAO_CAI: u32 = 6;
    const LUANG_NAMTHA: u32 = 7;
    const KUNMING_SOUTH: u32 = 8;
    const KUNMING: u32 = 9;
    const XISHUANGBANNA: u32 = 10;
    const JINGHONG: u32 = 11;
    const YUXI: u32 = 12;
    const YUXI_SOUTH: u32 = 13;
    const PUER: u32 = 14;
    const MOHAN_BOTEN_ZONE: u32 = 15;
    const HEKOU_LAO_CAI_ZONE: u32 = 16;
    const UDOMSAY: u32 = 17;
    const JINNING_EAST: u32 = 18;
    const KUNYANG: u32 = 19;
    const NE_LOUANGPHRABANG: u32 = 20;

    fn corridor() -> SearchIndex<u32> {
        let names: &[(u32, &str)] = &[
            (BOTEN, "Boten"),
            (BOTEN, "磨丁"),
            (BOTEN, "ບໍ່ເຕັນ"),
            (MOHAN, "Mohan"),
            (MOHAN, "磨憨"),
            (VIENTIANE, "Vientiane"),
            (VIENTIANE, "ວຽງຈັນ"),
            (VIENTIANE, "万象"),
            (VIENTIANE, "เวียงจันทน์"),
            (LUANG_PRABANG, "Luang Prabang"),
            (LUANG_PRABANG, "ຫຼວງພະບາງ"),
            (LUANG_PRABANG, "琅勃拉邦"),
            (LUANG_PRABANG, "หลวงพระบาง"),
            (VANG_VIENG, "Vang Vieng"),
            (VANG_VIENG, "ວັງວຽງ"),
            (VANG_VIENG, "万荣"),
            (VANG_VIENG, "วังเวียง"),
            (LAO_CAI, "Lào Cai"),
            (LAO_CAI, "老街"),
            (LUANG_NAMTHA, "Luang Namtha"),
            (LUANG_NAMTHA, "琅南塔"),
            (KUNMING_SOUTH, "Kunming South"),
            (KUNMING, "Kunming"),
            (KUNMING, "昆明"),
            (XISHUANGBANNA, "Xishuangbanna"),
            (JINGHONG, "Jinghong"),
            (YUXI, "Yuxi"),
            (YUXI_SOUTH, "Yuxi South"),
            (PUER, "Puer"),
            (MOHAN_BOTEN_ZONE, "Mohan–Boten Economic Cooperation Zone"),
            (
                HEKOU_LAO_CAI_ZONE,
                "Hekou–Lao Cai Cross-Border Economic Cooperation Zone",
            ),
            (UDOMSAY, "Udomsay"),
            (JINNING_EAST, "Jinning East"),
            (KUNYANG, "Kunyang"),
            (NE_LOUANGPHRABANG, "Louangphrabang"),
        ];
        let mut index = SearchIndex::new();
        for &(key, name) in names {
            index.insert(key, name);
        }
        index
    }

    #[test]
    fn galloping_finds_where_an_id_would_sit_in_a_sorted_list() {
        let list: Vec<u32> = (0..1000).map(|n| n * 3).collect();
        for target in [0, 1, 3, 500, 2997, 2998, 5000] {
            let expected = list.partition_point(|&v| v < target);
            assert_eq!(gallop_to(&list, target), expected, "target {target}");
        }
        assert_eq!(gallop_to(&[], 7), 0);
    }

    #[test]
    fn a_name_is_found_among_many_that_share_its_words_and_digits() {
        let mut index = SearchIndex::new();
        for n in 0..200_000u32 {
            index.insert(n, &format!("site {n}"));
        }
        index.shrink_to_fit();
        assert_eq!(first(&index, "site 123456").key, 123_456);
        assert_eq!(first(&index, "SITE 77").name, "site 77");
        // A typo still finds it although far more than the typo tier's word budget share
        // its letter pairs.
        assert_eq!(first(&index, "stie 199999").key, 199_999);
    }

    #[test]
    fn removing_names_keeps_the_others_findable_under_their_own_spelling() {
        let mut index = corridor();
        let before = index.len();
        let boten = first(&index, "Boten").key;
        index.remove_where(|key| *key == boten);
        assert!(index.len() < before);
        assert!(index.query("Boten", 10).iter().all(|hit| hit.key != boten));
        assert_eq!(first(&index, "lao cai").name, "Lào Cai");
    }

    /// The corridor's names and many generated ones ("Site 12 Bãi", "站 7"), in a full and
    /// a lean index.
    fn full_and_lean() -> (SearchIndex<u32>, SearchIndex<u32>) {
        let mut full = corridor();
        let mut lean = SearchIndex::lean();
        for entry in &full.entries {
            lean.insert(entry.key, full.name(entry));
        }
        for n in 0..3000u32 {
            let name = match n % 3 {
                0 => format!("Site {n} Bãi"),
                1 => format!("站 {n}"),
                _ => format!("ບ້ານ{n}-Nam"),
            };
            full.insert(1000 + n, &name);
            lean.insert(1000 + n, &name);
        }
        (full, lean)
    }

    #[test]
    fn a_lean_index_finds_and_ranks_what_is_typed_as_the_full_index_does() {
        let (full, lean) = full_and_lean();
        let mut queries: Vec<String> = [
            "b",
            "磨",
            "ບ",
            "vien tiane",
            "laocai",
            "lào cai",
            "Luang",
            "prabang",
            "site 12",
            "site 1",
            "12 bai",
            "站 7",
            "nam",
            "0",
            "ບ້ານ1",
            "zone",
            "mohan–boten",
        ]
        .iter()
        .map(|q| (*q).to_owned())
        .collect();
        // Every piece of a few names, so prefixes, middles and ends are all asked for.
        for name in ["Kunming South", "Xishuangbanna", "Site 2001 Bãi"] {
            let chars: Vec<char> = name.chars().collect();
            for start in 0..chars.len() {
                for end in start + 1..=chars.len() {
                    queries.push(chars[start..end].iter().collect());
                }
            }
        }
        for query in &queries {
            for limit in [1, 10, 50] {
                // The full index's hits in the tiers both indexes have.
                let expected: Vec<(u32, String)> = full
                    .query(query, limit)
                    .into_iter()
                    .filter(|hit| hit.score >= SUBSTRING)
                    .map(|hit| (hit.key, hit.name))
                    .collect();
                let got: Vec<(u32, String)> = lean
                    .query(query, limit)
                    .into_iter()
                    .map(|hit| (hit.key, hit.name))
                    .collect();
                assert_eq!(got, expected, "query {query:?}, limit {limit}");
            }
        }
    }

    #[test]
    fn a_lean_index_forgives_no_typos_and_stays_lean_when_names_are_removed() {
        let (full, mut lean) = full_and_lean();
        assert_eq!(first(&full, "Botne").key, BOTEN);
        assert!(lean.query("Botne", 10).is_empty());
        lean.remove_where(|key| *key == BOTEN);
        assert!(lean.is_lean());
        assert!(lean.query("Boten", 10).iter().all(|hit| hit.key != BOTEN));
        assert_eq!(first(&lean, "lao cai").name, "Lào Cai");
    }

    #[test]
    fn only_layers_above_the_limit_get_a_lean_index() {
        assert!(!SearchIndex::<u32>::for_names(LEAN_INDEX_ABOVE).is_lean());
        assert!(SearchIndex::<u32>::for_names(LEAN_INDEX_ABOVE + 1).is_lean());
    }

    #[test]
    fn the_search_knows_which_layers_it_searches_as_spelled() {
        let mut search = AtlasSearch::default();
        let mut small = SearchIndex::new();
        small.insert(0, "Boten");
        let mut big = SearchIndex::lean();
        big.insert(0, "site 1");
        search.add_layer(LayerId(1), small);
        search.add_layer(LayerId(2), big);
        assert_eq!(search.lean_layers().collect::<Vec<_>>(), vec![LayerId(2)]);
        search.remove_layer(LayerId(2));
        assert_eq!(search.lean_layers().count(), 0);
    }

    fn keys(hits: &[SearchHit<u32>]) -> Vec<u32> {
        hits.iter().map(|hit| hit.key).collect()
    }

    fn first(index: &SearchIndex<u32>, text: &str) -> SearchHit<u32> {
        let hits = index.query(text, 10);
        assert!(!hits.is_empty(), "no hit for {text:?}");
        hits.into_iter().next().unwrap_or_else(|| unreachable!())
    }

    fn rank_of(hits: &[SearchHit<u32>], key: u32) -> Option<usize> {
        hits.iter().position(|hit| hit.key == key)
    }

    #[test]
    fn a_plain_english_name_finds_its_feature_first() {
        let hit = first(&corridor(), "boten");
        assert_eq!(hit.key, BOTEN);
        assert_eq!(hit.name, "Boten");
    }

    #[test]
    fn a_name_in_the_zone_title_ranks_below_the_place_itself() {
        let hits = corridor().query("boten", 10);
        assert_eq!(rank_of(&hits, BOTEN), Some(0));
        assert!(rank_of(&hits, MOHAN_BOTEN_ZONE).is_some_and(|r| r > 0));
    }

    #[test]
    fn chinese_finds_mohan_and_reports_the_chinese_name() {
        let hit = first(&corridor(), "磨憨");
        assert_eq!(hit.key, MOHAN);
        assert_eq!(hit.name, "磨憨");
    }

    #[test]
    fn chinese_characters_inside_a_name_are_found_without_word_breaks() {
        assert_eq!(first(&corridor(), "勃拉").key, LUANG_PRABANG);
        assert_eq!(first(&corridor(), "丁").key, BOTEN);
        let hits = corridor().query("万", 10);
        // Equal prefix scores: ordered by name, 万荣 before 万象.
        assert_eq!(keys(&hits), vec![VANG_VIENG, VIENTIANE]);
    }

    #[test]
    fn chinese_names_of_the_other_places_are_found() {
        let index = corridor();
        assert_eq!(first(&index, "万象").key, VIENTIANE);
        assert_eq!(first(&index, "琅勃拉邦").key, LUANG_PRABANG);
        assert_eq!(first(&index, "万荣").key, VANG_VIENG);
        assert_eq!(first(&index, "老街").key, LAO_CAI);
        assert_eq!(first(&index, "磨丁").key, BOTEN);
    }

    #[test]
    fn lao_finds_boten_with_or_without_its_tone_mark() {
        let index = corridor();
        let hit = first(&index, "ບໍ່ເຕັນ");
        assert_eq!(hit.key, BOTEN);
        assert_eq!(hit.name, "ບໍ່ເຕັນ");
        assert_eq!(first(&index, "ບໍເຕັນ").key, BOTEN);
    }

    #[test]
    fn lao_names_of_the_railway_towns_are_found() {
        let index = corridor();
        assert_eq!(first(&index, "ວຽງຈັນ").key, VIENTIANE);
        assert_eq!(first(&index, "ຫຼວງພະບາງ").key, LUANG_PRABANG);
        assert_eq!(first(&index, "ວັງວຽງ").key, VANG_VIENG);
    }

    #[test]
    fn lao_written_with_the_full_letter_lo_finds_the_subscript_spelling() {
        // ຫລວງ is the older spelling of ຫຼວງ ("luang").
        assert_eq!(first(&corridor(), "ຫລວງພະບາງ").key, LUANG_PRABANG);
    }

    #[test]
    fn thai_names_are_found_and_a_common_misspelling_still_works() {
        let index = corridor();
        assert_eq!(first(&index, "หลวงพระบาง").key, LUANG_PRABANG);
        assert_eq!(first(&index, "วังเวียง").key, VANG_VIENG);
        assert_eq!(first(&index, "เวียงจันทน์").key, VIENTIANE);
        // Written with ร instead of น, as on some Thai travel pages: one letter off.
        let typo = first(&index, "เวียงจันทร์");
        assert_eq!(typo.key, VIENTIANE);
        assert!(
            typo.score < SUBSTRING,
            "a misspelling ranks in the typo tier"
        );
    }

    #[test]
    fn vang_vieng_is_found_spelt_right_and_with_two_letters_swapped() {
        let index = corridor();
        let exact = first(&index, "vang vieng");
        assert_eq!(exact.key, VANG_VIENG);
        assert!(exact.score >= EXACT);
        let typo = first(&index, "vang veing");
        assert_eq!(typo.key, VANG_VIENG);
        assert!(typo.score < SUBSTRING);
        assert_eq!(first(&index, "vangveing").key, VANG_VIENG);
    }

    #[test]
    fn luang_prabang_outranks_luang_namtha() {
        let hits = corridor().query("luang prabang", 10);
        assert_eq!(rank_of(&hits, LUANG_PRABANG), Some(0));
        if let Some(namtha) = rank_of(&hits, LUANG_NAMTHA) {
            assert!(namtha > 0);
        }
        // The Natural Earth spelling is two letters away and still listed, lower.
        assert!(rank_of(&hits, NE_LOUANGPHRABANG).is_some_and(|r| r > 0));
    }

    #[test]
    fn vietnamese_name_is_found_without_typing_its_diacritics() {
        let index = corridor();
        for typed in ["lao cai", "Lào Cai", "LAO CAI", "laocai", "Lao-Cai"] {
            let hit = first(&index, typed);
            assert_eq!(hit.key, LAO_CAI, "typed {typed:?}");
            assert_eq!(hit.name, "Lào Cai");
        }
        let hits = index.query("lao cai", 10);
        assert!(rank_of(&hits, HEKOU_LAO_CAI_ZONE).is_some_and(|r| r > 0));
    }

    #[test]
    fn kunming_and_kunming_south_rank_first_and_second() {
        let hits = corridor().query("kunming", 10);
        assert_eq!(keys(&hits).get(..2), Some(&[KUNMING, KUNMING_SOUTH][..]));
    }

    #[test]
    fn typing_the_start_of_vientiane_finds_it_first() {
        let index = corridor();
        for typed in ["vi", "vie", "vien", "vient"] {
            assert_eq!(first(&index, typed).key, VIENTIANE, "typed {typed:?}");
        }
        let hits = index.query("vien", 10);
        assert!(rank_of(&hits, VANG_VIENG).is_some_and(|r| r > 0));
    }

    #[test]
    fn the_start_of_xishuangbanna_finds_it_even_with_a_slip() {
        let index = corridor();
        assert_eq!(first(&index, "xishuang").key, XISHUANGBANNA);
        assert_eq!(first(&index, "xishaung").key, XISHUANGBANNA);
    }

    #[test]
    fn tiers_rank_exact_then_prefix_then_word_prefix_then_substring_then_typos() {
        let mut index = SearchIndex::new();
        index.insert(1u32, "Yuxi");
        index.insert(2, "Yuxi South");
        index.insert(3, "North Yuxi");
        index.insert(4, "Dayuxi");
        index.insert(5, "Yuxa");
        let hits = index.query("yuxi", 10);
        assert_eq!(keys(&hits), vec![1, 2, 3, 4, 5]);
        let scores: Vec<f32> = hits.iter().map(|hit| hit.score).collect();
        assert!(scores.first().is_some_and(|s| *s >= EXACT));
        assert!(scores.get(1).is_some_and(|s| (PREFIX..EXACT).contains(s)));
        assert!(
            scores
                .get(2)
                .is_some_and(|s| (WORD_PREFIX..PREFIX).contains(s))
        );
        assert!(
            scores
                .get(3)
                .is_some_and(|s| (SUBSTRING..WORD_PREFIX).contains(s))
        );
        assert!(scores.get(4).is_some_and(|s| *s < SUBSTRING));
    }

    #[test]
    fn words_typed_out_of_order_still_find_the_name() {
        let hit = first(&corridor(), "zone mohan");
        assert_eq!(hit.key, MOHAN_BOTEN_ZONE);
    }

    #[test]
    fn each_feature_appears_once_under_its_best_name() {
        let mut index = SearchIndex::new();
        index.insert(7u32, "Vientiane");
        index.insert(7, "Vientiane Capital");
        index.insert(7, "Vientiane Prefecture");
        let hits = index.query("vientiane", 10);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits.first().map(|h| h.name.as_str()), Some("Vientiane"));
    }

    #[test]
    fn equal_scores_are_ordered_by_name_then_key() {
        let mut index = SearchIndex::new();
        index.insert(9u32, "Yuxi");
        index.insert(3, "Yuxi");
        index.insert(5, "yuxi");
        let hits = index.query("yuxi", 10);
        assert!(hits.windows(2).all(|w| w[0].score == w[1].score));
        // "Yuxi" sorts before "yuxi"; the two "Yuxi" keys by key.
        assert_eq!(keys(&hits), vec![3, 9, 5]);
        // Insertion order does not matter.
        let mut reversed = SearchIndex::new();
        reversed.insert(5u32, "yuxi");
        reversed.insert(3, "Yuxi");
        reversed.insert(9, "Yuxi");
        assert_eq!(keys(&reversed.query("yuxi", 10)), vec![3, 9, 5]);
    }

    #[test]
    fn limit_caps_the_hits_and_zero_or_blank_finds_nothing() {
        let index = corridor();
        assert_eq!(index.query("u", 3).len(), 3);
        assert!(index.query("u", 0).is_empty());
        assert!(index.query("", 10).is_empty());
        assert!(index.query("  –, ", 10).is_empty());
        assert!(index.query("qqqqqqqq", 10).is_empty());
    }

    #[test]
    fn a_pasted_paragraph_is_cut_short_and_still_finds_its_first_name() {
        let index = corridor();
        let long = format!("Vientiane {}", "and the railway to the north ".repeat(500));
        let hits = index.query(&long, 10);
        assert!(hits.iter().all(|hit| hit.score < EXACT));
        assert!(index.query(&"万".repeat(5000), 10).is_empty());
    }

    #[test]
    fn removing_a_layer_drops_its_names_and_keeps_the_others() {
        let mut index = corridor();
        let before = index.len();
        index.insert(1000, "Boten Logistics Park");
        index.insert(1001, "Boten Duty Free");
        assert_eq!(index.len(), before + 2);
        index.remove_where(|key| *key >= 1000);
        assert_eq!(index.len(), before);
        let hits = index.query("boten", 10);
        assert!(hits.iter().all(|hit| hit.key < 1000));
        assert_eq!(rank_of(&hits, BOTEN), Some(0));
        assert_eq!(first(&index, "vang veing").key, VANG_VIENG);
    }

    #[test]
    fn names_that_fold_to_nothing_are_not_indexed() {
        let mut index: SearchIndex<u32> = SearchIndex::new();
        assert!(index.is_empty());
        index.insert(1, " – ");
        assert!(index.is_empty());
        index.insert(1, "Puer");
        assert_eq!(index.len(), 1);
    }

    #[test]
    fn fold_strips_case_accents_and_punctuation() {
        assert_eq!(fold("Lào Cai"), "lao cai");
        assert_eq!(fold("Đồng Đăng"), "dong dang");
        assert_eq!(fold("Pu'er"), "puer");
        assert_eq!(fold("Mohan–Boten  (SEZ)"), "mohan boten sez");
        assert_eq!(fold("ＫＵＮＭＩＮＧ"), "kunming");
        assert_eq!(fold("Vien\u{200B}tiane"), "vientiane");
    }

    #[test]
    fn fold_separates_scripts_and_keeps_chinese_whole() {
        assert_eq!(fold("G8511昆磨高速"), "g8511 昆磨高速");
        assert_eq!(fold("Boten ບໍ່ເຕັນ"), "boten ບໍເຕັນ");
        assert_eq!(fold("磨憨口岸"), "磨憨口岸");
    }

    #[test]
    fn fold_unifies_lao_and_thai_spellings() {
        // Tone marks go, vowel signs stay.
        assert_eq!(fold("ບໍ່ເຕັນ"), "ບໍເຕັນ");
        assert_eq!(fold("เวียงจันทน์"), "เวียงจันทน์");
        assert_eq!(fold("หล่ม"), "หลม");
        // Subscript lo and the full letter, and the precomposed ໜ and its two letters.
        assert_eq!(fold("ຫຼວງ"), fold("ຫລວງ"));
        assert_eq!(fold("ໜອງ"), fold("ຫນອງ"));
        // Sara am typed as one character or as nikhahit + sara aa.
        assert_eq!(fold("น้ำ"), fold("น\u{0E4D}\u{0E32}"));
    }

    #[test]
    fn query_matches_are_deterministic_across_many_similar_names() {
        let mut index = corridor();
        for n in 0..2000u32 {
            index.insert(10_000 + n, &format!("Ban Vieng {n}"));
        }
        let a = index.query("vieng", 20);
        let b = index.query("vieng", 20);
        assert_eq!(a, b);
        assert_eq!(first(&index, "vang veing").key, VANG_VIENG);
        assert_eq!(first(&index, "vien").key, VIENTIANE);
    }
}
