//! The disk cache of online tiles ([`super::fetch`]): one folder per tile server under the
//! user's cache directory, so what was seen once online is there offline.
//!
//! The cache is bounded ([`Pruner`]): once it holds more than its limit, the oldest tiles
//! (by the time they were fetched) are removed on a worker thread until it is back under
//! 90 % of the limit, so a laptop's disk does not fill up over months of panning. Only
//! finished `.tile` files are removed; a tile being written is a hidden temporary file
//! ([`crate::persist::write_atomic`]) until it is complete, and is never touched.
//!
//! Before the atlas fetched tiles itself, walkers' `HttpTiles` kept its own HTTP cache
//! (cacache: `content-v2/`, `index-v5/`, `tmp/`) in the same folder; nothing reads it any
//! more, and [`remove_walkers_cache`] removes it once.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, SystemTime};
use walkers::TileId;

/// The default limit of the disk cache: some twelve thousand OpenStreetMap tiles, the
/// corridor browsed down to street level in places, and little on a modern disk.
pub const DEFAULT_LIMIT_BYTES: u64 = 256 * 1024 * 1024;

/// The environment variable that sets the limit, in megabytes (0 keeps no tiles on disk).
pub const LIMIT_VAR: &str = "MEKONG_ATLAS_TILE_CACHE_MB";

/// The limit set by [`LIMIT_VAR`], or [`DEFAULT_LIMIT_BYTES`] when it is unset or not a
/// number (said in the log).
pub fn limit_from_env() -> u64 {
    match std::env::var(LIMIT_VAR) {
        Ok(value) => match value.trim().parse::<u64>() {
            Ok(mb) => mb.saturating_mul(1024 * 1024),
            Err(_) => {
                log::warn!("{LIMIT_VAR}={value:?} is not a number of megabytes; using the default");
                DEFAULT_LIMIT_BYTES
            }
        },
        Err(_) => DEFAULT_LIMIT_BYTES,
    }
}

/// A short stable name for a tile server, for its folder in the cache (FNV-1a: the
/// standard hasher may change between Rust releases and orphan the cache).
pub fn cache_key(template: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in template.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("server-{h:016x}")
}

/// The ending of a finished tile file; the pruner removes nothing else.
const TILE_EXTENSION: &str = "tile";

/// Where tile `id` of the server named `key` is kept on disk.
pub fn cache_path(dir: &Path, key: &str, id: TileId) -> PathBuf {
    dir.join(key)
        .join(id.zoom.to_string())
        .join(id.x.to_string())
        .join(format!("{}.{TILE_EXTENSION}", id.y))
}

/// Keeps a fetched tile on disk; the tile is shown whether or not this works.
pub fn store(path: &Path, bytes: &[u8]) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    crate::persist::write_atomic(path, bytes).map_err(|e| e.to_string())
}

/// A cached tile and whether it is recent enough to skip the network.
pub fn cached(path: &Path, fresh_for: Duration) -> Option<(Vec<u8>, bool)> {
    let bytes = std::fs::read(path).ok().filter(|b| !b.is_empty())?;
    let fresh = std::fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| SystemTime::now().duration_since(t).ok())
        .is_some_and(|age| age < fresh_for);
    Some((bytes, fresh))
}

/// A finished tile file found in the cache.
struct Entry {
    path: PathBuf,
    bytes: u64,
    modified: SystemTime,
}

/// Deepest folder level a tile lies at (server / zoom / x / y.tile); nothing deeper is
/// looked at.
const MAX_DEPTH: usize = 4;

/// Every finished tile under `dir`: regular `.tile` files, not hidden (a tile being
/// written is a hidden temporary file), symbolic links not followed.
fn tiles_under(dir: &Path, depth: usize, out: &mut Vec<Entry>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        let path = entry.path();
        if kind.is_dir() && depth < MAX_DEPTH {
            tiles_under(&path, depth + 1, out);
        } else if kind.is_file()
            && !entry.file_name().to_string_lossy().starts_with('.')
            && path.extension().is_some_and(|e| e == TILE_EXTENSION)
            && let Ok(meta) = entry.metadata()
        {
            out.push(Entry {
                path,
                bytes: meta.len(),
                modified: meta.modified().unwrap_or(SystemTime::UNIX_EPOCH),
            });
        }
    }
}

