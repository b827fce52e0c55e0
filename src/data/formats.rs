//! The files delegates carry besides GeoJSON: Google Earth placemarks (KML, and KMZ, which
//! is KML zipped), GPS tracks and waypoints (GPX), and spreadsheets of sites saved as CSV
//! with longitude and latitude columns. Each is turned into GeoJSON text by a maintained
//! reader (georust's `kml` and `gpx`, the `csv` crate) and then goes through the one GeoJSON
//! reader, so every file gets the same checks, the same limits and the same messages.

use super::load::{LoadError, Problem};
use crate::i18n::{Arg, tr_args};
use serde_json::{Map, Value, json};
use std::io::Read;
use std::path::Path;

/// A file format the atlas opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// GeoJSON (and anything not recognised below, which the GeoJSON reader then explains).
    GeoJson,
    /// Google Earth KML.
    Kml,
    /// Google Earth KMZ: a ZIP holding a KML file.
    Kmz,
    /// GPS exchange format.
    Gpx,
    /// Comma-separated values with longitude and latitude columns.
    Csv,
}

/// At most this many bytes are unpacked from a KMZ: a small archive must not expand into
/// more than the atlas would read from a plain file.
const MAX_UNZIPPED_BYTES: u64 = super::load::MAX_FILE_BYTES;

/// Column names (compared without case) that hold longitudes and latitudes in the site
/// lists people keep: English, Chinese, French/Lao/Thai spreadsheets mostly use these.
const LON_COLUMNS: [&str; 8] = [
    "lon",
    "lng",
    "long",
    "longitude",
    "x",
    "经度",
    "longitud",
    "lon_dd",
];
const LAT_COLUMNS: [&str; 7] = ["lat", "latitude", "y", "纬度", "latitud", "lat_dd", "lati"];

/// Recognises the format from the file's first bytes, then its name's ending: a KML file
/// saved as `.xml` is still KML, and a CSV is only recognisable by its name.
pub fn detect(path: &Path, bytes: &[u8]) -> Format {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let trimmed = head.trim_start_matches('\u{feff}').trim_start();
    if bytes.starts_with(b"PK\x03\x04") && ext == "kmz" {
        Format::Kmz
    } else if trimmed.starts_with('<') && head.contains("<kml") {
        Format::Kml
    } else if trimmed.starts_with('<') && head.contains("<gpx") {
        Format::Gpx
    } else if ext == "csv" || ext == "tsv" {
        Format::Csv
    } else {
        Format::GeoJson
    }
}

/// GeoJSON text made from another format, and what did not convert (rows without
/// coordinates), to be reported beside the reader's own problems.
pub struct Converted {
    /// A FeatureCollection.
    pub geojson: Vec<u8>,
    /// What was skipped, in the reader's language.
    pub problems: Vec<Problem>,
}

/// Turns a KML, KMZ, GPX or CSV file into GeoJSON; `None` for GeoJSON itself.
pub fn to_geojson(format: Format, bytes: &[u8]) -> Option<Result<Converted, LoadError>> {
    let converted = match format {
        Format::GeoJson => return None,
        Format::Kml => from_kml(bytes),
        Format::Kmz => unzip_kml(bytes).and_then(|kml| from_kml(&kml)),
        Format::Gpx => from_gpx(bytes),
        Format::Csv => from_csv(bytes),
    };
    Some(converted)
}

fn unreadable(format: &str, reason: impl ToString) -> LoadError {
    LoadError::Unconvertible {
        message: tr_args(
            "load-convert-failed",
            &[
                ("format", Arg::from(format)),
                ("reason", Arg::from(reason.to_string())),
            ],
        ),
    }
}

fn collection(features: Vec<Value>, problems: Vec<Problem>) -> Result<Converted, LoadError> {
    let text = serde_json::to_vec(&json!({"type": "FeatureCollection", "features": features}))
        .map_err(|e| unreadable("GeoJSON", e))?;
    Ok(Converted {
        geojson: text,
        problems,
    })
}

