//! How long one keystroke in the search box takes: median microseconds per query over the
//! corridor's real names plus generated ones, at the size of the built-in atlas with a
//! small import (~5,000 names) and with large imported layers (~50,000 names).
//!
//! Run with `cargo bench --bench search`. A linear scan that compares the query with every
//! name (case-folded `contains`) is timed in the same run as a reference.

use std::hint::black_box;
use std::time::{Duration, Instant};

use mekong_atlas::search::{SearchIndex, fold};

/// Names of the corridor in every script the atlas shows (seed 003_19cbc1a221acaba2.txt
/// for the stations of the 2019 plan; the Lao, Chinese, Thai and Vietnamese spellings as in
/// the unit tests of `search.rs`).
const CORRIDOR_NAMES: &[&str] = &[
    "Kunming South",
    "Kunyang",
    "Jinning East",
    "Huacheng",
    "Baofeng",
    "Yuxi",
    "Yuxi South",
    "Puer",
    "Mohan",
    "磨憨",
    "Luang Namtha",
    "琅南塔",
    "Udomsay",
    "Luang Prabang",
    "ຫຼວງພະບາງ",
    "琅勃拉邦",
    "หลวงพระบาง",
    "Vang Vieng",
    "ວັງວຽງ",
    "万荣",
    "วังเวียง",
    "Vientiane",
    "ວຽງຈັນ",
    "万象",
    "เวียงจันทน์",
    "Boten",
    "ບໍ່ເຕັນ",
    "磨丁",
    "Lào Cai",
    "老街",
    "Kunming",
    "昆明",
    "Xishuangbanna",
    "Jinghong",
    "Hekou",
    "Ruili",
    "Muse",
    "Mohan–Boten Economic Cooperation Zone",
    "Hekou–Lao Cai Cross-Border Economic Cooperation Zone",
    "Boten Special Economic Zone",
];

/// Every name (English, Chinese, Thai, Vietnamese) of Natural Earth's populated places in
/// the basemap, as they would be indexed from that layer.
fn natural_earth_names() -> Vec<String> {
    let text = include_str!("../geodata/basemap/ne_10m_populated_places.geojson");
    let Ok(json) = serde_json::from_str::<serde_json::Value>(text) else {
        return Vec::new();
    };
    let mut names = Vec::new();
    let features = json["features"].as_array().cloned().unwrap_or_default();
    for feature in features {
        for field in ["name", "name_en", "name_zh", "name_th", "name_vi"] {
            if let Some(name) = feature["properties"][field].as_str() {
                names.push(name.to_owned());
            }
        }
    }
    names
}

/// A small deterministic generator (64-bit LCG) so every run indexes the same names.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as usize
    }
    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from.get(self.next() % from.len().max(1))
            .copied()
            .unwrap_or("")
    }
}

/// Place-like names in Latin, Chinese, Lao and Thai, the way an imported layer of
/// villages, warehouses and road junctions would look.
fn generated_names(count: usize) -> Vec<String> {
    const SYLLABLES: &[&str] = &[
        "ban", "na", "muang", "xay", "phon", "kham", "long", "houa", "nam", "tha", "vieng", "sai",
        "lu", "ming", "jing", "hong", "men", "ge", "yun", "pu", "xi", "shuang", "li", "hai",
        "chiang", "khong", "dong", "phu", "bo", "ten", "ko", "sa", "vang", "thong", "la", "kh",
    ];
    const KINDS: &[&str] = &[
        "",
        "",
        "",
        "Station",
        "Port",
        "Logistics Park",
        "Warehouse",
        "Junction",
        "Village",
        "Bridge",
        "Industrial Zone",
    ];
    const HAN: &[&str] = &[
        "磨", "憨", "勐", "腊", "景", "洪", "普", "洱", "玉", "溪", "昆", "明", "南", "北", "站",
        "港", "口", "岸", "物", "流", "园", "河", "山", "新", "城", "村", "寨", "桥",
    ];
    const LAO: &[&str] = &[
        "ບ້ານ",
        "ນາ",
        "ເມືອງ",
        "ໄຊ",
        "ພອນ",
        "ຄຳ",
        "ຫຼວງ",
        "ວຽງ",
        "ທົ່ງ",
        "ສາ",
        "ຫົວ",
        "ນ້ຳ",
    ];
    const THAI: &[&str] = &[
        "บ้าน",
        "นา",
        "เมือง",
        "ไชย",
        "พร",
        "คำ",
        "หลวง",
        "เวียง",
        "ทุ่ง",
        "สา",
        "หัว",
        "น้ำ",
    ];
    let mut random = Lcg(0x5eed_1234);
    let mut names = Vec::with_capacity(count);
    for n in 0..count {
        let name = match n % 5 {
            0..=2 => {
                let words = 1 + random.next() % 3;
                let mut parts: Vec<String> = Vec::new();
                for _ in 0..words {
                    let syllables = 1 + random.next() % 3;
                    let mut word = String::new();
                    for _ in 0..syllables {
                        word.push_str(random.pick(SYLLABLES));
                    }
                    let mut chars = word.chars();
                    let capitalised = chars
                        .next()
                        .map(|c| c.to_uppercase().chain(chars).collect())
                        .unwrap_or_default();
                    parts.push(capitalised);
                }
                let kind = random.pick(KINDS);
                if !kind.is_empty() {
                    parts.push(kind.to_owned());
                }
                parts.join(" ")
            }
            3 => (0..2 + random.next() % 4)
                .map(|_| random.pick(HAN))
                .collect(),
            _ if random.next().is_multiple_of(2) => (0..2 + random.next() % 2)
                .map(|_| random.pick(LAO))
                .collect(),
            _ => (0..2 + random.next() % 2)
                .map(|_| random.pick(THAI))
                .collect(),
        };
        names.push(name);
    }
    names
}

