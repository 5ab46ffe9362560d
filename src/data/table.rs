//! The raw text table: one header, rows of NFC text cells, each row with its file and line.
//!
//! Several files make one table: their headers must name the same set of columns, in any order,
//! and every row is stored in the first file's column order. Cells are stored as read (not
//! trimmed); parsing them is the job of [`values`](super::values).

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use crate::diagnostics::{Finding, Message, cut, invisible_in};

use super::findings::{DUPLICATE_COLUMN, HEADER_MISMATCH, INVISIBLE_CHARACTER, MALFORMED};

/// A text table read from one or more files.
///
/// Every cell of every row is kept in one string, and every row's cell ends in one vector, so
/// that a row costs no allocation of its own (see [`Row`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Table {
    columns: Vec<String>,
    index: HashMap<String, usize>,
    sources: Vec<Source>,
    rows: Vec<Stored>,
    /// The cells of all rows, one after another.
    text: String,
    /// For each row, `columns.len()` cell ends, counted from the start of the row's text.
    ends: Vec<u32>,
}

/// Where a row's cells are in [`Table::text`] and [`Table::ends`], and where it came from.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Stored {
    source: u32,
    fields: u32,
    line: u64,
    start: usize,
}

/// A row stored longer than this (one quoted field of gigabytes) is refused: cell ends within a
/// row are 32-bit.
const MAX_ROW_BYTES: usize = u32::MAX as usize;

/// One file the table was read from.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    /// The file as the user named it; `-` for standard input.
    pub name: Arc<str>,
    /// The CSV delimiter; `None` for spreadsheets.
    pub delimiter: Option<u8>,
    /// The line (sheet row) of the header.
    pub header_line: u64,
    /// How many fields a row must have: the header up to its last named column.
    pub width: usize,
    /// The line of a template's guide row, skipped (see [`GUIDE_MARK`]).
    pub guide_line: Option<u64>,
}

/// A row directly below the header whose first cell starts with this mark is the guide row of a
/// `dtm template` sheet (what to enter in each column); the reader skips it, so a filled template
/// reads without edits. Only that one row is skipped: a `#` anywhere else is data.
pub const GUIDE_MARK: &str = "#";

impl Source {
    /// Whether `85,5` means 85.5 here: in CSV whose delimiter is not a comma, and in spreadsheets
    /// (where a comma in a text cell is a Vietnamese decimal comma).
    pub fn decimal_comma(&self) -> bool {
        self.delimiter != Some(b',')
    }
}

/// One data row: its cells in the table's column order, borrowed from the table.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Row<'t> {
    stored: &'t Stored,
    text: &'t str,
    ends: &'t [u32],
}

impl<'t> Row<'t> {
    /// The cell of a table column (`""` for a column this row's file lacks or a short row).
    pub fn get(&self, column: usize) -> &'t str {
        let end = self.ends.get(column).map_or(0, |&end| end as usize);
        let start = match column {
            0 => 0,
            _ => self.ends.get(column - 1).map_or(end, |&end| end as usize),
        };
        self.text.get(start..end).unwrap_or("")
    }

    /// The line (sheet row) where the row starts.
    pub fn line(&self) -> u64 {
        self.stored.line
    }

    /// Index of the row's file in [`Table::sources`].
    pub fn source(&self) -> usize {
        self.stored.source as usize
    }

    /// How many fields the row had, not counting empty ones past the header's width.
    pub fn fields(&self) -> usize {
        self.stored.fields as usize
    }
}

impl Table {
    /// Column names of the header (trimmed, NFC), in the first file's order; unnamed columns are `""`.
    pub fn columns(&self) -> &[String] {
        &self.columns
    }

