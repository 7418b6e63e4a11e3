//! The analyses behind the dyad, network and actor pages, computed from event mentions
//! ([`StoredEvent`]) as the store returns them: Goldstein series with QuadClass counts,
//! weighted actor networks, and an actor's events as source and target over time with its
//! top partners. Pure functions, so a second backend gets them for free.

use std::collections::BTreeMap;

use rasid_actors::Actor;
use rasid_store::stats::{period_of, Period};
use rasid_store::StoredEvent;
use serde::Serialize;

/// QuadClass names, index 1 to 4.
pub const QUAD_NAMES: [&str; 5] = [
    "none",
    "verbal cooperation",
    "material cooperation",
    "verbal conflict",
    "material conflict",
];

#[derive(Debug, Serialize, PartialEq)]
pub struct SeriesPoint {
    pub period: String,
    pub events: u64,
    pub goldstein_sum: f64,
    pub goldstein_mean: f64,
    /// Events of QuadClass 1 to 4 in this period.
    pub quad: [u64; 4],
}

#[derive(Debug, Serialize, PartialEq)]
pub struct QuadCount {
    pub quad_class: u8,
    pub name: &'static str,
    pub events: u64,
}

/// Goldstein sum and mean per period (undated events left out), as `rasid stats goldstein`.
pub fn series(mentions: &[StoredEvent], by: Period) -> Vec<SeriesPoint> {
    let mut m: BTreeMap<String, (u64, f64, [u64; 4])> = BTreeMap::new();
    for s in mentions {
        if let Some(p) = period_of(s.event.date.as_deref(), by) {
            let v = m.entry(p).or_default();
            v.0 += 1;
            v.1 += s.event.goldstein;
            if (1..=4).contains(&s.event.quad_class) {
                v.2[usize::from(s.event.quad_class) - 1] += 1;
            }
        }
    }
    m.into_iter()
        .map(|(period, (events, sum, quad))| SeriesPoint {
            period,
            events,
            goldstein_sum: round(sum, 2),
            goldstein_mean: round(sum / events as f64, 3),
            quad,
        })
        .collect()
}

/// Events per QuadClass 1 to 4.
pub fn quad_counts(mentions: &[StoredEvent]) -> Vec<QuadCount> {
    let mut c = [0u64; 5];
    for s in mentions {
        c[usize::from(s.event.quad_class.min(4))] += 1;
    }
    (1..=4u8)
        .map(|q| QuadCount {
            quad_class: q,
            name: QUAD_NAMES[usize::from(q)],
            events: c[usize::from(q)],
        })
        .collect()
}

fn round(x: f64, digits: i32) -> f64 {
    let f = 10f64.powi(digits);
    (x * f).round() / f
}

/// Node granularity of a network.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// One node per country or organization code.
    Country,
    /// One node per party (a person, or country + sector + name).
    Actor,
}

#[derive(Debug, Serialize, PartialEq)]
pub struct Node {
    pub id: String,
    pub label: String,
    pub country: Option<String>,
    /// Events the node takes part in (as source or target).
    pub events: u64,
}

#[derive(Debug, Serialize, PartialEq)]
pub struct Edge {
    pub source: String,
    pub target: String,
    pub weight: u64,
    pub goldstein_mean: f64,
    /// Events per PLOVER type (`-` for none).
    pub types: BTreeMap<String, u64>,
}

#[derive(Debug, Serialize, PartialEq)]
pub struct Network {
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
}

fn node_of(a: &Actor, level: Level) -> Option<(String, String)> {
    match level {
        Level::Country => a.country.clone().map(|c| (c.clone(), c)),
        Level::Actor => {
            let key = a.party_key();
            let label = a
                .name
                .clone()
                .or_else(|| a.name_ar.clone())
                .unwrap_or_else(|| a.text.clone());
            let label = match &a.country {
                Some(c) if !label.contains(c.as_str()) => format!("{label} ({c})"),
                _ => label,
            };
            (!key.trim_matches('|').is_empty()).then_some((key, label))
        }
    }
}

/// An edge being summed: events, Goldstein sum, events per type.
type EdgeSum = (u64, f64, BTreeMap<String, u64>);

/// Directed network: an edge per (source node, target node) with its event count, mean
/// Goldstein and counts per type; events with a missing side or a loop are left out.
pub fn network(mentions: &[StoredEvent], level: Level, min_weight: u64) -> Network {
    let mut nodes: BTreeMap<String, (String, Option<String>, u64)> = BTreeMap::new();
    let mut edges: BTreeMap<(String, String), EdgeSum> = BTreeMap::new();
    for s in mentions {
        let e = &s.event;
        let (Some(src), Some(tgt)) = (e.source.as_ref(), e.target.as_ref()) else {
            continue;
        };
        let (Some(a), Some(b)) = (node_of(src, level), node_of(tgt, level)) else {
            continue;
        };
        if a.0 == b.0 {
            continue;
        }
        let v = edges.entry((a.0.clone(), b.0.clone())).or_default();
        v.0 += 1;
        v.1 += e.goldstein;
        *v.2.entry(e.plover.event_type.clone().unwrap_or_else(|| "-".into()))
            .or_default() += 1;
        for ((id, label), actor) in [(a, src), (b, tgt)] {
            nodes
                .entry(id)
                .or_insert_with(|| (label, actor.country.clone(), 0))
                .2 += 1;
        }
    }
    let edges: Vec<Edge> = edges
        .into_iter()
        .filter(|(_, v)| v.0 >= min_weight)
        .map(|((source, target), (weight, sum, types))| Edge {
            source,
            target,
            weight,
            goldstein_mean: round(sum / weight as f64, 3),
            types,
        })
        .collect();
    let used: std::collections::HashSet<&str> = edges
        .iter()
        .flat_map(|e| [e.source.as_str(), e.target.as_str()])
        .collect();
    let nodes = nodes
        .into_iter()
        .filter(|(id, _)| used.contains(id.as_str()))
        .map(|(id, (label, country, events))| Node {
            id,
            label,
            country,
            events,
        })
        .collect();
    Network { nodes, edges }
}

