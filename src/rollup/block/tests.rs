use super::*;
use crate::criteria::{Measure, Origin, Rollup};
use crate::data::values::parse_number;

fn plan(delimiter: u8) -> Plan {
    let rollup = Rollup {
        name: "households".into(),
        key: "code".into(),
        weight: Some("w".into()),
        prefer: None,
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
            if let Some(fast) = decimal(cell.as_bytes()) {
                assert_eq!(Ok(fast), parse_number(cell, comma), "{cell} {comma}");
            }
        }
    }
}

/// Everything a chunk says, to compare the hand splitter with the csv crate.
fn summary(chunk: &Chunk) -> String {
    let groups: Vec<String> = chunk
        .groups
        .entries
        .iter()
        .map(|g| {
            let totals: Vec<String> = g
                .totals
                .iter()
                .map(|t| format!("{}/{}/{}", t.weighted.value(), t.weights.value(), t.rows))
                .collect();
            format!("{}@{}:{} {}", g.key, g.line, g.rows, totals.join(" "))
        })
        .collect();
    format!(
        "{groups:?} {:?} {:?} {} {}",
        chunk.errors, chunk.notes, chunk.rows, chunk.newlines
    )
}

#[test]
fn the_hand_splitter_reads_what_the_csv_crate_reads() {
    let blocks: [&[u8]; 8] = [
        b"1,2,yes,10\r\n1,1,0,40\r\n\r\n2,1,1,\r\n2,0.5,no,7.25",
        b"1,1,maybe,10\n\n1,x,yes,10\n1,1,yes,1.5.2\n 3 , 2 ,1, 4 \n",
        b" ,1,yes,1\n1,1\n1,1,yes,1,extra\n1,1,maybe,1\n1,1,1,1,,\n",
        b"1,-1,1,1\n1,na,1,1\n1,1,NA,-\n1,1e3,1,12345678901234567\n1,.5,1,1.\n",
        "x,1,có,1\nx,1,không,2\ny,1,1,3".as_bytes(),
        b",,,\n  ,  ,,\n9,0001.50,1,000\n",
        // Repeated keys, the same with spaces, and a key missing between them.
        b"1,1,1,1\n 1 ,1,1,2\n1,1,1,3\n ,1,1,1\n1,2,0,4\n2,1,1,1\r\n1,1,1,5",
        "xã,1,1,1\nxã,2,1,1\nxa\u{0303},1,0,1\nxã ,1,1,7\n".as_bytes(),
    ];
    for bytes in blocks {
        for lenient in [false, true] {
            let fast = parse_with(bytes, &plan(b','), lenient, 0, true);
            let slow = parse_with(bytes, &plan(b','), lenient, 0, false);
            assert!(plain(bytes, b','), "{bytes:?}");
            assert_eq!(summary(&fast), summary(&slow), "{bytes:?}");
        }
    }
    let semicolons = b"1;0,5;yes;2,5\n1;1;1;3\n";
    assert_eq!(
        summary(&parse_with(semicolons, &plan(b';'), false, 0, true)),
        summary(&parse_with(semicolons, &plan(b';'), false, 0, false))
    );
}

#[test]
fn quotes_and_lone_carriage_returns_go_to_the_csv_crate() {
    assert!(!plain(b"1,\"2\",1,1\n", b','));
    assert!(!plain(b"1,2,1,1\r1,2,1,1\n", b','));
    assert!(plain(b"1,2,1,1\r\n", b','));
    assert!(!plain(b"1,2,1,1\n", b'"'));
    let chunk = parse(b"1,1,1,1\r2,1,1,1\n", &plan(b','), false, 0);
    assert_eq!(chunk.rows, 2);
}

#[test]
fn the_fast_decimal_agrees_with_the_standard_parser() {
    let cells = [
        "0",
        "1",
        "7",
        "10",
        "0.1",
        "0.3",
        "123.456",
        "999999999999999",
        "0.00000000000001",
        "3.14159265358979",
        "00012.50",
        "98765.4321",
    ];
    for cell in cells {
        assert_eq!(
            decimal(cell.as_bytes()),
            Some(cell.parse::<f64>().unwrap()),
            "{cell}"
        );
    }
    for cell in [
        "",
        ".5",
        "1.",
        "1.2.3",
        "-1",
        "+1",
        "1e3",
        "1,5",
        "50%",
        "na",
        "1234567890123456",
    ] {
        assert_eq!(decimal(cell.as_bytes()), None, "{cell}");
    }
}

#[test]
fn the_mark_mask_finds_exactly_the_delimiters_and_line_breaks() {
    // Every byte value at every position of a chunk, among neighbours that trip naive
    // zero-byte tricks (0x00, 0x01, 0x80, 0xFF, the delimiter itself).
    let neighbours = [0x00u8, 0x01, 0x80, 0xFF, b',', b'\n', b';', b'a'];
    for delimiter in [b',', b';', b'\t', b'|'] {
        for len in [0usize, 1, 7, 8, 9, 63, 64] {
            for value in 0..=255u8 {
                for (n, &neighbour) in neighbours.iter().enumerate() {
                    let mut chunk = vec![neighbour; len];
                    if len > 0 {
                        chunk[(value as usize + n) % len] = value;
                    }
                    let expected = chunk.iter().enumerate().fold(0u64, |mask, (i, &b)| {
                        mask | (u64::from(b == delimiter || b == b'\n') << i)
                    });
                    assert_eq!(
                        marks(&chunk, delimiter),
                        expected,
                        "{chunk:?} / {delimiter}"
                    );
                }
            }
        }
    }
}
