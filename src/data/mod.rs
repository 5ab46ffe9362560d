//! Tabular input: CSV and spreadsheets in, a [`Dataset`] bound to the criteria out.

pub mod dataset;

pub use dataset::{Dataset, Entity, Raw, RowRef, ValueNote};
