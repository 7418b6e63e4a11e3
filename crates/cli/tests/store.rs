//! The archive end to end through the real binary: idempotent ingest, Arabic search,
//! stories and event clusters from a reposted article, exports (CSV, TSV, Parquet read back
//! by pyarrow when it is installed), statistics, and re-coding after a dictionary edit.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use common::{rasid, seed, seeds_dir};
use serde_json::Value;

fn run_ok(args: &[&str]) -> (String, String) {
    let out = rasid(args, None);
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(
        out.status.success(),
        "rasid {args:?} failed ({:?}):\n{stderr}",
        out.status
    );
    (stdout, stderr)
}

fn ingest(data: &Path, inputs: &[&Path]) -> String {
    let mut args = vec!["ingest", "--data", data.to_str().unwrap()];
    args.extend(inputs.iter().map(|p| p.to_str().unwrap()));
    run_ok(&args).1
}

fn counts(data: &Path) -> BTreeMap<String, u64> {
    let (out, _) = run_ok(&["stats", "counts", "--data", data.to_str().unwrap()]);
    out.lines()
        .skip(1)
        .map(|l| {
            let (k, v) = l.split_once(',').unwrap();
            (k.to_string(), v.parse().unwrap())
        })
        .collect()
}

fn jsonl(s: &str) -> Vec<Value> {
    s.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn events(data: &Path, extra: &[&str]) -> Vec<Value> {
    let mut args = vec![
        "events",
        "--format",
        "jsonl",
        "--data",
        data.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    jsonl(&run_ok(&args).0)
}

fn search_ids(data: &Path, query: &str) -> Vec<String> {
    let out = rasid(
        &["search", query, "--json", "--data", data.to_str().unwrap()],
        None,
    );
    let mut ids: Vec<String> = jsonl(&String::from_utf8_lossy(&out.stdout))
        .iter()
        .map(|h| h["id"].as_str().unwrap().to_string())
        .collect();
    ids.sort();
    ids
}

#[test]
fn ingesting_twice_adds_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("archive");
    let first = ingest(&data, &[&seeds_dir()]);
    assert!(first.contains("5 new"), "{first}");
    let before = counts(&data);
    assert_eq!(before["articles"], 5);
    assert!(before["events"] > 10, "{before:?}");
    let second = ingest(&data, &[&seeds_dir()]);
    assert!(second.contains("0 new"), "{second}");
    assert!(second.contains("5 duplicates"), "{second}");
    assert_eq!(counts(&data), before);
    // Same content under another name is still a duplicate (content hash).
    let copy = tmp.path().join("copy-of-003.txt");
    std::fs::copy(seed("003"), &copy).unwrap();
    let third = ingest(&data, &[&copy]);
    assert!(third.contains("1 duplicates"), "{third}");
    assert_eq!(counts(&data), before);
}

#[test]
fn search_finds_both_spellings_and_egyptian_orthography() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("archive");
    ingest(&data, &[&seeds_dir()]);
    let ids = search_ids(&data, "فائز السراج");
    for s in ["000", "001", "002", "003"] {
        assert!(ids.iter().any(|i| i.starts_with(s)), "{s} not in {ids:?}");
    }
    assert_eq!(search_ids(&data, "فايز السراج"), ids);
    // Seed 003 writes ى for final ي (الإعلامى، المصرى، الوطنى): standard spellings find it.
    for q in [
        "الإعلامي",
        "\"الوفد المصري\"",
        "حكومة الوفاق الوطني",
        "الأطلنطي",
    ] {
        let hits = search_ids(&data, q);
        assert!(hits.iter().any(|i| i.starts_with("003")), "{q}: {hits:?}");
    }
    // Highlighted snippet, id, title and date in the plain output.
    let (out, _) = run_ok(&["search", "الناتو", "--data", data.to_str().unwrap()]);
    assert!(out.contains("003_de3e210be6a5e36a  2017-03-02"), "{out}");
    assert!(
        out.contains("[الناتو]") || out.contains("[بالناتو]"),
        "{out}"
    );
    // Filters.
    assert!(search_ids(&data, "السراج")
        .iter()
        .any(|i| i.starts_with("003")));
    let out = rasid(
        &[
            "search",
            "السراج",
            "--from",
            "2030-01-01",
            "--json",
            "--data",
            data.to_str().unwrap(),
        ],
        None,
    );
    assert!(out.stdout.is_empty());
}