fn feature(geometry: geo::Geometry<f64>, properties: Map<String, Value>) -> Value {
    json!({
        "type": "Feature",
        "geometry": geojson::Geometry::from(&geometry),
        "properties": properties,
    })
}

fn put(properties: &mut Map<String, Value>, key: &str, value: Option<&str>) {
    if let Some(v) = value.map(str::trim).filter(|v| !v.is_empty()) {
        properties.insert(key.to_owned(), Value::String(v.to_owned()));
    }
}

/// The first `.kml` inside a KMZ (Google Earth writes `doc.kml`), read up to the limit.
fn unzip_kml(bytes: &[u8]) -> Result<Vec<u8>, LoadError> {
    let mut archive =
        zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| unreadable("KMZ", e))?;
    let mut best: Option<(bool, usize, usize)> = None;
    for i in 0..archive.len() {
        let entry = archive.by_index(i).map_err(|e| unreadable("KMZ", e))?;
        let name = entry
            .name()
            .map_err(|e| unreadable("KMZ", e))?
            .to_ascii_lowercase();
        if name.ends_with(".kml") {
            // Google Earth's main document is doc.kml; otherwise the shortest path.
            let rank = (name != "doc.kml", name.len(), i);
            if best.is_none_or(|b| rank < b) {
                best = Some(rank);
            }
        }
    }
    let Some((_, _, index)) = best else {
        return Err(unreadable("KMZ", tr_args("load-kmz-no-kml", &[])));
    };
    let entry = archive.by_index(index).map_err(|e| unreadable("KMZ", e))?;
    let mut out = Vec::new();
    entry
        .take(MAX_UNZIPPED_BYTES + 1)
        .read_to_end(&mut out)
        .map_err(|e| unreadable("KMZ", e))?;
    if out.len() as u64 > MAX_UNZIPPED_BYTES {
        return Err(LoadError::TooLarge {
            size_bytes: out.len() as u64,
            limit_bytes: MAX_UNZIPPED_BYTES,
        });
    }
    Ok(out)
}

fn from_kml(bytes: &[u8]) -> Result<Converted, LoadError> {
    let text = std::str::from_utf8(bytes).map_err(|e| unreadable("KML", e))?;
    let kml: kml::Kml<f64> = text.parse().map_err(|e: kml::Error| unreadable("KML", e))?;
    let mut features = Vec::new();
    let mut skipped = 0usize;
    collect_placemarks(kml, &mut features, &mut skipped);
    let mut problems = Vec::new();
    if skipped > 0 {
        problems.push(Problem::at(
            None,
            tr_args("load-kml-skipped", &[("count", Arg::from(skipped))]),
        ));
    }
    collection(features, problems)
}

/// Placemarks in document order, through documents and folders at any depth.
fn collect_placemarks(k: kml::Kml<f64>, out: &mut Vec<Value>, skipped: &mut usize) {
    match k {
        kml::Kml::KmlDocument(doc) => {
            for e in doc.elements {
                collect_placemarks(e, out, skipped);
            }
        }
        kml::Kml::Document { elements, .. } => {
            for e in elements {
                collect_placemarks(e, out, skipped);
            }
        }
        kml::Kml::Folder(folder) => {
            for e in folder.elements {
                collect_placemarks(e, out, skipped);
            }
        }
        kml::Kml::Placemark(p) => {
            let geometry = p
                .geometry
                .and_then(|g| geo::Geometry::<f64>::try_from(g).ok());
            let Some(geometry) = geometry else {
                *skipped += 1;
                return;
            };
            let mut properties = Map::new();
            put(&mut properties, "name", p.name.as_deref());
            put(&mut properties, "description", p.description.as_deref());
            out.push(feature(geometry, properties));
        }
        _ => {}
    }
}

