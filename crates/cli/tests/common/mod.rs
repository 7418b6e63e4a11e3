//! Shared helpers for the CLI integration tests: run the real `rasid` binary, parse its JSONL.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

pub fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples/seeds")
}

pub fn seed(prefix: &str) -> PathBuf {
    let dir = seeds_dir();
    std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            p.file_name().unwrap().to_str().unwrap().starts_with(prefix)
                && p.extension().is_some_and(|e| e == "txt")
        })
        .unwrap_or_else(|| panic!("no seed {prefix} in {}", dir.display()))
}

pub fn rasid(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_rasid"));
    cmd.args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("run rasid");
    if let Some(input) = stdin {
        use std::io::Write;
        child.stdin.take().unwrap().write_all(input).unwrap();
    }
    child.wait_with_output().unwrap()
}

/// Run `rasid extract` with these arguments and return the events.
pub fn extract(args: &[&str]) -> Vec<Value> {
    let mut all = vec!["extract"];
    all.extend_from_slice(args);
    let out = rasid(&all, None);
    assert!(
        out.status.success(),
        "rasid {all:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    parse(&out.stdout)
}

pub fn parse(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8(stdout.to_vec())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is a JSON event"))
        .collect()
}

/// Does the actor match: a person by Latin name fragment, or "CCC" / "CCC SSS" by country (and sector)?
pub fn actor_is(actor: &Value, want: &str) -> bool {
    if actor.is_null() {
        return want == "-";
    }
    let name = actor["name"].as_str().unwrap_or("");
    let country = actor["country"].as_str().unwrap_or("");
    let sector = actor["sector"].as_str().unwrap_or("");
    let mut parts = want.split_whitespace();
    let first = parts.next().unwrap_or("");
    if first.chars().all(|c| c.is_ascii_uppercase()) {
        country == first && parts.next().is_none_or(|s| s == sector)
    } else {
        name.contains(want)
    }
}

/// Find an event by source, target and CAMEO prefix (or PLOVER type when all capitals and longer than 3).
pub fn find<'a>(events: &'a [Value], source: &str, target: &str, code: &str) -> Option<&'a Value> {
    events.iter().find(|e| {
        let code_ok = if code.chars().all(|c| c.is_ascii_uppercase()) {
            e["plover"]["event_type"].as_str() == Some(code)
        } else {
            e["cameo"].as_str().unwrap_or("").starts_with(code)
        };
        code_ok && actor_is(&e["source"], source) && actor_is(&e["target"], target)
    })
}

#[track_caller]
pub fn expect<'a>(events: &'a [Value], source: &str, target: &str, code: &str) -> &'a Value {
    find(events, source, target, code).unwrap_or_else(|| {
        let have: Vec<String> = events
            .iter()
            .map(|e| {
                format!(
                    "{} {} → {} {}",
                    e["cameo"], e["source"]["name"], e["target"]["name"], e["evidence"]["trigger"]
                )
            })
            .collect();
        panic!(
            "no event {source} → {target} ({code}); have:\n{}",
            have.join("\n")
        )
    })
}
