//! Scoring the coder against a gold file (format: `docs/eval.md`): per article, system and
//! gold events are matched one-to-one within the same sentence, at increasing levels of
//! agreement (event, dyad, dyad+PLOVER type, CAMEO root), and precision, recall and F1 are
//! reported for each level, with date and location accuracy over matched events and the
//! worst misses. One more level ignores sentences: the distinct (source country, target
//! country, PLOVER type) triples of an article, as event data is used once deduplicated per
//! story (the gold codes each dyad once per occasion, from the sentence its annotator found
//! clearest).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::event::Event;

/// A gold actor: country (ISO3 or IGO code), sector, and optionally a name.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct GoldActor {
    pub country: Option<String>,
    pub sector: Option<String>,
    pub name: Option<String>,
}

/// A gold event.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct GoldEvent {
    pub source: Option<GoldActor>,
    pub target: Option<GoldActor>,
    pub plover: Option<String>,
    pub cameo: Option<String>,
    pub cameo_root: Option<String>,
    pub date: Option<String>,
    pub date_status: Option<String>,
    pub location: Option<String>,
    #[serde(default)]
    pub negated: bool,
    pub modality: Option<String>,
    pub evidence: String,
}

/// A gold article: its text, date, and the events it states.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct GoldArticle {
    pub id: String,
    pub text: String,
    pub date: Option<String>,
    pub title: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    #[serde(default)]
    pub events: Vec<GoldEvent>,
}

/// The levels at which a system event may agree with a gold event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Same sentence.
    Event,
    /// Same sentence, same source and target countries.
    Dyad,
    /// And the same PLOVER event type.
    DyadType,
    /// And the same CAMEO root.
    CameoRoot,
}

pub const LEVELS: [Level; 4] = [Level::Event, Level::Dyad, Level::DyadType, Level::CameoRoot];

/// The key of the per-article level in [`Report::levels`]: distinct (source country, target
/// country, PLOVER type) triples per article, whichever sentence states them.
pub const ARTICLE_LEVEL: &str = "dyad_type_article";

/// Precision, recall and F1 with their counts.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Prf {
    pub tp: usize,
    pub system: usize,
    pub gold: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    fn new(tp: usize, system: usize, gold: usize) -> Self {
        let p = if system == 0 {
            0.0
        } else {
            tp as f64 / system as f64
        };
        let r = if gold == 0 {
            0.0
        } else {
            tp as f64 / gold as f64
        };
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        Prf {
            tp,
            system,
            gold,
            precision: p,
            recall: r,
            f1: f,
        }
    }
}

/// A gold event the system missed at dyad+type level, with what it said instead.
#[derive(Debug, Clone, Serialize)]
pub struct Miss {
    pub article: String,
    pub gold: String,
    pub system: Option<String>,
    pub evidence: String,
}

/// A system event with no gold counterpart at dyad+type level.
#[derive(Debug, Clone, Serialize)]
pub struct Spurious {
    pub article: String,
    pub system: String,
    pub rule: String,
    pub evidence: String,
}

/// A dyad+type match whose date or location disagrees with gold.
#[derive(Debug, Clone, Serialize)]
pub struct Disagreement {
    pub article: String,
    /// `date` or `location`.
    pub field: &'static str,
    pub gold: String,
    /// What the system said (its date and status, or its location name and the text it came from).
    pub system: String,
    pub evidence: String,
}

/// The whole report.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub articles: usize,
    pub levels: BTreeMap<String, Prf>,
    /// Share of dyad+type matches whose dates agree (both null counts as agreement).
    pub date_accuracy: f64,
    pub date_pairs: usize,
    /// Share of dyad+type matches, where gold has a location, whose location agrees.
    pub location_accuracy: f64,
    pub location_pairs: usize,
    /// Gold type → system type (or "-") counts for misses at dyad+type level.
    pub confusion: BTreeMap<String, usize>,
    pub misses: Vec<Miss>,
    /// System events that match no gold event at dyad+type level (false positives), with the
    /// rule that made them.
    pub spurious: Vec<Spurious>,
    /// Matched events whose date or location disagrees with gold.
    pub disagreements: Vec<Disagreement>,
    /// Per PLOVER type: F1 at dyad+type level.
    pub per_type: BTreeMap<String, Prf>,
}

