//! CSV input: encoding (BOM, UTF-8, UTF-16, legacy labels), NFC, delimiter sniffing and records.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8};
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use crate::diagnostics::{Finding, Message};

use super::findings::{ENCODING, MALFORMED, NO_DATA, UNBALANCED_QUOTE};
use rayon::prelude::*;

use super::table::{SourceMap, Table};

/// Turn a file's bytes into NFC text. A byte-order mark wins; otherwise `encoding` (a WHATWG
/// label already resolved) or UTF-8. Invalid text is an error, never replacement characters.
pub fn decode<'a>(
    file: &str,
    bytes: &'a [u8],
    encoding: Option<&'static Encoding>,
) -> Result<Cow<'a, str>, Finding> {
    if looks_like_spreadsheet(bytes) {
        let message = Message::new("finding-spreadsheet-as-csv");
        return Err(MALFORMED.error(file, 0, "", message));
    }
    let (encoding, body) = match Encoding::for_bom(bytes) {
        Some((encoding, bom)) => (Some(encoding), &bytes[bom..]),
        None => (encoding, bytes),
    };
    let text = match encoding {
        None => std::str::from_utf8(body)
            .map(Cow::Borrowed)
            .map_err(|error| {
                let line = line_at(body, error.valid_up_to());
                ENCODING.error(file, line, "", Message::new("finding-not-utf8-legacy"))
            })?,
        Some(encoding) if encoding == UTF_8 => {
            Cow::Borrowed(std::str::from_utf8(body).map_err(|error| {
                ENCODING.error(
                    file,
                    line_at(body, error.valid_up_to()),
                    "",
                    Message::new("finding-not-utf8"),
                )
            })?)
        }
        Some(encoding) => encoding
            .decode_without_bom_handling_and_without_replacement(body)
            .ok_or_else(|| {
                let message =
                    Message::new("finding-not-encoding").with("encoding", encoding.name());
                ENCODING.error(file, 0, "", message)
            })?,
    };
    if text.contains('\0') {
        return Err(ENCODING.error(file, 0, "", Message::new("finding-nul")));
    }
    Ok(nfc(text))
}

/// The text in Unicode NFC, borrowed when it already is (the usual case, checked quickly).
pub fn nfc(text: Cow<'_, str>) -> Cow<'_, str> {
    if is_nfc(&text) {
        text
    } else {
        Cow::Owned(text.nfc().collect())
    }
}

/// Whether the quick check says `text` is NFC. Letters with Vietnamese (and other Latin) marks
/// are skipped by their UTF-8 lead bytes (each is NFC and a starter, which a test checks); the
/// quick check starts at the first other non-ASCII character, afresh after what it skipped.
fn is_nfc(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        at += match byte {
            0x00..=0x7f => 1,
            // U+0080 to U+02FF.
            0xc2..=0xcb => 2,
            // U+1E00 to U+1EFF.
            0xe1 if matches!(bytes.get(at + 1), Some(0xb8..=0xbb)) => 3,
            _ => {
                let rest = text.get(at..).unwrap_or_default();
                return is_nfc_quick(rest.chars()) == IsNormalized::Yes;
            }
        };
    }
    true
}

fn looks_like_spreadsheet(bytes: &[u8]) -> bool {
    const ZIP: &[u8] = b"PK\x03\x04";
    const OLE: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
    bytes.starts_with(ZIP) || bytes.starts_with(OLE)
}

fn line_at(bytes: &[u8], offset: usize) -> u64 {
    let newlines = bytes[..offset.min(bytes.len())]
        .iter()
        .filter(|&&byte| byte == b'\n')
        .count();
    newlines as u64 + 1
}

