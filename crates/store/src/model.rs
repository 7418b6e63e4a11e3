//! The values that cross the [`Store`](crate::Store) interface: articles to ingest and as
//! stored, outcomes, event filters, stored events and clusters, search queries and hits.

use rasid_coder::{Article, Coded, Event};
use serde::Serialize;

use crate::dedup::{content_hash, Signature};

/// An article ready to store: the article as read, its coding and its fingerprints.
#[derive(Debug, Clone)]
pub struct NewArticle {
    pub article: Article,
    /// The article date the coder used (metadata, caller or dateline), if any.
    pub date: Option<String>,
    pub events: Vec<Event>,
    pub coder_version: String,
    pub content_hash: String,
    pub signature: Option<Signature>,
}

impl NewArticle {
    /// Fingerprint an article before coding (cheap), so duplicates can skip the coder.
    pub fn fingerprint(article: &Article) -> (String, Option<Signature>) {
        (content_hash(&article.text), Signature::of(&article.text))
    }

    pub fn new(article: Article, coded: Coded, coder_version: &str) -> NewArticle {
        let (content_hash, signature) = Self::fingerprint(&article);
        Self::with_fingerprint(article, coded, coder_version, content_hash, signature)
    }

    pub fn with_fingerprint(
        article: Article,
        coded: Coded,
        coder_version: &str,
        content_hash: String,
        signature: Option<Signature>,
    ) -> NewArticle {
        NewArticle {
            date: article.date.clone().or(coded.article_date),
            article,
            events: coded.events,
            coder_version: coder_version.to_string(),
            content_hash,
            signature,
        }
    }
}

/// Why an article was not stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DuplicateBy {
    ContentHash,
    Url,
}

/// What happened to one article of a batch.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum IngestOutcome {
    /// Stored. `near_duplicate_of` names an article of the same story already stored.
    New {
        id: String,
        events: usize,
        story: i64,
        near_duplicate_of: Option<String>,
        similarity: Option<f64>,
    },
    /// Already stored (same content hash or same URL): nothing written.
    Duplicate {
        id: String,
        of: String,
        by: DuplicateBy,
    },
    /// Not stored, with the reason.
    Failed { id: String, reason: String },
}

/// An article as stored.
#[derive(Debug, Clone, Serialize)]
pub struct StoredArticle {
    pub id: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub source: Option<String>,
    pub text: String,
    pub content_hash: String,
    pub story: i64,
    pub coder_version: String,
    /// The date the input or caller gave (not the dateline): what re-coding passes on.
    pub input_date: Option<String>,
}

impl StoredArticle {
    /// The article as the coder takes it (for re-coding).
    pub fn to_article(&self) -> Article {
        Article {
            id: self.id.clone(),
            text: self.text.clone(),
            title: self.title.clone(),
            date: self.input_date.clone(),
            url: self.url.clone(),
            source: self.source.clone(),
        }
    }
}

/// Filters for [`Store::events`](crate::Store::events). Empty fields do not filter.
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    /// Substring of the source or target actor's name (Latin or Arabic) or its code/entry.
    pub actor: Option<String>,
    /// Source or target country (ISO alpha-3 or organization code).
    pub country: Option<String>,
    /// Source and target countries, in that order (`LBY-TUR` is `("LBY","TUR")`).
    pub dyad: Option<(String, String)>,
    /// Both directions of the dyad.
    pub undirected: bool,
    pub cameo_prefix: Option<String>,
    pub plover_type: Option<String>,
    pub quad_class: Option<u8>,
    /// Inclusive dates `YYYY-MM-DD`.
    pub from: Option<String>,
    pub to: Option<String>,
    /// Events of clusters reported by at least this many sources.
    pub min_sources: Option<usize>,
    /// Article source (outlet), exact.
    pub source: Option<String>,
    /// Keep negated events (default: they are kept and flagged).
    pub exclude_negated: bool,
}

/// One stored event (a mention): the full record plus where it sits in the archive.
#[derive(Debug, Clone, Serialize)]
pub struct StoredEvent {
    pub event: Event,
    /// The event cluster this mention belongs to.
    pub cluster: i64,
    pub story: i64,
    pub article_title: Option<String>,
    pub article_source: Option<String>,
    pub article_url: Option<String>,
    pub article_date: Option<String>,
}

impl StoredEvent {
    /// The outlet name when known, else the article id: what "a source" counts.
    pub fn source_key(&self) -> String {
        self.article_source
            .clone()
            .unwrap_or_else(|| self.event.article_id.clone())
    }
}

/// The same event reported by several articles.
#[derive(Debug, Clone, Serialize)]
pub struct EventCluster {
    pub cluster: i64,
    /// The representative mention (earliest date, then first stored).
    pub event: Event,
    /// Distinct sources (outlet or article id), sorted.
    pub sources: Vec<String>,
    pub articles: Vec<String>,
    pub mentions: Vec<StoredEvent>,
}

/// A full-text query with filters.
#[derive(Debug, Clone, Default)]
pub struct SearchQuery {
    pub query: String,
    pub from: Option<String>,
    pub to: Option<String>,
    pub source: Option<String>,
    /// Articles with an event whose actor matches (as [`EventFilter::actor`]).
    pub actor: Option<String>,
    /// Articles with an event of this PLOVER type.
    pub plover_type: Option<String>,
    pub limit: usize,
}

/// One search hit.
#[derive(Debug, Clone, Serialize)]
pub struct SearchHit {
    pub id: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub source: Option<String>,
    pub score: f32,
    /// The best fragment, and the byte ranges in it that matched.
    pub snippet: String,
    pub highlights: Vec<(usize, usize)>,
}

/// Counts of what the archive holds.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Counts {
    pub articles: u64,
    pub events: u64,
    pub stories: u64,
    /// Stories with more than one article.
    pub multi_article_stories: u64,
    pub clusters: u64,
    /// Clusters with more than one source.
    pub multi_source_clusters: u64,
}

/// What re-coding one article changed.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct EventDiff {
    pub added: usize,
    pub removed: usize,
    pub kept: usize,
}

/// A story: articles that are near-duplicates of each other.
#[derive(Debug, Clone, Serialize)]
pub struct Story {
    pub story: i64,
    pub articles: Vec<String>,
}
