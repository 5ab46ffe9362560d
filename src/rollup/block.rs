//! One block of whole records: parsed into group totals on a worker thread, with its problems.
//!
//! Lines are counted from the block's start; the merger, which sees blocks in file order, makes
//! them absolute.

use std::borrow::Cow;

use crate::data::csv::nfc;
use crate::data::findings::{
    Code, EMPTY_ID, EMPTY_PERIOD, ENCODING, LONG_ROW, MALFORMED, OUT_OF_RANGE, SHORT_ROW,
};
use crate::data::values::{Unreadable, is_missing, read_bool, read_number};
use crate::diagnostics::Message;

use super::groups::Groups;
use super::plan::{Plan, Reads};
use crate::diagnostics::cut;

/// How many problems of each kind a block (and a whole run) keeps; the rest are counted.
pub const KEPT: usize = 50;

/// A problem at a line of the block (1-based within the block until merged).
#[derive(Debug, Clone, PartialEq)]
pub struct Located {
    pub line: u64,
    pub code: Code,
    pub column: String,
    pub message: Message,
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
    parse_with(bytes, plan, lenient, file, true)
}

/// [`parse`], with the hand splitter for quote-free blocks allowed or not (tests compare both).
fn parse_with(bytes: &[u8], plan: &Plan, lenient: bool, file: usize, allow_plain: bool) -> Chunk {
    let mut chunk = Chunk::default();
    // ASCII (most microdata) is valid UTF-8: one cheap pass instead of the full check.
    let ascii = bytes.is_ascii();
    let checked = match ascii {
        true => Ok(()),
        false => std::str::from_utf8(bytes).map(|_| ()),
    };
    if let Err(error) = checked {
        let valid = &bytes[..error.valid_up_to()];
        let line = memchr::memchr_iter(b'\n', valid).count() as u64 + 1;
        chunk.newlines = memchr::memchr_iter(b'\n', bytes).count() as u64;
        chunk.errors.push(Located {
            line,
            code: ENCODING,
            column: String::new(),
            message: Message::new("finding-not-utf8-legacy"),
        });
        return chunk;
    }
    // A column read by two measures (a mean and a sum) is parsed, and reported, once.
    let earlier = (0..plan.measures.len())
        .map(|index| {
            let reads = &plan.measures[index];
            let parsed = !matches!(reads, Reads::Count);
            plan.measures[..index]
                .iter()
                .position(|r| r == reads)
                .filter(|_| parsed)
        })
        .collect();
    let mut row = Row {
        plan,
        lenient,
        file,
        chunk: &mut chunk,
        values: vec![None; plan.measures.len()],
        earlier,
        ascii,
    };
    if allow_plain && plain(bytes, plan.delimiter) {
        row.chunk.newlines = split_plain(bytes, plan.delimiter, &mut row);
        return chunk;
    }
    row.chunk.newlines = memchr::memchr_iter(b'\n', bytes).count() as u64;
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(plan.delimiter)
        .from_reader(bytes);
    let mut record = ::csv::ByteRecord::new();
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(true) => {
                let line = record_line(&record, bytes);
                row.read(&record, line);
            }
            Ok(false) => break,
            Err(error) => {
                let line = error.position().map_or(1, |position| position.line());
                row.chunk.errors.push(Located {
                    line,
                    code: MALFORMED,
                    column: String::new(),
                    message: Message::new("finding-csv-unparsable")
                        .with("error", error.to_string()),
                });
                break;
            }
        }
    }
    chunk
}

/// Whether a block can be split by hand: no quote anywhere, and every carriage return ends a
/// line (the csv crate also takes a lone `\r` as a line end). Most microdata are like that.
fn plain(bytes: &[u8], delimiter: u8) -> bool {
    if matches!(delimiter, b'"' | b'\n' | b'\r') || memchr::memchr(b'"', bytes).is_some() {
        return false;
    }
    memchr::memchr_iter(b'\r', bytes).all(|at| bytes.get(at + 1) == Some(&b'\n'))
}

/// Split a quote-free block into lines and fields without copying, and read each row: the same
/// records the csv crate gives for such bytes (blank lines skipped, a last line without a line
/// break read). Delimiters and line breaks are found 64 bytes at a time as a bit mask (see
/// [`marks`]), which suits the short fields of microdata better than searching field by field.
/// Returns the number of line breaks.
fn split_plain(bytes: &[u8], delimiter: u8, row: &mut Row<'_>) -> u64 {
    let mut fields: Vec<&[u8]> = Vec::with_capacity(row.plan.width + 1);
    let mut line: u64 = 0;
    let mut line_start = 0;
    let mut field_start = 0;
    let end_line = |fields: &mut Vec<&[u8]>, row: &mut Row<'_>, line: u64| {
        // A line holding nothing (or only the `\r` of a CRLF) is blank: skipped.
        if !(fields.len() == 1 && fields[0].is_empty()) {
            row.read(&Split(fields), line);
        }
        fields.clear();
    };
    for (base, chunk) in (0..).step_by(64).zip(bytes.chunks(64)) {
        let mut mask = marks(chunk, delimiter);
        while mask != 0 {
            let at = base + mask.trailing_zeros() as usize;
            mask &= mask - 1;
            if bytes[at] == delimiter {
                fields.push(&bytes[field_start..at]);
            } else {
                let field = &bytes[field_start..at];
                fields.push(field.strip_suffix(b"\r").unwrap_or(field));
                line += 1;
                end_line(&mut fields, row, line);
                line_start = at + 1;
            }
            field_start = at + 1;
        }
    }
    if line_start < bytes.len() {
        let field = &bytes[field_start..];
        fields.push(field.strip_suffix(b"\r").unwrap_or(field));
        end_line(&mut fields, row, line + 1);
    }
    line
}

