//! Checks that need the whole tree: duplicate ids, gate names, and the warnings about weights,
//! relative scales and shared columns.

use std::collections::HashMap;

use super::codes;
use super::explain;
use super::model::{Children, Criteria, GateValue, Node, Origin};
use super::reader::{Reader, choice_list};
use crate::diagnostics::{Message, cut};
use crate::suggest;

/// An indicator under this share of the whole index hardly moves any score.
const TINY_WEIGHT: f64 = 0.01;

/// Column names the outputs write themselves (CSV of `score`, `compare` and `pilot`, gates).
pub const RESERVED_NAMES: [&str; 10] = [
    "rank",
    "id",
    "name",
    "period",
    "overall",
    "level",
    "level_name",
    "coverage",
    "presence",
    "pick",
];

/// Suffixes outputs add to a pillar, `overall`, `rank` or `level`: `government_level`,
/// `overall_before`, `rank_change`, ….
const RESERVED_SUFFIXES: [&str; 4] = ["_level", "_before", "_after", "_change"];

pub fn check(criteria: &Criteria, reader: &mut Reader<'_>) {
    duplicate_ids(criteria, reader);
    reserved_ids(criteria, reader);
    gates(criteria, reader);
    fraction_weights(criteria, reader);
    indicator_warnings(criteria, reader);
}

fn duplicate_ids(criteria: &Criteria, reader: &mut Reader<'_>) {
    let mut items: Vec<(&str, &Origin)> = Vec::new();
    for pillar in &criteria.pillars {
        collect_ids(pillar, &mut items);
    }
    let mut seen: HashMap<&str, &Origin> = HashMap::new();
    for (id, origin) in items {
        if let Some(first) = seen.get(id) {
            let message = Message::new("finding-duplicate-node-id")
                .with("id", cut(id))
                .with("line", first.line.to_string());
            reader.report(codes::DUPLICATE_ID, &id_origin(origin), message);
        } else {
            seen.insert(id, origin);
        }
    }
}

/// An id that is also an output column name would make two columns of one name, or a gate that
/// means two things.
fn reserved_ids(criteria: &Criteria, reader: &mut Reader<'_>) {
    let mut items: Vec<(&str, &Origin)> = Vec::new();
    for pillar in &criteria.pillars {
        collect_ids(pillar, &mut items);
    }
    let pillars: Vec<&str> = criteria.pillars.iter().map(|p| p.id.as_str()).collect();
    let groups: Vec<&str> = criteria.entity.groups.iter().map(String::as_str).collect();
    for (id, origin) in items {
        let clash = if RESERVED_NAMES.contains(&id) {
            Some(Message::new("finding-reserved-output").with("id", id))
        } else if groups.contains(&id) {
            Some(Message::new("finding-reserved-group").with("id", id))
        } else {
            RESERVED_SUFFIXES.iter().find_map(|suffix| {
                let stem = id.strip_suffix(suffix)?;
                let writes =
                    pillars.contains(&stem) || ["overall", "rank", "level"].contains(&stem);
                writes.then(|| {
                    Message::new("finding-reserved-suffix")
                        .with("id", id)
                        .with("stem", stem)
                })
            })
        };
        if let Some(clash) = clash {
            let message = Message::new("finding-reserved-id")
                .with("id", cut(id))
                .with("clash", clash)
                .with("taken", choice_list(&RESERVED_NAMES))
                .with("suffixes", RESERVED_SUFFIXES.join("/"));
            reader.report(codes::RESERVED_ID, &id_origin(origin), message);
        }
    }
}

fn collect_ids<'a>(node: &'a Node, items: &mut Vec<(&'a str, &'a Origin)>) {
    items.push((&node.id, &node.origin));
    match &node.children {
        Children::Groups(groups) => groups.iter().for_each(|group| collect_ids(group, items)),
        Children::Indicators(indicators) => {
            items.extend(indicators.iter().map(|i| (i.id.as_str(), &i.origin)))
        }
    }
}

/// A finding about an id points at the node, with the path of its `id` key.
fn id_origin(origin: &Origin) -> Origin {
    Origin {
        path: format!("{}.id", origin.path),
        ..origin.clone()
    }
}

fn gates(criteria: &Criteria, reader: &mut Reader<'_>) {
    let Some(pilot) = &criteria.pilot else { return };
    let pillars: Vec<&str> = criteria.pillars.iter().map(|p| p.id.as_str()).collect();
    let numeric: Vec<&str> = pillars
        .iter()
        .copied()
        .chain(["overall", "coverage", "level"])
        .collect();
    let groups: Vec<&str> = criteria.entity.groups.iter().map(String::as_str).collect();
    for gate in &pilot.gates {
        let name = gate.name.as_str();
        if numeric.contains(&name) {
            if let GateValue::Text(text) = &gate.value {
                let message = Message::new("finding-gate-text")
                    .with("gate", cut(&gate.to_string()))
                    .with("name", name)
                    .with("text", cut(text));
                reader.report(codes::UNKNOWN_GATE, &gate.origin, message);
            }
        } else if !groups.contains(&name) {
            let known: Vec<&str> = numeric.iter().chain(&groups).copied().collect();
            let hint = match suggest::closest(name, known.iter().copied()) {
                Some(found) => {
                    Message::new("finding-choice-did-you-mean").with("suggestion", cut(found))
                }
                None => Message::from(""),
            };
            let message = Message::new("finding-gate-unknown")
                .with("gate", cut(&gate.to_string()))
                .with("name", cut(name))
                .with("hint", hint)
                .with("known", choice_list(&known));
            reader.report(codes::UNKNOWN_GATE, &gate.origin, message);
        }
    }
}

