//! The event record, rasid's output contract (`docs/event-record.md`), and the article
//! metadata the coder takes in.

use rasid_actors::Actor;
use serde::{Deserialize, Serialize};

use crate::ontology::Plover;

/// An article to code: its text as read and what is known about it.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Article {
    /// The input's id (file stem, JSONL `id`, or a content hash).
    pub id: String,
    /// The article text as read; evidence offsets index into it (Unicode code points).
    pub text: String,
    pub title: Option<String>,
    /// Publication date `YYYY-MM-DD`, when the caller or the input's metadata knows it.
    pub date: Option<String>,
    pub url: Option<String>,
    pub source: Option<String>,
}

/// Where an event is said to have happened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub text: String,
    pub name: String,
    pub country: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

/// The sentence an event was read from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// Exact text: `article.text[start..end]` counted in code points.
    pub sentence: String,
    pub start: usize,
    pub end: usize,
    /// The word or phrase that fired.
    pub trigger: String,
}

/// One coded event: one dyad, one CAMEO code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub event_id: String,
    pub article_id: String,
    pub date: Option<String>,
    /// `explicit`, `relative`, `article` or `unresolved`.
    pub date_status: String,
    /// `day`, `week`, `month` or `year`: how much of `date` the text states.
    pub date_precision: Option<String>,
    pub source: Option<Actor>,
    pub target: Option<Actor>,
    pub cameo: String,
    pub goldstein: f64,
    pub quad_class: u8,
    pub plover: Plover,
    pub location: Option<Location>,
    pub attendees: Vec<Actor>,
    pub topics: Vec<String>,
    pub negated: bool,
    /// `actual`, `planned`, `reported_past` or `conditional`.
    pub modality: String,
    pub evidence: Evidence,
    pub rule: String,
    pub coder_version: String,
}

/// What the coder found in one article.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Coded {
    pub article_id: String,
    /// The article date used (`YYYY-MM-DD`), and where it came from (`caller`, `metadata`, `dateline`).
    pub article_date: Option<String>,
    pub article_date_source: Option<String>,
    pub events: Vec<Event>,
    /// Number of sentences read (page chrome excluded).
    pub sentences: usize,
}
