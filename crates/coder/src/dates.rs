//! Date expressions in Arabic news text (placeholder; see the dates helper brief).
