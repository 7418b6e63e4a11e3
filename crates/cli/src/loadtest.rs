//! `rasid loadtest`: a bounded load test of `rasid serve` on loopback. It owns the request
//! mix (built from what the archive itself holds: filters, cursors, article ids, words of
//! titles, dyads, months, actors), the client threads (one keep-alive connection each), the
//! phases (the baseline `/api/health` first, then each endpoint, then the mix, per client
//! count; each stops after `--requests` or `--duration`, whichever comes first), the
//! optional ingest run alongside the readers, and the report (text or JSON).

use std::collections::{BTreeMap, HashMap};
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitCode, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use serde::Serialize;
use serde_json::Value;

#[derive(clap::Args)]
#[command(after_help = "\
Every phase is bounded: it stops after --requests requests or --duration seconds, whichever
comes first (requests in flight then finish). Per client count the phases are: `health`
(GET /api/health, the baseline: touches neither archive nor dictionaries), then one phase
per endpoint class, then `mix` (all classes interleaved). Each throughput is also given as a
ratio to the baseline's at the same client count. Any error (a transport failure or a status
other than 2xx) makes the exit status 1.

Endpoint classes, all built from the archive itself:
  events       /api/events with a filter (country, type, CAMEO root, month, actor, dyad)
  events_page  /api/events pages reached by following next_cursor
  article      /api/articles/{id}
  search       /api/search?q= with words and word pairs from stored titles
  dyad         /api/dyad series by month
  network      /api/network for a month or a quarter
  stats        /api/stats, whole archive and per country
  actor        /api/actors/{id} (people, organizations, countries seen in events)
  clusters     /api/clusters (multi-source first)

Examples:
  rasid loadtest --data rasid-data                    start `rasid serve` on a free port and test it
  rasid loadtest --url http://127.0.0.1:8080 --clients 1,8 --requests 500
  rasid loadtest --data news --clients 1,8,64 --requests 2000 --duration 10 --json > load.json
  rasid loadtest --data news --ingest more.jsonl.gz   read while `rasid ingest` adds articles")]
pub struct Args {
    /// The server to test (http://HOST:PORT). Without it, the archive in --data is served by a
    /// `rasid serve` started here on a free loopback port and stopped at the end.
    #[arg(long, value_name = "URL")]
    url: Option<String>,
    /// The archive (a data directory) to serve and test; needed for --ingest.
    #[arg(long, value_name = "DIR")]
    data: Option<PathBuf>,
    /// Concurrent clients, one set of phases per number; each client is a thread with its own
    /// keep-alive connection.
    #[arg(
        long,
        value_delimiter = ',',
        default_value = "1,8,64",
        value_name = "N,N,…"
    )]
    clients: Vec<usize>,
    /// Requests per phase.
    #[arg(long, default_value_t = 1000, value_name = "N")]
    requests: usize,
    /// Longest a phase may issue requests, in seconds.
    #[arg(long, default_value_t = 10.0, value_name = "SECONDS")]
    duration: f64,
    /// Only these endpoint classes (comma-separated, see below); the baseline always runs.
    #[arg(long, value_delimiter = ',', value_name = "CLASS,…")]
    only: Vec<String>,
    /// While clients read, run `rasid ingest --data DIR FILE`; report read latency idle and
    /// during the ingest, and check that every new article was stored and is served.
    #[arg(long, value_name = "FILE", requires = "data")]
    ingest: Option<PathBuf>,
    /// Clients reading while --ingest runs.
    #[arg(long, default_value_t = 8, value_name = "N")]
    ingest_clients: usize,
    /// Longest the ingest may take, in seconds; then it is stopped and reported as failed.
    #[arg(long, default_value_t = 3600, value_name = "SECONDS")]
    ingest_timeout: u64,
    /// Choose requests with this seed (the same seed and archive give the same requests).
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Print the report as JSON on stdout (the text report still goes to stderr).
    #[arg(long)]
    json: bool,
}

