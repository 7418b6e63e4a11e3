//! The `rasid actors` and `rasid dict` subcommands, run as a user runs them: exit codes,
//! output formats, `--dict`, and errors on bad input.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn rasid(args: &[&str], stdin: Option<&str>) -> Output {
    use std::io::Write;
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_rasid"));
    cmd.args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = cmd.spawn().expect("rasid runs");
    if let Some(s) = stdin {
        child
            .stdin
            .as_mut()
            .expect("stdin")
            .write_all(s.as_bytes())
            .expect("write stdin");
    }
    drop(child.stdin.take());
    child.wait_with_output().expect("rasid finishes")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A copy of data/ in a temporary directory, to plant mistakes in.
fn data_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for sub in ["actors", "places", "coder"] {
        std::fs::create_dir_all(dir.path().join(sub)).expect("mkdir");
        for e in std::fs::read_dir(repo().join("data").join(sub)).expect("data dir") {
            let p = e.expect("entry").path();
            if p.extension().is_some_and(|x| x == "tsv") {
                std::fs::copy(&p, dir.path().join(sub).join(p.file_name().expect("name")))
                    .expect("copy");
            }
        }
    }
    dir
}

#[test]
fn who_resolves_an_office_on_two_dates() {
    let o = rasid(
        &[
            "actors",
            "who",
            "رئيس المجلس الرئاسي",
            "--date",
            "2017-06-01",
        ],
        None,
    );
    assert!(o.status.success());
    let t = stdout(&o);
    assert!(t.starts_with("text"), "{t}");
    assert!(t.contains("Fayez al-Sarraj") && t.contains("LBYGOV"), "{t}");
    let o = rasid(
        &[
            "actors",
            "who",
            "رئيس المجلس الرئاسي",
            "--date",
            "2022-06-01",
        ],
        None,
    );
    assert!(stdout(&o).contains("Mohamed al-Menfi"), "{}", stdout(&o));
}

#[test]
fn who_json_is_an_array_of_actor_records() {
    let o = rasid(
        &[
            "actors",
            "who",
            "وزير الخارجية التركي هاكان فيدان",
            "--date",
            "2024-01-01",
            "--json",
        ],
        None,
    );
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    let a = &v.as_array().expect("array")[0];
    assert_eq!(a["name"], "Hakan Fidan");
    assert_eq!(a["country"], "TUR");
    assert_eq!(a["sector"], "GOV");
    assert_eq!(a["role"], "foreign minister");
    assert!(a["entry"]
        .as_str()
        .is_some_and(|e| e.contains("person:hakan-fidan")));
}

#[test]
fn who_rejects_a_bad_date_and_says_so() {
    let o = rasid(
        &["actors", "who", "الرئيس الأمريكي", "--date", "2017-13-01"],
        None,
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("YYYY-MM-DD"));
}

#[test]
fn check_passes_the_bundled_files_and_fails_planted_errors_with_file_and_line() {
    let o = rasid(&["actors", "check"], None);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));

    let dir = data_copy();
    let roles = dir.path().join("actors/roles.tsv");
    let mut text = std::fs::read_to_string(&roles).expect("roles");
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(
        "donald-trump\tUSA-SECSTATE\tUSA\tGOV\tsecretary of state\t2018-01-01\t2018-12-31\ttest\n",
    );
    let line = text.lines().count();
    std::fs::write(&roles, text).expect("write");
    let dict = dir.path().to_str().expect("utf-8 path");
    let o = rasid(&["--dict", dict, "actors", "check", "--errors-only"], None);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let want = format!(
        "{}:{line}: error: two holders of USA-SECSTATE",
        roles.display()
    );
    assert!(stdout(&o).contains(&want), "{}\nlacks {want}", stdout(&o));
}

