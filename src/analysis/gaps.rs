//! Gaps: where one commune can gain overall points, and the fewest improvements to its next level.
//!
//! **Gain.** An indicator's potential gain is the rise of the overall score if the commune reached
//! the best score its scale allows (100, or the top step or label when those stop short of 100),
//! recomputed with the engine's own rules ([`what_if`]). With arithmetic aggregation and every
//! indicator scored this is exactly `effective_weight · (best − score)`, the DESIGN §5 formula.
//! A missing indicator counts as *reported at its best*: under `zero` it gains
//! `effective_weight · 100`; under `impute`, `effective_weight · (100 − imputed score)`; under
//! `renormalize` it joins the renormalised mean, so it gains less than `effective_weight · 100`
//! (its siblings' weights shrink back) and it may bring a dropped node back into the index.
//!
//! **Path.** See [`path`]: the fewest indicators to raise to reach the next level.

mod invert;
mod path;
mod search;
#[cfg(test)]
mod tests;

use serde::Serialize;

pub use invert::{Inverted, Target, best_score, invert};
pub use path::{Outlook, Path, Step};

use crate::criteria::Criteria;
use crate::score::{Assessment, EntityResult, NodeKind, Raise};

/// Gains below this are nothing to gain.
pub const GAIN_TOLERANCE: f64 = 1e-9;

/// One commune's gaps.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Gaps {
    /// Every indicator with something to gain, largest gain first (equal gains in tree order).
    pub gains: Vec<Gain>,
    /// How many indicators are already at their scale's best.
    pub at_best: usize,
    /// The way to the next level, or why there is none.
    pub next: Outlook,
}

/// What raising one indicator to its best would add to the overall score.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Gain {
    /// Position in `Assessment::nodes`.
    pub node: usize,
    pub id: String,
    /// The score now (after missing-value treatment); `None` when it is missing and dropped.
    pub score: Option<f64>,
    /// Whether the commune reported a value.
    pub reported: bool,
    /// The best score the scale gives.
    pub best: f64,
    /// Overall points gained by reaching `best`.
    pub gain: f64,
}

/// The gains and the path to the next level of `entity`.
pub fn gaps(criteria: &Criteria, assessment: &Assessment, entity: &EntityResult) -> Gaps {
    let gains = potential(criteria, assessment, entity);
    let at_best = assessment
        .indicators
        .iter()
        .filter(|&&node| {
            let best = assessment.nodes[node]
                .scale
                .as_ref()
                .map_or(100.0, best_score);
            entity.coverages.get(node) > 0.0
                && entity
                    .scores
                    .get(node)
                    .is_some_and(|s| s >= best - GAIN_TOLERANCE)
        })
        .count();
    let next = path::next_level(criteria, assessment, entity, &gains);
    Gaps {
        gains,
        at_best,
        next,
    }
}

/// Every indicator's gain, largest first; equal gains keep tree order (the sort is stable).
fn potential(criteria: &Criteria, assessment: &Assessment, entity: &EntityResult) -> Vec<Gain> {
    let Some(overall) = entity.overall else {
        return Vec::new();
    };
    // One indicator at a time: only the nodes above it are recomputed.
    let mut raise = Raise::new(assessment, &criteria.levels, entity);
    let mut gains: Vec<Gain> = assessment
        .indicators
        .iter()
        .filter_map(|&node| {
            let info = &assessment.nodes[node];
            debug_assert_eq!(info.kind, NodeKind::Indicator);
            let best = info.scale.as_ref().map_or(100.0, best_score);
            let score = entity.scores.get(node);
            let reported = entity.coverages.get(node) > 0.0;
            if reported && score.is_some_and(|s| s >= best - GAIN_TOLERANCE) {
                return None;
            }
            let gain = raise
                .overall(node, best)
                .map_or(0.0, |after| after - overall);
            (gain > GAIN_TOLERANCE).then(|| Gain {
                node,
                id: info.id.clone(),
                score,
                reported,
                best,
                gain,
            })
        })
        .collect();
    gains.sort_by(|a, b| b.gain.total_cmp(&a.gain));
    gains
}
