//! Reading PMTiles (version 3) tile packs without trusting the file.
//!
//! A pack arrives on a USB stick at a border post: it may be cut short, damaged, hostile,
//! or rewritten while the atlas reads it. So every number in it is checked against the
//! file before it is used — directory entry counts against the bytes that hold them,
//! offsets and lengths against the sections they point into, decompressed sizes against
//! fixed limits — and the file is read with plain positioned reads (never mapped), so a
//! file that shrinks under the reader gives an error value, not a bus error. Nothing here
//! allocates more than the limits below, whatever the file claims.

use crate::i18n::{Arg, tr, tr_args};
use std::fmt;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

/// PMTiles v3 header length, bytes.
pub const HEADER_LEN: u64 = 127;
/// A directory (root or leaf) larger than this on disk is refused: real leaves are well
/// under a megabyte, and the root must fit in the first 16 KiB.
pub const MAX_DIRECTORY_BYTES: u64 = 16 * 1024 * 1024;
/// A directory may not decompress to more than this.
pub const MAX_DIRECTORY_DECOMPRESSED: u64 = 32 * 1024 * 1024;
/// At most this many entries in one directory (24 MB once decoded).
pub const MAX_DIRECTORY_ENTRIES: u64 = 1_000_000;
/// A tile larger than this on disk or once decompressed is refused (a "zip bomb" tile
/// cannot take gigabytes). Real tiles are tens of kilobytes.
pub const MAX_TILE_BYTES: u64 = 16 * 1024 * 1024;
/// Leaf directories nested deeper than this are refused (the format needs one level).
const MAX_LEAF_DEPTH: usize = 4;
/// Decoded leaf directories kept for reuse.
const LEAF_CACHE: usize = 16;
/// The deepest zoom level a PMTiles tile id can address.
const MAX_ZOOM: u8 = 31;

/// Why a pack or one of its tiles cannot be used, in words a user can act on, in the
/// language of the thread that shows it.
#[derive(Debug)]
pub enum PackError {
    /// The file could not be opened or read.
    Unreadable {
        /// The pack.
        path: PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// A FIFO, device or directory: reading it could block forever or never end.
    NotAFile {
        /// The path.
        path: PathBuf,
        /// What it is instead.
        kind: SpecialFile,
    },
    /// The file is not a PMTiles v3 archive, or is damaged.
    Damaged {
        /// The pack.
        path: PathBuf,
        /// What is wrong, in the format's own terms (English: it is for whoever made the
        /// pack, who reads the PMTiles specification).
        reason: String,
    },
    /// The pack uses a compression the atlas cannot read.
    Unsupported {
        /// The pack.
        path: PathBuf,
        /// The compression's name.
        what: &'static str,
    },
    /// The user cancelled the check.
    Cancelled,
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path_arg = |path: &Path| ("path", Arg::from(path.display().to_string()));
        let text = match self {
            PackError::Unreadable { path, source } => tr_args(
                "pack-error-unreadable",
                &[path_arg(path), ("reason", Arg::from(source.to_string()))],
            ),
            PackError::NotAFile { path, kind } => tr_args(
                "pack-error-not-a-file",
                &[path_arg(path), ("kind", Arg::from(kind.to_string()))],
            ),
            PackError::Damaged { path, reason } => tr_args(
                "pack-error-damaged",
                &[path_arg(path), ("reason", Arg::from(reason.as_str()))],
            ),
            PackError::Unsupported { path, what } => tr_args(
                "pack-error-unsupported",
                &[path_arg(path), ("what", Arg::from(*what))],
            ),
            PackError::Cancelled => tr("pack-error-cancelled"),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for PackError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            PackError::Unreadable { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// A path that is not a regular file: opening it to read could block forever (a pipe) or
/// never end (a device), so the atlas refuses it by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpecialFile {
    /// A directory.
    Folder,
    /// A named pipe.
    Pipe,
    /// A block or character device.
    Device,
    /// A Unix socket.
    Socket,
    /// Anything else that is not a regular file.
    Other,
}

impl fmt::Display for SpecialFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            SpecialFile::Folder => tr("special-file-folder"),
            SpecialFile::Pipe => tr("special-file-pipe"),
            SpecialFile::Device => tr("special-file-device"),
            SpecialFile::Socket => tr("special-file-socket"),
            SpecialFile::Other => tr("special-file-other"),
        })
    }
}

