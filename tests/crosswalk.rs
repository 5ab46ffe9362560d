//! The 2025 reorganisation end to end, on the whole new Tây Ninh: the 280 old communes of old
//! Long An and old Tây Ninh (2024) restated on the 96 new units and compared with a 2026 survey
//! of those units. The fixtures' codes and names are real, their values synthetic.

use std::process::{Command, Output};

const DIR: &str = "tests/cmd/crosswalk";

fn dtm(args: &[&str]) -> Output {
    let output = Command::new(env!("CARGO_BIN_EXE_dtm"))
        .current_dir(DIR)
        .args(["--criteria", "criteria.yaml"])
        .args(args)
        .output();
    match output {
        Ok(output) => output,
        Err(error) => panic!("could not run dtm: {error}"),
    }
}

fn stdout(output: &Output) -> String {
    assert!(
        output.status.success(),
        "dtm failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The CSV cells of each data row, by column name.
fn rows(text: &str) -> Vec<std::collections::HashMap<String, String>> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = match reader.headers() {
        Ok(header) => header.iter().map(str::to_owned).collect(),
        Err(error) => panic!("no CSV header: {error}"),
    };
    reader
        .records()
        .map(|record| match record {
            Ok(record) => header
                .iter()
                .cloned()
                .zip(record.iter().map(str::to_owned))
                .collect(),
            Err(error) => panic!("bad CSV row: {error}"),
        })
        .collect()
}

/// The 2024 surveys of the two old provinces that merged, given together as OLD.
const LONG_AN: &str = "long-an-2024-synthetic.csv";
const OLD_TAY_NINH: &str = "old-tay-ninh-2024-synthetic.csv";
const NEW: &str = "tay-ninh-2026-synthetic.csv";

#[test]
fn compare_across_the_reorganisation_covers_all_96_new_units() {
    for weight in [None, Some("households")] {
        let mut args = vec![
            "compare",
            LONG_AN,
            OLD_TAY_NINH,
            NEW,
            "--crosswalk",
            "vn-2025",
            "--format",
            "csv",
        ];
        args.extend(weight.iter().flat_map(|w| ["--crosswalk-weight", w]));
        let output = dtm(&args);
        let rows = rows(&stdout(&output));
        assert_eq!(rows.len(), 96, "{weight:?}");
        assert!(rows.iter().all(|row| row["presence"] == "both"));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("restated on 96 new units from 280 old communes"));
    }
}

/// Every new unit kept the code of one of its old communes, so matching by code alone compares a
/// single old commune with the whole new unit and leaves the other 184 old communes unmatched.
#[test]
fn without_the_crosswalk_codes_match_one_old_commune_each() {
    let plain = rows(&stdout(&dtm(&[
        "compare",
        LONG_AN,
        OLD_TAY_NINH,
        NEW,
        "--format",
        "csv",
    ])));
    let both = plain.iter().filter(|row| row["presence"] == "both").count();
    assert_eq!((both, plain.len()), (96, 280));
    let args = [
        "compare",
        LONG_AN,
        OLD_TAY_NINH,
        NEW,
        "--crosswalk",
        "vn-2025",
        "--format",
        "csv",
    ];
    let restated = rows(&stdout(&dtm(&args)));
    let before = |rows: &[std::collections::HashMap<String, String>], id: &str| {
        rows.iter()
            .find(|row| row["id"] == id)
            .map(|row| row["overall_before"].clone())
    };
    let differ = restated
        .iter()
        .filter(|row| before(&plain, &row["id"]) != Some(row["overall_before"].clone()))
        .count();
    assert!(
        differ > 0,
        "merged units are restated, not taken from one old commune"
    );
}

#[test]
fn every_new_unit_lists_its_old_communes() {
    let text = stdout(&dtm(&[
        "crosswalk",
        LONG_AN,
        OLD_TAY_NINH,
        "--map",
        "vn-2025",
    ]));
    let rows = rows(&text);
    assert_eq!(rows.len(), 96);
    let mut old: Vec<&str> = rows
        .iter()
        .flat_map(|row| row["restated_from"].split(';'))
        .collect();
    old.sort_unstable();
    old.dedup();
    assert_eq!(old.len(), 280, "every old commune is part of some new unit");
    assert!(rows.iter().all(|row| !row["former_district"].is_empty()));
}

