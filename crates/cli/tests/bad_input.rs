//! Bad input, beyond `inputs.rs`: huge, deep, broken, unreadable and half-written inputs.
//! Each gets one clear line on stderr naming it; the other inputs are still coded; the exit
//! status is 1 and the summary counts the failures.

mod common;

use std::io::Write;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use common::{parse, seed};

/// Run rasid, failing the test (instead of hanging it) if it takes more than two minutes.
fn rasid_within(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_rasid"))
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run rasid");
    if let Some(input) = stdin {
        child.stdin.take().unwrap().write_all(input).unwrap();
    }
    let out = std::thread::spawn(move || child.wait_with_output());
    let start = Instant::now();
    while !out.is_finished() {
        assert!(
            start.elapsed() < Duration::from_secs(120),
            "rasid {args:?} hangs"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    out.join().unwrap().unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn ids(out: &Output) -> Vec<String> {
    let mut v: Vec<String> = parse(&out.stdout)
        .iter()
        .map(|e| e["article_id"].as_str().unwrap().to_string())
        .collect();
    v.dedup();
    v
}

#[test]
fn a_100_mb_article_is_refused_by_name_and_the_rest_is_coded() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("huge.txt");
    let para = std::fs::read_to_string(seed("003")).unwrap();
    let mut f = std::io::BufWriter::new(std::fs::File::create(&big).unwrap());
    let mut written = 0;
    while written < 100 << 20 {
        f.write_all(para.as_bytes()).unwrap();
        written += para.len();
    }
    f.flush().unwrap();
    drop(f);
    let good = seed("001");
    let out = rasid_within(
        &["extract", big.to_str().unwrap(), good.to_str().unwrap()],
        None,
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("huge.txt") && err.contains("too large"),
        "{err}"
    );
    assert!(err.contains("1 input(s) failed"), "{err}");
    assert_eq!(ids(&out), vec!["001_f5b2cea8329c5be4".to_string()]);
}

#[test]
fn ten_thousand_deep_nested_html_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(seed("004")).unwrap();
    let mut html = String::from("<html><body>");
    html.push_str(&"<div>".repeat(10_000));
    for l in text.lines().filter(|l| !l.trim().is_empty()) {
        html.push_str(&format!(
            "<p>{}</p>",
            l.replace('&', "&amp;").replace('<', "&lt;")
        ));
    }
    html.push_str(&"</div>".repeat(10_000));
    html.push_str("</body></html>");
    let page = dir.path().join("deep.html");
    std::fs::write(&page, html).unwrap();
    let out = rasid_within(&["extract", page.to_str().unwrap()], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let from_page = parse(&out.stdout).len();
    let from_text =
        parse(&rasid_within(&["extract", seed("004").to_str().unwrap()], None).stdout).len();
    assert!(
        from_page > 0 && from_page == from_text,
        "{from_page} vs {from_text}"
    );
}

#[test]
fn stray_invalid_utf8_bytes_do_not_lose_the_article() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = std::fs::read(seed("003")).unwrap();
    // Three broken sequences in the middle of the text, one a lone continuation byte.
    let at = bytes.len() / 2;
    let at = (at..bytes.len()).find(|&i| bytes[i] == b' ').unwrap();
    bytes.splice(at..at, [0xC3, b' ', 0x80, b' ', 0xFF]);
    let path = dir.path().join("broken.txt");
    std::fs::write(&path, &bytes).unwrap();
    let out = rasid_within(&["extract", path.to_str().unwrap()], None);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(ids(&out), vec!["broken".to_string()]);
}

#[test]
fn utf16_jsonl_records_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let t = std::fs::read_to_string(seed("001")).unwrap();
    let line = serde_json::json!({"id": "u16", "text": t, "date": "2017-12-01"}).to_string();
    let mut bytes = vec![0xFE, 0xFF];
    for u in format!("{line}\n{line}\n").encode_utf16() {
        bytes.extend_from_slice(&u.to_be_bytes());
    }
    let path = dir.path().join("records.jsonl");
    std::fs::write(&path, &bytes).unwrap();
    let out = rasid_within(&["extract", path.to_str().unwrap()], None);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(ids(&out), vec!["u16".to_string()]);
    assert_eq!(parse(&out.stdout).len() % 2, 0, "both records coded alike");
}

