//! `dtm rollup` against an independent computation on the seeds' household sample, the seeds'
//! sample joined into the default criteria's household indicators, and thread independence.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const SAMPLE: &str = "seeds/long-an-households-sample.csv";
const COMMUNES: &str = "seeds/long-an-communes.csv";
/// The default criteria's household measures: (output column, sample column).
const SHARES: [(&str, &str); 3] = [
    ("fibre_household_pct", "has_fixed_broadband"),
    ("smartphone_household_pct", "has_smartphone"),
    ("cashless_household_pct", "uses_cashless"),
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn dtm(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dtm"))
        .args(args)
        .current_dir(root())
        .output()
        .unwrap()
}

fn records(text: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::Reader::from_reader(text);
    let header = reader.headers().unwrap().iter().map(String::from).collect();
    let rows = reader
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    (header, rows)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-12 * b.abs().max(1.0)
}

#[test]
fn the_seed_sample_agrees_with_a_straightforward_computation() {
    let output = dtm(&["rollup", SAMPLE, "-q"]);
    assert!(output.status.success(), "{output:?}");
    let (header, rows) = records(&output.stdout);
    let at = |name: &str| header.iter().position(|h| h == name).unwrap();

    // The same measures, one row at a time, by plain summation in a map.
    let bytes = std::fs::read(root().join(SAMPLE)).unwrap();
    let (sample_header, sample) = records(&bytes);
    let col = |name: &str| sample_header.iter().position(|h| h == name).unwrap();
    let (key, weight, spend) = (
        col("commune_code"),
        col("sample_weight"),
        col("online_spend_vnd"),
    );
    let mut order: Vec<String> = Vec::new();
    let mut sums: HashMap<String, (f64, u64, [f64; 3], f64)> = HashMap::new();
    for row in &sample {
        let w: f64 = row[weight].parse().unwrap();
        let entry = sums.entry(row[key].clone()).or_insert_with(|| {
            order.push(row[key].clone());
            (0.0, 0, [0.0; 3], 0.0)
        });
        entry.0 += w;
        entry.1 += 1;
        for (k, (_, column)) in SHARES.iter().enumerate() {
            entry.2[k] += w * row[col(column)].parse::<f64>().unwrap();
        }
        entry.3 += w * row[spend].parse::<f64>().unwrap();
    }
    let keys: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(keys, order, "one row per commune, in first-seen order");
    for row in &rows {
        let (weights, count, shares, spent) = sums[&row[0]];
        let number = |name: &str| row[at(name)].parse::<f64>().unwrap();
        for (k, (name, _)) in SHARES.iter().enumerate() {
            assert!(
                close(number(name), 100.0 * shares[k] / weights),
                "{name} of {}",
                row[0]
            );
            assert_eq!(row[at(&format!("{name}_rows"))], count.to_string());
        }
        assert!(close(number("households_estimated"), weights));
        assert!(close(number("online_spend_mean_vnd"), spent / weights));
    }
}

#[test]
fn the_seed_sample_feeds_the_household_indicators_when_scoring() {
    let rolled = dtm(&["rollup", SAMPLE, "-q"]);
    let (header, rows) = records(&rolled.stdout);
    // The command as written: the default criteria's `prefer: microdata` settles the
    // survey's own household columns.
    let microdata = format!("households={SAMPLE}");
    let args = vec!["score", COMMUNES, "--microdata", microdata.as_str(), "-q"];
    let scored = dtm(&args);
    assert!(scored.status.success(), "{scored:?}");
    let commune = rows[0][0].as_str();
    let mut args = vec![
        "profile",
        COMMUNES,
        commune,
        "--microdata",
        microdata.as_str(),
    ];
    args.extend(["--format", "json", "-q"]);
    let profile = dtm(&args);
    assert!(profile.status.success(), "{profile:?}");
    let json: serde_json::Value = serde_json::from_slice(&profile.stdout).unwrap();
    for (name, _) in SHARES {
        let at = header.iter().position(|h| h == name).unwrap();
        let raw = find_raw(&json, name)
            .unwrap_or_else(|| panic!("{name} is an indicator of the default criteria"));
        let expected: f64 = rows[0][at].parse().unwrap();
        // Machine formats round to 10 decimal places.
        assert!((raw - expected).abs() < 1e-9, "{name}: {raw} vs {expected}");
    }
}

/// The raw value of indicator `id` anywhere in a JSON document (an object keyed by the id, or an
/// object whose `id` is it).
fn find_raw(json: &serde_json::Value, id: &str) -> Option<f64> {
    match json {
        serde_json::Value::Object(map) => {
            if map.get("id").and_then(|v| v.as_str()) == Some(id)
                && let Some(raw) = map.get("raw").and_then(serde_json::Value::as_f64)
            {
                return Some(raw);
            }
            if let Some(raw) = map
                .get(id)
                .and_then(|v| v.get("raw"))
                .and_then(|v| v.as_f64())
            {
                return Some(raw);
            }
            map.values().find_map(|value| find_raw(value, id))
        }
        serde_json::Value::Array(items) => items.iter().find_map(|item| find_raw(item, id)),
        _ => None,
    }
}

/// Deterministic microdata of `rows` households in 300 communes, not sorted by commune.
fn write_microdata(path: &Path, rows: usize) {
    let mut text = String::from(
        "commune_code,household_id,members,sample_weight,has_smartphone,has_fixed_broadband,uses_cashless,has_digital_address,online_spend_vnd\n",
    );
    let mut state: u64 = 42;
    for household in 0..rows {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let commune = 27000 + (state >> 40) % 300;
        let weight = 1.0 + ((state >> 20) % 5000) as f64 / 997.0;
        let bit = |shift: u32| (state >> shift) & 1;
        let spend = (state >> 7) % 2_000_000;
        text.push_str(&format!(
            "{commune},{household},3,{weight},{},{},{},{},{spend}\n",
            bit(3),
            bit(4),
            bit(5),
            bit(6)
        ));
    }
    std::fs::write(path, text).unwrap();
}

#[test]
fn one_and_two_threads_write_the_same_bytes() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let path = dir.join("households.csv");
    write_microdata(&path, 120_000);
    let file = path.to_str().unwrap();
    let one = dtm(&["rollup", file, "--threads", "1", "-q"]);
    let two = dtm(&["rollup", file, "--threads", "2", "-q"]);
    assert!(one.status.success() && two.status.success());
    assert_eq!(one.stdout, two.stdout);
    let env = Command::new(env!("CARGO_BIN_EXE_dtm"))
        .args(["rollup", file, "-q", "--format", "json"])
        .env("RAYON_NUM_THREADS", "2")
        .output()
        .unwrap();
    let env_one = Command::new(env!("CARGO_BIN_EXE_dtm"))
        .args(["rollup", file, "-q", "--format", "json"])
        .env("RAYON_NUM_THREADS", "1")
        .output()
        .unwrap();
    assert_eq!(env.stdout, env_one.stdout);
    let (_, rows) = records(&one.stdout);
    assert_eq!(rows.len(), 300);
    // Medians sort each commune's values once everything is merged: the same for any threads.
    let criteria = dir.join("medians.yaml");
    std::fs::write(&criteria, MEDIANS).unwrap();
    let criteria = criteria.to_str().unwrap();
    let medians = |threads: &str| {
        let rollup = ["--rollup", "weighted", "--threads", threads, "-q"];
        dtm(&[&["rollup", file, "-c", criteria][..], &rollup].concat())
    };
    let (one, two) = (medians("1"), medians("2"));
    assert!(one.status.success(), "{one:?}");
    assert_eq!(one.stdout, two.stdout);
    assert_eq!(records(&one.stdout).1.len(), 300);
}

