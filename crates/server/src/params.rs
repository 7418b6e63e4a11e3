//! Query parameters: parsing (unknown parameters are refused, so typos do not silently
//! widen a query), validation with messages that say what was expected, the conversion to
//! [`EventFilter`], and opaque keyset cursors for pagination.

use rasid_store::stats::Period;
use rasid_store::EventFilter;
use serde::de::DeserializeOwned;
use serde::Deserialize;

use crate::error::{ApiError, ApiResult};

/// Default page size.
pub const DEFAULT_LIMIT: usize = 100;
/// The largest page a client can ask for.
pub const MAX_LIMIT: usize = 1000;

/// The PLOVER event types (docs/event-record.md).
pub const PLOVER_TYPES: [&str; 16] = [
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
];

/// Parse a raw query string into `T`, as a 400 with the parser's reason on failure.
pub fn parse<T: DeserializeOwned + Default>(raw: Option<&str>) -> ApiResult<T> {
    match raw {
        None | Some("") => Ok(T::default()),
        Some(q) => serde_urlencoded::from_str(q)
            .map_err(|e| ApiError::BadRequest(format!("query parameters: {e}"))),
    }
}

/// The event filters and paging shared by events, clusters, exports, dyads, networks and
/// statistics. Each endpoint documents which it reads (docs/server.md).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventParams {
    pub from: Option<String>,
    pub to: Option<String>,
    pub actor: Option<String>,
    pub country: Option<String>,
    pub dyad: Option<String>,
    pub undirected: Option<bool>,
    #[serde(rename = "type")]
    pub plover_type: Option<String>,
    pub cameo: Option<String>,
    pub quad: Option<u8>,
    pub min_sources: Option<usize>,
    pub source: Option<String>,
    pub no_negated: Option<bool>,
    pub limit: Option<usize>,
    pub cursor: Option<String>,
    /// Export format (`/api/events/export`).
    pub format: Option<String>,
    /// Export clusters instead of mentions.
    pub clusters: Option<bool>,
    /// Series period (`/api/dyad`): day, week, month.
    pub by: Option<String>,
    /// Network nodes (`/api/network`): country or actor.
    pub level: Option<String>,
    /// Network edges lighter than this are left out.
    pub min_weight: Option<usize>,
}

/// A `YYYY-MM-DD` date, checked.
pub fn date(name: &str, v: &str) -> ApiResult<String> {
    match v.parse::<jiff::civil::Date>() {
        Ok(_) if v.len() == 10 => Ok(v.to_string()),
        _ => Err(ApiError::BadRequest(format!(
            "{name}={v}: expected a date as YYYY-MM-DD, e.g. 2017-03-02"
        ))),
    }
}

/// A country or organization code: 2 to 8 ASCII letters, upper-cased.
pub fn code(name: &str, v: &str) -> ApiResult<String> {
    if (2..=8).contains(&v.len()) && v.chars().all(|c| c.is_ascii_alphabetic()) {
        Ok(v.to_ascii_uppercase())
    } else {
        Err(ApiError::BadRequest(format!(
            "{name}={v}: expected a country or organization code such as LBY or NATO"
        )))
    }
}

/// `SRC-TGT`, two codes.
pub fn dyad(v: &str) -> ApiResult<(String, String)> {
    match v.split_once('-') {
        Some((a, b)) => Ok((code("dyad", a)?, code("dyad", b)?)),
        None => Err(ApiError::BadRequest(format!(
            "dyad={v}: expected SOURCE-TARGET country codes, e.g. LBY-TUR"
        ))),
    }
}

/// A page size in 1..=MAX_LIMIT.
pub fn limit(v: Option<usize>, default: usize) -> ApiResult<usize> {
    match v {
        None => Ok(default),
        Some(n) if (1..=MAX_LIMIT).contains(&n) => Ok(n),
        Some(n) => Err(ApiError::BadRequest(format!(
            "limit={n}: must be between 1 and {MAX_LIMIT}; page with `cursor`"
        ))),
    }
}

