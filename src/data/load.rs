//! GeoJSON bytes → features, fast and forgiving.
//!
//! Why it looks the way it does:
//! - A user's file with one broken feature should still open: each feature is parsed on its
//!   own and a bad one is skipped with a [`Problem`] naming its line and id.
//! - A file that is not GeoJSON at all, or not JSON, is one [`LoadError`] in plain words.
//! - Large files must open in well under a second on a 2-core laptop, so coordinates are read
//!   straight into `geo` types (never through `serde_json::Value`), features are first split
//!   as borrowed raw JSON slices, their line numbers are counted incrementally from the slices'
//!   offsets, and the features are converted on all cores.
//! - Hostile input must not crash or hang: the size is checked before reading, nesting depth is
//!   checked before parsing, and every position is checked for range.

use std::borrow::Cow;
use std::cell::Cell;
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use geo::{Coord, Geometry, LineString, Polygon};
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use serde_json::value::RawValue;

use super::{Feature, Properties};
use crate::i18n::{Arg, tr, tr_args};

/// Largest file the atlas opens, in bytes (512 MiB). Parsing needs about twice the file size in
/// memory on top of the file itself; beyond this a modest laptop would start swapping, so the
/// size is checked before reading and the file is refused with a message instead.
pub const MAX_FILE_BYTES: u64 = 512 * 1024 * 1024;

/// Deepest nesting of arrays and objects accepted anywhere in a file. Real GeoJSON needs about
/// ten levels (a MultiPolygon inside a feature inside a collection); deeper files are refused
/// before parsing so no input can exhaust the stack.
pub const MAX_NESTING_DEPTH: usize = 64;

/// Deepest nesting of GeometryCollections inside each other that is still read (RFC 7946 §3.1.8
/// advises against nesting them at all).
const MAX_COLLECTION_DEPTH: usize = 8;

/// Features of one file that could be read, with everything that was wrong or worth knowing
/// about the file; loading goes on past bad features so the user keeps the good ones.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ParsedCollection {
    /// Features in file order; a bare Feature or Geometry file gives exactly one.
    pub features: Vec<Feature>,
    /// Skipped features and notes, in file order.
    pub problems: Vec<Problem>,
    /// Set when the file breaks off before its end (a download or copy cut short) and the
    /// complete features before the break were kept: says where, so the user knows the layer
    /// is incomplete and can fetch the file again.
    pub cut_short: Option<CutShort>,
}

/// Where a FeatureCollection that ends too early breaks off, and what was kept of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CutShort {
    /// Byte offset where the first incomplete feature (everything lost) starts.
    pub offset: usize,
    /// 1-based line of that offset.
    pub line: usize,
    /// Complete features kept from before the break.
    pub kept: usize,
}

impl CutShort {
    /// The warning in the reader's language: where the file broke and how much was kept.
    pub fn message(&self) -> String {
        tr_args(
            "load-cut-short",
            &[
                ("count", Arg::from(self.kept)),
                ("line", at_text(self.line)),
                ("offset", at_text(self.offset)),
            ],
        )
    }
}

/// One thing wrong with (or worth noting about) a file, pointing at where it is, so the user
/// can find and fix it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// 1-based line in the file, when known.
    pub line: Option<usize>,
    /// The feature's id, when it has one.
    pub feature_id: Option<String>,
    /// What is wrong, in plain words.
    pub message: String,
}

impl Problem {
    /// A problem about the file as a whole or a place in it that is not a feature.
    pub fn at(line: Option<usize>, message: impl Into<String>) -> Problem {
        Problem {
            line,
            feature_id: None,
            message: message.into(),
        }
    }

