//! The one tile pipeline behind every tile source the map draws: the built-in basemap
//! ([`super::basemap`]), the tiles of dense imported layers ([`super::dense`]), tile packs
//! ([`super::pack`]) and online servers ([`super::fetch`]).
//!
//! A source hands a [`TilePool`] its job, "make this tile at this pixel size" (draw it,
//! read it from a pack, fetch it), and gets everything around the job written once:
//! - a request queue served newest first, because the newest requests are what the user is
//!   looking at; it is bounded, and the oldest requests are dropped when the user has moved
//!   on (a tile still wanted is simply asked for again on a later frame);
//! - named worker threads that run the job off the UI thread and call a repaint hook when a
//!   tile is done, so the UI wakes for it and never waits; an optional last step on the UI
//!   thread ([`TilePool::with_finish`]) turns the raster sources' pixels into textures;
//! - one cache of finished tiles with least-recently-used eviction (the `lru` crate); the
//!   coarse tiles a source keeps as fallbacks can be exempt from eviction;
//! - the nearest cached ancestor, scaled up, while a tile is on its way: the map is blurry
//!   for a moment, never empty;
//! - the pixel size for the screen ([`texture_size`]): a new size drops the cache and the
//!   work queued for the old one, and late results drawn at the old size are ignored;
//! - a count of the tiles still to come ([`TilePool::pending`]), which the status bar adds up
//!   over every source and tests and the export wait on.
//!
//! Locks are handled one way: a poisoned lock (a thread panicked while holding it) is taken
//! over with [`lock`], since what it guards (a list of requests) stays valid. A job that
//! panics delivers a failed tile instead of killing its worker, so nothing waits for it.

use egui::{Rect, pos2, vec2};
use lru::LruCache;
use std::collections::{HashMap, HashSet};
use std::num::NonZeroUsize;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError, mpsc};
use std::time::{Duration, Instant};
use walkers::TileId;

/// What a source's job made of one tile.
pub enum Outcome<T> {
    /// The tile, ready to draw.
    Ready(T),
    /// Nothing to draw there (no feature of a dense layer, a tile the pack or server does
    /// not have): remembered, so it is not asked for again.
    Empty,
    /// The tile cannot be had (unreadable, undecodable, the data cannot be read):
    /// remembered as empty, counted, and the first reason kept to tell the user.
    Failed(String),
    /// Not now, for a passing reason (the server did not answer): remembered as empty and
    /// asked for again once this long has passed, so a dead server is not asked every frame.
    Later(Duration),
}

/// How big a source's pool is; each source sets its own, because a slow USB stick, a
/// server and the CPU-bound renderers want different queues and caches.
#[derive(Clone, Copy, Debug)]
pub struct PoolConfig {
    /// Worker thread name; thread `i` is called "`name` `i`", so a hang or panic report
    /// says which source it was.
    pub name: &'static str,
    /// Worker threads (at least one is started).
    pub workers: usize,
    /// Requests waiting beyond this many are dropped, oldest first.
    pub max_queued: usize,
    /// Finished tiles kept (tiles kept by [`PoolConfig::keep_up_to_zoom`] not counted).
    pub max_cached: usize,
    /// Tiles at or below this zoom are never evicted: the coarse fallbacks a source scales
    /// up while finer tiles are drawn.
    pub keep_up_to_zoom: Option<u8>,
}

/// A finished tile in the cache.
enum Cached<T> {
    Ready(T),
    Empty,
    /// Empty until this instant, then asked for again.
    RetryAt(Instant),
}

/// What the cache holds for one tile, as a source sees it.
pub enum Found<T> {
    /// The tile is ready.
    Ready(T),
    /// The tile is known to hold nothing.
    Empty,
    /// Not drawn yet (or to be asked again): request it and show an ancestor meanwhile.
    Missing,
}

/// One request, tagged with the size and generation it was made for.
struct Request {
    id: TileId,
    size_px: u32,
    generation: u64,
}

