//! The shortest path to the next level: the fewest indicators to raise, each with its raw target.
//!
//! **Why largest gains first is the fewest when gains add up** (arithmetic aggregation, every
//! indicator and node scored, `level_rule: score`): raising a set S gives `overall + Σ_{i∈S} g_i`.
//! Let T be a smallest set whose gains cover the deficit, |T| = k. The k largest gains sum to at
//! least Σ_{i∈T} g_i (swap each member of T for an unused larger gain: the sum never drops), so
//! they cover the deficit too; and a shorter prefix that covered it would be a smaller covering set.
//! Otherwise (geometric means, renormalised missing values, coverage thresholds, or the
//! weakest-pillar rule, which adds one constraint per pillar) gains interact: the greedy choice is
//! re-evaluated exactly at every step (the step that most reduces the shortfall — points below the
//! next level's minimum, overall plus each pillar under `weakest_pillar`), then every smaller set
//! is tried while that takes at most [`SEARCH_LIMIT`](super::search::SEARCH_LIMIT) evaluations. `Path::fewest` says whether the
//! result is proven the fewest. The last step stops where the level is reached, when the scale is
//! continuous enough to allow it; the others go to the scale's best.

use serde::Serialize;

use super::invert::{Target, best_score, invert};
use super::search::shorten;
use super::{GAIN_TOLERANCE, Gain};
use crate::criteria::{Criteria, LevelRule};
use crate::score::{Assessment, EntityResult, Outcome, Raise, what_if};

/// Where a commune can go from its level.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "outlook", rename_all = "snake_case")]
pub enum Outlook {
    /// Already at the top level.
    Top {
        #[serde(serialize_with = "one_based")]
        level: usize,
    },
    /// No overall score (too little data), so no level to climb from.
    Unscored,
    /// Even every indicator at its best would not reach the next level.
    Unreachable {
        #[serde(serialize_with = "one_based")]
        level: usize,
        min: f64,
        best_overall: Option<f64>,
    },
    /// The way to the next level.
    Path(Path),
}

/// The fewest improvements that reach `level`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Path {
    /// The next level (index into `Criteria::levels`; 1-based in JSON) and where it starts.
    #[serde(serialize_with = "one_based")]
    pub level: usize,
    pub min: f64,
    /// `min − overall`; zero or less when only a weak pillar holds the commune back.
    pub deficit: f64,
    /// Under `weakest_pillar`: the pillars (positions in `nodes`) scoring below `min`.
    pub held_back_by: Vec<usize>,
    pub steps: Vec<Step>,
    pub overall_after: f64,
    /// Whether no shorter path exists (proven, or checked by exhaustive search).
    pub fewest: bool,
}

/// Level numbers are 1-based wherever they are shown, JSON included.
fn one_based<S: serde::Serializer>(level: &usize, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_u64(*level as u64 + 1)
}

/// One improvement.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    /// Position in `Assessment::nodes`.
    pub node: usize,
    pub id: String,
    /// The score now; `None` when missing and dropped.
    pub from: Option<f64>,
    /// The score to reach.
    pub to: f64,
    /// Overall points this step adds after the steps before it.
    pub gain: f64,
    pub target: Option<Target>,
    /// The step stops short of the scale's best because that already reaches the level.
    pub partial: bool,
}

/// The criteria, the commune and the level it aims for.
pub(super) struct Goal<'a> {
    criteria: &'a Criteria,
    pub assessment: &'a Assessment,
    pub entity: &'a EntityResult,
    level: usize,
    min: f64,
}

