//! Colours and line widths of the embedded offline basemap.
//!
//! The basemap is the quiet background under the corridor overlays, shown on
//! projectors that wash out dark and low-contrast themes. So the palette is light and
//! warm, water is clearly blue, and borders are dark enough to read from the back of a
//! room. The rasteriser (`map::raster`) and the legend both read these values, so a
//! colour changed here changes the map and its legend together.
//!
//! Widths are in points: pixels of a 256-pixel tile. A tile rendered at 512 pixels for a
//! HiDPI screen multiplies them by `size_px / 256`, so lines stay the same size on
//! screen and come out sharp rather than blurred by scaling.

use egui::Color32;

/// Open sea and every place without data. Pale so the coastline reads and a projector
/// does not turn it into a dark block; it is also what a tile far outside the data
/// shows, so the map is never an empty grey.
pub const SEA: Color32 = Color32::from_rgb(0xD6, 0xEA, 0xF8);

/// Land. A warm off-white that keeps dark overlay lines and text at high contrast.
pub const LAND: Color32 = Color32::from_rgb(0xF6, 0xF1, 0xE4);

/// Country tints, by Natural Earth's `mapcolor7` (1‥7, chosen so that neighbours never
/// share a colour): a classic atlas palette of muted pastels. They tell China from Laos
/// from Myanmar at a glance, stay well below the corridor overlays in strength, and keep
/// apart in hue (not only in lightness) so a washed-out projector still shows them.
pub const COUNTRY_TINTS: [Color32; 7] = [
    Color32::from_rgb(0xF1, 0xE3, 0xB8), // 1 sand (Laos)
    Color32::from_rgb(0xE2, 0xD8, 0xEC), // 2 lavender (Myanmar)
    Color32::from_rgb(0xD7, 0xE8, 0xC9), // 3 sage (Thailand)
    Color32::from_rgb(0xF4, 0xD9, 0xC6), // 4 peach (China)
    Color32::from_rgb(0xF2, 0xD3, 0xDA), // 5 rose (Viet Nam)
    Color32::from_rgb(0xE6, 0xE2, 0xC4), // 6 khaki (Cambodia)
    Color32::from_rgb(0xDC, 0xE4, 0xEC), // 7 grey-blue
];

/// The country tint for Natural Earth `mapcolor7` value `index` (1‥7); plain land for
/// anything else.
pub fn country_tint(index: u8) -> Color32 {
    usize::from(index)
        .checked_sub(1)
        .and_then(|i| COUNTRY_TINTS.get(i))
        .copied()
        .unwrap_or(LAND)
}

/// How much of the country tint shows at `zoom`, 0‥1. The tints come from the 1:50m
/// country outlines, which wander up to a few kilometres from the 1:10m border line;
/// from zoom 9 on that shows, so the tints fade into plain land and the border line
/// alone marks the boundary.
pub fn country_tint_strength(zoom: u8) -> f32 {
    match zoom {
        0..=8 => 1.0,
        9 => 0.6,
        10 => 0.3,
        _ => 0.0,
    }
}

/// Built-up areas (Natural Earth 1:50m urban areas: Kunming, Yuxi, Hanoi, Chiang Mai…):
/// a warm grey that reads as "town" on every country tint.
pub const URBAN: Color32 = Color32::from_rgb(0xD9, 0xC3, 0xB5);

/// Opacity of the shaded relief at `zoom`, 0‥1. The relief has 3.7 km pixels: crisp
/// enough at the region view, blurred blobs from about zoom 8, so it fades out there.
pub fn relief_opacity(zoom: u8) -> f32 {
    match zoom {
        0..=6 => 1.0,
        7 => 0.7,
        8 => 0.35,
        _ => 0.0,
    }
}

/// Town symbols: a dark warm grey dot with a white ring, sized by population.
pub const TOWN_DOT: Color32 = Color32::from_rgb(0x5A, 0x4E, 0x48);

/// Radius of a town symbol in points for a population (Natural Earth `pop_max`): from
/// 2 points for a village to 5.5 for a city of millions, growing with the logarithm.
pub fn town_dot_radius_pt(population: Option<u64>) -> f32 {
    let p = population.unwrap_or(10_000).max(1_000) as f32;
    (2.0 + (p.log10() - 4.0) * 1.2).clamp(2.0, 5.5)
}

/// Country names: a muted warm grey, large and letter-spaced, so they name the tint
/// without competing with town and corridor labels.
pub const COUNTRY_LABEL: Color32 = Color32::from_rgb(0x7A, 0x66, 0x5C);

/// River names: the river blue, darkened for legibility.
pub const RIVER_LABEL: Color32 = Color32::from_rgb(0x1F, 0x4F, 0x99);

