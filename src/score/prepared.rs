//! The prepared scorer: the tree built and every indicator scored once, then the whole period
//! re-aggregated as often as wanted under changed weights, aggregation or missing-data policy.
//!
//! Sensitivity analysis re-scores ten thousand communes a thousand times; only the weights and the
//! policies change between replications, never the raw data, so the scales (including relative
//! ones) and the imputation donors are computed here once. Each replication is then a walk up the
//! tree over column-major blocks of communes, with the same arithmetic in the same order as
//! [`assess`](super::assess), so that a plan without overrides reproduces the engine's scores bit
//! for bit and a plan with overrides reproduces the engine run on criteria changed the same way.
//!
//! ```
//! # use dtm::{criteria::Criteria, data::Dataset, score::{ScoreOptions, prepared::{Overrides, Prepared, Target}}};
//! # fn example(criteria: &Criteria, dataset: &Dataset) -> Result<(), dtm::score::ScoreError> {
//! let prepared = Prepared::new(criteria, dataset, &ScoreOptions::default())?;
//! let nominal = prepared.plan(&Overrides::default());
//! let overall = prepared.evaluate(&nominal, Target::Overall);
//! let ranks = prepared.rank(&overall);
//! # let _ = ranks; Ok(()) }
//! ```

mod bounds;
mod kernel;
mod ranks;
#[cfg(test)]
mod tests;

use crate::criteria::{Aggregate, Children, Criteria, MissingPolicy, Node};
use crate::data::Dataset;

use super::assessment::{Method, NodeInfo, Scores};
use super::missing::{Donors, fill};
use super::results::{group_codes, score_columns};
use super::tree::Tree;
use super::{ScoreError, ScoreOptions, check_shape, period};

pub use kernel::Scratch;
pub use ranks::Ranks;

/// What a replication changes; `None` keeps the criteria's choice.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Overrides {
    /// A factor per node (aligned with [`Prepared::nodes`]) multiplying its weight before the
    /// weights of siblings are renormalised. Must be positive and finite.
    pub weight_factors: Option<Vec<f64>>,
    /// The aggregation of each pillar and group (aligned with `nodes`; indicators' entries are
    /// ignored).
    pub aggregates: Option<Vec<Aggregate>>,
    /// How the index combines the pillars.
    pub index_aggregate: Option<Aggregate>,
    /// One missing-data policy for every node and indicator, replacing the criteria's own.
    pub missing: Option<MissingPolicy>,
}

/// Which score a replication produces per commune.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The overall index.
    Overall,
    /// One node's score (a pillar, group or indicator; position in `nodes`).
    Node(usize),
}

/// The parameters of one evaluation, resolved for the kernel.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// Sibling-normalised weights, aligned with `nodes`.
    weights: Vec<f64>,
    aggregates: Vec<Aggregate>,
    missing: Vec<MissingPolicy>,
    /// The one policy of `Overrides::missing`, which picks the clamp bounds.
    uniform: Option<MissingPolicy>,
    index: Method,
}

/// Communes the kernel combines at once; the leaves are padded to a multiple of it.
const LANES: usize = 4;

/// Indicator scores in the three forms a policy can need, column-major and flat: one column of
/// `stride` values per policy and indicator, `stride` being the communes rounded up to whole
/// [`LANES`] and one [`LANES`] more, so that a block may start at any commune (the padding is
/// missing: NaN scores, 0 coverage).
#[derive(Debug, Clone)]
struct Leaves {
    /// Per policy (renormalize, zero, impute) and indicator: the treated score, NaN when it stays
    /// missing.
    score: Vec<f64>,
    /// `ln max(score, 1)` of the same, for geometric parents.
    ln: Vec<f64>,
    /// Per indicator: 1 with a reported value, 0 without (imputed and zeroed values do not count).
    coverage: Vec<f64>,
    indicators: usize,
    stride: usize,
    /// Per indicator: whether its coverage is 1 exactly where its `renormalize` score is not NaN.
    presence: Vec<bool>,
}

