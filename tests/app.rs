//! The atlas driven as a person would: headless with egui_kittest, through the same
//! `logic` + `ui` the window runs, with queries by label (which also exercises
//! accessibility). State checks prove behaviour; a few snapshots show what a person sees.

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use egui_kittest::{Harness, SnapshotResults};
use mekong_atlas::app::AtlasApp;
use mekong_atlas::data::{FeatureId, Lang};
use mekong_atlas::state::{Settings, Tab};
use std::time::{Duration, Instant};

const SIZE: (f32, f32) = (1366.0, 768.0);

fn harness() -> Harness<'static, AtlasApp> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(SIZE.0, SIZE.1))
        .build_eframe(|cc| {
            let mut app = AtlasApp::with_settings(&cc.egui_ctx, &Settings::default());
            app.dialogs = false;
            app
        });
    h.run_steps(3);
    h
}

/// Steps until the basemap has drawn every tile it asked for and the camera has landed.
fn settle(h: &mut Harness<'_, AtlasApp>) {
    let deadline = Instant::now() + HANG_GUARD;
    while Instant::now() < deadline {
        h.step();
        let app = h.state();
        if app.map.tiles_pending() == 0 && !app.map.flying() {
            h.run_steps(2);
            if h.state().map.tiles_pending() == 0 {
                return;
            }
        }
        std::thread::sleep(Duration::from_millis(15));
    }
    panic!("the map did not settle");
}

/// How long a wait on background work may take before it counts as a hang: a guard, not a
/// timing check (tiles are drawn on worker threads, slowly when every test runs at once).
const HANG_GUARD: Duration = Duration::from_secs(120);

fn feature_id(app: &AtlasApp, id: &str) -> FeatureId {
    app.state
        .atlas()
        .find_by_id(id)
        .unwrap_or_else(|| panic!("{id} is not in the built-in data"))
}

/// Clicks at a screen position (press and release).
fn click_at(h: &mut Harness<'_, AtlasApp>, pos: egui::Pos2) {
    press_at(h, pos, egui::PointerButton::Primary);
}

/// Presses and releases `button` at a screen position, as a mouse would.
fn press_at(h: &mut Harness<'_, AtlasApp>, pos: egui::Pos2, button: egui::PointerButton) {
    h.hover_at(pos);
    h.step();
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos,
            button,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
    }
    h.run_steps(2);
}

#[test]
fn the_atlas_starts_framed_on_the_corridor_with_its_layer_panel() {
    let mut h = harness();
    h.get_by_role_and_label(Role::Label, "Layers");
    for layer in [
        "China–Laos railway",
        "Stations",
        "Border ports",
        "Economic zones",
    ] {
        h.get_by_role_and_label(Role::CheckBox, &format!("Show or hide {layer}"));
    }
    // Kunming (24.9N) and Vientiane (18.0N) are both in the first view.
    let v = h.state().map.last_viewport.expect("the map was drawn");
    for (lon, lat) in [(102.83, 24.88), (102.60, 17.97)] {
        let p = v.project(geo::Coord { x: lon, y: lat });
        assert!(v.rect.contains(p), "({lon}, {lat}) is off screen at {p:?}");
    }
    settle(&mut h);
}

#[test]
fn clicking_a_drawn_station_selects_it_and_shows_its_details() {
    let mut h = harness();
    let boten = feature_id(h.state(), "station-luang-prabang");
    // Fly close so the symbol is clear of its neighbours.
    h.state_mut().state.select_and_fly(boten);
    settle(&mut h);
    h.state_mut().state.select(None);
    h.run_steps(2);
    let app = h.state();
    let v = app.map.last_viewport.expect("drawn");
    let Some(geo::Geometry::Point(p)) = &app.state.feature(boten).and_then(|f| f.geometry.clone())
    else {
        panic!("Boten station has no position");
    };
    let at = v.project(p.0);
    click_at(&mut h, at);
    assert_eq!(h.state().state.selection(), Some(boten));
    assert_eq!(h.state().state.tab, Tab::Details);
    h.get_by_label_contains("Chainage: km");
}

#[test]
fn a_hidden_layer_is_neither_drawn_nor_clickable() {
    let mut h = harness();
    let boten = feature_id(h.state(), "station-boten");
    h.state_mut().state.select_and_fly(boten);
    settle(&mut h);
    h.state_mut().state.select(None);
    let layer = boten.layer;
    // Untick the Stations layer in the panel, as a user would.
    h.get_by_role_and_label(Role::CheckBox, "Show or hide Stations")
        .click();
    h.run_steps(2);
    assert!(!h.state().state.layer_settings(layer).visible);
    let app = h.state();
    let v = app.map.last_viewport.expect("drawn");
    let Some(geo::Geometry::Point(p)) = app.state.feature(boten).and_then(|f| f.geometry.clone())
    else {
        panic!("Boten station has no position");
    };
    click_at(&mut h, v.project(p.0));
    let sel = h.state().state.selection();
    assert!(
        sel.is_none_or(|s| s.layer != layer),
        "a hidden station was selected: {sel:?}"
    );
}

#[test]
fn typing_boten_and_enter_selects_boten_and_moves_the_map() {
    let mut h = harness();
    let before = h.state().map.view();
    let search = h.get_by_role(Role::TextInput);
    search.click();
    h.run_steps(1);
    h.get_by_role(Role::TextInput).type_text("boten");
    h.run_steps(2);
    h.key_press(egui::Key::Enter);
    h.run_steps(2);
    let sel = h.state().state.selection().expect("something was selected");
    let name = h
        .state()
        .state
        .feature(sel)
        .and_then(|f| f.name(Lang::En))
        .unwrap_or("")
        .to_owned();
    assert!(name.contains("Boten"), "selected {name}");
    settle(&mut h);
    let after = h.state().map.view();
    assert!(
        after.zoom > before.zoom + 2.0,
        "zoom {} → {}",
        before.zoom,
        after.zoom
    );
    assert!(
        (after.lat - 21.2).abs() < 0.5 && (after.lon - 101.7).abs() < 0.5,
        "{after:?}"
    );
}

