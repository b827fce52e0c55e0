//! Rasterises the embedded vector basemap into slippy-map tiles.
//!
//! [`render_tile`] is a pure function of the data, the tile and its pixel size: no egui,
//! no clock, no I/O. That keeps it testable on real pixels, benchable on its own
//! (`benches/basemap_tiles.rs`), and safe to run on worker threads while the UI thread
//! draws whatever tiles are ready.
//!
//! Drawing order, bottom to top: sea, land, Chinese province outlines (only on land),
//! lakes, the soft halo of international borders, coast and lake shores, rivers (minor
//! first, the Lancang–Mekong last over a pale halo), dashed disputed lines, and the
//! border lines themselves. The border halo sits under the water so that where the
//! Mekong is the border (Laos–Thailand, Laos–Myanmar) it stays blue with the dark border
//! line on top, instead of vanishing under a purple band. No text:
//! labels are egui text drawn above the tiles from [`BasemapData::places`]. Colours and
//! widths come from [`crate::style::basemap`].

use tiny_skia::{
    FillRule, FilterQuality, LineCap, LineJoin, Mask, Paint, PathBuilder, Pattern, Pixmap, Rect,
    SpreadMode, Stroke, StrokeDash, Transform,
};

use crate::data::basemap::{
    BasemapData, PieceClass, Shape, UnitPoint, UnitRect, clip_line_inside, clip_ring,
    web_mercator_unit,
};
use crate::data::mercator::lat_of_unit_y;
use crate::style::basemap as style;

/// The largest tile edge [`render_tile`] draws, in pixels: 256 × 8, far beyond any
/// screen's pixels-per-point, and small enough that a bad request cannot exhaust memory.
pub const MAX_TILE_SIZE_PX: u32 = 2048;

/// A slippy-map tile (XYZ scheme, Web Mercator, y counted from the north), the address
/// walkers asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TileCoord {
    /// Zoom level: 0 is the whole world in one tile, each level doubles the detail.
    pub zoom: u8,
    /// Column, 0 at 180°W.
    pub x: u32,
    /// Row, 0 at the northern edge of the Mercator map.
    pub y: u32,
}

impl TileCoord {
    /// The tile at `zoom` that contains a WGS84 point (degrees), so callers can render
    /// "the tile over Kunming" without tile arithmetic.
    pub fn containing(lon_deg: f64, lat_deg: f64, zoom: u8) -> TileCoord {
        let [ux, uy] = web_mercator_unit(lon_deg, lat_deg);
        let n = 2f64.powi(i32::from(zoom));
        let max = (n - 1.0).max(0.0);
        TileCoord {
            zoom,
            x: (ux * n).floor().clamp(0.0, max) as u32,
            y: (uy * n).floor().clamp(0.0, max) as u32,
        }
    }

    /// Where a WGS84 point (degrees) falls in this tile, in pixels from the tile's
    /// top-left corner for a tile `size_px` wide. Outside the tile the values are
    /// negative or beyond `size_px`.
    pub fn pixel_of(&self, lon_deg: f64, lat_deg: f64, size_px: u32) -> (f64, f64) {
        let [ux, uy] = web_mercator_unit(lon_deg, lat_deg);
        let scale = f64::from(size_px) * 2f64.powi(i32::from(self.zoom));
        let [ox, oy] = self.origin_unit();
        ((ux - ox) * scale, (uy - oy) * scale)
    }

    /// North-west corner in unit coordinates.
    fn origin_unit(&self) -> UnitPoint {
        let n = 2f64.powi(i32::from(self.zoom));
        [f64::from(self.x) / n, f64::from(self.y) / n]
    }
}

/// A rendered tile: straight (not premultiplied) RGBA8, row-major, `size_px` square,
/// ready for `egui::ColorImage::from_rgba_unmultiplied`. Every pixel is opaque.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TileImage {
    /// Edge length in pixels.
    pub size_px: u32,
    /// `size_px × size_px × 4` bytes: R, G, B, A per pixel, rows top to bottom.
    pub rgba: Vec<u8>,
}

impl TileImage {
    /// The RGBA value at pixel column `x`, row `y`; `None` outside the tile.
    pub fn pixel(&self, x: u32, y: u32) -> Option<[u8; 4]> {
        if x >= self.size_px || y >= self.size_px {
            return None;
        }
        let i = (y as usize * self.size_px as usize + x as usize) * 4;
        let px = self.rgba.get(i..i + 4)?;
        Some([px[0], px[1], px[2], px[3]])
    }
}