impl PackError {
    /// Whether the error is the user's own Cancel.
    pub fn is_cancelled(&self) -> bool {
        matches!(self, Self::Cancelled)
    }
}

/// How a pack's directories or tiles are compressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Compression {
    /// Stored as-is ("unknown" packs are read as stored unless they start like gzip).
    None,
    Gzip,
}

/// The header fields the reader uses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    root: (u64, u64),
    leaves: (u64, u64),
    data: (u64, u64),
    internal: Compression,
    tiles: Compression,
    /// Tile format: 1 vector (MVT), 2 PNG, 3 JPEG, 4 WebP, 5 AVIF, 0 unknown.
    pub tile_type: u8,
    /// The pack's shallowest zoom level.
    pub min_zoom: u8,
    /// The pack's deepest zoom level.
    pub max_zoom: u8,
}

impl Header {
    /// Whether tiles are vector tiles (drawn with a style) rather than images.
    pub fn is_vector(&self) -> bool {
        self.tile_type == 1
    }
}

/// One directory entry, checked against the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Entry {
    tile_id: u64,
    /// From the start of the tile data section (tiles) or leaf section (leaves).
    offset: u64,
    length: u64,
    /// 0 for a leaf directory.
    run_length: u64,
}

/// An open, checked tile pack. Safe to share between threads.
pub struct Pack {
    path: PathBuf,
    file: Mutex<File>,
    /// The file's size when opened; every read is checked against it.
    size: u64,
    header: Header,
    root: Vec<Entry>,
    leaves: Mutex<Vec<(u64, std::sync::Arc<Vec<Entry>>)>>,
}

impl std::fmt::Debug for Pack {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pack")
            .field("path", &self.path)
            .field("size", &self.size)
            .field("header", &self.header)
            .finish_non_exhaustive()
    }
}

/// What kind of non-regular file `path` is, if it is one (`stat` never blocks on a FIFO).
pub fn special_file_kind(meta: &std::fs::Metadata) -> Option<SpecialFile> {
    let t = meta.file_type();
    if t.is_file() {
        return None;
    }
    if t.is_dir() {
        return Some(SpecialFile::Folder);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return Some(SpecialFile::Pipe);
        }
        if t.is_block_device() || t.is_char_device() {
            return Some(SpecialFile::Device);
        }
        if t.is_socket() {
            return Some(SpecialFile::Socket);
        }
    }
    Some(SpecialFile::Other)
}

impl Pack {
    /// Opens `path` and checks its header, root directory and every leaf directory against
    /// the file. Slow for a big pack (it reads all its directories): run it off the UI
    /// thread; `cancel` stops it between directories.
    pub fn open(path: &Path, cancel: &AtomicBool) -> Result<Self, PackError> {
        let unreadable = |source| PackError::Unreadable {
            path: path.to_path_buf(),
            source,
        };
        let meta = std::fs::metadata(path).map_err(unreadable)?;
        if let Some(kind) = special_file_kind(&meta) {
            return Err(PackError::NotAFile {
                path: path.to_path_buf(),
                kind,
            });
        }
        let mut file = File::open(path).map_err(unreadable)?;
        let size = file.metadata().map_err(unreadable)?.len();
        let mut header = [0u8; HEADER_LEN as usize];
        let damaged = |reason: String| PackError::Damaged {
            path: path.to_path_buf(),
            reason,
        };
        file.read_exact(&mut header)
            .map_err(|_| damaged("it is shorter than a PMTiles header (127 bytes)".to_owned()))?;
        let header = parse_header(&header, size).map_err(|e| match e {
            HeaderProblem::Damaged(reason) => damaged(reason),
            HeaderProblem::Unsupported(what) => PackError::Unsupported {
                path: path.to_path_buf(),
                what,
            },
        })?;
        let pack = Self {
            path: path.to_path_buf(),
            file: Mutex::new(file),
            size,
            root: Vec::new(),
            header,
            leaves: Mutex::new(Vec::new()),
        };
        let root = pack
            .read_directory(pack.header.root, Section::Root)
            .map_err(|reason| damaged(format!("its root directory {reason}")))?;
        let pack = Self { root, ..pack };
        pack.check_leaves(&pack.root, 0, cancel)?;
        Ok(pack)
    }

