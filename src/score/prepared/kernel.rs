//! The kernel: one plan over every commune, block by block, each node's children combined for a
//! whole block at once. The arithmetic is that of `aggregate::Mean` and `aggregate::combine`, term
//! for term and in the same order, so results are bit-identical to the engine's.
//!
//! A node is combined [`LANES`] communes at a time with the running means in registers: every
//! child adds its terms to the same few accumulators, and the mean is finished before the next
//! communes are read. (Adding one child at a time to buffers the length of the block cost a load
//! and a store of five buffers per child and commune, about half of a replication.) Each
//! commune's terms are still added in the order of the children, so the sums are the same.

use crate::criteria::{Aggregate, MissingPolicy};

use super::super::COVERAGE_TOLERANCE;
use super::super::assessment::NodeKind;
use super::{LANES, Plan, Prepared, Target};

/// Communes per block: small enough that a block's node buffers stay in cache. A multiple of
/// [`LANES`].
const BLOCK: usize = 256;

/// Buffers reused between evaluations (one per thread).
#[derive(Debug, Clone, Default)]
pub struct Scratch {
    /// `[node][k]` for the block: branch scores (NaN when missing) and coverages.
    score: Vec<f64>,
    coverage: Vec<f64>,
    /// The index of the block's communes.
    overall: Vec<f64>,
    /// The children of the node being combined.
    inputs: Vec<Input>,
}

/// One child of the node being combined: its weight and where its block's values start.
#[derive(Debug, Clone, Copy)]
struct Input {
    weight: f64,
    source: Source,
}

#[derive(Debug, Clone, Copy)]
enum Source {
    /// An indicator: offsets into the leaves' scores (and their logs) and coverages; no
    /// coverages when they are 1 exactly where the score is there (reported values under
    /// `renormalize`), which saves reading them.
    Leaf {
        score: usize,
        coverage: Option<usize>,
    },
    /// A pillar or group: the offset of its block in the scratch buffers.
    Branch(usize),
}

/// How one node is combined.
#[derive(Debug, Clone, Copy)]
struct Rule {
    geometric: bool,
    /// `missing: zero`: a missing child node counts as 0 and coverage does not matter.
    zero: bool,
    min_coverage: f64,
}

/// The running weighted means of [`LANES`] communes: the fields of `aggregate::Mean`.
#[derive(Clone, Copy)]
struct Lanes {
    weight: [f64; LANES],
    sum: [f64; LANES],
    low: [f64; LANES],
    high: [f64; LANES],
    coverage: [f64; LANES],
}

impl Lanes {
    #[inline(always)]
    fn new() -> Lanes {
        Lanes {
            weight: [0.0; LANES],
            sum: [0.0; LANES],
            low: [f64::INFINITY; LANES],
            high: [f64::NEG_INFINITY; LANES],
            coverage: [0.0; LANES],
        }
    }

    /// `Mean::add` of a term unless it is NaN, without a branch per commune so that the lanes
    /// vectorise. A skipped term adds +0.0, which changes nothing: the sums start at +0.0 and so
    /// are never -0.0, and x + 0.0 == x for every other x. `low` and `high` are never NaN, so
    /// `term < low` is false for a NaN term and it is skipped there too (`f64::min` would agree).
    /// Without `TRACK` the bounds were loaded from `Prepared::bounds` and are not followed.
    #[inline(always)]
    fn add<const TRACK: bool>(&mut self, j: usize, weight: f64, term: f64, add: f64) {
        let present = !term.is_nan();
        self.weight[j] += if present { weight } else { 0.0 };
        self.sum[j] += if present { weight * add } else { 0.0 };
        if !TRACK {
            return;
        }
        self.low[j] = if term < self.low[j] {
            term
        } else {
            self.low[j]
        };
        self.high[j] = if term > self.high[j] {
            term
        } else {
            self.high[j]
        };
    }

    /// An indicator's scores, `ln max(score, 1)` already taken for a geometric mean.
    #[inline(always)]
    fn leaf<const GEOMETRIC: bool, const TRACK: bool>(
        &mut self,
        weight: f64,
        score: &[f64; LANES],
        ln: &[f64; LANES],
        coverage: &[f64; LANES],
    ) {
        for j in 0..LANES {
            self.coverage[j] += weight * coverage[j];
            let s = score[j];
            if GEOMETRIC {
                // `s.max(1.0)` that stays NaN for a missing score.
                let term = if s < 1.0 { 1.0 } else { s };
                self.add::<TRACK>(j, weight, term, ln[j]);
            } else {
                self.add::<TRACK>(j, weight, s, s);
            }
        }
    }

