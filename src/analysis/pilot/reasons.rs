//! Reasons in words a planner can paste into a memo: why each pilot, why not each runner-up.

use super::gates::{Check, Outcome, symbol};
use super::{Pick, PilotOptions, Why};
use crate::analysis::names::fold;
use crate::score::{Assessment, EntityResult};

/// How many runners-up are explained at least.
pub const RUNNERS_UP: usize = 3;

/// What the reasons are made from.
pub(super) struct Context<'a> {
    pub assessment: &'a Assessment,
    pub checks: &'a [Check],
    pub outcomes: &'a [Vec<Outcome>],
    pub options: &'a PilotOptions,
    pub spread: Option<usize>,
    pub cover: Option<usize>,
}

impl Context<'_> {
    fn entity(&self, e: usize) -> &EntityResult {
        &self.assessment.entities[e]
    }

    fn value(&self, e: usize, column: usize) -> &str {
        self.entity(e).groups.get(column).map_or("", String::as_str)
    }

    fn same(&self, a: usize, b: usize, column: usize) -> bool {
        fold(self.value(a, column)) == fold(self.value(b, column))
    }

    fn name(&self, e: usize) -> &str {
        let entity = self.entity(e);
        if entity.name.is_empty() {
            &entity.id
        } else {
            &entity.name
        }
    }
}

/// Each pick's reason: how it was chosen; its score and rank; each gate it passes; its place in
/// its spread value.
pub(super) fn for_picks(context: &Context, picks: &[(usize, Why)]) -> Vec<Pick> {
    picks
        .iter()
        .enumerate()
        .map(|(position, &(e, why))| {
            let entity = context.entity(e);
            let mut parts = vec![primary(context, e, why)];
            let gated = context.checks.iter().any(|c| c.gate.name == "overall");
            match (entity.overall, entity.rank) {
                (Some(_), Some(rank)) if gated => parts.push(format!("rank {rank}")),
                (Some(score), Some(rank)) => parts.push(format!("overall {score:.1}, rank {rank}")),
                _ => {}
            }
            for (check, outcome) in context.checks.iter().zip(&context.outcomes[e]) {
                parts.push(format!(
                    "{} {} {}",
                    outcome.value,
                    symbol(check.gate.op),
                    check.gate.value
                ));
            }
            if let Some(g) = context.spread {
                parts.push(spread_phrase(context, picks, position, g));
            }
            Pick {
                entity: e,
                reason: parts.join("; "),
            }
        })
        .collect()
}

fn primary(context: &Context, e: usize, why: Why) -> String {
    match (why, context.cover, context.spread) {
        (Why::Cover { best: true }, Some(c), _) => format!("best {}", context.value(e, c)),
        (Why::Cover { best: false }, Some(c), Some(s)) => format!(
            "best {} outside the {} values already picked",
            context.value(e, c),
            context.assessment.group_columns[s]
        ),
        _ if context.entity(e).rank == Some(1) => "best overall".to_owned(),
        _ => "next best overall".to_owned(),
    }
}

fn spread_phrase(context: &Context, picks: &[(usize, Why)], position: usize, g: usize) -> String {
    let e = picks[position].0;
    let value = context.value(e, g);
    let total = picks
        .iter()
        .filter(|&&(p, _)| context.same(p, e, g))
        .count();
    let nth = picks[..=position]
        .iter()
        .filter(|&&(p, _)| context.same(p, e, g))
        .count();
    let column = &context.assessment.group_columns[g];
    match (total, nth) {
        (1, _) => format!("only pick in {value}"),
        (_, 1) => format!("first of {total} picks in {value}"),
        _ => format!(
            "pick {nth} of {total} in {value}: every {column} with candidates left already had {}",
            nth - 1
        ),
    }
}

/// The best communes not picked (at least [`RUNNERS_UP`], as many as the pilots asked for), in
/// rank order, with why each was passed over.
pub(super) fn for_passed_over(context: &Context, picks: &[(usize, Why)]) -> Vec<Pick> {
    let wanted = context.options.count.max(RUNNERS_UP);
    (0..context.assessment.entities.len())
        .filter(|e| !picks.iter().any(|&(p, _)| p == *e))
        .take(wanted)
        .map(|e| Pick {
            entity: e,
            reason: passed_over(context, picks, e),
        })
        .collect()
}

fn passed_over(context: &Context, picks: &[(usize, Why)], e: usize) -> String {
    if context.entity(e).overall.is_none() {
        return "has no overall score".to_owned();
    }
    let failed: Vec<String> = context
        .checks
        .iter()
        .zip(&context.outcomes[e])
        .filter(|(_, outcome)| !outcome.passes)
        .map(|(check, outcome)| format!("fails gate {} ({})", check.words(), outcome.value))
        .collect();
    if !failed.is_empty() {
        return failed.join("; ");
    }
    let sharing = |column: usize| {
        picks
            .iter()
            .map(|&(p, _)| p)
            .find(|&p| context.same(p, e, column))
    };
    if let Some((g, p)) = context.spread.and_then(|g| Some((g, sharing(g)?))) {
        let column = &context.assessment.group_columns[g];
        return format!(
            "passed over: same {column} as {} ({})",
            context.name(p),
            context.value(e, g)
        );
    }
    if let Some((c, p)) = context.cover.and_then(|c| Some((c, sharing(c)?))) {
        return format!(
            "passed over: {} already covered by {}",
            context.value(e, c),
            context.name(p)
        );
    }
    if let Some(c) = context
        .cover
        .filter(|&c| !picks.iter().any(|&(p, _)| context.same(p, e, c)))
    {
        let column = &context.assessment.group_columns[c];
        return format!(
            "passed over: {} pilots cannot cover every {column}, and the best {} ranks below the other picks",
            context.options.count,
            context.value(e, c)
        );
    }
    format!(
        "passed over: all {} pilots already chosen",
        context.options.count
    )
}