/// Seed 003 as another site would repost it: its own header and footer, another id.
fn repost(dir: &Path) -> PathBuf {
    let text = std::fs::read_to_string(seed("003")).unwrap();
    let body: String = text.lines().skip(4).collect::<Vec<_>>().join("\n");
    let p = dir.join("repost_elsewhere.txt");
    std::fs::write(
        &p,
        format!(
            "الرئيسية | أخبار عربية | سياسة\nالخميس، 02 مارس 2017\n{body}\n\nجميع الحقوق محفوظة لموقع الخبر 2017\nتابعونا على تويتر\n"
        ),
    )
    .unwrap();
    p
}

#[test]
fn a_reposted_story_gives_one_cluster_with_two_sources() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("archive");
    let copy = repost(tmp.path());
    ingest(&data, &[&seed("003")]);
    let out = ingest(&data, &[&copy]);
    assert!(out.contains("1 new (1 near-duplicates"), "{out}");
    let c = counts(&data);
    assert_eq!(c["articles"], 2);
    assert_eq!(c["stories"], 1, "{c:?}");
    assert!(c["clusters_with_several_sources"] >= 1, "{c:?}");
    let clusters = events(&data, &["--clusters", "--min-sources", "2"]);
    assert!(!clusters.is_empty());
    for cl in &clusters {
        assert_eq!(cl["n_sources"], 2, "{cl}");
        let arts: Vec<&str> = cl["articles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a.as_str().unwrap())
            .collect();
        assert_eq!(arts, ["003_de3e210be6a5e36a", "repost_elsewhere"]);
        assert_eq!(cl["mentions"].as_array().unwrap().len(), 2);
    }
    // The NATO → GNA support event is one of them.
    assert!(
        clusters
            .iter()
            .any(|c| c["event"]["cameo"] == "051" && c["event"]["source"]["country"] == "NATO"),
        "{clusters:?}"
    );
    // One row per mention: twice as many as clusters for these.
    let mentions = events(&data, &["--min-sources", "2"]);
    assert_eq!(mentions.len(), 2 * clusters.len());
}