/// A short free-text parameter (actor, source): at most 200 characters, no control characters.
fn text(name: &str, v: &str) -> ApiResult<String> {
    if v.chars().count() > 200 || v.chars().any(char::is_control) {
        return Err(ApiError::BadRequest(format!(
            "{name}: at most 200 characters, no control characters"
        )));
    }
    Ok(v.to_string())
}

impl EventParams {
    /// The store filter these parameters describe.
    pub fn filter(&self) -> ApiResult<EventFilter> {
        let from = self.from.as_deref().map(|d| date("from", d)).transpose()?;
        let to = self.to.as_deref().map(|d| date("to", d)).transpose()?;
        if let (Some(f), Some(t)) = (&from, &to) {
            if f > t {
                return Err(ApiError::BadRequest(format!("from={f} is after to={t}")));
            }
        }
        let plover_type = match self.plover_type.as_deref() {
            None | Some("") => None,
            Some(t) => {
                let up = t.to_ascii_uppercase();
                if !PLOVER_TYPES.contains(&up.as_str()) {
                    return Err(ApiError::BadRequest(format!(
                        "type={t}: not a PLOVER event type; one of {}",
                        PLOVER_TYPES.join(", ")
                    )));
                }
                Some(up)
            }
        };
        let cameo = match self.cameo.as_deref() {
            None | Some("") => None,
            Some(c) if (1..=4).contains(&c.len()) && c.chars().all(|d| d.is_ascii_digit()) => {
                Some(c.to_string())
            }
            Some(c) => {
                return Err(ApiError::BadRequest(format!(
                    "cameo={c}: expected a CAMEO code prefix of 1 to 4 digits, e.g. 04 or 042"
                )))
            }
        };
        if let Some(q) = self.quad {
            if !(1..=4).contains(&q) {
                return Err(ApiError::BadRequest(format!("quad={q}: expected 1 to 4")));
            }
        }
        if let Some(n) = self.min_sources {
            if n > 10_000 {
                return Err(ApiError::BadRequest(format!(
                    "min_sources={n}: expected at most 10000"
                )));
            }
        }
        Ok(EventFilter {
            actor: non_empty(&self.actor)
                .map(|a| text("actor", a))
                .transpose()?,
            country: non_empty(&self.country)
                .map(|c| code("country", c))
                .transpose()?,
            dyad: non_empty(&self.dyad).map(dyad).transpose()?,
            undirected: self.undirected.unwrap_or(false),
            cameo_prefix: cameo,
            plover_type,
            quad_class: self.quad,
            from,
            to,
            min_sources: self.min_sources.filter(|&n| n > 0),
            source: non_empty(&self.source)
                .map(|s| text("source", s))
                .transpose()?,
            exclude_negated: self.no_negated.unwrap_or(false),
        })
    }

    /// The series period (`by`), month by default.
    pub fn period(&self) -> ApiResult<Period> {
        match self.by.as_deref() {
            None | Some("month") => Ok(Period::Month),
            Some("week") => Ok(Period::Week),
            Some("day") => Ok(Period::Day),
            Some(b) => Err(ApiError::BadRequest(format!(
                "by={b}: expected day, week or month"
            ))),
        }
    }
}

/// An `actor` written in Arabic names a dictionary entry, not a stored (Latin) name: read it
/// as rasid reads a sentence and filter by what it resolves to (a person or organization
/// entry, or a country). Unresolved, the filter stays as given (and matches nothing).
pub fn resolve_arabic_actor(dict: &rasid_actors::Dictionary, f: &mut EventFilter) {
    let Some(a) = f.actor.clone() else { return };
    if !a.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)) {
        return;
    }
    let Some(found) = rasid_actors::stats::who(dict, &a, None).into_iter().next() else {
        // A bare surname (السراج) resolves only next to the full name in an article: look
        // it up among people's names, exactly first, then as the one person containing it.
        let fold = |s: &str| rasid_text::normalize_str(s);
        let want = fold(a.trim());
        let names = |p: &rasid_actors::model::Person| -> Vec<String> {
            p.names_ar
                .iter()
                .chain(&p.short_ar)
                .map(|n| fold(n))
                .collect()
        };
        let exact: Vec<&str> = dict
            .people
            .iter()
            .filter(|p| {
                names(p)
                    .iter()
                    .any(|n| *n == want || n.split(' ').any(|w| w == want))
            })
            .map(|p| p.id.as_str())
            .collect();
        if let [one] = exact.as_slice() {
            f.actor = Some(format!("person:{one}"));
        }
        return;
    };
    let parts: Vec<&str> = found.entry.as_deref().unwrap_or("").split('+').collect();
    if let Some(p) = parts.iter().find(|p| p.starts_with("person:")) {
        f.actor = Some(p.to_string());
    } else if let Some(o) = parts.iter().find(|p| p.starts_with("org:")) {
        f.actor = Some(o.to_string());
    } else if let (Some(c), true) = (
        found.country.clone(),
        parts.iter().all(|p| p.starts_with("country:")),
    ) {
        f.actor = None;
        if f.country.is_none() {
            f.country = Some(c);
        }
    } else if let Some(n) = found.name {
        f.actor = Some(n);
    }
}

