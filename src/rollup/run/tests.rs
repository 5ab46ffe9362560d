use super::*;
use crate::criteria::{Measure, Origin};
use std::io::Write;

fn rollup() -> Rollup {
    Rollup {
        name: "households".into(),
        key: "code".into(),
        weight: Some("w".into()),
        prefer: None,
        measures: vec![
            ("n".into(), Measure::Count),
            ("phone_pct".into(), Measure::Share("phone".into())),
            ("spend".into(), Measure::Mean("spend".into())),
            ("spend_sum".into(), Measure::Sum("spend".into())),
        ],
        origin: Origin::default(),
    }
}

fn entity() -> Entity {
    Entity {
        id: "commune_code".into(),
        name: None,
        groups: Vec::new(),
        period: Some("period".into()),
    }
}

fn file(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.path().join(name);
    std::fs::File::create(&path)
        .unwrap()
        .write_all(bytes)
        .unwrap();
    path
}

/// A few thousand rows in 200 communes, with weights that make rounding matter.
fn many_rows() -> String {
    let mut text = String::from("code,w,phone,spend\n");
    let mut state: u64 = 7;
    for _ in 0..20_000 {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let commune = (state >> 33) % 200;
        let weight = ((state >> 20) % 1000) as f64 / 7.0;
        let phone = if (state >> 11).is_multiple_of(3) {
            "no"
        } else {
            "yes"
        };
        let spend = ((state >> 5) % 100_000) as f64 / 3.0;
        text.push_str(&format!("{commune},{weight},{phone},{spend}\n"));
    }
    text
}

fn run(paths: &[PathBuf], threads: usize, block: usize) -> Result<Rolled, RollupError> {
    let options = RollupOptions {
        threads: Some(threads),
        block: Some(block),
        ..RollupOptions::default()
    };
    roll(&rollup(), &entity(), paths, &options, &mut |_| {})
}

#[test]
fn results_are_identical_for_any_number_of_threads() {
    let tmp = tempfile::tempdir().unwrap();
    let path = file(&tmp, "many.csv", many_rows().as_bytes());
    let one = run(std::slice::from_ref(&path), 1, 4096).unwrap();
    for threads in [2, 3, 4] {
        let other = run(std::slice::from_ref(&path), threads, 4096).unwrap();
        assert_eq!(other, one, "{threads} threads");
    }
    assert_eq!(one.rows, 20_000);
    assert_eq!(one.communes.len(), 200);
}

#[test]
fn blocks_agree_with_a_single_pass_to_the_last_bits_that_matter() {
    let tmp = tempfile::tempdir().unwrap();
    let text = many_rows();
    let path = file(&tmp, "many-single.csv", text.as_bytes());
    let blocked = run(std::slice::from_ref(&path), 2, 1000).unwrap();
    let whole = run(std::slice::from_ref(&path), 1, 1 << 24).unwrap();
    for (a, b) in blocked.communes.iter().zip(&whole.communes) {
        assert_eq!(a.key, b.key);
        for (x, y) in a.values.iter().zip(&b.values) {
            let (x, y) = (x.value.unwrap(), y.value.unwrap());
            assert!((x - y).abs() <= 1e-12 * y.abs().max(1.0), "{x} {y}");
        }
    }
}

#[test]
fn errors_in_later_blocks_name_their_absolute_line() {
    let tmp = tempfile::tempdir().unwrap();
    let mut text = many_rows();
    text.push_str("5,1,maybe,1\n");
    let path = file(&tmp, "late-error.csv", text.as_bytes());
    let Err(RollupError::Invalid { findings, more }) = run(&[path], 2, 4096) else {
        panic!("expected an error");
    };
    assert_eq!((findings.len(), more), (1, 0));
    assert_eq!(findings[0].line, 20_002);
    assert_eq!(findings[0].code, "D008");
}

#[test]
fn the_period_column_splits_communes_and_files_are_read_as_one() {
    let tmp = tempfile::tempdir().unwrap();
    let first = file(
        &tmp,
        "p1.csv",
        b"code,period,w,phone,spend\n1,2024,1,yes,10\n1,2025,1,no,20\n",
    );
    let second = file(
        &tmp,
        "p2.csv",
        b"period,code,w,phone,spend\n2024,1,3,no,30\n",
    );
    let rolled = run(&[first, second], 2, 4096).unwrap();
    assert_eq!(rolled.period.as_deref(), Some("period"));
    let shares: Vec<(Option<&str>, Option<f64>)> = rolled
        .communes
        .iter()
        .map(|c| (c.period.as_deref(), c.values[1].value))
        .collect();
    assert_eq!(
        shares,
        [(Some("2024"), Some(25.0)), (Some("2025"), Some(0.0))]
    );
    assert_eq!(rolled.communes[0].values[0].value, Some(4.0));
}

#[test]
fn a_missing_key_column_and_an_empty_file_are_findings() {
    let tmp = tempfile::tempdir().unwrap();
    let path = file(&tmp, "no-key.csv", b"id,w,phone,spend\n1,1,yes,1\n");
    let Err(RollupError::Invalid { findings, .. }) = run(&[path], 1, 4096) else {
        panic!("expected an error");
    };
    assert_eq!(
        (findings[0].code, findings[0].path.as_str()),
        ("D001", "code")
    );
    let path = file(&tmp, "empty.csv", b"");
    let Err(RollupError::Invalid { findings, .. }) = run(&[path], 1, 4096) else {
        panic!("expected an error");
    };
    assert_eq!(findings[0].code, "D011");
}

#[test]
fn a_quoted_field_spanning_lines_keeps_the_lines_right() {
    let tmp = tempfile::tempdir().unwrap();
    let path = file(
        &tmp,
        "quoted.csv",
        b"code,w,phone,spend,note\n1,1,yes,1,\"two\nlines\"\n2,1,maybe,1,x\n",
    );
    let Err(RollupError::Invalid { findings, .. }) = run(&[path], 1, 8) else {
        panic!("expected an error");
    };
    assert_eq!(findings[0].line, 4);
}

#[test]
fn progress_reaches_the_file_size() {
    let tmp = tempfile::tempdir().unwrap();
    let text = many_rows();
    let path = file(&tmp, "progress.csv", text.as_bytes());
    let mut last = None;
    let options = RollupOptions {
        block: Some(65_536),
        ..RollupOptions::default()
    };
    roll(&rollup(), &entity(), &[path], &options, &mut |p| {
        last = Some(p)
    })
    .unwrap();
    let last = last.unwrap();
    assert_eq!(last.total, Some(text.len() as u64));
    assert_eq!((last.bytes, last.rows), (text.len() as u64, 20_000));
}