/// A criteria file with two rollups of the seeds' sample: medians and extremes with and without
/// the weight.
const MEDIANS: &str = concat!(
    "dtm: 1\nid: medians\ntitle: Medians\nentity: { id: commune_code }\n",
    "levels:\n  - { min: 0, name: Low }\n",
    "pillars:\n  - id: p\n    indicators:\n",
    "      - { id: spend_median, scale: { minmax: higher } }\n",
    "rollups:\n",
    "  - name: weighted\n    key: commune_code\n    weight: sample_weight\n    measures:\n",
    "      spend_median: { median: online_spend_vnd }\n",
    "      members_median: { median: members }\n",
    "      spend_min: { min: online_spend_vnd }\n",
    "      spend_max: { max: online_spend_vnd }\n",
    "  - name: plain\n    key: commune_code\n    measures:\n",
    "      spend_median_unweighted: { median: online_spend_vnd }\n",
    "      members_median_unweighted: { median: members }\n",
);

/// The weighted lower median with exact integer weights: the smallest value whose cumulative
/// weight, in value order, is at least half the total.
fn lower_median(mut pairs: Vec<(i64, i64)>) -> i64 {
    pairs.sort_by_key(|&(value, _)| value);
    let total: i64 = pairs.iter().map(|&(_, weight)| weight).sum();
    let mut cumulative = 0;
    for (value, weight) in pairs {
        cumulative += weight;
        if 2 * cumulative >= total {
            return value;
        }
    }
    panic!("no rows")
}

