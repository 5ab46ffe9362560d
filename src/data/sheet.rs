//! Spreadsheet input (XLSX, XLSM, XLS, ODS) through calamine: one sheet as a text table.
//!
//! Cells become the text a person would type for them: numbers in their shortest round-trip form
//! (`85.5`, `12`), booleans `true`/`false`, dates as ISO 8601, empty cells empty. The first row
//! with any text is the header; lines are sheet rows.

use std::borrow::Cow;
use std::io::Cursor;

use calamine::{
    Data, DataRef, ExcelDateTime, Ods, Range, Reader, Xls, Xlsx, open_workbook_from_rs,
};

use crate::diagnostics::Finding;

use super::csv::nfc;
use super::findings::{MALFORMED, NO_DATA};
use super::table::{SourceMap, Table};

mod xlsx;

/// Which spreadsheet format a file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetKind {
    /// `.xlsx`, `.xlsm`
    Xlsx,
    /// `.xls` (Excel 97–2003)
    Xls,
    /// `.ods` (OpenDocument)
    Ods,
}

/// Why a sheet could not be read.
#[derive(Debug)]
pub enum SheetError {
    /// `--sheet NAME` names no sheet of the workbook.
    UnknownSheet { name: String, sheets: Vec<String> },
    /// The file's contents are wrong (corrupt, empty, mismatched header).
    Invalid(Vec<Finding>),
}

impl From<Vec<Finding>> for SheetError {
    fn from(findings: Vec<Finding>) -> Self {
        SheetError::Invalid(findings)
    }
}

fn malformed(file: &str, error: impl ToString) -> SheetError {
    let message = format!("could not read the spreadsheet: {}", error.to_string());
    SheetError::Invalid(vec![MALFORMED.error(file, 0, "", message)])
}

/// Read one sheet (the first, or the one named) of a workbook into `table` as one more source.
pub fn parse(
    table: &mut Table,
    file: &str,
    bytes: &[u8],
    kind: SheetKind,
    sheet: Option<&str>,
) -> Result<(), SheetError> {
    let cursor = Cursor::new(bytes);
    match kind {
        SheetKind::Xlsx => {
            let mut workbook: Xlsx<_> =
                open_workbook_from_rs(cursor).map_err(|e| malformed(file, e))?;
            let name = choose(file, &workbook.sheet_names(), sheet)?;
            xlsx::parse(table, file, &mut workbook, &name)
        }
        SheetKind::Xls => {
            let mut workbook: Xls<_> =
                open_workbook_from_rs(cursor).map_err(|e| malformed(file, e))?;
            let name = choose(file, &workbook.sheet_names(), sheet)?;
            let range = workbook
                .worksheet_range(&name)
                .map_err(|e| malformed(file, e))?;
            push_range(table, file, &name, &range)
        }
        SheetKind::Ods => {
            let mut workbook: Ods<_> =
                open_workbook_from_rs(cursor).map_err(|e| malformed(file, e))?;
            let name = choose(file, &workbook.sheet_names(), sheet)?;
            let range = workbook
                .worksheet_range(&name)
                .map_err(|e| malformed(file, e))?;
            push_range(table, file, &name, &range)
        }
    }
}

/// The sheet to read: the first, or the one named `wanted` (exactly, else the only one equal
/// ignoring case).
fn choose(file: &str, sheets: &[String], wanted: Option<&str>) -> Result<String, SheetError> {
    let Some(wanted) = wanted else {
        let message = "the workbook has no sheets".to_owned();
        return sheets
            .first()
            .cloned()
            .ok_or_else(|| vec![NO_DATA.error(file, 0, "", message)].into());
    };
    let key = nfc(Cow::Borrowed(wanted.trim()));
    let exact = sheets
        .iter()
        .find(|name| nfc(Cow::Borrowed(name.as_str())) == key);
    let lowered = key.to_lowercase();
    let alike: Vec<&String> = sheets
        .iter()
        .filter(|name| nfc(Cow::Borrowed(name.as_str())).to_lowercase() == lowered)
        .collect();
    let unique_alike = match alike.as_slice() {
        [only] => Some(*only),
        _ => None,
    };
    exact
        .or(unique_alike)
        .cloned()
        .ok_or_else(|| SheetError::UnknownSheet {
            name: wanted.to_owned(),
            sheets: sheets.to_vec(),
        })
}