    /// A problem with one feature.
    pub fn feature(line: usize, feature_id: Option<&str>, message: impl Into<String>) -> Problem {
        Problem {
            line: Some(line),
            feature_id: feature_id.map(str::to_string),
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let message = Arg::from(self.message.as_str());
        let text = match (&self.line, &self.feature_id) {
            (Some(l), Some(id)) => tr_args(
                "problem-at-line-feature",
                &[
                    ("line", at_text(*l)),
                    ("id", Arg::from(id.as_str())),
                    ("message", message),
                ],
            ),
            (Some(l), None) => tr_args(
                "problem-at-line",
                &[("line", at_text(*l)), ("message", message)],
            ),
            (None, Some(id)) => tr_args(
                "problem-at-feature",
                &[("id", Arg::from(id.as_str())), ("message", message)],
            ),
            (None, None) => return f.write_str(&self.message),
        };
        f.write_str(&text)
    }
}

/// Why a whole file could not be opened. Each message says what is wrong and where, in words a
/// user who has never seen JSON can act on, in the language of the thread that shows it.
#[derive(Debug)]
pub enum LoadError {
    /// The file could not be read from disk.
    Io {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The file is larger than [`MAX_FILE_BYTES`].
    TooLarge {
        /// The file's size.
        size_bytes: u64,
        /// The limit.
        limit_bytes: u64,
    },
    /// The file has no content (0 bytes or only blanks).
    Empty,
    /// The file holds bytes that are not UTF-8 text.
    NotUtf8 {
        /// 1-based line.
        line: usize,
        /// 1-based column, in characters.
        column: usize,
    },
    /// The file is not well-formed JSON.
    InvalidJson {
        /// What the parser expected, in its words.
        message: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// Arrays or objects are nested deeper than [`MAX_NESTING_DEPTH`].
    TooDeep {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// The limit that was exceeded.
        limit: usize,
    },
    /// The file is JSON but not GeoJSON; says what was found instead.
    NotGeoJson {
        /// What the top level holds, in plain words (already in the reader's language).
        found: String,
    },
    /// A KML, KMZ, GPX or CSV file that its reader could not turn into features; the
    /// message (in the reader's language) says which format and why.
    Unconvertible {
        /// What went wrong.
        message: String,
    },
    /// The file is plainly another format (UTF-16 text, KML, CSV, a tile pack…): says which
    /// and what to do, instead of a JSON error about its first byte.
    OtherFormat(OtherFormat),
    /// A FIFO, device or folder: reading it could block forever or never end.
    NotAFile {
        /// The path.
        path: PathBuf,
        /// What it is instead.
        kind: crate::data::pack::SpecialFile,
    },
    /// The user cancelled the import.
    Cancelled,
    /// An error in a file the user opened, naming the file.
    File {
        /// The file.
        path: PathBuf,
        /// What went wrong with it.
        source: Box<LoadError>,
    },
    /// An error in a file embedded in the atlas at build time.
    Embedded {
        /// The file name under `geodata/corridor/`.
        file: &'static str,
        /// What went wrong with it.
        source: Box<LoadError>,
    },
}

/// Line and column numbers are placed as text: grouping digits ("line 1,024") reads oddly.
fn at_text(n: usize) -> Arg {
    Arg::from(n.to_string())
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            LoadError::Io { path, source } => tr_args(
                "load-error-io",
                &[
                    ("path", Arg::from(path.display().to_string())),
                    ("reason", Arg::from(source.to_string())),
                ],
            ),
            LoadError::TooLarge {
                size_bytes,
                limit_bytes,
            } => tr_args(
                "load-error-too-large",
                &[
                    (
                        "size",
                        Arg::from(size_bytes.div_ceil(1024 * 1024).to_string()),
                    ),
                    (
                        "limit",
                        Arg::from((limit_bytes / (1024 * 1024)).to_string()),
                    ),
                ],
            ),
            LoadError::Empty => tr("load-error-empty"),
            LoadError::NotUtf8 { line, column } => tr_args(
                "load-error-not-utf8",
                &[("line", at_text(*line)), ("column", at_text(*column))],
            ),
            LoadError::InvalidJson {
                message,
                line,
                column,
            } => tr_args(
                "load-error-invalid-json",
                &[
                    ("message", Arg::from(message.as_str())),
                    ("line", at_text(*line)),
                    ("column", at_text(*column)),
                ],
            ),
            LoadError::TooDeep {
                line,
                column,
                limit,
            } => tr_args(
                "load-error-too-deep",
                &[
                    ("line", at_text(*line)),
                    ("column", at_text(*column)),
                    ("limit", at_text(*limit)),
                ],
            ),
            LoadError::Unconvertible { message } => message.clone(),
            LoadError::NotGeoJson { found } => tr_args(
                "load-error-not-geojson",
                &[("found", Arg::from(found.as_str()))],
            ),
            LoadError::OtherFormat(format) => tr_args(
                "load-error-other-format",
                &[
                    ("what", Arg::from(format.what())),
                    ("advice", Arg::from(format.advice())),
                ],
            ),
            LoadError::NotAFile { path, kind } => tr_args(
                "load-error-not-a-file",
                &[
                    ("path", Arg::from(path.display().to_string())),
                    ("kind", Arg::from(kind.to_string())),
                ],
            ),
            LoadError::Cancelled => tr("load-error-cancelled"),
            LoadError::File { path, source } => {
                return write!(f, "{}: {source}", path.display());
            }
            LoadError::Embedded { file, source } => tr_args(
                "load-error-embedded",
                &[
                    ("file", Arg::from(*file)),
                    ("reason", Arg::from(source.to_string())),
                ],
            ),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for LoadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LoadError::Io { source, .. } => Some(source),
            LoadError::File { source, .. } | LoadError::Embedded { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Formats the atlas recognises from their first bytes and cannot open as GeoJSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OtherFormat {
    /// A PMTiles tile pack: it belongs in File → Open tile pack.
    TilePack,
    /// A ZIP archive, e.g. a KMZ from Google Earth.
    Zip,
    /// UTF-8 text saved twice with a byte order mark.
    DoubleByteOrderMark,
    /// UTF-16 text with a byte order mark.
    Utf16,
    /// UTF-16 little-endian without a byte order mark.
    Utf16LittleEndian,
    /// UTF-16 big-endian without a byte order mark.
    Utf16BigEndian,
    /// Nothing but zero bytes: a file not saved or copied completely.
    ZeroBytes,
    /// A KML file from Google Earth.
    Kml,
    /// A GPX track.
    Gpx,
    /// Any other XML or an HTML page.
    Xml,
    /// A comma-separated table.
    Csv,
}

impl OtherFormat {
    /// What the file is, in the reader's language.
    pub fn what(self) -> String {
        match self {
            OtherFormat::TilePack => tr("load-format-tile-pack"),
            OtherFormat::Zip => tr("load-format-zip"),
            OtherFormat::DoubleByteOrderMark => tr("load-format-double-bom"),
            OtherFormat::Utf16 => tr("load-format-utf16"),
            OtherFormat::Utf16LittleEndian => tr("load-format-utf16-le"),
            OtherFormat::Utf16BigEndian => tr("load-format-utf16-be"),
            OtherFormat::ZeroBytes => tr("load-format-zero-bytes"),
            OtherFormat::Kml => tr("load-format-kml"),
            OtherFormat::Gpx => tr("load-format-gpx"),
            OtherFormat::Xml => tr("load-format-xml"),
            OtherFormat::Csv => tr("load-format-csv"),
        }
    }

    /// What the user can do about it, in the reader's language.
    pub fn advice(self) -> String {
        match self {
            OtherFormat::TilePack => tr("load-advice-tile-pack"),
            OtherFormat::Zip => tr("load-advice-zip"),
            OtherFormat::DoubleByteOrderMark => tr("load-advice-double-bom"),
            OtherFormat::Utf16 | OtherFormat::Utf16LittleEndian | OtherFormat::Utf16BigEndian => {
                tr("load-advice-utf16")
            }
            OtherFormat::ZeroBytes => tr("load-advice-zero-bytes"),
            OtherFormat::Kml => tr("load-advice-kml"),
            OtherFormat::Gpx => tr("load-advice-gpx"),
            OtherFormat::Xml => tr("load-advice-xml"),
            OtherFormat::Csv => tr("load-advice-csv"),
        }
    }
}

impl LoadError {
    /// The error without the file it happened in, for code that reacts to the kind of failure.
    pub fn root(&self) -> &LoadError {
        match self {
            LoadError::File { source, .. } | LoadError::Embedded { source, .. } => source.root(),
            other => other,
        }
    }

    /// Whether the user cancelled (not a failure worth a warning).
    pub fn is_cancelled(&self) -> bool {
        matches!(self.root(), LoadError::Cancelled)
    }

    /// The 1-based line the error points at, if it points at one.
    pub fn line(&self) -> Option<usize> {
        match self.root() {
            LoadError::NotUtf8 { line, .. }
            | LoadError::InvalidJson { line, .. }
            | LoadError::TooDeep { line, .. } => Some(*line),
            _ => None,
        }
    }
}

/// Parses a GeoJSON document held in memory: a FeatureCollection, a single Feature or a bare
/// Geometry (the last two become a one-feature collection). Bad features are skipped and named
/// in [`ParsedCollection::problems`]; only a file that cannot be read as GeoJSON at all is an
/// error.
pub fn parse_geojson(bytes: &[u8]) -> Result<ParsedCollection, LoadError> {
    parse_detailed(bytes, &AtomicBool::new(false), &|_| {}).map(|(parsed, _)| parsed)
}

/// Reads and parses a GeoJSON file, reporting progress from 0.0 to 1.0 and stopping soon after
/// `cancel` is set (with [`LoadError::Cancelled`]), so that an import can run in the background
/// behind a progress bar with a Cancel button. Errors other than cancelling name the file.
pub fn load_file(
    path: &Path,
    cancel: &AtomicBool,
    progress: &dyn Fn(f32),
) -> Result<ParsedCollection, LoadError> {
    let in_file = |e: LoadError| match e {
        // These already say everything (the I/O error names the path).
        e @ (LoadError::Cancelled | LoadError::Io { .. } | LoadError::NotAFile { .. }) => e,
        other => LoadError::File {
            path: path.to_path_buf(),
            source: Box::new(other),
        },
    };
    let bytes = read_limited(path, cancel, &|f| progress(f * READ_SHARE)).map_err(in_file)?;
    let parse_progress = |f: f32| progress(READ_SHARE + f * (1.0 - READ_SHARE));
    // KML, KMZ, GPX and CSV become GeoJSON first, then take the one road every file takes.
    let format = super::formats::detect(path, &bytes);
    let (bytes, converted_problems) = match super::formats::to_geojson(format, &bytes) {
        None => (bytes, Vec::new()),
        Some(Ok(converted)) => (converted.geojson, converted.problems),
        Some(Err(e)) => return Err(in_file(e)),
    };
    let (mut parsed, _) = parse_detailed(&bytes, cancel, &parse_progress).map_err(in_file)?;
    parsed.problems.extend(converted_problems);
    progress(1.0);
    Ok(parsed)
}

/// Share of the progress bar given to reading the file (the rest is parsing).
const READ_SHARE: f32 = 0.3;

/// Reads a whole file after checking its size, in chunks so progress and cancelling work and a
/// file that grows while being read still cannot exceed the limit.
pub(crate) fn read_limited(
    path: &Path,
    cancel: &AtomicBool,
    progress: &dyn Fn(f32),
) -> Result<Vec<u8>, LoadError> {
    let io = |source| LoadError::Io {
        path: path.to_path_buf(),
        source,
    };
    // `stat` first: opening a FIFO for reading blocks until someone writes to it.
    let meta = std::fs::metadata(path).map_err(io)?;
    if let Some(kind) = crate::data::pack::special_file_kind(&meta) {
        return Err(LoadError::NotAFile {
            path: path.to_path_buf(),
            kind,
        });
    }
    let mut file = std::fs::File::open(path).map_err(io)?;
    let size = file.metadata().map_err(io)?.len();
    if size > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            size_bytes: size,
            limit_bytes: MAX_FILE_BYTES,
        });
    }
    const CHUNK: usize = 8 * 1024 * 1024;
    let expected = usize::try_from(size).unwrap_or(0);
    let mut bytes = Vec::with_capacity(expected.saturating_add(1));
    loop {
        if cancel.load(Ordering::Relaxed) {
            return Err(LoadError::Cancelled);
        }
        let n = (&mut file)
            .take(CHUNK as u64)
            .read_to_end(&mut bytes)
            .map_err(io)?;
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(LoadError::TooLarge {
                size_bytes: bytes.len() as u64,
                limit_bytes: MAX_FILE_BYTES,
            });
        }
        if expected > 0 {
            progress((bytes.len() as f32 / expected as f32).min(1.0));
        }
        if n == 0 {
            break;
        }
    }
    Ok(bytes)
}

/// Recognises files that are plainly not GeoJSON text from their first bytes, so the
/// message names what the file is and what to do rather than the first byte JSON rejects.
fn other_format(bytes: &[u8]) -> Option<LoadError> {
    let other = |format| Some(LoadError::OtherFormat(format));
    let head = &bytes[..bytes.len().min(4096)];
    if head.starts_with(b"PMTiles") {
        return other(OtherFormat::TilePack);
    }
    if head.starts_with(b"PK\x03\x04") {
        return other(OtherFormat::Zip);
    }
    if head.starts_with(b"\xEF\xBB\xBF\xEF\xBB\xBF") {
        return other(OtherFormat::DoubleByteOrderMark);
    }
    if head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF") {
        return other(OtherFormat::Utf16);
    }
    if !head.is_empty() && head.iter().all(|&b| b == 0) {
        return other(OtherFormat::ZeroBytes);
    }
    // UTF-16 without a byte order mark: ASCII characters with a zero byte beside each.
    let pairs = head.len() / 2;
    if pairs >= 2 {
        let even_zero = head
            .iter()
            .step_by(2)
            .take(pairs)
            .filter(|&&b| b == 0)
            .count();
        let odd_zero = head
            .iter()
            .skip(1)
            .step_by(2)
            .take(pairs)
            .filter(|&&b| b == 0)
            .count();
        if odd_zero * 10 >= pairs * 9 && even_zero == 0 {
            return other(OtherFormat::Utf16LittleEndian);
        }
        if even_zero * 10 >= pairs * 9 && odd_zero == 0 {
            return other(OtherFormat::Utf16BigEndian);
        }
    }
    let text = String::from_utf8_lossy(head);
    let start = text.trim_start_matches('\u{feff}').trim_start();
    if start.starts_with('<') {
        let lower = start.to_ascii_lowercase();
        if lower.contains("<kml") {
            return other(OtherFormat::Kml);
        }
        if lower.contains("<gpx") {
            return other(OtherFormat::Gpx);
        }
        return other(OtherFormat::Xml);
    }
    let first_line = start.lines().next().unwrap_or_default();
    if !start.starts_with(['{', '[']) && first_line.contains(',') && start.lines().nth(1).is_some()
    {
        let columns = first_line.matches(',').count();
        let second = start.lines().nth(1).unwrap_or_default();
        if second.matches(',').count() == columns {
            return other(OtherFormat::Csv);
        }
    }
    None
}

/// The GeoJSON object at the top of a file, which the corridor schema constrains.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TopLevel {
    FeatureCollection,
    Feature,
    Geometry,
}

