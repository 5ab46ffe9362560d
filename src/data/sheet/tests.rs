//! Tests of spreadsheet input: XLSX written with rust_xlsxwriter, ODS zipped by hand.

use std::io::{Cursor, Write};

use rust_xlsxwriter::{ExcelDateTime as XlsxDate, Format as CellFormat, Workbook, XlsxError};

use super::super::input::{Format, Input, ReadError, ReadOptions, parse as read_inputs};
use super::xlsx::{percent_text, shows_percent};
use super::*;

fn read(bytes: Vec<u8>, kind: SheetKind, sheet: Option<&str>) -> Result<Table, ReadError> {
    let input = Input {
        name: "x.xlsx".into(),
        format: Format::Sheet(kind),
        bytes,
    };
    let options = ReadOptions {
        sheet: sheet.map(str::to_owned),
        ..ReadOptions::default()
    };
    read_inputs(&[input], &options)
}

fn cells(table: &Table) -> Vec<Vec<&str>> {
    let width = table.columns().len();
    table
        .rows()
        .map(|row| (0..width).map(|c| row.get(c)).collect())
        .collect()
}

/// Sheet "Kỳ 1": a header at row 3 (two blank rows above), two data rows with a blank one between;
/// sheet "Kỳ 2": one row.
fn workbook() -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let first = workbook.add_worksheet().set_name("Kỳ 1")?;
    for (col, name) in [
        "code", "name", "pct", "count", "portal", "surveyed", "blank",
    ]
    .iter()
    .enumerate()
    {
        first.write_string(2, col as u16, *name)?;
    }
    first
        .write_number(3, 0, 80001)?
        .write_string(3, 1, "Phu\u{031b}o\u{031b}\u{0300}ng 4")?;
    first
        .write_number(3, 2, 85.5)?
        .write_number(3, 3, 12.0)?
        .write_boolean(3, 4, true)?;
    let date = CellFormat::new().set_num_format("yyyy-mm-dd");
    first.write_datetime_with_format(3, 5, XlsxDate::from_ymd(2024, 6, 30)?, &date)?;
    first.write_blank(3, 6, &CellFormat::new())?;
    first
        .write_number(5, 0, 80002)?
        .write_string(5, 1, "Xã Dương Xuân Hội")?;
    first
        .write_number(5, 2, 0.1 + 0.2)?
        .write_number(5, 3, -3.0)?
        .write_boolean(5, 4, false)?;
    let second = workbook.add_worksheet().set_name("Kỳ 2")?;
    second.write_string(0, 0, "code")?.write_number(1, 0, 7)?;
    workbook.save_to_buffer()
}

#[test]
fn xlsx_cells_read_as_text_with_sheet_rows_as_lines() {
    let table = read(workbook().unwrap(), SheetKind::Xlsx, None).unwrap();
    assert_eq!(
        table.columns(),
        [
            "code", "name", "pct", "count", "portal", "surveyed", "blank"
        ]
    );
    assert_eq!(table.sources()[0].header_line, 3);
    assert_eq!(
        cells(&table),
        [
            ["80001", "Phường 4", "85.5", "12", "true", "2024-06-30", ""],
            [
                "80002",
                "Xã Dương Xuân Hội",
                "0.30000000000000004",
                "-3",
                "false",
                "",
                ""
            ],
        ]
    );
    let lines: Vec<u64> = table.rows().map(|row| row.line()).collect();
    assert_eq!(lines, [4, 6]);
    assert!(table.sources()[0].decimal_comma());
    assert_eq!(table.sources()[0].delimiter, None);
}

#[test]
fn a_named_sheet_is_read_and_names_match_ignoring_case() {
    for name in ["Kỳ 2", "kỲ 2", " Ky\u{0300} 2 "] {
        let table = read(workbook().unwrap(), SheetKind::Xlsx, Some(name)).unwrap();
        assert_eq!(cells(&table), [["7"]], "{name}");
    }
}

#[test]
fn an_unknown_sheet_lists_the_sheets() {
    let error = read(workbook().unwrap(), SheetKind::Xlsx, Some("Kỳ 3")).unwrap_err();
    assert_eq!(
        error.to_string(),
        "'x.xlsx' has no sheet named 'Kỳ 3'; its sheets are: Kỳ 1, Kỳ 2"
    );
}

