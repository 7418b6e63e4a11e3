//! Actor endpoints and the review workflow: dictionary entries (people, organizations,
//! countries) with their dated roles and what the archive's events say about them; the
//! `actors suggest` candidates over the stored articles; accepting a suggestion into the
//! user dictionary (people.tsv and roles.tsv under the dictionary directory, bearer token
//! required) and re-coding the archive with it.

use std::path::Path as FsPath;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::HeaderMap;
use axum::Json;
use rasid_actors::load::FILES;
use rasid_actors::suggest::Suggester;
use rasid_actors::Dictionary;
use rasid_coder::Coder;
use rasid_store::EventFilter;
use serde::Deserialize;
use serde_json::{json, Value};

use crate::analysis::{self, Subject};
use crate::error::{ApiError, ApiResult};
use crate::params;
use crate::AppState;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListParams {
    pub q: Option<String>,
    /// person, organization or country.
    pub kind: Option<String>,
    pub limit: Option<usize>,
}

fn fold(s: &str) -> String {
    rasid_text::normalize_str(s).to_lowercase()
}

/// `GET /api/actors`: dictionary entries whose id, name or Arabic names contain `q`.
pub async fn list(State(st): State<AppState>, RawQuery(q): RawQuery) -> ApiResult<Json<Value>> {
    let p: ListParams = params::parse(q.as_deref())?;
    let limit = params::limit(p.limit, 50)?;
    let kind = p.kind.as_deref().unwrap_or("");
    if !["", "person", "organization", "country"].contains(&kind) {
        return Err(ApiError::BadRequest(format!(
            "kind={kind}: expected person, organization or country"
        )));
    }
    let needle = fold(p.q.as_deref().unwrap_or("").trim());
    let hit = |id: &str, name: &str, ar: &[String]| {
        needle.is_empty()
            || fold(id).contains(&needle)
            || fold(name).contains(&needle)
            || ar.iter().any(|a| fold(a).contains(&needle))
    };
    let coder = st.coder();
    let d = &coder.dict;
    let mut out: Vec<Value> = Vec::new();
    if kind.is_empty() || kind == "person" {
        for (i, p) in d.people.iter().enumerate() {
            if hit(&p.id, &p.name, &p.names_ar) {
                let country = d
                    .roles
                    .iter()
                    .find(|r| r.person == i)
                    .map(|r| r.country.clone());
                out.push(json!({ "id": format!("person:{}", p.id), "kind": "person",
                    "name": p.name, "names_ar": p.names_ar, "country": country }));
            }
        }
    }
    if kind.is_empty() || kind == "organization" {
        for o in &d.organizations {
            if hit(&o.id, &o.name, &o.names_ar) {
                out.push(
                    json!({ "id": format!("org:{}", o.id), "kind": "organization",
                    "name": o.name, "names_ar": o.names_ar, "country": o.country,
                    "sector": o.sector, "code": o.code }),
                );
            }
        }
    }
    if kind.is_empty() || kind == "country" {
        for c in &d.countries {
            if hit(&c.code, &c.name, &c.names_ar) {
                out.push(
                    json!({ "id": format!("country:{}", c.code), "kind": "country",
                    "name": c.name, "names_ar": c.names_ar, "country": c.code }),
                );
            }
        }
    }
    let total = out.len();
    out.truncate(limit);
    Ok(Json(json!({ "total": total, "actors": out })))
}

