//! [`PgStore`]: the shared backend. A Postgres database (`postgres://…`) holds what the
//! SQLite backend holds (articles, LSH bands, events and clusters) and the full text as a
//! `tsvector` column built from rasid's analyzer ([`crate::tsearch`]). Migrations
//! (`migrations/postgres/NNNN_*.sql`) are applied at open and recorded in `schema_version`.
//!
//! Several processes may write at once: every writing transaction (an ingest batch, a
//! re-coding) first takes one transaction-level advisory lock ([`WRITE_LOCK`]), so story
//! and cluster assignment sees everything committed before it, exactly as a single writer
//! would; coding happens outside the transaction, so only the storing is serialized. Unique
//! keys on `id`, `content_hash` and `url` with `INSERT … ON CONFLICT DO NOTHING` keep each
//! article once whatever happens.

use std::collections::{HashMap, HashSet};
use std::sync::{Mutex, MutexGuard};

use postgres::types::ToSql;
use postgres::{Client, GenericClient, NoTls, Row, Statement};
use rasid_actors::Actor;
use rasid_coder::Event;

use crate::dedup::{Signature, NEAR_DUPLICATE};
use crate::error::{Result, StoreError};
use crate::index::date_number;
use crate::model::*;
use crate::sqlite::{
    canonical, count_with, day_number, merge_key, pick_cluster, plan_replacement, Replacement,
};
use crate::tsearch;
use crate::Store;

/// The migrations, in order: version `i + 1` is `MIGRATIONS[i]` (name, SQL).
const MIGRATIONS: &[(&str, &str)] = &[(
    "0001_init",
    include_str!("../migrations/postgres/0001_init.sql"),
)];

/// The advisory lock key every writer holds for its transaction ("rasid" + 1).
pub const WRITE_LOCK: i64 = 0x7261_7369_6401;
/// The advisory lock key held while migrating.
const MIGRATE_LOCK: i64 = 0x7261_7369_6402;

type Param = Box<dyn ToSql + Sync>;

pub struct PgStore {
    conn: Mutex<Conn>,
}

/// The connection and its prepared statements.
struct Conn {
    client: Client,
    prepared: Prepared,
}

/// Prepared statements by SQL text: each hot statement is parsed (and, after a few runs,
/// planned) once per connection instead of at every call.
#[derive(Default)]
struct Prepared(HashMap<&'static str, Statement>);

/// A connection or transaction with the connection's prepared statements.
struct Cached<'a, C: GenericClient> {
    c: &'a mut C,
    p: &'a mut Prepared,
}

type Params<'a> = &'a [&'a (dyn ToSql + Sync)];

impl<C: GenericClient> Cached<'_, C> {
    fn statement(&mut self, sql: &'static str) -> Result<Statement> {
        if let Some(s) = self.p.0.get(sql) {
            return Ok(s.clone());
        }
        let s = self.c.prepare(sql)?;
        self.p.0.insert(sql, s.clone());
        Ok(s)
    }
    fn query(&mut self, sql: &'static str, params: Params) -> Result<Vec<Row>> {
        let s = self.statement(sql)?;
        Ok(self.c.query(&s, params)?)
    }
    fn query_opt(&mut self, sql: &'static str, params: Params) -> Result<Option<Row>> {
        let s = self.statement(sql)?;
        Ok(self.c.query_opt(&s, params)?)
    }
    fn query_one(&mut self, sql: &'static str, params: Params) -> Result<Row> {
        let s = self.statement(sql)?;
        Ok(self.c.query_one(&s, params)?)
    }
    fn execute(&mut self, sql: &'static str, params: Params) -> Result<u64> {
        let s = self.statement(sql)?;
        Ok(self.c.execute(&s, params)?)
    }
}

/// Whether `location` names a Postgres database rather than a directory.
pub fn is_postgres_url(location: &str) -> bool {
    location.starts_with("postgres://") || location.starts_with("postgresql://")
}

