//! The study-visit planner driven as a delegate would: stops added from the map's
//! right-click menu, from Details and from the Stations table, reordered with the arrows,
//! and the totals in the Planner tab following every change.

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use mekong_atlas::app::AtlasApp;
use mekong_atlas::planner::{Network, totals};
use mekong_atlas::state::{Settings, Tab};

fn harness() -> Harness<'static, AtlasApp> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1366.0, 768.0))
        .build_eframe(|cc| {
            let mut app = AtlasApp::with_settings(&cc.egui_ctx, &Settings::default());
            app.dialogs = false;
            app
        });
    h.run_steps(3);
    h
}

fn station_ids(app: &AtlasApp) -> Vec<String> {
    app.state
        .planner
        .trip
        .stops
        .iter()
        .map(|s| s.feature.clone().unwrap_or_else(|| s.name.clone()))
        .collect()
}

/// The "Whole trip" line the panel should show for the trip as it is now.
fn expected_total(app: &AtlasApp) -> String {
    let atlas = app.state.atlas();
    let trip = &app.state.planner.trip;
    let legs = Network::from_atlas(atlas).legs(atlas, trip);
    let (_, total) = totals(trip, &legs);
    format!(
        "Whole trip: {}",
        mekong_atlas::panels::planner::total_text(&total)
    )
}

fn shown_total(h: &Harness<'_, AtlasApp>) -> String {
    let node = h.get_by_label_contains("Whole trip: ");
    let n = node.accesskit_node();
    n.label().or_else(|| n.value()).unwrap_or_default()
}

/// Types `text` into the path box (the text field furthest right: the search box is in the
/// left panel) and presses OK.
fn answer_path_box(h: &mut Harness<'_, AtlasApp>, text: &str) {
    let at = h
        .query_all_by_role(egui::accesskit::Role::TextInput)
        .max_by(|a, b| a.rect().center().x.total_cmp(&b.rect().center().x))
        .expect("the path box")
        .rect()
        .center();
    h.hover_at(at);
    h.step();
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
    }
    h.run_steps(2);
    h.event(egui::Event::Text(text.to_owned()));
    h.run_steps(2);
    h.get_by_label("OK").click();
    h.run_steps(2);
}

#[test]
fn three_stops_added_through_the_ui_reordered_and_the_totals_follow() {
    let mut h = harness();
    // 1. Right-click on the map at Vientiane station: "Add to itinerary".
    let vientiane = {
        let app = h.state();
        let id = app
            .state
            .atlas()
            .find_by_id("station-vientiane")
            .expect("data");
        let f = app.state.feature(id).expect("feature");
        let Some(geo::Geometry::Point(p)) = &f.geometry else {
            panic!("a point")
        };
        app.map.last_viewport.expect("drawn").project(p.0)
    };
    h.hover_at(vientiane);
    h.step();
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos: vientiane,
            button: egui::PointerButton::Secondary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
    }
    h.run_steps(2);
    h.get_by_label("Add to itinerary").click();
    h.run_steps(2);
    assert_eq!(h.state().state.planner.trip.stops.len(), 1);
    assert_eq!(h.state().state.tab, Tab::Planner);
    // Within 1.5 km of the station: its legs go along the railway like the station's.
    let first = &h.state().state.planner.trip.stops[0];
    assert_eq!(first.country, ["LA"], "country from the basemap");

    // 2. Mohan from Details.
    {
        let app = h.state_mut();
        let mohan = app.state.atlas().find_by_id("station-mohan").expect("data");
        app.state.select(Some(mohan));
        app.state.tab = Tab::Details;
    }
    h.run_steps(2);
    h.get_by_label("Add to itinerary").click();
    h.run_steps(2);

    // 3. Boten from the Stations table.
    {
        let app = h.state_mut();
        let boten = app.state.atlas().find_by_id("station-boten").expect("data");
        app.state.select(Some(boten));
        app.state.tab = Tab::Stations;
    }
    h.run_steps(2);
    h.get_by_label("Add the selected station to the itinerary")
        .click();
    h.run_steps(2);
    let ids = station_ids(h.state());
    assert_eq!(ids.len(), 3, "{ids:?}");
    assert_eq!(&ids[1..], ["station-mohan", "station-boten"]);

    // The Planner tab shows the legs and the trip total.
    h.get_by_label("Planner").click();
    h.run_steps(2);
    let before = shown_total(&h);
    assert_eq!(before, expected_total(h.state()));
    // Vientiane → Mohan and Mohan → Boten both cross the Lao–Chinese border.
    assert_eq!(h.query_all_by_label_contains("Border crossing").count(), 2);
    // Countries by name, never by code.
    assert_eq!(h.query_all_by_label_contains("China → Laos").count(), 1);
    assert_eq!(h.query_all_by_label_contains("Laos → China").count(), 1);
    assert_eq!(h.query_all_by_label_contains("CN → LA").count(), 0);

    // Move the first stop (Vientiane) down twice: Mohan, Boten, Vientiane.
    h.query_all_by_label("↓")
        .next()
        .expect("a down arrow")
        .click();
    h.run_steps(2);
    h.query_all_by_label("↓")
        .nth(1)
        .expect("a second down arrow")
        .click();
    h.run_steps(2);
    let ids = station_ids(h.state());
    assert_eq!(&ids[..2], ["station-mohan", "station-boten"], "{ids:?}");
    let after = shown_total(&h);
    assert_eq!(after, expected_total(h.state()));
    assert_ne!(before, after, "the totals follow the new order");

    // Remove the middle stop: two stops, one leg, the total again follows.
    h.query_all_by_label("×")
        .nth(1)
        .expect("a remove button")
        .click();
    h.run_steps(2);
    assert_eq!(h.state().state.planner.trip.stops.len(), 2);
    assert_eq!(shown_total(&h), expected_total(h.state()));
}

#[test]
fn the_example_opens_from_the_file_menu_and_a_bad_file_keeps_the_trip() {
    let mut h = harness();
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label("Open example: 2019 study visit").click();
    h.run_steps(3);
    let stops = h.state().state.planner.trip.stops.len();
    assert_eq!(stops, 6);
    h.state_mut().state.tab = Tab::Legend;
    assert!(h.state().map.flying() || h.state().state.tab == Tab::Planner);

    // A bad file through the path box: a notice, and the example stays.
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = dir.path().join("bad.geojson");
    std::fs::write(&bad, "{ not json").expect("write");
    h.state_mut()
        .state
        .planner
        .requests
        .push(mekong_atlas::state::PlannerRequest::Open);
    h.run_steps(2);
    answer_path_box(&mut h, &bad.display().to_string());
    assert_eq!(h.state().state.planner.trip.stops.len(), 6);
    assert!(
        h.state()
            .state
            .notices
            .items()
            .iter()
            .any(|n| n.text.contains("could not be opened") && n.text.contains("bad.geojson")),
        "{:?}",
        h.state().state.notices.items()
    );

    // Export briefing… through the path box writes one HTML file with the map inside.
    let out = dir.path().join("briefing.html");
    h.state_mut()
        .state
        .planner
        .requests
        .push(mekong_atlas::state::PlannerRequest::ExportBriefing);
    h.run_steps(2);
    answer_path_box(&mut h, &out.display().to_string());
    let html = std::fs::read_to_string(&out).expect("the briefing was written");
    assert!(html.contains("<svg") && html.contains("Luang Namtha"));
}
