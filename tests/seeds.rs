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

/// The official unit list beside the repository, when this checkout has it.
fn units_file() -> Option<PathBuf> {
    let path = root().join("../shared/context/long-an-units.csv");
    path.exists().then_some(path)
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
    let header: BTreeSet<String> = header.into_iter().skip(ENTITY.len()).collect();
    let mut wanted = BTreeSet::new();
    for file in [
        "criteria/vn-commune-2025.yaml",
        "criteria/long-an-pilot.yaml",
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
    let Some(path) = units_file() else {
        return; // the generator needs the official list
    };
    let units = generate_seeds::read_units(&std::fs::read_to_string(path).unwrap()).unwrap();
    let rows = generate_seeds::communes(&units, generate_seeds::SEED);
    let mut communes = Vec::new();
    generate_seeds::write_communes(&units, &rows, &mut communes).unwrap();
    let mut households = Vec::new();
    generate_seeds::write_households(
        &units,
        &rows,
        generate_seeds::SAMPLE_HOUSEHOLDS,
        generate_seeds::SEED,
        &mut households,
    )
    .unwrap();
    // Compare without printing megabytes on failure.
    let same = |generated: &[u8], file: &str| {
        let committed = std::fs::read(root().join(file)).unwrap();
        assert!(
            generated == committed.as_slice(),
            "{file} differs from the generator's output; rerun it (seeds/README.md)"
        );
    };
    same(&communes, "seeds/long-an-communes.csv");
    same(&households, "seeds/long-an-households-sample.csv");
}
