//! Reading inputs: files, directories (recursively, in sorted order) and stdin, as plain
//! text, HTML, JSON or JSONL, in any common encoding. Each input yields articles or one
//! clear problem naming the input; nothing stops the others. Files ending in `.gz` are
//! decompressed first (the format comes from the inner extension).

use std::io::Read;
use std::path::{Path, PathBuf};

use rasid_coder::Article;
use serde::Deserialize;

/// One article read, or a problem with part of an input.
pub enum Item {
    Article(Box<Article>),
    Problem { input: String, message: String },
}

/// The kinds of input, from the file extension (or sniffed for stdin).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Html,
    Json,
    Jsonl,
}

fn format_of(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    if ext == "gz" {
        // Gzipped input: the format is the inner extension (articles.jsonl.gz).
        return format_of(Path::new(path.file_stem()?));
    }
    Some(match ext.as_str() {
        "txt" | "text" => Format::Text,
        "html" | "htm" | "xhtml" => Format::Html,
        "json" => Format::Json,
        "jsonl" | "ndjson" => Format::Jsonl,
        _ => return None,
    })
}

/// Expand paths: directories recursively (files with known extensions, sorted), "-" for stdin.
pub fn expand(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<Item>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            files.push(p.clone());
        } else if p.is_dir() {
            walk(p, &mut files, &mut problems);
        } else if p.exists() {
            files.push(p.clone());
        } else {
            problems.push(Item::Problem {
                input: p.display().to_string(),
                message: "no such file or directory".into(),
            });
        }
    }
    (files, problems)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, problems: &mut Vec<Item>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            problems.push(Item::Problem {
                input: dir.display().to_string(),
                message: format!("cannot list directory: {e}"),
            });
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            walk(&p, files, problems);
        } else if format_of(&p).is_some() {
            files.push(p);
        }
    }
}

/// Read one file (or stdin for "-") into articles.
pub fn read(path: &Path) -> Vec<Item> {
    let name = if path.as_os_str() == "-" {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    };
    let problem = |message: String| {
        vec![Item::Problem {
            input: name.clone(),
            message,
        }]
    };
    let bytes = if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        if let Err(e) = std::io::stdin().read_to_end(&mut buf) {
            return problem(format!("cannot read: {e}"));
        }
        buf
    } else {
        match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => return problem(format!("cannot read: {e}")),
        }
    };
    let bytes = if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"))
    {
        let mut out = Vec::new();
        match flate2::read::MultiGzDecoder::new(&bytes[..]).read_to_end(&mut out) {
            Ok(_) => out,
            Err(e) => return problem(format!("cannot decompress (gzip): {e}")),
        }
    } else {
        bytes
    };
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return problem("empty input".into());
    }
    let decoded = match rasid_text::decode(&bytes) {
        Ok(d) => d,
        Err(e) => return problem(e.to_string()),
    };
    let text = decoded.text;
    let format = format_of(path).unwrap_or_else(|| sniff(&text));
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .filter(|_| path.as_os_str() != "-")
        .map(str::to_string);
    match format {
        Format::Text => {
            let id = stem.unwrap_or_else(|| hash_id(&text));
            vec![Item::Article(Box::new(Article {
                id,
                text,
                ..Default::default()
            }))]
        }
        Format::Html => {
            let doc = rasid_text::html_to_text(&text);
            vec![Item::Article(Box::new(Article {
                id: stem.unwrap_or_else(|| hash_id(&doc.text)),
                text: doc.text,
                title: doc.title,
                ..Default::default()
            }))]
        }
        Format::Json => match serde_json::from_str::<serde_json::Value>(&text) {
            Ok(serde_json::Value::Array(items)) => items
                .into_iter()
                .enumerate()
                .map(|(i, v)| from_record(v, &name, &format!("item {}", i + 1)))
                .collect(),
            Ok(v) => vec![from_record(v, &name, "record")],
            Err(e) => problem(format!("invalid JSON: {e}")),
        },
        Format::Jsonl => text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .map(
                |(i, l)| match serde_json::from_str::<serde_json::Value>(l) {
                    Ok(v) => from_record(v, &name, &format!("line {}", i + 1)),
                    Err(e) => Item::Problem {
                        input: format!("{name}:{}", i + 1),
                        message: format!("invalid JSON: {e}"),
                    },
                },
            )
            .collect(),
    }
}

fn sniff(text: &str) -> Format {
    let t = text.trim_start();
    if t.starts_with('{') {
        if t.lines().filter(|l| !l.trim().is_empty()).count() > 1
            && t.lines()
                .next()
                .is_some_and(|l| l.trim_end().ends_with('}'))
        {
            Format::Jsonl
        } else {
            Format::Json
        }
    } else if t.starts_with('[') {
        Format::Json
    } else if t.starts_with('<') {
        Format::Html
    } else {
        Format::Text
    }
}

/// A JSON article record: `id`, `text` or `html`, optional `title`, `date`, `url`, `source`.
#[derive(Deserialize)]
struct Record {
    id: Option<serde_json::Value>,
    text: Option<String>,
    html: Option<String>,
    title: Option<String>,
    date: Option<String>,
    url: Option<String>,
    source: Option<String>,
}

fn from_record(v: serde_json::Value, name: &str, at: &str) -> Item {
    let problem = |message: String| Item::Problem {
        input: format!("{name} ({at})"),
        message,
    };
    let rec: Record = match serde_json::from_value(v) {
        Ok(r) => r,
        Err(e) => return problem(format!("not an article record: {e}")),
    };
    let text = match (rec.text, rec.html) {
        (Some(t), _) if !t.trim().is_empty() => t,
        (_, Some(h)) if !h.trim().is_empty() => rasid_text::html_to_text(&h).text,
        _ => return problem("record has neither `text` nor `html`".into()),
    };
    let id = match rec.id {
        Some(serde_json::Value::String(s)) if !s.is_empty() => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => hash_id(&text),
    };
    let date = match rec.date {
        Some(d) if rasid_coder::parse_date(&d).is_some() => Some(d[..10].to_string()),
        Some(d) if !d.trim().is_empty() => {
            tracing::warn!("{name} ({at}): ignoring unreadable date `{d}`");
            None
        }
        _ => None,
    };
    Item::Article(Box::new(Article {
        id,
        text,
        title: rec.title,
        date,
        url: rec.url,
        source: rec.source,
    }))
}

/// A content hash id for inputs without one.
pub fn hash_id(text: &str) -> String {
    use sha2::{Digest, Sha256};
    let d = Sha256::digest(text.as_bytes());
    d.iter().take(8).map(|b| format!("{b:02x}")).collect()
}
