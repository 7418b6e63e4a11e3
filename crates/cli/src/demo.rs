//! `rasid demo`: code the sample articles built into the binary and show them as a table.

use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use rasid_coder::{Article, Coder};

use crate::output;

/// The bundled sample articles, and the article date a caller gives for 001 (EXPECTED.md).
pub(crate) const SAMPLES: [(&str, &str, Option<&str>); 5] = [
    (
        "000_ce9e53281574b8ad",
        include_str!("../../../samples/seeds/000_ce9e53281574b8ad.txt"),
        None,
    ),
    (
        "001_f5b2cea8329c5be4",
        include_str!("../../../samples/seeds/001_f5b2cea8329c5be4.txt"),
        Some("2017-12-01"),
    ),
    (
        "002_f82fbbcbc5c4ef01",
        include_str!("../../../samples/seeds/002_f82fbbcbc5c4ef01.txt"),
        None,
    ),
    (
        "003_de3e210be6a5e36a",
        include_str!("../../../samples/seeds/003_de3e210be6a5e36a.txt"),
        None,
    ),
    (
        "004_f384ebf11ca86af7",
        include_str!("../../../samples/seeds/004_f384ebf11ca86af7.txt"),
        None,
    ),
];

/// The sample articles as the coder takes them (with 001's article date).
pub fn articles() -> Vec<Article> {
    SAMPLES
        .iter()
        .map(|(id, text, date)| Article {
            id: id.to_string(),
            text: text.to_string(),
            date: date.map(str::to_string),
            ..Default::default()
        })
        .collect()
}

pub fn demo(coder: &Coder, out_path: &PathBuf) -> Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let file = std::fs::File::create(out_path)
        .with_context(|| format!("cannot write {}", out_path.display()))?;
    let mut jsonl = BufWriter::new(file);
    writeln!(
        out,
        "rasid demo: coding the {} bundled sample articles (samples/seeds)\n",
        SAMPLES.len()
    )?;
    output::table_header(&mut out)?;
    let mut total = 0;
    for (id, text, date) in SAMPLES {
        let a = Article {
            id: id.to_string(),
            text: text.to_string(),
            date: date.map(str::to_string),
            ..Default::default()
        };
        let coded = coder.code(&a);
        for e in &coded.events {
            output::table_row(&mut out, e)?;
            output::jsonl(&mut jsonl, e)?;
        }
        total += coded.events.len();
    }
    jsonl.flush()?;
    writeln!(
        out,
        "\n{total} events. Dates marked * fall back to the article date; 'unresolved' means the text gives no date to resolve against.\nFull records (JSON lines, docs/event-record.md): {}",
        out_path.display()
    )?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
