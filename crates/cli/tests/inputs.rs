//! Inputs as they come: other encodings, HTML pages, JSON and JSONL records, stdin, and bad
//! input that must be reported without losing the rest.

mod common;

use common::{parse, rasid, seed};
use serde_json::Value;

/// What an event says, without where in the text it says it.
fn gist(events: &[Value]) -> Vec<String> {
    let mut v: Vec<String> = events
        .iter()
        .map(|e| {
            format!(
                "{} {} {} {} {}",
                e["cameo"],
                e["source"]["name"],
                e["source"]["country"],
                e["target"]["name"],
                e["target"]["country"]
            )
        })
        .collect();
    v.sort();
    v
}

fn extract_ok(args: &[&str]) -> Vec<Value> {
    common::extract(args)
}

#[test]
fn windows_1256_copy_yields_the_same_events() {
    let dir = tempfile::tempdir().unwrap();
    for n in ["000", "003", "004"] {
        let text = std::fs::read_to_string(seed(n)).unwrap();
        let (bytes, _, unmappable) = encoding_rs::WINDOWS_1256.encode(&text);
        let path = dir.path().join(format!("{n}-cp1256.txt"));
        std::fs::write(&path, &bytes).unwrap();
        let utf8 = extract_ok(&[seed(n).to_str().unwrap()]);
        let cp = extract_ok(&[path.to_str().unwrap()]);
        assert!(!utf8.is_empty());
        if !unmappable {
            assert_eq!(gist(&utf8), gist(&cp), "seed {n}");
        } else {
            // Characters Windows-1256 cannot hold (curly quotes in some seeds) become entities.
            assert_eq!(gist(&utf8).len(), gist(&cp).len(), "seed {n}");
        }
    }
}

#[test]
fn utf16_and_bom_inputs_decode() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(seed("002")).unwrap();
    let mut utf16 = vec![0xFF, 0xFE];
    for u in text.encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    let p16 = dir.path().join("002-utf16.txt");
    std::fs::write(&p16, &utf16).unwrap();
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend_from_slice(text.as_bytes());
    let pbom = dir.path().join("002-bom.txt");
    std::fs::write(&pbom, &bom).unwrap();
    let base = gist(&extract_ok(&[seed("002").to_str().unwrap()]));
    assert_eq!(gist(&extract_ok(&[p16.to_str().unwrap()])), base);
    assert_eq!(gist(&extract_ok(&[pbom.to_str().unwrap()])), base);
}

#[test]
fn html_page_wrapping_a_seed_yields_the_same_events() {
    let dir = tempfile::tempdir().unwrap();
    for n in ["000", "001", "004"] {
        let text = std::fs::read_to_string(seed(n)).unwrap();
        let mut paras = text.lines().filter(|l| !l.trim().is_empty());
        let title = paras.next().unwrap();
        let body: String = paras
            .map(|l| format!("<p>{}</p>\n", l.replace('&', "&amp;").replace('<', "&lt;")))
            .collect();
        let html = format!(
            "<!doctype html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>{title}</title></head><body>\
             <nav class=\"menu\"><ul><li><a href=\"/\">الرئيسية</a></li><li><a href=\"/p\">سياسة</a></li><li>وزير الخارجية التركي يزور القاهرة</li></ul></nav>\
             <article><h1>{title}</h1>\n{body}</article>\
             <aside class=\"related\"><h3>اقرأ أيضا</h3><ul><li>الرئيس الروسي يستقبل نظيره الصيني في موسكو</li></ul></aside>\
             <footer>جميع الحقوق محفوظة</footer></body></html>"
        );
        let path = dir.path().join(format!("{n}.html"));
        std::fs::write(&path, html).unwrap();
        let arg = if n == "001" {
            vec!["--date", "2017-12-01"]
        } else {
            vec![]
        };
        let mut a = arg.clone();
        let txt = seed(n);
        a.push(txt.to_str().unwrap());
        let mut b = arg.clone();
        b.push(path.to_str().unwrap());
        let from_text = extract_ok(&a);
        let from_html = extract_ok(&b);
        assert_eq!(gist(&from_text), gist(&from_html), "seed {n}");
        for e in &from_html {
            let s = e["evidence"]["sentence"].as_str().unwrap();
            assert!(
                !s.contains("يستقبل نظيره الصيني") && !s.contains("يزور القاهرة"),
                "chrome: {s}"
            );
        }
    }
}

