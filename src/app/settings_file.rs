//! The atlas's own settings file: written atomically, read tolerantly, shared safely.
//!
//! eframe's storage writes its file in place and only when a frame runs, so a full disk
//! left a fragment that reset every setting, and logout or shutdown (SIGTERM) saved
//! nothing. Here settings are JSON written with [`crate::persist::write_atomic`] (temp
//! file, fsync, rename) a moment after each change and on SIGTERM/SIGINT; one unreadable
//! value resets that value only, with a notice; a lock lets a second window open
//! read-only instead of overwriting the first one's settings.

use crate::i18n::{Arg, tr, tr_args};
use crate::map::camera::{MAX_ZOOM, MIN_ZOOM, View};
use crate::state::window::{ROOM_ADJUST_MAX, ROOM_ADJUST_MIN};
use crate::state::{LayerSettings, Settings};
use serde_json::{Map, Value};
use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// Seconds a change waits before it is written, so dragging a slider writes once.
pub const SAVE_DELAY_S: f64 = 1.0;

/// The settings file's name in the configuration directory.
pub const FILE_NAME: &str = "settings.json";

/// Where the settings live: the user's configuration directory
/// (e.g. `~/.config/mekong-atlas/settings.json`), or `MEKONG_ATLAS_CONFIG_DIR` if set
/// (tests, and a portable copy on a USB stick).
pub fn default_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("MEKONG_ATLAS_CONFIG_DIR") {
        return Some(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("org", "mekong-atlas", "mekong-atlas")
        .map(|d| d.config_dir().to_path_buf())
}

/// Something about the settings file the user must be told. Kept as a value and put into
/// words only when shown, so it reads in the language the settings themselves choose.
#[derive(Debug, Clone, PartialEq)]
pub enum SettingsProblem {
    /// The file is not JSON; the parser's reason.
    Unreadable(String),
    /// The file is JSON but not an object of settings.
    NoSettings,
    /// A setting this version does not know.
    UnknownKey(String),
    /// Some entries of a map of settings (one per layer) were unreadable.
    EntriesReset {
        /// The setting.
        key: String,
        /// How many entries were reset.
        count: usize,
    },
    /// A setting whose value could not be read.
    ValueReset(String),
    /// The remembered view was outside the world or not a number.
    ImpossibleView,
    /// Layer opacities outside 0.1–1.
    OpacitiesCorrected(usize),
    /// Another window holds the lock: this one does not save.
    ReadOnly,
    /// The file exists and could not be read.
    FileUnreadable {
        /// The settings file.
        path: PathBuf,
        /// The operating system's reason.
        reason: String,
    },
}

impl std::fmt::Display for SettingsProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            SettingsProblem::Unreadable(reason) => tr_args(
                "settings-problem-unreadable",
                &[("reason", Arg::from(reason))],
            ),
            SettingsProblem::NoSettings => tr("settings-problem-no-settings"),
            SettingsProblem::UnknownKey(key) => {
                tr_args("settings-problem-unknown-key", &[("key", Arg::from(key))])
            }
            SettingsProblem::EntriesReset { key, count } => tr_args(
                "settings-problem-entries-reset",
                &[("key", Arg::from(key)), ("count", Arg::from(*count))],
            ),
            SettingsProblem::ValueReset(key) => {
                tr_args("settings-problem-value-reset", &[("key", Arg::from(key))])
            }
            SettingsProblem::ImpossibleView => tr("settings-problem-impossible-view"),
            SettingsProblem::OpacitiesCorrected(count) => tr_args(
                "settings-problem-opacities",
                &[("count", Arg::from(*count))],
            ),
            SettingsProblem::ReadOnly => tr("settings-problem-read-only"),
            SettingsProblem::FileUnreadable { path, reason } => tr_args(
                "settings-problem-file-unreadable",
                &[
                    ("path", Arg::from(path.display().to_string())),
                    ("reason", Arg::from(reason)),
                ],
            ),
        };
        f.write_str(&text)
    }
}

