//! The default, offline basemap as a `walkers::Tiles` source.
//!
//! Tiles are rasterised from the embedded vector data by [`super::raster::render_tile`] on
//! two named worker threads, never on the UI thread. While a tile is being drawn, the
//! nearest cached ancestor is shown scaled up, and the worker renders coarse ancestors
//! first, so the map is never an empty grey: at worst it is briefly blurry.

use super::raster::{TileCoord, TileImage, render_tile};
use crate::data::basemap::BasemapData;
use egui::{Context, Rect, TextureHandle, TextureOptions, pos2};
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Condvar, Mutex, OnceLock, mpsc};
use walkers::sources::Attribution;
use walkers::{Tile, TileId, TilePiece, Tiles};

/// How many tile textures are kept. At 512 px (HiDPI) a tile is 1 MiB, so this bounds the
/// cache at about 192 MiB, enough for a 4K screen plus its surroundings.
const MAX_CACHED_TILES: usize = 192;

/// Requests older than this many are dropped: the user has panned away from them.
const MAX_QUEUED_REQUESTS: usize = 96;

/// Lowest zoom the worker pre-renders as a fallback for everything above it.
const FALLBACK_ZOOM: u8 = 4;

/// Rendering threads: the target laptops have two cores, and the UI needs one of them.
const WORKER_THREADS: usize = 2;

/// Work shared by the UI and the rendering threads: a stack of requests (newest first,
/// because the newest are what the user is looking at) and the parsed basemap.
struct Queue {
    requests: Mutex<Vec<(TileCoord, u32)>>,
    wake: Condvar,
    data: OnceLock<Result<Arc<BasemapData>, String>>,
    shutdown: std::sync::atomic::AtomicBool,
}

/// A rendered tile on its way back to the UI thread.
type Finished = (TileCoord, u32, Result<TileImage, String>);

/// The embedded offline basemap, rendered on demand and cached as textures.
pub struct EmbeddedBasemap {
    ctx: Context,
    queue: Arc<Queue>,
    finished: mpsc::Receiver<Finished>,
    /// Texture edge in pixels for the current screen scale; a change (the window moved to
    /// a HiDPI screen) drops the cache so tiles are drawn again at the new resolution.
    size_px: u32,
    textures: HashMap<TileId, (TextureHandle, u64)>,
    pending: HashSet<TileId>,
    /// Incremented on every `at` call; used as the "last used" clock of the LRU cache.
    clock: u64,
    /// The first rendering error, kept so the UI can tell the user once.
    error: Option<String>,
}

impl EmbeddedBasemap {
    /// Starts the rendering threads. `pixels_per_point` sets the texture resolution so
    /// that tiles are sharp on HiDPI screens (512 px textures at 2×).
    pub fn new(ctx: Context, pixels_per_point: f32) -> Self {
        Self::with_data(ctx, pixels_per_point, None)
    }

    /// Like [`Self::new`] but with already parsed data (tests and benchmarks parse once).
    pub fn with_data(ctx: Context, pixels_per_point: f32, data: Option<Arc<BasemapData>>) -> Self {
        let queue = Arc::new(Queue {
            requests: Mutex::new(Vec::new()),
            wake: Condvar::new(),
            data: OnceLock::new(),
            shutdown: std::sync::atomic::AtomicBool::new(false),
        });
        if let Some(data) = data {
            let _ = queue.data.set(Ok(data));
        }
        let (tx, rx) = mpsc::channel();
        for n in 0..WORKER_THREADS {
            let queue = Arc::clone(&queue);
            let tx = tx.clone();
            let ctx = ctx.clone();
            let spawned = std::thread::Builder::new()
                .name(format!("basemap tiles {n}"))
                .spawn(move || worker(&queue, &tx, &ctx));
            if let Err(e) = spawned {
                log::error!("could not start a basemap rendering thread: {e}");
            }
        }
        Self {
            ctx,
            size_px: texture_size(pixels_per_point),
            queue,
            finished: rx,
            textures: HashMap::new(),
            pending: HashSet::new(),
            clock: 0,
            error: None,
        }
    }

