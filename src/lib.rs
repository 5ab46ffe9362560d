//! dtm assesses the digital-transformation maturity of communes.
//!
//! It reads a criteria file (the indicator tree, scales, weights and maturity levels, in YAML) and
//! commune survey data (CSV or spreadsheets), scores every commune per pillar and overall, and
//! turns the scores into rankings, profiles, pilot recommendations and reports.
//!
//! The stages are separate modules with plain data in and out:
//! [`criteria`] → [`data`] → [`score`] → [`analysis`] → [`report`]. Only [`cli`] prints.
#![deny(clippy::print_stdout, clippy::print_stderr)]

pub mod analysis;
pub mod cli;
pub mod criteria;
pub mod crosswalk;
pub mod data;
pub mod diagnostics;
pub mod report;
pub mod rollup;
pub mod score;
pub mod suggest;
#[cfg(test)]
mod testkit;
