//! Criteria in words for `dtm check --explain` and for findings: scales, numbers, and the
//! effective weights validation needs.

use super::model::{Children, Criteria, Direction, Indicator, Node, Scale};

/// Effective weight of each indicator in the index, in `Criteria::indicators()` order: the
/// product of the normalised weights along its path. Validation needs it before a scoring tree
/// exists; `dtm check --explain` shows the scoring tree's own (`score::tree`).
pub fn effective_weights(criteria: &Criteria) -> Vec<f64> {
    let mut weights = Vec::new();
    let total: f64 = criteria.pillars.iter().map(|p| p.weight).sum();
    for pillar in &criteria.pillars {
        node_weights(pillar, pillar.weight / total, &mut weights);
    }
    weights
}

fn node_weights(node: &Node, effective: f64, weights: &mut Vec<f64>) {
    match &node.children {
        Children::Groups(groups) => {
            let total: f64 = groups.iter().map(|g| g.weight).sum();
            for group in groups {
                node_weights(group, effective * group.weight / total, weights);
            }
        }
        Children::Indicators(indicators) => {
            let total: f64 = indicators.iter().map(|i| i.weight).sum();
            weights.extend(indicators.iter().map(|i| effective * i.weight / total));
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
