//! From the tree and the period's communes to scored columns, entity results, ranks and notes.

use std::collections::HashMap;

use rayon::prelude::*;

use crate::criteria::{Criteria, MissingPolicy, Scale};
use crate::data::{Dataset, RawCell};

use super::ScoreError;
use super::assessment::{
    Coverages, DataQuality, EntityResult, Flag, Layout, LenientNote, Observed, QualityNote, Scores,
    Treatment,
};
use super::evaluate::{Evaluator, Note};
use super::levels::{index_under, level_of, overall_level};
use super::missing::Donors;
use super::rank::{codes_of, rank, rank_within_codes, sorted_order};
use super::scales::{self, BadValue, score_column};
use super::tree::Tree;

/// The communes in rank order and the notes on their missing data (positions still in-period).
pub(crate) struct Scored {
    pub entities: Vec<EntityResult>,
    pub notes: Vec<QualityNote>,
}

/// `columns[i][k]`: indicator `i`'s score for the `k`-th commune of `members`, before missing
/// values are treated. Records what each indicator observed on its tree node.
pub(crate) fn score_columns(
    tree: &mut Tree,
    dataset: &Dataset,
    members: &[usize],
) -> Result<Vec<Scores>, ScoreError> {
    // Every indicator node carries its scale; the fallback only keeps columns aligned.
    let unscaled = || Scores::none(members.len());
    each_column(tree, dataset, members, score_column, unscaled)
}

/// What [`score_columns`] records of each indicator (its [`Observed`] values), without the
/// scores: numeric scales only look at the values; the others are scored, since that is where
/// an unreadable category or yes/no shows.
pub(crate) fn observe_columns(
    tree: &mut Tree,
    dataset: &Dataset,
    members: &[usize],
) -> Result<(), ScoreError> {
    let observe = |scale: &Scale, raws: &[RawCell]| match scale.is_numeric() {
        true => scales::observe(scale, raws).map(|observed| ((), observed)),
        false => score_column(scale, raws).map(|(_, observed)| ((), observed)),
    };
    each_column(tree, dataset, members, observe, || ())?;
    Ok(())
}

/// `column` of each indicator's raw values over `members` (`unscaled` for a node without a
/// scale), its [`Observed`] values recorded on the node; an unreadable value is an error naming
/// the commune and the indicator.
fn each_column<T: Send>(
    tree: &mut Tree,
    dataset: &Dataset,
    members: &[usize],
    column: impl Fn(&Scale, &[RawCell]) -> Result<(T, Observed), BadValue> + Sync,
    unscaled: impl Fn() -> T + Sync,
) -> Result<Vec<T>, ScoreError> {
    // Every commune of the dataset in order (data without periods): its columns as they are.
    let whole =
        members.len() == dataset.entities.len() && members.iter().enumerate().all(|(k, &e)| k == e);
    let nodes = &tree.nodes;
    // Indicators are independent: every core takes some, and the first error in indicator
    // order is the one reported, as when they are taken one after another.
    let done: Vec<Result<(T, Option<Observed>), ScoreError>> = tree
        .indicators
        .par_iter()
        .enumerate()
        .map(|(i, &n)| {
            let node = &nodes[n];
            let Some(scale) = &node.scale else {
                return Ok((unscaled(), None));
            };
            // An empty dataset may have no columns at all (`check_shape` allows it).
            let values = dataset.columns.get(i).map_or(&[][..], Vec::as_slice);
            let picked: Vec<RawCell>;
            let raws = match whole {
                true => values,
                false => {
                    picked = members.iter().map(|&e| values[e]).collect();
                    &picked
                }
            };
            let (kept, observed) = column(scale, raws).map_err(|bad| ScoreError::Value {
                entity: dataset.entities[members[bad.position]].id.clone(),
                indicator: node.id.clone(),
                problem: bad.problem,
            })?;
            Ok((kept, Some(observed)))
        })
        .collect();
    let mut columns = Vec::with_capacity(done.len());
    for (&n, result) in tree.indicators.iter().zip(done) {
        let (kept, observed) = result?;
        if observed.is_some() {
            tree.nodes[n].observed = observed;
        }
        columns.push(kept);
    }
    Ok(columns)
}

/// Score, level and rank every commune of the period.
pub(crate) fn score_entities(
    criteria: &Criteria,
    tree: &Tree,
    dataset: &Dataset,
    members: &[usize],
    columns: Vec<Scores>,
) -> Scored {
    score_entities_with(criteria, tree, dataset, members, columns, None)
}

