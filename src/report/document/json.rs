//! The report as JSON: the whole [`Document`], the documented stable shape.

use std::io::{self, Write};

use super::Document;

pub fn render(document: &Document, out: &mut dyn Write) -> io::Result<()> {
    crate::report::pretty::write(&mut *out, document)?;
    writeln!(out)
}
