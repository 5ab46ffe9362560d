use super::*;
use crate::criteria::{Measure, Origin, Rollup};

fn plan(delimiter: u8) -> Plan {
    let rollup = Rollup {
        name: "households".into(),
        key: "code".into(),
        weight: Some("w".into()),
        measures: vec![
            ("n".into(), Measure::Count),
            ("phone_pct".into(), Measure::Share("phone".into())),
            ("spend".into(), Measure::Mean("spend".into())),
        ],
        origin: Origin::default(),
    };
    let names = ["code", "w", "phone", "spend"].map(String::from).to_vec();
    Plan::new(&rollup, None, "m.csv", 1, names, delimiter).unwrap()
}

fn lines(chunk: &Chunk) -> Vec<(u64, &str)> {
    chunk
        .errors
        .kept
        .iter()
        .map(|p| (p.line, p.code.code))
        .collect()
}

#[test]
fn rows_add_up_per_commune_with_weights() {
    let chunk = parse(
        "1,2,yes,10\n1,1,no,40\n2,1,có,\n".as_bytes(),
        &plan(b','),
        false,
        0,
    );
    assert!(chunk.errors.kept.is_empty());
    assert_eq!((chunk.rows, chunk.newlines), (3, 3));
    let one = &chunk.groups.entries[0];
    assert_eq!((one.key.as_str(), one.rows), ("1", 2));
    assert_eq!(one.totals[0].weights.value(), 3.0);
    assert_eq!(one.totals[1].weighted.value(), 2.0);
    assert_eq!(one.totals[2].weighted.value(), 60.0);
    let two = &chunk.groups.entries[1];
    assert_eq!((two.totals[1].rows, two.totals[2].rows), (1, 0));
}

#[test]
fn bad_values_are_located_by_line_and_column() {
    let chunk = parse(
        b"1,1,maybe,10\n\n1,x,yes,10\n1,1,yes,1.5.2\n",
        &plan(b','),
        false,
        0,
    );
    assert_eq!(lines(&chunk), [(1, "D008"), (3, "D004"), (4, "D004")]);
    assert_eq!(chunk.errors.kept[0].column, "phone");
    assert!(chunk.errors.kept[0].message.contains("'maybe'"));
}

#[test]
fn structural_problems_are_errors_even_when_lenient() {
    let chunk = parse(
        b" ,1,yes,1\n1,1\n1,1,yes,1,extra\n1,1,maybe,1\n",
        &plan(b','),
        true,
        0,
    );
    assert_eq!(lines(&chunk), [(1, "D003"), (2, "D009"), (3, "D010")]);
    assert_eq!(chunk.notes.kept.len(), 1);
    assert_eq!(chunk.groups.entries[0].totals[1].rows, 0);
}

#[test]
fn decimal_commas_follow_the_delimiter() {
    let chunk = parse(b"1;0,5;yes;2,5\n", &plan(b';'), false, 0);
    assert!(chunk.errors.kept.is_empty());
    assert_eq!(chunk.groups.entries[0].totals[2].weighted.value(), 1.25);
    let chunk = parse(b"1,\"0,5\",yes,1\n", &plan(b','), false, 0);
    assert_eq!(lines(&chunk), [(1, "D004")]);
}

#[test]
fn negative_weights_and_invalid_utf8_are_errors() {
    let chunk = parse(b"1,-1,yes,1\n", &plan(b','), false, 0);
    assert_eq!(lines(&chunk), [(1, "D006")]);
    let chunk = parse(b"1,1,yes,1\n1,1,\xff,1\n", &plan(b','), false, 0);
    assert_eq!(lines(&chunk), [(2, "D014")]);
}

#[test]
fn problems_beyond_the_cap_are_counted() {
    let text = "1,1,maybe,1\n".repeat(KEPT + 7);
    let chunk = parse(text.as_bytes(), &plan(b','), false, 0);
    assert_eq!((chunk.errors.kept.len(), chunk.errors.more), (KEPT, 7));
}

#[test]
fn crlf_lines_are_counted_like_lf_lines() {
    let chunk = parse(b"1,1,yes,1\r\n1,1,maybe,1\r\n", &plan(b','), false, 0);
    assert_eq!(lines(&chunk), [(2, "D008")]);
}

#[test]
fn the_fast_number_path_reads_like_the_survey_reader() {
    for cell in [
        "12", "0.5", "007", "1.", ".5", ".", "1e3", "-2", "3,5", "1.2.3", "9%", "",
    ] {
        for comma in [false, true] {
            assert_eq!(
                number(cell, comma),
                parse_number(cell, comma),
                "{cell} {comma}"
            );
        }
    }
}
