//! The everyday window and presenter mode, driven as a person would with egui_kittest:
//! the wheel, map keys wherever the pointer is, side panels that fold away and resize
//! without panning the map, and presenter mode (F5).

use egui_kittest::kittest::Queryable;
use egui_kittest::{Harness, SnapshotResults};
use mekong_atlas::app::AtlasApp;
use mekong_atlas::data::FeatureId;
use mekong_atlas::state::Settings;
use std::time::{Duration, Instant};

fn harness_of(size: egui::Vec2, wgpu: bool) -> Harness<'static, AtlasApp> {
    let mut b = Harness::builder().with_size(size);
    if wgpu {
        b = b.wgpu();
    }
    let mut h = b.build_eframe(|cc| {
        let mut app = AtlasApp::with_settings(&cc.egui_ctx, &Settings::default());
        app.dialogs = false;
        app
    });
    h.run_steps(3);
    h
}

fn harness() -> Harness<'static, AtlasApp> {
    harness_of(egui::vec2(1366.0, 768.0), false)
}

/// Steps until the basemap has drawn every tile it asked for, the camera has landed and
/// the panels have finished sliding.
fn settle(h: &mut Harness<'_, AtlasApp>) {
    // A hang guard, not a timing check: tiles are drawn on worker threads, slowly when
    // every test runs at once.
    let deadline = Instant::now() + Duration::from_secs(120);
    while Instant::now() < deadline {
        h.step();
        let app = h.state();
        if app.map.tiles_pending() == 0 && !app.map.flying() {
            h.run_steps(20);
            if h.state().map.tiles_pending() == 0 && !h.state().map.flying() {
                return;
            }
        }
        std::thread::sleep(Duration::from_millis(15));
    }
    panic!("the map did not settle");
}

fn viewport(h: &Harness<'_, AtlasApp>) -> mekong_atlas::map::Viewport {
    h.state().map.last_viewport.expect("the map was drawn")
}

fn feature_id(app: &AtlasApp, id: &str) -> FeatureId {
    app.state
        .atlas()
        .find_by_id(id)
        .unwrap_or_else(|| panic!("{id} is not in the built-in data"))
}

#[test]
fn the_mouse_wheel_zooms_in_about_the_pointer() {
    let mut h = harness();
    settle(&mut h);
    let v = viewport(&h);
    let at = v.rect.center() + egui::vec2(120.0, 80.0);
    let under = v.unproject(at);
    let zoom_before = h.state().map.view().zoom;
    h.hover_at(at);
    h.step();
    for _ in 0..4 {
        h.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Line,
            delta: egui::vec2(0.0, 1.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
            modifiers: egui::Modifiers::NONE,
        });
        h.step();
    }
    h.run_steps(40);
    let zoom_after = h.state().map.view().zoom;
    assert!(
        zoom_after > zoom_before + 0.2,
        "the wheel zoomed from {zoom_before} to {zoom_after}"
    );
    // The place under the pointer stays under the pointer.
    let moved = viewport(&h).project(under) - at;
    assert!(
        moved.length() < 4.0,
        "the place under the pointer moved by {moved:?}"
    );
}

#[test]
fn map_keys_work_with_the_pointer_over_a_panel() {
    let mut h = harness();
    settle(&mut h);
    let zoom_before = h.state().map.view().zoom;
    let lon_before = h.state().map.view().lon;
    // Over the layers list of the left panel.
    h.hover_at(egui::pos2(100.0, 400.0));
    h.step();
    h.key_press(egui::Key::Plus);
    settle(&mut h);
    let zoom_after = h.state().map.view().zoom;
    assert!(
        (zoom_after - zoom_before - 1.0).abs() < 0.05,
        "+ zoomed from {zoom_before} to {zoom_after}"
    );
    // Over the right panel.
    h.hover_at(egui::pos2(1300.0, 400.0));
    h.step();
    h.key_press(egui::Key::ArrowRight);
    settle(&mut h);
    assert!(h.state().map.view().lon > lon_before, "→ panned east");
}

