//! Errors of the coder's own data tables (patterns, topics, ontology), with file and line.

#[derive(Debug, thiserror::Error)]
pub enum CoderError {
    #[error("{file}:{line}: {message}")]
    Data {
        file: String,
        line: usize,
        message: String,
    },
    #[error(transparent)]
    Actors(#[from] rasid_actors::ActorsError),
    #[error("cannot build the trigger matcher: {0}")]
    Automaton(String),
}
