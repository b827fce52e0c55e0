//! The fonts the atlas carries inside its binary.
//!
//! Place names along the corridor are written in Chinese, Lao, Thai, Vietnamese, Burmese
//! and Khmer, and the laptops at border sites often have no fonts for half of those
//! scripts. egui draws nothing but the fonts it is given (the `system_fonts` feature of
//! eframe is off), so the atlas embeds Noto fonts for every script it shows. They are made
//! by `tools/subset_fonts.py`; `assets/fonts/README.md` lists each file, its Debian
//! package and its checksum, and `assets/fonts/OFL.txt` is their licence.
//!
//! egui 0.37 reads fonts with skrifa, which draws TrueType (`glyf`) and CFF outlines
//! alike, and shapes every run with harfrust, so the complex scripts (Lao, Thai,
//! Myanmar, Khmer) get their mark positioning and reordering from the fonts' own
//! OpenType tables.

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily};

/// Key of Noto Sans Regular in [`FontDefinitions::font_data`]: the Latin font, with
/// every precomposed Vietnamese vowel, so Latin and Vietnamese text come out of one
/// face with one set of metrics.
pub const LATIN_FONT: &str = "noto-sans";
/// Key of Noto Sans Bold, the first font of [`BOLD_FAMILY`].
pub const LATIN_BOLD_FONT: &str = "noto-sans-bold";
/// Key of Noto Sans Lao.
pub const LAO_FONT: &str = "noto-sans-lao";
/// Key of Noto Sans Thai.
pub const THAI_FONT: &str = "noto-sans-thai";
/// Key of Noto Sans Myanmar (Burmese).
pub const MYANMAR_FONT: &str = "noto-sans-myanmar";
/// Key of Noto Sans Khmer.
pub const KHMER_FONT: &str = "noto-sans-khmer";
/// Key of the Noto Sans CJK SC subset (GB 2312 plus every hanzi in the geodata). Last of
/// the bundled fonts because its many glyphs include Latin and symbols drawn in a
/// Chinese style that should only show when no other font has them.
pub const CJK_SC_FONT: &str = "noto-sans-cjk-sc";

/// Name of the extra family whose first font is Noto Sans Bold, for headings and
/// emphasised labels: use it through [`bold_family`]. Its fallbacks are the same
/// regular script fonts as [`FontFamily::Proportional`], since bold Lao, Thai, Burmese,
/// Khmer and Chinese would add megabytes for little gain on a map.
pub const BOLD_FAMILY: &str = "bold";

/// The bundled font files, in the order they are tried for a missing character:
/// Latin first, then the scripts of the corridor, Chinese last.
const SCRIPT_FONTS: [(&str, &[u8]); 6] = [
    (
        LATIN_FONT,
        include_bytes!("../assets/fonts/NotoSans-Regular.ttf"),
    ),
    (
        LAO_FONT,
        include_bytes!("../assets/fonts/NotoSansLao-Regular.ttf"),
    ),
    (
        THAI_FONT,
        include_bytes!("../assets/fonts/NotoSansThai-Regular.ttf"),
    ),
    (
        MYANMAR_FONT,
        include_bytes!("../assets/fonts/NotoSansMyanmar-Regular.ttf"),
    ),
    (
        KHMER_FONT,
        include_bytes!("../assets/fonts/NotoSansKhmer-Regular.ttf"),
    ),
    (
        CJK_SC_FONT,
        include_bytes!("../assets/fonts/NotoSansCJKsc-Regular.otf"),
    ),
];

const LATIN_BOLD_BYTES: &[u8] = include_bytes!("../assets/fonts/NotoSans-Bold.ttf");

/// The family to put in a [`egui::FontId`] for bold text, e.g.
/// `egui::FontId::new(16.0, fonts::bold_family())`. Only usable after [`install`]
/// (or after `ctx.set_fonts(atlas_fonts())`): before that egui does not know the name.
pub fn bold_family() -> FontFamily {
    FontFamily::Name(BOLD_FAMILY.into())
}