#[test]
fn clicking_a_station_row_selects_it() {
    let mut h = harness();
    h.get_by_role_and_label(Role::Button, "Stations").click();
    h.run_steps(2);
    assert_eq!(h.state().state.tab, Tab::Stations);
    h.get_by_label("Eshan").click();
    h.run_steps(2);
    let eshan = feature_id(h.state(), "station-eshan");
    assert_eq!(h.state().state.selection(), Some(eshan));
    assert!(h.state().map.flying(), "the map flies to the station");
}

#[test]
fn the_details_of_boten_sez_show_its_area_with_the_source() {
    let mut h = harness();
    let sez = feature_id(h.state(), "zone-boten-sez");
    h.state_mut().state.select(Some(sez));
    h.run_steps(2);
    assert!(
        !h.get_all_by_label_contains("16.4 km")
            .collect::<Vec<_>>()
            .is_empty()
    );
    // The area's source is the 2019 study-visit report, shown by its title.
    assert!(
        !h.get_all_by_label_contains("Structured Learning Visit")
            .collect::<Vec<_>>()
            .is_empty()
    );
}

#[test]
fn details_say_when_a_position_is_missing_or_only_a_towns() {
    let mut h = harness();
    // Guanlei port: no source gives its position, so it is not drawn.
    let guanlei = feature_id(h.state(), "port-guanlei");
    h.state_mut().state.select(Some(guanlei));
    h.run_steps(2);
    h.get_by_label_contains("Not on the map");
    // Hekou port is drawn at the position of its town.
    let hekou = feature_id(h.state(), "port-hekou");
    h.state_mut().state.select(Some(hekou));
    h.run_steps(2);
    h.get_by_label_contains("Approximate position");
    // Boten station's own position is sourced: no caveat.
    let boten = feature_id(h.state(), "station-boten");
    h.state_mut().state.select(Some(boten));
    h.run_steps(2);
    assert!(h.query_by_label_contains("Approximate position").is_none());
    assert!(h.query_by_label_contains("Not on the map").is_none());
}

#[test]
fn the_routes_panel_shows_the_computed_and_sourced_length_of_boten_vientiane() {
    let mut h = harness();
    h.get_by_role_and_label(Role::Button, "Routes").click();
    h.run_steps(2);
    h.get_by_role_and_label(Role::Button, "Boten–Vientiane section")
        .click();
    h.run_steps(2);
    let id = feature_id(h.state(), "rail-boten-vientiane");
    assert_eq!(h.state().state.highlighted(), Some(id));
    let f = h.state().state.feature(id).cloned().expect("section");
    let drawn_km =
        mekong_atlas::measure::geodesic_length_m(f.geometry.as_ref().expect("drawn")) / 1000.0;
    let shown = format!(
        "{} drawn (geodesic)",
        mekong_atlas::measure::format_distance(drawn_km * 1000.0)
    );
    h.get_by_label_contains(&shown);
    h.get_by_label_contains("406 km sourced");
}

/// One answer for "how far along the railway": Boten → Vientiane read from the Stations table,
/// from Details (previous / next, station to station), from the Routes tab (the section's
/// drawn length) and from the measure tool with both ends on the stations.
#[test]
fn every_panel_gives_the_same_boten_to_vientiane_distance() {
    use mekong_atlas::measure::{format_distance, measure_reading, neighbours};
    let h = harness();
    let app = h.state();
    let state = &app.state;
    let boten = feature_id(app, "station-boten");
    let vientiane = feature_id(app, "station-vientiane");
    // Stations table: the km column.
    let rows = mekong_atlas::panels::stations::rows(state);
    let km = |id| {
        rows.iter()
            .find(|r| r.id == id)
            .and_then(|r| r.km)
            .expect("km")
    };
    let table_km = km(vientiane) - km(boten);
    // Details: "Next" from Boten, station after station, to Vientiane.
    let mut details_km = 0.0;
    let mut at = boten;
    while at != vientiane {
        let (_, next) = neighbours(state.stations(), at);
        let (n, d) = next.expect("Vientiane comes after Boten");
        details_km += d;
        at = n;
    }
    // Routes tab: the Boten–Vientiane section's drawn length.
    let section = state
        .feature(feature_id(app, "rail-boten-vientiane"))
        .expect("section");
    let routes_km = mekong_atlas::panels::routes::route_length(section).computed_m / 1000.0;
    // Measure tool: a click on each station.
    let at = |id| match state.feature(id).and_then(|f| f.geometry.clone()) {
        Some(geo::Geometry::Point(p)) => p.0,
        other => panic!("{id:?} not drawn: {other:?}"),
    };
    let reading =
        measure_reading(state.stations(), &[at(boten), at(vientiane)]).expect("two points");
    assert_eq!(reading.along_railway, Some((boten, vientiane)));
    assert!(
        reading.text().ends_with("along the railway"),
        "{}",
        reading.text()
    );
    let measure_km = reading.metres / 1000.0;
    for (what, km) in [
        ("Details", details_km),
        ("Routes tab", routes_km),
        ("measure tool", measure_km),
    ] {
        assert!(
            (km - table_km).abs() < 0.05,
            "{what} says {km:.2} km, the Stations table {table_km:.2} km"
        );
        assert_eq!(
            format_distance(km * 1000.0),
            format_distance(table_km * 1000.0)
        );
    }
    assert!((400.0..412.0).contains(&table_km), "{table_km}");
    // Off the stations the tool says it measures a straight line.
    let off = measure_reading(
        state.stations(),
        &[geo::Coord { x: 101.0, y: 20.0 }, at(vientiane)],
    )
    .expect("two points");
    assert!(off.text().ends_with("straight line"), "{}", off.text());
}

