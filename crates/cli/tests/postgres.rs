//! `rasid` over a Postgres archive (a real server started by the store's test harness):
//! two `rasid ingest` processes writing the same inputs at once store each article once, and
//! `events`, `stats`, `search` and `recode` answer as they do over the embedded archive.
//! Without PostgreSQL server binaries the test says it skipped (and fails if `CI=true`).

mod common;

#[path = "../../store/tests/pg/mod.rs"]
mod pg;

use std::path::Path;
use std::process::{Command, Output, Stdio};

use common::seeds_dir;
use serde_json::Value;

/// Run rasid with the archive given by `RASID_DATABASE_URL` (when `url` is set) or `--data`.
fn run(args: &[&str], url: Option<&str>, data: Option<&Path>) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_rasid"));
    c.args(args)
        .env_remove("RASID_DATABASE_URL")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(u) = url {
        c.env("RASID_DATABASE_URL", u);
    }
    if let Some(d) = data {
        c.arg("--data").arg(d);
    }
    c
}

fn ok(out: Output) -> String {
    assert!(
        out.status.success(),
        "{:?}: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Event mentions as JSON, without the archive's row ids (cluster, story), sorted.
fn mentions(jsonl: &str) -> Vec<String> {
    let mut v: Vec<String> = jsonl
        .lines()
        .map(|l| {
            let mut e: Value = serde_json::from_str(l).unwrap();
            let o = e.as_object_mut().unwrap();
            o.remove("cluster");
            o.remove("story");
            e.to_string()
        })
        .collect();
    v.sort();
    v
}

#[test]
fn two_ingest_processes_then_the_same_answers_as_sqlite() {
    let Some(url) = pg::database() else {
        eprintln!("skipped: no PostgreSQL server binaries");
        return;
    };
    let seeds = seeds_dir();
    let seeds = seeds.to_str().unwrap();
    // Two processes, the same inputs, at once (the store creates its schema under a lock).
    let a = run(&["ingest", "--batch", "1", seeds], Some(&url), None)
        .spawn()
        .unwrap();
    let b = run(&["ingest", "--batch", "1", seeds], Some(&url), None)
        .spawn()
        .unwrap();
    ok(a.wait_with_output().unwrap());
    ok(b.wait_with_output().unwrap());
    // The same inputs into the embedded archive, once.
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("archive");
    ok(run(&["ingest", seeds], None, Some(&dir)).output().unwrap());

    let both = |args: &[&str]| {
        (
            ok(run(args, Some(&url), None).output().unwrap()),
            ok(run(args, None, Some(&dir)).output().unwrap()),
        )
    };
    let (p, s) = both(&["stats", "counts"]);
    assert!(p.contains("articles,5"), "{p}");
    assert_eq!(p, s);
    let (p, s) = both(&["events", "--format", "jsonl"]);
    assert!(p.lines().count() > 20);
    assert_eq!(mentions(&p), mentions(&s));
    let (p, s) = both(&["stats", "monthly"]);
    assert_eq!(p, s);
    let (p, s) = both(&["search", "فائز السراج", "--json"]);
    let ids = |out: &str| {
        let mut v: Vec<String> = out
            .lines()
            .map(|l| serde_json::from_str::<Value>(l).unwrap()["id"].to_string())
            .collect();
        v.sort();
        v
    };
    assert!(!ids(&p).is_empty());
    assert_eq!(ids(&p), ids(&s));
    // `--data URL` works as the environment variable does; re-coding changes nothing.
    let out = ok(run(&["recode", "--data", &url], None, None)
        .output()
        .unwrap());
    let (_, s) = both(&["stats", "counts"]);
    assert_eq!(
        ok(run(&["stats", "counts", "--data", &url], None, None)
            .output()
            .unwrap()),
        s,
        "{out}"
    );
}
