//! Criteria as facts for `dtm check --explain` and for findings: scales, numbers, and the
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

/// What a scale does, as facts for `dtm check --explain` and the report's method section to
/// word: "0 % or less → 0, 80 % or more → 100". Numbers come as [`number`] writes them, with the
/// indicator's unit.
#[derive(Debug, Clone, PartialEq)]
pub enum ScaleFacts {
    /// `worst` scores 0 and `best` 100; `rising` when the best is the larger.
    Goalpost {
        worst: String,
        best: String,
        rising: bool,
    },
    /// Linear from the lowest to the highest value observed.
    Minmax(Direction),
    /// The percentile rank among communes.
    Percentile(Direction),
    /// Yes scores 100, no 0.
    Boolean,
    /// Each label and its score.
    Categories(Vec<(String, String)>),
    /// Below every step scores 0; each threshold (reached from below when `rising`) its score.
    Steps {
        rising: bool,
        steps: Vec<(String, String)>,
    },
}

/// The facts of an indicator's scale.
pub fn describe_scale(indicator: &Indicator) -> ScaleFacts {
    let unit = indicator
        .unit
        .as_deref()
        .map_or_else(String::new, |u| format!(" {u}"));
    let value = |x: f64| format!("{}{unit}", number(x));
    match &indicator.scale {
        Scale::Goalpost([worst, best]) => ScaleFacts::Goalpost {
            worst: value(*worst),
            best: value(*best),
            rising: best > worst,
        },
        Scale::Minmax(direction) => ScaleFacts::Minmax(*direction),
        Scale::Percentile(direction) => ScaleFacts::Percentile(*direction),
        Scale::Boolean => ScaleFacts::Boolean,
        Scale::Categories(categories) => ScaleFacts::Categories(
            categories
                .0
                .iter()
                .map(|(label, score)| (label.clone(), number(*score)))
                .collect(),
        ),
        Scale::Steps(steps) => ScaleFacts::Steps {
            rising: steps.len() < 2 || steps[1][0] > steps[0][0],
            steps: steps
                .iter()
                .map(|[threshold, score]| (value(*threshold), number(*score)))
                .collect(),
        },
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