/// Every font the atlas uses, so that labels in all six scripts of the corridor render
/// on a machine that has none of them installed.
///
/// Fallback order, tried per character:
/// - [`FontFamily::Proportional`]: Noto Sans, Lao, Thai, Myanmar, Khmer, CJK SC, then
///   egui's own proportional fonts (Ubuntu-Light, the egui icons and, when enabled,
///   the emoji fonts).
/// - [`FontFamily::Monospace`]: egui's monospace font (Hack) first so code and
///   coordinates keep fixed-width digits, then the same bundled fonts, then the rest of
///   egui's monospace list.
/// - [`BOLD_FAMILY`]: Noto Sans Bold, then the same list as proportional.
///
/// The font bytes are static (`include_bytes!`), so this costs no I/O and no copy of
/// the font files; building it allocates only the small tables.
pub fn atlas_fonts() -> FontDefinitions {
    let mut definitions = FontDefinitions::default();
    let egui_proportional = definitions
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    let egui_monospace = definitions
        .families
        .get(&FontFamily::Monospace)
        .cloned()
        .unwrap_or_default();

    for (name, bytes) in SCRIPT_FONTS {
        definitions
            .font_data
            .insert(name.to_owned(), Arc::new(FontData::from_static(bytes)));
    }
    definitions.font_data.insert(
        LATIN_BOLD_FONT.to_owned(),
        Arc::new(FontData::from_static(LATIN_BOLD_BYTES)),
    );

    let bundled: Vec<String> = SCRIPT_FONTS
        .iter()
        .map(|(name, _)| (*name).to_owned())
        .collect();

    let proportional = chain_without_repeats([bundled.clone(), egui_proportional.clone()]);
    let (monospace_head, monospace_rest) = match egui_monospace.split_first() {
        Some((head, rest)) => (vec![head.clone()], rest.to_vec()),
        None => (Vec::new(), Vec::new()),
    };
    let monospace = chain_without_repeats([monospace_head, bundled.clone(), monospace_rest]);
    let bold =
        chain_without_repeats([vec![LATIN_BOLD_FONT.to_owned()], bundled, egui_proportional]);

    definitions
        .families
        .insert(FontFamily::Proportional, proportional);
    definitions
        .families
        .insert(FontFamily::Monospace, monospace);
    definitions.families.insert(bold_family(), bold);
    definitions
}

/// Make `ctx` draw text with [`atlas_fonts`]. Call it once when the app starts
/// (e.g. in the eframe creation callback): egui compares the whole font set, megabytes
/// of font bytes, each time fonts are set. The fonts take effect from the next pass.
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(atlas_fonts());
}

