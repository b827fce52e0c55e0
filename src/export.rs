//! Map images for slides and print: the map view drawn offscreen and saved as PNG.
//!
//! There is no second drawing code: the image is made by the same [`MapPane::ui`] the window
//! uses, run in its own egui context the size of the image, and painted by egui's wgpu
//! renderer into a texture that is read back. So the railway, the labels, the scale bar and
//! the attribution look exactly as on screen. The export waits (bounded by [`MAX_FRAMES`])
//! until the basemap tiles of the view are drawn, and refuses to write a half-drawn map.
//!
//! Used by File → Export map image… (`app::export_dialog`) and by `mekong-atlas render`.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use eframe::egui_wgpu::{self, wgpu};
use egui::{Pos2, Rect, Vec2};
use geo::Coord;

use crate::data::{Atlas, Lang};
use crate::map::MapPane;
use crate::map::camera::{self, View};
use crate::map::online::TileChoice;
use crate::persist::SaveError;
use crate::state::{AppState, Settings, StopTarget};

/// Frames the export draws at most while waiting for tiles (with [`FRAME_PAUSE`] between
/// them, about 30 s): enough for a 4K view on a slow laptop, short enough to give up on a
/// basemap that cannot be drawn.
pub const MAX_FRAMES: usize = 3000;

/// Pause between two frames while tiles are drawn on the basemap's worker threads.
const FRAME_PAUSE: Duration = Duration::from_millis(10);

/// How long the GPU may take to finish the image before the export gives up.
const GPU_TIMEOUT: Duration = Duration::from_secs(60);

/// The largest scale offered (2× is the print size; more is allowed for posters).
pub const MAX_SCALE: f32 = 4.0;

/// Why an image could not be made, in words a user can act on.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// No graphics adapter (GPU driver or software renderer) could be used.
    #[error(
        "no graphics adapter is available to draw the image ({0}); install a GPU driver or Mesa's software renderer (mesa-vulkan-drivers)"
    )]
    NoGpu(String),
    /// The graphics device failed while drawing or reading back the image.
    #[error("the graphics device failed while drawing the image: {0}")]
    Gpu(String),
    /// The image is larger than the graphics device can draw, or empty.
    #[error(
        "an image of {width} × {height} pixels cannot be drawn here (at most {max} pixels per side)"
    )]
    TooLarge {
        /// Width asked for, pixels.
        width: u32,
        /// Height asked for, pixels.
        height: u32,
        /// The device's limit per side, pixels.
        max: u32,
    },
    /// Tiles were still being drawn when the frame cap was reached.
    #[error(
        "{pending} map tiles were still being drawn after {frames} frames; the image was not written so that no slide shows a half-drawn map"
    )]
    TilesMissing {
        /// Tiles still pending.
        pending: usize,
        /// Frames drawn.
        frames: usize,
    },
    /// The basemap data could not be read.
    #[error("the basemap could not be drawn: {0}")]
    Basemap(String),
    /// The tile pack shown in the window could not be opened for the image.
    #[error("the tile pack could not be opened for the image: {0}")]
    TilePack(String),
    /// The built-in corridor data could not be read.
    #[error("the built-in data could not be read: {0}")]
    Data(String),
    /// PNG encoding failed.
    #[error("the image could not be encoded as PNG: {0}")]
    Encode(String),
    /// Writing the file failed; the previous file, if any, is intact.
    #[error(transparent)]
    Save(#[from] SaveError),
}

/// What to draw: the map area's size in points, the pixels per point of the image, the view
/// and the tile source over the basemap.
#[derive(Clone, Debug, PartialEq)]
pub struct Shot {
    /// Size of the map area, points (the layout size: labels and the scale bar are laid out
    /// for it exactly as in a window of that size).
    pub size: Vec2,
    /// Pixels per point: the window's own for "screen resolution", twice that for print.
    pub pixels_per_point: f32,
    /// The view; `None` frames the corridor as the atlas does at first start.
    pub view: Option<View>,
    /// The tile source drawn over the built-in basemap.
    pub tiles: TileChoice,
}

impl Shot {
    /// The image size in pixels.
    pub fn pixel_size(&self) -> [u32; 2] {
        let px = |v: f32| (v * self.pixels_per_point).round().max(0.0) as u32;
        [px(self.size.x), px(self.size.y)]
    }
}

