//! Monte Carlo robustness of a ranking (OECD/JRC "uncertainty analysis"): the period re-scored
//! under randomly perturbed weights, aggregation and missing-data policy, and each commune's
//! ranks and scores over the replications summarised.
//!
//! Decided here where the issue is silent:
//! - `--weights R` multiplies every node's weight (pillars, groups, indicators) by its own uniform
//!   factor in [1 − R, 1 + R]; siblings are then renormalised as the engine does.
//! - `--vary aggregate` draws arithmetic or geometric for every pillar and group and for the index;
//!   `--vary missing` draws one policy per replication for the whole tree (renormalize, zero or
//!   impute, equally likely), replacing every node's and indicator's own. `min_coverage` stays.
//! - Quantiles are nearest-rank (the 5 % rank is the best rank reached by at least 5 % of the
//!   replications that ranked the commune); score quantiles are to a hundredth of a point.
//! - The rank correlation of a replication is Spearman's: Pearson's correlation of tie-averaged
//!   ranks over the communes ranked both nominally and in that replication.
//! - Stability is the width of the 5–95 % rank interval; ties go to the better nominal rank.
//! - Replications run in waves on every core and are folded in their own order, so the output
//!   depends on the seed only, never on the number of threads.

mod sample;
mod tally;
#[cfg(test)]
mod tests;

use std::sync::atomic::{AtomicBool, Ordering};

use rayon::prelude::*;

use crate::criteria::Criteria;
use crate::score::prepared::{Prepared, Ranks, Scratch, Target};

pub use sample::{Parameters, sample};
use tally::{Correlations, Tally};

/// The seed when none is given: fixed, so that two runs of the same command agree.
pub const DEFAULT_SEED: u64 = 20_250_701;
/// Replications when none are asked for.
pub const DEFAULT_RUNS: usize = 1_000;
/// The weight perturbation when none is asked for: ±25 %.
pub const DEFAULT_WEIGHTS: f64 = 0.25;
/// How many communes the most and least stable lists hold.
pub const STABILITY_LIST: usize = 5;
/// Scores held per wave (replications × communes): at most about 48 MB of scores and ranks.
const WAVE_VALUES: usize = 4_000_000;
/// Replications evaluated together before being folded in order: as many as [`WAVE_VALUES`]
/// allows, within these bounds. A large wave reads each block of communes from memory once for
/// many replications, and folds many replications into a commune's histograms while they are in
/// cache.
const WAVE_MIN: usize = 16;
const WAVE_MAX: usize = 256;
/// Communes one task scores and folds.
const CHUNK: usize = 1_024;

/// What to vary and how often; validated by [`check`] before any work.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    pub runs: usize,
    /// R of `--weights R`, in [0, 1).
    pub weights: f64,
    pub vary_aggregate: bool,
    pub vary_missing: bool,
    pub seed: u64,
    /// N of "share of replications in the top N".
    pub top: usize,
    /// What communes are ranked by.
    pub target: Target,
    /// Hand each replication's ranks to the caller (for `--save-runs` with ranks).
    pub keep_ranks: bool,
}

/// Why a sensitivity analysis cannot run, or did not finish.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum SensitivityError {
    #[error("--runs must be at least 1")]
    NoRuns,
    #[error("--weights must be at least 0 and below 1 (a weight must stay positive); got {0}")]
    Weights(f64),
    #[error("--top must be at least 1")]
    NoTop,
    #[error(
        "--vary missing would impute, but the criteria name no group column (entity.groups) to impute within"
    )]
    ImputeWithoutGroups,
    #[error("interrupted")]
    Interrupted,
}

/// Check settings against the criteria, before reading any data.
pub fn check(settings: &Settings, criteria: &Criteria) -> Result<(), SensitivityError> {
    if settings.runs == 0 {
        return Err(SensitivityError::NoRuns);
    }
    if !(settings.weights >= 0.0 && settings.weights < 1.0) {
        return Err(SensitivityError::Weights(settings.weights));
    }
    if settings.top == 0 {
        return Err(SensitivityError::NoTop);
    }
    if settings.vary_missing && criteria.entity.groups.is_empty() {
        return Err(SensitivityError::ImputeWithoutGroups);
    }
    Ok(())
}