/// [`parse_geojson`] with cancelling, progress and the kind of top-level object.
pub(crate) fn parse_detailed(
    bytes: &[u8],
    cancel: &AtomicBool,
    progress: &dyn Fn(f32),
) -> Result<(ParsedCollection, TopLevel), LoadError> {
    if let Some(e) = other_format(bytes) {
        return Err(e);
    }
    let mut problems = Vec::new();
    let mut bytes = bytes;
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        problems.push(Problem::at(
            Some(1),
            "the file starts with a byte order mark, which GeoJSON does not allow; it was ignored",
        ));
        bytes = rest;
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(LoadError::Empty);
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let (line, column) = line_column(bytes, e.valid_up_to());
        LoadError::NotUtf8 { line, column }
    })?;
    if cancel.load(Ordering::Relaxed) {
        return Err(LoadError::Cancelled);
    }

    let top_byte = text.trim_start().as_bytes().first().copied();
    if top_byte != Some(b'{') {
        // Valid JSON that is not an object is "not GeoJSON"; anything else is bad JSON.
        scan_depth(text.as_bytes(), 0).map_err(|at| too_deep(text.as_bytes(), at))?;
        serde_json::from_str::<IgnoredAny>(text).map_err(json_error)?;
        let found = match top_byte {
            Some(b'[') => tr("load-top-array"),
            Some(b'"') => tr("load-top-string"),
            Some(b'n') => tr("load-top-null"),
            Some(b't' | b'f') => tr("load-top-boolean"),
            _ => tr("load-top-number"),
        };
        return Err(LoadError::NotGeoJson { found });
    }
    let top: RawTop = match serde_json::from_str(text) {
        Ok(top) => top,
        // A FeatureCollection that simply stops (a download or copy cut short) keeps the
        // complete features before the break.
        Err(e) if e.classify() == serde_json::error::Category::Eof => {
            return match salvage_cut_short(text) {
                Some((raws, cut)) => {
                    let mut lines = LineCounter::new(text);
                    let mut parsed =
                        features_of(text, &raws, &mut lines, problems, cancel, progress)?;
                    let cut = CutShort {
                        line: lines.line_of(cut),
                        offset: cut,
                        kept: parsed.features.len(),
                    };
                    parsed
                        .problems
                        .insert(0, Problem::at(Some(cut.line), cut.message()));
                    parsed.cut_short = Some(cut);
                    Ok((parsed, TopLevel::FeatureCollection))
                }
                None => Err(json_error(e)),
            };
        }
        Err(e) => return Err(top_error(e)),
    };
    progress(0.1);
    let type_name = match top.kind {
        None => {
            return Err(LoadError::NotGeoJson {
                found: tr("load-top-no-type"),
            });
        }
        Some(raw) => match serde_json::from_str::<Cow<str>>(raw.get()) {
            Ok(s) => s.into_owned(),
            Err(_) => {
                return Err(LoadError::NotGeoJson {
                    found: tr_args(
                        "load-top-type-not-string",
                        &[("found", Arg::from(describe_json_here(raw.get())))],
                    ),
                });
            }
        },
    };
    let mut lines = LineCounter::new(text);
    match GeoType::from_name(&type_name) {
        Some(GeoType::FeatureCollection) => {
            let raws = match &top.features {
                Some(FeatureList::Array(raws)) => raws,
                Some(FeatureList::NotArray(found)) => {
                    let found = *found;
                    return Err(LoadError::NotGeoJson {
                        found: tr_args(
                            "load-top-features-not-array",
                            &[("found", Arg::from(describe_json_word(found)))],
                        ),
                    });
                }
                None => {
                    return Err(LoadError::NotGeoJson {
                        found: tr("load-top-no-features"),
                    });
                }
            };
            for member in ["coordinates", "geometry", "geometries", "properties"] {
                if top.has(member) {
                    problems.push(misplaced_member(member, "FeatureCollection", None, 1));
                }
            }
            let parsed = features_of(text, raws, &mut lines, problems, cancel, progress)?;
            Ok((parsed, TopLevel::FeatureCollection))
        }
        Some(GeoType::Feature) => {
            scan_depth(text.as_bytes(), 0).map_err(|at| too_deep(text.as_bytes(), at))?;
            let out: Vec<Feature> = parse_one_feature(text, 1, &mut problems)
                .into_iter()
                .collect();
            progress(1.0);
            Ok((
                ParsedCollection {
                    features: out,
                    problems,
                    cut_short: None,
                },
                TopLevel::Feature,
            ))
        }
        Some(_) => {
            scan_depth(text.as_bytes(), 0).map_err(|at| too_deep(text.as_bytes(), at))?;
            for member in ["features", "geometry", "properties"] {
                if top.has(member) {
                    problems.push(misplaced_member(member, "geometry", None, 1));
                }
            }
            let features = parse_bare_geometry(text, &mut problems)
                .into_iter()
                .collect();
            progress(1.0);
            Ok((
                ParsedCollection {
                    features,
                    problems,
                    cut_short: None,
                },
                TopLevel::Geometry,
            ))
        }
        None => Err(LoadError::NotGeoJson {
            found: tr_args(
                "load-top-unknown-type",
                &[("type", Arg::from(format!("{type_name:?}")))],
            ),
        }),
    }
}

/// The error for a top-level object serde could not read. serde reports a repeated member as
/// "duplicate field `type`": valid JSON, bad GeoJSON, said so.
fn top_error(e: serde_json::Error) -> LoadError {
    let message = e.to_string();
    match message
        .strip_prefix("duplicate field `")
        .and_then(|rest| rest.split('`').next())
    {
        Some(member) => LoadError::NotGeoJson {
            found: tr_args(
                "load-top-member-twice",
                &[("member", Arg::from(member)), ("line", at_text(e.line()))],
            ),
        },
        None => json_error(e),
    }
}

/// Converts the features of a FeatureCollection (`raws`, slices of `text`), after checking the
/// nesting depth around them; `problems` found so far come first in the result.
fn features_of(
    text: &str,
    raws: &[&RawValue],
    lines: &mut LineCounter,
    mut problems: Vec<Problem>,
    cancel: &AtomicBool,
    progress: &dyn Fn(f32),
) -> Result<ParsedCollection, LoadError> {
    // Depth outside the features here; inside each feature on the workers.
    let span = match (raws.first(), raws.last()) {
        (Some(first), Some(last)) => {
            let start = offset_in(text, first.get());
            (start, offset_in(text, last.get()) + last.get().len())
        }
        _ => (text.len(), text.len()),
    };
    let bytes = text.as_bytes();
    let before = bytes.get(..span.0).unwrap_or_default();
    let after = bytes.get(span.1..).unwrap_or_default();
    let inner_depth = scan_depth(before, 0).map_err(|at| too_deep(bytes, at))?;
    scan_depth(after, inner_depth).map_err(|at| too_deep(bytes, span.1 + at))?;
    let starts: Vec<usize> = raws
        .iter()
        .map(|r| lines.line_of(offset_in(text, r.get())))
        .collect();
    let (features, feature_problems) =
        parse_features(text, inner_depth, raws, &starts, cancel, progress)?;
    problems.extend(feature_problems);
    Ok(ParsedCollection {
        features,
        problems,
        cut_short: None,
    })
}

/// For a document that ends too early: when it is a FeatureCollection whose `features` array
/// holds at least one complete feature before the end, those features (as raw slices) and the
/// byte offset where the lost part starts. `None` when nothing can be kept, so the caller
/// reports the JSON error as before.
///
/// The document is read again with a visitor that records each complete array element as it
/// goes, so the elements read before the parser meets the end survive its error.
fn salvage_cut_short(text: &str) -> Option<(Vec<&RawValue>, usize)> {
    use std::cell::RefCell;

    struct Found<'a> {
        kind: Option<String>,
        raws: Vec<&'a RawValue>,
    }
    struct Top<'c, 'a>(&'c RefCell<Found<'a>>);
    struct Elements<'c, 'a>(&'c RefCell<Found<'a>>);

    impl<'de: 'a, 'a> DeserializeSeed<'de> for Top<'_, 'a> {
        type Value = ();
        fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
            d.deserialize_map(self)
        }
    }
    impl<'de: 'a, 'a> Visitor<'de> for Top<'_, 'a> {
        type Value = ();
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a FeatureCollection")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
            while let Some(key) = map.next_key::<Cow<'de, str>>()? {
                match key.as_ref() {
                    "type" => {
                        let kind = map.next_value::<Cow<'de, str>>()?;
                        self.0.borrow_mut().kind = Some(kind.into_owned());
                    }
                    "features" => map.next_value_seed(Elements(self.0))?,
                    _ => {
                        map.next_value::<IgnoredAny>()?;
                    }
                }
            }
            Ok(())
        }
    }
    impl<'de: 'a, 'a> DeserializeSeed<'de> for Elements<'_, 'a> {
        type Value = ();
        fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
            d.deserialize_seq(self)
        }
    }
    impl<'de: 'a, 'a> Visitor<'de> for Elements<'_, 'a> {
        type Value = ();
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("an array of features")
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
            while let Some(raw) = seq.next_element::<&'de RawValue>()? {
                self.0.borrow_mut().raws.push(raw);
            }
            Ok(())
        }
    }

    let found = RefCell::new(Found {
        kind: None,
        raws: Vec::new(),
    });
    let mut de = serde_json::Deserializer::from_str(text);
    // The error is expected (the document ends too early); what was recorded before it counts.
    let ended_early = match Top(&found).deserialize(&mut de) {
        Ok(()) => false,
        Err(e) => e.classify() == serde_json::error::Category::Eof,
    };
    let found = found.into_inner();
    if !ended_early
        || found.raws.is_empty()
        || found
            .kind
            .as_deref()
            .is_some_and(|k| k != "FeatureCollection")
    {
        return None;
    }
    let last = found.raws.last()?;
    let end = offset_in(text, last.get()) + last.get().len();
    // The lost part starts at the next feature after the separating comma, if any.
    let rest = text.get(end..).unwrap_or_default();
    let skipped = rest.len()
        - rest
            .trim_start_matches(|c: char| c.is_whitespace() || c == ',')
            .len();
    Some((found.raws, (end + skipped).min(text.len())))
}

