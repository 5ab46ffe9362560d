//! Tabular input: CSV and spreadsheets in, a [`Dataset`] bound to the criteria out.
//!
//! Two steps, so that a caller can look at the raw table in between (`dtm template`, rollups):
//! [`read`] files (CSV with any common dialect and encoding, XLSX, XLS, ODS, `-` for standard
//! input) into a text [`Table`], then [`bind`] it to the criteria. Both collect every problem as a
//! [`Finding`](crate::diagnostics::Finding) with a `D` code (see [`findings`]) before failing.

pub mod bind;
pub mod columns;
pub mod csv;
pub mod dataset;
pub mod findings;
pub mod input;
pub mod period;
pub mod sheet;
pub mod stream;
pub mod table;
pub mod values;

pub use bind::{BindOptions, bind};
pub use dataset::{Dataset, Entity, Raw, RawCell, RowRef, ValueNote};
pub use findings::DataErrors;
pub use input::{Format, Input, ReadError, ReadOptions, parse, read};
pub use sheet::SheetKind;
pub use table::too_long;
pub use table::{Row, Source, Table};
