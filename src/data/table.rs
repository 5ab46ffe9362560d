//! The raw text table: one header, rows of NFC text cells, each row with its file and line.
//!
//! Several files make one table: their headers must name the same set of columns, in any order,
//! and every row is stored in the first file's column order. Cells are stored as read (not
//! trimmed); parsing them is the job of [`values`](super::values).

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use crate::diagnostics::{Finding, Message, cut, invisible_in};

use super::findings::{DUPLICATE_COLUMN, HEADER_MISMATCH, INVISIBLE_CHARACTER};

/// A text table read from one or more files.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Table {
    columns: Vec<String>,
    index: HashMap<String, usize>,
    sources: Vec<Source>,
    rows: Vec<Row>,
}

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

/// One data row: its cells in the table's column order, stored in one string.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    source: usize,
    line: u64,
    fields: usize,
    text: String,
    ends: Vec<usize>,
}

impl Row {
    /// The cell of a table column (`""` for a column this row's file lacks or a short row).
    pub fn get(&self, column: usize) -> &str {
        let end = self.ends.get(column).copied().unwrap_or(0);
        let start = match column {
            0 => 0,
            _ => self.ends.get(column - 1).copied().unwrap_or(end),
        };
        self.text.get(start..end).unwrap_or("")
    }

    /// The line (sheet row) where the row starts.
    pub fn line(&self) -> u64 {
        self.line
    }

    /// Index of the row's file in [`Table::sources`].
    pub fn source(&self) -> usize {
        self.source
    }

    /// How many fields the row had, not counting empty ones past the header's width.
    pub fn fields(&self) -> usize {
        self.fields
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

    pub fn rows(&self) -> &[Row] {
        &self.rows
    }

    /// The file a row came from.
    pub fn source_of(&self, row: &Row) -> &Source {
        &self.sources[row.source]
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

    /// Append a data row given in its file's field order. Rows whose cells are all blank are
    /// skipped: they hold no value (spreadsheet exports often end with such rows).
    /// Room for `rows` more rows.
    pub(crate) fn reserve(&mut self, rows: usize) {
        self.rows.reserve(rows);
    }

    pub(crate) fn push(&mut self, map: &SourceMap, line: u64, cells: &[&str]) {
        if cells.iter().all(|cell| cell.trim().is_empty()) {
            return;
        }
        let source = &mut self.sources[map.source];
        let is_guide = cells
            .first()
            .is_some_and(|cell| cell.trim_start().starts_with(GUIDE_MARK));
        if is_guide && line == source.header_line + 1 {
            source.guide_line = Some(line);
            return;
        }
        let beyond = cells
            .iter()
            .skip(map.width)
            .rposition(|cell| !cell.is_empty());
        let fields = match beyond {
            Some(at) => map.width + at + 1,
            None => cells.len().min(map.width),
        };
        let mut text = String::with_capacity(cells.iter().map(|cell| cell.len()).sum());
        let mut ends = Vec::with_capacity(map.positions.len());
        for position in &map.positions {
            text.push_str(position.and_then(|at| cells.get(at)).copied().unwrap_or(""));
            ends.push(text.len());
        }
        self.rows.push(Row {
            source: map.source,
            line,
            fields,
            text,
            ends,
        });
    }
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
        table.push(&first, 2, &["1", "10", "20"]);
        let second = table
            .begin_source("b.csv", Some(b','), 1, &["y", "id", "x"])
            .unwrap();
        table.push(&second, 2, &["21", "2", "11"]);
        let row = &table.rows()[1];
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
        table.push(&map, 2, &["# Mã đơn vị", "Tỷ lệ (%)"]);
        table.push(&map, 3, &["1", "2"]);
        table.push(&map, 4, &["#2", "3"]);
        let ids: Vec<_> = table.rows().iter().map(|row| row.get(0)).collect();
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
        table.push(&map, 2, &["1", "2", "", ""]);
        table.push(&map, 3, &["1", "2", "", "9"]);
        table.push(&map, 4, &["1"]);
        table.push(&map, 5, &[" ", ""]);
        let fields: Vec<_> = table.rows().iter().map(Row::fields).collect();
        assert_eq!(fields, [2, 4, 1]);
        assert_eq!(table.rows()[2].get(1), "");
    }
}