/// The classes of the mix, in the order their phases run.
const CLASSES: &[&str] = &[
    "events",
    "events_page",
    "article",
    "search",
    "dyad",
    "network",
    "stats",
    "actor",
    "clusters",
];

/// One request: its class and its path with the query already encoded.
#[derive(Clone)]
struct Req {
    class: usize,
    target: String,
}

/// Percent-encode a query value.
fn enc(v: &str) -> String {
    let mut out = String::with_capacity(v.len() * 3);
    for b in v.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn query(path: &str, pairs: &[(&str, &str)]) -> String {
    let q: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", enc(v)))
        .collect();
    if q.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{}", q.join("&"))
    }
}

/// A small deterministic generator (SplitMix64) for choosing and shuffling requests.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(180)))
        .max_idle_connections_per_host(1)
        .build()
        .into()
}

/// GET `base + target`: the status and the body (read to the end).
fn get(agent: &ureq::Agent, base: &str, target: &str) -> Result<(u16, Vec<u8>), String> {
    let mut r = agent
        .get(format!("{base}{target}"))
        .call()
        .map_err(|e| e.to_string())?;
    let status = r.status().as_u16();
    let body = r
        .body_mut()
        .with_config()
        .limit(512 * 1024 * 1024)
        .read_to_vec()
        .map_err(|e| e.to_string())?;
    Ok((status, body))
}

fn get_json(agent: &ureq::Agent, base: &str, target: &str) -> Result<Value> {
    let (status, body) = get(agent, base, target).map_err(|e| anyhow::anyhow!("{target}: {e}"))?;
    if status != 200 {
        bail!(
            "{target}: HTTP {status}: {}",
            String::from_utf8_lossy(&body[..body.len().min(300)])
        );
    }
    serde_json::from_slice(&body).with_context(|| format!("{target}: not JSON"))
}

fn strs(v: &Value) -> impl Iterator<Item = (&String, &Value)> {
    v.as_object().into_iter().flatten()
}

/// Is `w` a word worth searching: Arabic letters only, at least four of them.
fn search_word(w: &str) -> bool {
    w.chars().count() >= 4 && w.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c))
}