/// [`score_entities`], with each indicator's coverage given (`coverage[i][k]`, for restated
/// units made of old units of which only some have the indicator) instead of 1 for a value.
/// The columns are dropped once every commune is scored, before the notes are put in order.
pub(crate) fn score_entities_with(
    criteria: &Criteria,
    tree: &Tree,
    dataset: &Dataset,
    members: &[usize],
    columns: Vec<Scores>,
    coverage: Option<&[Vec<f64>]>,
) -> Scored {
    let scoring = (columns, coverage);
    score_entities_in(criteria, tree, dataset, members, scoring, BLOCK_COMMUNES)
}

/// [`score_entities_with`], the communes scored in blocks of `block_communes`.
fn score_entities_in(
    criteria: &Criteria,
    tree: &Tree,
    dataset: &Dataset,
    members: &[usize],
    (columns, coverage): (Vec<Scores>, Option<&[Vec<f64>]>),
    block_communes: usize,
) -> Scored {
    let (codes, group_count) = group_codes(dataset, members);
    let wanted: Vec<bool> = tree
        .indicators
        .iter()
        .map(|&n| tree.nodes[n].missing == MissingPolicy::Impute)
        .collect();
    let donors = Donors::build(&columns, &wanted, &codes, group_count);
    // A note per missing value at least: room for them at once.
    let missing: usize = columns
        .iter()
        .map(|column| column.iter().filter(|score| score.is_none()).count())
        .sum();
    let mut notes: Vec<Note> = Vec::with_capacity(missing);
    let mut results = Vec::with_capacity(members.len());
    // An indicator's coverage is 0 or 1 unless restated units give their own.
    let layout = Coverages::layout(
        (tree.nodes.iter()).map(|node| coverage.is_none() && node.indicator.is_some()),
    );
    let block = Block {
        criteria,
        tree,
        dataset,
        members,
        codes: &codes,
        columns: &columns,
        donors: &donors,
        coverage,
        layout: &layout,
    };
    let most = tree.nodes.len();
    // `notes[starts[k]..starts[k + 1]]` are commune `k`'s: it is scored in one go. The communes
    // are scored a few blocks at a time, a block on each core, and their notes and results
    // added in order: as if scored one after another, with only a few blocks' notes apart.
    let mut starts = Vec::with_capacity(members.len() + 1);
    let block_communes = block_communes.max(1);
    let wave = block_communes.saturating_mul(rayon::current_num_threads().max(1));
    for first in (0..members.len()).step_by(wave) {
        let end = first.saturating_add(wave).min(members.len());
        let scored: Vec<BlockScores> = (first..end)
            .step_by(block_communes)
            .collect::<Vec<_>>()
            .into_par_iter()
            .map(|from| block.score(from..from.saturating_add(block_communes).min(end)))
            .collect();
        for (more, more_notes, more_starts) in scored {
            // More notes than missing values (nodes dropped whole): room for the rest at the
            // rate so far, rather than doubling a list that can be the largest one kept.
            if notes.capacity() - notes.len() < more_notes.len() + most {
                let k = results.len();
                let rate = (notes.len() + more_notes.len()).div_ceil(k + more.len());
                notes.reserve_exact((rate * (members.len() - k)).max(more_notes.len()) + most);
            }
            starts.extend(more_starts.iter().map(|start| start + notes.len()));
            notes.extend(more_notes);
            results.extend(more);
        }
    }
    starts.push(notes.len());
    drop(donors);
    drop(columns);
    let order = assign_ranks(criteria.entity.groups.len(), &mut results);
    reorder(&mut results, &order);
    Scored {
        entities: results,
        notes: quality_notes(dataset, members, notes, &starts),
    }
}

/// How many communes one core scores at a time.
const BLOCK_COMMUNES: usize = 512;

/// A block's results, notes and where each commune's notes start among them.
type BlockScores = (Vec<EntityResult>, Vec<Note>, Vec<usize>);

/// What scoring a block of a period's communes needs.
struct Block<'a> {
    criteria: &'a Criteria,
    tree: &'a Tree,
    dataset: &'a Dataset,
    members: &'a [usize],
    codes: &'a [Option<usize>],
    columns: &'a [Scores],
    donors: &'a Donors,
    coverage: Option<&'a [Vec<f64>]>,
    layout: &'a std::sync::Arc<Layout>,
}

impl Block<'_> {
    /// The communes at `positions` of the members, scored one after another.
    fn score(&self, positions: std::ops::Range<usize>) -> BlockScores {
        let mut evaluator =
            Evaluator::new(self.tree, self.columns, self.donors).with_coverage(self.coverage);
        let (mut results, mut notes) = (Vec::with_capacity(positions.len()), Vec::new());
        let mut starts = Vec::with_capacity(positions.len());
        for k in positions {
            let first_note = notes.len();
            starts.push(first_note);
            let (computed, coverage) = evaluator.run(k, self.codes[k], &mut notes);
            let flags = note_flags(&notes[first_note..]);
            let scored = (computed, coverage, flags);
            let e = self.members[k];
            results.push(result(
                self.criteria,
                self.tree,
                &evaluator,
                self.layout,
                self.dataset,
                e,
                scored,
            ));
        }
        (results, notes, starts)
    }
}

