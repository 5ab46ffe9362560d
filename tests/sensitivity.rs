//! `dtm sensitivity` as a process: the same bytes with one and two threads, and `--save-runs`
//! files that hold every replication and leave nothing half-written behind.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/cmd/sensitivity")
}

fn dtm(threads: &str, args: &[&str], dir: &Path) -> Output {
    let output = Command::new(env!("CARGO_BIN_EXE_dtm"))
        .current_dir(dir)
        .env("RAYON_NUM_THREADS", threads)
        .args(["sensitivity", "-c"])
        .arg(fixtures().join("criteria.yaml"))
        .arg(fixtures().join("communes.csv"))
        .args(args)
        .output();
    match output {
        Ok(output) => output,
        Err(error) => panic!("could not run dtm: {error}"),
    }
}

fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    if let Err(error) = std::fs::create_dir_all(&dir) {
        panic!("could not make {}: {error}", dir.display());
    }
    dir
}

#[test]
fn one_and_two_threads_write_the_same_bytes() {
    let dir = scratch("sensitivity-threads");
    let args = [
        "--runs",
        "300",
        "--vary",
        "aggregate,missing",
        "--seed",
        "11",
        "--format",
        "json",
    ];
    let one = dtm("1", &args, &dir);
    let two = dtm("2", &args, &dir);
    assert!(
        one.status.success(),
        "{}",
        String::from_utf8_lossy(&one.stderr)
    );
    assert_eq!(one.stdout, two.stdout);
    assert!(String::from_utf8_lossy(&one.stdout).contains("\"seed\": 11"));
}

#[test]
fn save_runs_holds_every_replication_and_its_ranks() {
    let dir = scratch("sensitivity-save-runs");
    let args = [
        "--runs",
        "40",
        "--vary",
        "aggregate,missing",
        "--save-runs",
        "runs.csv",
        "--save-ranks",
        "--format",
        "csv",
        "-q",
    ];
    let out = dtm("2", &args, &dir);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stderr.is_empty());
    let text = std::fs::read_to_string(dir.join("runs.csv")).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 41);
    let header: Vec<&str> = lines[0].split(',').collect();
    assert_eq!(
        &header[..4],
        ["run", "spearman", "missing", "aggregate.index"]
    );
    assert!(header.contains(&"aggregate.government"));
    assert!(header.contains(&"weight.government"));
    assert_eq!(header.iter().filter(|h| h.starts_with("rank.")).count(), 8);
    for (k, line) in lines[1..].iter().enumerate() {
        let cells: Vec<&str> = line.split(',').collect();
        assert_eq!(cells.len(), header.len());
        assert_eq!(cells[0], (k + 1).to_string());
        assert!(["renormalize", "zero", "impute"].contains(&cells[2]));
    }
    // The same seed again gives the same file; nothing temporary stays behind.
    let first = text.clone();
    let again = dtm("1", &args, &dir);
    assert!(again.status.success());
    assert_eq!(
        std::fs::read_to_string(dir.join("runs.csv")).unwrap_or_default(),
        first
    );
    let names: Vec<String> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(names, ["runs.csv"]);
}

#[test]
fn a_refused_option_writes_no_runs_file() {
    let dir = scratch("sensitivity-refused");
    let out = dtm("1", &["--runs", "0", "--save-runs", "runs.csv"], &dir);
    assert_eq!(out.status.code(), Some(2));
    assert!(!dir.join("runs.csv").exists());
    assert!(!dir.join(".runs.csv.partial").exists());
}

/// Ctrl-C: exit 130, nothing on standard output, no runs file and no temporary one.
#[cfg(unix)]
#[test]
fn an_interrupt_stops_cleanly_with_nothing_written() {
    let dir = scratch("sensitivity-interrupt");
    let child = Command::new(env!("CARGO_BIN_EXE_dtm"))
        .current_dir(&dir)
        .args(["sensitivity", "-c"])
        .arg(fixtures().join("criteria.yaml"))
        .arg(fixtures().join("communes.csv"))
        .args([
            "--runs",
            "2000000000",
            "--save-runs",
            "runs.csv",
            "-o",
            "out.csv",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn();
    let Ok(child) = child else {
        panic!("could not start dtm")
    };
    // The handler is in place before the temporary runs file is created.
    while !dir.join(".runs.csv.partial").exists() {
        std::thread::yield_now();
    }
    let killed = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status();
    assert!(killed.is_ok_and(|s| s.success()));
    let Ok(out) = child.wait_with_output() else {
        panic!("dtm did not end")
    };
    assert_eq!(out.status.code(), Some(130));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("interrupted after"));
    assert!(!dir.join("runs.csv").exists());
    assert!(!dir.join(".runs.csv.partial").exists());
    assert!(!dir.join("out.csv").exists());
}

/// Under `missing_pillar: unranked` (the default criteria) a commune with a pillar unscored has
/// no index: sensitivity ranks the same communes as `score`, with the same nominal ranks. It
/// ranked them all once (seeds/tay-ninh-2026.csv has two such units).
#[test]
fn unranked_communes_stay_unranked_as_in_score() {
    let run = |args: &[&str]| -> serde_json::Value {
        let output = Command::new(env!("CARGO_BIN_EXE_dtm"))
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .args(args)
            .args(["seeds/tay-ninh-2026.csv", "--format", "json", "-q"])
            .output()
            .expect("dtm runs");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        serde_json::from_slice(&output.stdout).expect("JSON")
    };
    let ranks = |json: &serde_json::Value, key: &str| -> Vec<(String, Option<u64>)> {
        let mut ranks: Vec<(String, Option<u64>)> = json["communes"]
            .as_array()
            .expect("communes")
            .iter()
            .map(|c| (c["id"].as_str().unwrap_or("").to_owned(), c[key].as_u64()))
            .collect();
        ranks.sort();
        ranks
    };
    let score = ranks(&run(&["score"]), "rank");
    let sensitivity = ranks(&run(&["sensitivity", "--runs", "20"]), "nominal_rank");
    assert!(
        score.iter().any(|(_, r)| r.is_none()),
        "the seeds have unranked units"
    );
    assert_eq!(sensitivity, score);
}