fn same_sentence(sys: &Event, gold: &GoldEvent) -> bool {
    let s = sys.evidence.sentence.trim();
    let g = gold.evidence.trim();
    !g.is_empty() && (s.contains(g) || g.contains(s) || overlap(s, g))
}

/// The two strings share a long run (sentence splitters may cut differently).
fn overlap(a: &str, b: &str) -> bool {
    let (short, long) = if a.chars().count() < b.chars().count() {
        (a, b)
    } else {
        (b, a)
    };
    let chars: Vec<char> = short.chars().collect();
    if chars.len() < 40 {
        return false;
    }
    let mid = chars.len() / 2;
    let probe: String = chars[mid.saturating_sub(20)..(mid + 20).min(chars.len())]
        .iter()
        .collect();
    long.contains(&probe)
}

fn country_eq(sys: Option<&rasid_actors::Actor>, gold: Option<&GoldActor>) -> bool {
    let s = sys.and_then(|a| a.country.as_deref());
    let g = gold.and_then(|a| a.country.as_deref());
    s == g
}

fn plover_of(e: &Event) -> &str {
    e.plover.event_type.as_deref().unwrap_or("-")
}

fn root_of(code: &str) -> &str {
    code.get(..2).unwrap_or(code)
}

fn agrees(sys: &Event, gold: &GoldEvent, level: Level) -> bool {
    if !same_sentence(sys, gold) {
        return false;
    }
    if level == Level::Event {
        return true;
    }
    let dyad = country_eq(sys.source.as_ref(), gold.source.as_ref())
        && country_eq(sys.target.as_ref(), gold.target.as_ref());
    if !dyad || level == Level::Dyad {
        return dyad;
    }
    let typ = gold.plover.as_deref() == Some(plover_of(sys));
    if !typ || level == Level::DyadType {
        return typ;
    }
    let groot = gold
        .cameo_root
        .as_deref()
        .or(gold.cameo.as_deref().map(root_of));
    groot == Some(root_of(&sys.cameo))
}

/// One-to-one greedy matching at a level: pairs (system index, gold index).
fn matching(sys: &[Event], gold: &[GoldEvent], level: Level) -> Vec<(usize, usize)> {
    let mut used = vec![false; sys.len()];
    let mut pairs = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        if let Some(si) = (0..sys.len()).find(|&si| !used[si] && agrees(&sys[si], g, level)) {
            used[si] = true;
            pairs.push((si, gi));
        }
    }
    pairs
}

/// The distinct (source country, target country, PLOVER type) triples of an article.
type Triple = (Option<String>, Option<String>, String);

fn sys_triples(sys: &[Event]) -> std::collections::BTreeSet<Triple> {
    let country = |a: &Option<rasid_actors::Actor>| a.as_ref().and_then(|a| a.country.clone());
    sys.iter()
        .map(|e| {
            (
                country(&e.source),
                country(&e.target),
                plover_of(e).to_string(),
            )
        })
        .collect()
}

fn gold_triples(gold: &[GoldEvent]) -> std::collections::BTreeSet<Triple> {
    let country = |a: &Option<GoldActor>| a.as_ref().and_then(|a| a.country.clone());
    gold.iter()
        .map(|g| {
            (
                country(&g.source),
                country(&g.target),
                g.plover.clone().unwrap_or_else(|| "-".into()),
            )
        })
        .collect()
}

fn describe_gold(g: &GoldEvent) -> String {
    let a = |x: &Option<GoldActor>| {
        x.as_ref()
            .and_then(|a| a.country.clone())
            .unwrap_or_else(|| "-".into())
    };
    format!(
        "{} → {} {} {}",
        a(&g.source),
        a(&g.target),
        g.plover.as_deref().unwrap_or("-"),
        g.cameo.as_deref().unwrap_or("")
    )
}

fn describe_sys(e: &Event) -> String {
    let a = |x: &Option<rasid_actors::Actor>| {
        x.as_ref()
            .and_then(|a| a.country.clone())
            .unwrap_or_else(|| "-".into())
    };
    format!(
        "{} → {} {} {} [{}]",
        a(&e.source),
        a(&e.target),
        plover_of(e),
        e.cameo,
        e.rule
    )
}