#[test]
fn jsonl_records_with_a_broken_line_report_it_and_keep_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let t001 = std::fs::read_to_string(seed("001")).unwrap();
    let t003 = std::fs::read_to_string(seed("003")).unwrap();
    let lines = [
        serde_json::json!({"id": "a1", "text": t001, "date": "2017-12-01", "source": "test"}).to_string(),
        "{ this is not json".to_string(),
        serde_json::json!({"id": "a3", "html": format!("<p>{}</p>", t003.replace('\n', "</p><p>"))}).to_string(),
        serde_json::json!({"id": "a4", "title": "no body"}).to_string(),
    ];
    let path = dir.path().join("in.jsonl");
    std::fs::write(&path, lines.join("\n")).unwrap();
    let out = rasid(&["extract", path.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1), "some inputs failed");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("in.jsonl:2") && stderr.contains("invalid JSON"),
        "{stderr}"
    );
    assert!(
        stderr.contains("line 4") && stderr.contains("neither `text` nor `html`"),
        "{stderr}"
    );
    assert!(stderr.contains("2 input(s) failed"), "{stderr}");
    let ev = parse(&out.stdout);
    let a1: Vec<&Value> = ev.iter().filter(|e| e["article_id"] == "a1").collect();
    let a3: Vec<&Value> = ev.iter().filter(|e| e["article_id"] == "a3").collect();
    assert!(!a1.is_empty() && !a3.is_empty());
    // The record's own date is used.
    assert!(a1.iter().any(|e| e["date"] == "2017-11-30"));
}

#[test]
fn stdin_text_is_read_and_ids_are_content_hashes() {
    let text = std::fs::read(seed("002")).unwrap();
    let out = rasid(&["extract", "-"], Some(&text));
    assert!(out.status.success());
    let ev = parse(&out.stdout);
    assert!(!ev.is_empty());
    let id = ev[0]["article_id"].as_str().unwrap();
    assert_eq!(id.len(), 16);
    assert!(ev.iter().all(|e| e["article_id"] == id));
}

#[test]
fn bad_inputs_are_named_and_the_rest_is_coded() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    let binary = dir.path().join("image.txt");
    std::fs::write(
        &binary,
        [0u8, 159, 146, 150, 0, 0, 1, 2, 3, 0, 255, 0, 0, 0, 7, 0].repeat(64),
    )
    .unwrap();
    let missing = dir.path().join("missing.txt");
    let good = seed("003");
    let out = rasid(
        &[
            "extract",
            empty.to_str().unwrap(),
            binary.to_str().unwrap(),
            missing.to_str().unwrap(),
            good.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("empty.txt: empty input"), "{stderr}");
    assert!(stderr.contains("image.txt:"), "{stderr}");
    assert!(stderr.contains("missing.txt: no such file"), "{stderr}");
    assert!(stderr.contains("3 input(s) failed"), "{stderr}");
    assert!(
        !parse(&out.stdout).is_empty(),
        "the good file is still coded"
    );
}

