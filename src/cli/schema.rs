//! `dtm schema`: the JSON Schema of the criteria format, for editors and CI.

use std::io::Write;

use anyhow::Context;

use super::{Exit, Format, Global, Output, pick_format};
use crate::criteria::Criteria;

/// Print the JSON Schema of the criteria format
///
/// Editors that understand JSON Schema (VS Code with the YAML extension, JetBrains IDEs) complete
/// and check criteria files against it.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  dtm schema -o dtm-criteria.schema.json\n  # then, first line of a criteria file:\n  # yaml-language-server: $schema=dtm-criteria.schema.json"
)]
pub struct Args {
    /// Output format
    #[arg(long, value_name = "FORMAT", value_parser = super::format::parser(&FORMATS))]
    pub format: Option<Format>,
}

/// The formats `dtm schema` writes.
pub const FORMATS: [Format; 1] = [Format::Json];

pub fn run(_args: &Args, global: &Global) -> anyhow::Result<Exit> {
    pick_format(global, &FORMATS, Format::Json)?;
    let mut out = Output::open(global.output.as_deref())?;
    crate::report::pretty::write(&mut out, &schema()).context("could not write the schema")?;
    writeln!(out)?;
    out.finish()?;
    Ok(Exit::Success)
}

/// The schema as a JSON value.
pub fn schema() -> serde_json::Value {
    let mut schema = schemars::schema_for!(Criteria).to_value();
    if let Some(object) = schema.as_object_mut() {
        object.insert("title".into(), "dtm criteria file".into());
    }
    schema
}
