//! Crash safety of `rasid ingest`: killed with SIGKILL mid-run, the archive keeps every
//! committed article intact, passes SQLite's integrity check, its full-text index opens and
//! is repaired to agree with SQLite, and a re-run completes without duplicates.

mod common;

use std::collections::HashMap;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use rusqlite::{Connection, OpenFlags};

const ARTICLES: usize = 1500;

/// Distinct articles: the seeds' paragraphs in varying order, each with a unique marker word.
fn corpus(path: &Path) -> HashMap<String, String> {
    let paras: Vec<String> = ["000", "001", "002", "003", "004"]
        .iter()
        .flat_map(|n| {
            std::fs::read_to_string(common::seed(n))
                .unwrap()
                .lines()
                .filter(|l| l.chars().count() > 40)
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect();
    let mut out = HashMap::new();
    let mut jsonl = String::new();
    for i in 0..ARTICLES {
        let mut text = format!("علامة{i:05} خبر رقم {i}\n");
        for k in 0..6 {
            text.push_str(&paras[(i * 7 + k * 13) % paras.len()]);
            text.push('\n');
        }
        let id = format!("c{i:05}");
        jsonl.push_str(
            &serde_json::json!({"id": id, "text": text, "date": "2017-03-02"}).to_string(),
        );
        jsonl.push('\n');
        out.insert(id, text);
    }
    std::fs::write(path, jsonl).unwrap();
    out
}

fn count(db: &Path) -> Option<i64> {
    let c = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY).ok()?;
    c.busy_timeout(Duration::from_secs(5)).ok()?;
    c.query_row("SELECT COUNT(*) FROM articles", [], |r| r.get(0))
        .ok()
}

#[test]
fn sigkill_mid_ingest_loses_nothing_committed_and_a_rerun_completes() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("corpus.jsonl");
    let texts = corpus(&input);
    let data = dir.path().join("archive");
    let db = data.join("rasid.sqlite");
    let ingest = |extra: &[&str]| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_rasid"));
        c.args(["ingest", "--batch", "25", "--data"])
            .arg(&data)
            .arg(&input)
            .args(extra)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        c
    };

    // Kill it once some batches are committed and before it is done.
    let mut child = ingest(&[]).spawn().unwrap();
    let start = Instant::now();
    let before_kill = loop {
        if let Some(n) = count(&db) {
            if n >= 50 {
                break n;
            }
        }
        assert!(
            child.try_wait().unwrap().is_none(),
            "ingest finished before it could be killed; raise ARTICLES"
        );
        assert!(
            start.elapsed() < Duration::from_secs(300),
            "ingest made no progress"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    child.kill().unwrap(); // SIGKILL
    let status = child.wait().unwrap();
    assert!(!status.success());

    // What was committed is intact.
    {
        let c = Connection::open(&db).unwrap();
        let ok: String = c
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(ok, "ok");
        let fk: i64 = c
            .query_row("SELECT COUNT(*) FROM pragma_foreign_key_check", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(fk, 0, "events point at stored articles");
        let mut st = c.prepare("SELECT id, text FROM articles").unwrap();
        let rows: Vec<(String, String)> = st
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert!(
            rows.len() as i64 >= before_kill && rows.len() < ARTICLES,
            "{}",
            rows.len()
        );
        for (id, text) in &rows {
            assert_eq!(texts.get(id), Some(text), "article {id} is stored as read");
        }
        let events: i64 = c
            .query_row("SELECT COUNT(*) FROM events", [], |r| r.get(0))
            .unwrap();
        assert!(events > 0);
    }

    // Reopening repairs the full-text index: it agrees with SQLite.
    {
        let mut store = rasid_store::SqliteStore::open(&data).unwrap();
        let counts = rasid_store::Store::counts(&store).unwrap();
        rasid_store::Store::close(&mut store).unwrap();
        drop(store);
        let index = rasid_store::index::FullText::open(&data.join("index")).unwrap();
        assert_eq!(index.num_docs(), counts.articles);
    }

    // The re-run adds the rest and nothing twice.
    let out = ingest(&["--json"]).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let sum: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let (new, dup) = (
        sum["new"].as_u64().unwrap(),
        sum["duplicates"].as_u64().unwrap(),
    );
    assert_eq!(new + dup, ARTICLES as u64, "{sum}");
    let c = Connection::open(&db).unwrap();
    let (n, distinct): (i64, i64) = c
        .query_row(
            "SELECT COUNT(*), COUNT(DISTINCT id) FROM articles",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((n, distinct), (ARTICLES as i64, ARTICLES as i64));
    let index = rasid_store::index::FullText::open(&data.join("index")).unwrap();
    assert_eq!(index.num_docs(), ARTICLES as u64);
}
