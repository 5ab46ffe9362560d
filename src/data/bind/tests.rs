//! Tests of binding tables to criteria: values, every kind of finding, lenient mode.

use crate::criteria::Scale;
use crate::data::{Raw, RawCell};

use super::super::input::{Format, Input, ReadOptions, parse};
use super::*;
use crate::testkit::{csv_table, indicator, standard};

const HEADER: &str = "code,name,district,pct,portal,team\n";

fn bind_csv(files: &[(&str, &str)], lenient: bool) -> Result<Dataset, DataErrors> {
    bind(&csv_table(files), &standard(), &BindOptions { lenient })
}

fn errors(files: &[(&str, &str)]) -> Vec<String> {
    match bind_csv(files, false) {
        Ok(dataset) => panic!("expected errors, got {dataset:?}"),
        Err(errors) => errors.findings.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn binds_entities_and_values_in_indicator_order() {
    let text = "team,pct,code,district,name,portal\nforming,85.5,80001,Châu Thành,Xã Dương Xuân Hội,có\n NONE ,NA,80002,Cần Giuộc,Thị trấn Cần Giuộc,\n";
    let dataset = bind_csv(&[("a.csv", text)], false).unwrap();
    let first = &dataset.entities[0];
    assert_eq!(
        (
            first.id.as_str(),
            first.name.as_str(),
            first.groups.as_slice()
        ),
        ("80001", "Xã Dương Xuân Hội", &["Châu Thành".to_owned()][..])
    );
    assert_eq!(first.period, None);
    assert_eq!(
        first.row,
        RowRef {
            file: "a.csv".into(),
            line: 2
        }
    );
    assert_eq!(
        dataset.row(0),
        [
            Some(Raw::Number(85.5)),
            Some(Raw::Bool(true)),
            Some(Raw::Label(1))
        ]
    );
    assert_eq!(dataset.row(1), [None, None, Some(Raw::Label(0))]);
    assert!(dataset.lenient.is_empty());
}

#[test]
fn semicolons_bring_decimal_commas() {
    let dataset = bind_csv(
        &[(
            "a.csv",
            "code;name;district;pct;portal;team\n1;A;D;85,5%;0;none\n",
        )],
        false,
    )
    .unwrap();
    assert_eq!(dataset.value(0, 0), Some(Raw::Number(85.5)));
}

#[test]
fn windows_1258_labels_and_names_match_after_nfc() {
    // "hoạt động": a + combining dot below (F2); đ (F0); ô (F4) + dot below.
    let mut bytes = HEADER.as_bytes().to_vec();
    bytes.extend(b"1,X\xE3 A,D,1,kh\xF4ng,ho\x61\xF2t \xF0\xF4\xF2ng\n");
    let input = Input {
        name: "w.csv".into(),
        format: Format::Csv { tab: false },
        bytes,
    };
    let options = ReadOptions {
        encoding: Some("windows-1258".into()),
        ..ReadOptions::default()
    };
    let table = parse(&[input], &options).unwrap();
    let dataset = bind(&table, &standard(), &BindOptions::default()).unwrap();
    assert_eq!(
        dataset.row(0)[1..],
        [Some(Raw::Bool(false)), Some(Raw::Label(2))]
    );
}

#[test]
fn a_bad_number_names_file_line_column_and_value() {
    let text = format!("{HEADER}1,A,D,10,1,none\n2,B,D,8o,1,none\n");
    assert_eq!(
        errors(&[("seeds/x.csv", &text)]),
        ["seeds/x.csv:3: error[D004]: column 'pct': '8o' is not a number (at pct)"]
    );
}

#[test]
fn a_huge_bad_value_is_quoted_cut_at_80_characters() {
    let huge = "9".repeat(40_000) + "x";
    let text = format!("{HEADER}1,A,D,{huge},1,none\n");
    let found = errors(&[("x.csv", &text)]);
    assert_eq!(found.len(), 1);
    assert!(found[0].len() < 300, "{} characters", found[0].len());
    assert!(
        found[0].contains(&format!("'{}…'", "9".repeat(80))),
        "{}",
        found[0]
    );
}

#[test]
fn look_alike_periods_and_invisible_ids_are_findings() {
    let header = "code,name,district,pct,portal,team,period\n";
    let text = format!(
        "{header}1,A,D,10,1,none,2024\n2,B,D,10,1,none,2024.0\n3\u{200D},C,D,1,1,none,2024\n"
    );
    let mut criteria = standard();
    criteria.entity.period = Some("period".into());
    let found: Vec<String> = bind(
        &csv_table(&[("x.csv", &text)]),
        &criteria,
        &BindOptions::default(),
    )
    .unwrap_err()
    .findings
    .iter()
    .map(ToString::to_string)
    .collect();
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].starts_with("x.csv:4: error[D020]"), "{}", found[0]);
    assert!(found[1].starts_with("x.csv:3: error[D019]"), "{}", found[1]);
    assert!(
        found[1].contains("'2024' (first at x.csv:2) and '2024.0'"),
        "{}",
        found[1]
    );
}

