//! `rasid bench`: speed and memory of each stage of the pipeline, on a corpus or on generated
//! text, on one thread and on several, each figure next to a baseline measured in the same
//! run: one Aho-Corasick pass of the actor dictionary's phrases over the same text. Ratios to
//! the baseline (of CPU time, which other load on a shared machine disturbs less than wall
//! time) are what to compare between machines and runs; absolute times are noisy.
//!
//! Stages: decode + clean + sentence split (`rasid_text`), normalize (match text of each
//! sentence), actor matching (one pass per sentence), event coding (`Coder::code`, which
//! redoes the stages before it), ingest (fingerprint + SQLite + tantivy, in a temporary
//! archive), and end to end (`rasid extract` run as a child process, so its peak memory is
//! its own).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

use aho_corasick::AhoCorasick;
use anyhow::{bail, Context, Result};
use rasid_actors::matcher::phrase_key;
use rasid_actors::MatchText;
use rasid_coder::{Article, Coder};
use rasid_store::{NewArticle, SqliteStore, Store};

use crate::input::{self, Item};

#[derive(clap::Args)]
pub struct Args {
    /// The corpus: files or directories as `extract` reads them (e.g. a .jsonl.gz). Without
    /// one, or when it does not exist, rasid generates articles from the bundled samples.
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Use at most this many articles of the corpus.
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
    /// How many articles to generate when there is no corpus.
    #[arg(long, default_value_t = 2000, value_name = "N")]
    generate: usize,
    /// Threads for the parallel runs (default: the number of cores).
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
    /// Articles to ingest into the temporary archive (ingest is the slowest stage).
    #[arg(long, default_value_t = 2000, value_name = "N")]
    ingest_limit: usize,
    /// Skip the end-to-end runs of `rasid extract`.
    #[arg(long)]
    no_end_to_end: bool,
    /// Also run this other rasid executable's `extract` end to end, one thread, on the same
    /// input: before/after figures for a change, measured in the same run.
    #[arg(long, value_name = "EXE")]
    compare: Option<PathBuf>,
    /// Print the figures as JSON instead of a table.
    #[arg(long)]
    json: bool,
}

/// One measured figure.
#[derive(serde::Serialize)]
struct Figure {
    stage: String,
    threads: usize,
    articles: usize,
    /// Wall-clock seconds.
    seconds: f64,
    /// CPU seconds (user + system) of all threads.
    cpu_seconds: f64,
    /// Articles per wall-clock second.
    articles_per_second: f64,
    /// Articles per CPU second: the per-core figure, robust to other load on the machine.
    articles_per_cpu_second: f64,
    /// MB of article text per wall-clock second.
    mb_per_second: f64,
    /// This stage's CPU time over the baseline pass's CPU time on the same articles and
    /// threads (wall-clock times are too noisy on a shared machine).
    ratio_to_baseline: f64,
    /// Peak resident memory (KiB) of the `rasid extract` child, for end-to-end runs.
    max_rss_kib: Option<u64>,
}

/// Wall and CPU time of one measured run.
#[derive(Clone, Copy)]
struct Took {
    wall: f64,
    cpu: f64,
}

impl Figure {
    fn new(
        stage: String,
        threads: usize,
        articles: usize,
        bytes: usize,
        t: Took,
        base: Took,
    ) -> Self {
        Figure {
            stage,
            threads,
            articles,
            seconds: t.wall,
            cpu_seconds: t.cpu,
            articles_per_second: articles as f64 / t.wall.max(1e-9),
            articles_per_cpu_second: articles as f64 / t.cpu.max(1e-9),
            mb_per_second: bytes as f64 / 1e6 / t.wall.max(1e-9),
            ratio_to_baseline: t.cpu / base.cpu.max(1e-9),
            max_rss_kib: None,
        }
    }
}

#[derive(serde::Serialize)]
struct Report {
    corpus: String,
    articles: usize,
    bytes: usize,
    threads: usize,
    cores: usize,
    machine: String,
    figures: Vec<Figure>,
}