#[test]
fn details_of_the_lao_section_note_its_straight_gap_fills_and_the_border_section_its_border() {
    let mut h = harness();
    let section = feature_id(h.state(), "rail-boten-vientiane");
    h.state_mut().state.select(Some(section));
    h.run_steps(2);
    h.get_by_label_contains("Includes 12 straight gap fills");
    let border = feature_id(h.state(), "rail-mohan-boten");
    h.state_mut().state.select(Some(border));
    h.run_steps(2);
    h.get_by_label_contains("China–Laos border inside the Friendship Tunnel at km");
}

#[test]
fn searching_mohan_in_english_or_chinese_selects_mohan_station_and_flies_there() {
    for query in ["Mohan", "磨憨"] {
        let mut h = harness();
        let mohan = feature_id(h.state(), "station-mohan");
        h.get_by_role(Role::TextInput).click();
        h.run_steps(1);
        h.get_by_role(Role::TextInput).type_text(query);
        h.run_steps(2);
        h.key_press(egui::Key::Enter);
        h.run_steps(2);
        assert_eq!(h.state().state.selection(), Some(mohan), "{query}");
        settle(&mut h);
        let view = h.state().map.view();
        assert!(
            (view.lat - 21.254).abs() < 0.05 && (view.lon - 101.717).abs() < 0.05,
            "{query}: the map is at {view:?}"
        );
        assert!(view.zoom >= 10.0, "{query}: zoom {}", view.zoom);
    }
}

#[test]
fn the_openstreetmap_attribution_is_on_screen_while_an_osm_derived_layer_is_visible() {
    let notice = mekong_atlas::map::osm_data_attribution_text();
    assert!(notice.contains("© OpenStreetMap contributors"));
    let mut h = harness();
    h.get_by_label(&notice);
    // Hide every layer that holds OpenStreetMap-derived data: the notice goes.
    for layer in [
        "China–Laos railway",
        "Other railways in Yunnan",
        "Stations",
        "Border ports",
        "Expressways",
        "Logistics routes",
        "Study visit, December 2019",
    ] {
        h.get_by_role_and_label(Role::CheckBox, &format!("Show or hide {layer}"))
            .click();
        h.run_steps(1);
    }
    h.run_steps(2);
    assert!(
        h.query_by_label(&notice).is_none(),
        "notice shown with no OSM layer visible"
    );
    // Show the stations again: the notice is back.
    h.get_by_role_and_label(Role::CheckBox, "Show or hide Stations")
        .click();
    h.run_steps(2);
    h.get_by_label(&notice);
}

#[test]
fn switching_to_chinese_changes_a_known_label() {
    let mut h = harness();
    let vte = feature_id(h.state(), "station-vientiane");
    h.state_mut().state.select(Some(vte));
    h.run_steps(2);
    // In English the Details heading is the English name.
    assert!(h.get_all_by_label("Vientiane").count() >= 1);
    assert_eq!(
        h.query_all_by_label("万象").count(),
        1,
        "only in the names list"
    );
    h.get_by_role_and_label(Role::Button, "中文").click();
    h.run_steps(2);
    assert_eq!(h.state().state.lang, Lang::Zh);
    // Now the heading uses the Chinese name, and the English one is only in the names list.
    let zh = h.get_all_by_label("万象").count();
    assert!(zh >= 2, "万象 shown {zh} times: heading and names list");
}

#[test]
fn snapshots_of_the_main_window() {
    let mut results = SnapshotResults::new();
    let mut h = Harness::builder()
        .with_size(egui::vec2(SIZE.0, SIZE.1))
        .wgpu()
        .build_eframe(|cc| {
            let mut app = AtlasApp::with_settings(&cc.egui_ctx, &Settings::default());
            app.dialogs = false;
            app
        });
    settle(&mut h);
    results.add(h.try_snapshot("main_window_corridor"));

    let sez = feature_id(h.state(), "zone-boten-sez");
    h.state_mut().state.select_and_fly(sez);
    settle(&mut h);
    results.add(h.try_snapshot("main_window_zone_selected"));

    h.get_by_role_and_label(Role::Button, "Stations").click();
    settle(&mut h);
    results.add(h.try_snapshot("main_window_stations_panel"));
}

