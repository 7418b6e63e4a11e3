//! `rasid actors who|check|stats|suggest` and `rasid dict import-petrarch`: tools for whoever
//! edits the actor dictionaries.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::{Subcommand, ValueEnum};
use rasid_actors::check::{self, Severity, Sources};
use rasid_actors::{petrarch, stats, suggest, Dictionary};

use crate::input::{self, Item};

#[derive(Subcommand)]
pub enum ActorsCommand {
    /// What a phrase resolves to on a date: each actor group's name, country, sector, code, role and entries.
    ///
    /// Example: rasid actors who "رئيس المجلس الرئاسي" --date 2022-05-01
    Who {
        /// An Arabic phrase or sentence.
        phrase: String,
        /// The date to resolve offices and roles on (YYYY-MM-DD).
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
        /// Print JSON (one array of actor records) instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Validate the dictionary files: overlapping roles, unknown codes, colliding names, empty phrases, people without roles.
    ///
    /// Prints `file:line: error|warning: message`. Exit status 1 when there are errors, 0 with warnings only.
    /// Checks the bundled files, or those under the global --dict DIR.
    Check {
        /// Print errors only.
        #[arg(long)]
        errors_only: bool,
    },
    /// Counts of countries, organizations, agents, people, roles, offices and places, against the targets.
    Stats {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Names in a corpus that look like actors but are not in the dictionary, most frequent first.
    ///
    /// Looks after titles and agent phrases ("وزير الخارجية X Y"), in attendee lists (بحضور، بمشاركة)
    /// and right after event verbs (استقبل، التقى، قال …). Each suggestion comes with example
    /// sentences and a people.tsv line to paste and complete. Inputs as for `rasid extract`
    /// (files, directories, `-` for stdin, e.g. `zcat corpus.jsonl.gz | rasid actors suggest -`).
    Suggest {
        /// Inputs: files, directories, or `-` for stdin (the default).
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// How many suggestions to print.
        #[arg(long, default_value_t = 50)]
        top: usize,
        /// Output format.
        #[arg(long, value_enum, default_value_t = SuggestFormat::Table)]
        format: SuggestFormat,
        /// Keep names seen at least this many times.
        #[arg(long, default_value_t = 2)]
        min_count: usize,
    },
}

#[derive(Subcommand)]
pub enum DictCommand {
    /// Import UniversalPetrarch-format Arabic dictionaries (actor_dict*.txt, agents*.txt) into rasid TSVs.
    ///
    /// Writes people.tsv, roles.tsv, organizations.tsv and agents.tsv under --out, and
    /// IMPORT-REPORT.md with what was dropped and why. The output is not loaded by default:
    /// review it, then merge what is good into data/actors/.
    ImportPetrarch {
        /// Directory holding the UniversalPetrarch dictionary files.
        dir: PathBuf,
        /// Where to write the TSVs and the report.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum SuggestFormat {
    /// Rank, count, name, example and people.tsv line, readable.
    Table,
    /// Tab-separated: count, name, kind of context, people.tsv line, examples.
    Tsv,
}

fn sources(dict: Option<&Path>) -> Result<Sources> {
    match dict {
        Some(dir) => {
            if !dir.is_dir() {
                bail!("--dict {}: not a directory", dir.display());
            }
            Sources::from_dir(dir).context("reading dictionaries")
        }
        None => Ok(Sources::embedded()),
    }
}

fn dictionary(dict: Option<&Path>) -> Result<Dictionary> {
    match dict {
        Some(dir) => {
            if !dir.is_dir() {
                bail!("--dict {}: not a directory", dir.display());
            }
            Dictionary::from_dir(dir).context("loading dictionaries")
        }
        None => Dictionary::embedded().context("loading the bundled dictionaries"),
    }
}

fn parse_date(d: &str) -> Result<jiff::civil::Date> {
    match d.parse::<jiff::civil::Date>() {
        Ok(x) if d.len() == 10 => Ok(x),
        _ => bail!("--date {d}: expected a date as YYYY-MM-DD, e.g. 2017-12-01"),
    }
}

pub fn run(cmd: ActorsCommand, dict: Option<&Path>) -> Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match cmd {
        ActorsCommand::Who { phrase, date, json } => {
            let date = date.as_deref().map(parse_date).transpose()?;
            let d = dictionary(dict)?;
            let actors = stats::who(&d, &phrase, date);
            if json {
                serde_json::to_writer_pretty(&mut out, &actors)?;
                writeln!(out)?;
            } else if actors.is_empty() {
                writeln!(out, "no actor found in «{phrase}»")?;
            } else {
                let rows: Vec<[String; 7]> = actors
                    .iter()
                    .map(|a| {
                        let o = |x: &Option<String>| x.clone().unwrap_or_else(|| "-".into());
                        [
                            a.text.clone(),
                            o(&a.name),
                            o(&a.country),
                            o(&a.sector),
                            o(&a.code),
                            o(&a.role),
                            o(&a.entry),
                        ]
                    })
                    .collect();
                let header = ["text", "name", "country", "sector", "code", "role", "entry"]
                    .map(String::from);
                table(&mut out, &header, &rows)?;
            }
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
        ActorsCommand::Check { errors_only } => {
            let src = sources(dict)?;
            let findings = check::check(&src);
            let errors = findings
                .iter()
                .filter(|f| f.severity == Severity::Error)
                .count();
            let warnings = findings.len() - errors;
            for f in &findings {
                if !errors_only || f.severity == Severity::Error {
                    writeln!(out, "{f}")?;
                }
            }
            out.flush()?;
            eprintln!("rasid: actors check: {errors} error(s), {warnings} warning(s)");
            Ok(if errors > 0 {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        ActorsCommand::Stats { json } => {
            let src = sources(dict)?;
            let d = src.load().context("loading dictionaries")?;
            let st = stats::stats(&d, &src);
            if json {
                serde_json::to_writer_pretty(&mut out, &st)?;
                writeln!(out)?;
            } else {
                let rows: Vec<[String; 3]> = st
                    .iter()
                    .map(|s| {
                        let target = match s.target {
                            Some(t) if s.met() => format!("≥ {t}: met"),
                            Some(t) => format!("≥ {t}: NOT MET ({} to go)", t - s.count),
                            None => String::new(),
                        };
                        [s.what.to_string(), s.count.to_string(), target]
                    })
                    .collect();
                table(
                    &mut out,
                    &["what", "count", "target"].map(String::from),
                    &rows,
                )?;
            }
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
        ActorsCommand::Suggest {
            paths,
            top,
            format,
            min_count,
        } => {
            let d = dictionary(dict)?;
            let paths = if paths.is_empty() {
                vec![PathBuf::from("-")]
            } else {
                paths
            };
            let (files, problems) = input::expand(&paths);
            let mut failed = problems.len();
            for p in &problems {
                crate::extract::report(p);
            }
            let mut s = suggest::Suggester::new(&d);
            for file in &files {
                for item in input::read(file) {
                    match item {
                        Item::Problem { .. } => {
                            crate::extract::report(&item);
                            failed += 1;
                        }
                        Item::Article(a) => s.add_article(&a.text),
                    }
                }
            }
            let found = s.finish(top, min_count);
            match format {
                SuggestFormat::Tsv => {
                    writeln!(out, "count\tname_ar\tcontexts\tpeople_tsv\texamples")?;
                    for c in &found {
                        writeln!(
                            out,
                            "{}\t{}\t{}\t{}\t{}",
                            c.count,
                            c.name,
                            c.contexts.join(","),
                            c.people_line().replace('\t', "\\t"),
                            c.examples.join(" ‖ ").replace('\t', " ")
                        )?;
                    }
                }
                SuggestFormat::Table => {
                    for (i, c) in found.iter().enumerate() {
                        writeln!(
                            out,
                            "{:>3}. {} ×{} [{}]",
                            i + 1,
                            c.name,
                            c.count,
                            c.contexts.join(",")
                        )?;
                        for e in &c.examples {
                            writeln!(out, "     « {e} »")?;
                        }
                        writeln!(out, "     {}", c.people_line())?;
                    }
                }
            }
            out.flush()?;
            if failed > 0 {
                eprintln!("rasid: {failed} input(s) failed");
                return Ok(ExitCode::from(1));
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

pub fn run_dict(cmd: DictCommand, dict: Option<&Path>) -> Result<ExitCode> {
    match cmd {
        DictCommand::ImportPetrarch { dir, out } => {
            if !dir.is_dir() {
                bail!("{}: not a directory", dir.display());
            }
            let known = dictionary(dict)?;
            let report = petrarch::import_dir(&dir, &out, &known)
                .with_context(|| format!("importing {}", dir.display()))?;
            println!("{}", report.summary());
            println!("wrote {}", out.display());
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Columns padded to the widest cell (by characters); the last column is not padded.
fn table<const N: usize>(
    out: &mut impl Write,
    header: &[String; N],
    rows: &[[String; N]],
) -> std::io::Result<()> {
    let mut width = [0usize; N];
    for r in std::iter::once(header).chain(rows.iter()) {
        for (w, c) in width.iter_mut().zip(r.iter()) {
            *w = (*w).max(c.chars().count());
        }
    }
    for r in std::iter::once(header).chain(rows.iter()) {
        let mut line = String::new();
        for (i, c) in r.iter().enumerate() {
            line.push_str(c);
            if i + 1 < N {
                let pad = width[i] - c.chars().count() + 2;
                line.extend(std::iter::repeat_n(' ', pad));
            }
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}