    /// A rendering problem to show the user (the basemap data could not be read), if any.
    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }

    /// The parsed basemap data (for place labels) once a worker has read it; `None` until
    /// then, so the UI never waits for the parse.
    pub fn data(&self) -> Option<Arc<BasemapData>> {
        self.queue.data.get()?.as_ref().ok().cloned()
    }

    /// Number of tiles waiting to be rendered; the status bar shows it.
    pub fn pending(&self) -> usize {
        self.pending.len()
    }

    fn request(&mut self, coord: TileCoord) {
        let id = tile_id(coord);
        if self.textures.contains_key(&id) || !self.pending.insert(id) {
            return;
        }
        let Ok(mut requests) = self.queue.requests.lock() else {
            return;
        };
        requests.push((coord, self.size_px));
        if requests.len() > MAX_QUEUED_REQUESTS {
            let excess = requests.len() - MAX_QUEUED_REQUESTS;
            let dropped: Vec<_> = requests.drain(..excess).collect();
            for (d, _) in dropped {
                self.pending.remove(&tile_id(d));
            }
        }
        self.queue.wake.notify_one();
    }

    /// Takes one finished tile from the workers (one per call keeps each frame short).
    fn receive_one(&mut self) {
        let Ok((coord, size_px, result)) = self.finished.try_recv() else {
            return;
        };
        if size_px != self.size_px {
            return; // drawn for the previous screen scale
        }
        let id = tile_id(coord);
        self.pending.remove(&id);
        match result {
            Ok(image) => {
                let size = image.size_px as usize;
                let color = egui::ColorImage::from_rgba_unmultiplied([size, size], &image.rgba);
                let name = format!("basemap {}/{}/{}", coord.zoom, coord.x, coord.y);
                let texture = self.ctx.load_texture(name, color, TextureOptions::LINEAR);
                self.textures.insert(id, (texture, self.clock));
                self.evict();
            }
            Err(message) => {
                if self.error.is_none() {
                    self.error = Some(message);
                }
            }
        }
    }

    fn evict(&mut self) {
        if self.textures.len() <= MAX_CACHED_TILES {
            return;
        }
        // Drop the least recently used quarter, but always keep the coarse fallbacks.
        let mut by_age: Vec<(u64, TileId)> = self
            .textures
            .iter()
            .filter(|(id, _)| id.zoom > FALLBACK_ZOOM)
            .map(|(id, (_, used))| (*used, *id))
            .collect();
        by_age.sort_unstable_by_key(|(used, id)| (*used, id.zoom, id.x, id.y));
        for (_, id) in by_age.into_iter().take(MAX_CACHED_TILES / 4) {
            self.textures.remove(&id);
        }
    }

    /// The texture for `id` or, failing that, the closest cached ancestor's matching piece.
    fn best_available(&mut self, id: TileId) -> Option<TilePiece> {
        for up in 0..=id.zoom {
            let ancestor = TileId {
                x: id.x >> up,
                y: id.y >> up,
                zoom: id.zoom - up,
            };
            if let Some((texture, used)) = self.textures.get_mut(&ancestor) {
                *used = self.clock;
                return Some(TilePiece::new(
                    Tile::Raster(texture.clone()),
                    piece_uv(id, up),
                ));
            }
        }
        None
    }
}

impl Drop for EmbeddedBasemap {
    fn drop(&mut self) {
        self.queue
            .shutdown
            .store(true, std::sync::atomic::Ordering::Relaxed);
        self.queue.wake.notify_all();
    }
}

impl Tiles for EmbeddedBasemap {
    fn at(&mut self, tile_id: TileId) -> Option<TilePiece> {
        self.clock += 1;
        let size_px = texture_size(self.ctx.pixels_per_point());
        if size_px != self.size_px {
            self.size_px = size_px;
            self.textures.clear();
            self.pending.clear();
            if let Ok(mut requests) = self.queue.requests.lock() {
                requests.clear();
            }
        }
        self.receive_one();
        let coord = TileCoord {
            zoom: tile_id.zoom,
            x: tile_id.x,
            y: tile_id.y,
        };
        if !self.textures.contains_key(&tile_id) {
            // The coarse ancestor first (requests are served newest first), so there is
            // always something to scale up, then the tile itself.
            let fallback = tile_id.zoom.min(FALLBACK_ZOOM);
            let up = tile_id.zoom - fallback;
            self.request(coord);
            self.request(TileCoord {
                zoom: fallback,
                x: tile_id.x >> up,
                y: tile_id.y >> up,
            });
        }
        if !self.pending.is_empty() {
            self.ctx.request_repaint();
        }
        self.best_available(tile_id)
    }

    fn attribution(&self) -> Attribution {
        Attribution {
            text: "Made with Natural Earth; DCW provinces (LGPL)",
            url: "https://www.naturalearthdata.com/",
            logo_light: None,
            logo_dark: None,
        }
    }

    fn tile_size(&self) -> u32 {
        256
    }
}

