//! Drawing a checked tile pack ([`crate::data::pack::Pack`]) under the corridor layers.
//!
//! Tiles are read and decoded on two worker threads, so a slow USB stick never holds a
//! frame; the cache is bounded; a tile that cannot be read is counted and reported in
//! words, and the coarser tile above it (or the built-in map) shows through.

use super::tile_pool::{Outcome, PoolConfig, TilePool, ancestor, valid};
use crate::data::pack::Pack;
use std::sync::Arc;
use walkers::sources::Attribution;
use walkers::{Stats, Tile, TileId, TilePiece, Tiles};

/// The pool: two threads reading and decoding; 256 tiles kept for redrawing (a 1366×768
/// screen needs about 20 at a time); requests beyond 32 are dropped, oldest first, and
/// asked again by a later frame if still in view.
const POOL: PoolConfig = PoolConfig {
    name: "tile pack",
    workers: 2,
    max_queued: 32,
    max_cached: 256,
    keep_up_to_zoom: None,
};
/// An image tile larger than this on a side is refused before decoding (a real tile is
/// 256 or 512 pixels; a hostile one could claim 65,535 × 65,535).
const MAX_IMAGE_SIDE: u32 = 4096;

/// A checked pack as a walkers tile source.
pub struct PackTiles {
    pool: TilePool<Tile>,
    tile_size: u32,
    max_zoom: u8,
}

impl PackTiles {
    /// Starts the workers for `pack`.
    pub fn new(pack: Arc<Pack>, ctx: egui::Context) -> Self {
        let header = pack.header().clone();
        // Vector tiles are laid out for 512 px (as walkers does); images keep their pixels.
        let tile_size = if header.is_vector() { 512 } else { 256 };
        let style = Arc::new(walkers::Style::default());
        let job = {
            let ctx = ctx.clone();
            move |id: TileId, _size_px: u32| match read_tile(&pack, id, &style, tile_size, &ctx) {
                Ok(Some(tile)) => Outcome::Ready(tile),
                Ok(None) => Outcome::Empty,
                Err(problem) => Outcome::Failed(problem),
            }
        };
        let repaint = move || ctx.request_repaint();
        Self {
            pool: TilePool::new(POOL, tile_size, repaint, job),
            tile_size,
            max_zoom: header.max_zoom,
        }
    }

    /// How many tiles could not be read so far, and the first reason, for the status bar
    /// and a notice.
    pub fn problems(&self) -> (usize, Option<&str>) {
        self.pool.failures()
    }
}

impl Tiles for PackTiles {
    fn at(&mut self, tile_id: TileId) -> Option<TilePiece> {
        self.pool.receive();
        if !valid(tile_id) {
            return None;
        }
        // Beyond the pack's deepest zoom, its deepest tile is scaled up.
        let wanted = ancestor(tile_id, tile_id.zoom.min(self.max_zoom)).0;
        self.pool.request(wanted);
        self.pool
            .piece(tile_id, wanted)
            .map(|(tile, uv)| TilePiece::new(tile, uv))
    }

    fn attribution(&self) -> Attribution {
        Attribution {
            text: "Tile pack — see its licence",
            url: "",
            logo_light: None,
            logo_dark: None,
        }
    }

    fn tile_size(&self) -> u32 {
        self.tile_size
    }

    fn stats(&self) -> Stats {
        Stats {
            in_progress: self.pool.pending(),
        }
    }
}

/// Reads and decodes one tile on a worker thread.
fn read_tile(
    pack: &Pack,
    id: TileId,
    style: &walkers::Style,
    tile_size: u32,
    ctx: &egui::Context,
) -> Result<Option<Tile>, String> {
    let Some(bytes) = pack.tile(id.zoom, id.x, id.y)? else {
        return Ok(None);
    };
    decode_tile(&bytes, id, pack.header().is_vector(), style, tile_size, ctx).map(Some)
}

/// Decodes tile bytes into something walkers can draw, on a worker thread. An image is
/// measured before it is decoded, so a hostile tile claiming a huge size is refused
/// instead of allocating gigabytes; the error is in words for the status bar.
pub(super) fn decode_tile(
    bytes: &[u8],
    id: TileId,
    is_vector: bool,
    style: &walkers::Style,
    tile_size: u32,
    ctx: &egui::Context,
) -> Result<Tile, String> {
    let describe = |e: &dyn std::fmt::Display| {
        format!(
            "tile {}/{}/{} could not be decoded: {e}",
            id.zoom, id.x, id.y
        )
    };
    if !is_vector
        && let Ok(reader) =
            image::ImageReader::new(std::io::Cursor::new(bytes)).with_guessed_format()
        && reader.format().is_some()
    {
        let (w, h) = reader.into_dimensions().map_err(|e| describe(&e))?;
        if w > MAX_IMAGE_SIDE || h > MAX_IMAGE_SIDE {
            return Err(format!(
                "tile {}/{}/{} is a {w} × {h} pixel image, larger than a tile can be",
                id.zoom, id.x, id.y
            ));
        }
    }
    Tile::new(bytes, style, id.zoom, tile_size, ctx).map_err(|e| describe(&e))
}
