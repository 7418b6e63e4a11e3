//! rasid-server: `rasid serve`. A JSON API over the archive ([`rasid_store::Store`]) and an
//! embedded web UI for analysts: search, articles with their evidence highlighted, events
//! with filters and exports, dyad series, actor pages, actor networks, and the review of
//! `actors suggest` candidates into the user dictionary. See `docs/server.md`.
//!
//! Modules: [`worker`] (the store thread), [`params`] (query parsing, validation,
//! cursors), [`api`] (archive endpoints), [`actors`] (dictionary, suggestions, writes),
//! [`analysis`] (series, networks, actor profiles), [`assets`] (the embedded UI),
//! [`error`] (JSON errors).

pub mod actors;
pub mod analysis;
pub mod api;
pub mod assets;
pub mod error;
pub mod params;
pub mod worker;

use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, RwLock};
use std::time::Duration;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use rasid_actors::Dictionary;
use rasid_coder::{Coder, Ontology};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::{DefaultMakeSpan, DefaultOnResponse, TraceLayer};

pub use error::{ApiError, ServerError};
pub use worker::{StoreHandle, StoreWorker};

/// Every route, as `(method, path)` in the router's syntax; `/api/openapi.json` documents
/// each `/api/` one (a test checks).
pub const ROUTES: &[(&str, &str)] = &[
    ("GET", "/"),
    ("GET", "/static/{*path}"),
    ("GET", "/api/openapi.json"),
    ("GET", "/api/health"),
    ("GET", "/api/events"),
    ("GET", "/api/events/export"),
    ("GET", "/api/clusters"),
    ("GET", "/api/clusters/{id}"),
    ("GET", "/api/articles"),
    ("GET", "/api/articles/{id}"),
    ("GET", "/api/search"),
    ("GET", "/api/actors"),
    ("GET", "/api/actors/{id}"),
    ("GET", "/api/dyad"),
    ("GET", "/api/network"),
    ("GET", "/api/stats"),
    ("GET", "/api/suggestions"),
    ("POST", "/api/suggestions/accept"),
    ("POST", "/api/recode"),
];

/// How to run the server.
#[derive(Debug, Clone)]
pub struct Config {
    /// The archive: a data directory, as `--data` elsewhere.
    pub data: String,
    /// The user dictionary directory (laid out like `data/`): read at start when it holds
    /// files, written by accepted suggestions.
    pub dict_dir: PathBuf,
    /// The bearer token writes need (`RASID_TOKEN`); `None` disables writes.
    pub token: Option<String>,
    /// Longest time a request may take.
    pub timeout: Duration,
    /// Largest request body, in bytes.
    pub body_limit: usize,
}

impl Config {
    pub fn new(data: impl Into<String>, dict_dir: impl Into<PathBuf>) -> Config {
        Config {
            data: data.into(),
            dict_dir: dict_dir.into(),
            token: None,
            timeout: Duration::from_secs(60),
            body_limit: 64 * 1024,
        }
    }
}

/// What the handlers share.
#[derive(Clone)]
pub struct AppState(Arc<Inner>);

pub struct Inner {
    pub store: StoreHandle,
    coder: RwLock<Arc<Coder>>,
    pub dict_dir: PathBuf,
    pub token: Option<String>,
    pub ontology: Arc<Ontology>,
    /// Serializes dictionary writes and re-coding.
    pub write_lock: tokio::sync::Mutex<()>,
}

impl std::ops::Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

impl Inner {
    /// The current coder (replaced when a suggestion is accepted).
    pub fn coder(&self) -> Arc<Coder> {
        match self.coder.read() {
            Ok(c) => c.clone(),
            Err(p) => p.into_inner().clone(),
        }
    }

    fn set_coder(&self, c: Arc<Coder>) {
        match self.coder.write() {
            Ok(mut g) => *g = c,
            Err(p) => *p.into_inner() = c,
        }
    }
}

/// Load the coder from the user dictionary directory when it holds files, else the bundled one.
pub fn load_coder(dict_dir: &std::path::Path) -> Result<Coder, ServerError> {
    let has_files = rasid_actors::load::FILES
        .iter()
        .any(|(n, _)| dict_dir.join(n).is_file());
    let dict = if has_files {
        Dictionary::from_dir(dict_dir)
    } else {
        Dictionary::embedded()
    }
    .map_err(|e| ServerError::Dictionary(e.to_string()))?;
    Coder::new(dict).map_err(|e| ServerError::Dictionary(e.to_string()))
}

/// An open archive and everything the routes need.
pub struct Server {
    state: AppState,
    worker: StoreWorker,
    config: Config,
}

