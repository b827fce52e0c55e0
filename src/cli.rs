//! The command line: open files in the atlas, check data files against the corridor schema,
//! or measure how files load, without starting the window (for data authors and the tests).

use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

use clap::{Parser, Subcommand};

use crate::data::{LoadError, check_files};

/// Lancang–Mekong corridor atlas: the China–Laos railway, expressways, border ports, economic
/// zones and logistics routes, fully offline.
#[derive(Debug, Parser)]
#[command(name = "mekong-atlas", version, about)]
pub struct Cli {
    /// What to do instead of opening the atlas window.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// GeoJSON files to open as extra layers.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// A PMTiles tile pack to draw under the corridor layers (e.g. from a USB stick), checked
    /// like File → Open tile pack…; it replaces the remembered map for this and later runs.
    #[arg(long, value_name = "FILE")]
    pub tile_pack: Option<PathBuf>,
    /// Window size in points, e.g. 1920x1080 for a projector (default: maximised).
    #[arg(long, value_name = "WIDTHxHEIGHT", value_parser = parse_window_size)]
    pub window_size: Option<[f32; 2]>,
}

/// Reads `WIDTHxHEIGHT` (e.g. `1366x768`), each side between 320 and 8192 points.
pub fn parse_window_size(s: &str) -> Result<[f32; 2], String> {
    let (w, h) = s
        .split_once(['x', 'X'])
        .ok_or_else(|| format!("`{s}` is not WIDTHxHEIGHT, e.g. 1920x1080"))?;
    let side = |v: &str| -> Result<f32, String> {
        let n: u32 = v
            .trim()
            .parse()
            .map_err(|_| format!("`{v}` is not a whole number of points"))?;
        if (320..=8192).contains(&n) {
            Ok(n as f32)
        } else {
            Err(format!("{n} is outside 320..=8192 points"))
        }
    };
    Ok([side(w)?, side(h)?])
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check GeoJSON files against the corridor schema (geodata/README.md) and print every
    /// problem as FILE:LINE: feature ID: message. Exit code 0 when clean, 1 with problems,
    /// 2 when a file cannot be read.
    Check {
        /// Files to check together (ids must be unique across them, links must resolve).
        #[arg(value_name = "FILE", required = true)]
        files: Vec<PathBuf>,
    },
    /// Load GeoJSON files exactly as File → Open does and print, per file, feature and vertex
    /// counts, bounding box, load time and peak memory. Exit code 0 when every file loads,
    /// 2 when some file cannot be loaded or holds no feature to show (with the reason). Does not check the corridor schema.
    Stats {
        /// Files to load, one after the other.
        #[arg(value_name = "FILE", required = true)]
        files: Vec<PathBuf>,
    },
    /// Draw the map as the atlas shows it (labels, scale bar, attribution) into a PNG,
    /// without a window: the start view, or `--center LON,LAT --zoom Z`; `--scale 2` for
    /// print. Exit code 0 when written, 1 when not (with the reason), 2 on bad arguments.
    Render(crate::export::RenderArgs),
    /// Write the briefing of a study-visit itinerary (GeoJSON saved by the Planner): HTML with
    /// an inline map when OUT ends in .html, Markdown when it ends in .md. No window needed.
    /// Exit code 0 when written, 1 when the itinerary is unreadable or not an itinerary,
    /// 2 when the briefing cannot be written.
    Briefing {
        /// The itinerary file.
        #[arg(value_name = "ITINERARY")]
        itinerary: PathBuf,
        /// Where to write the briefing (.html or .md).
        #[arg(short, long, value_name = "OUT")]
        output: PathBuf,
    },
}

/// Exit code when every file is clean.
pub const EXIT_CLEAN: i32 = 0;
/// Exit code when some file has problems.
pub const EXIT_PROBLEMS: i32 = 1;
/// Exit code when some file cannot be read (missing, unreadable, too large).
pub const EXIT_UNREADABLE: i32 = 2;