/// `location` for messages: a Postgres URL without its password, a path as it is.
pub fn redacted(location: &std::path::Path) -> String {
    let text = location.display().to_string();
    if !is_postgres_url(&text) {
        return text;
    }
    let (scheme, rest) = text.split_once("://").unwrap_or(("", &text));
    let (authority, tail) = match rest.find(['/', '?']) {
        Some(i) => rest.split_at(i),
        None => (rest, ""),
    };
    let authority = match authority.rsplit_once('@') {
        Some((user, host)) => match user.split_once(':') {
            Some((name, _)) => format!("{name}:***@{host}"),
            None => authority.to_string(),
        },
        None => authority.to_string(),
    };
    let tail: Vec<String> = tail
        .split('&')
        .map(|kv| match kv.split_once("password=") {
            Some((before, _)) if before.is_empty() || before.ends_with('?') => {
                format!("{before}password=***")
            }
            _ => kv.to_string(),
        })
        .collect();
    format!("{scheme}://{authority}{}", tail.join("&"))
}

fn migrate(client: &mut Client) -> Result<()> {
    let mut tx = client.transaction()?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATE_LOCK])?;
    tx.batch_execute(
        "CREATE TABLE IF NOT EXISTS schema_version (
             version    INTEGER PRIMARY KEY,
             name       TEXT NOT NULL,
             applied_at TIMESTAMPTZ NOT NULL DEFAULT now())",
    )?;
    let current: i32 = tx
        .query_one("SELECT COALESCE(MAX(version), 0) FROM schema_version", &[])?
        .get(0);
    let current = current.max(0) as usize;
    if current > MIGRATIONS.len() {
        return Err(StoreError::Migration {
            version: current as u32,
            message: format!(
                "the archive is newer than this rasid (schema {current}, known up to {})",
                MIGRATIONS.len()
            ),
        });
    }
    for (i, (name, sql)) in MIGRATIONS.iter().enumerate().skip(current) {
        let version = (i + 1) as i32;
        tx.batch_execute(sql).map_err(|e| StoreError::Migration {
            version: version as u32,
            message: e.to_string(),
        })?;
        tx.execute(
            "INSERT INTO schema_version (version, name) VALUES ($1, $2)",
            &[&version, name],
        )?;
        tracing::info!("store: applied Postgres schema migration {version} ({name})");
    }
    tx.commit()?;
    Ok(())
}

/// Postgres text cannot hold NUL: it becomes a space (one byte for one, so evidence offsets
/// still index the stored text).
fn without_nul(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains('\0') {
        s.replace('\0', " ").into()
    } else {
        s.into()
    }
}

/// The same inside a JSON record (`jsonb` refuses `\u0000`).
fn without_nul_value(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::String(s) if s.contains('\0') => *s = s.replace('\0', " "),
        serde_json::Value::Array(a) => a.iter_mut().for_each(without_nul_value),
        serde_json::Value::Object(o) => o.values_mut().for_each(without_nul_value),
        _ => {}
    }
}

fn params(p: &[Param]) -> Vec<&(dyn ToSql + Sync)> {
    p.iter()
        .map(|b| b.as_ref() as &(dyn ToSql + Sync))
        .collect()
}

impl PgStore {
    /// Connect to `url` (`postgres://user@host:port/db`, or `host=/socket/dir` in the query
    /// string) and bring the schema up to date. Connections are not encrypted (no TLS).
    pub fn open(url: &str) -> Result<PgStore> {
        let mut client = Client::connect(url, NoTls)?;
        migrate(&mut client)?;
        Ok(PgStore {
            conn: Mutex::new(Conn {
                client,
                prepared: Prepared::default(),
            }),
        })
    }