#[test]
fn map_keys_do_not_fire_while_typing_in_the_search_box() {
    let mut h = harness();
    settle(&mut h);
    let zoom_before = h.state().map.view().zoom;
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    h.run_steps(3);
    h.key_press(egui::Key::Plus);
    settle(&mut h);
    assert!((h.state().map.view().zoom - zoom_before).abs() < 1e-6);
}

#[test]
fn side_panels_fold_away_with_their_keys_and_the_map_takes_the_room() {
    let mut h = harness();
    settle(&mut h);
    let width = viewport(&h).rect.width();
    h.get_by_label("Layers");
    h.key_press(egui::Key::F9);
    settle(&mut h);
    assert!(
        h.query_by_label("Layers").is_none(),
        "the left panel is gone"
    );
    h.key_press(egui::Key::F10);
    settle(&mut h);
    let wide = viewport(&h).rect.width();
    assert!(wide > width + 400.0, "the map grew from {width} to {wide}");
    h.key_press(egui::Key::F9);
    settle(&mut h);
    h.get_by_label("Layers");
}

#[test]
fn dragging_a_panel_edge_resizes_the_panel_and_does_not_pan_the_map() {
    let mut h = harness();
    settle(&mut h);
    let v = viewport(&h);
    let centre = h.state().map.view();
    // Just right of the left panel's edge, inside its grab strip, outside the map.
    let grab = egui::pos2(v.rect.left() - 3.0, v.rect.center().y);
    h.hover_at(grab);
    h.step();
    h.drag_at(grab);
    h.step();
    for dx in [20.0, 40.0, 60.0] {
        h.hover_at(grab + egui::vec2(dx, 0.0));
        h.step();
    }
    h.drop_at(grab + egui::vec2(60.0, 0.0));
    settle(&mut h);
    let after = viewport(&h);
    assert!(
        after.rect.left() > v.rect.left() + 40.0,
        "the panel grew: map left edge {} → {}",
        v.rect.left(),
        after.rect.left()
    );
    let view = h.state().map.view();
    assert!(
        (view.lon - centre.lon).abs() < 1e-9 && (view.lat - centre.lat).abs() < 1e-9,
        "the map was panned from {centre:?} to {view:?}"
    );
}

#[test]
fn f5_enters_presenter_mode_hides_the_side_panels_and_esc_leaves() {
    let mut h = harness();
    settle(&mut h);
    let width = viewport(&h).rect.width();
    h.get_by_label("Layers");
    h.key_press(egui::Key::F5);
    settle(&mut h);
    assert!(h.state().state.window.presenter);
    assert!(
        h.query_by_label("Layers").is_none(),
        "the left panel is hidden"
    );
    assert!(
        h.query_by_label("Details").is_none(),
        "the right panel is hidden"
    );
    assert!(
        (viewport(&h).rect.width() - 1366.0).abs() < 1.0,
        "the map fills the width"
    );
    assert!(viewport(&h).rect.width() > width);
    h.key_press(egui::Key::Escape);
    settle(&mut h);
    assert!(!h.state().state.window.presenter);
    h.get_by_label("Layers");
}

#[test]
fn presenter_mode_shows_the_selected_features_caption_and_scales_the_map() {
    let mut h = harness();
    let boten = feature_id(h.state(), "station-boten");
    h.state_mut().state.select_and_fly(boten);
    settle(&mut h);
    h.key_press(egui::Key::F5);
    settle(&mut h);
    let name = h
        .state()
        .state
        .feature(boten)
        .and_then(|f| f.name(mekong_atlas::data::Lang::En))
        .map(str::to_owned)
        .expect("Boten has a name");
    // Once in the card (its headline); the map label may say it too.
    assert!(h.query_all_by_label(&name).count() >= 1);
    let before = mekong_atlas::style::map_scale();
    assert!(before > 1.0, "the map is drawn for the room: {before}");
    let zoom = h.state().map.view().zoom;
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
    settle(&mut h);
    assert!(
        mekong_atlas::style::map_scale() > before,
        "Ctrl + enlarges it"
    );
    assert!(
        (h.state().map.view().zoom - zoom).abs() < 1e-9,
        "Ctrl + does not zoom the map"
    );
}

