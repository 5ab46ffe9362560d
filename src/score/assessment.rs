//! The result of scoring: the flattened criteria tree and every commune's scores, levels and ranks.
//!
//! One `Assessment` serves every later stage: the ranked table and `--detail` read `entities` (kept in
//! rank order) against `nodes`; profiles and gaps use `effective_weight`, `scale` and `observed`;
//! pilot selection uses pillar levels, coverage and group values; period comparison matches entities
//! by id. Per-entity vectors are aligned with lists of the assessment (`scores` and `coverages` with
//! `nodes`, `pillar_levels` with `pillars`, `group_ranks` with `group_columns`), so that nothing is
//! repeated per commune and the JSON stays compact.

use serde::Serialize;

use crate::criteria::{Aggregate, LevelRule, MissingPillar, MissingPolicy, Scale, Text};

/// Every commune of one period, scored.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessment {
    /// The criteria file's id.
    pub criteria: String,
    /// The period scored; `None` when the data have no period column.
    pub period: Option<String>,
    /// Every period present in the data, ascending.
    pub periods: Vec<String>,
    pub level_rule: LevelRule,
    /// What a commune with a pillar that has no score gets (the criteria's `missing_pillar`).
    pub missing_pillar: MissingPillar,
    /// How many of the period's communes the data mark as synthetic (a `synthetic` column saying
    /// yes); every output says so when this is not 0.
    pub synthetic: usize,
    /// The criteria's group columns (`entity.groups`); `groups` and `group_ranks` follow this order.
    pub group_columns: Vec<String>,
    /// How the overall index combines the pillars (the criteria-level defaults).
    pub index: Method,
    /// Pillars, groups and indicators, depth first in file order (a parent before its children).
    pub nodes: Vec<NodeInfo>,
    /// Positions in `nodes` of the pillars, in file order.
    pub pillars: Vec<usize>,
    /// Positions in `nodes` of the indicators, in the order of `Criteria::indicators()`.
    pub indicators: Vec<usize>,
    /// The communes of the period, in rank order (see [`Assessment::ranked`]).
    pub entities: Vec<EntityResult>,
    pub data_quality: DataQuality,
    /// Set when the communes are new units restated from old ones through a crosswalk.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub restated: Option<super::restate::Restatement>,
}

/// What a node is in the tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NodeKind {
    Pillar,
    Group,
    Indicator,
}

/// How a node (or the index) combines its children, with inheritance already applied.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Method {
    pub aggregate: Aggregate,
    pub missing: MissingPolicy,
    pub min_coverage: f64,
}

/// One node of the flattened tree.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NodeInfo {
    pub id: String,
    pub name: Option<Text>,
    pub kind: NodeKind,
    /// Position of the parent in `nodes`; `None` for pillars (their parent is the index).
    pub parent: Option<usize>,
    /// 0 for pillars, 1 for their children, and so on.
    pub depth: usize,
    /// The weight among its siblings, normalised so that siblings sum to 1.
    pub weight: f64,
    /// The weight in the overall index: the product of `weight` along the path from the pillar.
    pub effective_weight: f64,
    /// The missing-value policy in force here (for an indicator: for its own missing values).
    pub missing: MissingPolicy,
    /// Pillars and groups: how they aggregate; `None` for indicators.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aggregate: Option<Aggregate>,
    /// Pillars and groups: the coverage they need; `None` for indicators.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_coverage: Option<f64>,
    /// Positions in `nodes` of the children, in file order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<usize>,
    /// Indicators: their position in `Criteria::indicators()` (and in `Dataset::values` rows).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indicator: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scale: Option<Scale>,
    /// Indicators: what the period's data held.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub observed: Option<Observed>,
}

/// The raw values an indicator had in the period scored.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Observed {
    /// How many communes have a value.
    pub count: usize,
    /// The smallest and largest number (numeric scales with at least one value).
    pub min: Option<f64>,
    pub max: Option<f64>,
    /// Every observed value is the same (and there is at least one): the indicator does not
    /// discriminate. Under `minmax` every commune then scores 100.
    pub constant: bool,
}