/// Path builders, one per drawn style, filled while walking the tile's pieces.
#[derive(Default)]
struct Layers {
    land: PathBuilder,
    /// Country areas by tint (Natural Earth `mapcolor7`, index).
    countries: Vec<PathBuilder>,
    urban: PathBuilder,
    lake: PathBuilder,
    coast: PathBuilder,
    province: PathBuilder,
    /// Rivers by Natural Earth scalerank (index), Mekong apart.
    rivers: Vec<PathBuilder>,
    mekong: PathBuilder,
    disputed: PathBuilder,
    border: PathBuilder,
}

/// Maps unit coordinates to this tile's pixels and clips to just beyond its edges.
struct TileFrame {
    origin: UnitPoint,
    px_per_unit: f64,
    /// The tile plus a margin wider than any half line width, in pixels.
    clip_px: UnitRect,
}

impl TileFrame {
    fn to_px(&self, p: &UnitPoint) -> UnitPoint {
        [
            (p[0] - self.origin[0]) * self.px_per_unit,
            (p[1] - self.origin[1]) * self.px_per_unit,
        ]
    }

    fn add_area(&self, builder: &mut PathBuilder, rings: &[Vec<UnitPoint>]) {
        for ring in rings {
            let px: Vec<UnitPoint> = ring.iter().map(|p| self.to_px(p)).collect();
            let clipped = clip_ring(&px, &self.clip_px);
            let mut points = clipped.iter();
            if let Some(first) = points.next() {
                builder.move_to(first[0] as f32, first[1] as f32);
                for p in points {
                    builder.line_to(p[0] as f32, p[1] as f32);
                }
                builder.close();
            }
        }
    }

    fn add_line(&self, builder: &mut PathBuilder, line: &[UnitPoint]) {
        let px: Vec<UnitPoint> = line.iter().map(|p| self.to_px(p)).collect();
        for run in clip_line_inside(&px, &self.clip_px) {
            let mut points = run.iter();
            if let Some(first) = points.next() {
                builder.move_to(first[0] as f32, first[1] as f32);
                for p in points {
                    builder.line_to(p[0] as f32, p[1] as f32);
                }
            }
        }
    }
}

/// An anti-aliased tiny-skia paint of an egui colour; shared by every tile renderer.
pub(crate) fn paint(color: egui::Color32) -> Paint<'static> {
    let [r, g, b, a] = color.to_srgba_unmultiplied();
    let mut paint = Paint {
        anti_alias: true,
        ..Paint::default()
    };
    paint.set_color_rgba8(r, g, b, a);
    paint
}

/// Lines narrower than this, in device pixels, join with a bevel instead of a round
/// join: the two look the same at that width, and round joins on every vertex of a
/// coastline cost most of a tile's drawing time.
const ROUND_JOIN_MIN_WIDTH_PX: f32 = 3.0;

fn round_stroke(width_px: f32) -> Stroke {
    Stroke {
        width: width_px,
        line_cap: LineCap::Round,
        line_join: if width_px >= ROUND_JOIN_MIN_WIDTH_PX {
            LineJoin::Round
        } else {
            LineJoin::Bevel
        },
        ..Stroke::default()
    }
}

/// Strokes a finished path; empty builders draw nothing.
fn stroke(
    pixmap: &mut Pixmap,
    builder: PathBuilder,
    color: egui::Color32,
    stroke: &Stroke,
    mask: Option<&Mask>,
) {
    if let Some(path) = builder.finish() {
        pixmap.stroke_path(&path, &paint(color), stroke, Transform::identity(), mask);
    }
}