    /// The file the pack was opened from.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The checked header.
    pub fn header(&self) -> &Header {
        &self.header
    }

    /// Reads every leaf directory below `entries` once, so a damaged one is found at open
    /// time (with a message) rather than as silently missing tiles.
    fn check_leaves(
        &self,
        entries: &[Entry],
        depth: usize,
        cancel: &AtomicBool,
    ) -> Result<(), PackError> {
        for e in entries.iter().filter(|e| e.run_length == 0) {
            if cancel.load(Ordering::Relaxed) {
                return Err(PackError::Cancelled);
            }
            let damaged = |reason: String| PackError::Damaged {
                path: self.path.clone(),
                reason,
            };
            if depth >= MAX_LEAF_DEPTH {
                return Err(damaged(format!(
                    "its leaf directories are nested more than {MAX_LEAF_DEPTH} deep"
                )));
            }
            let leaf = self
                .read_directory((self.header.leaves.0 + e.offset, e.length), Section::Leaf)
                .map_err(|reason| {
                    damaged(format!(
                        "the leaf directory at byte {} {reason}",
                        self.header.leaves.0 + e.offset
                    ))
                })?;
            self.check_leaves(&leaf, depth + 1, cancel)?;
        }
        Ok(())
    }

    /// Reads `len` bytes at `offset`, refusing anything outside the file as opened.
    fn read_at(&self, offset: u64, len: u64) -> Result<Vec<u8>, String> {
        let end = offset
            .checked_add(len)
            .ok_or_else(|| "lies outside the file".to_owned())?;
        if end > self.size {
            return Err(format!(
                "lies outside the file ({len} bytes at byte {offset}, the file has {})",
                self.size
            ));
        }
        let len = usize::try_from(len).map_err(|_| "is too large".to_owned())?;
        let mut buf = vec![0u8; len];
        let mut file = self
            .file
            .lock()
            .map_err(|_| "could not be read (an earlier read failed)".to_owned())?;
        file.seek(SeekFrom::Start(offset))
            .and_then(|_| file.read_exact(&mut buf))
            .map_err(|e| {
                format!("could not be read ({e}); the file may have changed or been removed")
            })?;
        Ok(buf)
    }

    /// Reads, decompresses and checks one directory.
    fn read_directory(
        &self,
        (offset, len): (u64, u64),
        section: Section,
    ) -> Result<Vec<Entry>, String> {
        if len == 0 {
            return Err("is empty".to_owned());
        }
        if len > MAX_DIRECTORY_BYTES {
            return Err(format!(
                "is {len} bytes long, more than the {MAX_DIRECTORY_BYTES} a directory may have"
            ));
        }
        let raw = self.read_at(offset, len)?;
        let bytes = decompress(&raw, self.header.internal, MAX_DIRECTORY_DECOMPRESSED)
            .map_err(|e| format!("could not be decompressed: {e}"))?;
        let entries = decode_directory(&bytes)?;
        check_entries(&entries, &self.header, section)?;
        Ok(entries)
    }

    /// A leaf directory, decoded once and kept while it is among the last few used.
    fn leaf(&self, offset: u64, length: u64) -> Result<std::sync::Arc<Vec<Entry>>, String> {
        if let Ok(cache) = self.leaves.lock()
            && let Some((_, dir)) = cache.iter().find(|(o, _)| *o == offset)
        {
            return Ok(std::sync::Arc::clone(dir));
        }
        let dir = std::sync::Arc::new(
            self.read_directory((self.header.leaves.0 + offset, length), Section::Leaf)?,
        );
        if let Ok(mut cache) = self.leaves.lock() {
            if cache.len() >= LEAF_CACHE {
                cache.remove(0);
            }
            cache.push((offset, std::sync::Arc::clone(&dir)));
        }
        Ok(dir)
    }