fn from_gpx(bytes: &[u8]) -> Result<Converted, LoadError> {
    let gpx = gpx::read(bytes).map_err(|e| unreadable("GPX", e))?;
    let mut features = Vec::new();
    for w in &gpx.waypoints {
        let mut properties = Map::new();
        put(&mut properties, "name", w.name.as_deref());
        put(&mut properties, "description", w.description.as_deref());
        if let Some(e) = w.elevation {
            properties.insert("elevation_m".into(), json!(e));
        }
        features.push(feature(geo::Geometry::Point(w.point()), properties));
    }
    for t in &gpx.tracks {
        let lines = t.multilinestring();
        if lines.0.iter().all(|l| l.0.is_empty()) {
            continue;
        }
        let mut properties = Map::new();
        put(&mut properties, "name", t.name.as_deref());
        put(&mut properties, "description", t.description.as_deref());
        features.push(feature(geo::Geometry::MultiLineString(lines), properties));
    }
    for r in &gpx.routes {
        if r.points.is_empty() {
            continue;
        }
        let mut properties = Map::new();
        put(&mut properties, "name", r.name.as_deref());
        put(&mut properties, "description", r.description.as_deref());
        features.push(feature(
            geo::Geometry::LineString(r.linestring()),
            properties,
        ));
    }
    collection(features, Vec::new())
}

