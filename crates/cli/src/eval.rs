//! `rasid eval --gold FILE.jsonl`: code each gold article and score the events against the
//! gold ones (levels, date and location accuracy, worst misses). Format: docs/eval.md.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result};
use rasid_coder::eval::{score, GoldArticle, Report};
use rasid_coder::{Article, Coder};

/// Read a gold file: one article per line.
pub fn read_gold(path: &Path) -> Result<Vec<GoldArticle>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let a: GoldArticle = serde_json::from_str(line)
            .with_context(|| format!("{}:{}: not a gold article record", path.display(), i + 1))?;
        out.push(a);
    }
    Ok(out)
}

/// Code the gold articles and score them.
pub fn evaluate(coder: &Coder, gold: &[GoldArticle]) -> Report {
    let system: Vec<_> = gold
        .iter()
        .map(|g| {
            let a = Article {
                id: g.id.clone(),
                text: g.text.clone(),
                title: g.title.clone(),
                date: g.date.clone(),
                url: g.url.clone(),
                source: g.source.clone(),
            };
            coder.code(&a).events
        })
        .collect();
    score(gold, &system)
}

pub fn run(coder: &Coder, gold_path: &Path, json: bool, misses: usize) -> Result<ExitCode> {
    let gold = read_gold(gold_path)?;
    let report = evaluate(coder, &gold);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if json {
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    let n_gold: usize = gold.iter().map(|a| a.events.len()).sum();
    writeln!(
        out,
        "rasid eval: {} articles, {} gold events, coder {}\n",
        report.articles,
        n_gold,
        coder.version()
    )?;
    writeln!(
        out,
        "{:<22} {:>9} {:>7} {:>6} {:>6} {:>6}",
        "level", "precision", "recall", "F1", "tp", "sys"
    )?;
    for (name, label) in [
        ("event", "event (sentence)"),
        ("dyad", "dyad (countries)"),
        ("dyad_type", "dyad + PLOVER type"),
        ("cameo_root", "dyad + type + root"),
        (rasid_coder::eval::ARTICLE_LEVEL, "dyad + type, article"),
    ] {
        let p = report.levels[name];
        writeln!(
            out,
            "{:<22} {:>9.3} {:>7.3} {:>6.3} {:>6} {:>6}",
            label, p.precision, p.recall, p.f1, p.tp, p.system
        )?;
    }
    writeln!(
        out,
        "\ndate accuracy      {:.3} over {} matched events (dyad + type)",
        report.date_accuracy, report.date_pairs
    )?;
    writeln!(
        out,
        "location accuracy  {:.3} over {} matched events with a gold location",
        report.location_accuracy, report.location_pairs
    )?;
    writeln!(out, "\nby PLOVER type (dyad + type):")?;
    for (t, p) in &report.per_type {
        writeln!(
            out,
            "  {:<10} P {:.2} R {:.2} F1 {:.2} (gold {}, system {})",
            t, p.precision, p.recall, p.f1, p.gold, p.system
        )?;
    }
    let mut conf: Vec<_> = report.confusion.iter().collect();
    conf.sort_by(|a, b| b.1.cmp(a.1));
    writeln!(
        out,
        "\nmisses at dyad + type (gold type → what the system said in that sentence):"
    )?;
    for (k, n) in conf.iter().take(12) {
        writeln!(out, "  {n:>4}  {k}")?;
    }
    let mut by_rule: BTreeMap<&str, usize> = BTreeMap::new();
    for f in &report.spurious {
        *by_rule.entry(f.rule.as_str()).or_default() += 1;
    }
    let mut by_rule: Vec<_> = by_rule.into_iter().collect();
    by_rule.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    writeln!(
        out,
        "\nfalse positives at dyad + type ({} system events match no gold event), by rule:",
        report.spurious.len()
    )?;
    for (rule, n) in by_rule.iter().take(12) {
        writeln!(out, "  {n:>4}  {rule}")?;
    }
    if misses > 0 {
        writeln!(out, "\nworst misses:")?;
        for m in report.misses.iter().take(misses) {
            writeln!(
                out,
                "  {}  gold {}  system {}\n      {}",
                m.article,
                m.gold,
                m.system.as_deref().unwrap_or("(nothing)"),
                m.evidence
            )?;
        }
        writeln!(
            out,
            "\ndate and location disagreements on matched events ({}):",
            report.disagreements.len()
        )?;
        for d in report.disagreements.iter().take(misses) {
            writeln!(
                out,
                "  {}  {}  gold {}  system {}\n      {}",
                d.article, d.field, d.gold, d.system, d.evidence
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