/// Renders one basemap tile `size_px` pixels square (256 × pixels-per-point: 256 on a
/// normal screen, 512 on HiDPI; clamped to 1‥[`MAX_TILE_SIZE_PX`]). Line widths scale
/// with `size_px`, so a 512-pixel tile is the same map drawn sharper, not a blurrier one.
///
/// Never fails: a tile outside the data (or outside the world) is plain sea.
pub fn render_tile(data: &BasemapData, tile: TileCoord, size_px: u32) -> TileImage {
    let size = size_px.clamp(1, MAX_TILE_SIZE_PX);
    let Some(mut pixmap) = Pixmap::new(size, size) else {
        return plain_sea(size);
    };
    let [r, g, b, a] = style::SEA.to_srgba_unmultiplied();
    pixmap.fill(tiny_skia::Color::from_rgba8(r, g, b, a));

    let zoom = tile.zoom;
    let pt = size as f32 / 256.0; // device pixels per point
    let px_per_unit = f64::from(size) * 2f64.powi(i32::from(zoom));
    // Zoomed in, the border is a band as wide as the line's error on each side.
    let uncertain = style::border_is_uncertain(zoom);
    let band_px = if uncertain {
        let lat = lat_of_unit_y(tile.origin_unit()[1] + f64::from(size) / px_per_unit / 2.0);
        let m_per_px = 40_075_016.686 * lat.to_radians().cos() / px_per_unit;
        ((2.0 * style::BORDER_UNCERTAINTY_M / m_per_px) as f32).min(size as f32)
    } else {
        0.0
    };
    let margin_px = f64::from(
        ((style::border_halo_width_pt(zoom).max(style::mekong_halo_width_pt(zoom)) + 4.0) * pt)
            .max(band_px / 2.0 + 4.0),
    );
    let frame = TileFrame {
        origin: tile.origin_unit(),
        px_per_unit,
        clip_px: UnitRect {
            min: [-margin_px, -margin_px],
            max: [f64::from(size) + margin_px, f64::from(size) + margin_px],
        },
    };
    let margin_unit = margin_px / px_per_unit;
    let query = UnitRect {
        min: [frame.origin[0] - margin_unit, frame.origin[1] - margin_unit],
        max: [
            frame.origin[0] + f64::from(size) / px_per_unit + margin_unit,
            frame.origin[1] + f64::from(size) / px_per_unit + margin_unit,
        ],
    };

    let show_provinces = style::province_width_pt(zoom).is_some();
    let tint_strength = style::country_tint_strength(zoom);
    let relief_opacity = style::relief_opacity(zoom);
    let mut layers = Layers::default();
    for piece in data.pieces_in(zoom, query) {
        let builder = match piece.class {
            PieceClass::Land => &mut layers.land,
            PieceClass::Country { tint } => {
                if tint_strength <= 0.0 {
                    continue;
                }
                let i = usize::from(tint);
                if layers.countries.len() <= i {
                    layers.countries.resize_with(i + 1, PathBuilder::new);
                }
                match layers.countries.get_mut(i) {
                    Some(b) => b,
                    None => continue,
                }
            }
            PieceClass::Urban => &mut layers.urban,
            PieceClass::Lake => &mut layers.lake,
            PieceClass::Coast => &mut layers.coast,
            PieceClass::Province if show_provinces => &mut layers.province,
            PieceClass::Province => continue,
            PieceClass::River { mekong: true, .. } => &mut layers.mekong,
            PieceClass::River { scalerank, .. } => {
                if style::river_width_pt(zoom, scalerank).is_none() {
                    continue;
                }
                let i = usize::from(scalerank);
                if layers.rivers.len() <= i {
                    layers.rivers.resize_with(i + 1, PathBuilder::new);
                }
                match layers.rivers.get_mut(i) {
                    Some(b) => b,
                    None => continue,
                }
            }
            PieceClass::Border => &mut layers.border,
            PieceClass::Disputed => &mut layers.disputed,
        };
        match &piece.shape {
            Shape::Area(rings) => frame.add_area(builder, rings),
            Shape::Line(line) => frame.add_line(builder, line),
        }
    }

    // Land, and a mask of it so country tints (1:50m, coarser than the 1:10m coast),
    // relief and province outlines stop at the coast.
    let mut land_mask = None;
    if let Some(land) = layers.land.finish() {
        pixmap.fill_path(
            &land,
            &paint(style::LAND),
            FillRule::EvenOdd,
            Transform::identity(),
            None,
        );
        let needs_mask = show_provinces || tint_strength > 0.0 || relief_opacity > 0.0;
        if needs_mask && let Some(mut mask) = Mask::new(size, size) {
            mask.fill_path(&land, FillRule::EvenOdd, true, Transform::identity());
            land_mask = Some(mask);
        }
    }
    if let Some(mask) = &land_mask {
        let countries = std::mem::take(&mut layers.countries);
        for (tint, builder) in countries.into_iter().enumerate() {
            let tint = u8::try_from(tint).unwrap_or(0);
            let color = mix(style::LAND, style::country_tint(tint), tint_strength);
            if let Some(path) = builder.finish() {
                let id = Transform::identity();
                pixmap.fill_path(&path, &paint(color), FillRule::EvenOdd, id, Some(mask));
            }
        }
        if relief_opacity > 0.0 {
            draw_relief(&mut pixmap, data, &frame, relief_opacity, mask);
        }
    }
    if let Some(urban) = std::mem::take(&mut layers.urban).finish() {
        let id = Transform::identity();
        pixmap.fill_path(&urban, &paint(style::URBAN), FillRule::EvenOdd, id, None);
    }
    if let Some(width) = style::province_width_pt(zoom)
        && land_mask.is_some()
    {
        stroke(
            &mut pixmap,
            layers.province,
            style::PROVINCE,
            &round_stroke(width * pt),
            land_mask.as_ref(),
        );
    }
    if let Some(lakes) = layers.lake.finish() {
        pixmap.fill_path(
            &lakes,
            &paint(style::LAKE),
            FillRule::EvenOdd,
            Transform::identity(),
            None,
        );
    }
    // The border halo goes under the water, so a border river stays blue. Zoomed in,
    // the halo becomes the band where the true border may run.
    let border = std::mem::take(&mut layers.border).finish();
    if let Some(border) = &border {
        let (width, color) = if uncertain {
            (band_px, style::BORDER_UNCERTAIN_BAND)
        } else {
            (style::border_halo_width_pt(zoom) * pt, style::BORDER_HALO)
        };
        let halo = round_stroke(width);
        pixmap.stroke_path(border, &paint(color), &halo, Transform::identity(), None);
    }
    stroke(
        &mut pixmap,
        layers.coast,
        style::COAST,
        &round_stroke(style::coast_width_pt(zoom) * pt),
        None,
    );

    // Minor rivers first, so major ones cross over them.
    let rivers = std::mem::take(&mut layers.rivers);
    for (scalerank, builder) in rivers.into_iter().enumerate().rev() {
        let rank = u8::try_from(scalerank).unwrap_or(u8::MAX);
        if let Some(width) = style::river_width_pt(zoom, rank) {
            stroke(
                &mut pixmap,
                builder,
                style::RIVER,
                &round_stroke(width * pt),
                None,
            );
        }
    }
    if let Some(mekong) = layers.mekong.finish() {
        let halo = round_stroke(style::mekong_halo_width_pt(zoom) * pt);
        let line = round_stroke(style::mekong_width_pt(zoom) * pt);
        let id = Transform::identity();
        pixmap.stroke_path(&mekong, &paint(style::MEKONG_HALO), &halo, id, None);
        pixmap.stroke_path(&mekong, &paint(style::MEKONG), &line, id, None);
    }

    let dash = style::DISPUTED_DASH_PT.map(|v| v * pt);
    let mut disputed = round_stroke(style::disputed_width_pt(zoom) * pt);
    disputed.line_cap = LineCap::Butt;
    disputed.dash = StrokeDash::new(dash.to_vec(), 0.0);
    stroke(
        &mut pixmap,
        layers.disputed,
        style::DISPUTED,
        &disputed,
        None,
    );

    if let Some(border) = &border {
        let (line, color) = if uncertain {
            let mut line = round_stroke(style::BORDER_UNCERTAIN_WIDTH_PT * pt);
            line.line_cap = LineCap::Butt;
            let dash = style::BORDER_UNCERTAIN_DASH_PT.map(|v| v * pt);
            line.dash = StrokeDash::new(dash.to_vec(), 0.0);
            (line, style::BORDER_UNCERTAIN)
        } else {
            (
                round_stroke(style::border_width_pt(zoom) * pt),
                style::BORDER,
            )
        };
        pixmap.stroke_path(border, &paint(color), &line, Transform::identity(), None);
    }

    // The sea fill is opaque and everything is drawn source-over on top of it, so every
    // pixel is opaque and premultiplied RGBA equals straight RGBA: no demultiply pass.
    TileImage {
        size_px: size,
        rgba: pixmap.take(),
    }
}