/// A file that is a single geometry becomes one feature without properties.
fn parse_bare_geometry(text: &str, problems: &mut Vec<Problem>) -> Option<Feature> {
    let ctx = Ctx::default();
    let seed = GeometrySeed {
        ctx: &ctx,
        depth: 0,
    };
    let raw = match seed.deserialize(&mut serde_json::Deserializer::from_str(text)) {
        Ok(Some(g)) => g,
        Ok(None) => return None,
        Err(e) => {
            problems.push(Problem::at(
                Some(e.line().max(1)),
                format!(
                    "the geometry cannot be read: {}",
                    strip_position(&e.to_string())
                ),
            ));
            return None;
        }
    };
    ctx.report(1, None, problems);
    let mut notes = Vec::new();
    let checked = check_geometry(raw, &mut notes);
    problems.extend(notes.into_iter().map(|n| Problem::at(Some(1), n)));
    match checked {
        Ok(g) => Some(Feature::new(None, Some(g), Default::default(), 1)),
        Err(message) => {
            problems.push(Problem::at(
                Some(1),
                format!("the geometry cannot be used: {message}"),
            ));
            None
        }
    }
}

/// Features converted by one worker, with the problems it met.
type FeaturesAndProblems = (Vec<Feature>, Vec<Problem>);

/// Converts features on all cores (at most two workers on the laptops the atlas targets would
/// already halve the time), keeping file order.
fn parse_features(
    text: &str,
    inner_depth: usize,
    raws: &[&RawValue],
    starts: &[usize],
    cancel: &AtomicBool,
    progress: &dyn Fn(f32),
) -> Result<FeaturesAndProblems, LoadError> {
    let workers = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .clamp(1, 8);
    // Small files are not worth a thread.
    let workers = if raws.len() < 2048 { 1 } else { workers };
    let chunk = raws.len().div_ceil(workers).max(1);
    let done = std::sync::atomic::AtomicUsize::new(0);
    let total = raws.len().max(1);
    // Every worker writes its features straight into its own part of one vector, in file
    // order, so no second copy of the parsed features is ever made: joining per-worker
    // vectors held the features twice for a moment, a third more memory at the peak.
    let mut slots: Vec<Option<Feature>> = Vec::new();
    slots.resize_with(raws.len(), || None);
    let work = |raws: &[&RawValue],
                starts: &[usize],
                out: &mut [Option<Feature>],
                report: Option<&dyn Fn(f32)>|
     -> Result<Vec<Problem>, LoadError> {
        let mut problems = Vec::new();
        for (i, ((raw, &line), slot)) in raws.iter().zip(starts).zip(out).enumerate() {
            if i % 1024 == 0 {
                if cancel.load(Ordering::Relaxed) {
                    return Err(LoadError::Cancelled);
                }
                let d = done.fetch_add(1024, Ordering::Relaxed);
                if let Some(progress) = report {
                    progress(0.1 + 0.9 * (d.min(total) as f32 / total as f32));
                }
            }
            scan_depth(raw.get().as_bytes(), inner_depth)
                .map_err(|at| too_deep(text.as_bytes(), offset_in(text, raw.get()) + at))?;
            *slot = parse_one_feature(raw.get(), line, &mut problems);
        }
        Ok(problems)
    };
    let results: Vec<Result<Vec<Problem>, LoadError>> = if workers == 1 {
        vec![work(raws, starts, &mut slots, Some(progress))]
    } else {
        // The first part runs on this thread, which alone reports progress (the callback
        // need not be thread-safe); the others run on named scoped threads.
        std::thread::scope(|s| {
            let mut parts = raws
                .chunks(chunk)
                .zip(starts.chunks(chunk))
                .zip(slots.chunks_mut(chunk));
            let first = parts.next();
            let mut handles = Vec::new();
            for (n, ((r, st), out)) in parts.enumerate() {
                let work = &work;
                let lang = crate::i18n::lang();
                let spawned = std::thread::Builder::new()
                    .name(format!("geojson-parse-{}", n + 1))
                    .spawn_scoped(s, move || {
                        crate::i18n::set_lang(lang);
                        work(r, st, out, None)
                    });
                handles.push(spawned);
            }
            let mut results = Vec::new();
            if let Some(((r, st), out)) = first {
                results.push(work(r, st, out, Some(progress)));
            }
            for spawned in handles {
                // Joined here, so a worker's panic is this error, not a panic of the scope.
                results.push(match spawned.map(|h| h.join()) {
                    Ok(Ok(result)) => result,
                    // A worker that could not start or that died leaves its share unread;
                    // the file is refused rather than loaded with a silent hole.
                    _ => Err(LoadError::NotGeoJson {
                        found: "a feature could not be converted".into(),
                    }),
                });
            }
            results
        })
    };
    let mut problems = Vec::new();
    for r in results {
        problems.extend(r?);
    }
    // In place: the vector of slots becomes the vector of features without a copy.
    let mut features = flatten_slots(slots);
    if features.len() < features.capacity() / 8 * 7 {
        features.shrink_to_fit();
    }
    Ok((features, problems))
}

/// Turns parsed slots into features, reusing the slots' memory: a `filter_map` over the
/// vector's own iterator is collected in place, where `flatten` (which clippy suggests)
/// allocates a second vector as large as the first.
#[allow(clippy::filter_map_identity)]
fn flatten_slots(slots: Vec<Option<Feature>>) -> Vec<Feature> {
    slots.into_iter().filter_map(|slot| slot).collect()
}

/// Byte offset of `part` (a slice of `whole`) within `whole`.
fn offset_in(whole: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(whole.as_ptr() as usize)
}

/// Counts lines forward from the last offset asked about, so that finding the line of every
/// feature in file order costs one pass over the file in total.
struct LineCounter<'a> {
    bytes: &'a [u8],
    offset: usize,
    line: usize,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a str) -> Self {
        LineCounter {
            bytes: text.as_bytes(),
            offset: 0,
            line: 1,
        }
    }

    /// 1-based line of `offset`; offsets must not decrease between calls (earlier ones are
    /// answered with the current line).
    fn line_of(&mut self, offset: usize) -> usize {
        if offset > self.offset {
            let part = self.bytes.get(self.offset..offset).unwrap_or_default();
            self.line += memchr::memchr_iter(b'\n', part).count();
            self.offset = offset;
        }
        self.line
    }
}

/// 1-based line and character column of a byte offset, for errors (computed only then).
fn line_column(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = bytes.get(..offset).unwrap_or(bytes);
    let line = memchr::memchr_iter(b'\n', before).count() + 1;
    let line_start = memchr::memrchr(b'\n', before).map_or(0, |p| p + 1);
    let col_bytes = before.get(line_start..).unwrap_or_default();
    let column = String::from_utf8_lossy(col_bytes).chars().count() + 1;
    (line, column)
}

/// Follows the nesting depth of arrays and objects through `bytes`, starting at `depth`, and
/// returns the depth at the end, or the offset of the first bracket that goes deeper than
/// [`MAX_NESTING_DEPTH`]. Brackets inside strings do not count.
///
/// Parts of a document that are skipped (unknown members) are scanned by serde_json without
/// recursion, but the parts read into values (properties) recurse; checking depth first makes
/// the limit uniform and the error clear, and no input can exhaust the stack.
fn scan_depth(bytes: &[u8], mut depth: usize) -> Result<usize, usize> {
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'"' => {
                // Skip to the closing quote, stepping over escapes.
                let mut j = i + 1;
                loop {
                    match memchr::memchr2(b'"', b'\\', bytes.get(j..).unwrap_or_default()) {
                        Some(p) => {
                            let at = j + p;
                            if bytes.get(at) == Some(&b'\\') {
                                j = at + 2;
                            } else {
                                i = at;
                                break;
                            }
                        }
                        // Unterminated string: the JSON parser will say so.
                        None => return Ok(depth),
                    }
                }
            }
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_NESTING_DEPTH {
                    return Err(i);
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    Ok(depth)
}

/// The error for nesting too deep at byte `offset` of `text`.
fn too_deep(text: &[u8], offset: usize) -> LoadError {
    let (line, column) = line_column(text, offset);
    LoadError::TooDeep {
        line,
        column,
        limit: MAX_NESTING_DEPTH,
    }
}

fn json_error(e: serde_json::Error) -> LoadError {
    let message = e.to_string();
    // serde_json appends " at line L column C"; the error type carries them separately.
    let message = match message.rfind(" at line ") {
        Some(p) => message.get(..p).unwrap_or(&message).to_string(),
        None => message,
    };
    LoadError::InvalidJson {
        message,
        line: e.line(),
        column: e.column(),
    }
}

/// [`describe_json`] in the reader's language, for the messages that refuse a whole file.
fn describe_json_here(raw: &str) -> String {
    describe_json_word(describe_json(raw))
}

/// The reader's words for one of [`describe_json`]'s English descriptions.
fn describe_json_word(english: &str) -> String {
    match english {
        "an object" => tr("json-an-object"),
        "an array" => tr("json-an-array"),
        "a string" => tr("json-a-string"),
        "null" => tr("json-null"),
        "true or false" => tr("json-true-or-false"),
        _ => tr("json-a-number"),
    }
}

/// A short plain-words description of a JSON value, for messages.
fn describe_json(raw: &str) -> &'static str {
    match raw.trim_start().as_bytes().first() {
        Some(b'{') => "an object",
        Some(b'[') => "an array",
        Some(b'"') => "a string",
        Some(b'n') => "null",
        Some(b't' | b'f') => "true or false",
        _ => "a number",
    }
}

fn misplaced_member(member: &str, in_what: &str, id: Option<&str>, line: usize) -> Problem {
    Problem {
        line: Some(line),
        feature_id: id.map(str::to_string),
        message: format!(
            "member `{member}` has no GeoJSON meaning in a {in_what} and was ignored (RFC 7946 §7.1)"
        ),
    }
}

/// The top level of a document, with the big parts left as borrowed raw JSON. Members that
/// only matter to notice them are kept raw too (borrowing costs nothing).
#[derive(Deserialize)]
struct RawTop<'a> {
    #[serde(rename = "type", borrow, default)]
    kind: Option<&'a RawValue>,
    #[serde(borrow, default)]
    features: Option<FeatureList<'a>>,
    #[serde(borrow, default)]
    coordinates: Option<&'a RawValue>,
    #[serde(borrow, default)]
    geometry: Option<&'a RawValue>,
    #[serde(borrow, default)]
    geometries: Option<&'a RawValue>,
    #[serde(borrow, default)]
    properties: Option<&'a RawValue>,
}

