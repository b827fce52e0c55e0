//! Map images: `mekong-atlas render` run as a script would run it, and File → Export map
//! image… clicked as a presenter would. The images are decoded and looked at: their size,
//! that they are not blank, and that the railway is drawn in its colour where the railway is.

use std::path::Path;
use std::process::Command;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use geo::Coord;
use mekong_atlas::app::AtlasApp;
use mekong_atlas::data::{Atlas, LayerKind};
use mekong_atlas::map::Viewport;
use mekong_atlas::map::camera::{self, View};
use mekong_atlas::state::Settings;

fn atlas_bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_mekong-atlas"))
}

fn decode(path: &Path) -> tiny_skia::Pixmap {
    let bytes = std::fs::read(path).expect("the PNG was written");
    tiny_skia::Pixmap::decode_png(&bytes).expect("a valid PNG")
}

/// Standard deviation of the pixels' grey level: a blank or single-colour image is near 0.
fn grey_std_dev(image: &tiny_skia::Pixmap) -> f64 {
    let grey: Vec<f64> = image
        .pixels()
        .iter()
        .map(|p| (f64::from(p.red()) + f64::from(p.green()) + f64::from(p.blue())) / 3.0)
        .collect();
    let n = grey.len() as f64;
    let mean = grey.iter().sum::<f64>() / n;
    (grey.iter().map(|g| (g - mean).powi(2)).sum::<f64>() / n).sqrt()
}

/// The railway's colour and some of its coordinates (every few vertices of each line).
fn railway() -> (egui::Color32, Vec<Coord<f64>>) {
    let atlas = Atlas::builtin().expect("built-in data");
    let layer = atlas
        .layers()
        .iter()
        .find(|l| l.kind == LayerKind::Railway)
        .expect("a railway layer");
    let mut color = None;
    let mut coords = Vec::new();
    for f in &layer.features {
        let look = mekong_atlas::style::feature_look(LayerKind::Railway, f);
        if look.line.dashed {
            continue; // gaps and unfinished stretches are dashed: not solid colour everywhere
        }
        color.get_or_insert(look.line.color);
        let lines: Vec<&geo::LineString<f64>> = match &f.geometry {
            Some(geo::Geometry::LineString(l)) => vec![l],
            Some(geo::Geometry::MultiLineString(ml)) => ml.0.iter().collect(),
            _ => Vec::new(),
        };
        for l in lines {
            coords.extend(l.coords().step_by(25).copied());
        }
    }
    (color.expect("a solid railway line"), coords)
}

/// Share of the railway's points inside the image that have a pixel of the railway's
/// colour within 3 pixels.
fn railway_coverage(image: &tiny_skia::Pixmap, viewport: &Viewport, scale: f32) -> (usize, usize) {
    let (color, coords) = railway();
    let near = |x: i64, y: i64| {
        (-3..=3).any(|dy| {
            (-3..=3).any(|dx| {
                let (px, py) = (x + dx, y + dy);
                if px < 0 || py < 0 {
                    return false;
                }
                image.pixel(px as u32, py as u32).is_some_and(|p| {
                    (i32::from(p.red()) - i32::from(color.r())).abs() < 40
                        && (i32::from(p.green()) - i32::from(color.g())).abs() < 40
                        && (i32::from(p.blue()) - i32::from(color.b())).abs() < 40
                })
            })
        })
    };
    let mut inside = 0;
    let mut hits = 0;
    for c in coords {
        let p = viewport.project(c);
        let (x, y) = ((p.x * scale) as i64, (p.y * scale) as i64);
        if x < 8 || y < 8 || x >= i64::from(image.width()) - 8 || y >= i64::from(image.height()) - 8
        {
            continue;
        }
        inside += 1;
        if near(x, y) {
            hits += 1;
        }
    }
    (hits, inside)
}

#[test]
fn render_writes_the_start_view_at_the_requested_size_with_the_railway_in_its_colour() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("slide.png");
    let status = atlas_bin()
        .args(["render", "--size", "1280x720", "-o"])
        .arg(&out)
        .status()
        .expect("the atlas runs");
    assert!(status.success(), "render failed: {status}");
    let image = decode(&out);
    assert_eq!((image.width(), image.height()), (1280, 720));
    let spread = grey_std_dev(&image);
    assert!(spread > 15.0, "the image is nearly blank (σ = {spread:.1})");
    // The start view: the corridor framed in the map, as the map frames it at first start.
    let size = egui::vec2(1280.0, 720.0);
    let start = camera::fit(camera::CORRIDOR_BOUNDS, size, 24.0);
    let viewport = Viewport::new(
        egui::Rect::from_min_size(egui::Pos2::ZERO, size),
        Coord {
            x: start.lon,
            y: start.lat,
        },
        start.zoom,
    );
    let (hits, inside) = railway_coverage(&image, &viewport, 1.0);
    assert!(inside >= 10, "only {inside} railway points in view");
    assert!(
        hits * 10 >= inside * 8,
        "the railway's colour is at {hits} of {inside} points along the line"
    );
}

