//! `rasid search`: full-text search of the archive with the Arabic analyzer (spelling
//! variants, clitics and light suffixes), filters, and highlighted snippets.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use rasid_store::SearchQuery;

#[derive(clap::Args)]
pub struct Args {
    /// The query: words (all must match), "a phrase", OR, -exclusion, title:word.
    query: String,
    /// The archive: a data directory, or a Postgres URL (postgres://user@host/db).
    #[arg(long, env = "RASID_DATABASE_URL", hide_env_values = true,
          default_value = rasid_store::DEFAULT_DATA_DIR, value_name = "DIR|URL")]
    data: PathBuf,
    /// Articles dated on or after this day.
    #[arg(long, value_name = "YYYY-MM-DD")]
    from: Option<String>,
    /// Articles dated on or before this day.
    #[arg(long, value_name = "YYYY-MM-DD")]
    to: Option<String>,
    /// Articles of this outlet (the input's `source`).
    #[arg(long)]
    source: Option<String>,
    /// Articles with an event involving this actor (name, code or dictionary entry).
    #[arg(long)]
    actor: Option<String>,
    /// Articles with an event of this PLOVER type (e.g. CONSULT).
    #[arg(long = "type", value_name = "PLOVER")]
    plover_type: Option<String>,
    /// How many hits.
    #[arg(long, default_value_t = 20)]
    limit: usize,
    /// One JSON hit per line.
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args) -> Result<ExitCode> {
    for d in [&args.from, &args.to].into_iter().flatten() {
        if rasid_coder::parse_date(d).is_none() || d.len() != 10 {
            anyhow::bail!("{d}: expected a date as YYYY-MM-DD");
        }
    }
    let mut store = rasid_store::open(&args.data).with_context(|| {
        format!(
            "opening the archive in {}",
            rasid_store::postgres::redacted(&args.data)
        )
    })?;
    let hits = store.search(&SearchQuery {
        query: args.query.clone(),
        from: args.from,
        to: args.to,
        source: args.source,
        actor: args.actor,
        plover_type: args.plover_type,
        limit: args.limit,
    })?;
    store.close()?;
    let stdout = std::io::stdout();
    let tty = stdout.is_terminal();
    let mut out = stdout.lock();
    for h in &hits {
        if args.json {
            serde_json::to_writer(&mut out, h)?;
            writeln!(out)?;
            continue;
        }
        writeln!(
            out,
            "{}  {}  {}",
            h.id,
            h.date.as_deref().unwrap_or("----------"),
            h.title.as_deref().unwrap_or("(no title)")
        )?;
        let (on, off) = if tty {
            ("\x1b[1;33m", "\x1b[0m")
        } else {
            ("[", "]")
        };
        let mut s = String::new();
        let mut at = 0;
        for &(a, b) in &h.highlights {
            if a < at || b > h.snippet.len() {
                continue;
            }
            s.push_str(&h.snippet[at..a]);
            s.push_str(on);
            s.push_str(&h.snippet[a..b]);
            s.push_str(off);
            at = b;
        }
        s.push_str(&h.snippet[at..]);
        writeln!(out, "    {}", s.replace(['\n', '\r'], " "))?;
    }
    if !args.json {
        eprintln!("rasid search: {} hit(s)", hits.len());
    }
    Ok(if hits.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
