//! Whole-process benchmark: `dtm score` on 10,000 communes × 40 indicators, from CSV to CSV.
//!
//! Run with `cargo bench --bench score`. It writes a criteria file (40 indicators, every kind of
//! scale, nested groups, one imputing pillar) and a 10,000-row CSV with 10 % missing values into
//! `target/dtm-bench/`, then times the release binary end to end, best and median of several runs.
//! The baseline, measured in the same run, reads and writes the same CSV with the `csv` crate in
//! this process: the cost of the I/O alone. Machines here are shared and noisy, so compare ratios.

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const COMMUNES: usize = 10_000;
const INDICATORS: usize = 40;
const RUNS: usize = 15;

fn scale(k: usize) -> &'static str {
    [
        "{ goalpost: [0, 80] }",
        "{ minmax: higher }",
        "{ percentile: lower }",
        "boolean",
        "{ categories: { none: 0, forming: 50, active: 100 } }",
        "{ steps: [[20, 25], [40, 50], [60, 75], [80, 100]] }",
        "{ goalpost: [30, 3] }",
    ][k % 7]
}

fn criteria() -> String {
    let mut yaml = String::from(
        "dtm: 1\nid: bench\ntitle: Bench\nentity: { id: code, name: name, groups: [district, kind] }\n\
         levels:\n  - { min: 0, name: Low }\n  - { min: 50, name: Mid }\n  - { min: 75, name: High }\npillars:\n",
    );
    let mut k = 0;
    for p in 0..4 {
        let missing = if p == 1 { "    missing: impute\n" } else { "" };
        let _ = write!(yaml, "  - id: p{p}\n{missing}    groups:\n");
        for g in 0..2 {
            let _ = write!(yaml, "      - id: p{p}g{g}\n        indicators:\n");
            for _ in 0..INDICATORS / 8 {
                let _ = writeln!(yaml, "          - {{ id: i{k}, scale: {} }}", scale(k));
                k += 1;
            }
        }
    }
    yaml
}

fn data() -> String {
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut random = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut csv = String::from("code,name,district,kind");
    for k in 0..INDICATORS {
        let _ = write!(csv, ",i{k}");
    }
    csv.push('\n');
    for c in 0..COMMUNES {
        let _ = write!(csv, "{c:05},Xã số {c},Huyện {},xã", random() % 40);
        for k in 0..INDICATORS {
            let r = random();
            csv.push(',');
            if r % 10 == 0 {
                continue;
            }
            let _ = match k % 7 {
                3 => write!(csv, "{}", if r % 3 == 0 { "có" } else { "không" }),
                4 => write!(csv, "{}", ["none", "forming", "active"][(r % 3) as usize]),
                _ => write!(csv, "{}", (r % 10_000) as f64 / 100.0),
            };
        }
        csv.push('\n');
    }
    csv
}

fn time(runs: usize, mut f: impl FnMut()) -> (Duration, Duration) {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    (times[0], times[runs / 2])
}

fn baseline(input: &Path, output: &Path) {
    let mut reader = csv::Reader::from_path(input).expect("bench data");
    let mut writer = csv::Writer::from_path(output).expect("bench output");
    for record in reader.records() {
        writer
            .write_record(&record.expect("record"))
            .expect("write");
    }
    writer.flush().expect("flush");
}

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/dtm-bench");
    std::fs::create_dir_all(&dir).expect("bench directory");
    let (criteria_path, data_path, out) = (
        dir.join("criteria.yaml"),
        dir.join("communes.csv"),
        dir.join("ranking.csv"),
    );
    std::fs::write(&criteria_path, criteria()).expect("write criteria");
    std::fs::write(&data_path, data()).expect("write data");

    let dtm = || {
        let status = Command::new(env!("CARGO_BIN_EXE_dtm"))
            .args(["score", "--format", "csv", "-c"])
            .arg(&criteria_path)
            .arg(&data_path)
            .arg("-o")
            .arg(&out)
            .status()
            .expect("dtm runs");
        assert!(status.success());
    };
    dtm(); // warm the file cache
    let (base_best, base_median) = time(RUNS, || baseline(&data_path, &dir.join("copy.csv")));
    let (best, median) = time(RUNS, dtm);
    let rows = std::fs::read_to_string(&out)
        .map(|s| s.lines().count() - 1)
        .unwrap_or(0);
    assert_eq!(rows, COMMUNES, "every commune ranked");
    println!(
        "dtm score, {COMMUNES} communes × {INDICATORS} indicators, CSV → CSV, whole process ({RUNS} runs)"
    );
    println!(
        "  dtm score:                best {:>7.1} ms   median {:>7.1} ms",
        ms(best),
        ms(median)
    );
    println!(
        "  baseline (csv read+write): best {:>7.1} ms   median {:>7.1} ms",
        ms(base_best),
        ms(base_median)
    );
    println!(
        "  ratio (median):           {:.1}× the bare CSV pass",
        ms(median) / ms(base_median)
    );
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
