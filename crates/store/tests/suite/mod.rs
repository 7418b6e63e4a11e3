//! The store test suite, written against the `Store` trait and run for every backend: each
//! function takes a location for `rasid_store::open` (a directory, or a `postgres://` URL of
//! an empty database). `store_suite!(fresh)` makes one `#[test]` per function, where
//! `fresh()` gives `Some((guard, location))`, or `None` to skip (said on stderr).

#![allow(dead_code)]

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::OnceLock;

use rasid_coder::{Article, Coder, Event};
use rasid_store::{
    DuplicateBy, EventFilter, IngestOutcome, NewArticle, SearchHit, SearchQuery, Store, StoredEvent,
};

/// One `#[test]` per suite function, for the backend `fresh()` opens.
macro_rules! store_suite {
    ($fresh:path) => {
        store_suite!(@tests $fresh;
            duplicates_and_reused_ids,
            reopen_keeps_everything_and_recoding_diffs,
            a_repost_joins_the_story_and_its_clusters,
            event_filters_select_what_they_say,
            search_normalizes_filters_and_highlights,
        );
    };
    (@tests $fresh:path; $($name:ident),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                let Some((_guard, location)) = $fresh() else {
                    eprintln!("skipped {}: backend not available", stringify!($name));
                    return;
                };
                suite::$name(&location);
            }
        )*
    };
}
pub(crate) use store_suite;

pub fn coder() -> &'static Coder {
    static CODER: OnceLock<Coder> = OnceLock::new();
    CODER.get_or_init(|| Coder::embedded().unwrap())
}

pub fn seed_text(stem: &str) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples/seeds");
    let name = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().to_string())
        .find(|n| n.starts_with(stem) && n.ends_with(".txt"))
        .unwrap();
    std::fs::read_to_string(dir.join(name)).unwrap()
}

/// The five seed articles, with an outlet and a URL each (seed 003 keeps id `003`).
pub fn seeds() -> Vec<Article> {
    ["000", "001", "002", "003", "004"]
        .iter()
        .enumerate()
        .map(|(i, s)| Article {
            id: s.to_string(),
            text: seed_text(s),
            source: Some(["youm7", "alwasat", "youm7", "youm7", "alahram"][i].into()),
            url: Some(format!("https://news.example/{s}")),
            ..Default::default()
        })
        .collect()
}

/// Seed 003 as another site would repost it: its own header and footer, another id.
pub fn repost() -> Article {
    let text = seed_text("003");
    let body: String = text.lines().skip(4).collect::<Vec<_>>().join("\n");
    Article {
        id: "003-repost".into(),
        text: format!(
            "الرئيسية | أخبار عربية | سياسة\nالخميس، 02 مارس 2017\n{body}\n\nجميع الحقوق محفوظة لموقع الخبر 2017\nتابعونا على تويتر\n"
        ),
        source: Some("alkhabar".into()),
        url: Some("https://other.example/nato-libya".into()),
        ..Default::default()
    }
}

pub fn new_article(a: Article) -> NewArticle {
    let coded = coder().code(&a);
    NewArticle::new(a, coded, coder().version())
}

fn open(location: &str) -> Box<dyn Store> {
    rasid_store::open(location).unwrap()
}

fn search(s: &dyn Store, q: SearchQuery) -> Vec<SearchHit> {
    let limit = if q.limit == 0 { 10 } else { q.limit };
    s.search(&SearchQuery { limit, ..q }).unwrap()
}

pub fn hits(s: &dyn Store, q: &str) -> Vec<String> {
    let mut ids: Vec<String> = search(
        s,
        SearchQuery {
            query: q.into(),
            ..Default::default()
        },
    )
    .into_iter()
    .map(|h| h.id)
    .collect();
    ids.sort();
    ids
}

fn all_events(s: &dyn Store) -> Vec<StoredEvent> {
    s.events(&EventFilter::default()).unwrap()
}

fn ids(events: &[StoredEvent]) -> Vec<String> {
    events.iter().map(|e| e.event.event_id.clone()).collect()
}