/// CPU time (user + system) of this process so far, in seconds.
fn cpu_now() -> f64 {
    // SAFETY: getrusage only writes the struct we pass; zeroed is a valid rusage.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    if unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut ru) } != 0 {
        return 0.0;
    }
    cpu_of(&ru)
}

fn cpu_of(ru: &libc::rusage) -> f64 {
    let tv = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    tv(ru.ru_utime) + tv(ru.ru_stime)
}

/// Run `f` over `items` split into `threads` contiguous chunks.
fn timed<T: Sync, F: Fn(&T) -> usize + Sync>(items: &[T], threads: usize, f: F) -> (Took, usize) {
    let (start, cpu) = (Instant::now(), cpu_now());
    let sum = if threads <= 1 {
        items.iter().map(&f).sum()
    } else {
        let per = items.len().div_ceil(threads).max(1);
        std::thread::scope(|s| {
            let hs: Vec<_> = items
                .chunks(per)
                .map(|c| s.spawn(|| c.iter().map(&f).sum::<usize>()))
                .collect();
            hs.into_iter().map(|h| h.join().unwrap_or(0)).sum()
        })
    };
    let took = Took {
        wall: start.elapsed().as_secs_f64(),
        cpu: cpu_now() - cpu,
    };
    (took, sum)
}

/// The peak resident memory (VmHWM, KiB) of a running process, from /proc.
fn hwm_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Articles generated from the bundled sample articles: their paragraphs shuffled into
/// articles of about 3 KB (the bench corpus's mean), the same for the same `n`.
pub fn generated(n: usize) -> Vec<Article> {
    let paras: Vec<&str> = crate::demo::SAMPLES
        .iter()
        .map(|(_, t, _)| *t)
        .flat_map(|t| t.lines())
        .map(str::trim)
        .filter(|l| l.chars().count() > 40)
        .collect();
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    (0..n)
        .map(|i| {
            let mut text = String::new();
            while text.len() < 3000 && !paras.is_empty() {
                let p = paras[(next() % paras.len() as u64) as usize];
                text.push_str(p);
                text.push('\n');
            }
            Article {
                id: format!("gen-{i:06}"),
                text,
                date: Some("2017-03-02".into()),
                ..Default::default()
            }
        })
        .collect()
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    format!("{cpu}, {} {}", std::env::consts::OS, std::env::consts::ARCH)
}

/// Run `rasid extract [--threads T]` on the inputs as a child (this executable, or `exe`);
/// its wall and CPU time and peak memory (KiB, polled from /proc: a forked child's
/// `ru_maxrss` would count the parent's memory too).
fn end_to_end(
    exe: Option<&Path>,
    inputs: &[PathBuf],
    threads: Option<usize>,
) -> Result<(Took, Option<u64>)> {
    let exe = match exe {
        Some(e) => e.to_path_buf(),
        None => std::env::current_exe().context("finding the rasid executable")?,
    };
    let start = Instant::now();
    let mut cmd = Command::new(&exe);
    cmd.arg("extract");
    if let Some(t) = threads {
        cmd.arg("--threads").arg(t.to_string());
    }
    let child = cmd
        .args(inputs)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .with_context(|| format!("running {} extract", exe.display()))?;
    let pid = child.id();
    let mut peak: Option<u64> = None;
    let mut status = 0;
    // SAFETY: zeroed is a valid rusage; wait4 on our own child writes into locals.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        if let Some(k) = hwm_kib(pid) {
            peak = Some(peak.map_or(k, |p| p.max(k)));
        }
        let r = unsafe { libc::wait4(pid as libc::pid_t, &mut status, libc::WNOHANG, &mut ru) };
        if r != 0 {
            if r < 0 {
                bail!("waiting for {} extract failed", exe.display());
            }
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let took = Took {
        wall: start.elapsed().as_secs_f64(),
        cpu: cpu_of(&ru),
    };
    Ok((took, peak))
}