impl Leaves {
    /// Where indicator `i`'s column of scores (and of logs) under `policy` starts.
    fn score_at(&self, policy: MissingPolicy, i: usize) -> usize {
        (slot(policy) * self.indicators + i) * self.stride
    }

    /// Whether indicator `i`'s coverage under `policy` can be read off its scores.
    fn coverage_is_presence(&self, policy: MissingPolicy, i: usize) -> bool {
        policy == MissingPolicy::Renormalize && self.presence.get(i).copied().unwrap_or(false)
    }

    /// Where indicator `i`'s column of coverages starts.
    fn coverage_at(&self, i: usize) -> usize {
        i * self.stride
    }
}

/// The period's communes, scored once at the indicator level and ready to be re-aggregated.
#[derive(Debug, Clone)]
pub struct Prepared {
    nodes: Vec<NodeInfo>,
    pillars: Vec<usize>,
    index: Method,
    /// `missing_pillar: unranked` takes the index away from a commune with a pillar unscored.
    unranked_without_a_pillar: bool,
    /// The criteria's own weights, before normalisation, aligned with `nodes`.
    raw_weights: Vec<f64>,
    members: Vec<usize>,
    period: Option<String>,
    /// Each commune's place in id order, for ties.
    id_order: Vec<u32>,
    leaves: Leaves,
    /// Clamp bounds, worked out as replications first need them.
    bounds: bounds::Cache,
}

fn slot(policy: MissingPolicy) -> usize {
    match policy {
        MissingPolicy::Renormalize => 0,
        MissingPolicy::Zero => 1,
        MissingPolicy::Impute => 2,
    }
}

impl Prepared {
    /// Build the tree and score every indicator of the period (the latest by default).
    pub fn new(
        criteria: &Criteria,
        dataset: &Dataset,
        options: &ScoreOptions,
    ) -> Result<Prepared, ScoreError> {
        let mut tree = Tree::build(criteria)?;
        check_shape(&tree, dataset)?;
        let selection = period::select(dataset, options.period.as_deref())?;
        let (members, period) = (selection.members, selection.period);
        let columns = score_columns(&mut tree, dataset, &members)?;
        let leaves = leaves(dataset, &members, &columns);
        let mut raw_weights = Vec::with_capacity(tree.nodes.len());
        criteria
            .pillars
            .iter()
            .for_each(|p| push_weights(p, &mut raw_weights));
        let mut by_id: Vec<usize> = (0..members.len()).collect();
        by_id.sort_by(|&a, &b| {
            dataset.entities[members[a]]
                .id
                .cmp(&dataset.entities[members[b]].id)
        });
        let mut id_order = vec![0u32; members.len()];
        for (place, &k) in by_id.iter().enumerate() {
            id_order[k] = u32::try_from(place).unwrap_or(u32::MAX);
        }
        Ok(Prepared {
            bounds: bounds::cache(&tree.nodes),
            nodes: tree.nodes,
            pillars: tree.pillars,
            index: tree.index,
            unranked_without_a_pillar: criteria.missing_pillar
                == crate::criteria::MissingPillar::Unranked,
            raw_weights,
            members,
            period,
            id_order,
            leaves,
        })
    }

    /// Pillars, groups and indicators, in the order of `Assessment::nodes`.
    pub fn nodes(&self) -> &[NodeInfo] {
        &self.nodes
    }

    /// Positions in `nodes` of the pillars.
    pub fn pillars(&self) -> &[usize] {
        &self.pillars
    }

    /// How the criteria combine the pillars.
    pub fn index(&self) -> Method {
        self.index
    }

    /// The position in `nodes` of the node with this id.
    pub fn node(&self, id: &str) -> Option<usize> {
        self.nodes.iter().position(|node| node.id == id)
    }

    /// Positions in `Dataset::entities` of the communes scored, in the order of every score vector.
    pub fn members(&self) -> &[usize] {
        &self.members
    }

    /// The period scored; `None` when the data have no period column.
    pub fn period(&self) -> Option<&str> {
        self.period.as_deref()
    }

    /// The criteria's weights, aligned with `nodes`, before normalisation.
    pub fn raw_weights(&self) -> &[f64] {
        &self.raw_weights
    }

