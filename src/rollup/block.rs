//! One block of whole records: parsed into group totals on a worker thread, with its problems.
//!
//! Lines are counted from the block's start; the merger, which sees blocks in file order, makes
//! them absolute.

use std::borrow::Cow;

use crate::data::csv::nfc;
use crate::data::findings::{
    Code, EMPTY_ID, EMPTY_PERIOD, ENCODING, LONG_ROW, MALFORMED, OUT_OF_RANGE, SHORT_ROW,
};
use crate::data::values::{Problem, is_missing, parse_bool, parse_number};

use super::groups::Groups;
use super::plan::{Plan, Reads, cut};

/// How many problems of each kind a block (and a whole run) keeps; the rest are counted.
pub const KEPT: usize = 50;

/// A problem at a line of the block (1-based within the block until merged).
#[derive(Debug, Clone, PartialEq)]
pub struct Located {
    pub line: u64,
    pub code: Code,
    pub column: String,
    pub message: String,
}

/// Problems, the first [`KEPT`] of them kept.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Capped {
    pub kept: Vec<Located>,
    pub more: u64,
}

impl Capped {
    pub fn push(&mut self, problem: Located) {
        if self.kept.len() < KEPT {
            self.kept.push(problem);
        } else {
            self.more += 1;
        }
    }
}

/// What a block adds up to.
#[derive(Debug, Default)]
pub struct Chunk {
    pub groups: Groups,
    /// Structural problems and bad values (without `--lenient`).
    pub errors: Capped,
    /// Bad values turned missing under `--lenient`.
    pub notes: Capped,
    /// Data rows read (blank rows not counted).
    pub rows: u64,
    /// Line breaks in the block, to place the next block.
    pub newlines: u64,
}

/// Parse `bytes` (whole records of UTF-8 text) with `plan`; `file` is the file's index.
pub fn parse(bytes: &[u8], plan: &Plan, lenient: bool, file: usize) -> Chunk {
    let mut chunk = Chunk {
        newlines: bytes.iter().filter(|&&byte| byte == b'\n').count() as u64,
        ..Chunk::default()
    };
    if let Err(error) = std::str::from_utf8(bytes) {
        let valid = &bytes[..error.valid_up_to()];
        let line = valid.iter().filter(|&&byte| byte == b'\n').count() as u64 + 1;
        let message = "the file is not valid UTF-8; if it is a legacy Vietnamese export, \
             read it with --encoding windows-1258 (or re-save it as UTF-8)";
        chunk.errors.push(Located {
            line,
            code: ENCODING,
            column: String::new(),
            message: message.to_owned(),
        });
        return chunk;
    }
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(plan.delimiter)
        .from_reader(bytes);
    let mut record = ::csv::ByteRecord::new();
    let mut row = Row {
        plan,
        lenient,
        file,
        chunk: &mut chunk,
        values: vec![None; plan.measures.len()],
    };
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(true) => row.read(&record, bytes),
            Ok(false) => break,
            Err(error) => {
                let line = error.position().map_or(1, |position| position.line());
                row.chunk.errors.push(Located {
                    line,
                    code: MALFORMED,
                    column: String::new(),
                    message: format!("could not parse the CSV: {error}"),
                });
                break;
            }
        }
    }
    chunk
}

/// The reading of one row at a time.
struct Row<'a> {
    plan: &'a Plan,
    lenient: bool,
    file: usize,
    chunk: &'a mut Chunk,
    values: Vec<Option<f64>>,
}

