//! The shape of the committed seed data, so that it cannot drift from the official unit list, the
//! shipped criteria or its own generator.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};

#[allow(dead_code)] // the generator's command line is not used here, only its functions
#[path = "../examples/generate_seeds.rs"]
mod generate_seeds;

const ENTITY: [&str; 5] = ["commune_code", "commune_name", "district", "kind", "period"];
/// Long An on 01/03/2025 (frameworks.md, long-an-units.csv): 160 xã, 11 phường, 15 thị trấn.
const KINDS: [(&str, usize); 3] = [("xã", 160), ("phường", 11), ("thị trấn", 15)];
const PILOTS: [(&str, &str, &str); 3] = [
    ("27691", "Phường 4", "Thành phố Tân An"),
    ("28159", "Thị trấn Cần Giuộc", "Huyện Cần Giuộc"),
    ("28237", "Xã Dương Xuân Hội", "Huyện Châu Thành"),
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The official lists (`shared/context/`) beside the repository, or beside the directory that
/// holds it (a worktree), when this checkout has them.
fn context_dir() -> Option<PathBuf> {
    ["../shared/context", "../../shared/context"]
        .iter()
        .map(|dir| root().join(dir))
        .find(|dir| dir.join("long-an-units.csv").exists())
}

/// The official unit list of Long An, when this checkout has it.
fn units_file() -> Option<PathBuf> {
    context_dir().map(|dir| dir.join("long-an-units.csv"))
}

/// A CSV file as its header and records of strings.
fn read(path: &Path) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader =
        csv::Reader::from_path(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let header = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let records = reader
        .records()
        .map(|record| record.unwrap().iter().map(str::to_owned).collect())
        .collect();
    (header, records)
}

fn communes() -> (Vec<String>, Vec<BTreeMap<String, String>>) {
    let (header, records) = read(&root().join("seeds/long-an-communes.csv"));
    let rows = records
        .into_iter()
        .map(|record| header.iter().cloned().zip(record).collect())
        .collect();
    (header, rows)
}

#[test]
fn every_unit_appears_once_per_period() {
    let (header, rows) = communes();
    assert_eq!(header[..5], ENTITY, "the entity columns come first");
    let mut seen = HashSet::new();
    let mut per_period: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
    for row in &rows {
        assert!(
            seen.insert((&row["commune_code"], &row["period"])),
            "duplicate ({}, {})",
            row["commune_code"],
            row["period"]
        );
        *per_period
            .entry(&row["period"])
            .or_default()
            .entry(&row["kind"])
            .or_default() += 1;
        for column in ENTITY {
            assert!(
                !row[column].trim().is_empty(),
                "empty {column} for {}",
                row["commune_code"]
            );
        }
    }
    let periods: Vec<&str> = per_period.keys().copied().collect();
    assert_eq!(periods, ["2023", "2024"]);
    for (period, kinds) in &per_period {
        let expected: BTreeMap<&str, usize> = KINDS.into_iter().collect();
        assert_eq!(kinds, &expected, "kinds in {period}");
        assert_eq!(kinds.values().sum::<usize>(), 186, "units in {period}");
    }
}

#[test]
fn units_match_the_official_list() {
    let Some(path) = units_file() else {
        return; // a checkout without shared/ beside it: nothing to compare with
    };
    let (header, records) = read(&path);
    let at = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (code, name, kind, district) = (
        at("commune_code"),
        at("commune_name"),
        at("commune_type"),
        at("district_name"),
    );
    let official: BTreeMap<&str, (&str, String, &str)> = records
        .iter()
        .map(|r| {
            (
                r[code].as_str(),
                (
                    r[name].as_str(),
                    r[kind].to_lowercase(),
                    r[district].as_str(),
                ),
            )
        })
        .collect();
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    official
        .values()
        .for_each(|(_, kind, _)| *counts.entry(kind.clone()).or_default() += 1);
    let expected: BTreeMap<String, usize> = KINDS
        .iter()
        .map(|(kind, n)| ((*kind).to_owned(), *n))
        .collect();
    assert_eq!(counts, expected, "kind counts of the official list");
    let (_, rows) = communes();
    for row in &rows {
        let Some((name, kind, district)) = official.get(row["commune_code"].as_str()) else {
            panic!(
                "commune_code {} is not in {}",
                row["commune_code"],
                path.display()
            );
        };
        assert_eq!(
            (
                row["commune_name"].as_str(),
                &row["kind"],
                row["district"].as_str()
            ),
            (*name, kind, *district)
        );
    }
    let seeded: BTreeSet<&str> = rows
        .iter()
        .map(|row| row["commune_code"].as_str())
        .collect();
    assert_eq!(
        seeded.len(),
        official.len(),
        "every official unit is seeded"
    );
}

#[test]
fn the_three_pilots_are_present_in_both_periods() {
    let (_, rows) = communes();
    for (code, name, district) in PILOTS {
        let found: Vec<_> = rows
            .iter()
            .filter(|row| row["commune_code"] == code)
            .collect();
        assert_eq!(found.len(), 2, "{name} in both periods");
        for row in found {
            assert_eq!(
                (row["commune_name"].as_str(), row["district"].as_str()),
                (name, district)
            );
        }
    }
}

/// The indicator columns a criteria file reads. A line scan, not a YAML parser: an indicator is
/// an `- id:` entry that has a `scale:` before the next `- id:`; its column is `column:` if given.
/// Good enough for the shipped files, which `dtm check --data` validates properly.
fn indicator_columns(path: &Path) -> BTreeSet<String> {
    let text = std::fs::read_to_string(path).unwrap();
    let mut columns = BTreeSet::new();
    let mut current: Option<(String, Option<String>, bool)> = None;
    let mut flush = |entry: Option<(String, Option<String>, bool)>| {
        if let Some((id, column, true)) = entry {
            columns.insert(column.unwrap_or(id));
        }
    };
    for line in text
        .lines()
        .map(|line| line.split(" #").next().unwrap_or("").trim())
    {
        if let Some(id) = line.strip_prefix("- id:") {
            flush(current.take());
            current = Some((id.trim().to_owned(), None, false));
        } else if let (Some(column), Some(entry)) = (line.strip_prefix("column:"), current.as_mut())
        {
            entry.1 = Some(column.trim().trim_matches('"').to_owned());
        } else if let (true, Some(entry)) = (line.starts_with("scale:"), current.as_mut()) {
            entry.2 = true;
        }
    }
    flush(current);
    columns
}

#[test]
fn seeds_have_a_column_for_every_indicator_of_the_shipped_criteria() {
    let (header, _) = communes();
    assert_eq!(header.last().map(String::as_str), Some("synthetic"));
    let header: BTreeSet<String> = header[ENTITY.len()..header.len() - 1]
        .iter()
        .cloned()
        .collect();
    let mut wanted = BTreeSet::new();
    for file in [
        "criteria/vn-commune-2025.yaml",
        "criteria/long-an-pilot.yaml",
        "criteria/examples/dti-four-groups.yaml",
        "criteria/examples/minimal.yaml",
    ] {
        let columns = indicator_columns(&root().join(file));
        assert!(columns.len() >= 3, "{file}: found only {columns:?}");
        wanted.extend(columns);
    }
    let absent: Vec<_> = wanted.difference(&header).collect();
    let unused: Vec<_> = header.difference(&wanted).collect();
    assert!(
        absent.is_empty(),
        "indicator columns missing from the seeds: {absent:?}"
    );
    assert!(
        unused.is_empty(),
        "seed columns no criteria file reads: {unused:?}"
    );
}

#[test]
fn household_sample_has_its_size_and_valid_keys() {
    let (header, records) = read(&root().join("seeds/long-an-households-sample.csv"));
    assert_eq!(header[..2], ["commune_code", "household_id"]);
    assert_eq!(records.len(), generate_seeds::SAMPLE_HOUSEHOLDS);
    let (_, rows) = communes();
    let codes: HashSet<&str> = rows
        .iter()
        .map(|row| row["commune_code"].as_str())
        .collect();
    let mut ids = HashSet::new();
    for record in &records {
        assert!(
            codes.contains(record[0].as_str()),
            "unknown commune_code {}",
            record[0]
        );
        assert!(
            ids.insert(record[1].as_str()),
            "duplicate household_id {}",
            record[1]
        );
    }
    let sampled: HashSet<&str> = records.iter().map(|record| record[0].as_str()).collect();
    assert_eq!(sampled.len(), codes.len(), "every commune has households");
}

#[test]
fn regenerating_reproduces_the_committed_files() {
    let Some(dir) = context_dir() else {
        return; // the generator needs the official lists
    };
    let context = generate_seeds::Context::read(&dir).unwrap();
    let seeds = generate_seeds::generate(&context, generate_seeds::SEED).unwrap();
    // Compare without printing megabytes on failure.
    let same = |generated: &[u8], file: &str| {
        let committed = std::fs::read(root().join(file)).unwrap();
        assert!(
            generated == committed.as_slice(),
            "{file} differs from the generator's output; rerun it (seeds/README.md)"
        );
    };
    for survey in &seeds.surveys {
        let mut bytes = Vec::new();
        generate_seeds::write_survey(survey, &mut bytes).unwrap();
        same(&bytes, &format!("seeds/{}", survey.file));
    }
    let long_an = &seeds.surveys[0];
    let mut households = Vec::new();
    generate_seeds::write_households(
        &long_an.units,
        &long_an.rows,
        generate_seeds::SAMPLE_HOUSEHOLDS,
        generate_seeds::SEED,
        &mut households,
    )
    .unwrap();
    same(&households, "seeds/long-an-households-sample.csv");
}

/// A seed file's rows as column → value maps.
fn rows_of(file: &str) -> (Vec<String>, Vec<BTreeMap<String, String>>) {
    let (header, records) = read(&root().join(file));
    let rows = records
        .into_iter()
        .map(|record| header.iter().cloned().zip(record).collect())
        .collect();
    (header, rows)
}

#[test]
fn every_seed_row_is_marked_synthetic() {
    for file in SURVEYS {
        let (_, rows) = rows_of(file);
        assert!(!rows.is_empty(), "{file}");
        for row in &rows {
            assert_eq!(row["synthetic"], "có", "{file}: {}", row["commune_code"]);
        }
    }
}

#[test]
fn the_tay_ninh_surveys_hold_the_real_units_and_their_columns() {
    let (header, _) = rows_of("seeds/tay-ninh-2026.csv");
    let default = indicator_columns(&root().join("criteria/vn-commune-2025.yaml"));
    let expected: Vec<String> = ENTITY
        .iter()
        .map(|c| (*c).to_owned())
        .chain(criteria_order(&default))
        .chain(["synthetic".to_owned()])
        .collect();
    assert_eq!(header, expected);
    // Old Tây Ninh's file has Long An's columns, so that the two concatenate (one 2024 survey
    // of the whole new province on its old units).
    assert_eq!(rows_of("seeds/tay-ninh-2024.csv").0, communes().0);
    let Some(dir) = context_dir() else {
        return;
    };
    // The new Tây Ninh (code 80): 96 units with their real codes, names and kinds.
    let (units_header, units) = read(&dir.join("vn-2025-units.csv"));
    let at = |name: &str| units_header.iter().position(|h| h == name).unwrap();
    let new: BTreeMap<&str, (&str, &str)> = units
        .iter()
        .filter(|r| r[at("province_code")] == "80")
        .map(|r| {
            (
                r[at("code")].as_str(),
                (r[at("name")].as_str(), r[at("kind")].as_str()),
            )
        })
        .collect();
    let (_, rows) = rows_of("seeds/tay-ninh-2026.csv");
    assert_eq!((new.len(), rows.len()), (96, 96));
    for row in &rows {
        let found = new.get(row["commune_code"].as_str()).copied();
        assert_eq!(
            found,
            Some((row["commune_name"].as_str(), row["kind"].as_str()))
        );
        assert_eq!(row["period"], "2026");
    }
    // Old Tây Ninh (old code 72): 94 units with their old codes, names and districts.
    let (cross_header, links) = read(&dir.join("vn-2025-crosswalk.csv"));
    let at = |name: &str| cross_header.iter().position(|h| h == name).unwrap();
    let old: BTreeMap<&str, (&str, &str)> = links
        .iter()
        .filter(|r| r[at("old_province_code")] == "72")
        .map(|r| {
            let name = (r[at("old_name")].as_str(), r[at("old_district")].as_str());
            (r[at("old_code")].as_str(), name)
        })
        .collect();
    let (_, rows) = rows_of("seeds/tay-ninh-2024.csv");
    assert_eq!((old.len(), rows.len()), (94, 94));
    for row in &rows {
        let found = old.get(row["commune_code"].as_str()).copied();
        assert_eq!(
            found,
            Some((row["commune_name"].as_str(), row["district"].as_str()))
        );
        assert_eq!(row["period"], "2024");
    }
}

/// The columns in the order the criteria file lists its indicators.
fn criteria_order(columns: &BTreeSet<String>) -> Vec<String> {
    let text = std::fs::read_to_string(root().join("criteria/vn-commune-2025.yaml")).unwrap();
    let mut ordered: Vec<String> = Vec::new();
    for line in text.lines() {
        if let Some(id) = line.trim().strip_prefix("- id:") {
            let id = id.trim().to_owned();
            if columns.contains(&id) && !ordered.contains(&id) {
                ordered.push(id);
            }
        }
    }
    ordered
}

const SURVEYS: [&str; 3] = [
    "seeds/long-an-communes.csv",
    "seeds/tay-ninh-2024.csv",
    "seeds/tay-ninh-2026.csv",
];

/// `dtm score FILE [--period P] --format csv`, as rows.
fn scores(file: &str, period: Option<&str>) -> Vec<BTreeMap<String, String>> {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_dtm"));
    command
        .current_dir(root())
        .args(["score", file, "--format", "csv"]);
    if let Some(period) = period {
        command.args(["--period", period]);
    }
    let output = command.output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let mut reader = csv::Reader::from_reader(output.stdout.as_slice());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    reader
        .records()
        .map(|r| {
            header
                .iter()
                .cloned()
                .zip(r.unwrap().iter().map(str::to_owned))
                .collect()
        })
        .collect()
}

/// Spearman's rank correlation, ties at their mean rank.
fn spearman(x: &[f64], y: &[f64]) -> f64 {
    fn ranks(v: &[f64]) -> Vec<f64> {
        let mut order: Vec<usize> = (0..v.len()).collect();
        order.sort_by(|a, b| v[*a].total_cmp(&v[*b]));
        let mut ranks = vec![0.0; v.len()];
        let mut i = 0;
        while i < order.len() {
            let mut j = i;
            while j + 1 < order.len() && v[order[j + 1]] == v[order[i]] {
                j += 1;
            }
            for k in i..=j {
                ranks[order[k]] = (i + j) as f64 / 2.0;
            }
            i = j + 1;
        }
        ranks
    }
    let (rx, ry) = (ranks(x), ranks(y));
    let n = rx.len() as f64;
    let (mx, my) = (rx.iter().sum::<f64>() / n, ry.iter().sum::<f64>() / n);
    let cov: f64 = rx.iter().zip(&ry).map(|(a, b)| (a - mx) * (b - my)).sum();
    let vx: f64 = rx.iter().map(|a| (a - mx).powi(2)).sum();
    let vy: f64 = ry.iter().map(|b| (b - my).powi(2)).sum();
    cov / (vx * vy).sqrt()
}

#[test]
fn the_default_criteria_have_exactly_the_three_dti_pillars() {
    let loaded = dtm::criteria::load_bytes(dtm::criteria::BUILTIN.as_bytes(), "builtin");
    let criteria = loaded.criteria.expect("the built-in criteria load");
    let pillars: Vec<(&str, f64)> = criteria
        .pillars
        .iter()
        .map(|p| (p.id.as_str(), p.weight))
        .collect();
    assert_eq!(
        pillars,
        [
            ("government", 400.0),
            ("economy", 300.0),
            ("society", 300.0)
        ]
    );
    let count = criteria.indicators().len();
    assert!((30..=45).contains(&count), "{count} indicators");
    assert_eq!(criteria.level_rule, dtm::criteria::LevelRule::WeakestPillar);
    assert_eq!(
        criteria.missing_pillar,
        dtm::criteria::MissingPillar::Unranked
    );
    for indicator in criteria.indicators() {
        assert!(indicator.source.is_some(), "{} has no source", indicator.id);
    }
}

#[test]
fn the_pillars_do_not_move_as_one() {
    let cases = [
        (SURVEYS[0], Some("2023")),
        (SURVEYS[0], Some("2024")),
        (SURVEYS[1], None),
        (SURVEYS[2], None),
    ];
    for (file, period) in cases {
        let rows = scores(file, period);
        let full: Vec<[f64; 3]> = rows
            .iter()
            .filter_map(|r| {
                let get = |p: &str| r[p].parse::<f64>().ok();
                Some([get("government")?, get("economy")?, get("society")?])
            })
            .collect();
        assert!(
            full.len() * 10 >= rows.len() * 9,
            "{file}: most communes scored"
        );
        for (a, b) in [(0, 1), (0, 2), (1, 2)] {
            let x: Vec<f64> = full.iter().map(|p| p[a]).collect();
            let y: Vec<f64> = full.iter().map(|p| p[b]).collect();
            let rho = spearman(&x, &y);
            assert!(
                rho < 0.9,
                "{file} {period:?}: pillars {a} and {b} correlate {rho:.3}"
            );
        }
    }
}

#[test]
fn some_communes_decline_and_no_pilot_is_near_perfect() {
    let before = scores(SURVEYS[0], Some("2023"));
    let after = scores(SURVEYS[0], Some("2024"));
    let overall = |rows: &[BTreeMap<String, String>]| -> BTreeMap<String, f64> {
        rows.iter()
            .filter_map(|r| Some((r["id"].clone(), r["overall"].parse().ok()?)))
            .collect()
    };
    let (old, new) = (overall(&before), overall(&after));
    let both: Vec<&String> = old.keys().filter(|id| new.contains_key(*id)).collect();
    let declined = both.iter().filter(|id| new[**id] < old[**id]).count();
    let share = declined as f64 / both.len() as f64;
    assert!(
        (0.05..=0.10).contains(&share),
        "{declined} of {} declined",
        both.len()
    );
    for (code, name, _) in PILOTS {
        for scores in [&old, &new] {
            let score = scores[code];
            assert!((75.0..=95.0).contains(&score), "{name}: {score}");
        }
    }
    // The pilots are strong, not forced to the top: another commune leads in 2024.
    assert!(!PILOTS.iter().any(|(code, _, _)| after[0]["id"] == *code));
    // The new units that hold the pilots stay below 95 too.
    for row in scores(SURVEYS[2], None) {
        if let Ok(score) = row["overall"].parse::<f64>() {
            assert!(score <= 95.0, "{}: {score}", row["name"]);
        }
    }
}