/// How far the drawn international border may lie from the true one, metres. Natural
/// Earth's 1:10m line is generalised: sourced points on the border (Boten 0.7 km, the
/// Golden Triangle SEZ 0.7 km, Myawaddy 1.8 km from the line) can fall on its wrong
/// side. Zoomed in beyond the point where this error spans a few pixels, the border is
/// drawn as a pale band this wide on each side with a thin dashed line in it, so the
/// map does not claim a precision the data does not have.
pub const BORDER_UNCERTAINTY_M: f64 = 2_000.0;

/// The zoom from which the border is drawn as an uncertain band (at zoom 9 the 2 km
/// error is about 7 pixels at the corridor's latitude).
pub const BORDER_UNCERTAIN_MIN_ZOOM: u8 = 9;

/// The dashed border line drawn inside the band when zoomed in.
pub const BORDER_UNCERTAIN: Color32 = Color32::from_rgb(0x8E, 0x6A, 0x90);

/// The pale band showing where the true border may run when zoomed in.
pub const BORDER_UNCERTAIN_BAND: Color32 =
    Color32::from_rgba_unmultiplied_const(0xC9, 0x9A, 0xC8, 0x38);

/// Dash pattern of the zoomed-in border line, in points: dash then gap.
pub const BORDER_UNCERTAIN_DASH_PT: [f32; 2] = [7.0, 4.0];

/// Whether the border is drawn as an uncertain band at `zoom`.
pub fn border_is_uncertain(zoom: u8) -> bool {
    zoom >= BORDER_UNCERTAIN_MIN_ZOOM
}

/// Width of the dashed border line inside the uncertain band, points.
pub const BORDER_UNCERTAIN_WIDTH_PT: f32 = 1.4;

/// Lakes and reservoirs (Tonle Sap, Nam Ngum…): a touch deeper than the sea so
/// small inland lakes stand out against land.
pub const LAKE: Color32 = Color32::from_rgb(0xBF, 0xDD, 0xF4);

/// Thin line along coasts and lake shores, so land and water separate even where a
/// projector flattens the two pale fills.
pub const COAST: Color32 = Color32::from_rgb(0x8F, 0xB8, 0xD6);

/// Rivers other than the Lancang–Mekong: clearly blue, but lighter and thinner than
/// the Mekong so they never compete with it.
pub const RIVER: Color32 = Color32::from_rgb(0x5B, 0x9B, 0xD5);

/// The Lancang–Mekong, the river the corridor is named after: a deep, saturated blue,
/// drawn wider than any other river at every zoom.
pub const MEKONG: Color32 = Color32::from_rgb(0x1F, 0x5F, 0xBF);

/// Pale band under the Mekong that lifts it off the land and off crossing borders.
pub const MEKONG_HALO: Color32 = Color32::from_rgb(0xD2, 0xE6, 0xF7);

/// Outlines of Chinese provinces (Yunnan, Guangxi…): subtle, so they place the corridor
/// within China without looking like international borders.
pub const PROVINCE: Color32 = Color32::from_rgb(0xC4, 0xB2, 0xA4);

/// International land borders: a dark plum line, the darkest thing on the basemap
/// after the Mekong, so border crossings (Mohan–Boten, Hekou–Lao Cai) are obvious.
pub const BORDER: Color32 = Color32::from_rgb(0x6B, 0x3E, 0x6E);

/// Soft translucent band along each border, drawn under the water layers so a river
/// that forms the border (the Mekong between Laos and Thailand) stays blue, with the
/// dark border line on top of it.
pub const BORDER_HALO: Color32 = Color32::from_rgba_unmultiplied_const(0xC9, 0x9A, 0xC8, 0x90);

/// Disputed or claimed boundary lines, drawn dashed in this colour so nobody mistakes
/// them for an agreed border.
pub const DISPUTED: Color32 = Color32::from_rgb(0x8A, 0x6A, 0x8C);

/// Dash pattern of disputed lines, in points: dash length then gap length.
pub const DISPUTED_DASH_PT: [f32; 2] = [5.0, 3.5];

/// The lowest zoom at which province outlines are drawn: below it a province outline
/// is clutter at the scale of the whole region.
pub const PROVINCE_MIN_ZOOM: u8 = 4;

/// The highest zoom at which province outlines are drawn. The DCW outlines are
/// simplified to about 200 m and do not follow the Natural Earth border exactly; from
/// z9 on they would show as a second, misleading border line several pixels (a few
/// hundred metres to a kilometre) off the drawn one.
pub const PROVINCE_MAX_ZOOM: u8 = 8;

/// Width of coast and lake-shore lines at `zoom`, in points.
pub fn coast_width_pt(zoom: u8) -> f32 {
    match zoom {
        0..=5 => 0.5,
        6..=8 => 0.7,
        _ => 0.9,
    }
}

