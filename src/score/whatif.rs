//! What if: one commune's scores recomputed with some indicator scores changed.
//!
//! Gaps and paths to the next level need the overall score a commune *would* have, not a linear
//! estimate: under geometric aggregation, renormalised missing values or coverage thresholds the
//! effect of raising an indicator is not its effective weight times the points gained. This
//! recomputes every node above the changed indicators with the same rules as the engine, from the
//! commune's treated indicator scores. Relative scales are not re-spread: the other communes'
//! scores, and so the observed range, are taken as they are.

use crate::criteria::Level;

use super::aggregate::{Child, combine};
use super::assessment::{Assessment, EntityResult, Method, NodeKind};
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
    let mut coverages = entity.coverages.clone();
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
        let method = Method {
            aggregate: node.aggregate.unwrap_or_default(),
            missing: node.missing,
            min_coverage: node.min_coverage.unwrap_or(0.0),
        };
        (scores[n], coverages[n]) = combine(
            method,
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
    use crate::score::testkit::{close, criteria, n, node, percent, run, simple, weighted};

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
