//! Whole-process benchmark: `dtm rollup` on 10 M household rows in 10,000 communes.
//!
//! Run with `cargo bench --bench rollup` (set `DTM_BENCH_ROWS` for a smaller file). It writes a
//! deterministic microdata file (commune code, weight, three yes/no columns, spend; communes in
//! runs, as statistics offices order them) and a criteria file with one rollup (weighted count,
//! weighted smartphone share, mean spend) into `target/dtm-bench/`, then times, best of a few
//! runs: reading the file (`cat`), a one-thread `csv`-crate loop in this process doing the same
//! sums, `dtm rollup` on every core, and DuckDB (2 threads) through its Python package when it is
//! installed (`pip install duckdb`). It checks that all agree and prints ratios and peak memory
//! (from `/usr/bin/time` when present). Machines here are shared and noisy: compare ratios.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const COMMUNES: u64 = 10_000;
const RUNS: usize = 3;

const CRITERIA: &str = concat!(
    "dtm: 1\nid: bench\ntitle: Bench\nentity: { id: commune_code }\n",
    "levels:\n  - { min: 0, name: Low }\n",
    "pillars:\n  - id: p\n    indicators:\n",
    "      - { id: smartphone_pct, scale: { goalpost: [0, 100] } }\n",
    "rollups:\n  - name: households\n    key: commune_code\n    weight: sample_weight\n",
    "    measures:\n      households: count\n",
    "      smartphone_pct: { share: has_smartphone }\n",
    "      spend_mean: { mean: online_spend_vnd }\n",
);

fn generate(path: &Path, rows: u64) -> std::io::Result<()> {
    let mut out = BufWriter::with_capacity(1 << 20, File::create(path)?);
    out.write_all(b"commune_code,household_id,members,sample_weight,has_smartphone,has_fixed_broadband,uses_cashless,online_spend_vnd\n")?;
    let mut state: u64 = 2025;
    let per_commune = rows.div_ceil(COMMUNES);
    let mut line = String::with_capacity(128);
    for row in 0..rows {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let commune = 10_000 + row / per_commune;
        let weight = 5 + (state >> 50) % 40;
        let bit = |shift: u32| u64::from((state >> shift) % 10 < 7);
        let spend = ((state >> 20) % 300) * 10_000;
        line.clear();
        let _ = writeln!(
            line,
            "{commune},{commune}-{row:07},{},{weight}.{},{},{},{},{spend}",
            1 + (state >> 8) % 7,
            (state >> 12) % 100,
            bit(30),
            bit(34),
            bit(38)
        );
        out.write_all(line.as_bytes())?;
    }
    out.flush()
}

/// The same sums with the csv crate, one thread: (Σw, Σw·phone, Σw·spend) per commune.
fn csv_loop(path: &Path) -> HashMap<String, (f64, f64, f64)> {
    let mut reader = csv::Reader::from_path(path).expect("bench file");
    let mut sums: HashMap<String, (f64, f64, f64)> = HashMap::new();
    let mut record = csv::ByteRecord::new();
    while reader.read_byte_record(&mut record).expect("bench record") {
        let text = |at: usize| std::str::from_utf8(&record[at]).unwrap_or("");
        let weight: f64 = text(3).parse().unwrap_or(0.0);
        let phone: f64 = text(4).parse().unwrap_or(0.0);
        let spend: f64 = text(7).parse().unwrap_or(0.0);
        let entry = sums.entry(text(0).to_owned()).or_default();
        entry.0 += weight;
        entry.1 += weight * phone;
        entry.2 += weight * spend;
    }
    sums
}

fn best(mut run: impl FnMut() -> bool) -> Option<Duration> {
    let mut times = Vec::new();
    for _ in 0..RUNS {
        let start = Instant::now();
        if !run() {
            return None;
        }
        times.push(start.elapsed());
    }
    times.into_iter().min()
}

/// Peak resident memory in MiB of one run of `command`, from `/usr/bin/time -f %M`.
fn peak_mib(command: &[&str]) -> Option<f64> {
    let output = Command::new("/usr/bin/time")
        .args(["-f", "%M"])
        .args(command)
        .stdout(Stdio::null())
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&output.stderr);
    let kib: f64 = text.lines().last()?.trim().parse().ok()?;
    Some(kib / 1024.0)
}

const DUCKDB: &str = "import duckdb,sys\ncon=duckdb.connect()\ncon.execute('SET threads=2')\ncon.execute('SET enable_progress_bar=false')\n\
rows=con.execute(\"SELECT CAST(commune_code AS VARCHAR), sum(sample_weight), 100*sum(sample_weight*has_smartphone)/sum(sample_weight), sum(sample_weight*online_spend_vnd)/sum(sample_weight) FROM read_csv(?, header=true, columns={'commune_code':'BIGINT','household_id':'VARCHAR','members':'BIGINT','sample_weight':'DOUBLE','has_smartphone':'DOUBLE','has_fixed_broadband':'DOUBLE','uses_cashless':'DOUBLE','online_spend_vnd':'DOUBLE'}) GROUP BY 1\", [sys.argv[1]]).fetchall()\n\
out=open(sys.argv[2],'w')\nfor r in rows: out.write(','.join(str(x) for x in r)+'\\n')\n";

fn duckdb_available() -> bool {
    Command::new("python3")
        .args(["-c", "import duckdb"])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * b.abs().max(1.0)
}

