//! The shaded relief drawn into the basemap's land at low zoom, so the mountains of
//! Yunnan and northern Laos (the terrain the railway bridges and tunnels through) read at
//! the region view.
//!
//! The source is a 2′ (≈3.7 km) RGB picture with a hypsometric tint and water
//! (`geodata/basemap/shaded_relief_ne_2arcmin.png` and its `.pgw` world file; see
//! `geodata/basemap/PROVENANCE.md`), not elevation values. Its colours mix the height
//! tint with the hill shading, and the atlas has its own land tints, so only the shading
//! is kept: the brightness of each pixel minus the mean brightness around it. A plain
//! (the Vientiane plain) has no local contrast and stays flat; a lit flank turns light,
//! a shaded flank dark. The result is stored re-projected to Web Mercator rows as a
//! premultiplied overlay of black (shade) and white (light) with varying alpha, which the
//! rasteriser lays over the land with one bilinear pattern fill per tile.

use tiny_skia::{Pixmap, PremultipliedColorU8};

use super::basemap::{UnitRect, web_mercator_unit};
use super::mercator::lat_of_unit_y;

/// Half-width of the window whose mean brightness is taken away, in source pixels: 6
/// pixels (≈22 km) keeps ridges and valleys and drops the height tint of whole plateaus.
const MEAN_RADIUS_PX: usize = 6;
/// How strongly local contrast turns into shade: the brightness differences of the
/// source are a few hundredths, so they are scaled up to a visible overlay.
const GAIN: f32 = 3.5;
/// Opacity of the black overlay at full shade.
const MAX_SHADE_ALPHA: f32 = 0.45;
/// Opacity of the white overlay at full light: less than the shade, so the land tints
/// keep their colour on sunlit slopes.
const MAX_LIGHT_ALPHA: f32 = 0.3;
/// A source pixel is water when its blue exceeds its red by this much (0‥255) and is
/// at least its green: the source paints sea and big lakes pale blue.
const WATER_BLUE_MARGIN: u8 = 15;

/// The relief overlay, ready to draw: premultiplied RGBA rows in Web-Mercator spacing,
/// covering `rect` in unit coordinates.
#[derive(Debug)]
pub struct Relief {
    pub(crate) pixmap: Pixmap,
    pub(crate) rect: UnitRect,
}

/// Why the relief could not be used; the basemap is then drawn without it.
#[derive(Debug, thiserror::Error)]
pub enum ReliefError {
    /// The PNG could not be decoded.
    #[error("the shaded relief image could not be decoded")]
    Image,
    /// The world file does not hold six numbers with a positive pixel width and a
    /// negative pixel height (north up).
    #[error("the shaded relief world file is not a north-up ESRI world file")]
    WorldFile,
}

/// Edges of the image in degrees: west, north, east, south.
fn extent(world_file: &str, width: u32, height: u32) -> Result<[f64; 4], ReliefError> {
    let numbers: Vec<f64> = world_file
        .split_whitespace()
        .map(str::parse::<f64>)
        .collect::<Result<_, _>>()
        .map_err(|_| ReliefError::WorldFile)?;
    let [a, d, b, e, c, f] = numbers[..] else {
        return Err(ReliefError::WorldFile);
    };
    if a <= 0.0 || e >= 0.0 || d != 0.0 || b != 0.0 {
        return Err(ReliefError::WorldFile);
    }
    // The world file names the centre of the upper-left pixel.
    let west = c - a / 2.0;
    let north = f - e / 2.0;
    Ok([
        west,
        north,
        west + a * f64::from(width),
        north + e * f64::from(height),
    ])
}

/// Signed shade per source pixel, −1 (darkest) ‥ 1 (lightest), 0 on water.
fn shade_grid(image: &Pixmap) -> Vec<f32> {
    let (w, h) = (image.width() as usize, image.height() as usize);
    let pixels = image.pixels();
    let mut lum = vec![0f32; w * h];
    let mut land = vec![0f32; w * h];
    for (i, p) in pixels.iter().enumerate() {
        let (r, g, b) = (p.red(), p.green(), p.blue());
        let water = b >= g && b > r.saturating_add(WATER_BLUE_MARGIN);
        if !water {
            lum[i] =
                (0.2126 * f32::from(r) + 0.7152 * f32::from(g) + 0.0722 * f32::from(b)) / 255.0;
            land[i] = 1.0;
        }
    }
    // Summed-area tables of brightness and of land, for the mean over land around each
    // pixel (water does not pull the coast's mean down).
    let sat = |v: &[f32]| {
        let mut s = vec![0f64; (w + 1) * (h + 1)];
        for y in 0..h {
            let mut row = 0f64;
            for x in 0..w {
                row += f64::from(v[y * w + x]);
                s[(y + 1) * (w + 1) + x + 1] = s[y * (w + 1) + x + 1] + row;
            }
        }
        s
    };
    let (sl, sw) = (sat(&lum), sat(&land));
    let sum = |s: &[f64], x0: usize, y0: usize, x1: usize, y1: usize| {
        s[y1 * (w + 1) + x1] - s[y0 * (w + 1) + x1] - s[y1 * (w + 1) + x0] + s[y0 * (w + 1) + x0]
    };
    let mut out = vec![0f32; w * h];
    for y in 0..h {
        for x in 0..w {
            let i = y * w + x;
            if land[i] == 0.0 {
                continue;
            }
            let (x0, x1) = (
                x.saturating_sub(MEAN_RADIUS_PX),
                (x + MEAN_RADIUS_PX + 1).min(w),
            );
            let (y0, y1) = (
                y.saturating_sub(MEAN_RADIUS_PX),
                (y + MEAN_RADIUS_PX + 1).min(h),
            );
            let n = sum(&sw, x0, y0, x1, y1).max(1.0);
            let mean = (sum(&sl, x0, y0, x1, y1) / n) as f32;
            out[i] = ((lum[i] - mean) * GAIN).clamp(-1.0, 1.0) * edge_fade(x, y, w, h);
        }
    }
    out
}