/// The dictionary entry an actor id names, and how to find its events.
fn resolve(d: &Dictionary, id: &str) -> Option<(Value, Subject, EventFilter)> {
    let (kind, key) = id.split_once(':').unwrap_or(("", id));
    if kind.is_empty() || kind == "person" {
        if let Some((i, p)) = d.people.iter().enumerate().find(|(_, p)| p.id == key) {
            let roles: Vec<Value> = d
                .roles
                .iter()
                .filter(|r| r.person == i)
                .map(|r| {
                    json!({ "role": r.role, "country": r.country, "sector": r.sector,
                        "office": r.office.and_then(|o| d.offices.get(o)).map(|o| o.id.clone()),
                        "start": r.start.map(|x| x.to_string()), "end": r.end.map(|x| x.to_string()) })
                })
                .collect();
            let entry = format!("person:{}", p.id);
            let v = json!({ "id": entry, "kind": "person", "name": p.name,
                "names_ar": p.names_ar, "short_ar": p.short_ar, "roles": roles });
            let f = EventFilter {
                actor: Some(entry.clone()),
                ..Default::default()
            };
            return Some((v, Subject::Entry(entry), f));
        }
    }
    if kind.is_empty() || kind == "org" {
        if let Some(o) = d.organizations.iter().find(|o| o.id == key) {
            let entry = format!("org:{}", o.id);
            let v = json!({ "id": entry, "kind": "organization", "name": o.name,
                "names_ar": o.names_ar, "country": o.country, "sector": o.sector,
                "code": o.code, "roles": [] });
            let f = EventFilter {
                actor: Some(entry.clone()),
                ..Default::default()
            };
            return Some((v, Subject::Entry(entry), f));
        }
    }
    if kind.is_empty() || kind == "country" {
        let code = key.to_ascii_uppercase();
        if let Some(c) = d.country(&code) {
            let v = json!({ "id": format!("country:{}", c.code), "kind": "country",
                "name": c.name, "names_ar": c.names_ar, "country": c.code, "roles": [] });
            let f = EventFilter {
                country: Some(c.code.clone()),
                ..Default::default()
            };
            return Some((v, Subject::Country(c.code.clone()), f));
        }
    }
    None
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActorParams {
    pub from: Option<String>,
    pub to: Option<String>,
    /// How many events to list.
    pub limit: Option<usize>,
}

/// `GET /api/actors/{id}`: an entry's dictionary roles over time, its events as source and
/// target by month, the roles the coder gave it, its top partners and latest events.
pub async fn detail(
    State(st): State<AppState>,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
) -> ApiResult<Json<Value>> {
    let p: ActorParams = params::parse(q.as_deref())?;
    let limit = params::limit(p.limit, 50)?;
    let coder = st.coder();
    let Some((entry, who, mut f)) = resolve(&coder.dict, id.trim()) else {
        return Err(ApiError::NotFound(format!(
            "no actor {id:?}: give person:ID, org:ID or country:CODE (see /api/actors?q=)"
        )));
    };
    f.from = p
        .from
        .as_deref()
        .map(|d| params::date("from", d))
        .transpose()?;
    f.to = p.to.as_deref().map(|d| params::date("to", d)).transpose()?;
    let m = st.store.call(move |s| Ok(s.events(&f)?)).await?;
    let mine: Vec<&rasid_store::StoredEvent> = m
        .iter()
        .filter(|s| who.matches(s.event.source.as_ref()) || who.matches(s.event.target.as_ref()))
        .collect();
    let profile = analysis::profile(&m, &who, 20);
    let mut latest: Vec<Value> = mine
        .iter()
        .rev()
        .take(limit)
        .map(|s| {
            json!({ "event": s.event, "cluster": s.cluster,
                "as": if who.matches(s.event.source.as_ref()) { "source" } else { "target" } })
        })
        .collect();
    latest.reverse();
    Ok(Json(
        json!({ "actor": entry, "profile": profile, "events": latest }),
    ))
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SuggestParams {
    pub top: Option<usize>,
    pub min_count: Option<usize>,
}

/// `GET /api/suggestions`: names in the stored articles that look like actors the
/// dictionary does not know (as `rasid actors suggest`).
pub async fn suggestions(
    State(st): State<AppState>,
    RawQuery(q): RawQuery,
) -> ApiResult<Json<Value>> {
    let p: SuggestParams = params::parse(q.as_deref())?;
    let top = params::limit(p.top, 50)?;
    let min_count = p.min_count.unwrap_or(2).max(1);
    let coder = st.coder();
    let found = st
        .store
        .call(move |s| {
            let mut sg = Suggester::new(&coder.dict);
            for id in s.article_ids()? {
                if let Some(a) = s.article(&id)? {
                    sg.add_article(&a.text);
                }
            }
            Ok(sg.finish(top, min_count))
        })
        .await?;
    let items: Vec<Value> = found
        .iter()
        .map(|c| {
            let line = c.people_line();
            let id = line.split('\t').next().unwrap_or("").to_string();
            json!({ "name_ar": c.name, "count": c.count, "contexts": c.contexts,
                "examples": c.examples, "id": id,
                "name": rasid_actors::petrarch::transliterate(&c.name),
                "people_tsv": line })
        })
        .collect();
    Ok(Json(json!({ "suggestions": items })))
}

/// Check `Authorization: Bearer <RASID_TOKEN>`.
pub fn authorize(st: &AppState, headers: &HeaderMap) -> ApiResult<()> {
    let Some(token) = st.token.as_deref() else {
        return Err(ApiError::Unauthorized(
            "writes are disabled: start rasid serve with RASID_TOKEN set, then send Authorization: Bearer <token>".into(),
        ));
    };
    let given = headers
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    let same = given.len() == token.len()
        && given
            .bytes()
            .zip(token.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0;
    if same {
        Ok(())
    } else {
        Err(ApiError::Unauthorized(
            "this write needs Authorization: Bearer <RASID_TOKEN>".into(),
        ))
    }
}

/// A suggestion to add: a person and one dated role.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Accept {
    /// people.tsv id: lower-case ASCII letters, digits and `-`.
    pub id: String,
    /// Latin-script name.
    pub name: String,
    /// Arabic names, `|` between variants.
    pub name_ar: String,
    #[serde(default)]
    pub short_ar: String,
    pub country: String,
    pub sector: String,
    pub role: String,
    #[serde(default)]
    pub start: Option<String>,
    #[serde(default)]
    pub end: Option<String>,
}

fn cell(name: &str, v: &str, max: usize) -> ApiResult<String> {
    let v = v.trim();
    if v.chars().any(char::is_control) || v.chars().count() > max {
        return Err(ApiError::BadRequest(format!(
            "{name}: at most {max} characters, no tabs or line breaks"
        )));
    }
    Ok(v.to_string())
}

impl Accept {
    fn check(&self) -> ApiResult<()> {
        if self.id.is_empty()
            || self.id.len() > 80
            || !self
                .id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            return Err(ApiError::BadRequest(format!(
                "id={:?}: lower-case ASCII letters, digits and '-', e.g. khalid-al-mishri",
                self.id
            )));
        }
        for (n, v) in [
            ("name", &self.name),
            ("name_ar", &self.name_ar),
            ("role", &self.role),
        ] {
            if cell(n, v, 200)?.is_empty() {
                return Err(ApiError::BadRequest(format!("{n}: required")));
            }
        }
        cell("short_ar", &self.short_ar, 200)?;
        let arabic = |s: &str| {
            s.chars()
                .all(|c| matches!(c, '\u{0600}'..='\u{06FF}' | ' ' | '|'))
        };
        if !arabic(&self.name_ar) || !arabic(&self.short_ar) {
            return Err(ApiError::BadRequest(
                "name_ar, short_ar: Arabic letters only, '|' between variants".into(),
            ));
        }
        params::code("country", &self.country)?;
        params::code("sector", &self.sector)?;
        for d in [&self.start, &self.end].into_iter().flatten() {
            if !d.is_empty() {
                params::date("start/end", d)?;
            }
        }
        Ok(())
    }
}

/// Append `line` to `dir/name`, creating it from the bundled copy first.
fn append(dir: &FsPath, name: &str, line: &str) -> std::io::Result<Option<String>> {
    let path = dir.join(name);
    let old = std::fs::read_to_string(&path).ok();
    let mut text = match &old {
        Some(t) => t.clone(),
        None => FILES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, t)| t.to_string())
            .unwrap_or_default(),
    };
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(line);
    text.push('\n');
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(&path, text)?;
    Ok(old)
}