    fn conn(&self) -> MutexGuard<'_, Conn> {
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn duplicate_of(
        c: &mut Cached<impl GenericClient>,
        hash: &str,
        url: Option<&str>,
    ) -> Result<Option<(String, DuplicateBy)>> {
        if let Some(r) = c.query_opt("SELECT id FROM articles WHERE content_hash = $1", &[&hash])? {
            return Ok(Some((r.get(0), DuplicateBy::ContentHash)));
        }
        if let Some(url) = url.filter(|u| !u.trim().is_empty()) {
            if let Some(r) = c.query_opt("SELECT id FROM articles WHERE url = $1", &[&url])? {
                return Ok(Some((r.get(0), DuplicateBy::Url)));
            }
        }
        Ok(None)
    }

    /// The most similar stored article among the LSH candidates, if similar enough.
    fn nearest(
        c: &mut Cached<impl GenericClient>,
        sig: &Signature,
    ) -> Result<Option<(i64, String, i64, f64)>> {
        let keys = sig.band_keys();
        let bands: Vec<i32> = (0..keys.len() as i32).collect();
        let rows = c.query(
            "SELECT a.rowid, a.id, a.story, a.minhash FROM articles a
             WHERE a.rowid IN (SELECT l.article FROM lsh l
                 JOIN unnest($1::int4[], $2::int8[]) AS k(band, key)
                   ON l.band = k.band AND l.key = k.key)
             ORDER BY a.rowid",
            &[&bands, &keys],
        )?;
        let mut best: Option<(i64, String, i64, f64)> = None;
        for r in rows {
            let blob: Option<Vec<u8>> = r.get(3);
            let Some(other) = blob.as_deref().and_then(Signature::from_bytes) else {
                continue;
            };
            let s = sig.similarity(&other);
            if s >= NEAR_DUPLICATE && best.as_ref().is_none_or(|b| s > b.3) {
                best = Some((r.get(0), r.get(1), r.get(2), s));
            }
        }
        Ok(best)
    }

