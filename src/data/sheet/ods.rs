//! ODS percentage cells, which calamine reads as the stored fraction (0.855 for 85.5 %).
//!
//! In OpenDocument a percentage cell says so itself (`office:value-type="percentage"`), but
//! calamine does not pass the type on. So `content.xml` is scanned once more for the chosen
//! sheet's percentage cells, counting rows and cells as the format repeats them, and those cells
//! read as shown, as XLSX percentages do.

use std::collections::HashSet;
use std::io::{Cursor, Read};

/// Excel's and LibreOffice's column limit; repeats beyond it are empty padding.
const MAX_COLUMNS: u32 = 16_384;
/// Rows repeated with a percentage cell in them are padding too beyond this many.
const MAX_REPEATED_ROWS: u32 = 10_000;

/// The (row, column) positions, 0-based, of the percentage cells of `sheet`; empty when the
/// file cannot be read (calamine then reports why).
pub(super) fn percentage_cells(bytes: &[u8], sheet: &str) -> HashSet<(u32, u32)> {
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return HashSet::new();
    };
    let Ok(part) = archive.by_name("content.xml") else {
        return HashSet::new();
    };
    let mut xml = String::new();
    // The budget was checked before (see `budget`); the limit only guards against surprises.
    if part
        .take(super::budget::MAX_BYTES)
        .read_to_string(&mut xml)
        .is_err()
    {
        return HashSet::new();
    }
    scan(&xml, sheet)
}

fn scan(xml: &str, sheet: &str) -> HashSet<(u32, u32)> {
    let mut cells = HashSet::new();
    let mut inside = false;
    let (mut row, mut column, mut rows_repeated) = (0u32, 0u32, 1u32);
    let mut depth = 0usize; // tables nested inside the sheet's own table
    let mut rest = xml;
    while let Some(start) = rest.find('<') {
        let Some(end) = rest[start..].find('>') else {
            break;
        };
        let tag = &rest[start + 1..start + end];
        rest = &rest[start + end + 1..];
        let closing = tag.starts_with('/');
        let empty = tag.ends_with('/');
        let name = tag
            .trim_start_matches('/')
            .split([' ', '\t', '\r', '\n', '/'])
            .next()
            .unwrap_or("");
        match name {
            "table:table" if closing => {
                if inside && depth == 0 {
                    break;
                }
                depth = depth.saturating_sub(1);
            }
            "table:table" if inside => depth += 1,
            "table:table" => {
                inside = attribute(tag, "table:name").is_some_and(|n| unescape(n) == sheet)
            }
            _ if !inside || depth > 0 => {}
            "table:table-row" if closing => row = row.saturating_add(rows_repeated),
            "table:table-row" => {
                column = 0;
                rows_repeated = repeat(tag, "table:number-rows-repeated");
                if empty {
                    row = row.saturating_add(rows_repeated);
                }
            }
            "table:table-cell" | "table:covered-table-cell" if !closing => {
                let columns = repeat(tag, "table:number-columns-repeated");
                if attribute(tag, "office:value-type") == Some("percentage") {
                    let last_column = column.saturating_add(columns).min(MAX_COLUMNS);
                    let last_row = row.saturating_add(rows_repeated.min(MAX_REPEATED_ROWS));
                    for r in row..last_row {
                        cells.extend((column..last_column).map(|c| (r, c)));
                    }
                }
                column = column.saturating_add(columns);
            }
            _ => {}
        }
    }
    cells
}

/// The XML entities a sheet name may hold, decoded.
fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// A repeat count attribute, 1 when absent or unreadable.
fn repeat(tag: &str, name: &str) -> u32 {
    attribute(tag, name)
        .and_then(|n| n.parse().ok())
        .filter(|n| *n > 0)
        .unwrap_or(1)
}

/// The raw value of `name="…"` in a tag, entities not decoded.
fn attribute<'t>(tag: &'t str, name: &str) -> Option<&'t str> {
    let mut from = 0;
    while let Some(at) = tag[from..].find(name) {
        let begin = from + at;
        let after = &tag[begin + name.len()..];
        let preceded = tag[..begin].ends_with([' ', '\t', '\r', '\n']);
        if preceded && let Some(value) = after.strip_prefix("=\"") {
            return value.split('"').next();
        }
        from = begin + name.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentage_cells_are_found_through_repeats() {
        let xml = r#"<office:body><table:table table:name="Other"><table:table-row><table:table-cell office:value-type="percentage" office:value="0.5"/></table:table-row></table:table>
<table:table table:name="Data"><table:table-row table:number-rows-repeated="2"><table:table-cell/></table:table-row>
<table:table-row><table:table-cell table:number-columns-repeated="3"/><table:table-cell office:value-type="percentage" office:value="0.855"><text:p>85.5%</text:p></table:table-cell><table:covered-table-cell/><table:table-cell office:value-type="float" office:value="3"/></table:table-row></table:table>"#;
        let cells = scan(xml, "Data");
        assert_eq!(cells, HashSet::from([(2, 3)]));
        assert_eq!(scan(xml, "Other"), HashSet::from([(0, 0)]));
        assert!(scan(xml, "Missing").is_empty());
    }
}
