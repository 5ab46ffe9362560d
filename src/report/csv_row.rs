//! CSV records written field by field: the machine formats with a row per commune.

use std::io::{self, Write};

use super::{digits, escape};

/// One CSV record written field by field into the writer, numbers through one reused buffer:
/// no string per field. The first write error is kept and returned by [`CsvRow::end`].
pub(crate) struct CsvRow<W: Write> {
    writer: ::csv::Writer<W>,
    buffer: String,
    error: Option<::csv::Error>,
}

impl<W: Write> CsvRow<W> {
    pub(crate) fn new(writer: ::csv::Writer<W>) -> CsvRow<W> {
        CsvRow {
            writer,
            buffer: String::with_capacity(32),
            error: None,
        }
    }

    pub(crate) fn text(&mut self, text: &str) {
        if self.error.is_none() {
            let cell = escape::csv_cell(text);
            self.error = self.writer.write_field(cell.as_bytes()).err();
        }
    }

    /// A number as `Display` writes it, through the reused buffer (a number is never a formula,
    /// so it needs no escaping).
    fn digits(&mut self, write: impl FnOnce(&mut String)) {
        if self.error.is_none() {
            let mut buffer = std::mem::take(&mut self.buffer);
            buffer.clear();
            write(&mut buffer);
            self.error = self.writer.write_field(buffer.as_bytes()).err();
            self.buffer = buffer;
        }
    }

    pub(crate) fn number(&mut self, value: Option<f64>) {
        self.digits(|out| value.into_iter().for_each(|x| digits::float(x, out)));
    }

    /// A whole number: a count, or a signed change of rank or level.
    pub(crate) fn count(&mut self, value: Option<impl itoa::Integer>) {
        self.digits(|out| value.into_iter().for_each(|n| digits::count(n, out)));
    }

    pub(crate) fn end(&mut self) -> io::Result<()> {
        if self.error.is_none() {
            self.error = self.writer.write_record(None::<&[u8]>).err();
        }
        self.error.take().map_or(Ok(()), |e| Err(e.into()))
    }

    pub(crate) fn finish(self) -> ::csv::Writer<W> {
        self.writer
    }
}
