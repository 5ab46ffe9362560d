//! The clamp bounds of the nodes whose children are all indicators: the least and greatest term
//! of each commune's mean. They depend on the indicators' scores, the missing-data policies and
//! the aggregation only, never on the weights, so they are worked out once (on first use, from
//! any thread) and read by every replication that shares them, which then keeps only three of
//! the five sums of a mean.

use std::sync::OnceLock;

use crate::criteria::MissingPolicy;

use super::super::assessment::NodeInfo;
use super::{Leaves, Prepared, slot};

/// One node's bounds per commune (the leaves' stride long; padding ∞ and −∞).
#[derive(Debug, Clone, Default)]
pub(super) struct Bounds {
    pub low: Vec<f64>,
    pub high: Vec<f64>,
}

/// Per node, one slot for each of the criteria's own policies and the three uniform ones, times
/// arithmetic and geometric; empty for a node with a child that is not an indicator.
pub(super) type Cache = Vec<Vec<OnceLock<Bounds>>>;

const VARIANTS: usize = 8;

pub(super) fn cache(nodes: &[NodeInfo]) -> Cache {
    nodes
        .iter()
        .map(|node| {
            let leaf_parent = !node.children.is_empty()
                && node.children.iter().all(|&c| nodes[c].indicator.is_some());
            if leaf_parent {
                (0..VARIANTS).map(|_| OnceLock::new()).collect()
            } else {
                Vec::new()
            }
        })
        .collect()
}

impl Prepared {
    /// Node `n`'s bounds under one uniform policy (or the criteria's own with `None`); `None`
    /// when the node has a child that is not an indicator.
    pub(super) fn bounds(
        &self,
        n: usize,
        uniform: Option<MissingPolicy>,
        geometric: bool,
    ) -> Option<&Bounds> {
        let variant = uniform.map_or(0, |p| 1 + slot(p)) * 2 + usize::from(geometric);
        let cell = self.bounds.get(n)?.get(variant)?;
        Some(cell.get_or_init(|| self.compute_bounds(n, uniform, geometric)))
    }

    fn compute_bounds(&self, n: usize, uniform: Option<MissingPolicy>, geometric: bool) -> Bounds {
        let leaves: &Leaves = &self.leaves;
        let stride = leaves.stride;
        let mut bounds = Bounds {
            low: vec![f64::INFINITY; stride],
            high: vec![f64::NEG_INFINITY; stride],
        };
        for &c in &self.nodes[n].children {
            let Some(i) = self.nodes[c].indicator else {
                continue;
            };
            let at = leaves.score_at(uniform.unwrap_or(self.nodes[c].missing), i);
            let Some(column) = leaves.score.get(at..at + stride) else {
                continue;
            };
            // The terms of `kernel::Lanes::add`, compared the same way.
            for ((low, high), &s) in bounds.low.iter_mut().zip(&mut bounds.high).zip(column) {
                let term = if geometric && s < 1.0 { 1.0 } else { s };
                *low = if term < *low { term } else { *low };
                *high = if term > *high { term } else { *high };
            }
        }
        bounds
    }
}