/// A finished request on its way to the UI thread; `None` when the job panicked.
struct Delivery<T> {
    id: TileId,
    generation: u64,
    outcome: Option<Outcome<T>>,
}

/// The part shared by the UI thread and the workers.
struct Shared {
    /// Newest last; workers pop from the end.
    queue: Mutex<Vec<Request>>,
    wake: Condvar,
    shutdown: AtomicBool,
}

/// A source's job: makes tile `id` at `size_px` pixels square, on a worker thread.
type Job<T> = dyn Fn(TileId, u32) -> Outcome<T> + Send + Sync;

/// Takes a lock, taking over a poisoned one: the atlas's locks guard plain lists and
/// flags that stay valid when a holder panics, and a map that stopped drawing tiles for
/// good after one bad tile would be worse than the bad tile.
pub fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Texture edge in pixels for a screen scale: 256 px per tile at 1×, one device pixel per
/// texel up to 512 px at 2× and beyond (HiDPI screens and exports are sharp; a 512 px
/// texture is 1 MiB, which keeps the caches' memory bounded at any scale).
pub fn texture_size(pixels_per_point: f32) -> u32 {
    (256.0 * pixels_per_point).round().clamp(256.0, 512.0) as u32
}

/// Whether `id` is a tile of the world (zoom ≤ 31, x and y inside it); walkers may ask for
/// others around the antimeridian, which no source has.
pub fn valid(id: TileId) -> bool {
    id.zoom <= 31 && u64::from(id.x) < 1u64 << id.zoom && u64::from(id.y) < 1u64 << id.zoom
}

/// The tile at `zoom` covering tile `id` (itself when `zoom` is its own, an ancestor when
/// coarser) and the part of it (in 0..1 texture coordinates) that covers `id`.
pub fn ancestor(id: TileId, zoom: u8) -> (TileId, Rect) {
    let dz = id.zoom.saturating_sub(zoom).min(31);
    let scale = 1u32 << dz;
    let parent = TileId {
        x: id.x >> dz,
        y: id.y >> dz,
        zoom: id.zoom - dz,
    };
    let step = 1.0 / scale as f32;
    let (rx, ry) = ((id.x % scale) as f32, (id.y % scale) as f32);
    let uv = Rect::from_min_size(pos2(rx * step, ry * step), vec2(step, step));
    (parent, uv)
}

/// Worker threads, their queue and the cache of one tile source. Lives on the UI thread;
/// every method is quick (no drawing, no I/O).
pub struct TilePool<T, M = T> {
    shared: Arc<Shared>,
    delivered: mpsc::Receiver<Delivery<M>>,
    /// Turns what a worker made into what the cache keeps, on the UI thread.
    finish: Box<dyn Fn(TileId, M) -> T + Send>,
    config: PoolConfig,
    /// Evictable tiles, least recently used first out.
    cache: LruCache<TileId, Cached<T>>,
    /// Tiles exempt from eviction ([`PoolConfig::keep_up_to_zoom`]).
    kept: HashMap<TileId, Cached<T>>,
    /// Requested and not delivered yet (queued or being made).
    pending: HashSet<TileId>,
    size_px: u32,
    /// Incremented when the size changes, so late results for the old size are dropped.
    generation: u64,
    /// Whether any worker started; without one nothing is requested (nothing would come).
    running: bool,
    failures: usize,
    first_failure: Option<String>,
}

impl<T: Clone + Send + 'static> TilePool<T> {
    /// Starts the workers. `job` makes one tile at a given pixel size on a worker thread;
    /// `repaint` is called there after each tile, so the UI wakes up to show it.
    pub fn new(
        config: PoolConfig,
        size_px: u32,
        repaint: impl Fn() + Send + Sync + 'static,
        job: impl Fn(TileId, u32) -> Outcome<T> + Send + Sync + 'static,
    ) -> Self {
        Self::with_finish(config, size_px, repaint, job, |_, tile| tile)
    }
}

