//! Files being opened: imports and tile-pack checks running on workers (the shell starts
//! and drains them, the Layers panel shows their progress), the question asked before a
//! file already open is opened again, the path box offered where no file dialog can be
//! shown, and what an import adds to the atlas.

use super::notices::{self, Level};
use super::{AppState, Effect};
use crate::data::load::{LoadError, ParsedCollection};
use crate::data::{FeatureIndex, IdIndex, Lang, Layer, LayerId, LayerKind, LayerOrigin};
use crate::i18n::{Arg, tr, tr_args};
use crate::jobs::Job;
use crate::map::camera::Bounds;
use crate::search::SearchIndex;
use std::path::{Path, PathBuf};

/// What an import produces off the UI thread: the parsed file, the search index of its
/// names (for a 120,000-feature file the index is most of the work of adding a layer) and
/// the R-tree of its features (2,000,000 points: over a second of bulk loading).
pub struct Imported {
    /// The file's features and problems.
    pub parsed: ParsedCollection,
    /// Its names, see [`crate::search::names_index`].
    pub names: SearchIndex<u32>,
    /// Its features' bounding boxes, see [`FeatureIndex::build`].
    pub index: FeatureIndex,
    /// Its features' ids, see [`IdIndex::build`].
    pub ids: IdIndex,
}

impl Imported {
    /// Builds the names index and the id index of `parsed` (on the import thread), beside
    /// `index`, the R-tree of its features, which the import built first to prepare the
    /// drawing with ([`crate::map::overlays::ReadyDrawing::of`]).
    pub fn of(parsed: ParsedCollection, index: FeatureIndex) -> Self {
        let names = crate::search::names_index(&parsed.features);
        let ids = IdIndex::build(&parsed.features);
        Imported {
            parsed,
            names,
            index,
            ids,
        }
    }
}

/// A GeoJSON import running in the background.
pub struct ImportJob {
    /// The file being read.
    pub path: PathBuf,
    /// The worker.
    pub job: Job<Result<(Imported, crate::map::overlays::ReadyDrawing), LoadError>>,
}

/// A tile pack being checked in the background before the map draws it.
pub struct PackJob {
    /// The pack.
    pub path: PathBuf,
    /// Whether it is the pack remembered from the last run (kept in the settings even if
    /// it cannot be opened now: the USB stick may simply be unplugged).
    pub remembered: bool,
    /// The worker.
    pub job: Job<Result<std::sync::Arc<crate::data::pack::Pack>, crate::data::pack::PackError>>,
}

impl AppState {
    /// Whether `path` is already an open layer or being opened (compared after resolving
    /// links and `..`, so the same file reached two ways counts once).
    pub fn is_open_or_opening(&self, path: &Path) -> bool {
        let same = |other: &Path| {
            other == path
                || matches!(
                    (std::fs::canonicalize(other), std::fs::canonicalize(path)),
                    (Ok(a), Ok(b)) if a == b
                )
        };
        self.imports.iter().any(|i| same(&i.path))
            || self.atlas.layers().iter().any(|l| match &l.origin {
                LayerOrigin::File(p) => same(p),
                LayerOrigin::BuiltIn(_) => false,
            })
    }

    /// Imports in progress, oldest first.
    pub fn imports(&self) -> &[ImportJob] {
        &self.imports
    }

    /// Keeps an import the shell has started, until it finishes.
    pub fn add_import(&mut self, import: ImportJob) {
        self.imports.push(import);
    }

    /// The imports in progress, handed to the shell to see which have finished; it gives
    /// back those still running with [`Self::add_import`].
    pub fn take_imports(&mut self) -> Vec<ImportJob> {
        std::mem::take(&mut self.imports)
    }

    /// The tile pack being checked, if any.
    pub fn pack_job(&self) -> Option<&PackJob> {
        self.pack_job.as_ref()
    }

    /// Keeps the check of a tile pack the shell has started (one at a time: the shell
    /// cancels the previous one, see [`Self::take_pack_job`]).
    pub fn set_pack_job(&mut self, job: PackJob) {
        self.pack_job = Some(job);
    }