/// One commune's results.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntityResult {
    /// Position in `Dataset::entities`.
    pub entity: usize,
    pub id: String,
    pub name: String,
    /// Values of the group columns, in the order of `group_columns`.
    pub groups: Vec<String>,
    /// The overall index, 0–100; `None` when the index is missing.
    pub overall: Option<f64>,
    /// Index into `Criteria::levels` of the overall level.
    pub level: Option<usize>,
    /// The weighted share of the index's indicators that have data, 0–1.
    pub coverage: f64,
    /// 1 is best; communes within 1e-9 share a rank; `None` when `overall` is missing.
    pub rank: Option<usize>,
    /// The rank among communes with the same value of each group column.
    pub group_ranks: Vec<Option<usize>>,
    /// How many communes of the period share each group value, aligned with `group_columns`.
    #[serde(skip)]
    pub group_sizes: Vec<usize>,
    /// The level of each pillar, aligned with `Assessment::pillars`.
    pub pillar_levels: Vec<Option<usize>>,
    /// The score of every node, aligned with `Assessment::nodes`.
    pub scores: Scores,
    /// The coverage of every node (an indicator: 1 with data, 0 without), aligned with `nodes`.
    pub coverages: Coverages,
    /// What is worth a second look, sorted.
    pub flags: Vec<Flag>,
}

/// Scores read as `Option<f64>`: one commune's score of every node (aligned with
/// `Assessment::nodes`), or, while scoring, one indicator's score of every commune.
///
/// Stored as `f64` with NaN for no score (scores are finite), half the size of `Option<f64>`:
/// they are the largest part of a commune's results and of the columns scored.
#[derive(Clone, Default)]
pub struct Scores(Box<[f64]>);

impl Scores {
    /// `len` places without a score.
    pub fn none(len: usize) -> Scores {
        Scores(vec![f64::NAN; len].into_boxed_slice())
    }

    /// The score at `at` (a node, or a commune of a column); `None` when there is none there
    /// (or past the end).
    pub fn get(&self, at: usize) -> Option<f64> {
        self.0.get(at).copied().and_then(present)
    }

    /// Every score, in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = Option<f64>> + '_ {
        self.0.iter().copied().map(present)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Scores given as `f64`s, NaN for no score.
    pub(crate) fn from_nan(scores: Vec<f64>) -> Scores {
        Scores(scores.into_boxed_slice())
    }

    /// The scores as `Option`s, to change some (what-if).
    pub fn to_vec(&self) -> Vec<Option<f64>> {
        self.iter().collect()
    }
}

/// A stored score as read: NaN is no score.
fn present(score: f64) -> Option<f64> {
    Some(score).filter(|score| !score.is_nan())
}

impl From<&[Option<f64>]> for Scores {
    fn from(scores: &[Option<f64>]) -> Scores {
        Scores(scores.iter().map(|s| s.unwrap_or(f64::NAN)).collect())
    }
}

impl PartialEq for Scores {
    fn eq(&self, other: &Scores) -> bool {
        self.iter().eq(other.iter())
    }
}

impl std::fmt::Debug for Scores {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// As the list of `Option<f64>` it stands for: `null` for a node without a score.
impl Serialize for Scores {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

/// One commune's coverage of every node, aligned with `Assessment::nodes`. An indicator's
/// coverage is 1 with data and 0 without, so it is kept as a bit; only the other nodes (and
/// every node of restated units, whose indicators may be partly covered) keep an `f64`.
#[derive(Clone)]
pub struct Coverages {
    layout: std::sync::Arc<Layout>,
    bits: Box<[u64]>,
    values: Box<[f64]>,
}

/// Where each node's coverage is kept in [`Coverages`], and how many bits and values there are.
#[derive(Debug)]
pub(crate) struct Layout {
    slots: Box<[Slot]>,
    bits: usize,
    values: usize,
}

/// Where a node's coverage is kept in [`Coverages`]: a bit of `bits`, or a place in `values`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Slot {
    Bit(u32),
    Value(u32),
}

impl Coverages {
    /// The places of the nodes' coverages: a bit for each node `as_bit` says can only be 0 or 1.
    pub(crate) fn layout(as_bit: impl Iterator<Item = bool>) -> std::sync::Arc<Layout> {
        let (mut bits, mut values) = (0u32, 0u32);
        let slots = as_bit
            .map(|bit| match bit {
                true => (Slot::Bit(bits), bits += 1).0,
                false => (Slot::Value(values), values += 1).0,
            })
            .collect();
        let (bits, values) = (bits as usize, values as usize);
        std::sync::Arc::new(Layout {
            slots,
            bits,
            values,
        })
    }