    /// Insert one event, joining a compatible cluster from another article or starting one.
    fn insert_event(
        c: &mut Cached<impl GenericClient>,
        article: i64,
        story: i64,
        e: &Event,
        taken: &mut HashSet<i64>,
    ) -> Result<i64> {
        let key = merge_key(e);
        let day = e.date.as_deref().and_then(day_number);
        let loc_country = e.location.as_ref().map(|l| l.country.clone());
        let rows = match day {
            Some(d) => c.query(
                "SELECT cluster, day, loc_country FROM events
                 WHERE merge_key = $1 AND day BETWEEN $2 AND $3 AND article <> $4",
                &[&key, &(d - 1), &(d + 1), &article],
            )?,
            None => c.query(
                "SELECT e.cluster, e.day, e.loc_country FROM events e
                 JOIN articles a ON a.rowid = e.article
                 WHERE e.merge_key = $1 AND e.day IS NULL AND a.story = $2 AND e.article <> $3",
                &[&key, &story, &article],
            )?,
        };
        let candidates: Vec<(i64, Option<i64>, Option<String>)> = rows
            .iter()
            .map(|r| (r.get(0), r.get(1), r.get(2)))
            .collect();
        let cluster = pick_cluster(&candidates, taken, loc_country.as_deref(), day);
        let src = e.source.as_ref();
        let tgt = e.target.as_ref();
        let mut record = serde_json::to_value(e)?;
        without_nul_value(&mut record);
        let record = record.to_string();
        let rowid: i64 = c
            .query_one(
                "SELECT nextval(pg_get_serial_sequence('events', 'rowid'))",
                &[],
            )?
            .get(0);
        let cluster = cluster.unwrap_or(rowid);
        let quad = i32::from(e.quad_class);
        c.execute(
            "INSERT INTO events (rowid, event_id, article, cluster, date, day,
                src_name, src_country, src_sector, src_code, src_key,
                tgt_name, tgt_country, tgt_sector, tgt_code, tgt_key,
                cameo, root, plover, quad_class, goldstein, negated, modality,
                loc_name, loc_country, merge_key, coder_version, record)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,
                $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28::text::jsonb)",
            &[
                &rowid,
                &e.event_id,
                &article,
                &cluster,
                &e.date,
                &day,
                &src.and_then(|a| a.name.clone()),
                &src.and_then(|a| a.country.clone()),
                &src.and_then(|a| a.sector.clone()),
                &src.and_then(|a| a.code.clone()),
                &src.map(Actor::party_key),
                &tgt.and_then(|a| a.name.clone()),
                &tgt.and_then(|a| a.country.clone()),
                &tgt.and_then(|a| a.sector.clone()),
                &tgt.and_then(|a| a.code.clone()),
                &tgt.map(Actor::party_key),
                &e.cameo,
                &e.cameo.get(..2).unwrap_or(&e.cameo),
                &e.plover.event_type,
                &quad,
                &e.goldstein,
                &e.negated,
                &e.modality,
                &e.location.as_ref().map(|l| l.name.clone()),
                &loc_country,
                &key,
                &e.coder_version,
                &record,
            ],
        )?;
        taken.insert(cluster);
        Ok(rowid)
    }

    fn ingest_one(c: &mut Cached<impl GenericClient>, a: &NewArticle) -> Result<IngestOutcome> {
        let id = a.article.id.clone();
        let url = a.article.url.as_deref().filter(|u| !u.trim().is_empty());
        if let Some((of, by)) = Self::duplicate_of(c, &a.content_hash, url)? {
            return Ok(IngestOutcome::Duplicate { id, of, by });
        }
        let id_taken = || IngestOutcome::Failed {
            id: id.clone(),
            reason: "another article with this id, and different content, is stored".into(),
        };
        if c.query_opt("SELECT 1 FROM articles WHERE id = $1", &[&id])?
            .is_some()
        {
            return Ok(id_taken());
        }
        let near = match &a.signature {
            Some(sig) => Self::nearest(c, sig)?,
            None => None,
        };
        let rowid: i64 = c
            .query_one(
                "SELECT nextval(pg_get_serial_sequence('articles', 'rowid'))",
                &[],
            )?
            .get(0);
        let story = near.as_ref().map_or(rowid, |n| n.2);
        let tsv = tsearch::tsvector(a.article.title.as_deref(), &a.article.text);
        let inserted = c.query_opt(
            "INSERT INTO articles (rowid, id, title, date, url, source, text, content_hash,
                minhash, story, coder_version, input_date, tsv)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::text::tsvector)
             ON CONFLICT DO NOTHING RETURNING rowid",
            &[
                &rowid,
                &id,
                &a.article.title.as_deref().map(without_nul),
                &a.date,
                &url,
                &a.article.source,
                &without_nul(&a.article.text),
                &a.content_hash,
                &a.signature.as_ref().map(Signature::to_bytes),
                &story,
                &a.coder_version,
                &a.article.date,
                &tsv,
            ],
        )?;
        if inserted.is_none() {
            // Another writer stored it in the meantime (only possible without the lock).
            return Ok(match Self::duplicate_of(c, &a.content_hash, url)? {
                Some((of, by)) => IngestOutcome::Duplicate { id, of, by },
                None => id_taken(),
            });
        }
        if let Some(sig) = &a.signature {
            let keys = sig.band_keys();
            let bands: Vec<i32> = (0..keys.len() as i32).collect();
            c.execute(
                "INSERT INTO lsh (band, key, article)
                 SELECT band, key, $3 FROM unnest($1::int4[], $2::int8[]) AS k(band, key)",
                &[&bands, &keys, &rowid],
            )?;
        }
        let mut taken = HashSet::new();
        for e in &a.events {
            Self::insert_event(c, rowid, story, e, &mut taken)?;
        }
        Ok(IngestOutcome::New {
            id,
            events: a.events.len(),
            story,
            near_duplicate_of: near.as_ref().map(|n| n.1.clone()),
            similarity: near.as_ref().map(|n| n.3),
        })
    }

    /// `EventFilter` as SQL over `events e JOIN articles a`, with parameters from `$first`.
    fn where_clause(f: &EventFilter, first: usize) -> (String, Vec<Param>) {
        let mut w: Vec<String> = Vec::new();
        let mut p: Vec<Param> = Vec::new();
        // `?` placeholders become `$n` in order.
        let mut push = |sql: &str, vals: Vec<Param>| {
            let mut s = String::new();
            let mut n = first + p.len();
            for (i, part) in sql.split('?').enumerate() {
                if i > 0 {
                    s.push_str(&format!("${n}"));
                    n += 1;
                }
                s.push_str(part);
            }
            p.extend(vals);
            w.push(s);
        };
        let t = |s: &str| -> Param { Box::new(s.to_string()) };
        if let Some(a) = &f.actor {
            let like = format!("%{a}%");
            push(
                "(e.src_name ILIKE ? OR e.tgt_name ILIKE ? OR e.src_key ILIKE ? OR e.tgt_key ILIKE ? OR e.src_code = ? OR e.tgt_code = ?)",
                vec![t(&like), t(&like), t(&like), t(&like), t(a), t(a)],
            );
        }
        if let Some(c) = &f.country {
            push("(e.src_country = ? OR e.tgt_country = ?)", vec![t(c), t(c)]);
        }
        if let Some((s, d)) = &f.dyad {
            if f.undirected {
                push(
                    "((e.src_country = ? AND e.tgt_country = ?) OR (e.src_country = ? AND e.tgt_country = ?))",
                    vec![t(s), t(d), t(d), t(s)],
                );
            } else {
                push(
                    "(e.src_country = ? AND e.tgt_country = ?)",
                    vec![t(s), t(d)],
                );
            }
        }
        if let Some(c) = &f.cameo_prefix {
            push("e.cameo LIKE ?", vec![t(&format!("{c}%"))]);
        }
        if let Some(pt) = &f.plover_type {
            push("e.plover = ?", vec![t(&pt.to_uppercase())]);
        }
        if let Some(q) = f.quad_class {
            push("e.quad_class = ?", vec![Box::new(i32::from(q))]);
        }
        if let Some(d) = &f.from {
            push("e.date >= ?", vec![t(d)]);
        }
        if let Some(d) = &f.to {
            push("e.date <= ?", vec![t(d)]);
        }
        if let Some(s) = &f.source {
            push("a.source = ?", vec![t(s)]);
        }
        if f.exclude_negated {
            push("NOT e.negated", vec![]);
        }
        if let Some(n) = f.min_sources.filter(|n| *n > 1) {
            push(
                "e.cluster IN (SELECT e2.cluster FROM events e2 JOIN articles a2 ON a2.rowid = e2.article
                  GROUP BY e2.cluster HAVING COUNT(DISTINCT COALESCE(a2.source, a2.id)) >= ?)",
                vec![Box::new(n as i64)],
            );
        }
        let sql = if w.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", w.join(" AND "))
        };
        (sql, p)
    }

    /// A write transaction holding [`WRITE_LOCK`].
    fn write_tx(client: &mut Client) -> Result<postgres::Transaction<'_>> {
        let mut tx = client.transaction()?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&WRITE_LOCK])?;
        Ok(tx)
    }
}

