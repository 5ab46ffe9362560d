//! `dtm rollup`'s table of communes and measures in three formats: CSV, JSON and XLSX. All three
//! have the same columns: the commune id, the period when the microdata have one, then per
//! measure its value and `NAME_rows`, the rows that went into it.

use std::io::{self, Write};

use crate::rollup::Rolled;

/// The column names, in order.
pub fn columns(rolled: &Rolled) -> Vec<String> {
    let mut columns = vec![rolled.key.clone()];
    columns.extend(rolled.period.clone());
    for (name, _) in &rolled.measures {
        columns.push(name.clone());
        columns.push(format!("{name}_rows"));
    }
    columns
}

/// A commune's cells as text: full precision, shortest round-trip form; empty when missing.
fn cells(rolled: &Rolled) -> impl Iterator<Item = Vec<Cell<'_>>> {
    rolled.communes.iter().map(move |commune| {
        let mut row = vec![Cell::Text(&commune.key)];
        if rolled.period.is_some() {
            row.push(Cell::Text(commune.period.as_deref().unwrap_or_default()));
        }
        for value in &commune.values {
            row.push(value.value.map_or(Cell::Empty, Cell::Number));
            row.push(Cell::Count(value.rows));
        }
        row
    })
}

enum Cell<'a> {
    Text(&'a str),
    Number(f64),
    Count(u64),
    Empty,
}

impl Cell<'_> {
    fn text(&self) -> String {
        match self {
            Cell::Text(text) => (*text).to_owned(),
            Cell::Number(x) => x.to_string(),
            Cell::Count(n) => n.to_string(),
            Cell::Empty => String::new(),
        }
    }

    fn json(&self) -> serde_json::Value {
        match self {
            Cell::Text(text) => serde_json::json!(text),
            Cell::Number(x) => serde_json::json!(x),
            Cell::Count(n) => serde_json::json!(n),
            Cell::Empty => serde_json::Value::Null,
        }
    }
}

pub fn csv(rolled: &Rolled, out: &mut dyn Write) -> io::Result<()> {
    let mut writer = ::csv::Writer::from_writer(out);
    writer.write_record(columns(rolled))?;
    for row in cells(rolled) {
        writer.write_record(row.iter().map(Cell::text))?;
    }
    writer.flush()
}

/// An array of objects, one per commune, keys in column order.
pub fn json(rolled: &Rolled, out: &mut dyn Write) -> io::Result<()> {
    let columns = columns(rolled);
    out.write_all(b"[")?;
    for (index, row) in cells(rolled).enumerate() {
        out.write_all(if index == 0 { b"\n  {" } else { b",\n  {" })?;
        for (at, (column, cell)) in columns.iter().zip(&row).enumerate() {
            if at > 0 {
                out.write_all(b", ")?;
            }
            serde_json::to_writer(&mut *out, column)?;
            out.write_all(b": ")?;
            serde_json::to_writer(&mut *out, &cell.json())?;
        }
        out.write_all(b"}")?;
    }
    out.write_all(if rolled.communes.is_empty() {
        b"]\n"
    } else {
        b"\n]\n"
    })
}

/// One sheet named after the rollup; numbers as numbers, ids as text (leading zeros kept).
pub fn xlsx(rolled: &Rolled, out: &mut dyn Write) -> io::Result<()> {
    use rust_xlsxwriter::{Format, Workbook, XlsxError};
    let build = || -> Result<Vec<u8>, XlsxError> {
        let mut workbook = Workbook::new();
        let sheet = workbook.add_worksheet();
        let name: String = rolled.name.chars().take(31).collect();
        sheet.set_name(&name)?;
        let bold = Format::new().set_bold();
        for (at, column) in columns(rolled).iter().enumerate() {
            sheet.write_string_with_format(0, col(at), column, &bold)?;
        }
        for (index, row) in cells(rolled).enumerate() {
            let line = u32::try_from(index + 1).unwrap_or(u32::MAX);
            for (at, cell) in row.iter().enumerate() {
                match cell {
                    Cell::Text(text) => sheet.write_string(line, col(at), *text).map(|_| ())?,
                    Cell::Number(x) => sheet.write_number(line, col(at), *x).map(|_| ())?,
                    Cell::Count(n) => sheet.write_number(line, col(at), *n as f64).map(|_| ())?,
                    Cell::Empty => {}
                }
            }
        }
        sheet.set_freeze_panes(1, 0)?;
        workbook.save_to_buffer()
    };
    let bytes = build().map_err(io::Error::other)?;
    out.write_all(&bytes)
}

fn col(at: usize) -> u16 {
    u16::try_from(at).unwrap_or(u16::MAX)
}

#[cfg(test)]
mod tests;
