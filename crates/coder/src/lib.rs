//! rasid-coder: Arabic article text + metadata in, CAMEO/PLOVER events with provenance out.
//!
//! A pure library: no I/O, no global state. [`Coder::code`] takes an [`Article`] (its text as
//! read, and a date when known) and returns [`Coded`]: the events, each with its evidence
//! sentence, character offsets, trigger, and the pattern (`rule`) and dictionary entries
//! (`entry` on each actor) that produced it.
//!
//! Modules: [`ontology`] (CAMEO, Goldstein, QuadClass, PLOVER), [`patterns`] (the trigger
//! table), [`dates`] (Arabic date expressions), [`engine`] (the coding pass), [`event`] (the
//! record).

pub mod dates;
pub mod engine;
pub mod error;
pub mod eval;
pub mod event;
pub mod ontology;
pub mod patterns;

pub use engine::{parse_date, Coder};
pub use error::CoderError;
pub use event::{Article, Coded, Event, Evidence, Location};
pub use ontology::{Ontology, Plover};
