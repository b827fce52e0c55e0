//! Every word of the interface in the reader's language: menus, panels, legend, notices,
//! numbers and dates.
//!
//! The atlas is used by officials and delegates who read Chinese or Lao and no English, so
//! no interface text is written in the code: the code names a message by its id, and the
//! text comes from one [Project Fluent](https://projectfluent.org) resource file per
//! language, `assets/locales/<lang>/atlas.ftl`. Translators edit those files without
//! reading Rust (the README says how); they are compiled into the binary with
//! `include_str!`, so the atlas needs no files beside it.
//!
//! # Using it from any panel
//!
//! ```ignore
//! use crate::i18n::{tr, tr_args, Arg};
//! ui.button(tr("menu-file"));
//! ui.label(tr_args("layer-feature-count", &[("count", Arg::from(12))]));
//! ```
//!
//! - Add the English text to `assets/locales/en/atlas.ftl` and the same id to every
//!   complete language (`zh`, `lo`); `tests/i18n.rs` fails when an id used in the code is
//!   missing from a complete file, or a file holds an id no code uses. It finds ids as the
//!   string literal right after `tr(` or `tr_args(`, so always write the id literally there
//!   (a `match` with one literal id per arm, never an id built with `format!`).
//! - Numbers passed as [`Arg::Number`] are written the way the language groups digits
//!   (`12,345` in English and Chinese, `12.345` in Lao); [`number`] does the same outside
//!   messages, [`date`] writes ISO dates from the data as the language writes dates
//!   (`3 December 2021`, `2021年12月3日`, `3 ທັນວາ 2021`).
//! - A message missing from a language falls back to English, never to its id, so a
//!   new language can start with a partial file. Burmese has none yet.
//!
//! # Which language
//!
//! The language of the interface is per thread ([`set_lang`]): the app sets it from its
//! state at the start of every frame, and tests running side by side in one process each
//! keep their own. Fluent was chosen over gettext-style catalogues because its messages
//! carry their own plural and gender variants per language (Chinese and Lao have no
//! plural, English does), its files are plain text a translator can read, and the
//! `fluent-bundle` crate is maintained by the Project Fluent team and builds on stable
//! Rust with no C libraries.

use crate::data::{Lang, LayerKind};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::cell::Cell;
use std::sync::LazyLock;
use unic_langid::LanguageIdentifier;

/// The languages the whole interface is written in, in the order the language menu
/// lists them: the corridor's own languages first. Every message exists in each of them
/// (`tests/i18n.rs` checks).
pub const COMPLETE: [Lang; 5] = [Lang::En, Lang::Zh, Lang::Lo, Lang::Th, Lang::Vi];

/// Languages with a resource file, complete or not (a partial file may be listed here
/// before it is in [`COMPLETE`]; its missing messages are shown in English).
pub const WITH_RESOURCES: [Lang; 5] = COMPLETE;

/// The text of each language's resource file, compiled in.
pub fn resource_text(lang: Lang) -> Option<&'static str> {
    match lang {
        Lang::En => Some(include_str!("../assets/locales/en/atlas.ftl")),
        Lang::Zh => Some(include_str!("../assets/locales/zh/atlas.ftl")),
        Lang::Lo => Some(include_str!("../assets/locales/lo/atlas.ftl")),
        Lang::Th => Some(include_str!("../assets/locales/th/atlas.ftl")),
        Lang::Vi => Some(include_str!("../assets/locales/vi/atlas.ftl")),
        Lang::My => None,
    }
}

/// The BCP 47 tag of a language, for plural rules and the system-locale match.
pub fn tag(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en",
        Lang::Zh => "zh",
        Lang::Lo => "lo",
        Lang::Th => "th",
        Lang::Vi => "vi",
        Lang::My => "my",
    }
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// Sets the interface language of the calling thread (the UI thread: the app calls this
/// every frame from its state).
pub fn set_lang(lang: Lang) {
    CURRENT.with(|c| c.set(lang));
}

/// The interface language of the calling thread.
pub fn lang() -> Lang {
    CURRENT.with(Cell::get)
}

/// A value for a placeholder in a message.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// Text put in as it is (names, file paths, error details).
    Text(String),
    /// A number: written with the language's digit grouping, and used by plural variants.
    Number(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Number(n as f64)
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Number(f64::from(n))
    }
}

impl From<i32> for Arg {
    fn from(n: i32) -> Self {
        Arg::Number(f64::from(n))
    }
}

impl From<f64> for Arg {
    fn from(n: f64) -> Self {
        Arg::Number(n)
    }
}

