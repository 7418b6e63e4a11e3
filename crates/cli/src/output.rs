//! Writing events: JSONL (the event record, one per line) and a readable table.

use std::io::Write;

use rasid_actors::Actor;
use rasid_coder::Event;

/// One event as a JSON line.
pub fn jsonl(out: &mut impl Write, e: &Event) -> std::io::Result<()> {
    serde_json::to_writer(&mut *out, e)?;
    out.write_all(b"\n")
}

/// A short label for an actor: its name, else country and sector.
pub fn label(a: Option<&Actor>) -> String {
    let Some(a) = a else {
        return "—".into();
    };
    let who = a
        .name
        .clone()
        .or_else(|| a.role.clone())
        .unwrap_or_else(|| a.text.clone());
    match (&a.country, &a.sector) {
        (Some(c), Some(s)) => format!("{who} ({c} {s})"),
        (Some(c), None) => format!("{who} ({c})"),
        _ => who,
    }
}

fn excerpt(s: &str, n: usize) -> String {
    let mut t: String = s.chars().take(n).collect();
    if s.chars().count() > n {
        t.push('…');
    }
    t.replace(['\n', '\r'], " ")
}

/// The table header.
pub fn table_header(out: &mut impl Write) -> std::io::Result<()> {
    writeln!(
        out,
        "{:<8} {:<12} {:<58} {:<5} {:<10} {:<14} evidence",
        "article", "date", "source → target", "cameo", "plover", "location"
    )
}

/// One event as a table row.
pub fn table_row(out: &mut impl Write, e: &Event) -> std::io::Result<()> {
    let date = match (&e.date, e.date_status.as_str()) {
        (Some(d), "article") => format!("{d}*"),
        (Some(d), _) => d.clone(),
        (None, _) => "unresolved".into(),
    };
    let dyad = format!(
        "{} → {}",
        label(e.source.as_ref()),
        label(e.target.as_ref())
    );
    let mut flags = String::new();
    if e.negated {
        flags.push_str(" [negated]");
    }
    if e.modality != "actual" {
        flags.push_str(&format!(" [{}]", e.modality));
    }
    let article: String = e.article_id.chars().take(8).collect();
    writeln!(
        out,
        "{:<8} {:<12} {:<58} {:<5} {:<10} {:<14} {}{}",
        article,
        date,
        excerpt(&dyad, 58),
        e.cameo,
        e.plover.event_type.as_deref().unwrap_or("-"),
        e.location.as_ref().map(|l| l.name.as_str()).unwrap_or("-"),
        excerpt(&e.evidence.sentence, 70),
        flags
    )
}