    /// `leaf` with a coverage of 1 where the score is there and 0 where it is not: the weight
    /// itself or +0.0, which is what `weight * coverage` gives.
    #[inline(always)]
    fn reported<const GEOMETRIC: bool, const TRACK: bool>(
        &mut self,
        weight: f64,
        score: &[f64; LANES],
        ln: &[f64; LANES],
    ) {
        for j in 0..LANES {
            let s = score[j];
            self.coverage[j] += if s.is_nan() { 0.0 } else { weight };
            if GEOMETRIC {
                let term = if s < 1.0 { 1.0 } else { s };
                self.add::<TRACK>(j, weight, term, ln[j]);
            } else {
                self.add::<TRACK>(j, weight, s, s);
            }
        }
    }

    /// A pillar's or group's scores, a missing one counted as 0 under `missing: zero`.
    #[inline(always)]
    fn branch<const GEOMETRIC: bool>(
        &mut self,
        weight: f64,
        score: &[f64; LANES],
        coverage: &[f64; LANES],
        zero: bool,
    ) {
        for j in 0..LANES {
            self.coverage[j] += weight * coverage[j];
            let s = score[j];
            let s = if zero && s.is_nan() { 0.0 } else { s };
            if GEOMETRIC {
                let term = if s < 1.0 { 1.0 } else { s };
                self.add::<true>(j, weight, term, term.ln());
            } else {
                self.add::<true>(j, weight, s, s);
            }
        }
    }

    /// `Mean::finish` and the coverage test of `combine`.
    #[inline(always)]
    fn finish<const GEOMETRIC: bool>(&self, rule: Rule, score: &mut [f64; LANES]) {
        for (j, out) in score.iter_mut().enumerate() {
            let covered = rule.zero || self.coverage[j] >= rule.min_coverage - COVERAGE_TOLERANCE;
            let ratio = self.sum[j] / self.weight[j];
            let mean = if GEOMETRIC { ratio.exp() } else { ratio };
            // `f64::clamp`, which would panic on the empty lanes' bounds (∞, −∞) if evaluated.
            let mean = if mean < self.low[j] {
                self.low[j]
            } else {
                mean
            };
            let mean = if mean > self.high[j] {
                self.high[j]
            } else {
                mean
            };
            *out = if self.weight[j] <= 0.0 || !covered {
                f64::NAN
            } else {
                mean
            };
        }
    }
}

/// Each plan's `target` score of the communes from `first`, into the plan's `out` (as many
/// communes as it holds), block by block: a block's leaves are read from memory once and stay in
/// cache for every plan.
pub(super) fn evaluate(
    prepared: &Prepared,
    plans: &[Plan],
    target: Target,
    first: usize,
    scratch: &mut Scratch,
    outs: &mut [&mut [f64]],
) {
    let count = prepared.nodes.len();
    let width = outs.iter().map(|out| out.len()).max().unwrap_or(0);
    let total = prepared.members.len().min(first.saturating_add(width));
    let mut start = first;
    while start < total {
        let used = BLOCK.min(total - start);
        // The leaves are padded by whole lanes past the last commune, so the block can be too.
        let len = used.div_ceil(LANES) * LANES;
        scratch.score.resize(count * len, f64::NAN);
        scratch.coverage.resize(count * len, 0.0);
        for (plan, out) in plans.iter().zip(outs.iter_mut()) {
            let at = start - first;
            let Some(slice) = out.get_mut(at..at + used) else {
                continue;
            };
            block(prepared, plan, start, len, scratch);
            emit(prepared, plan, target, start, len, scratch, slice);
        }
        start += used;
    }
}

/// The target's scores of the block just combined, into `slice`.
fn emit(
    prepared: &Prepared,
    plan: &Plan,
    target: Target,
    start: usize,
    len: usize,
    scratch: &mut Scratch,
    slice: &mut [f64],
) {
    let used = slice.len();
    match target {
        Target::Overall => {
            let rule = Rule {
                geometric: plan.index.aggregate == Aggregate::Geometric,
                zero: plan.index.missing == MissingPolicy::Zero,
                min_coverage: plan.index.min_coverage,
            };
            scratch.inputs.clear();
            scratch
                .inputs
                .extend(prepared.pillars.iter().map(|&p| Input {
                    weight: plan.weights[p],
                    source: Source::Branch(p * len),
                }));
            scratch.overall.resize(len, f64::NAN);
            let branches = Branches {
                score: &scratch.score,
                coverage: &scratch.coverage,
            };
            combine(
                prepared,
                &scratch.inputs,
                rule,
                &branches,
                None,
                &mut scratch.overall[..len],
                &mut [],
            );
            slice.copy_from_slice(&scratch.overall[..used]);
            // `levels::index_under`: no index for a commune with a pillar unscored.
            if prepared.unranked_without_a_pillar {
                for &p in &prepared.pillars {
                    let pillar = &scratch.score[p * len..p * len + used];
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
                let at = prepared.leaves.score_at(plan.missing[n], i) + start;
                match prepared.leaves.score.get(at..at + used) {
                    Some(column) => slice.copy_from_slice(column),
                    None => slice.fill(f64::NAN),
                }
            }
            None if n < prepared.nodes.len() => {
                slice.copy_from_slice(&scratch.score[n * len..n * len + used]);
            }
            None => slice.fill(f64::NAN),
        },
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
            geometric: plan.aggregates[n] == Aggregate::Geometric,
            zero: plan.missing[n] == MissingPolicy::Zero,
            min_coverage: node.min_coverage.unwrap_or(0.0),
        };
        scratch.inputs.clear();
        scratch.inputs.extend(node.children.iter().map(|&c| {
            let source = match prepared.nodes[c].indicator {
                Some(i) => Source::Leaf {
                    score: prepared.leaves.score_at(plan.missing[c], i) + start,
                    coverage: (!prepared.leaves.coverage_is_presence(plan.missing[c], i))
                        .then(|| prepared.leaves.coverage_at(i) + start),
                },
                // Children come after their parent in pre-order: read them from the tail.
                None => Source::Branch((c - n - 1) * len),
            };
            Input {
                weight: plan.weights[c],
                source,
            }
        }));
        let (score_head, score_tail) = scratch.score.split_at_mut((n + 1) * len);
        let (coverage_head, coverage_tail) = scratch.coverage.split_at_mut((n + 1) * len);
        let branches = Branches {
            score: score_tail,
            coverage: coverage_tail,
        };
        let bounds = prepared
            .bounds(n, plan.uniform, rule.geometric)
            .and_then(|b| Some((b.low.get(start..)?, b.high.get(start..)?)));
        combine(
            prepared,
            &scratch.inputs,
            rule,
            &branches,
            bounds,
            &mut score_head[n * len..],
            &mut coverage_head[n * len..],
        );
    }
}

