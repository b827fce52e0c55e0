//! Work the shell runs behind the window: imports of the user's files (read, indexed and
//! triangulated on a worker, then added to the state), the check of a tile pack before the
//! map draws it, reopening last run's files, and telling the user how each one ended.

use super::AtlasApp;
use super::menu;
use crate::data::{FeatureIndex, load};
use crate::i18n::{Arg, tr_args};
use crate::jobs::{Job, JobPoll};
use crate::map::online::TileChoice;
use crate::map::overlays::ReadyDrawing;
use crate::state::notices::Level;
use crate::state::{AppState, Effect, ImportJob, Imported, ImportedFile, PackJob};
use std::path::PathBuf;

impl AtlasApp {
    /// Reads `path` on a worker; the layer is added when [`Self::drain_imports`] finds it done.
    pub(super) fn start_import(&mut self, ctx: &egui::Context, path: PathBuf) {
        let repaint_ctx = ctx.clone();
        let job_path = path.clone();
        let title = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let spawned = Job::spawn(
            title,
            move || repaint_ctx.request_repaint(),
            move |control| {
                load::load_file(&job_path, control.cancel_flag(), &|f| {
                    control.set_progress(f)
                })
                .and_then(|parsed| {
                    // The R-tree is built, polygons are triangulated and dense layers' tile
                    // geometry (which shares the R-tree) built here, so the window only
                    // receives them ready.
                    let index = FeatureIndex::build(&parsed.features);
                    let ready = ReadyDrawing::of(&parsed.features, &index, control.cancel_flag())
                        .ok_or(load::LoadError::Cancelled)?;
                    Ok((Imported::of(parsed, index), ready))
                })
            },
        );
        match spawned {
            Ok(job) => self.state.add_import(ImportJob { path, job }),
            Err(e) => self.state.notices.push(
                Level::Error,
                tr_args(
                    "notice-import-not-started",
                    &[("path", Arg::from(path.display().to_string()))],
                ),
                vec![e.to_string()],
            ),
        }
    }

    /// Adds the imports that finished to the atlas, and says how each one ended.
    pub(super) fn drain_imports(&mut self) {
        for import in self.state.take_imports() {
            match import.job.poll_outcome() {
                // Cancel takes effect at once, even if the read is stuck in the operating
                // system (a network drive): the worker's late result is dropped.
                JobPoll::Running | JobPoll::Died if import.job.control().is_cancelled() => {
                    self.state.notices.info(tr_args(
                        "notice-import-cancelled",
                        &[("path", Arg::from(import.path.display().to_string()))],
                    ));
                }
                JobPoll::Running => self.state.add_import(import),
                JobPoll::Died => {
                    self.state.notices.error(tr_args(
                        "notice-import-died",
                        &[("path", Arg::from(import.path.display().to_string()))],
                    ));
                }
                JobPoll::Done(Ok((imported, ready))) => {
                    let id = self.state.add_imported(import.path, imported);
                    self.map.give_ready_drawing(id, ready);
                }
                JobPoll::Done(Err(e)) => {
                    let cancelled = e.is_cancelled();
                    if cancelled {
                        self.state.notices.info(tr_args(
                            "notice-import-cancelled",
                            &[("path", Arg::from(import.path.display().to_string()))],
                        ));
                    } else {
                        self.state.notices.push(
                            Level::Error,
                            tr_args(
                                "notice-import-failed",
                                &[("path", Arg::from(import.path.display().to_string()))],
                            ),
                            vec![e.to_string()],
                        );
                    }
                }
            }
        }
    }

    /// Gives the map the tile pack whose check passed, or says why not.
    pub(super) fn drain_pack_job(&mut self, ctx: &egui::Context) {
        let Some(outcome) = self.state.pack_job().and_then(|j| j.job.poll()) else {
            return;
        };
        let Some(PackJob {
            path, remembered, ..
        }) = self.state.take_pack_job()
        else {
            return;
        };
        let name = menu::tiles_label(&TileChoice::Pack(path.clone()));
        match outcome {
            Ok(pack) => {
                let (min, max) = (pack.header().min_zoom, pack.header().max_zoom);
                self.map.set_pack(pack, ctx);
                self.state.set_tiles(TileChoice::Pack(path));
                self.pack_problems_told = false;
                self.state.notices.info(tr_args(
                    "notice-pack-opened",
                    &[
                        ("name", Arg::from(&name)),
                        ("min", Arg::from(u32::from(min))),
                        ("max", Arg::from(u32::from(max))),
                    ],
                ));
            }
            Err(e) if e.is_cancelled() => {
                if remembered {
                    self.state.set_tiles(TileChoice::Embedded);
                }
                self.state.notices.info(tr_args(
                    "notice-pack-cancelled",
                    &[("name", Arg::from(&name))],
                ));
            }
            Err(e) if remembered => {
                // Kept in the settings: the stick may be back next time.
                self.state.notices.push(
                    Level::Error,
                    tr_args(
                        "notice-remembered-pack-unavailable",
                        &[("reason", Arg::from(e.to_string()))],
                    ),
                    Vec::new(),
                );
            }
            Err(e) => {
                self.state.notices.error(tr_args(
                    "notice-pack-refused",
                    &[("reason", Arg::from(e.to_string()))],
                ));
            }
        }
    }

    /// Tells the user once when tiles of the pack in use cannot be read; returns whether
    /// a notice was added.
    pub(super) fn report_pack_problems(&mut self) -> bool {
        let (bad, first) = self.map.pack_problems();
        if bad == 0 || self.pack_problems_told {
            return false;
        }
        self.pack_problems_told = true;
        let name = menu::tiles_label(&self.map.tile_choice);
        self.state.notices.push(
            Level::Warning,
            tr_args(
                "notice-pack-tiles-unreadable",
                &[("name", Arg::from(&name))],
            ),
            first.map(str::to_owned).into_iter().collect(),
        );
        true
    }
}

/// Checks the pack at `path` on a worker (replacing any pack being checked); the map
/// draws it once the check passes.
pub(super) fn start_pack_job(
    state: &mut AppState,
    ctx: &egui::Context,
    path: PathBuf,
    remembered: bool,
) {
    if let Some(old) = state.take_pack_job() {
        old.job.control().cancel();
    }
    let repaint_ctx = ctx.clone();
    let job_path = path.clone();
    let title = TileChoice::Pack(path.clone()).label();
    let spawned = Job::spawn(
        title,
        move || repaint_ctx.request_repaint(),
        move |control| {
            crate::data::pack::Pack::open(&job_path, control.cancel_flag()).map(std::sync::Arc::new)
        },
    );
    match spawned {
        Ok(job) => state.set_pack_job(PackJob {
            path,
            remembered,
            job,
        }),
        Err(e) => state.notices.push(
            Level::Error,
            tr_args(
                "notice-pack-not-started",
                &[("path", Arg::from(path.display().to_string()))],
            ),
            vec![e.to_string()],
        ),
    }
}

/// Reopens the files the user had open last time, in their order, and says in one notice
/// which of them are gone (a USB stick not plugged in, a file moved), naming each.
pub(super) fn reopen_imported(state: &mut AppState, files: &[ImportedFile]) {
    let mut missing = Vec::new();
    for path in files.iter().map(|f| &f.path) {
        if path.is_file() {
            state.push(Effect::Import(path.clone()));
        } else {
            missing.push(path.display().to_string());
        }
    }
    if !missing.is_empty() {
        state.notices.push(
            Level::Warning,
            tr_args(
                "notice-imports-missing",
                &[("count", Arg::from(missing.len()))],
            ),
            missing,
        );
    }
}
