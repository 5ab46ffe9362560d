//! Rollout waves: every commune scheduled by readiness, the pilots first, support spread out.

use serde::Serialize;

use super::Selection;
use crate::analysis::names::fold;
use crate::score::Assessment;

/// Communes in waves, and those that do not fit.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Schedule {
    pub per_wave: usize,
    pub waves: Vec<Wave>,
    /// Positions in `Assessment::entities` beyond the waves' capacity, in rank order.
    pub unscheduled: Vec<usize>,
}

/// One wave: its number (1 = the pilots), its communes in order and their mean overall score.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Wave {
    pub number: usize,
    pub members: Vec<usize>,
    /// The mean overall score of the members that have one.
    pub mean: Option<f64>,
}

/// Wave 1 holds the pilots of `selection`; waves 2 to `waves` take the other communes by readiness
/// (rank order: overall score, then id; communes without a score last), at most `per_wave` each.
/// Within a wave the spread values are served in turn: a commune joins only from a spread value with
/// the fewest members in that wave among the values with communes left.
pub fn schedule(
    assessment: &Assessment,
    selection: &Selection,
    waves: usize,
    per_wave: usize,
) -> Schedule {
    let key = |e: usize| {
        selection.spread_column.map(|g| {
            fold(
                assessment.entities[e]
                    .groups
                    .get(g)
                    .map_or("", String::as_str),
            )
        })
    };
    let pilots: Vec<usize> = selection.picks.iter().map(|p| p.entity).collect();
    let mut remaining: Vec<usize> = (0..assessment.entities.len())
        .filter(|e| !pilots.contains(e))
        .collect();
    let mut out = Vec::new();
    if waves > 0 {
        out.push(pilots);
    }
    for _ in 1..waves {
        let mut members: Vec<usize> = Vec::new();
        while members.len() < per_wave && !remaining.is_empty() {
            let count = |e: usize| members.iter().filter(|&&m| key(m) == key(e)).count();
            let fewest = remaining.iter().map(|&e| count(e)).min().unwrap_or(0);
            if let Some(at) = remaining.iter().position(|&e| count(e) == fewest) {
                members.push(remaining.remove(at));
            }
        }
        out.push(members);
    }
    Schedule {
        per_wave,
        waves: out
            .into_iter()
            .enumerate()
            .map(|(k, members)| Wave {
                number: k + 1,
                mean: mean(assessment, &members),
                members,
            })
            .collect(),
        unscheduled: remaining,
    }
}

fn mean(assessment: &Assessment, members: &[usize]) -> Option<f64> {
    let scores: Vec<f64> = members
        .iter()
        .filter_map(|&e| assessment.entities[e].overall)
        .collect();
    (!scores.is_empty()).then(|| scores.iter().sum::<f64>() / scores.len() as f64)
}
