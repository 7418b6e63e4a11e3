//! Reading inputs: files, directories (recursively, in sorted order) and stdin, as plain
//! text, HTML, JSON or JSONL, in any common encoding. Each input yields articles or one
//! clear problem naming the input; nothing stops the others. Files ending in `.gz` are
//! decompressed first (the format comes from the inner extension). JSONL is streamed one
//! line at a time ([`stream`]), so a large file does not need its size in memory.

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
            // Only regular files: a FIFO found in a directory would block the reader forever
            // (one named on the command line is read: that is how `<(zcat …)` works).
            match std::fs::metadata(&p) {
                Ok(m) if m.is_file() => files.push(p),
                Ok(_) => problems.push(Item::Problem {
                    input: p.display().to_string(),
                    message: "not a regular file (a FIFO, socket or device): skipped".into(),
                }),
                Err(e) => problems.push(Item::Problem {
                    input: p.display().to_string(),
                    message: format!("cannot read: {e}"),
                }),
            }
        }
    }
}

/// Read one file (or stdin for "-") into articles, all at once.
pub fn read(path: &Path) -> Vec<Item> {
    stream(path).collect()
}

/// How much of an input is read before deciding its format and encoding.
const HEAD: usize = 64 * 1024;

/// The largest article rasid codes (bytes of text). Real news articles are a few KB; a
/// larger "article" is a mistake (a whole dump in one file) and is reported, not coded.
pub const MAX_ARTICLE_BYTES: usize = 16 << 20;

fn too_large(len: usize) -> String {
    format!(
        "too large: {:.1} MB in one article (the limit is {} MB); split it into articles, e.g. as JSONL",
        len as f64 / 1e6,
        MAX_ARTICLE_BYTES >> 20
    )
}

fn input_name(path: &Path) -> String {
    if path.as_os_str() == "-" {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    }
}

/// Read one file (or stdin for "-") lazily. UTF-8 JSONL (also gzipped, also on stdin) comes
/// one line at a time, so memory stays flat however long the file is; other inputs (one
/// article each, or a JSON array, or JSONL in another encoding) are read whole.
pub fn stream(path: &Path) -> Box<dyn Iterator<Item = Item> + Send> {
    let name = input_name(path);
    let gz = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"));
    let problem = |message: String| -> Box<dyn Iterator<Item = Item> + Send> {
        Box::new(std::iter::once(Item::Problem {
            input: name.clone(),
            message,
        }))
    };
    let raw: Box<dyn Read + Send> = if path.as_os_str() == "-" {
        Box::new(std::io::stdin())
    } else {
        match std::fs::File::open(path) {
            Ok(f) => Box::new(f),
            Err(e) => return problem(format!("cannot read: {e}")),
        }
    };
    let mut reader: Box<dyn Read + Send> = if gz {
        Box::new(flate2::read::MultiGzDecoder::new(std::io::BufReader::new(
            raw,
        )))
    } else {
        raw
    };
    let read_error = |e: std::io::Error| {
        if gz {
            format!("cannot decompress (gzip): {e}")
        } else {
            format!("cannot read: {e}")
        }
    };
    let mut head = Vec::with_capacity(HEAD);
    // On an error the bytes read before it are kept: JSONL records before a truncated gzip
    // end are still read, and the error is reported after them.
    let head_error = reader
        .by_ref()
        .take(HEAD as u64)
        .read_to_end(&mut head)
        .err();
    let utf8_head = match std::str::from_utf8(&head) {
        Ok(t) => Some(t),
        // A character cut at the end of the head is still UTF-8.
        Err(e) if e.error_len().is_none() => std::str::from_utf8(&head[..e.valid_up_to()]).ok(),
        Err(_) => None,
    };
    let format = format_of(path).or_else(|| utf8_head.map(sniff));
    if format == Some(Format::Jsonl) && utf8_head.is_some() {
        let rest: Box<dyn Read + Send> = match head_error {
            Some(e) => Box::new(FailWith(Some(e))),
            None => reader,
        };
        return Box::new(JsonlLines {
            reader: std::io::BufReader::with_capacity(HEAD, std::io::Cursor::new(head).chain(rest)),
            name,
            line: 0,
            seen: false,
            done: false,
            gz,
            buf: Vec::new(),
        });
    }
    if let Some(e) = head_error {
        return problem(read_error(e));
    }
    let mut bytes = head;
    // One article per file: read no more than the limit allows.
    let one_article = matches!(format, Some(Format::Text | Format::Html));
    let room = if one_article {
        (MAX_ARTICLE_BYTES + 1).saturating_sub(bytes.len()) as u64
    } else {
        u64::MAX
    };
    if let Err(e) = reader.by_ref().take(room).read_to_end(&mut bytes) {
        return problem(read_error(e));
    }
    if one_article && bytes.len() > MAX_ARTICLE_BYTES {
        let mut len = bytes.len() as u64;
        if let Ok(m) = std::fs::metadata(path) {
            if !gz && m.is_file() {
                len = m.len();
            }
        }
        return problem(too_large(len as usize));
    }
    Box::new(from_bytes(path, &name, &bytes).into_iter())
}