#[test]
fn every_value_problem_is_reported_in_one_pass() {
    let text = format!("{HEADER}1,A,D,NaN,maybe,active\n2,B,D,120,1,none\n3,C,D,1e999,y,none\n");
    let found = errors(&[("x.csv", &text)]);
    let codes: Vec<&str> = found
        .iter()
        .map(|line| &line[line.find('[').unwrap() + 1..][..4])
        .collect();
    assert_eq!(codes, ["D005", "D008", "D007", "D006", "D005"]);
    assert!(
        found[2].contains("'active' is not one of the categories: none, forming, hoạt động"),
        "{}",
        found[2]
    );
    assert!(
        found[3].starts_with("x.csv:3:")
            && found[3].contains("'120' is outside the indicator's range [0, 100]")
    );
}

#[test]
fn short_and_long_rows_are_structural() {
    let text = format!("{HEADER}1,A,D,10,1\n2,B,D,10,1,none,extra\n3,C,D,10,1,none,,\n");
    let found = errors(&[("x.csv", &text)]);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(
        found[0].starts_with("x.csv:2: error[D009]: the row has 5 fields but the header has 6")
    );
    assert!(found[1].starts_with("x.csv:3: error[D010]: the row has values in 7 fields"));
    assert!(
        bind_csv(&[("x.csv", &text)], true).is_err(),
        "lenient does not excuse them"
    );
}

#[test]
fn empty_and_duplicate_ids() {
    let first = format!("{HEADER}1,A,D,10,1,none\n NA ,B,D,10,1,none\n");
    let second = format!("{HEADER}1,C,D,10,1,none\n");
    let found = errors(&[("a.csv", &first), ("b.csv", &second)]);
    assert_eq!(found.len(), 2);
    assert_eq!(
        found[0],
        "a.csv:3: error[D003]: column 'code': the row has no commune id (at code)"
    );
    assert_eq!(
        found[1],
        "b.csv:2: error[D002]: column 'code': commune id '1' appears twice: first at a.csv:2, again here; ids must be unique (at code)"
    );
}

#[test]
fn ids_are_unique_per_period_and_periods_must_be_given() {
    let mut criteria = standard();
    criteria.entity.period = Some("period".into());
    let table = csv_table(&[(
        "p.csv",
        "code,name,district,period,pct,portal,team\n1,A,D,2024,1,1,none\n1,A,D,2025,2,1,none\n1,A,D,2025,3,1,none\n2,B,D, ,1,1,none\n",
    )]);
    let Err(errors) = bind(&table, &criteria, &BindOptions::default()) else {
        panic!()
    };
    let found: Vec<String> = errors.findings.iter().map(ToString::to_string).collect();
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].starts_with("p.csv:4: error[D002]: column 'code': commune id '1' appears twice in period '2025': first at p.csv:3"));
    assert!(
        found[1]
            .starts_with("p.csv:5: error[D013]: column 'period': the row for '2' has no period")
    );
    let table = csv_table(&[(
        "p.csv",
        "code,name,district,period,pct,portal,team\n1,A,D,2024,1,1,none\n1,A,D,2025,2,1,none\n",
    )]);
    let dataset = bind(&table, &criteria, &BindOptions::default()).unwrap();
    assert_eq!(dataset.periods(), ["2024", "2025"]);
}