#[test]
fn empty_inputs_of_every_kind_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let jsonl = dir.path().join("nothing.jsonl");
    std::fs::write(&jsonl, "\n  \n\n").unwrap();
    let html = dir.path().join("blank.html");
    std::fs::write(&html, "   ").unwrap();
    let out = rasid_within(
        &[
            "extract",
            jsonl.to_str().unwrap(),
            html.to_str().unwrap(),
            "-",
        ],
        Some(b""),
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("nothing.jsonl: empty input"), "{err}");
    assert!(err.contains("blank.html: empty input"), "{err}");
    assert!(err.contains("<stdin>: empty input"), "{err}");
    assert!(err.contains("3 input(s) failed"), "{err}");
}

/// As root, `chmod 000` does not stop reads; a dangling symlink and a FIFO are the
/// unreadable entries every user meets. A FIFO found in a directory would block a reader
/// forever: it is named and skipped.
#[test]
fn unreadable_directory_entries_are_named_and_the_rest_is_coded() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::copy(seed("002"), d.join("b-good.txt")).unwrap();
    std::os::unix::fs::symlink(d.join("nowhere.txt"), d.join("a-dangling.txt")).unwrap();
    let fifo = d.join("c-pipe.txt");
    let made = Command::new("mkfifo").arg(&fifo).status();
    let has_fifo = made.is_ok_and(|s| s.success());
    let out = rasid_within(&["extract", d.to_str().unwrap()], None);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("a-dangling.txt: cannot read"), "{err}");
    if has_fifo {
        assert!(err.contains("c-pipe.txt: not a regular file"), "{err}");
        assert!(err.contains("2 input(s) failed"), "{err}");
    }
    assert_eq!(ids(&out), vec!["b-good".to_string()]);
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

#[test]
fn a_truncated_gzip_keeps_the_records_before_the_cut() {
    let dir = tempfile::tempdir().unwrap();
    let mut jsonl = String::new();
    for (i, n) in ["000", "001", "002", "003", "004"].iter().enumerate() {
        let t = std::fs::read_to_string(seed(n)).unwrap();
        jsonl.push_str(&serde_json::json!({"id": format!("g{i}"), "text": t}).to_string());
        jsonl.push('\n');
    }
    let gz = gzip(jsonl.as_bytes());
    let path = dir.path().join("cut.jsonl.gz");
    std::fs::write(&path, &gz[..gz.len() * 3 / 4]).unwrap();
    let out = rasid_within(&["extract", path.to_str().unwrap()], None);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("cut.jsonl.gz") && err.contains("cannot decompress"),
        "{err}"
    );
    let got = ids(&out);
    assert!(got.first().is_some_and(|g| g == "g0"), "{got:?}");
    assert!(!got.contains(&"g4".to_string()), "{got:?}");
}

#[test]
fn a_broken_line_in_a_large_jsonl_stream_is_named_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let t = std::fs::read_to_string(seed("003")).unwrap();
    let mut jsonl = String::new();
    for i in 0..300 {
        if i == 150 {
            jsonl.push_str("{\"id\": \"cut\", \"text\": \"\n");
        }
        let text = format!("{t}\nرقم {i}");
        jsonl.push_str(&serde_json::json!({"id": format!("r{i:03}"), "text": text}).to_string());
        jsonl.push('\n');
    }
    let path = dir.path().join("big.jsonl");
    std::fs::write(&path, &jsonl).unwrap();
    let out = rasid_within(&["extract", "--threads", "2", path.to_str().unwrap()], None);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("big.jsonl:151: invalid JSON"), "{err}");
    assert!(err.contains("300 articles coded"), "{err}");
    assert_eq!(ids(&out).len(), 300);
}
