//! Criteria files: the model, the loader that keeps locations, and validation.

pub mod codes;
pub mod explain;
pub mod gate;
pub mod load;
mod load_tree;
pub mod model;
mod reader;
mod validate;
pub mod yaml;

pub use load::{Loaded, load_bytes, load_path};
pub use model::*;

/// The built-in criteria, compiled into the binary.
pub const BUILTIN: &str = include_str!("../../criteria/vn-commune-2025.yaml");

/// The name the built-in criteria go by in findings and reports.
pub const BUILTIN_NAME: &str = "criteria/vn-commune-2025.yaml";
