//! The kernel: one plan over every commune, block by block, each node's children combined for a
//! whole block at once. The arithmetic is that of `aggregate::Mean` and `aggregate::combine`, term
//! for term and in the same order, so results are bit-identical to the engine's.

use crate::criteria::{Aggregate, MissingPolicy};

use super::super::COVERAGE_TOLERANCE;
use super::super::assessment::NodeKind;
use super::{Plan, Prepared, Target, slot};

/// Communes per block: small enough that a block's node buffers stay in cache.
const BLOCK: usize = 256;

/// Buffers reused between evaluations (one per thread).
#[derive(Debug, Clone, Default)]
pub struct Scratch {
    /// `[node][k]` for the block: branch scores (NaN when missing) and coverages.
    score: Vec<f64>,
    coverage: Vec<f64>,
    mean: Means,
}

/// A block of weighted means being built: the fields of `aggregate::Mean`, one per commune.
#[derive(Debug, Clone, Default)]
struct Means {
    weight: Vec<f64>,
    sum: Vec<f64>,
    low: Vec<f64>,
    high: Vec<f64>,
    coverage: Vec<f64>,
}

impl Means {
    fn reset(&mut self, len: usize) {
        for (buffer, value) in [
            (&mut self.weight, 0.0),
            (&mut self.sum, 0.0),
            (&mut self.low, f64::INFINITY),
            (&mut self.high, f64::NEG_INFINITY),
            (&mut self.coverage, 0.0),
        ] {
            buffer.clear();
            buffer.resize(len, value);
        }
    }

    /// `Mean::finish` and the coverage test of `combine`, into `score`.
    fn finish(
        &self,
        aggregate: Aggregate,
        covered_anyway: bool,
        min_coverage: f64,
        score: &mut [f64],
    ) {
        let len = score.len().min(self.weight.len());
        let (weight, sum) = (&self.weight[..len], &self.sum[..len]);
        let (low, high, coverage) = (&self.low[..len], &self.high[..len], &self.coverage[..len]);
        for (k, out) in score[..len].iter_mut().enumerate() {
            let covered = covered_anyway || coverage[k] >= min_coverage - COVERAGE_TOLERANCE;
            *out = if weight[k] <= 0.0 || !covered {
                f64::NAN
            } else {
                let mean = match aggregate {
                    Aggregate::Arithmetic => sum[k] / weight[k],
                    Aggregate::Geometric => (sum[k] / weight[k]).exp(),
                };
                mean.clamp(low[k], high[k])
            };
        }
    }
}

/// How one node is combined.
struct Rule {
    aggregate: Aggregate,
    missing: MissingPolicy,
    min_coverage: f64,
}

pub(super) fn evaluate(
    prepared: &Prepared,
    plan: &Plan,
    target: Target,
    scratch: &mut Scratch,
    out: &mut [f64],
) {
    let count = prepared.nodes.len();
    let total = prepared.members.len().min(out.len());
    let mut start = 0;
    while start < total {
        let len = BLOCK.min(total - start);
        scratch.score.resize(count * len, f64::NAN);
        scratch.coverage.resize(count * len, 0.0);
        block(prepared, plan, start, len, scratch);
        let slice = &mut out[start..start + len];
        match target {
            Target::Overall => {
                let rule = Rule {
                    aggregate: plan.index.aggregate,
                    missing: plan.index.missing,
                    min_coverage: plan.index.min_coverage,
                };
                let (score, coverage, mean) =
                    (&scratch.score, &scratch.coverage, &mut scratch.mean);
                combine(
                    prepared,
                    plan,
                    &prepared.pillars,
                    &rule,
                    start,
                    len,
                    score,
                    coverage,
                    mean,
                );
                mean.finish(
                    rule.aggregate,
                    rule.missing == MissingPolicy::Zero,
                    rule.min_coverage,
                    slice,
                );
                // `levels::index_under`: no index for a commune with a pillar unscored.
                if prepared.unranked_without_a_pillar {
                    for &p in &prepared.pillars {
                        let pillar = &score[p * len..p * len + len];
                        for (overall, pillar) in slice.iter_mut().zip(pillar) {
                            if pillar.is_nan() {
                                *overall = f64::NAN;
                            }
                        }
                    }
                }
            }
            Target::Node(n) => match prepared.nodes.get(n).and_then(|node| node.indicator) {
                Some(i) => {
                    let column = &prepared.leaves.score[slot(plan.missing[n])][i];
                    slice.copy_from_slice(&column[start..start + len]);
                }
                None if n < count => {
                    slice.copy_from_slice(&scratch.score[n * len..(n + 1) * len]);
                }
                None => slice.fill(f64::NAN),
            },
        }
        start += len;
    }
}

