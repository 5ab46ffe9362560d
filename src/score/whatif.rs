//! What if: one commune's scores recomputed with some indicator scores changed.
//!
//! Gaps and paths to the next level need the overall score a commune *would* have, not a linear
//! estimate: under geometric aggregation, renormalised missing values or coverage thresholds the
//! effect of raising an indicator is not its effective weight times the points gained. This
//! recomputes every node above the changed indicators with the same rules as the engine, from the
//! commune's treated indicator scores. Relative scales are not re-spread: the other communes'
//! scores, and so the observed range, are taken as they are.

use crate::criteria::Level;

use super::aggregate::{Child, Sums, combine};
use super::assessment::{Assessment, EntityResult, Method, NodeInfo, NodeKind};
use super::levels::{index_under, level_of, overall_level};

/// A commune's results under changed indicator scores.
#[derive(Debug, Clone, PartialEq)]
pub struct WhatIf {
    /// Every node's score, aligned with `Assessment::nodes`.
    pub scores: Vec<Option<f64>>,
    pub overall: Option<f64>,
    /// The overall level under the assessment's level rule.
    pub level: Option<usize>,
}

/// Recompute `entity` with each `(node, score)` of `changes` set as a reported indicator score.
/// Changes naming a node that is not an indicator are ignored.
pub fn what_if(
    assessment: &Assessment,
    levels: &[Level],
    entity: &EntityResult,
    changes: &[(usize, f64)],
) -> WhatIf {
    let nodes = &assessment.nodes;
    let mut scores = entity.scores.to_vec();
    let mut coverages = entity.coverages.to_vec();
    for &(node, score) in changes {
        if nodes
            .get(node)
            .is_some_and(|n| n.kind == NodeKind::Indicator)
        {
            scores[node] = Some(score);
            coverages[node] = 1.0;
        }
    }
    // Pre-order puts children after their parent, so walking backwards meets them first.
    for n in (0..nodes.len()).rev() {
        let node = &nodes[n];
        if node.kind == NodeKind::Indicator {
            continue;
        }
        (scores[n], coverages[n]) = combine(
            method(node),
            view(assessment, &node.children, &scores, &coverages),
            |_, _| {},
        );
    }
    let (overall, _) = combine(
        assessment.index,
        view(assessment, &assessment.pillars, &scores, &coverages),
        |_, _| {},
    );
    let pillar_scores = assessment.pillars.iter().map(|&p| scores[p]);
    let overall = index_under(assessment.missing_pillar, overall, pillar_scores);
    let pillar_levels: Vec<Option<usize>> = assessment
        .pillars
        .iter()
        .map(|&p| level_of(levels, scores[p]))
        .collect();
    let (level, _) = overall_level(levels, assessment.level_rule, overall, &pillar_levels);
    WhatIf {
        scores,
        overall,
        level,
    }
}

/// What a commune's results come to under a what-if: the overall score and level, and the
/// pillars' scores (aligned with `Assessment::pillars`).
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub overall: Option<f64>,
    pub level: Option<usize>,
    pub pillars: Vec<Option<f64>>,
}

impl Outcome {
    /// The outcome of a whole recomputation.
    pub fn of(what_if: &WhatIf, assessment: &Assessment) -> Outcome {
        Outcome {
            overall: what_if.overall,
            level: what_if.level,
            pillars: assessment
                .pillars
                .iter()
                .map(|&p| what_if.scores[p])
                .collect(),
        }
    }
}

/// A raise estimated by [`Raise::estimate`]: the overall score, and the score of the raised
/// indicator's pillar (position in `Assessment::pillars`); the other pillars keep theirs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Estimate {
    pub overall: Option<f64>,
    pub pillar: usize,
    pub score: Option<f64>,
}

/// The raised indicator's pillar (position in `Assessment::pillars`) as a child of the index,
/// before and after the raise: what [`Raise::estimate_pillar`] works out.
#[derive(Debug, Clone, Copy)]
pub struct PillarEstimate {
    pillar: usize,
    old: Child,
    new: Child,
}

