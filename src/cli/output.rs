//! Where results go: standard output, or the file named by `-o`.

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::Path;

use anyhow::Context;

use super::{Format, Global, pick_format};

/// A buffered destination for a command's results.
pub struct Output {
    writer: Box<dyn Write>,
    /// Whether the results go to a terminal (tables, colour) rather than a file or a pipe.
    pub is_terminal: bool,
}

impl Output {
    /// Standard output, or `path` when given (`-` also means standard output).
    pub fn open(path: Option<&Path>) -> anyhow::Result<Output> {
        match path.filter(|p| p.as_os_str() != "-") {
            Some(path) => {
                let file = File::create(path).with_context(|| {
                    format!("could not create output file '{}'", path.display())
                })?;
                Ok(Output {
                    writer: Box::new(BufWriter::new(file)),
                    is_terminal: false,
                })
            }
            None => Ok(Output {
                is_terminal: io::stdout().is_terminal(),
                writer: Box::new(BufWriter::new(io::stdout().lock())),
            }),
        }
    }

    pub fn finish(mut self) -> anyhow::Result<()> {
        self.writer.flush().context("could not write the output")
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.writer.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.writer.flush()
    }
}

/// The formats every command that prints a table offers.
pub const TABULAR: [Format; 4] = [Format::Table, Format::Csv, Format::Json, Format::Markdown];

/// The format a tabular command writes: `--format`, else a table.
pub fn tabular_format(global: &Global) -> anyhow::Result<Format> {
    pick_format(global, &TABULAR, Format::Table)
}

/// One renderer of a report.
pub type Render<T> = fn(&T, &mut dyn Write) -> io::Result<()>;

/// The four renderers of a tabular report.
pub struct Renderers<T> {
    pub table: Render<T>,
    pub csv: Render<T>,
    pub json: Render<T>,
    pub markdown: Render<T>,
}

/// Write `report` in `format` to the output chosen by `-o`.
pub fn write_tabular<T>(
    global: &Global,
    format: Format,
    report: &T,
    renderers: Renderers<T>,
) -> anyhow::Result<()> {
    let render = match format {
        Format::Csv => renderers.csv,
        Format::Json => renderers.json,
        Format::Markdown => renderers.markdown,
        _ => renderers.table,
    };
    let mut out = Output::open(global.output.as_deref())?;
    render(report, &mut out)?;
    out.finish()
}

/// Whether a table written to the output chosen by `-o` gets colour.
pub fn table_color(global: &Global) -> bool {
    global
        .output
        .as_deref()
        .is_none_or(|p| p.as_os_str() == "-")
        && super::Painter::for_stdout(global.color).enabled
}