#[test]
fn missing_columns_are_listed_with_suggestions() {
    let text = "Code,name,distrct,pct,portal\n1,A,D,10,1\n";
    let found = errors(&[("x.csv", text)]);
    assert_eq!(found.len(), 3, "{found:?}");
    assert_eq!(
        found[0],
        "x.csv:1: error[D001]: column 'code' (the commune id column) is not in the data; the data has columns \
         'Code', 'name', 'distrct', 'pct', 'portal'; did you mean 'Code'? (at code)"
    );
    assert!(
        found[1].contains("column 'district' (a group column)")
            && found[1].contains("did you mean 'distrct'?")
    );
    assert!(
        found[2].contains("column 'team' (the column of indicator 'team')")
            && !found[2].contains("did you mean")
    );
}

#[test]
fn an_indicator_reads_its_own_column_name() {
    let mut criteria = standard();
    let mut renamed = indicator("online", Scale::Goalpost([0.0, 80.0]));
    renamed.column = Some("online_dossier_pct".into());
    criteria.pillars[0].children = crate::criteria::Children::Indicators(vec![renamed]);
    let table = csv_table(&[("x.csv", "code,name,district,online_dossier_pct\n1,A,D,40\n")]);
    let dataset = bind(&table, &criteria, &BindOptions::default()).unwrap();
    assert_eq!(dataset.columns, [[RawCell::from(Some(Raw::Number(40.0)))]]);
}

#[test]
fn a_file_with_only_a_header_has_no_data() {
    let found = errors(&[
        ("a.csv", &format!("{HEADER}1,A,D,10,1,none\n")),
        ("b.csv", HEADER),
    ]);
    assert_eq!(
        found,
        ["b.csv:1: error[D011]: the file has a header but no data rows"]
    );
}

#[test]
fn lenient_turns_bad_values_missing_and_lists_each() {
    let text = format!("{HEADER}1,A,D,8o,maybe,none\n2,B,D,50,1,active\n");
    let dataset = bind_csv(&[("x.csv", &text)], true).unwrap();
    assert_eq!(
        [dataset.row(0), dataset.row(1)],
        [
            [None, None, Some(Raw::Label(0))],
            [Some(Raw::Number(50.0)), Some(Raw::Bool(true)), None]
        ]
    );
    let notes: Vec<(u64, &str, &str, &str)> = dataset
        .lenient
        .iter()
        .map(|n| {
            (
                n.row.line,
                n.entity.as_str(),
                n.column.as_str(),
                n.value.as_str(),
            )
        })
        .collect();
    assert_eq!(
        notes,
        [
            (2, "1", "pct", "8o"),
            (2, "1", "portal", "maybe"),
            (3, "2", "team", "active")
        ]
    );
    assert_eq!(dataset.lenient[0].reason, "not a number");
}

#[test]
fn findings_are_capped_for_display_but_all_kept() {
    let mut text = HEADER.to_owned();
    (0..60).for_each(|id| text.push_str(&format!("{id},A,D,x,1,none\n")));
    let Err(errors) = bind_csv(&[("x.csv", &text)], false) else {
        panic!()
    };
    assert_eq!(
        (errors.findings.len(), errors.shown().len(), errors.hidden()),
        (60, 50, 10)
    );
    assert!(
        errors
            .to_string()
            .ends_with("… and 10 more data errors not shown")
    );
}

mod never_panics {
    use proptest::prelude::*;

    use super::super::super::input::{Format, Input, ReadOptions, parse};
    use super::super::super::sheet::SheetKind;
    use super::*;

    fn read_and_bind(bytes: Vec<u8>, format: Format) {
        let input = Input {
            name: "p.csv".into(),
            format,
            bytes,
        };
        if let Ok(table) = parse(&[input], &ReadOptions::default()) {
            let _ = bind(&table, &standard(), &BindOptions { lenient: false });
            let _ = bind(&table, &standard(), &BindOptions { lenient: true });
        }
    }

    proptest! {
        #[test]
        fn on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            read_and_bind(bytes.clone(), Format::Csv { tab: false });
            read_and_bind(bytes, Format::Sheet(SheetKind::Xlsx));
        }

