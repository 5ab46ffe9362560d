//! The criteria tree laid flat for `dtm check --explain`: each node's weight within its parent,
//! each indicator's effective weight in the index, and its scale in words.

use serde::Serialize;

use super::model::{Children, Criteria, Direction, Indicator, Node, Scale};

/// One line of the explained tree.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    /// 0 for pillars.
    pub depth: usize,
    pub kind: RowKind,
    pub id: String,
    pub name: String,
    /// Share of its parent's weight, 0 to 1.
    pub weight: f64,
    /// Share of the whole index, 0 to 1 (product of the weights along the path).
    pub effective_weight: f64,
    /// The scale in words, for indicators.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scale: Option<String>,
    /// The data column, for indicators.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RowKind {
    Pillar,
    Group,
    Indicator,
}

/// The tree, depth first in file order, texts in `lang`.
pub fn rows(criteria: &Criteria, lang: &str) -> Vec<Row> {
    let mut rows = Vec::new();
    let total: f64 = criteria.pillars.iter().map(|p| p.weight).sum();
    for pillar in &criteria.pillars {
        node_rows(pillar, 0, pillar.weight / total, 1.0, lang, &mut rows);
    }
    rows
}

/// Effective weight of each indicator in the index, in `Criteria::indicators()` order.
pub fn effective_weights(criteria: &Criteria) -> Vec<f64> {
    rows(criteria, "en")
        .into_iter()
        .filter(|row| row.kind == RowKind::Indicator)
        .map(|row| row.effective_weight)
        .collect()
}

fn node_rows(node: &Node, depth: usize, share: f64, parent: f64, lang: &str, rows: &mut Vec<Row>) {
    let effective = share * parent;
    rows.push(Row {
        depth,
        kind: if depth == 0 {
            RowKind::Pillar
        } else {
            RowKind::Group
        },
        id: node.id.clone(),
        name: node
            .name
            .as_ref()
            .map_or_else(String::new, |n| n.get(lang).to_owned()),
        weight: share,
        effective_weight: effective,
        scale: None,
        column: None,
    });
    match &node.children {
        Children::Groups(groups) => {
            let total: f64 = groups.iter().map(|g| g.weight).sum();
            for group in groups {
                node_rows(
                    group,
                    depth + 1,
                    group.weight / total,
                    effective,
                    lang,
                    rows,
                );
            }
        }
        Children::Indicators(indicators) => {
            let total: f64 = indicators.iter().map(|i| i.weight).sum();
            for indicator in indicators {
                let share = indicator.weight / total;
                rows.push(Row {
                    depth: depth + 1,
                    kind: RowKind::Indicator,
                    id: indicator.id.clone(),
                    name: indicator
                        .name
                        .as_ref()
                        .map_or_else(String::new, |n| n.get(lang).to_owned()),
                    weight: share,
                    effective_weight: share * effective,
                    scale: Some(describe_scale(indicator)),
                    column: Some(indicator.column().to_owned()),
                });
            }
        }
    }
}

/// A scale in words: "0 → 0, 80 % or more → 100".
pub fn describe_scale(indicator: &Indicator) -> String {
    let unit = indicator
        .unit
        .as_deref()
        .map_or_else(String::new, |u| format!(" {u}"));
    let value = |x: f64| format!("{}{unit}", number(x));
    match &indicator.scale {
        Scale::Goalpost([worst, best]) => {
            let (worse, better) = if best > worst {
                ("or less", "or more")
            } else {
                ("or more", "or less")
            };
            format!(
                "{} {worse} → 0, {} {better} → 100",
                value(*worst),
                value(*best)
            )
        }
        Scale::Minmax(direction) => format!(
            "linear from the lowest to the highest observed ({})",
            better(*direction)
        ),
        Scale::Percentile(direction) => {
            format!("percentile rank among communes ({})", better(*direction))
        }
        Scale::Boolean => "yes → 100, no → 0".to_owned(),
        Scale::Categories(categories) => categories
            .0
            .iter()
            .map(|(label, score)| format!("{label} → {}", number(*score)))
            .collect::<Vec<_>>()
            .join(", "),
        Scale::Steps(steps) => {
            let rising = steps.len() < 2 || steps[1][0] > steps[0][0];
            let sign = if rising { "≥" } else { "≤" };
            let mut parts = vec![format!("below all steps → 0")];
            parts.extend(steps.iter().map(|[threshold, score]| {
                format!("{sign} {} → {}", value(*threshold), number(*score))
            }));
            parts.join(", ")
        }
    }
}

fn better(direction: Direction) -> &'static str {
    match direction {
        Direction::Higher => "higher is better",
        Direction::Lower => "lower is better",
    }
}

/// A number without a needless ".0".
pub fn number(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}
