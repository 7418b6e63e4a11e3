//! `rasid serve` and `rasid demo --serve` through the real binary: the printed URL answers,
//! SIGTERM stops the server gracefully (the archive is closed, exit status 0), and a
//! missing archive is a clear error. The server also serves a Postgres archive (a real server
//! started by the store's test harness; skipped without PostgreSQL binaries unless `CI=true`).

mod common;

#[path = "../../store/tests/pg/mod.rs"]
mod pg;

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, Command, Stdio};

use common::{rasid, seeds_dir};

/// Start `rasid ARGS`, wait for the line announcing the URL, return the child, the base URL
/// and what stderr said so far.
// The child is returned to the caller, which waits on it in `stop`.
#[allow(clippy::zombie_processes)]
fn start(args: &[&str]) -> (Child, String, BufReader<std::process::ChildStderr>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_rasid"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run rasid");
    let mut err = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    loop {
        line.clear();
        if err.read_line(&mut line).unwrap() == 0 {
            let _ = child.kill();
            let status = child.wait();
            panic!("rasid {args:?} ended without serving ({status:?})");
        }
        if let Some(i) = line.find("http://") {
            let url = line[i..].split_whitespace().next().unwrap();
            let base = url.trim_end_matches('/').to_string();
            return (child, base, err);
        }
    }
}

fn http_get(base: &str, path: &str) -> (u16, String) {
    let host = base.trim_start_matches("http://");
    let mut s = std::net::TcpStream::connect(host).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    let code = out
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    (code, out)
}

fn stop(mut child: Child, mut err: BufReader<std::process::ChildStderr>) -> String {
    let ok = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(ok.success());
    let status = child.wait().unwrap();
    let mut rest = String::new();
    err.read_to_string(&mut rest).unwrap();
    assert!(status.success(), "exit {status:?}: {rest}");
    rest
}

#[test]
fn serve_answers_on_the_printed_url_and_stops_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let data = data.to_str().unwrap();
    let out = rasid(
        &["ingest", "--data", data, seeds_dir().to_str().unwrap()],
        None,
    );
    assert!(out.status.success());
    let (child, base, err) = start(&["serve", "--data", data, "--addr", "127.0.0.1:0"]);
    let (code, body) = http_get(&base, "/api/stats");
    assert_eq!(code, 200, "{body}");
    assert!(body.contains("\"articles\":5"), "{body}");
    let (code, body) = http_get(&base, "/");
    assert_eq!(code, 200);
    assert!(body.contains("/static/app.js"));
    let rest = stop(child, err);
    assert!(rest.contains("the archive is closed"), "{rest}");
}

#[test]
fn demo_serve_stores_the_samples_and_serves_them() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("demo-data");
    let out_file = dir.path().join("events.jsonl");
    let (child, base, err) = start(&[
        "demo",
        "--out",
        out_file.to_str().unwrap(),
        "--serve",
        "--data",
        data.to_str().unwrap(),
        "--addr",
        "127.0.0.1:0",
    ]);
    let (code, body) = http_get(&base, "/api/articles/003_de3e210be6a5e36a");
    assert_eq!(code, 200, "{body}");
    assert!(body.contains("\"evidence\""));
    stop(child, err);
    assert!(data.join("rasid.sqlite").is_file());
}

#[test]
fn serve_without_an_archive_says_how_to_make_one() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nothing-here");
    let out = rasid(&["serve", "--data", missing.to_str().unwrap()], None);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("no archive") && err.contains("rasid ingest"),
        "{err}"
    );
    assert!(!missing.exists(), "serve must not create an archive");
}

#[test]
fn serve_reads_a_postgres_archive() {
    let Some(url) = pg::database() else {
        eprintln!("skipped: no PostgreSQL server binaries");
        return;
    };
    let out = rasid(
        &["ingest", "--data", &url, seeds_dir().to_str().unwrap()],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (child, base, err) = start(&["serve", "--data", &url, "--addr", "127.0.0.1:0"]);
    let (code, body) = http_get(&base, "/api/stats");
    assert_eq!(code, 200, "{body}");
    assert!(body.contains("\"articles\":5"), "{body}");
    let (code, body) = http_get(&base, "/api/events?dyad=LBY-TUR&undirected=true&limit=1");
    assert_eq!(code, 200, "{body}");
    assert!(body.contains("\"cameo\""), "{body}");
    stop(child, err);
}

/// Percent-encode a query value.
fn enc(v: &str) -> String {
    v.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

#[test]
fn ingest_into_a_served_archive_completes_and_the_server_then_returns_the_new_articles() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let data = data.to_str().unwrap().to_string();
    let out = rasid(
        &["ingest", "--data", &data, seeds_dir().to_str().unwrap()],
        None,
    );
    assert!(out.status.success());
    let (child, base, err) = start(&["serve", "--data", &data, "--addr", "127.0.0.1:0"]);
    // Readers run for the whole ingest; every answer they get is kept.
    let stop_reading = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let readers: Vec<_> = (0..3)
        .map(|i| {
            let base = base.clone();
            let stop_reading = stop_reading.clone();
            std::thread::spawn(move || {
                let paths = [
                    "/api/events?limit=50".to_string(),
                    format!("/api/search?q={}", enc("السراج")),
                    "/api/stats".to_string(),
                    "/api/articles?limit=20".to_string(),
                ];
                let mut codes = Vec::new();
                let mut n = i;
                while !stop_reading.load(std::sync::atomic::Ordering::Relaxed) {
                    let (code, body) = http_get(&base, &paths[n % paths.len()]);
                    codes.push((code, body.chars().take(300).collect::<String>()));
                    n += 1;
                }
                codes
            })
        })
        .collect();
    let gold = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../eval/dev/gold.jsonl");
    let out = rasid(
        &["ingest", "--data", &data, "--json", gold.to_str().unwrap()],
        None,
    );
    assert!(
        out.status.success(),
        "the ingest into a served archive failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["failed"], 0, "{summary}");
    let new = summary["new"].as_u64().unwrap();
    assert!(new > 90, "{summary}");
    // The new articles are served: counted, readable, and (once the index reader follows the
    // ingest's commit) found by search. Polled, with a bound, never timed.
    let (code, body) = http_get(&base, "/api/articles?limit=1");
    assert_eq!(code, 200);
    assert!(body.contains(&format!("\"total\":{}", 5 + new)), "{body}");
    let (code, body) = http_get(&base, "/api/articles/snn-sabq-942da3493a88");
    assert_eq!(code, 200, "{body}");
    let search = format!("/api/search?q={}", enc("سامح شكري"));
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let (code, body) = http_get(&base, &search);
        assert_eq!(code, 200, "{body}");
        if body.contains("snn-sabq-942da3493a88") {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "search never found the ingested article: {body}"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    stop_reading.store(true, std::sync::atomic::Ordering::Relaxed);
    let mut answers = 0;
    for r in readers {
        for (code, body) in r.join().unwrap() {
            answers += 1;
            assert_eq!(code, 200, "a read during the ingest failed: {body}");
        }
    }
    assert!(answers > 0);
    stop(child, err);
}