/// The requests of each class, built from what the archive holds (through the API, so a
/// remote server works too).
fn discover(base: &str, seed: u64) -> Result<(Vec<Vec<Req>>, u64, u64)> {
    let a = agent();
    let health = get_json(&a, base, "/api/health")
        .context("the server does not answer /api/health (is it `rasid serve`?)")?;
    tracing::debug!("health: {health}");
    let stats = get_json(&a, base, "/api/stats")?;
    let articles_n = stats["counts"]["articles"].as_u64().unwrap_or(0);
    let events_n = stats["counts"]["events"].as_u64().unwrap_or(0);
    if articles_n == 0 || events_n == 0 {
        bail!("the archive holds no events: ingest articles first (rasid ingest --data DIR PATH…)");
    }
    let mut rng = Rng(seed);
    let mut by: Vec<Vec<Req>> = vec![Vec::new(); CLASSES.len()];
    let mut push = |class: &str, target: String| {
        let c = CLASSES.iter().position(|n| *n == class).expect("a class");
        by[c].push(Req { class: c, target });
    };
    let top = |v: &Value, n: usize| -> Vec<String> {
        let mut kv: Vec<(String, u64)> = strs(v)
            .filter(|(k, _)| k.as_str() != "-" && k.as_str() != "undated")
            .map(|(k, c)| (k.clone(), c.as_u64().unwrap_or(0)))
            .collect();
        kv.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
        kv.into_iter().take(n).map(|(k, _)| k).collect()
    };
    let countries = top(&stats["countries"], 30);
    let types = top(&stats["types"], 20);
    let months = top(&stats["months"], 24);

    // Events: a sample of the archive's events gives dyads and actors.
    let ev = get_json(&a, base, "/api/events?limit=1000")?;
    let mut dyads: HashMap<String, usize> = HashMap::new();
    let mut entries: HashMap<String, usize> = HashMap::new();
    let mut roots: HashMap<String, usize> = HashMap::new();
    for m in ev["events"].as_array().into_iter().flatten() {
        let e = &m["event"];
        let sc = e["source"]["country"].as_str();
        let tc = e["target"]["country"].as_str();
        if let (Some(s), Some(t)) = (sc, tc) {
            if s != t {
                *dyads.entry(format!("{s}-{t}")).or_default() += 1;
            }
        }
        for side in ["source", "target"] {
            for part in e[side]["entry"].as_str().unwrap_or("").split('+') {
                if part.starts_with("person:") || part.starts_with("org:") {
                    *entries.entry(part.to_string()).or_default() += 1;
                }
            }
        }
        if let Some(c) = e["cameo"].as_str().and_then(|c| c.get(..2)) {
            *roots.entry(c.to_string()).or_default() += 1;
        }
    }
    let ranked = |m: HashMap<String, usize>, n: usize| -> Vec<String> {
        let mut v: Vec<(String, usize)> = m.into_iter().collect();
        v.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
        v.into_iter().take(n).map(|(k, _)| k).collect()
    };
    let dyads = ranked(dyads, 30);
    let people = ranked(entries, 30);
    let roots = ranked(roots, 10);

    // Actor pages: the entries the dictionary has (an organization code such as NATO is no
    // `country:` entry).
    let mut actors: Vec<String> = Vec::new();
    for c in &countries {
        push(
            "events",
            query("/api/events", &[("country", c), ("limit", "50")]),
        );
        push("stats", query("/api/stats", &[("country", c)]));
        actors.push(format!("country:{c}"));
    }
    push("stats", "/api/stats".into());
    for t in &types {
        push(
            "events",
            query("/api/events", &[("type", t), ("limit", "50")]),
        );
    }
    for r in &roots {
        push(
            "events",
            query("/api/events", &[("cameo", r), ("limit", "50")]),
        );
    }
    for p in &people {
        push(
            "events",
            query("/api/events", &[("actor", p), ("limit", "50")]),
        );
        actors.push(p.clone());
    }
    for d in &dyads {
        push(
            "events",
            query(
                "/api/events",
                &[("dyad", d), ("undirected", "true"), ("limit", "50")],
            ),
        );
        push(
            "dyad",
            query(
                "/api/dyad",
                &[("dyad", d), ("undirected", "true"), ("by", "month")],
            ),
        );
        push("dyad", query("/api/dyad", &[("dyad", d), ("by", "week")]));
    }
    for m in &months {
        let (from, to) = (format!("{m}-01"), format!("{m}-31"));
        let to = month_end(m).unwrap_or(to);
        push(
            "events",
            query(
                "/api/events",
                &[("from", &from), ("to", &to), ("limit", "100")],
            ),
        );
        push(
            "network",
            query(
                "/api/network",
                &[("from", &from), ("to", &to), ("level", "country")],
            ),
        );
        push(
            "network",
            query(
                "/api/network",
                &[
                    ("from", &from),
                    ("to", &to),
                    ("level", "actor"),
                    ("min_weight", "2"),
                ],
            ),
        );
    }
    for id in &actors {
        let target = format!("/api/actors/{}", enc(id));
        if matches!(get(&a, base, &target), Ok((200, _))) {
            push("actor", target);
        }
    }
    push("clusters", "/api/clusters?min_sources=2&limit=50".into());
    push("clusters", "/api/clusters?limit=50".into());
    for c in countries.iter().take(10) {
        push(
            "clusters",
            query("/api/clusters", &[("country", c), ("limit", "50")]),
        );
    }

    // Cursor pages: follow next_cursor through the whole event list and a few filtered ones.
    let mut starts = vec![query("/api/events", &[("limit", "20")])];
    for c in countries.iter().take(3) {
        starts.push(query("/api/events", &[("country", c), ("limit", "10")]));
    }
    for start in starts {
        let mut target = start.clone();
        for _ in 0..15 {
            let page = get_json(&a, base, &target)?;
            let Some(cur) = page["next_cursor"].as_str() else {
                break;
            };
            target = format!("{start}&cursor={}", enc(cur));
            push("events_page", target.clone());
        }
    }

    // Articles and search words, from titles.
    let arts = get_json(&a, base, "/api/articles?limit=1000")?;
    let list = arts["articles"].as_array().cloned().unwrap_or_default();
    let mut words: HashMap<String, usize> = HashMap::new();
    let mut pairs: Vec<String> = Vec::new();
    for art in &list {
        if let Some(id) = art["id"].as_str() {
            push("article", format!("/api/articles/{}", enc(id)));
        }
        let title = art["title"].as_str().unwrap_or("");
        let ws: Vec<&str> = title
            .split_whitespace()
            .filter(|w| search_word(w))
            .collect();
        for w in &ws {
            *words.entry((*w).to_string()).or_default() += 1;
        }
        if let Some(p) = ws.windows(2).next() {
            pairs.push(format!("{} {}", p[0], p[1]));
        }
    }
    // Words of the first articles' text too (titles can be missing).
    for art in list.iter().take(20) {
        let Some(id) = art["id"].as_str() else {
            continue;
        };
        let full = get_json(&a, base, &format!("/api/articles/{}", enc(id)))?;
        let text = full["article"]["text"].as_str().unwrap_or("");
        for w in text.split_whitespace().filter(|w| search_word(w)).take(200) {
            *words.entry(w.to_string()).or_default() += 1;
        }
    }
    let mut qs = ranked(words, 150);
    rng.shuffle(&mut pairs);
    qs.extend(pairs.into_iter().take(50));
    for q in &qs {
        push("search", query("/api/search", &[("q", q)]));
    }
    for (class, reqs) in CLASSES.iter().zip(by.iter_mut()) {
        if reqs.is_empty() {
            bail!("the archive gave no requests for `{class}`");
        }
        rng.shuffle(reqs);
    }
    Ok((by, articles_n, events_n))
}

