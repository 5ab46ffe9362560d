//! Helper for `benches/run.sh`: deterministic bench data and the bare-`csv` baselines.
//!
//! - `bench_floor gen DIR` writes `criteria.yaml` (40 indicators, every kind of scale, nested
//!   groups, one imputing pillar), `c10k.csv` (10,000 communes), `c100k.csv` (100,000) and
//!   `c100k-new.csv` (the same communes a period later, values moved, shuffled order) into DIR.
//!   It also writes `wide.yaml` (4 pillars of 2,500 goalpost indicators) and `wide.csv` (200
//!   communes, a tenth of the values empty): `profile` on criteria with 10,000 indicators.
//! - `bench_floor copy IN OUT` reads IN with the `csv` crate and writes every record to OUT: the
//!   cost of the I/O alone, the floor `dtm score` is measured against.
//! - `bench_floor read IN` reads every record and every field of IN: the floor of `check --data`.

use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

const INDICATORS: usize = 40;

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

/// Indicators per pillar of `wide.yaml`, in groups of 500.
const WIDE: usize = 2_500;

fn wide_criteria() -> String {
    let mut yaml = String::from(
        "dtm: 1\nid: wide\ntitle: Wide\nentity: { id: code, name: name }\n\
         levels:\n  - { min: 0, name: Low }\n  - { min: 50, name: Mid }\n  - { min: 75, name: High }\npillars:\n",
    );
    for p in 0..4 {
        let _ = write!(yaml, "  - id: p{p}\n    groups:\n");
        for g in 0..WIDE / 500 {
            let _ = write!(yaml, "      - id: p{p}g{g}\n        indicators:\n");
            for k in 0..500 {
                let _ = writeln!(
                    yaml,
                    "          - {{ id: w{p}_{g}_{k}, scale: {{ goalpost: [0, 100] }} }}"
                );
            }
        }
    }
    yaml
}

fn wide_data(communes: usize, seed: u64) -> String {
    let mut random = Random(seed);
    let mut csv = String::from("code,name");
    for p in 0..4 {
        for g in 0..WIDE / 500 {
            for k in 0..500 {
                let _ = write!(csv, ",w{p}_{g}_{k}");
            }
        }
    }
    csv.push('\n');
    for c in 0..communes {
        let _ = write!(csv, "{c:04},Xã số {c}");
        for _ in 0..4 * WIDE {
            let r = random.next();
            csv.push(',');
            if !r.is_multiple_of(10) {
                let _ = write!(csv, "{}", (r % 10_000) as f64 / 100.0);
            }
        }
        csv.push('\n');
    }
    csv
}

struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// Communes `0..communes` in `order`, values drawn from `seed`.
fn data(order: &[usize], seed: u64) -> String {
    let mut random = Random(seed);
    let mut csv = String::from("code,name,district,kind");
    for k in 0..INDICATORS {
        let _ = write!(csv, ",i{k}");
    }
    csv.push('\n');
    for &c in order {
        let _ = write!(csv, "{c:06},Xã số {c},Huyện {},xã", c % 40);
        for k in 0..INDICATORS {
            let r = random.next();
            csv.push(',');
            if r.is_multiple_of(10) {
                continue;
            }
            let _ = match k % 7 {
                3 => write!(csv, "{}", if r.is_multiple_of(3) { "có" } else { "không" }),
                4 => write!(csv, "{}", ["none", "forming", "active"][(r % 3) as usize]),
                _ => write!(csv, "{}", (r % 10_000) as f64 / 100.0),
            };
        }
        csv.push('\n');
    }
    csv
}

fn generate(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    std::fs::write(dir.join("criteria.yaml"), criteria())?;
    std::fs::write(dir.join("wide.yaml"), wide_criteria())?;
    std::fs::write(dir.join("wide.csv"), wide_data(200, 0x6a09_e667_f3bc_c908))?;
    let ten: Vec<usize> = (0..10_000).collect();
    std::fs::write(dir.join("c10k.csv"), data(&ten, 0x9e37_79b9_7f4a_7c15))?;
    let hundred: Vec<usize> = (0..100_000).collect();
    std::fs::write(dir.join("c100k.csv"), data(&hundred, 0x2545_f491_4f6c_dd1d))?;
    // A period later: a Fisher–Yates shuffle of the same communes, new values.
    let mut shuffled = hundred;
    let mut random = Random(0x0123_4567_89ab_cdef);
    for i in (1..shuffled.len()).rev() {
        let j = (random.next() % (i as u64 + 1)) as usize;
        shuffled.swap(i, j);
    }
    std::fs::write(
        dir.join("c100k-new.csv"),
        data(&shuffled, 0x5851_f42d_4c95_7f2d),
    )
}

fn copy(input: &Path, output: &Path) -> Result<(), csv::Error> {
    let mut reader = csv::Reader::from_path(input)?;
    let mut writer = csv::Writer::from_path(output)?;
    writer.write_record(reader.headers()?)?;
    for record in reader.records() {
        writer.write_record(&record?)?;
    }
    writer.flush()?;
    Ok(())
}

fn read(input: &Path) -> Result<usize, csv::Error> {
    let mut reader = csv::Reader::from_path(input)?;
    let mut bytes = 0;
    for record in reader.records() {
        bytes += record?.iter().map(str::len).sum::<usize>();
    }
    Ok(bytes)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let done = match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["gen", dir] => generate(Path::new(dir)).map_err(|e| e.to_string()),
        ["copy", input, output] => {
            copy(Path::new(input), Path::new(output)).map_err(|e| e.to_string())
        }
        ["read", input] => read(Path::new(input)).map(drop).map_err(|e| e.to_string()),
        _ => Err("usage: bench_floor gen DIR | copy IN OUT | read IN".to_owned()),
    };
    match done {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bench_floor: {e}");
            ExitCode::from(2)
        }
    }
}