/// Weights written as fractions (all at most 1) are read as shares; say so when they do not add up.
fn fraction_weights(criteria: &Criteria, reader: &mut Reader<'_>) {
    fn siblings(weights: &[f64], origin: &Origin, what: &'static str, reader: &mut Reader<'_>) {
        let fractions =
            weights.iter().all(|w| *w > 0.0 && *w <= 1.0) && weights.iter().any(|w| *w < 1.0);
        let sum: f64 = weights.iter().sum();
        if fractions && (sum - 1.0).abs() > 1e-6 {
            let message = Message::new("finding-weights-sum")
                .with("what", Message::new(what))
                .with("sum", explain::number((sum * 1e6).round() / 1e6));
            reader.report(codes::WEIGHTS_SUM, origin, message);
        }
    }
    fn walk(node: &Node, reader: &mut Reader<'_>) {
        match &node.children {
            Children::Groups(groups) => {
                let weights: Vec<f64> = groups.iter().map(|g| g.weight).collect();
                siblings(&weights, &node.origin, "finding-siblings-groups", reader);
                groups.iter().for_each(|group| walk(group, reader));
            }
            Children::Indicators(indicators) => {
                let weights: Vec<f64> = indicators.iter().map(|i| i.weight).collect();
                siblings(
                    &weights,
                    &node.origin,
                    "finding-siblings-indicators",
                    reader,
                );
            }
        }
    }
    let weights: Vec<f64> = criteria.pillars.iter().map(|p| p.weight).collect();
    if let Some(first) = criteria.pillars.first() {
        let at = Origin {
            path: "pillars".into(),
            ..first.origin.clone()
        };
        siblings(&weights, &at, "finding-siblings-pillars", reader);
    }
    criteria
        .pillars
        .iter()
        .for_each(|pillar| walk(pillar, reader));
}

fn indicator_warnings(criteria: &Criteria, reader: &mut Reader<'_>) {
    let indicators = criteria.indicators();
    let effective = explain::effective_weights(criteria);
    let weights_valid = effective.iter().all(|w| w.is_finite() && *w > 0.0);
    let mut columns: HashMap<&str, &str> = HashMap::new();
    for (indicator, weight) in indicators.iter().zip(effective) {
        // Effective weights mean nothing until non-positive weights are fixed.
        if weights_valid && weight < TINY_WEIGHT {
            let message = Message::new("finding-tiny-weight")
                .with("id", indicator.id.as_str())
                .with("percent", format!("{:.2}", weight * 100.0));
            reader.report(codes::TINY_WEIGHT, &indicator.origin, message);
        }
        let period = criteria.entity.period.as_ref();
        if let Some(period) = period.filter(|_| indicator.scale.is_relative()) {
            let message = Message::new("finding-relative-scale")
                .with("id", indicator.id.as_str())
                .with("period", period.as_str());
            reader.report(codes::RELATIVE_SCALE, &indicator.origin, message);
        }
        let first = columns.insert(indicator.column(), &indicator.id);
        if let Some(first) = first.filter(|first| **first != indicator.id) {
            let message = Message::new("finding-shared-column")
                .with("first", first)
                .with("id", indicator.id.as_str())
                .with("column", indicator.column());
            reader.report(codes::SHARED_COLUMN, &indicator.origin, message);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::criteria::load::load_bytes;

    #[test]
    fn a_clean_minimal_file_has_no_findings() {
        let text = "dtm: 1\nid: t\ntitle: T\nentity: { id: code }\nlevels:\n  - { min: 0, name: Low }\n  - { min: 50, name: High }\npillars:\n  - id: p\n    indicators:\n      - { id: a, scale: boolean }\n      - { id: b, scale: { goalpost: [0, 10] } }\n";
        let loaded = load_bytes(text.as_bytes(), "t.yaml");
        assert_eq!(loaded.findings, vec![]);
        assert!(loaded.criteria.is_some());
    }

    #[test]
    fn long_values_are_quoted_cut_in_criteria_findings() {
        let key = "k".repeat(1_000); // YAML allows keys up to 1024 characters
        let text = format!(
            "dtm: 1\nid: t\ntitle: T\nentity: {{ id: code }}\nlevels:\n  - {{ min: 0, name: Low }}\npillars:\n  - id: p\n    {key}: 1\n    indicators:\n      - {{ id: a, scale: {{ goalpost: [0, \"{key}\"] }} }}\n"
        );
        let loaded = load_bytes(text.as_bytes(), "t.yaml");
        assert_eq!(loaded.findings.len(), 2, "{:?}", loaded.findings);
        for finding in &loaded.findings {
            assert!(
                finding.message.to_string().len() < 400,
                "{}",
                finding.message
            );
            assert!(finding.message.contains(&format!("{}…", "k".repeat(80))));
        }
    }
}