impl Server {
    /// Open the archive (on the store thread) and load the dictionaries.
    pub fn open(config: Config) -> Result<Server, ServerError> {
        let coder = load_coder(&config.dict_dir)?;
        let ontology = Ontology::embedded().map_err(|e| ServerError::Dictionary(e.to_string()))?;
        let worker = StoreWorker::open(&config.data)?;
        let state = AppState(Arc::new(Inner {
            store: worker.handle(),
            coder: RwLock::new(Arc::new(coder)),
            dict_dir: config.dict_dir.clone(),
            token: config.token.clone().filter(|t| !t.is_empty()),
            ontology: Arc::new(ontology),
            write_lock: tokio::sync::Mutex::new(()),
        }));
        Ok(Server {
            state,
            worker,
            config,
        })
    }

    /// The routes, with request logging, a body-size limit and a time limit.
    pub fn router(&self) -> Router {
        router(self.state.clone(), &self.config)
    }

    /// Serve on `listener` until `shutdown` resolves, then finish the requests in flight
    /// and close the archive.
    pub async fn serve(
        self,
        listener: tokio::net::TcpListener,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        let app = self.router();
        let Server { state, worker, .. } = self;
        drop(state);
        let r = axum::serve(listener, app)
            .with_graceful_shutdown(shutdown)
            .await;
        // The router (and its state) is gone: close the archive off the runtime.
        let _ = tokio::task::spawn_blocking(move || worker.shutdown()).await;
        r
    }
}

/// The router over a state.
pub fn router(state: AppState, config: &Config) -> Router {
    Router::new()
        .route("/", get(assets::index))
        .route("/static/{*path}", get(assets::file))
        .route("/api/openapi.json", get(assets::openapi))
        .route("/api/health", get(api::health))
        .route("/api/events", get(api::events))
        .route("/api/events/export", get(api::export))
        .route("/api/clusters", get(api::clusters))
        .route("/api/clusters/{id}", get(api::cluster))
        .route("/api/articles", get(api::articles))
        .route("/api/articles/{id}", get(api::article))
        .route("/api/search", get(api::search))
        .route("/api/actors", get(actors::list))
        .route("/api/actors/{id}", get(actors::detail))
        .route("/api/dyad", get(api::dyad))
        .route("/api/network", get(api::network))
        .route("/api/stats", get(api::stats))
        .route("/api/suggestions", get(actors::suggestions))
        .route("/api/suggestions/accept", post(actors::accept))
        .route("/api/recode", post(actors::recode))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(RequestBodyLimitLayer::new(config.body_limit))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            config.timeout,
        ))
        .layer(axum::middleware::map_response(json_errors))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(DefaultMakeSpan::new().level(tracing::Level::INFO))
                .on_response(DefaultOnResponse::new().level(tracing::Level::INFO)),
        )
        .with_state(state)
}

/// Error responses made by layers and extractors (body too large, timeout, a malformed
/// path) are plain text: give them the API's JSON shape too.
async fn json_errors(r: Response) -> Response {
    let status = r.status();
    let is_json = r
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if is_json || !(status.is_client_error() || status.is_server_error()) {
        return r;
    }
    let text = axum::body::to_bytes(r.into_body(), 4096)
        .await
        .map(|b| String::from_utf8_lossy(&b).trim().to_string())
        .unwrap_or_default();
    let message = if text.is_empty() {
        status.canonical_reason().unwrap_or("error").to_string()
    } else {
        text
    };
    (status, axum::Json(serde_json::json!({ "error": message }))).into_response()
}

async fn not_found(uri: axum::http::Uri) -> Response {
    ApiError::NotFound(format!(
        "no such endpoint: {}; the API is described at /api/openapi.json",
        uri.path()
    ))
    .into_response()
}

async fn method_not_allowed(method: axum::http::Method, uri: axum::http::Uri) -> Response {
    let mut r =
        ApiError::BadRequest(format!("{method} is not allowed on {}", uri.path())).into_response();
    *r.status_mut() = StatusCode::METHOD_NOT_ALLOWED;
    r
}

/// Resolves on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::error!("listening for Ctrl-C: {e}");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(e) => {
                tracing::error!("listening for SIGTERM: {e}");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}

/// Bind `addr`, call `on_ready` with the bound address, and serve until Ctrl-C or SIGTERM.
/// Blocks; builds its own runtime.
pub fn run(
    config: Config,
    addr: SocketAddr,
    on_ready: impl FnOnce(SocketAddr),
) -> Result<(), ServerError> {
    let server = Server::open(config)?;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr).await?;
        on_ready(listener.local_addr()?);
        server.serve(listener, shutdown_signal()).await
    })?;
    Ok(())
}

/// Code `articles` and store them in the archive at `data` (as `rasid ingest` does, in one
/// batch): what `rasid demo --serve` and the tests start from.
pub fn ingest(
    data: &str,
    coder: &Coder,
    articles: Vec<rasid_coder::Article>,
) -> Result<Vec<rasid_store::IngestOutcome>, ServerError> {
    let mut store = rasid_store::open(data)?;
    let batch: Vec<rasid_store::NewArticle> = articles
        .into_iter()
        .map(|a| {
            let coded = coder.code(&a);
            rasid_store::NewArticle::new(a, coded, coder.version())
        })
        .collect();
    let out = store.ingest(&batch)?;
    store.close()?;
    Ok(out)
}
