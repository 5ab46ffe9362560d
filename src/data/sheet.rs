//! Spreadsheet input (XLSX, XLSM, XLS, ODS) through calamine: one sheet as a text table.
//!
//! Cells become the text a person would type for them: numbers in their shortest round-trip form
//! (`85.5`, `12`), booleans `true`/`false`, dates as ISO 8601, empty cells empty.

use std::borrow::Cow;
use std::io::Cursor;

use calamine::{Data, ExcelDateTime, Ods, Range, Reader, Sheets, Xls, Xlsx, open_workbook_from_rs};

use crate::diagnostics::Finding;

use super::csv::nfc;
use super::findings::{MALFORMED, NO_DATA};
use super::table::Table;

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

/// Read one sheet (the first, or the one named) of a workbook into `table` as one more source.
pub fn parse(
    table: &mut Table,
    file: &str,
    bytes: &[u8],
    kind: SheetKind,
    sheet: Option<&str>,
) -> Result<(), SheetError> {
    let malformed = |error: String| {
        let message = format!("could not read the spreadsheet: {error}");
        SheetError::Invalid(vec![MALFORMED.error(file, 0, "", message)])
    };
    let cursor = Cursor::new(bytes);
    let mut workbook = match kind {
        SheetKind::Xlsx => open_workbook_from_rs::<Xlsx<_>, _>(cursor)
            .map(Sheets::Xlsx)
            .map_err(|e| e.to_string()),
        SheetKind::Xls => open_workbook_from_rs::<Xls<_>, _>(cursor)
            .map(Sheets::Xls)
            .map_err(|e| e.to_string()),
        SheetKind::Ods => open_workbook_from_rs::<Ods<_>, _>(cursor)
            .map(Sheets::Ods)
            .map_err(|e| e.to_string()),
    }
    .map_err(malformed)?;
    let sheets = workbook.sheet_names();
    let name = match sheet {
        Some(wanted) => choose(&sheets, wanted).ok_or_else(|| SheetError::UnknownSheet {
            name: wanted.to_owned(),
            sheets: sheets.clone(),
        })?,
        None => sheets.first().cloned().ok_or_else(|| {
            SheetError::Invalid(vec![NO_DATA.error(
                file,
                0,
                "",
                "the workbook has no sheets".to_owned(),
            )])
        })?,
    };
    let range = workbook
        .worksheet_range(&name)
        .map_err(|e| malformed(e.to_string()))?;
    push_range(table, file, &name, &range)
}

/// The sheet named `wanted`: exactly, else the only one equal ignoring case.
fn choose(sheets: &[String], wanted: &str) -> Option<String> {
    let wanted = nfc(Cow::Borrowed(wanted.trim()));
    let same = |name: &&String| nfc(Cow::Borrowed(name.as_str())) == wanted;
    let alike =
        |name: &&String| nfc(Cow::Borrowed(name.as_str())).to_lowercase() == wanted.to_lowercase();
    let exact = sheets.iter().find(same);
    let alike: Vec<&String> = sheets.iter().filter(alike).collect();
    exact
        .or(match alike.as_slice() {
            [only] => Some(*only),
            _ => None,
        })
        .cloned()
}

fn push_range(
    table: &mut Table,
    file: &str,
    sheet: &str,
    range: &Range<Data>,
) -> Result<(), SheetError> {
    let first_row = range.start().map_or(0, |(row, _)| u64::from(row));
    let mut rows = range
        .rows()
        .enumerate()
        .map(|(index, cells)| (first_row + index as u64 + 1, cells));
    let header = rows
        .by_ref()
        .find(|(_, cells)| cells.iter().any(|cell| !text(cell).trim().is_empty()));
    let Some((header_line, header)) = header else {
        let message = format!("sheet '{sheet}' is empty: it has no header row");
        return Err(vec![NO_DATA.error(file, 0, "", message)].into());
    };
    let header: Vec<Cow<str>> = header.iter().map(text).collect();
    let header: Vec<&str> = header.iter().map(AsRef::as_ref).collect();
    let map = table.begin_source(file, None, header_line, &header)?;
    for (line, cells) in rows {
        let cells: Vec<Cow<str>> = cells.iter().map(text).collect();
        let cells: Vec<&str> = cells.iter().map(AsRef::as_ref).collect();
        table.push(&map, line, &cells);
    }
    Ok(())
}

/// A cell as text.
fn text(cell: &Data) -> Cow<'_, str> {
    match cell {
        Data::Empty => Cow::Borrowed(""),
        Data::String(text) | Data::DateTimeIso(text) | Data::DurationIso(text) => {
            nfc(Cow::Borrowed(text))
        }
        Data::Int(number) => Cow::Owned(number.to_string()),
        Data::Float(number) => Cow::Owned(number.to_string()),
        Data::Bool(true) => Cow::Borrowed("true"),
        Data::Bool(false) => Cow::Borrowed("false"),
        Data::DateTime(date) => Cow::Owned(date_text(date)),
        Data::Error(error) => Cow::Owned(error.to_string()),
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