impl Goal<'_> {
    pub fn eval(&self, changes: &[(usize, f64)]) -> Outcome {
        let result = what_if(self.assessment, &self.criteria.levels, self.entity, changes);
        Outcome::of(&result, self.assessment)
    }

    pub fn reached(&self, result: &Outcome) -> bool {
        result.level.is_some_and(|level| level >= self.level)
    }

    /// Points still missing: below `min` overall, and in each scored pillar under the weakest-pillar rule.
    fn shortfall(&self, result: &Outcome) -> f64 {
        let below = |score: Option<f64>| score.map_or(0.0, |s| (self.min - s).max(0.0));
        let mut total = result.overall.map_or(self.min, |s| (self.min - s).max(0.0));
        if self.assessment.level_rule == LevelRule::WeakestPillar {
            total += result.pillars.iter().map(|&p| below(p)).sum::<f64>();
        }
        total
    }
}

/// The path from `entity`'s level to the next; `gains` gives the order of equal choices.
pub(super) fn next_level(
    criteria: &Criteria,
    assessment: &Assessment,
    entity: &EntityResult,
    gains: &[Gain],
) -> Outlook {
    let (Some(overall), Some(level)) = (entity.overall, entity.level) else {
        return Outlook::Unscored;
    };
    let Some(next) = criteria.levels.get(level + 1) else {
        return Outlook::Top { level };
    };
    let goal = Goal {
        criteria,
        assessment,
        entity,
        level: level + 1,
        min: next.min,
    };
    let candidates = candidates(assessment, entity, gains);
    let Some(greedy) = greedy(&goal, &candidates) else {
        let all: Vec<(usize, f64)> = candidates.clone();
        return Outlook::Unreachable {
            level: level + 1,
            min: next.min,
            best_overall: goal.eval(&all).overall,
        };
    };
    let (mut chosen, fewest) = shorten(&goal, &candidates, greedy);
    chosen.sort_unstable(); // candidate order: largest single gain first
    let steps = steps(&goal, &candidates, &chosen);
    let changes: Vec<(usize, f64)> = steps.iter().map(|s| (s.node, s.to)).collect();
    let held_back_by = match assessment.level_rule {
        LevelRule::Score => Vec::new(),
        LevelRule::WeakestPillar => assessment
            .pillars
            .iter()
            .copied()
            .filter(|&p| {
                entity
                    .scores
                    .get(p)
                    .is_some_and(|s| s < next.min - GAIN_TOLERANCE)
            })
            .collect(),
    };
    Outlook::Path(Path {
        level: level + 1,
        min: next.min,
        deficit: next.min - overall,
        held_back_by,
        overall_after: goal.eval(&changes).overall.unwrap_or(overall),
        steps,
        fewest,
    })
}

/// `(node, best score)` of every indicator not at its best: those with a gain first, largest
/// first, then the rest in tree order (under the weakest-pillar rule they may still help).
fn candidates(assessment: &Assessment, entity: &EntityResult, gains: &[Gain]) -> Vec<(usize, f64)> {
    let mut out: Vec<(usize, f64)> = gains.iter().map(|g| (g.node, g.best)).collect();
    for &node in &assessment.indicators {
        let best = assessment.nodes[node]
            .scale
            .as_ref()
            .map_or(100.0, best_score);
        let at_best = entity.coverages[node] > 0.0
            && entity
                .scores
                .get(node)
                .is_some_and(|s| s >= best - GAIN_TOLERANCE);
        if !at_best && !out.iter().any(|&(n, _)| n == node) {
            out.push((node, best));
        }
    }
    out
}

