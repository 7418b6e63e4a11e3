//! `rasid loadtest` through the real binary, for correctness only (never timing): against the
//! seeds archive at 1 and 8 clients every phase stops at its request bound, answers without
//! an error, and the counts add up; with `--ingest` the readers see no error and every new
//! article is stored.

mod common;

use std::path::Path;

use common::{rasid, seeds_dir};
use serde_json::Value;

const CLASSES: &[&str] = &[
    "events",
    "events_page",
    "article",
    "search",
    "dyad",
    "network",
    "stats",
    "actor",
    "clusters",
];

fn seeds_archive(dir: &Path) -> String {
    let data = dir.join("data");
    let data = data.to_str().unwrap().to_string();
    let out = rasid(
        &["ingest", "--data", &data, seeds_dir().to_str().unwrap()],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    data
}

fn run_json(args: &[&str]) -> Value {
    let out = rasid(args, None);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "rasid {args:?} failed: {stderr}");
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)))
}

fn u(v: &Value) -> u64 {
    v.as_u64().unwrap_or_else(|| panic!("not a count: {v}"))
}

#[test]
fn loadtest_on_the_seeds_at_1_and_8_clients_has_no_errors_and_its_counts_add_up() {
    let dir = tempfile::tempdir().unwrap();
    let data = seeds_archive(dir.path());
    // A long --duration: every phase ends at its request bound, so the counts are exact.
    let r = run_json(&[
        "loadtest",
        "--data",
        &data,
        "--clients",
        "1,8",
        "--requests",
        "30",
        "--duration",
        "600",
        "--json",
    ]);
    assert_eq!(u(&r["errors"]), 0, "{r}");
    assert_eq!(u(&r["archive"]["articles"]), 5);
    let phases = r["phases"].as_array().unwrap();
    for clients in [1u64, 8] {
        let of = |phase: &str| -> Vec<&Value> {
            phases
                .iter()
                .filter(|p| u(&p["clients"]) == clients && p["phase"] == phase)
                .collect()
        };
        // The baseline first, then one phase per class, each with exactly --requests requests.
        let endpoints = of("endpoint");
        assert_eq!(endpoints[0]["endpoint"], "health");
        assert_eq!(endpoints[0]["x_baseline"], 1.0);
        let names: Vec<&str> = endpoints[1..]
            .iter()
            .map(|p| p["endpoint"].as_str().unwrap())
            .collect();
        assert_eq!(names, CLASSES);
        for p in &endpoints {
            assert_eq!(u(&p["requests"]), 30, "{p}");
            assert_eq!(u(&p["errors"]), 0, "{p}");
            assert!(p["requests_per_second"].as_f64().unwrap() > 0.0, "{p}");
            let (p50, p99, max) = (
                p["p50_ms"].as_f64().unwrap(),
                p["p99_ms"].as_f64().unwrap(),
                p["max_ms"].as_f64().unwrap(),
            );
            assert!(p50 <= p99 && p99 <= max, "{p}");
            assert!(p["x_baseline"].as_f64().unwrap() > 0.0, "{p}");
        }
        // The mix: its total is the sum of its classes, and 30 requests cover 9 classes.
        let mix = of("mix");
        assert_eq!(mix[0]["endpoint"], "mix");
        assert_eq!(u(&mix[0]["requests"]), 30);
        let sum: u64 = mix[1..].iter().map(|p| u(&p["requests"])).sum();
        assert_eq!(sum, 30);
        assert_eq!(mix.len(), 1 + CLASSES.len());
    }
    // The server started for the test was stopped: the archive is closed and reusable.
    let out = rasid(&["stats", "--data", &data], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn loadtest_with_an_ingest_reads_without_errors_and_stores_every_article() {
    let dir = tempfile::tempdir().unwrap();
    let data = seeds_archive(dir.path());
    let gold = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../eval/dev/gold.jsonl");
    let r = run_json(&[
        "loadtest",
        "--data",
        &data,
        "--clients",
        "1",
        "--requests",
        "20",
        "--duration",
        "600",
        "--only",
        "events,article,search",
        "--ingest",
        gold.to_str().unwrap(),
        "--ingest-clients",
        "4",
        "--json",
    ]);
    assert_eq!(u(&r["errors"]), 0, "{r}");
    let i = &r["ingest"];
    assert_eq!(i["all_stored"], true, "{i}");
    assert_eq!(u(&i["articles_before"]), 5);
    assert_eq!(u(&i["summary"]["failed"]), 0, "{i}");
    let new = u(&i["summary"]["new"]);
    assert!(new > 90, "{i}");
    assert_eq!(u(&i["articles_after"]), 5 + new);
    assert_eq!(u(&i["idle"][0]["requests"]), 20);
    for p in i["during"].as_array().unwrap() {
        assert_eq!(u(&p["errors"]), 0, "{p}");
    }
}

#[test]
fn loadtest_refuses_unbounded_or_unknown_settings() {
    for (args, says) in [
        (
            vec!["loadtest", "--url", "http://127.0.0.1:9", "--duration", "0"],
            "bounded",
        ),
        (
            vec!["loadtest", "--url", "http://127.0.0.1:9", "--only", "nope"],
            "expected one of",
        ),
        (
            vec!["loadtest", "--clients", "0", "--data", "x"],
            "--clients",
        ),
        (vec!["loadtest"], "--url"),
    ] {
        let out = rasid(&args, None);
        assert!(!out.status.success(), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(says), "{args:?}: {err}");
    }
}