/// The last day of a `YYYY-MM` month.
fn month_end(m: &str) -> Option<String> {
    let y: i16 = m.get(..4)?.parse().ok()?;
    let mo: i8 = m.get(5..7)?.parse().ok()?;
    let d = jiff::civil::Date::new(y, mo, 1).ok()?;
    Some(d.last_of_month().to_string())
}

/// What a phase measured.
#[derive(Serialize, Clone)]
struct PhaseReport {
    phase: String,
    clients: usize,
    endpoint: String,
    requests: usize,
    errors: usize,
    seconds: f64,
    requests_per_second: f64,
    p50_ms: f64,
    p99_ms: f64,
    max_ms: f64,
    /// requests/s ÷ the baseline's requests/s at the same client count.
    x_baseline: Option<f64>,
}

/// One request's outcome.
struct Sample {
    class: usize,
    micros: u64,
    error: Option<String>,
}

/// How a phase ends.
#[derive(Clone)]
struct Bound {
    requests: usize,
    duration: Duration,
    /// Stop when this is set (the ingest ended).
    stop: Option<Arc<AtomicBool>>,
}

/// Run one phase: `clients` threads take requests `reqs[i % len]` in turn until the bound.
fn phase(base: &str, reqs: &[Req], clients: usize, bound: &Bound) -> (Vec<Sample>, f64) {
    let next = AtomicUsize::new(0);
    let start = Instant::now();
    let samples: Vec<Vec<Sample>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..clients.max(1))
            .map(|_| {
                let next = &next;
                s.spawn(move || {
                    let a = agent();
                    let mut out = Vec::new();
                    loop {
                        if start.elapsed() >= bound.duration
                            || bound
                                .stop
                                .as_ref()
                                .is_some_and(|f| f.load(Ordering::Relaxed))
                        {
                            break;
                        }
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        if i >= bound.requests {
                            break;
                        }
                        let r = &reqs[i % reqs.len()];
                        let t = Instant::now();
                        let res = get(&a, base, &r.target);
                        let micros = t.elapsed().as_micros() as u64;
                        let error = match res {
                            Ok((s, _)) if (200..300).contains(&s) => None,
                            Ok((s, body)) => Some(format!(
                                "{}: HTTP {s}: {}",
                                r.target,
                                String::from_utf8_lossy(&body[..body.len().min(200)])
                            )),
                            Err(e) => Some(format!("{}: {e}", r.target)),
                        };
                        out.push(Sample {
                            class: r.class,
                            micros,
                            error,
                        });
                    }
                    out
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_default())
            .collect()
    });
    let secs = start.elapsed().as_secs_f64();
    (samples.into_iter().flatten().collect(), secs)
}