/// Which actors an actor page is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// A dictionary entry id part, e.g. `person:fayez-al-sarraj` or `org:LBY-GNA`.
    Entry(String),
    /// A country or organization code: every actor of that country.
    Country(String),
}

impl Subject {
    pub fn matches(&self, a: Option<&Actor>) -> bool {
        let Some(a) = a else { return false };
        match self {
            Subject::Entry(id) => a
                .entry
                .as_deref()
                .is_some_and(|e| e.split('+').any(|p| p == id)),
            Subject::Country(c) => a.country.as_deref() == Some(c.as_str()),
        }
    }
}

#[derive(Debug, Serialize, PartialEq)]
pub struct Period2 {
    pub period: String,
    pub as_source: u64,
    pub as_target: u64,
}

#[derive(Debug, Serialize, PartialEq)]
pub struct RoleSeen {
    pub role: String,
    pub first: Option<String>,
    pub last: Option<String>,
    pub events: u64,
}

#[derive(Debug, Serialize, PartialEq)]
pub struct Partner {
    pub key: String,
    pub name: String,
    pub country: Option<String>,
    pub events: u64,
    pub goldstein_mean: f64,
}

#[derive(Debug, Serialize, PartialEq)]
pub struct Profile {
    pub as_source: u64,
    pub as_target: u64,
    /// Events per month as source and as target.
    pub timeline: Vec<Period2>,
    /// The roles the coder gave this actor in events, with the first and last dates seen.
    pub roles_in_events: Vec<RoleSeen>,
    pub top_partners: Vec<Partner>,
}

/// An actor's events as source and target, by month, its roles as coded, and its partners.
pub fn profile(mentions: &[StoredEvent], who: &Subject, top: usize) -> Profile {
    let mut p = Profile {
        as_source: 0,
        as_target: 0,
        timeline: Vec::new(),
        roles_in_events: Vec::new(),
        top_partners: Vec::new(),
    };
    let mut months: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    let mut roles: BTreeMap<String, (Option<String>, Option<String>, u64)> = BTreeMap::new();
    let mut partners: BTreeMap<String, (String, Option<String>, u64, f64)> = BTreeMap::new();
    for s in mentions {
        let e = &s.event;
        let is_src = who.matches(e.source.as_ref());
        let is_tgt = who.matches(e.target.as_ref());
        if !is_src && !is_tgt {
            continue;
        }
        let month = period_of(e.date.as_deref(), Period::Month).unwrap_or_else(|| "undated".into());
        let m = months.entry(month).or_default();
        for (yes, as_source, me, other) in [
            (is_src, true, e.source.as_ref(), e.target.as_ref()),
            (is_tgt, false, e.target.as_ref(), e.source.as_ref()),
        ] {
            if !yes {
                continue;
            }
            if as_source {
                p.as_source += 1;
                m.0 += 1;
            } else {
                p.as_target += 1;
                m.1 += 1;
            }
            if let Some(role) = me.and_then(|a| a.role.clone()) {
                let r = roles.entry(role).or_default();
                if let Some(d) = &e.date {
                    if r.0.as_ref().is_none_or(|f| d < f) {
                        r.0 = Some(d.clone());
                    }
                    if r.1.as_ref().is_none_or(|l| d > l) {
                        r.1 = Some(d.clone());
                    }
                }
                r.2 += 1;
            }
            if let Some(o) = other.filter(|o| !who.matches(Some(o))) {
                let (key, name) = match who {
                    Subject::Country(_) => {
                        let c = o.country.clone().unwrap_or_else(|| "?".into());
                        (c.clone(), c)
                    }
                    Subject::Entry(_) => (
                        o.party_key(),
                        o.name.clone().unwrap_or_else(|| o.text.clone()),
                    ),
                };
                let v = partners
                    .entry(key)
                    .or_insert_with(|| (name, o.country.clone(), 0, 0.0));
                v.2 += 1;
                v.3 += e.goldstein;
            }
        }
    }
    p.timeline = months
        .into_iter()
        .map(|(period, (a, b))| Period2 {
            period,
            as_source: a,
            as_target: b,
        })
        .collect();
    p.roles_in_events = roles
        .into_iter()
        .map(|(role, (first, last, events))| RoleSeen {
            role,
            first,
            last,
            events,
        })
        .collect();
    let mut partners: Vec<Partner> = partners
        .into_iter()
        .map(|(key, (name, country, events, sum))| Partner {
            key,
            name,
            country,
            events,
            goldstein_mean: round(sum / events as f64, 3),
        })
        .collect();
    partners.sort_by(|a, b| b.events.cmp(&a.events).then(a.key.cmp(&b.key)));
    partners.truncate(top);
    p.top_partners = partners;
    p
}