    /// The tile at `z/x/y`, decompressed: `Ok(None)` when the pack has no such tile, an
    /// error in words when it is damaged, has changed, or is larger than the limits.
    pub fn tile(&self, z: u8, x: u32, y: u32) -> Result<Option<Vec<u8>>, String> {
        let Some(id) = tile_id(z, x, y) else {
            return Ok(None);
        };
        let mut dir: std::sync::Arc<Vec<Entry>> = std::sync::Arc::new(Vec::new());
        let mut entries: &[Entry] = &self.root;
        for _ in 0..=MAX_LEAF_DEPTH {
            let Some(e) = find(entries, id) else {
                return Ok(None);
            };
            if e.run_length > 0 {
                if e.length > MAX_TILE_BYTES {
                    return Err(format!(
                        "tile {z}/{x}/{y} is {} bytes, more than the {MAX_TILE_BYTES} a tile may have",
                        e.length
                    ));
                }
                let raw = self
                    .read_at(self.header.data.0 + e.offset, e.length)
                    .map_err(|r| format!("tile {z}/{x}/{y} {r}"))?;
                let out = decompress(&raw, self.header.tiles, MAX_TILE_BYTES)
                    .map_err(|r| format!("tile {z}/{x}/{y} could not be decompressed: {r}"))?;
                return Ok(Some(out));
            }
            dir = self
                .leaf(e.offset, e.length)
                .map_err(|r| format!("the directory of tile {z}/{x}/{y} {r}"))?;
            entries = dir.as_slice();
        }
        let _ = dir;
        Err(format!(
            "the directories of tile {z}/{x}/{y} are nested too deep"
        ))
    }
}

/// Which section a directory's entries point into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Section {
    Root,
    Leaf,
}

enum HeaderProblem {
    Damaged(String),
    Unsupported(&'static str),
}

fn u64_at(h: &[u8], at: usize) -> u64 {
    let mut b = [0u8; 8];
    if let Some(s) = h.get(at..at + 8) {
        b.copy_from_slice(s);
    }
    u64::from_le_bytes(b)
}

fn compression(code: u8, what: &str) -> Result<Compression, HeaderProblem> {
    match code {
        0 | 1 => Ok(Compression::None),
        2 => Ok(Compression::Gzip),
        3 => Err(HeaderProblem::Unsupported("Brotli")),
        4 => Err(HeaderProblem::Unsupported("Zstandard")),
        other => Err(HeaderProblem::Damaged(format!(
            "its {what} compression ({other}) is unknown"
        ))),
    }
}

/// Checks the header's sections against the file size and reads what the reader needs.
fn parse_header(h: &[u8; HEADER_LEN as usize], file_size: u64) -> Result<Header, HeaderProblem> {
    let damaged = |s: String| HeaderProblem::Damaged(s);
    if &h[..7] != b"PMTiles" {
        return Err(damaged(
            "it does not start with the PMTiles signature".to_owned(),
        ));
    }
    if h[7] != 3 {
        return Err(damaged(format!(
            "its version is {}, only version 3 is supported",
            h[7]
        )));
    }
    let mut sections = [(0u64, 0u64); 4];
    for (i, (name, at)) in [
        ("root directory", 8),
        ("metadata", 24),
        ("leaf directories", 40),
        ("tile data", 56),
    ]
    .into_iter()
    .enumerate()
    {
        let offset = u64_at(h, at);
        let length = u64_at(h, at + 8);
        let end = offset
            .checked_add(length)
            .ok_or_else(|| damaged(format!("its {name} section is out of range")))?;
        if length > 0 && (offset < HEADER_LEN || end > file_size) {
            return Err(damaged(format!(
                "its {name} section ({length} bytes at byte {offset}) lies outside the \
                 {file_size}-byte file; the file is damaged or incomplete"
            )));
        }
        sections[i] = (offset, length);
    }
    if sections[0].1 == 0 {
        return Err(damaged("it has no root directory".to_owned()));
    }
    let internal = compression(h[97], "directory")?;
    let tiles = compression(h[98], "tile")?;
    let (min_zoom, max_zoom) = (h[100], h[101]);
    if min_zoom > max_zoom || max_zoom > MAX_ZOOM {
        return Err(damaged(format!(
            "its zoom levels ({min_zoom} to {max_zoom}) are impossible"
        )));
    }
    Ok(Header {
        root: sections[0],
        leaves: sections[2],
        data: sections[3],
        internal,
        tiles,
        tile_type: h[99],
        min_zoom,
        max_zoom,
    })
}

/// Decompresses `raw`, refusing to produce more than `limit` bytes.
fn decompress(raw: &[u8], compression: Compression, limit: u64) -> Result<Vec<u8>, String> {
    let gzip = compression == Compression::Gzip || raw.starts_with(&[0x1f, 0x8b]);
    if !gzip {
        return Ok(raw.to_vec());
    }
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(raw)
        .take(limit + 1)
        .read_to_end(&mut out)
        .map_err(|e| e.to_string())?;
    if out.len() as u64 > limit {
        return Err(format!(
            "it would be more than {} MB once decompressed",
            limit / (1024 * 1024)
        ));
    }
    Ok(out)
}

/// A varint reader over a directory that never reads past its end.
struct Varints<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Varints<'_> {
    fn next(&mut self) -> Result<u64, String> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = *self
                .bytes
                .get(self.at)
                .ok_or_else(|| "ends in the middle of an entry".to_owned())?;
            self.at += 1;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err("holds a number longer than 64 bits".to_owned())
    }
}