/// Reads settings from JSON text, keeping every value that is readable. Returns the
/// settings and one plain sentence per value that was unknown, unreadable or out of range
/// (each reset to its default).
pub fn parse(text: &str) -> (Settings, Vec<SettingsProblem>) {
    let mut problems = Vec::new();
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            problems.push(SettingsProblem::Unreadable(e.to_string()));
            return (Settings::default(), problems);
        }
    };
    let Value::Object(fields) = value else {
        problems.push(SettingsProblem::NoSettings);
        return (Settings::default(), problems);
    };
    let mut current = match serde_json::to_value(Settings::default()) {
        Ok(Value::Object(m)) => m,
        _ => Map::new(),
    };
    for (key, value) in fields {
        if !current.contains_key(&key) {
            problems.push(SettingsProblem::UnknownKey(key));
            continue;
        }
        let mut candidate = current.clone();
        candidate.insert(key.clone(), value.clone());
        if serde_json::from_value::<Settings>(Value::Object(candidate.clone())).is_ok() {
            current = candidate;
            continue;
        }
        // A map of entries (e.g. one per layer): keep each readable entry.
        if let Value::Object(entries) = value {
            let mut kept = 0usize;
            let mut partial = current.clone();
            partial.insert(key.clone(), Value::Object(Map::new()));
            if serde_json::from_value::<Settings>(Value::Object(partial.clone())).is_ok() {
                for (name, entry) in &entries {
                    let mut next = partial.clone();
                    if let Some(Value::Object(m)) = next.get_mut(&key) {
                        m.insert(name.clone(), entry.clone());
                    }
                    if serde_json::from_value::<Settings>(Value::Object(next.clone())).is_ok() {
                        partial = next;
                        kept += 1;
                    }
                }
                current = partial;
                problems.push(SettingsProblem::EntriesReset {
                    key,
                    count: entries.len() - kept,
                });
                continue;
            }
        }
        problems.push(SettingsProblem::ValueReset(key));
    }
    let settings = serde_json::from_value(Value::Object(current)).unwrap_or_default();
    let (settings, more) = sanitise(settings);
    problems.extend(more);
    (settings, problems)
}

/// Puts values that parse but make no sense (a NaN view, an opacity of 7) back in range,
/// so a broken value can never give a blank map that is then saved back.
pub fn sanitise(mut s: Settings) -> (Settings, Vec<SettingsProblem>) {
    let mut problems = Vec::new();
    if let Some(v) = s.view {
        let sound = v.lon.is_finite()
            && v.lat.is_finite()
            && v.zoom.is_finite()
            && (-180.0..=180.0).contains(&v.lon)
            && (-85.06..=85.06).contains(&v.lat);
        if sound {
            s.view = Some(View {
                zoom: v.zoom.clamp(MIN_ZOOM, MAX_ZOOM),
                ..v
            });
        } else {
            s.view = None;
            problems.push(SettingsProblem::ImpossibleView);
        }
    }
    let mut bad_layers = 0;
    for l in s.layers.values_mut() {
        if !(l.opacity.is_finite() && (0.1..=1.0).contains(&l.opacity)) {
            bad_layers += 1;
            *l = LayerSettings {
                visible: l.visible,
                opacity: if l.opacity.is_finite() {
                    l.opacity.clamp(0.1, 1.0)
                } else {
                    1.0
                },
            };
        }
    }
    if bad_layers > 0 {
        problems.push(SettingsProblem::OpacitiesCorrected(bad_layers));
    }
    // The presenter's adjustment within the bounds Ctrl +/− keeps it in.
    let adjust = s.panels.room_adjust;
    s.panels.room_adjust = if adjust.is_finite() {
        adjust.clamp(ROOM_ADJUST_MIN, ROOM_ADJUST_MAX)
    } else {
        1.0
    };
    (s, problems)
}

/// The settings as written to disk.
pub fn to_text(s: &Settings) -> String {
    serde_json::to_string_pretty(s).unwrap_or_else(|_| "{}".to_owned())
}

