//! Shared by the server's integration tests: the seed articles ingested into a temporary
//! archive, a real server on an ephemeral loopback port, and a small HTTP client.

#![allow(dead_code)]

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde_json::Value;

/// The article date a caller gives seed 001 (samples/seeds/EXPECTED.md), as `rasid demo`.
const SEED_DATES: [(&str, &str); 1] = [("001_f5b2cea8329c5be4", "2017-12-01")];

pub fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples/seeds")
}

/// The seed articles, by id (file stem).
pub fn seeds() -> Vec<rasid_coder::Article> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(seeds_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let id = p.file_stem().unwrap().to_str().unwrap().to_string();
            let date = SEED_DATES
                .iter()
                .find(|(i, _)| *i == id)
                .map(|(_, d)| d.to_string());
            rasid_coder::Article {
                id,
                text: std::fs::read_to_string(p).unwrap(),
                date,
                ..Default::default()
            }
        })
        .collect()
}

pub struct TestServer {
    pub base: String,
    pub addr: SocketAddr,
    pub data: tempfile::TempDir,
    pub dict: PathBuf,
}

/// Ingest the seeds into a fresh archive and serve it (the server runs until the test
/// process ends).
pub fn start(token: Option<&str>) -> TestServer {
    let data = tempfile::tempdir().unwrap();
    let dict = data.path().join("dict");
    let location = data.path().join("archive").display().to_string();
    let coder = rasid_coder::Coder::embedded().unwrap();
    let out = rasid_server::ingest(&location, &coder, seeds()).unwrap();
    assert_eq!(out.len(), 5, "{out:?}");
    let mut config = rasid_server::Config::new(location, dict.clone());
    config.token = token.map(str::to_string);
    let server = rasid_server::Server::open(config).unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            tx.send(listener.local_addr().unwrap()).unwrap();
            server
                .serve(listener, std::future::pending())
                .await
                .unwrap();
        });
    });
    let addr = rx.recv().unwrap();
    TestServer {
        base: format!("http://{addr}"),
        addr,
        data,
        dict,
    }
}

/// The read-only server all read tests share.
pub fn shared() -> &'static TestServer {
    static S: OnceLock<TestServer> = OnceLock::new();
    S.get_or_init(|| start(None))
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into()
}

/// A response: status, content type, body bytes.
pub struct Resp {
    pub status: u16,
    pub content_type: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Resp {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "not JSON ({e}): {}",
                String::from_utf8_lossy(&self.body[..self.body.len().min(300)])
            )
        })
    }
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).to_string()
    }
    /// The `error` message of a JSON error body.
    pub fn error(&self) -> String {
        assert!(
            self.content_type.starts_with("application/json"),
            "error bodies are JSON, got {}: {}",
            self.content_type,
            self.text()
        );
        self.json()["error"]
            .as_str()
            .unwrap_or_else(|| panic!("no error field: {}", self.text()))
            .to_string()
    }
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

fn finish(r: Result<ureq::http::Response<ureq::Body>, ureq::Error>) -> Resp {
    let mut r = r.expect("the request reaches the server");
    let status = r.status().as_u16();
    let headers: Vec<(String, String)> = r
        .headers()
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_str().unwrap_or("").to_string()))
        .collect();
    let content_type = r
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let body = r
        .body_mut()
        .with_config()
        .limit(50 * 1024 * 1024)
        .read_to_vec()
        .unwrap();
    Resp {
        status,
        content_type,
        headers,
        body,
    }
}

/// GET `path` with query parameters (encoded here).
pub fn get(base: &str, path: &str, query: &[(&str, &str)]) -> Resp {
    let mut req = agent().get(format!("{base}{path}"));
    for (k, v) in query {
        req = req.query(*k, *v);
    }
    finish(req.call())
}

/// POST a body, with an optional bearer token.
pub fn post(base: &str, path: &str, token: Option<&str>, body: &str) -> Resp {
    let mut req = agent()
        .post(format!("{base}{path}"))
        .header("content-type", "application/json");
    if let Some(t) = token {
        req = req.header("authorization", format!("Bearer {t}"));
    }
    finish(req.send(body))
}

/// Send a raw request line (no client-side path normalization) and return the status code
/// and the whole response.
pub fn raw(addr: SocketAddr, target: &str) -> (u16, String) {
    raw_request(
        addr,
        &format!("GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"),
    )
}

/// Send `request` as it is and return the status code and the whole response.
pub fn raw_request(addr: SocketAddr, request: &str) -> (u16, String) {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    s.write_all(request.as_bytes()).unwrap();
    // A server that answered but keeps the connection open must not hang the test.
    s.set_read_timeout(Some(std::time::Duration::from_secs(30)))
        .unwrap();
    let mut out = Vec::new();
    let mut buf = [0u8; 8192];
    while let Ok(n) = s.read(&mut buf) {
        if n == 0 {
            break;
        }
        out.extend_from_slice(&buf[..n]);
    }
    let text = String::from_utf8_lossy(&out).to_string();
    let code = text
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    (code, text)
}
