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
use crate::score::{
    Assessment, ESTIMATE_ERROR, EntityResult, Estimate, Outcome, PillarEstimate, Raise, what_if,
};

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

    /// The commune ready for what-ifs one raise apart.
    pub fn raise(&self) -> Raise<'_> {
        Raise::new(self.assessment, &self.criteria.levels, self.entity)
    }

    pub fn reached(&self, result: &Outcome) -> bool {
        result.level.is_some_and(|level| level >= self.level)
    }

    /// Points still missing: below `min` overall, and in each scored pillar under the weakest-pillar rule.
    fn shortfall(&self, result: &Outcome) -> f64 {
        self.shortfall_of(result.overall, result.pillars.iter().copied())
    }

    /// The shortfall of an overall score and the pillars' scores.
    fn shortfall_of(
        &self,
        overall: Option<f64>,
        pillars: impl Iterator<Item = Option<f64>>,
    ) -> f64 {
        let below = |score: Option<f64>| score.map_or(0.0, |s| (self.min - s).max(0.0));
        let mut total = overall.map_or(self.min, |s| (self.min - s).max(0.0));
        if self.assessment.level_rule == LevelRule::WeakestPillar {
            total += pillars.map(below).sum::<f64>();
        }
        total
    }

    /// The shortfall after an estimated raise, `now` being the outcome before it.
    fn shortfall_estimated(&self, now: &Outcome, estimate: &Estimate) -> f64 {
        let pillars = (now.pillars.iter().enumerate()).map(|(k, &s)| {
            if k == estimate.pillar {
                estimate.score
            } else {
                s
            }
        });
        self.shortfall_of(estimate.overall, pillars)
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
    let mut listed = vec![false; assessment.nodes.len()];
    gains.iter().for_each(|g| listed[g.node] = true);
    for &node in &assessment.indicators {
        let best = assessment.nodes[node]
            .scale
            .as_ref()
            .map_or(100.0, best_score);
        let at_best = entity.coverages.get(node) > 0.0
            && entity
                .scores
                .get(node)
                .is_some_and(|s| s >= best - GAIN_TOLERANCE);
        if !at_best && !listed[node] {
            listed[node] = true;
            out.push((node, best));
        }
    }
    out
}

/// Positions in `candidates`, chosen one at a time by the largest fall in shortfall (ties: the
/// earlier candidate); `None` when the level cannot be reached.
/// Each try raises the picks so far and one more: only the nodes above that one are recomputed.
/// A candidate is first estimated from its ancestors' sums (the depth of the tree, not the size of
/// its pillar); one that the estimate, allowing for its error, shows cannot beat the best so far
/// is not tried, so the picks are those that trying every candidate makes (a test holds that).
fn greedy(goal: &Goal, candidates: &[(usize, f64)]) -> Option<Vec<usize>> {
    let mut chosen: Vec<usize> = Vec::new();
    let mut picked = vec![false; candidates.len()];
    let mut raise = goal.raise();
    let mut now = raise.now();
    // How far an estimated fall in shortfall may be from the tried one: the shortfall sums the
    // overall score's and (at most) each pillar's, each within the estimate's error.
    let margin = ESTIMATE_ERROR * (1 + goal.assessment.pillars.len()) as f64;
    // Each candidate's estimate below the index, kept until a pick lands in its pillar: a step
    // then works out again only the candidates of the pillar the last pick changed.
    let pillar_of: Vec<Option<usize>> = candidates
        .iter()
        .map(|&(n, _)| goal.assessment.pillar_of(n))
        .collect();
    let mut parts: Vec<Option<Option<PillarEstimate>>> = vec![None; candidates.len()];
    while !goal.reached(&now) {
        let before = goal.shortfall(&now);
        let mut best: Option<(f64, usize, Outcome)> = None;
        for k in (0..candidates.len()).filter(|&k| !picked[k]) {
            let (node, score) = candidates[k];
            // A candidate the estimate shows cannot beat the best so far is not tried: the
            // choice is the one trying every candidate gives, at the depth of the tree each.
            if let Some((p, _, _)) = &best
                && let Some(part) =
                    *parts[k].get_or_insert_with(|| raise.estimate_pillar(node, score))
                && let Some(guess) = raise.estimate_from(&part)
                && before - goal.shortfall_estimated(&now, &guess) <= *p + GAIN_TOLERANCE - margin
            {
                continue;
            }
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
        let changed = pillar_of[k];
        for (part, pillar) in parts.iter_mut().zip(&pillar_of) {
            if changed.is_none() || *pillar == changed {
                *part = None;
            }
        }
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
    // Each step kept on top of the ones before: what a what-if of them all gives, bit for bit.
    let mut raise = goal.raise();
    (0..count)
        .map(|j| {
            let (node, to) = plan[j];
            raise.keep(node, to);
            let after = raise.now().overall.unwrap_or(before);
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

#[cfg(test)]
mod tests {
    use super::super::tests::{Lcg, random_case, vary};
    use super::*;
    use crate::score::testkit::run;

    /// The greedy step as it was before estimates: every candidate tried.
    fn trying_every_candidate(goal: &Goal, candidates: &[(usize, f64)]) -> Option<Vec<usize>> {
        let mut chosen = Vec::new();
        let mut raise = goal.raise();
        let mut now = raise.now();
        while !goal.reached(&now) {
            let before = goal.shortfall(&now);
            let mut best: Option<(f64, usize, Outcome)> = None;
            for (k, &(node, score)) in candidates.iter().enumerate() {
                if chosen.contains(&k) {
                    continue;
                }
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
            raise.keep(candidates[k].0, candidates[k].1);
            now = trial;
        }
        Some(chosen)
    }

    /// Skipping the candidates an estimate rules out picks what trying every one picks, step by
    /// step, under each aggregation, missing-value policy, coverage threshold and level rule.
    #[test]
    fn the_greedy_step_picks_what_trying_every_candidate_picks() {
        let mut rng = Lcg(23);
        let mut paths = 0;
        for case in 0..600 {
            let (mut c, d) = random_case(&mut rng, true);
            vary(&mut c, case);
            let a = run(&c, &d);
            let entity = &a.entities[0];
            let (Some(level), Some(_)) = (entity.level, entity.overall) else {
                continue;
            };
            let Some(next) = c.levels.get(level + 1) else {
                continue;
            };
            let goal = Goal {
                criteria: &c,
                assessment: &a,
                entity,
                level: level + 1,
                min: next.min,
            };
            let gains = super::super::potential(&c, &a, entity);
            let candidates = candidates(&a, entity, &gains);
            let picked = greedy(&goal, &candidates);
            assert_eq!(
                picked,
                trying_every_candidate(&goal, &candidates),
                "case {case}"
            );
            paths += usize::from(picked.is_some_and(|p| p.len() >= 2));
        }
        assert!(paths > 60, "too few paths of two steps or more: {paths}");
    }
}
