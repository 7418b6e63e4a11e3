//! `rasid extract`: inputs in, event records (JSONL or a table) out; one line on stderr per bad input.
//!
//! Articles stream through [`crate::parallel::ordered_map`]: one reader, `--threads` coders,
//! and the writer, which prints each article's events in input order, so the output is the
//! same bytes on one thread or many. Memory is bounded by a window of articles in flight.

use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use rasid_coder::Coder;

use crate::input::{self, Item};
use crate::output;
use crate::Format;

/// Articles in flight per coding thread.
const WINDOW_PER_THREAD: usize = 32;

/// What one input item becomes: its rendered events, or a problem to report.
pub enum Done {
    Events { bytes: Vec<u8>, events: usize },
    Problem(Item),
}

/// Code one item and render its events; a panic in the coder becomes a problem naming the
/// article instead of taking the run down.
pub fn code_item(coder: &Coder, item: Item, date: Option<&str>, format: Format) -> Done {
    let mut a = match item {
        Item::Article(a) => a,
        p @ Item::Problem { .. } => return Done::Problem(p),
    };
    if a.date.is_none() {
        a.date = date.map(str::to_string);
    }
    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let coded = coder.code(&a);
        let mut bytes = Vec::new();
        for e in &coded.events {
            // Writing into a Vec cannot fail.
            let _ = match format {
                Format::Jsonl => output::jsonl(&mut bytes, e),
                Format::Table => output::table_row(&mut bytes, e),
            };
        }
        (bytes, coded.events.len())
    }));
    match run {
        Ok((bytes, events)) => Done::Events { bytes, events },
        Err(panic) => {
            let why = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            Done::Problem(Item::Problem {
                input: format!("article {}", a.id),
                message: format!("internal error while coding (a bug, please report): {why}"),
            })
        }
    }
}

/// The number of threads to use: `requested`, else the number of cores.
pub fn threads(requested: Option<usize>) -> usize {
    requested
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1)
}

pub fn extract(
    coder: &Coder,
    paths: &[PathBuf],
    date: Option<&str>,
    format: Format,
    threads: usize,
) -> Result<ExitCode> {
    let (files, problems) = input::expand(paths);
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    if format == Format::Table {
        output::table_header(&mut out)?;
    }
    let (mut articles, mut events) = (0usize, 0usize);
    let mut failed = 0usize;
    let items = problems
        .into_iter()
        .chain(files.into_iter().flat_map(|f| input::stream(&f)));
    crate::parallel::ordered_map(
        items,
        threads,
        WINDOW_PER_THREAD * threads,
        |item| code_item(coder, item, date, format),
        |done| -> Result<()> {
            match done {
                Done::Problem(p) => {
                    report(&p);
                    failed += 1;
                }
                Done::Events { bytes, events: n } => {
                    articles += 1;
                    events += n;
                    out.write_all(&bytes)?;
                }
            }
            Ok(())
        },
    )?;
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