    /// The index of a named column.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.index.get(name).copied()
    }

    pub fn sources(&self) -> &[Source] {
        &self.sources
    }

    /// The data rows, in the order read.
    pub fn rows(&self) -> impl ExactSizeIterator<Item = Row<'_>> + Clone + '_ {
        (0..self.rows.len()).map(|k| self.row(k))
    }

    /// Data row `k` (0 is the first data row); panics past the last, as indexing does.
    pub fn row(&self, k: usize) -> Row<'_> {
        let stored = &self.rows[k];
        let end = self
            .rows
            .get(k + 1)
            .map_or(self.text.len(), |next| next.start);
        let width = self.columns.len();
        Row {
            stored,
            text: &self.text[stored.start..end],
            ends: &self.ends[k * width..(k + 1) * width],
        }
    }

    /// How many data rows there are.
    pub fn row_count(&self) -> usize {
        self.rows.len()
    }

    /// The file a row came from.
    pub fn source_of(&self, row: Row) -> &Source {
        &self.sources[row.source()]
    }

    /// Start a new file with its header (names already NFC). Fails when the header names a column
    /// twice or, for the second file on, names a different set of columns than the first.
    pub(crate) fn begin_source(
        &mut self,
        name: &str,
        delimiter: Option<u8>,
        header_line: u64,
        header: &[&str],
    ) -> Result<SourceMap, Vec<Finding>> {
        let names: Vec<&str> = header.iter().map(|name| name.trim()).collect();
        let width = names
            .iter()
            .rposition(|name| !name.is_empty())
            .map_or(0, |at| at + 1);
        let names = &names[..width];
        let mut findings = duplicate_columns(name, header_line, names);
        findings.extend(invisible_columns(name, header_line, names));
        if self.sources.is_empty() && findings.is_empty() {
            self.columns = names.iter().map(|&name| name.to_owned()).collect();
            self.index = names
                .iter()
                .enumerate()
                .filter(|(_, n)| !n.is_empty())
                .map(|(at, &n)| (n.to_owned(), at))
                .collect();
        } else if findings.is_empty() {
            findings = self.mismatch(name, header_line, names);
        }
        if !findings.is_empty() {
            return Err(findings);
        }
        let at: HashMap<&str, usize> = names.iter().enumerate().map(|(at, &n)| (n, at)).collect();
        let positions = self
            .columns
            .iter()
            .map(|column| {
                at.get(column.as_str())
                    .copied()
                    .filter(|_| !column.is_empty())
            })
            .collect();
        self.sources.push(Source {
            name: Arc::from(name),
            delimiter,
            header_line,
            width,
            guide_line: None,
        });
        Ok(SourceMap {
            source: self.sources.len() - 1,
            width,
            positions,
        })
    }

    fn mismatch(&self, file: &str, line: u64, names: &[&str]) -> Vec<Finding> {
        let first = &self.sources[0].name;
        let present: HashSet<&str> = names.iter().copied().filter(|n| !n.is_empty()).collect();
        let missing = self
            .columns
            .iter()
            .filter(|column| !column.is_empty() && !present.contains(column.as_str()));
        let extra = names
            .iter()
            .filter(|n| !n.is_empty() && !self.index.contains_key(**n));
        let missing = missing.map(|column| ("finding-header-missing", column.as_str()));
        let extra = extra.map(|column| ("finding-header-extra", *column));
        missing
            .chain(extra)
            .map(|(key, column)| {
                let message = Message::new(key)
                    .with("column", cut(column))
                    .with("first", &**first);
                HEADER_MISMATCH.error(file, line, "", message)
            })
            .collect()
    }

    /// Room for `rows` more rows of `bytes` more text.
    pub(crate) fn reserve(&mut self, rows: usize, bytes: usize) {
        self.rows.reserve(rows);
        self.ends.reserve(rows * self.columns.len());
        self.text.reserve(bytes);
    }

    /// Append a data row given in its file's field order. Rows whose cells are all blank are
    /// skipped: they hold no value (spreadsheet exports often end with such rows). A row of more
    /// than 4 GiB of text is refused with `Err(its length)`.
    pub(crate) fn push(&mut self, map: &SourceMap, line: u64, cells: &[&str]) -> Result<(), usize> {
        if cells.iter().all(|cell| cell.trim().is_empty()) {
            return Ok(());
        }
        let source = &mut self.sources[map.source];
        let is_guide = cells
            .first()
            .is_some_and(|cell| cell.trim_start().starts_with(GUIDE_MARK));
        if is_guide && line == source.header_line + 1 {
            source.guide_line = Some(line);
            return Ok(());
        }
        let beyond = cells
            .iter()
            .skip(map.width)
            .rposition(|cell| !cell.is_empty());
        let fields = match beyond {
            Some(at) => map.width + at + 1,
            None => cells.len().min(map.width),
        };
        let cell = |position: &Option<usize>| position.and_then(|at| cells.get(at)).copied();
        let length: usize = map
            .positions
            .iter()
            .map(|p| cell(p).map_or(0, str::len))
            .sum();
        if length > MAX_ROW_BYTES {
            return Err(length);
        }
        let start = self.text.len();
        for position in &map.positions {
            self.text.push_str(cell(position).unwrap_or(""));
            // Within MAX_ROW_BYTES, checked above.
            self.ends.push((self.text.len() - start) as u32);
        }
        self.rows.push(Stored {
            source: u32::try_from(map.source).unwrap_or(u32::MAX),
            // A row has fewer fields than bytes, and its bytes fit in 32 bits.
            fields: u32::try_from(fields).unwrap_or(u32::MAX),
            line,
            start,
        });
        Ok(())
    }
}

impl Table {
    /// An empty table with this one's columns and files, for rows read apart (one slice of a
    /// large file, on another core) and then added in order with [`Table::append`].
    pub(crate) fn part(&self) -> Table {
        Table {
            columns: self.columns.clone(),
            index: HashMap::new(),
            sources: self.sources.clone(),
            ..Table::default()
        }
    }

    /// The rows of `part` (from [`Table::part`]) after this table's, as if pushed here, with
    /// the guide row it found.
    pub(crate) fn append(&mut self, part: Table) {
        let offset = self.text.len();
        self.text.push_str(&part.text);
        self.ends.extend_from_slice(&part.ends);
        self.rows.extend(part.rows.iter().map(|stored| Stored {
            start: stored.start + offset,
            ..*stored
        }));
        for (source, read) in self.sources.iter_mut().zip(part.sources) {
            source.guide_line = source.guide_line.or(read.guide_line);
        }
    }
}

