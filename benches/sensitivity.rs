//! Whole-process benchmark: `dtm sensitivity --runs 1000` against one `dtm score` of the same file,
//! 10,000 communes × 40 indicators (the speed goal of the issue: at most 5× one score).
//!
//! Run with `cargo bench --bench sensitivity`. It writes a criteria file (four pillars of two
//! groups, goalpost and step scales, one imputing pillar) and a 10,000-row CSV with 10 % missing
//! values into `target/dtm-bench-sensitivity/`, then times the release binary end to end: the
//! median of several `score` runs and of a few `sensitivity` runs, weights only and with every
//! choice varied. It prints the ratios and the time per replication; machines here are shared and
//! noisy, so compare ratios, not milliseconds.

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const COMMUNES: usize = 10_000;
const INDICATORS: usize = 40;
const REPLICATIONS: usize = 1_000;

fn criteria() -> String {
    let mut yaml = String::from(
        "dtm: 1\nid: bench\ntitle: Bench\nentity: { id: code, name: name, groups: [district, kind] }\n\
         levels:\n  - { min: 0, name: Low }\n  - { min: 50, name: Mid }\npillars:\n",
    );
    let mut k = 0;
    for p in 0..4 {
        let missing = if p == 1 { "    missing: impute\n" } else { "" };
        let _ = write!(
            yaml,
            "  - id: p{p}\n    weight: {}\n{missing}    groups:\n",
            p + 1
        );
        for g in 0..2 {
            let _ = write!(yaml, "      - id: p{p}g{g}\n        indicators:\n");
            for _ in 0..INDICATORS / 8 {
                let scale = if k % 3 == 0 {
                    "{ steps: [[20, 25], [40, 50], [60, 75], [80, 100]] }"
                } else {
                    "{ goalpost: [0, 100] }"
                };
                let _ = writeln!(
                    yaml,
                    "          - {{ id: i{k}, weight: {}, scale: {scale} }}",
                    1 + k % 3
                );
                k += 1;
            }
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
    (0..INDICATORS).for_each(|k| {
        let _ = write!(csv, ",i{k}");
    });
    csv.push('\n');
    for c in 0..COMMUNES {
        let _ = write!(csv, "{c:05},Xã số {c},Huyện {},xã", random() % 40);
        for _ in 0..INDICATORS {
            let r = random();
            csv.push(',');
            if r % 10 != 0 {
                let _ = write!(csv, "{}", (r % 10_000) as f64 / 100.0);
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

fn run(args: &[&str], criteria: &Path, data: &Path, out: &Path) {
    let status = Command::new(env!("CARGO_BIN_EXE_dtm"))
        .args(args)
        .args(["--format", "csv", "-q", "-c"])
        .arg(criteria)
        .arg(data)
        .arg("-o")
        .arg(out)
        .status()
        .expect("dtm runs");
    assert!(status.success());
}

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/dtm-bench-sensitivity");
    std::fs::create_dir_all(&dir).expect("bench directory");
    let (criteria_path, data_path, out) = (
        dir.join("criteria.yaml"),
        dir.join("communes.csv"),
        dir.join("out.csv"),
    );
    std::fs::write(&criteria_path, criteria()).expect("write criteria");
    std::fs::write(&data_path, data()).expect("write data");
    let runs = REPLICATIONS.to_string();
    let score = || run(&["score"], &criteria_path, &data_path, &out);
    let weights = || {
        run(
            &["sensitivity", "--runs", &runs],
            &criteria_path,
            &data_path,
            &out,
        )
    };
    let all = || {
        let args = [
            "sensitivity",
            "--runs",
            &runs,
            "--vary",
            "aggregate,missing",
        ];
        run(&args, &criteria_path, &data_path, &out);
    };
    score(); // warm the file cache
    let score_time = median(7, score);
    let weights_time = median(3, weights);
    let all_time = median(3, all);
    let rows = std::fs::read_to_string(&out).map_or(0, |s| s.lines().count() - 1);
    assert_eq!(rows, COMMUNES, "every commune summarised");
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!(
        "dtm sensitivity, {COMMUNES} communes × {INDICATORS} indicators, {REPLICATIONS} replications, {threads} threads, whole process"
    );
    for (label, time) in [
        ("weights ±25 %", weights_time),
        ("weights, aggregation, missing", all_time),
    ] {
        let per = (time.saturating_sub(score_time)).as_secs_f64() / REPLICATIONS as f64;
        println!(
            "  {label:<30} {:>5.1}× one `dtm score` ({:>7.1} ms vs {:>6.1} ms); about {:.2} ms per replication (COINr: 2,500 ms)",
            time.as_secs_f64() / score_time.as_secs_f64(),
            ms(time),
            ms(score_time),
            per * 1000.0,
        );
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