/// Bit `i` set where `chunk[i]` is the delimiter or a line break (`chunk` has at most 64
/// bytes): eight bytes at a time as one integer (see [`marks8`]).
fn marks(chunk: &[u8], delimiter: u8) -> u64 {
    let mut words = chunk.chunks_exact(8);
    let mut mask = 0;
    for (at, word) in (0..).step_by(8).zip(&mut words) {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(word);
        mask |= marks8(u64::from_le_bytes(eight), delimiter) << at;
    }
    let done = chunk.len() - words.remainder().len();
    for (at, &byte) in words.remainder().iter().enumerate() {
        mask |= u64::from(byte == delimiter || byte == b'\n') << (done + at);
    }
    mask
}

/// Bit `i` of the result set where byte `i` (little-endian) of `word` is `delimiter` or `\n`.
/// Exact zero-byte detection (no false positives) on `word ^ pattern`, then the eight high bits
/// gathered by one multiplication.
fn marks8(word: u64, delimiter: u8) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let zero = |x: u64| !(((x & LOW7) + LOW7) | x | LOW7);
    let found = zero(word ^ (ONES * u64::from(delimiter))) | zero(word ^ (ONES * u64::from(b'\n')));
    ((found >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

/// The fields of one row, however they were split.
trait Fields {
    fn count(&self) -> usize;
    fn field(&self, at: usize) -> &[u8];
}

impl Fields for ::csv::ByteRecord {
    fn count(&self) -> usize {
        self.len()
    }
    fn field(&self, at: usize) -> &[u8] {
        self.get(at).unwrap_or_default()
    }
}

/// Fields split by hand from a quote-free line.
struct Split<'a, 'b>(&'a [&'b [u8]]);

impl Fields for Split<'_, '_> {
    fn count(&self) -> usize {
        self.0.len()
    }
    fn field(&self, at: usize) -> &[u8] {
        self.0.get(at).copied().unwrap_or_default()
    }
}

/// The reading of one row at a time.
struct Row<'a> {
    plan: &'a Plan,
    lenient: bool,
    file: usize,
    chunk: &'a mut Chunk,
    values: Vec<Option<f64>>,
    /// For each measure, an earlier measure reading the same column, whose value it takes.
    earlier: Vec<Option<usize>>,
    /// The whole block is ASCII: no field needs checking or normalising.
    ascii: bool,
}

