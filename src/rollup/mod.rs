//! Streaming aggregation of microdata (households, businesses) into commune columns (DESIGN §7).
//!
//! A criteria file's `rollups:` say how: a key column matching the commune id, an optional weight,
//! and measures (`count`, `share: COL`, `mean: COL`, `sum: COL`, `median: COL`, `min: COL`,
//! `max: COL`). [`roll`] streams CSV files (gzip, any encoding the survey reader takes) in blocks
//! of whole records; a pool of threads adds each block up, and the blocks are merged in file
//! order, so memory is bounded by the number of communes (a median also keeps the values it
//! reads) and the result is the same for any number of threads. Nothing is printed: progress
//! goes to a callback, problems come back as findings.

mod block;
mod groups;
mod plan;
mod run;
mod split;
mod sums;

use crate::criteria::Measure;
use crate::diagnostics::Finding;

pub use block::KEPT;
pub use run::{RollupError, roll};

/// How to run a rollup; built from the command line before any work starts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RollupOptions {
    /// Worker threads; `None` for rayon's default (every core, or `RAYON_NUM_THREADS`).
    pub threads: Option<usize>,
    /// Turn unreadable values into missing ones (listed in [`Rolled::notes`]) instead of failing.
    pub lenient: bool,
    /// A WHATWG encoding label for files without a byte-order mark.
    pub encoding: Option<String>,
    /// The CSV delimiter; default sniffed from the header line.
    pub delimiter: Option<u8>,
    /// Block size in bytes; `None` for the default. Results do not depend on the thread count
    /// for a given block size.
    pub block: Option<usize>,
}

/// How far a rollup has got, reported after each block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Bytes of the files read so far (compressed bytes for gzip), all files together.
    pub bytes: u64,
    /// The files' total size, when every size is known (not for standard input).
    pub total: Option<u64>,
    /// Data rows read so far.
    pub rows: u64,
}

/// One measure's result in one commune.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Value {
    /// `None` when no row could be used (or their weights sum to 0).
    pub value: Option<f64>,
    /// Rows that went into the value.
    pub rows: u64,
}

/// One output row: a commune (in a period) and its measures in the rollup's order.
#[derive(Debug, Clone, PartialEq)]
pub struct Commune {
    pub key: String,
    pub period: Option<String>,
    /// Every row of the commune, used by a measure or not.
    pub rows: u64,
    /// The file and line of its first row.
    pub file: String,
    pub line: u64,
    pub values: Vec<Value>,
}

/// A rollup's result: one row per commune (and period), in the order the microdata first name them.
#[derive(Debug, Clone, PartialEq)]
pub struct Rolled {
    /// The rollup's name (`households`).
    pub name: String,
    /// The name of the commune id column (the criteria's `entity.id`), ready to be joined.
    pub key: String,
    /// The period column's name, when the microdata have it.
    pub period: Option<String>,
    /// The measures' names and definitions, in the rollup's order.
    pub measures: Vec<(String, Measure)>,
    pub communes: Vec<Commune>,
    /// Data rows read in all files.
    pub rows: u64,
    /// Values turned missing under `--lenient`: the first [`KEPT`], then a count.
    pub notes: Vec<Finding>,
    pub more_notes: u64,
}