impl<T: Clone, M: Send + 'static> TilePool<T, M> {
    /// Like [`TilePool::new`], with a last step `finish` run on the UI thread when a tile is
    /// taken in. The raster sources make their textures there: the job returns pixels, and
    /// `finish` copies them into the texture's image. Those buffers are then allocated by
    /// the UI thread, so glibc keeps that memory in the UI thread's heap, where every
    /// frame's tessellation reuses it. When the workers made the images, the frames of a
    /// settled view went from 0.3 to 1.3–1.9 ms of tessellation (`benches/frame_time.rs`):
    /// each frame's vertex buffers were mapped afresh from the system.
    pub fn with_finish(
        config: PoolConfig,
        size_px: u32,
        repaint: impl Fn() + Send + Sync + 'static,
        job: impl Fn(TileId, u32) -> Outcome<M> + Send + Sync + 'static,
        finish: impl Fn(TileId, M) -> T + Send + 'static,
    ) -> Self {
        let shared = Arc::new(Shared {
            queue: Mutex::new(Vec::new()),
            wake: Condvar::new(),
            shutdown: AtomicBool::new(false),
        });
        let (tx, rx) = mpsc::channel();
        let job: Arc<Job<M>> = Arc::new(job);
        let repaint: Arc<dyn Fn() + Send + Sync> = Arc::new(repaint);
        let mut running = false;
        for i in 0..config.workers.max(1) {
            let (shared, tx, job, repaint) = (
                Arc::clone(&shared),
                tx.clone(),
                Arc::clone(&job),
                Arc::clone(&repaint),
            );
            let spawned = std::thread::Builder::new()
                .name(format!("{} {i}", config.name))
                .spawn(move || {
                    crate::jobs::behind_the_window();
                    work(&shared, &tx, job.as_ref(), repaint.as_ref())
                });
            match spawned {
                Ok(_) => running = true,
                Err(e) => log::warn!("a {} thread could not start: {e}", config.name),
            }
        }
        Self {
            shared,
            delivered: rx,
            finish: Box::new(finish),
            config,
            cache: LruCache::new(NonZeroUsize::new(config.max_cached).unwrap_or(NonZeroUsize::MIN)),
            kept: HashMap::new(),
            pending: HashSet::new(),
            size_px,
            generation: 0,
            running,
            failures: 0,
            first_failure: None,
        }
    }

    /// The pixel size tiles are made at.
    pub fn size_px(&self) -> u32 {
        self.size_px
    }

    /// Makes tiles at `size_px` from now on. A new size (the window moved to a HiDPI
    /// screen) forgets every tile and request of the old one, so tiles are drawn again
    /// sharp instead of scaled.
    pub fn set_size_px(&mut self, size_px: u32) {
        if size_px == self.size_px {
            return;
        }
        self.size_px = size_px;
        self.generation += 1;
        self.cache.clear();
        self.kept.clear();
        self.pending.clear();
        lock(&self.shared.queue).clear();
    }

    /// Takes the tiles the workers have finished into the cache (call once a frame, or
    /// before reading [`Self::pending`]).
    pub fn receive(&mut self) {
        while let Ok(d) = self.delivered.try_recv() {
            if d.generation != self.generation {
                continue; // made for the previous size
            }
            self.pending.remove(&d.id);
            let cached = match d.outcome {
                Some(Outcome::Ready(made)) => Cached::Ready((self.finish)(d.id, made)),
                Some(Outcome::Empty) => Cached::Empty,
                Some(Outcome::Later(wait)) => Cached::RetryAt(Instant::now() + wait),
                Some(Outcome::Failed(why)) => {
                    self.failed(why);
                    Cached::Empty
                }
                None => {
                    self.failed(crate::i18n::tr_args(
                        "tile-drawing-failed",
                        &[(
                            "tile",
                            crate::i18n::Arg::from(format!("{}/{}/{}", d.id.zoom, d.id.x, d.id.y)),
                        )],
                    ));
                    Cached::Empty
                }
            };
            self.insert(d.id, cached);
        }
    }

    fn failed(&mut self, why: String) {
        self.failures += 1;
        if self.first_failure.is_none() {
            self.first_failure = Some(why);
        }
    }

    fn keeps(&self, id: TileId) -> bool {
        self.config.keep_up_to_zoom.is_some_and(|z| id.zoom <= z)
    }

    fn insert(&mut self, id: TileId, cached: Cached<T>) {
        if self.keeps(id) {
            self.kept.insert(id, cached);
        } else {
            // At capacity this drops the least recently used tile.
            self.cache.put(id, cached);
        }
    }

    /// The cache entry of `id` without marking it used.
    fn peek(&self, id: TileId) -> Option<&Cached<T>> {
        if self.keeps(id) {
            self.kept.get(&id)
        } else {
            self.cache.peek(&id)
        }
    }

    /// The ready tile `id`, marked as just used.
    fn ready(&mut self, id: TileId) -> Option<T> {
        let cached = if self.keeps(id) {
            self.kept.get(&id)
        } else {
            self.cache.get(&id)
        };
        match cached {
            Some(Cached::Ready(tile)) => Some(tile.clone()),
            _ => None,
        }
    }

    /// Asks the workers for `id` unless it is cached, already asked for, or waiting out a
    /// retry pause. Newest requests are served first; beyond [`PoolConfig::max_queued`] the
    /// oldest are dropped (and asked again by a later frame if still in view).
    pub fn request(&mut self, id: TileId) {
        if !self.running || self.pending.contains(&id) {
            return;
        }
        match self.peek(id) {
            Some(Cached::Ready(_) | Cached::Empty) => return,
            Some(Cached::RetryAt(at)) if Instant::now() < *at => return,
            Some(Cached::RetryAt(_)) | None => {}
        }
        self.pending.insert(id);
        let mut queue = lock(&self.shared.queue);
        queue.push(Request {
            id,
            size_px: self.size_px,
            generation: self.generation,
        });
        let excess = queue.len().saturating_sub(self.config.max_queued.max(1));
        for dropped in queue.drain(..excess) {
            self.pending.remove(&dropped.id);
        }
        drop(queue);
        self.shared.wake.notify_one();
    }

    /// What the cache holds for `id` itself, marking a ready tile as just used.
    pub fn find(&mut self, id: TileId) -> Found<T> {
        if let Some(tile) = self.ready(id) {
            return Found::Ready(tile);
        }
        match self.peek(id) {
            Some(Cached::Empty) => Found::Empty,
            Some(Cached::RetryAt(at)) if Instant::now() < *at => Found::Empty,
            _ => Found::Missing,
        }
    }

    /// What to draw for `id`: the tile `wanted` (`id` itself, or its ancestor at the
    /// deepest zoom the source has) if ready, else the nearest ready ancestor, with the part
    /// of it that covers `id`. The tile drawn is marked as just used.
    pub fn piece(&mut self, id: TileId, wanted: TileId) -> Option<(T, Rect)> {
        (0..=wanted.zoom.min(id.zoom)).rev().find_map(|zoom| {
            let (tile, uv) = ancestor(id, zoom);
            self.ready(tile).map(|t| (t, uv))
        })
    }

    /// Tiles asked for and not yet taken in by [`Self::receive`]: the status bar's
    /// "drawing N tiles", and what a caller waiting for a steady picture waits on.
    pub fn pending(&self) -> usize {
        self.pending.len()
    }

    /// How many tiles failed, and the first reason, to tell the user once.
    pub fn failures(&self) -> (usize, Option<&str>) {
        (self.failures, self.first_failure.as_deref())
    }
}