#[test]
fn dict_dir_patterns_table_is_the_one_extract_codes_with() {
    let article = serde_json::json!({"id": "a", "date": "2015-05-01",
        "text": "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في الرياض اليوم الرئيس التركي رجب طيب أردوغان."})
    .to_string();
    let codes = |dict: Option<&str>| {
        let mut args = vec!["extract", "-"];
        if let Some(d) = dict {
            args.splice(0..0, ["--dict", d]);
        }
        let o = rasid(&args, Some(&article));
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        stdout(&o)
            .lines()
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).expect("JSON line");
                format!(
                    "{} {}",
                    v["cameo"].as_str().unwrap_or(""),
                    v["rule"].as_str().unwrap_or("")
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(codes(None), ["043 host.receive:after"]);

    // An expert recodes receiving a visitor as a meeting (040) in an edited copy.
    let dir = data_copy();
    let path = dir.path().join("coder/patterns.tsv");
    let table = std::fs::read_to_string(&path).expect("read");
    assert!(table.contains("host.receive\t043\t"));
    std::fs::write(
        &path,
        table.replace("host.receive\t043\t", "host.receive\t040\t"),
    )
    .expect("write");
    let d = dir.path().to_str().expect("utf-8 path");
    assert_eq!(codes(Some(d)), ["040 host.receive:after"]);

    // A broken table is an error naming the directory, not the bundled table in silence.
    std::fs::write(
        &path,
        table.replace("host.receive\t043\t", "host.receive\t999x\t"),
    )
    .expect("write");
    let o = rasid(&["--dict", d, "extract", "-"], Some(&article));
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("pattern tables of") && err.contains("patterns.tsv"),
        "{err}"
    );
}

#[test]
fn stats_reports_counts_and_targets() {
    let o = rasid(&["actors", "stats"], None);
    assert!(o.status.success());
    let t = stdout(&o);
    assert!(t.contains("countries") && t.contains("≥ 195: met"), "{t}");
    assert!(t.contains("people with dated roles"), "{t}");
    let o = rasid(&["actors", "stats", "--json"], None);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert!(v
        .as_array()
        .expect("array")
        .iter()
        .any(|s| s["what"] == "offices"));
}

#[test]
fn suggest_reads_jsonl_from_stdin_and_prints_tsv() {
    let filler = "وأكد أن التعاون بين البلدين مهم في هذه المرحلة من أجل تحقيق الاستقرار والتنمية. وقال إن الحكومة تعمل على تطوير الخدمات في جميع المجالات خلال الفترة المقبلة.";
    let mut jsonl = String::new();
    for i in 0..5 {
        let text = format!(
            "{filler} استقبل وزير الخارجية السعودي زهير قرنفلي نظيره التركي في الرياض. {filler} {i}"
        );
        jsonl.push_str(&serde_json::json!({"id": i, "text": text}).to_string());
        jsonl.push('\n');
    }
    let o = rasid(&["actors", "suggest", "-", "--format", "tsv"], Some(&jsonl));
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let t = stdout(&o);
    let row = t
        .lines()
        .find(|l| l.contains("زهير قرنفلي"))
        .unwrap_or_else(|| panic!("{t}"));
    assert!(row.starts_with("5\tزهير قرنفلي\ttitle\t"), "{row}");
}

#[test]
fn import_petrarch_writes_tsvs_and_a_report() {
    let out = tempfile::tempdir().expect("tempdir");
    let src = repo().join("crates/actors/tests/fixtures/petrarch");
    let o = rasid(
        &[
            "dict",
            "import-petrarch",
            src.to_str().expect("path"),
            "--out",
            out.path().to_str().expect("path"),
        ],
        None,
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(stdout(&o).contains("kept"), "{}", stdout(&o));
    for f in [
        "people.tsv",
        "roles.tsv",
        "organizations.tsv",
        "agents.tsv",
        "REPORT.md",
    ] {
        assert!(out.path().join(f).exists(), "{f}");
    }
    let o = rasid(
        &["dict", "import-petrarch", "/nonexistent", "--out", "/tmp/x"],
        None,
    );
    assert_eq!(o.status.code(), Some(2));
}