/// The same article again is a duplicate (by content, then by URL); another article reusing
/// a stored id fails alone, and the batch goes on.
pub fn duplicates_and_reused_ids(location: &str) {
    let mut s = open(location);
    let a = seeds().remove(3);
    let first = new_article(a.clone());
    let n_events = first.events.len();
    assert!(n_events > 0);
    let out = s.ingest(std::slice::from_ref(&first)).unwrap();
    assert!(
        matches!(&out[0], IngestOutcome::New { events, near_duplicate_of: None, .. } if *events == n_events),
        "{out:?}"
    );
    let mut other = a.clone();
    other.text.push_str("\nنص مختلف");
    other.url = None;
    let mut same_url = seeds().remove(1);
    same_url.url = a.url.clone();
    let mut fresh = seeds().remove(4);
    fresh.url = None;
    let out = s
        .ingest(&[
            first.clone(),
            new_article(other),
            new_article(same_url),
            new_article(fresh),
        ])
        .unwrap();
    assert!(
        matches!(&out[0], IngestOutcome::Duplicate { of, by: DuplicateBy::ContentHash, .. } if of == "003"),
        "{out:?}"
    );
    assert!(
        matches!(&out[1], IngestOutcome::Failed { id, .. } if id == "003"),
        "{out:?}"
    );
    assert!(
        matches!(&out[2], IngestOutcome::Duplicate { of, by: DuplicateBy::Url, .. } if of == "003"),
        "{out:?}"
    );
    assert!(
        matches!(&out[3], IngestOutcome::New { id, .. } if id == "004"),
        "{out:?}"
    );
    assert_eq!(
        s.find_duplicate(&first.content_hash, None).unwrap(),
        Some(("003".into(), DuplicateBy::ContentHash))
    );
    assert_eq!(
        s.find_duplicate("no such hash", Some("https://news.example/003"))
            .unwrap(),
        Some(("003".into(), DuplicateBy::Url))
    );
    assert_eq!(s.find_duplicate("no such hash", None).unwrap(), None);
    // A stray NUL in an input (decoding lets one through) does not fail the article.
    let mut nul = seeds().remove(0);
    nul.text = nul.text.replacen("استقبل ", "استقبل\0", 1);
    nul.title = Some("عنوان\0".into());
    nul.url = None;
    let nul = new_article(nul);
    let n_nul = nul.events.len();
    assert!(
        nul.events
            .iter()
            .any(|e| e.evidence.sentence.contains('\0')),
        "the NUL should reach an event record"
    );
    let out = s.ingest(&[nul]).unwrap();
    assert!(
        matches!(&out[0], IngestOutcome::New { events, .. } if *events == n_nul),
        "{out:?}"
    );
    assert_eq!(s.article_events("000").unwrap().len(), n_nul);
    s.replace_events("000", &[], "v").unwrap();
    assert_eq!(s.article_ids().unwrap(), ["003", "004", "000"]);
    let c = s.counts().unwrap();
    let n_004 = s.article_events("004").unwrap().len();
    assert_eq!((c.articles, c.events), (3, (n_events + n_004) as u64));
    assert_eq!(hits(&*s, "الوفد المصري"), ["003"]);
    s.close().unwrap();
}

/// Everything is there after reopening; re-coding with the same coder writes nothing, and a
/// changed coding is a diff.
pub fn reopen_keeps_everything_and_recoding_diffs(location: &str) {
    let all: Vec<NewArticle> = seeds().into_iter().map(new_article).collect();
    let n_events: usize = all.iter().map(|a| a.events.len()).sum();
    let (before, events_before) = {
        let mut s = open(location);
        s.ingest(&all).unwrap();
        let c = s.counts().unwrap();
        let e = ids(&all_events(&*s));
        s.close().unwrap();
        (c, e)
    };
    assert_eq!((before.articles, before.events), (5, n_events as u64));
    let mut s = open(location);
    assert_eq!(s.counts().unwrap(), before);
    assert_eq!(ids(&all_events(&*s)), events_before);
    assert_eq!(
        s.article_ids().unwrap(),
        ["000", "001", "002", "003", "004"]
    );
    assert_eq!(hits(&*s, "\"الوفد المصري\""), ["003"]);
    let stored = s.article("003").unwrap().unwrap();
    assert_eq!(stored.text, all[3].article.text);
    assert_eq!(stored.source.as_deref(), Some("youm7"));
    assert_eq!(stored.url.as_deref(), Some("https://news.example/003"));
    assert_eq!(stored.date.as_deref(), Some("2017-03-02"));
    assert_eq!(stored.input_date, None);
    assert_eq!(stored.content_hash, all[3].content_hash);
    assert!(s.article("nope").unwrap().is_none());
    let stored_events = s.article_events("003").unwrap();
    assert_eq!(stored_events, all[3].events);
    // Re-coding with the same coder changes nothing and writes nothing.
    let again = coder().code(&stored.to_article());
    let n = again.events.len();
    let d = s
        .replace_events("003", &again.events, "other-version")
        .unwrap();
    assert_eq!((d.added, d.removed, d.kept), (0, 0, n));
    assert_eq!(
        s.article("003").unwrap().unwrap().coder_version,
        coder().version()
    );
    // Dropping one event is a diff of one; adding it back is one added, in a cluster.
    let d = s.replace_events("003", &again.events[1..], "v2").unwrap();
    assert_eq!((d.added, d.removed, d.kept), (0, 1, n - 1));
    assert_eq!(s.article_events("003").unwrap().len(), n - 1);
    assert_eq!(s.article("003").unwrap().unwrap().coder_version, "v2");
    let d = s.replace_events("003", &again.events, "v3").unwrap();
    assert_eq!((d.added, d.removed, d.kept), (1, 0, n - 1));
    assert_eq!(s.counts().unwrap().events, n_events as u64);
    assert!(s.replace_events("nope", &again.events, "v3").is_err());
    s.close().unwrap();
}

