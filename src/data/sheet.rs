//! Spreadsheet input (XLSX, XLSM, XLS, ODS) through calamine: one sheet as a text table.
//!
//! Cells become the text a person would type for them: numbers in their shortest round-trip form
//! (`85.5`, `12`), booleans `true`/`false`, dates as ISO 8601, empty cells empty. The first row
//! with any text is the header; lines are sheet rows.

use std::borrow::Cow;
use std::io::Cursor;

use std::collections::HashSet;

use calamine::{
    Data, DataRef, ExcelDateTime, Ods, Range, Reader, Sheet, SheetType, SheetVisible, Xls, Xlsx,
    open_workbook_from_rs,
};

use crate::diagnostics::{Finding, Message, cut};

use super::csv::nfc;
use super::findings::{MALFORMED, NO_DATA};
use super::table::{SourceMap, Table};

mod budget;
mod ods;
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
    let message = Message::new("finding-sheet-unreadable").with("error", error.to_string());
    SheetError::Invalid(vec![MALFORMED.error(file, 0, "", message)])
}

/// Read one sheet (the first visible one, or the one named) of a workbook into `table` as one
/// more source.
pub fn parse(
    table: &mut Table,
    file: &str,
    bytes: &[u8],
    kind: SheetKind,
    sheet: Option<&str>,
) -> Result<(), SheetError> {
    budget::check(file, bytes, kind)?;
    let cursor = Cursor::new(bytes);
    match kind {
        SheetKind::Xlsx => {
            let mut workbook: Xlsx<_> =
                open_workbook_from_rs(cursor).map_err(|e| malformed(file, e))?;
            let chosen = choose(file, workbook.sheets_metadata(), sheet)?;
            xlsx::parse(table, file, &mut workbook, &chosen)
        }
        SheetKind::Xls => {
            let mut workbook: Xls<_> =
                open_workbook_from_rs(cursor).map_err(|e| malformed(file, e))?;
            let chosen = choose(file, workbook.sheets_metadata(), sheet)?;
            let range = workbook
                .worksheet_range(&chosen.name)
                .map_err(|e| malformed(file, e))?;
            push_range(table, file, &chosen, &range, &HashSet::new())
        }
        SheetKind::Ods => {
            let mut workbook: Ods<_> =
                open_workbook_from_rs(cursor).map_err(|e| malformed(file, e))?;
            let chosen = choose(file, workbook.sheets_metadata(), sheet)?;
            let percent = ods::percentage_cells(bytes, &chosen.name);
            let range = workbook
                .worksheet_range(&chosen.name)
                .map_err(|e| malformed(file, e))?;
            push_range(table, file, &chosen, &range, &percent)
        }
    }
}

/// The sheet chosen and what an empty one's message needs.
#[derive(Debug, Clone)]
pub(crate) struct Chosen {
    pub name: String,
    /// The workbook's other sheets, when the sheet was chosen by default (not `--sheet`).
    pub others: Option<Vec<String>>,
}

/// The sheet to read: the first visible worksheet, or the one named `wanted` (exactly, else the
/// only one equal ignoring case). A hidden first sheet is usually a lookup table or an old copy.
fn choose(file: &str, sheets: &[Sheet], wanted: Option<&str>) -> Result<Chosen, SheetError> {
    let names: Vec<String> = sheets.iter().map(|sheet| sheet.name.clone()).collect();
    let Some(wanted) = wanted else {
        let visible = sheets.iter().find(|sheet| {
            sheet.visible == SheetVisible::Visible && sheet.typ == SheetType::WorkSheet
        });
        let Some(first) = visible.or(sheets.first()) else {
            let message = Message::new("finding-no-sheets");
            return Err(vec![NO_DATA.error(file, 0, "", message)].into());
        };
        let others = names
            .iter()
            .filter(|n| **n != first.name)
            .cloned()
            .collect();
        return Ok(Chosen {
            name: first.name.clone(),
            others: Some(others),
        });
    };
    let key = nfc(Cow::Borrowed(wanted.trim()));
    let exact = names
        .iter()
        .find(|name| nfc(Cow::Borrowed(name.as_str())) == key);
    let lowered = key.to_lowercase();
    let alike: Vec<&String> = names
        .iter()
        .filter(|name| nfc(Cow::Borrowed(name.as_str())).to_lowercase() == lowered)
        .collect();
    let unique_alike = match alike.as_slice() {
        [only] => Some(*only),
        _ => None,
    };
    match exact.or(unique_alike) {
        Some(name) => Ok(Chosen {
            name: name.clone(),
            others: None,
        }),
        None => Err(SheetError::UnknownSheet {
            name: wanted.to_owned(),
            sheets: names,
        }),
    }
}

