//! XLSX in one streaming pass over the sheet: values and their number formats together.
//!
//! A number formatted as a percentage reads as Excel shows it (`0.855` → `85.5%`): survey columns
//! such as "Tỷ lệ (%)" are often typed that way, and reading the stored fraction would score
//! 85.5 % as 0.855 %.

use std::borrow::Cow;
use std::io::{Read, Seek};

use calamine::Xlsx;

use super::{SheetError, SheetRows, malformed, text};
use crate::data::table::Table;

/// Read the sheet `name` into `table` as one more source.
pub(super) fn parse<RS: Read + Seek>(
    table: &mut Table,
    file: &str,
    workbook: &mut Xlsx<RS>,
    name: &str,
) -> Result<(), SheetError> {
    let mut reader = workbook
        .worksheet_cells_reader(name)
        .map_err(|e| malformed(file, e))?;
    let percent: Vec<bool> = reader
        .styles()
        .iter()
        .map(|style| {
            style
                .number_format
                .as_ref()
                .is_some_and(|format| shows_percent(&format.format_code))
        })
        .collect();
    let mut rows = SheetRows::new(table, file);
    let mut cells: Vec<Cow<str>> = Vec::new();
    let mut current: Option<u32> = None;
    while let Some((cell, style)) = reader
        .next_cell_with_style_id()
        .map_err(|e| malformed(file, e))?
    {
        let (row, column) = cell.get_position();
        if current != Some(row) {
            if let Some(done) = current {
                rows.row(u64::from(done) + 1, &cells)?;
            }
            cells.clear();
            current = Some(row);
        }
        let column = usize::try_from(column).unwrap_or(usize::MAX);
        if column >= cells.len() {
            cells.resize(column.saturating_add(1).min(MAX_COLUMNS), Cow::Borrowed(""));
        }
        let shown = text(
            cell.get_value(),
            percent.get(style).copied().unwrap_or(false),
        );
        if let Some(slot) = cells.get_mut(column) {
            *slot = Cow::Owned(shown.into_owned());
        }
    }
    if let Some(done) = current {
        rows.row(u64::from(done) + 1, &cells)?;
    }
    rows.finish(name)
}

/// Excel's limit (XFD); a corrupt file cannot make a row allocate more.
const MAX_COLUMNS: usize = 16_384;

/// Whether a number format code shows a percentage: a `%` outside quoted text and escapes.
pub(super) fn shows_percent(code: &str) -> bool {
    let mut quoted = false;
    let mut escaped = false;
    for char in code.chars() {
        match char {
            _ if escaped => escaped = false,
            '\\' if !quoted => escaped = true,
            '"' => quoted = !quoted,
            '%' if !quoted => return true,
            _ => {}
        }
    }
    false
}

/// A number as a percentage, its decimal point moved two places in its shortest form, so that
/// no binary rounding creeps in: 0.855 → `85.5%`, 1 → `100%`, 0.0001 → `0.01%`.
pub(super) fn percent_text(number: f64) -> String {
    let text = number.to_string();
    let (sign, digits) = text
        .strip_prefix('-')
        .map_or(("", text.as_str()), |rest| ("-", rest));
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let moved: String = fraction.chars().chain("00".chars()).take(2).collect();
    let whole = format!("{whole}{moved}");
    let whole = whole.trim_start_matches('0');
    let whole = if whole.is_empty() { "0" } else { whole };
    match fraction.get(2..).filter(|rest| !rest.is_empty()) {
        Some(rest) => format!("{sign}{whole}.{rest}%"),
        None => format!("{sign}{whole}%"),
    }
}
