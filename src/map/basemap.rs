//! The default, offline basemap as a `walkers::Tiles` source.
//!
//! Tiles are rasterised from the embedded vector data by [`super::raster::render_tile`] on
//! two named worker threads of a [`TilePool`], never on the UI thread. While a tile is
//! being drawn, the nearest cached ancestor is shown scaled up, and the coarse ancestor at
//! [`FALLBACK_ZOOM`] is drawn first and never evicted, so the map is never an empty grey: at
//! worst it is briefly blurry.

use super::raster::{TileCoord, TileImage, render_tile};
use super::tile_pool::{Outcome, PoolConfig, TilePool, texture_size, valid};
use crate::data::basemap::BasemapData;
use egui::{ColorImage, Context, TextureHandle, TextureOptions};
use std::sync::{Arc, OnceLock};
use walkers::sources::Attribution;
use walkers::{Stats, Tile, TileId, TilePiece, Tiles};

/// Lowest zoom the workers draw first as a fallback for everything above it; tiles at or
/// below it are never evicted.
const FALLBACK_ZOOM: u8 = 4;

/// The pool: two threads (the target laptops have two cores); 192 textures, at 512 px
/// (HiDPI) 1 MiB each, so about 192 MiB, enough for a 4K screen plus its surroundings;
/// requests beyond 96 are dropped, the user has panned away from them.
const POOL: PoolConfig = PoolConfig {
    name: "basemap tiles",
    workers: 2,
    max_queued: 96,
    max_cached: 192,
    keep_up_to_zoom: Some(FALLBACK_ZOOM),
};

/// The basemap once a worker has parsed it, or why it could not be read. Shared between
/// the thread that parses it at process start ([`start_parsing`]) and the tile workers:
/// whichever needs it first parses, the others wait for that one parse.
pub type Parsed = OnceLock<Result<Arc<BasemapData>, String>>;

/// Starts parsing the embedded basemap on its own thread, so the ~200 ms parse runs while
/// the window and renderer are being created instead of after the first frame asked for
/// tiles. If the thread cannot be started the first tile worker parses, as before.
pub fn start_parsing() -> Arc<Parsed> {
    let parsed: Arc<Parsed> = Arc::new(OnceLock::new());
    let for_thread = Arc::clone(&parsed);
    let spawned = std::thread::Builder::new()
        .name("basemap parse".into())
        .spawn(move || {
            // Behind the renderer starting and the first frame: the tiles can wait.
            crate::jobs::behind_the_window();
            parse_once(&for_thread);
        });
    if let Err(e) = spawned {
        log::warn!("the basemap will be parsed by the first tile worker: {e}");
    }
    parsed
}

/// The parsed basemap, parsing it here if no other thread has.
fn parse_once(parsed: &Parsed) -> &Result<Arc<BasemapData>, String> {
    parsed.get_or_init(|| {
        BasemapData::embedded()
            .map(Arc::new)
            .map_err(|e| e.to_string())
    })
}

/// The embedded offline basemap, rendered on demand and cached as textures.
pub struct EmbeddedBasemap {
    ctx: Context,
    pool: TilePool<TextureHandle, TileImage>,
    data: Arc<Parsed>,
}

impl EmbeddedBasemap {
    /// Starts the rendering threads. `pixels_per_point` sets the texture resolution so
    /// that tiles are sharp on HiDPI screens (512 px textures at 2×).
    pub fn new(ctx: Context, pixels_per_point: f32) -> Self {
        Self::with_parse(ctx, pixels_per_point, Arc::new(OnceLock::new()))
    }

    /// Like [`Self::new`] but with already parsed data (tests and benchmarks parse once).
    pub fn with_data(ctx: Context, pixels_per_point: f32, data: Option<Arc<BasemapData>>) -> Self {
        let parsed: Arc<Parsed> = Arc::new(OnceLock::new());
        if let Some(data) = data {
            let _ = parsed.set(Ok(data));
        }
        Self::with_parse(ctx, pixels_per_point, parsed)
    }

    /// Like [`Self::new`] with a parse that may already be under way ([`start_parsing`]).
    pub fn with_parse(ctx: Context, pixels_per_point: f32, parsed: Arc<Parsed>) -> Self {
        let job = {
            let parsed = Arc::clone(&parsed);
            move |id: TileId, size_px: u32| draw(&parsed, id, size_px)
        };
        let finish = {
            let ctx = ctx.clone();
            move |id: TileId, image: TileImage| {
                let size = image.size_px as usize;
                let color = ColorImage::from_rgba_unmultiplied([size, size], &image.rgba);
                let name = format!("basemap {}/{}/{}", id.zoom, id.x, id.y);
                ctx.load_texture(name, color, TextureOptions::LINEAR)
            }
        };
        let repaint = {
            let ctx = ctx.clone();
            move || ctx.request_repaint()
        };
        let pool =
            TilePool::with_finish(POOL, texture_size(pixels_per_point), repaint, job, finish);
        Self {
            ctx,
            pool,
            data: parsed,
        }
    }

    /// A rendering problem to show the user (the basemap data could not be read), if any.
    pub fn error(&self) -> Option<&str> {
        self.pool.failures().1
    }

    /// The parsed basemap data (for place labels) once a worker has read it; `None` until
    /// then, so the UI never waits for the parse.
    pub fn data(&self) -> Option<Arc<BasemapData>> {
        self.data.get()?.as_ref().ok().cloned()
    }

    /// Number of tiles waiting to be rendered; the status bar shows it.
    pub fn pending(&self) -> usize {
        self.pool.pending()
    }
}

/// Draws one tile on a worker thread (the first one parses the basemap); the UI thread
/// makes the texture.
fn draw(parsed: &Parsed, id: TileId, size_px: u32) -> Outcome<TileImage> {
    let data = match parse_once(parsed) {
        Ok(data) => data,
        Err(e) => return Outcome::Failed(format!("The built-in basemap could not be read: {e}")),
    };
    let coord = TileCoord {
        zoom: id.zoom,
        x: id.x,
        y: id.y,
    };
    Outcome::Ready(render_tile(data, coord, size_px))
}

impl Tiles for EmbeddedBasemap {
    fn at(&mut self, tile_id: TileId) -> Option<TilePiece> {
        if !valid(tile_id) {
            return None;
        }
        self.pool
            .set_size_px(texture_size(self.ctx.pixels_per_point()));
        self.pool.receive();
        // The tile, then its coarse ancestor: requests are served newest first, so there is
        // soon always something to scale up. Both are no-ops once drawn.
        self.pool.request(tile_id);
        self.pool
            .request(super::tile_pool::ancestor(tile_id, FALLBACK_ZOOM).0);
        self.pool
            .piece(tile_id, tile_id)
            .map(|(texture, uv)| TilePiece::new(Tile::Raster(texture), uv))
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

    fn stats(&self) -> Stats {
        Stats {
            in_progress: self.pool.pending(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