/// One replication as the caller sees it, in order.
#[derive(Debug, Clone, PartialEq)]
pub struct Replication {
    /// 1 for the first.
    pub number: usize,
    pub parameters: Parameters,
    /// Spearman's correlation with the nominal ranking; `None` with fewer than two communes
    /// ranked in both or no spread.
    pub correlation: Option<f64>,
    /// Ranks in the order of `Prepared::members` (0 unranked), with `keep_ranks`.
    pub ranks: Option<Vec<u32>>,
}

/// Callbacks and the stop flag of a run.
pub struct Hooks<'a> {
    /// Checked between waves; when set the run ends with [`SensitivityError::Interrupted`].
    pub stop: &'a AtomicBool,
    /// Told how many replications are done.
    pub progress: &'a mut dyn FnMut(usize),
    /// Told about each replication, in order.
    pub replication: &'a mut dyn FnMut(&Replication),
}

/// One commune over every replication.
#[derive(Debug, Clone, PartialEq)]
pub struct CommuneRange {
    /// Position in `Prepared::members`.
    pub member: usize,
    /// Position in `Dataset::entities`.
    pub entity: usize,
    pub nominal_rank: Option<usize>,
    pub nominal_score: Option<f64>,
    pub median_rank: Option<usize>,
    /// The 5 % and 95 % ranks (best and worst end of the interval).
    pub rank_low: Option<usize>,
    pub rank_high: Option<usize>,
    /// Share of all replications with the commune in the top N.
    pub top_share: f64,
    /// Share of replications that ranked the commune at all.
    pub ranked_share: f64,
    pub score_mean: Option<f64>,
    pub score_low: Option<f64>,
    pub score_high: Option<f64>,
}

impl CommuneRange {
    /// The width of the 5–95 % rank interval.
    pub fn width(&self) -> Option<usize> {
        Some(self.rank_high? - self.rank_low?)
    }
}

/// Spearman's correlation over the replications.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Correlation {
    pub mean: Option<f64>,
    pub min: Option<f64>,
    /// The 5 % quantile (to 1e-4): 95 % of replications correlate at least this well.
    pub low: Option<f64>,
}

/// The result of a run.
#[derive(Debug, Clone, PartialEq)]
pub struct Sensitivity {
    pub settings: Settings,
    /// Nominal rank order (unranked last), ties by id.
    pub communes: Vec<CommuneRange>,
    pub correlation: Correlation,
    /// Positions in `communes`: narrowest rank intervals first, then the widest first.
    pub most_stable: Vec<usize>,
    pub least_stable: Vec<usize>,
}

impl Sensitivity {
    /// The top-N share of the commune at this position of `Dataset::entities`.
    pub fn top_share(&self, entity: usize) -> Option<f64> {
        self.communes
            .iter()
            .find(|c| c.entity == entity)
            .map(|c| c.top_share)
    }
}

/// The replications of one wave, before folding: buffers reused from wave to wave.
struct Wave {
    /// `[replication][commune]`.
    scores: Vec<Vec<f64>>,
    ranks: Vec<Vec<u32>>,
    correlations: Vec<Option<f64>>,
}

impl Wave {
    fn new(size: usize, communes: usize) -> Wave {
        Wave {
            scores: vec![vec![f64::NAN; communes]; size],
            ranks: vec![vec![0; communes]; size],
            correlations: vec![None; size],
        }
    }