fn load(args: &Args) -> Result<(String, Vec<Article>, Vec<PathBuf>)> {
    let present: Vec<PathBuf> = args.paths.iter().filter(|p| p.exists()).cloned().collect();
    if present.is_empty() {
        if !args.paths.is_empty() {
            eprintln!(
                "rasid bench: {} not found; using {} generated articles",
                args.paths
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", "),
                args.generate
            );
        }
        let arts = generated(args.generate);
        return Ok((
            format!("{} generated articles", arts.len()),
            arts,
            Vec::new(),
        ));
    }
    let (files, problems) = input::expand(&present);
    let limit = args.limit.unwrap_or(usize::MAX);
    let mut arts = Vec::new();
    let mut failed = problems.len();
    for item in files.iter().flat_map(|f| input::stream(f)) {
        if arts.len() >= limit {
            break;
        }
        match item {
            Item::Article(a) => arts.push(*a),
            Item::Problem { .. } => failed += 1,
        }
    }
    if failed > 0 {
        eprintln!("rasid bench: {failed} input(s) could not be read (see rasid extract)");
    }
    if arts.is_empty() {
        bail!("no articles in {}", present[0].display());
    }
    let name = present
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(", ");
    Ok((name, arts, present))
}

/// Write the articles as JSONL for the end-to-end runs (generated text, or a `--limit`ed corpus).
fn write_jsonl(arts: &[Article], path: &Path) -> Result<()> {
    let mut f = std::io::BufWriter::new(std::fs::File::create(path)?);
    for a in arts {
        serde_json::to_writer(
            &mut f,
            &serde_json::json!({"id": a.id, "text": a.text, "title": a.title, "date": a.date, "url": a.url, "source": a.source}),
        )?;
        f.write_all(b"\n")?;
    }
    f.flush()?;
    Ok(())
}

