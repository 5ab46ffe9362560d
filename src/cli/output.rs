//! Where results go: standard output, or the file named by `-o`.

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::Path;

use anyhow::Context;

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
