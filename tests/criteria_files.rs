//! Shipped criteria files against the JSON Schema of `dtm schema`, and every finding code against
//! the trycmd cases that show it.

use std::path::{Path, PathBuf};

use dtm::criteria::codes;

fn shipped_criteria() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("criteria");
    let mut files = Vec::new();
    for dir in [root.clone(), root.join("examples")] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "yaml") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

fn schema() -> serde_json::Value {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_dtm"))
        .arg("schema")
        .output()
        .expect("dtm runs");
    assert!(output.status.success());
    serde_json::from_slice(&output.stdout).expect("the schema is JSON")
}

#[test]
fn every_shipped_criteria_file_passes_the_schema() {
    let validator =
        jsonschema::validator_for(&schema()).expect("the schema is a valid JSON Schema");
    let files = shipped_criteria();
    assert!(!files.is_empty(), "no criteria files found");
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let document: serde_json::Value = serde_saphyr::from_str(&text).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&document)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", file.display());
    }
}

#[test]
fn the_schema_rejects_what_the_loader_rejects() {
    let validator = jsonschema::validator_for(&schema()).unwrap();
    let text = "dtm: 1\nid: t\ntitle: T\nentity: { id: code }\nlevels: [{ min: 0, name: L }]\npillars:\n  - id: p\n    wieght: 2\n    indicators: [{ id: a, scale: boolean }]\n";
    let document: serde_json::Value = serde_saphyr::from_str(text).unwrap();
    assert!(
        !validator.is_valid(&document),
        "an unknown key must fail the schema"
    );
    let fixed: serde_json::Value =
        serde_saphyr::from_str(&text.replace("wieght", "weight")).unwrap();
    assert!(validator.is_valid(&fixed));
}

#[test]
fn every_finding_code_has_a_cli_case() {
    let cases = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cmd/check");
    let mut expected = String::new();
    for entry in std::fs::read_dir(cases).unwrap().flatten() {
        if entry.path().extension().is_some_and(|e| e == "toml") {
            expected.push_str(&std::fs::read_to_string(entry.path()).unwrap());
        }
    }
    for code in codes::ALL {
        assert!(
            expected.contains(&format!("[{}]", code.code)),
            "no trycmd case shows {} {}",
            code.code,
            code.name
        );
    }
}
