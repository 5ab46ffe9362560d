//! Bounded work before a spreadsheet is opened: the file must be what its extension says, and a
//! ZIP workbook (XLSX, ODS) must not decompress beyond a budget. A 1 MB file that inflates to
//! gigabytes is refused with a message, not read until memory runs out.

use std::io::{self, Cursor, Read};
use std::path::Path;

use super::{SheetError, SheetKind};
use crate::data::findings::{MALFORMED, TOO_LARGE};
use crate::diagnostics::Message;

/// The most a workbook may decompress to, whatever its size.
pub const MAX_BYTES: u64 = 256 * 1024 * 1024;
/// The most a workbook may decompress to per byte of the file (once beyond [`FLOOR_BYTES`]).
pub const MAX_RATIO: u64 = 100;
/// Small files may always decompress this far: tiny XLSX files compress their XML very well.
pub const FLOOR_BYTES: u64 = 16 * 1024 * 1024;

const ZIP: &[u8] = b"PK\x03\x04";
const OLE: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// Whether the file is the kind its extension names, and a ZIP workbook within the budget.
pub(super) fn check(file: &str, bytes: &[u8], kind: SheetKind) -> Result<(), SheetError> {
    let extension = Path::new(file)
        .extension()
        .and_then(|e| e.to_str())
        .map_or_else(
            || default_extension(kind).to_owned(),
            str::to_ascii_lowercase,
        );
    let zip = bytes.starts_with(ZIP);
    let ole = bytes.starts_with(OLE);
    let problem = match kind {
        SheetKind::Xls if zip => {
            Some(Message::new("finding-xls-is-zip").with("extension", extension.as_str()))
        }
        SheetKind::Xlsx | SheetKind::Ods if ole => {
            Some(Message::new("finding-zip-is-xls").with("extension", extension.as_str()))
        }
        SheetKind::Xls if !ole => Some(not_a_workbook(&extension, bytes)),
        SheetKind::Xlsx | SheetKind::Ods if !zip => Some(not_a_workbook(&extension, bytes)),
        _ => None,
    };
    if let Some(message) = problem {
        return Err(vec![MALFORMED.error(file, 0, "", message)].into());
    }
    if zip {
        let budget = budget(bytes.len());
        return within(bytes, budget).map_err(|used| {
            let mib = |bytes: u64| (bytes / (1024 * 1024)).to_string();
            let message = Message::new("finding-too-large")
                .with("used", used.div_ceil(1024 * 1024).to_string())
                .with("budget", mib(budget))
                .with("ratio", MAX_RATIO.to_string())
                .with("floor", mib(FLOOR_BYTES))
                .with("max", mib(MAX_BYTES));
            vec![TOO_LARGE.error(file, 0, "", message)].into()
        });
    }
    Ok(())
}

fn default_extension(kind: SheetKind) -> &'static str {
    match kind {
        SheetKind::Xlsx => "xlsx",
        SheetKind::Xls => "xls",
        SheetKind::Ods => "ods",
    }
}

/// The message for a file that is no workbook at all: text (a CSV or HTML export) or unknown.
fn not_a_workbook(extension: &str, bytes: &[u8]) -> Message {
    let head = &bytes[..bytes.len().min(8192)];
    let text = !head.is_empty() && !head.contains(&0);
    let trimmed = head.trim_ascii_start();
    if text && trimmed.first() == Some(&b'<') {
        Message::new("finding-markup-not-sheet").with("extension", extension)
    } else if text {
        Message::new("finding-text-not-sheet").with("extension", extension)
    } else {
        Message::new("finding-not-a-sheet").with("extension", extension)
    }
}

/// The budget for a file of `len` bytes.
pub fn budget(len: usize) -> u64 {
    let by_ratio = u64::try_from(len)
        .unwrap_or(u64::MAX)
        .saturating_mul(MAX_RATIO);
    by_ratio.clamp(FLOOR_BYTES, MAX_BYTES)
}

/// `Ok` when every part of the ZIP decompresses to at most `budget` bytes in all; `Err` with the
/// bytes seen when not. Declared sizes are checked first (cheap), then the parts are inflated and
/// counted, since a crafted file can declare less than it holds. A ZIP that cannot be read at
/// all is left for calamine to report.
fn within(bytes: &[u8], budget: u64) -> Result<(), u64> {
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(());
    };
    let declared = (0..archive.len())
        .filter_map(|k| archive.by_index_raw(k).ok().map(|part| part.size()))
        .fold(0u64, u64::saturating_add);
    if declared > budget {
        return Err(declared);
    }
    let mut used = 0u64;
    for k in 0..archive.len() {
        let Ok(part) = archive.by_index(k) else {
            continue;
        };
        let left = budget - used;
        let read = io::copy(&mut part.take(left.saturating_add(1)), &mut io::sink()).unwrap_or(0);
        used = used.saturating_add(read);
        if used > budget {
            return Err(used);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_budget_grows_with_the_file_between_a_floor_and_a_cap() {
        assert_eq!(budget(1000), FLOOR_BYTES);
        assert_eq!(budget(1 << 20), 100 << 20);
        assert_eq!(budget(10 << 20), MAX_BYTES);
    }

    #[test]
    fn a_zip_that_inflates_beyond_the_budget_is_refused() {
        use std::io::Write;
        let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        writer
            .start_file("xl/worksheets/sheet1.xml", options)
            .unwrap();
        let block = vec![b'a'; 1 << 20];
        for _ in 0..3 {
            writer.write_all(&block).unwrap();
        }
        let bytes = writer.finish().unwrap().into_inner();
        assert!(bytes.len() < 64 * 1024, "{} bytes", bytes.len());
        assert_eq!(within(&bytes, 2 << 20), Err(3 << 20));
        assert_eq!(within(&bytes, 4 << 20), Ok(()));
    }

    #[test]
    fn text_saved_as_a_workbook_is_named_for_what_it_is() {
        let error = check("data.xls", b"id,x\n1,2\n", SheetKind::Xls).unwrap_err();
        let SheetError::Invalid(findings) = error else {
            panic!("expected findings")
        };
        assert_eq!(
            findings[0].message,
            "this .xls file is text, not a spreadsheet: rename it .csv"
        );
        assert!(check("data.xlsx", b"<html><table>", SheetKind::Xlsx).is_err());
        assert!(check("data.xlsx", OLE, SheetKind::Xlsx).is_err());
    }
}
