//! Scoring: criteria and a dataset in, an [`Assessment`] out. Pure maths, no I/O.
//!
//! The steps follow DESIGN §3: each indicator's raw values become scores on its scale (relative
//! scales over every commune of the period), missing values are treated by the policy in force,
//! nodes aggregate their children bottom-up with coverage, the pillars make the index, and
//! levels and ranks follow. The criteria tree is flattened once; communes are then scored one
//! after another with the same buffers.
//!
//! ```
//! # use dtm::{criteria::Criteria, data::Dataset, score::{assess, ScoreOptions}};
//! # fn example(criteria: &Criteria, dataset: &Dataset) -> Result<(), dtm::score::ScoreError> {
//! let assessment = assess(criteria, dataset, &ScoreOptions::default())?;
//! for commune in assessment.ranked() {
//!     let _ = (commune.rank, &commune.id, commune.overall, commune.level);
//! }
//! # Ok(()) }
//! ```
//!
//! Where DESIGN §3 is silent, this module decides:
//! - Coverage passes `min_coverage` within 1e-9 ([`COVERAGE_TOLERANCE`]) and a score reaches a
//!   level's `min` within 1e-9 ([`LEVEL_TOLERANCE`]), so float rounding in sums of weights never
//!   costs a node its score or a commune its level.
//! - Coverage counts reported values only: an imputed or zeroed value adds nothing to it.
//! - A missing pillar does not cap the level under `weakest_pillar` (see [`levels`]).
//! - Under `zero` a node is always scored, unless every child was dropped by an indicator's own
//!   policy (nothing is left to average): then it is missing like any other node.
//! - Imputation uses the first group column; a blank value there means "no district", so the
//!   commune is imputed from every commune of the period. Means are summed in ascending order, so
//!   results do not depend on row order.
//! - Percentile ties are exactly equal raw values. Rank ties are blocks anchored at their best
//!   score (every score within 1e-9 of it), so ties do not chain along a slope.
//! - A weighted mean is clamped to the range of the scores it averages (it lies there in exact
//!   arithmetic), which keeps all-100 children at exactly 100.
//! - [`Observed::constant`] is recorded for every indicator, whatever its scale; `check --data`
//!   warns for `minmax` (every commune 100) and may for others.
//! - The dataset's `--lenient` notes are carried over whole (all periods): they describe the input.

mod aggregate;
mod assessment;
mod evaluate;
pub mod levels;
mod missing;
mod period;
pub mod prepared;
pub mod rank;
mod restate;
mod results;
mod scales;
mod tree;
mod whatif;

pub use aggregate::{COVERAGE_TOLERANCE, ESTIMATE_ERROR};
pub use assessment::{
    Assessment, Coverages, DataQuality, EntityResult, Flag, LenientNote, Method, NodeInfo,
    NodeKind, Observed, QualityNote, Scores, Treatment,
};
pub use levels::{LEVEL_TOLERANCE, level_of};
pub use rank::TIE_TOLERANCE;
pub use restate::{Restated, Restatement, SourceUnit, period_members, restate};
pub use whatif::{Estimate, Outcome, PillarEstimate, Raise, WhatIf, what_if};

use crate::criteria::Criteria;
use crate::data::Dataset;

/// What to score.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ScoreOptions {
    /// The period to score; the latest one when `None`.
    pub period: Option<String>,
}

/// Why a dataset could not be scored against a criteria file.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ScoreError {
    #[error(
        "period '{period}' is not in the data; periods present: {}",
        list(available)
    )]
    UnknownPeriod {
        period: String,
        available: Vec<String>,
    },
    #[error(
        "the periods {} are not all numbers, year-months (2024-9), year-quarters (Q4-2024) or ISO dates of one form, so dtm will not guess which is the latest; name one with --period",
        quoted(available)
    )]
    UnorderedPeriods { available: Vec<String> },
    #[error("the dataset has a column of {values} values for {entities} communes")]
    Rows { entities: usize, values: usize },
    #[error(
        "the dataset has {found} columns of values but the criteria define {expected} indicators"
    )]
    Columns { found: usize, expected: usize },
    #[error("commune '{entity}', indicator '{indicator}': {problem}")]
    Value {
        entity: String,
        indicator: String,
        problem: String,
    },
    #[error("'{id}' has weight {weight}; weights must be positive numbers")]
    Weight { id: String, weight: f64 },
    #[error("indicator '{id}' has equal or non-finite goalposts; worst and best must differ")]
    Goalpost { id: String },
}