type Bundle = FluentBundle<FluentResource>;

/// One bundle per language with a resource file, built once on first use.
static BUNDLES: LazyLock<Vec<(Lang, Bundle)>> = LazyLock::new(|| {
    WITH_RESOURCES
        .iter()
        .filter_map(|&lang| Some((lang, build_bundle(lang)?)))
        .collect()
});

fn build_bundle(lang: Lang) -> Option<Bundle> {
    let text = resource_text(lang)?;
    let resource = match FluentResource::try_new(text.to_owned()) {
        Ok(r) => r,
        Err((r, errors)) => {
            // Keeps every message that did parse; `tests/i18n.rs` keeps the files clean.
            log::error!("{} locale file has syntax errors: {errors:?}", tag(lang));
            r
        }
    };
    let id: LanguageIdentifier = tag(lang).parse().ok()?;
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Unicode isolation marks would show as boxes in labels; our placeholders are names
    // and numbers that need none.
    bundle.set_use_isolating(false);
    let formatter: fn(&FluentValue, &_) -> Option<String> = match separators(lang) {
        ('.', _) => |v, _| formatted_number(v, '.', ','),
        _ => |v, _| formatted_number(v, ',', '.'),
    };
    bundle.set_formatter(Some(formatter));
    if let Err(errors) = bundle.add_resource(resource) {
        log::error!("{} locale file repeats ids: {errors:?}", tag(lang));
    }
    Some(bundle)
}

/// Fluent's own number formatting does not group digits; every number placed in a
/// message goes through here instead.
fn formatted_number(v: &FluentValue, group: char, decimal: char) -> Option<String> {
    match v {
        FluentValue::Number(n) => Some(group_digits(n.value, group, decimal)),
        _ => None,
    }
}

/// The thousands and decimal separators of a language (CLDR: Lao and Vietnamese group
/// with a dot and write a decimal comma; English, Chinese and Thai the other way round).
pub fn separators(lang: Lang) -> (char, char) {
    match lang {
        Lang::Lo | Lang::Vi => ('.', ','),
        _ => (',', '.'),
    }
}

/// Digits grouped by three with `group`, at most three decimals after `decimal`, no
/// trailing zeros: the one digit grouping of the atlas, behind [`number`] and the
/// distances of [`crate::measure::format_distance`].
pub fn group_digits(x: f64, group: char, decimal: char) -> String {
    if !x.is_finite() {
        return x.to_string();
    }
    let text = format!("{:.3}", x.abs());
    let (int, frac) = text.split_once('.').unwrap_or((text.as_str(), ""));
    let frac = frac.trim_end_matches('0');
    let mut out = String::with_capacity(text.len() + 4);
    if x < 0.0 && (int != "0" || !frac.is_empty()) {
        out.push('-');
    }
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i).is_multiple_of(3) {
            out.push(group);
        }
        out.push(ch);
    }
    if !frac.is_empty() {
        out.push(decimal);
        out.push_str(frac);
    }
    out
}

/// A number as the current language writes it: thousands grouped, at most three decimals,
/// no trailing zeros (`61,530,000,000`, `16.4`; in Lao `61.530.000.000`, `16,4`).
pub fn number(x: f64) -> String {
    let (group, decimal) = separators(lang());
    group_digits(x, group, decimal)
}

fn bundle_for(lang: Lang) -> Option<&'static Bundle> {
    BUNDLES.iter().find(|(l, _)| *l == lang).map(|(_, b)| b)
}

fn format_in(lang: Lang, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let bundle = bundle_for(lang)?;
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    if !errors.is_empty() {
        log::warn!("message {id} in {}: {errors:?}", tag(lang));
    }
    Some(text.into_owned())
}

/// Whether `lang`'s own resource file has the message `id` (no fallback).
pub fn has_message(lang: Lang, id: &str) -> bool {
    bundle_for(lang).is_some_and(|b| b.has_message(id))
}

/// The message `id` in the current language; in English when that language lacks it.
/// An id missing everywhere gives an empty string and a logged error, never the id itself
/// (`tests/i18n.rs` makes sure every id the code uses exists in English).
pub fn tr(id: &str) -> String {
    tr_args(id, &[])
}

/// The message `id` with placeholders filled (`{ $name }` ← `("name", Arg::from(name))`).
pub fn tr_args(id: &str, args: &[(&str, Arg)]) -> String {
    tr_in(lang(), id, args)
}

