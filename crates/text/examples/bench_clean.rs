//! Throughput and retention of the pipeline on a JSONL corpus read from
//! stdin (one `{"text": ...}` object per line), e.g.
//! `zcat saudinewsnet_politics.jsonl.gz | cargo run --release --example bench_clean`.
//! Prints how much of each (already clean) article `clean` keeps, and the
//! worst cases, to spot false drops.
use std::io::BufRead;

fn main() {
    let show: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(5);
    // Skip this many of the worst documents before showing `show` of them.
    let skip: usize = std::env::args()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let mut docs = Vec::new();
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) {
            if let Some(t) = v.get("text").and_then(|t| t.as_str()) {
                docs.push(t.to_string());
            }
        }
    }
    let bytes: usize = docs.iter().map(|d| d.len()).sum();
    let t = std::time::Instant::now();
    let mut kept_total = 0usize;
    let mut worst: Vec<(f64, usize)> = Vec::new();
    let mut nsent = 0usize;
    for (i, d) in docs.iter().enumerate() {
        let c = rasid_text::clean(d);
        let kept: usize = c.blocks.iter().map(|r| r.len()).sum();
        let all: usize = d.lines().map(|l| l.trim().len()).sum();
        kept_total += kept;
        worst.push((kept as f64 / all.max(1) as f64, i));
        nsent += rasid_text::sentences(d, &c.blocks).len();
        std::hint::black_box(rasid_text::normalize(d));
    }
    let el = t.elapsed();
    println!(
        "{} docs, {:.1} MB, clean+sentences+normalize in {:?} ({:.1} MB/s), kept {:.2}% of bytes, {} sentences",
        docs.len(),
        bytes as f64 / 1e6,
        el,
        bytes as f64 / 1e6 / el.as_secs_f64(),
        100.0 * kept_total as f64 / bytes as f64,
        nsent
    );
    worst.sort_by(|a, b| a.0.total_cmp(&b.0));
    let below = |x: f64| worst.iter().filter(|w| w.0 < x).count();
    println!(
        "docs keeping <50%: {}, <80%: {}, <95%: {}",
        below(0.5),
        below(0.8),
        below(0.95)
    );
    for &(r, i) in worst.iter().skip(skip).take(show) {
        println!("--- {:.0}% kept, doc {i}", r * 100.0);
        let d = &docs[i];
        let c = rasid_text::clean(d);
        for l in d.lines().filter(|l| !l.trim().is_empty()) {
            let s = l.as_ptr() as usize - d.as_ptr() as usize;
            let k = c
                .blocks
                .iter()
                .any(|b| b.start <= s + (l.len() - l.trim_start().len()) && s < b.end);
            let short: String = l.trim().chars().take(110).collect();
            println!("  {} {short}", if k { "+" } else { "-" });
        }
    }
}
