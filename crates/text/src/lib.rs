//! rasid-text: reading Arabic news articles.
//!
//! The pipeline, in the order callers normally use it:
//! 1. [`decode()`] raw bytes into text (BOM, UTF-8, UTF-16, Windows-1256, …);
//! 2. for HTML pages, [`html_to_text`] (one block element per line);
//! 3. [`clean()`] away page chrome, keeping the headline, dateline and body
//!    as byte ranges ("blocks") of the text;
//! 4. [`sentences()`] inside those blocks;
//! 5. [`normalize()`] text for matching, with a map back to original offsets;
//! 6. [`CharIndex`] to report code point offsets.
//!
//! All byte ranges index the text they were computed from; nothing here
//! rewrites the text except [`normalize()`] (which keeps a map) and
//! [`html_to_text`] (which produces new text).

pub mod chars;
pub mod clean;
pub mod decode;
pub mod error;
pub mod fxhash;
pub mod html;
pub mod normalize;
pub mod offsets;
pub mod sentences;

pub use clean::{clean, Cleaned};
pub use decode::{decode, Decoded};
pub use error::TextError;
pub use html::{html_to_text, HtmlDoc};
pub use normalize::{normalize, normalize_str, strip_noun_clitics, Normalized};
pub use offsets::CharIndex;
pub use sentences::sentences;
