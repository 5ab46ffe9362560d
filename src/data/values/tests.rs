//! Tests of cell parsing.

use super::*;
use crate::testkit::{indicator, team_scale as categories};

fn number(cell: &str) -> Result<f64, Problem> {
    parse_number(cell, false)
}

#[test]
fn missing_tokens() {
    for cell in [
        "",
        "  ",
        "NA",
        "na",
        " N/A ",
        "n/a",
        "null",
        "NULL",
        "nuLL",
        "-",
        " - ",
        "\u{a0}na\t",
    ] {
        assert!(is_missing(cell), "{cell:?}");
    }
    for cell in [
        "0", "--", "-5", "none", "NaN", "nan", "n/aa", "nul", "nulls", "a", "n-a",
    ] {
        assert!(!is_missing(cell), "{cell:?}");
    }
}

#[test]
fn numbers_with_points_signs_exponents_and_whitespace() {
    assert_eq!(number("85.5"), Ok(85.5));
    assert_eq!(number(" 12 "), Ok(12.0));
    assert_eq!(number("-3"), Ok(-3.0));
    assert_eq!(number("1e3"), Ok(1000.0));
    assert_eq!(number(".5"), Ok(0.5));
}

#[test]
fn a_trailing_percent_sign_is_dropped() {
    assert_eq!(number("85.5%"), Ok(85.5));
    assert_eq!(number(" 85 % "), Ok(85.0));
    assert_eq!(number("%").map_err(|p| p.code), Err(NOT_A_NUMBER));
    assert_eq!(number("85%%").map_err(|p| p.code), Err(NOT_A_NUMBER));
}

#[test]
fn a_decimal_comma_where_the_delimiter_is_not_a_comma() {
    assert_eq!(parse_number("85,5", true), Ok(85.5));
    assert_eq!(parse_number("85,5%", true), Ok(85.5));
    assert_eq!(
        parse_number(&format!("{},5", "9".repeat(80)), true).map(|n| n > 1e79),
        Ok(true)
    );
    let problem = parse_number("85,5", false).unwrap_err();
    assert_eq!(problem.code, NOT_A_NUMBER);
    assert!(
        problem.reason.contains("decimals take a point"),
        "{}",
        problem.reason
    );
}

#[test]
fn thousands_separators_are_refused_and_said_so() {
    for (cell, decimal_comma) in [
        ("1,234.5", false),
        ("1.234,5", true),
        ("1.234.567", true),
        ("1,234,567", true),
        ("1 234", true),
        ("12'345", false),
    ] {
        let problem = parse_number(cell, decimal_comma).unwrap_err();
        assert_eq!(problem.code, NOT_A_NUMBER, "{cell}");
        assert!(
            problem
                .reason
                .contains("thousands separators are not accepted"),
            "{cell}: {}",
            problem.reason
        );
    }
}

#[test]
fn nan_infinity_and_overflow_are_not_finite() {
    for cell in ["NaN", "nan", "inf", "-Infinity", "1e999", "-1e400"] {
        assert_eq!(number(cell).map_err(|p| p.code), Err(NOT_FINITE), "{cell}");
    }
}

#[test]
fn text_is_not_a_number() {
    for cell in ["8o", "abc", "12abc", "0x10", "a, b"] {
        let problem = number(cell).unwrap_err();
        assert_eq!(
            (problem.code, problem.reason.as_str()),
            (NOT_A_NUMBER, "not a number"),
            "{cell}"
        );
    }
}

#[test]
fn booleans_in_english_and_vietnamese() {
    for cell in [
        "1",
        "true",
        "TRUE",
        "Yes",
        "y",
        "X",
        "có",
        "CÓ",
        " Có ",
        "co",
        "Co\u{0301}",
    ] {
        assert_eq!(parse_bool(&nfc(cell)), Ok(true), "{cell}");
    }
    for cell in ["0", "false", "No", "N", "không", "KHÔNG", "khong"] {
        assert_eq!(parse_bool(cell), Ok(false), "{cell}");
    }
    let problem = parse_bool("maybe").unwrap_err();
    assert_eq!(problem.code, NOT_A_BOOLEAN);
    assert!(
        problem.reason.contains("có") && problem.reason.contains("khong"),
        "{}",
        problem.reason
    );
    assert!(parse_bool("2").is_err());
}

fn nfc(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    text.nfc().collect()
}

