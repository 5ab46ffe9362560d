//! `dtm template`: the XLSX a province collects data on opens as expected, and a template filled
//! with the seeds' values scores exactly like the seeds' CSV.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

use calamine::{Data, Reader, Xlsx, open_workbook};
use rust_xlsxwriter::Workbook;

const SEEDS: &str = "seeds/long-an-communes.csv";

fn dtm(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_dtm"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .expect("dtm runs")
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("template");
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir.join(name)
}

fn text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        other => other.to_string(),
    }
}

/// The seeds' rows of one period, by commune code, as header → cell.
fn seed_rows(period: &str) -> HashMap<String, HashMap<String, String>> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(SEEDS);
    let mut reader = csv::Reader::from_path(path).expect("seeds");
    let headers: Vec<String> = reader
        .headers()
        .expect("header")
        .iter()
        .map(str::to_owned)
        .collect();
    let mut rows = HashMap::new();
    for record in reader.records() {
        let record = record.expect("seed row");
        let row: HashMap<String, String> = headers
            .iter()
            .cloned()
            .zip(record.iter().map(str::to_owned))
            .collect();
        if row.get("period").map(String::as_str) == Some(period) {
            rows.insert(row["commune_code"].clone(), row);
        }
    }
    rows
}

#[test]
fn the_xlsx_template_has_its_sheets_guide_row_units_and_validation() {
    let path = scratch("vi.xlsx");
    let out = dtm(&[
        "template",
        "--units",
        SEEDS,
        "--period",
        "2026",
        "--lang",
        "vi",
        "-o",
        path.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut workbook: Xlsx<_> = open_workbook(&path).expect("an XLSX");
    assert_eq!(workbook.sheet_names(), ["Dữ liệu", "Hướng dẫn"]);
    let data = workbook.worksheet_range("Dữ liệu").expect("data sheet");
    let header: Vec<String> = data.rows().next().unwrap().iter().map(text).collect();
    assert_eq!(
        header[..5],
        ["commune_code", "commune_name", "district", "kind", "period"]
    );
    let guide: Vec<String> = data.rows().nth(1).unwrap().iter().map(text).collect();
    assert!(guide[0].starts_with("# Mã đơn vị"), "{guide:?}");
    let units: Vec<Vec<String>> = data
        .rows()
        .skip(2)
        .map(|r| r.iter().map(text).collect())
        .collect();
    assert_eq!(units.len(), 186, "one row per seed commune");
    assert!(
        units
            .iter()
            .all(|row| row[4] == "2026" && !row[0].is_empty())
    );
    assert!(
        units
            .iter()
            .all(|row| row[5..].iter().all(String::is_empty)),
        "indicators blank"
    );

    let mut sheet_xml = String::new();
    let file = std::fs::File::open(&path).unwrap();
    let mut zip = zip::ZipArchive::new(file).expect("a zip");
    zip.by_name("xl/worksheets/sheet1.xml")
        .unwrap()
        .read_to_string(&mut sheet_xml)
        .unwrap();
    let indicators = header.len() - 5;
    assert_eq!(
        sheet_xml.matches("<dataValidation ").count(),
        indicators,
        "one per indicator column"
    );
    assert!(
        sheet_xml.contains("<pane xSplit=\"2\" ySplit=\"2\""),
        "header rows and names frozen"
    );
    assert!(
        sheet_xml.contains("\"có,không\""),
        "yes/no lists in Vietnamese"
    );
}

#[test]
fn a_filled_xlsx_template_scores_exactly_like_the_seeds_csv() {
    let template = scratch("en.xlsx");
    let out = dtm(&[
        "template",
        "--units",
        SEEDS,
        "--period",
        "2024",
        "-o",
        template.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut workbook: Xlsx<_> = open_workbook(&template).expect("an XLSX");
    let sheet = workbook.sheet_names()[0].clone();
    let range = workbook.worksheet_range(&sheet).expect("data sheet");
    let rows: Vec<Vec<String>> = range.rows().map(|r| r.iter().map(text).collect()).collect();
    let seeds = seed_rows("2024");

    // Fill it as a person would: keep the header and guide rows, type each commune's values.
    let mut filled = Workbook::new();
    let out_sheet = filled.add_worksheet();
    for (r, row) in rows.iter().enumerate() {
        let values = seeds.get(&row[0]);
        for (c, cell) in row.iter().enumerate() {
            let value = match (r, values) {
                (0 | 1, _) => cell.clone(),
                (_, Some(values)) if c >= 5 => values[&rows[0][c]].clone(),
                _ => cell.clone(),
            };
            match value.parse::<f64>() {
                Ok(number) if r >= 2 && c >= 5 => {
                    out_sheet.write_number(r as u32, c as u16, number)
                }
                _ => out_sheet.write_string(r as u32, c as u16, &value),
            }
            .expect("cell written");
        }
    }
    let filled_path = scratch("filled.xlsx");
    filled.save(&filled_path).expect("saved");

    let from_template = dtm(&[
        "score",
        filled_path.to_str().unwrap(),
        "--format",
        "csv",
        "--detail",
    ]);
    let from_seeds = dtm(&[
        "score", SEEDS, "--period", "2024", "--format", "csv", "--detail",
    ]);
    assert!(
        from_template.status.success(),
        "{}",
        String::from_utf8_lossy(&from_template.stderr)
    );
    assert!(from_seeds.status.success());
    assert_eq!(
        String::from_utf8_lossy(&from_template.stdout),
        String::from_utf8_lossy(&from_seeds.stdout)
    );
}

#[test]
fn a_csv_template_reads_back_with_its_guide_row_skipped() {
    let path = scratch("t.csv");
    let out = dtm(&[
        "template",
        "--units",
        SEEDS,
        "--period",
        "2024",
        "-o",
        path.to_str().unwrap(),
    ]);
    assert!(out.status.success());
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.starts_with('\u{feff}'),
        "a BOM so that Excel reads UTF-8"
    );
    assert_eq!(text.lines().count(), 2 + 186);
    let check = dtm(&["check", "--data", path.to_str().unwrap()]);
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
}
