//! [`SqliteStore`]: the embedded backend. SQLite (bundled, WAL) in `<data>/rasid.sqlite`
//! holds articles, LSH bands, events and clusters; tantivy in `<data>/index` holds the full
//! text. Schema migrations (`migrations/*.sql`) are applied at open, tracked by
//! `PRAGMA user_version`.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use rasid_actors::Actor;
use rasid_coder::Event;
use rusqlite::types::Value as SqlValue;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension};

use crate::dedup::{Signature, NEAR_DUPLICATE};
use crate::error::{Result, StoreError};
use crate::index::{FullText, IndexDoc};
use crate::model::*;
use crate::Store;

/// The migrations, in order; version `i + 1` is `MIGRATIONS[i]`.
const MIGRATIONS: &[&str] = &[include_str!("../migrations/0001_init.sql")];

/// The database file name inside the data directory.
pub const DB_FILE: &str = "rasid.sqlite";
/// The full-text index directory inside the data directory.
pub const INDEX_DIR: &str = "index";

/// An article waiting for the full-text index: rowid, title, text, date, source.
type PendingDoc = (i64, Option<String>, String, Option<String>, Option<String>);

pub struct SqliteStore {
    conn: Connection,
    text: FullText,
    dir: PathBuf,
    /// Opened with [`SqliteStore::open_shared`].
    shared: bool,
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` date (proleptic Gregorian).
pub fn day_number(date: &str) -> Option<i64> {
    let d = date.get(..10)?;
    let y: i64 = d.get(0..4)?.parse().ok()?;
    let m: i64 = d.get(5..7)?.parse().ok()?;
    let day: i64 = d.get(8..10)?.parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&day) {
        return None;
    }
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// The key that says two actors are the same party (`-` for none).
fn party(a: &Option<Actor>) -> String {
    a.as_ref().map_or_else(|| "-".to_string(), Actor::party_key)
}

/// What clusters: same dyad (party keys), same PLOVER type (CAMEO root when PLOVER has
/// none), same polarity.
pub fn merge_key(e: &Event) -> String {
    let kind = match &e.plover.event_type {
        Some(t) => t.clone(),
        None => format!("cameo{}", e.cameo.get(..2).unwrap_or(&e.cameo)),
    };
    format!(
        "{}>{}#{}{}",
        party(&e.source),
        party(&e.target),
        kind,
        if e.negated { "!" } else { "" }
    )
}

/// The archive's [`Counts`], each from one SQL query run by `one` (the same SQL serves both backends).
pub(crate) fn count_with(mut one: impl FnMut(&str) -> Result<u64>) -> Result<Counts> {
    Ok(Counts {
        articles: one("SELECT COUNT(*) FROM articles")?,
        events: one("SELECT COUNT(*) FROM events")?,
        stories: one("SELECT COUNT(DISTINCT story) FROM articles")?,
        multi_article_stories: one(
            "SELECT COUNT(*) FROM (SELECT story FROM articles GROUP BY story HAVING COUNT(*) > 1) s",
        )?,
        clusters: one("SELECT COUNT(DISTINCT cluster) FROM events")?,
        multi_source_clusters: one(
            "SELECT COUNT(*) FROM (SELECT e.cluster FROM events e JOIN articles a ON a.rowid = e.article
              GROUP BY e.cluster HAVING COUNT(DISTINCT COALESCE(a.source, a.id)) > 1) c",
        )?,
    })
}

/// The record without `coder_version`: two codings of an article agree on an event when
/// these are equal.
/// The cluster an event joins, the same for every backend: among candidate clusters (id, day,
/// location country) not already holding one of the article's events and with a compatible
/// location, the nearest in date, then the oldest.
pub(crate) fn pick_cluster(
    candidates: &[(i64, Option<i64>, Option<String>)],
    taken: &HashSet<i64>,
    loc_country: Option<&str>,
    day: Option<i64>,
) -> Option<i64> {
    let compatible = |c: &Option<String>| match (c.as_deref(), loc_country) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    };
    candidates
        .iter()
        .filter(|(c, _, lc)| !taken.contains(c) && compatible(lc))
        .min_by_key(|(c, d, _)| (d.zip(day).map_or(0, |(a, b)| (a - b).abs()), *c))
        .map(|(c, _, _)| *c)
}

/// What re-coding an article changes, the same for every backend.
pub(crate) struct Replacement<'a> {
    pub diff: EventDiff,
    /// New events to insert.
    pub added: Vec<&'a Event>,
    /// Row ids of stored events that are no longer coded.
    pub removed: Vec<i64>,
    /// Clusters that already hold one of the article's kept events (an added event joins none).
    pub taken: HashSet<i64>,
}

/// Compare the stored events (canonical form → (row id, cluster), in stored order; several
/// identical records are possible) with the newly coded ones.
pub(crate) fn plan_replacement(
    mut stored: HashMap<String, Vec<(i64, i64)>>,
    events: &[Event],
) -> Result<Replacement<'_>> {
    let mut diff = EventDiff::default();
    let mut added = Vec::new();
    let mut taken = HashSet::new();
    for e in events {
        let k = canonical(e)?;
        match stored
            .get_mut(&k)
            .and_then(|v| (!v.is_empty()).then(|| v.remove(0)))
        {
            Some((_, cluster)) => {
                diff.kept += 1;
                taken.insert(cluster);
            }
            None => added.push(e),
        }
    }
    let removed: Vec<i64> = stored.values().flatten().map(|(r, _)| *r).collect();
    diff.added = added.len();
    diff.removed = removed.len();
    Ok(Replacement {
        diff,
        added,
        removed,
        taken,
    })
}

pub(crate) fn canonical(e: &Event) -> Result<String> {
    let mut v = serde_json::to_value(e)?;
    if let Some(o) = v.as_object_mut() {
        o.remove("coder_version");
    }
    Ok(v.to_string())
}

fn migrate(conn: &mut Connection) -> Result<()> {
    let current: u32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if current as usize > MIGRATIONS.len() {
        return Err(StoreError::Migration {
            version: current,
            message: format!(
                "the archive is newer than this rasid (schema {current}, known up to {})",
                MIGRATIONS.len()
            ),
        });
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        let version = (i + 1) as u32;
        let tx = conn.transaction()?;
        tx.execute_batch(sql).map_err(|e| StoreError::Migration {
            version,
            message: e.to_string(),
        })?;
        tx.pragma_update(None, "user_version", version)?;
        tx.commit()?;
        tracing::info!("store: applied schema migration {version}");
    }
    Ok(())
}

impl SqliteStore {
    /// Open (or create) the archive in `dir`.
    pub fn open(dir: &Path) -> Result<SqliteStore> {
        SqliteStore::open_with(dir, false)
    }

    /// Open (or create) the archive in `dir` for a long-running process that shares it with
    /// others (`rasid serve` while `rasid ingest` or `rasid recode` runs): searches see what
    /// other processes commit (within about a second), the full-text writer is held only
    /// while this process writes, and articles another process is still indexing are left
    /// to it.
    pub fn open_shared(dir: &Path) -> Result<SqliteStore> {
        SqliteStore::open_with(dir, true)
    }

    fn open_with(dir: &Path, shared: bool) -> Result<SqliteStore> {
        std::fs::create_dir_all(dir).map_err(|e| StoreError::DataDir {
            path: dir.display().to_string(),
            message: e.to_string(),
        })?;
        let mut conn = Connection::open(dir.join(DB_FILE))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // Per-article savepoints write a statement journal: keep it in memory, and give the
        // page cache room for a batch (64 MiB) so it does not spill mid-transaction.
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        conn.pragma_update(None, "cache_size", -65_536)?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        migrate(&mut conn)?;
        let index_dir = dir.join(INDEX_DIR);
        let text = if shared {
            FullText::open_shared(&index_dir)?
        } else {
            FullText::open(&index_dir)?
        };
        let mut store = SqliteStore {
            conn,
            text,
            dir: dir.to_path_buf(),
            shared,
        };
        store.index_pending()?;
        Ok(store)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Put articles not yet in the full-text index there (after a crash between the
    /// database commit and the index commit, or when the index directory was removed).
    fn index_pending(&mut self) -> Result<usize> {
        let articles: i64 = self
            .conn
            .query_row("SELECT COUNT(*) FROM articles", [], |r| r.get(0))?;
        if articles > 0 && self.text.num_docs() == 0 {
            self.conn
                .execute("UPDATE articles SET indexed = 0 WHERE indexed = 1", [])?;
        }
        let mut stmt = self.conn.prepare(
            "SELECT rowid, title, text, date, source FROM articles WHERE indexed = 0 ORDER BY rowid",
        )?;
        let rows: Vec<PendingDoc> = stmt
            .query_map([], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })?
            .collect::<Result<_, _>>()?;
        drop(stmt);
        if rows.is_empty() {
            return Ok(0);
        }
        if self.shared && !self.text.try_writer()? {
            // An ingest in another process holds the index: it indexes its own articles.
            tracing::info!(
                "store: {} article(s) not yet in the full-text index; another process is writing it",
                rows.len()
            );
            return Ok(0);
        }
        tracing::info!(
            "store: indexing {} article(s) missing from the full-text index",
            rows.len()
        );
        for (rowid, title, text, date, source) in &rows {
            self.text.add(&IndexDoc {
                rowid: *rowid,
                title: title.as_deref(),
                text,
                date: date.as_deref(),
                source: source.as_deref(),
            })?;
        }
        self.text.commit()?;
        self.conn
            .execute("UPDATE articles SET indexed = 1 WHERE indexed = 0", [])?;
        Ok(rows.len())
    }

    fn duplicate_of(
        tx: &Connection,
        hash: &str,
        url: Option<&str>,
    ) -> Result<Option<(String, DuplicateBy)>> {
        if let Some(id) = tx
            .prepare_cached("SELECT id FROM articles WHERE content_hash = ?1")?
            .query_row([hash], |r| r.get::<_, String>(0))
            .optional()?
        {
            return Ok(Some((id, DuplicateBy::ContentHash)));
        }
        if let Some(url) = url.filter(|u| !u.trim().is_empty()) {
            if let Some(id) = tx
                .prepare_cached("SELECT id FROM articles WHERE url = ?1")?
                .query_row([url], |r| r.get::<_, String>(0))
                .optional()?
            {
                return Ok(Some((id, DuplicateBy::Url)));
            }
        }
        Ok(None)
    }

    /// The most similar stored article among the LSH candidates, if similar enough.
    fn nearest(tx: &Connection, sig: &Signature) -> Result<Option<(i64, String, i64, f64)>> {
        let mut candidates = HashSet::new();
        {
            let mut st =
                tx.prepare_cached("SELECT article FROM lsh WHERE band = ?1 AND key = ?2")?;
            for (band, key) in sig.band_keys().into_iter().enumerate() {
                for a in st.query_map(params![band as i64, key], |r| r.get::<_, i64>(0))? {
                    candidates.insert(a?);
                }
            }
        }
        let mut best: Option<(i64, String, i64, f64)> = None;
        let mut st =
            tx.prepare_cached("SELECT id, story, minhash FROM articles WHERE rowid = ?1")?;
        let mut candidates: Vec<i64> = candidates.into_iter().collect();
        candidates.sort_unstable();
        for c in candidates {
            let (id, story, blob): (String, i64, Option<Vec<u8>>) =
                st.query_row([c], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            let Some(other) = blob.as_deref().and_then(Signature::from_bytes) else {
                continue;
            };
            let s = sig.similarity(&other);
            if s >= NEAR_DUPLICATE && best.as_ref().is_none_or(|b| s > b.3) {
                best = Some((c, id, story, s));
            }
        }
        Ok(best)
    }

    /// Insert one event, joining a compatible cluster from another article or starting one.
    fn insert_event(
        tx: &Connection,
        article: i64,
        story: i64,
        e: &Event,
        taken: &mut HashSet<i64>,
    ) -> Result<i64> {
        let key = merge_key(e);
        let day = e.date.as_deref().and_then(day_number);
        let loc_country = e.location.as_ref().map(|l| l.country.clone());
        let mut candidates: Vec<(i64, Option<i64>, Option<String>)> = Vec::new();
        if let Some(d) = day {
            let mut st = tx.prepare_cached(
                "SELECT cluster, day, loc_country FROM events
                 WHERE merge_key = ?1 AND day BETWEEN ?2 AND ?3 AND article != ?4",
            )?;
            for r in st.query_map(params![key, d - 1, d + 1, article], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })? {
                candidates.push(r?);
            }
        } else {
            let mut st = tx.prepare_cached(
                "SELECT e.cluster, e.day, e.loc_country FROM events e
                 JOIN articles a ON a.rowid = e.article
                 WHERE e.merge_key = ?1 AND e.day IS NULL AND a.story = ?2 AND e.article != ?3",
            )?;
            for r in st.query_map(params![key, story, article], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })? {
                candidates.push(r?);
            }
        }
        let cluster = pick_cluster(&candidates, taken, loc_country.as_deref(), day);
        let src = e.source.as_ref();
        let tgt = e.target.as_ref();
        let record = serde_json::to_string(e)?;
        tx.prepare_cached(
            "INSERT INTO events (event_id, article, cluster, date, day,
                src_name, src_country, src_sector, src_code, src_key,
                tgt_name, tgt_country, tgt_sector, tgt_code, tgt_key,
                cameo, root, plover, quad_class, goldstein, negated, modality,
                loc_name, loc_country, merge_key, coder_version, record)
             VALUES (?1, ?2, COALESCE(?3, 0), ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,
                ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27)",
        )?
        .execute(params![
            e.event_id,
            article,
            cluster,
            e.date,
            day,
            src.and_then(|a| a.name.clone()),
            src.and_then(|a| a.country.clone()),
            src.and_then(|a| a.sector.clone()),
            src.and_then(|a| a.code.clone()),
            src.map(Actor::party_key),
            tgt.and_then(|a| a.name.clone()),
            tgt.and_then(|a| a.country.clone()),
            tgt.and_then(|a| a.sector.clone()),
            tgt.and_then(|a| a.code.clone()),
            tgt.map(Actor::party_key),
            e.cameo,
            e.cameo.get(..2).unwrap_or(&e.cameo),
            e.plover.event_type,
            e.quad_class,
            e.goldstein,
            e.negated,
            e.modality,
            e.location.as_ref().map(|l| l.name.clone()),
            loc_country,
            key,
            e.coder_version,
            record,
        ])?;
        let rowid = tx.last_insert_rowid();
        let cluster = match cluster {
            Some(c) => c,
            None => {
                tx.prepare_cached("UPDATE events SET cluster = rowid WHERE rowid = ?1")?
                    .execute([rowid])?;
                rowid
            }
        };
        taken.insert(cluster);
        Ok(rowid)
    }

    fn ingest_one(tx: &Connection, a: &NewArticle) -> Result<(IngestOutcome, Option<i64>)> {
        let id = a.article.id.clone();
        if let Some((of, by)) = Self::duplicate_of(tx, &a.content_hash, a.article.url.as_deref())? {
            return Ok((IngestOutcome::Duplicate { id, of, by }, None));
        }
        let exists: bool = tx
            .prepare_cached("SELECT 1 FROM articles WHERE id = ?1")?
            .exists([&id])?;
        if exists {
            return Ok((
                IngestOutcome::Failed {
                    id,
                    reason: "another article with this id, and different content, is stored".into(),
                },
                None,
            ));
        }
        let near = match &a.signature {
            Some(sig) => Self::nearest(tx, sig)?,
            None => None,
        };
        tx.prepare_cached(
            "INSERT INTO articles (id, title, date, url, source, text, content_hash, minhash, story,
                coder_version, input_date)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, COALESCE(?9, 0), ?10, ?11)",
        )?
        .execute(params![
            id,
            a.article.title,
            a.date,
            a.article.url.as_deref().filter(|u| !u.trim().is_empty()),
            a.article.source,
            a.article.text,
            a.content_hash,
            a.signature.as_ref().map(Signature::to_bytes),
            near.as_ref().map(|n| n.2),
            a.coder_version,
            a.article.date,
        ])?;
        let rowid = tx.last_insert_rowid();
        let story = match &near {
            Some(n) => n.2,
            None => {
                tx.prepare_cached("UPDATE articles SET story = rowid WHERE rowid = ?1")?
                    .execute([rowid])?;
                rowid
            }
        };
        if let Some(sig) = &a.signature {
            let mut st =
                tx.prepare_cached("INSERT INTO lsh (band, key, article) VALUES (?1, ?2, ?3)")?;
            for (band, key) in sig.band_keys().into_iter().enumerate() {
                st.execute(params![band as i64, key, rowid])?;
            }
        }
        let mut taken = HashSet::new();
        for e in &a.events {
            Self::insert_event(tx, rowid, story, e, &mut taken)?;
        }
        Ok((
            IngestOutcome::New {
                id,
                events: a.events.len(),
                story,
                near_duplicate_of: near.as_ref().map(|n| n.1.clone()),
                similarity: near.as_ref().map(|n| n.3),
            },
            Some(rowid),
        ))
    }

    fn rowid_of(&self, id: &str) -> Result<Option<i64>> {
        Ok(self
            .conn
            .prepare_cached("SELECT rowid FROM articles WHERE id = ?1")?
            .query_row([id], |r| r.get(0))
            .optional()?)
    }

    fn where_clause(f: &EventFilter) -> (String, Vec<SqlValue>) {
        let mut w: Vec<String> = Vec::new();
        let mut p: Vec<SqlValue> = Vec::new();
        let mut push = |sql: &str, vals: Vec<SqlValue>, w: &mut Vec<String>| {
            w.push(sql.to_string());
            p.extend(vals);
        };
        let t = |s: &str| SqlValue::Text(s.to_string());
        if let Some(a) = &f.actor {
            let like = t(&format!("%{a}%"));
            push(
                "(e.src_name LIKE ? OR e.tgt_name LIKE ? OR e.src_key LIKE ? OR e.tgt_key LIKE ? OR e.src_code = ? OR e.tgt_code = ?)",
                vec![like.clone(), like.clone(), like.clone(), like, t(a), t(a)],
                &mut w,
            );
        }
        if let Some(c) = &f.country {
            push(
                "(e.src_country = ? OR e.tgt_country = ?)",
                vec![t(c), t(c)],
                &mut w,
            );
        }
        if let Some((s, d)) = &f.dyad {
            if f.undirected {
                push(
                    "((e.src_country = ? AND e.tgt_country = ?) OR (e.src_country = ? AND e.tgt_country = ?))",
                    vec![t(s), t(d), t(d), t(s)],
                    &mut w,
                );
            } else {
                push(
                    "(e.src_country = ? AND e.tgt_country = ?)",
                    vec![t(s), t(d)],
                    &mut w,
                );
            }
        }
        if let Some(c) = &f.cameo_prefix {
            push("e.cameo LIKE ?", vec![t(&format!("{c}%"))], &mut w);
        }
        if let Some(pt) = &f.plover_type {
            push("e.plover = ?", vec![t(&pt.to_uppercase())], &mut w);
        }
        if let Some(q) = f.quad_class {
            push(
                "e.quad_class = ?",
                vec![SqlValue::Integer(i64::from(q))],
                &mut w,
            );
        }
        if let Some(d) = &f.from {
            push("e.date >= ?", vec![t(d)], &mut w);
        }
        if let Some(d) = &f.to {
            push("e.date <= ?", vec![t(d)], &mut w);
        }
        if let Some(s) = &f.source {
            push("a.source = ?", vec![t(s)], &mut w);
        }
        if f.exclude_negated {
            push("e.negated = 0", vec![], &mut w);
        }
        if let Some(n) = f.min_sources.filter(|n| *n > 1) {
            push(
                "e.cluster IN (SELECT e2.cluster FROM events e2 JOIN articles a2 ON a2.rowid = e2.article
                  GROUP BY e2.cluster HAVING COUNT(DISTINCT COALESCE(a2.source, a2.id)) >= ?)",
                vec![SqlValue::Integer(n as i64)],
                &mut w,
            );
        }
        let sql = if w.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", w.join(" AND "))
        };
        (sql, p)
    }
}

impl Store for SqliteStore {
    fn backend(&self) -> &'static str {
        "sqlite"
    }

    fn find_duplicate(
        &self,
        content_hash: &str,
        url: Option<&str>,
    ) -> Result<Option<(String, DuplicateBy)>> {
        Self::duplicate_of(&self.conn, content_hash, url)
    }

    fn ingest(&mut self, batch: &[NewArticle]) -> Result<Vec<IngestOutcome>> {
        let mut tx = self.conn.transaction()?;
        let mut out = Vec::with_capacity(batch.len());
        let mut added = Vec::new();
        for a in batch {
            let sp = tx.savepoint_with_name("article")?;
            match Self::ingest_one(&sp, a) {
                Ok((o, rowid)) => {
                    sp.commit()?;
                    if let Some(r) = rowid {
                        added.push((r, a));
                    }
                    out.push(o);
                }
                Err(e) => {
                    drop(sp); // rolls back this article only
                    out.push(IngestOutcome::Failed {
                        id: a.article.id.clone(),
                        reason: e.to_string(),
                    });
                }
            }
        }
        tx.commit()?;
        for (rowid, a) in &added {
            self.text.add(&IndexDoc {
                rowid: *rowid,
                title: a.article.title.as_deref(),
                text: &a.article.text,
                date: a.date.as_deref(),
                source: a.article.source.as_deref(),
            })?;
        }
        if !added.is_empty() {
            self.text.commit()?;
            let tx = self.conn.transaction()?;
            {
                let mut st =
                    tx.prepare_cached("UPDATE articles SET indexed = 1 WHERE rowid = ?1")?;
                for (rowid, _) in &added {
                    st.execute([rowid])?;
                }
            }
            tx.commit()?;
        }
        Ok(out)
    }

    fn article(&self, id: &str) -> Result<Option<StoredArticle>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT id, title, date, url, source, text, content_hash, story, coder_version,
                    input_date
                 FROM articles WHERE id = ?1",
            )?
            .query_row([id], |r| {
                Ok(StoredArticle {
                    id: r.get(0)?,
                    title: r.get(1)?,
                    date: r.get(2)?,
                    url: r.get(3)?,
                    source: r.get(4)?,
                    text: r.get(5)?,
                    content_hash: r.get(6)?,
                    story: r.get(7)?,
                    coder_version: r.get(8)?,
                    input_date: r.get(9)?,
                })
            })
            .optional()?)
    }

    fn article_ids(&self) -> Result<Vec<String>> {
        let mut st = self
            .conn
            .prepare("SELECT id FROM articles ORDER BY rowid")?;
        let ids = st
            .query_map([], |r| r.get(0))?
            .collect::<Result<Vec<String>, _>>()?;
        Ok(ids)
    }

    fn article_events(&self, id: &str) -> Result<Vec<Event>> {
        let mut st = self.conn.prepare_cached(
            "SELECT e.record FROM events e JOIN articles a ON a.rowid = e.article
             WHERE a.id = ?1 ORDER BY e.rowid",
        )?;
        let recs = st
            .query_map([id], |r| r.get::<_, String>(0))?
            .collect::<Result<Vec<_>, _>>()?;
        recs.iter()
            .map(|r| serde_json::from_str(r).map_err(StoreError::from))
            .collect()
    }

    fn replace_events(
        &mut self,
        id: &str,
        events: &[Event],
        coder_version: &str,
    ) -> Result<EventDiff> {
        let Some(rowid) = self.rowid_of(id)? else {
            return Err(StoreError::Invalid(format!(
                "no article `{id}` in the archive"
            )));
        };
        // Stored events by canonical form (several identical records are possible).
        let mut stored: HashMap<String, Vec<(i64, i64)>> = HashMap::new();
        {
            let mut st = self.conn.prepare_cached(
                "SELECT rowid, cluster, record FROM events WHERE article = ?1 ORDER BY rowid",
            )?;
            let rows = st
                .query_map([rowid], |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        r.get::<_, i64>(1)?,
                        r.get::<_, String>(2)?,
                    ))
                })?
                .collect::<Result<Vec<_>, _>>()?;
            for (r, c, rec) in rows {
                let e: Event = serde_json::from_str(&rec)?;
                stored.entry(canonical(&e)?).or_default().push((r, c));
            }
        }
        let Replacement {
            diff,
            added,
            removed,
            mut taken,
        } = plan_replacement(stored, events)?;
        if diff.added == 0 && diff.removed == 0 {
            return Ok(diff);
        }
        let tx = self.conn.transaction()?;
        let story: i64 = tx.query_row(
            "SELECT story FROM articles WHERE rowid = ?1",
            [rowid],
            |r| r.get(0),
        )?;
        for r in &removed {
            tx.execute("DELETE FROM events WHERE rowid = ?1", [r])?;
        }
        for e in added {
            Self::insert_event(&tx, rowid, story, e, &mut taken)?;
        }
        tx.execute(
            "UPDATE articles SET coder_version = ?1 WHERE rowid = ?2",
            params![coder_version, rowid],
        )?;
        tx.commit()?;
        Ok(diff)
    }

    fn events(&self, f: &EventFilter) -> Result<Vec<StoredEvent>> {
        let (w, p) = Self::where_clause(f);
        let sql = format!(
            "SELECT e.record, e.cluster, a.story, a.title, a.source, a.url, a.date
             FROM events e JOIN articles a ON a.rowid = e.article {w}
             ORDER BY e.date IS NULL, e.date, e.rowid"
        );
        let mut st = self.conn.prepare(&sql)?;
        let rows = st
            .query_map(params_from_iter(p), |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, i64>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, Option<String>>(4)?,
                    r.get::<_, Option<String>>(5)?,
                    r.get::<_, Option<String>>(6)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        rows.into_iter()
            .map(|(rec, cluster, story, title, source, url, date)| {
                Ok(StoredEvent {
                    event: serde_json::from_str(&rec)?,
                    cluster,
                    story,
                    article_title: title,
                    article_source: source,
                    article_url: url,
                    article_date: date,
                })
            })
            .collect()
    }

    fn stories(&self, min_articles: usize) -> Result<Vec<Story>> {
        let mut st = self.conn.prepare(
            "SELECT story, group_concat(id, char(31)) FROM
               (SELECT story, id FROM articles ORDER BY rowid)
             GROUP BY story HAVING COUNT(*) >= ?1 ORDER BY story",
        )?;
        let rows = st
            .query_map([min_articles as i64], |r| {
                Ok(Story {
                    story: r.get(0)?,
                    articles: r
                        .get::<_, String>(1)?
                        .split('\u{1f}')
                        .map(str::to_string)
                        .collect(),
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    fn search(&self, q: &SearchQuery) -> Result<Vec<SearchHit>> {
        let only: Option<Vec<i64>> = if q.actor.is_some() || q.plover_type.is_some() {
            let f = EventFilter {
                actor: q.actor.clone(),
                plover_type: q.plover_type.clone(),
                ..Default::default()
            };
            let (w, p) = Self::where_clause(&f);
            let mut st = self.conn.prepare(&format!(
                "SELECT DISTINCT e.article FROM events e JOIN articles a ON a.rowid = e.article {w}"
            ))?;
            let ids = st
                .query_map(params_from_iter(p), |r| r.get::<_, i64>(0))?
                .collect::<Result<Vec<_>, _>>()?;
            Some(ids)
        } else {
            None
        };
        if only.as_ref().is_some_and(Vec::is_empty) {
            return Ok(Vec::new());
        }
        let limit = if q.limit == 0 { 20 } else { q.limit };
        let (hits, snippets) = self.text.search(
            &q.query,
            q.from.as_deref(),
            q.to.as_deref(),
            q.source.as_deref(),
            only.as_deref(),
            limit,
        )?;
        let mut st = self.conn.prepare_cached(
            "SELECT id, title, date, source, text FROM articles WHERE rowid = ?1",
        )?;
        let mut out = Vec::new();
        for h in hits {
            let Some((id, title, date, source, text)) = st
                .query_row([h.rowid], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, Option<String>>(1)?,
                        r.get::<_, Option<String>>(2)?,
                        r.get::<_, Option<String>>(3)?,
                        r.get::<_, String>(4)?,
                    ))
                })
                .optional()?
            else {
                continue;
            };
            let (snippet, highlights) = snippets.snippet(&text);
            out.push(SearchHit {
                id,
                title,
                date,
                source,
                score: h.score,
                snippet,
                highlights,
            });
        }
        Ok(out)
    }

    fn counts(&self) -> Result<Counts> {
        count_with(|sql| Ok(self.conn.query_row(sql, [], |r| r.get::<_, i64>(0))? as u64))
    }

    fn close(&mut self) -> Result<()> {
        self.text.close()?;
        // Fold the WAL back into the database file; harmless if another reader holds it.
        let _ = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
        Ok(())
    }
}