fn quoted(periods: &[String]) -> String {
    let quoted: Vec<String> = periods
        .iter()
        .map(|p| format!("'{}'", crate::diagnostics::cut(p)))
        .collect();
    quoted.join(", ")
}

fn list(periods: &[String]) -> String {
    if periods.is_empty() {
        "none (the data have no period column)".to_owned()
    } else {
        periods.join(", ")
    }
}

/// Score every commune of one period (the latest by default) against the criteria.
///
/// `dataset.columns[i][e]` must follow `criteria.indicators()`; raw values must match their
/// scales (numbers for numeric scales, yes/no for `boolean`, label indices for `categories`).
pub fn assess(
    criteria: &Criteria,
    dataset: &Dataset,
    options: &ScoreOptions,
) -> Result<Assessment, ScoreError> {
    let mut tree = tree::Tree::build(criteria)?;
    check_shape(&tree, dataset)?;
    let selection = period::select(dataset, options.period.as_deref())?;
    let members = &selection.members;
    let columns = results::score_columns(&mut tree, dataset, members)?;
    let scored = results::score_entities(criteria, &tree, dataset, members, columns);
    let synthetic = members
        .iter()
        .filter(|&&e| dataset.entities[e].synthetic)
        .count();
    Ok(Assessment {
        criteria: criteria.id.clone(),
        period: selection.period,
        periods: selection.periods,
        level_rule: criteria.level_rule,
        missing_pillar: criteria.missing_pillar,
        synthetic,
        group_columns: criteria.entity.groups.clone(),
        index: tree.index,
        entities: scored.entities,
        data_quality: results::data_quality(dataset, scored.notes),
        nodes: tree.nodes,
        pillars: tree.pillars,
        indicators: tree.indicators,
        restated: None,
    })
}

/// The indicator nodes of one period (the latest by default), in the order of
/// `criteria.indicators()`, each with what the period's data held ([`NodeInfo::observed`]), exactly
/// as `assess` records them, and failing as `assess` does on values that do not fit their scale.
/// Communes are not aggregated, levelled or ranked: this is what `dtm check --data` needs.
pub fn observe(
    criteria: &Criteria,
    dataset: &Dataset,
    options: &ScoreOptions,
) -> Result<Vec<NodeInfo>, ScoreError> {
    let mut tree = tree::Tree::build(criteria)?;
    check_shape(&tree, dataset)?;
    let selection = period::select(dataset, options.period.as_deref())?;
    results::observe_columns(&mut tree, dataset, &selection.members)?;
    Ok(tree
        .indicators
        .iter()
        .map(|&n| tree.nodes[n].clone())
        .collect())
}

/// The scoring tree of the criteria, pre-order: each node's normalised and effective weight,
/// exactly as `assess` uses them (for `dtm check --explain`).
pub fn tree(criteria: &Criteria) -> Result<Vec<NodeInfo>, ScoreError> {
    Ok(tree::Tree::build(criteria)?.nodes)
}

pub(crate) fn check_shape(tree: &tree::Tree, dataset: &Dataset) -> Result<(), ScoreError> {
    let expected = tree.indicators.len();
    // No communes, no columns: nothing to misalign.
    let found = dataset.columns.len();
    if found != expected && !(found == 0 && dataset.entities.is_empty()) {
        return Err(ScoreError::Columns { found, expected });
    }
    let wrong = dataset
        .columns
        .iter()
        .find(|c| c.len() != dataset.entities.len());
    match wrong {
        Some(column) => Err(ScoreError::Rows {
            entities: dataset.entities.len(),
            values: column.len(),
        }),
        None => Ok(()),
    }
}

#[cfg(test)]
pub(crate) mod proptests;
#[cfg(test)]
pub(crate) use crate::testkit;
#[cfg(test)]
mod restate_tests;
#[cfg(test)]
mod tests;
