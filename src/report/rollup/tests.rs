use super::*;
use crate::criteria::Measure;
use crate::rollup::{Commune, Value};

fn rolled() -> Rolled {
    let commune = |key: &str, share: Option<f64>, rows: u64| Commune {
        key: key.into(),
        period: Some("2024".into()),
        rows,
        file: "m.csv".into(),
        line: 2,
        values: vec![
            Value { value: share, rows },
            Value {
                value: Some(rows as f64 * 1.5),
                rows,
            },
        ],
    };
    Rolled {
        name: "households".into(),
        key: "commune_code".into(),
        period: Some("period".into()),
        measures: vec![
            ("phone_pct".into(), Measure::Share("phone".into())),
            ("surveyed".into(), Measure::Count),
        ],
        communes: vec![commune("0101", Some(62.5), 8), commune("0102", None, 0)],
        rows: 8,
        notes: Vec::new(),
        more_notes: 0,
    }
}

fn text(render: fn(&Rolled, &mut dyn Write) -> io::Result<()>) -> String {
    let mut out = Vec::new();
    render(&rolled(), &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn csv_has_a_value_and_a_rows_column_per_measure() {
    insta::assert_snapshot!(text(csv), @r"
    commune_code,period,phone_pct,phone_pct_rows,surveyed,surveyed_rows
    0101,2024,62.5,8,12,8
    0102,2024,,0,0,0
    ");
}

#[test]
fn json_is_one_object_per_commune_in_column_order() {
    insta::assert_snapshot!(text(json), @r#"
    [
      {"commune_code": "0101", "period": "2024", "phone_pct": 62.5, "phone_pct_rows": 8, "surveyed": 12.0, "surveyed_rows": 8},
      {"commune_code": "0102", "period": "2024", "phone_pct": null, "phone_pct_rows": 0, "surveyed": 0.0, "surveyed_rows": 0}
    ]
    "#);
}

#[test]
fn xlsx_is_a_workbook_with_the_same_columns() {
    let mut out = Vec::new();
    xlsx(&rolled(), &mut out).unwrap();
    assert!(out.starts_with(b"PK\x03\x04"));
    let mut archive = zip::ZipArchive::new(io::Cursor::new(out)).unwrap();
    let mut sheet = String::new();
    io::Read::read_to_string(
        &mut archive.by_name("xl/worksheets/sheet1.xml").unwrap(),
        &mut sheet,
    )
    .unwrap();
    assert!(sheet.contains("<v>62.5</v>"), "{sheet}");
    let mut strings = String::new();
    io::Read::read_to_string(
        &mut archive.by_name("xl/sharedStrings.xml").unwrap(),
        &mut strings,
    )
    .unwrap();
    assert!(strings.contains("phone_pct_rows") && strings.contains("0101"));
}
