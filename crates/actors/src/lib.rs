//! rasid-actors: who is who, and when.
//!
//! Actor knowledge lives in editable TSV files under `data/actors/` (see `docs/dictionaries.md`):
//! countries (names, nisba adjectives, capitals, seats of government), organizations, agents
//! (role phrases), people and the offices they held over dated ranges, bare words resolved from
//! context (referents) and name rules (name words). This crate loads and
//! validates them ([`load`]), finds every dictionary phrase in a normalized sentence in one
//! Aho-Corasick pass ([`matcher`]), groups adjacent mentions into actors and resolves them on a
//! date ([`compose`]), with article-level coreference for surnames.

pub mod check;
pub mod compose;
pub mod error;
pub mod load;
pub mod matcher;
pub mod model;
pub mod petrarch;
pub mod stats;
pub mod suggest;

pub use compose::{ActorGroup, ArticleContext};
pub use error::ActorsError;
pub use load::Dictionary;
pub use matcher::{MatchText, Mention};
pub use model::{Actor, Hit};
