//! `rasid ingest`: read inputs (as `extract` does, plus `.gz`), code each article, and store
//! articles and events in the archive; duplicates (by content hash or URL) are skipped
//! before coding. A progress bar on stderr (hidden when stderr is not a terminal) and a
//! summary at the end: new, duplicate, near-duplicate, failed with reasons.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressStyle};
use rasid_coder::{Article, Coder};
use rasid_store::dedup::Signature;
use rasid_store::{IngestOutcome, NewArticle, Store};

use crate::input::{self, Item};

#[derive(clap::Args)]
pub struct Args {
    /// Inputs: files (.txt, .html, .json, .jsonl, also gzipped as .gz), directories, or `-`.
    #[arg(value_name = "PATH", required = true)]
    paths: Vec<PathBuf>,
    /// The archive: a data directory, or a Postgres URL (postgres://user@host/db).
    #[arg(long, env = "RASID_DATABASE_URL", hide_env_values = true,
          default_value = rasid_store::DEFAULT_DATA_DIR, value_name = "DIR|URL")]
    data: PathBuf,
    /// The article date (YYYY-MM-DD) for inputs that carry none.
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: Option<String>,
    /// Articles per transaction.
    #[arg(long, default_value_t = 500, value_name = "N")]
    batch: usize,
    /// Coding threads (default: the number of cores).
    #[arg(long, value_name = "N")]
    jobs: Option<usize>,
    /// Print the summary as JSON on stdout.
    #[arg(long)]
    json: bool,
}

#[derive(Default, serde::Serialize)]
struct Summary {
    read: usize,
    new: usize,
    near_duplicates: usize,
    duplicates: usize,
    failed: usize,
    events: usize,
    seconds: f64,
    articles_per_second: f64,
    failures: Vec<(String, String)>,
    near_duplicate_pairs: Vec<(String, String, f64)>,
}

struct Pending {
    article: Article,
    hash: String,
    sig: Option<Signature>,
}

fn code_all(coder: &Coder, pending: Vec<Pending>, jobs: usize) -> Vec<NewArticle> {
    let version = coder.version().to_string();
    let one = |p: Pending| {
        let coded = coder.code(&p.article);
        NewArticle::with_fingerprint(p.article, coded, &version, p.hash, p.sig)
    };
    if jobs <= 1 || pending.len() < 8 {
        return pending.into_iter().map(one).collect();
    }
    let per = pending.len().div_ceil(jobs);
    let mut chunks: Vec<Vec<Pending>> = Vec::new();
    let mut it = pending.into_iter().peekable();
    while it.peek().is_some() {
        chunks.push(it.by_ref().take(per).collect());
    }
    std::thread::scope(|s| {
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|c| s.spawn(move || c.into_iter().map(one).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    })
}

fn progress() -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let pb = ProgressBar::new_spinner();
    pb.set_style(
        ProgressStyle::with_template(
            "{spinner} {elapsed_precise} {pos} articles ({per_sec}) · {msg}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    pb.enable_steady_tick(std::time::Duration::from_millis(200));
    pb
}

pub fn run(coder: &Coder, args: Args) -> Result<ExitCode> {
    if let Some(d) = &args.date {
        if rasid_coder::parse_date(d).is_none() || d.len() != 10 {
            anyhow::bail!("--date {d}: expected a date as YYYY-MM-DD, e.g. 2017-12-01");
        }
    }
    let mut store = rasid_store::open(&args.data).with_context(|| {
        format!(
            "opening the archive in {}",
            rasid_store::postgres::redacted(&args.data)
        )
    })?;
    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1);
    let batch = args.batch.max(1);
    let (files, problems) = input::expand(&args.paths);
    let mut sum = Summary::default();
    let fail = |sum: &mut Summary, input: String, message: String| {
        sum.failed += 1;
        sum.failures.push((input, message));
    };
    for p in problems {
        if let Item::Problem { input, message } = p {
            fail(&mut sum, input, message);
        }
    }
    let pb = progress();
    let start = Instant::now();
    let mut pending: Vec<Pending> = Vec::new();
    let flush =
        |pending: &mut Vec<Pending>, sum: &mut Summary, store: &mut dyn Store| -> Result<()> {
            if pending.is_empty() {
                return Ok(());
            }
            let coded = code_all(coder, std::mem::take(pending), jobs);
            for o in store.ingest(&coded)? {
                match o {
                    IngestOutcome::New {
                        id,
                        events,
                        near_duplicate_of,
                        similarity,
                        ..
                    } => {
                        sum.new += 1;
                        sum.events += events;
                        if let Some(of) = near_duplicate_of {
                            sum.near_duplicates += 1;
                            sum.near_duplicate_pairs
                                .push((id, of, similarity.unwrap_or_default()));
                        }
                    }
                    IngestOutcome::Duplicate { .. } => sum.duplicates += 1,
                    IngestOutcome::Failed { id, reason } => fail(sum, id, reason),
                }
            }
            pb.set_position(sum.read as u64);
            pb.set_message(format!(
                "{} new, {} duplicates, {} events",
                sum.new, sum.duplicates, sum.events
            ));
            Ok(())
        };
    for file in &files {
        for item in input::stream(file) {
            match item {
                Item::Problem { input, message } => fail(&mut sum, input, message),
                Item::Article(a) => {
                    let mut a = *a;
                    sum.read += 1;
                    if a.date.is_none() {
                        a.date.clone_from(&args.date);
                    }
                    let (hash, sig) = NewArticle::fingerprint(&a);
                    if store.find_duplicate(&hash, a.url.as_deref())?.is_some() {
                        sum.duplicates += 1;
                        continue;
                    }
                    pending.push(Pending {
                        article: a,
                        hash,
                        sig,
                    });
                    if pending.len() >= batch {
                        flush(&mut pending, &mut sum, &mut *store)?;
                    }
                }
            }
        }
    }
    flush(&mut pending, &mut sum, &mut *store)?;
    store.close()?;
    pb.finish_and_clear();
    sum.seconds = start.elapsed().as_secs_f64();
    sum.articles_per_second = sum.read as f64 / sum.seconds.max(1e-9);
    let counts = store.counts()?;
    if args.json {
        println!("{}", serde_json::to_string(&sum)?);
    }
    eprintln!(
        "rasid ingest: {} read: {} new ({} near-duplicates joined a stored story), {} duplicates skipped, {} failed; {} events; {:.1} s, {:.1} articles/s",
        sum.read,
        sum.new,
        sum.near_duplicates,
        sum.duplicates,
        sum.failed,
        sum.events,
        sum.seconds,
        sum.articles_per_second
    );
    for (input, reason) in sum.failures.iter().take(20) {
        eprintln!("  failed: {input}: {reason}");
    }
    if sum.failures.len() > 20 {
        eprintln!("  … and {} more failures", sum.failures.len() - 20);
    }
    eprintln!(
        "archive {}: {} articles in {} stories ({} with several articles), {} events in {} clusters ({} reported by several sources)",
        rasid_store::postgres::redacted(&args.data),
        counts.articles,
        counts.stories,
        counts.multi_article_stories,
        counts.events,
        counts.clusters,
        counts.multi_source_clusters
    );
    Ok(if sum.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