/// Runs frames until no import is in progress.
fn wait_for_imports(h: &mut Harness<'_, AtlasApp>) {
    // A click queues its effect during one frame; the next frame's logic starts the import.
    h.run_steps(2);
    let deadline = Instant::now() + HANG_GUARD;
    while Instant::now() < deadline {
        h.step();
        if h.state().state.imports().is_empty() {
            h.run_steps(2);
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    panic!("the import did not finish");
}

#[test]
fn an_imported_file_becomes_a_layer_with_its_properties_and_can_be_removed() {
    let mut h = harness();
    let before = h.state().state.atlas().layers().len();
    let path = std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/good/ports.geojson"
    ));
    h.state_mut()
        .state
        .push(mekong_atlas::state::effect::Effect::Import(path));
    wait_for_imports(&mut h);
    let layers = h.state().state.atlas().layers();
    assert_eq!(layers.len(), before + 1);
    let layer = layers.last().expect("the imported layer");
    assert_eq!(layer.name, "ports.geojson");
    let id = FeatureId {
        layer: layer.id,
        index: 0,
    };
    h.get_by_role_and_label(Role::CheckBox, "Show or hide ports.geojson");
    // Its properties are shown as they are in the file.
    h.state_mut().state.select(Some(id));
    h.run_steps(2);
    h.get_by_label("Properties");
    // Remove it with the layer's remove button.
    h.get_by_role_and_label(Role::Button, "Remove").click();
    h.run_steps(2);
    assert_eq!(h.state().state.atlas().layers().len(), before);
    assert_eq!(h.state().state.selection(), None);
}

#[test]
fn a_broken_file_gets_a_message_and_nothing_loaded_is_lost() {
    let mut h = harness();
    let before = h.state().state.atlas().layers().len();
    let path = std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/bad/truncated.geojson"
    ));
    h.state_mut()
        .state
        .push(mekong_atlas::state::effect::Effect::Import(path));
    wait_for_imports(&mut h);
    assert_eq!(h.state().state.atlas().layers().len(), before);
    let notice = h
        .state()
        .state
        .notices
        .items()
        .last()
        .expect("a notice")
        .clone();
    assert!(notice.text.contains("truncated.geojson"), "{}", notice.text);
    assert!(notice.text.contains("still there"), "{}", notice.text);
    assert!(!notice.details.is_empty(), "the problem is explained");
    h.get_by_label_contains("Could not open");
}

#[test]
fn with_no_file_dialog_the_user_can_type_a_path() {
    let mut h = harness();
    h.state_mut()
        .state
        .push(mekong_atlas::state::effect::Effect::OpenGeoJsonDialog);
    h.run_steps(2);
    h.get_by_label("Type or paste the full path of the file:");
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/good/zones.geojson");
    let boxes = h.get_all_by_role(Role::TextInput).count();
    assert_eq!(boxes, 2, "search box and path box");
    // The path box is the one in the window (the search box is the first in the panel).
    let mut typed = false;
    for i in 0..boxes {
        h.get_all_by_role(Role::TextInput)
            .nth(i)
            .expect("text box")
            .click();
        h.run_steps(1);
        h.get_all_by_role(Role::TextInput)
            .nth(i)
            .expect("text box")
            .type_text(path);
        h.run_steps(1);
        if h.state().state.path_prompt() == Some(path) {
            typed = true;
            break;
        }
    }
    assert!(typed, "the path could not be typed into the path box");
    h.get_by_role_and_label(Role::Button, "Open").click();
    wait_for_imports(&mut h);
    let last = h
        .state()
        .state
        .atlas()
        .layers()
        .last()
        .map(|l| l.name.clone());
    assert_eq!(last.as_deref(), Some("zones.geojson"));
}

#[test]
fn layers_language_tiles_and_view_are_remembered_across_runs() {
    let mut h = harness();
    h.get_by_role_and_label(Role::CheckBox, "Show or hide Expressways")
        .click();
    h.get_by_role_and_label(Role::Button, "ລາວ").click();
    h.run_steps(2);
    let view = h.state().map.view();
    let settings = h.state().state.settings(Some(view));
    // Settings are stored as RON by eframe; they must survive that round trip.
    let text = ron::to_string(&settings).expect("settings serialise");
    let restored: Settings = ron::from_str(&text).expect("settings read back");
    assert_eq!(restored, settings);

    let mut next = Harness::builder()
        .with_size(egui::vec2(SIZE.0, SIZE.1))
        .build_eframe(move |cc| AtlasApp::with_settings(&cc.egui_ctx, &restored));
    next.run_steps(3);
    let app = next.state();
    assert_eq!(app.state.lang, Lang::Lo);
    let expressways = app
        .state
        .atlas()
        .layers()
        .iter()
        .find(|l| l.name == "Expressways")
        .expect("layer");
    assert!(!app.state.layer_settings(expressways.id).visible);
    let v = app.map.view();
    assert!((v.zoom - view.zoom).abs() < 1e-6 && (v.lat - view.lat).abs() < 1e-6);
}

/// One language's words for what the interface test looks at.
struct Words {
    button: &'static str,
    file_menu: &'static str,
    layers_heading: &'static str,
    stations_checkbox: &'static str,
    stations_tab: &'static str,
    header_button: &'static str,
    to_next_column: &'static str,
    notice: &'static str,
}

const ZH: Words = Words {
    button: "中文",
    file_menu: "文件",
    layers_heading: "图层",
    stations_checkbox: "显示或隐藏“车站”",
    stations_tab: "车站",
    header_button: "开通",
    to_next_column: "至下站",
    notice: "已加载的内容均保持不变",
};

const LO: Words = Words {
    button: "ລາວ",
    file_menu: "ໄຟລ໌",
    layers_heading: "ຊັ້ນຂໍ້ມູນ",
    stations_checkbox: "ສະແດງ ຫຼື ເຊື່ອງ ສະຖານີ",
    stations_tab: "ສະຖານີ",
    header_button: "ເປີດ",
    to_next_column: "ຕໍ່ໄປ",
    notice: "ທຸກຢ່າງທີ່ໂຫຼດແລ້ວຍັງຢູ່ຄືເກົ່າ",
};

const EN: Words = Words {
    button: "English",
    file_menu: "File",
    layers_heading: "Layers",
    stations_checkbox: "Show or hide Stations",
    stations_tab: "Stations",
    header_button: "Station",
    to_next_column: "to next",
    notice: "Everything already loaded is still there",
};

