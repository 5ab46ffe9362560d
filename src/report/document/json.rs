//! The report as JSON: the whole [`Document`], the documented stable shape.

use std::io::{self, Write};

use super::Document;

pub fn render(document: &Document, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, document)?;
    writeln!(out)
}