/// The delimiter among `,` `;` and tab that the header line uses most, counting only outside
/// quotes; `fallback` when it has none of them (a one-column file).
pub fn sniff_delimiter(text: &str, fallback: u8) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for byte in text.bytes() {
        match byte {
            b'"' => quoted = !quoted,
            b'\n' | b'\r' if !quoted => break,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let candidates = [b',', b';', b'\t'];
    let best = (0..3)
        .max_by_key(|&at| (counts[at], candidates[at] == fallback))
        .unwrap_or(0);
    if counts[best] == 0 {
        fallback
    } else {
        candidates[best]
    }
}

/// Parse decoded CSV text into `table` as one more source. Each row keeps the line where its
/// record starts, so a quoted field spanning lines moves the following rows' lines on.
pub fn parse(table: &mut Table, file: &str, text: &str, delimiter: u8) -> Result<(), Vec<Finding>> {
    let slices = (rayon::current_num_threads(), CHUNK_BYTES);
    parse_in(table, file, text, delimiter, slices)
}

/// [`parse`], reading a large body in at most `slices.0` slices of at least `slices.1` bytes.
fn parse_in(
    table: &mut Table,
    file: &str,
    text: &str,
    delimiter: u8,
    slices: (usize, usize),
) -> Result<(), Vec<Finding>> {
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut record = ::csv::StringRecord::new();
    let malformed = |error: ::csv::Error| {
        let line = error.position().map_or(0, |position| position.line());
        let message = Message::new("finding-csv-unparsable").with("error", error.to_string());
        vec![MALFORMED.error(file, line, "", message)]
    };
    let mut header_line = 0;
    while header_line == 0 {
        if !reader.read_record(&mut record).map_err(malformed)? {
            let message = Message::new("finding-no-header");
            return Err(vec![NO_DATA.error(file, 0, "", message)]);
        }
        if record.iter().any(|field| !field.trim().is_empty()) {
            header_line = record_line(record.position(), text);
        }
    }
    let header_raw = raw_record(record.position(), reader.position(), text);
    if let Some(open) = quotes::open_quote(header_raw, header_line, delimiter) {
        return Err(vec![unbalanced(file, open, "finding-quote-header")]);
    }
    let header: Vec<&str> = record.iter().collect();
    let map = table.begin_source(file, Some(delimiter), header_line, &header)?;
    let width = header.len();
    // The rows start where the header's record ended (on its line end, or just after it).
    let start =
        usize::try_from(reader.position().byte()).map_or(text.len(), |at| at.min(text.len()));
    let body = text.get(start..).unwrap_or("");
    let lines_before =
        memchr::memchr_iter(b'\n', &text.as_bytes()[..text.len() - body.len()]).count();
    let rows = Rows {
        file,
        map: &map,
        delimiter,
        width,
    };
    let chunks = chunks(body, slices);
    let findings = match chunks.len() {
        0 | 1 => rows.read(table, body, lines_before as u64)?,
        _ => rows.read_slices(table, body, &chunks, lines_before as u64)?,
    };
    match findings.is_empty() {
        true => Ok(()),
        false => Err(findings),
    }
}

/// The smallest slice of a file read on a core of its own.
const CHUNK_BYTES: usize = 512 * 1024;

/// `(start, end)` of the slices of `body` to read apart, at most `cores` of at least `least`
/// bytes: one slice (the whole) unless the body has no quote (so that each line end ends a
/// record); else about equal slices, each ending just after a line end.
fn chunks(body: &str, (cores, least): (usize, usize)) -> Vec<(usize, usize)> {
    let bytes = body.as_bytes();
    let count = cores.min(bytes.len() / least.max(1));
    if count <= 1 || memchr::memchr(b'"', bytes).is_some() {
        return vec![(0, bytes.len())];
    }
    let mut chunks = Vec::with_capacity(count);
    let mut from = 0;
    for k in 1..count {
        let target = (bytes.len() / count * k).max(from);
        let Some(end) = memchr::memchr(b'\n', &bytes[target..]).map(|at| target + at + 1) else {
            break;
        };
        if end < bytes.len() {
            chunks.push((from, end));
            from = end;
        }
    }
    chunks.push((from, bytes.len()));
    chunks
}

/// The findings of the rows read; `Err` with the one finding when a record was unreadable.
type Read = Result<Vec<Finding>, Vec<Finding>>;

/// How the data rows of one file are read into a table.
struct Rows<'m> {
    file: &'m str,
    map: &'m SourceMap,
    delimiter: u8,
    width: usize,
}