pub fn run(coder: &Coder, args: Args) -> Result<ExitCode> {
    let (corpus, arts, _) = load(&args)?;
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let threads = args.threads.unwrap_or(cores).max(1);
    let bytes: usize = arts.iter().map(|a| a.text.len()).sum();
    let n = arts.len();
    eprintln!(
        "rasid bench: {n} articles, {:.1} MB, threads 1 and {threads}",
        bytes as f64 / 1e6
    );

    // The baseline: one Aho-Corasick pass of the actor phrases over the raw text.
    let keys: Vec<String> = coder
        .dict
        .phrases()
        .into_iter()
        .map(|(p, _)| phrase_key(&p))
        .filter(|k| !k.is_empty())
        .collect();
    let ac = AhoCorasick::new(&keys).context("building the baseline automaton")?;
    let baseline = |a: &Article| ac.find_iter(&a.text).count();

    // Inputs prepared for the stages that start mid-pipeline.
    let sentences: Vec<Vec<String>> = arts
        .iter()
        .map(|a| {
            let c = rasid_text::clean(&a.text);
            rasid_text::sentences(&a.text, &c.blocks)
                .into_iter()
                .map(|r| a.text[r].to_string())
                .collect()
        })
        .collect();
    let prepared: Vec<Vec<MatchText>> = sentences
        .iter()
        .map(|ss| ss.iter().map(|s| MatchText::new(s)).collect())
        .collect();

    let mut figures = Vec::new();
    let mut thread_counts = vec![1];
    if threads > 1 {
        thread_counts.push(threads);
    }
    for &t in &thread_counts {
        let (base, _) = timed(&arts, t, baseline);
        let mut add = |stage: &str, took: Took| {
            figures.push(Figure::new(stage.to_string(), t, n, bytes, took, base));
        };
        add("baseline: one Aho-Corasick pass (actor phrases)", base);
        let (took, _) = timed(&arts, t, |a| {
            let d = rasid_text::decode(a.text.as_bytes())
                .map(|d| d.text)
                .unwrap_or_default();
            let c = rasid_text::clean(&d);
            rasid_text::sentences(&d, &c.blocks).len()
        });
        add("decode + clean + sentences", took);
        let (took, _) = timed(&sentences, t, |ss| {
            ss.iter().map(|s| MatchText::new(s).text.len()).sum()
        });
        add("normalize (match text)", took);
        let (took, _) = timed(&prepared, t, |ps| {
            ps.iter().map(|mt| coder.dict.mentions(mt).len()).sum()
        });
        add("actor matching", took);
        let (took, _) = timed(&arts, t, |a| coder.code(a).events.len());
        add(
            "event coding (Coder::code, all of the above included)",
            took,
        );
    }

    // Ingest, on one thread (the store writes serially), into a temporary archive.
    let m = n.min(args.ingest_limit.max(1));
    let (base_m, _) = timed(&arts[..m], 1, baseline);
    let coded: Vec<NewArticle> = arts[..m]
        .iter()
        .map(|a| NewArticle::new(a.clone(), coder.code(a), coder.version()))
        .collect();
    let dir = tempfile_dir()?;
    let (start, cpu) = (Instant::now(), cpu_now());
    {
        let mut store = SqliteStore::open(&dir).context("opening a temporary archive")?;
        for chunk in coded.chunks(500) {
            store.ingest(chunk)?;
        }
        store.close()?;
    }
    let took = Took {
        wall: start.elapsed().as_secs_f64(),
        cpu: cpu_now() - cpu,
    };
    let _ = std::fs::remove_dir_all(&dir);
    let mbytes: usize = arts[..m].iter().map(|a| a.text.len()).sum();
    figures.push(Figure::new(
        "ingest (store only: SQLite + tantivy)".into(),
        1,
        m,
        mbytes,
        took,
        base_m,
    ));

    if !args.no_end_to_end {
        // The articles measured, as one JSONL file: `rasid extract` reads it as users do.
        let dir = tempfile_dir()?;
        let file = dir.join("bench.jsonl");
        write_jsonl(&arts, &file)?;
        let mut runs: Vec<(Option<&Path>, usize, usize)> =
            thread_counts.iter().map(|&t| (None, t, 1)).collect();
        // Three copies of the input: memory must stay where it was (streaming).
        runs.push((None, threads, 3));
        if let Some(other) = &args.compare {
            runs.insert(0, (Some(other.as_path()), 1, 1));
        }
        for (exe, t, copies) in runs {
            let inputs = vec![file.clone(); copies];
            let (base, _) = timed(&arts, t, baseline);
            let base = Took {
                wall: base.wall * copies as f64,
                cpu: base.cpu * copies as f64,
            };
            let (took, rss) = end_to_end(exe, &inputs, Some(t))?;
            let stage = match exe {
                Some(e) => format!("end to end: {} extract (compared)", e.display()),
                None if copies == 1 => "end to end: rasid extract (JSONL in, events out)".into(),
                None => format!("end to end, input ×{copies} (memory check)"),
            };
            let mut f = Figure::new(stage, t, n * copies, bytes * copies, took, base);
            f.max_rss_kib = rss;
            figures.push(f);
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    let report = Report {
        corpus,
        articles: n,
        bytes,
        threads,
        cores,
        machine: machine(),
        figures,
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
    } else {
        writeln!(
            out,
            "corpus: {} ({} articles, {:.1} MB); machine: {}, {} cores",
            report.corpus,
            report.articles,
            report.bytes as f64 / 1e6,
            report.machine,
            report.cores
        )?;
        writeln!(
            out,
            "| stage | threads | articles/s | articles/CPU-s | MB/s | × baseline (CPU time) | peak RSS |"
        )?;
        writeln!(out, "|---|---|---|---|---|---|---|")?;
        for f in &report.figures {
            writeln!(
                out,
                "| {} | {} | {:.0} | {:.0} | {:.2} | {:.1} | {} |",
                f.stage,
                f.threads,
                f.articles_per_second,
                f.articles_per_cpu_second,
                f.mb_per_second,
                f.ratio_to_baseline,
                f.max_rss_kib
                    .map_or("-".to_string(), |k| format!("{:.0} MiB", k as f64 / 1024.0))
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// A fresh directory under the system temporary directory.
fn tempfile_dir() -> Result<PathBuf> {
    let dir = std::env::temp_dir().join(format!(
        "rasid-bench-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos())
    ));
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    Ok(dir)
}