/// Every branch node of one block, children before parents.
fn block(prepared: &Prepared, plan: &Plan, start: usize, len: usize, scratch: &mut Scratch) {
    for n in (0..prepared.nodes.len()).rev() {
        let node = &prepared.nodes[n];
        if node.kind == NodeKind::Indicator {
            continue;
        }
        let rule = Rule {
            aggregate: plan.aggregates[n],
            missing: plan.missing[n],
            min_coverage: node.min_coverage.unwrap_or(0.0),
        };
        // Children come after their parent in pre-order: read them from the tail, write the head.
        let (score_head, score_tail) = scratch.score.split_at_mut((n + 1) * len);
        let (coverage_head, coverage_tail) = scratch.coverage.split_at_mut((n + 1) * len);
        let base = (n + 1) * len;
        let children = Children {
            score: score_tail,
            coverage: coverage_tail,
            base,
            len,
        };
        combine_children(
            prepared,
            plan,
            &node.children,
            &rule,
            start,
            &children,
            &mut scratch.mean,
        );
        let zero = rule.missing == MissingPolicy::Zero;
        scratch.mean.finish(
            rule.aggregate,
            zero,
            rule.min_coverage,
            &mut score_head[n * len..],
        );
        coverage_head[n * len..].copy_from_slice(&scratch.mean.coverage);
    }
}

/// Branch buffers of the nodes after some position: node `c`'s block is at `c * len - base`.
struct Children<'a> {
    score: &'a [f64],
    coverage: &'a [f64],
    base: usize,
    len: usize,
}

impl Children<'_> {
    fn of(&self, c: usize) -> (&[f64], &[f64]) {
        let at = c * self.len - self.base;
        (
            &self.score[at..at + self.len],
            &self.coverage[at..at + self.len],
        )
    }
}

#[allow(clippy::too_many_arguments)]
fn combine(
    prepared: &Prepared,
    plan: &Plan,
    children: &[usize],
    rule: &Rule,
    start: usize,
    len: usize,
    score: &[f64],
    coverage: &[f64],
    mean: &mut Means,
) {
    let view = Children {
        score,
        coverage,
        base: 0,
        len,
    };
    combine_children(prepared, plan, children, rule, start, &view, mean);
}

/// `combine` for a block: coverage and the weighted mean over the children with a score.
fn combine_children(
    prepared: &Prepared,
    plan: &Plan,
    children: &[usize],
    rule: &Rule,
    start: usize,
    view: &Children,
    mean: &mut Means,
) {
    let len = view.len;
    mean.reset(len);
    let geometric = rule.aggregate == Aggregate::Geometric;
    let zero = rule.missing == MissingPolicy::Zero;
    // Every buffer cut to the block's length, so that the loops below need no bounds checks.
    let m_weight = &mut mean.weight[..len];
    let m_sum = &mut mean.sum[..len];
    let m_low = &mut mean.low[..len];
    let m_high = &mut mean.high[..len];
    let m_coverage = &mut mean.coverage[..len];
    for &c in children {
        let weight = plan.weights[c];
        match prepared.nodes[c].indicator {
            Some(i) => {
                let policy = slot(plan.missing[c]);
                let score = &prepared.leaves.score[policy][i][start..start + len];
                let ln = &prepared.leaves.ln[policy][i][start..start + len];
                let coverage = &prepared.leaves.coverage[i][start..start + len];
                for k in 0..len {
                    m_coverage[k] += weight * coverage[k];
                }
                // `Mean::add` without a branch per commune, so that the loops vectorise: the term
                // bounds the mean, the sum takes the score or its log. A missing score (NaN) adds
                // +0.0, which is the same as skipping it: the sums start at +0.0 and so are never
                // -0.0, and x + 0.0 == x for every other x. `min`/`max` ignore a NaN term.
                if geometric {
                    for k in 0..len {
                        let s = score[k];
                        let present = !s.is_nan();
                        m_weight[k] += if present { weight } else { 0.0 };
                        m_sum[k] += if present { weight * ln[k] } else { 0.0 };
                        let term = if present { s.max(1.0) } else { f64::NAN };
                        m_low[k] = m_low[k].min(term);
                        m_high[k] = m_high[k].max(term);
                    }
                } else {
                    for k in 0..len {
                        let s = score[k];
                        let present = !s.is_nan();
                        m_weight[k] += if present { weight } else { 0.0 };
                        m_sum[k] += if present { weight * s } else { 0.0 };
                        m_low[k] = m_low[k].min(s);
                        m_high[k] = m_high[k].max(s);
                    }
                }
            }
            None => {
                let (score, coverage) = view.of(c);
                let (score, coverage) = (&score[..len], &coverage[..len]);
                for k in 0..len {
                    m_coverage[k] += weight * coverage[k];
                    let s = match score[k] {
                        s if !s.is_nan() => s,
                        _ if zero => 0.0,
                        _ => continue,
                    };
                    let (term, add) = if geometric {
                        let term = s.max(1.0);
                        (term, term.ln())
                    } else {
                        (s, s)
                    };
                    m_weight[k] += weight;
                    m_sum[k] += weight * add;
                    m_low[k] = m_low[k].min(term);
                    m_high[k] = m_high[k].max(term);
                }
            }
        }
    }
}