/// An RGBA image, rows top to bottom, 8 bits per channel, not premultiplied.
#[derive(Clone, Debug)]
pub struct Image {
    /// Width, pixels.
    pub width: u32,
    /// Height, pixels.
    pub height: u32,
    /// `width * height * 4` bytes.
    pub rgba: Vec<u8>,
}

/// Draws the map of `state` (its visible layers, selection, highlight, measurement and
/// language) as `shot` asks, offscreen, and returns the pixels. Blocks until the tiles are
/// drawn (for the command line; the window steps an [`Export`] frame by frame instead).
pub fn render(state: &AppState, shot: &Shot) -> Result<Image, ExportError> {
    let mut export = Export::start(shot)?;
    loop {
        match export.step(state)? {
            Progress::Done(image) => return Ok(image),
            Progress::Drawing { .. } => std::thread::sleep(FRAME_PAUSE),
        }
    }
}

/// Where an [`Export`] is after a step.
#[derive(Debug)]
pub enum Progress {
    /// Tiles are still being drawn; step again.
    Drawing {
        /// Tiles still to draw.
        pending: usize,
    },
    /// The image is ready.
    Done(Image),
}

/// An image being made: its own egui context the size of the image, its own map (with the
/// basemap drawn on worker threads at the image's resolution) and a headless GPU. Stepped
/// one frame at a time so the window stays responsive while tiles are drawn.
pub struct Export {
    gpu: Gpu,
    renderer: egui_wgpu::Renderer,
    ctx: egui::Context,
    map: MapPane,
    shot: Shot,
    size_px: [u32; 2],
    max_side: u32,
    time: f64,
    frame: usize,
    quiet_frames: usize,
}

impl Export {
    /// Finds a graphics device and sets up the map for `shot`; fails in plain words when
    /// there is no device, the image is too large for it, or the tile pack cannot be read.
    pub fn start(shot: &Shot) -> Result<Self, ExportError> {
        let [width, height] = shot.pixel_size();
        let gpu = Gpu::new()?;
        let max_side = gpu.max_side();
        if width == 0 || height == 0 || width > max_side || height > max_side {
            return Err(ExportError::TooLarge {
                width,
                height,
                max: max_side,
            });
        }
        let ctx = egui::Context::default();
        crate::fonts::install(&ctx);
        crate::style::apply_projector_theme(&ctx);
        let mut renderer = gpu.renderer();
        // One empty frame first so the context knows its pixels per point before the
        // basemap chooses the resolution of its tiles.
        let first = ctx.run_ui(input(shot, max_side, 0.0), |_| {});
        gpu.upload(&mut renderer, first.textures_delta);
        let mut map = MapPane::new(&ctx);
        if let Some(view) = shot.view {
            map.set_view(view);
        }
        open_tiles(&mut map, &shot.tiles, &ctx)?;
        Ok(Self {
            gpu,
            renderer,
            ctx,
            map,
            shot: shot.clone(),
            size_px: [width, height],
            max_side,
            time: 0.0,
            frame: 0,
            quiet_frames: 0,
        })
    }

    /// The size of the image being made, pixels.
    pub fn size_px(&self) -> [u32; 2] {
        self.size_px
    }

    /// Draws one frame of the map of `state`; once two frames in a row had no tile left to
    /// draw, paints the last one and returns the image. Gives up after [`MAX_FRAMES`].
    pub fn step(&mut self, state: &AppState) -> Result<Progress, ExportError> {
        self.frame += 1;
        self.time += 1.0 / 60.0;
        // What the window draws, without what follows a pointer or speaks to the person at
        // the screen, at desk sizes: an image is scaled by its pixel density, not by a room.
        let map_input = state.map_input();
        let map = &mut self.map;
        let output = self
            .ctx
            .run_ui(input(&self.shot, self.max_side, self.time), |ui| {
                egui::CentralPanel::default()
                    .frame(egui::Frame::NONE)
                    .show(ui, |ui| {
                        map.ui(ui, &map_input);
                    });
            });
        if let Some(e) = self.map.basemap_error() {
            return Err(ExportError::Basemap(e.to_owned()));
        }
        let pending = self.map.local_tiles_pending();
        // Two quiet frames in a row: tiles that arrived during the first are on the second.
        self.quiet_frames = if pending == 0 {
            self.quiet_frames + 1
        } else {
            0
        };
        if self.quiet_frames >= 2 && self.frame >= 3 {
            let prims = self.ctx.tessellate(output.shapes, output.pixels_per_point);
            self.gpu.upload(&mut self.renderer, output.textures_delta);
            let image = self.gpu.draw(
                &mut self.renderer,
                &prims,
                self.size_px,
                output.pixels_per_point,
            )?;
            return Ok(Progress::Done(image));
        }
        if self.frame >= MAX_FRAMES {
            return Err(ExportError::TilesMissing {
                pending,
                frames: self.frame,
            });
        }
        self.gpu.upload(&mut self.renderer, output.textures_delta);
        Ok(Progress::Drawing { pending })
    }
}

