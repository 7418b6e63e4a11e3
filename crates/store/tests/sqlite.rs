//! The SQLite backend through the `Store` trait: migrations on reopen, a lost full-text index
//! rebuilt at open, per-article failures inside a batch, and re-coding diffs.

use std::path::Path;

use rasid_coder::{Article, Coder};
use rasid_store::{IngestOutcome, NewArticle, SearchQuery, SqliteStore, Store};

fn seed_003() -> Article {
    let p =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples/seeds/003_de3e210be6a5e36a.txt");
    Article {
        id: "003".into(),
        text: std::fs::read_to_string(p).unwrap(),
        ..Default::default()
    }
}

fn hits(s: &dyn Store, q: &str) -> Vec<String> {
    s.search(&SearchQuery {
        query: q.into(),
        limit: 10,
        ..Default::default()
    })
    .unwrap()
    .into_iter()
    .map(|h| h.id)
    .collect()
}

#[test]
fn reopen_rebuilds_a_lost_index_and_keeps_counts() {
    let tmp = tempfile::tempdir().unwrap();
    let coder = Coder::embedded().unwrap();
    let a = seed_003();
    let coded = coder.code(&a);
    let n_events = coded.events.len();
    assert!(n_events > 0);
    {
        let mut s = SqliteStore::open(tmp.path()).unwrap();
        let out = s
            .ingest(&[NewArticle::new(a.clone(), coded.clone(), coder.version())])
            .unwrap();
        assert!(matches!(out[0], IngestOutcome::New { events, .. } if events == n_events));
        // The same article again, and another article reusing its id: nothing stored.
        let mut other = a.clone();
        other.text.push_str("\nنص مختلف");
        let out = s
            .ingest(&[
                NewArticle::new(a.clone(), coded.clone(), coder.version()),
                NewArticle::new(other, coded.clone(), coder.version()),
            ])
            .unwrap();
        assert!(matches!(out[0], IngestOutcome::Duplicate { .. }), "{out:?}");
        assert!(matches!(out[1], IngestOutcome::Failed { .. }), "{out:?}");
        assert_eq!(hits(&s, "الوفد المصري"), ["003"]);
        s.close().unwrap();
    }
    std::fs::remove_dir_all(tmp.path().join("index")).unwrap();
    let mut s = SqliteStore::open(tmp.path()).unwrap();
    let c = s.counts().unwrap();
    assert_eq!((c.articles, c.events), (1, n_events as u64));
    assert_eq!(hits(&s, "فايز"), ["003"]);
    // Re-coding with the same coder changes nothing and writes nothing.
    let stored = s.article("003").unwrap().unwrap();
    let again = coder.code(&stored.to_article());
    let d = s
        .replace_events("003", &again.events, "other-version")
        .unwrap();
    assert_eq!((d.added, d.removed, d.kept), (0, 0, n_events));
    assert_eq!(
        s.article("003").unwrap().unwrap().coder_version,
        coder.version()
    );
    // Dropping one event is a diff of one.
    let d = s.replace_events("003", &again.events[1..], "v2").unwrap();
    assert_eq!((d.added, d.removed), (0, 1));
    assert_eq!(s.article_events("003").unwrap().len(), n_events - 1);
    s.close().unwrap();
}