fn has_pyarrow() -> bool {
    std::process::Command::new("python3")
        .args(["-c", "import pyarrow"])
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn exports_csv_tsv_parquet() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("archive");
    ingest(&data, &[&seeds_dir()]);
    let d = data.to_str().unwrap();
    let n = events(&data, &[]).len();

    let csv = tmp.path().join("events.csv");
    run_ok(&[
        "events",
        "--data",
        d,
        "--format",
        "csv",
        "--bom",
        "--output",
        csv.to_str().unwrap(),
    ]);
    let bytes = std::fs::read(&csv).unwrap();
    assert!(bytes.starts_with("\u{feff}event_id,cluster,date,".as_bytes()));
    let text = String::from_utf8(bytes).unwrap();
    assert!(text.contains("\r\n"));
    // Quoted fields keep commas and newlines inside: count records, not lines.
    let mut records = 0;
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => records += 1,
            _ => {}
        }
    }
    assert_eq!(records, n + 1);

    let (tsv, _) = run_ok(&[
        "events", "--data", d, "--format", "tsv", "--dyad", "LBY-USA",
    ]);
    let mut lines = tsv.lines();
    assert!(lines.next().unwrap().starts_with("Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\tIntensity"));
    let first: Vec<&str> = lines
        .next()
        .expect("an LBY-USA event")
        .split('\t')
        .collect();
    assert_eq!(first[4], "LBY");
    assert_eq!(first[10], "USA");
    assert_eq!(first.len(), 24);

    let pq = tmp.path().join("events.parquet");
    let out = rasid(&["events", "--data", d, "--format", "parquet"], None);
    assert!(!out.status.success(), "parquet to stdout must be refused");
    run_ok(&[
        "events",
        "--data",
        d,
        "--format",
        "parquet",
        "--output",
        pq.to_str().unwrap(),
    ]);
    let bytes = std::fs::read(&pq).unwrap();
    assert!(bytes.starts_with(b"PAR1") && bytes.ends_with(b"PAR1"));
    let (rows, cols) = rasid_store::export::parquet_summary(&pq).unwrap();
    assert_eq!(rows as usize, n);
    assert_eq!(cols.len(), rasid_store::export::COLUMNS.len());
    if has_pyarrow() {
        let script = format!(
            r#"
import pyarrow.parquet as pq, pyarrow as pa
t = pq.read_table({path:?})
assert t.num_rows == {n}, t.num_rows
s = t.schema
assert s.field("event_id").type == pa.string()
assert s.field("date").type == pa.date32()
assert s.field("cluster").type == pa.int64()
assert s.field("quad_class").type == pa.int32()
assert s.field("goldstein").type == pa.float64()
assert s.field("negated").type == pa.bool_()
assert s.field("lat").type == pa.float64() and s.field("lat").nullable
assert not s.field("cameo").nullable
assert "LBY" in t.column("source_country").to_pylist()
print("pyarrow ok", t.num_rows)
"#,
            path = pq.to_str().unwrap(),
        );
        let out = std::process::Command::new("python3")
            .args(["-c", &script])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "pyarrow could not read the export:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
    } else {
        eprintln!("notice: pyarrow is not installed; checked the Parquet file with the parquet crate only");
    }
}

#[test]
fn stats_csv() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("archive");
    ingest(&data, &[&seeds_dir()]);
    let d = data.to_str().unwrap();
    let (monthly, _) = run_ok(&["stats", "monthly", "--data", d]);
    assert!(monthly.starts_with("month,country,plover_type,as_source,as_target,events\n"));
    assert!(
        monthly
            .lines()
            .any(|l| l.starts_with("2017-03,NATO,SUPPORT,")),
        "{monthly}"
    );
    let (series, _) = run_ok(&[
        "stats",
        "goldstein",
        "--dyad",
        "LBY-TUR",
        "--by",
        "week",
        "--undirected",
        "--data",
        d,
    ]);
    assert!(series.starts_with("period,events,goldstein_sum,goldstein_mean\n"));
    assert!(series.lines().count() >= 2, "{series}");
    let (quad, _) = run_ok(&["stats", "quad", "--data", d]);
    let total: u64 = quad
        .lines()
        .skip(1)
        .map(|l| l.rsplit(',').next().unwrap().parse::<u64>().unwrap())
        .sum();
    assert_eq!(total as usize, events(&data, &[]).len());
    let out = rasid(&["stats", "goldstein", "--data", d], None);
    assert!(!out.status.success());
}

/// Copy a directory tree.
fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let p = e.path();
        if p.is_dir() {
            copy_dir(&p, &to.join(e.file_name()));
        } else {
            std::fs::copy(&p, to.join(e.file_name())).unwrap();
        }
    }
}

fn involves(e: &Value, name: &str) -> bool {
    ["source", "target"]
        .iter()
        .any(|r| e[r]["name"].as_str().is_some_and(|n| n.contains(name)))
        || e["attendees"].as_array().is_some_and(|a| {
            a.iter()
                .any(|x| x["name"].as_str().is_some_and(|n| n.contains(name)))
        })
}

/// The record without what re-coding legitimately changes (coder_version) or what the
/// export adds.
fn gist(e: &Value) -> String {
    let mut e = e.clone();
    for k in [
        "coder_version",
        "cluster",
        "story",
        "n_sources",
        "publisher",
    ] {
        e.as_object_mut().unwrap().remove(k);
    }
    e.to_string()
}

