//! Analyses of an assessment: Assessment in, plain results out; no I/O.

pub mod compare;
pub mod discrimination;
pub mod gaps;
pub mod names;
pub mod overview;
pub mod pilot;
pub mod ranking;
pub mod sensitivity;
