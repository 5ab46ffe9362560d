//! The parameters of one replication, drawn from its own random stream.
//!
//! Replication `r` uses the PCG stream `r` of a generator seeded from the seed, so its parameters
//! depend on the seed and `r` only: not on the thread that runs it, nor on the other replications.
//! Draws come in a fixed order: a weight factor per node (pre-order), then an aggregation per
//! pillar and group and one for the index, then the missing policy; a part not varied draws nothing.

use rand_pcg::Pcg64;
use rand_pcg::rand_core::Rng;

use crate::criteria::{Aggregate, MissingPolicy};
use crate::score::NodeKind;
use crate::score::prepared::{Overrides, Prepared};

use super::Settings;

/// What one replication used.
#[derive(Debug, Clone, PartialEq)]
pub struct Parameters {
    /// The multiplier of each node's weight, aligned with the nodes (1 when weights do not vary).
    pub weight_factors: Vec<f64>,
    /// Each pillar's and group's aggregation, aligned with the nodes (`None` for indicators, and
    /// for every node when aggregation does not vary).
    pub aggregates: Vec<Option<Aggregate>>,
    /// The index's aggregation, when it varies.
    pub index_aggregate: Option<Aggregate>,
    /// The one missing-data policy, when it varies.
    pub missing: Option<MissingPolicy>,
}

impl Parameters {
    /// The overrides for the prepared scorer.
    pub fn overrides(&self, prepared: &Prepared) -> Overrides {
        let varies = self.aggregates.iter().any(Option::is_some);
        Overrides {
            weight_factors: Some(self.weight_factors.clone()),
            aggregates: varies.then(|| {
                self.aggregates
                    .iter()
                    .zip(prepared.nodes())
                    .map(|(a, node)| a.or(node.aggregate).unwrap_or_default())
                    .collect()
            }),
            index_aggregate: self.index_aggregate,
            missing: self.missing,
        }
    }
}

/// The generator of replication `replication` under `seed`.
fn stream(seed: u64, replication: usize) -> Pcg64 {
    let state = (u128::from(seed) << 64) | u128::from(seed ^ 0x9e37_79b9_7f4a_7c15);
    Pcg64::new(state, replication as u128)
}

/// A uniform number in [0, 1) with 53 random bits.
fn unit(rng: &mut Pcg64) -> f64 {
    (rng.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
}

/// One of `choices` with equal chances.
fn pick<T: Copy>(rng: &mut Pcg64, choices: &[T]) -> T {
    let k = ((rng.next_u64() >> 32) * choices.len() as u64) >> 32;
    choices[usize::try_from(k).unwrap_or(0).min(choices.len() - 1)]
}

const AGGREGATES: [Aggregate; 2] = [Aggregate::Arithmetic, Aggregate::Geometric];

/// The parameters of replication `replication`.
pub fn sample(prepared: &Prepared, settings: &Settings, replication: usize) -> Parameters {
    let mut rng = stream(settings.seed, replication);
    let nodes = prepared.nodes();
    let r = settings.weights;
    let weight_factors = nodes
        .iter()
        .map(|_| {
            if r > 0.0 {
                1.0 - r + 2.0 * r * unit(&mut rng)
            } else {
                1.0
            }
        })
        .collect();
    let (aggregates, index_aggregate) = if settings.vary_aggregate {
        let per_node = nodes
            .iter()
            .map(|node| (node.kind != NodeKind::Indicator).then(|| pick(&mut rng, &AGGREGATES)))
            .collect();
        (per_node, Some(pick(&mut rng, &AGGREGATES)))
    } else {
        (vec![None; nodes.len()], None)
    };
    let missing = settings.vary_missing.then(|| {
        pick(
            &mut rng,
            &[
                MissingPolicy::Renormalize,
                MissingPolicy::Zero,
                MissingPolicy::Impute,
            ],
        )
    });
    Parameters {
        weight_factors,
        aggregates,
        index_aggregate,
        missing,
    }
}
