//! `rasid events`: query the archive's events with filters and export them, one row per
//! mention or per event cluster (`--clusters`), as a table, JSONL, CSV, ICEWS-like TSV or
//! Parquet.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::ValueEnum;
use rasid_store::{export, EventFilter};

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum Format {
    Table,
    Jsonl,
    Csv,
    Tsv,
    Parquet,
}

/// Event filters shared by `events` and `stats`.
#[derive(clap::Args, Clone, Default)]
pub struct Filters {
    /// The archive: a data directory, or a Postgres URL (postgres://user@host/db).
    #[arg(long, env = "RASID_DATABASE_URL", hide_env_values = true,
          default_value = rasid_store::DEFAULT_DATA_DIR, value_name = "DIR|URL")]
    pub data: PathBuf,
    /// Source or target actor: part of its name, its code (LBYGOV) or entry (person:…).
    #[arg(long)]
    pub actor: Option<String>,
    /// Source or target country (ISO alpha-3 or an organization code such as NATO).
    #[arg(long)]
    pub country: Option<String>,
    /// Source and target country, e.g. LBY-TUR (source LBY, target TUR).
    #[arg(long, value_name = "SRC-TGT")]
    pub dyad: Option<String>,
    /// Count the dyad in both directions.
    #[arg(long)]
    pub undirected: bool,
    /// CAMEO code prefix, e.g. 04 or 042.
    #[arg(long, value_name = "PREFIX")]
    pub cameo: Option<String>,
    /// PLOVER event type, e.g. CONSULT.
    #[arg(long = "type", value_name = "PLOVER")]
    pub plover_type: Option<String>,
    /// QuadClass 1-4.
    #[arg(long, value_name = "1-4", value_parser = clap::value_parser!(u8).range(1..=4))]
    pub quad: Option<u8>,
    /// Events on or after this day.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub from: Option<String>,
    /// Events on or before this day.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub to: Option<String>,
    /// Events whose cluster was reported by at least N sources.
    #[arg(long, value_name = "N")]
    pub min_sources: Option<usize>,
    /// Articles of this outlet.
    #[arg(long)]
    pub source: Option<String>,
    /// Leave out negated events (لم يلتق …).
    #[arg(long)]
    pub no_negated: bool,
}

impl Filters {
    pub fn to_filter(&self) -> Result<EventFilter> {
        for d in [&self.from, &self.to].into_iter().flatten() {
            if rasid_coder::parse_date(d).is_none() || d.len() != 10 {
                bail!("{d}: expected a date as YYYY-MM-DD");
            }
        }
        let dyad = match &self.dyad {
            Some(d) => match d.split_once('-') {
                Some((a, b)) if !a.is_empty() && !b.is_empty() => {
                    Some((a.to_uppercase(), b.to_uppercase()))
                }
                _ => bail!("--dyad {d}: expected SOURCE-TARGET, e.g. LBY-TUR"),
            },
            None => None,
        };
        Ok(EventFilter {
            actor: self.actor.clone(),
            country: self.country.as_ref().map(|c| c.to_uppercase()),
            dyad,
            undirected: self.undirected,
            cameo_prefix: self.cameo.clone(),
            plover_type: self.plover_type.clone(),
            quad_class: self.quad,
            from: self.from.clone(),
            to: self.to.clone(),
            min_sources: self.min_sources,
            source: self.source.clone(),
            exclude_negated: self.no_negated,
        })
    }
}

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    filters: Filters,
    /// Output format (parquet needs --output).
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// Write to this file instead of stdout.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// One row per event cluster (all its sources) instead of one per mention.
    #[arg(long)]
    clusters: bool,
    /// Start CSV output with a UTF-8 byte order mark (for Excel).
    #[arg(long)]
    bom: bool,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let filter = args.filters.to_filter()?;
    if args.format == Format::Parquet && args.output.is_none() {
        bail!("--format parquet needs --output FILE");
    }
    let mut store = rasid_store::open(&args.filters.data).with_context(|| {
        format!(
            "opening the archive in {}",
            rasid_store::postgres::redacted(&args.filters.data)
        )
    })?;
    let mentions = store.events(&filter)?;
    store.close()?;
    let n_mentions = mentions.len();
    let (rows, clusters) = if args.clusters {
        let c = rasid_store::clusters(mentions.clone());
        (export::cluster_rows(&c), Some(c))
    } else {
        (export::mention_rows(&mentions), None)
    };
    let mut out: Box<dyn Write> = match &args.output {
        Some(p) if args.format != Format::Parquet => Box::new(BufWriter::new(
            File::create(p).with_context(|| format!("creating {}", p.display()))?,
        )),
        _ => Box::new(BufWriter::new(std::io::stdout().lock())),
    };
    match args.format {
        Format::Table => export::write_table(&mut out, &rows)?,
        Format::Csv => export::write_csv(&mut out, &rows, args.bom)?,
        Format::Tsv => {
            let ont = rasid_coder::Ontology::embedded()?;
            export::write_tsv(&mut out, &rows, &|c| ont.cameo(c).map(|c| c.name.clone()))?
        }
        Format::Jsonl => match &clusters {
            Some(c) => export::write_jsonl_clusters(&mut out, c)?,
            None => export::write_jsonl_mentions(&mut out, &mentions)?,
        },
        Format::Parquet => {
            let p = args.output.as_ref().expect("checked above");
            let f = File::create(p).with_context(|| format!("creating {}", p.display()))?;
            export::write_parquet(BufWriter::new(f), &rows)?;
        }
    }
    out.flush()?;
    eprintln!(
        "rasid events: {} row(s) ({} mention(s){})",
        rows.len(),
        n_mentions,
        if args.clusters { " in clusters" } else { "" }
    );
    Ok(ExitCode::SUCCESS)
}
