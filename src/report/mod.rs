//! Renderers: each takes plain results and writes one format; no maths, no printing of their own.

pub mod compare;
pub mod pilot;
pub mod profile;
pub mod ranking;
pub mod words;