/// Keep the errors of `samples`.
fn keep(samples: &[Sample], errors: &mut Vec<String>) {
    errors.extend(samples.iter().filter_map(|s| s.error.clone()));
}

fn percentile(sorted: &[u64], p: usize) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() - 1) * p).div_ceil(100);
    sorted[i.min(sorted.len() - 1)] as f64 / 1000.0
}

fn summarize(
    phase: &str,
    clients: usize,
    endpoint: &str,
    samples: &[&Sample],
    secs: f64,
) -> PhaseReport {
    let mut lat: Vec<u64> = samples.iter().map(|s| s.micros).collect();
    lat.sort_unstable();
    let n = samples.len();
    let round = |x: f64| (x * 100.0).round() / 100.0;
    PhaseReport {
        phase: phase.to_string(),
        clients,
        endpoint: endpoint.to_string(),
        requests: n,
        errors: samples.iter().filter(|s| s.error.is_some()).count(),
        seconds: round(secs),
        requests_per_second: round(if secs > 0.0 { n as f64 / secs } else { 0.0 }),
        p50_ms: round(percentile(&lat, 50)),
        p99_ms: round(percentile(&lat, 99)),
        max_ms: round(lat.last().copied().unwrap_or(0) as f64 / 1000.0),
        x_baseline: None,
    }
}

/// The mix: the classes interleaved, request `i` of class `i % classes`.
fn interleave(by: &[Vec<Req>]) -> Vec<Req> {
    let longest = by.iter().map(Vec::len).max().unwrap_or(0);
    let mut out = Vec::new();
    for i in 0..longest {
        for reqs in by {
            out.push(reqs[i % reqs.len()].clone());
        }
    }
    out
}

/// A `rasid serve` started here, stopped on drop.
struct Served {
    child: Child,
    base: String,
}