fn shows(h: &Harness<'_, AtlasApp>, w: &Words) {
    h.get_by_role_and_label(Role::Button, w.file_menu);
    h.get_by_role_and_label(Role::Label, w.layers_heading);
    h.get_by_role_and_label(Role::CheckBox, w.stations_checkbox);
    assert!(
        h.query_by_label_contains(w.notice).is_some(),
        "notice in {}",
        w.button
    );
}

#[test]
fn the_whole_interface_follows_chinese_and_lao_and_back_to_english() {
    let mut h = harness();
    let broken = std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/bad/truncated.geojson"
    ));
    for (words, others) in [(&ZH, [&EN, &LO]), (&LO, [&EN, &ZH]), (&EN, [&ZH, &LO])] {
        h.get_by_role_and_label(Role::Button, words.button).click();
        h.run_steps(2);
        // A notice raised now is in the chosen language.
        h.state_mut()
            .state
            .push(mekong_atlas::state::effect::Effect::Import(broken.clone()));
        wait_for_imports(&mut h);
        shows(&h, words);
        for other in others {
            assert!(
                h.query_by_role_and_label(Role::Button, other.file_menu)
                    .is_none(),
                "{} menu still shown in {}",
                other.file_menu,
                words.button
            );
        }
        h.get_by_role_and_label(Role::Button, words.stations_tab);
        h.state_mut().state.tab = Tab::Stations;
        h.run_steps(2);
        // Table headers: the sortable ones are buttons, "to next" is a label.
        h.get_by_role_and_label(Role::Button, words.header_button);
        h.get_by_role_and_label(Role::Label, words.to_next_column);
        h.state_mut().state.tab = Tab::Details;
        h.run_steps(2);
    }
    assert_eq!(h.state().state.lang, Lang::En);
}

#[test]
fn snapshots_of_the_main_window_in_chinese_and_lao() {
    let mut results = SnapshotResults::new();
    let settings = Settings {
        lang: Lang::Zh,
        ..Settings::default()
    };
    let mut h = Harness::builder()
        .with_size(egui::vec2(SIZE.0, SIZE.1))
        .wgpu()
        .build_eframe(move |cc| {
            let mut app = AtlasApp::with_settings(&cc.egui_ctx, &settings);
            app.dialogs = false;
            app
        });
    let boten = feature_id(h.state(), "station-boten");
    h.state_mut().state.select_and_fly(boten);
    settle(&mut h);
    results.add(h.try_snapshot("main_window_zh"));

    h.get_by_role_and_label(Role::Button, "ລາວ").click();
    settle(&mut h);
    results.add(h.try_snapshot("main_window_lo"));

    h.get_by_role_and_label(Role::Button, "ສະຖານີ").click();
    settle(&mut h);
    results.add(h.try_snapshot("main_window_lo_stations"));
}

/// Types `query` into the search box and presses Enter, as a person would.
fn search_and_enter(h: &mut Harness<'_, AtlasApp>, query: &str) {
    h.get_by_role(Role::TextInput).click();
    h.run_steps(1);
    h.get_by_role(Role::TextInput).type_text(query);
    h.run_steps(2);
    h.key_press(egui::Key::Enter);
    h.run_steps(2);
}

#[test]
fn hanoi_is_found_although_no_corridor_layer_holds_it_and_enter_flies_there() {
    let mut h = harness();
    // The basemap's towns become searchable once its worker has read them.
    settle(&mut h);
    assert!(h.state().state.places_indexed(), "basemap places indexed");
    search_and_enter(&mut h, "Hanoi");
    settle(&mut h);
    let view = h.state().map.view();
    assert!(
        (view.lat - 21.03).abs() < 0.1 && (view.lon - 105.85).abs() < 0.1,
        "the map is at {view:?}"
    );
    assert!(
        (8.0..=12.0).contains(&view.zoom),
        "a town is framed: {}",
        view.zoom
    );
}

#[test]
fn typed_coordinates_fly_the_map_there_at_a_framing_zoom() {
    let mut h = harness();
    search_and_enter(&mut h, "17.97, 102.61");
    settle(&mut h);
    let view = h.state().map.view();
    assert!(
        (view.lat - 17.97).abs() < 0.01 && (view.lon - 102.61).abs() < 0.01,
        "the map is at {view:?}"
    );
    assert_eq!(view.zoom, mekong_atlas::map::camera::POINT_FRAME_ZOOM);
}

#[test]
fn a_search_hit_is_framed_whatever_the_zoom_was_before() {
    let mut h = harness();
    let mut close = h.state().map.view();
    close.zoom = 16.9;
    h.state_mut().map.set_view(close);
    h.run_steps(2);
    search_and_enter(&mut h, "Luang Prabang");
    settle(&mut h);
    let zoom = h.state().map.view().zoom;
    assert_eq!(
        zoom,
        mekong_atlas::map::camera::POINT_FRAME_ZOOM,
        "not left at 16.9"
    );
}

#[test]
fn the_path_box_takes_the_keyboard_when_it_opens_so_letters_are_not_shortcuts() {
    let mut h = harness();
    h.state_mut()
        .state
        .push(mekong_atlas::state::effect::Effect::OpenGeoJsonDialog);
    h.run_steps(3);
    // No click into the box: typing goes straight into it.
    h.event(egui::Event::Text("/tmp/my-sites.geojson".into()));
    h.run_steps(2);
    assert_eq!(h.state().state.path_prompt(), Some("/tmp/my-sites.geojson"));
    assert_eq!(
        h.state().state.tool(),
        mekong_atlas::map::MapTool::Select,
        "the m of my-sites did not start measuring"
    );
}