impl Row<'_> {
    fn read(&mut self, record: &::csv::ByteRecord, bytes: &[u8]) {
        let line = record_line(record, bytes);
        let plan = self.plan;
        if record.iter().all(|field| field.trim_ascii().is_empty()) {
            return;
        }
        self.chunk.rows += 1;
        if !self.has_width(record, line) {
            return;
        }
        let key = text(record, plan.key);
        if is_missing(&key) {
            let column = &plan.names[plan.key];
            let message = format!("column '{column}': the row has no key");
            return self.error(line, EMPTY_ID, plan.key, message);
        }
        let period = plan.period.map(|at| text(record, at));
        if period.as_deref().is_some_and(str::is_empty) {
            let column = plan.period.unwrap_or_default();
            let message = format!(
                "column '{}': the row for '{}' has no period",
                plan.names[column],
                cut(&key)
            );
            return self.error(line, EMPTY_PERIOD, column, message);
        }
        let weight = match plan.weight {
            None => Some(1.0),
            Some(at) => self.weight(record, at, line),
        };
        for (index, reads) in plan.measures.iter().enumerate() {
            let at = match *reads {
                Reads::Count => {
                    self.values[index] = Some(1.0);
                    continue;
                }
                Reads::Share(at) | Reads::Number(at) => at,
            };
            // A column read by two measures (a mean and a sum) is parsed, and reported, once.
            if let Some(earlier) = plan.measures[..index].iter().position(|r| r == reads) {
                self.values[index] = self.values[earlier];
                continue;
            }
            let slot = &mut self.values[index];
            *slot = None;
            let cell = text(record, at);
            if is_missing(&cell) {
                continue;
            }
            let parsed = match reads {
                Reads::Share(_) => match cell.as_bytes() {
                    b"1" => Ok(1.0),
                    b"0" => Ok(0.0),
                    _ => parse_bool(&cell).map(|yes| if yes { 1.0 } else { 0.0 }),
                },
                _ => number(&cell, plan.decimal_comma),
            };
            match parsed {
                Ok(value) => *slot = Some(value),
                Err(problem) => {
                    let located = problem_at(line, plan, at, &cell, problem);
                    match self.lenient {
                        true => self.chunk.notes.push(located),
                        false => self.chunk.errors.push(located),
                    }
                }
            }
        }
        let measures = plan.measures.len();
        let group = self
            .chunk
            .groups
            .entry(&key, period.as_deref(), measures, self.file, line);
        group.rows += 1;
        if let Some(weight) = weight {
            for (totals, value) in group.totals.iter_mut().zip(&self.values) {
                if let Some(value) = value {
                    totals.add(weight, *value);
                }
            }
        }
    }

    /// Rows must have the header's width: fewer fields is a short (or truncated) row, values
    /// beyond it a long one. Both are structural: the row is not used.
    fn has_width(&mut self, record: &::csv::ByteRecord, line: u64) -> bool {
        let width = self.plan.width;
        let fields = record.len();
        if fields < width {
            let message = format!(
                "the row has {fields} fields but the header has {width}; a truncated last line, or missing fields (empty ones are fine)"
            );
            self.error(line, SHORT_ROW, usize::MAX, message);
            return false;
        }
        let beyond = record
            .iter()
            .skip(width)
            .rposition(|field| !field.is_empty());
        if let Some(at) = beyond {
            let message = format!(
                "the row has values in {} fields but the header names only {width} columns; check for an unquoted delimiter",
                width + at + 1
            );
            self.error(line, LONG_ROW, usize::MAX, message);
            return false;
        }
        true
    }

    /// The row's weight: `None` (row not used) when missing or unreadable under `--lenient`.
    fn weight(&mut self, record: &::csv::ByteRecord, at: usize, line: u64) -> Option<f64> {
        let cell = text(record, at);
        if is_missing(&cell) {
            return None;
        }
        let parsed = number(&cell, self.plan.decimal_comma).and_then(|w| {
            if w < 0.0 {
                Err(Problem {
                    code: OUT_OF_RANGE,
                    reason: "a negative weight; weights are 0 or more".to_owned(),
                })
            } else {
                Ok(w)
            }
        });
        match parsed {
            Ok(weight) => Some(weight),
            Err(problem) => {
                let located = problem_at(line, self.plan, at, &cell, problem);
                match self.lenient {
                    true => self.chunk.notes.push(located),
                    false => self.chunk.errors.push(located),
                }
                None
            }
        }
    }

    fn error(&mut self, line: u64, code: Code, column: usize, message: String) {
        let column = self.plan.names.get(column).cloned().unwrap_or_default();
        self.chunk.errors.push(Located {
            line,
            code,
            column,
            message,
        });
    }
}

/// A number as [`parse_number`] reads it, with a fast path for the usual plain decimal (digits
/// and at most one point, which `parse_number` hands to `str::parse` unchanged).
fn number(cell: &str, decimal_comma: bool) -> Result<f64, Problem> {
    let bytes = cell.as_bytes();
    let plain = bytes.iter().all(|&b| b.is_ascii_digit() || b == b'.')
        && bytes.iter().filter(|&&b| b == b'.').count() <= 1;
    match plain.then(|| cell.parse::<f64>()) {
        Some(Ok(value)) if value.is_finite() => Ok(value),
        _ => parse_number(cell, decimal_comma),
    }
}

fn problem_at(line: u64, plan: &Plan, at: usize, cell: &str, problem: Problem) -> Located {
    let column = plan.names[at].clone();
    Located {
        line,
        code: problem.code,
        message: format!("column '{column}': '{}' is {}", cut(cell), problem.reason),
        column,
    }
}

/// The line (within the block) where a record starts. After a CRLF the csv crate's position is
/// still on the `\n` ending the previous line, so line ends at the position are skipped.
pub fn record_line(record: &::csv::ByteRecord, bytes: &[u8]) -> u64 {
    let Some(position) = record.position() else {
        return 1;
    };
    let rest = usize::try_from(position.byte())
        .ok()
        .and_then(|at| bytes.get(at..))
        .unwrap_or_default();
    let skipped = rest
        .iter()
        .take_while(|&&byte| byte == b'\r' || byte == b'\n')
        .filter(|&&byte| byte == b'\n')
        .count();
    position.line() + skipped as u64
}

/// A field as trimmed NFC text (the block is valid UTF-8, checked first).
fn text(record: &::csv::ByteRecord, at: usize) -> Cow<'_, str> {
    let bytes = record.get(at).unwrap_or_default().trim_ascii();
    match std::str::from_utf8(bytes) {
        Ok(text) if text.is_ascii() => Cow::Borrowed(text),
        Ok(text) => match nfc(Cow::Borrowed(text.trim())) {
            Cow::Borrowed(text) => Cow::Borrowed(text),
            Cow::Owned(text) => Cow::Owned(text),
        },
        Err(_) => Cow::Borrowed(""),
    }
}

#[cfg(test)]
mod tests;
