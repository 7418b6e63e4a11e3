//! Looking into the dictionary: what a phrase resolves to on a date ([`who`]) and how much the
//! dictionary holds ([`stats`]), with the coverage targets of the actor-knowledge issue.

use std::collections::HashSet;

use jiff::civil::Date;
use serde::Serialize;

use crate::check::Sources;
use crate::compose::ArticleContext;
use crate::load::Dictionary;
use crate::matcher::MatchText;
use crate::model::Actor;

/// Read a phrase as rasid reads a sentence, and resolve every actor group in it on `date`.
///
/// Full names in the phrase count as mentioned (so a surname after them resolves), and each
/// resolved actor joins the context for the next ("… ونظيره التركي").
pub fn who(dict: &Dictionary, phrase: &str, date: Option<Date>) -> Vec<Actor> {
    let text = MatchText::new(phrase);
    let mentions = dict.mentions(&text);
    let mut ctx = ArticleContext::default();
    ctx.note_full_names(dict, &mentions);
    let groups = dict.groups(&text, &mentions, &ctx);
    let mut out = Vec::new();
    for g in &groups {
        let range = text.original_range(g.span.clone());
        let surface = phrase.get(range).unwrap_or_default().to_string();
        let actor = dict.resolve(g, date, &ctx, surface);
        ctx.history.push(actor.clone());
        out.push(actor);
    }
    out
}

/// One line of `rasid actors stats`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stat {
    /// What is counted.
    pub what: &'static str,
    pub count: usize,
    /// The target, when it sets one.
    pub target: Option<usize>,
}

impl Stat {
    /// Is the target met (true when there is none)?
    pub fn met(&self) -> bool {
        self.target.is_none_or(|t| self.count >= t)
    }
}

/// UN members (193) and observer states (2): the countries target.
pub const COUNTRIES_TARGET: usize = 195;
/// People with at least one dated role: the people target.
pub const DATED_PEOPLE_TARGET: usize = 1_500;
/// Offices held by two or more people over time: the time-test target ("at least ten roles").
pub const CHANGED_HANDS_TARGET: usize = 10;

/// Counts of what the dictionary holds. `sources` gives the row counts of the files (an agents
/// row lists several phrases).
pub fn stats(dict: &Dictionary, sources: &Sources) -> Vec<Stat> {
    let rows = |suffix: &str| {
        sources
            .files
            .iter()
            .find(|f| f.name.ends_with(suffix))
            .map(|f| f.rows().count())
            .unwrap_or(0)
    };
    let dated: HashSet<usize> = dict
        .roles
        .iter()
        .filter(|r| r.start.is_some() || r.end.is_some())
        .map(|r| r.person)
        .collect();
    let mut holders: Vec<HashSet<usize>> = vec![HashSet::new(); dict.offices.len()];
    for r in &dict.roles {
        if let Some(o) = r.office {
            if let Some(h) = holders.get_mut(o) {
                h.insert(r.person);
            }
        }
    }
    let changed_hands = holders.iter().filter(|h| h.len() >= 2).count();
    // Distinct (normalized phrase, meaning) pairs: a name listed twice, or in both names_ar and
    // short_ar, is one phrase to the matcher.
    let phrases = dict
        .phrases()
        .into_iter()
        .map(|(p, h)| (crate::matcher::phrase_key(&p), h))
        .collect::<HashSet<_>>()
        .len();
    let stat = |what, count, target| Stat {
        what,
        count,
        target,
    };
    vec![
        stat("countries", dict.countries.len(), Some(COUNTRIES_TARGET)),
        stat("organizations", dict.organizations.len(), None),
        stat("agent rows", rows("agents.tsv"), None),
        stat("agent phrases", dict.agents.len(), None),
        stat("people", dict.people.len(), None),
        stat(
            "people with dated roles",
            dated.len(),
            Some(DATED_PEOPLE_TARGET),
        ),
        stat("roles", dict.roles.len(), None),
        stat(
            "dated roles",
            dict.roles
                .iter()
                .filter(|r| r.start.is_some() || r.end.is_some())
                .count(),
            None,
        ),
        stat("offices", dict.offices.len(), None),
        stat(
            "offices that changed hands",
            changed_hands,
            Some(CHANGED_HANDS_TARGET),
        ),
        stat("places", dict.places.len(), None),
        stat("matcher phrases", phrases, None),
    ]
}