impl RawTop<'_> {
    /// Whether a member is present (a `null` counts as absent).
    fn has(&self, member: &str) -> bool {
        match member {
            "features" => self.features.is_some(),
            "coordinates" => self.coordinates.is_some(),
            "geometry" => self.geometry.is_some(),
            "geometries" => self.geometries.is_some(),
            "properties" => self.properties.is_some(),
            _ => false,
        }
    }
}

/// A `features` member split into its elements, still unparsed, or what it was instead of an
/// array (so a top-level Feature with a stray `features` member still loads).
enum FeatureList<'a> {
    Array(Vec<&'a RawValue>),
    NotArray(&'static str),
}

impl<'de: 'a, 'a> Deserialize<'de> for FeatureList<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for V<'a> {
            type Value = FeatureList<'a>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("`features` to be an array of Feature objects")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut v = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1 << 16));
                while let Some(raw) = seq.next_element::<&'de RawValue>()? {
                    v.push(raw);
                }
                Ok(FeatureList::Array(v))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(FeatureList::NotArray("an object"))
            }
            fn visit_str<E: de::Error>(self, _: &str) -> Result<Self::Value, E> {
                Ok(FeatureList::NotArray("a string"))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
                Ok(FeatureList::NotArray("true or false"))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
                Ok(FeatureList::NotArray("a number"))
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
                Ok(FeatureList::NotArray("a number"))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
                Ok(FeatureList::NotArray("a number"))
            }
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

/// The GeoJSON `type` names, matched exactly (RFC 7946 names are case-sensitive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum GeoType {
    Point,
    MultiPoint,
    LineString,
    MultiLineString,
    Polygon,
    MultiPolygon,
    GeometryCollection,
    Feature,
    FeatureCollection,
}

impl GeoType {
    fn from_name(name: &str) -> Option<GeoType> {
        Some(match name {
            "Point" => GeoType::Point,
            "MultiPoint" => GeoType::MultiPoint,
            "LineString" => GeoType::LineString,
            "MultiLineString" => GeoType::MultiLineString,
            "Polygon" => GeoType::Polygon,
            "MultiPolygon" => GeoType::MultiPolygon,
            "GeometryCollection" => GeoType::GeometryCollection,
            "Feature" => GeoType::Feature,
            "FeatureCollection" => GeoType::FeatureCollection,
            _ => return None,
        })
    }
}

/// Parses one feature and either appends it or records why it was skipped.
fn parse_one_feature(raw: &str, line: usize, problems: &mut Vec<Problem>) -> Option<Feature> {
    let ctx = Ctx::default();
    let mut de = serde_json::Deserializer::from_str(raw);
    match (FeatureSeed { ctx: &ctx }).deserialize(&mut de) {
        Ok(parsed) => {
            let id = parsed.id;
            let idr = id.as_deref();
            for note in parsed.notes {
                problems.push(Problem::feature(line, idr, note));
            }
            ctx.report(line, idr, problems);
            let geometry = match parsed.geometry {
                None => None,
                Some(g) => {
                    let mut notes = Vec::new();
                    let checked = check_geometry(g, &mut notes);
                    for n in notes {
                        problems.push(Problem::feature(line, idr, n));
                    }
                    match checked {
                        Ok(g) => Some(g),
                        Err(message) => {
                            problems.push(Problem::feature(
                                line,
                                idr,
                                format!("feature skipped: {message}"),
                            ));
                            return None;
                        }
                    }
                }
            };
            let mut feature = Feature::new(id, geometry, parsed.properties, line);
            // A user's feature that says its corridor kind is read like the built-in data
            // (its facts, history and sources shown as such), here on the loading thread.
            if feature.properties.follows_the_schema() {
                let corridor = super::schema::read(&feature, None);
                feature.properties.set_corridor(corridor);
            }
            Some(feature)
        }
        Err(e) => {
            let id = salvage_id(raw);
            let at = line + e.line().saturating_sub(1);
            let message = e.to_string();
            let mut message = strip_position(&message).to_string();
            if message == "number out of range" {
                message = "a number is too large to be read (number out of range)".into();
            }
            problems.push(Problem {
                line: Some(at),
                feature_id: id,
                message: format!("feature skipped: {message}"),
            });
            None
        }
    }
}

/// Finds a bad feature's id for its problem message, ignoring everything else that is wrong.
fn salvage_id(raw: &str) -> Option<String> {
    #[derive(Deserialize)]
    struct IdOnly {
        #[serde(default)]
        id: Option<Value>,
        #[serde(default)]
        properties: Option<Value>,
    }
    let parsed: IdOnly = serde_json::from_str(raw).ok()?;
    parsed
        .id
        .as_ref()
        .and_then(id_string)
        .or_else(|| parsed.properties.as_ref()?.get("id").and_then(id_string))
}

fn id_string(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// What a feature parse collects besides the geometry.
struct ParsedFeature {
    id: Option<String>,
    geometry: Option<RawGeometry>,
    properties: Properties,
    notes: Vec<String>,
}

/// Notes shared by every position of one feature, reported once per feature rather than once
/// per position.
#[derive(Default)]
struct Ctx {
    /// Largest number of values seen in one position (2 for plain lon/lat).
    max_dims: Cell<usize>,
    /// Notes about geometries that are still used (e.g. a bad `bbox`).
    notes: std::cell::RefCell<Vec<String>>,
}

impl Ctx {
    fn report(&self, line: usize, id: Option<&str>, problems: &mut Vec<Problem>) {
        for note in self.notes.take() {
            problems.push(Problem {
                line: Some(line),
                feature_id: id.map(str::to_string),
                message: note,
            });
        }
        let dims = self.max_dims.get();
        if dims > 2 {
            problems.push(Problem::feature(
                line,
                id,
                format!(
                    "positions have {dims} values; only longitude and latitude are used \
                     (altitude and other values are dropped)"
                ),
            ));
        }
    }
}

struct FeatureSeed<'c> {
    ctx: &'c Ctx,
}

impl<'de> DeserializeSeed<'de> for FeatureSeed<'_> {
    type Value = ParsedFeature;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<ParsedFeature, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for FeatureSeed<'_> {
    type Value = ParsedFeature;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a Feature object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ParsedFeature, A::Error> {
        let mut kind: Option<String> = None;
        let mut id: Option<Value> = None;
        let mut properties: Option<&'de RawValue> = None;
        let mut geometry: Option<Option<RawGeometry>> = None;
        let mut notes = Vec::new();
        while let Some(key) = map.next_key::<Cow<'de, str>>()? {
            match key.as_ref() {
                "type" => {
                    if kind.is_some() {
                        return Err(de::Error::duplicate_field("type"));
                    }
                    kind = Some(map.next_value::<TypeName>()?.0);
                }
                "id" => id = Some(map.next_value()?),
                "properties" => properties = Some(map.next_value()?),
                "geometry" => {
                    if geometry.is_some() {
                        return Err(de::Error::duplicate_field("geometry"));
                    }
                    geometry = Some(map.next_value_seed(GeometrySeed {
                        ctx: self.ctx,
                        depth: 0,
                    })?);
                }
                "bbox" => {
                    if let Some(n) = bbox_problem(&map.next_value::<Value>()?) {
                        notes.push(n);
                    }
                }
                m @ ("coordinates" | "geometries" | "features") => {
                    notes.push(format!(
                        "member `{m}` has no GeoJSON meaning in a Feature and was ignored (RFC 7946 §7.1)"
                    ));
                    map.next_value::<IgnoredAny>()?;
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        match kind.as_deref() {
            Some("Feature") => {}
            Some(other) => {
                return Err(de::Error::custom(format_args!(
                    "its `type` is {other:?}, expected \"Feature\""
                )));
            }
            None => {
                return Err(de::Error::custom(
                    "it has no `type` member (expected \"Feature\")",
                ));
            }
        }
        // Kept as the file's text, read for names and ids in one pass (see
        // `properties.rs`: parsed values cost many times the file).
        let properties = match properties {
            None => Properties::default(),
            Some(raw) => Properties::from_json_text(raw.get()).map_err(de::Error::custom)?,
        };
        let geometry = match geometry {
            Some(g) => g,
            None => {
                notes.push("the feature has no `geometry` member; treated as null".into());
                None
            }
        };
        let id = match id {
            None | Some(Value::Null) => properties.id().map(str::to_owned),
            Some(v) => match id_string(&v) {
                Some(s) => Some(s),
                None => {
                    notes.push(format!(
                        "the feature `id` must be a string or a number, found {}; ignored",
                        value_kind(&v)
                    ));
                    properties.id().map(str::to_owned)
                }
            },
        };
        Ok(ParsedFeature {
            id,
            geometry,
            properties,
            notes,
        })
    }
}

/// What a JSON value is, in words for messages ("a string", "an array").
pub(crate) fn value_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// RFC 7946 §5: a bbox is 2×n numbers (n = 2 or 3). The atlas computes its own boxes, so a bad
/// one is only noted.
fn bbox_problem(v: &Value) -> Option<String> {
    match v {
        Value::Array(items) if (items.len() == 4 || items.len() == 6) => {
            if items.iter().all(|x| x.as_f64().is_some_and(f64::is_finite)) {
                None
            } else {
                Some("`bbox` must hold only numbers; ignored".into())
            }
        }
        Value::Array(items) => Some(format!(
            "`bbox` must have 4 or 6 numbers, found {}; ignored",
            items.len()
        )),
        other => Some(format!(
            "`bbox` must be an array of 4 or 6 numbers, found {}; ignored",
            value_kind(other)
        )),
    }
}

/// A `type` value read as text, with a plain message when it is not a string.
struct TypeName(String);

impl<'de> Deserialize<'de> for TypeName {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = TypeName;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("`type` to be a string such as \"Feature\" or \"Point\"")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<TypeName, E> {
                Ok(TypeName(v.to_string()))
            }
        }
        d.deserialize_str(V)
    }
}

