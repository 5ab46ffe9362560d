//! Change between two assessments of the same criteria (two periods of one file, or two files):
//! per commune the scores before and after, the deltas, the rank and level changes, and a summary.
//!
//! Communes are matched by id. Those present on one side only are listed, not dropped. Ranks are
//! each side's own (over every commune of that period), so a rank change also reflects communes
//! that joined or left. Relative scales (minmax, percentile) make the two sides incomparable:
//! `relative` names the indicators that use them so that the report can warn.

mod periods;

use std::collections::HashMap;

use rayon::prelude::*;
use serde::Serialize;

pub use periods::{PeriodsError, periods};

use crate::score::{Assessment, EntityResult};

/// The whole comparison.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub before: Option<String>,
    pub after: Option<String>,
    /// Pillar ids; `Snapshot::pillars` and deltas follow this order.
    pub pillars: Vec<String>,
    pub group_columns: Vec<String>,
    /// Communes on both sides, by overall change (largest rise first; no change known last; then id).
    pub changes: Vec<Change>,
    pub only_before: Vec<Presence>,
    pub only_after: Vec<Presence>,
    pub summary: Summary,
    /// Indicators with relative scales, whose scores are not comparable across periods.
    pub relative: Vec<String>,
    /// Communes marked synthetic in the data, before and after (0 and 0 for real data).
    #[serde(skip_serializing_if = "no_synthetic")]
    pub synthetic: [usize; 2],
}

fn no_synthetic(counts: &[usize; 2]) -> bool {
    counts == &[0, 0]
}

/// One commune's results on one side.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Snapshot {
    pub overall: Option<f64>,
    /// Index into `Criteria::levels` (written 1-based in JSON, like every level number shown).
    #[serde(serialize_with = "one_based")]
    pub level: Option<usize>,
    pub rank: Option<usize>,
    pub pillars: Vec<Option<f64>>,
}

/// One commune on both sides.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    pub id: String,
    pub name: String,
    pub groups: Vec<String>,
    pub before: Snapshot,
    pub after: Snapshot,
    pub overall_delta: Option<f64>,
    pub pillar_deltas: Vec<Option<f64>>,
    /// Places gained in the ranking (positive: moved up).
    pub rank_change: Option<i64>,
    /// Levels gained (positive: moved up).
    pub level_change: Option<i64>,
}

/// A commune present on one side only.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Presence {
    pub id: String,
    pub name: String,
    pub groups: Vec<String>,
    pub snapshot: Snapshot,
}

/// The comparison in a few numbers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    /// Communes on both sides.
    pub matched: usize,
    pub mean_overall_change: Option<f64>,
    /// Mean change of each pillar over the communes scored in it on both sides.
    pub mean_pillar_change: Vec<Option<f64>>,
    pub improved: usize,
    pub declined: usize,
    /// Ids of communes that reached a higher level, and of those that fell back, by id.
    pub moved_up: Vec<String>,
    pub fell_back: Vec<String>,
}

fn one_based<S: serde::Serializer>(
    level: &Option<usize>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serde::Serialize::serialize(&level.map(|l| l + 1), serializer)
}