#[test]
fn medians_and_extremes_of_the_seed_sample_agree_with_exact_integer_arithmetic() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let criteria = dir.join("medians.yaml");
    std::fs::write(&criteria, MEDIANS).unwrap();
    let criteria = criteria.to_str().unwrap();

    // Weights in hundredths (the sample's weights have two decimals), values as integers.
    let bytes = std::fs::read(root().join(SAMPLE)).unwrap();
    let (sample_header, sample) = records(&bytes);
    let col = |name: &str| sample_header.iter().position(|h| h == name).unwrap();
    let mut rows: HashMap<String, Vec<(i64, i64, i64)>> = HashMap::new();
    for row in &sample {
        let weight: i64 = row[col("sample_weight")].replace('.', "").parse().unwrap();
        let spend: i64 = row[col("online_spend_vnd")].parse().unwrap();
        let members: i64 = row[col("members")].parse().unwrap();
        let entry = rows.entry(row[col("commune_code")].clone()).or_default();
        entry.push((spend, members, weight));
    }

    for (rollup, weighted) in [("weighted", true), ("plain", false)] {
        let output = dtm(&["rollup", SAMPLE, "-c", criteria, "--rollup", rollup, "-q"]);
        assert!(output.status.success(), "{output:?}");
        let (header, communes) = records(&output.stdout);
        let suffix = if weighted { "" } else { "_unweighted" };
        let at = |name: &str| {
            let name = name.replacen("_median", &format!("_median{suffix}"), 1);
            header.iter().position(|h| *h == name).unwrap()
        };
        assert_eq!(communes.len(), rows.len());
        for commune in &communes {
            let of = &rows[&commune[0]];
            let weight = |w: i64| if weighted { w } else { 1 };
            let spend = lower_median(of.iter().map(|r| (r.0, weight(r.2))).collect());
            let members = lower_median(of.iter().map(|r| (r.1, weight(r.2))).collect());
            assert_eq!(commune[at("spend_median")], spend.to_string(), "{rollup}");
            assert_eq!(commune[at("members_median")], members.to_string());
            assert_eq!(commune[at("spend_median_rows")], of.len().to_string());
            if weighted {
                let low = of.iter().map(|r| r.0).min().unwrap();
                let high = of.iter().map(|r| r.0).max().unwrap();
                assert_eq!(commune[at("spend_min")], low.to_string());
                assert_eq!(commune[at("spend_max")], high.to_string());
            }
        }
    }
}

/// Peak resident memory stays with the communes, not the rows: 96 MB of microdata (2.4 M rows of
/// 300 communes) streamed through standard input, the process's high-water mark read from
/// `/proc` while it runs. Reading the whole input would need more than twice the limit.
#[cfg(target_os = "linux")]
#[test]
fn memory_is_bounded_by_the_communes_not_the_rows() {
    use std::io::Write;
    use std::process::Stdio;

    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let path = dir.join("block.csv");
    write_microdata(&path, 25_000);
    let text = std::fs::read(&path).unwrap();
    let newline = text.iter().position(|&b| b == b'\n').unwrap();
    let (header, body) = text.split_at(newline + 1);
    let repeats = 96_000_000 / body.len() + 1;
    let streamed = (body.len() * repeats) as u64 / 1024;
    let mut child = Command::new(env!("CARGO_BIN_EXE_dtm"))
        .args(["rollup", "-", "-q", "--format", "json", "-o"])
        .arg(dir.join("rolled.json"))
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    let mut stdin = child.stdin.take().unwrap();
    let (header, body) = (header.to_vec(), body.to_vec());
    let writer = std::thread::spawn(move || {
        stdin.write_all(&header).unwrap();
        for _ in 0..repeats {
            stdin.write_all(&body).unwrap();
        }
    });
    let high_water = || -> Option<u64> {
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
        let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
        line.split_whitespace().nth(1)?.parse().ok()
    };
    let mut peak_kib = 0;
    while child.try_wait().unwrap().is_none() {
        peak_kib = peak_kib.max(high_water().unwrap_or(0));
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    writer.join().unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{output:?}");
    let rolled = std::fs::read(dir.join("rolled.json")).unwrap();
    let json: serde_json::Value = serde_json::from_slice(&rolled).unwrap();
    let text = json.to_string();
    assert!(text.contains("27299"), "every commune rolled up");
    assert!(peak_kib > 0, "the high-water mark was read");
    assert!(
        peak_kib < 40 * 1024,
        "peak {peak_kib} KiB for {streamed} KiB streamed"
    );
}