    /// `all[n]`, node `n`'s coverage, kept in the places of `slots`; a node kept as a bit is
    /// covered when its coverage is above 0 (it is 0 or 1).
    pub(crate) fn pack(layout: &std::sync::Arc<Layout>, all: &[f64]) -> Coverages {
        let mut bits = vec![0u64; layout.bits.div_ceil(64)].into_boxed_slice();
        let mut values = Vec::with_capacity(layout.values);
        for (slot, &coverage) in layout.slots.iter().zip(all) {
            match *slot {
                Slot::Bit(b) => {
                    debug_assert!(coverage == 0.0 || coverage == 1.0);
                    if coverage > 0.0 {
                        bits[b as usize / 64] |= 1 << (b % 64);
                    }
                }
                Slot::Value(_) => values.push(coverage),
            }
        }
        Coverages {
            layout: std::sync::Arc::clone(layout),
            bits,
            values: values.into_boxed_slice(),
        }
    }

    /// The coverage of node `n`.
    pub fn get(&self, n: usize) -> f64 {
        match self.layout.slots[n] {
            Slot::Bit(b) => match self.bits[b as usize / 64] >> (b % 64) & 1 {
                1 => 1.0,
                _ => 0.0,
            },
            Slot::Value(v) => self.values[v as usize],
        }
    }

    /// Every node's coverage, in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = f64> + '_ {
        (0..self.len()).map(|n| self.get(n))
    }

    pub fn len(&self) -> usize {
        self.layout.slots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.layout.slots.is_empty()
    }

    /// Every node's coverage as a plain list, to change some (what-if).
    pub fn to_vec(&self) -> Vec<f64> {
        self.iter().collect()
    }
}

impl PartialEq for Coverages {
    fn eq(&self, other: &Coverages) -> bool {
        self.iter().eq(other.iter())
    }
}

impl std::fmt::Debug for Coverages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// As the list of numbers it stands for.
impl Serialize for Coverages {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

/// A remark on one commune's results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Flag {
    /// At least one missing value was imputed.
    Imputed,
    /// At least one missing value or node was scored 0.
    Zeroed,
    /// At least one missing value or node was left out of its parent.
    Dropped,
    /// At least one pillar has no score.
    MissingPillar,
    /// The overall index is missing, so the commune has no rank.
    Unscored,
    /// A pillar has no score and the criteria say `missing_pillar: unranked`: no index, no level,
    /// no rank; listed last.
    Unranked,
    /// `level_rule: weakest_pillar` lowered the overall level.
    LevelCapped,
}

/// Everything that was not scored from a reported value, and what the loader let through.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct DataQuality {
    /// Every imputed, zeroed or dropped value or node, by commune id, then tree order.
    pub notes: Vec<QualityNote>,
    /// Values the loader turned missing under `--lenient` (carried over from the dataset).
    pub lenient: Vec<LenientNote>,
}

/// One value or node that was treated for missing data. Positions only (there can be millions):
/// the commune's id and group and the node's id are found when printing.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QualityNote {
    /// Position in `Dataset::entities` (the `entity` of the commune's [`EntityResult`]).
    pub entity: usize,
    /// Position in `Assessment::nodes`.
    pub node: usize,
    pub kind: NodeKind,
    #[serde(flatten)]
    pub treatment: Treatment,
}

