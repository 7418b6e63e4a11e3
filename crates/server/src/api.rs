//! The read-only JSON endpoints over the archive: events (filters, cursor pagination,
//! exports), event clusters, articles with their events' evidence, full-text search, dyad
//! series, actor networks and statistics. Every store call runs on the store thread.

use std::collections::BTreeMap;

use axum::extract::{Path, RawQuery, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::Json;
use rasid_store::{export, EventFilter, SearchQuery, StoredEvent};
use serde::Deserialize;
use serde_json::{json, Value};

use crate::analysis::{self, Level};
use crate::error::{ApiError, ApiResult};
use crate::params::{self, EventParams, DEFAULT_LIMIT};
use crate::AppState;

/// `GET /api/health`: the process answers. Touches neither the archive nor the
/// dictionaries, so it is the cheapest route: what load balancers probe and what
/// `rasid loadtest` measures first, as its baseline.
pub async fn health() -> Json<Value> {
    Json(json!({ "status": "ok", "version": env!("CARGO_PKG_VERSION") }))
}

/// Sort key of a mention: dated first, by date, then article and event id.
pub fn event_key(s: &StoredEvent) -> String {
    let e = &s.event;
    format!(
        "{}|{}|{}|{}",
        u8::from(e.date.is_none()),
        e.date.as_deref().unwrap_or(""),
        e.article_id,
        e.event_id
    )
}

fn cluster_key(c: &rasid_store::EventCluster) -> String {
    format!(
        "{}|{}|{:020}",
        u8::from(c.event.date.is_none()),
        c.event.date.as_deref().unwrap_or(""),
        c.cluster
    )
}

/// The store filter of these parameters, with an Arabic `actor` resolved in the dictionary.
fn filter(st: &AppState, p: &EventParams) -> ApiResult<EventFilter> {
    let mut f = p.filter()?;
    params::resolve_arabic_actor(&st.coder().dict, &mut f);
    Ok(f)
}

async fn mentions(st: &AppState, f: EventFilter) -> ApiResult<Vec<StoredEvent>> {
    st.store.call(move |s| Ok(s.events(&f)?)).await
}

/// `GET /api/events`: event mentions, one page at a time.
pub async fn events(State(st): State<AppState>, RawQuery(q): RawQuery) -> ApiResult<Json<Value>> {
    let p: EventParams = params::parse(q.as_deref())?;
    let f = filter(&st, &p)?;
    let limit = params::limit(p.limit, DEFAULT_LIMIT)?;
    let mut all = mentions(&st, f).await?;
    all.sort_by_cached_key(event_key);
    let total = all.len();
    let (page, next) = params::page(all, event_key, p.cursor.as_deref(), limit)?;
    Ok(Json(
        json!({ "total": total, "events": page, "next_cursor": next }),
    ))
}

/// `GET /api/events/export`: all matching events as a file (csv, tsv, jsonl, parquet).
pub async fn export(State(st): State<AppState>, RawQuery(q): RawQuery) -> ApiResult<Response> {
    let p: EventParams = params::parse(q.as_deref())?;
    let f = filter(&st, &p)?;
    let format = p.format.clone().unwrap_or_else(|| "csv".into());
    let (mime, ext) = match format.as_str() {
        "csv" => ("text/csv; charset=utf-8", "csv"),
        "tsv" => ("text/tab-separated-values; charset=utf-8", "tsv"),
        "jsonl" => ("application/x-ndjson", "jsonl"),
        "parquet" => ("application/vnd.apache.parquet", "parquet"),
        other => {
            return Err(ApiError::BadRequest(format!(
                "format={other}: expected csv, tsv, jsonl or parquet"
            )))
        }
    };
    let per_cluster = p.clusters.unwrap_or(false);
    let bytes = st
        .store
        .call(move |s| {
            let mentions = s.events(&f)?;
            let clusters = per_cluster.then(|| rasid_store::clusters(mentions.clone()));
            let rows = match &clusters {
                Some(c) => export::cluster_rows(c),
                None => export::mention_rows(&mentions),
            };
            let mut out: Vec<u8> = Vec::new();
            match format.as_str() {
                "csv" => export::write_csv(&mut out, &rows, false)?,
                "tsv" => {
                    let ont = rasid_coder::Ontology::embedded()
                        .map_err(|e| ApiError::Internal(e.to_string()))?;
                    export::write_tsv(&mut out, &rows, &|c| ont.cameo(c).map(|c| c.name.clone()))?
                }
                "jsonl" => match &clusters {
                    Some(c) => export::write_jsonl_clusters(&mut out, c)?,
                    None => export::write_jsonl_mentions(&mut out, &mentions)?,
                },
                _ => export::write_parquet(&mut out, &rows)?,
            }
            Ok(out)
        })
        .await?;
    let name = format!(
        "attachment; filename=\"rasid-{}.{ext}\"",
        if per_cluster { "clusters" } else { "events" }
    );
    Ok((
        [
            (header::CONTENT_TYPE, mime.to_string()),
            (header::CONTENT_DISPOSITION, name),
        ],
        bytes,
    )
        .into_response())
}

/// `GET /api/clusters`: event clusters (one event told by several articles), paged.
pub async fn clusters(State(st): State<AppState>, RawQuery(q): RawQuery) -> ApiResult<Json<Value>> {
    let p: EventParams = params::parse(q.as_deref())?;
    let f = filter(&st, &p)?;
    let limit = params::limit(p.limit, DEFAULT_LIMIT)?;
    let all = rasid_store::clusters(mentions(&st, f).await?);
    let total = all.len();
    let (page, next) = params::page(all, cluster_key, p.cursor.as_deref(), limit)?;
    Ok(Json(
        json!({ "total": total, "clusters": page, "next_cursor": next }),
    ))
}

/// `GET /api/clusters/{id}`: one cluster with all its mentions.
pub async fn cluster(State(st): State<AppState>, Path(id): Path<String>) -> ApiResult<Json<Value>> {
    let n: i64 = id
        .parse()
        .map_err(|_| ApiError::BadRequest(format!("cluster id {id}: expected a number")))?;
    let all = mentions(&st, EventFilter::default()).await?;
    let mine: Vec<StoredEvent> = all.into_iter().filter(|m| m.cluster == n).collect();
    match rasid_store::clusters(mine).into_iter().next() {
        Some(c) => Ok(Json(json!(c))),
        None => Err(ApiError::NotFound(format!("no event cluster {n}"))),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageParams {
    pub limit: Option<usize>,
    pub cursor: Option<String>,
}

/// `GET /api/articles`: article metadata in ingest order, paged.
pub async fn articles(State(st): State<AppState>, RawQuery(q): RawQuery) -> ApiResult<Json<Value>> {
    let p: PageParams = params::parse(q.as_deref())?;
    let limit = params::limit(p.limit, DEFAULT_LIMIT)?;
    let after = p.cursor.as_deref().map(params::decode_cursor).transpose()?;
    let start: usize = match after {
        Some(a) => {
            a.parse::<usize>().map_err(|_| {
                ApiError::BadRequest("cursor: not a cursor this server gave out".into())
            })? + 1
        }
        None => 0,
    };
    let (items, total) = st
        .store
        .call(move |s| {
            let ids = s.article_ids()?;
            let total = ids.len();
            let mut items = Vec::new();
            for id in ids.iter().skip(start).take(limit) {
                if let Some(a) = s.article(id)? {
                    let n = s.article_events(id)?.len();
                    items.push(json!({
                        "id": a.id, "title": a.title, "date": a.date, "source": a.source,
                        "url": a.url, "story": a.story, "events": n,
                        "chars": a.text.chars().count(),
                    }));
                }
            }
            Ok((items, total))
        })
        .await?;
    let end = start + items.len();
    let next = (end < total).then(|| params::encode_cursor(&(end - 1).to_string()));
    Ok(Json(
        json!({ "total": total, "articles": items, "next_cursor": next }),
    ))
}

/// `GET /api/articles/{id}`: the text, metadata and events (with evidence offsets, CAMEO
/// names, rule) of one article.
pub async fn article(State(st): State<AppState>, Path(id): Path<String>) -> ApiResult<Json<Value>> {
    if id.chars().count() > 500 {
        return Err(ApiError::BadRequest(
            "article id: at most 500 characters".into(),
        ));
    }
    let ont = st.ontology.clone();
    let shown = id.clone();
    let (a, events) = st
        .store
        .call(move |s| {
            let a = s.article(&id)?;
            let ev = if a.is_some() {
                s.article_events(&id)?
            } else {
                Vec::new()
            };
            Ok((a, ev))
        })
        .await?;
    let Some(a) = a else {
        return Err(ApiError::NotFound(format!("no article with id {shown:?}")));
    };
    let events: Vec<Value> = events
        .into_iter()
        .map(|e| {
            let name = ont.cameo(&e.cameo).map(|c| c.name.clone());
            let mut v = json!(e);
            v["cameo_name"] = json!(name);
            v
        })
        .collect();
    Ok(Json(
        json!({ "article": a, "chars": a.text.chars().count(), "events": events }),
    ))
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchParams {
    pub q: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub source: Option<String>,
    pub actor: Option<String>,
    #[serde(rename = "type")]
    pub plover_type: Option<String>,
    pub limit: Option<usize>,
}

/// A snippet cut into plain and highlighted parts (highlights are byte ranges).
fn parts(snippet: &str, hl: &[(usize, usize)]) -> Vec<Value> {
    let mut out = Vec::new();
    let mut at = 0;
    let mut hl = hl.to_vec();
    hl.sort();
    for (a, b) in hl {
        if a < at
            || b > snippet.len()
            || !snippet.is_char_boundary(a)
            || !snippet.is_char_boundary(b)
        {
            continue;
        }
        if a > at {
            out.push(json!({ "text": &snippet[at..a], "hit": false }));
        }
        out.push(json!({ "text": &snippet[a..b], "hit": true }));
        at = b;
    }
    if at < snippet.len() {
        out.push(json!({ "text": &snippet[at..], "hit": false }));
    }
    out
}

/// `GET /api/search?q=`: full-text search with highlighted snippets.
pub async fn search(State(st): State<AppState>, RawQuery(q): RawQuery) -> ApiResult<Json<Value>> {
    let p: SearchParams = params::parse(q.as_deref())?;
    let query = p.q.as_deref().map(str::trim).unwrap_or("");
    if query.is_empty() {
        return Err(ApiError::BadRequest(
            "q: give a search query, e.g. /api/search?q=السراج".into(),
        ));
    }
    if query.chars().count() > 500 {
        return Err(ApiError::BadRequest("q: at most 500 characters".into()));
    }
    // The same validation as the event filters.
    let f = EventParams {
        from: p.from.clone(),
        to: p.to.clone(),
        actor: p.actor.clone(),
        source: p.source.clone(),
        plover_type: p.plover_type.clone(),
        ..Default::default()
    };
    let f = filter(&st, &f)?;
    let sq = SearchQuery {
        query: query.to_string(),
        from: f.from,
        to: f.to,
        source: f.source,
        actor: f.actor,
        plover_type: f.plover_type,
        limit: params::limit(p.limit, 20)?,
    };
    let hits = st.store.call(move |s| Ok(s.search(&sq)?)).await?;
    let hits: Vec<Value> = hits
        .into_iter()
        .map(|h| {
            let mut v = json!(h);
            v["parts"] = json!(parts(&h.snippet, &h.highlights));
            v
        })
        .collect();
    Ok(Json(json!({ "query": query, "hits": hits })))
}

/// `GET /api/dyad?dyad=LBY-TUR`: Goldstein series and QuadClass counts of a dyad.
pub async fn dyad(State(st): State<AppState>, RawQuery(q): RawQuery) -> ApiResult<Json<Value>> {
    let p: EventParams = params::parse(q.as_deref())?;
    if p.dyad.as_deref().map(str::trim).unwrap_or("").is_empty() {
        return Err(ApiError::BadRequest(
            "dyad: give two country codes, e.g. /api/dyad?dyad=LBY-TUR&undirected=true".into(),
        ));
    }
    let by = p.period()?;
    let f = filter(&st, &p)?;
    let (a, b) = f.dyad.clone().unwrap_or_default();
    let m = mentions(&st, f.clone()).await?;
    let undated = m.iter().filter(|s| s.event.date.is_none()).count();
    Ok(Json(json!({
        "source": a, "target": b, "undirected": f.undirected,
        "by": p.by.as_deref().unwrap_or("month"),
        "events": m.len(), "undated": undated,
        "series": analysis::series(&m, by),
        "quad": analysis::quad_counts(&m),
    })))
}

/// `GET /api/network`: actors (countries by default) as nodes, events as weighted edges.
pub async fn network(State(st): State<AppState>, RawQuery(q): RawQuery) -> ApiResult<Json<Value>> {
    let p: EventParams = params::parse(q.as_deref())?;
    let level = match p.level.as_deref() {
        None | Some("country") => Level::Country,
        Some("actor") => Level::Actor,
        Some(l) => {
            return Err(ApiError::BadRequest(format!(
                "level={l}: expected country or actor"
            )))
        }
    };
    let min_weight = p.min_weight.unwrap_or(1).max(1) as u64;
    let f = filter(&st, &p)?;
    let m = mentions(&st, f).await?;
    Ok(Json(json!(analysis::network(&m, level, min_weight))))
}

/// `GET /api/stats`: what the archive holds, and counts by QuadClass, month and type.
pub async fn stats(State(st): State<AppState>, RawQuery(q): RawQuery) -> ApiResult<Json<Value>> {
    let p: EventParams = params::parse(q.as_deref())?;
    let f = filter(&st, &p)?;
    let (counts, m) = st
        .store
        .call(move |s| Ok((s.counts()?, s.events(&f)?)))
        .await?;
    let mut months: BTreeMap<String, u64> = BTreeMap::new();
    let mut types: BTreeMap<String, u64> = BTreeMap::new();
    let mut countries: BTreeMap<String, u64> = BTreeMap::new();
    for s in &m {
        let e = &s.event;
        let month = e
            .date
            .as_deref()
            .and_then(|d| d.get(..7))
            .unwrap_or("undated");
        *months.entry(month.to_string()).or_default() += 1;
        *types
            .entry(e.plover.event_type.clone().unwrap_or_else(|| "-".into()))
            .or_default() += 1;
        let mut cs: Vec<&str> = [&e.source, &e.target]
            .into_iter()
            .flatten()
            .filter_map(|a| a.country.as_deref())
            .collect();
        cs.dedup();
        for c in cs {
            *countries.entry(c.to_string()).or_default() += 1;
        }
    }
    Ok(Json(json!({
        "counts": counts,
        "matching_events": m.len(),
        "quad": analysis::quad_counts(&m),
        "months": months,
        "types": types,
        "countries": countries,
    })))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_parts_cover_the_snippet() {
        let s = "قال السراج أمس";
        let a = s.find("السراج").unwrap();
        let p = parts(s, &[(a, a + "السراج".len())]);
        assert_eq!(p.len(), 3);
        assert_eq!(p[1]["text"], "السراج");
        assert_eq!(p[1]["hit"], true);
        let joined: String = p.iter().map(|v| v["text"].as_str().unwrap()).collect();
        assert_eq!(joined, s);
        // A range that is not on a character boundary is ignored, not a panic.
        assert_eq!(parts(s, &[(1, 2)]).len(), 1);
    }
}