/// [`tr_args`] in a given language, whatever the thread's language.
pub fn tr_in(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let fluent_args = (!args.is_empty()).then(|| {
        let mut a = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(s) => a.set(*name, FluentValue::from(s.clone())),
                Arg::Number(n) => a.set(*name, FluentValue::Number(FluentNumber::from(*n))),
            }
        }
        a
    });
    format_in(lang, id, fluent_args.as_ref())
        .or_else(|| format_in(Lang::En, id, fluent_args.as_ref()))
        .unwrap_or_else(|| {
            log::error!("message {id} is missing from the English locale file");
            String::new()
        })
}

/// A distance in the language's units and digits: metres below 1 km, km with one decimal
/// below 100 km, whole km above (`420 km`, `420 公里`, `420 ກມ`).
pub fn distance(metres: f64) -> String {
    if !metres.is_finite() {
        return "—".to_owned();
    }
    if metres < 1000.0 {
        tr_args("unit-m", &[("value", Arg::Number(metres.round()))])
    } else if metres < 100_000.0 {
        let km = (metres / 100.0).round() / 10.0;
        tr_args("unit-km", &[("value", Arg::Number(km))])
    } else {
        let km = (metres / 1000.0).round();
        tr_args("unit-km", &[("value", Arg::Number(km))])
    }
}

/// A length in km given by the data, in the language's units and digits.
pub fn km(value: f64) -> String {
    tr_args("unit-km", &[("value", Arg::Number(value))])
}

/// The name of a built-in layer in the layer list.
pub fn layer_name(kind: LayerKind) -> String {
    match kind {
        LayerKind::Railway => tr("layer-railway"),
        LayerKind::ContextRailway => tr("layer-context-railways"),
        LayerKind::Station => tr("layer-stations"),
        LayerKind::Expressway => tr("layer-expressways"),
        LayerKind::Port => tr("layer-ports"),
        LayerKind::Zone => tr("layer-zones"),
        LayerKind::Route => tr("layer-routes"),
        LayerKind::VisitStop => tr("layer-visit"),
        LayerKind::Imported => tr("layer-imported"),
    }
}

/// What one feature of a layer is ("Station", "Border port"), for the details panel and
/// search hits.
pub fn kind_name(kind: LayerKind) -> String {
    match kind {
        LayerKind::Railway => tr("kind-railway"),
        LayerKind::ContextRailway => tr("kind-context-railway"),
        LayerKind::Station => tr("kind-station"),
        LayerKind::Expressway => tr("kind-expressway"),
        LayerKind::Port => tr("kind-port"),
        LayerKind::Zone => tr("kind-zone"),
        LayerKind::Route => tr("kind-route"),
        LayerKind::VisitStop => tr("kind-visit-stop"),
        LayerKind::Imported => tr("kind-imported"),
    }
}

/// A coded value of the corridor schema (`status`, `zone_type`, `port_kind`, `mode`; see
/// `geodata/README.md`) in words; a value the schema does not list is shown as written,
/// underscores as spaces.
pub fn value_word(key: &str, value: &str) -> String {
    let word = match (key, value) {
        ("status", "open") => tr("status-open"),
        ("status", "under_construction") => tr("status-under-construction"),
        ("status", "planned") => tr("status-planned"),
        ("status", "not_built") => tr("status-not-built"),
        ("zone_type", "cbecz") => tr("zone-type-cbecz"),
        ("zone_type", "sez") => tr("zone-type-sez"),
        ("zone_type", "ftz") => tr("zone-type-ftz"),
        ("zone_type", "logistics_base") => tr("zone-type-logistics-base"),
        ("zone_type", "industrial_park") => tr("zone-type-industrial-park"),
        ("port_kind" | "mode", "road") => tr("mode-road"),
        ("port_kind" | "mode", "rail") => tr("mode-rail"),
        ("port_kind" | "mode", "river") => tr("mode-river"),
        ("port_kind", "road_rail") => tr("mode-road-rail"),
        ("mode", "multimodal") => tr("mode-multimodal"),
        _ => value.replace('_', " "),
    };
    if word.is_empty() {
        value.replace('_', " ")
    } else {
        word
    }
}

/// A country code of the data (`CN`, `LA`, …) as the country's name in the interface
/// language, so no panel or briefing shows a bare code; unknown codes as written.
pub fn country_name(code: &str) -> String {
    match code.trim().to_ascii_uppercase().as_str() {
        "CN" => tr("country-name-cn"),
        "LA" => tr("country-name-la"),
        "MM" => tr("country-name-mm"),
        "TH" => tr("country-name-th"),
        "VN" => tr("country-name-vn"),
        "KH" => tr("country-name-kh"),
        "SG" => tr("country-name-sg"),
        "BD" => tr("country-name-bd"),
        _ => code.to_owned(),
    }
}