#[test]
fn a_corrupt_workbook_is_a_finding() {
    for kind in [SheetKind::Xlsx, SheetKind::Xls, SheetKind::Ods] {
        let Err(ReadError::Invalid(errors)) = read(b"not a workbook".to_vec(), kind, None) else {
            panic!()
        };
        assert_eq!(errors.findings[0].code, "D016");
    }
}

#[test]
fn an_empty_sheet_has_no_header() {
    let mut workbook = Workbook::new();
    workbook.add_worksheet();
    let Err(ReadError::Invalid(errors)) =
        read(workbook.save_to_buffer().unwrap(), SheetKind::Xlsx, None)
    else {
        panic!()
    };
    assert_eq!(errors.findings[0].code, "D011");
}

const ODS_MIME: &str = "application/vnd.oasis.opendocument.spreadsheet";

fn ods_cell(cell: &str) -> String {
    if let Some(percent) = cell.strip_suffix('%').and_then(|p| p.parse::<f64>().ok()) {
        let value = percent / 100.0;
        return format!(
            r#"<table:table-cell office:value-type="percentage" office:value="{value}"><text:p>{cell}</text:p></table:table-cell>"#
        );
    }
    match cell.parse::<f64>() {
        Ok(number) => format!(
            r#"<table:table-cell office:value-type="float" office:value="{number}"><text:p>{cell}</text:p></table:table-cell>"#
        ),
        Err(_) => format!(
            r#"<table:table-cell office:value-type="string"><text:p>{cell}</text:p></table:table-cell>"#
        ),
    }
}

/// A minimal ODS: mimetype (stored first), manifest and content with one table.
fn ods(rows: &[&[&str]]) -> zip::result::ZipResult<Vec<u8>> {
    let rows: String = rows
        .iter()
        .map(|row| {
            format!(
                "<table:table-row>{}</table:table-row>",
                row.iter().map(|c| ods_cell(c)).collect::<String>()
            )
        })
        .collect();
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Xã">{rows}</table:table></office:spreadsheet></office:body></office:document-content>"#
    );
    let manifest = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="{ODS_MIME}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#
    );
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, text) in [
        ("mimetype", ODS_MIME),
        ("META-INF/manifest.xml", &manifest),
        ("content.xml", &content),
    ] {
        zip.start_file(name, stored)?;
        zip.write_all(text.as_bytes())?;
    }
    Ok(zip.finish()?.into_inner())
}

#[test]
fn ods_is_read_like_xlsx() {
    let bytes = ods(&[
        &["code", "name", "pct"],
        &["80001", "Phường 4", "85.5"],
        &["80002", "Xã A", "12"],
    ])
    .unwrap();
    let table = read(bytes, SheetKind::Ods, None).unwrap();
    assert_eq!(table.columns(), ["code", "name", "pct"]);
    assert_eq!(
        cells(&table),
        [["80001", "Phường 4", "85.5"], ["80002", "Xã A", "12"]]
    );
    let lines: Vec<u64> = table.rows().map(|row| row.line()).collect();
    assert_eq!(lines, [2, 3]);
}

#[test]
fn percent_text_moves_the_decimal_point_exactly() {
    let cases = [
        (0.855, "85.5%"),
        (1.0, "100%"),
        (0.3, "30%"),
        (0.0001, "0.01%"),
        (-0.25, "-25%"),
        (0.0, "0%"),
        (12.5, "1250%"),
        (0.07, "7%"),
    ];
    for (number, text) in cases {
        assert_eq!(percent_text(number), text, "{number}");
    }
}

#[test]
fn percent_formats_are_recognised_outside_quotes() {
    assert!(shows_percent("0%") && shows_percent("0.0%") && shows_percent("#,##0.00 %"));
    assert!(
        !shows_percent("0.00")
            && !shows_percent("\"%\"0")
            && !shows_percent("0\\%")
            && !shows_percent("General")
    );
}

