//! Looking for a shorter path than the greedy one when gains do not simply add up.

use super::GAIN_TOLERANCE;
use super::path::{Goal, changes};
use crate::criteria::{Aggregate, LevelRule};
use crate::score::NodeKind;

/// The most what-if evaluations spent looking for a shorter path than the greedy one.
pub const SEARCH_LIMIT: usize = 20_000;

/// Whether gains simply add up for this commune, which makes the greedy path the fewest.
fn additive(goal: &Goal) -> bool {
    let a = goal.assessment;
    a.level_rule == LevelRule::Score
        && a.index.aggregate == Aggregate::Arithmetic
        && a.nodes
            .iter()
            .all(|n| n.kind == NodeKind::Indicator || n.aggregate == Some(Aggregate::Arithmetic))
        && goal.entity.scores.iter().all(|score| score.is_some())
}

/// A smaller set than `greedy` that reaches the level, found by exhaustive search when that is
/// affordable; with whether the result is known to be the fewest.
pub(super) fn shorten(
    goal: &Goal,
    candidates: &[(usize, f64)],
    greedy: Vec<usize>,
) -> (Vec<usize>, bool) {
    if greedy.len() <= 1 || additive(goal) {
        return (greedy, true);
    }
    let mut budget = SEARCH_LIMIT;
    let mut single = goal.raise();
    for size in 1..greedy.len() {
        let cost = combinations_count(candidates.len(), size);
        if cost > budget {
            return (greedy, false);
        }
        budget -= cost;
        let mut found: Option<(f64, Vec<usize>)> = None;
        for_each_combination(candidates.len(), size, |set| {
            // One raise recomputes only the nodes above it (as a whole what-if would, bit for bit).
            let one = match set {
                &[k] => single.trial(candidates[k].0, candidates[k].1),
                _ => None,
            };
            let result =
                one.unwrap_or_else(|| goal.eval(&changes(candidates, set.iter().copied())));
            let overall = result.overall.unwrap_or(f64::NEG_INFINITY);
            if goal.reached(&result)
                && found
                    .as_ref()
                    .is_none_or(|(o, _)| overall > *o + GAIN_TOLERANCE)
            {
                found = Some((overall, set.to_vec()));
            }
        });
        if let Some((_, set)) = found {
            return (set, true);
        }
    }
    (greedy, true)
}

/// `n choose k`, saturating.
fn combinations_count(n: usize, k: usize) -> usize {
    (0..k).fold(1usize, |acc, i| acc.saturating_mul(n - i) / (i + 1))
}

/// Calls `visit` with every k-subset of `0..n` in lexicographic order.
fn for_each_combination(n: usize, k: usize, mut visit: impl FnMut(&[usize])) {
    if k > n {
        return;
    }
    let mut set: Vec<usize> = (0..k).collect();
    loop {
        visit(&set);
        let Some(i) = (0..k).rev().find(|&i| set[i] < n - k + i) else {
            return;
        };
        set[i] += 1;
        for j in i + 1..k {
            set[j] = set[j - 1] + 1;
        }
    }
}