    /// Whether any indicator value of the period is missing (else the missing policy is moot).
    pub fn has_missing(&self) -> bool {
        let leaves = &self.leaves;
        (0..leaves.indicators).any(|i| {
            let at = leaves.coverage_at(i);
            leaves
                .coverage
                .get(at..at + self.members.len())
                .is_some_and(|column| column.contains(&0.0))
        })
    }

    /// Resolve overrides into a plan: weights renormalised as `Tree::build` does it.
    pub fn plan(&self, overrides: &Overrides) -> Plan {
        let factor = |n: usize| {
            overrides
                .weight_factors
                .as_ref()
                .and_then(|f| f.get(n).copied())
                .unwrap_or(1.0)
        };
        let mut weights = vec![0.0; self.nodes.len()];
        let mut normalise = |siblings: &[usize]| {
            let scaled: Vec<f64> = siblings
                .iter()
                .map(|&c| self.raw_weights[c] * factor(c))
                .collect();
            let total: f64 = scaled.iter().sum();
            for (&c, w) in siblings.iter().zip(scaled) {
                weights[c] = w / total;
            }
        };
        normalise(&self.pillars);
        for node in &self.nodes {
            if !node.children.is_empty() {
                normalise(&node.children);
            }
        }
        let aggregates = (0..self.nodes.len())
            .map(|n| {
                overrides
                    .aggregates
                    .as_ref()
                    .and_then(|a| a.get(n).copied())
                    .or(self.nodes[n].aggregate)
                    .unwrap_or_default()
            })
            .collect();
        let missing = self
            .nodes
            .iter()
            .map(|node| overrides.missing.unwrap_or(node.missing))
            .collect();
        let index = Method {
            aggregate: overrides.index_aggregate.unwrap_or(self.index.aggregate),
            missing: overrides.missing.unwrap_or(self.index.missing),
            min_coverage: self.index.min_coverage,
        };
        Plan {
            weights,
            aggregates,
            missing,
            uniform: overrides.missing,
            index,
        }
    }

    /// Every commune's `target` score under `plan`, in the order of `members`; `None` when missing.
    pub fn evaluate(&self, plan: &Plan, target: Target) -> Vec<Option<f64>> {
        let mut out = vec![f64::NAN; self.members.len()];
        self.evaluate_into(plan, target, &mut Scratch::default(), &mut out);
        out.into_iter()
            .map(|s| Some(s).filter(|s| !s.is_nan()))
            .collect()
    }

    /// The fast form of [`evaluate`](Self::evaluate): scores into `out` (NaN when missing),
    /// reusing `scratch` between calls. `out` must hold one slot per commune.
    pub fn evaluate_into(
        &self,
        plan: &Plan,
        target: Target,
        scratch: &mut Scratch,
        out: &mut [f64],
    ) {
        kernel::evaluate(
            self,
            std::slice::from_ref(plan),
            target,
            0,
            scratch,
            &mut [out],
        );
    }

    /// Many plans at once over the communes from position `first` of `members`: `outs[p]`
    /// receives the scores under `plans[p]` of as many communes as it holds (NaN when missing),
    /// the same as [`evaluate_into`](Self::evaluate_into) would give them. Cheaper than one
    /// plan at a time, since each block of communes is read from memory once for all the plans;
    /// disjoint ranges of communes can be given to different threads.
    pub fn evaluate_many(
        &self,
        plans: &[Plan],
        target: Target,
        first: usize,
        scratch: &mut Scratch,
        outs: &mut [&mut [f64]],
    ) {
        kernel::evaluate(self, plans, target, first, scratch, outs);
    }

    /// Ranks as the engine gives them (ties within 1e-9 share the best rank) from scores in the
    /// order of `members`, NaN or `None` meaning unranked.
    pub fn rank(&self, scores: &[Option<f64>]) -> Ranks {
        let raw: Vec<f64> = scores.iter().map(|s| s.unwrap_or(f64::NAN)).collect();
        let mut ranks = Ranks::default();
        ranks.compute(&raw);
        ranks
    }

