//! Writes the synthetic ~123 MB GeoJSON file the benchmarks use (see `big_geojson.rs`):
//! `cargo run --release --example gen_big_geojson -- OUT.geojson [FEATURES]`.

#[path = "big_geojson.rs"]
mod big_geojson;

use std::io::{BufWriter, Write};

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let Some(out) = args.next() else {
        eprintln!("usage: gen_big_geojson OUT.geojson [FEATURES]");
        std::process::exit(2);
    };
    let features = args
        .next()
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(big_geojson::FEATURES);
    let mut w = BufWriter::with_capacity(1 << 20, std::fs::File::create(&out)?);
    big_geojson::write_big_geojson(&mut w, features)?;
    w.flush()
}
