//! `rasid stats`: the first analyses, as CSV: archive counts, events by month × country ×
//! PLOVER type, a dyadic Goldstein series (sum and mean per day, week or month), QuadClass
//! counts.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::ValueEnum;
use rasid_store::stats::{self, Period};

use crate::events::Filters;

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum What {
    /// Articles, events, stories and clusters in the archive.
    Counts,
    /// Events by month × country × PLOVER type.
    Monthly,
    /// Goldstein sum and mean per period for a dyad (needs --dyad).
    Goldstein,
    /// Events per QuadClass.
    Quad,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum By {
    Day,
    Week,
    Month,
}

#[derive(clap::Args)]
pub struct Args {
    /// Which statistics.
    #[arg(value_enum, default_value_t = What::Counts)]
    what: What,
    #[command(flatten)]
    filters: Filters,
    /// Period of the Goldstein series (weeks are ISO weeks, labelled by their Monday).
    #[arg(long, value_enum, default_value_t = By::Month)]
    by: By,
    /// Count each event cluster once instead of each mention.
    #[arg(long)]
    clusters: bool,
    /// Write to this file instead of stdout.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let filter = args.filters.to_filter()?;
    if args.what == What::Goldstein && filter.dyad.is_none() {
        bail!("rasid stats goldstein needs --dyad SRC-TGT, e.g. --dyad LBY-TUR");
    }
    let mut store = rasid_store::open(&args.filters.data).with_context(|| {
        format!(
            "opening the archive in {}",
            rasid_store::postgres::redacted(&args.filters.data)
        )
    })?;
    let mut out: Box<dyn Write> = match &args.output {
        Some(p) => Box::new(BufWriter::new(
            File::create(p).with_context(|| format!("creating {}", p.display()))?,
        )),
        None => Box::new(BufWriter::new(std::io::stdout().lock())),
    };
    if args.what == What::Counts {
        let c = store.counts()?;
        writeln!(out, "what,count")?;
        writeln!(out, "articles,{}", c.articles)?;
        writeln!(out, "stories,{}", c.stories)?;
        writeln!(
            out,
            "stories_with_several_articles,{}",
            c.multi_article_stories
        )?;
        writeln!(out, "events,{}", c.events)?;
        writeln!(out, "event_clusters,{}", c.clusters)?;
        writeln!(
            out,
            "clusters_with_several_sources,{}",
            c.multi_source_clusters
        )?;
    } else {
        let mentions = stats::dedupe(store.events(&filter)?, args.clusters);
        match args.what {
            What::Monthly => stats::write_monthly(&mut out, &mentions)?,
            What::Goldstein => {
                let by = match args.by {
                    By::Day => Period::Day,
                    By::Week => Period::Week,
                    By::Month => Period::Month,
                };
                stats::write_goldstein(&mut out, &mentions, by)?
            }
            What::Quad => stats::write_quad(&mut out, &mentions)?,
            What::Counts => unreachable!("handled above"),
        }
    }
    out.flush()?;
    store.close()?;
    Ok(ExitCode::SUCCESS)
}
