//! Drawing a checked tile pack ([`crate::data::pack::Pack`]) under the corridor layers.
//!
//! Tiles are read and decoded on two worker threads, so a slow USB stick never holds a
//! frame; the cache is bounded; a tile that cannot be read is counted and reported in
//! words, and the coarser tile above it (or the built-in map) shows through.

use crate::data::pack::Pack;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, mpsc};
use walkers::sources::Attribution;
use walkers::{Stats, Tile, TileId, TilePiece, Tiles};

/// Decoded tiles kept for redrawing (a 1366×768 screen needs about 20 at a time).
pub(super) const CACHE_TILES: usize = 256;
/// Tile requests waiting or being read at once; more are asked again on a later frame.
const MAX_IN_FLIGHT: usize = 32;
/// Worker threads reading and decoding tiles.
const WORKERS: usize = 2;
/// An image tile larger than this on a side is refused before decoding (a real tile is
/// 256 or 512 pixels; a hostile one could claim 65,535 × 65,535).
const MAX_IMAGE_SIDE: u32 = 4096;

/// What the source holds for one tile id. Shared with the online source
/// ([`super::fetch`]), which also keeps the same bounded cache.
pub(super) enum Slot {
    Loading,
    Ready {
        tile: Tile,
        used: u64,
    },
    /// Not in the pack, or unreadable: nothing to draw.
    Empty,
    /// Could not be fetched (online sources only): asked again after the instant, so an
    /// unreachable server is not asked every frame.
    RetryAfter(std::time::Instant),
}

type Outcome = (TileId, Result<Option<Tile>, String>);

/// Starts `count` named worker threads that take tile ids from one queue, run `work` on
/// each (off the UI thread) and send the result back, waking the UI. Shared by the pack
/// and online sources; a thread that cannot start is logged and the others carry on.
pub(super) fn spawn_tile_workers<R: Send + 'static>(
    name: &str,
    count: usize,
    ctx: egui::Context,
    work: impl Fn(TileId, &walkers::Style) -> R + Send + Sync + 'static,
) -> (mpsc::Sender<TileId>, mpsc::Receiver<(TileId, R)>) {
    let (req_tx, req_rx) = mpsc::channel::<TileId>();
    let (res_tx, res_rx) = mpsc::channel::<(TileId, R)>();
    let req_rx = Arc::new(Mutex::new(req_rx));
    let work = Arc::new(work);
    for i in 0..count.max(1) {
        let (req_rx, res_tx, work, ctx) = (
            Arc::clone(&req_rx),
            res_tx.clone(),
            Arc::clone(&work),
            ctx.clone(),
        );
        let spawned = std::thread::Builder::new()
            .name(format!("{name} {i}"))
            .spawn(move || {
                let style = walkers::Style::default();
                loop {
                    let next = match req_rx.lock() {
                        Ok(rx) => rx.recv(),
                        Err(_) => return,
                    };
                    let Ok(id) = next else { return };
                    if res_tx.send((id, work(id, &style))).is_err() {
                        return;
                    }
                    ctx.request_repaint();
                }
            });
        if let Err(e) = spawned {
            log::warn!("a {name} worker could not start: {e}");
        }
    }
    (req_tx, res_rx)
}

/// A checked pack as a walkers tile source.
pub struct PackTiles {
    requests: Option<mpsc::Sender<TileId>>,
    results: mpsc::Receiver<Outcome>,
    cache: HashMap<TileId, Slot>,
    in_flight: usize,
    clock: u64,
    tile_size: u32,
    max_zoom: u8,
    bad_tiles: usize,
    first_problem: Option<String>,
}

impl PackTiles {
    /// Starts the workers for `pack`.
    pub fn new(pack: Arc<Pack>, ctx: egui::Context) -> Self {
        let header = pack.header().clone();
        // Vector tiles are laid out for 512 px (as walkers does); images keep their pixels.
        let tile_size = if header.is_vector() { 512 } else { 256 };
        let (req_tx, res_rx) = spawn_tile_workers("tile pack", WORKERS, ctx.clone(), {
            let ctx = ctx.clone();
            move |id, style| read_tile(&pack, id, style, tile_size, &ctx)
        });
        Self {
            requests: Some(req_tx),
            results: res_rx,
            cache: HashMap::new(),
            in_flight: 0,
            clock: 0,
            tile_size,
            max_zoom: header.max_zoom,
            bad_tiles: 0,
            first_problem: None,
        }
    }

    /// How many tiles could not be read so far, and the first reason, for the status bar
    /// and a notice.
    pub fn problems(&self) -> (usize, Option<&str>) {
        (self.bad_tiles, self.first_problem.as_deref())
    }