/// Decodes a (decompressed) directory. The entry count is checked against the bytes that
/// must hold the entries (four varints of at least one byte each) before anything is
/// allocated for them.
fn decode_directory(bytes: &[u8]) -> Result<Vec<Entry>, String> {
    let mut r = Varints { bytes, at: 0 };
    let n = r.next()?;
    let room = (bytes.len().saturating_sub(r.at) / 4) as u64;
    if n > room {
        return Err(format!(
            "claims {n} entries but holds at most {room}; the file is damaged"
        ));
    }
    if n > MAX_DIRECTORY_ENTRIES {
        return Err(format!(
            "has {n} entries, more than the {MAX_DIRECTORY_ENTRIES} the atlas reads"
        ));
    }
    if n == 0 {
        return Err("has no entries".to_owned());
    }
    let n = n as usize;
    let mut entries = vec![
        Entry {
            tile_id: 0,
            offset: 0,
            length: 0,
            run_length: 0,
        };
        n
    ];
    let mut last = 0u64;
    for e in entries.iter_mut() {
        last = last
            .checked_add(r.next()?)
            .ok_or_else(|| "has tile ids out of order or out of range".to_owned())?;
        e.tile_id = last;
    }
    for e in entries.iter_mut() {
        e.run_length = r.next()?;
    }
    for e in entries.iter_mut() {
        e.length = r.next()?;
    }
    let mut prev_end = 0u64;
    for (i, e) in entries.iter_mut().enumerate() {
        let v = r.next()?;
        e.offset = if v == 0 && i > 0 {
            prev_end
        } else {
            v.checked_sub(1)
                .ok_or_else(|| "starts with an impossible offset".to_owned())?
        };
        prev_end = e
            .offset
            .checked_add(e.length)
            .ok_or_else(|| "has an offset out of range".to_owned())?;
    }
    Ok(entries)
}

/// Each entry must be in tile-id order, have a length, and lie inside its section.
fn check_entries(entries: &[Entry], header: &Header, section: Section) -> Result<(), String> {
    let max_id = tile_id(MAX_ZOOM, 0, 0)
        .unwrap_or(u64::MAX)
        .saturating_mul(4);
    let mut prev: Option<u64> = None;
    for (i, e) in entries.iter().enumerate() {
        if prev.is_some_and(|p| e.tile_id <= p) {
            return Err(format!("entry {i} is out of order; the file is damaged"));
        }
        prev = Some(e.tile_id);
        if e.tile_id > max_id || e.run_length > max_id {
            return Err(format!("entry {i} names an impossible tile"));
        }
        if e.length == 0 {
            return Err(format!("entry {i} has no length"));
        }
        let (name, section_len) = if e.run_length == 0 {
            ("leaf directory", header.leaves.1)
        } else {
            ("tile", header.data.1)
        };
        let end = e.offset.checked_add(e.length);
        if end.is_none_or(|end| end > section_len) {
            return Err(format!(
                "entry {i} puts a {name} ({} bytes at byte {} of its section) outside the \
                 {section_len}-byte section; the file is damaged or incomplete",
                e.length, e.offset
            ));
        }
        if e.run_length == 0 && e.length > MAX_DIRECTORY_BYTES {
            return Err(format!(
                "entry {i} names a leaf directory that is too large"
            ));
        }
    }
    let _ = section;
    Ok(())
}

