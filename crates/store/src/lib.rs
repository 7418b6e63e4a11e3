//! rasid-store: the archive. Ingests coded articles safely (idempotent by content hash and
//! URL, batches in transactions), finds anything (full text with an Arabic analyzer), merges
//! what many outlets report (near-duplicate stories, event clusters), re-codes after a
//! dictionary change, and exports to the tools analysts use (CSV, TSV, JSONL, Parquet).
//!
//! [`Store`] is the interface every backend implements; [`SqliteStore`] is the embedded one
//! (SQLite + tantivy in a data directory), [`PgStore`] the shared one (Postgres). Backend-independent pieces work over the trait:
//! [`clusters`], [`stats`], [`export`]. See `docs/store.md`.
//!
//! Modules: [`analyzer`] (Arabic tokenizer and token filter), [`dedup`] (content hash,
//! MinHash), [`index`] (tantivy), [`sqlite`] (the embedded backend), [`postgres`] (the
//! shared backend), [`tsearch`] (full text as SQL `tsvector`s), [`model`] (values crossing the
//! interface), [`export`] (formats), [`stats`] (counts and series).

pub mod analyzer;
pub mod dedup;
pub mod error;
pub mod export;
pub mod index;
pub mod model;
pub mod postgres;
pub mod sqlite;
pub mod stats;
pub mod tsearch;

use std::collections::BTreeMap;

use rasid_coder::Event;

pub use error::{Result, StoreError};
pub use model::*;
pub use postgres::PgStore;
pub use sqlite::SqliteStore;

/// The default data directory.
pub const DEFAULT_DATA_DIR: &str = "rasid-data";

/// What a storage backend provides. A second backend (e.g. Postgres) implements these
/// methods with the same meaning; everything else (clusters, stats, exports, the CLI) is
/// written against this trait.
pub trait Store {
    /// A short name (`sqlite`).
    fn backend(&self) -> &'static str;

    /// The stored article with this content hash or URL, if any (checked before coding, so
    /// duplicates cost no coding).
    fn find_duplicate(
        &self,
        content_hash: &str,
        url: Option<&str>,
    ) -> Result<Option<(String, DuplicateBy)>>;

    /// Store a batch in one transaction. Each article is new (then its story and event
    /// clusters are assigned), a duplicate (nothing written) or failed (with a reason,
    /// nothing written for it); one article failing does not fail the batch.
    fn ingest(&mut self, batch: &[NewArticle]) -> Result<Vec<IngestOutcome>>;

    fn article(&self, id: &str) -> Result<Option<StoredArticle>>;

    /// All article ids, in ingest order.
    fn article_ids(&self) -> Result<Vec<String>>;

    /// The stored events of one article, in stored order.
    fn article_events(&self, id: &str) -> Result<Vec<Event>>;

    /// Make the article's stored events equal to `events` (re-coding): events whose record
    /// is unchanged (ignoring `coder_version`) are kept as they are, the others removed or
    /// added (joining clusters as at ingest). Writes nothing when nothing changed.
    fn replace_events(
        &mut self,
        id: &str,
        events: &[Event],
        coder_version: &str,
    ) -> Result<EventDiff>;

    /// Event mentions matching the filter, by date.
    fn events(&self, filter: &EventFilter) -> Result<Vec<StoredEvent>>;

    /// Stories with at least `min_articles` articles.
    fn stories(&self, min_articles: usize) -> Result<Vec<Story>>;

    /// Full-text search with filters; hits carry a highlighted snippet.
    fn search(&self, query: &SearchQuery) -> Result<Vec<SearchHit>>;

    fn counts(&self) -> Result<Counts>;

    /// Flush everything (index commit, WAL checkpoint). Call before dropping.
    fn close(&mut self) -> Result<()>;
}

/// Group event mentions into clusters (ordered by the representative's date).
pub fn clusters(mentions: Vec<StoredEvent>) -> Vec<EventCluster> {
    let mut by: BTreeMap<i64, Vec<StoredEvent>> = BTreeMap::new();
    for m in mentions {
        by.entry(m.cluster).or_default().push(m);
    }
    let mut out: Vec<EventCluster> = by
        .into_iter()
        .map(|(cluster, mentions)| {
            let rep = mentions
                .iter()
                .min_by(|a, b| {
                    (a.event.date.is_none(), &a.event.date)
                        .cmp(&(b.event.date.is_none(), &b.event.date))
                })
                .map(|m| m.event.clone())
                .expect("a cluster has a mention");
            let mut sources: Vec<String> = mentions.iter().map(StoredEvent::source_key).collect();
            sources.sort();
            sources.dedup();
            let mut articles: Vec<String> = mentions
                .iter()
                .map(|m| m.event.article_id.clone())
                .collect();
            articles.sort();
            articles.dedup();
            EventCluster {
                cluster,
                event: rep,
                sources,
                articles,
                mentions,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        (a.event.date.is_none(), &a.event.date, a.cluster).cmp(&(
            b.event.date.is_none(),
            &b.event.date,
            b.cluster,
        ))
    });
    out
}

/// Open the archive at `location`: a directory path (SQLite + tantivy), or a Postgres URL
/// (`postgres://…` or `postgresql://…`, see [`PgStore`]).
pub fn open(location: impl AsRef<std::path::Path>) -> Result<Box<dyn Store>> {
    let path = location.as_ref();
    if let Some(url) = path
        .to_str()
        .filter(|l| crate::postgres::is_postgres_url(l))
    {
        return Ok(Box::new(PgStore::open(url)?));
    }
    Ok(Box::new(SqliteStore::open(path)?))
}

/// Open the archive at `location` for a long-running process that shares it with others
/// (`rasid serve`): as [`open`], but a directory archive follows what other processes commit
/// and holds the full-text writer only while it writes ([`SqliteStore::open_shared`]).
pub fn open_shared(location: impl AsRef<std::path::Path>) -> Result<Box<dyn Store>> {
    let path = location.as_ref();
    if let Some(url) = path
        .to_str()
        .filter(|l| crate::postgres::is_postgres_url(l))
    {
        return Ok(Box::new(PgStore::open(url)?));
    }
    Ok(Box::new(SqliteStore::open_shared(path)?))
}
