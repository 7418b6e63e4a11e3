//! `rasid serve`: the JSON API and the web UI over the archive (crates/server), and the
//! `--serve` part of `rasid demo`.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{bail, Context, Result};

#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  rasid serve                              serve ./rasid-data on http://127.0.0.1:8080/\n  rasid serve --data news --addr 0.0.0.0:9000\n  RASID_TOKEN=secret rasid serve           allow accepting suggestions and re-coding from the UI\n  curl 'http://127.0.0.1:8080/api/events?dyad=LBY-TUR&undirected=true&limit=10'\n\nThe API is described at /api/openapi.json and in docs/server.md."
)]
pub struct Args {
    /// The archive: a data directory, or a Postgres URL (postgres://user@host/db).
    #[arg(long, default_value = rasid_store::DEFAULT_DATA_DIR, value_name = "DIR|URL")]
    pub data: PathBuf,
    /// Address to listen on. The default is reachable from this machine only.
    #[arg(long, default_value = "127.0.0.1:8080", value_name = "HOST:PORT")]
    pub addr: SocketAddr,
    /// Longest time a request may take, in seconds.
    #[arg(long, default_value_t = 60, value_name = "SECONDS")]
    pub timeout: u64,
}

/// Is `data` a Postgres URL rather than a directory?
fn is_url(data: &Path) -> bool {
    data.to_str()
        .is_some_and(rasid_store::postgres::is_postgres_url)
}

/// The user dictionary: the global `--dict DIR`, else `DATA/dict` (`./rasid-dict` for a
/// Postgres archive). Accepted suggestions are written there (people.tsv, roles.tsv) and it
/// is read at start when it holds files.
fn dict_dir(dict: Option<&Path>, data: &Path) -> PathBuf {
    match dict {
        Some(d) => d.to_path_buf(),
        None if is_url(data) => PathBuf::from("rasid-dict"),
        None => data.join("dict"),
    }
}

/// Serve `data` until Ctrl-C or SIGTERM.
pub fn serve(
    data: &Path,
    dict: Option<&Path>,
    addr: SocketAddr,
    timeout: Duration,
) -> Result<ExitCode> {
    if !is_url(data) && !data.join("rasid.sqlite").is_file() {
        bail!(
            "no archive in {}: store articles first (rasid ingest --data {} PATH…), or try `rasid demo --serve`",
            data.display(),
            data.display()
        );
    }
    let location = data
        .to_str()
        .context("the data directory's path is not UTF-8")?
        .to_string();
    let mut config = rasid_server::Config::new(location, dict_dir(dict, data));
    config.timeout = timeout;
    config.token = std::env::var("RASID_TOKEN").ok().filter(|t| !t.is_empty());
    let writes = if config.token.is_some() {
        "accepting suggestions and re-coding need the RASID_TOKEN as a bearer token"
    } else {
        "read-only (set RASID_TOKEN to allow accepting suggestions and re-coding)"
    };
    let dict_shown = config.dict_dir.display().to_string();
    let shown = rasid_store::postgres::redacted(data);
    rasid_server::run(config, addr, |bound| {
        eprintln!("rasid serve: the web UI is at http://{bound}/ and the API at http://{bound}/api/openapi.json");
        eprintln!("rasid serve: archive {shown}; user dictionary {dict_shown}; {writes}. Ctrl-C stops.");
    })
    .with_context(|| format!("serving {shown} on {addr}"))?;
    eprintln!("rasid serve: stopped; the archive is closed.");
    Ok(ExitCode::SUCCESS)
}

pub fn run(args: Args, dict: Option<&Path>) -> Result<ExitCode> {
    serve(
        &args.data,
        dict,
        args.addr,
        Duration::from_secs(args.timeout.max(1)),
    )
}

/// `rasid demo --serve`: store the sample articles in `data` (again is a no-op) and serve.
pub fn demo(
    coder: &rasid_coder::Coder,
    articles: Vec<rasid_coder::Article>,
    data: &Path,
    dict: Option<&Path>,
    addr: SocketAddr,
) -> Result<ExitCode> {
    let location = data
        .to_str()
        .context("the data directory's path is not UTF-8")?;
    let outcomes = rasid_server::ingest(location, coder, articles)
        .with_context(|| format!("storing the samples in {}", data.display()))?;
    let new = outcomes
        .iter()
        .filter(|o| matches!(o, rasid_store::IngestOutcome::New { .. }))
        .count();
    eprintln!(
        "\nrasid demo: {new} sample article(s) stored in {} ({} already there)",
        data.display(),
        outcomes.len() - new
    );
    serve(data, dict, addr, Duration::from_secs(60))
}
