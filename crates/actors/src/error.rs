//! Errors of loading and validating dictionaries, always with file and line.

/// An error in a dictionary file, with the file name and 1-based line number.
#[derive(Debug, thiserror::Error)]
pub enum ActorsError {
    #[error("{file}:{line}: {message}")]
    Invalid {
        file: String,
        line: usize,
        message: String,
    },
    #[error("cannot read {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot build the matcher: {0}")]
    Automaton(String),
}
