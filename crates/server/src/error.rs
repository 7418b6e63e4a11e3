//! The API's error type: every failure becomes a JSON body `{"error": "..."}` with the
//! status code that says whose fault it was (4xx: the request; 5xx: the server).

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use thiserror::Error;

/// What a handler can fail with.
#[derive(Debug, Error)]
pub enum ApiError {
    /// The request is malformed: a bad date, an unknown parameter, a limit out of range.
    #[error("{0}")]
    BadRequest(String),
    /// No such article, cluster, actor or endpoint.
    #[error("{0}")]
    NotFound(String),
    /// A write without the right bearer token.
    #[error("{0}")]
    Unauthorized(String),
    /// Writes are disabled on this server.
    #[error("{0}")]
    Forbidden(String),
    /// The write conflicts with what exists (an id already in the dictionary).
    #[error("{0}")]
    Conflict(String),
    /// The archive failed.
    #[error("archive: {0}")]
    Store(#[from] rasid_store::StoreError),
    /// Anything else on the server's side.
    #[error("{0}")]
    Internal(String),
}

impl ApiError {
    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            ApiError::Forbidden(_) => StatusCode::FORBIDDEN,
            ApiError::Conflict(_) => StatusCode::CONFLICT,
            ApiError::Store(rasid_store::StoreError::Invalid(_)) => StatusCode::BAD_REQUEST,
            ApiError::Store(_) | ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status();
        if status.is_server_error() {
            tracing::error!("{self}");
        }
        let mut r = (
            status,
            Json(serde_json::json!({ "error": self.to_string() })),
        )
            .into_response();
        if status == StatusCode::UNAUTHORIZED {
            r.headers_mut().insert(
                axum::http::header::WWW_AUTHENTICATE,
                axum::http::HeaderValue::from_static("Bearer"),
            );
        }
        r
    }
}

/// Errors of starting the server (the CLI reports them).
#[derive(Debug, Error)]
pub enum ServerError {
    #[error("opening the archive: {0}")]
    Store(#[from] rasid_store::StoreError),
    #[error("loading the dictionaries: {0}")]
    Dictionary(String),
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

pub type ApiResult<T> = Result<T, ApiError>;