/// One frame's input: the image's size in points at its pixels per point.
fn input(shot: &Shot, max_side: u32, time: f64) -> egui::RawInput {
    let mut raw = egui::RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, shot.size)),
        time: Some(time),
        predicted_dt: 1.0 / 60.0,
        max_texture_side: Some(max_side as usize),
        ..Default::default()
    };
    raw.viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .native_pixels_per_point = Some(shot.pixels_per_point);
    raw
}

/// Puts the window's tile source over the image's basemap.
fn open_tiles(
    map: &mut MapPane,
    tiles: &TileChoice,
    ctx: &egui::Context,
) -> Result<(), ExportError> {
    match tiles {
        TileChoice::Embedded => Ok(()),
        TileChoice::Pack(path) => {
            let never = AtomicBool::new(false);
            let pack = crate::data::pack::Pack::open(path, &never)
                .map_err(|e| ExportError::TilePack(e.to_string()))?;
            map.set_pack(std::sync::Arc::new(pack), ctx);
            Ok(())
        }
        online => {
            // Online tiles come from the disk cache or the network as they arrive; the
            // built-in basemap stays under any that have not.
            if let Err(e) = map.set_tiles(online.clone(), ctx) {
                log::warn!("the image is drawn on the built-in basemap alone: {e}");
            }
            Ok(())
        }
    }
}

/// Encodes `image` as PNG and writes it atomically to `path` (the old file stays whole if
/// anything fails).
pub fn write_png(image: &Image, path: &Path) -> Result<(), ExportError> {
    let bytes = encode_png(image)?;
    crate::persist::write_atomic(path, &bytes)?;
    Ok(())
}

/// The PNG bytes of `image`.
pub fn encode_png(image: &Image) -> Result<Vec<u8>, ExportError> {
    let size = tiny_skia::IntSize::from_wh(image.width, image.height)
        .ok_or_else(|| ExportError::Encode("the image is empty".to_owned()))?;
    // Every pixel is opaque (the sea is drawn under everything), so straight and
    // premultiplied alpha are the same bytes.
    let pixmap = tiny_skia::Pixmap::from_vec(image.rgba.clone(), size)
        .ok_or_else(|| ExportError::Encode("the pixel buffer has the wrong size".to_owned()))?;
    pixmap
        .encode_png()
        .map_err(|e| ExportError::Encode(e.to_string()))
}

/// A headless graphics device with egui's renderer.
struct Gpu {
    state: egui_wgpu::RenderState,
}

impl Gpu {
    fn new() -> Result<Self, ExportError> {
        // Vulkan, Metal or DirectX first; OpenGL only where none of them works (probing
        // OpenGL without a display fills the terminal with driver complaints).
        let mut result = Self::with_backends(wgpu::Backends::PRIMARY);
        if result.is_err() {
            result = Self::with_backends(wgpu::Backends::GL);
        }
        result
    }

    fn with_backends(backends: wgpu::Backends) -> Result<Self, ExportError> {
        // A broken driver may panic inside wgpu; that must become a message, not a crash.
        let created = std::panic::catch_unwind(|| {
            let mut create = egui_wgpu::WgpuSetupCreateNew::without_display_handle();
            create.instance_descriptor.backends = backends;
            let setup = egui_wgpu::WgpuSetup::CreateNew(create);
            let instance = pollster::block_on(setup.new_instance());
            let config = egui_wgpu::WgpuConfiguration {
                wgpu_setup: setup,
                ..Default::default()
            };
            pollster::block_on(egui_wgpu::RenderState::create(
                &config,
                &instance,
                None,
                egui_wgpu::RendererOptions {
                    msaa_samples: 1,
                    ..Default::default()
                },
            ))
        });
        match created {
            Ok(Ok(state)) => Ok(Self { state }),
            Ok(Err(e)) => Err(ExportError::NoGpu(e.to_string())),
            Err(_) => Err(ExportError::NoGpu(
                "the graphics driver failed while starting".to_owned(),
            )),
        }
    }