/// Compare `before` with `after`.
pub fn compare(before: &Assessment, after: &Assessment) -> Comparison {
    // Look-ups in large tables wait on memory: both sides' tables, the matches and the communes
    // on one side only are found on every core (in the order one core would find them).
    let (before_ids, after_ids) = rayon::join(|| before.id_index(), || after.id_index());
    let mut changes: Vec<Change> = before
        .entities
        .par_iter()
        .filter_map(|old| {
            after_ids
                .get(old.id.as_str())
                .map(|&k| change(before, old, after, &after.entities[k]))
        })
        .collect();
    changes.par_sort_by(|a, b| match (a.overall_delta, b.overall_delta) {
        (Some(x), Some(y)) => y.total_cmp(&x).then_with(|| a.id.cmp(&b.id)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.id.cmp(&b.id),
    });
    let only = |side: &Assessment, other: &HashMap<&str, usize>| -> Vec<Presence> {
        let mut list: Vec<Presence> = side
            .entities
            .par_iter()
            .filter(|e| !other.contains_key(e.id.as_str()))
            .map(|e| Presence {
                id: e.id.clone(),
                name: e.name.clone(),
                groups: e.groups.clone(),
                snapshot: snapshot(side, e),
            })
            .collect();
        list.sort_by(|a, b| a.id.cmp(&b.id));
        list
    };
    let (only_before, only_after) =
        rayon::join(|| only(before, &after_ids), || only(after, &before_ids));
    Comparison {
        before: before.period.clone(),
        after: after.period.clone(),
        pillars: after
            .pillars
            .iter()
            .map(|&p| after.nodes[p].id.clone())
            .collect(),
        group_columns: after.group_columns.clone(),
        synthetic: [before.synthetic, after.synthetic],
        summary: summarise(&changes, after.pillars.len()),
        only_before,
        only_after,
        relative: after
            .nodes
            .iter()
            .filter(|n| n.scale.as_ref().is_some_and(|s| s.is_relative()))
            .map(|n| n.id.clone())
            .collect(),
        changes,
    }
}

fn snapshot(assessment: &Assessment, entity: &EntityResult) -> Snapshot {
    Snapshot {
        overall: entity.overall,
        level: entity.level,
        rank: entity.rank,
        pillars: assessment.pillar_scores(entity).collect(),
    }
}

fn change(
    before: &Assessment,
    old: &EntityResult,
    after: &Assessment,
    new: &EntityResult,
) -> Change {
    let (was, now) = (snapshot(before, old), snapshot(after, new));
    let delta = |a: Option<f64>, b: Option<f64>| Some(b? - a?);
    let places = |a: Option<usize>, b: Option<usize>| Some(a? as i64 - b? as i64);
    Change {
        id: new.id.clone(),
        name: new.name.clone(),
        groups: new.groups.clone(),
        overall_delta: delta(was.overall, now.overall),
        pillar_deltas: was
            .pillars
            .iter()
            .zip(&now.pillars)
            .map(|(a, b)| delta(*a, *b))
            .collect(),
        rank_change: places(was.rank, now.rank),
        level_change: places(now.level, was.level),
        before: was,
        after: now,
    }
}

fn summarise(changes: &[Change], pillars: usize) -> Summary {
    let mean = |values: Vec<f64>| {
        (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
    };
    let mut moved_up: Vec<String> = changes
        .iter()
        .filter(|c| c.level_change.is_some_and(|l| l > 0))
        .map(|c| c.id.clone())
        .collect();
    let mut fell_back: Vec<String> = changes
        .iter()
        .filter(|c| c.level_change.is_some_and(|l| l < 0))
        .map(|c| c.id.clone())
        .collect();
    moved_up.sort();
    fell_back.sort();
    Summary {
        matched: changes.len(),
        mean_overall_change: mean(changes.iter().filter_map(|c| c.overall_delta).collect()),
        mean_pillar_change: (0..pillars)
            .map(|p| {
                mean(
                    changes
                        .iter()
                        .filter_map(|c| c.pillar_deltas.get(p).copied().flatten())
                        .collect(),
                )
            })
            .collect(),
        improved: changes
            .iter()
            .filter(|c| {
                c.overall_delta
                    .is_some_and(|d| d > crate::score::TIE_TOLERANCE)
            })
            .count(),
        declined: changes
            .iter()
            .filter(|c| {
                c.overall_delta
                    .is_some_and(|d| d < -crate::score::TIE_TOLERANCE)
            })
            .count(),
        moved_up,
        fell_back,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::criteria::Direction;
    use crate::score::ScoreOptions;
    use crate::score::testkit::{Row, close, criteria, dataset, minmax, n, node, percent};

    fn periods() -> (Assessment, Assessment) {
        let c = criteria(vec![
            node("gov", vec![percent("g")]),
            node("eco", vec![percent("e")]),
        ]);
        let d = dataset(vec![
            Row("a", "d1", "xa", "2023", vec![n(20.0), n(20.0)]),
            Row("b", "d1", "xa", "2023", vec![n(60.0), n(60.0)]),
            Row("c", "d2", "xa", "2023", vec![n(40.0), n(40.0)]),
            Row("a", "d1", "xa", "2024", vec![n(60.0), n(40.0)]),
            Row("b", "d1", "xa", "2024", vec![n(40.0), n(40.0)]),
            Row("n", "d2", "xa", "2024", vec![n(90.0), None]),
        ]);
        let at = |p: &str| {
            crate::score::assess(
                &c,
                &d,
                &ScoreOptions {
                    period: Some(p.into()),
                },
            )
            .unwrap()
        };
        (at("2023"), at("2024"))
    }

    #[test]
    fn deltas_ranks_and_levels_per_commune_sorted_by_change() {
        let (before, after) = periods();
        let cmp = compare(&before, &after);
        assert_eq!(
            (cmp.before.as_deref(), cmp.after.as_deref()),
            (Some("2023"), Some("2024"))
        );
        let ids: Vec<&str> = cmp.changes.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["a", "b"]);
        let a = &cmp.changes[0];
        assert!(close(a.overall_delta.unwrap(), 30.0));
        assert!(
            close(a.pillar_deltas[0].unwrap(), 40.0) && close(a.pillar_deltas[1].unwrap(), 20.0)
        );
        assert_eq!(
            (a.before.rank, a.after.rank, a.rank_change),
            (Some(3), Some(2), Some(1))
        );
        assert_eq!(
            (a.before.level, a.after.level, a.level_change),
            (Some(0), Some(2), Some(2))
        );
        let b = &cmp.changes[1];
        assert_eq!((b.rank_change, b.level_change), (Some(-2), Some(-1)));
        assert_eq!(cmp.summary.moved_up, ["a"]);
        assert_eq!(cmp.summary.fell_back, ["b"]);
        assert!(close(cmp.summary.mean_overall_change.unwrap(), 5.0));
        assert!(close(cmp.summary.mean_pillar_change[0].unwrap(), 10.0));
        assert_eq!((cmp.summary.improved, cmp.summary.declined), (1, 1));
    }

    #[test]
    fn communes_on_one_side_only_are_listed_and_relative_scales_flagged() {
        let (before, after) = periods();
        let cmp = compare(&before, &after);
        assert_eq!(
            cmp.only_before
                .iter()
                .map(|p| p.id.as_str())
                .collect::<Vec<_>>(),
            ["c"]
        );
        assert_eq!(
            cmp.only_after
                .iter()
                .map(|p| p.id.as_str())
                .collect::<Vec<_>>(),
            ["n"]
        );
        assert!(cmp.relative.is_empty());
        let c = criteria(vec![node(
            "p",
            vec![minmax("m", Direction::Higher), percent("q")],
        )]);
        let d = dataset(vec![Row("a", "d1", "xa", "", vec![n(1.0), n(2.0)])]);
        let one = crate::score::testkit::run(&c, &d);
        assert_eq!(compare(&one, &one).relative, ["m"]);
    }
}