#[test]
fn xlsx_numbers_formatted_as_percentages_read_as_shown() {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    let custom = CellFormat::new().set_num_format("0.0%");
    let builtin = CellFormat::new().set_num_format_index(9);
    sheet
        .write_string(0, 0, "code")
        .unwrap()
        .write_string(0, 1, "pct")
        .unwrap()
        .write_string(0, 2, "plain")
        .unwrap();
    sheet
        .write_number(1, 0, 1)
        .unwrap()
        .write_number_with_format(1, 1, 0.855, &custom)
        .unwrap()
        .write_number(1, 2, 0.855)
        .unwrap();
    sheet
        .write_number(2, 0, 2)
        .unwrap()
        .write_number_with_format(2, 1, 1, &builtin)
        .unwrap()
        .write_number(2, 2, 1)
        .unwrap();
    let table = read(workbook.save_to_buffer().unwrap(), SheetKind::Xlsx, None).unwrap();
    assert_eq!(cells(&table), [["1", "85.5%", "0.855"], ["2", "100%", "1"]]);
}

#[test]
fn ods_percentage_cells_read_as_shown_like_xlsx() {
    let bytes = ods(&[&["code", "pct", "plain"], &["1", "85.5%", "0.855"]]).unwrap();
    let table = read(bytes, SheetKind::Ods, None).unwrap();
    assert_eq!(cells(&table), [["1", "85.5%", "0.855"]]);
}

#[test]
fn a_hidden_first_sheet_is_skipped_for_the_first_visible_one() {
    let mut workbook = Workbook::new();
    let old = workbook.add_worksheet().set_name("Cũ").unwrap();
    old.write_string(0, 0, "code")
        .unwrap()
        .write_number(1, 0, 1)
        .unwrap();
    old.set_hidden(true);
    let new = workbook.add_worksheet().set_name("Mới").unwrap();
    new.write_string(0, 0, "code")
        .unwrap()
        .write_number(1, 0, 2)
        .unwrap();
    new.set_active(true);
    let bytes = workbook.save_to_buffer().unwrap();
    assert_eq!(
        cells(&read(bytes.clone(), SheetKind::Xlsx, None).unwrap()),
        [["2"]]
    );
    assert_eq!(
        cells(&read(bytes, SheetKind::Xlsx, Some("Cũ")).unwrap()),
        [["1"]]
    );
}

#[test]
fn an_empty_first_sheet_lists_the_other_sheets() {
    let mut workbook = Workbook::new();
    workbook.add_worksheet().set_name("Trống").unwrap();
    let data = workbook.add_worksheet().set_name("Số liệu").unwrap();
    data.write_string(0, 0, "code").unwrap();
    let Err(ReadError::Invalid(errors)) =
        read(workbook.save_to_buffer().unwrap(), SheetKind::Xlsx, None)
    else {
        panic!()
    };
    assert_eq!(
        errors.findings[0].message,
        "sheet 'Trống' is empty: it has no header row; the workbook's other sheets are 'Số liệu': choose one with --sheet"
    );
}

/// The workbook with every cached formula result removed, as a script that writes XLSX without
/// computing leaves it.
fn without_cached_results(bytes: &[u8]) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    for k in 0..archive.len() {
        let mut part = archive.by_index(k).unwrap();
        let name = part.name().unwrap().into_owned();
        let mut text = Vec::new();
        std::io::Read::read_to_end(&mut part, &mut text).unwrap();
        if name.starts_with("xl/worksheets/") {
            let xml = String::from_utf8(text).unwrap();
            text = xml.replace("<v>0</v>", "").into_bytes();
        }
        out.start_file(name, options).unwrap();
        out.write_all(&text).unwrap();
    }
    out.finish().unwrap().into_inner()
}

#[test]
fn a_formula_without_a_computed_value_is_located() {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet
        .write_string(0, 0, "code")
        .unwrap()
        .write_string(0, 3, "total")
        .unwrap();
    sheet.write_number(1, 0, 1).unwrap();
    sheet.write_formula(2, 3, "=1+1").unwrap();
    sheet.write_number(2, 0, 2).unwrap();
    let bytes = without_cached_results(&workbook.save_to_buffer().unwrap());
    let Err(ReadError::Invalid(errors)) = read(bytes, SheetKind::Xlsx, None) else {
        panic!("a formula without a value must not read as missing")
    };
    let finding = &errors.findings[0];
    assert_eq!((finding.code, finding.line, finding.column), ("D021", 3, 4));
    assert!(
        finding.message.starts_with(
            "formula without a computed value at D3; open and save the file in Excel/LibreOffice"
        ),
        "{}",
        finding.message
    );
}
