//! rasid-actors
