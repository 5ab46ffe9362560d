//! Rollout waves: every commune scheduled, the pilots first, then by readiness or by need, each
//! wave serving the spread values in turn.
//!
//! Per-value cursors hold each spread value's communes in order. Within a wave, values not yet
//! served wait in an ordered set by their next commune's position; served values wait in a
//! priority queue by (members in this wave, next position). Each member costs O(log v), so a
//! schedule is O(n log n) in communes however many waves are asked for: waves past the last
//! commune are not built (the schedule says how many were asked).

use std::collections::BTreeSet;

use super::Selection;
use super::rotation::{Keys, Queues, Turns};
use crate::analysis::names::fold;
use crate::score::Assessment;

/// How to schedule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WaveOptions {
    pub waves: usize,
    pub per_wave: usize,
    pub order: Order,
    /// At most this many members of one spread value per wave.
    pub per_group: Option<usize>,
}

/// The order in which communes after the pilots join the waves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Order {
    /// Most ready first (rank order).
    #[default]
    Readiness,
    /// Weakest first ("leave no one behind"); communes without a score still come last.
    Need,
}

/// Communes in waves, and those that do not fit.
#[derive(Debug, Clone, PartialEq)]
pub struct Schedule {
    /// How many waves were asked for; only the first `waves.len()` have members.
    pub asked: usize,
    pub per_wave: usize,
    pub order: Order,
    pub per_group: Option<usize>,
    pub waves: Vec<Wave>,
    /// Positions in `Assessment::entities` beyond the waves' capacity, in scheduling order.
    pub unscheduled: Vec<usize>,
}

/// One wave: its number (1 = the pilots), its communes in order and their mean overall score.
#[derive(Debug, Clone, PartialEq)]
pub struct Wave {
    pub number: usize,
    pub members: Vec<usize>,
    /// The mean overall score of the members that have one.
    pub mean: Option<f64>,
    /// Per group column, the values its members have (as the data write them), first seen first.
    pub touches: Vec<Vec<String>>,
}

/// Wave 1 holds the pilots of `selection`; waves 2 to `options.waves` take the other communes in
/// `options.order`, at most `per_wave` each. Within a wave the spread values are served in turn: a
/// commune joins only from a spread value with the fewest members in that wave among the values
/// with communes left (and below `per_group`).
pub fn schedule(assessment: &Assessment, selection: &Selection, options: &WaveOptions) -> Schedule {
    let n = assessment.entities.len();
    let keys = Keys::new(assessment, selection.spread_column);
    let mut taken = vec![false; n];
    let pilots: Vec<usize> = selection.picks.iter().map(|p| p.entity).collect();
    for &e in &pilots {
        taken[e] = true;
    }
    let order = order(assessment, options.order, &taken);
    let mut position = vec![usize::MAX; n];
    for (p, &e) in order.iter().enumerate() {
        position[e] = p;
    }
    let mut queues = Queues::new(&keys, &order);
    let mut fresh: BTreeSet<(usize, usize)> = (0..queues.values())
        .filter_map(|v| queues.head(v, |e| taken[e]).map(|h| (position[h], v)))
        .collect();
    let mut out = vec![pilots];
    let cap = options.per_group.unwrap_or(usize::MAX);
    while out.len() < options.waves && !fresh.is_empty() {
        let mut members = Vec::new();
        let mut served = Turns::new();
        let mut parked = Vec::new();
        while members.len() < options.per_wave {
            let (count, p, value) = match fresh.pop_first() {
                Some((p, value)) => (0, p, value),
                None => match served.pop() {
                    Some(turn) => turn,
                    None => break,
                },
            };
            let e = order[p];
            taken[e] = true;
            members.push(e);
            if let Some(head) = queues.head(value, |e| taken[e]) {
                if count + 1 < cap {
                    served.push(count + 1, position[head], value);
                } else {
                    parked.push((position[head], value));
                }
            }
        }
        fresh.extend(served.drain().map(|(_, p, value)| (p, value)));
        fresh.extend(parked);
        out.push(members);
    }
    Schedule {
        asked: options.waves,
        per_wave: options.per_wave,
        order: options.order,
        per_group: options.per_group,
        waves: out
            .into_iter()
            .enumerate()
            .map(|(k, members)| Wave {
                number: k + 1,
                mean: mean(assessment, &members),
                touches: touches(assessment, &members),
                members,
            })
            .collect(),
        unscheduled: order.into_iter().filter(|&e| !taken[e]).collect(),
    }
}

/// The communes after the pilots, in the order they join.
fn order(assessment: &Assessment, order: Order, taken: &[bool]) -> Vec<usize> {
    let rest = (0..assessment.entities.len()).filter(|&e| !taken[e]);
    match order {
        Order::Readiness => rest.collect(),
        Order::Need => {
            let (mut scored, unscored): (Vec<usize>, Vec<usize>) =
                rest.partition(|&e| assessment.entities[e].overall.is_some());
            // Rank order reversed, equal scores keeping id order (the sort is stable).
            scored.sort_by(|&a, &b| {
                let score = |e: usize| assessment.entities[e].overall.unwrap_or(0.0);
                score(a).total_cmp(&score(b))
            });
            scored.extend(unscored);
            scored
        }
    }
}

fn mean(assessment: &Assessment, members: &[usize]) -> Option<f64> {
    let scores: Vec<f64> = members
        .iter()
        .filter_map(|&e| assessment.entities[e].overall)
        .collect();
    (!scores.is_empty()).then(|| scores.iter().sum::<f64>() / scores.len() as f64)
}

fn touches(assessment: &Assessment, members: &[usize]) -> Vec<Vec<String>> {
    (0..assessment.group_columns.len())
        .map(|g| {
            let mut seen = std::collections::HashSet::new();
            members
                .iter()
                .filter_map(|&e| assessment.entities[e].groups.get(g))
                .filter(|value| seen.insert(fold(value)))
                .cloned()
                .collect()
        })
        .collect()
}
