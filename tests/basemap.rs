//! The basemap as a reader meets it: the names it prints in the corridor's view (no codes,
//! no wrong towns, no repeats), every country on screen named, the great river named along
//! its course, in the chosen language.

use std::sync::OnceLock;

use egui::{Context, Pos2, Rect, vec2};
use mekong_atlas::data::Lang;
use mekong_atlas::data::basemap::{BasemapData, PlaceKind, looks_like_code};
use mekong_atlas::map::Viewport;
use mekong_atlas::map::camera::{CORRIDOR_BOUNDS, fit};
use mekong_atlas::map::labels::{Obstacles, PlacedLabel, basemap_labels, place_and_draw_all};

fn data() -> &'static BasemapData {
    static DATA: OnceLock<BasemapData> = OnceLock::new();
    DATA.get_or_init(|| BasemapData::embedded().expect("the embedded basemap parses"))
}

/// The lon/lat box the audit covers: the Kunming–Vientiane corridor and its neighbours
/// as the start view shows them (Myanmar's Shan State to Hanoi, Lijiang to Vientiane).
const AUDIT_WEST: f64 = 94.0;
const AUDIT_EAST: f64 = 110.0;
const AUDIT_SOUTH: f64 = 14.0;
const AUDIT_NORTH: f64 = 28.0;

fn in_box(lon: f64, lat: f64) -> bool {
    (AUDIT_WEST..=AUDIT_EAST).contains(&lon) && (AUDIT_SOUTH..=AUDIT_NORTH).contains(&lat)
}

/// The start view: the corridor framed in a window of `width`×`height` (the map takes
/// the window less the menu and status bars).
fn start_view(width: f32, height: f32) -> Viewport {
    let size = vec2(width, height - 68.0);
    let view = fit(CORRIDOR_BOUNDS, size, 24.0);
    Viewport::new(
        Rect::from_min_size(Pos2::new(0.0, 34.0), size),
        geo::Coord {
            x: view.lon,
            y: view.lat,
        },
        view.zoom,
    )
}

/// Places the basemap labels of `viewport` as the map does and returns what was placed.
fn placed(viewport: &Viewport, lang: Lang) -> Vec<PlacedLabel> {
    let ctx = Context::default();
    mekong_atlas::fonts::install(&ctx);
    let mut out = Vec::new();
    let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
        let painter = ui.painter().with_clip_rect(viewport.rect);
        let labels = basemap_labels(viewport, data(), lang);
        out = place_and_draw_all(&painter, labels, &Obstacles::default());
    });
    output.textures_delta.clear(); // no renderer here
    out
}

#[test]
fn no_basemap_name_in_the_box_looks_like_a_code() {
    let mut names = Vec::new();
    for p in data().places().iter().filter(|p| in_box(p.lon, p.lat)) {
        names.extend(
            [Some(&p.name), p.name_zh.as_ref(), p.name_lo.as_ref()]
                .into_iter()
                .flatten(),
        );
    }
    for r in data().rivers() {
        names.push(&r.names.name);
    }
    assert!(names.len() > 100, "only {} names", names.len());
    let codes: Vec<_> = names.iter().filter(|n| looks_like_code(n)).collect();
    assert!(codes.is_empty(), "{codes:?}");
    assert!(looks_like_code("MMR-99 (Myanmar minor island)"));
    assert!(!looks_like_code("Boten"));
}

#[test]
fn baise_and_wenshan_carry_their_right_names() {
    let near = |lon: f64, lat: f64| {
        data()
            .places()
            .iter()
            .find(|p| {
                p.kind == PlaceKind::City
                    && (p.lon - lon).abs() < 0.05
                    && (p.lat - lat).abs() < 0.05
            })
            .expect("a town there")
    };
    // Baise, Guangxi: 23.90°N 106.61°E (Natural Earth point).
    let baise = near(106.613, 23.90);
    assert_eq!(baise.name, "Baise");
    assert_eq!(baise.name_zh.as_deref(), Some("百色"));
    // Wenshan, Yunnan: 23.37°N 104.25°E.
    let wenshan = near(104.25, 23.372);
    assert_eq!(wenshan.name, "Wenshan");
    assert_eq!(wenshan.name_zh.as_deref(), Some("文山"));
    let wrong = ["Baicheng", "Kaihua County", "Tengyue Town"];
    assert!(
        data()
            .places()
            .iter()
            .all(|p| !wrong.contains(&p.name.as_str()))
    );
}