        #[test]
        fn on_csv_like_text(body in "([a-z0-9 .,;\t\"%\r\n-]|có|ệ|e\u{0323}\u{0302}|NA|1e999){0,80}") {
            read_and_bind(format!("{HEADER}{body}").into_bytes(), Format::Csv { tab: false });
            read_and_bind(body.into_bytes(), Format::Csv { tab: false });
        }
    }
}

#[test]
fn a_synthetic_column_marks_rows_and_a_bad_mark_is_located() {
    let text = "code,name,district,pct,portal,team,synthetic\n1,A,D,50,có,none,có\n2,B,D,50,có,none,\n3,C,D,50,có,none,không\n";
    let dataset = bind_csv(&[("a.csv", text)], false).unwrap();
    let marks: Vec<bool> = dataset.entities.iter().map(|e| e.synthetic).collect();
    assert_eq!(marks, [true, false, false]);
    let without = bind_csv(&[("b.csv", &format!("{HEADER}1,A,D,50,có,none\n"))], false).unwrap();
    assert!(!without.entities[0].synthetic);
    let bad = "code,name,district,pct,portal,team,synthetic\n1,A,D,50,có,none,maybe\n";
    let found = errors(&[("c.csv", bad)]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with(
            "c.csv:2: error[D008]: column 'synthetic': 'maybe' is not a yes/no answer"
        ),
        "{found:?}"
    );
}

/// `text` bound with values read a row a block, three rows a block and in one block: one result.
fn bind_in_blocks(text: &str, lenient: bool) -> Result<Dataset, DataErrors> {
    let table = csv_table(&[("x.csv", text)]);
    let options = BindOptions { lenient };
    let [one, three, all] =
        [1, 3, BLOCK_ROWS].map(|rows| bind_in(&table, &standard(), &options, rows));
    assert_eq!(one, three);
    assert_eq!(one, all);
    one
}

#[test]
fn a_rows_findings_come_in_row_order_its_commune_first() {
    let text = format!(
        "{HEADER}1,A,D,NaN,1,none\n1,B,D,200,1,none\n,C,D,x,1,none\n2,D,D,10,1\n3,E,D,1,1,none\n4,F,D,1,maybe,none\n"
    );
    let found = bind_in_blocks(&text, false).unwrap_err().findings;
    let at: Vec<(u32, &str)> = found.iter().map(|f| (f.line, f.code)).collect();
    assert_eq!(
        at,
        [
            (2, "D005"),
            (3, "D002"),
            (3, "D006"),
            (4, "D003"),
            (4, "D004"),
            (5, "D009"),
            (7, "D008")
        ]
    );
    // Lenient: the notes in row order, the row without an id under no id, its values dropped.
    let text = format!("{HEADER}1,A,D,NaN,1,none\n2,B,D,5,maybe,none\n3,C,D,x,1,none\n");
    let dataset = bind_in_blocks(&text, true).unwrap();
    let notes: Vec<(u64, &str)> = dataset
        .lenient
        .iter()
        .map(|n| (n.row.line, n.entity.as_str()))
        .collect();
    assert_eq!(notes, [(2, "1"), (3, "2"), (4, "3")]);
    let text = format!("{HEADER}1,A,D,NaN,1,none\n,B,D,5,maybe,none\n");
    let errors = bind_in_blocks(&text, true).unwrap_err();
    assert_eq!(errors.findings.len(), 1);
}

proptest::proptest! {
    #[test]
    fn values_read_in_blocks_bind_as_in_one(
        rows in proptest::collection::vec(
            ("[1-4 ]?", "(10|NaN|200|x|)", "(1|có|maybe|)", "(none|active|q|)", proptest::bool::ANY),
            0..12,
        ),
        lenient in proptest::bool::ANY,
    ) {
        let mut text = HEADER.to_owned();
        for (id, pct, portal, team, short) in &rows {
            let team = if *short { String::new() } else { format!(",{team}") };
            text.push_str(&format!("{id},N,D,{pct},{portal}{team}\n"));
        }
        let _ = bind_in_blocks(&text, lenient);
    }
}
