//! Output that is never lost or mixed: a closed standard output is an error, a full device is
//! named, and two runs writing one `-o` at once each leave a whole file (issue 8).

use std::path::Path;
use std::process::{Command, Output};

const DATA: &str = "seeds/long-an-communes.csv";

fn dtm_in_shell(script: &str) -> Output {
    Command::new("sh")
        .arg("-c")
        .arg(script)
        .env("DTM", env!("CARGO_BIN_EXE_dtm"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("sh runs")
}

#[test]
fn a_closed_standard_output_is_a_usage_error_not_a_silent_success() {
    if !cfg!(target_os = "linux") {
        return;
    }
    let output = dtm_in_shell(&format!("\"$DTM\" score {DATA} --top 3 >&-"));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("standard output is closed"), "{stderr}");
    // A shell's own /dev/null is a place the user chose: that is still a success.
    let output = dtm_in_shell(&format!("\"$DTM\" score {DATA} --top 3 >/dev/null"));
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn a_full_device_is_an_error_that_names_it() {
    if !Path::new("/dev/full").exists() {
        return;
    }
    let output = Command::new(env!("CARGO_BIN_EXE_dtm"))
        .args(["score", DATA, "--format", "json", "-o", "/dev/full"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("dtm runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("'/dev/full'"), "{stderr}");
}

#[test]
fn two_runs_writing_one_file_at_once_each_leave_a_whole_file() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let target = folder.path().join("ranking.json");
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join(DATA);
    for _ in 0..3 {
        let runs: Vec<_> = ["csv", "json"]
            .iter()
            .map(|_| {
                Command::new(env!("CARGO_BIN_EXE_dtm"))
                    .arg("score")
                    .arg(&data)
                    .args(["--detail", "-o"])
                    .arg(&target)
                    .spawn()
                    .expect("dtm starts")
            })
            .collect();
        for mut run in runs {
            assert!(run.wait().expect("dtm ends").success());
        }
        let text = std::fs::read_to_string(&target).expect("the output exists");
        let parsed: Result<serde_json::Value, _> = serde_json::from_str(&text);
        assert!(parsed.is_ok(), "not one whole JSON document");
    }
    let names: Vec<String> = std::fs::read_dir(folder.path())
        .expect("readable")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        vec!["ranking.json".to_owned()],
        "temporary files left"
    );
}

#[test]
fn a_failed_run_leaves_the_old_output_untouched() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let target = folder.path().join("ranking.csv");
    std::fs::write(&target, "the planner's earlier file\n").expect("writable");
    let output = Command::new(env!("CARGO_BIN_EXE_dtm"))
        .args(["score", "--period", "1999", "-o"])
        .arg(&target)
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join(DATA))
        .output()
        .expect("dtm runs");
    assert_eq!(output.status.code(), Some(2));
    let kept = std::fs::read_to_string(&target).expect("still there");
    assert_eq!(kept, "the planner's earlier file\n");
    let count = std::fs::read_dir(folder.path()).map(|d| d.count()).ok();
    assert_eq!(count, Some(1), "temporary files left");
}