/// The block buffers of the branch nodes that `Source::Branch` offsets point into.
struct Branches<'a> {
    score: &'a [f64],
    coverage: &'a [f64],
}

/// `combine` for a block: its scores into `score` and, unless empty, its coverages into
/// `coverage`.
fn combine(
    prepared: &Prepared,
    inputs: &[Input],
    rule: Rule,
    branches: &Branches,
    bounds: Option<(&[f64], &[f64])>,
    score: &mut [f64],
    coverage: &mut [f64],
) {
    let args = (prepared, inputs, rule, branches);
    match (rule.geometric, bounds) {
        (true, None) => combine_lanes::<true, true>(args, None, score, coverage),
        (false, None) => combine_lanes::<false, true>(args, None, score, coverage),
        (true, bounds) => combine_lanes::<true, false>(args, bounds, score, coverage),
        (false, bounds) => combine_lanes::<false, false>(args, bounds, score, coverage),
    }
}

/// Without `TRACK`, each commune's bounds come from `bounds` (`low` and `high` from the block's
/// first commune).
fn combine_lanes<const GEOMETRIC: bool, const TRACK: bool>(
    (prepared, inputs, rule, branches): (&Prepared, &[Input], Rule, &Branches),
    bounds: Option<(&[f64], &[f64])>,
    score: &mut [f64],
    coverage: &mut [f64],
) {
    let leaves = &prepared.leaves;
    let lanes = |values: &[f64], at: usize| values.get(at..)?.first_chunk::<LANES>().copied();
    let mut coverages = coverage.chunks_exact_mut(LANES);
    for (chunk, out) in score.chunks_exact_mut(LANES).enumerate() {
        let k = chunk * LANES;
        let mut mean = Lanes::new();
        if let (false, Some((low, high))) = (TRACK, bounds) {
            mean.low = lanes(low, k).unwrap_or([f64::INFINITY; LANES]);
            mean.high = lanes(high, k).unwrap_or([f64::NEG_INFINITY; LANES]);
        }
        for input in inputs {
            match input.source {
                Source::Leaf {
                    score,
                    coverage: reported,
                } => {
                    let Some(s) = lanes(&leaves.score, score + k) else {
                        continue;
                    };
                    let ln = if GEOMETRIC {
                        lanes(&leaves.ln, score + k).unwrap_or([f64::NAN; LANES])
                    } else {
                        s
                    };
                    match reported {
                        Some(reported) => {
                            let c = lanes(&leaves.coverage, reported + k).unwrap_or([0.0; LANES]);
                            mean.leaf::<GEOMETRIC, TRACK>(input.weight, &s, &ln, &c);
                        }
                        None => mean.reported::<GEOMETRIC, TRACK>(input.weight, &s, &ln),
                    }
                }
                Source::Branch(at) => {
                    let (Some(s), Some(c)) = (
                        lanes(branches.score, at + k),
                        lanes(branches.coverage, at + k),
                    ) else {
                        continue;
                    };
                    mean.branch::<GEOMETRIC>(input.weight, &s, &c, rule.zero);
                }
            }
        }
        if let Ok(out) = <&mut [f64; LANES]>::try_from(out) {
            mean.finish::<GEOMETRIC>(rule, out);
        }
        if let Some(c) = coverages.next() {
            c.copy_from_slice(&mean.coverage);
        }
    }
}
