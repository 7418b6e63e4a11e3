//! `rasid`: read Arabic news, write political event data.
//!
//! Subcommands: `extract` (inputs → event JSONL or a table) and `demo` (the bundled sample
//! articles). Logs and warnings go to stderr, data to stdout, so rasid composes with Unix tools.

mod actors;
mod bench;
mod demo;
mod eval;
mod events;
mod extract;
mod ingest;
mod input;
mod loadtest;
mod output;
mod parallel;
mod recode;
mod search;
mod serve;
mod stats;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use rasid_actors::Dictionary;
use rasid_coder::{Article, Coder};

use input::Item;

#[derive(Parser)]
#[command(
    name = "rasid",
    version,
    about = "rasid (راصد) reads Arabic news and writes political event data: who did what to whom, when and where, coded in CAMEO and PLOVER, with the evidence for each event.",
    after_help = "Examples:\n  rasid demo                               code the bundled sample articles\n  rasid extract article.txt                events as JSON lines on stdout\n  rasid extract --date 2017-12-01 page.html --format table\n  cat articles.jsonl | rasid extract - | jq .cameo\n\nThe event record is documented in docs/event-record.md."
)]
struct Cli {
    /// Read dictionaries and pattern tables from this directory (laid out like the repository's `data/`: actors/, places/, coder/); each file it has replaces the bundled one.
    #[arg(long, global = true, value_name = "DIR")]
    dict: Option<PathBuf>,
    /// More logging on stderr (-v info, -vv debug). RUST_LOG overrides.
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    verbose: u8,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Code articles into events.
    ///
    /// Reads files, directories (recursively: .txt, .html/.htm, .json, .jsonl) or `-` for
    /// stdin; detects the encoding (UTF-8 with or without BOM, UTF-16, Windows-1256, …).
    /// JSON and JSONL records have `id`, `text` or `html`, and optionally `title`, `date`
    /// (YYYY-MM-DD), `url`, `source`. Writes one JSON event per line to stdout; problems with
    /// an input go to stderr, one line each, and the other inputs are still coded. The exit
    /// status is 1 when any input failed.
    Extract {
        /// Inputs: files, directories, or `-` for stdin (the default).
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// The article date (YYYY-MM-DD) for inputs that carry none: weekdays, اليوم and أمس resolve against it.
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Jsonl)]
        format: Format,
        /// Coding threads (default: the number of cores). The output is the same bytes, in
        /// input order, whatever the number.
        #[arg(long, value_name = "N")]
        threads: Option<usize>,
    },
    /// Show how rasid reads a text: actor groups, triggers and the events they make.
    ///
    /// Give the text as an argument or a file path; useful when editing dictionaries and patterns.
    Explain {
        /// A sentence or article text, or a path to a file.
        text: String,
        /// Article date (YYYY-MM-DD) to resolve roles and relative dates against.
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
    },
    /// Score the coder against an annotated gold file (docs/eval.md).
    ///
    /// Codes each gold article's text with its date and prints precision, recall and F1 for
    /// event detection, dyad, dyad + PLOVER type and CAMEO root, date and location accuracy,
    /// and the worst misses. The project's dev set is eval/dev/gold.jsonl.
    Eval {
        /// The gold file (JSONL, one article per line).
        #[arg(long, value_name = "FILE")]
        gold: PathBuf,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
        /// How many misses to list.
        #[arg(long, default_value_t = 20, value_name = "N")]
        misses: usize,
    },
    /// Store articles in the archive (--data DIR, default ./rasid-data): code, deduplicate, index.
    ///
    /// Reads inputs as `extract` does (also gzipped, e.g. articles.jsonl.gz). Idempotent:
    /// articles already stored (same content hash or URL) are skipped; near-duplicates join
    /// their story. Prints a summary: new, duplicates, near-duplicates, failed with reasons.
    Ingest(ingest::Args),
    /// Full-text search of the archive (Arabic spelling variants match), with filters.
    Search(search::Args),
    /// Query and export the archive's events (table, jsonl, csv, tsv, parquet).
    Events(events::Args),
    /// Statistics as CSV: counts, monthly × country × type, Goldstein series, QuadClass.
    Stats(stats::Args),
    /// Re-code stored articles with the current dictionaries; rewrite only what changed.
    Recode(recode::Args),
    /// Serve the archive: a JSON API and a web UI (search, articles with their evidence, events, dyads, actors, networks, review).
    ///
    /// Listens on 127.0.0.1:8080 by default; open http://127.0.0.1:8080/ in a browser.
    /// Accepted suggestions go to the user dictionary (the global --dict DIR, else DATA/dict);
    /// writes need the RASID_TOKEN environment variable, sent as a bearer token.
    Serve(serve::Args),
    /// Load-test `rasid serve` on loopback: bounded phases per endpoint and client count, requests/s, p50/p99, errors.
    ///
    /// With --data DIR it starts the server itself on a free port; the requests come from
    /// the archive (filters, cursors, articles, words of titles, dyads, months, actors).
    /// --ingest FILE also runs `rasid ingest` while clients read.
    Loadtest(loadtest::Args),
    /// Actor dictionary tools: who (what a phrase resolves to on a date), check, stats, suggest.
    Actors {
        #[command(subcommand)]
        command: actors::ActorsCommand,
    },
    /// Dictionary import: import-petrarch (UniversalPetrarch Arabic dictionaries to rasid TSVs).
    Dict {
        #[command(subcommand)]
        command: actors::DictCommand,
    },
    /// Measure speed and memory per stage against a baseline pass (see README, Performance).
    Bench(bench::Args),
    /// Code the bundled sample articles and show the events as a table.
    ///
    /// The five seed articles (samples/seeds) are built into the binary. The table goes to
    /// stdout and the full event records, as JSON lines, to the file given by --out.
    Demo {
        /// Where to write the event records (JSONL).
        #[arg(long, default_value = "rasid-demo-events.jsonl", value_name = "FILE")]
        out: PathBuf,
        /// Then store the samples in an archive (--data) and serve the web UI on it.
        #[arg(long)]
        serve: bool,
        /// The archive for --serve.
        #[arg(
            long,
            default_value = "rasid-demo-data",
            value_name = "DIR",
            requires = "serve"
        )]
        data: PathBuf,
        /// Address for --serve.
        #[arg(
            long,
            default_value = "127.0.0.1:8080",
            value_name = "HOST:PORT",
            requires = "serve"
        )]
        addr: std::net::SocketAddr,
    },
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum Format {
    /// One JSON event record per line (docs/event-record.md).
    Jsonl,
    /// A readable table.
    Table,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let level = match cli.verbose {
        0 => "warn",
        1 => "info",
        _ => "debug",
    };
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(level)),
        )
        .with_target(false)
        .without_time()
        .init();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("rasid: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// The coder over the bundled tables, or over `--dict DIR`: each file of the directory's
/// `actors/`, `places/` and `coder/` that exists replaces the bundled one.
fn coder(dict: Option<&PathBuf>) -> Result<Coder> {
    let Some(dir) = dict else {
        let dict = Dictionary::embedded().context("loading the bundled dictionaries")?;
        return Ok(Coder::new(dict)?);
    };
    if !dir.is_dir() {
        bail!("--dict {}: not a directory", dir.display());
    }
    let dict = Dictionary::from_dir(dir).context("loading dictionaries")?;
    let mut tables = Vec::new();
    for (name, embedded) in rasid_coder::patterns::FILES {
        let path = dir.join(name);
        tables.push(if path.exists() {
            std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?
        } else {
            embedded.to_string()
        });
    }
    let [p, t, w, r] = [0, 1, 2, 3].map(|i| tables[i].as_str());
    Coder::with_tables(dict, &[p, t, w, r])
        .with_context(|| format!("loading the pattern tables of {}", dir.display()))
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Extract {
            paths,
            date,
            format,
            threads,
        } => {
            if let Some(d) = &date {
                if rasid_coder::parse_date(d).is_none() || d.len() != 10 {
                    bail!("--date {d}: expected a date as YYYY-MM-DD, e.g. 2017-12-01");
                }
            }
            let coder = coder(cli.dict.as_ref())?;
            let paths = if paths.is_empty() {
                vec![PathBuf::from("-")]
            } else {
                paths
            };
            extract::extract(
                &coder,
                &paths,
                date.as_deref(),
                format,
                extract::threads(threads),
            )
        }
        Command::Explain { text, date } => {
            let text = if std::path::Path::new(&text).is_file() {
                match input::read(std::path::Path::new(&text)).into_iter().next() {
                    Some(Item::Article(a)) => a.text,
                    Some(Item::Problem { input, message }) => bail!("{input}: {message}"),
                    None => bail!("{text}: no article"),
                }
            } else {
                text
            };
            let a = Article {
                id: "explain".into(),
                text,
                date,
                ..Default::default()
            };
            print!("{}", coder(cli.dict.as_ref())?.explain(&a));
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval { gold, json, misses } => {
            eval::run(&coder(cli.dict.as_ref())?, &gold, json, misses)
        }
        Command::Ingest(a) => ingest::run(&coder(cli.dict.as_ref())?, a),
        Command::Search(a) => search::run(a),
        Command::Events(a) => events::run(a),
        Command::Stats(a) => stats::run(a),
        Command::Recode(a) => recode::run(&coder(cli.dict.as_ref())?, a),
        Command::Actors { command } => actors::run(command, cli.dict.as_deref()),
        Command::Dict { command } => actors::run_dict(command, cli.dict.as_deref()),
        Command::Bench(a) => bench::run(&coder(cli.dict.as_ref())?, a),
        Command::Serve(a) => serve::run(a, cli.dict.as_deref()),
        Command::Loadtest(a) => loadtest::run(a, cli.dict.as_deref()),
        Command::Demo {
            out,
            serve,
            data,
            addr,
        } => {
            let coder = coder(cli.dict.as_ref())?;
            let code = demo::demo(&coder, &out)?;
            if !serve {
                return Ok(code);
            }
            serve::demo(&coder, demo::articles(), &data, cli.dict.as_deref(), addr)
        }
    }
}
