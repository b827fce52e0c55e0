//! `mekong-atlas`: opens the atlas window, or runs a command-line tool (`check`, `stats`, `render`).

use clap::Parser;
use mekong_atlas::app::{AtlasApp, Preload, TITLE};
use mekong_atlas::cli::{Cli, Command};
use std::process::ExitCode;

fn main() -> ExitCode {
    mekong_atlas::app::startup_mark("process started");
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Check { files }) => {
            let code = mekong_atlas::cli::run_check(&files, &mut std::io::stdout());
            ExitCode::from(u8::try_from(code).unwrap_or(2))
        }
        Some(Command::Stats { files }) => {
            let code = mekong_atlas::stats::run_stats(&files, &mut std::io::stdout());
            ExitCode::from(u8::try_from(code).unwrap_or(2))
        }
        Some(Command::Render(args)) => ExitCode::from(mekong_atlas::export::run_render(
            &args,
            &mut std::io::stderr(),
        )),
        Some(Command::Briefing { itinerary, output }) => {
            let code =
                mekong_atlas::briefing::run_briefing(&itinerary, &output, &mut std::io::stderr());
            ExitCode::from(u8::try_from(code).unwrap_or(2))
        }
        None => run_gui(cli.files, cli.tile_pack, cli.window_size),
    }
}

fn run_gui(
    files: Vec<std::path::PathBuf>,
    tile_pack: Option<std::path::PathBuf>,
    size: Option<[f32; 2]>,
) -> ExitCode {
    // Before the window: the data and the basemap are read while the renderer starts.
    let preload = Preload::start();
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(TITLE)
            .with_inner_size(size.unwrap_or([1366.0, 768.0]))
            .with_maximized(size.is_none())
            .with_min_inner_size([800.0, 500.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    let result = eframe::run_native(
        TITLE,
        options,
        Box::new(move |cc| Ok(Box::new(AtlasApp::new(cc, files, tile_pack, preload)))),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("The atlas window could not be opened: {e}");
            ExitCode::FAILURE
        }
    }
}