/// Coordinates read straight into geo types, before their shape is checked.
enum Coords {
    Point(Coord<f64>),
    Line(Vec<Coord<f64>>),
    Lines(Vec<Vec<Coord<f64>>>),
    Polygons(Vec<Vec<Vec<Coord<f64>>>>),
}

/// A geometry as read, before checks: shapes are checked in [`check_geometry`] so the message
/// can say which part is wrong.
enum RawGeometry {
    Point(Coord<f64>),
    MultiPoint(Vec<Coord<f64>>),
    LineString(Vec<Coord<f64>>),
    MultiLineString(Vec<Vec<Coord<f64>>>),
    Polygon(Vec<Vec<Coord<f64>>>),
    MultiPolygon(Vec<Vec<Vec<Coord<f64>>>>),
    Collection(Vec<RawGeometry>),
}

#[derive(Clone, Copy)]
struct GeometrySeed<'c> {
    ctx: &'c Ctx,
    depth: usize,
}

impl<'de> DeserializeSeed<'de> for GeometrySeed<'_> {
    type Value = Option<RawGeometry>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_option(self)
    }
}

impl<'de> Visitor<'de> for GeometrySeed<'_> {
    type Value = Option<RawGeometry>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a geometry object or null")
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut kind: Option<GeoType> = None;
        let mut kind_name: Option<String> = None;
        let mut coords: Option<Coords> = None;
        let mut raw_coords: Option<&'de RawValue> = None;
        let mut geometries: Option<Vec<&'de RawValue>> = None;
        while let Some(key) = map.next_key::<Cow<'de, str>>()? {
            match key.as_ref() {
                "type" => {
                    if kind_name.is_some() {
                        return Err(de::Error::duplicate_field("type"));
                    }
                    let name = map.next_value::<TypeName>()?.0;
                    kind = GeoType::from_name(&name);
                    kind_name = Some(name);
                }
                "coordinates" => {
                    if coords.is_some() || raw_coords.is_some() {
                        return Err(de::Error::duplicate_field("coordinates"));
                    }
                    match kind {
                        // The usual order ("type" first): read coordinates directly.
                        Some(k) => {
                            coords = Some(map.next_value_seed(CoordsSeed {
                                ctx: self.ctx,
                                kind: k,
                            })?)
                        }
                        None => raw_coords = Some(map.next_value()?),
                    }
                }
                "geometries" => geometries = Some(map.next_value()?),
                "bbox" => {
                    if let Some(note) = bbox_problem(&map.next_value::<Value>()?) {
                        self.ctx
                            .notes
                            .borrow_mut()
                            .push(format!("in the geometry: {note}"));
                    }
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        let Some(name) = kind_name else {
            return Err(de::Error::custom("the geometry has no `type` member"));
        };
        let Some(kind) = kind else {
            return Err(de::Error::custom(format_args!(
                "unknown geometry type {name:?} (expected Point, MultiPoint, LineString, \
                 MultiLineString, Polygon, MultiPolygon or GeometryCollection, spelled exactly so)"
            )));
        };
        if kind == GeoType::GeometryCollection {
            if self.depth >= MAX_COLLECTION_DEPTH {
                return Err(de::Error::custom(format_args!(
                    "GeometryCollections are nested more than {MAX_COLLECTION_DEPTH} deep"
                )));
            }
            let Some(parts) = geometries else {
                return Err(de::Error::custom(
                    "the GeometryCollection has no `geometries` array",
                ));
            };
            let mut out = Vec::with_capacity(parts.len());
            for raw in parts {
                let seed = GeometrySeed {
                    ctx: self.ctx,
                    depth: self.depth + 1,
                };
                let g = seed
                    .deserialize(&mut serde_json::Deserializer::from_str(raw.get()))
                    .map_err(|e| {
                        let inner = e.to_string();
                        let inner = strip_position(&inner);
                        if inner.starts_with("in the GeometryCollection") {
                            de::Error::custom(inner)
                        } else {
                            de::Error::custom(format_args!("in the GeometryCollection: {inner}"))
                        }
                    })?;
                match g {
                    Some(g) => out.push(g),
                    None => {
                        return Err(de::Error::custom(
                            "a member of the GeometryCollection is null, not a geometry",
                        ));
                    }
                }
            }
            return Ok(Some(RawGeometry::Collection(out)));
        }
        if matches!(kind, GeoType::Feature | GeoType::FeatureCollection) {
            return Err(de::Error::custom(format_args!(
                "a {name} is not a geometry and cannot stand in `geometry`"
            )));
        }
        let coords = match (coords, raw_coords) {
            (Some(c), _) => c,
            (None, Some(raw)) => CoordsSeed {
                ctx: self.ctx,
                kind,
            }
            .deserialize(&mut serde_json::Deserializer::from_str(raw.get()))
            .map_err(|e| de::Error::custom(strip_position(&e.to_string())))?,
            (None, None) => {
                return Err(de::Error::custom(format_args!(
                    "the {name} has no `coordinates` member"
                )));
            }
        };
        Ok(Some(match (kind, coords) {
            (GeoType::Point, Coords::Point(c)) => RawGeometry::Point(c),
            (GeoType::MultiPoint, Coords::Line(v)) => RawGeometry::MultiPoint(v),
            (GeoType::LineString, Coords::Line(v)) => RawGeometry::LineString(v),
            (GeoType::MultiLineString, Coords::Lines(v)) => RawGeometry::MultiLineString(v),
            (GeoType::Polygon, Coords::Lines(v)) => RawGeometry::Polygon(v),
            (GeoType::MultiPolygon, Coords::Polygons(v)) => RawGeometry::MultiPolygon(v),
            _ => {
                return Err(de::Error::custom(
                    "coordinates do not match the geometry type",
                ));
            }
        }))
    }
}

fn strip_position(message: &str) -> &str {
    match message.rfind(" at line ") {
        Some(p) => message.get(..p).unwrap_or(message),
        None => message,
    }
}

/// Reads the `coordinates` of a geometry of a known type.
struct CoordsSeed<'c> {
    ctx: &'c Ctx,
    kind: GeoType,
}

impl<'de> DeserializeSeed<'de> for CoordsSeed<'_> {
    type Value = Coords;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Coords, D::Error> {
        // Each level says what it is, so that a wrongly nested array gets a message naming
        // the level that is wrong.
        const POS: &str = "a position [longitude, latitude]";
        const RING: &str = "a linear ring (an array of positions)";
        let pos = |label| PosSeed(self.ctx, label);
        Ok(match self.kind {
            GeoType::Point => Coords::Point(
                pos("a position [longitude, latitude] (the Point's coordinates)").deserialize(d)?,
            ),
            GeoType::MultiPoint => Coords::Line(
                VecOf(
                    pos(POS),
                    "an array of positions (the MultiPoint's coordinates)",
                )
                .deserialize(d)?,
            ),
            GeoType::LineString => Coords::Line(
                VecOf(
                    pos(POS),
                    "an array of positions (the LineString's coordinates)",
                )
                .deserialize(d)?,
            ),
            GeoType::MultiLineString => Coords::Lines(
                VecOf(
                    VecOf(pos(POS), "a line (an array of positions)"),
                    "an array of lines (the MultiLineString's coordinates)",
                )
                .deserialize(d)?,
            ),
            GeoType::Polygon => Coords::Lines(
                VecOf(
                    VecOf(
                        pos("a position [longitude, latitude] in a Polygon ring"),
                        RING,
                    ),
                    "an array of linear rings (the Polygon's coordinates)",
                )
                .deserialize(d)?,
            ),
            GeoType::MultiPolygon => Coords::Polygons(
                VecOf(
                    VecOf(
                        VecOf(
                            pos("a position [longitude, latitude] in a MultiPolygon ring"),
                            RING,
                        ),
                        "a polygon (an array of linear rings)",
                    ),
                    "an array of polygons (the MultiPolygon's coordinates)",
                )
                .deserialize(d)?,
            ),
            _ => {
                d.deserialize_ignored_any(IgnoredAny)?;
                return Err(de::Error::custom("this type has no coordinates"));
            }
        })
    }
}

/// A sequence of whatever `S` reads, with a plain description for messages.
#[derive(Clone, Copy)]
struct VecOf<S>(S, &'static str);

impl<'de, S: DeserializeSeed<'de> + Copy> DeserializeSeed<'de> for VecOf<S> {
    type Value = Vec<S::Value>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de, S: DeserializeSeed<'de> + Copy> Visitor<'de> for VecOf<S> {
    type Value = Vec<S::Value>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.1)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut v = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(x) = seq.next_element_seed(self.0)? {
            v.push(x);
        }
        // Growth by doubling leaves a 40-position line with room for 64; over a 120 MB file
        // that slack alone is ~46 MB of the import's peak memory.
        v.shrink_to_fit();
        Ok(v)
    }
}

/// One position `[lon, lat, …]`: two numbers in range, extra values counted and dropped.
#[derive(Clone, Copy)]
struct PosSeed<'c>(&'c Ctx, &'static str);