/// The finding for a row [`Table::push`] refused: `bytes` of text, more than a row may hold.
pub fn too_long(file: &str, line: u64, bytes: usize) -> Finding {
    let message = Message::new("finding-row-too-long").with("bytes", bytes.to_string());
    MALFORMED.error(file, line, "", message)
}

/// How one file's fields map onto the table's columns.
#[derive(Debug, Clone)]
pub(crate) struct SourceMap {
    source: usize,
    width: usize,
    /// For each table column, the field index in this file.
    positions: Vec<Option<usize>>,
}

/// Header names that hold an invisible character would look like another column (or like the
/// column the criteria name) while being a different one.
fn invisible_columns(file: &str, line: u64, names: &[&str]) -> Vec<Finding> {
    names
        .iter()
        .filter_map(|name| Some((name, invisible_in(name)?)))
        .map(|(name, character)| {
            let message = Message::new("finding-invisible-column")
                .with("column", cut(name))
                .with("character", character);
            INVISIBLE_CHARACTER.error(file, line, name, message)
        })
        .collect()
}

fn duplicate_columns(file: &str, line: u64, names: &[&str]) -> Vec<Finding> {
    let mut seen = HashSet::new();
    names
        .iter()
        .filter(|name| !name.is_empty() && !seen.insert(**name))
        .map(|name| {
            let message = Message::new("finding-duplicate-column").with("column", cut(name));
            DUPLICATE_COLUMN.error(file, line, name, message)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_follow_the_first_files_column_order() {
        let mut table = Table::default();
        let first = table
            .begin_source("a.csv", Some(b','), 1, &["id", "x", "y"])
            .unwrap();
        table.push(&first, 2, &["1", "10", "20"]).unwrap();
        let second = table
            .begin_source("b.csv", Some(b','), 1, &["y", "id", "x"])
            .unwrap();
        table.push(&second, 2, &["21", "2", "11"]).unwrap();
        let row = table.row(1);
        assert_eq!((row.get(0), row.get(1), row.get(2)), ("2", "11", "21"));
        assert_eq!(table.source_of(row).name.as_ref(), "b.csv");
    }

    #[test]
    fn a_different_column_set_names_the_file_and_the_column() {
        let mut table = Table::default();
        table
            .begin_source("a.csv", Some(b','), 1, &["id", "x"])
            .unwrap();
        let findings = table
            .begin_source("b.csv", Some(b','), 1, &["id", "z"])
            .unwrap_err();
        let messages: Vec<_> = findings
            .iter()
            .map(|f| (f.file.as_str(), f.message.to_string()))
            .collect();
        assert_eq!(messages.len(), 2);
        assert!(
            messages[0].0 == "b.csv"
                && messages[0]
                    .1
                    .starts_with("column 'x' of 'a.csv' is missing")
        );
        assert!(messages[1].1.starts_with("column 'z' is not in 'a.csv'"));
    }

    #[test]
    fn only_a_guide_row_right_below_the_header_is_skipped() {
        let mut table = Table::default();
        let map = table
            .begin_source("a.csv", Some(b','), 1, &["id", "x"])
            .unwrap();
        table.push(&map, 2, &["# Mã đơn vị", "Tỷ lệ (%)"]).unwrap();
        table.push(&map, 3, &["1", "2"]).unwrap();
        table.push(&map, 4, &["#2", "3"]).unwrap();
        let ids: Vec<_> = table.rows().map(|row| row.get(0)).collect();
        assert_eq!(ids, ["1", "#2"]);
        assert_eq!(table.sources()[0].guide_line, Some(2));
    }

    #[test]
    fn duplicate_header_names_are_findings() {
        let mut table = Table::default();
        let findings = table
            .begin_source("a.csv", None, 1, &["id", "x", " x "])
            .unwrap_err();
        assert_eq!(findings[0].code, "D012");
        assert_eq!(findings[0].path, "x");
    }

    #[test]
    fn invisible_characters_in_the_header_are_findings() {
        let mut table = Table::default();
        let findings = table
            .begin_source("a.csv", None, 1, &["id", "x\u{200B}", "y"])
            .unwrap_err();
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].code, "D020");
        assert!(
            findings[0].message.contains("'x<U+200B>'") && findings[0].message.contains("U+200B;"),
            "{}",
            findings[0].message
        );
    }

    #[test]
    fn trailing_blank_headers_and_empty_extra_fields_are_not_counted() {
        let mut table = Table::default();
        let map = table
            .begin_source("a.csv", Some(b','), 1, &["id", "x", "", ""])
            .unwrap();
        assert_eq!(table.sources()[0].width, 2);
        table.push(&map, 2, &["1", "2", "", ""]).unwrap();
        table.push(&map, 3, &["1", "2", "", "9"]).unwrap();
        table.push(&map, 4, &["1"]).unwrap();
        table.push(&map, 5, &[" ", ""]).unwrap();
        let fields: Vec<_> = table.rows().map(|row| row.fields()).collect();
        assert_eq!(fields, [2, 4, 1]);
        assert_eq!(table.row(2).get(1), "");
    }
}