/// One commune ready for many what-ifs that differ by one indicator (each indicator's potential
/// gain; each next pick of a path): its treated scores and coverages with the raises kept so
/// far, and each node's parent, so that raising an indicator recomputes only the nodes above it,
/// not the whole tree. Gives what [`what_if`] gives for the same changes, bit for bit (the nodes
/// left alone keep the scores a recomputation gives them: the engine's own).
pub struct Raise<'a> {
    assessment: &'a Assessment,
    levels: &'a [Level],
    scores: Vec<Option<f64>>,
    coverages: Vec<f64>,
    parents: Vec<Option<usize>>,
    /// Each node's sums over its children with the kept raises (indicators: unused), and the
    /// index's over the pillars, for [`estimate`](Raise::estimate).
    sums: Vec<Sums>,
    index: Sums,
    /// The nodes changed by the last raise, with their scores and coverages before it.
    undo: Vec<(usize, Option<f64>, f64)>,
}

impl<'a> Raise<'a> {
    pub fn new(
        assessment: &'a Assessment,
        levels: &'a [Level],
        entity: &EntityResult,
    ) -> Raise<'a> {
        let nodes = &assessment.nodes;
        let mut parents = vec![None; nodes.len()];
        for (n, node) in nodes.iter().enumerate() {
            for &child in &node.children {
                parents[child] = Some(n);
            }
        }
        let mut raise = Raise {
            assessment,
            levels,
            scores: entity.scores.to_vec(),
            coverages: entity.coverages.to_vec(),
            parents,
            sums: vec![Sums::default(); nodes.len()],
            index: Sums::default(),
            undo: Vec::new(),
        };
        for n in 0..nodes.len() {
            raise.sum(n);
        }
        raise.sum_index();
        raise
    }

    /// Recompute node `n`'s sums from its children (indicators have none).
    fn sum(&mut self, n: usize) {
        let node = &self.assessment.nodes[n];
        if node.kind != NodeKind::Indicator {
            let children = view(
                self.assessment,
                &node.children,
                &self.scores,
                &self.coverages,
            );
            self.sums[n] = Sums::of(method(node), children);
        }
    }

    /// The overall score with indicator `node` reported at `score`, everything else as it is
    /// (`what_if(…, &[(node, score)]).overall` after the kept raises); `None` for a node that is
    /// not an indicator.
    pub fn overall(&mut self, node: usize, score: f64) -> Option<f64> {
        self.trial(node, score)?.overall
    }

    /// The outcome with indicator `node` also reported at `score` (the raise is not kept);
    /// `None` for a node that is not an indicator.
    pub fn trial(&mut self, node: usize, score: f64) -> Option<Outcome> {
        let raised = self.raise(node, score);
        let outcome = raised.then(|| self.now());
        for (n, score, coverage) in self.undo.drain(..).rev() {
            (self.scores[n], self.coverages[n]) = (score, coverage);
        }
        outcome
    }

    /// Keep indicator `node` reported at `score` for the what-ifs that follow; a node that is
    /// not an indicator is ignored.
    pub fn keep(&mut self, node: usize, score: f64) {
        self.raise(node, score);
        for (n, _, _) in std::mem::take(&mut self.undo) {
            self.sum(n);
        }
        self.sum_index();
    }

    /// Recompute the index's sums over the pillars.
    fn sum_index(&mut self) {
        let a = self.assessment;
        self.index = Sums::of(a.index, view(a, &a.pillars, &self.scores, &self.coverages));
    }

    /// Roughly what [`trial`](Raise::trial) gives, from each node's sums instead of its children:
    /// the overall score and the raised indicator's pillar's score, each within
    /// [`ESTIMATE_ERROR`](super::aggregate::ESTIMATE_ERROR) of the trial's (the other pillars keep
    /// their scores). `None` when the sums cannot tell (a node next to its coverage threshold) or
    /// `node` is not an indicator under a pillar: ask `trial` then. Costs the depth of the tree
    /// and the number of pillars, not the size of the raised indicator's pillar.
    pub fn estimate(&self, node: usize, score: f64) -> Option<Estimate> {
        self.estimate_from(&self.estimate_pillar(node, score)?)
    }

    /// The first part of [`estimate`](Raise::estimate): the raised indicator's pillar as the
    /// index sees it, before and after. It reads only the nodes of that pillar, so it holds until
    /// a raise is kept in the same pillar ([`Assessment::pillar_of`] tells which).
    pub fn estimate_pillar(&self, node: usize, score: f64) -> Option<PillarEstimate> {
        let nodes = &self.assessment.nodes;
        if nodes.get(node)?.kind != NodeKind::Indicator {
            return None;
        }
        let child = |n: usize| Child {
            weight: nodes[n].weight,
            score: self.scores[n],
            coverage: self.coverages[n],
            is_node: nodes[n].kind != NodeKind::Indicator,
        };
        let mut old = child(node);
        let mut new = Child {
            score: Some(score),
            coverage: 1.0,
            ..old
        };
        let mut top = node;
        while let Some(n) = self.parents[top] {
            let method = method(&nodes[n]);
            let (score, coverage) = self.sums[n].replace(method, old, new).estimate(method)?;
            (old, new) = (
                child(n),
                Child {
                    score,
                    coverage,
                    ..child(n)
                },
            );
            top = n;
        }
        let pillar = self.assessment.pillars.iter().position(|&p| p == top)?;
        Some(PillarEstimate { pillar, old, new })
    }

    /// The rest of [`estimate`](Raise::estimate): the index with that pillar changed.
    pub fn estimate_from(&self, part: &PillarEstimate) -> Option<Estimate> {
        let assessment = self.assessment;
        let PillarEstimate { pillar, old, new } = *part;
        let index = assessment.index;
        let (overall, _) = self.index.replace(index, old, new).estimate(index)?;
        let pillars = (assessment.pillars.iter().enumerate()).map(|(k, &p)| {
            if k == pillar {
                new.score
            } else {
                self.scores[p]
            }
        });
        Some(Estimate {
            overall: index_under(assessment.missing_pillar, overall, pillars),
            pillar,
            score: new.score,
        })
    }

    /// The outcome with the raises kept so far.
    pub fn now(&self) -> Outcome {
        let assessment = self.assessment;
        let pillars = view(
            assessment,
            &assessment.pillars,
            &self.scores,
            &self.coverages,
        );
        let (overall, _) = combine(assessment.index, pillars, |_, _| {});
        let pillars: Vec<Option<f64>> =
            assessment.pillars.iter().map(|&p| self.scores[p]).collect();
        self.outcome(overall, pillars)
    }

    /// The outcome of an index score (before the missing-pillar rule) and the pillars' scores.
    fn outcome(&self, overall: Option<f64>, pillars: Vec<Option<f64>>) -> Outcome {
        let overall = index_under(
            self.assessment.missing_pillar,
            overall,
            pillars.iter().copied(),
        );
        let pillar_levels: Vec<Option<usize>> =
            pillars.iter().map(|&s| level_of(self.levels, s)).collect();
        let (level, _) = overall_level(
            self.levels,
            self.assessment.level_rule,
            overall,
            &pillar_levels,
        );
        Outcome {
            overall,
            level,
            pillars,
        }
    }

    /// Report indicator `node` at `score` and recompute the nodes above it, noting in `undo`
    /// what they were; false (nothing done) for a node that is not an indicator.
    fn raise(&mut self, node: usize, score: f64) -> bool {
        let nodes = &self.assessment.nodes;
        if nodes
            .get(node)
            .is_none_or(|n| n.kind != NodeKind::Indicator)
        {
            return false;
        }
        self.undo
            .push((node, self.scores[node], self.coverages[node]));
        (self.scores[node], self.coverages[node]) = (Some(score), 1.0);
        let mut above = self.parents[node];
        while let Some(n) = above {
            self.undo.push((n, self.scores[n], self.coverages[n]));
            let method = method(&nodes[n]);
            let children = view(
                self.assessment,
                &nodes[n].children,
                &self.scores,
                &self.coverages,
            );
            (self.scores[n], self.coverages[n]) = combine(method, children, |_, _| {});
            above = self.parents[n];
        }
        true
    }
}

