//! Memory and build time of the search index over many names, and a dump of query results
//! so that two builds of the index can be compared hit for hit.
//!
//! A file of 2,000,000 named points is within the import limit, and its names index is
//! most of what the window holds for it beyond the features themselves, so the index's
//! bytes per name decide whether such a file fits a border-site laptop.
//!
//! `cargo run --release --example search_memory -- 2000000` prints build time, memory per
//! name and two query times (`-- 2000000 lean` the same for a lean index, the kind layers
//! of more than `LEAN_INDEX_ABOVE` names get); `-- dump` prints the hits of many queries over 30,000 mixed
//! names in several scripts (redirect to a file and diff).

use std::time::Instant;

use mekong_atlas::search::SearchIndex;
use mekong_atlas::stats::memory_bytes;

/// A fixed pseudo-random sequence, so every run indexes the same names.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as usize
    }
}

fn mib(bytes: u64) -> f64 {
    bytes as f64 / 1_048_576.0
}

fn measure(size: u32, lean: bool) {
    let before = memory_bytes("VmRSS:").unwrap_or(0);
    let start = Instant::now();
    let mut index = if lean {
        SearchIndex::lean()
    } else {
        SearchIndex::new()
    };
    for n in 0..size {
        index.insert(n, &format!("site {n}"));
    }
    index.shrink_to_fit();
    let build = start.elapsed();
    let after = memory_bytes("VmRSS:").unwrap_or(0);
    let peak = memory_bytes("VmHWM:").unwrap_or(0);
    let grown = after.saturating_sub(before);
    println!(
        "{size} names: built in {:.2} s, index {:.1} MiB ({:.0} B per name), process peak {:.1} MiB",
        build.as_secs_f64(),
        mib(grown),
        grown as f64 / f64::from(size.max(1)),
        mib(peak)
    );
    for query in [
        format!("site {}", size / 2),
        "stie 1234".to_owned(),
        "s".to_owned(),
        "12345".to_owned(),
    ] {
        let start = Instant::now();
        let hits = index.query(&query, 10);
        println!(
            "query {query:?}: {} hits, first {:?}, {:.1} ms",
            hits.len(),
            hits.first().map(|h| (h.key, h.name.as_str())),
            start.elapsed().as_secs_f64() * 1e3
        );
    }
}

fn dump() {
    const SYLLABLES: &[&str] = &[
        "ban",
        "na",
        "muang",
        "xay",
        "vieng",
        "sai",
        "lu",
        "ming",
        "xi",
        "shuang",
        "li",
        "phu",
        "bo",
        "ten",
        "vang",
        "lào",
        "cai",
        "Đồng",
        "磨",
        "憨",
        "勐",
        "腊",
        "ບໍ່",
        "ເຕັນ",
        "หลวง",
        "station",
        "zone",
        "port",
    ];
    let mut random = Lcg(7);
    let word = |random: &mut Lcg| {
        let mut w = String::new();
        for _ in 0..1 + random.next() % 3 {
            w.push_str(SYLLABLES[random.next() % SYLLABLES.len()]);
        }
        w
    };
    let mut index = SearchIndex::new();
    let mut names = Vec::new();
    for n in 0..30_000u32 {
        let name = if n.is_multiple_of(3) {
            format!("site {n}")
        } else {
            let words: Vec<String> = (0..1 + random.next() % 3)
                .map(|_| word(&mut random))
                .collect();
            words.join(" ")
        };
        index.insert(n / 2, &name);
        names.push(name);
    }
    index.remove_where(|key| key % 97 == 0);
    let mut queries: Vec<String> = vec![
        "s".into(),
        "磨".into(),
        "site 12".into(),
        "vang veing".into(),
    ];
    for _ in 0..400 {
        let name = &names[random.next() % names.len()];
        let chars: Vec<char> = name.chars().collect();
        let cut = 1 + random.next() % chars.len().max(1);
        let mut query: String = chars[..cut.min(chars.len())].iter().collect();
        if random.next().is_multiple_of(3) && query.chars().count() > 3 {
            let mut c: Vec<char> = query.chars().collect();
            let i = random.next() % (c.len() - 1);
            c.swap(i, i + 1);
            query = c.into_iter().collect();
        }
        queries.push(query);
    }
    for query in &queries {
        let hits = index.query(query, 10);
        let shown: Vec<String> = hits
            .iter()
            .map(|h| format!("{}:{}:{:.3}", h.key, h.name, h.score))
            .collect();
        println!("{query} => {}", shown.join(" | "));
    }
}

fn main() {
    let lean = std::env::args().nth(2).as_deref() == Some("lean");
    match std::env::args().nth(1).as_deref() {
        Some("dump") => dump(),
        Some(size) => match size.parse() {
            Ok(size) => measure(size, lean),
            Err(_) => eprintln!("usage: search_memory SIZE [lean] | dump"),
        },
        None => measure(2_000_000, lean),
    }
}