/// Reads the settings file at `path`: `Ok(None)` when there is none yet.
pub fn read(path: &Path) -> Result<Option<(Settings, Vec<SettingsProblem>)>, std::io::Error> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(Some(parse(&String::from_utf8_lossy(&bytes)))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// Writes `settings` to `path` atomically; a failure keeps the old file.
pub fn write(path: &Path, settings: &Settings) -> Result<(), crate::persist::SaveError> {
    crate::persist::write_atomic(path, to_text(settings).as_bytes())
}

/// The settings file of this run: where it is, whether this window may write it, and
/// the latest settings (shared with the signal handler, which saves them on SIGTERM).
pub struct SettingsFile {
    path: PathBuf,
    /// Held for the whole run; `None` when another window holds it (read-only).
    _lock: Option<File>,
    writable: bool,
    latest: Arc<Mutex<Settings>>,
    saved: Settings,
    changed_at: Option<f64>,
}

/// What opening the settings file found, for the app to apply and tell the user.
pub struct Opened {
    /// The file.
    pub file: SettingsFile,
    /// The settings read (defaults when there were none).
    pub settings: Option<Settings>,
    /// What the user must be told: values reset, read-only mode.
    pub notices: Vec<SettingsProblem>,
}

impl SettingsFile {
    /// Opens the settings in `dir`, taking the lock if no other window has it.
    pub fn open(dir: &Path) -> Opened {
        let path = dir.join(FILE_NAME);
        let mut notices = Vec::new();
        let _ = std::fs::create_dir_all(dir);
        let lock = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(dir.join("settings.lock"))
            .ok()
            .filter(|f| f.try_lock().is_ok());
        let writable = lock.is_some();
        if !writable {
            notices.push(SettingsProblem::ReadOnly);
        }
        let settings = match read(&path) {
            Ok(Some((s, problems))) => {
                notices.extend(problems);
                Some(s)
            }
            Ok(None) => None,
            Err(e) => {
                notices.push(SettingsProblem::FileUnreadable {
                    path: path.clone(),
                    reason: e.to_string(),
                });
                None
            }
        };
        let current = settings.clone().unwrap_or_default();
        Opened {
            file: Self {
                path,
                _lock: lock,
                writable,
                latest: Arc::new(Mutex::new(current.clone())),
                saved: current,
                changed_at: None,
            },
            settings,
            notices,
        }
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether this window saves its settings (it holds the lock).
    pub fn writable(&self) -> bool {
        self.writable
    }

    /// Records the settings as they are at time `now` (seconds) and writes them once they
    /// have not changed for [`SAVE_DELAY_S`]. Returns a save error for the user, if any.
    pub fn update(&mut self, settings: Settings, now: f64) -> Option<crate::persist::SaveError> {
        if let Ok(mut latest) = self.latest.lock()
            && *latest != settings
        {
            *latest = settings.clone();
            self.changed_at = Some(now);
        }
        let due = self
            .changed_at
            .is_some_and(|t| now - t >= SAVE_DELAY_S || now < t);
        if due && settings != self.saved {
            self.changed_at = None;
            return self.save_now(settings);
        }
        if due {
            self.changed_at = None;
        }
        None
    }

    /// Writes `settings` now (on exit).
    pub fn save_now(&mut self, settings: Settings) -> Option<crate::persist::SaveError> {
        if let Ok(mut latest) = self.latest.lock() {
            *latest = settings.clone();
        }
        if !self.writable || (settings == self.saved && self.path.exists()) {
            return None;
        }
        match write(&self.path, &settings) {
            Ok(()) => {
                self.saved = settings;
                None
            }
            Err(e) => Some(e),
        }
    }

    /// Whether a change waits to be written.
    pub fn pending(&self) -> bool {
        self.changed_at.is_some()
    }

    /// Saves the latest settings when the process is asked to stop (SIGTERM at logout or
    /// shutdown, SIGINT from a terminal), then exits: no frame has to run for it.
    pub fn save_on_termination(&self) -> std::io::Result<()> {
        if !self.writable {
            return Ok(());
        }
        let latest = Arc::clone(&self.latest);
        let path = self.path.clone();
        save_on_termination(path, latest)
    }
}

/// Starts the thread that writes `latest` to `path` on SIGTERM or SIGINT and then ends the
/// process.
#[cfg(unix)]
pub fn save_on_termination(path: PathBuf, latest: Arc<Mutex<Settings>>) -> std::io::Result<()> {
    use signal_hook::consts::{SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGINT])?;
    std::thread::Builder::new()
        .name("save settings on exit".to_owned())
        .spawn(move || {
            if let Some(sig) = signals.forever().next() {
                let settings = latest.lock().map(|s| s.clone()).unwrap_or_default();
                if let Err(e) = write(&path, &settings) {
                    eprintln!("The settings could not be saved: {e}");
                }
                std::process::exit(128 + sig);
            }
        })?;
    Ok(())
}

/// Elsewhere the window's own close event saves the settings.
#[cfg(not(unix))]
pub fn save_on_termination(_: PathBuf, _: Arc<Mutex<Settings>>) -> std::io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Lang;

    #[test]
    fn a_wild_presenter_size_is_put_back_in_range_and_old_files_keep_their_panels() {
        let (s, _) = parse(r#"{"panels": {"room_adjust": 40.0, "tab": "Stations"}}"#);
        assert_eq!(s.panels.room_adjust, crate::state::window::ROOM_ADJUST_MAX);
        assert_eq!(s.panels.tab, crate::state::Tab::Stations);
        assert!(s.panels.left_open, "unnamed values keep their defaults");
        let (old, problems) = parse(r#"{"lang": "Zh"}"#);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(old.panels, crate::state::PanelSettings::default());
    }

    #[test]
    fn settings_round_trip_through_the_file_format() {
        let mut s = Settings {
            lang: Lang::Lo,
            view: Some(View {
                lon: 101.0,
                lat: 21.0,
                zoom: 8.0,
            }),
            panels: crate::state::PanelSettings {
                left_open: false,
                right_open: true,
                tab: crate::state::Tab::Legend,
                room_adjust: 1.3,
            },
            ..Settings::default()
        };
        s.layers.insert(
            "Expressways".into(),
            LayerSettings {
                visible: false,
                opacity: 0.5,
            },
        );
        let (back, problems) = parse(&to_text(&s));
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(back, s);
    }

    #[test]
    fn imported_files_keep_their_colour_and_old_files_of_bare_paths_still_read() {
        use crate::state::ImportedFile;
        let s = Settings {
            imported: vec![ImportedFile {
                path: "/data/sites.geojson".into(),
                color: Some([0x12, 0x34, 0x56]),
            }],
            ..Settings::default()
        };
        let (back, problems) = parse(&to_text(&s));
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(back, s);
        // Written by an earlier version: paths only.
        let (old, problems) = parse(r#"{"imported": ["/data/a.geojson", "/data/b.kml"]}"#);
        assert!(problems.is_empty(), "{problems:?}");
        let paths: Vec<_> = old.imported.iter().map(|f| f.path.clone()).collect();
        assert_eq!(paths, ["/data/a.geojson", "/data/b.kml"].map(PathBuf::from));
        assert!(old.imported.iter().all(|f| f.color.is_none()));
    }

    #[test]
    fn one_bad_value_resets_that_value_only() {
        let text = r#"{
            "lang": "Klingon",
            "view": {"lon": 101.0, "lat": 21.0, "zoom": 8.0},
            "layers": {"Expressways": {"visible": false, "opacity": 0.5},
                       "Zones": {"visible": "maybe"}},
            "colour": "blue"
        }"#;
        let (s, problems) = parse(text);
        assert_eq!(s.lang, Lang::En, "the bad language is reset");
        assert_eq!(s.view.map(|v| v.zoom), Some(8.0), "the view is kept");
        assert_eq!(s.layers.get("Expressways").map(|l| l.visible), Some(false));
        assert!(!s.layers.contains_key("Zones"));
        let all = problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(" | ");
        assert!(all.contains("\"lang\" could not be read"), "{all}");
        assert!(all.contains("1 of the \"layers\" settings"), "{all}");
        assert!(all.contains("\"colour\" is unknown"), "{all}");
    }

    #[test]
    fn an_impossible_view_is_replaced_not_kept() {
        // JSON has no NaN; a NaN written by an older version reads back as null.
        let (s, problems) = parse(r#"{"view": {"lon": null, "lat": 21.0, "zoom": 8.0}}"#);
        assert_eq!(s.view, None);
        assert_eq!(problems.len(), 1, "{problems:?}");
        let (s, problems) = sanitise(Settings {
            view: Some(View {
                lon: f64::NAN,
                lat: 21.0,
                zoom: 8.0,
            }),
            ..Settings::default()
        });
        assert_eq!(s.view, None);
        assert!(problems[0].to_string().contains("impossible"));
        let (s, _) = sanitise(Settings {
            view: Some(View {
                lon: 101.0,
                lat: 21.0,
                zoom: 99.0,
            }),
            ..Settings::default()
        });
        assert_eq!(s.view.map(|v| v.zoom), Some(MAX_ZOOM));
    }

    #[test]
    fn a_fragment_of_a_file_gives_defaults_and_says_so() {
        let (s, problems) = parse("{\"lang\": \"Lo\", \"vie");
        assert_eq!(s, Settings::default());
        assert!(
            problems[0].to_string().contains("could not be read"),
            "{problems:?}"
        );
    }

    #[test]
    fn a_second_window_opens_read_only_and_writes_nothing() {
        let dir = tempfile::tempdir().expect("temp dir");
        let first = SettingsFile::open(dir.path());
        assert!(first.file.writable());
        assert!(first.notices.is_empty(), "{:?}", first.notices);
        let mut second = SettingsFile::open(dir.path());
        assert!(!second.file.writable());
        assert!(
            second.notices[0]
                .to_string()
                .contains("Another atlas window")
        );
        let changed = Settings {
            lang: Lang::Zh,
            ..Settings::default()
        };
        assert!(second.file.save_now(changed).is_none());
        assert!(!dir.path().join(FILE_NAME).exists());
        drop(first);
        // Once the first window is gone, a new one may write again.
        let third = SettingsFile::open(dir.path());
        assert!(third.file.writable());
    }

    #[test]
    fn changes_are_written_after_a_pause_not_on_every_frame() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut f = SettingsFile::open(dir.path()).file;
        let zh = Settings {
            lang: Lang::Zh,
            ..Settings::default()
        };
        assert!(f.update(zh.clone(), 10.0).is_none());
        assert!(!f.path().exists(), "not written at once");
        assert!(f.update(zh.clone(), 10.5).is_none());
        assert!(!f.path().exists());
        assert!(f.update(zh.clone(), 11.1).is_none());
        let (back, _) = read(f.path()).expect("readable").expect("written");
        assert_eq!(back, zh);
        assert!(!f.pending());
    }
}
