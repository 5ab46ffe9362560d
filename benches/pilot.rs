//! Whole-process benchmark: `dtm pilot` beside `dtm score` on the same generated data.
//!
//! Run with `cargo bench --bench pilot`. It writes a criteria file (four pillars, 40 indicators,
//! groups `district` and `kind`) and a CSV of 10,000 communes into `target/dtm-bench-pilot/`, then
//! times the release binary end to end: `score` (the baseline: reading, scoring and writing the
//! ranking), and `pilot` by default, with `--count 100`, with `--waves 10 --per-wave 100` and in
//! replication mode, each with `--spread district --cover kind`. The machines here are shared and
//! noisy, so it prints medians and the ratio of each to `score`, measured in the same run.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const COMMUNES: usize = 10_000;
const INDICATORS: usize = 40;
const RUNS: usize = 7;

fn criteria() -> String {
    let mut yaml = String::from(
        "dtm: 1\nid: bench\ntitle: Bench\nentity: { id: code, name: name, groups: [district, kind] }\n\
         levels:\n  - { min: 0, name: Low }\n  - { min: 40, name: Mid }\n  - { min: 55, name: High }\n\
         pilot: { count: 3, spread: district, cover: kind, gates: [\"p0 >= 20\"] }\npillars:\n",
    );
    for p in 0..4 {
        let _ = write!(yaml, "  - id: p{p}\n    indicators:\n");
        for k in 0..INDICATORS / 4 {
            let scale = if k % 3 == 0 {
                "boolean"
            } else {
                "{ goalpost: [0, 100] }"
            };
            let _ = writeln!(yaml, "      - {{ id: i{p}_{k}, scale: {scale} }}");
        }
    }
    yaml
}

fn data() -> String {
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut random = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut csv = String::from("code,name,district,kind");
    for p in 0..4 {
        for k in 0..INDICATORS / 4 {
            let _ = write!(csv, ",i{p}_{k}");
        }
    }
    csv.push('\n');
    for c in 0..COMMUNES {
        let kind = ["xã", "phường", "thị trấn"][(random() % 3) as usize];
        let _ = write!(csv, "{c:05},Xã số {c},Huyện {},{kind}", random() % 300);
        for _ in 0..4 {
            for k in 0..INDICATORS / 4 {
                let r = random();
                csv.push(',');
                if r % 12 == 0 {
                    continue;
                }
                let _ = if k % 3 == 0 {
                    write!(csv, "{}", if r % 2 == 0 { "có" } else { "không" })
                } else {
                    write!(csv, "{}", (r % 10_000) as f64 / 100.0)
                };
            }
        }
        csv.push('\n');
    }
    csv
}

fn median(runs: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

fn run(criteria: &Path, data: &Path, out: &Path, args: &[&str]) {
    let status = Command::new(env!("CARGO_BIN_EXE_dtm"))
        .args(args)
        .args(["--format", "csv", "-q", "-c"])
        .arg(criteria)
        .arg(data)
        .arg("-o")
        .arg(out)
        .status()
        .expect("dtm runs");
    assert!(status.success(), "dtm {args:?} failed");
}

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/dtm-bench-pilot");
    std::fs::create_dir_all(&dir).expect("bench directory");
    let (criteria_path, data_path): (PathBuf, PathBuf) =
        (dir.join("criteria.yaml"), dir.join("communes.csv"));
    std::fs::write(&criteria_path, criteria()).expect("write criteria");
    std::fs::write(&data_path, data()).expect("write data");
    let out = dir.join("out.csv");
    let cases: [(&str, &[&str]); 5] = [
        ("score", &["score"]),
        ("pilot (default)", &["pilot"]),
        ("pilot --count 100", &["pilot", "--count", "100"]),
        (
            "pilot --waves 10 --per-wave 100",
            &["pilot", "--waves", "10", "--per-wave", "100"],
        ),
        (
            "pilot --mode replicate --count 100",
            &["pilot", "--mode", "replicate", "--count", "100"],
        ),
    ];
    run(&criteria_path, &data_path, &out, &["score"]); // warm the file cache
    println!(
        "dtm pilot beside dtm score, {COMMUNES} communes × {INDICATORS} indicators, whole process, median of {RUNS}"
    );
    let mut baseline = None;
    for (label, args) in cases {
        let time = median(RUNS, || run(&criteria_path, &data_path, &out, args));
        let base = *baseline.get_or_insert(time);
        println!(
            "  {label:<36} {:>8.1} ms   {:>5.2}× score",
            time.as_secs_f64() * 1e3,
            time.as_secs_f64() / base.as_secs_f64()
        );
    }
}