fn harness_with(settings: Settings) -> Harness<'static, AtlasApp> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(SIZE.0, SIZE.1))
        .build_eframe(move |cc| {
            let mut app = AtlasApp::with_settings(&cc.egui_ctx, &settings);
            app.dialogs = false;
            app
        });
    h.run_steps(3);
    h
}

#[test]
fn imported_layers_come_back_after_a_settings_round_trip_and_gone_ones_are_named() {
    let zones = std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/good/zones.geojson"
    ));
    let mut h = harness();
    h.state_mut()
        .state
        .push(mekong_atlas::state::effect::Effect::Import(zones.clone()));
    wait_for_imports(&mut h);
    // The user gives the layer a colour of their own; it is remembered with the file.
    let layer = h
        .state()
        .state
        .atlas()
        .layers()
        .last()
        .map(|l| l.id)
        .expect("imported");
    h.state_mut()
        .state
        .set_layer_color(layer, [0x12, 0x34, 0x56]);
    let mut saved = h.state().state.settings(None);
    let paths: Vec<_> = saved.imported.iter().map(|f| f.path.clone()).collect();
    assert_eq!(paths, vec![zones.clone()]);
    assert_eq!(saved.imported[0].color, Some([0x12, 0x34, 0x56]));
    // Through the settings file's own text, as at a real restart.
    let text = mekong_atlas::app::settings_file::to_text(&saved);
    saved = mekong_atlas::app::settings_file::parse(&text).0;
    saved
        .imported
        .push(std::path::PathBuf::from("/nowhere/site-visits.geojson").into());

    let mut again = harness_with(saved);
    wait_for_imports(&mut again);
    let names: Vec<String> = again
        .state()
        .state
        .atlas()
        .layers()
        .iter()
        .map(|l| l.name.clone())
        .collect();
    assert!(names.iter().any(|n| n == "zones.geojson"), "{names:?}");
    let tint = again
        .state()
        .state
        .atlas()
        .layers()
        .iter()
        .find(|l| l.name == "zones.geojson")
        .and_then(|l| l.tint);
    assert_eq!(tint, Some([0x12, 0x34, 0x56]), "the colour came back");
    let gone = again
        .state()
        .state
        .notices
        .items()
        .iter()
        .find(|n| n.details.iter().any(|d| d.contains("site-visits.geojson")))
        .cloned();
    assert!(gone.is_some(), "the missing file is named");
}

#[test]
fn opening_the_same_file_a_second_time_asks_first() {
    let zones = std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/good/zones.geojson"
    ));
    let mut h = harness();
    let import = mekong_atlas::state::effect::Effect::Import(zones.clone());
    h.state_mut().state.push(import.clone());
    wait_for_imports(&mut h);
    let layers = h.state().state.atlas().layers().len();
    h.state_mut().state.push(import);
    h.run_steps(3);
    assert!(h.state().state.imports().is_empty(), "not opened silently");
    h.get_by_label_contains("is already open as a layer");
    h.get_by_role_and_label(Role::Button, "Cancel").click();
    h.run_steps(3);
    assert_eq!(h.state().state.atlas().layers().len(), layers);
    assert_eq!(h.state().state.duplicate_import(), None);
    // Asked again, and this time confirmed.
    h.state_mut()
        .state
        .push(mekong_atlas::state::effect::Effect::Import(zones));
    h.run_steps(3);
    h.get_by_role_and_label(Role::Button, "Open again").click();
    wait_for_imports(&mut h);
    assert_eq!(h.state().state.atlas().layers().len(), layers + 1);
}

/// Right-clicks at a screen position, opening the map's menu.
fn right_click_at(h: &mut Harness<'_, AtlasApp>, pos: egui::Pos2) {
    press_at(h, pos, egui::PointerButton::Secondary);
}

#[test]
fn the_maps_right_click_menu_tells_what_is_here_and_measures_from_here() {
    let mut h = harness();
    let boten = feature_id(h.state(), "station-luang-prabang");
    h.state_mut().state.select_and_fly(boten);
    settle(&mut h);
    h.state_mut().state.select(None);
    h.run_steps(2);
    let at = {
        let app = h.state();
        let Some(geo::Geometry::Point(p)) =
            app.state.feature(boten).and_then(|f| f.geometry.clone())
        else {
            panic!("the station has no position");
        };
        app.map.last_viewport.expect("drawn").project(p.0)
    };
    right_click_at(&mut h, at);
    h.get_by_label("What is here?").click();
    h.run_steps(2);
    assert_eq!(h.state().state.selection(), Some(boten));
    right_click_at(&mut h, at);
    h.get_by_label("Measure from here").click();
    h.run_steps(2);
    let state = &h.state().state;
    assert_eq!(state.tool(), mekong_atlas::map::MapTool::Measure);
    assert_eq!(
        state.measure().len(),
        1,
        "the first point is where the menu was opened"
    );
}

#[test]
fn a_source_link_with_no_browser_is_copied_and_the_user_told() {
    let mut h = harness();
    h.state_mut().open_link = |_| Err("no web browser found".to_owned());
    let boten = feature_id(h.state(), "station-boten");
    h.state_mut().state.select(Some(boten));
    h.run_steps(3);
    // Boten station cites its OpenStreetMap node.
    // Below the fold of the panel: clicked as a screen reader would.
    h.get_by_role_and_label(Role::Link, "openstreetmap.org")
        .click_accesskit();
    h.run_steps(3);
    let told = h
        .state()
        .state
        .notices
        .items()
        .iter()
        .find(|n| n.text.contains("No web browser could be opened"))
        .cloned()
        .expect("the user is told");
    assert!(told.text.contains("https://"), "{}", told.text);
    assert_eq!(told.details, vec!["no web browser found".to_owned()]);
}

