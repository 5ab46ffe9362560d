//! XLSX in one streaming pass over the sheet: values and their number formats together.
//!
//! A number formatted as a percentage reads as Excel shows it (`0.855` → `85.5%`): survey columns
//! such as "Tỷ lệ (%)" are often typed that way, and reading the stored fraction would score
//! 85.5 % as 0.855 %.

use std::borrow::Cow;
use std::io::{Read, Seek};

use std::collections::HashSet;

use calamine::{DataRef, Xlsx};

use super::{Chosen, SheetError, SheetRows, malformed, text};
use crate::data::findings::FORMULA_WITHOUT_VALUE;
use crate::data::table::Table;
use crate::diagnostics::Message;

/// Read the sheet `name` into `table` as one more source.
pub(super) fn parse<RS: Read + Seek>(
    table: &mut Table,
    file: &str,
    workbook: &mut Xlsx<RS>,
    chosen: &Chosen,
) -> Result<(), SheetError> {
    let name = chosen.name.as_str();
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
    let mut rows = SheetRows::new(table, file).named(chosen);
    let mut cells: Vec<Cow<str>> = Vec::new();
    // Cells written with no value: a formula Excel never computed stores none.
    let mut empty: HashSet<(u32, u32)> = HashSet::new();
    let mut current: Option<u32> = None;
    while let Some((cell, style)) = reader
        .next_cell_with_style_id()
        .map_err(|e| malformed(file, e))?
    {
        let (row, column) = cell.get_position();
        if matches!(cell.get_value(), DataRef::Empty) {
            empty.insert((row, column));
        }
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
    drop(reader);
    if !empty.is_empty() {
        uncomputed_formulas(file, workbook, name, &empty)?;
    }
    rows.finish()
}

/// Formulas in cells that hold no value: a file written by a program that does not compute them
/// (a script, an export). Reading them as missing would drop data silently.
fn uncomputed_formulas<RS: Read + Seek>(
    file: &str,
    workbook: &mut Xlsx<RS>,
    name: &str,
    empty: &HashSet<(u32, u32)>,
) -> Result<(), SheetError> {
    let mut reader = workbook
        .worksheet_cells_reader(name)
        .map_err(|e| malformed(file, e))?;
    let mut findings = Vec::new();
    while let Some(cell) = reader.next_formula().map_err(|e| malformed(file, e))? {
        let (row, column) = cell.get_position();
        if cell.get_value().is_empty() || !empty.contains(&(row, column)) {
            continue;
        }
        let at = format!("{}{}", column_letters(column), u64::from(row) + 1);
        let message = Message::new("finding-formula-without-value").with("cell", at);
        let mut finding = FORMULA_WITHOUT_VALUE.error(file, u64::from(row) + 1, "", message);
        finding.column = column.saturating_add(1);
        findings.push(finding);
    }
    match findings.is_empty() {
        true => Ok(()),
        false => Err(SheetError::Invalid(findings)),
    }
}

/// Excel's column name of a 0-based column: 0 → `A`, 25 → `Z`, 26 → `AA`.
pub(super) fn column_letters(column: u32) -> String {
    let mut letters = Vec::new();
    let mut n = u64::from(column) + 1;
    while n > 0 {
        let rest = (n - 1) % 26;
        letters.push(char::from(b'A' + rest as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
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