impl Store for PgStore {
    fn backend(&self) -> &'static str {
        "postgres"
    }

    fn find_duplicate(
        &self,
        content_hash: &str,
        url: Option<&str>,
    ) -> Result<Option<(String, DuplicateBy)>> {
        let mut conn = self.conn();
        let Conn { client, prepared } = &mut *conn;
        Self::duplicate_of(
            &mut Cached {
                c: client,
                p: prepared,
            },
            content_hash,
            url,
        )
    }

    fn ingest(&mut self, batch: &[NewArticle]) -> Result<Vec<IngestOutcome>> {
        let mut conn = self.conn();
        let Conn { client, prepared } = &mut *conn;
        let mut tx = Self::write_tx(client)?;
        let mut out = Vec::with_capacity(batch.len());
        for a in batch {
            let mut sp = tx.savepoint("article")?;
            let outcome = Self::ingest_one(
                &mut Cached {
                    c: &mut sp,
                    p: prepared,
                },
                a,
            );
            match outcome {
                Ok(o) => {
                    sp.commit()?;
                    out.push(o);
                }
                Err(e) => {
                    sp.rollback()?; // this article only
                    out.push(IngestOutcome::Failed {
                        id: a.article.id.clone(),
                        reason: e.to_string(),
                    });
                }
            }
        }
        tx.commit()?;
        Ok(out)
    }

    fn article(&self, id: &str) -> Result<Option<StoredArticle>> {
        let row = self.conn().client.query_opt(
            "SELECT id, title, date, url, source, text, content_hash, story, coder_version,
                input_date
             FROM articles WHERE id = $1",
            &[&id],
        )?;
        Ok(row.map(|r| StoredArticle {
            id: r.get(0),
            title: r.get(1),
            date: r.get(2),
            url: r.get(3),
            source: r.get(4),
            text: r.get(5),
            content_hash: r.get(6),
            story: r.get(7),
            coder_version: r.get(8),
            input_date: r.get(9),
        }))
    }

    fn article_ids(&self) -> Result<Vec<String>> {
        Ok(self
            .conn()
            .client
            .query("SELECT id FROM articles ORDER BY rowid", &[])?
            .iter()
            .map(|r| r.get(0))
            .collect())
    }

    fn article_events(&self, id: &str) -> Result<Vec<Event>> {
        let rows = self.conn().client.query(
            "SELECT e.record::text FROM events e JOIN articles a ON a.rowid = e.article
             WHERE a.id = $1 ORDER BY e.rowid",
            &[&id],
        )?;
        rows.iter()
            .map(|r| serde_json::from_str(r.get::<_, &str>(0)).map_err(StoreError::from))
            .collect()
    }

    fn replace_events(
        &mut self,
        id: &str,
        events: &[Event],
        coder_version: &str,
    ) -> Result<EventDiff> {
        let mut conn = self.conn();
        let Conn { client, prepared } = &mut *conn;
        let Some(row) = client.query_opt("SELECT rowid FROM articles WHERE id = $1", &[&id])?
        else {
            return Err(StoreError::Invalid(format!(
                "no article `{id}` in the archive"
            )));
        };
        let rowid: i64 = row.get(0);
        let mut tx = Self::write_tx(client)?;
        // Stored events by canonical form (several identical records are possible).
        let mut stored: HashMap<String, Vec<(i64, i64)>> = HashMap::new();
        for r in tx.query(
            "SELECT rowid, cluster, record::text FROM events WHERE article = $1 ORDER BY rowid",
            &[&rowid],
        )? {
            let e: Event = serde_json::from_str(r.get::<_, &str>(2))?;
            stored
                .entry(canonical(&e)?)
                .or_default()
                .push((r.get(0), r.get(1)));
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
        let story: i64 = tx
            .query_one("SELECT story FROM articles WHERE rowid = $1", &[&rowid])?
            .get(0);
        tx.execute("DELETE FROM events WHERE rowid = ANY($1)", &[&removed])?;
        for e in added {
            let mut c = Cached {
                c: &mut tx,
                p: prepared,
            };
            Self::insert_event(&mut c, rowid, story, e, &mut taken)?;
        }
        tx.execute(
            "UPDATE articles SET coder_version = $1 WHERE rowid = $2",
            &[&coder_version, &rowid],
        )?;
        tx.commit()?;
        Ok(diff)
    }

    fn events(&self, f: &EventFilter) -> Result<Vec<StoredEvent>> {
        let (w, p) = Self::where_clause(f, 1);
        let sql = format!(
            "SELECT e.record::text, e.cluster, a.story, a.title, a.source, a.url, a.date
             FROM events e JOIN articles a ON a.rowid = e.article {w}
             ORDER BY e.date IS NULL, e.date, e.rowid"
        );
        let rows = self.conn().client.query(&sql, &params(&p))?;
        rows.iter()
            .map(|r| {
                Ok(StoredEvent {
                    event: serde_json::from_str(r.get::<_, &str>(0))?,
                    cluster: r.get(1),
                    story: r.get(2),
                    article_title: r.get(3),
                    article_source: r.get(4),
                    article_url: r.get(5),
                    article_date: r.get(6),
                })
            })
            .collect()
    }

    fn stories(&self, min_articles: usize) -> Result<Vec<Story>> {
        let rows = self.conn().client.query(
            "SELECT story, array_agg(id ORDER BY rowid) FROM articles
             GROUP BY story HAVING COUNT(*) >= $1 ORDER BY story",
            &[&(min_articles as i64)],
        )?;
        Ok(rows
            .iter()
            .map(|r| Story {
                story: r.get(0),
                articles: r.get(1),
            })
            .collect())
    }

    fn search(&self, q: &SearchQuery) -> Result<Vec<SearchHit>> {
        let Some(tq) = tsearch::tsquery(&q.query) else {
            return Ok(Vec::new());
        };
        let limit = if q.limit == 0 { 20 } else { q.limit };
        let mut p: Vec<Param> = vec![Box::new(tq.query.clone())];
        let mut w = vec!["a.tsv @@ q.q".to_string()];
        // Dates as the tantivy index reads them: unreadable bounds do not filter.
        if let Some(d) = q.from.as_deref().filter(|d| date_number(d).is_some()) {
            p.push(Box::new(d[..10].to_string()));
            w.push(format!("left(a.date, 10) >= ${}", p.len()));
        }
        if let Some(d) = q.to.as_deref().filter(|d| date_number(d).is_some()) {
            p.push(Box::new(d[..10].to_string()));
            w.push(format!("left(a.date, 10) <= ${}", p.len()));
        }
        if let Some(s) = &q.source {
            p.push(Box::new(s.clone()));
            w.push(format!("a.source = ${}", p.len()));
        }
        if q.actor.is_some() || q.plover_type.is_some() {
            let f = EventFilter {
                actor: q.actor.clone(),
                plover_type: q.plover_type.clone(),
                ..Default::default()
            };
            let (ew, ep) = Self::where_clause(&f, p.len() + 1);
            p.extend(ep);
            w.push(format!(
                "a.rowid IN (SELECT e.article FROM events e JOIN articles a ON a.rowid = e.article {ew})"
            ));
        }
        p.push(Box::new(limit as i64));
        let sql = format!(
            "SELECT a.id, a.title, a.date, a.source, a.text,
                ts_rank('{{0.1, 0.2, 0.5, 1.0}}', a.tsv, q.q) AS score
             FROM articles a, (SELECT $1::text::tsquery AS q) q
             WHERE {}
             ORDER BY score DESC, a.rowid LIMIT ${}",
            w.join(" AND "),
            p.len()
        );
        let rows = self.conn().client.query(&sql, &params(&p))?;
        Ok(rows
            .iter()
            .map(|r| {
                let text: &str = r.get(4);
                let (snippet, highlights) = tsearch::snippet(text, &tq.highlight);
                SearchHit {
                    id: r.get(0),
                    title: r.get(1),
                    date: r.get(2),
                    source: r.get(3),
                    score: r.get(5),
                    snippet,
                    highlights,
                }
            })
            .collect())
    }

    fn counts(&self) -> Result<Counts> {
        let mut conn = self.conn();
        let c = &mut conn.client;
        count_with(|sql| Ok(c.query_one(sql, &[])?.get::<_, i64>(0) as u64))
    }

    fn close(&mut self) -> Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn messages_do_not_show_passwords() {
        let r = |s: &str| redacted(Path::new(s));
        assert_eq!(r("rasid-data"), "rasid-data");
        assert_eq!(
            r("postgres://rasid@db/events"),
            "postgres://rasid@db/events"
        );
        assert_eq!(
            r("postgres://rasid:s3cret@db:5432/events?sslmode=disable"),
            "postgres://rasid:***@db:5432/events?sslmode=disable"
        );
        assert_eq!(
            r("postgresql://db/events?user=rasid&password=s3cret"),
            "postgresql://db/events?user=rasid&password=***"
        );
    }
}