#[test]
fn render_draws_a_chosen_view_at_twice_the_pixels_for_print() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("boten.png");
    let view = View {
        lon: 101.55,
        lat: 20.9,
        zoom: 9.0,
    };
    let status = atlas_bin()
        .args([
            "render",
            "--size",
            "640x400",
            "--center",
            "101.55,20.9",
            "--zoom",
            "9",
            "--scale",
            "2",
            "-o",
        ])
        .arg(&out)
        .status()
        .expect("the atlas runs");
    assert!(status.success(), "render failed: {status}");
    let image = decode(&out);
    assert_eq!((image.width(), image.height()), (1280, 800));
    assert!(grey_std_dev(&image) > 15.0);
    let viewport = Viewport::new(
        egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(640.0, 400.0)),
        Coord {
            x: view.lon,
            y: view.lat,
        },
        view.zoom,
    );
    let (hits, inside) = railway_coverage(&image, &viewport, 2.0);
    assert!(inside >= 3, "only {inside} railway points in view");
    assert!(
        hits * 10 >= inside * 8,
        "the railway's colour is at {hits} of {inside} points along the line"
    );
}

#[test]
fn render_refuses_bad_arguments_with_a_message_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("never.png");
    for args in [
        &["--size", "1920"][..],
        &["--size", "20x20"][..],
        &["--center", "500,20"][..],
        &["--zoom", "40"][..],
        &["--scale", "0"][..],
    ] {
        let result = atlas_bin()
            .arg("render")
            .args(args)
            .arg("-o")
            .arg(&out)
            .output()
            .expect("the atlas runs");
        assert!(!result.status.success(), "{args:?} was accepted");
        let stderr = String::from_utf8_lossy(&result.stderr);
        assert!(stderr.contains("invalid value"), "{args:?}: {stderr}");
        assert!(!out.exists());
    }
    // A tour that does not exist, a stop it does not have, a stop without a tour.
    for (args, words) in [
        (&["--tour", "no-such-tour"][..], "neither a built-in tour"),
        (
            &["--tour", "study-visit-2019", "--stop", "99"][..],
            "has stops 1 to",
        ),
        (&["--stop", "2"][..], "--tour"),
    ] {
        let result = atlas_bin()
            .arg("render")
            .args(args)
            .arg("-o")
            .arg(&out)
            .output()
            .expect("the atlas runs");
        assert_eq!(result.status.code(), Some(2), "{args:?}");
        let said = String::from_utf8_lossy(&result.stderr).into_owned()
            + &String::from_utf8_lossy(&result.stdout);
        assert!(said.contains(words), "{args:?}: {said}");
        assert!(!out.exists());
    }
}

#[test]
fn file_export_map_image_saves_the_view_at_twice_the_screen_pixels() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("from-the-menu.png");
    let mut h = Harness::builder()
        .with_size(egui::vec2(1366.0, 768.0))
        .build_eframe(|cc| {
            let mut app = AtlasApp::with_settings(&cc.egui_ctx, &Settings::default());
            app.dialogs = false;
            app
        });
    h.run_steps(3);
    h.get_by_role_and_label(Role::Button, "File").click();
    h.run_steps(3);
    h.get_by_label("Export map image…").click();
    h.run_steps(2);
    // No native dialog in tests: "Choose…" says to type the path, and the box takes it.
    h.get_by_label("Choose…").click();
    h.run_steps(1);
    h.get_by_label_contains("type the full path");
    h.state_mut().export.path = out.display().to_string();
    h.get_by_label_contains("2× for print").click();
    h.run_steps(1);
    h.get_by_role_and_label(Role::Button, "Export").click();
    // The export draws one frame per window frame while the basemap's tiles are drawn;
    // the window closes when the file is written.
    h.run_steps(2);
    h.get_by_label("Drawing the map image…");
    // A hang guard, not a timing check: the tiles are drawn on worker threads.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    while std::time::Instant::now() < deadline {
        if !h.state().export.open {
            break;
        }
        h.step();
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(!h.state().export.open, "the export did not finish");
    let rect = h.state().map.last_viewport.expect("the map was drawn").rect;
    let image = decode(&out);
    assert_eq!(
        (image.width(), image.height()),
        (
            (rect.width() * 2.0).round() as u32,
            (rect.height() * 2.0).round() as u32
        )
    );
    assert!(grey_std_dev(&image) > 15.0);
    h.run_steps(2);
    h.get_by_label_contains("Map image saved");
}

#[test]
fn an_export_cancelled_while_drawing_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("cancelled.png");
    let mut h = Harness::builder()
        .with_size(egui::vec2(1366.0, 768.0))
        .build_eframe(|cc| {
            let mut app = AtlasApp::with_settings(&cc.egui_ctx, &Settings::default());
            app.dialogs = false;
            app
        });
    h.run_steps(3);
    h.state_mut().export.show();
    h.state_mut().export.path = out.display().to_string();
    // A few frames for the window to settle where it is anchored.
    h.run_steps(4);
    h.get_by_role_and_label(Role::Button, "Export").click();
    h.run_steps(2);
    h.get_by_label("Drawing the map image…");
    h.get_by_role_and_label(Role::Button, "Cancel").click();
    h.run_steps(2);
    assert!(!h.state().export.open);
    assert!(h.query_by_label("Drawing the map image…").is_none());
    for _ in 0..20 {
        h.step();
    }
    assert!(!out.exists(), "a cancelled export wrote its file");
}

#[test]
fn render_draws_a_tour_stop_as_the_room_saw_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("stop.png");
    // Stop 4 of the rail tour frames the Friendship Tunnel and the border.
    let status = atlas_bin()
        .args([
            "render",
            "--size",
            "800x500",
            "--tour",
            "kunming-vientiane-rail",
            "--stop",
            "4",
            "-o",
        ])
        .arg(&out)
        .status()
        .expect("the atlas runs");
    assert!(status.success(), "render failed: {status}");
    let image = decode(&out);
    assert_eq!((image.width(), image.height()), (800, 500));
    assert!(grey_std_dev(&image) > 15.0, "not blank");
}