    /// Replications `first..first + parameters.len()`: scores over chunks of communes on every
    /// core, then each replication's ranks and correlation.
    fn run(
        &mut self,
        prepared: &Prepared,
        target: Target,
        nominal: &Ranks,
        parameters: &[Parameters],
    ) {
        let size = parameters.len();
        let plans: Vec<_> = parameters
            .par_iter()
            .map(|p| prepared.plan(&p.overrides(prepared)))
            .collect();
        // Chunk-major views of the replications' score vectors, one task per chunk of communes.
        let mut chunks: Vec<Vec<&mut [f64]>> = Vec::new();
        for scores in &mut self.scores[..size] {
            for (c, chunk) in scores.chunks_mut(CHUNK).enumerate() {
                if chunks.len() <= c {
                    chunks.push(Vec::with_capacity(size));
                }
                chunks[c].push(chunk);
            }
        }
        chunks.into_par_iter().enumerate().for_each_init(
            Scratch::default,
            |scratch, (c, mut outs)| {
                prepared.evaluate_many(&plans, target, c * CHUNK, scratch, &mut outs);
            },
        );
        self.scores[..size]
            .par_iter()
            .zip(&mut self.ranks[..size])
            .zip(&mut self.correlations[..size])
            .for_each_init(Ranks::default, |ranks, ((scores, out), correlation)| {
                ranks.compute(scores);
                out.copy_from_slice(&ranks.rank);
                *correlation = spearman(&nominal.average, &ranks.average);
            });
    }

    /// Each commune's tally takes the wave's replications in order, whichever thread folds it.
    fn fold(&self, size: usize, tallies: &mut [Tally], top: u32) {
        let (scores, ranks) = (&self.scores[..size], &self.ranks[..size]);
        tallies
            .par_chunks_mut(CHUNK)
            .enumerate()
            .for_each(|(chunk, tallies)| {
                let first = chunk * CHUNK;
                // Commune by commune, so that its histograms stay in cache for the whole wave.
                for (j, tally) in tallies.iter_mut().enumerate() {
                    let k = first + j;
                    tally.reserve(ranks.iter().map(|r| r[k]), scores.iter().map(|s| s[k]));
                    for (scores, ranks) in scores.iter().zip(ranks) {
                        tally.add(ranks[k], scores[k], top);
                    }
                }
            });
    }
}

/// Run every replication and summarise.
pub fn run(
    prepared: &Prepared,
    settings: &Settings,
    hooks: &mut Hooks,
) -> Result<Sensitivity, SensitivityError> {
    let n = prepared.members().len();
    let nominal_plan = prepared.plan(&Default::default());
    let mut nominal_scores = vec![f64::NAN; n];
    prepared.evaluate_into(
        &nominal_plan,
        settings.target,
        &mut Scratch::default(),
        &mut nominal_scores,
    );
    let mut nominal = Ranks::default();
    nominal.compute(&nominal_scores);
    let mut tallies = vec![Tally::default(); n];
    let mut correlations = Correlations::default();
    let top = u32::try_from(settings.top).unwrap_or(u32::MAX);
    let size = (WAVE_VALUES / n.max(1))
        .clamp(WAVE_MIN, WAVE_MAX)
        .min(settings.runs);
    let mut wave = Wave::new(size, n);
    let mut start = 0;
    while start < settings.runs {
        if hooks.stop.load(Ordering::Relaxed) {
            return Err(SensitivityError::Interrupted);
        }
        let end = (start + size).min(settings.runs);
        let parameters: Vec<Parameters> = (start..end)
            .into_par_iter()
            .map(|r| sample(prepared, settings, r))
            .collect();
        wave.run(prepared, settings.target, &nominal, &parameters);
        wave.fold(end - start, &mut tallies, top);
        for (offset, parameters) in parameters.into_iter().enumerate() {
            let correlation = wave.correlations[offset];
            correlations.add(correlation);
            (hooks.replication)(&Replication {
                number: start + offset + 1,
                parameters,
                correlation,
                ranks: settings.keep_ranks.then(|| wave.ranks[offset].clone()),
            });
        }
        start = end;
        (hooks.progress)(start);
    }
    Ok(summarise(
        prepared,
        settings,
        &nominal,
        &nominal_scores,
        &tallies,
        &correlations,
    ))
}

/// Pearson's correlation of two tie-averaged rankings over the items ranked in both.
fn spearman(a: &[f64], b: &[f64]) -> Option<f64> {
    let pairs = || a.iter().zip(b).filter(|(x, y)| !x.is_nan() && !y.is_nan());
    let count = pairs().count();
    if count < 2 {
        return None;
    }
    let (sum_a, sum_b) = pairs().fold((0.0, 0.0), |(sa, sb), (x, y)| (sa + x, sb + y));
    let (mean_a, mean_b) = (sum_a / count as f64, sum_b / count as f64);
    let (mut cov, mut var_a, mut var_b) = (0.0, 0.0, 0.0);
    for (x, y) in pairs() {
        cov += (x - mean_a) * (y - mean_b);
        var_a += (x - mean_a) * (x - mean_a);
        var_b += (y - mean_b) * (y - mean_b);
    }
    let denominator = (var_a * var_b).sqrt();
    (denominator > 0.0).then(|| (cov / denominator).clamp(-1.0, 1.0))
}