fn push_range(
    table: &mut Table,
    file: &str,
    chosen: &Chosen,
    range: &Range<Data>,
    percent: &HashSet<(u32, u32)>,
) -> Result<(), SheetError> {
    let (first_row, first_column) = range.start().unwrap_or((0, 0));
    let mut rows = SheetRows::new(table, file).named(chosen);
    let mut cells = Vec::new();
    for (index, row) in range.rows().enumerate() {
        cells.clear();
        let at = first_row.saturating_add(u32::try_from(index).unwrap_or(u32::MAX));
        cells.extend(row.iter().enumerate().map(|(column, cell)| {
            let column = first_column.saturating_add(u32::try_from(column).unwrap_or(u32::MAX));
            text(&data_ref(cell), percent.contains(&(at, column))).into_owned()
        }));
        rows.row(u64::from(at) + 1, &cells)?;
    }
    rows.finish()
}

/// Sheet rows into table rows: the first row with any text is the header, the rest are data.
struct SheetRows<'t> {
    table: &'t mut Table,
    file: &'t str,
    header: Option<(SourceMap, usize)>,
    sheet: Option<Chosen>,
}

impl<'t> SheetRows<'t> {
    fn new(table: &'t mut Table, file: &'t str) -> SheetRows<'t> {
        SheetRows {
            table,
            file,
            header: None,
            sheet: None,
        }
    }

    /// The sheet being read, for the message when it is empty.
    fn named(mut self, chosen: &Chosen) -> SheetRows<'t> {
        self.sheet = Some(chosen.clone());
        self
    }

    /// One sheet row; `cells` may stop at its last non-empty cell.
    fn row(&mut self, line: u64, cells: &[impl AsRef<str>]) -> Result<(), SheetError> {
        let mut cells: Vec<&str> = cells.iter().map(AsRef::as_ref).collect();
        match &self.header {
            Some((map, width)) => {
                if cells.len() < *width {
                    cells.resize(*width, "");
                }
                self.table.push(map, line, &cells).map_err(|bytes| {
                    SheetError::Invalid(vec![super::table::too_long(self.file, line, bytes)])
                })?;
            }
            None if cells.iter().any(|cell| !cell.trim().is_empty()) => {
                let map = self.table.begin_source(self.file, None, line, &cells)?;
                self.header = Some((map, cells.len()));
            }
            None => {}
        }
        Ok(())
    }

    fn finish(self) -> Result<(), SheetError> {
        if self.header.is_some() {
            return Ok(());
        }
        let (name, others) = self
            .sheet
            .map_or((String::new(), None), |chosen| (chosen.name, chosen.others));
        let hint = match others.as_deref() {
            Some([]) | None => Message::from(""),
            Some(others) => {
                let listed: Vec<String> = others.iter().map(|n| format!("'{}'", cut(n))).collect();
                Message::new("finding-other-sheets").with("sheets", listed.join(", "))
            }
        };
        let message = Message::new("finding-empty-sheet")
            .with("sheet", cut(&name))
            .with("hint", hint);
        Err(vec![NO_DATA.error(self.file, 0, "", message)].into())
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
