//! The SQLite backend: the shared store suite (`suite/`), plus what only the embedded
//! backend has: a lost full-text index is rebuilt at open.

mod suite;

use rasid_store::{SqliteStore, Store};
use suite::{hits, new_article, seeds, store_suite};

fn fresh() -> Option<(tempfile::TempDir, String)> {
    let tmp = tempfile::tempdir().unwrap();
    let location = tmp.path().join("archive").to_str().unwrap().to_string();
    Some((tmp, location))
}

store_suite!(fresh);

#[test]
fn reopen_rebuilds_a_lost_index_and_keeps_counts() {
    let tmp = tempfile::tempdir().unwrap();
    let a = new_article(seeds().remove(3));
    let n_events = a.events.len();
    {
        let mut s = SqliteStore::open(tmp.path()).unwrap();
        s.ingest(&[a]).unwrap();
        assert_eq!(hits(&s, "الوفد المصري"), ["003"]);
        s.close().unwrap();
    }
    std::fs::remove_dir_all(tmp.path().join("index")).unwrap();
    let mut s = SqliteStore::open(tmp.path()).unwrap();
    let c = s.counts().unwrap();
    assert_eq!((c.articles, c.events), (1, n_events as u64));
    assert_eq!(hits(&s, "فايز"), ["003"]);
    assert_eq!(hits(&s, "الوفد المصري"), ["003"]);
    s.close().unwrap();
}