fn push_range(
    table: &mut Table,
    file: &str,
    sheet: &str,
    range: &Range<Data>,
) -> Result<(), SheetError> {
    let first_row = range.start().map_or(0, |(row, _)| u64::from(row));
    let mut rows = SheetRows::new(table, file);
    let mut cells = Vec::new();
    for (index, row) in range.rows().enumerate() {
        cells.clear();
        cells.extend(
            row.iter()
                .map(|cell| text(&data_ref(cell), false).into_owned()),
        );
        rows.row(first_row + index as u64 + 1, &cells)?;
    }
    rows.finish(sheet)
}

/// Sheet rows into table rows: the first row with any text is the header, the rest are data.
struct SheetRows<'t> {
    table: &'t mut Table,
    file: &'t str,
    header: Option<(SourceMap, usize)>,
}

impl<'t> SheetRows<'t> {
    fn new(table: &'t mut Table, file: &'t str) -> SheetRows<'t> {
        SheetRows {
            table,
            file,
            header: None,
        }
    }

    /// One sheet row; `cells` may stop at its last non-empty cell.
    fn row(&mut self, line: u64, cells: &[impl AsRef<str>]) -> Result<(), SheetError> {
        let mut cells: Vec<&str> = cells.iter().map(AsRef::as_ref).collect();
        match &self.header {
            Some((map, width)) => {
                if cells.len() < *width {
                    cells.resize(*width, "");
                }
                self.table.push(map, line, &cells);
            }
            None if cells.iter().any(|cell| !cell.trim().is_empty()) => {
                let map = self.table.begin_source(self.file, None, line, &cells)?;
                self.header = Some((map, cells.len()));
            }
            None => {}
        }
        Ok(())
    }

    fn finish(self, sheet: &str) -> Result<(), SheetError> {
        match self.header {
            Some(_) => Ok(()),
            None => {
                let message = format!("sheet '{sheet}' is empty: it has no header row");
                Err(vec![NO_DATA.error(self.file, 0, "", message)].into())
            }
        }
    }
}

/// A borrowed view of a cell, so that one [`text`] serves both readers.
fn data_ref(cell: &Data) -> DataRef<'_> {
    match cell {
        Data::Empty => DataRef::Empty,
        Data::String(text) | Data::DateTimeIso(text) | Data::DurationIso(text) => {
            DataRef::SharedString(text)
        }
        Data::Int(number) => DataRef::Int(*number),
        Data::Float(number) => DataRef::Float(*number),
        Data::Bool(value) => DataRef::Bool(*value),
        Data::DateTime(date) => DataRef::DateTime(*date),
        Data::Error(error) => DataRef::Error(error.clone()),
    }
}

/// A cell as text, borrowed where it can be; `percent` when its number format shows a percentage.
fn text<'a>(cell: &DataRef<'a>, percent: bool) -> Cow<'a, str> {
    match cell {
        DataRef::Empty => Cow::Borrowed(""),
        DataRef::SharedString(text) => nfc(Cow::Borrowed(text)),
        DataRef::String(text) | DataRef::DateTimeIso(text) | DataRef::DurationIso(text) => {
            nfc(Cow::Owned(text.clone()))
        }
        DataRef::Float(number) if percent => Cow::Owned(xlsx::percent_text(*number)),
        DataRef::Int(number) if percent => Cow::Owned(xlsx::percent_text(*number as f64)),
        DataRef::Int(number) => Cow::Owned(number.to_string()),
        DataRef::Float(number) => Cow::Owned(number.to_string()),
        DataRef::Bool(true) => Cow::Borrowed("true"),
        DataRef::Bool(false) => Cow::Borrowed("false"),
        DataRef::DateTime(date) => Cow::Owned(date_text(date)),
        DataRef::Error(error) => Cow::Owned(error.to_string()),
    }
}

/// A date as `2024-06-30` (with `T08:30:00` when it has a time); a duration as its number of days.
fn date_text(date: &ExcelDateTime) -> String {
    if !date.is_datetime() {
        return date.as_f64().to_string();
    }
    let (year, month, day, hour, minute, second, _) = date.to_ymd_hms_milli();
    match (hour, minute, second) {
        (0, 0, 0) => format!("{year:04}-{month:02}-{day:02}"),
        _ => format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}"),
    }
}

#[cfg(test)]
mod tests;