/// A reader that fails once with the error it holds (then reads as empty).
struct FailWith(Option<std::io::Error>);

impl Read for FailWith {
    fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
        match self.0.take() {
            Some(e) => Err(e),
            None => Ok(0),
        }
    }
}

/// UTF-8 JSONL read line by line.
struct JsonlLines<R> {
    reader: R,
    name: String,
    /// Lines read so far (1-based number of the last one).
    line: usize,
    /// A non-blank line was seen.
    seen: bool,
    done: bool,
    gz: bool,
    buf: Vec<u8>,
}

impl<R: std::io::BufRead> Iterator for JsonlLines<R> {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        while !self.done {
            self.buf.clear();
            match self.reader.read_until(b'\n', &mut self.buf) {
                Ok(0) => {
                    self.done = true;
                    if !self.seen {
                        return Some(Item::Problem {
                            input: self.name.clone(),
                            message: "empty input".into(),
                        });
                    }
                }
                Ok(_) => {
                    self.line += 1;
                    let mut bytes = self.buf.as_slice();
                    if self.line == 1 {
                        bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
                    }
                    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
                        continue;
                    }
                    self.seen = true;
                    let at = format!("{}:{}", self.name, self.line);
                    let text = match std::str::from_utf8(bytes) {
                        Ok(t) => std::borrow::Cow::Borrowed(t),
                        Err(_) => match rasid_text::decode(bytes) {
                            Ok(d) => std::borrow::Cow::Owned(d.text),
                            Err(e) => {
                                return Some(Item::Problem {
                                    input: at,
                                    message: e.to_string(),
                                })
                            }
                        },
                    };
                    return Some(
                        match serde_json::from_str::<serde_json::Value>(text.trim_end()) {
                            Ok(v) => from_record(v, &self.name, &format!("line {}", self.line)),
                            Err(e) => Item::Problem {
                                input: at,
                                message: format!("invalid JSON: {e}"),
                            },
                        },
                    );
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => {
                    self.done = true;
                    let message = if self.gz {
                        format!("cannot decompress (gzip) after line {}: {e}", self.line)
                    } else {
                        format!("cannot read after line {}: {e}", self.line)
                    };
                    return Some(Item::Problem {
                        input: self.name.clone(),
                        message,
                    });
                }
            }
        }
        None
    }
}

/// Articles from a whole input already in memory (decompressed).
fn from_bytes(path: &Path, name: &str, bytes: &[u8]) -> Vec<Item> {
    let problem = |message: String| {
        vec![Item::Problem {
            input: name.to_string(),
            message,
        }]
    };
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return problem("empty input".into());
    }
    let decoded = match rasid_text::decode(bytes) {
        Ok(d) => d,
        Err(e) => return problem(e.to_string()),
    };
    let text = decoded.text;
    let format = format_of(path).unwrap_or_else(|| sniff(&text));
    if matches!(format, Format::Text | Format::Html) && text.len() > MAX_ARTICLE_BYTES {
        return problem(too_large(text.len()));
    }
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
                .map(|(i, v)| from_record(v, name, &format!("item {}", i + 1)))
                .collect(),
            Ok(v) => vec![from_record(v, name, "record")],
            Err(e) => problem(format!("invalid JSON: {e}")),
        },
        Format::Jsonl => text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .map(
                |(i, l)| match serde_json::from_str::<serde_json::Value>(l) {
                    Ok(v) => from_record(v, name, &format!("line {}", i + 1)),
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
    if text.len() > MAX_ARTICLE_BYTES {
        return problem(too_large(text.len()));
    }
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