#[test]
fn the_first_start_welcome_names_the_keys_and_f1_lists_them_all() {
    let mut h = harness();
    h.state_mut().welcome = true;
    h.run_steps(2);
    h.get_by_label_contains("F1 lists every key");
    h.get_by_role_and_label(Role::Button, "Start").click();
    h.run_steps(2);
    assert!(!h.state().welcome);
    h.key_press(egui::Key::F1);
    h.run_steps(2);
    h.get_by_label("Copy the coordinates under the pointer");
    h.get_by_label("This list of keys");
}

#[test]
fn esc_closes_the_first_start_welcome() {
    let mut h = harness();
    h.state_mut().welcome = true;
    h.run_steps(2);
    h.get_by_label_contains("F1 lists every key");
    h.key_press(egui::Key::Escape);
    h.run_steps(2);
    assert!(!h.state().welcome, "Esc closed the welcome");
    assert!(h.query_by_label_contains("F1 lists every key").is_none());
}

#[test]
fn a_huge_property_is_shown_shortened_with_show_more_and_many_properties_are_paged() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("huge.geojson");
    let mut properties = serde_json::Map::new();
    properties.insert("name".into(), "Huge".into());
    properties.insert("blob".into(), "x".repeat(8_000_000).into());
    for i in 0..1_000 {
        properties.insert(format!("p{i}"), i.into());
    }
    let doc = serde_json::json!({
        "type": "FeatureCollection",
        "features": [{
            "type": "Feature",
            "properties": properties,
            "geometry": {"type": "Point", "coordinates": [101.5, 21.0]}
        }]
    });
    std::fs::write(&path, doc.to_string()).expect("written");
    let mut h = harness();
    h.state_mut()
        .state
        .push(mekong_atlas::state::effect::Effect::Import(path));
    wait_for_imports(&mut h);
    let layer = h
        .state()
        .state
        .atlas()
        .layers()
        .last()
        .expect("imported")
        .id;
    h.state_mut()
        .state
        .select(Some(FeatureId { layer, index: 0 }));
    h.run_steps(2);
    // The first 2,000 characters, not eight million.
    h.get_by_label_contains(&"x".repeat(2_000));
    assert!(h.query_by_label_contains(&"x".repeat(2_001)).is_none());
    h.get_by_label_contains("Shortened");
    h.get_by_label_contains("200 of 1,001 properties shown");
    // The long value and the first 199 numbered ones.
    assert!(h.query_by_label("p198").is_some());
    assert!(h.query_by_label("p199").is_none());
    // One "Show more" for the long value, one for the list.
    assert_eq!(h.query_all_by_label("Show more").count(), 2);
    h.get_by_label("Copy all");
}

/// The screen position of a point feature in the last drawn view.
fn on_screen(h: &Harness<'_, AtlasApp>, id: FeatureId) -> egui::Pos2 {
    let app = h.state();
    let v = app.map.last_viewport.expect("drawn");
    match app.state.feature(id).and_then(|f| f.geometry.clone()) {
        Some(geo::Geometry::Point(p)) => v.project(p.0),
        other => panic!("{id:?} is not a point: {other:?}"),
    }
}

#[test]
fn hovering_a_station_names_it_and_its_kind_before_any_click() {
    let mut h = harness();
    let station = feature_id(h.state(), "station-luang-prabang");
    h.state_mut().state.select_and_fly(station);
    settle(&mut h);
    h.state_mut().state.select(None);
    h.run_steps(2);
    for lang in [Lang::En, Lang::Zh] {
        h.state_mut().state.lang = lang;
        // Away from everything first: no card.
        let corner = h.state().map.last_viewport.expect("drawn").rect.min + egui::vec2(30.0, 60.0);
        h.hover_at(corner);
        h.run_steps(3);
        let name = h
            .state()
            .state
            .feature(station)
            .and_then(|f| f.name(lang))
            .expect("named")
            .to_owned();
        let kind = mekong_atlas::i18n::tr("kind-station");
        let shown = |h: &Harness<'_, AtlasApp>| {
            (
                h.query_all_by_label(&name).count(),
                h.query_all_by_label(&kind).count(),
            )
        };
        let before = shown(&h);
        let at = on_screen(&h, station);
        h.hover_at(at);
        h.run_steps(3);
        let (names, kinds) = shown(&h);
        assert_eq!(
            names,
            before.0 + 1,
            "{lang:?}: the name is in a card by the pointer"
        );
        assert_eq!(kinds, before.1 + 1, "{lang:?}: and what it is");
        assert_eq!(
            h.state().state.selection(),
            None,
            "hovering selects nothing"
        );
        h.hover_at(corner);
        h.run_steps(3);
        assert_eq!(
            shown(&h),
            before,
            "{lang:?}: the card goes with the pointer"
        );
    }
}