impl<'de> DeserializeSeed<'de> for PosSeed<'_> {
    type Value = Coord<f64>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Coord<f64>, D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for PosSeed<'_> {
    type Value = Coord<f64>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.1)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Coord<f64>, A::Error> {
        let x = seq.next_element_seed(Num)?.ok_or_else(|| {
            de::Error::invalid_length(0, &"a position with 2 numbers [longitude, latitude]")
        })?;
        let y = seq.next_element_seed(Num)?.ok_or_else(|| {
            de::Error::invalid_length(1, &"a position with 2 numbers [longitude, latitude]")
        })?;
        let mut dims = 2;
        while seq.next_element_seed(Num)?.is_some() {
            dims += 1;
        }
        if dims > self.0.max_dims.get() {
            self.0.max_dims.set(dims);
        }
        if !(x.is_finite() && y.is_finite()) {
            return Err(de::Error::custom("a coordinate is not a finite number"));
        }
        if !(-180.0..=180.0).contains(&x) || !(-90.0..=90.0).contains(&y) {
            let (x, y) = (ShortNum(x), ShortNum(y));
            return Err(de::Error::custom(format_args!(
                "position [{x}, {y}] is out of range: longitude must be within ±180° and \
                 latitude within ±90° (is it in another coordinate system, or are lon and lat swapped?)"
            )));
        }
        Ok(Coord { x, y })
    }
}

/// A number for messages: plain when it is of a sensible size, else in scientific notation
/// (1e308 should not print as 309 digits).
struct ShortNum(f64);

impl fmt::Display for ShortNum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.abs() < 1e9 {
            write!(f, "{}", self.0)
        } else {
            write!(f, "{:e}", self.0)
        }
    }
}

/// One coordinate value, which must be a JSON number (not a string such as "39.36").
#[derive(Clone, Copy)]
struct Num;

impl<'de> DeserializeSeed<'de> for Num {
    type Value = f64;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<f64, D::Error> {
        d.deserialize_f64(self)
    }
}