/// How many source pixels (2′ each, ≈ 0.8°) the relief takes to fade in from the edge of
/// the picture, so where it ends the shading thins out instead of stopping on a straight
/// line across the land.
const EDGE_FADE_PX: f32 = 24.0;

/// 0 at the picture's edge, rising to 1 at [`EDGE_FADE_PX`] inside it.
fn edge_fade(x: usize, y: usize, w: usize, h: usize) -> f32 {
    let d = x
        .min(y)
        .min(w.saturating_sub(1 + x))
        .min(h.saturating_sub(1 + y));
    (d as f32 / EDGE_FADE_PX).min(1.0)
}

impl Relief {
    /// Decodes the embedded relief picture and turns it into the overlay.
    pub fn decode(png: &[u8], world_file: &str) -> Result<Relief, ReliefError> {
        let image = Pixmap::decode_png(png).map_err(|_| ReliefError::Image)?;
        let (w, h) = (image.width() as usize, image.height() as usize);
        let [west, north, east, south] = extent(world_file, image.width(), image.height())?;
        let shade = shade_grid(&image);
        let nw = web_mercator_unit(west, north);
        let se = web_mercator_unit(east, south);
        let mut pixmap = Pixmap::new(image.width(), image.height()).ok_or(ReliefError::Image)?;
        let deg_per_row = (north - south) / h as f64;
        let pixels = pixmap.pixels_mut();
        for row in 0..h {
            // The latitude at this Mercator row's centre, and the source rows around it.
            let uy = nw[1] + (row as f64 + 0.5) / h as f64 * (se[1] - nw[1]);
            let src = ((north - lat_of_unit_y(uy)) / deg_per_row - 0.5).clamp(0.0, (h - 1) as f64);
            let (r0, t) = (src.floor() as usize, (src - src.floor()) as f32);
            let r1 = (r0 + 1).min(h - 1);
            for x in 0..w {
                let s = shade[r0 * w + x] * (1.0 - t) + shade[r1 * w + x] * t;
                let (value, alpha) = if s < 0.0 {
                    (0u8, -s * MAX_SHADE_ALPHA)
                } else {
                    let a = s * MAX_LIGHT_ALPHA;
                    ((a * 255.0).round() as u8, a)
                };
                let a = (alpha * 255.0).round().clamp(0.0, 255.0) as u8;
                let v = value.min(a);
                if let (Some(px), Some(c)) = (
                    pixels.get_mut(row * w + x),
                    PremultipliedColorU8::from_rgba(v, v, v, a),
                ) {
                    *px = c;
                }
            }
        }
        Ok(Relief {
            pixmap,
            rect: UnitRect { min: nw, max: se },
        })
    }

    /// The overlay's shade at a WGS84 point: negative darkens, positive lightens,
    /// 0 is flat; `None` outside the image. For tests and for checking the data.
    pub fn shade_at(&self, lon: f64, lat: f64) -> Option<f32> {
        let [ux, uy] = web_mercator_unit(lon, lat);
        let (w, h) = (self.pixmap.width(), self.pixmap.height());
        let fx = (ux - self.rect.min[0]) / (self.rect.max[0] - self.rect.min[0]) * f64::from(w);
        let fy = (uy - self.rect.min[1]) / (self.rect.max[1] - self.rect.min[1]) * f64::from(h);
        if !(0.0..f64::from(w)).contains(&fx) || !(0.0..f64::from(h)).contains(&fy) {
            return None;
        }
        let px = self.pixmap.pixel(fx as u32, fy as u32)?;
        let a = f32::from(px.alpha()) / 255.0;
        Some(if px.red() > 0 {
            a / MAX_LIGHT_ALPHA
        } else {
            -a / MAX_SHADE_ALPHA
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_world_file_gives_the_image_edges() {
        let wf = "0.0333333333\n0.0\n0.0\n-0.0333333333\n97.0166666667\n26.4833333333\n";
        let [w, n, e, s] = extent(wf, 285, 315).expect("a valid world file");
        assert!((w - 97.0).abs() < 1e-6 && (n - 26.5).abs() < 1e-6);
        assert!((e - 106.5).abs() < 1e-6 && (s - 16.0).abs() < 1e-6);
        assert!(extent("1 2 3", 10, 10).is_err());
        assert!(
            extent("0.1 0 0 0.1 0 0", 10, 10).is_err(),
            "south-up is refused"
        );
    }

    #[test]
    fn the_relief_fades_out_towards_the_edges_of_the_picture() {
        assert_eq!(edge_fade(0, 100, 285, 315), 0.0);
        assert_eq!(edge_fade(150, 314, 285, 315), 0.0);
        assert!((edge_fade(12, 150, 285, 315) - 0.5).abs() < 1e-6);
        assert_eq!(edge_fade(150, 150, 285, 315), 1.0);
    }

    #[test]
    fn a_damaged_image_is_an_error_not_a_panic() {
        assert!(Relief::decode(b"not a png", "0.1 0 0 -0.1 0 0").is_err());
    }
}
