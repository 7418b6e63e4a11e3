//! rasid-coder: Arabic article text + metadata in, CAMEO/PLOVER events with provenance out.
//! A pure library: no I/O, no global state.

pub mod dates;