/// `a` moved towards `b` by `t` (0‥1), per channel.
fn mix(a: egui::Color32, b: egui::Color32, t: f32) -> egui::Color32 {
    let t = t.clamp(0.0, 1.0);
    let ch = |x: u8, y: u8| (f32::from(x) + (f32::from(y) - f32::from(x)) * t).round() as u8;
    egui::Color32::from_rgb(ch(a.r(), b.r()), ch(a.g(), b.g()), ch(a.b(), b.b()))
}

/// Lays the shaded relief over the land (only the land: `mask`) as one bilinear pattern
/// fill, scaled from the relief's Mercator rows to this tile's pixels.
fn draw_relief(
    pixmap: &mut Pixmap,
    data: &BasemapData,
    frame: &TileFrame,
    opacity: f32,
    mask: &Mask,
) {
    let Some(relief) = data.relief() else {
        return;
    };
    let [x0, y0] = frame.to_px(&relief.rect.min);
    let [x1, y1] = frame.to_px(&relief.rect.max);
    let size = f64::from(pixmap.width());
    let (left, top) = (x0.max(0.0), y0.max(0.0));
    let (right, bottom) = (x1.min(size), y1.min(size));
    let Some(rect) = Rect::from_ltrb(left as f32, top as f32, right as f32, bottom as f32) else {
        return; // the relief does not reach this tile
    };
    let sx = (x1 - x0) / f64::from(relief.pixmap.width());
    let sy = (y1 - y0) / f64::from(relief.pixmap.height());
    let transform = Transform::from_row(sx as f32, 0.0, 0.0, sy as f32, x0 as f32, y0 as f32);
    let pattern = Pattern::new(
        relief.pixmap.as_ref(),
        SpreadMode::Pad,
        FilterQuality::Bilinear,
        opacity,
        transform,
    );
    let paint = Paint {
        shader: pattern,
        anti_alias: false,
        ..Paint::default()
    };
    pixmap.fill_rect(rect, &paint, Transform::identity(), Some(mask));
}

