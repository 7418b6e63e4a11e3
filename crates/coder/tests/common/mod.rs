//! What the coder's integration tests share: the bundled coder, built once per test binary, and
//! short ways to code or explain one text.

#![allow(dead_code)]

use std::sync::OnceLock;

use rasid_coder::{Article, Coder, Event};

pub fn coder() -> &'static Coder {
    static C: OnceLock<Coder> = OnceLock::new();
    C.get_or_init(|| Coder::embedded().expect("bundled tables load"))
}

fn article(text: &str, date: &str) -> Article {
    Article {
        id: "t".into(),
        text: text.into(),
        date: Some(date.into()),
        ..Default::default()
    }
}

/// The events of `text` read as an article dated `date`.
pub fn code_on(text: &str, date: &str) -> Vec<Event> {
    coder().code(&article(text, date)).events
}

/// How the coder reads `text` (groups, triggers, events), as `rasid explain` prints it.
pub fn explain_on(text: &str, date: &str) -> String {
    coder().explain(&article(text, date))
}

/// Source and target countries of an event.
pub fn dyad(e: &Event) -> (Option<&str>, Option<&str>) {
    (
        e.source.as_ref().and_then(|a| a.country.as_deref()),
        e.target.as_ref().and_then(|a| a.country.as_deref()),
    )
}
