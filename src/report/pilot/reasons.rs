//! Reasons in words a planner can paste into a memo, made from the selection's facts.

use super::PilotReport;
use super::passed::PassedContext;

/// Each pick's reason: how it was chosen; its score and rank; each gate it passes; its place in
/// its spread value; when replicating, its way to the next level.
pub(super) fn for_picks(report: &PilotReport<'_>) -> Vec<(usize, String)> {
    let words = report.words();
    let s = report.selection;
    let target = s
        .target
        .map(|t| crate::report::words::level(report.criteria, Some(t.level), report.lang));
    let gated = s.gates.iter().any(|g| g.name == "overall");
    s.picks
        .iter()
        .map(|pick| {
            let entity = report.entity(pick.entity);
            let mut parts = vec![words.how(&pick.how, s.spread.as_deref(), target.as_deref())];
            parts.extend(words.standing(entity.overall, entity.rank, gated));
            for (gate, shown) in s.gates.iter().zip(&pick.gates) {
                parts.push(words.passes(report.criteria, report.lang, gate, shown));
            }
            if let (Some(place), Some(column)) = (&pick.place, &s.spread) {
                parts.push(words.place(place, column));
            }
            if let Some(path) = &pick.path {
                parts.push(words.path(report.criteria, report.lang, path));
            }
            (pick.entity, parts.join("; "))
        })
        .collect()
}

/// Why each runner-up was passed over.
pub(super) fn for_passed_over(report: &PilotReport<'_>) -> Vec<(usize, String)> {
    let words = report.words();
    let s = report.selection;
    let context = PassedContext {
        criteria: report.criteria,
        lang: report.lang,
        gates: &s.gates,
        spread: s.spread.as_deref(),
        cover: s.cover.as_deref(),
        count: s.asked,
    };
    let name = |e: usize| super::name(report.entity(e)).to_owned();
    s.passed_over
        .iter()
        .map(|passed| (passed.entity, words.passed(&context, &passed.why, name)))
        .collect()
}
