//! The web UI's files, embedded in the binary. A request names an asset by its exact path
//! in [`ASSETS`]; nothing else is served, so no path can reach the file system.

use axum::extract::Path;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::error::ApiError;

/// One embedded file.
pub struct Asset {
    pub path: &'static str,
    pub bytes: &'static [u8],
    pub mime: &'static str,
}

/// Every file under `/static/`.
pub const ASSETS: &[Asset] = &[
    Asset {
        path: "app.js",
        bytes: include_bytes!("../assets/app.js"),
        mime: "text/javascript; charset=utf-8",
    },
    Asset {
        path: "i18n.js",
        bytes: include_bytes!("../assets/i18n.js"),
        mime: "text/javascript; charset=utf-8",
    },
    Asset {
        path: "charts.js",
        bytes: include_bytes!("../assets/charts.js"),
        mime: "text/javascript; charset=utf-8",
    },
    Asset {
        path: "style.css",
        bytes: include_bytes!("../assets/style.css"),
        mime: "text/css; charset=utf-8",
    },
    Asset {
        path: "favicon.svg",
        bytes: include_bytes!("../assets/favicon.svg"),
        mime: "image/svg+xml",
    },
];

/// The page every UI route starts from.
pub const INDEX: &str = include_str!("../assets/index.html");

/// The OpenAPI description of the JSON API.
pub const OPENAPI: &str = include_str!("../assets/openapi.json");

/// Scripts and styles from this server only: no CDN, no inline script.
const CSP: &str = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

pub fn find(path: &str) -> Option<&'static Asset> {
    ASSETS.iter().find(|a| a.path == path)
}

/// `GET /static/{*path}`.
pub async fn file(Path(path): Path<String>) -> Response {
    match find(&path) {
        Some(a) => (
            [
                (header::CONTENT_TYPE, a.mime),
                (header::CACHE_CONTROL, "no-cache"),
                (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            ],
            a.bytes,
        )
            .into_response(),
        None => ApiError::NotFound(format!("no static file {path:?}")).into_response(),
    }
}

/// `GET /`: the UI.
pub async fn index() -> Response {
    (
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CONTENT_SECURITY_POLICY, CSP),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        ],
        INDEX,
    )
        .into_response()
}

/// `GET /api/openapi.json`.
pub async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}