#[test]
fn snapshot_of_presenter_mode_at_1920_by_1080() {
    let mut results = SnapshotResults::new();
    let mut h = harness_of(egui::vec2(1920.0, 1080.0), true);
    let boten = feature_id(h.state(), "station-boten");
    h.state_mut().state.select_and_fly(boten);
    h.key_press(egui::Key::F5);
    settle(&mut h);
    h.key_press(egui::Key::L);
    h.run_steps(3);
    results.add(h.try_snapshot("presenter_1920x1080"));
    // A tour stop: its caption in the card, the timeline at the stop's year.
    h.key_press(egui::Key::L);
    h.get_by_label("Tours").click();
    h.run_steps(2);
    h.get_by_label("Kunming to Vientiane by rail").click();
    h.run_steps(2);
    for _ in 0..3 {
        h.key_press(egui::Key::PageDown);
        h.run_steps(2);
    }
    h.remove_cursor();
    settle(&mut h);
    results.add(h.try_snapshot("presenter_1920x1080_tour"));
}

fn point_of(h: &Harness<'_, AtlasApp>, id: &str) -> geo::Coord<f64> {
    let app = h.state();
    match app
        .state
        .feature(feature_id(app, id))
        .and_then(|f| f.geometry.clone())
    {
        Some(geo::Geometry::Point(p)) => p.0,
        other => panic!("{id} is not a point: {other:?}"),
    }
}

fn centre(h: &Harness<'_, AtlasApp>) -> geo::Coord<f64> {
    let v = h.state().map.view();
    geo::Coord { x: v.lon, y: v.lat }
}

fn degrees_between(a: geo::Coord<f64>, b: geo::Coord<f64>) -> f64 {
    ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt()
}

#[test]
fn right_advances_the_tour_and_the_map_flies_toward_the_next_stop() {
    let mut h = harness();
    settle(&mut h);
    h.get_by_label("Tours").click();
    h.run_steps(2);
    h.get_by_label("The December 2019 study visit").click();
    settle(&mut h);
    let shanghai = point_of(&h, "visit-stop-2019-shanghai");
    let jinghong = point_of(&h, "visit-stop-2019-jinghong");
    assert!(
        degrees_between(centre(&h), shanghai) < 0.01,
        "the tour starts at Shanghai"
    );
    h.get_by_label_contains("stop 1 of 6");
    let start = degrees_between(centre(&h), jinghong);
    h.key_press(egui::Key::ArrowRight);
    h.run_steps(5);
    assert!(
        h.state().map.flying(),
        "the camera glides, it does not jump"
    );
    let mid = degrees_between(centre(&h), jinghong);
    assert!(
        mid < start,
        "the map moves toward Jinghong: {start} → {mid}"
    );
    settle(&mut h);
    assert!(
        degrees_between(centre(&h), jinghong) < 0.01,
        "it lands on Jinghong"
    );
    h.get_by_label_contains("stop 2 of 6");
    // A clicker's PageUp goes back.
    h.key_press(egui::Key::PageUp);
    settle(&mut h);
    assert!(degrees_between(centre(&h), shanghai) < 0.01);
    // Esc ends the tour and the arrows pan the map again.
    h.key_press(egui::Key::Escape);
    h.run_steps(2);
    assert!(h.state().state.window.tour.is_none());
}