impl<T, M> Drop for TilePool<T, M> {
    fn drop(&mut self) {
        // Each worker finishes the tile in hand and stops.
        self.shared.shutdown.store(true, Ordering::Relaxed);
        self.shared.wake.notify_all();
    }
}

/// A worker: takes the newest request, runs the job, sends the tile back and wakes the UI,
/// until the pool is dropped.
fn work<T>(
    shared: &Shared,
    tx: &mpsc::Sender<Delivery<T>>,
    job: &Job<T>,
    repaint: &(dyn Fn() + Send + Sync),
) {
    loop {
        let request = {
            let mut queue = lock(&shared.queue);
            loop {
                if shared.shutdown.load(Ordering::Relaxed) {
                    return;
                }
                if let Some(r) = queue.pop() {
                    break r;
                }
                queue = shared
                    .wake
                    .wait(queue)
                    .unwrap_or_else(PoisonError::into_inner);
            }
        };
        // A panic drawing one hostile tile must not stop the map: it becomes a failed tile.
        let outcome = catch_unwind(AssertUnwindSafe(|| job(request.id, request.size_px))).ok();
        let delivery = Delivery {
            id: request.id,
            generation: request.generation,
            outcome,
        };
        if tx.send(delivery).is_err() {
            return;
        }
        repaint();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const fn id(x: u32, y: u32, zoom: u8) -> TileId {
        TileId { x, y, zoom }
    }

    #[test]
    fn a_tile_uses_the_matching_quarter_of_its_parent() {
        let tile = id(5, 2, 3);
        let uv = ancestor(tile, 2).1;
        assert_eq!(uv, Rect::from_min_max(pos2(0.5, 0.0), pos2(1.0, 0.5)));
        let whole = ancestor(tile, 3).1;
        assert_eq!(whole, Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0)));
    }

    #[test]
    fn a_deeper_tile_is_drawn_from_the_matching_quarter_of_its_parent() {
        let (parent, uv) = ancestor(id(3, 2, 2), 1);
        assert_eq!(parent, id(1, 1, 1));
        assert_eq!(uv.min, egui::pos2(0.5, 0.0));
        assert_eq!(uv.size(), egui::vec2(0.5, 0.5));
        let (same, whole) = ancestor(id(3, 2, 2), 2);
        assert_eq!(same.zoom, 2);
        assert_eq!(
            whole,
            egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1.0, 1.0))
        );
    }

    #[test]
    fn tiles_outside_the_world_are_never_asked_for() {
        assert!(valid(id(1, 1, 1)));
        assert!(!valid(id(2, 0, 1)));
        assert!(!valid(id(0, 0, 40)));
    }

    #[test]
    fn hidpi_screens_get_double_resolution_tiles() {
        assert_eq!(texture_size(1.0), 256);
        assert_eq!(texture_size(2.0), 512);
    }

    /// How long a test waits for the workers before calling it a hang.
    const HANG_GUARD: Duration = Duration::from_secs(120);

    fn config(max_queued: usize, max_cached: usize) -> PoolConfig {
        PoolConfig {
            name: "test tiles",
            workers: 1,
            max_queued,
            max_cached,
            keep_up_to_zoom: Some(1),
        }
    }

    /// Receives until nothing is pending (bounded by [`HANG_GUARD`]).
    fn settle<T: Clone + Send + 'static>(pool: &mut TilePool<T>) {
        let deadline = Instant::now() + HANG_GUARD;
        while pool.pending() > 0 && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(2));
            pool.receive();
        }
        assert_eq!(pool.pending(), 0, "the workers never finished");
    }

    #[test]
    fn the_newest_request_is_served_first_and_a_full_queue_drops_the_oldest() {
        let gate = Arc::new(Mutex::new(()));
        let order = Arc::new(Mutex::new(Vec::new()));
        let held = lock(&gate);
        let mut pool = TilePool::new(config(3, 16), 256, || {}, {
            let (gate, order) = (Arc::clone(&gate), Arc::clone(&order));
            move |id: TileId, _| {
                drop(lock(&gate));
                lock(&order).push(id.x);
                Outcome::Ready(id.x)
            }
        });
        // The worker takes the first request and waits at the gate; the rest queue up.
        pool.request(id(0, 0, 5));
        while !lock(&pool.shared.queue).is_empty() {
            std::thread::sleep(Duration::from_millis(1));
        }
        for x in 1..=5 {
            pool.request(id(x, 0, 5));
        }
        // Tiles 1 and 2 were dropped, the user has moved on from them.
        assert_eq!(pool.pending(), 4);
        drop(held);
        settle(&mut pool);
        assert_eq!(*lock(&order), vec![0, 5, 4, 3]);
        assert!(matches!(pool.find(id(1, 0, 5)), Found::Missing));
        assert!(matches!(pool.find(id(5, 0, 5)), Found::Ready(5)));
    }

    #[test]
    fn the_least_recently_used_tile_goes_first_and_kept_zooms_stay() {
        let mut pool = TilePool::new(
            config(16, 2),
            256,
            || {},
            |id: TileId, _| Outcome::Ready(id.x),
        );
        for tile in [id(0, 0, 0), id(1, 0, 5), id(2, 0, 5)] {
            pool.request(tile);
        }
        settle(&mut pool);
        // Tile 1 is drawn again, so tile 2 is the least recently used when tile 3 comes.
        assert!(matches!(pool.find(id(1, 0, 5)), Found::Ready(1)));
        pool.request(id(3, 0, 5));
        settle(&mut pool);
        assert!(matches!(pool.find(id(2, 0, 5)), Found::Missing));
        assert!(matches!(pool.find(id(1, 0, 5)), Found::Ready(1)));
        // The z0 fallback is never evicted, and an unready tile is drawn from it.
        assert!(matches!(pool.find(id(0, 0, 0)), Found::Ready(0)));
        let (tile, uv) = pool.piece(id(9, 9, 5), id(9, 9, 5)).expect("the fallback");
        assert_eq!(tile, 0);
        assert!(uv.width() < 1.0);
    }

    #[test]
    fn a_new_size_forgets_the_old_tiles_and_ignores_late_ones() {
        let mut pool = TilePool::new(
            config(16, 16),
            256,
            || {},
            |_, size_px| Outcome::Ready(size_px),
        );
        pool.request(id(1, 1, 3));
        settle(&mut pool);
        assert!(matches!(pool.find(id(1, 1, 3)), Found::Ready(256)));
        pool.request(id(2, 1, 3));
        pool.set_size_px(512);
        assert_eq!(pool.pending(), 0);
        assert!(matches!(pool.find(id(1, 1, 3)), Found::Missing));
        pool.request(id(1, 1, 3));
        settle(&mut pool);
        assert!(matches!(pool.find(id(1, 1, 3)), Found::Ready(512)));
        assert!(matches!(pool.find(id(2, 1, 3)), Found::Missing));
    }

    #[test]
    fn a_job_that_panics_gives_a_failed_tile_and_the_worker_goes_on() {
        let mut pool = TilePool::new(
            config(16, 16),
            256,
            || {},
            |id: TileId, _| {
                if id.x == 0 {
                    panic!("a hostile tile");
                }
                Outcome::Ready(id.x)
            },
        );
        pool.request(id(0, 0, 4));
        settle(&mut pool);
        pool.request(id(1, 0, 4));
        settle(&mut pool);
        assert!(matches!(pool.find(id(0, 0, 4)), Found::Empty));
        assert!(matches!(pool.find(id(1, 0, 4)), Found::Ready(1)));
        let (count, first) = pool.failures();
        assert_eq!(count, 1);
        assert!(first.is_some_and(|w| w.contains("4/0/0")), "{first:?}");
    }

    #[test]
    fn a_tile_to_be_tried_later_is_not_asked_for_before_its_time() {
        let mut pool = TilePool::new(
            config(16, 16),
            256,
            || {},
            |_, _| Outcome::<u32>::Later(Duration::from_secs(3600)),
        );
        pool.request(id(1, 0, 4));
        settle(&mut pool);
        assert!(matches!(pool.find(id(1, 0, 4)), Found::Empty));
        pool.request(id(1, 0, 4));
        assert_eq!(pool.pending(), 0);
        assert_eq!(pool.failures().0, 0);
    }
}