impl Visitor<'_> for Num {
    type Value = f64;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a number (coordinates must be numbers, not text)")
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<f64, E> {
        Ok(v)
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<f64, E> {
        Ok(v as f64)
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<f64, E> {
        Ok(v as f64)
    }
}

/// Checks shapes RFC 7946 requires (two positions per line, closed rings of four) and builds
/// the geo geometry. Fatal problems are the `Err`; notes for a geometry that is still drawn go
/// to `notes`.
fn check_geometry(g: RawGeometry, notes: &mut Vec<String>) -> Result<Geometry<f64>, String> {
    Ok(match g {
        RawGeometry::Point(c) => Geometry::Point(c.into()),
        RawGeometry::MultiPoint(v) => {
            Geometry::MultiPoint(v.into_iter().map(geo::Point::from).collect())
        }
        RawGeometry::LineString(v) => Geometry::LineString(check_line(v, "the LineString")?),
        RawGeometry::MultiLineString(v) => {
            let mut lines = Vec::with_capacity(v.len());
            for (i, l) in v.into_iter().enumerate() {
                lines.push(check_line(
                    l,
                    &format!("line {} of the MultiLineString", i + 1),
                )?);
            }
            Geometry::MultiLineString(geo::MultiLineString::new(lines))
        }
        RawGeometry::Polygon(rings) => {
            Geometry::Polygon(check_polygon(rings, "the Polygon", notes)?)
        }
        RawGeometry::MultiPolygon(polys) => {
            let mut out = Vec::with_capacity(polys.len());
            for (i, rings) in polys.into_iter().enumerate() {
                out.push(check_polygon(
                    rings,
                    &format!("polygon {} of the MultiPolygon", i + 1),
                    notes,
                )?);
            }
            Geometry::MultiPolygon(geo::MultiPolygon::new(out))
        }
        RawGeometry::Collection(parts) => {
            let mut out = Vec::with_capacity(parts.len());
            for p in parts {
                if matches!(p, RawGeometry::Collection(_)) {
                    notes.push(
                        "a GeometryCollection is nested inside another (RFC 7946 §3.1.8 advises \
                         against it); drawn as given"
                            .into(),
                    );
                }
                out.push(check_geometry(p, notes)?);
            }
            Geometry::GeometryCollection(geo::GeometryCollection::new_from(out))
        }
    })
}

fn check_line(v: Vec<Coord<f64>>, what: &str) -> Result<LineString<f64>, String> {
    // An empty array is an empty geometry (RFC 7946 §3.1), which is allowed.
    if v.len() == 1 {
        return Err(format!("{what} has 1 position; a line needs at least 2"));
    }
    Ok(LineString::new(v))
}

fn check_polygon(
    rings: Vec<Vec<Coord<f64>>>,
    what: &str,
    notes: &mut Vec<String>,
) -> Result<Polygon<f64>, String> {
    let mut checked = Vec::with_capacity(rings.len());
    for (i, ring) in rings.into_iter().enumerate() {
        let which = if i == 0 {
            format!("the outer ring of {what}")
        } else {
            format!("hole {i} of {what}")
        };
        if ring.len() < 4 {
            return Err(format!(
                "{which} has {} positions; a closed ring needs at least 4 (the last repeating the first)",
                ring.len()
            ));
        }
        if let (Some(first), Some(last)) = (ring.first(), ring.last())
            && first != last
        {
            return Err(format!(
                "{which} is not closed: it starts at [{}, {}] but ends at [{}, {}]",
                first.x, first.y, last.x, last.y
            ));
        }
        if ring.len() <= SELF_INTERSECTION_CHECK_MAX && ring_self_intersects(&ring) {
            notes.push(format!(
                "{which} crosses itself; it is drawn as given but areas and hit tests may be wrong"
            ));
        }
        checked.push(LineString::new(ring));
    }
    let mut it = checked.into_iter();
    let exterior = it.next().unwrap_or_else(|| LineString::new(Vec::new()));
    let polygon = Polygon::new(exterior, it.collect());
    match super::fill::outline_only(&polygon) {
        None => {}
        Some(super::fill::OutlineOnly::TooLarge { positions, holes }) => notes.push(tr_args(
            "load-outline-only",
            &[
                ("positions", Arg::from(positions)),
                ("holes", Arg::from(holes)),
                ("max_positions", Arg::from(super::fill::FILL_MAX_POSITIONS)),
                ("max_holes", Arg::from(super::fill::FILL_MAX_HOLES)),
            ],
        )),
        Some(super::fill::OutlineOnly::Crossing) => notes.push(tr("load-outline-only-crossing")),
    }
    Ok(polygon)
}

/// Rings up to this many positions are checked for crossing themselves (the check is quadratic).
const SELF_INTERSECTION_CHECK_MAX: usize = 512;

/// Whether two non-adjacent segments of a closed ring cross or touch.
fn ring_self_intersects(ring: &[Coord<f64>]) -> bool {
    use geo::Intersects;
    let segs: Vec<geo::Line<f64>> = ring
        .windows(2)
        .filter_map(|w| match w {
            [a, b] if a != b => Some(geo::Line::new(*a, *b)),
            _ => None,
        })
        .collect();
    let n = segs.len();
    for i in 0..n {
        for j in (i + 2)..n {
            if i == 0 && j == n - 1 {
                continue; // the closing segment meets the first at the start point
            }
            if let (Some(a), Some(b)) = (segs.get(i), segs.get(j))
                && a.intersects(b)
            {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parsed_features_take_the_place_of_their_slots_without_a_copy() {
        let mut slots: Vec<Option<Feature>> = Vec::new();
        slots.resize_with(1000, || None);
        for (i, slot) in slots.iter_mut().enumerate().filter(|(i, _)| i % 3 != 0) {
            *slot = Some(Feature::new(
                Some(i.to_string()),
                None,
                Properties::default(),
                i,
            ));
        }
        let before = slots.as_ptr() as usize;
        let features = flatten_slots(slots);
        assert_eq!(features.len(), 666);
        assert_eq!(features[0].id(), Some("1"), "file order is kept");
        assert_eq!(features.as_ptr() as usize, before, "the same memory");
    }

    #[test]
    fn a_refused_file_is_explained_in_the_readers_language() {
        crate::i18n::set_lang(crate::data::Lang::Zh);
        let zh = parse_geojson(b"[1, 2]")
            .map(|_| ())
            .map_err(|e| e.to_string());
        let kml = parse_geojson(b"<?xml version=\"1.0\"?><kml></kml>")
            .map(|_| ())
            .map_err(|e| e.to_string());
        crate::i18n::set_lang(crate::data::Lang::En);
        let en = parse_geojson(b"[1, 2]")
            .map(|_| ())
            .map_err(|e| e.to_string());
        assert_eq!(
            zh,
            Err("文件不是 GeoJSON：顶层是数组，不是 GeoJSON 对象".to_owned())
        );
        assert!(
            kml.as_ref().is_err_and(|m| m.contains("KML 文件")),
            "{kml:?}"
        );
        assert_eq!(
            en,
            Err(
                "the file is not GeoJSON: the top level is an array, not a GeoJSON object"
                    .to_owned()
            )
        );
    }

    fn parse(s: &str) -> ParsedCollection {
        parse_geojson(s.as_bytes()).expect("parses")
    }

    #[test]
    fn features_keep_their_lines_ids_and_property_order() {
        let p = parse(
            "{\"type\":\"FeatureCollection\",\"features\":[\n\
             {\"type\":\"Feature\",\"id\":7,\"properties\":{\"z\":1,\"a\":2},\"geometry\":null},\n\
             \n\
             {\"type\":\"Feature\",\"properties\":{\"id\":\"port-a\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[101.5,21.5]}}]}",
        );
        assert_eq!(p.features.len(), 2);
        assert_eq!(p.features[0].line, 2);
        assert_eq!(p.features[0].id(), Some("7"));
        let props = p.features[0].properties.to_map();
        let keys: Vec<&str> = props.keys().map(String::as_str).collect();
        assert_eq!(keys, ["z", "a"], "file order is kept");
        assert_eq!(p.features[1].line, 4);
        assert_eq!(p.features[1].id(), Some("port-a"));
        let bbox = p.features[1].bbox().expect("point has a bbox");
        assert_eq!(bbox.min().x, 101.5);
    }

    #[test]
    fn a_bad_feature_is_skipped_and_named_but_the_rest_loads() {
        let p = parse(
            "{\"type\":\"FeatureCollection\",\"features\":[\n\
             {\"type\":\"Feature\",\"id\":\"a\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,\"2\"]}},\n\
             {\"type\":\"Feature\",\"id\":\"b\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[200,2]}},\n\
             {\"type\":\"Feature\",\"id\":\"c\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}}]}",
        );
        assert_eq!(p.features.len(), 1);
        assert_eq!(p.problems.len(), 2, "{:?}", p.problems);
        assert_eq!(p.problems[0].line, Some(2));
        assert_eq!(p.problems[0].feature_id.as_deref(), Some("a"));
        assert!(
            p.problems[0].message.contains("number"),
            "{}",
            p.problems[0]
        );
        assert_eq!(p.problems[1].feature_id.as_deref(), Some("b"));
        assert!(
            p.problems[1].message.contains("out of range"),
            "{}",
            p.problems[1]
        );
    }

    #[test]
    fn huge_numbers_are_named_briefly() {
        let p = parse(r#"{"type":"Point","coordinates":[1e308,1]}"#);
        assert!(p.features.is_empty());
        assert!(
            p.problems[0].message.contains("[1e308, 1]"),
            "{}",
            p.problems[0]
        );
    }

    #[test]
    fn type_after_coordinates_still_reads() {
        let p = parse(r#"{"coordinates":[[1,2],[3,4]],"type":"LineString"}"#);
        assert!(matches!(
            p.features[0].geometry,
            Some(Geometry::LineString(_))
        ));
    }

    #[test]
    fn altitude_is_dropped_and_noted_once() {
        let p = parse(r#"{"type":"LineString","coordinates":[[1,2,3],[3,4,5],[5,6,7,8]]}"#);
        assert_eq!(p.features.len(), 1);
        assert_eq!(p.problems.len(), 1);
        assert!(p.problems[0].message.contains("4 values"));
    }

    #[test]
    fn unclosed_rings_are_refused_with_where() {
        let p = parse(r#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}"#);
        assert!(p.features.is_empty());
        assert!(
            p.problems[0].message.contains("not closed"),
            "{}",
            p.problems[0]
        );
    }

    #[test]
    fn a_bow_tie_ring_loads_with_a_note() {
        let p = parse(r#"{"type":"Polygon","coordinates":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}"#);
        assert_eq!(p.features.len(), 1);
        assert!(
            p.problems[0].message.contains("crosses itself"),
            "{:?}",
            p.problems
        );
        let ok = parse(r#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}"#);
        assert!(ok.problems.is_empty(), "{:?}", ok.problems);
    }

    #[test]
    fn whole_file_failures_say_what_and_where() {
        assert!(matches!(parse_geojson(b""), Err(LoadError::Empty)));
        assert!(matches!(parse_geojson(b" \n"), Err(LoadError::Empty)));
        match parse_geojson(b"{\n\"type\": \"Point\"\n\"coordinates\": []}") {
            Err(LoadError::InvalidJson { line, .. }) => assert_eq!(line, 3),
            other => panic!("expected invalid JSON, got {other:?}"),
        }
        match parse_geojson(br#"{"type":"Topology"}"#) {
            Err(e @ LoadError::NotGeoJson { .. }) => assert!(e.to_string().contains("Topology")),
            other => panic!("expected not GeoJSON, got {other:?}"),
        }
        match parse_geojson(b"{\"type\":\"Point\",\n\"x\":\"\xff\"}") {
            Err(LoadError::NotUtf8 { line, column }) => assert_eq!((line, column), (2, 6)),
            other => panic!("expected not UTF-8, got {other:?}"),
        }
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        assert!(matches!(
            parse_geojson(deep.as_bytes()),
            Err(LoadError::TooDeep { .. })
        ));
        // Deep inside a feature, after other lines: the error points at the bracket.
        let deep = format!(
            "{{\"type\":\"FeatureCollection\",\"features\":[\n{{\"type\":\"Feature\",\"properties\":{{\"x\":{}{}}},\"geometry\":null}}]}}",
            "[".repeat(100),
            "]".repeat(100)
        );
        match parse_geojson(deep.as_bytes()) {
            Err(LoadError::TooDeep { line, column, .. }) => assert_eq!((line, column), (2, 97)),
            other => panic!("expected too deep, got {other:?}"),
        }
        // Deep in a foreign member after the features.
        let deep = format!(
            "{{\"type\":\"FeatureCollection\",\"features\":[],\"x\":{}{}}}",
            "[".repeat(100),
            "]".repeat(100)
        );
        assert!(matches!(
            parse_geojson(deep.as_bytes()),
            Err(LoadError::TooDeep { .. })
        ));
    }

    #[test]
    fn brackets_inside_strings_do_not_count_as_nesting() {
        let name = "[".repeat(500);
        let doc =
            format!(r#"{{"type":"Feature","properties":{{"name":"{name}\"["}},"geometry":null}}"#);
        let p = parse(&doc);
        assert_eq!(p.features.len(), 1);
    }

    #[test]
    fn line_counter_counts_each_newline_once() {
        let text = "a\nb\n\nc";
        let mut lc = LineCounter::new(text);
        assert_eq!(lc.line_of(0), 1);
        assert_eq!(lc.line_of(2), 2);
        assert_eq!(lc.line_of(5), 4);
        assert_eq!(lc.line_of(5), 4);
    }

    #[test]
    fn many_features_parse_in_parallel_in_file_order() {
        let mut doc = String::from("{\"type\":\"FeatureCollection\",\"features\":[\n");
        for i in 0..5000 {
            if i > 0 {
                doc.push_str(",\n");
            }
            doc.push_str(&format!(
                "{{\"type\":\"Feature\",\"id\":{i},\"properties\":null,\"geometry\":{{\"type\":\"Point\",\"coordinates\":[{},1]}}}}",
                i as f64 / 100.0
            ));
        }
        doc.push_str("]}");
        let p = parse(&doc);
        assert_eq!(p.features.len(), 5000);
        for (i, f) in p.features.iter().enumerate() {
            assert_eq!(f.id(), Some(i.to_string().as_str()));
            assert_eq!(f.line, i + 2);
        }
    }

    #[test]
    fn cancelling_stops_with_cancelled() {
        let cancel = AtomicBool::new(true);
        let r = parse_detailed(br#"{"type":"Point","coordinates":[1,2]}"#, &cancel, &|_| {});
        assert!(matches!(r, Err(LoadError::Cancelled)));
    }

    fn point(i: usize) -> String {
        format!(
            "{{\"type\":\"Feature\",\"id\":\"p{i}\",\"properties\":{{}},\"geometry\":{{\"type\":\"Point\",\"coordinates\":[101,{i}]}}}}"
        )
    }

    #[test]
    fn a_collection_cut_short_keeps_its_complete_features_and_says_where_it_broke() {
        let whole = format!(
            "{{\"type\":\"FeatureCollection\",\"features\":[\n{},\n{},\n{}]}}",
            point(1),
            point(2),
            point(3)
        );
        // Cut inside the third feature.
        let third = whole.find("\"p3\"").expect("third feature");
        let cut = whole.get(..third + 3).expect("ASCII");
        let (p, top) = parse_detailed(cut.as_bytes(), &AtomicBool::new(false), &|_| {})
            .expect("the complete features load");
        assert_eq!(top, TopLevel::FeatureCollection);
        let ids: Vec<_> = p.features.iter().filter_map(|f| f.id()).collect();
        assert_eq!(ids, ["p1", "p2"]);
        let broke = p.cut_short.expect("the break is recorded");
        assert_eq!(broke.kept, 2);
        assert_eq!(broke.line, 4, "the third feature's line");
        assert_eq!(
            Some(broke.offset),
            whole.find("{\"type\":\"Feature\",\"id\":\"p3\"")
        );
        let first = p.problems.first().expect("a problem");
        assert_eq!(first.line, Some(4));
        assert!(first.message.contains("2 complete features"), "{first}");
        assert!(first.message.contains("byte"), "{first}");

        // Only the closing brackets lost: every feature is kept.
        let p = parse(whole.get(..whole.len() - 2).expect("ASCII"));
        assert_eq!(p.features.len(), 3);
        assert_eq!(p.cut_short.map(|c| c.kept), Some(3));
        // A whole file is not cut short.
        assert_eq!(parse(&whole).cut_short, None);
    }

    #[test]
    fn a_file_cut_before_any_complete_feature_or_not_a_collection_is_still_an_error() {
        let whole = format!(
            "{{\"type\":\"FeatureCollection\",\"features\":[{}]}}",
            point(1)
        );
        for cut in [
            whole.get(..whole.len() - 20).expect("ASCII"),
            "{\"type\":\"FeatureCollection\",\"features\":[",
            "{\"type\":\"Feature\",\"properties\":{\"a\":1}",
        ] {
            let r = parse_geojson(cut.as_bytes());
            assert!(
                matches!(r, Err(LoadError::InvalidJson { .. })),
                "{cut}: {r:?}"
            );
        }
        // A Topology with complete-looking elements is not taken for features.
        let topo = format!("{{\"type\":\"Topology\",\"features\":[{}", point(1));
        assert!(parse_geojson(topo.as_bytes()).is_err());
    }

    #[test]
    fn the_break_is_told_in_the_readers_language() {
        let cut = format!(
            "{{\"type\":\"FeatureCollection\",\"features\":[{},{{",
            point(1)
        );
        crate::i18n::set_lang(crate::data::Lang::Zh);
        let p = parse_geojson(cut.as_bytes());
        crate::i18n::set_lang(crate::data::Lang::En);
        let p = p.expect("loads");
        assert!(
            p.problems
                .first()
                .is_some_and(|m| m.message.contains("完整要素")),
            "{:?}",
            p.problems
        );
    }

    #[test]
    fn problem_display_names_line_and_feature() {
        let p = Problem::feature(12, Some("port-a"), "bad");
        assert_eq!(p.to_string(), "line 12, feature `port-a`: bad");
    }
}