/// A repost of seed 003 under another site's chrome joins its story; its events join the
/// original's clusters, which then have two sources.
pub fn a_repost_joins_the_story_and_its_clusters(location: &str) {
    let mut s = open(location);
    let seeds = seeds();
    s.ingest(&[new_article(seeds[3].clone()), new_article(seeds[1].clone())])
        .unwrap();
    let out = s.ingest(&[new_article(repost())]).unwrap();
    let IngestOutcome::New {
        story,
        near_duplicate_of,
        similarity,
        ..
    } = &out[0]
    else {
        panic!("{out:?}");
    };
    assert_eq!(near_duplicate_of.as_deref(), Some("003"));
    assert!(similarity.is_some_and(|x| x >= 0.5), "{similarity:?}");
    assert_eq!(*story, s.article("003").unwrap().unwrap().story);
    let stories = s.stories(2).unwrap();
    assert_eq!(stories.len(), 1);
    assert_eq!(stories[0].articles, ["003", "003-repost"]);
    assert_eq!(s.stories(1).unwrap().len(), 2);
    let c = s.counts().unwrap();
    assert_eq!((c.articles, c.stories, c.multi_article_stories), (3, 2, 1));
    assert!(c.multi_source_clusters >= 1, "{c:?}");
    let two = s
        .events(&EventFilter {
            min_sources: Some(2),
            ..Default::default()
        })
        .unwrap();
    let clusters = rasid_store::clusters(two.clone());
    assert_eq!(clusters.len() as u64, c.multi_source_clusters);
    assert_eq!(two.len(), 2 * clusters.len());
    for cl in &clusters {
        assert_eq!(cl.articles, ["003", "003-repost"]);
        assert_eq!(cl.sources, ["alkhabar", "youm7"]);
    }
    assert!(clusters.iter().any(|c| c.event.cameo == "051"
        && c.event.source.as_ref().and_then(|a| a.country.as_deref()) == Some("NATO")));
    // Every cluster id is the row of its first event; no cluster holds two events of one
    // article.
    let all = all_events(&*s);
    let clusters = rasid_store::clusters(all.clone());
    assert_eq!(clusters.len() as u64, c.clusters);
    for cl in &clusters {
        let mut arts = cl
            .mentions
            .iter()
            .map(|m| m.event.article_id.clone())
            .collect::<Vec<_>>();
        let n = arts.len();
        arts.dedup();
        assert_eq!(arts.len(), n, "{:?}", cl.mentions);
    }
    s.close().unwrap();
}

fn country(e: &Event, source: bool) -> Option<&str> {
    let a = if source { &e.source } else { &e.target };
    a.as_ref().and_then(|a| a.country.as_deref())
}