/// Dates agree when equal; a gold event with no stated date agrees with a system event that
/// claims none from the text either (its date is the article fallback or unresolved).
fn date_agrees(sys: &Event, gold: &GoldEvent) -> bool {
    match gold.date.as_deref() {
        Some(d) => sys.date.as_deref() == Some(d),
        None => matches!(sys.date_status.as_str(), "article" | "unresolved"),
    }
}

/// A place name as annotators write it: lower case, Latin diacritics and transliteration
/// marks dropped ("Suruç" = "Suruc", "Az Zabadānī" ⊃ "zabadani", "Dūmā" = "Duma").
fn fold_name(name: &str) -> String {
    use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};
    name.trim()
        .nfd()
        .filter(|c| !is_combining_mark(*c) && !matches!(c, 'ʿ' | 'ʼ' | '\'' | '‘' | '’'))
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'ı' { 'i' } else { c })
        .collect()
}

/// Locations agree when one name contains the other (folded: [`fold_name`]), or the system
/// read the very text gold gives.
fn location_agrees(sys: &Event, gold: &str) -> bool {
    let g = fold_name(gold);
    sys.location.as_ref().is_some_and(|l| {
        let n = fold_name(&l.name);
        !n.is_empty() && (n == g || n.contains(&g) || g.contains(&n)) || l.text == gold
    })
}

