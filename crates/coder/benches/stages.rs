//! Speed of each coding stage, with criterion, on the bench corpus when it is present
//! (`RASID_BENCH_CORPUS`, default `/work/shared/corpus/bench/saudinewsnet_politics.jsonl.gz`,
//! first 500 articles) and on text generated from the bundled sample articles otherwise.
//! The baseline is one Aho-Corasick pass of the actor phrases over the same text: compare
//! each stage's time to it, not across machines.
//!
//! `cargo bench -p rasid-coder --bench stages -- --quick`

use std::hint::black_box;
use std::io::{BufRead, BufReader};

use aho_corasick::AhoCorasick;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rasid_actors::matcher::phrase_key;
use rasid_actors::MatchText;
use rasid_coder::{Article, Coder};

const SEEDS: [&str; 5] = [
    include_str!("../../../samples/seeds/000_ce9e53281574b8ad.txt"),
    include_str!("../../../samples/seeds/001_f5b2cea8329c5be4.txt"),
    include_str!("../../../samples/seeds/002_f82fbbcbc5c4ef01.txt"),
    include_str!("../../../samples/seeds/003_de3e210be6a5e36a.txt"),
    include_str!("../../../samples/seeds/004_f384ebf11ca86af7.txt"),
];
const ARTICLES: usize = 500;

/// The first articles of the bench corpus, if it is there.
fn corpus() -> Option<Vec<Article>> {
    let path = std::env::var("RASID_BENCH_CORPUS")
        .unwrap_or_else(|_| "/work/shared/corpus/bench/saudinewsnet_politics.jsonl.gz".to_string());
    let file = std::fs::File::open(&path).ok()?;
    let reader: Box<dyn std::io::Read> = if path.ends_with(".gz") {
        Box::new(flate2::read::MultiGzDecoder::new(file))
    } else {
        Box::new(file)
    };
    let mut out = Vec::new();
    for line in BufReader::new(reader).lines().map_while(Result::ok) {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        if let Some(text) = v["text"].as_str() {
            out.push(Article {
                id: v["id"].as_str().unwrap_or("x").to_string(),
                text: text.to_string(),
                date: v["date"].as_str().map(str::to_string),
                ..Default::default()
            });
        }
        if out.len() == ARTICLES {
            break;
        }
    }
    (!out.is_empty()).then_some(out)
}

/// Articles of about 3 KB made of the sample articles' paragraphs in shuffled order.
fn generated() -> Vec<Article> {
    let paras: Vec<&str> = SEEDS
        .iter()
        .flat_map(|t| t.lines())
        .filter(|l| l.chars().count() > 40)
        .collect();
    let mut state = 0x2545_f491_4f6c_dd1du64;
    (0..ARTICLES)
        .map(|i| {
            let mut text = String::new();
            while text.len() < 3000 {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(paras[(state % paras.len() as u64) as usize]);
                text.push('\n');
            }
            Article {
                id: format!("gen-{i}"),
                text,
                date: Some("2017-03-02".into()),
                ..Default::default()
            }
        })
        .collect()
}

fn stages(c: &mut Criterion) {
    let (arts, what) = match corpus() {
        Some(a) => (a, "corpus"),
        None => (generated(), "generated"),
    };
    let coder = Coder::embedded().expect("bundled tables");
    let bytes: usize = arts.iter().map(|a| a.text.len()).sum();
    let keys: Vec<String> = coder
        .dict
        .phrases()
        .into_iter()
        .map(|(p, _)| phrase_key(&p))
        .filter(|k| !k.is_empty())
        .collect();
    let ac = AhoCorasick::new(&keys).expect("automaton");
    let sentences: Vec<String> = arts
        .iter()
        .flat_map(|a| {
            let cl = rasid_text::clean(&a.text);
            rasid_text::sentences(&a.text, &cl.blocks)
                .into_iter()
                .map(|r| a.text[r].to_string())
                .collect::<Vec<_>>()
        })
        .collect();
    let prepared: Vec<MatchText> = sentences.iter().map(|s| MatchText::new(s)).collect();

    let mut g = c.benchmark_group(format!("stages/{what}"));
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("baseline: one Aho-Corasick pass", |b| {
        b.iter(|| {
            arts.iter()
                .map(|a| ac.find_iter(&a.text).count())
                .sum::<usize>()
        })
    });
    g.bench_function("decode + clean + sentences", |b| {
        b.iter(|| {
            arts.iter()
                .map(|a| {
                    let d = rasid_text::decode(a.text.as_bytes())
                        .map(|d| d.text)
                        .unwrap_or_default();
                    let cl = rasid_text::clean(&d);
                    rasid_text::sentences(&d, &cl.blocks).len()
                })
                .sum::<usize>()
        })
    });
    g.bench_function("normalize", |b| {
        b.iter(|| {
            sentences
                .iter()
                .map(|s| MatchText::new(s).text.len())
                .sum::<usize>()
        })
    });
    g.bench_function("actor matching", |b| {
        b.iter(|| {
            prepared
                .iter()
                .map(|m| coder.dict.mentions(m).len())
                .sum::<usize>()
        })
    });
    g.bench_function("event coding (Coder::code)", |b| {
        b.iter(|| {
            arts.iter()
                .map(|a| black_box(coder.code(a)).events.len())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