/// Checks `paths` as one data set and writes every problem to `out`, one per line as
/// `FILE:LINE: feature ID: message`, then a summary line. Returns the process exit code:
/// [`EXIT_UNREADABLE`] if any file could not be read (the others are still checked),
/// else [`EXIT_PROBLEMS`] if there were problems, else [`EXIT_CLEAN`]. Output errors are
/// ignored: the exit code still tells the result.
pub fn run_check(paths: &[PathBuf], out: &mut dyn Write) -> i32 {
    let mut files = Vec::with_capacity(paths.len());
    let mut unreadable = 0usize;
    let never = AtomicBool::new(false);
    for path in paths {
        match crate::data::load::read_limited(path, &never, &|_| {}) {
            Ok(bytes) => files.push((path.display().to_string(), bytes)),
            Err(e) => {
                unreadable += 1;
                let why = match e {
                    LoadError::Io { source, .. } => source.to_string(),
                    other => other.to_string(),
                };
                let _ = writeln!(out, "{}: cannot read the file: {why}", path.display());
            }
        }
    }
    let problems = check_files(&files);
    for (file, p) in &problems {
        let mut line = file.clone();
        if let Some(l) = p.line {
            line.push_str(&format!(":{l}"));
        }
        line.push_str(": ");
        if let Some(id) = &p.feature_id {
            line.push_str(&format!("feature {id}: "));
        }
        line.push_str(&p.message);
        let _ = writeln!(out, "{line}");
    }
    let with_problems = {
        let mut names: Vec<&str> = problems.iter().map(|(f, _)| f.as_str()).collect();
        names.dedup();
        names.len()
    };
    let plural = |n: usize, one: &str, many: &str| {
        if n == 1 {
            format!("{n} {one}")
        } else {
            format!("{n} {many}")
        }
    };
    let mut summary = format!(
        "checked {}: {}",
        plural(files.len(), "file", "files"),
        if problems.is_empty() {
            "no problems".to_string()
        } else {
            format!(
                "{} in {}",
                plural(problems.len(), "problem", "problems"),
                plural(with_problems, "file", "files")
            )
        }
    );
    if unreadable > 0 {
        summary.push_str(&format!(
            "; {} could not be read",
            plural(unreadable, "file", "files")
        ));
    }
    let _ = writeln!(out, "{summary}");
    if unreadable > 0 {
        EXIT_UNREADABLE
    } else if !problems.is_empty() {
        EXIT_PROBLEMS
    } else {
        EXIT_CLEAN
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_sizes_are_read_and_silly_ones_refused() {
        assert_eq!(parse_window_size("1920x1080"), Ok([1920.0, 1080.0]));
        assert_eq!(parse_window_size("1366X768"), Ok([1366.0, 768.0]));
        assert!(parse_window_size("big").is_err());
        assert!(parse_window_size("10x10").is_err());
        assert!(parse_window_size("1920x").is_err());
    }

    #[test]
    fn check_requires_at_least_one_file() {
        assert!(Cli::try_parse_from(["mekong-atlas", "check"]).is_err());
        let cli = Cli::try_parse_from(["mekong-atlas", "check", "a.geojson"]).expect("parses");
        assert!(matches!(cli.command, Some(Command::Check { files }) if files.len() == 1));
        let cli = Cli::try_parse_from(["mekong-atlas", "x.geojson", "y.json"]).expect("parses");
        assert!(cli.command.is_none());
        assert_eq!(cli.files.len(), 2);
    }

    #[test]
    fn stats_requires_at_least_one_file() {
        assert!(Cli::try_parse_from(["mekong-atlas", "stats"]).is_err());
        let cli = Cli::try_parse_from(["mekong-atlas", "stats", "a.geojson", "b.geojson"])
            .expect("parses");
        assert!(matches!(cli.command, Some(Command::Stats { files }) if files.len() == 2));
    }

    #[test]
    fn a_missing_file_is_exit_code_2_and_named() {
        let mut out = Vec::new();
        let code = run_check(&[PathBuf::from("/nonexistent/x.geojson")], &mut out);
        assert_eq!(code, EXIT_UNREADABLE);
        let text = String::from_utf8(out).expect("utf-8");
        assert!(
            text.contains("/nonexistent/x.geojson: cannot read"),
            "{text}"
        );
    }
}
