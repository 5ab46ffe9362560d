//! No input makes the crosswalk loader panic: arbitrary bytes, and CSV text built from the
//! format's own columns and awkward cells, so that it reaches every check.

use dtm::crosswalk::load_bytes;
use proptest::prelude::*;

const COLUMNS: [&str; 7] = [
    "old_code",
    "new_code",
    "share",
    "part",
    "new_name",
    "new_kind",
    "old_district",
];

fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("1".to_owned()),
        Just("0".to_owned()),
        Just("1.4".to_owned()),
        Just("-0".to_owned()),
        Just("NaN".to_owned()),
        Just("inf".to_owned()),
        Just("0,5".to_owned()),
        Just("none".to_owned()),
        Just("\"a,b\"".to_owned()),
        Just("\"unclosed".to_owned()),
        "[0-9]{1,3}",
        "\\PC{0,6}",
    ]
}

proptest! {
    #[test]
    fn arbitrary_bytes_give_findings_not_panics(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let loaded = load_bytes(&bytes, "map.csv");
        prop_assert!(loaded.crosswalk.is_some() || !loaded.findings.is_empty());
    }

    #[test]
    fn arbitrary_tables_give_a_crosswalk_or_errors(
        header in proptest::sample::subsequence(COLUMNS.to_vec(), 0..=COLUMNS.len()),
        rows in proptest::collection::vec(proptest::collection::vec(cell(), 0..8), 0..12),
    ) {
        let mut text = header.join(",");
        for row in &rows {
            text.push('\n');
            text.push_str(&row.join(","));
        }
        let loaded = load_bytes(text.as_bytes(), "map.csv");
        let errors = loaded.findings.iter().any(|f| f.is_error());
        prop_assert_eq!(loaded.crosswalk.is_some(), !errors);
        for finding in &loaded.findings {
            prop_assert!(finding.line as usize <= rows.len() + 1);
            prop_assert!(finding.message.to_string().chars().count() < 400);
        }
        if let Some(crosswalk) = loaded.crosswalk {
            for link in &crosswalk.links {
                prop_assert!((0.0..=1.0).contains(&link.share));
                prop_assert!(link.unit < crosswalk.units.len());
            }
        }
    }
}