#[test]
fn categories_match_trimmed_and_ignoring_case_after_nfc() {
    let Scale::Categories(categories) = categories() else {
        unreachable!()
    };
    let labels = Labels::new(&categories);
    assert_eq!(labels.find(" Forming "), Ok(1));
    assert_eq!(labels.find("HOẠT ĐỘNG"), Ok(2));
    assert_eq!(
        labels.find(&nfc("hoa\u{0323}t \u{0111}o\u{0302}\u{0323}ng")),
        Ok(2)
    );
    let problem = labels.find("active").unwrap_err();
    assert_eq!(problem.code, UNKNOWN_CATEGORY);
    assert_eq!(
        problem.reason,
        "not one of the categories: none, forming, hoạt động"
    );
}

#[test]
fn labels_from_criteria_that_are_not_nfc_still_match() {
    let labels = Labels::new(&Categories(vec![("Vie\u{0323}\u{0302}t".into(), 1.0)]));
    assert_eq!(labels.find("việt"), Ok(0));
}

#[test]
fn a_cell_parser_follows_the_scale_and_checks_the_range() {
    let mut pct = indicator("pct", Scale::Goalpost([0.0, 80.0]));
    pct.range = Some([0.0, 100.0]);
    let parser = CellParser::new(&pct);
    assert_eq!(parser.parse("85.5", false), Ok(Some(Raw::Number(85.5))));
    assert_eq!(parser.parse("NA", false), Ok(None));
    assert_eq!(parser.parse("100", false), Ok(Some(Raw::Number(100.0))));
    let problem = parser.parse("120", false).unwrap_err();
    assert_eq!(
        (problem.code, problem.reason.to_string().as_str()),
        (OUT_OF_RANGE, "outside the indicator's range [0, 100]")
    );
    assert_eq!(
        CellParser::new(&indicator("b", Scale::Boolean)).parse("có", false),
        Ok(Some(Raw::Bool(true)))
    );
    assert_eq!(
        CellParser::new(&indicator("c", categories())).parse("none", false),
        Ok(Some(Raw::Label(0)))
    );
    assert_eq!(
        CellParser::new(&indicator("c", categories())).parse(" ", false),
        Ok(None)
    );
}

#[test]
fn the_fast_path_reads_plain_numbers_as_the_checked_path_does() {
    let long = "9".repeat(400);
    for cell in [
        "0",
        "-0",
        "85.5",
        "-3",
        ".5",
        "5.",
        "007",
        "1.000",
        "123456789012345678901",
        "0.1",
        "0.3",
        "-0.0",
        "999999999999999",
        "99999999999999.9",
        ".000000000000001",
        "9007199254740993",
        "1234567890123456",
        "0.30000000000000004",
    ] {
        assert!(plain_number(cell).is_some(), "{cell:?}");
        if let Some(fast) = plain_number(cell) {
            let checked = checked_number(cell, false);
            assert_eq!(checked.map(f64::to_bits), Ok(fast.to_bits()), "{cell:?}");
        }
    }
    assert_eq!(
        plain_number(&long),
        None,
        "overflow goes to the checked path"
    );
    assert!(number(&long).is_err());
    for cell in ["-", ".", "1.2.3", "--1", "1-", "", " 5", "5%", "1e3", "1,5"] {
        assert_eq!(plain_number(cell), None, "{cell:?}");
    }
}

proptest::proptest! {
    #[test]
    fn trimming_skips_the_scan_only_where_nothing_is_trimmed(cell in "[ \t\u{a0}\u{2003}a-z0-9.ó]{0,6}") {
        proptest::prop_assert_eq!(trimmed(&cell), cell.trim());
    }

    #[test]
    fn the_exact_digits_path_rounds_as_str_parse_does(
        negative in proptest::bool::ANY,
        whole in "[0-9]{0,15}",
        fraction in proptest::option::of("[0-9]{0,15}"),
    ) {
        let cell = format!(
            "{}{whole}{}",
            if negative { "-" } else { "" },
            fraction.map_or(String::new(), |digits| format!(".{digits}"))
        );
        if let Some(fast) = plain_number(&cell) {
            proptest::prop_assert_eq!(cell.parse::<f64>().map(f64::to_bits), Ok(fast.to_bits()));
        } else {
            proptest::prop_assert!(!cell.bytes().any(|byte| byte.is_ascii_digit()), "{cell:?}");
        }
    }

    #[test]
    fn the_fast_path_never_disagrees(cell in "-?[0-9.]{0,25}") {
        if let Some(fast) = plain_number(&cell) {
            let checked = checked_number(&cell, false).map(f64::to_bits);
            proptest::prop_assert_eq!(checked, Ok(fast.to_bits()));
        }
    }
}