/// The entry holding tile `id`: the last entry at or before it, if it is a leaf or its
/// run covers `id`.
fn find(entries: &[Entry], id: u64) -> Option<Entry> {
    let i = entries.partition_point(|e| e.tile_id <= id);
    let e = *entries.get(i.checked_sub(1)?)?;
    (e.run_length == 0 || id - e.tile_id < e.run_length).then_some(e)
}

/// The PMTiles tile id of `z/x/y`: tiles of lower zooms first, then along a Hilbert curve.
pub fn tile_id(z: u8, x: u32, y: u32) -> Option<u64> {
    if z > MAX_ZOOM || u64::from(x) >= 1u64 << z || u64::from(y) >= 1u64 << z {
        return None;
    }
    // 4^0 + 4^1 + … + 4^(z-1) tiles come before zoom z.
    let base = ((1u64 << (2 * u32::from(z))) - 1) / 3;
    if z == 0 {
        return Some(0);
    }
    Some(base + fast_hilbert::xy2h(x, y, z))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tile_ids_follow_the_pmtiles_numbering() {
        assert_eq!(tile_id(0, 0, 0), Some(0));
        assert_eq!(tile_id(1, 0, 0), Some(1));
        assert_eq!(tile_id(1, 0, 1), Some(2));
        assert_eq!(tile_id(1, 1, 1), Some(3));
        assert_eq!(tile_id(1, 1, 0), Some(4));
        // Values from the PMTiles reference implementation's tests.
        assert_eq!(tile_id(2, 0, 0), Some(5));
        assert_eq!(tile_id(2, 1, 3), Some(11));
        assert_eq!(tile_id(3, 3, 0), Some(26));
        assert_eq!(tile_id(20, 0, 0), Some(366_503_875_925));
        assert_eq!(tile_id(1, 2, 0), None);
        assert_eq!(tile_id(32, 0, 0), None);
    }

    #[test]
    fn a_directory_claiming_more_entries_than_it_holds_is_refused_before_allocating() {
        // 2^40 entries in a 7-byte directory.
        let mut d = Vec::new();
        let mut v = 1u64 << 40;
        loop {
            let b = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                d.push(b);
                break;
            }
            d.push(b | 0x80);
        }
        let err = decode_directory(&d).unwrap_err();
        assert!(err.contains("claims 1099511627776 entries"), "{err}");
    }

    #[test]
    fn a_directory_cut_short_is_refused() {
        // Two entries promised; the bytes end inside the first number.
        let err =
            decode_directory(&[2, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80]).unwrap_err();
        assert!(err.contains("middle of an entry"), "{err}");
    }

    #[test]
    fn decompression_stops_at_the_limit() {
        use std::io::Write;
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        enc.write_all(&vec![0u8; 4 * 1024 * 1024])
            .expect("compress");
        let bomb = enc.finish().expect("compress");
        assert!(bomb.len() < 64 * 1024);
        let err = decompress(&bomb, Compression::Gzip, 1024 * 1024).unwrap_err();
        assert!(err.contains("more than 1 MB"), "{err}");
        let ok = decompress(&bomb, Compression::Gzip, 8 * 1024 * 1024).expect("fits");
        assert_eq!(ok.len(), 4 * 1024 * 1024);
    }

    #[test]
    fn entries_are_found_by_run_and_by_leaf() {
        let e = |tile_id, run_length| Entry {
            tile_id,
            offset: 0,
            length: 1,
            run_length,
        };
        let dir = [e(1, 2), e(5, 0), e(10, 1)];
        assert_eq!(find(&dir, 0), None);
        assert_eq!(find(&dir, 2).map(|e| e.tile_id), Some(1));
        assert_eq!(find(&dir, 3), None);
        assert_eq!(find(&dir, 7).map(|e| e.tile_id), Some(5));
        assert_eq!(find(&dir, 10).map(|e| e.tile_id), Some(10));
        assert_eq!(find(&dir, 11), None);
    }
}