#[test]
fn a_zones_details_name_its_countries_and_links_not_codes_or_ids() {
    let mut h = harness();
    let zone = feature_id(h.state(), "zone-mohan-boten-ecz");
    h.state_mut().state.select(Some(zone));
    h.run_steps(2);
    h.get_by_label("More").click_accesskit();
    h.run_steps(2);
    h.get_by_label("China, Laos");
    assert!(h.query_by_label("CN, LA").is_none());
    // A railway section names its end stations, not their ids.
    let section = feature_id(h.state(), "rail-kunming-yuxi");
    h.state_mut().state.select(Some(section));
    h.run_steps(2);
    // "More" stays open from feature to feature once opened.
    if h.query_by_label("Yuxi").is_none() {
        h.get_by_label("More").click_accesskit();
        h.run_steps(4);
    }
    assert!(h.query_by_label("station-yuxi").is_none());
    assert!(h.query_by_label("china-laos-railway").is_none());
    h.get_by_label("Yuxi");
    // In Lao the countries are Lao words.
    h.state_mut().state.lang = Lang::Lo;
    h.state_mut().state.select(Some(zone));
    h.run_steps(3);
    if h.query_by_label("ຈີນ, ລາວ").is_none() {
        h.get_by_label(&mekong_atlas::i18n::tr("details-more"))
            .click_accesskit();
        h.run_steps(4);
    }
    h.get_by_label("ຈີນ, ລາວ");
}

#[test]
fn the_stations_table_has_a_status_column_and_names_are_whole_in_every_script() {
    let mut h = harness();
    h.get_by_role_and_label(Role::Button, "Stations").click();
    h.run_steps(3);
    for lang in [Lang::En, Lang::Zh, Lang::Lo] {
        h.state_mut().state.lang = lang;
        h.run_steps(3);
        let status = mekong_atlas::i18n::tr("stations-column-status");
        h.get_by_role_and_label(Role::Button, &status);
        // The two planned stations that were never built say so in the status column.
        let not_built = mekong_atlas::i18n::tr("status-not-built");
        assert_eq!(h.query_all_by_label(&not_built).count(), 2, "{lang:?}");
        // Opening dates are years; "open" is a status, never in the dates column.
        assert!(h.query_all_by_label("2021").count() >= 5, "{lang:?}");
        let rows = mekong_atlas::panels::stations::rows(&h.state().state);
        let labels: Vec<(String, egui::Rect)> = h
            .get_all_by_role(Role::Label)
            .filter_map(|n| n.accesskit_node().label().map(|l| (l, n.rect())))
            .collect();
        for row in &rows {
            let Some(cell) = h.query_all_by_label(&row.name).next() else {
                continue;
            };
            let r = cell.rect();
            // Nothing else of the row starts inside the name: the name's column is as wide
            // as the name.
            for (text, l) in &labels {
                let same_row = (l.center().y - r.center().y).abs() < 4.0;
                if same_row && *text != row.name && l.min.x > r.min.x {
                    assert!(
                        l.min.x >= r.max.x - 0.5,
                        "{lang:?}: {:?} is cut by {text:?}",
                        row.name
                    );
                }
            }
        }
    }
}

#[test]
fn an_imported_layers_remove_button_is_whole_in_every_language_and_it_has_its_own_colour() {
    let mut h = harness();
    for file in ["ports.geojson", "zones.geojson"] {
        let path = std::path::PathBuf::from(format!(
            "{}/tests/data/good/{file}",
            env!("CARGO_MANIFEST_DIR")
        ));
        h.state_mut()
            .state
            .push(mekong_atlas::state::effect::Effect::Import(path));
        wait_for_imports(&mut h);
    }
    let tints: Vec<_> = h
        .state()
        .state
        .atlas()
        .layers()
        .iter()
        .filter(|l| l.name.ends_with(".geojson"))
        .map(|l| l.tint)
        .collect();
    assert_eq!(tints.len(), 2);
    assert!(tints.iter().all(Option::is_some), "{tints:?}");
    assert_ne!(tints[0], tints[1], "each file its own colour");
    for lang in [Lang::En, Lang::Zh, Lang::Lo, Lang::Th, Lang::Vi] {
        h.state_mut().state.lang = lang;
        h.run_steps(3);
        let map_left = h.state().map.last_viewport.expect("drawn").rect.left();
        let remove = mekong_atlas::i18n::tr("layer-remove");
        let buttons: Vec<egui::Rect> = h
            .query_all_by_role_and_label(Role::Button, &remove)
            .map(|n| n.rect())
            .collect();
        assert_eq!(buttons.len(), 2, "{lang:?}");
        for b in buttons {
            assert!(
                b.right() <= map_left,
                "{lang:?}: {remove} ends at {} past the panel ({map_left})",
                b.right()
            );
        }
    }
}

#[test]
fn the_map_keeps_its_place_whichever_tab_of_the_right_panel_is_open() {
    for size in [(1366.0, 768.0), (1920.0, 1080.0)] {
        let mut h = Harness::builder()
            .with_size(egui::vec2(size.0, size.1))
            .build_eframe(|cc| {
                let mut app = AtlasApp::with_settings(&cc.egui_ctx, &Settings::default());
                app.dialogs = false;
                app
            });
        h.run_steps(3);
        // A station selected: Details and Stations both show their longest buttons.
        let station = feature_id(h.state(), "station-luang-prabang");
        h.state_mut().state.select(Some(station));
        for lang in [Lang::En, Lang::Lo, Lang::Zh] {
            h.state_mut().state.lang = lang;
            h.run_steps(3);
            let map = |h: &Harness<'_, AtlasApp>| h.state().map.last_viewport.expect("drawn").rect;
            let first = map(&h);
            for tab in [
                "tab-stations",
                "tab-routes",
                "tab-legend",
                "tab-planner",
                "tab-details",
            ] {
                let label = mekong_atlas::i18n::tr(tab);
                h.get_by_role_and_label(Role::Button, &label).click();
                h.run_steps(4);
                assert_eq!(map(&h), first, "{size:?} {lang:?}: {label} moved the map");
            }
        }
    }
}
