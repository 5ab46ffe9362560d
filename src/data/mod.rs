//! Tabular input: CSV and spreadsheets in, a [`Dataset`] bound to the criteria out.
//!
//! [`read`] files (CSV with any common dialect and encoding, XLSX, XLS, ODS, `-` for standard
//! input) into a text [`Table`]. Problems are collected as
//! [`Finding`](crate::diagnostics::Finding)s with a `D` code (see [`findings`]) before failing.

pub mod csv;
pub mod dataset;
pub mod findings;
pub mod input;
pub mod sheet;
pub mod table;

pub use dataset::{Dataset, Entity, Raw, RowRef, ValueNote};
pub use findings::DataErrors;
pub use input::{Format, Input, ReadError, ReadOptions, parse, read};
pub use sheet::SheetKind;
pub use table::{Row, Source, Table};