const QUERIES: &[&str] = &[
    "boten",
    "磨憨",
    "ບໍ່ເຕັນ",
    "vang veing",
    "vang vieng",
    "luang prabang",
    "lao cai",
    "kunming",
    "v",
    "vi",
    "vien",
    "xishuang",
    "xishaung",
    "磨",
    "万象",
    "ວຽງຈັນ",
    "เวียงจันทร์",
    "zone mohan",
    "logistics",
    "qqqqqq",
];

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort_unstable();
    samples.get(samples.len() / 2).copied().unwrap_or_default()
}

fn micros(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1e6
}

/// Median of `repeats` timings of `run`, after one untimed warm-up call.
fn time_median(repeats: usize, mut run: impl FnMut()) -> Duration {
    run();
    let samples = (0..repeats)
        .map(|_| {
            let start = Instant::now();
            run();
            start.elapsed()
        })
        .collect();
    median(samples)
}

fn bench_size(label: &str, generated: usize, real: &[String]) {
    let mut names: Vec<String> = real.to_vec();
    names.extend(generated_names(generated));
    let start = Instant::now();
    let mut index = SearchIndex::new();
    for (key, name) in (0u32..).zip(&names) {
        index.insert(key, name);
    }
    let build = start.elapsed();
    let folded: Vec<String> = names.iter().map(|name| fold(name)).collect();

    println!(
        "\n{label}: {} names ({} real, {generated} generated), index built in {:.1} ms",
        index.len(),
        real.len(),
        build.as_secs_f64() * 1e3
    );
    println!(
        "{:<16} {:>12} {:>14} {:>6}  best hit",
        "query", "index µs", "linear scan µs", "hits"
    );
    let mut index_medians = Vec::new();
    let mut scan_medians = Vec::new();
    for query in QUERIES {
        let index_time = time_median(101, || {
            black_box(index.query(black_box(query), 10));
        });
        // Reference: the simplest thing that could work, one `contains` per name.
        let scan_time = time_median(101, || {
            let wanted = fold(black_box(query));
            let count = folded.iter().filter(|name| name.contains(&wanted)).count();
            black_box(count);
        });
        let hits = index.query(query, 10);
        let best = hits
            .first()
            .map(|hit| format!("{} ({:.0})", hit.name, hit.score))
            .unwrap_or_else(|| "—".to_owned());
        println!(
            "{:<16} {:>12.1} {:>14.1} {:>6}  {best}",
            query,
            micros(index_time),
            micros(scan_time),
            hits.len()
        );
        index_medians.push(index_time);
        scan_medians.push(scan_time);
    }
    println!(
        "median over queries: index {:.1} µs, linear scan {:.1} µs",
        micros(median(index_medians)),
        micros(median(scan_medians))
    );
    println!("top hits (at this size):");
    for query in QUERIES {
        let shown: Vec<String> = index
            .query(query, 5)
            .iter()
            .map(|hit| format!("{} ({:.0})", hit.name, hit.score))
            .collect();
        println!("  {query:<14} {}", shown.join(" · "));
    }
    let start = Instant::now();
    let threshold = u32::try_from(real.len()).unwrap_or(u32::MAX);
    index.remove_where(|key| *key >= threshold + u32::try_from(generated / 2).unwrap_or(0));
    println!(
        "remove_where (half of the generated names): {:.1} ms",
        start.elapsed().as_secs_f64() * 1e3
    );
}

fn main() {
    let mut real: Vec<String> = CORRIDOR_NAMES
        .iter()
        .map(|name| (*name).to_owned())
        .collect();
    real.extend(natural_earth_names());
    bench_size("built-in atlas scale", 5_000, &real);
    bench_size("large imported layers", 50_000, &real);
}