/// Concatenate font name lists, keeping only the first mention of each name, so a font
/// egui already lists is not tried twice.
fn chain_without_repeats<const N: usize>(lists: [Vec<String>; N]) -> Vec<String> {
    let mut chained: Vec<String> = Vec::new();
    for name in lists.into_iter().flatten() {
        if !chained.contains(&name) {
            chained.push(name);
        }
    }
    chained
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::epaint::text::{Fonts, TextOptions};
    use egui::{Color32, FontId};

    /// Place names of the corridor in each script the atlas must draw.
    const SAMPLES: [(&str, &str); 6] = [
        ("Chinese", "磨憨 西双版纳 万象"),
        ("Lao", "ບໍ່ເຕັນ ວຽງຈັນ ຫຼວງພະບາງ"),
        ("Thai", "หนองคาย เชียงของ"),
        ("Vietnamese", "Lào Cai Hà Nội"),
        ("Burmese", "မူဆယ်"),
        ("Khmer", "ប៉ោយប៉ែត"),
    ];

    fn bundled_fonts_only() -> Fonts {
        Fonts::new(TextOptions::default(), atlas_fonts())
    }

    fn family_names(definitions: &FontDefinitions, family: &FontFamily) -> Vec<String> {
        definitions
            .families
            .get(family)
            .cloned()
            .unwrap_or_default()
    }

    #[test]
    fn every_sample_script_has_glyphs_in_every_family() {
        let mut fonts = bundled_fonts_only();
        for family in [
            FontFamily::Proportional,
            FontFamily::Monospace,
            bold_family(),
        ] {
            let font_id = FontId::new(14.0, family.clone());
            for (script, sample) in SAMPLES {
                let missing: Vec<char> = sample
                    .chars()
                    .filter(|&c| !fonts.has_glyph(&font_id, c))
                    .collect();
                assert!(
                    fonts.has_glyphs(&font_id, sample) && missing.is_empty(),
                    "{script} sample {sample:?} in {family:?} lacks glyphs for {missing:?}"
                );
            }
        }
    }

    #[test]
    fn egui_default_fonts_alone_lack_the_corridor_scripts() {
        // Guards the test above: it proves something only if egui's own fonts would fail.
        let mut fonts = Fonts::new(TextOptions::default(), FontDefinitions::default());
        let font_id = FontId::proportional(14.0);
        for (script, sample) in SAMPLES {
            if script == "Vietnamese" {
                continue; // Ubuntu-Light has the Vietnamese vowels
            }
            assert!(
                !fonts.has_glyphs(&font_id, sample),
                "egui's default fonts unexpectedly cover the {script} sample"
            );
        }
    }

    #[test]
    fn each_script_is_drawn_by_its_own_noto_font() {
        let mut fonts = bundled_fonts_only();
        let mut view = fonts.with_pixels_per_point(1.0);
        let characters = view.characters(&FontFamily::Proportional).clone();
        let first_font_for = |c: char| {
            characters
                .get(&c)
                .and_then(|names| names.first())
                .cloned()
                .unwrap_or_default()
        };
        assert_eq!(first_font_for('ạ'), LATIN_FONT);
        assert_eq!(first_font_for('ບ'), LAO_FONT);
        assert_eq!(first_font_for('ข'), THAI_FONT);
        assert_eq!(first_font_for('မ'), MYANMAR_FONT);
        assert_eq!(first_font_for('ប'), KHMER_FONT);
        assert_eq!(first_font_for('磨'), CJK_SC_FONT);
        assert_eq!(first_font_for('，'), CJK_SC_FONT); // full-width comma
    }

    #[test]
    fn fallback_order_is_latin_then_scripts_then_cjk_then_egui_defaults() {
        let definitions = atlas_fonts();
        let egui_defaults = FontDefinitions::default();
        let bundled = [
            LATIN_FONT,
            LAO_FONT,
            THAI_FONT,
            MYANMAR_FONT,
            KHMER_FONT,
            CJK_SC_FONT,
        ];

        let proportional = family_names(&definitions, &FontFamily::Proportional);
        assert_eq!(&proportional[..bundled.len()], bundled);
        for name in family_names(&egui_defaults, &FontFamily::Proportional) {
            assert!(proportional.contains(&name), "egui's {name} was dropped");
        }

        let monospace = family_names(&definitions, &FontFamily::Monospace);
        let egui_monospace = family_names(&egui_defaults, &FontFamily::Monospace);
        assert_eq!(monospace.first(), egui_monospace.first());
        assert_eq!(&monospace[1..=bundled.len()], bundled);

        let bold = family_names(&definitions, &bold_family());
        assert_eq!(bold.first().map(String::as_str), Some(LATIN_BOLD_FONT));
        assert_eq!(&bold[1..=bundled.len()], bundled);

        for family in [proportional, monospace, bold] {
            let mut unique = family.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(
                unique.len(),
                family.len(),
                "a font is listed twice: {family:?}"
            );
            for name in &family {
                assert!(
                    definitions.font_data.contains_key(name),
                    "{name} has no data"
                );
            }
        }
    }

    #[test]
    fn cjk_outlines_rasterise_into_visible_glyphs() {
        // The CJK font keeps Debian's CFF outlines; every hanzi must come out as a bitmap.
        let mut fonts = bundled_fonts_only();
        let galley = fonts.with_pixels_per_point(1.0).layout_no_wrap(
            "磨憨西双版纳万象".to_owned(),
            FontId::proportional(20.0),
            Color32::WHITE,
        );
        let glyphs: Vec<_> = galley
            .rows
            .iter()
            .flat_map(|row| row.glyphs.iter())
            .collect();
        assert_eq!(glyphs.len(), 8);
        for glyph in glyphs {
            assert!(
                !glyph.uv_rect.is_nothing() && glyph.uv_rect.size.y > 8.0,
                "{} was not drawn: {:?}",
                glyph.chr,
                glyph.uv_rect
            );
        }
    }

    #[test]
    fn install_hands_the_bundled_fonts_to_egui() {
        let ctx = egui::Context::default();
        install(&ctx);
        let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
        output.textures_delta.clear(); // no renderer here to upload the font atlas to
        let definitions_match = ctx.fonts(|fonts| fonts.definitions() == &atlas_fonts());
        assert!(definitions_match);
        let lao_drawable =
            ctx.fonts_mut(|fonts| fonts.has_glyphs(&FontId::proportional(14.0), "ວຽງຈັນ"));
        assert!(lao_drawable);
    }

    #[test]
    fn lao_is_shaped_into_fewer_drawn_glyphs_than_characters() {
        // Noto Sans Lao's `ccmp` joins a vowel sign above and a tone mark that follows
        // it (ໍ + ່ in ບໍ່) into one glyph. Drawn glyph by glyph without shaping, or with
        // the font's GSUB table lost, each of the 22 letters would get a glyph of its own.
        // egui keeps one `Glyph` per character for cursors, so the joined-in character
        // shows up as an empty continuation glyph.
        let (_, lao) = SAMPLES[1];
        let mut fonts = bundled_fonts_only();
        let galley = fonts.with_pixels_per_point(1.0).layout_no_wrap(
            lao.to_owned(),
            FontId::proportional(40.0),
            Color32::WHITE,
        );
        let letters = lao.chars().filter(|c| !c.is_whitespace()).count();
        let drawn = galley
            .rows
            .iter()
            .flat_map(|row| row.glyphs.iter())
            .filter(|glyph| !glyph.uv_rect.is_nothing())
            .count();
        assert_eq!(letters, 22);
        assert!(
            drawn < letters,
            "{drawn} glyphs drawn for {letters} Lao letters: the text was not shaped"
        );
    }
}
