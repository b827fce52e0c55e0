//! The translation layer checked against the code and the fonts: every message the code
//! asks for exists in every complete language, no locale file carries messages nothing
//! asks for, every file parses, and every character a translator wrote can be drawn by the
//! fonts inside the binary.

use egui::FontId;
use egui::epaint::text::{Fonts, TextOptions};
use fluent_bundle::FluentResource;
use mekong_atlas::data::Lang;
use mekong_atlas::i18n;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code of a source file without its unit tests (they sit after `#[cfg(test)]` and
/// may ask for ids that must not exist).
fn code_without_tests(text: &str) -> &str {
    text.find("#[cfg(test)]").map_or(text, |at| &text[..at])
}

/// Message ids written literally as the first argument of `tr(`, `tr_args(` or
/// `tr_in(Lang::X, `, the one way the module doc of `i18n` allows.
fn ids_in(code: &str) -> Vec<String> {
    let mut ids = Vec::new();
    for call in ["tr(", "tr_args(", "tr_in("] {
        let mut from = 0;
        while let Some(found) = code[from..].find(call) {
            let at = from + found;
            from = at + call.len();
            let before = code[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let mut rest = code[from..].trim_start();
            if call == "tr_in(" {
                match rest.find(',') {
                    Some(comma) => rest = rest[comma + 1..].trim_start(),
                    None => continue,
                }
            }
            let Some(literal) = rest.strip_prefix('"') else {
                continue;
            };
            if let Some(end) = literal.find('"') {
                ids.push(literal[..end].to_owned());
            }
        }
    }
    ids
}

/// Every message id the code uses: literal ids, plus the legend's ids that the style
/// module keeps in its entries.
fn used_ids() -> BTreeSet<String> {
    let mut files = Vec::new();
    rust_files(&Path::new(ROOT).join("src"), &mut files);
    assert!(files.len() > 20, "the sources were not found");
    let mut ids = BTreeSet::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        ids.extend(ids_in(code_without_tests(&text)));
    }
    ids.extend(
        mekong_atlas::style::legend_entries()
            .into_iter()
            .map(|e| e.label.to_owned()),
    );
    ids
}

/// Ids of the messages a Fluent file defines (a line starting with an identifier and `=`).
fn ids_of_file(text: &str) -> BTreeSet<String> {
    text.lines()
        .filter_map(|line| {
            let (id, _) = line.split_once('=')?;
            let id = id.trim_end();
            let well_formed = id.starts_with(|c: char| c.is_ascii_alphabetic())
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            well_formed.then(|| id.to_owned())
        })
        .collect()
}

fn locale_file(lang: Lang) -> String {
    let path = Path::new(ROOT)
        .join("assets/locales")
        .join(i18n::tag(lang))
        .join("atlas.ftl");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn the_id_scanner_finds_literal_ids_and_only_those() {
    let code =
        r#"tr("a-b"); tr_args("c", &[]); i18n::tr_in(Lang::Zh, "d", &[]); str("x"); tr(id);"#;
    assert_eq!(ids_in(code), vec!["a-b", "c", "d"]);
    assert_eq!(
        ids_of_file("# c\nmenu-file = File\n    .attr = x\nlong =\n    text\n"),
        BTreeSet::from(["menu-file".to_owned(), "long".to_owned()])
    );
}

#[test]
fn every_id_the_code_uses_is_in_every_complete_language_and_no_file_has_unused_ids() {
    let used = used_ids();
    assert!(
        used.len() > 150,
        "only {} ids found in the code",
        used.len()
    );
    for lang in i18n::COMPLETE {
        let defined = ids_of_file(&locale_file(lang));
        let missing: Vec<_> = used.difference(&defined).collect();
        assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
        let unused: Vec<_> = defined.difference(&used).collect();
        assert!(
            unused.is_empty(),
            "{lang:?} has ids no code uses: {unused:?}"
        );
        for id in &used {
            assert!(i18n::has_message(lang, id), "{lang:?} bundle lacks {id}");
        }
    }
}

#[test]
fn every_locale_file_parses_and_is_the_one_compiled_in() {
    let dirs: BTreeSet<String> = std::fs::read_dir(Path::new(ROOT).join("assets/locales"))
        .expect("assets/locales")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    let with_resources: BTreeSet<String> = i18n::WITH_RESOURCES
        .iter()
        .map(|&l| i18n::tag(l).to_owned())
        .collect();
    assert_eq!(dirs, with_resources, "a locale folder is not compiled in");
    for lang in i18n::WITH_RESOURCES {
        let text = locale_file(lang);
        assert_eq!(i18n::resource_text(lang), Some(text.as_str()));
        if let Err((_, errors)) = FluentResource::try_new(text) {
            panic!("{lang:?}: {errors:?}");
        }
    }
}

#[test]
fn every_character_of_every_locale_file_is_in_the_bundled_fonts() {
    let mut fonts = Fonts::new(TextOptions::default(), mekong_atlas::fonts::atlas_fonts());
    let font_id = FontId::proportional(14.0);
    for lang in i18n::WITH_RESOURCES {
        let text = locale_file(lang);
        let missing: BTreeSet<char> = text
            .chars()
            .filter(|c| !c.is_whitespace() && !c.is_control())
            .filter(|&c| !fonts.has_glyph(&font_id, c))
            .collect();
        assert!(missing.is_empty(), "{lang:?}: no glyph for {missing:?}");
    }
    // The check can fail: a character no bundled font has.
    assert!(!fonts.has_glyph(&font_id, '\u{10FFFD}'));
}