/// A border written as the data writes it (`CN-LA`) as the two country names (`China–Laos`);
/// anything else as written.
pub fn border_name(border: &str) -> String {
    match border.split_once('-') {
        Some((a, b)) if a.len() == 2 && b.len() == 2 => {
            format!("{}–{}", country_name(a), country_name(b))
        }
        _ => border.to_owned(),
    }
}

/// A unit written in the data, in the interface language where it is a common measure
/// (`km`, `km²`, `ha`, `t`, `years`…); currencies and counted things stay as written.
pub fn unit(unit: &str) -> String {
    match unit {
        "km" => tr("unit-name-km"),
        "m" => tr("unit-name-m"),
        "km/h" => tr("unit-name-km-per-h"),
        "km²" => tr("unit-name-km2"),
        "m²" => tr("unit-name-m2"),
        "ha" => tr("unit-name-ha"),
        "t" => tr("unit-name-t"),
        "h" => tr("unit-name-h"),
        "min" => tr("unit-name-min"),
        "days" => tr("unit-name-days"),
        "years" => tr("unit-name-years"),
        _ => unit.to_owned(),
    }
}

/// The words for "station" that Lao names in the data start with ("ສະຖານີລົດໄຟ" railway
/// station, "ສະຖານີ" station), longest first.
const LAO_STATION_PREFIXES: [&str; 2] = ["ສະຖານີລົດໄຟ", "ສະຖານີ"];

/// A feature name shortened for a map label: on a station symbol of the railway layer the
/// word "station" says nothing, so Lao `ສະຖານີ …`, Chinese `…站` and English `… Station`
/// lose it (the full name stays in the panels). Other kinds keep their names.
pub fn map_label(kind: LayerKind, name: &str) -> &str {
    if kind != LayerKind::Station {
        return name;
    }
    let mut short = name.trim();
    for prefix in LAO_STATION_PREFIXES {
        if let Some(rest) = short.strip_prefix(prefix) {
            short = rest.trim_start();
            break;
        }
    }
    for suffix in [
        "站",
        " railway station",
        " Railway Station",
        " station",
        " Station",
    ] {
        if let Some(rest) = short.strip_suffix(suffix) {
            short = rest.trim_end();
            break;
        }
    }
    if short.is_empty() { name } else { short }
}

/// [`date`] of a typed date of the corridor data.
pub fn date_of(d: crate::data::schema::Date) -> String {
    date(&d.to_string())
}

/// An ISO date from the data (`2021-12-03`, `2021-12` or `2021`) as the current language
/// writes dates; anything else (free text such as "late 2019") is returned unchanged.
pub fn date(iso: &str) -> String {
    let parts: Vec<&str> = iso.trim().split('-').collect();
    let numeric = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if parts.is_empty() || parts.len() > 3 || !parts.iter().all(|p| numeric(p)) {
        return iso.to_owned();
    }
    let Some(&year) = parts.first() else {
        return iso.to_owned();
    };
    if year.len() != 4 {
        return iso.to_owned();
    }
    let month = parts.get(1).and_then(|m| m.parse::<u8>().ok());
    let day = parts.get(2).and_then(|d| d.parse::<u8>().ok());
    let (Some(month), day) = (month, day) else {
        return year.to_owned();
    };
    let Some(month_name) = month_name(month) else {
        return iso.to_owned();
    };
    let mut args = vec![
        ("year", Arg::from(year)),
        ("month", Arg::from(month_name)),
        ("monthnum", Arg::from(month.to_string())),
    ];
    match day {
        Some(d) if (1..=31).contains(&d) => {
            args.push(("day", Arg::from(d.to_string())));
            tr_args("date-day-month-year", &args)
        }
        Some(_) => iso.to_owned(),
        None => tr_args("date-month-year", &args),
    }
}

fn month_name(month: u8) -> Option<String> {
    Some(match month {
        1 => tr("month-1"),
        2 => tr("month-2"),
        3 => tr("month-3"),
        4 => tr("month-4"),
        5 => tr("month-5"),
        6 => tr("month-6"),
        7 => tr("month-7"),
        8 => tr("month-8"),
        9 => tr("month-9"),
        10 => tr("month-10"),
        11 => tr("month-11"),
        12 => tr("month-12"),
        _ => return None,
    })
}