#[test]
fn a_bad_tour_file_is_refused_in_plain_words() {
    let mut h = harness();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("broken.json");
    std::fs::write(&path, r#"{"id": "x", "title": {}, "stops": []}"#).expect("write");
    h.state_mut()
        .state
        .push(mekong_atlas::state::effect::Effect::LoadTour(path));
    h.run_steps(3);
    assert!(h.state().state.window.tour.is_none());
    h.get_by_label_contains("the tour has no stops");
}

#[test]
fn the_timeline_shows_boten_vientiane_under_construction_in_2019_and_open_in_2022() {
    let mut h = harness();
    let section = feature_id(h.state(), "rail-boten-vientiane");
    h.state_mut().state.select(Some(section));
    h.key_press(egui::Key::T);
    h.run_steps(3);
    assert!(
        h.state().state.window.year.is_some(),
        "T turns the timeline on"
    );
    h.get_by_label("Year");
    h.state_mut().state.window.year = Some(2019);
    h.run_steps(3);
    h.get_by_label("In 2019: under construction");
    h.state_mut().state.window.year = Some(2022);
    h.run_steps(3);
    h.get_by_label("In 2022: open");
    // Play runs through the years to today and stops.
    h.state_mut().state.window.year = Some(2013);
    h.get_by_label("Play").click();
    h.run_steps(2);
    assert!(h.state().state.window.playing.is_some());
    h.key_press(egui::Key::T);
    h.run_steps(2);
    assert!(h.state().state.window.year.is_none(), "T turns it off");
    assert!(h.query_by_label("In 2022: open").is_none());
}

/// Clicks at a screen position (press and release), as a mouse would.
fn click_at(h: &mut Harness<'_, AtlasApp>, pos: egui::Pos2) {
    h.hover_at(pos);
    h.step();
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
    }
    h.run_steps(2);
}

#[test]
fn the_timeline_leaves_out_a_zone_before_it_was_established_and_later_figures() {
    let mut h = harness();
    let zone = feature_id(h.state(), "zone-yunnan-ftz-kunming");
    let at = point_of(&h, "zone-yunnan-ftz-kunming");
    h.state_mut().map.set_view(mekong_atlas::map::camera::View {
        lon: at.x,
        lat: at.y,
        zoom: 15.0,
    });
    settle(&mut h);
    // Established in August 2019: in 2018 the map has nothing there to click.
    h.state_mut().state.window.year = Some(2018);
    h.run_steps(3);
    let pos = viewport(&h).project(at);
    click_at(&mut h, pos);
    assert_ne!(
        h.state().state.selection(),
        Some(zone),
        "a zone established in 2019 is not on the 2018 map"
    );
    h.state_mut().state.window.year = Some(2019);
    h.run_steps(3);
    click_at(&mut h, pos);
    assert_eq!(
        h.state().state.selection(),
        Some(zone),
        "it is there in 2019"
    );
    // Many of the Boten–Vientiane section's figures are dated after 2019: in 2019 the
    // panel says they are left out instead of showing them.
    let section = feature_id(h.state(), "rail-boten-vientiane");
    h.state_mut().state.select(Some(section));
    h.run_steps(3);
    h.get_by_label_contains("figures dated after 2019 are left out by the timeline");
    h.get_by_label("One event after 2019 is left out by the timeline.");
    h.state_mut().state.window.year = None;
    h.run_steps(3);
    assert!(
        h.query_by_label_contains("left out by the timeline")
            .is_none()
    );
}

#[test]
fn folded_panels_and_the_open_tab_come_back_after_a_restart() {
    let mut h = harness();
    h.key_press(egui::Key::F9);
    h.run_steps(3);
    h.state_mut().state.tab = mekong_atlas::state::Tab::Legend;
    h.run_steps(2);
    let settings = h.state().state.settings(None);
    // Through the file's own text, as the next start reads it.
    let text = mekong_atlas::app::settings_file::to_text(&settings);
    let (read, problems) = mekong_atlas::app::settings_file::parse(&text);
    assert!(problems.is_empty(), "{problems:?}");
    let mut next = Harness::builder()
        .with_size(egui::vec2(1366.0, 768.0))
        .build_eframe(|cc| {
            let mut app = AtlasApp::with_settings(&cc.egui_ctx, &read);
            app.dialogs = false;
            app
        });
    next.run_steps(3);
    assert!(
        !next.state().state.window.left_open,
        "the left panel stays folded"
    );
    assert_eq!(next.state().state.tab, mekong_atlas::state::Tab::Legend);
    assert!(
        !next.state().state.window.presenter,
        "presenter mode is not remembered"
    );
}