fn from_csv(bytes: &[u8]) -> Result<Converted, LoadError> {
    let text = std::str::from_utf8(bytes).map_err(|e| unreadable("CSV", e))?;
    let text = text.trim_start_matches('\u{feff}');
    let first = text.lines().next().unwrap_or_default();
    let delimiter = [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| first.bytes().filter(|b| b == d).count())
        .unwrap_or(b',');
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| unreadable("CSV", e))?
        .iter()
        .map(|h| h.trim().to_owned())
        .collect();
    let find = |names: &[&str]| {
        headers
            .iter()
            .position(|h| names.contains(&h.to_lowercase().as_str()))
    };
    let (Some(lon), Some(lat)) = (find(&LON_COLUMNS), find(&LAT_COLUMNS)) else {
        return Err(unreadable(
            "CSV",
            tr_args(
                "load-csv-no-coordinates",
                &[("columns", Arg::from(headers.join(", ")))],
            ),
        ));
    };
    let mut features = Vec::new();
    let mut problems = Vec::new();
    for (row, record) in reader.records().enumerate() {
        // Line numbers as a spreadsheet shows them: the header is line 1.
        let line = row + 2;
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                problems.push(Problem::at(Some(line), e.to_string()));
                continue;
            }
        };
        let number = |i: usize| {
            record
                .get(i)
                .and_then(|v| v.trim().replace(',', ".").parse::<f64>().ok())
                .filter(|v| v.is_finite())
        };
        let (Some(x), Some(y)) = (number(lon), number(lat)) else {
            problems.push(Problem::at(
                Some(line),
                tr_args("load-csv-row-skipped", &[]),
            ));
            continue;
        };
        let mut properties = Map::new();
        for (i, value) in record.iter().enumerate() {
            if i == lon || i == lat {
                continue;
            }
            if let Some(key) = headers.get(i).filter(|k| !k.is_empty()) {
                put(&mut properties, key, Some(value));
            }
        }
        features.push(feature(
            geo::Geometry::Point(geo::Point::new(x, y)),
            properties,
        ));
    }
    collection(features, problems)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load::parse_geojson;

    fn converted(path: &str, text: &str) -> crate::data::load::ParsedCollection {
        let format = detect(Path::new(path), text.as_bytes());
        let c = to_geojson(format, text.as_bytes())
            .expect("not GeoJSON")
            .expect("converted");
        let mut parsed = parse_geojson(&c.geojson).expect("valid GeoJSON");
        parsed.problems.extend(c.problems);
        parsed
    }

    #[test]
    fn a_google_earth_placemark_keeps_its_name_and_position() {
        let kml = r#"<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Folder><name>Visit</name>
<Placemark><name>Boten station</name><description>Lao side</description>
<Point><coordinates>101.6716,21.1924,0</coordinates></Point></Placemark>
<Placemark><name>Road</name><LineString><coordinates>101.6,21.1 101.7,21.2</coordinates></LineString></Placemark>
</Folder></Document></kml>"#;
        let parsed = converted("sites.kml", kml);
        assert_eq!(parsed.features.len(), 2);
        let boten = &parsed.features[0];
        assert_eq!(boten.str_prop("name").as_deref(), Some("Boten station"));
        assert_eq!(boten.str_prop("description").as_deref(), Some("Lao side"));
        let Some(geo::Geometry::Point(p)) = &boten.geometry else {
            panic!("a point");
        };
        assert!((p.x() - 101.6716).abs() < 1e-9 && (p.y() - 21.1924).abs() < 1e-9);
    }

    #[test]
    fn a_kmz_is_unzipped_and_its_doc_kml_read() {
        use std::io::Write;
        let mut bytes = std::io::Cursor::new(Vec::new());
        {
            let mut zip = zip::ZipWriter::new(&mut bytes);
            let options = zip::write::SimpleFileOptions::default();
            zip.start_file("files/readme.txt", options).expect("entry");
            zip.write_all(b"not the document").expect("write");
            zip.start_file("doc.kml", options).expect("entry");
            zip.write_all(
                br#"<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>Mohan</name>
<Point><coordinates>101.7166,21.2544</coordinates></Point></Placemark></kml>"#,
            )
            .expect("write");
            zip.finish().expect("zip");
        }
        let bytes = bytes.into_inner();
        assert_eq!(detect(Path::new("visit.kmz"), &bytes), Format::Kmz);
        let c = to_geojson(Format::Kmz, &bytes)
            .expect("kmz")
            .expect("converted");
        let parsed = parse_geojson(&c.geojson).expect("GeoJSON");
        assert_eq!(
            parsed.features[0].str_prop("name").as_deref(),
            Some("Mohan")
        );
        let damaged = to_geojson(Format::Kmz, &bytes[..bytes.len() / 2]).expect("kmz");
        assert!(
            damaged.is_err(),
            "half an archive is a named error, not a panic"
        );
    }

    #[test]
    fn a_gps_track_and_its_waypoints_become_features() {
        let gpx = r#"<?xml version="1.0"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
<wpt lat="21.19" lon="101.67"><name>Checkpoint</name></wpt>
<trk><name>Drive</name><trkseg><trkpt lat="21.19" lon="101.67"/><trkpt lat="21.25" lon="101.71"/></trkseg></trk>
</gpx>"#;
        let parsed = converted("drive.gpx", gpx);
        let names: Vec<_> = parsed.features.iter().map(|f| f.str_prop("name")).collect();
        let names: Vec<Option<&str>> = names.iter().map(Option::as_deref).collect();
        assert_eq!(names, [Some("Checkpoint"), Some("Drive")]);
        assert!(matches!(
            parsed.features[1].geometry,
            Some(geo::Geometry::MultiLineString(_))
        ));
    }

    #[test]
    fn a_site_list_with_lon_lat_columns_opens_and_bad_rows_are_named() {
        let csv = "name;Latitude;Longitude;note\nMohan;21.2544;101.7166;port\nNowhere;;;x\nBoten;21,1924;101,6716;decimal commas\n";
        let parsed = converted("sites.csv", csv);
        assert_eq!(parsed.features.len(), 2);
        assert_eq!(
            parsed.features[1].str_prop("name").as_deref(),
            Some("Boten")
        );
        let Some(geo::Geometry::Point(p)) = &parsed.features[1].geometry else {
            panic!("a point");
        };
        assert!((p.x() - 101.6716).abs() < 1e-9);
        assert_eq!(parsed.problems.len(), 1);
        assert_eq!(parsed.problems[0].line, Some(3));
    }

    #[test]
    fn a_table_without_coordinate_columns_says_which_columns_it_has() {
        let format = detect(Path::new("list.csv"), b"site,province\nA,B\n");
        let err = to_geojson(format, b"site,province\nA,B\n")
            .expect("csv")
            .err()
            .expect("no coordinates");
        assert!(err.to_string().contains("site, province"), "{err}");
    }

    #[test]
    fn geojson_and_unknown_files_are_left_to_the_geojson_reader() {
        assert_eq!(detect(Path::new("a.geojson"), b"{}"), Format::GeoJson);
        assert_eq!(detect(Path::new("a.json"), b"<html>"), Format::GeoJson);
        assert!(to_geojson(Format::GeoJson, b"{}").is_none());
    }
}