    /// The pack check, handed back to the shell once it has finished or is replaced.
    pub fn take_pack_job(&mut self) -> Option<PackJob> {
        self.pack_job.take()
    }

    /// The file asked for again while already open, waiting for the user's answer.
    pub fn duplicate_import(&self) -> Option<&Path> {
        self.duplicate_import.as_deref()
    }

    /// Asks the user before opening `path` a second time.
    pub fn ask_before_reopening(&mut self, path: PathBuf) {
        self.duplicate_import = Some(path);
    }

    /// The user's answer to [`Self::ask_before_reopening`]: open the file again or not.
    pub fn answer_reopening(&mut self, again: bool) {
        if let Some(path) = self.duplicate_import.take()
            && again
        {
            self.push(Effect::ImportAgain(path));
        }
    }

    /// The text of the "open a file by path" box, while it is shown.
    pub fn path_prompt(&self) -> Option<&str> {
        self.path_prompt.as_deref()
    }

    /// Shows the path box, empty: where no file dialog can be shown, the user types the
    /// path instead of the click doing nothing.
    pub fn ask_for_path(&mut self) {
        self.path_prompt = Some(String::new());
    }

    /// The path box's text, taken while the box is drawn (the box edits it and may push
    /// effects meanwhile); [`Self::keep_path_prompt`] puts it back while the box stays.
    pub fn take_path_prompt(&mut self) -> Option<String> {
        self.path_prompt.take()
    }

    /// Keeps the path box on screen with `text`.
    pub fn keep_path_prompt(&mut self, text: String) {
        self.path_prompt = Some(text);
    }

    /// Adds an imported file as a new layer, indexes its names for search, and tells the
    /// user what was loaded and what was skipped.
    pub fn add_imported(&mut self, path: PathBuf, imported: Imported) -> LayerId {
        let Imported {
            parsed,
            names,
            index,
            ids,
        } = imported;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string());
        let count = parsed.features.len();
        // A file that broke off is told on its own, first: the layer is incomplete.
        if let Some(cut) = parsed.cut_short {
            self.notices.push(
                Level::Warning,
                tr_args(
                    "notice-imported-cut-short",
                    &[
                        ("name", Arg::from(&name)),
                        ("message", Arg::from(cut.message())),
                    ],
                ),
                Vec::new(),
            );
        }
        // Only the first few are ever turned into text: a file with a million problems must
        // not take gigabytes to list them.
        let problem_count = parsed.problems.len();
        let mut problems =
            notices::capped_details(parsed.problems.iter().map(|p| p.to_string()), problem_count);
        // The checker's per-feature sentences are English (they name GeoJSON members and
        // RFC sections); readers of other languages are told so once, in their language.
        if problem_count > 0 && crate::i18n::lang() != Lang::En {
            problems.insert(0, tr("problem-details-in-english"));
        }
        let tint = match self.import_colors.get(&path) {
            Some(color) => *color,
            None => {
                let c = crate::style::imported_color(self.palette_used);
                self.palette_used += 1;
                [c.r(), c.g(), c.b()]
            }
        };
        self.import_colors.insert(path.clone(), tint);
        let id = self.atlas.add_layer_indexed(
            name.clone(),
            LayerKind::Imported,
            LayerOrigin::File(path),
            parsed,
            Some((index, ids)),
        );
        self.atlas.set_tint(id, Some(tint));
        self.search.add_layer(id, names);
        if problem_count == 0 {
            self.notices.info(tr_args(
                "notice-imported",
                &[("name", Arg::from(&name)), ("count", Arg::from(count))],
            ));
        } else {
            self.notices.push(
                Level::Warning,
                tr_args(
                    "notice-imported-with-problems",
                    &[
                        ("name", Arg::from(&name)),
                        ("count", Arg::from(count)),
                        ("problems", Arg::from(problem_count)),
                    ],
                ),
                problems,
            );
        }
        if let Some(bounds) = self.atlas.layer(id).and_then(Layer::bounds) {
            self.push(Effect::FlyToBounds(Bounds::from_rect(bounds)));
        }
        id
    }
}