/// Brings the cache under `dir` back to 90 % of `limit` bytes if it holds more than the
/// limit, removing the oldest tiles first; returns the bytes it holds afterwards. Reads
/// every folder of the cache: run it on a worker thread.
pub fn prune(dir: &Path, limit: u64) -> u64 {
    let mut tiles = Vec::new();
    tiles_under(dir, 1, &mut tiles);
    let mut total: u64 = tiles.iter().map(|t| t.bytes).sum();
    if total <= limit {
        return total;
    }
    let target = limit / 10 * 9;
    tiles.sort_unstable_by_key(|t| t.modified);
    let mut removed = 0usize;
    for tile in tiles {
        if total <= target {
            break;
        }
        match std::fs::remove_file(&tile.path) {
            Ok(()) => {
                total = total.saturating_sub(tile.bytes);
                removed += 1;
            }
            // Gone already (another window pruned it): no longer counted either way.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                total = total.saturating_sub(tile.bytes);
            }
            Err(e) => log::debug!(
                "{}: not removed from the tile cache: {e}",
                tile.path.display()
            ),
        }
    }
    log::info!(
        "tile cache over its limit of {} MB: {removed} oldest tiles removed, {} MB kept",
        limit / (1024 * 1024),
        total / (1024 * 1024)
    );
    total
}

/// Keeps the disk cache under its limit from a thread of its own: it prunes once when it
/// starts (after removing walkers' old cache, when asked), then again whenever the tiles
/// written since would take the cache past the limit. The fetch workers only tell it how
/// much they wrote; nothing is pruned on the UI thread or in a fetch worker.
pub struct Pruner {
    wrote: mpsc::Sender<u64>,
}

impl Pruner {
    /// Starts the pruning thread for the cache in `dir`; `remove_old` also removes
    /// walkers' old cache there first ([`remove_walkers_cache`]). `None` (logged) if the
    /// thread cannot start: the cache then grows, as before there was a limit.
    pub fn start(dir: PathBuf, limit: u64, remove_old: bool) -> Option<Self> {
        let (tx, rx) = mpsc::channel::<u64>();
        let spawned = std::thread::Builder::new()
            .name("tile cache pruner".into())
            .spawn(move || {
                crate::jobs::behind_the_window();
                if remove_old {
                    remove_walkers_cache(&dir);
                }
                let mut total = prune(&dir, limit);
                // Ends when the source is closed (every sender dropped).
                while let Ok(bytes) = rx.recv() {
                    total = total.saturating_add(bytes);
                    if total > limit {
                        total = prune(&dir, limit);
                    }
                }
            });
        match spawned {
            Ok(_) => Some(Self { wrote: tx }),
            Err(e) => {
                log::warn!("the tile cache pruner could not start: {e}");
                None
            }
        }
    }

    /// Tells the pruner a tile of `bytes` was written to the cache.
    pub fn wrote(&self, bytes: u64) {
        let _ = self.wrote.send(bytes);
    }
}

/// The folders walkers' HTTP cache (cacache 13) kept in the atlas's tile cache folder.
const WALKERS_INDEX: &str = "index-v5";
const WALKERS_CONTENT: &str = "content-v2";
const WALKERS_TMP: &str = "tmp";

/// Whether `dir` is a real folder (not a link) whose entries are all folders passing
/// `name_ok`: how cacache lays out its index and content, and nothing a user would keep.
fn only_folders_named(dir: &Path, name_ok: impl Fn(&str) -> bool) -> bool {
    let is_real_dir = std::fs::symlink_metadata(dir).is_ok_and(|m| m.is_dir());
    let Ok(entries) = std::fs::read_dir(dir) else {
        return false;
    };
    is_real_dir
        && entries.into_iter().all(|entry| {
            entry.is_ok_and(|e| {
                e.file_type().is_ok_and(|t| t.is_dir()) && name_ok(&e.file_name().to_string_lossy())
            })
        })
}