    fn max_side(&self) -> u32 {
        self.state.device.limits().max_texture_dimension_2d
    }

    fn renderer(&self) -> egui_wgpu::Renderer {
        egui_wgpu::Renderer::new(
            &self.state.device,
            wgpu::TextureFormat::Rgba8Unorm,
            egui_wgpu::RendererOptions {
                msaa_samples: 1,
                ..Default::default()
            },
        )
    }

    /// Applies a frame's texture changes (font atlas, basemap tiles) to the renderer.
    fn upload(&self, renderer: &mut egui_wgpu::Renderer, mut delta: egui::TexturesDelta) {
        // Updates of one texture stay in order; different textures are independent.
        #[expect(clippy::iter_over_hash_type)]
        for (id, images) in delta.set.drain() {
            for image in &images {
                renderer.update_texture(&self.state.device, &self.state.queue, id, image);
            }
        }
        #[expect(clippy::iter_over_hash_type)]
        for id in delta.free.drain() {
            renderer.free_texture(&id);
        }
    }

    /// Paints `prims` into a new texture and reads it back.
    fn draw(
        &self,
        renderer: &mut egui_wgpu::Renderer,
        prims: &[egui::ClippedPrimitive],
        [width, height]: [u32; 2],
        pixels_per_point: f32,
    ) -> Result<Image, ExportError> {
        let device = &self.state.device;
        let queue = &self.state.queue;
        let screen = egui_wgpu::ScreenDescriptor {
            size_in_pixels: [width, height],
            pixels_per_point,
        };
        let mut encoder = device.create_command_encoder(&wgpu::CommandEncoderDescriptor {
            label: Some("map image"),
        });
        let user = renderer.update_buffers(device, queue, &mut encoder, prims, &screen);
        let texture = device.create_texture(&wgpu::TextureDescriptor {
            label: Some("map image"),
            size: wgpu::Extent3d {
                width,
                height,
                depth_or_array_layers: 1,
            },
            mip_level_count: 1,
            sample_count: 1,
            dimension: wgpu::TextureDimension::D2,
            format: wgpu::TextureFormat::Rgba8Unorm,
            usage: wgpu::TextureUsages::RENDER_ATTACHMENT | wgpu::TextureUsages::COPY_SRC,
            view_formats: &[],
        });
        let view = texture.create_view(&wgpu::TextureViewDescriptor::default());
        let sea = crate::style::basemap::SEA;
        let clear = wgpu::Color {
            r: f64::from(sea.r()) / 255.0,
            g: f64::from(sea.g()) / 255.0,
            b: f64::from(sea.b()) / 255.0,
            a: 1.0,
        };
        {
            let mut pass = encoder
                .begin_render_pass(&wgpu::RenderPassDescriptor {
                    label: Some("map image"),
                    color_attachments: &[Some(wgpu::RenderPassColorAttachment {
                        view: &view,
                        resolve_target: None,
                        ops: wgpu::Operations {
                            load: wgpu::LoadOp::Clear(clear),
                            store: wgpu::StoreOp::Store,
                        },
                        depth_slice: None,
                    })],
                    ..Default::default()
                })
                .forget_lifetime();
            renderer.render(&mut pass, prims, &screen);
        }
        // Copy out row by row; rows are padded to wgpu's alignment.
        let unpadded = width as usize * 4;
        let align = wgpu::COPY_BYTES_PER_ROW_ALIGNMENT as usize;
        let padded = unpadded.div_ceil(align) * align;
        let buffer = device.create_buffer(&wgpu::BufferDescriptor {
            label: Some("map image read-back"),
            size: (padded * height as usize) as u64,
            usage: wgpu::BufferUsages::MAP_READ | wgpu::BufferUsages::COPY_DST,
            mapped_at_creation: false,
        });
        encoder.copy_texture_to_buffer(
            texture.as_image_copy(),
            wgpu::TexelCopyBufferInfo {
                buffer: &buffer,
                layout: wgpu::TexelCopyBufferLayout {
                    offset: 0,
                    bytes_per_row: Some(padded as u32),
                    rows_per_image: None,
                },
            },
            wgpu::Extent3d {
                width,
                height,
                depth_or_array_layers: 1,
            },
        );
        let submitted = queue.submit(user.into_iter().chain(std::iter::once(encoder.finish())));
        let slice = buffer.slice(..);
        let (tx, rx) = std::sync::mpsc::channel();
        slice.map_async(wgpu::MapMode::Read, move |r| drop(tx.send(r)));
        device
            .poll(wgpu::PollType::Wait {
                submission_index: Some(submitted),
                timeout: Some(GPU_TIMEOUT),
            })
            .map_err(|e| ExportError::Gpu(e.to_string()))?;
        rx.recv_timeout(GPU_TIMEOUT)
            .map_err(|e| ExportError::Gpu(e.to_string()))?
            .map_err(|e| ExportError::Gpu(e.to_string()))?;
        let mapped = slice
            .get_mapped_range()
            .map_err(|e| ExportError::Gpu(e.to_string()))?;
        let mut rgba = Vec::with_capacity(unpadded * height as usize);
        for row in mapped.chunks_exact(padded) {
            rgba.extend_from_slice(row.get(..unpadded).unwrap_or_default());
        }
        drop(mapped);
        buffer.unmap();
        Ok(Image {
            width,
            height,
            rgba,
        })
    }
}