fn non_empty(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// An opaque cursor: the sort key of the last item of the previous page, hex-encoded.
pub fn encode_cursor(key: &str) -> String {
    key.bytes().map(|b| format!("{b:02x}")).collect()
}

/// The sort key inside a cursor, or a 400.
pub fn decode_cursor(c: &str) -> ApiResult<String> {
    let bad = || ApiError::BadRequest(format!("cursor={c}: not a cursor this server gave out"));
    if c.len() & 1 == 1 || c.len() > 4000 {
        return Err(bad());
    }
    let bytes = (0..c.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(c.get(i..i + 2).ok_or_else(bad)?, 16).map_err(|_| bad()))
        .collect::<ApiResult<Vec<u8>>>()?;
    String::from_utf8(bytes).map_err(|_| bad())
}

/// One page of `items` (already in key order) after `cursor`, with the next cursor.
pub fn page<T>(
    items: Vec<T>,
    key: impl Fn(&T) -> String,
    cursor: Option<&str>,
    limit: usize,
) -> ApiResult<(Vec<T>, Option<String>)> {
    let after = cursor.map(decode_cursor).transpose()?;
    let mut out: Vec<T> = items
        .into_iter()
        .filter(|t| after.as_ref().is_none_or(|a| key(t) > *a))
        .take(limit + 1)
        .collect();
    let next = if out.len() > limit {
        out.truncate(limit);
        out.last().map(|t| encode_cursor(&key(t)))
    } else {
        None
    };
    Ok((out, next))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_refuse_garbage() {
        let k = "0|2017-03-02|003_de3e|ev-1";
        assert_eq!(decode_cursor(&encode_cursor(k)).unwrap(), k);
        assert!(decode_cursor("zz").is_err());
        assert!(decode_cursor("abc").is_err());
        assert!(decode_cursor("' OR 1=1 --").is_err());
    }

    #[test]
    fn pages_follow_keys() {
        let items: Vec<u32> = (10..25).collect();
        let key = |n: &u32| format!("{n:04}");
        let (p1, c1) = page(items.clone(), key, None, 10).unwrap();
        assert_eq!(p1, (10..20).collect::<Vec<_>>());
        let (p2, c2) = page(items, key, c1.as_deref(), 10).unwrap();
        assert_eq!(p2, (20..25).collect::<Vec<_>>());
        assert_eq!(c2, None);
    }

    #[test]
    fn filters_are_validated() {
        let p = EventParams {
            from: Some("2017-13-01".into()),
            ..Default::default()
        };
        assert!(p.filter().unwrap_err().to_string().contains("YYYY-MM-DD"));
        let p = EventParams {
            dyad: Some("lby-tur".into()),
            plover_type: Some("consult".into()),
            ..Default::default()
        };
        let f = p.filter().unwrap();
        assert_eq!(f.dyad, Some(("LBY".into(), "TUR".into())));
        assert_eq!(f.plover_type.as_deref(), Some("CONSULT"));
        assert!(limit(Some(1_000_000), 10).is_err());
        assert_eq!(limit(None, 10).unwrap(), 10);
    }
}