/// The interface language a first start should use: the system's (`LC_ALL`,
/// `LC_MESSAGES`, `LANG`, or the platform's setting) when it is a complete language of
/// the atlas, else English.
pub fn system_lang() -> Lang {
    let from_env = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty() && v != "C" && v != "POSIX");
    let locale = from_env.or_else(sys_locale::get_locale);
    locale.as_deref().map(lang_for_locale).unwrap_or(Lang::En)
}

/// The complete language a locale name (`zh_CN.UTF-8`, `lo-LA`, `en_GB`) stands for.
pub fn lang_for_locale(locale: &str) -> Lang {
    let primary = locale
        .split(['_', '-', '.', '@'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    COMPLETE
        .into_iter()
        .find(|&l| tag(l) == primary)
        .unwrap_or(Lang::En)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_are_grouped_the_way_each_language_writes_them() {
        assert_eq!(group_digits(61_530_000_000.0, ',', '.'), "61,530,000,000");
        assert_eq!(group_digits(16.4, ',', '.'), "16.4");
        assert_eq!(group_digits(-58.2, ',', '.'), "-58.2");
        assert_eq!(group_digits(1022.0, ',', '.'), "1,022");
        assert_eq!(group_digits(999.0, ',', '.'), "999");
        set_lang(Lang::Lo);
        assert_eq!(number(1_234_567.5), "1.234.567,5");
        set_lang(Lang::Zh);
        assert_eq!(number(1_234_567.5), "1,234,567.5");
    }

    #[test]
    fn dates_follow_the_language() {
        set_lang(Lang::En);
        assert_eq!(date("2021-12-03"), "3 December 2021");
        assert_eq!(date("2019-12"), "December 2019");
        assert_eq!(date("2021"), "2021");
        assert_eq!(date("late 2019"), "late 2019");
        assert_eq!(date("2021-13-01"), "2021-13-01");
        set_lang(Lang::Zh);
        assert_eq!(date("2021-12-03"), "2021年12月3日");
        assert_eq!(date("2019-12"), "2019年12月");
        set_lang(Lang::Lo);
        assert_eq!(date("2021-12-03"), "3 ທັນວາ 2021");
    }

    #[test]
    fn a_missing_message_falls_back_to_english_and_never_shows_its_id() {
        set_lang(Lang::My);
        assert_eq!(tr("menu-file"), tr_in(Lang::En, "menu-file", &[]));
        assert_eq!(tr("no-such-message"), "");
    }

    #[test]
    fn counts_choose_the_plural_form_and_are_grouped() {
        let n = |count: usize| tr_in(Lang::En, "layer-feature-count", &[("count", count.into())]);
        assert_eq!(n(1), "1 feature");
        assert_eq!(n(12_000), "12,000 features");
        let zh = tr_in(
            Lang::Zh,
            "layer-feature-count",
            &[("count", 12_000usize.into())],
        );
        assert!(zh.contains("12,000"), "{zh}");
        let lo = tr_in(
            Lang::Lo,
            "layer-feature-count",
            &[("count", 12_000usize.into())],
        );
        assert!(lo.contains("12.000"), "{lo}");
    }

    #[test]
    fn station_labels_lose_the_word_station() {
        let s = LayerKind::Station;
        assert_eq!(map_label(s, "ສະຖານີ ບໍ່ເຕັນ"), "ບໍ່ເຕັນ");
        assert_eq!(map_label(s, "ສະຖານີນາເຕີຍ"), "ນາເຕີຍ");
        assert_eq!(map_label(s, "ສະຖານີລົດໄຟບໍ່ເຕັນ"), "ບໍ່ເຕັນ");
        assert_eq!(map_label(s, "昆明南站"), "昆明南");
        assert_eq!(map_label(s, "Vientiane Station"), "Vientiane");
        assert_eq!(map_label(s, "站"), "站");
        assert_eq!(map_label(s, "Mohan"), "Mohan");
        assert_eq!(map_label(LayerKind::Port, "ສະຖານີລົດໄຟບໍ່ເຕັນ"), "ສະຖານີລົດໄຟບໍ່ເຕັນ");
    }

    #[test]
    fn the_system_locale_picks_one_of_our_languages() {
        assert_eq!(lang_for_locale("zh_CN.UTF-8"), Lang::Zh);
        assert_eq!(lang_for_locale("lo-LA"), Lang::Lo);
        assert_eq!(lang_for_locale("en_GB"), Lang::En);
        assert_eq!(lang_for_locale("fr_FR.UTF-8"), Lang::En);
        assert_eq!(lang_for_locale(""), Lang::En);
    }
}