fn plain_sea(size: u32) -> TileImage {
    let [r, g, b, a] = style::SEA.to_srgba_unmultiplied();
    let n = size as usize * size as usize;
    TileImage {
        size_px: size,
        rgba: [r, g, b, a].repeat(n),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::Color32;
    use std::sync::OnceLock;

    fn data() -> &'static BasemapData {
        static DATA: OnceLock<BasemapData> = OnceLock::new();
        DATA.get_or_init(|| BasemapData::embedded().expect("the embedded basemap parses"))
    }

    /// Largest difference of any RGB channel.
    fn distance(px: [u8; 4], c: Color32) -> u8 {
        let [r, g, b, _] = c.to_srgba_unmultiplied();
        px[0]
            .abs_diff(r)
            .max(px[1].abs_diff(g))
            .max(px[2].abs_diff(b))
    }

    fn is(px: [u8; 4], c: Color32) -> bool {
        distance(px, c) <= 6
    }

    /// Land in any of its fills: plain land, a country tint, a built-up area.
    fn is_land(px: [u8; 4]) -> bool {
        is(px, style::LAND)
            || is(px, style::URBAN)
            || style::COUNTRY_TINTS.iter().any(|&t| is(px, t))
    }

    /// Renders the tile containing a point and returns it with the point's pixel.
    fn tile_at(lon: f64, lat: f64, zoom: u8, size: u32) -> (TileImage, (i64, i64)) {
        let tile = TileCoord::containing(lon, lat, zoom);
        let (x, y) = tile.pixel_of(lon, lat, size);
        (render_tile(data(), tile, size), (x as i64, y as i64))
    }

    /// Pixels within `radius` of `centre` (a square neighbourhood).
    fn around(img: &TileImage, centre: (i64, i64), radius: i64) -> Vec<[u8; 4]> {
        let mut out = Vec::new();
        for dy in -radius..=radius {
            for dx in -radius..=radius {
                let (x, y) = (centre.0 + dx, centre.1 + dy);
                if let (Ok(x), Ok(y)) = (u32::try_from(x), u32::try_from(y))
                    && let Some(px) = img.pixel(x, y)
                {
                    out.push(px);
                }
            }
        }
        out
    }

    #[test]
    fn the_gulf_of_tonkin_is_sea() {
        // 107.5°E 20.0°N, open water between Hai Phong and Hainan.
        for size in [256, 512] {
            let (img, at) = tile_at(107.5, 20.0, 6, size);
            let px = around(&img, at, 1);
            assert!(px.iter().all(|&p| is(p, style::SEA)), "{size}px: {px:?}");
        }
    }

    #[test]
    fn kunming_is_land() {
        // Kunming city centre, 102.71°E 25.04°N, north of Dianchi lake.
        for size in [256, 512] {
            let (img, at) = tile_at(102.71, 25.04, 8, size);
            let px = around(&img, at, 1);
            assert!(px.iter().all(|&p| is_land(p)), "{size}px: {px:?}");
        }
    }

    #[test]
    fn the_mekong_is_drawn_at_luang_prabang() {
        // Vertex of the Natural Earth 1:10m "Lancang" centreline at Luang Prabang
        // (ne_10m_rivers_lake_centerlines.geojson: 102.1362°E 19.8756°N).
        for size in [256, 512] {
            let (img, at) = tile_at(102.1362, 19.8756, 10, size);
            let px = around(&img, at, 2);
            assert!(
                px.iter().any(|&p| is(p, style::MEKONG)),
                "{size}px: no Mekong blue near {at:?}"
            );
        }
    }

    #[test]
    fn the_mekong_stands_out_at_the_region_view() {
        // Same vertex at z5: the river is still there in its own colour.
        let (img, at) = tile_at(102.1362, 19.8756, 5, 256);
        assert!(around(&img, at, 2).iter().any(|&p| is(p, style::MEKONG)));
    }

    /// The most shaded point of the relief within `r` degrees of a point.
    fn most_shaded_near(lon: f64, lat: f64, r: f64) -> (f32, f64, f64) {
        let relief = data().relief().expect("the relief decodes");
        let mut best = (0.0f32, lon, lat);
        for i in 0..=40 {
            for j in 0..=40 {
                let x = lon - r + 2.0 * r * f64::from(i) / 40.0;
                let y = lat - r + 2.0 * r * f64::from(j) / 40.0;
                if let Some(s) = relief.shade_at(x, y)
                    && s < best.0
                {
                    best = (s, x, y);
                }
            }
        }
        best
    }

    #[test]
    fn the_relief_darkens_the_shaded_flank_of_phou_bia_and_leaves_the_vientiane_plain_flat() {
        // Phou Bia, the highest massif of Laos, 18.98°N 103.15°E (PROVENANCE of the relief).
        let (shade, lon, lat) = most_shaded_near(103.15, 18.98, 0.3);
        assert!(shade < -0.3, "no shaded flank near Phou Bia: {shade}");
        let laos = style::country_tint(1);
        let (img, (x, y)) = tile_at(lon, lat, 6, 256);
        let px = img.pixel(x as u32, y as u32).expect("inside the tile");
        let [r, g, b, _] = laos.to_srgba_unmultiplied();
        assert!(
            px[0] + 25 < r && px[1] + 25 < g && px[2] + 25 < b,
            "shaded flank {px:?} is not darker than the Laos tint {laos:?}"
        );
        // Without relief (zoom 9 and closer) the same place is the plain tint again.
        let (img, (x, y)) = tile_at(lon, lat, 9, 256);
        let plain = mix(style::LAND, laos, style::country_tint_strength(9));
        let px = img.pixel(x as u32, y as u32).expect("inside the tile");
        assert!(is(px, plain), "{px:?} vs {plain:?}");

        // The Vientiane plain north of the city (18.25°N 102.55°E): flat, the Laos tint.
        let (img, at) = tile_at(102.55, 18.25, 6, 256);
        let window = around(&img, at, 2);
        assert!(
            window.iter().all(|&p| distance(p, laos) <= 10),
            "the plain is shaded: {window:?} vs {laos:?}"
        );
    }

    #[test]
    fn neighbouring_countries_differ_in_tint() {
        // Laos (Oudomxay, 20.69°N 101.98°E) and Viet Nam (Dien Bien Phu province,
        // 21.6°N 103.3°E) and China (Mengla county, 21.6°N 101.2°E), at zoom 9 where
        // there is no relief: each its own tint, all different.
        let zoom = 9;
        let colour = |lon, lat| {
            let (img, (x, y)) = tile_at(lon, lat, zoom, 256);
            img.pixel(x as u32, y as u32).expect("inside the tile")
        };
        let strength = style::country_tint_strength(zoom);
        let laos = colour(101.98, 20.69);
        let viet_nam = colour(103.3, 21.6);
        let china = colour(101.2, 21.75);
        for (px, tint) in [(laos, 1), (viet_nam, 5), (china, 4)] {
            let expected = mix(style::LAND, style::country_tint(tint), strength);
            assert!(is(px, expected), "{px:?} vs tint {tint} {expected:?}");
        }
        assert!(distance(laos, Color32::from_rgb(china[0], china[1], china[2])) > 6);
        assert!(
            distance(
                laos,
                Color32::from_rgb(viet_nam[0], viet_nam[1], viet_nam[2])
            ) > 6
        );
    }

    #[test]
    fn zoomed_in_the_border_is_a_band_that_holds_boten() {
        // Boten (21.18413°N 101.67202°E, the corridor data's position) lies 0.7 km from
        // Natural Earth's border line, on its Chinese side. At zoom 12 the line is drawn
        // as a band ±2 km wide, so Boten sits inside the band, not clearly in China.
        let zoom = 12;
        let tile = TileCoord::containing(101.67202, 21.18413, zoom);
        let img = render_tile(data(), tile, 256);
        let (bx, by) = tile.pixel_of(101.67202, 21.18413, 256);
        let boten = img.pixel(bx as u32, by as u32).expect("Boten in the tile");
        assert!(!is(boten, style::LAND), "Boten is on plain land: {boten:?}");
        // 6 km south, in Laos, beyond the band: plain land.
        let (img, (x, y)) = tile_at(101.67202, 21.13, zoom, 256);
        let south = img.pixel(x as u32, y as u32).expect("inside the tile");
        assert!(is(south, style::LAND), "{south:?}");
    }

    #[test]
    fn the_china_laos_border_is_drawn_at_mohan_boten() {
        // Boten, Laos: 21.18413°N 101.67202°E (https://en.m.wikipedia.org/wiki/Boten);
        // Mohan lies about a kilometre to the north across the border. The Natural
        // Earth 1:10m border is generalised: its nearest vertex to Boten is
        // 101.6702°E 21.1771°N (ne_10m_admin_0_boundary_lines_land.geojson), about
        // 0.6 km south-west of the town. So the check is that the border line is drawn
        // at that vertex and near Boten at zoom 8, the closest zoom where it is still a
        // solid line (closer, it becomes a band; see the test above).
        let zoom = 8;
        for size in [256, 512] {
            let (img, at) = tile_at(101.6702, 21.1771, zoom, size);
            let px = around(&img, at, 1);
            assert!(
                px.iter().any(|&p| is(p, style::BORDER)),
                "{size}px: no border colour at the border vertex"
            );
            let tile = TileCoord::containing(101.6702, 21.1771, zoom);
            let (bx, by) = tile.pixel_of(101.67202, 21.18413, size);
            let radius = i64::from(size / 256 * 20);
            let near_boten = around(&img, (bx as i64, by as i64), radius);
            assert!(near_boten.iter().any(|&p| is(p, style::BORDER)));
        }
    }

    #[test]
    fn a_z3_tile_over_asia_has_land_and_sea() {
        // Tile containing Kunming at z3 spans India to the Pacific.
        let (img, _) = tile_at(102.7, 25.0, 3, 256);
        let pixels: Vec<[u8; 4]> = img
            .rgba
            .chunks_exact(4)
            .map(|c| [c[0], c[1], c[2], c[3]])
            .collect();
        let land = pixels.iter().filter(|&&p| is_land(p)).count();
        let sea = pixels.iter().filter(|&&p| is(p, style::SEA)).count();
        assert!(land > 5_000 && sea > 5_000, "land {land}, sea {sea}");
    }

    #[test]
    fn land_continues_past_the_edge_of_the_detailed_data() {
        // Chengdu (104.07°E 30.67°N) is inside the box, Lanzhou (103.8°E 36.1°N) north
        // of it: both must be land, drawn from 1:10m and 1:110m data respectively.
        for (lon, lat) in [(104.07, 30.67), (103.8, 36.1), (80.0, 25.0)] {
            let (img, at) = tile_at(lon, lat, 6, 256);
            let px = around(&img, at, 1);
            assert!(px.iter().all(|&p| is_land(p)), "{lon},{lat}: {px:?}");
        }
    }

    #[test]
    fn a_tile_far_from_any_data_is_opaque_sea() {
        // Mid South Pacific, 140°W 30°S, z8.
        let (img, _) = tile_at(-140.0, -30.0, 8, 256);
        assert_eq!(img.rgba.len(), 256 * 256 * 4);
        assert!(
            img.rgba
                .chunks_exact(4)
                .all(|c| is([c[0], c[1], c[2], c[3]], style::SEA))
        );
        assert!(img.rgba.chunks_exact(4).all(|c| c[3] == 255));
    }

    #[test]
    fn tiles_at_deep_zoom_are_drawn_not_empty() {
        // z16 at Kunming: beyond the data's detail, still land.
        let (img, at) = tile_at(102.71, 25.04, 16, 256);
        assert!(around(&img, at, 2).iter().all(|&p| is_land(p)));
        // A nonsense zoom or tile index is sea, not a panic.
        let img = render_tile(
            data(),
            TileCoord {
                zoom: 40,
                x: u32::MAX,
                y: 7,
            },
            256,
        );
        assert_eq!(img.size_px, 256);
    }

    #[test]
    fn every_tile_from_z0_to_z4_renders() {
        for zoom in 0..=4u8 {
            let n = 1u32 << zoom;
            for x in 0..n {
                for y in 0..n {
                    let img = render_tile(data(), TileCoord { zoom, x, y }, 256);
                    assert_eq!(img.rgba.len(), 256 * 256 * 4);
                }
            }
        }
    }

    #[test]
    fn odd_sizes_are_clamped_not_refused() {
        let tile = TileCoord {
            zoom: 5,
            x: 25,
            y: 13,
        };
        assert_eq!(render_tile(data(), tile, 0).size_px, 1);
        assert_eq!(render_tile(data(), tile, 100_000).size_px, MAX_TILE_SIZE_PX);
    }

    #[test]
    fn hidpi_tiles_draw_lines_twice_as_wide_in_pixels() {
        // Count border pixels across the same z8 tile at 256 and 512 px: the 512 px
        // tile has four times the pixels and lines twice as wide, so at least about
        // four times as many border pixels (more, as anti-aliased edges take a smaller
        // share of a wider line), not merely twice (which would mean thin lines).
        let tile = TileCoord::containing(101.67, 21.18, 8);
        let count = |size| {
            render_tile(data(), tile, size)
                .rgba
                .chunks_exact(4)
                .filter(|c| is([c[0], c[1], c[2], c[3]], style::BORDER))
                .count() as f64
        };
        let ratio = count(512) / count(256).max(1.0);
        assert!((3.5..8.0).contains(&ratio), "ratio {ratio}");
    }

    /// Writes sample tiles to /tmp/tiles for a person to look at:
    /// `cargo test --release write_sample_tiles -- --ignored`.
    #[test]
    #[ignore = "writes PNG files for visual inspection"]
    fn write_sample_tiles() {
        let dir = std::path::Path::new("/tmp/tiles");
        std::fs::create_dir_all(dir).expect("create /tmp/tiles");
        let spots = [
            ("boten", 101.672, 21.184),
            ("luang_prabang", 102.136, 19.876),
            ("kunming", 102.71, 25.04),
        ];
        for (name, lon, lat) in spots {
            for zoom in [4u8, 5, 7, 10, 13] {
                for size in [256u32, 512] {
                    let centre = TileCoord::containing(lon, lat, zoom);
                    // A 3×3 block of tiles around the spot, stitched.
                    let big = size * 3;
                    let mut canvas = vec![0u8; (big * big * 4) as usize];
                    for dy in 0..3u32 {
                        for dx in 0..3u32 {
                            let tile = TileCoord {
                                zoom,
                                x: (centre.x + dx).saturating_sub(1),
                                y: (centre.y + dy).saturating_sub(1),
                            };
                            let img = render_tile(data(), tile, size);
                            for row in 0..size {
                                let src = (row * size * 4) as usize;
                                let dst = (((dy * size + row) * big + dx * size) * 4) as usize;
                                canvas[dst..dst + (size * 4) as usize]
                                    .copy_from_slice(&img.rgba[src..src + (size * 4) as usize]);
                            }
                        }
                    }
                    let size_int = tiny_skia::IntSize::from_wh(big, big).expect("size");
                    let pixmap = Pixmap::from_vec(canvas, size_int).expect("pixmap");
                    let path = dir.join(format!("{name}_z{zoom}_{size}.png"));
                    pixmap.save_png(&path).expect("write png");
                }
            }
        }
    }
}