/// Score coded events (per article, in gold order) against the gold articles.
pub fn score(gold: &[GoldArticle], system: &[Vec<Event>]) -> Report {
    let mut report = Report {
        articles: gold.len(),
        ..Default::default()
    };
    let (mut n_sys, mut n_gold) = (0, 0);
    let mut tps = [0usize; 4];
    let (mut art_tp, mut art_sys, mut art_gold) = (0, 0, 0);
    let (mut date_ok, mut date_n, mut loc_ok, mut loc_n) = (0, 0, 0, 0);
    let mut per_type: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    for (art, sys) in gold.iter().zip(system) {
        n_sys += sys.len();
        n_gold += art.events.len();
        for (li, level) in LEVELS.iter().enumerate() {
            tps[li] += matching(sys, &art.events, *level).len();
        }
        let typed = matching(sys, &art.events, Level::DyadType);
        let (st, gt) = (sys_triples(sys), gold_triples(&art.events));
        art_tp += st.intersection(&gt).count();
        art_sys += st.len();
        art_gold += gt.len();
        for e in sys {
            per_type.entry(plover_of(e).to_string()).or_default().1 += 1;
        }
        for g in &art.events {
            per_type
                .entry(g.plover.clone().unwrap_or_else(|| "-".into()))
                .or_default()
                .2 += 1;
        }
        for &(si, gi) in &typed {
            let (s, g) = (&sys[si], &art.events[gi]);
            per_type.entry(plover_of(s).to_string()).or_default().0 += 1;
            let evidence = || s.evidence.sentence.chars().take(160).collect::<String>();
            date_n += 1;
            if date_agrees(s, g) {
                date_ok += 1;
            } else {
                report.disagreements.push(Disagreement {
                    article: art.id.clone(),
                    field: "date",
                    gold: g.date.clone().unwrap_or_else(|| "(none)".into()),
                    system: format!(
                        "{} ({})",
                        s.date.as_deref().unwrap_or("(none)"),
                        s.date_status
                    ),
                    evidence: evidence(),
                });
            }
            if let Some(gl) = g.location.as_deref().filter(|l| !l.is_empty()) {
                loc_n += 1;
                if location_agrees(s, gl) {
                    loc_ok += 1;
                } else {
                    report.disagreements.push(Disagreement {
                        article: art.id.clone(),
                        field: "location",
                        gold: gl.to_string(),
                        system: s.location.as_ref().map_or_else(
                            || "(none)".to_string(),
                            |l| format!("{} «{}»", l.name, l.text),
                        ),
                        evidence: evidence(),
                    });
                }
            }
        }
        let matched: Vec<usize> = typed.iter().map(|&(_, gi)| gi).collect();
        let used: Vec<usize> = typed.iter().map(|&(si, _)| si).collect();
        for (si, s) in sys.iter().enumerate() {
            if !used.contains(&si) {
                report.spurious.push(Spurious {
                    article: art.id.clone(),
                    system: describe_sys(s),
                    rule: s.rule.clone(),
                    evidence: s.evidence.sentence.chars().take(160).collect(),
                });
            }
        }
        for (gi, g) in art.events.iter().enumerate() {
            if matched.contains(&gi) {
                continue;
            }
            let instead = sys
                .iter()
                .enumerate()
                .find(|(si, s)| !used.contains(si) && same_sentence(s, g))
                .map(|(_, s)| s);
            let key = format!(
                "{} → {}",
                g.plover.as_deref().unwrap_or("-"),
                instead.map(plover_of).unwrap_or("(none)")
            );
            *report.confusion.entry(key).or_default() += 1;
            report.misses.push(Miss {
                article: art.id.clone(),
                gold: describe_gold(g),
                system: instead.map(describe_sys),
                evidence: g.evidence.chars().take(160).collect(),
            });
        }
    }
    for (li, level) in LEVELS.iter().enumerate() {
        let name = serde_json::to_value(level)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        report.levels.insert(name, Prf::new(tps[li], n_sys, n_gold));
    }
    report
        .levels
        .insert(ARTICLE_LEVEL.into(), Prf::new(art_tp, art_sys, art_gold));
    report.date_pairs = date_n;
    report.date_accuracy = if date_n == 0 {
        0.0
    } else {
        date_ok as f64 / date_n as f64
    };
    report.location_pairs = loc_n;
    report.location_accuracy = if loc_n == 0 {
        0.0
    } else {
        loc_ok as f64 / loc_n as f64
    };
    report.per_type = per_type
        .into_iter()
        .map(|(k, (tp, s, g))| (k, Prf::new(tp, s, g)))
        .collect();
    report
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::Evidence;
    use crate::ontology::Plover;

    fn sys(src: &str, tgt: &str, typ: &str, cameo: &str, sentence: &str) -> Event {
        let actor = |c: &str| rasid_actors::Actor {
            country: Some(c.into()),
            ..Default::default()
        };
        Event {
            event_id: String::new(),
            article_id: "a".into(),
            date: Some("2015-07-22".into()),
            date_status: "relative".into(),
            date_precision: None,
            source: Some(actor(src)),
            target: Some(actor(tgt)),
            cameo: cameo.into(),
            goldstein: 0.0,
            quad_class: 1,
            plover: Plover {
                event_type: Some(typ.into()),
                mode: None,
                contexts: vec![],
            },
            location: None,
            attendees: vec![],
            topics: vec![],
            negated: false,
            modality: "actual".into(),
            evidence: Evidence {
                sentence: sentence.into(),
                start: 0,
                end: 0,
                trigger: String::new(),
            },
            rule: "r".into(),
            coder_version: String::new(),
        }
    }

    fn gold(src: &str, tgt: &str, typ: &str, cameo: &str, sentence: &str) -> GoldEvent {
        let actor = |c: &str| GoldActor {
            country: Some(c.into()),
            ..Default::default()
        };
        GoldEvent {
            source: Some(actor(src)),
            target: Some(actor(tgt)),
            plover: Some(typ.into()),
            cameo: Some(cameo.into()),
            date: Some("2015-07-22".into()),
            evidence: sentence.into(),
            ..Default::default()
        }
    }

    #[test]
    fn levels_count_what_agrees() {
        let art = GoldArticle {
            id: "a".into(),
            events: vec![
                gold(
                    "SAU",
                    "YEM",
                    "CONSULT",
                    "043",
                    "استقبل الملك الرئيس اليمني.",
                ),
                gold("SAU", "IRN", "ACCUSE", "111", "انتقدت السعودية إيران."),
                gold("EGY", "LBY", "SUPPORT", "051", "أشادت مصر بليبيا."),
            ],
            ..Default::default()
        };
        let system = vec![
            sys(
                "SAU",
                "YEM",
                "CONSULT",
                "040",
                "استقبل الملك الرئيس اليمني.",
            ),
            sys("SAU", "IRN", "REJECT", "120", "انتقدت السعودية إيران."),
            sys("USA", "IRN", "THREATEN", "130", "جملة أخرى."),
        ];
        let r = score(&[art], &[system]);
        let l = |n: &str| r.levels[n];
        assert_eq!(l("event").tp, 2);
        assert_eq!(l("dyad").tp, 2);
        assert_eq!(l("dyad_type").tp, 1);
        assert_eq!(l("cameo_root").tp, 1);
        assert_eq!(l("dyad_type").system, 3);
        assert_eq!(l("dyad_type").gold, 3);
        assert!((l("dyad_type").f1 - 1.0 / 3.0).abs() < 1e-9);
        assert_eq!(r.date_accuracy, 1.0);
        assert_eq!(r.misses.len(), 2);
        assert_eq!(r.confusion["ACCUSE → REJECT"], 1);
        assert_eq!(r.confusion["SUPPORT → (none)"], 1);
        assert!(r.disagreements.is_empty());
    }

    #[test]
    fn the_article_level_counts_distinct_triples_whatever_the_sentence() {
        let art = GoldArticle {
            id: "a".into(),
            events: vec![
                gold(
                    "SAU",
                    "YEM",
                    "CONSULT",
                    "043",
                    "استقبل الملك الرئيس اليمني.",
                ),
                gold("SAU", "IRN", "ACCUSE", "111", "انتقدت السعودية إيران."),
            ],
            ..Default::default()
        };
        let system = vec![
            // The same meeting told in the headline and in the body: one triple, matched
            // although neither sentence is the one gold chose.
            sys("SAU", "YEM", "CONSULT", "040", "الملك يستقبل الرئيس اليمني"),
            sys(
                "SAU",
                "YEM",
                "CONSULT",
                "043",
                "وجرى خلال الاستقبال بحث العلاقات.",
            ),
            sys("USA", "IRN", "THREATEN", "130", "جملة أخرى."),
        ];
        let r = score(&[art], &[system]);
        let a = r.levels[ARTICLE_LEVEL];
        assert_eq!((a.tp, a.system, a.gold), (1, 2, 2));
        assert_eq!(r.levels["dyad_type"].tp, 0);
    }

    #[test]
    fn place_names_agree_across_transliteration_marks() {
        let mut s = sys("TUR", "TUR", "ASSAULT", "180", "تفجير سروج.");
        let at = |name: &str, text: &str| crate::event::Location {
            text: text.into(),
            name: name.into(),
            country: "TUR".into(),
            lat: None,
            lon: None,
        };
        s.location = Some(at("Suruç", "سروج"));
        assert!(location_agrees(&s, "Suruc"));
        assert!(!location_agrees(&s, "Sirte"));
        s.location = Some(at("Az Zabadānī", "الزبداني"));
        assert!(location_agrees(&s, "Zabadani"));
        s.location = Some(at("Dūmā", "دوما"));
        assert!(location_agrees(&s, "Duma, Nablus"));
        assert!(!location_agrees(&s, "Damascus"));
        s.location = Some(at("", "x"));
        assert!(!location_agrees(&s, "Jeddah"));
        s.location = None;
        assert!(!location_agrees(&s, "Suruc"));
    }

    #[test]
    fn matched_events_with_another_date_or_place_are_listed() {
        let mut g = gold(
            "SAU",
            "YEM",
            "CONSULT",
            "043",
            "استقبل الملك الرئيس اليمني.",
        );
        g.location = Some("Jeddah".into());
        let art = GoldArticle {
            id: "a".into(),
            events: vec![g],
            ..Default::default()
        };
        let mut s = sys(
            "SAU",
            "YEM",
            "CONSULT",
            "043",
            "استقبل الملك الرئيس اليمني.",
        );
        s.date = Some("2015-07-21".into());
        let r = score(&[art], &[vec![s]]);
        assert_eq!(r.levels["dyad_type"].tp, 1);
        assert_eq!((r.date_accuracy, r.location_accuracy), (0.0, 0.0));
        let got: Vec<_> = r
            .disagreements
            .iter()
            .map(|d| (d.field, d.gold.as_str(), d.system.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("date", "2015-07-22", "2015-07-21 (relative)"),
                ("location", "Jeddah", "(none)")
            ]
        );
    }
}