    /// Each commune's place in id order (0 first), the tie order of every ranking.
    pub fn id_order(&self) -> &[u32] {
        &self.id_order
    }
}

/// The criteria's weights in the pre-order of `Tree::build`.
fn push_weights(node: &Node, out: &mut Vec<f64>) {
    out.push(node.weight);
    match &node.children {
        Children::Groups(groups) => groups.iter().for_each(|g| push_weights(g, out)),
        Children::Indicators(indicators) => out.extend(indicators.iter().map(|i| i.weight)),
    }
}

/// Treated scores under each policy, with imputation donors as the engine builds them.
fn leaves(dataset: &Dataset, members: &[usize], columns: &[Scores]) -> Leaves {
    let (codes, group_count) = group_codes(dataset, members);
    let donors = Donors::build(columns, &vec![true; columns.len()], &codes, group_count);
    let stride = members.len().div_ceil(LANES) * LANES + LANES;
    let padding = stride - members.len();
    let mut score = Vec::with_capacity(3 * columns.len() * stride);
    for policy in [
        MissingPolicy::Renormalize,
        MissingPolicy::Zero,
        MissingPolicy::Impute,
    ] {
        for (i, column) in columns.iter().enumerate() {
            score.extend(
                column
                    .iter()
                    .enumerate()
                    .map(|(k, reported)| match reported {
                        Some(s) => s,
                        None => fill(policy, &donors, i, codes[k]).0.unwrap_or(f64::NAN),
                    }),
            );
            score.extend(std::iter::repeat_n(f64::NAN, padding));
        }
    }
    let ln = score.iter().map(|s| s.max(1.0).ln()).collect();
    let mut coverage = Vec::with_capacity(columns.len() * stride);
    for column in columns {
        coverage.extend(column.iter().map(|s| f64::from(u8::from(s.is_some()))));
        coverage.extend(std::iter::repeat_n(0.0, padding));
    }
    let presence = (0..columns.len())
        .map(|i| {
            let (scores, coverages) = (&score[i * stride..], &coverage[i * stride..]);
            scores
                .iter()
                .zip(coverages)
                .take(stride)
                .all(|(s, &c)| c == f64::from(u8::from(!s.is_nan())))
        })
        .collect();
    Leaves {
        score,
        ln,
        coverage,
        indicators: columns.len(),
        stride,
        presence,
    }
}

impl Overrides {
    /// The criteria these overrides stand for: each weight multiplied by its factor, every node's
    /// aggregation set, and the one missing policy made the only one. Scoring them with
    /// [`assess`](super::assess) gives what [`Prepared::evaluate`] gives under the plan of these
    /// overrides: the reference that the fast kernel is tested against, and an audit trail.
    pub fn apply_to(&self, criteria: &Criteria) -> Criteria {
        let mut changed = criteria.clone();
        if let Some(aggregate) = self.index_aggregate {
            changed.aggregate = aggregate;
        }
        if let Some(missing) = self.missing {
            changed.missing = missing;
        }
        let mut at = 0;
        for pillar in &mut changed.pillars {
            self.apply_node(pillar, &mut at);
        }
        changed
    }

    fn apply_node(&self, node: &mut Node, at: &mut usize) {
        let n = *at;
        *at += 1;
        node.weight *= self.factor(n);
        if let Some(aggregate) = self.aggregates.as_ref().and_then(|a| a.get(n)) {
            node.aggregate = Some(*aggregate);
        }
        if self.missing.is_some() {
            node.missing = None;
        }
        match &mut node.children {
            Children::Groups(groups) => groups.iter_mut().for_each(|g| self.apply_node(g, at)),
            Children::Indicators(indicators) => {
                for indicator in indicators {
                    indicator.weight *= self.factor(*at);
                    if self.missing.is_some() {
                        indicator.missing = None;
                    }
                    *at += 1;
                }
            }
        }
    }

    fn factor(&self, n: usize) -> f64 {
        self.weight_factors
            .as_ref()
            .and_then(|f| f.get(n).copied())
            .unwrap_or(1.0)
    }
}
