//! Error type shared by the whole crate: [`TextError`].

use thiserror::Error;

/// Everything that can go wrong while reading an article's bytes.
///
/// All other operations of this crate (HTML extraction, cleaning,
/// normalization, sentence splitting) are total: they accept any input and
/// never fail or panic.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum TextError {
    /// The input looks like binary data (many NUL or control bytes), not text.
    #[error("input looks binary, not text ({nul_bytes} NUL and {control_bytes} control bytes in {len} bytes)")]
    Binary {
        /// Number of NUL bytes seen.
        nul_bytes: usize,
        /// Number of other C0 control bytes seen (tab, newline, CR, form feed and ESC excluded).
        control_bytes: usize,
        /// Input length in bytes.
        len: usize,
    },
}
