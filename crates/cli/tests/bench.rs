//! `rasid bench`, run as a user runs it: every stage reported, and `--compare` running the
//! other executable as documented (`extract`, one thread, the same input).

use std::process::Command;

#[test]
fn bench_reports_every_stage_and_runs_the_compared_build_on_one_thread() {
    let dir = tempfile::tempdir().expect("tempdir");
    // The "other build": a script that logs its arguments, then runs this rasid.
    let log = dir.path().join("args.log");
    let other = dir.path().join("other-rasid");
    std::fs::write(
        &other,
        format!(
            "#!/bin/sh\necho \"$@\" >> '{}'\nexec '{}' \"$@\"\n",
            log.display(),
            env!("CARGO_BIN_EXE_rasid")
        ),
    )
    .expect("write script");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&other, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
    let out = Command::new(env!("CARGO_BIN_EXE_rasid"))
        .args([
            "bench",
            "--generate",
            "30",
            "--ingest-limit",
            "10",
            "--threads",
            "2",
        ])
        .arg("--compare")
        .arg(&other)
        .arg("--json")
        .output()
        .expect("rasid runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    assert_eq!(v["articles"], 30);
    let figures = v["figures"].as_array().expect("figures");
    let stages: Vec<&str> = figures.iter().filter_map(|f| f["stage"].as_str()).collect();
    for want in [
        "baseline: one Aho-Corasick pass",
        "event coding",
        "ingest",
        "(compared)",
        "end to end: rasid extract",
        "memory check",
    ] {
        assert!(
            stages.iter().any(|s| s.contains(want)),
            "no {want} in {stages:?}"
        );
    }
    for f in figures {
        assert!(f["cpu_seconds"].as_f64().is_some_and(|c| c >= 0.0), "{f}");
    }
    // The compared build ran extract once, on one thread, on a file of the articles.
    let args = std::fs::read_to_string(&log).expect("the compared build ran");
    let lines: Vec<&str> = args.lines().collect();
    assert_eq!(lines.len(), 1, "{args}");
    assert!(lines[0].starts_with("extract --threads 1 "), "{args}");
    assert!(lines[0].ends_with("bench.jsonl"), "{args}");
}