/// Commune `e`'s result from the evaluator that has just scored it, levelled (not yet ranked).
/// `scored`: the index the tree gave, its coverage and the commune's flags from its notes.
fn result(
    criteria: &Criteria,
    tree: &Tree,
    evaluator: &Evaluator,
    layout: &std::sync::Arc<Layout>,
    dataset: &Dataset,
    e: usize,
    (computed, coverage, flags): (Option<f64>, f64, Vec<Flag>),
) -> EntityResult {
    let entity = &dataset.entities[e];
    let pillar_scores = tree.pillars.iter().map(|&n| evaluator.scores[n]);
    let overall = index_under(criteria.missing_pillar, computed, pillar_scores);
    let mut result = EntityResult {
        entity: e,
        id: entity.id.clone(),
        name: entity.name.clone(),
        groups: entity.groups.clone(),
        overall,
        level: None,
        coverage,
        rank: None,
        group_ranks: Vec::new(),
        group_sizes: Vec::new(),
        pillar_levels: Vec::new(),
        scores: Scores::from(&evaluator.scores[..]),
        coverages: Coverages::pack(layout, &evaluator.coverages),
        flags,
    };
    assign_levels(criteria, tree, &mut result, computed.is_some());
    result
}

/// The first group value (the district), unless there is none or it is blank.
pub(crate) fn first_group(groups: &[String]) -> Option<&str> {
    groups.first().map(|g| g.trim()).filter(|g| !g.is_empty())
}

/// Each commune's first group value as a small code, and how many codes there are.
pub(crate) fn group_codes(dataset: &Dataset, members: &[usize]) -> (Vec<Option<usize>>, usize) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let codes = members
        .iter()
        .map(|&e| {
            let value = first_group(&dataset.entities[e].groups)?;
            let next = seen.len();
            Some(*seen.entry(value).or_insert(next))
        })
        .collect();
    (codes, seen.len())
}

fn note_flags(notes: &[Note]) -> Vec<Flag> {
    let mut flags: Vec<Flag> = notes
        .iter()
        .map(|note| match note.treatment {
            Treatment::Imputed { .. } => Flag::Imputed,
            Treatment::Zeroed => Flag::Zeroed,
            Treatment::Dropped | Treatment::NoDonor => Flag::Dropped,
        })
        .collect();
    flags.sort();
    flags.dedup();
    flags
}

/// `computed`: whether the tree gave an index before `missing_pillar: unranked` took it away.
fn assign_levels(criteria: &Criteria, tree: &Tree, result: &mut EntityResult, computed: bool) {
    result.pillar_levels = tree
        .pillars
        .iter()
        .map(|&n| level_of(&criteria.levels, result.scores.get(n)))
        .collect();
    let (level, capped) = overall_level(
        &criteria.levels,
        criteria.level_rule,
        result.overall,
        &result.pillar_levels,
    );
    result.level = level;
    let missing_pillar = tree.pillars.iter().any(|&n| result.scores.get(n).is_none());
    let extra = [
        (missing_pillar, Flag::MissingPillar),
        (!computed, Flag::Unscored),
        (computed && result.overall.is_none(), Flag::Unranked),
        (capped, Flag::LevelCapped),
    ];
    result
        .flags
        .extend(extra.iter().filter(|(on, _)| *on).map(|(_, flag)| *flag));
    result.flags.sort();
}

/// Fill in ranks and group ranks; returns the rank order of positions in `results`.
fn assign_ranks(group_columns: usize, results: &mut [EntityResult]) -> Vec<usize> {
    let items: Vec<(Option<f64>, &str)> =
        results.iter().map(|r| (r.overall, r.id.as_str())).collect();
    let (order, ranks) = rank(&items);
    // Each group column's values as codes: ranks and sizes by counting, not by comparing text;
    // each group's communes in order from one sort of all.
    let sorted = sorted_order(&items);
    let mut group_ranks = Vec::with_capacity(group_columns);
    let mut group_sizes = Vec::with_capacity(group_columns);
    for g in 0..group_columns {
        let values = results
            .iter()
            .map(|r| r.groups.get(g).map_or("", String::as_str));
        let (codes, count) = codes_of(values);
        group_ranks.push(rank_within_codes(&items, &sorted, &codes, count));
        let mut sizes = vec![0usize; count];
        codes.iter().for_each(|&c| sizes[c] += 1);
        group_sizes.push(codes.iter().map(|&c| sizes[c]).collect::<Vec<_>>());
    }
    for (k, result) in results.iter_mut().enumerate() {
        result.rank = ranks[k];
        result.group_ranks = group_ranks.iter().map(|column| column[k]).collect();
        result.group_sizes = group_sizes.iter().map(|column| column[k]).collect();
    }
    order
}