/// `mekong-atlas render`: a map image without a window, for slides made by a script.
#[derive(Debug, clap::Args)]
pub struct RenderArgs {
    /// Size of the map in points, e.g. 1920x1080 (the image is this many pixels at scale 1).
    #[arg(long, value_name = "WIDTHxHEIGHT", default_value = "1920x1080", value_parser = crate::cli::parse_window_size)]
    pub size: [f32; 2],
    /// The PNG file to write (replaced atomically if it exists).
    #[arg(short, long, value_name = "OUT.png")]
    pub output: PathBuf,
    /// Centre of the view, e.g. 101.4,21.2 (default: the corridor framed as at start).
    #[arg(long, value_name = "LON,LAT", value_parser = parse_center, allow_hyphen_values = true)]
    pub center: Option<Coord<f64>>,
    /// Zoom level of the view, 2 to 17 (default: the corridor framed as at start).
    #[arg(long, value_name = "Z", value_parser = parse_zoom)]
    pub zoom: Option<f64>,
    /// Pixels per point: 2 for print (a 1920x1080 map becomes 3840 × 2160 pixels).
    #[arg(long, value_name = "N", default_value = "1", value_parser = parse_scale)]
    pub scale: f32,
    /// Language of the map's labels and notes: en, zh, lo, th or vi.
    #[arg(long, value_name = "LANG", default_value = "en", value_parser = parse_lang)]
    pub lang: Lang,
    /// A tour to take the view from: a built-in tour's name (`study-visit-2019`,
    /// `kunming-vientiane-rail`) or a tour file; with `--stop`, its layers and year too.
    #[arg(long, value_name = "NAME", conflicts_with_all = ["center", "zoom"])]
    pub tour: Option<String>,
    /// The stop of `--tour` to draw, counted from 1.
    #[arg(long, value_name = "N", default_value = "1", requires = "tour")]
    pub stop: usize,
    /// Draw the corridor as it was at the end of YEAR, as the timeline does (2013 to this
    /// year; overrides a tour stop's year), e.g. for a slide of 2019 beside one of today.
    #[arg(long, value_name = "YEAR", value_parser = parse_year)]
    pub year: Option<i32>,
}

/// Reads a timeline year between [`crate::data::timeline::FIRST_YEAR`] and this year.
pub fn parse_year(s: &str) -> Result<i32, String> {
    let first = crate::data::timeline::FIRST_YEAR;
    let last = crate::data::timeline::current_year();
    let y: i32 = s
        .trim()
        .parse()
        .map_err(|_| format!("`{s}` is not a year"))?;
    if (first..=last).contains(&y) {
        Ok(y)
    } else {
        Err(format!(
            "the timeline runs from {first} to {last}; {y} is outside it"
        ))
    }
}