fn worker(queue: &Queue, tx: &mpsc::Sender<Finished>, ctx: &Context) {
    loop {
        let (coord, size_px) = {
            let Ok(mut requests) = queue.requests.lock() else {
                return;
            };
            loop {
                if queue.shutdown.load(std::sync::atomic::Ordering::Relaxed) {
                    return;
                }
                if let Some(c) = requests.pop() {
                    break c;
                }
                requests = match queue.wake.wait(requests) {
                    Ok(r) => r,
                    Err(_) => return,
                };
            }
        };
        let data = queue.data.get_or_init(|| {
            BasemapData::embedded()
                .map(Arc::new)
                .map_err(|e| e.to_string())
        });
        let result = match data {
            Ok(data) => Ok(render_tile(data, coord, size_px)),
            Err(e) => Err(format!("The built-in basemap could not be read: {e}")),
        };
        if tx.send((coord, size_px, result)).is_err() {
            return;
        }
        ctx.request_repaint();
    }
}

fn tile_id(c: TileCoord) -> TileId {
    TileId {
        x: c.x,
        y: c.y,
        zoom: c.zoom,
    }
}

/// Texture edge in pixels for a screen scale: 256 px per tile at 1×, 512 px at 2×.
pub fn texture_size(pixels_per_point: f32) -> u32 {
    if pixels_per_point > 1.25 { 512 } else { 256 }
}

/// The part of an ancestor `up` levels above `id` that covers `id`, in 0..1 UV space.
fn piece_uv(id: TileId, up: u8) -> Rect {
    if up == 0 {
        return Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0));
    }
    let n = (1u32 << up) as f32;
    let mask = (1u32 << up) - 1;
    let (dx, dy) = ((id.x & mask) as f32, (id.y & mask) as f32);
    Rect::from_min_max(pos2(dx / n, dy / n), pos2((dx + 1.0) / n, (dy + 1.0) / n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tile_uses_the_matching_quarter_of_its_parent() {
        let tile = TileId {
            x: 5,
            y: 2,
            zoom: 3,
        };
        let uv = piece_uv(tile, 1);
        assert_eq!(uv, Rect::from_min_max(pos2(0.5, 0.0), pos2(1.0, 0.5)));
        let whole = piece_uv(tile, 0);
        assert_eq!(whole, Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0)));
    }

    /// How long a test waits for tile workers before calling it a hang.
    const HANG_GUARD: std::time::Duration = std::time::Duration::from_secs(120);

    /// Asks for `id` until a texture of the tile itself (not an ancestor) arrives.
    fn texture_edge(basemap: &mut EmbeddedBasemap, id: TileId) -> usize {
        // A hang guard, not a timing check: the first tile also reads the whole basemap,
        // which takes long on a machine busy with every other test.
        let deadline = std::time::Instant::now() + HANG_GUARD;
        while std::time::Instant::now() < deadline {
            if let Some(TilePiece {
                tile: Tile::Raster(t),
                uv,
            }) = basemap.at(id)
                && uv.width() >= 1.0
            {
                return t.size()[0];
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        panic!("tile {id:?} was never drawn");
    }

    #[test]
    fn moving_to_a_hidpi_screen_redraws_tiles_at_double_resolution() {
        let ctx = Context::default();
        let mut basemap = EmbeddedBasemap::new(ctx.clone(), 1.0);
        let id = TileId {
            x: 12,
            y: 6,
            zoom: 4,
        };
        assert_eq!(texture_edge(&mut basemap, id), 256);
        ctx.set_pixels_per_point(2.0);
        // The new scale takes effect with the next frame.
        let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
        output.textures_delta.clear(); // no renderer in this test

        assert_eq!(ctx.pixels_per_point(), 2.0);
        assert_eq!(texture_edge(&mut basemap, id), 512);
    }

    #[test]
    fn hidpi_screens_get_double_resolution_tiles() {
        assert_eq!(texture_size(1.0), 256);
        assert_eq!(texture_size(2.0), 512);
    }

    #[test]
    fn the_map_shows_a_scaled_up_ancestor_while_a_tile_is_being_drawn() {
        let ctx = Context::default();
        let mut basemap = EmbeddedBasemap::new(ctx.clone(), 1.0);
        // Nothing rendered yet: the first call queues work and shows nothing.
        let z8 = TileId {
            x: 200,
            y: 110,
            zoom: 8,
        };
        let _ = basemap.at(z8);
        // Wait for the workers to produce the fallback ancestor (z4).
        let mut shown = None;
        let deadline = std::time::Instant::now() + HANG_GUARD;
        while std::time::Instant::now() < deadline {
            if let Some(piece) = basemap.at(z8) {
                shown = Some(piece);
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        assert!(shown.is_some(), "no tile or ancestor was ever available");
    }
}