/// dtm's output (`commune_code,households,_rows,smartphone_pct,_rows,spend_mean,_rows`) against
/// the loop's sums.
fn check_dtm(path: &Path, sums: &HashMap<String, (f64, f64, f64)>) -> usize {
    let mut reader = csv::Reader::from_path(path).expect("dtm output");
    let mut checked = 0;
    for record in reader.records() {
        let record = record.expect("dtm output record");
        let number = |at: usize| record[at].parse::<f64>().unwrap_or(f64::NAN);
        let (w, phone, spend) = sums[&record[0]];
        assert!(close(number(1), w), "count of {}", &record[0]);
        assert!(
            close(number(3), 100.0 * phone / w),
            "share of {}",
            &record[0]
        );
        assert!(close(number(5), spend / w), "mean of {}", &record[0]);
        checked += 1;
    }
    checked
}

fn check_duckdb(path: &Path, sums: &HashMap<String, (f64, f64, f64)>) -> usize {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let mut checked = 0;
    for line in text.lines() {
        let fields: Vec<&str> = line.split(',').collect();
        let number = |at: usize| fields[at].parse::<f64>().unwrap_or(f64::NAN);
        let (w, phone, spend) = sums[fields[0]];
        assert!(close(number(1), w) && close(number(2), 100.0 * phone / w));
        assert!(close(number(3), spend / w), "DuckDB mean of {}", fields[0]);
        checked += 1;
    }
    checked
}

fn main() {
    let rows: u64 = std::env::var("DTM_BENCH_ROWS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000_000);
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/dtm-bench");
    std::fs::create_dir_all(&dir).expect("bench directory");
    let data = dir.join(format!("households-{rows}.csv"));
    let criteria = dir.join("rollup-criteria.yaml");
    let output = dir.join("rollup-out.csv");
    let duck_out = dir.join("rollup-duckdb.csv");
    if !data.exists() {
        generate(&data, rows).expect("writing the bench file");
    }
    std::fs::write(&criteria, CRITERIA).expect("criteria");
    let size = std::fs::metadata(&data).map_or(0, |m| m.len());
    let dtm = env!("CARGO_BIN_EXE_dtm");
    let (data_s, criteria_s, output_s) = (
        data.to_string_lossy().into_owned(),
        criteria.to_string_lossy().into_owned(),
        output.to_string_lossy().into_owned(),
    );
    let dtm_args = ["rollup", "-c", &criteria_s, &data_s, "-o", &output_s, "-q"];
    // Into a pipe that this process drains: `cat > /dev/null` may not read the file at all.
    let cat = best(|| {
        let child = Command::new("cat")
            .arg(&data)
            .stdout(Stdio::piped())
            .spawn();
        let Ok(mut child) = child else { return false };
        let drained = child
            .stdout
            .take()
            .is_some_and(|mut out| std::io::copy(&mut out, &mut std::io::sink()).is_ok());
        drained && child.wait().is_ok_and(|s| s.success())
    });
    let mut sums = HashMap::new();
    let csv = best(|| {
        sums = csv_loop(&data);
        true
    });
    let dtm_time = best(|| {
        Command::new(dtm)
            .args(dtm_args)
            .status()
            .is_ok_and(|s| s.success())
    });
    let checked = check_dtm(&output, &sums);
    let mut dtm_command = vec![dtm];
    dtm_command.extend(dtm_args);
    let dtm_peak = peak_mib(&dtm_command);
    println!(
        "rollup bench: {rows} rows, {:.0} MB, {} communes; best of {RUNS}",
        size as f64 / 1e6,
        sums.len()
    );
    let (Some(cat), Some(csv), Some(dtm_time)) = (cat, csv, dtm_time) else {
        println!("a run failed");
        return;
    };
    println!("dtm agrees with the one-thread loop on {checked} communes");
    let ratio = |a: Duration, b: Duration| a.as_secs_f64() / b.as_secs_f64();
    println!("dtm / cat            {:.2}×", ratio(dtm_time, cat));
    println!("dtm / one-thread csv {:.2}×", ratio(dtm_time, csv));
    let mib = |m: Option<f64>| m.map_or("unknown".to_owned(), |m| format!("{m:.0} MiB"));
    println!("dtm peak memory      {}", mib(dtm_peak));
    if !duckdb_available() {
        println!("DuckDB: not installed (pip install duckdb), not compared");
        return;
    }
    let duck_s = duck_out.to_string_lossy().into_owned();
    let duck_args = ["python3", "-c", DUCKDB, &data_s, &duck_s];
    let duck = best(|| {
        Command::new(duck_args[0])
            .args(&duck_args[1..])
            .status()
            .is_ok_and(|s| s.success())
    });
    let Some(duck) = duck else {
        println!("DuckDB: the query failed");
        return;
    };
    let agreed = check_duckdb(&duck_out, &sums);
    println!("DuckDB agrees on {agreed} communes");
    println!(
        "DuckDB / dtm         {:.2}× (dtm is faster above 1)",
        ratio(duck, dtm_time)
    );
    let duck_peak = peak_mib(&duck_args);
    println!(
        "memory dtm / DuckDB  {}",
        match (dtm_peak, duck_peak) {
            (Some(d), Some(k)) => format!("{:.3} ({} vs {})", d / k, mib(dtm_peak), mib(duck_peak)),
            _ => "unknown".to_owned(),
        }
    );
}