#[test]
fn directories_are_read_recursively_in_order() {
    let out = rasid(&["extract", common::seeds_dir().to_str().unwrap()], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let ev = parse(&out.stdout);
    let mut seen: Vec<String> = Vec::new();
    for e in &ev {
        let id = e["article_id"].as_str().unwrap().to_string();
        if seen.last() != Some(&id) {
            seen.push(id);
        }
    }
    assert_eq!(seen.len(), 5, "{seen:?}");
    let mut sorted = seen.clone();
    sorted.sort();
    assert_eq!(seen, sorted);
}

#[test]
fn bad_arguments_get_a_clear_error() {
    let out = rasid(&["extract", "--date", "01/12/2017", "x.txt"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("expected a date as YYYY-MM-DD"));
    let out = rasid(&["extract", "--dict", "/nonexistent/dir", "x.txt"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a directory"));
}

#[test]
fn table_format_and_demo_show_real_events() {
    let out = rasid(
        &[
            "extract",
            "--format",
            "table",
            seed("004").to_str().unwrap(),
        ],
        None,
    );
    assert!(out.status.success());
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(
        table.contains("Emad Trabelsi (LBY GOV) → Ali Yerlikaya (TUR GOV)"),
        "{table}"
    );
    let dir = tempfile::tempdir().unwrap();
    let jsonl = dir.path().join("demo.jsonl");
    let out = rasid(&["demo", "--out", jsonl.to_str().unwrap()], None);
    assert!(out.status.success());
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(
        shown.contains("Didier Reynders (BEL GOV) → Fayez al-Sarraj (LBY GOV)"),
        "{shown}"
    );
    assert!(shown.contains(jsonl.to_str().unwrap()));
    let written = parse(&std::fs::read(&jsonl).unwrap());
    assert!(written.len() >= 25);
    assert!(written
        .iter()
        .any(|e| e["article_id"] == "001_f5b2cea8329c5be4" && e["date"] == "2017-12-01"));
}

#[test]
fn help_describes_each_command() {
    let out = rasid(&["--help"], None);
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    for (cmd, words) in [
        ("extract", "Code articles into events"),
        ("explain", "Show how rasid reads a text"),
        ("eval", "Score the coder against an annotated gold file"),
        ("demo", "Code the bundled sample articles"),
    ] {
        let line = help
            .lines()
            .find(|l| l.trim_start().starts_with(cmd))
            .unwrap_or_else(|| panic!("{cmd} listed in --help:\n{help}"));
        assert!(line.contains(words), "{cmd}: {line}");
    }
}

#[test]
fn eval_scores_a_gold_file() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(seed("004")).unwrap();
    let evidence = text
        .lines()
        .find(|l| l.contains("وكان صدام قد التقى"))
        .unwrap()
        .trim()
        .to_string();
    let gold = serde_json::json!({
        "id": "g1", "text": text, "date": null,
        "events": [
            {"source": {"country": "LBY", "sector": "MIL"}, "target": {"country": "TUR", "sector": "GOV"},
             "plover": "CONSULT", "cameo": "040", "evidence": evidence},
            {"source": {"country": "EGY", "sector": "GOV"}, "target": {"country": "LBY", "sector": "GOV"},
             "plover": "ACCUSE", "cameo": "111", "evidence": "جملة لا توجد في النص."}
        ]
    });
    let path = dir.path().join("gold.jsonl");
    std::fs::write(&path, gold.to_string()).unwrap();
    let out = rasid(&["eval", "--gold", path.to_str().unwrap(), "--json"], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let dt = &report["levels"]["dyad_type"];
    assert_eq!(dt["gold"], 2);
    assert_eq!(
        dt["tp"], 1,
        "Saddam Haftar meets the Turkish ministers: {report}"
    );
    assert!(dt["recall"].as_f64().unwrap() > 0.49 && dt["recall"].as_f64().unwrap() < 0.51);
    assert_eq!(report["misses"].as_array().unwrap().len(), 1);
    // A broken gold file is a clear error.
    std::fs::write(&path, "{not json").unwrap();
    let out = rasid(&["eval", "--gold", path.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("gold.jsonl:1"));
}

/// The shipped gold sets stay well formed: `rasid eval` reads every article and event of each
/// (a line it could not parse would be an error, an event it dropped a smaller count).
#[test]
fn the_shipped_gold_sets_are_read_whole() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    for (set, articles, events) in [("dev", 103, 218), ("test", 60, 108)] {
        let path = root.join("eval").join(set).join("gold.jsonl");
        let out = rasid(&["eval", "--gold", path.to_str().unwrap(), "--json"], None);
        assert!(
            out.status.success(),
            "{set}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let report: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(report["articles"], articles, "{set}");
        assert_eq!(report["levels"]["dyad_type"]["gold"], events, "{set}");
        let lines = std::fs::read_to_string(&path).unwrap().lines().count();
        assert_eq!(lines, articles, "{set}: one article per line");
    }
}