/// What happened to a missing value (an indicator) or a missing node.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "treatment", rename_all = "snake_case")]
pub enum Treatment {
    /// Given the mean score of `donors` communes: those with the same first group value when
    /// `in_group` (see [`Treatment::group`]), else every commune of the period.
    Imputed {
        score: f64,
        donors: usize,
        in_group: bool,
    },
    /// Scored 0.
    Zeroed,
    /// Left out; its siblings' weights were renormalised.
    Dropped,
    /// To be imputed, but no commune of the period has it: left out like a dropped value.
    NoDonor,
}

impl Treatment {
    /// The group whose communes gave an imputed value: the first of the commune's `groups` when
    /// the donors were its group's, else `None`. Pass the groups of the dataset scored: a
    /// restated comparison keeps fewer in its [`EntityResult`]s than scoring used.
    pub fn group<'a>(&self, groups: &'a [String]) -> Option<&'a str> {
        match self {
            Treatment::Imputed { in_group: true, .. } => super::results::first_group(groups),
            _ => None,
        }
    }
}

/// A raw value the loader turned missing under `--lenient`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LenientNote {
    pub file: String,
    pub line: u64,
    pub entity: String,
    pub column: String,
    pub value: String,
    pub reason: String,
}

impl Assessment {
    /// The communes in rank order: ranked ones by rank then id, then the unranked ones by id.
    pub fn ranked(&self) -> &[EntityResult] {
        &self.entities
    }

    /// Position in `entities` of each commune id (the first, as [`Assessment::entity`] finds it),
    /// for callers that look up many communes: one pass instead of a search per commune.
    pub fn id_index(&self) -> std::collections::HashMap<&str, usize> {
        let mut index = std::collections::HashMap::with_capacity(self.entities.len());
        for (k, entity) in self.entities.iter().enumerate() {
            index.entry(entity.id.as_str()).or_insert(k);
        }
        index
    }

    /// The commune with this id, if it was scored.
    pub fn entity(&self, id: &str) -> Option<&EntityResult> {
        self.entities.iter().find(|entity| entity.id == id)
    }

    /// The position in `nodes` of the pillar, group or indicator with this id.
    pub fn node(&self, id: &str) -> Option<usize> {
        self.nodes.iter().position(|node| node.id == id)
    }

    /// The pillar (its position in `nodes`) that node `node` lies under, or is; `None` for the
    /// index or a node outside every pillar.
    pub fn pillar_of(&self, mut node: usize) -> Option<usize> {
        while let Some(parent) = self.nodes.get(node)?.parent {
            node = parent;
        }
        (self.nodes[node].kind == NodeKind::Pillar).then_some(node)
    }

    /// One commune's pillar scores, aligned with `pillars`.
    pub fn pillar_scores<'a>(
        &'a self,
        entity: &'a EntityResult,
    ) -> impl Iterator<Item = Option<f64>> + 'a {
        self.pillars.iter().map(|&node| entity.scores.get(node))
    }

    /// One commune's indicator scores, in the order of `Criteria::indicators()`.
    pub fn indicator_scores<'a>(
        &'a self,
        entity: &'a EntityResult,
    ) -> impl Iterator<Item = Option<f64>> + 'a {
        self.indicators.iter().map(|&node| entity.scores.get(node))
    }
}

#[cfg(test)]
mod coverage_tests {
    use super::Coverages;

    #[test]
    fn coverages_give_back_every_node_kept_as_a_bit_or_a_value() {
        // 70 indicators (two words of bits) among 5 other nodes, then every node as a value.
        let as_bit: Vec<bool> = (0..75).map(|n| n % 15 != 0).collect();
        let all: Vec<f64> = (0..75)
            .map(|n| match as_bit[n] {
                true => f64::from(u8::from(n % 3 == 0)),
                false => n as f64 / 100.0,
            })
            .collect();
        let packed = Coverages::pack(&Coverages::layout(as_bit.iter().copied()), &all);
        assert_eq!(packed.to_vec(), all);
        assert_eq!(packed.len(), 75);
        let dense = Coverages::pack(&Coverages::layout(as_bit.iter().map(|_| false)), &all);
        assert_eq!(dense, packed);
        assert_eq!(
            serde_json::to_string(&dense).unwrap(),
            serde_json::to_string(&all).unwrap()
        );
    }
}