#[test]
fn no_name_is_printed_twice_in_the_box() {
    for lang in [Lang::En, Lang::Zh] {
        let labels = placed(&start_view(1920.0, 1080.0), lang);
        let mut texts: Vec<&str> = labels.iter().map(|l| l.text.as_str()).collect();
        let n = texts.len();
        texts.sort_unstable();
        texts.dedup();
        // A river may be named more than once along its course; nothing else.
        let rivers: Vec<String> = data()
            .rivers()
            .iter()
            .flat_map(|r| {
                [
                    r.names.name.clone(),
                    r.names.name_zh.clone().unwrap_or_default(),
                ]
            })
            .collect();
        let repeated: Vec<&PlacedLabel> = labels
            .iter()
            .filter(|l| !rivers.contains(&l.text))
            .filter(|l| labels.iter().filter(|m| m.text == l.text).count() > 1)
            .collect();
        assert!(repeated.is_empty(), "{lang:?}: {repeated:?} ({n} labels)");
    }
}

#[test]
fn every_country_in_the_start_view_is_named() {
    for (w, h) in [(1366.0, 768.0), (1920.0, 1080.0)] {
        let view = start_view(w, h);
        let labels = placed(&view, Lang::En);
        let texts: Vec<&str> = labels.iter().map(|l| l.text.as_str()).collect();
        for country in ["CHINA", "LAOS", "MYANMAR", "THAILAND", "VIET NAM"] {
            assert!(
                texts.contains(&country),
                "{w}×{h}: {country} missing from {texts:?}"
            );
        }
        // Every country with land well inside the view is named.
        for area in data().countries() {
            let inner = view.rect.shrink(80.0);
            let on_screen = (0..20).any(|i| {
                (0..12).any(|j| {
                    let p = inner.min
                        + vec2(
                            inner.width() * i as f32 / 19.0,
                            inner.height() * j as f32 / 11.0,
                        );
                    let c = view.unproject(p);
                    area.contains(c.x, c.y)
                })
            });
            if on_screen {
                let name = area.name.to_uppercase();
                assert!(texts.contains(&name.as_str()), "{w}×{h}: {name} not named");
            }
        }
    }
}

#[test]
fn countries_are_named_in_chinese_when_chinese_is_chosen() {
    let labels = placed(&start_view(1366.0, 768.0), Lang::Zh);
    let texts: Vec<&str> = labels.iter().map(|l| l.text.as_str()).collect();
    for country in ["中国", "老挝", "缅甸", "泰国", "越南"] {
        assert!(texts.contains(&country), "{country} missing from {texts:?}");
    }
}

#[test]
fn the_mekong_is_named_along_its_course_at_the_start_view() {
    for lang in [Lang::En, Lang::Zh] {
        let labels = placed(&start_view(1366.0, 768.0), lang);
        let texts: Vec<&str> = labels.iter().map(|l| l.text.as_str()).collect();
        let (china, below) = match lang {
            Lang::Zh => ("澜沧江", "湄公河"),
            _ => ("Lancang Jiang", "Mekong"),
        };
        assert!(
            texts.contains(&china),
            "{lang:?}: {china} missing from {texts:?}"
        );
        assert!(
            texts.contains(&below),
            "{lang:?}: {below} missing from {texts:?}"
        );
    }
}

#[test]
fn the_lancang_is_named_so_only_inside_china() {
    let china = data()
        .countries()
        .iter()
        .find(|c| c.name == "China")
        .expect("China's area");
    let mut lancang_points = 0;
    for r in data().rivers().iter().filter(|r| r.mekong) {
        // Each stretch starts at the last point of the one before it.
        let inside = r
            .line
            .iter()
            .skip(1)
            .filter(|p| china.contains(p[0], p[1]))
            .count();
        let n = r.line.len() - 1;
        match r.names.name.as_str() {
            "Lancang Jiang" => {
                assert_eq!(inside, n, "Lancang stretch leaves China");
                lancang_points += n;
            }
            "Mekong" => assert_eq!(inside, 0, "Mekong stretch inside China"),
            other => panic!("unexpected name {other}"),
        }
    }
    // Most of the river's 1:10m line north of the tripoint (21.14°N) is in China.
    assert!(lancang_points > 300, "{lancang_points}");
}

#[test]
fn country_names_stay_on_screen_when_zoomed_in_at_the_border() {
    // Mohan–Boten at zoom 12: both countries are on screen and named there.
    let view = Viewport::new(
        Rect::from_min_size(Pos2::ZERO, vec2(1366.0, 700.0)),
        geo::Coord {
            x: 101.677,
            y: 21.18,
        },
        12.0,
    );
    let labels = placed(&view, Lang::En);
    for country in ["CHINA", "LAOS"] {
        let label = labels
            .iter()
            .find(|l| l.text == country)
            .unwrap_or_else(|| panic!("{country} not named at z12: {labels:?}"));
        assert!(view.rect.contains_rect(label.rect));
        let c = view.unproject(label.rect.center());
        let area = data()
            .countries()
            .iter()
            .find(|a| a.name.eq_ignore_ascii_case(country))
            .expect("the country's area");
        assert!(
            area.contains(c.x, c.y),
            "{country} label outside the country"
        );
    }
}
