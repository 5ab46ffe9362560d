//! Restating one period of old-unit data on the new units of a crosswalk plan (DESIGN §11).
//!
//! Scales are applied to the old communes' raw values (relative scales over the old communes of
//! the period), because a mean of yes/no answers or category labels is not a raw value. Each new
//! unit's indicator score is the weighted mean of its old communes' indicator scores, weight =
//! the old commune's weight × its share; old communes without the indicator are left out of that
//! mean, and the indicator's coverage is the weighted part of the old communes that have it. The
//! tree then aggregates the restated indicator scores exactly as [`assess`](super::assess) does:
//! missing values are treated by the policy in force, and levels and ranks follow.

use std::collections::HashMap;
use std::sync::Arc;

use serde::Serialize;

use crate::criteria::{Aggregate, Criteria};
use crate::crosswalk::Plan;
use crate::data::{Dataset, Entity, RawCell, RowRef};

use super::aggregate::Mean;
use super::assessment::{Assessment, Scores};
use super::{ScoreError, ScoreOptions, check_shape, period, results, tree};

/// How the communes of a restated assessment were made.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Restatement {
    /// The crosswalk's name.
    pub crosswalk: String,
    /// How many old communes were restated.
    pub old_units: usize,
    /// The old communes of each new unit, aligned with the restated dataset's entities (so
    /// `sources[entity.entity]`).
    pub sources: Vec<Vec<SourceUnit>>,
    /// Old units the crosswalk maps to each new unit that were not in the data, aligned likewise.
    pub absent: Vec<Vec<String>>,
}

/// One old commune a new unit was made from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceUnit {
    pub code: String,
    pub name: String,
    pub district: String,
    /// The part of the old commune that went to the new unit, 0–1.
    pub share: f64,
    /// Its part of the new unit's weight (weight × share, normalised over the unit), 0–1.
    pub weight: f64,
}

/// A restated assessment, the dataset of its new units (no raw values: raw values are not
/// restated), and the restated indicator scores before missing values are treated.
#[derive(Debug, Clone, PartialEq)]
pub struct Restated {
    pub assessment: Assessment,
    pub dataset: Dataset,
    /// `scores[i][u]`: indicator `i`'s restated score for new unit `u` (of `dataset.entities`).
    pub scores: Vec<Scores>,
    /// `coverages[i][u]`: the weighted part of unit `u`'s old communes that have indicator `i`.
    pub coverages: Vec<Vec<f64>>,
}

/// The period chosen (the latest unless `wanted`) and the positions of its communes: the old
/// communes a plan for [`restate`] must be made of.
pub fn period_members(
    dataset: &Dataset,
    wanted: Option<&str>,
) -> Result<(Option<String>, Vec<usize>), ScoreError> {
    let selection = period::select(dataset, wanted)?;
    Ok((selection.period, selection.members))
}

/// Restate one period of `old` on the new units of `plan` and score them.
///
/// The plan must be made from the communes of that period ([`period_members`]).
pub fn restate(
    criteria: &Criteria,
    old: &Dataset,
    plan: &Plan,
    options: &ScoreOptions,
) -> Result<Restated, ScoreError> {
    let mut tree = tree::Tree::build(criteria)?;
    check_shape(&tree, old)?;
    let selection = period::select(old, options.period.as_deref())?;
    let columns = results::score_columns(&mut tree, old, &selection.members)?;
    let position: HashMap<usize, usize> = selection
        .members
        .iter()
        .enumerate()
        .map(|(k, &e)| (e, k))
        .collect();
    let (scores, coverages) = restated_columns(plan, &columns, &position);
    let dataset = new_units(plan, old, &selection.period, tree.indicators.len());
    let mut criteria = criteria.clone();
    criteria.entity.groups = plan.group_columns.clone();
    let members: Vec<usize> = (0..dataset.entities.len()).collect();
    let scored = results::score_entities_with(
        &criteria,
        &tree,
        &dataset,
        &members,
        // Kept for what is asked of the restated units afterwards; they are few.
        scores.clone(),
        Some(&coverages),
    );
    let assessment = Assessment {
        criteria: criteria.id.clone(),
        period: selection.period,
        periods: selection.periods,
        level_rule: criteria.level_rule,
        missing_pillar: criteria.missing_pillar,
        synthetic: dataset.entities.iter().filter(|e| e.synthetic).count(),
        group_columns: plan.group_columns.clone(),
        index: tree.index,
        entities: scored.entities,
        data_quality: results::data_quality(old, scored.notes),
        nodes: tree.nodes,
        pillars: tree.pillars,
        indicators: tree.indicators,
        restated: Some(restatement(plan)),
    };
    Ok(Restated {
        assessment,
        dataset,
        scores,
        coverages,
    })
}

/// Every indicator's weighted mean over each unit's old communes, and its coverage.
fn restated_columns(
    plan: &Plan,
    columns: &[Scores],
    position: &HashMap<usize, usize>,
) -> (Vec<Scores>, Vec<Vec<f64>>) {
    let mut scores = Vec::with_capacity(columns.len());
    let mut coverages = Vec::with_capacity(columns.len());
    for column in columns {
        let (unit_scores, unit_coverages): (Vec<_>, Vec<_>) = plan
            .units
            .iter()
            .map(|unit| {
                let mut mean = Mean::new(Aggregate::Arithmetic);
                let (mut have, mut total) = (0.0, 0.0);
                for part in &unit.parts {
                    // Parts outside the period cannot occur when the plan follows `period_members`.
                    let Some(&k) = position.get(&part.entity) else {
                        continue;
                    };
                    total += part.mass();
                    if let Some(score) = column.get(k) {
                        mean.add(part.mass(), score);
                        have += part.mass();
                    }
                }
                let coverage = if total > 0.0 { have / total } else { 0.0 };
                (mean.finish(), coverage)
            })
            .unzip();
        scores.push(Scores::from(&unit_scores[..]));
        coverages.push(unit_coverages);
    }
    (scores, coverages)
}

/// The new units as a dataset of the period, with no raw values.
fn new_units(plan: &Plan, old: &Dataset, period: &Option<String>, indicators: usize) -> Dataset {
    let file: Arc<str> = Arc::from(plan.crosswalk.as_str());
    let entities: Vec<Entity> = plan
        .units
        .iter()
        .map(|unit| Entity {
            id: unit.id.clone(),
            name: unit.name.clone(),
            groups: unit.groups.clone(),
            period: period.clone(),
            // Made of synthetic data when any of its old communes is.
            synthetic: unit.parts.iter().any(|p| old.entities[p.entity].synthetic),
            row: RowRef {
                file: file.clone(),
                line: unit.line,
            },
        })
        .collect();
    Dataset {
        columns: vec![vec![RawCell::MISSING; entities.len()]; indicators],
        entities,
        lenient: old.lenient.clone(),
    }
}

fn restatement(plan: &Plan) -> Restatement {
    let sources = plan
        .units
        .iter()
        .map(|unit| {
            let total: f64 = unit.parts.iter().map(|p| p.mass()).sum();
            unit.parts
                .iter()
                .map(|part| SourceUnit {
                    code: part.code.clone(),
                    name: part.name.clone(),
                    district: part.district.clone(),
                    share: part.share,
                    weight: if total > 0.0 {
                        part.mass() / total
                    } else {
                        0.0
                    },
                })
                .collect()
        })
        .collect();
    Restatement {
        crosswalk: plan.crosswalk.clone(),
        old_units: plan.old_units,
        sources,
        absent: plan.units.iter().map(|u| u.absent.clone()).collect(),
    }
}