/// Positions in `candidates`, chosen one at a time by the largest fall in shortfall (ties: the
/// earlier candidate); `None` when the level cannot be reached.
/// Each try raises the picks so far and one more: only the nodes above that one are recomputed.
fn greedy(goal: &Goal, candidates: &[(usize, f64)]) -> Option<Vec<usize>> {
    let mut chosen: Vec<usize> = Vec::new();
    let mut picked = vec![false; candidates.len()];
    let mut raise = Raise::new(goal.assessment, &goal.criteria.levels, goal.entity);
    let mut now = raise.now();
    while !goal.reached(&now) {
        let before = goal.shortfall(&now);
        let mut best: Option<(f64, usize, Outcome)> = None;
        for k in (0..candidates.len()).filter(|&k| !picked[k]) {
            let (node, score) = candidates[k];
            let Some(trial) = raise.trial(node, score) else {
                continue;
            };
            let progress = before - goal.shortfall(&trial);
            if best
                .as_ref()
                .is_none_or(|(p, _, _)| progress > *p + GAIN_TOLERANCE)
            {
                best = Some((progress, k, trial));
            }
        }
        let (progress, k, trial) = best?;
        if progress <= GAIN_TOLERANCE {
            return None;
        }
        chosen.push(k);
        picked[k] = true;
        raise.keep(candidates[k].0, candidates[k].1);
        now = trial;
    }
    Some(chosen)
}

pub(super) fn changes(
    candidates: &[(usize, f64)],
    chosen: impl Iterator<Item = usize>,
) -> Vec<(usize, f64)> {
    chosen.map(|k| candidates[k]).collect()
}

/// The chosen candidates as steps: each raised to its best but the last, which stops at the
/// lowest score that still reaches the level (snapped up to what its scale can give).
fn steps(goal: &Goal, candidates: &[(usize, f64)], chosen: &[usize]) -> Vec<Step> {
    let entity = goal.entity;
    let mut plan: Vec<(usize, f64)> = changes(candidates, chosen.iter().copied());
    let mut partial = false;
    if let Some(&(node, best)) = plan.last() {
        let prefix = &plan[..plan.len() - 1];
        let enough = lowest_sufficient(
            goal,
            prefix,
            node,
            entity.scores.get(node).unwrap_or(0.0),
            best,
        );
        let snapped = scale_of(goal, node)
            .and_then(|s| invert(s, enough, observed(goal, node)))
            .map_or(best, |i| i.score.min(best));
        partial = snapped < best - GAIN_TOLERANCE;
        if let Some(last) = plan.last_mut() {
            last.1 = snapped;
        }
    }
    let mut before = entity.overall.unwrap_or(0.0);
    let count = plan.len();
    (0..count)
        .map(|j| {
            let (node, to) = plan[j];
            let after = goal.eval(&plan[..=j]).overall.unwrap_or(before);
            let step = Step {
                node,
                id: goal.assessment.nodes[node].id.clone(),
                from: entity.scores.get(node),
                to,
                gain: after - before,
                target: scale_of(goal, node)
                    .and_then(|s| invert(s, to, observed(goal, node)))
                    .map(|i| i.target),
                partial: partial && j + 1 == count,
            };
            before = after;
            step
        })
        .collect()
}

/// The lowest score in `[low, best]` for `node` that, with `prefix`, reaches the level with no
/// shortfall at all (bisection: raising a score never lowers the overall score). The strict test
/// keeps the target off the 1e-9 level tolerance, so 60 is asked for rather than 59.999999998.
fn lowest_sufficient(
    goal: &Goal,
    prefix: &[(usize, f64)],
    node: usize,
    low: f64,
    best: f64,
) -> f64 {
    let reaches = |score: f64| {
        let mut trial = prefix.to_vec();
        trial.push((node, score));
        let result = goal.eval(&trial);
        goal.reached(&result) && goal.shortfall(&result) <= 0.0
    };
    let (mut low, mut high) = (low.min(best), best);
    if reaches(low) {
        return low;
    }
    for _ in 0..60 {
        let middle = (low + high) / 2.0;
        if reaches(middle) {
            high = middle
        } else {
            low = middle
        }
    }
    high
}

fn scale_of<'a>(goal: &Goal<'a>, node: usize) -> Option<&'a crate::criteria::Scale> {
    goal.assessment.nodes[node].scale.as_ref()
}

fn observed<'a>(goal: &Goal<'a>, node: usize) -> Option<&'a crate::score::Observed> {
    goal.assessment.nodes[node].observed.as_ref()
}