/// Width of province outlines at `zoom`, in points; `None` when they are not drawn.
pub fn province_width_pt(zoom: u8) -> Option<f32> {
    match zoom {
        z if !(PROVINCE_MIN_ZOOM..=PROVINCE_MAX_ZOOM).contains(&z) => None,
        0..=5 => Some(0.6),
        6..=9 => Some(0.9),
        _ => Some(1.2),
    }
}

/// The least important river (largest Natural Earth `scalerank`, 1 = most important)
/// drawn at `zoom`: the region view shows only the great rivers, a border crossing
/// shows every river in the data.
pub fn river_max_scalerank(zoom: u8) -> u8 {
    match zoom {
        0..=3 => 2,
        4 => 4,
        5 => 6,
        6 => 7,
        7 => 8,
        _ => u8::MAX,
    }
}

/// Base width of a river line at `zoom`, in points, growing with zoom so that rivers
/// stay visible as the map gets more detailed.
fn river_base_width_pt(zoom: u8) -> f32 {
    (0.45 + 0.25 * (f32::from(zoom) - 3.0)).clamp(0.6, 3.2)
}

/// Width of a river line of Natural Earth `scalerank` at `zoom`, in points; `None`
/// when a river that minor is not drawn at that zoom.
pub fn river_width_pt(zoom: u8, scalerank: u8) -> Option<f32> {
    if scalerank > river_max_scalerank(zoom) {
        return None;
    }
    let importance = match scalerank {
        0..=3 => 1.25,
        4..=6 => 1.0,
        _ => 0.75,
    };
    Some(river_base_width_pt(zoom) * importance)
}

/// Width of the Lancang–Mekong at `zoom`, in points: about twice a major river, and
/// never thinner than 2 points even at the whole-region view.
pub fn mekong_width_pt(zoom: u8) -> f32 {
    (river_base_width_pt(zoom) * 2.0).max(2.0)
}

/// Width of the pale halo drawn under the Mekong at `zoom`, in points.
pub fn mekong_halo_width_pt(zoom: u8) -> f32 {
    mekong_width_pt(zoom) + 2.0
}

/// Width of international border lines at `zoom`, in points.
pub fn border_width_pt(zoom: u8) -> f32 {
    (0.9 + 0.2 * f32::from(zoom.saturating_sub(3))).min(2.8)
}

/// Width of the soft band under border lines at `zoom`, in points.
pub fn border_halo_width_pt(zoom: u8) -> f32 {
    border_width_pt(zoom) * 3.0 + 1.0
}

/// Width of dashed disputed lines at `zoom`, in points.
pub fn disputed_width_pt(zoom: u8) -> f32 {
    border_width_pt(zoom) * 0.8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mekong_is_wider_than_any_other_river_at_every_zoom() {
        for zoom in 0..=20 {
            for rank in 0..=10 {
                if let Some(width) = river_width_pt(zoom, rank) {
                    assert!(mekong_width_pt(zoom) > width, "z{zoom} rank {rank}");
                }
            }
        }
    }

    #[test]
    fn tints_and_relief_fade_out_as_their_data_gets_too_coarse() {
        assert_eq!(country_tint_strength(5), 1.0);
        assert_eq!(country_tint_strength(12), 0.0);
        assert_eq!(relief_opacity(6), 1.0);
        assert_eq!(relief_opacity(9), 0.0);
        assert!(relief_opacity(7) > relief_opacity(8));
        assert_eq!(country_tint(0), LAND);
        assert_eq!(country_tint(4), COUNTRY_TINTS[3]);
        assert!(town_dot_radius_pt(Some(3_000_000)) > town_dot_radius_pt(Some(20_000)));
    }

    #[test]
    fn minor_rivers_and_provinces_appear_only_at_useful_zooms() {
        assert_eq!(river_width_pt(4, 9), None);
        assert_eq!(province_width_pt(3), None);
        assert_eq!(province_width_pt(12), None);
        assert!(province_width_pt(7).is_some());
        assert!(river_width_pt(4, 2).is_some());
        assert!(river_width_pt(10, 9).is_some());
    }

    #[test]
    fn river_and_border_widths_grow_with_zoom() {
        assert!(river_width_pt(12, 2) > river_width_pt(5, 2));
        assert!(border_width_pt(12) > border_width_pt(4));
        assert!(border_halo_width_pt(8) > border_width_pt(8));
    }

    #[test]
    fn water_land_and_borders_are_distinct_colours() {
        let mut all = vec![
            SEA, LAND, LAKE, RIVER, MEKONG, BORDER, PROVINCE, COAST, URBAN,
        ];
        all.extend(COUNTRY_TINTS);
        for (i, a) in all.iter().enumerate() {
            for b in all.iter().skip(i + 1) {
                assert_ne!(a, b);
            }
        }
    }
}
