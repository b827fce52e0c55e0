//! Web Mercator, written once. The map (walkers), the basemap's tiles, the relief, the
//! camera and the dense-layer tiles all work in this projection; each used to carry its
//! own copy with its own latitude clamp, so a feature near the edge of one could land a
//! pixel away in another.
//!
//! Unit coordinates run from 0 to 1 across the square world map: x from the antimeridian
//! eastward, y from the north edge (±[`MAX_LAT_DEG`]) southward. A tile of zoom `z` is
//! `1 / 2^z` units wide.

use std::f64::consts::PI;

/// The latitude (degrees) at which the square Web Mercator map ends: atan(sinh π).
pub const MAX_LAT_DEG: f64 = 85.051_128_779_806_59;

/// A point in unit coordinates, `[x, y]`.
pub type UnitPoint = [f64; 2];

/// Unit x of a longitude in degrees.
pub fn unit_x(lon_deg: f64) -> f64 {
    (lon_deg + 180.0) / 360.0
}

/// Unit y of a latitude in degrees; latitudes beyond ±[`MAX_LAT_DEG`] are clamped to the
/// edge of the square map.
pub fn unit_y(lat_deg: f64) -> f64 {
    let lat = lat_deg.clamp(-MAX_LAT_DEG, MAX_LAT_DEG).to_radians();
    0.5 - lat.tan().asinh() / (2.0 * PI)
}

/// Longitude (degrees) of a unit x.
pub fn lon_of_unit_x(x: f64) -> f64 {
    x * 360.0 - 180.0
}

/// Latitude (degrees) of a unit y.
pub fn lat_of_unit_y(y: f64) -> f64 {
    (PI * (1.0 - 2.0 * y)).sinh().atan().to_degrees()
}

/// Unit coordinates of a WGS84 longitude and latitude in degrees.
pub fn to_unit(lon_deg: f64, lat_deg: f64) -> UnitPoint {
    [unit_x(lon_deg), unit_y(lat_deg)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_corridor_round_trips_and_the_edges_are_where_tiles_end() {
        for (lon, lat) in [(102.7, 25.0), (101.6, 21.2), (102.6, 17.97), (-70.0, -33.0)] {
            let [x, y] = to_unit(lon, lat);
            assert!((lon_of_unit_x(x) - lon).abs() < 1e-9);
            assert!((lat_of_unit_y(y) - lat).abs() < 1e-9);
        }
        assert_eq!(to_unit(0.0, 0.0), [0.5, 0.5]);
        assert!(unit_y(MAX_LAT_DEG).abs() < 1e-12);
        assert!((unit_y(-90.0) - 1.0).abs() < 1e-12, "the poles are clamped");
        assert!((lat_of_unit_y(0.0) - MAX_LAT_DEG).abs() < 1e-9);
    }
}