/// The tour `name` names: a built-in tour's id, or else a tour file.
pub fn find_tour(name: &str) -> Result<crate::data::tour::Tour, String> {
    if let Some(t) = crate::data::tour::builtin_tours()
        .iter()
        .find(|t| t.id == name)
    {
        return Ok(t.clone());
    }
    let path = std::path::Path::new(name);
    if path.exists() {
        return crate::data::tour::Tour::load(path).map_err(|e| format!("{name}: {e}"));
    }
    let names: Vec<&str> = crate::data::tour::builtin_tours()
        .iter()
        .map(|t| t.id.as_str())
        .collect();
    Err(format!(
        "`{name}` is neither a built-in tour ({}) nor a tour file",
        names.join(", ")
    ))
}

/// Reads one of the atlas's complete interface languages by its tag (`en`, `zh`, …).
pub fn parse_lang(s: &str) -> Result<Lang, String> {
    let wanted = s.trim().to_ascii_lowercase();
    crate::i18n::COMPLETE
        .into_iter()
        .find(|&l| crate::i18n::tag(l) == wanted)
        .ok_or_else(|| {
            let tags: Vec<&str> = crate::i18n::COMPLETE
                .into_iter()
                .map(crate::i18n::tag)
                .collect();
            format!("`{s}` is not one of {}", tags.join(", "))
        })
}

/// Reads `LON,LAT` in degrees (longitude −180…180, latitude −85…85).
pub fn parse_center(s: &str) -> Result<Coord<f64>, String> {
    let (lon, lat) = s
        .split_once(',')
        .ok_or_else(|| format!("`{s}` is not LON,LAT, e.g. 101.4,21.2"))?;
    let num = |v: &str, what: &str, limit: f64| -> Result<f64, String> {
        let n: f64 = v
            .trim()
            .parse()
            .map_err(|_| format!("`{}` is not a {what} in degrees", v.trim()))?;
        if n.is_finite() && n.abs() <= limit {
            Ok(n)
        } else {
            Err(format!("{what} {n} is outside −{limit}…{limit} degrees"))
        }
    };
    Ok(Coord {
        x: num(lon, "longitude", 180.0)?,
        y: num(lat, "latitude", 85.0)?,
    })
}

/// Reads a zoom level between [`camera::MIN_ZOOM`] and [`camera::MAX_ZOOM`].
pub fn parse_zoom(s: &str) -> Result<f64, String> {
    let z: f64 = s
        .trim()
        .parse()
        .map_err(|_| format!("`{s}` is not a zoom level"))?;
    if (camera::MIN_ZOOM..=camera::MAX_ZOOM).contains(&z) {
        Ok(z)
    } else {
        Err(format!(
            "zoom {z} is outside {}…{}",
            camera::MIN_ZOOM,
            camera::MAX_ZOOM
        ))
    }
}

/// Reads a scale (pixels per point) between 1 and [`MAX_SCALE`].
pub fn parse_scale(s: &str) -> Result<f32, String> {
    let n: f32 = s
        .trim()
        .parse()
        .map_err(|_| format!("`{s}` is not a number"))?;
    if (1.0..=MAX_SCALE).contains(&n) {
        Ok(n)
    } else {
        Err(format!("scale {n} is outside 1…{MAX_SCALE}"))
    }
}

impl RenderArgs {
    /// The shot these arguments ask for: a missing centre or zoom is taken from the start
    /// view of a map of this size.
    pub fn shot(&self) -> Shot {
        let size = Vec2::new(self.size[0], self.size[1]);
        let view = if self.center.is_none() && self.zoom.is_none() {
            None
        } else {
            let start = camera::fit(camera::CORRIDOR_BOUNDS, size, 24.0);
            let c = self.center.unwrap_or(Coord {
                x: start.lon,
                y: start.lat,
            });
            Some(View {
                lon: c.x,
                lat: c.y,
                zoom: self.zoom.unwrap_or(start.zoom),
            })
        };
        Shot {
            size,
            pixels_per_point: self.scale,
            view,
            tiles: TileChoice::Embedded,
        }
    }
}

