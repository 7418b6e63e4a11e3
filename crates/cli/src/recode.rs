//! `rasid recode`: after a dictionary or pattern change, re-code every stored article with
//! the current coder and rewrite only the events that changed (events carry
//! `coder_version`); a summary of what changed.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressStyle};
use rasid_coder::Coder;

#[derive(clap::Args)]
pub struct Args {
    /// The archive: a data directory, or a Postgres URL (postgres://user@host/db).
    #[arg(long, env = "RASID_DATABASE_URL", hide_env_values = true,
          default_value = rasid_store::DEFAULT_DATA_DIR, value_name = "DIR|URL")]
    data: PathBuf,
    /// Only report what would change; write nothing.
    #[arg(long)]
    dry_run: bool,
    /// List each changed article on stderr.
    #[arg(long)]
    list: bool,
}

#[derive(Default, serde::Serialize)]
struct Summary {
    checked: usize,
    changed: usize,
    added: usize,
    removed: usize,
    kept: usize,
}

pub fn run(coder: &Coder, args: Args) -> Result<ExitCode> {
    let mut store = rasid_store::open(&args.data).with_context(|| {
        format!(
            "opening the archive in {}",
            rasid_store::postgres::redacted(&args.data)
        )
    })?;
    let ids = store.article_ids()?;
    let pb = if std::io::stderr().is_terminal() {
        let pb = ProgressBar::new(ids.len() as u64);
        pb.set_style(
            ProgressStyle::with_template("{bar:30} {pos}/{len} articles ({per_sec}) · {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        pb
    } else {
        ProgressBar::hidden()
    };
    let version = coder.version().to_string();
    let mut sum = Summary::default();
    for id in &ids {
        let Some(a) = store.article(id)? else {
            continue;
        };
        let coded = coder.code(&a.to_article());
        sum.checked += 1;
        let diff = if args.dry_run {
            let old = store.article_events(id)?;
            dry_diff(&old, &coded.events)
        } else {
            store.replace_events(id, &coded.events, &version)?
        };
        if diff.added + diff.removed > 0 {
            sum.changed += 1;
            if args.list {
                pb.suspend(|| {
                    eprintln!("  {id}: +{} −{} events", diff.added, diff.removed);
                });
            }
        }
        sum.added += diff.added;
        sum.removed += diff.removed;
        sum.kept += diff.kept;
        pb.inc(1);
        pb.set_message(format!("{} changed", sum.changed));
    }
    pb.finish_and_clear();
    store.close()?;
    eprintln!(
        "rasid recode{}: {} articles checked with {version}; {} changed: {} events added, {} removed, {} unchanged",
        if args.dry_run { " (dry run)" } else { "" },
        sum.checked,
        sum.changed,
        sum.added,
        sum.removed,
        sum.kept
    );
    Ok(ExitCode::SUCCESS)
}

/// What `replace_events` would do, without writing.
fn dry_diff(old: &[rasid_coder::Event], new: &[rasid_coder::Event]) -> rasid_store::EventDiff {
    let key = |e: &rasid_coder::Event| {
        let mut e = e.clone();
        e.coder_version.clear();
        serde_json::to_string(&e).unwrap_or_default()
    };
    let mut left: Vec<String> = old.iter().map(key).collect();
    let mut d = rasid_store::EventDiff::default();
    for e in new {
        let k = key(e);
        if let Some(i) = left.iter().position(|x| *x == k) {
            left.swap_remove(i);
            d.kept += 1;
        } else {
            d.added += 1;
        }
    }
    d.removed = left.len();
    d
}