/// Removes the HTTP cache walkers' `HttpTiles` kept in the atlas's tile cache folder `dir`
/// before the atlas fetched tiles itself: `index-v5/` (buckets named by two hex digits),
/// `content-v2/` (one folder per hash algorithm) and cacache's `tmp/` beside them. Only
/// folders laid out exactly so are removed, the tile folders of the atlas's own cache are
/// never touched, and once removed there is nothing left to find: it runs once. Returns
/// how many of the three folders it removed.
pub fn remove_walkers_cache(dir: &Path) -> usize {
    let hex_bucket = |n: &str| n.len() == 2 && n.chars().all(|c| c.is_ascii_hexdigit());
    let algorithm = |n: &str| {
        matches!(
            n,
            "sha1" | "sha256" | "sha384" | "sha512" | "xxh3" | "xxh64" | "xxh128"
        )
    };
    let index = dir.join(WALKERS_INDEX);
    let content = dir.join(WALKERS_CONTENT);
    let index_ok = only_folders_named(&index, hex_bucket);
    let content_ok = only_folders_named(&content, algorithm);
    if !index_ok && !content_ok {
        return 0;
    }
    let mut removed = 0;
    let mut remove = |path: &Path| match std::fs::remove_dir_all(path) {
        Ok(()) => {
            log::info!("removed the old tile cache {}", path.display());
            removed += 1;
        }
        Err(e) => log::warn!(
            "the old tile cache {} could not be removed: {e}",
            path.display()
        ),
    };
    if index_ok {
        remove(&index);
    }
    if content_ok {
        remove(&content);
    }
    // cacache's temporary files sit in `tmp/`, which only it made here; it holds files only.
    let tmp = dir.join(WALKERS_TMP);
    let tmp_is_cacaches = std::fs::symlink_metadata(&tmp).is_ok_and(|m| m.is_dir())
        && std::fs::read_dir(&tmp).is_ok_and(|entries| {
            entries
                .into_iter()
                .all(|e| e.is_ok_and(|e| e.file_type().is_ok_and(|t| t.is_file())))
        });
    if tmp_is_cacaches {
        remove(&tmp);
    }
    removed
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    /// Writes a tile of `bytes` bytes fetched `age_s` seconds ago.
    fn tile(dir: &Path, key: &str, x: u32, bytes: usize, age_s: u64) -> PathBuf {
        let path = cache_path(dir, key, TileId { x, y: 1, zoom: 9 });
        store(&path, &vec![7u8; bytes]).unwrap();
        let when = SystemTime::now() - Duration::from_secs(age_s);
        fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(when)
            .unwrap();
        path
    }

    #[test]
    fn a_cache_over_its_limit_loses_its_oldest_tiles_first() {
        let dir = tempfile::tempdir().unwrap();
        let oldest = tile(dir.path(), "openstreetmap", 1, 1000, 300);
        let older = tile(dir.path(), "server-1", 2, 1000, 200);
        let newer = tile(dir.path(), "openstreetmap", 3, 1000, 100);
        let newest = tile(dir.path(), "server-1", 4, 1000, 0);
        // A tile being written (write_atomic's hidden temporary file) and a stranger's file.
        let writing = newest.with_file_name(".5.tile.999.tmp");
        fs::write(&writing, vec![0u8; 5000]).unwrap();
        let note = dir.path().join("notes.txt");
        fs::write(&note, b"mine").unwrap();

        // Under the limit: nothing goes.
        assert_eq!(prune(dir.path(), 4000), 4000);
        assert!(oldest.exists());

        // 4,000 bytes against a 3,000 byte limit: down to 2,700, so the two oldest go.
        assert_eq!(prune(dir.path(), 3000), 2000);
        assert!(!oldest.exists() && !older.exists());
        assert!(newer.exists() && newest.exists());
        assert!(writing.exists(), "a tile being written is never removed");
        assert!(note.exists(), "only tiles are removed");
    }

    #[test]
    fn the_pruner_keeps_the_cache_under_its_limit_as_tiles_are_written() {
        let dir = tempfile::tempdir().unwrap();
        let pruner = Pruner::start(dir.path().to_path_buf(), 10_000, false).unwrap();
        for x in 0..30 {
            tile(dir.path(), "openstreetmap", x, 1000, 100 - u64::from(x));
            pruner.wrote(1000);
        }
        let newest = cache_path(
            dir.path(),
            "openstreetmap",
            TileId {
                x: 29,
                y: 1,
                zoom: 9,
            },
        );
        drop(pruner); // the thread prunes what it was told, then ends
        // A hang guard, not a timing check: the pruner works on its own thread.
        let deadline = std::time::Instant::now() + Duration::from_secs(120);
        let held = || {
            let mut t = Vec::new();
            tiles_under(dir.path(), 1, &mut t);
            t.iter().map(|t| t.bytes).sum::<u64>()
        };
        while held() > 10_000 && std::time::Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(10));
        }
        assert!(held() <= 10_000, "{} bytes held", held());
        assert!(newest.exists(), "the newest tile stays");
    }

    #[test]
    fn walkers_old_cache_is_removed_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        // What walkers' HttpTiles (cacache) left in the tile cache folder.
        fs::create_dir_all(root.join("index-v5/3f/a2")).unwrap();
        fs::write(
            root.join("index-v5/3f/a2/9c1e0d"),
            b"sha1\t{\"key\":\"GET:https://tile.openstreetmap.org/7/102/56.png\"}",
        )
        .unwrap();
        fs::create_dir_all(root.join("content-v2/sha256/b9/4d")).unwrap();
        fs::write(root.join("content-v2/sha256/b9/4d/27b9"), b"png bytes").unwrap();
        fs::create_dir_all(root.join("tmp")).unwrap();
        fs::write(root.join("tmp/.tmpA1b2C3"), b"half").unwrap();
        // The atlas's own cache beside it.
        let own = tile(root, "openstreetmap", 1, 100, 0);
        let custom = tile(root, "server-0123456789abcdef", 2, 100, 0);

        assert_eq!(remove_walkers_cache(root), 3);
        for gone in ["index-v5", "content-v2", "tmp"] {
            assert!(!root.join(gone).exists(), "{gone}");
        }
        assert!(own.exists() && custom.exists());
        // Once removed, there is nothing left to remove.
        assert_eq!(remove_walkers_cache(root), 0);
    }

    #[test]
    fn folders_that_only_share_a_name_with_walkers_cache_are_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        // Someone's own files under those names: not cacache's layout.
        fs::create_dir_all(root.join("index-v5")).unwrap();
        fs::write(root.join("index-v5/thesis.txt"), b"keep me").unwrap();
        fs::create_dir_all(root.join("content-v2/photos")).unwrap();
        fs::create_dir_all(root.join("tmp/work")).unwrap();
        assert_eq!(remove_walkers_cache(root), 0);
        assert!(root.join("index-v5/thesis.txt").exists());
        assert!(root.join("content-v2/photos").exists());
        assert!(root.join("tmp/work").exists());
    }

    #[test]
    fn each_server_has_its_own_cache_folder() {
        assert_eq!(
            cache_key("https://a/{z}/{x}/{y}"),
            cache_key("https://a/{z}/{x}/{y}")
        );
        assert_ne!(
            cache_key("https://a/{z}/{x}/{y}"),
            cache_key("https://b/{z}/{x}/{y}")
        );
        let p = cache_path(
            Path::new("/c"),
            "osm",
            TileId {
                x: 102,
                y: 56,
                zoom: 7,
            },
        );
        assert_eq!(p, Path::new("/c/osm/7/102/56.tile"));
    }
}