fn restore(dir: &FsPath, name: &str, old: Option<String>) {
    let path = dir.join(name);
    let r = match old {
        Some(t) => std::fs::write(&path, t),
        None => std::fs::remove_file(&path),
    };
    if let Err(e) = r {
        tracing::error!("restoring {}: {e}", path.display());
    }
}

/// `POST /api/suggestions/accept`: add a person and role to the user dictionary, reload
/// the coder. Needs the bearer token.
pub async fn accept(
    State(st): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Json<Value>> {
    authorize(&st, &headers)?;
    let a: Accept = serde_json::from_slice(&body)
        .map_err(|e| ApiError::BadRequest(format!("request body: {e}")))?;
    a.check()?;
    let _guard = st.write_lock.lock().await;
    if st.coder().dict.people.iter().any(|p| p.id == a.id) {
        return Err(ApiError::Conflict(format!(
            "id {} is already in the dictionary",
            a.id
        )));
    }
    let dir = st.dict_dir.clone();
    let accepted = format!("person:{}", a.id);
    let coder = tokio::task::spawn_blocking(move || -> ApiResult<Arc<Coder>> {
        let io = |e: std::io::Error| ApiError::Internal(format!("writing the dictionary: {e}"));
        let source = "rasid serve review";
        let people = format!(
            "{}\t{}\t{}\t{}\t{source}",
            a.id,
            a.name.trim(),
            a.name_ar.trim(),
            a.short_ar.trim()
        );
        let role = format!(
            "{}\t\t{}\t{}\t{}\t{}\t{}\t{source}",
            a.id,
            a.country.to_ascii_uppercase(),
            a.sector.to_ascii_uppercase(),
            a.role.trim(),
            a.start.as_deref().unwrap_or(""),
            a.end.as_deref().unwrap_or("")
        );
        let old_people = append(&dir, "actors/people.tsv", &people).map_err(io)?;
        let old_roles = match append(&dir, "actors/roles.tsv", &role) {
            Ok(o) => o,
            Err(e) => {
                restore(&dir, "actors/people.tsv", old_people);
                return Err(io(e));
            }
        };
        let built = Dictionary::from_dir(&dir)
            .map_err(|e| e.to_string())
            .and_then(|d| Coder::new(d).map_err(|e| e.to_string()));
        match built {
            Ok(c) => Ok(Arc::new(c)),
            Err(e) => {
                restore(&dir, "actors/people.tsv", old_people);
                restore(&dir, "actors/roles.tsv", old_roles);
                Err(ApiError::BadRequest(format!(
                    "the dictionary refuses this entry: {e}"
                )))
            }
        }
    })
    .await
    .map_err(|e| ApiError::Internal(e.to_string()))??;
    let version = coder.version().to_string();
    st.set_coder(coder);
    tracing::info!(
        "accepted {accepted} into {}: {version}",
        st.dict_dir.display()
    );
    Ok(Json(json!({
        "accepted": accepted,
        "dictionary": st.dict_dir.display().to_string(),
        "coder_version": version,
        "next": "POST /api/recode to re-code the archive with it",
    })))
}

/// `POST /api/recode`: re-code every stored article with the current dictionaries (as
/// `rasid recode`). Needs the bearer token.
pub async fn recode(State(st): State<AppState>, headers: HeaderMap) -> ApiResult<Json<Value>> {
    authorize(&st, &headers)?;
    let _guard = st.write_lock.lock().await;
    let coder = st.coder();
    let sum = st
        .store
        .call(move |s| {
            let version = coder.version().to_string();
            let (mut checked, mut changed, mut added, mut removed, mut kept) = (0, 0, 0, 0, 0);
            for id in s.article_ids()? {
                let Some(a) = s.article(&id)? else { continue };
                let coded = coder.code(&a.to_article());
                let d = s.replace_events(&id, &coded.events, &version)?;
                checked += 1;
                if d.added + d.removed > 0 {
                    changed += 1;
                }
                added += d.added;
                removed += d.removed;
                kept += d.kept;
            }
            Ok(
                json!({ "checked": checked, "changed": changed, "added": added,
                "removed": removed, "kept": kept, "coder_version": version }),
            )
        })
        .await?;
    tracing::info!("recode: {sum}");
    Ok(Json(sum))
}