#[test]
fn pilot_spreads_over_former_districts() {
    let args = [
        "pilot",
        LONG_AN,
        "--crosswalk",
        "vn-2025",
        "--spread",
        "former_district",
        "--count",
        "4",
        "--gate",
        "government >= 0",
        "--format",
        "csv",
    ];
    let rows = rows(&stdout(&dtm(&args)));
    assert_eq!(rows.len(), 4);
    let mut districts: Vec<&str> = rows.iter().map(|r| r["former_district"].as_str()).collect();
    districts.sort_unstable();
    districts.dedup();
    assert_eq!(districts.len(), 4, "one pick per former district");
}

/// The real seeds: old Long An and old Tây Ninh in 2024, restated on the new Tây Ninh and
/// compared with its 2026 survey (README, "The 2026 flow").
#[test]
fn the_seeds_compare_2024_with_2026_on_all_96_new_units() {
    let output = Command::new(env!("CARGO_BIN_EXE_dtm"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "compare",
            "seeds/long-an-communes.csv",
            "seeds/tay-ninh-2024.csv",
            "seeds/tay-ninh-2026.csv",
            "--crosswalk",
            "vn-2025",
            "--from",
            "2024",
            "--format",
            "csv",
        ])
        .output();
    let output = match output {
        Ok(output) => output,
        Err(error) => panic!("could not run dtm: {error}"),
    };
    let rows = rows(&stdout(&output));
    assert_eq!(rows.len(), 96);
    assert!(rows.iter().all(|row| row["presence"] == "both"));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("from 280 old communes"),
        "the note names the old communes: {stderr}"
    );
    assert!(
        !stderr.contains("1 July 2025"),
        "no straddle warning with --crosswalk"
    );
}

/// Without --crosswalk the same comparison matches codes the new units reuse: a warning says so.
#[test]
fn the_seeds_without_the_crosswalk_warn_that_periods_straddle_the_reorganisation() {
    let output = Command::new(env!("CARGO_BIN_EXE_dtm"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "compare",
            "seeds/long-an-communes.csv",
            "seeds/tay-ninh-2024.csv",
            "seeds/tay-ninh-2026.csv",
            "--from",
            "2024",
            "--format",
            "csv",
        ])
        .output();
    let output = match output {
        Ok(output) => output,
        Err(error) => panic!("could not run dtm: {error}"),
    };
    assert!(output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("1 July 2025"), "{stderr}");
    assert!(stderr.contains("--crosswalk vn-2025"), "{stderr}");
}

/// Restated old communes are imputed within their former district (the first group scoring
/// sees when the criteria name none); the comparison's notes name that district, although its
/// results keep only the criteria's groups.
#[test]
fn a_restated_comparison_names_the_former_district_that_gave_an_imputed_value() {
    let dir = match tempfile::tempdir() {
        Ok(dir) => dir,
        Err(error) => panic!("no temporary directory: {error}"),
    };
    let criteria = match std::fs::read_to_string(format!("{DIR}/criteria.yaml")) {
        Ok(text) => text
            .replace("groups: [district, kind], ", "")
            .replace(
                "  - id: economy\n",
                "  - id: economy\n    missing: impute\n",
            )
            .replace("  spread: district\n  cover: kind\n", ""),
        Err(error) => panic!("no fixture criteria: {error}"),
    };
    let path = dir.path().join("no-groups.yaml");
    if let Err(error) = std::fs::write(&path, criteria) {
        panic!("could not write {}: {error}", path.display());
    }
    let output = Command::new(env!("CARGO_BIN_EXE_dtm"))
        .current_dir(DIR)
        .arg("--criteria")
        .arg(&path)
        .args(["compare", "old.csv", "new.csv", "--crosswalk", "map.csv"])
        .args(["--format", "json"])
        .output();
    let output = match output {
        Ok(output) => output,
        Err(error) => panic!("could not run dtm: {error}"),
    };
    let json: serde_json::Value = match serde_json::from_str(&stdout(&output)) {
        Ok(json) => json,
        Err(error) => panic!("not JSON: {error}"),
    };
    let text = json.to_string();
    // Old 202 (Cần Giuộc) has no cashless_pct: 201, the other old commune of its district, gives it.
    let imputed: Vec<&serde_json::Value> = json["changes"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|c| c["before"]["notes"].as_array().into_iter().flatten())
        .filter(|note| note["treatment"] == "imputed")
        .collect();
    assert!(!imputed.is_empty(), "an imputed note: {text}");
    for note in imputed {
        assert_eq!(note["group"], "Cần Giuộc", "{note}");
    }
}
