//! The facts behind each choice: why each pilot, why not each runner-up.

use super::exclude::Removed;
use super::order::shortfall;
use super::picker::Why;
use super::rotation::Keys;
use super::{How, Passed, PassedWhy, Pick, Place, Shown, Target};
use crate::analysis::gaps;
use crate::criteria::Criteria;
use crate::score::{Assessment, EntityResult};

/// How many runners-up are explained at least.
pub const RUNNERS_UP: usize = 3;

/// What the reasons are made from.
pub(super) struct Context<'a> {
    pub criteria: &'a Criteria,
    pub assessment: &'a Assessment,
    /// Per commune, per gate: whether it passes and its value.
    pub shown: &'a [Vec<(bool, Shown)>],
    pub removed: &'a Removed,
    /// Spread values (all 0 without a spread column).
    pub keys: &'a Keys,
    pub spread: Option<usize>,
    pub cover: Option<usize>,
    pub count: usize,
    pub target: Option<&'a Target>,
}

impl Context<'_> {
    fn entity(&self, e: usize) -> &EntityResult {
        &self.assessment.entities[e]
    }

    fn value(&self, e: usize, column: usize) -> String {
        self.entity(e)
            .groups
            .get(column)
            .cloned()
            .unwrap_or_default()
    }
}

/// Each pick: how it was chosen, its value for each gate, its place in its spread value and, when
/// replicating, its way to the next level.
pub(super) fn for_picks(context: &Context, picks: &[(usize, Why)]) -> Vec<Pick> {
    let mut totals = vec![0usize; context.keys.count()];
    for &(e, _) in picks {
        totals[context.keys.of(e)] += 1;
    }
    let mut seen = vec![0usize; context.keys.count()];
    picks
        .iter()
        .map(|&(e, why)| {
            let key = context.keys.of(e);
            seen[key] += 1;
            let entity = context.entity(e);
            let how = match (why, context.cover, context.target) {
                (Why::Cover { best }, Some(c), _) => How::Cover {
                    value: context.value(e, c),
                    best,
                },
                (_, _, Some(target)) => How::Closest {
                    shortfall: shortfall(context.criteria, context.assessment, entity, target),
                },
                _ if entity.rank == Some(1) => How::BestOverall,
                _ => How::Next,
            };
            Pick {
                entity: e,
                how,
                gates: context.shown[e].iter().map(|(_, s)| s.clone()).collect(),
                place: context.spread.map(|g| Place {
                    value: context.value(e, g),
                    nth: seen[key],
                    total: totals[key],
                }),
                path: context
                    .target
                    .map(|_| gaps::gaps(context.criteria, context.assessment, entity).next),
            }
        })
        .collect()
}

/// The first communes in priority order not picked (at least [`RUNNERS_UP`], as many as the
/// pilots asked for), with why each was passed over.
pub(super) fn for_passed_over(
    context: &Context,
    priority: &[usize],
    picks: &[(usize, Why)],
) -> Vec<Passed> {
    let n = context.assessment.entities.len();
    let mut picked = vec![false; n];
    for &(e, _) in picks {
        picked[e] = true;
    }
    let wanted = context.count.max(RUNNERS_UP);
    let first_pick = |keys: &Keys| {
        let mut first: Vec<Option<usize>> = vec![None; keys.count()];
        for &(p, _) in picks {
            first[keys.of(p)].get_or_insert(p);
        }
        first
    };
    let spread_first = context.spread.map(|_| first_pick(context.keys));
    let cover_keys = context
        .cover
        .map(|c| Keys::new(context.assessment, Some(c)));
    let cover_first = cover_keys.as_ref().map(first_pick);
    // Picks after the cover values took candidates in priority order; whoever they passed by was
    // passed over for want of places, whatever its cover value.
    let filled = picks.iter().any(|&(_, why)| why == Why::Next);
    priority
        .iter()
        .copied()
        .filter(|&e| !picked[e])
        .take(wanted)
        .map(|e| {
            let why = if context.entity(e).overall.is_none() {
                PassedWhy::NoScore
            } else if context.removed.excluded(e) {
                PassedWhy::Excluded
            } else if context.removed.already_piloted(e) {
                PassedWhy::AlreadyPiloted
            } else if context.shown[e].iter().any(|(ok, _)| !ok) {
                PassedWhy::FailsGates(
                    context.shown[e]
                        .iter()
                        .enumerate()
                        .filter(|(_, (ok, _))| !ok)
                        .map(|(k, (_, shown))| (k, shown.clone()))
                        .collect(),
                )
            } else if let (Some(g), Some(pick)) = (
                context.spread,
                spread_first.as_ref().and_then(|f| f[context.keys.of(e)]),
            ) {
                PassedWhy::SameSpread {
                    pick,
                    value: context.value(e, g),
                }
            } else if let (Some(c), Some(keys), Some(first)) =
                (context.cover, cover_keys.as_ref(), cover_first.as_ref())
            {
                match first[keys.of(e)] {
                    Some(pick) if filled => PassedWhy::CoveredAndFull {
                        pick,
                        value: context.value(e, c),
                    },
                    Some(pick) => PassedWhy::Covered {
                        pick,
                        value: context.value(e, c),
                    },
                    None => PassedWhy::CannotCoverAll {
                        value: context.value(e, c),
                    },
                }
            } else {
                PassedWhy::AllChosen
            };
            Passed { entity: e, why }
        })
        .collect()
}