impl Served {
    fn start(data: &Path, dict: Option<&Path>) -> Result<Served> {
        let exe = std::env::current_exe().context("finding the rasid binary")?;
        let mut cmd = Command::new(exe);
        if let Some(d) = dict {
            cmd.arg("--dict").arg(d);
        }
        cmd.arg("serve")
            .arg("--data")
            .arg(data)
            .args(["--addr", "127.0.0.1:0", "--timeout", "120"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        let mut child = cmd.spawn().context("starting rasid serve")?;
        let Some(err) = child.stderr.take() else {
            bail!("rasid serve: no stderr");
        };
        let mut err = BufReader::new(err);
        let mut line = String::new();
        let base = loop {
            line.clear();
            if err.read_line(&mut line)? == 0 {
                let status = child.wait()?;
                bail!("rasid serve --data {} stopped ({status})", data.display());
            }
            if let Some(i) = line.find("http://") {
                let url = line[i..].split_whitespace().next().unwrap_or("");
                break url.trim_end_matches('/').to_string();
            }
            eprint!("{line}");
        };
        // Keep reading the server's stderr so it never blocks on a full pipe.
        std::thread::spawn(move || {
            let mut sink = String::new();
            let _ = err.read_to_string(&mut sink);
        });
        Ok(Served { child, base })
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        // SIGTERM: the server finishes requests in flight and closes the archive.
        let pid = self.child.id() as libc::pid_t;
        // SAFETY: kill(2) on our own child's pid, which has not been waited for yet.
        unsafe {
            libc::kill(pid, libc::SIGTERM);
        }
        let deadline = Instant::now() + Duration::from_secs(30);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The ingest run alongside the readers.
#[derive(Serialize)]
struct IngestReport {
    file: String,
    clients: usize,
    seconds: f64,
    /// `rasid ingest --json`'s summary.
    summary: Value,
    articles_before: u64,
    articles_after: u64,
    /// The ingest succeeded, every new article is in the archive and the server serves it.
    all_stored: bool,
    idle: Vec<PhaseReport>,
    during: Vec<PhaseReport>,
}

#[derive(Serialize)]
struct Report {
    target: String,
    archive: BTreeMap<String, u64>,
    requests_per_phase: usize,
    seconds_per_phase: f64,
    phases: Vec<PhaseReport>,
    ingest: Option<IngestReport>,
    errors: usize,
    error_examples: Vec<String>,
}

/// Per-class reports of a mix phase, with the mix's total first.
fn mix_reports(
    name: &str,
    clients: usize,
    samples: &[Sample],
    secs: f64,
    base_rps: Option<f64>,
) -> Vec<PhaseReport> {
    let all: Vec<&Sample> = samples.iter().collect();
    let mut out = vec![summarize(name, clients, "mix", &all, secs)];
    for (c, class) in CLASSES.iter().enumerate() {
        let of: Vec<&Sample> = samples.iter().filter(|s| s.class == c).collect();
        if !of.is_empty() {
            out.push(summarize(name, clients, class, &of, secs));
        }
    }
    if let Some(b) = base_rps.filter(|b| *b > 0.0) {
        out[0].x_baseline = Some((out[0].requests_per_second / b * 1000.0).round() / 1000.0);
    }
    out
}

fn print_table(title: &str, rows: &[PhaseReport]) {
    eprintln!("\n{title}");
    eprintln!(
        "  {:<12} {:>8} {:>6} {:>9} {:>9} {:>9} {:>9} {:>10}",
        "endpoint", "requests", "errors", "req/s", "p50 ms", "p99 ms", "max ms", "× baseline"
    );
    for r in rows {
        eprintln!(
            "  {:<12} {:>8} {:>6} {:>9.1} {:>9.2} {:>9.2} {:>9.2} {:>10}",
            r.endpoint,
            r.requests,
            r.errors,
            r.requests_per_second,
            r.p50_ms,
            r.p99_ms,
            r.max_ms,
            r.x_baseline.map_or("-".into(), |x| format!("{x:.3}"))
        );
    }
}

pub fn run(args: Args, dict: Option<&Path>) -> Result<ExitCode> {
    for c in &args.only {
        if !CLASSES.contains(&c.as_str()) {
            bail!("--only {c}: expected one of {}", CLASSES.join(", "));
        }
    }
    if args.clients.is_empty() || args.clients.contains(&0) {
        bail!("--clients: expected numbers of clients ≥ 1, e.g. 1,8,64");
    }
    if !args.duration.is_finite() || args.duration <= 0.0 || args.requests == 0 {
        bail!("--requests and --duration must be positive: every phase is bounded by both");
    }
    let served = match (&args.url, &args.data) {
        (Some(_), Some(_)) if args.ingest.is_none() => {
            bail!("give --url or --data, not both (--data with --url only for --ingest)")
        }
        (Some(_), _) => None,
        (None, Some(d)) => {
            if !d.join("rasid.sqlite").is_file() {
                bail!(
                    "no archive in {}: store articles first (rasid ingest --data {} PATH…)",
                    d.display(),
                    d.display()
                );
            }
            Some(Served::start(d, dict)?)
        }
        (None, None) => {
            bail!("give the server (--url http://HOST:PORT) or an archive to serve (--data DIR)")
        }
    };
    let base = match (&served, &args.url) {
        (Some(s), _) => s.base.clone(),
        (None, Some(u)) => u.trim_end_matches('/').to_string(),
        (None, None) => unreachable!("checked above"),
    };
    eprintln!("rasid loadtest: {base}: building the request mix from the archive");
    let (by, articles_n, events_n) = discover(&base, args.seed)?;
    let by: Vec<Vec<Req>> = by
        .into_iter()
        .enumerate()
        .map(|(c, r)| {
            if args.only.is_empty() || args.only.iter().any(|o| o == CLASSES[c]) {
                r
            } else {
                Vec::new()
            }
        })
        .collect();
    let active: Vec<&Vec<Req>> = by.iter().filter(|r| !r.is_empty()).collect();
    let mix = interleave(&active.iter().map(|r| (*r).clone()).collect::<Vec<_>>());
    let health = vec![Req {
        class: usize::MAX,
        target: "/api/health".into(),
    }];
    let bound = Bound {
        requests: args.requests,
        duration: Duration::from_secs_f64(args.duration),
        stop: None,
    };
    eprintln!(
        "rasid loadtest: {articles_n} articles, {events_n} events; {} distinct requests; phases of {} requests or {} s",
        by.iter().map(Vec::len).sum::<usize>(),
        args.requests,
        args.duration
    );
    let mut phases = Vec::new();
    let mut errors: Vec<String> = Vec::new();
    let mut baselines: HashMap<usize, f64> = HashMap::new();
    for &clients in &args.clients {
        let mut rows = Vec::new();
        let (s, secs) = phase(&base, &health, clients, &bound);
        keep(&s, &mut errors);
        let mut b = summarize(
            "endpoint",
            clients,
            "health",
            &s.iter().collect::<Vec<_>>(),
            secs,
        );
        b.x_baseline = Some(1.0);
        let base_rps = b.requests_per_second;
        baselines.insert(clients, base_rps);
        rows.push(b);
        for reqs in &by {
            if reqs.is_empty() {
                continue;
            }
            let (s, secs) = phase(&base, reqs, clients, &bound);
            keep(&s, &mut errors);
            let mut r = summarize(
                "endpoint",
                clients,
                CLASSES[reqs[0].class],
                &s.iter().collect::<Vec<_>>(),
                secs,
            );
            if base_rps > 0.0 {
                r.x_baseline = Some((r.requests_per_second / base_rps * 1000.0).round() / 1000.0);
            }
            rows.push(r);
        }
        let (s, secs) = phase(&base, &mix, clients, &bound);
        keep(&s, &mut errors);
        let m = mix_reports("mix", clients, &s, secs, Some(base_rps));
        print_table(
            &format!(
                "{clients} client(s): one phase per endpoint (× baseline: requests/s ÷ health's)"
            ),
            &rows,
        );
        print_table(&format!("{clients} client(s): the mix"), &m);
        phases.extend(rows);
        phases.extend(m);
    }

    let ingest = match &args.ingest {
        Some(file) => Some(ingest_run(
            &args,
            file,
            dict,
            &base,
            &mix,
            &bound,
            baselines.get(&args.ingest_clients).copied(),
            &mut errors,
        )?),
        None => None,
    };
    drop(served);

    let all_stored = ingest.as_ref().is_none_or(|i| i.all_stored);
    let report = Report {
        target: base,
        archive: BTreeMap::from([
            ("articles".to_string(), articles_n),
            ("events".to_string(), events_n),
        ]),
        requests_per_phase: args.requests,
        seconds_per_phase: args.duration,
        phases,
        ingest,
        errors: errors.len(),
        error_examples: errors.iter().take(10).cloned().collect(),
    };
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    }
    if report.errors > 0 {
        eprintln!("\nrasid loadtest: {} error(s), e.g.:", report.errors);
        for e in &report.error_examples {
            eprintln!("  {e}");
        }
    } else {
        eprintln!("\nrasid loadtest: 0 errors");
    }
    Ok(if report.errors == 0 && all_stored {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// The number of stored articles, as the server says.
fn articles_served(base: &str) -> Result<u64> {
    let s = get_json(&agent(), base, "/api/articles?limit=1")?;
    s["total"]
        .as_u64()
        .context("/api/articles: no total in the answer")
}

/// Read (the mix) while `rasid ingest` adds `file` to the served archive; then check that
/// every new article is stored and served.
#[allow(clippy::too_many_arguments)]
fn ingest_run(
    args: &Args,
    file: &Path,
    dict: Option<&Path>,
    base: &str,
    mix: &[Req],
    bound: &Bound,
    base_rps: Option<f64>,
    errors: &mut Vec<String>,
) -> Result<IngestReport> {
    let data = args.data.as_ref().context("--ingest needs --data")?;
    let clients = args.ingest_clients.max(1);
    let before = articles_served(base)?;
    let (s, secs) = phase(base, mix, clients, bound);
    keep(&s, errors);
    let idle = mix_reports("idle", clients, &s, secs, base_rps);

    let exe = std::env::current_exe().context("finding the rasid binary")?;
    let mut cmd = Command::new(exe);
    if let Some(d) = dict {
        cmd.arg("--dict").arg(d);
    }
    cmd.arg("ingest")
        .arg("--data")
        .arg(data)
        .arg("--json")
        .arg(file)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    eprintln!(
        "\nrasid loadtest: ingesting {} into {} while {clients} client(s) read",
        file.display(),
        data.display()
    );
    let started = Instant::now();
    let mut child = cmd.spawn().context("starting rasid ingest")?;
    let mut out = child.stdout.take().context("rasid ingest: no stdout")?;
    let mut err = child.stderr.take().context("rasid ingest: no stderr")?;
    let out_t = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = out.read_to_string(&mut s);
        s
    });
    let err_t = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = err.read_to_string(&mut s);
        s
    });
    let done = Arc::new(AtomicBool::new(false));
    let timeout = Duration::from_secs(args.ingest_timeout);
    let watcher = {
        let done = done.clone();
        std::thread::spawn(
            move || -> std::io::Result<Option<std::process::ExitStatus>> {
                loop {
                    if let Some(st) = child.try_wait()? {
                        done.store(true, Ordering::Relaxed);
                        return Ok(Some(st));
                    }
                    if started.elapsed() > timeout {
                        let _ = child.kill();
                        let _ = child.wait();
                        done.store(true, Ordering::Relaxed);
                        return Ok(None);
                    }
                    std::thread::sleep(Duration::from_millis(50));
                }
            },
        )
    };
    let during_bound = Bound {
        requests: usize::MAX,
        duration: timeout + Duration::from_secs(5),
        stop: Some(done.clone()),
    };
    let (s, secs) = phase(base, mix, clients, &during_bound);
    keep(&s, errors);
    let status = watcher
        .join()
        .map_err(|_| anyhow::anyhow!("the ingest watcher failed"))??;
    let ingest_secs = started.elapsed().as_secs_f64();
    let stdout = out_t.join().unwrap_or_default();
    let stderr = err_t.join().unwrap_or_default();
    let during = mix_reports("during_ingest", clients, &s, secs, base_rps);
    let summary: Value = serde_json::from_str(stdout.trim()).unwrap_or(Value::Null);
    let new = summary["new"].as_u64();
    let failed = summary["failed"].as_u64().unwrap_or(0);
    let after = articles_served(base)?;
    let ok = status.is_some_and(|s| s.success()) && new.is_some() && failed == 0;
    if !ok {
        eprintln!(
            "rasid loadtest: the ingest did not finish cleanly ({}): {}",
            status.map_or("stopped after --ingest-timeout".to_string(), |s| s
                .to_string()),
            stderr.trim()
        );
    }
    let all_stored = ok && new == Some(after.saturating_sub(before));
    print_table(
        &format!("{clients} client(s) reading, idle (before the ingest)"),
        &idle,
    );
    print_table(
        &format!("{clients} client(s) reading during the ingest ({ingest_secs:.1} s)"),
        &during,
    );
    eprintln!(
        "rasid loadtest: ingest: {} new, {} duplicates, {failed} failed; the server now has {after} articles ({before} before): {}",
        new.unwrap_or(0),
        summary["duplicates"].as_u64().unwrap_or(0),
        if all_stored {
            "every new article is stored and served"
        } else {
            "NOT every new article was stored"
        }
    );
    Ok(IngestReport {
        file: file.display().to_string(),
        clients,
        seconds: (ingest_secs * 100.0).round() / 100.0,
        summary,
        articles_before: before,
        articles_after: after,
        all_stored,
        idle,
        during,
    })
}
