//! `rasid extract`: inputs in, event records (JSONL or a table) out; one line on stderr per bad input.

use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use rasid_coder::Coder;

use crate::input::{self, Item};
use crate::output;
use crate::Format;

pub fn extract(
    coder: &Coder,
    paths: &[PathBuf],
    date: Option<&str>,
    format: Format,
) -> Result<ExitCode> {
    let (files, mut problems) = input::expand(paths);
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if format == Format::Table {
        output::table_header(&mut out)?;
    }
    let (mut articles, mut events) = (0usize, 0usize);
    let mut failed = 0usize;
    for p in problems.drain(..) {
        report(&p);
        failed += 1;
    }
    for file in &files {
        for item in input::read(file) {
            match item {
                Item::Problem { .. } => {
                    report(&item);
                    failed += 1;
                }
                Item::Article(mut a) => {
                    if a.date.is_none() {
                        a.date = date.map(str::to_string);
                    }
                    let coded = coder.code(&a);
                    articles += 1;
                    events += coded.events.len();
                    for e in &coded.events {
                        match format {
                            Format::Jsonl => output::jsonl(&mut out, e)?,
                            Format::Table => output::table_row(&mut out, e)?,
                        }
                    }
                }
            }
        }
    }
    out.flush()?;
    tracing::info!("{articles} articles, {events} events, {failed} inputs failed");
    if failed > 0 {
        eprintln!("rasid: {articles} articles coded, {events} events; {failed} input(s) failed");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

pub fn report(item: &Item) {
    if let Item::Problem { input, message } = item {
        eprintln!("rasid: {input}: {message}");
    }
}