/// Each filter keeps exactly the mentions its predicate says, computed here from all of them.
pub fn event_filters_select_what_they_say(location: &str) {
    let mut s = open(location);
    let mut arts = seeds();
    arts[0].date = Some("2017-01-05".into());
    s.ingest(&arts.into_iter().map(new_article).collect::<Vec<_>>())
        .unwrap();
    s.ingest(&[new_article(repost())]).unwrap();
    let all = all_events(&*s);
    assert!(all.len() > 20, "{}", all.len());
    // Ordered by date, undated last.
    let dates: Vec<(bool, Option<String>)> = all
        .iter()
        .map(|e| (e.event.date.is_none(), e.event.date.clone()))
        .collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted);
    let with_dyad = all
        .iter()
        .find(|e| country(&e.event, true).is_some() && country(&e.event, false).is_some())
        .unwrap();
    let (src, tgt) = (
        country(&with_dyad.event, true).unwrap().to_string(),
        country(&with_dyad.event, false).unwrap().to_string(),
    );
    let mid = {
        let mut d: Vec<&String> = all.iter().filter_map(|e| e.event.date.as_ref()).collect();
        d.sort();
        d[d.len() / 2].clone()
    };
    type Pred = Box<dyn Fn(&StoredEvent) -> bool>;
    let (s2, t2, s3, t3, m2, m3) = (
        src.clone(),
        tgt.clone(),
        src.clone(),
        tgt.clone(),
        mid.clone(),
        mid.clone(),
    );
    let cases: Vec<(&str, EventFilter, Pred)> = vec![
        (
            "dyad",
            EventFilter {
                dyad: Some((src.clone(), tgt.clone())),
                ..Default::default()
            },
            Box::new(move |e| {
                country(&e.event, true) == Some(&s2) && country(&e.event, false) == Some(&t2)
            }),
        ),
        (
            "undirected dyad",
            EventFilter {
                dyad: Some((tgt.clone(), src.clone())),
                undirected: true,
                ..Default::default()
            },
            Box::new(move |e| {
                let (a, b) = (country(&e.event, true), country(&e.event, false));
                (a == Some(&s3) && b == Some(&t3)) || (a == Some(&t3) && b == Some(&s3))
            }),
        ),
        (
            "country",
            EventFilter {
                country: Some("LBY".into()),
                ..Default::default()
            },
            Box::new(|e| {
                country(&e.event, true) == Some("LBY") || country(&e.event, false) == Some("LBY")
            }),
        ),
        (
            "cameo prefix",
            EventFilter {
                cameo_prefix: Some("04".into()),
                ..Default::default()
            },
            Box::new(|e| e.event.cameo.starts_with("04")),
        ),
        (
            "plover type, any case",
            EventFilter {
                plover_type: Some("consult".into()),
                ..Default::default()
            },
            Box::new(|e| e.event.plover.event_type.as_deref() == Some("CONSULT")),
        ),
        (
            "quad class",
            EventFilter {
                quad_class: Some(1),
                ..Default::default()
            },
            Box::new(|e| e.event.quad_class == 1),
        ),
        (
            "from",
            EventFilter {
                from: Some(mid.clone()),
                ..Default::default()
            },
            Box::new(move |e| e.event.date.as_ref().is_some_and(|d| *d >= m2)),
        ),
        (
            "to",
            EventFilter {
                to: Some(mid.clone()),
                ..Default::default()
            },
            Box::new(move |e| e.event.date.as_ref().is_some_and(|d| *d <= m3)),
        ),
        (
            "outlet",
            EventFilter {
                source: Some("youm7".into()),
                ..Default::default()
            },
            Box::new(|e| e.article_source.as_deref() == Some("youm7")),
        ),
        (
            "actor, Latin, any case",
            EventFilter {
                actor: Some("sarraj".into()),
                ..Default::default()
            },
            Box::new(|e| {
                [&e.event.source, &e.event.target].iter().any(|a| {
                    a.as_ref().is_some_and(|a| {
                        a.name
                            .as_deref()
                            .is_some_and(|n| n.to_lowercase().contains("sarraj"))
                            || a.party_key().to_lowercase().contains("sarraj")
                    })
                })
            }),
        ),
        (
            "negated excluded",
            EventFilter {
                exclude_negated: true,
                ..Default::default()
            },
            Box::new(|e| !e.event.negated),
        ),
        (
            "two sources",
            EventFilter {
                min_sources: Some(2),
                ..Default::default()
            },
            Box::new(|e| matches!(e.event.article_id.as_str(), "003" | "003-repost")),
        ),
    ];
    for (what, filter, pred) in cases {
        let got = ids(&s.events(&filter).unwrap());
        let want: Vec<String> = ids(&all.iter().filter(|e| pred(e)).cloned().collect::<Vec<_>>());
        assert!(
            !want.is_empty(),
            "{what}: the seeds should have such events"
        );
        if what == "two sources" {
            // Only the reposted clusters: a subset of the two articles' events.
            assert!(!got.is_empty(), "{what}");
            assert!(got.iter().all(|g| want.contains(g)), "{what}: {got:?}");
        } else {
            assert_eq!(got, want, "{what}");
        }
    }
    s.close().unwrap();
}

