//! Renderers: each takes plain results and writes one format; no maths, no printing of their own.

pub mod check;
pub mod columns;
pub mod compare;
pub mod crosswalk;
mod csv_row;
pub mod digits;
pub mod document;
pub mod errors;
pub mod escape;
pub mod explain;
pub mod headline;
pub mod i18n;
pub mod model;
pub mod names;
pub mod notes;
pub mod pilot;
pub mod pretty;
pub mod profile;
pub mod ranking;
pub mod restated;
pub mod rollup;
pub mod sensitivity;
pub mod template;
pub mod words;

use crate::criteria::Scale;
use crate::data::Raw;

/// A raw value for machine formats: a number, true/false, or the category label; null when missing.
pub fn raw_json(raw: Option<Raw>, scale: Option<&Scale>) -> serde_json::Value {
    match (raw, scale) {
        (Some(Raw::Number(x)), _) => serde_json::json!(x),
        (Some(Raw::Bool(yes)), _) => serde_json::json!(yes),
        (Some(Raw::Label(k)), Some(Scale::Categories(categories))) => categories
            .0
            .get(k)
            .map_or(serde_json::Value::Null, |(label, _)| {
                serde_json::json!(label)
            }),
        _ => serde_json::Value::Null,
    }
}

pub use i18n::{Arg, Lang, t};

#[cfg(test)]
mod tests;
