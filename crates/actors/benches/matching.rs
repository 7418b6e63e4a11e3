//! Matching speed: the bundled dictionary against the same dictionary ×10 (every Arabic phrase
//! plus nine copies with a distinct suffix word, so the automaton holds ten times the
//! patterns), over real-looking text (the seed articles, repeated). The issue asks that a
//! dictionary ten times larger change matching speed by less than 2×: one linear pass.
//!
//! `cargo bench -p rasid-actors --bench matching -- --quick`; after criterion's figures a plain
//! timing loop prints the ×10/×1 ratio.

use std::hint::black_box;
use std::time::Instant;

use criterion::{criterion_group, Criterion, Throughput};
use rasid_actors::check::Sources;
use rasid_actors::{Dictionary, MatchText};

const SEEDS: [&str; 5] = [
    include_str!("../../../samples/seeds/000_ce9e53281574b8ad.txt"),
    include_str!("../../../samples/seeds/001_f5b2cea8329c5be4.txt"),
    include_str!("../../../samples/seeds/002_f82fbbcbc5c4ef01.txt"),
    include_str!("../../../samples/seeds/003_de3e210be6a5e36a.txt"),
    include_str!("../../../samples/seeds/004_f384ebf11ca86af7.txt"),
];

/// The seed articles' sentences, four times over, prepared for matching.
fn corpus() -> (Vec<MatchText>, usize) {
    let mut out = Vec::new();
    let mut bytes = 0;
    for _ in 0..4 {
        for text in SEEDS {
            let block = 0..text.len();
            for r in rasid_text::sentences(text, std::slice::from_ref(&block)) {
                let mt = MatchText::new(&text[r]);
                bytes += mt.text.len();
                out.push(mt);
            }
        }
    }
    (out, bytes)
}

/// A pseudo-word that never occurs in Arabic text.
fn suffix(k: usize) -> String {
    let letters = ['ا', 'ب', 'ت', 'ث', 'ج', 'ح', 'خ', 'د', 'ذ'];
    format!("ظظ{}ظ", letters[k % letters.len()])
}

/// The bundled dictionary with nine suffixed copies of every Arabic phrase.
fn times_ten() -> Dictionary {
    let src = Sources::embedded();
    let texts: Vec<(String, String)> = src
        .files
        .iter()
        .map(|f| {
            let mut header: Option<Vec<bool>> = None;
            let mut out = String::new();
            for line in f.text.lines() {
                if line.trim().is_empty() || line.starts_with('#') {
                    out.push_str(line);
                    out.push('\n');
                    continue;
                }
                let Some(arabic) = &header else {
                    header = Some(
                        line.split('\t')
                            .map(|h| h.trim().ends_with("_ar"))
                            .collect(),
                    );
                    out.push_str(line);
                    out.push('\n');
                    continue;
                };
                let cells: Vec<String> = line
                    .split('\t')
                    .enumerate()
                    .map(|(i, cell)| {
                        if !arabic.get(i).copied().unwrap_or(false) || cell.trim().is_empty() {
                            return cell.to_string();
                        }
                        let variants: Vec<&str> = cell.split('|').collect();
                        let mut all: Vec<String> = variants.iter().map(|v| v.to_string()).collect();
                        for k in 1..10 {
                            all.extend(variants.iter().map(|v| format!("{v} {}", suffix(k))));
                        }
                        all.join("|")
                    })
                    .collect();
                out.push_str(&cells.join("\t"));
                out.push('\n');
            }
            (f.name.clone(), out)
        })
        .collect();
    Dictionary::from_texts(&texts).expect("the ×10 dictionary loads")
}

fn run(dict: &Dictionary, sentences: &[MatchText]) -> usize {
    sentences.iter().map(|s| dict.mentions(s).len()).sum()
}

fn matching(c: &mut Criterion) {
    let (sentences, bytes) = corpus();
    let one = Dictionary::embedded().expect("bundled dictionaries");
    let ten = times_ten();
    // The copies never occur, so both find the same mentions.
    assert_eq!(run(&one, &sentences), run(&ten, &sentences));
    let mut g = c.benchmark_group("matching");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("bundled", |b| b.iter(|| run(black_box(&one), &sentences)));
    g.bench_function("x10", |b| b.iter(|| run(black_box(&ten), &sentences)));
    g.finish();
}

/// Best of several timed runs, in seconds per pass.
fn best(dict: &Dictionary, sentences: &[MatchText]) -> f64 {
    (0..15)
        .map(|_| {
            let t = Instant::now();
            black_box(run(dict, sentences));
            t.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

fn ratio() {
    let (sentences, bytes) = corpus();
    let one = Dictionary::embedded().expect("bundled dictionaries");
    let ten = times_ten();
    let (p1, p10) = (one.phrases().len(), ten.phrases().len());
    let (t1, t10) = (best(&one, &sentences), best(&ten, &sentences));
    println!(
        "matching {} KB: bundled ({p1} phrases) {:.2} ms, ×10 ({p10} phrases) {:.2} ms; ratio {:.2} (target < 2)",
        bytes / 1024,
        t1 * 1e3,
        t10 * 1e3,
        t10 / t1
    );
}

criterion_group!(benches, matching);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
    ratio();
}
