//! Saving files without ever losing the previous version.
//!
//! Itineraries, settings and exported briefings are written to a temporary file in the
//! same directory, flushed to disk, and only then renamed over the old file. A crash or a
//! full disk at any point leaves either the old file or the new one, never half of one.

use crate::i18n::{Arg, tr_args};
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Why a save failed, in words a user can act on (in the language of the thread that
/// shows it). The old file is always intact when one of these is returned.
#[derive(Debug)]
pub enum SaveError {
    /// The path has no parent directory or no file name.
    NotAFilePath {
        /// The path that was given.
        path: PathBuf,
    },
    /// Writing the temporary file failed (disk full, no permission, …).
    Write {
        /// The file that was being written.
        path: PathBuf,
        /// The operating system's reason.
        source: io::Error,
    },
    /// Replacing the old file with the new one failed.
    Replace {
        /// The file that was being replaced.
        path: PathBuf,
        /// The operating system's reason.
        source: io::Error,
    },
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let path_arg = |path: &Path| ("path", Arg::from(path.display().to_string()));
        let text = match self {
            SaveError::NotAFilePath { path } => {
                tr_args("save-error-not-a-file-path", &[path_arg(path)])
            }
            SaveError::Write { path, source } => tr_args(
                "save-error-write",
                &[path_arg(path), ("reason", Arg::from(source.to_string()))],
            ),
            SaveError::Replace { path, source } => tr_args(
                "save-error-replace",
                &[path_arg(path), ("reason", Arg::from(source.to_string()))],
            ),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for SaveError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            SaveError::NotAFilePath { .. } => None,
            SaveError::Write { source, .. } | SaveError::Replace { source, .. } => Some(source),
        }
    }
}

/// A hook between writing the temporary file and renaming it, so tests can prove that an
/// interrupted save keeps the old file. Production code passes [`no_interruption`].
pub type BeforeRename<'a> = &'a dyn Fn(&Path) -> io::Result<()>;

/// The hook production code uses: nothing happens between write and rename.
pub fn no_interruption(_: &Path) -> io::Result<()> {
    Ok(())
}

/// Writes `bytes` to `path` atomically (temp file in the same directory, fsync, rename).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    write_atomic_with(path, bytes, &no_interruption)
}

/// [`write_atomic`] with a hook run after the temporary file is complete and before the
/// rename; if the hook fails, the temporary file is removed and the old file kept.
pub fn write_atomic_with(
    path: &Path,
    bytes: &[u8],
    before_rename: BeforeRename<'_>,
) -> Result<(), SaveError> {
    let not_a_file = || SaveError::NotAFilePath {
        path: path.to_path_buf(),
    };
    let file_name = path.file_name().ok_or_else(not_a_file)?;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        Some(_) => PathBuf::from("."),
        None => return Err(not_a_file()),
    };
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(file_name);
    tmp_name.push(format!(".{}.tmp", std::process::id()));
    let tmp = dir.join(tmp_name);
    let write_err = |source| SaveError::Write {
        path: path.to_path_buf(),
        source,
    };
    let result = (|| {
        let mut file = File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        before_rename(&tmp)
    })();
    if let Err(e) = result {
        let _ = fs::remove_file(&tmp);
        return Err(write_err(e));
    }
    if let Err(source) = fs::rename(&tmp, path) {
        let _ = fs::remove_file(&tmp);
        return Err(SaveError::Replace {
            path: path.to_path_buf(),
            source,
        });
    }
    // Make the rename itself durable; failing to sync the directory does not lose data.
    if let Ok(d) = File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Where the atlas keeps its disk cache of online tiles: the user's cache directory, so
/// that what was seen once online is there offline later.
pub fn tile_cache_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("org", "mekong-atlas", "mekong-atlas")
        .map(|d| d.cache_dir().join("tiles"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_save_replaces_the_file_with_the_new_content() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("trip.geojson");
        write_atomic(&path, b"old").unwrap();
        write_atomic(&path, b"new").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"new");
        // No temporary file is left behind.
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_save_interrupted_before_the_rename_keeps_the_old_file_intact() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.ron");
        write_atomic(&path, b"the previous settings").unwrap();
        let crash = |tmp: &Path| {
            // The new content is complete on disk at this point…
            assert_eq!(fs::read(tmp).unwrap(), b"half-written new settings");
            // …and the process "dies" here.
            Err(io::Error::other("killed"))
        };
        let err = write_atomic_with(&path, b"half-written new settings", &crash).unwrap_err();
        assert!(matches!(err, SaveError::Write { .. }));
        assert_eq!(fs::read(&path).unwrap(), b"the previous settings");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn saving_into_a_missing_directory_is_an_error_not_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("no/such/dir/trip.geojson");
        let err = write_atomic(&path, b"x").unwrap_err();
        assert!(err.to_string().contains("could not write"), "{err}");
    }
}
