//! Cross-check against COINr on the JRC's ASEM index: min-max to [0, 100] with direction, weighted
//! arithmetic means dropping missing children, no coverage threshold. The reference files live in
//! `../shared/reference/coinr-asem/`; without them the test says so and passes.

use std::collections::HashMap;
use std::path::PathBuf;

use crate::criteria::{Criteria, Direction, Indicator, Node};
use crate::data::Dataset;

use super::testkit::{Row, criteria, dataset, groups, minmax, n, node, run};

fn reference_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/reference/coinr-asem")
}

/// A CSV table as header → column, fields split on commas outside double quotes.
struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    fn read(name: &str) -> Option<Table> {
        let text = std::fs::read_to_string(reference_dir().join(name)).ok()?;
        let mut lines = text
            .lines()
            .filter(|line| !line.trim().is_empty())
            .map(split);
        let header = lines.next()?;
        Some(Table {
            header,
            rows: lines.collect(),
        })
    }

    fn column(&self, name: &str) -> usize {
        self.header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column {name}"))
    }
}

fn split(line: &str) -> Vec<String> {
    let (mut fields, mut field, mut quoted) = (Vec::new(), String::new(), false);
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => fields.push(std::mem::take(&mut field)),
            _ => field.push(c),
        }
    }
    fields.push(field);
    fields
}

/// The ASEM tree from iMeta: Index → Conn, Sust → 8 sub-pillars → 49 indicators, all weights 1.
fn asem_criteria(meta: &Table) -> Criteria {
    let (level, code, direction, parent) = (
        meta.column("Level"),
        meta.column("iCode"),
        meta.column("Direction"),
        meta.column("Parent"),
    );
    let children = |of: &str, at: &str| -> Vec<Vec<String>> {
        meta.rows
            .iter()
            .filter(|r| r[parent] == of && r[level] == at)
            .cloned()
            .collect()
    };
    let indicators = |group: &str| -> Vec<Indicator> {
        children(group, "1")
            .iter()
            .map(|r| {
                let better = if r[direction] == "-1" {
                    Direction::Lower
                } else {
                    Direction::Higher
                };
                minmax(&r[code], better)
            })
            .collect()
    };
    let pillars: Vec<Node> = children("Index", "3")
        .iter()
        .map(|p| {
            let subs = children(&p[code], "2")
                .iter()
                .map(|g| node(&g[code], indicators(&g[code])))
                .collect();
            groups(&p[code], subs)
        })
        .collect();
    let mut c = criteria(pillars);
    c.entity.groups.clear();
    c
}

fn asem_data(data: &Table, criteria: &Criteria) -> Dataset {
    let id = data.column("uCode");
    let columns: Vec<usize> = criteria
        .indicators()
        .iter()
        .map(|i| data.column(&i.id))
        .collect();
    let rows = data.rows.iter().map(|r| {
        let values = columns
            .iter()
            .map(|&c| r[c].parse::<f64>().ok().and_then(n))
            .collect();
        Row(&r[id], "", "", "", values)
    });
    let mut d = dataset(rows.collect());
    d.entities.iter_mut().for_each(|e| e.groups.clear());
    d
}

#[test]
#[allow(clippy::print_stdout)] // the note on a skipped check is for whoever runs the tests
fn asem_matches_coinr_minmax_arithmetic() {
    let (Some(meta), Some(data), Some(expected)) = (
        Table::read("asem_input_iMeta.csv"),
        Table::read("asem_input_iData.csv"),
        Table::read("asem_simple_minmax_amean_results.csv"),
    ) else {
        println!(
            "note: COINr ASEM reference not found at {}; skipped",
            reference_dir().display()
        );
        return;
    };
    let criteria = asem_criteria(&meta);
    assert_eq!(criteria.indicators().len(), 49);
    let assessment = run(&criteria, &asem_data(&data, &criteria));
    let code = expected.column("uCode");
    let mut checked = HashMap::new();
    for row in &expected.rows {
        let entity = assessment
            .entity(&row[code])
            .unwrap_or_else(|| panic!("no {}", row[code]));
        assert_eq!(
            entity.rank.map(|r| r.to_string()).as_deref(),
            Some(row[expected.column("Rank")].as_str())
        );
        for (k, name) in expected.header.iter().enumerate().skip(2) {
            let want: f64 = row[k]
                .parse()
                .unwrap_or_else(|_| panic!("{name} of {}", row[code]));
            let got = match name.as_str() {
                "Index" => entity.overall,
                node => entity.scores[assessment.node(node).unwrap_or_else(|| panic!("no {node}"))],
            };
            let got = got.unwrap_or_else(|| panic!("{name} of {} is missing", row[code]));
            assert!(
                (got - want).abs() < 1e-9,
                "{name} of {}: {got} vs COINr {want}",
                row[code]
            );
            *checked.entry(name.clone()).or_insert(0) += 1;
        }
    }
    assert_eq!(expected.rows.len(), 51);
    assert_eq!(checked.len(), 11);
}