/// How a node combines its children.
fn method(node: &NodeInfo) -> Method {
    Method {
        aggregate: node.aggregate.unwrap_or_default(),
        missing: node.missing,
        min_coverage: node.min_coverage.unwrap_or(0.0),
    }
}

fn view<'a>(
    assessment: &'a Assessment,
    children: &'a [usize],
    scores: &'a [Option<f64>],
    coverages: &'a [f64],
) -> impl Iterator<Item = Child> + 'a {
    children.iter().map(move |&c| Child {
        weight: assessment.nodes[c].weight,
        score: scores[c],
        coverage: coverages[c],
        is_node: assessment.nodes[c].kind != NodeKind::Indicator,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::criteria::{Aggregate, MissingPolicy};
    use crate::score::testkit::{
        close, criteria, groups, n, node, percent, run, simple, weighted, within_error,
    };

    #[test]
    fn no_change_reproduces_the_engine_exactly() {
        for aggregate in [Aggregate::Arithmetic, Aggregate::Geometric] {
            for missing in [
                MissingPolicy::Renormalize,
                MissingPolicy::Zero,
                MissingPolicy::Impute,
            ] {
                let mut c = criteria(vec![
                    node("p", vec![percent("x"), weighted(2.0, percent("y"))]),
                    node("q", vec![percent("z")]),
                ]);
                c.aggregate = aggregate;
                c.missing = missing;
                c.min_coverage = 0.5;
                let d = simple(vec![
                    vec![n(10.0), None, n(70.0)],
                    vec![n(40.0), n(90.0), None],
                    vec![None, n(30.0), n(55.0)],
                ]);
                let a = run(&c, &d);
                for entity in &a.entities {
                    let same = what_if(&a, &c.levels, entity, &[]);
                    assert_eq!(same.overall, entity.overall, "{aggregate:?} {missing:?}");
                    assert_eq!(same.scores, entity.scores.to_vec());
                    assert_eq!(same.level, entity.level);
                }
            }
        }
    }

    /// Raising one indicator at a time gives the overall score of a whole recomputation, for
    /// every indicator of every commune, under each aggregation and missing-value policy.
    #[test]
    fn a_raise_recomputes_the_overall_score_as_a_what_if_does() {
        for aggregate in [Aggregate::Arithmetic, Aggregate::Geometric] {
            for missing in [
                MissingPolicy::Renormalize,
                MissingPolicy::Zero,
                MissingPolicy::Impute,
            ] {
                let mut c = criteria(vec![
                    node("p", vec![percent("x"), weighted(2.0, percent("y"))]),
                    node("q", vec![percent("z"), percent("w")]),
                ]);
                c.aggregate = aggregate;
                c.missing = missing;
                c.min_coverage = 0.6;
                let d = simple(vec![
                    vec![n(10.0), None, n(70.0), None],
                    vec![n(40.0), n(90.0), None, None],
                    vec![None, n(30.0), n(55.0), n(5.0)],
                ]);
                let a = run(&c, &d);
                for entity in &a.entities {
                    let mut raise = Raise::new(&a, &c.levels, entity);
                    assert_eq!(
                        raise.now(),
                        Outcome::of(&what_if(&a, &c.levels, entity, &[]), &a)
                    );
                    for &node in &a.indicators {
                        for score in [0.0, 37.5, 100.0] {
                            let whole = what_if(&a, &c.levels, entity, &[(node, score)]);
                            let got = raise.overall(node, score);
                            assert_eq!(got, whole.overall, "{aggregate:?} {missing:?} {node}");
                        }
                    }
                    assert_eq!(raise.overall(a.pillars[0], 50.0), None, "not an indicator");
                    // Raises kept one after another, each next one tried on top: as a whole
                    // recomputation of all of them.
                    let mut kept = Vec::new();
                    for (&node, score) in a.indicators.iter().zip([95.0, 12.5, 60.0, 100.0]) {
                        let mut all = kept.clone();
                        all.push((node, score));
                        let whole = Outcome::of(&what_if(&a, &c.levels, entity, &all), &a);
                        assert_eq!(raise.trial(node, score), Some(whole.clone()));
                        raise.keep(node, score);
                        assert_eq!(raise.now(), whole, "{aggregate:?} {missing:?} {all:?}");
                        kept = all;
                    }
                }
            }
        }
    }

    /// An estimate, when there is one, is within its error of the trial, before and after raises
    /// are kept, under each aggregation and missing-value policy; most raises have one.
    #[test]
    fn an_estimate_is_within_its_error_of_the_trial() {
        let (mut estimated, mut tried) = (0, 0);
        for aggregate in [Aggregate::Arithmetic, Aggregate::Geometric] {
            for missing in [
                MissingPolicy::Renormalize,
                MissingPolicy::Zero,
                MissingPolicy::Impute,
            ] {
                for q_zero in [false, true] {
                    // A group missing altogether counts 0 where its parent's policy is zero.
                    let mut h = node("h", vec![percent("v")]);
                    h.missing = Some(MissingPolicy::Renormalize);
                    let mut q = groups("q", vec![node("g", vec![percent("z"), percent("w")]), h]);
                    q.missing = q_zero.then_some(MissingPolicy::Zero);
                    let mut c = criteria(vec![
                        node("p", vec![percent("x"), weighted(2.0, percent("y"))]),
                        q,
                    ]);
                    c.aggregate = aggregate;
                    c.missing = missing;
                    c.min_coverage = 0.3;
                    let d = simple(vec![
                        vec![n(10.0), None, n(70.0), None, n(20.0)],
                        vec![n(40.0), n(90.0), None, None, None],
                        vec![None, n(30.0), n(55.0), n(5.0), n(0.0)],
                    ]);
                    let a = run(&c, &d);
                    for entity in &a.entities {
                        let mut raise = Raise::new(&a, &c.levels, entity);
                        for kept in [
                            None,
                            Some((a.indicators[0], 95.0)),
                            Some((a.indicators[3], 60.0)),
                        ] {
                            if let Some((node, score)) = kept {
                                raise.keep(node, score);
                            }
                            let before = raise.now();
                            for &node in &a.indicators {
                                for score in [0.0, 37.5, 100.0] {
                                    let trial = raise.trial(node, score).unwrap();
                                    tried += 1;
                                    if let Some(estimate) = raise.estimate(node, score) {
                                        estimated += 1;
                                        assert!(
                                            within_error(&estimate, &trial, &before),
                                            "{aggregate:?} {missing:?} {node}: {estimate:?} {trial:?}"
                                        );
                                    }
                                }
                            }
                        }
                        assert_eq!(raise.estimate(a.pillars[0], 50.0), None, "not an indicator");
                    }
                }
            }
        }
        assert!(
            estimated * 10 > tried * 9,
            "{estimated} of {tried} estimated"
        );
    }

    #[test]
    fn a_reported_value_joins_a_renormalised_mean() {
        let c = criteria(vec![node("p", vec![percent("x"), percent("y")])]);
        let a = run(&c, &simple(vec![vec![n(40.0), None]]));
        let y = a.node("y").unwrap();
        let raised = what_if(&a, &c.levels, &a.entities[0], &[(y, 100.0)]);
        assert!(close(raised.overall.unwrap(), 70.0));
        assert_eq!(raised.level, Some(2));
    }
}