    fn drain(&mut self) {
        while let Ok((id, outcome)) = self.results.try_recv() {
            self.in_flight = self.in_flight.saturating_sub(1);
            let slot = match outcome {
                Ok(Some(tile)) => Slot::Ready {
                    tile,
                    used: self.clock,
                },
                Ok(None) => Slot::Empty,
                Err(problem) => {
                    self.bad_tiles += 1;
                    if self.first_problem.is_none() {
                        self.first_problem = Some(problem);
                    }
                    Slot::Empty
                }
            };
            self.cache.insert(id, slot);
        }
        self.evict();
    }

    fn evict(&mut self) {
        evict(&mut self.cache);
    }

    fn request(&mut self, id: TileId) {
        if self.cache.contains_key(&id) || self.in_flight >= MAX_IN_FLIGHT {
            return;
        }
        if let Some(tx) = &self.requests
            && tx.send(id).is_ok()
        {
            self.in_flight += 1;
            self.cache.insert(id, Slot::Loading);
        }
    }
}

impl Drop for PackTiles {
    fn drop(&mut self) {
        // Closing the channel ends the workers after the tile they are reading.
        self.requests = None;
    }
}

/// Drops the least recently drawn tiles beyond [`CACHE_TILES`].
pub(super) fn evict(cache: &mut HashMap<TileId, Slot>) {
    let ready = cache
        .values()
        .filter(|s| matches!(s, Slot::Ready { .. }))
        .count();
    if ready <= CACHE_TILES {
        return;
    }
    let mut ages: Vec<(u64, TileId)> = cache
        .iter()
        .filter_map(|(id, s)| match s {
            Slot::Ready { used, .. } => Some((*used, *id)),
            _ => None,
        })
        .collect();
    ages.sort_unstable_by_key(|(used, _)| *used);
    for (_, id) in ages.into_iter().take(ready - CACHE_TILES) {
        cache.remove(&id);
    }
}

/// The piece to draw for `tile_id`: the tile `wanted` (its ancestor at the deepest zoom
/// the source has) if ready, else the nearest coarser tile that is, marked as just used.
pub(super) fn piece(
    cache: &mut HashMap<TileId, Slot>,
    tile_id: TileId,
    wanted: TileId,
    clock: u64,
) -> Option<TilePiece> {
    for zoom in (0..=wanted.zoom).rev() {
        let (id, uv) = ancestor(tile_id, zoom);
        if let Some(Slot::Ready { tile, used }) = cache.get_mut(&id) {
            *used = clock;
            return Some(TilePiece::new(tile.clone(), uv));
        }
    }
    None
}

/// The tile at `id` of the map, or the part of a coarser one covering the same ground:
/// the tile id holding it at `zoom` and the part of it (0..1 square) to draw.
pub(super) fn ancestor(id: TileId, zoom: u8) -> (TileId, egui::Rect) {
    let dz = id.zoom.saturating_sub(zoom);
    let scale = 1u32 << dz.min(31);
    let parent = TileId {
        x: id.x >> dz.min(31),
        y: id.y >> dz.min(31),
        zoom: id.zoom - dz,
    };
    let step = 1.0 / scale as f32;
    let (rx, ry) = ((id.x % scale) as f32, (id.y % scale) as f32);
    let uv = egui::Rect::from_min_size(egui::pos2(rx * step, ry * step), egui::vec2(step, step));
    (parent, uv)
}

pub(super) fn valid(id: TileId) -> bool {
    id.zoom <= 31 && u64::from(id.x) < 1u64 << id.zoom && u64::from(id.y) < 1u64 << id.zoom
}

impl Tiles for PackTiles {
    fn at(&mut self, tile_id: TileId) -> Option<TilePiece> {
        self.drain();
        if !valid(tile_id) {
            return None;
        }
        self.clock += 1;
        let wanted = ancestor(tile_id, tile_id.zoom.min(self.max_zoom)).0;
        self.request(wanted);
        piece(&mut self.cache, tile_id, wanted, self.clock)
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
            in_progress: self.in_flight,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_deeper_tile_is_drawn_from_the_matching_quarter_of_its_parent() {
        let (parent, uv) = ancestor(
            TileId {
                x: 3,
                y: 2,
                zoom: 2,
            },
            1,
        );
        assert_eq!(
            parent,
            TileId {
                x: 1,
                y: 1,
                zoom: 1
            }
        );
        assert_eq!(uv.min, egui::pos2(0.5, 0.0));
        assert_eq!(uv.size(), egui::vec2(0.5, 0.5));
        let (same, whole) = ancestor(
            TileId {
                x: 3,
                y: 2,
                zoom: 2,
            },
            2,
        );
        assert_eq!(same.zoom, 2);
        assert_eq!(
            whole,
            egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1.0, 1.0))
        );
    }

    #[test]
    fn tiles_outside_the_world_are_never_asked_for() {
        assert!(valid(TileId {
            x: 1,
            y: 1,
            zoom: 1
        }));
        assert!(!valid(TileId {
            x: 2,
            y: 0,
            zoom: 1
        }));
        assert!(!valid(TileId {
            x: 0,
            y: 0,
            zoom: 40
        }));
    }
}
