//! The priority order of a selection: rank order for the most ready communes; for replication,
//! the communes below the target level, closest to it first.

use super::exclude::Removed;
use super::facts::TargetFrom;
use super::gates::level_number;
use super::{Mode, PilotError, PilotOptions, Target};
use crate::criteria::{Criteria, LevelRule};
use crate::score::{Assessment, EntityResult};

/// The level a replication aims for, or `None` when looking for the most ready.
pub(super) fn target(
    criteria: &Criteria,
    assessment: &Assessment,
    options: &PilotOptions,
    removed: &Removed,
    passes: &impl Fn(usize) -> bool,
) -> Result<Option<Target>, PilotError> {
    let Mode::Replicate { target } = &options.mode else {
        return Ok(None);
    };
    let level_of = |e: usize| assessment.entities[e].level;
    let (level, from) = match target {
        Some(text) => (Some(level_number(text, criteria)? - 1), TargetFrom::Asked),
        None => {
            let piloted = removed
                .excluded
                .iter()
                .chain(&removed.already_piloted)
                .filter_map(|&e| level_of(e))
                .min();
            match piloted {
                Some(level) => (Some(level), TargetFrom::Pilots),
                None => (
                    (0..assessment.entities.len())
                        .find(|&e| passes(e))
                        .and_then(level_of),
                    TargetFrom::MostReady,
                ),
            }
        }
    };
    Ok(level.and_then(|level| {
        Some(Target {
            level,
            min: criteria.levels.get(level)?.min,
            from,
        })
    }))
}

/// Every commune the selection looks at, in the order it prefers them.
pub(super) fn priority(
    criteria: &Criteria,
    assessment: &Assessment,
    mode: &Mode,
    target: Option<&Target>,
) -> Vec<usize> {
    let n = assessment.entities.len();
    match (mode, target) {
        (Mode::Ready, _) => (0..n).collect(),
        (Mode::Replicate { .. }, None) => Vec::new(),
        (Mode::Replicate { .. }, Some(target)) => {
            let mut below: Vec<(f64, usize)> = (0..n)
                .filter(|&e| {
                    assessment.entities[e]
                        .level
                        .is_some_and(|l| l < target.level)
                })
                .map(|e| {
                    (
                        shortfall(criteria, assessment, &assessment.entities[e], target),
                        e,
                    )
                })
                .collect();
            // Stable on equal shortfalls: rank order.
            below.sort_by(|a, b| a.0.total_cmp(&b.0));
            below.into_iter().map(|(_, e)| e).collect()
        }
    }
}

/// Points a commune is below the target's minimum: overall, and under the weakest-pillar rule
/// each scored pillar as well.
pub(super) fn shortfall(
    criteria: &Criteria,
    assessment: &Assessment,
    entity: &EntityResult,
    target: &Target,
) -> f64 {
    let below = |score: Option<f64>| score.map_or(0.0, |s| (target.min - s).max(0.0));
    let mut total = below(entity.overall);
    if criteria.level_rule == LevelRule::WeakestPillar {
        total += assessment
            .pillars
            .iter()
            .map(|&p| below(entity.scores.get(p)))
            .sum::<f64>();
    }
    total
}
