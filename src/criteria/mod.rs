//! Criteria files: the model, the loader that keeps locations, and validation.

pub mod gate;
pub mod yaml;
pub mod model;

pub use model::*;