impl Row<'_> {
    fn read(&mut self, record: &impl Fields, line: u64) {
        let plan = self.plan;
        if (0..record.count()).all(|at| record.field(at).trim_ascii().is_empty()) {
            return;
        }
        self.chunk.rows += 1;
        if !self.has_width(record, line) {
            return;
        }
        // Rows of one commune usually come together: the same bytes as the last group's key
        // (and period) are that group, already checked and normalised.
        let raw_period = plan.period.map(|at| record.field(at).trim_ascii());
        let known = self
            .chunk
            .groups
            .last_is(record.field(plan.key).trim_ascii(), raw_period);
        let mut named = None;
        if known.is_none() {
            let key = self.text(record, plan.key);
            if is_missing(&key) {
                let column = &plan.names[plan.key];
                let message =
                    Message::new("finding-microdata-no-key").with("column", column.as_str());
                return self.error(line, EMPTY_ID, plan.key, message);
            }
            let period = plan.period.map(|at| self.text(record, at));
            if period.as_deref().is_some_and(str::is_empty) {
                let column = plan.period.unwrap_or_default();
                let message = Message::new("finding-empty-period")
                    .with("column", plan.names[column].as_str())
                    .with("id", cut(&key));
                return self.error(line, EMPTY_PERIOD, column, message);
            }
            named = Some((key, period));
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
            if let Some(earlier) = self.earlier[index] {
                self.values[index] = self.values[earlier];
                continue;
            }
            self.values[index] = None;
            let raw = record.field(at).trim_ascii();
            let fast = match reads {
                Reads::Share(_) => match raw {
                    b"1" => Some(1.0),
                    b"0" => Some(0.0),
                    _ => None,
                },
                _ => decimal(raw),
            };
            if let Some(value) = fast {
                self.values[index] = Some(value);
                continue;
            }
            let cell = self.text(record, at);
            if is_missing(&cell) {
                continue;
            }
            let slot = &mut self.values[index];
            let parsed = match reads {
                Reads::Share(_) => match cell.as_bytes() {
                    b"1" => Ok(1.0),
                    b"0" => Ok(0.0),
                    _ => read_bool(&cell).map(|yes| if yes { 1.0 } else { 0.0 }),
                },
                _ => read_number(&cell, plan.decimal_comma),
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
        let groups = &mut self.chunk.groups;
        let group = match (known, &named) {
            (Some(at), _) => &mut groups.entries[at],
            (None, Some((key, period))) => {
                groups.entry(key, period.as_deref(), measures, self.file, line)
            }
            (None, None) => return,
        };
        group.rows += 1;
        if let Some(weight) = weight {
            let each = group.totals.iter_mut().zip(&self.values).zip(&plan.keeps);
            for ((totals, value), &keep) in each {
                if let Some(value) = value {
                    totals.add(keep, weight, *value);
                }
            }
        }
    }

    /// Rows must have the header's width: fewer fields is a short (or truncated) row, values
    /// beyond it a long one. Both are structural: the row is not used.
    fn has_width(&mut self, record: &impl Fields, line: u64) -> bool {
        let width = self.plan.width;
        let fields = record.count();
        if fields < width {
            let message = Message::new("finding-microdata-short-row")
                .with("fields", fields)
                .with("width", width);
            self.error(line, SHORT_ROW, usize::MAX, message);
            return false;
        }
        let beyond = (width..fields).rposition(|at| !record.field(at).is_empty());
        if let Some(at) = beyond {
            let message = Message::new("finding-long-row")
                .with("fields", width + at + 1)
                .with("width", width)
                .with("hint", "");
            self.error(line, LONG_ROW, usize::MAX, message);
            return false;
        }
        true
    }

    /// The row's weight: `None` (row not used) when missing or unreadable under `--lenient`.
    fn weight(&mut self, record: &impl Fields, at: usize, line: u64) -> Option<f64> {
        if let Some(weight) = decimal(record.field(at).trim_ascii()) {
            return Some(weight);
        }
        let cell = self.text(record, at);
        if is_missing(&cell) {
            return None;
        }
        let parsed = read_number(&cell, self.plan.decimal_comma).and_then(|w| {
            if w < 0.0 {
                Err(Unreadable {
                    code: OUT_OF_RANGE,
                    reason: Message::new("cell-negative-weight"),
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

    /// A field as trimmed NFC text (the block is valid UTF-8, checked first).
    fn text<'r>(&self, record: &'r impl Fields, at: usize) -> Cow<'r, str> {
        let bytes = record.field(at).trim_ascii();
        match std::str::from_utf8(bytes) {
            Ok(text) if self.ascii || text.is_ascii() => Cow::Borrowed(text),
            Ok(text) => match nfc(Cow::Borrowed(text.trim())) {
                Cow::Borrowed(text) => Cow::Borrowed(text),
                Cow::Owned(text) => Cow::Owned(text),
            },
            Err(_) => Cow::Borrowed(""),
        }
    }

    fn error(&mut self, line: u64, code: Code, column: usize, message: Message) {
        let column = self.plan.names.get(column).cloned().unwrap_or_default();
        self.chunk.errors.push(Located {
            line,
            code,
            column,
            message,
        });
    }
}

/// Powers of ten that are exact in an `f64`.
const POWERS: [f64; 16] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
];

/// The fast path for the usual cell: up to 15 digits with at most one point inside them
/// (`12`, `0.75`, `1234.5`). The digits make an integer below 2^53 and the power of ten is
/// exact, so one division gives the correctly rounded value, as `str::parse` does. Anything
/// else (signs, exponents, commas, percent signs, missing markers) is `None`: the slow path.
fn decimal(bytes: &[u8]) -> Option<f64> {
    if bytes.is_empty() || bytes.len() > 16 {
        return None;
    }
    let mut mantissa: u64 = 0;
    let mut digits = 0usize;
    let mut point: Option<usize> = None;
    for (at, &byte) in bytes.iter().enumerate() {
        match byte {
            b'0'..=b'9' => {
                mantissa = mantissa * 10 + u64::from(byte - b'0');
                digits += 1;
            }
            b'.' if point.is_none() && at > 0 && at + 1 < bytes.len() => point = Some(at),
            _ => return None,
        }
    }
    if digits == 0 || digits > 15 {
        return None;
    }
    let decimals = point.map_or(0, |at| bytes.len() - at - 1);
    // Below 10^15 < 2^53: exact as an f64.
    #[allow(clippy::cast_precision_loss)]
    let whole = mantissa as f64;
    Some(whole / POWERS[decimals])
}

fn problem_at(line: u64, plan: &Plan, at: usize, cell: &str, problem: Unreadable) -> Located {
    let column = plan.names[at].clone();
    Located {
        line,
        code: problem.code,
        message: Message::new("finding-cell")
            .with("column", column.as_str())
            .with("value", cut(cell))
            .with("reason", problem.reason),
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

#[cfg(test)]
mod tests;