fn summarise(
    prepared: &Prepared,
    settings: &Settings,
    nominal: &Ranks,
    nominal_scores: &[f64],
    tallies: &[Tally],
    correlations: &Correlations,
) -> Sensitivity {
    let runs = settings.runs as f64;
    let rank = |r: Option<u32>| r.map(|r| r as usize);
    let mut communes: Vec<CommuneRange> = tallies
        .iter()
        .enumerate()
        .map(|(k, tally)| CommuneRange {
            member: k,
            entity: prepared.members()[k],
            nominal_rank: (nominal.rank[k] > 0).then_some(nominal.rank[k] as usize),
            nominal_score: Some(nominal_scores[k]).filter(|s| !s.is_nan()),
            median_rank: rank(tally.ranks.quantile(0.5)),
            rank_low: rank(tally.ranks.quantile(0.05)),
            rank_high: rank(tally.ranks.quantile(0.95)),
            top_share: f64::from(tally.in_top) / runs,
            ranked_share: f64::from(tally.ranks.total()) / runs,
            score_mean: tally.score_mean(),
            score_low: tally.score_quantile(0.05, false),
            score_high: tally.score_quantile(0.95, true),
        })
        .collect();
    let ids = prepared.id_order();
    communes.sort_by_key(|c| (c.nominal_rank.unwrap_or(usize::MAX), ids[c.member]));
    let (most_stable, least_stable) = stability(&communes);
    Sensitivity {
        settings: settings.clone(),
        correlation: correlation(correlations),
        communes,
        most_stable,
        least_stable,
    }
}

/// The narrowest and the widest rank intervals, at most [`STABILITY_LIST`] each and never more
/// than half of the ranked communes, so that the lists do not overlap; a commune whose rank never
/// moved is never among the least stable. A commune whose interval reaches the last rank is never
/// among the most stable: it cannot fall further, so a narrow interval says nothing about it.
fn stability(communes: &[CommuneRange]) -> (Vec<usize>, Vec<usize>) {
    let mut ranked: Vec<(usize, usize)> = communes
        .iter()
        .enumerate()
        .filter(|(_, c)| c.nominal_rank.is_some())
        .filter_map(|(at, c)| Some((c.width()?, at)))
        .collect();
    let last = communes.iter().filter_map(|c| c.rank_high).max();
    let size = STABILITY_LIST.min(ranked.len() / 2);
    ranked.sort();
    let most: Vec<usize> = ranked
        .iter()
        .filter(|&&(_, at)| communes[at].rank_high != last)
        .take(size)
        .map(|&(_, at)| at)
        .collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let least = ranked
        .iter()
        .filter(|&&(width, at)| width > 0 && !most.contains(&at))
        .take(size)
        .map(|&(_, at)| at)
        .collect();
    (most, least)
}

fn correlation(values: &Correlations) -> Correlation {
    let summary = values.summary();
    Correlation {
        mean: summary.map(|s| s.0),
        min: summary.map(|s| s.1),
        low: summary.map(|s| s.2),
    }
}

/// For `pilot --robust`: each commune's share of replications in the top `settings.top`, as
/// `(position in Dataset::entities, share)` in nominal rank order. No progress, no stop.
pub fn top_shares(
    prepared: &Prepared,
    settings: &Settings,
) -> Result<Vec<(usize, f64)>, SensitivityError> {
    let stop = AtomicBool::new(false);
    let result = run(
        prepared,
        settings,
        &mut Hooks {
            stop: &stop,
            progress: &mut |_| {},
            replication: &mut |_| {},
        },
    )?;
    Ok(result
        .communes
        .iter()
        .map(|c| (c.entity, c.top_share))
        .collect())
}
