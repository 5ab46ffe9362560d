//! Agreement with COINr, the EU JRC's reference engine for composite indicators.
//!
//! `../shared/reference/coinr-asem/` holds COINr 1.1.14's inputs and outputs on its ASEM data set
//! (51 countries, 49 indicators → 8 pillars → 2 sub-indexes → index; min-max to [0, 100] with the
//! direction applied, weighted arithmetic means that drop missing children). This test writes
//! COINr's metadata as a dtm criteria file, scores COINr's data with the `dtm` binary and matches
//! every index, sub-index and pillar value to 1e-9, and every rank. The data stay outside the
//! project; set `DTM_COINR_DIR` to point elsewhere. CI sets `DTM_REQUIRE_COINR=1` so that a missing
//! reference fails instead of skipping.

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::Command;

fn reference_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("DTM_COINR_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/reference/coinr-asem")
        });
    if dir.join("asem_input_iMeta.csv").exists() {
        return Some(dir);
    }
    assert!(
        std::env::var_os("DTM_REQUIRE_COINR").is_none(),
        "COINr reference data not found at {}",
        dir.display()
    );
    None
}

fn read_csv(path: &PathBuf) -> Vec<HashMap<String, String>> {
    let mut reader = csv::Reader::from_path(path).expect("reference file opens");
    let headers = reader.headers().expect("header").clone();
    reader
        .records()
        .map(|record| {
            let record = record.expect("record");
            headers
                .iter()
                .map(String::from)
                .zip(record.iter().map(String::from))
                .collect()
        })
        .collect()
}

/// COINr's iMeta as a dtm criteria file: Level 3 nodes are pillars, Level 2 groups, Level 1
/// indicators with `minmax` in their direction; missing children dropped, no coverage threshold.
fn criteria_from_imeta(meta: &[HashMap<String, String>]) -> String {
    let children = |parent: &str, level: &str| -> Vec<&HashMap<String, String>> {
        meta.iter()
            .filter(|row| row["Parent"] == parent && row["Level"] == level)
            .collect()
    };
    let mut yaml = String::from(
        "dtm: 1\nid: coinr-asem\ntitle: ASEM Sustainable Connectivity (COINr reference)\n\
         entity: { id: uCode, name: uName, groups: [GDP_group, EurAsia_group] }\n\
         aggregate: arithmetic\nmissing: renormalize\nmin_coverage: 0\n\
         levels:\n  - { min: 0, name: All }\npillars:\n",
    );
    for pillar in children("Index", "3") {
        yaml.push_str(&format!(
            "  - id: {}\n    weight: {}\n    groups:\n",
            pillar["iCode"], pillar["Weight"]
        ));
        for group in children(&pillar["iCode"], "2") {
            yaml.push_str(&format!(
                "      - id: {}\n        weight: {}\n        indicators:\n",
                group["iCode"], group["Weight"]
            ));
            for indicator in children(&group["iCode"], "1") {
                let direction = if indicator["Direction"] == "-1" {
                    "lower"
                } else {
                    "higher"
                };
                yaml.push_str(&format!(
                    "          - {{ id: {}, weight: {}, scale: {{ minmax: {direction} }} }}\n",
                    indicator["iCode"], indicator["Weight"]
                ));
            }
        }
    }
    yaml
}

#[test]
fn scores_match_coinr_on_asem() {
    let Some(dir) = reference_dir() else {
        // Nothing to compare against outside CI (which sets DTM_REQUIRE_COINR).
        return;
    };
    let meta = read_csv(&dir.join("asem_input_iMeta.csv"));
    let work = std::env::temp_dir().join(format!("dtm-coinr-{}", std::process::id()));
    std::fs::create_dir_all(&work).unwrap();
    let criteria = work.join("asem.yaml");
    std::fs::write(&criteria, criteria_from_imeta(&meta)).unwrap();

    let check = Command::new(env!("CARGO_BIN_EXE_dtm"))
        .arg("check")
        .arg(&criteria)
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );

    let output = Command::new(env!("CARGO_BIN_EXE_dtm"))
        .args(["score", "--format", "json", "-c"])
        .arg(&criteria)
        .arg(dir.join("asem_input_iData.csv"))
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let communes = report["communes"].as_array().unwrap();

    let expected = read_csv(&dir.join("asem_simple_minmax_amean_results.csv"));
    assert_eq!(communes.len(), expected.len());
    let mut compared = 0;
    for row in &expected {
        let code = &row["uCode"];
        let commune = communes
            .iter()
            .find(|c| c["id"] == code.as_str())
            .unwrap_or_else(|| panic!("{code} not scored"));
        assert_eq!(
            commune["rank"].as_u64().unwrap().to_string(),
            row["Rank"],
            "rank of {code}"
        );
        for (column, want) in row {
            if column == "uCode" || column == "Rank" {
                continue;
            }
            let got = if column == "Index" {
                &commune["overall"]
            } else if commune["pillars"].get(column).is_some() {
                &commune["pillars"][column]["score"]
            } else {
                &commune["subgroups"][column]["score"]
            };
            let want: f64 = want.parse().unwrap();
            let got = got
                .as_f64()
                .unwrap_or_else(|| panic!("{code} {column}: no score"));
            assert!(
                (got - want).abs() < 1e-9,
                "{code} {column}: dtm {got} vs COINr {want}"
            );
            compared += 1;
        }
    }
    assert_eq!(
        compared,
        51 * 11,
        "every index, sub-index and pillar value compared"
    );
    std::fs::remove_dir_all(&work).ok();
}