/// Search finds normalized spellings, honours phrases, OR, negation, title: and the
/// filters, and highlights what matched.
pub fn search_normalizes_filters_and_highlights(location: &str) {
    let mut s = open(location);
    let mut arts = seeds();
    arts[3].title = Some("الناتو وحكومة السراج".into());
    for (a, d) in arts.iter_mut().zip([
        "2016-01-10",
        "2017-11-30",
        "2016-05-01",
        "2017-03-02",
        "2018-01-01",
    ]) {
        a.date = Some(d.into());
    }
    s.ingest(&arts.into_iter().map(new_article).collect::<Vec<_>>())
        .unwrap();
    let s = &*s;
    // فائز finds فايز; الأطلنطى finds الأطلنطي.
    assert_eq!(hits(s, "فايز"), hits(s, "فائز"));
    assert!(hits(s, "فايز").contains(&"003".to_string()));
    assert_eq!(hits(s, "الأطلنطي"), ["003"]);
    assert_eq!(hits(s, "\"الوفد المصري\""), ["003"]);
    assert!(hits(s, "\"المصري الوفد\"").is_empty());
    let either = hits(s, "الأطلنطي OR واشنطن");
    let w = hits(s, "واشنطن");
    assert!(!w.is_empty() && !w.contains(&"003".to_string()), "{w:?}");
    let mut union: BTreeSet<String> = w.into_iter().collect();
    union.insert("003".into());
    assert_eq!(either, union.into_iter().collect::<Vec<_>>());
    let sarraj = hits(s, "السراج");
    let without = hits(s, "السراج -الناتو");
    assert!(sarraj.contains(&"003".to_string()) && !without.contains(&"003".to_string()));
    assert_eq!(hits(s, "title:السراج"), ["003"]);
    // A query with only exclusions matches every other article; one without words, none.
    assert_eq!(hits(s, "-الناتو"), ["000", "001", "002", "004"]);
    assert!(hits(s, " ؟ ").is_empty());
    assert!(hits(s, "كلمةلاتوجد").is_empty());
    let q = |query: &str, f: &dyn Fn(&mut SearchQuery)| {
        let mut q = SearchQuery {
            query: query.into(),
            ..Default::default()
        };
        f(&mut q);
        let mut ids: Vec<String> = search(s, q).into_iter().map(|h| h.id).collect();
        ids.sort();
        ids
    };
    assert_eq!(
        q("السراج", &|q| q.from = Some("2017-06-01".into())),
        ["001"]
    );
    assert_eq!(
        q("السراج", &|q| q.to = Some("2017-01-01".into())),
        ["000", "002"]
    );
    assert_eq!(
        q("السراج", &|q| {
            q.from = Some("2017-01-01".into());
            q.to = Some("2017-06-01".into());
        }),
        ["003"]
    );
    assert_eq!(q("السراج", &|q| q.source = Some("alwasat".into())), ["001"]);
    let by_actor = q("السراج", &|q| q.actor = Some("NATO".into()));
    assert!(by_actor.contains(&"003".to_string()), "{by_actor:?}");
    assert!(q("السراج", &|q| q.plover_type =
        Some("nonexistent".into()))
    .is_empty());
    // The snippet highlights the words that matched, in the article's own spelling.
    let hit = search(
        s,
        SearchQuery {
            query: "الأطلنطي".into(),
            ..Default::default()
        },
    )
    .remove(0);
    assert!(hit.score > 0.0);
    assert!(!hit.highlights.is_empty());
    for (a, b) in &hit.highlights {
        assert_eq!(&hit.snippet[*a..*b], "الأطلنطى");
    }
    assert!(hit.snippet.len() <= 220, "{}", hit.snippet);
    // A limit is a limit.
    let one = search(
        s,
        SearchQuery {
            query: "السراج".into(),
            limit: 1,
            ..Default::default()
        },
    );
    assert_eq!(one.len(), 1);
}