/// Put `results` in `order` (`order[j]` is the position of the result that goes to `j`), in
/// place: following each cycle of the permutation moves every result once.
fn reorder<T>(results: &mut [T], order: &[usize]) {
    let mut placed = vec![false; results.len()];
    for start in 0..results.len() {
        let mut j = start;
        while !placed[j] {
            placed[j] = true;
            let k = order[j];
            if k == start {
                break;
            }
            results.swap(j, k);
            j = k;
        }
    }
}

/// The notes with dataset positions, sorted by commune id, then tree order; `starts` tells where
/// each commune's notes begin in `notes`. Sorted in place: one list of notes at a time.
fn quality_notes(
    dataset: &Dataset,
    members: &[usize],
    mut notes: Vec<Note>,
    starts: &[usize],
) -> Vec<QualityNote> {
    let id = |k: usize| dataset.entities[members[k]].id.as_str();
    let mut by_id: Vec<usize> = (0..members.len()).collect();
    by_id.sort_unstable_by(|&a, &b| id(a).cmp(id(b)));
    // Each commune's notes in node order (a node has at most one note per commune), the
    // communes in id order.
    for k in 0..members.len() {
        notes[starts[k]..starts[k + 1]].sort_unstable_by_key(|note| note.node);
    }
    let order: Vec<usize> = by_id
        .iter()
        .flat_map(|&k| starts[k]..starts[k + 1])
        .collect();
    reorder(&mut notes, &order);
    for note in &mut notes {
        note.entity = members[note.entity];
    }
    notes
}

/// The data-quality part: the notes, and the loader's `--lenient` list carried over as is.
pub(crate) fn data_quality(dataset: &Dataset, notes: Vec<QualityNote>) -> DataQuality {
    let lenient = dataset
        .lenient
        .iter()
        .map(|note| LenientNote {
            file: note.row.file.to_string(),
            line: note.row.line,
            entity: note.entity.clone(),
            column: note.column.clone(),
            value: note.value.clone(),
            reason: note.reason.to_string(),
        })
        .collect();
    DataQuality { notes, lenient }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use crate::criteria::{MissingPolicy, Node};
    use crate::score::testkit::*;

    #[test]
    fn communes_scored_in_blocks_score_as_one_after_another() {
        let c = criteria(vec![
            Node {
                missing: Some(MissingPolicy::Impute),
                ..node("gov", vec![percent("g1"), percent("g2"), percent("g3")])
            },
            node("eco", vec![percent("e1"), percent("e2")]),
        ]);
        let ids: Vec<String> = (0..90).map(|k| format!("c{:03}", (k * 37) % 90)).collect();
        let rows = ids.iter().enumerate().map(|(k, id)| {
            let value = |i: usize| !(k * 7 + i * 3).is_multiple_of(5);
            let values = (0..5)
                .map(|i| {
                    value(i)
                        .then(|| ((k * 11 + i * 13) % 101) as f64)
                        .and_then(n)
                })
                .collect();
            Row(id, ["north", "south", "east"][k % 3], "xa", "", values)
        });
        let d = dataset(rows.collect());
        let scored = |block| {
            let mut tree = super::Tree::build(&c).unwrap();
            let members: Vec<usize> = (0..d.entities.len()).collect();
            let columns = super::score_columns(&mut tree, &d, &members).unwrap();
            let scored = super::score_entities_in(&c, &tree, &d, &members, (columns, None), block);
            (scored.entities, scored.notes)
        };
        let one_by_one = scored(usize::MAX);
        assert!(one_by_one.1.len() > 50, "{} notes", one_by_one.1.len());
        for block in [1, 7, 32] {
            assert_eq!(scored(block), one_by_one, "blocks of {block}");
        }
    }

    proptest! {
        #[test]
        fn reorder_in_place_puts_each_item_where_the_order_says(
            order in (0usize..40).prop_flat_map(|n| Just((0..n).collect::<Vec<_>>()).prop_shuffle())
        ) {
            let items: Vec<String> = (0..order.len()).map(|k| format!("item {k}")).collect();
            let expected: Vec<String> = order.iter().map(|&k| items[k].clone()).collect();
            let mut moved = items;
            super::reorder(&mut moved, &order);
            prop_assert_eq!(moved, expected);
        }
    }
}