impl Rows<'_> {
    /// Read the records of `text` (rows of the file whose first line is the one after line
    /// `lines_before`) into `table`, with the rows' findings; an unreadable record stops the
    /// reading, the one finding of the error.
    fn read(&self, table: &mut Table, text: &str, lines_before: u64) -> Read {
        let file = self.file;
        let mut reader = ::csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(self.delimiter)
            .from_reader(text.as_bytes());
        let malformed = |error: ::csv::Error| {
            let line = error
                .position()
                .map_or(0, |position| lines_before + position.line());
            let message = Message::new("finding-csv-unparsable").with("error", error.to_string());
            vec![MALFORMED.error(file, line, "", message)]
        };
        // Byte records: the text is valid UTF-8 already, so each field is found in it rather
        // than validated again (see `fields`).
        let mut record = ::csv::ByteRecord::new();
        let mut findings = Vec::new();
        // One row per line at most: reserve once instead of growing the rows as they come.
        table.reserve(
            memchr::memchr_iter(b'\n', text.as_bytes()).count(),
            text.len(),
        );
        let mut spare: Vec<&str> = Vec::with_capacity(self.width);
        while reader.read_byte_record(&mut record).map_err(malformed)? {
            let line = lines_before + record_line(record.position(), text);
            let raw = raw_record(record.position(), reader.position(), text);
            if let Some(open) =
                quotes::swallowed(raw, line, record.len(), self.width, self.delimiter)
            {
                let rest = match open.unterminated {
                    true => "finding-quote-rest",
                    false => "finding-quote-lines",
                };
                findings.push(unbalanced(file, open, rest));
                continue;
            }
            let mut cells = recycle(spare);
            fields(&record, raw, &mut cells);
            if let Err(bytes) = table.push(self.map, line, &cells) {
                findings.push(super::table::too_long(file, line, bytes));
            }
            spare = recycle(cells);
        }
        Ok(findings)
    }

    /// [`Rows::read`] of `body` in `slices` (from [`chunks`]) on all cores, their rows added in
    /// order: as if read one after another, since each slice starts a record.
    fn read_slices(
        &self,
        table: &mut Table,
        body: &str,
        slices: &[(usize, usize)],
        lines_before: u64,
    ) -> Read {
        let mut line = lines_before;
        let slices: Vec<(&str, u64, Table)> = slices
            .iter()
            .map(|&(from, to)| {
                let slice = &body[from..to];
                let first = line;
                line += memchr::memchr_iter(b'\n', slice.as_bytes()).count() as u64;
                (slice, first, table.part())
            })
            .collect();
        let read: Vec<(Table, Read)> = slices
            .into_par_iter()
            .map(|(slice, first, mut part)| {
                let result = self.read(&mut part, slice, first);
                (part, result)
            })
            .collect();
        let mut findings = Vec::new();
        for (part, result) in read {
            // An unreadable record ends the reading, as it would one row after another.
            findings.extend(result?);
            table.append(part);
        }
        Ok(findings)
    }
}

/// An empty vector reusing `cells`' memory for borrows of another lifetime (collecting in place:
/// the element type keeps its size), so that rows are split without an allocation each.
fn recycle<'b>(mut cells: Vec<&str>) -> Vec<&'b str> {
    cells.clear();
    cells.into_iter().map(|_| "").collect()
}

/// `swallowed` is the key of what the open field runs on over.
fn unbalanced(file: &str, open: quotes::OpenQuote, swallowed: &'static str) -> Finding {
    let message = Message::new("finding-unbalanced-quote")
        .with("line", open.line.to_string())
        .with("column", open.column.to_string())
        .with("swallowed", Message::new(swallowed));
    let mut finding = UNBALANCED_QUOTE.error(file, open.line, "", message);
    finding.column = u32::try_from(open.column).unwrap_or(u32::MAX);
    finding
}

/// The fields of `record`, read from `raw` (its text as written, from [`raw_record`]), pushed
/// onto `cells`. Without a quote the fields are `raw` split at its delimiters, so each is the
/// slice of `raw` at its place in the record plus one delimiter per field before it; a field
/// with a quote (unquoted in the record) is checked as UTF-8: it always is, being valid text with
/// ASCII quotes taken out.
fn fields<'t>(record: &'t ::csv::ByteRecord, raw: &'t str, cells: &mut Vec<&'t str>) {
    let plain = memchr::memchr(b'"', raw.as_bytes()).is_none();
    for (at, bytes) in record.iter().enumerate() {
        let written = record
            .range(at)
            .filter(|_| plain)
            .and_then(|range| raw.get(range.start + at..range.end + at));
        let field = written
            .or_else(|| std::str::from_utf8(bytes).ok())
            .unwrap_or_default();
        cells.push(field);
    }
}

/// A record's text as written, from its start (`start`, the record's position) to where the
/// reader stopped after it.
fn raw_record<'t>(
    start: Option<&::csv::Position>,
    end: &::csv::Position,
    text: &'t str,
) -> &'t str {
    let start = start
        .and_then(|position| usize::try_from(position.byte()).ok())
        .unwrap_or(0);
    let end = usize::try_from(end.byte()).unwrap_or(text.len());
    // The start may still sit on the line end before the record (see `record_line`).
    text.get(start..end)
        .unwrap_or("")
        .trim_start_matches(['\r', '\n'])
}

/// The line where a record's first field starts. After a CRLF the csv crate's record position is
/// still on the `\n` that ends the previous line, so line ends at the position are skipped.
fn record_line(position: Option<&::csv::Position>, text: &str) -> u64 {
    let Some(position) = position else {
        return 0;
    };
    let rest = usize::try_from(position.byte())
        .ok()
        .and_then(|at| text.as_bytes().get(at..))
        .unwrap_or_default();
    let skipped = rest
        .iter()
        .take_while(|&&byte| byte == b'\r' || byte == b'\n')
        .filter(|&&byte| byte == b'\n')
        .count();
    position.line() + skipped as u64
}

mod quotes;
#[cfg(test)]
mod tests;