#[test]
fn recode_after_a_dictionary_edit_changes_exactly_the_affected_events() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("archive");
    ingest(&data, &[&seeds_dir()]);
    let before = events(&data, &[]);
    assert!(before.iter().any(|e| involves(e, "Fayez al-Sarraj")));

    // Recode with the same dictionaries: nothing changes.
    let dict = tmp.path().join("data");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data"),
        &dict,
    );
    let (_, same) = run_ok(&["recode", "--data", data.to_str().unwrap()]);
    assert!(same.contains("0 changed"), "{same}");

    let people = dict.join("actors/people.tsv");
    let text = std::fs::read_to_string(&people).unwrap();
    let edited = text.replace("\tFayez al-Sarraj\t", "\tFayez Al Sarraj TEST\t");
    assert_ne!(text, edited);
    std::fs::write(&people, edited).unwrap();
    let (_, summary) = run_ok(&[
        "--dict",
        dict.to_str().unwrap(),
        "recode",
        "--data",
        data.to_str().unwrap(),
    ]);
    let after = events(&data, &[]);

    let old: Vec<String> = before.iter().map(gist).collect();
    let new: Vec<String> = after.iter().map(gist).collect();
    let removed: Vec<&Value> = before
        .iter()
        .zip(&old)
        .filter(|(_, g)| !new.contains(g))
        .map(|(e, _)| e)
        .collect();
    let added: Vec<&Value> = after
        .iter()
        .zip(&new)
        .filter(|(_, g)| !old.contains(g))
        .map(|(e, _)| e)
        .collect();
    assert!(!removed.is_empty() && !added.is_empty(), "{summary}");
    assert_eq!(removed.len(), added.len());
    assert!(
        removed.iter().all(|e| involves(e, "Fayez al-Sarraj")),
        "{removed:?}"
    );
    assert!(
        added.iter().all(|e| involves(e, "Fayez Al Sarraj TEST")),
        "{added:?}"
    );
    assert!(!after.iter().any(|e| involves(e, "Fayez al-Sarraj")));
    assert!(
        summary.contains(&format!(
            "{} events added, {} removed",
            added.len(),
            removed.len()
        )),
        "{summary}"
    );
    // Untouched events were not rewritten: they keep the old coder_version.
    let untouched = after.iter().filter(|e| !involves(e, "Sarraj")).count();
    assert_eq!(
        untouched,
        before.iter().filter(|e| !involves(e, "Sarraj")).count()
    );
    let v0 = before[0]["coder_version"].as_str().unwrap();
    assert!(after
        .iter()
        .filter(|e| !involves(e, "Sarraj"))
        .all(|e| e["coder_version"] == v0));
    assert!(added.iter().all(|e| e["coder_version"] != v0));
}

#[test]
fn ingest_reads_gzipped_jsonl_and_skips_urls_already_stored() {
    use std::io::Write;
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("archive");
    let gz = tmp.path().join("seeds.jsonl.gz");
    let mut enc = flate2::write::GzEncoder::new(
        std::fs::File::create(&gz).unwrap(),
        flate2::Compression::default(),
    );
    for (i, s) in ["000", "001"].iter().enumerate() {
        let rec = serde_json::json!({
            "id": format!("rec-{s}"),
            "text": std::fs::read_to_string(seed(s)).unwrap(),
            "url": format!("https://example.invalid/{i}"),
            "source": "outlet",
            "date": "2017-12-01",
        });
        writeln!(enc, "{rec}").unwrap();
    }
    enc.finish().unwrap();
    let out = ingest(&data, &[&gz]);
    assert!(out.contains("2 read: 2 new"), "{out}");
    // The same URL with edited text is still the stored article.
    let again = tmp.path().join("again.jsonl");
    let rec = serde_json::json!({"id": "other", "text": "نص آخر تماما عن موضوع آخر", "url": "https://example.invalid/0"});
    std::fs::write(&again, format!("{rec}\n")).unwrap();
    let out = ingest(&data, &[&again]);
    assert!(
        out.contains("0 new") && out.contains("1 duplicates"),
        "{out}"
    );
    let evs = events(&data, &["--source", "outlet"]);
    assert!(!evs.is_empty() && evs.iter().all(|e| e["publisher"] == "outlet"));
}