/// Runs `render`: the built-in data with every layer as at first start (in `--lang`), drawn and written
/// to `--output`. Prints what was written (or why not) to `out`; returns the exit code
/// (0 written, 1 not).
pub fn run_render(args: &RenderArgs, out: &mut dyn std::io::Write) -> u8 {
    let atlas = match Atlas::builtin() {
        Ok(a) => a,
        Err(e) => {
            let _ = writeln!(out, "{}", ExportError::Data(e.to_string()));
            return 1;
        }
    };
    let mut state = AppState::new(atlas);
    state.apply_settings(&Settings {
        lang: args.lang,
        ..Settings::default()
    });
    crate::i18n::set_lang(state.lang);
    let mut shot = args.shot();
    if let Some(name) = &args.tour {
        let tour = match find_tour(name) {
            Ok(t) => t,
            Err(e) => {
                let _ = writeln!(out, "{e}");
                return 2;
            }
        };
        let Some(stop) = args.stop.checked_sub(1).and_then(|i| tour.stops.get(i)) else {
            let _ = writeln!(
                out,
                "tour `{}` has stops 1 to {}; --stop {} is not one of them",
                tour.id,
                tour.stops.len(),
                args.stop
            );
            return 2;
        };
        shot.view = match state.apply_stop(stop) {
            Some(StopTarget::View(v)) => Some(v),
            Some(StopTarget::Bounds(b)) => Some(camera::fit(b, shot.size, 48.0)),
            None => None,
        };
    }
    if let Some(year) = args.year {
        state.window.year = Some(year);
    }
    let result = render(&state, &shot).and_then(|image| {
        write_png(&image, &args.output)?;
        Ok(image)
    });
    match result {
        Ok(image) => {
            let _ = writeln!(
                out,
                "wrote {} ({} × {} pixels)",
                args.output.display(),
                image.width,
                image.height
            );
            0
        }
        Err(e) => {
            let _ = writeln!(out, "{}: {e}", args.output.display());
            1
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn centres_zooms_and_scales_are_read_and_silly_ones_refused() {
        assert_eq!(parse_center("101.4,21.2"), Ok(Coord { x: 101.4, y: 21.2 }));
        assert_eq!(parse_center("-70, -33"), Ok(Coord { x: -70.0, y: -33.0 }));
        assert!(parse_center("101.4").is_err());
        assert!(parse_center("200,10").is_err());
        assert!(parse_center("10,NaN").is_err());
        assert_eq!(parse_zoom("8.5"), Ok(8.5));
        assert!(parse_zoom("30").is_err());
        assert_eq!(parse_year("2019"), Ok(2019));
        assert!(parse_year("1999").is_err());
        assert!(parse_year("next year").is_err());
        assert!(parse_scale("0.5").is_err());
        assert_eq!(parse_scale("2"), Ok(2.0));
        assert_eq!(parse_lang("ZH"), Ok(Lang::Zh));
        assert!(parse_lang("my").is_err());
    }

    #[test]
    fn a_centre_without_zoom_keeps_the_start_zoom() {
        let args = RenderArgs {
            size: [1920.0, 1080.0],
            output: PathBuf::from("x.png"),
            center: Some(Coord { x: 101.4, y: 21.2 }),
            zoom: None,
            scale: 2.0,
            lang: Lang::En,
            tour: None,
            stop: 1,
            year: None,
        };
        let shot = args.shot();
        let start = camera::fit(camera::CORRIDOR_BOUNDS, Vec2::new(1920.0, 1080.0), 24.0);
        let view = shot.view.expect("a view");
        assert_eq!((view.lon, view.lat, view.zoom), (101.4, 21.2, start.zoom));
        assert_eq!(shot.pixel_size(), [3840, 2160]);
    }

    #[test]
    fn tours_are_found_by_name_and_unknown_ones_are_listed() {
        let tour = find_tour("study-visit-2019").expect("built in");
        assert_eq!(tour.id, "study-visit-2019");
        let err = find_tour("no-such-tour").expect_err("unknown");
        assert!(err.contains("kunming-vientiane-rail"), "{err}");
    }

    #[test]
    fn a_png_round_trips_its_pixels() {
        let image = Image {
            width: 2,
            height: 1,
            rgba: vec![10, 20, 30, 255, 200, 100, 0, 255],
        };
        let bytes = encode_png(&image).expect("encodes");
        let back = tiny_skia::Pixmap::decode_png(&bytes).expect("decodes");
        assert_eq!((back.width(), back.height()), (2, 1));
        assert_eq!(back.data(), image.rgba.as_slice());
        let wrong = Image {
            width: 3,
            height: 3,
            rgba: vec![0; 4],
        };
        assert!(encode_png(&wrong).is_err());
    }
}
