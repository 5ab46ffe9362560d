//! Ranks: by overall score descending, ties within 1e-9 sharing the lowest rank, equals by id.

/// Scores this close are equal for ranking.
pub const TIE_TOLERANCE: f64 = 1e-9;

/// The order and ranks of the items `(score, id)`: `order` lists positions best first (ranked
/// items by rank then id, then unscored items by id); `ranks[k]` is item `k`'s rank (1, 2, 2, 4).
///
/// A tie block starts at its best score and takes every following score within the tolerance of
/// that first one, so blocks do not chain: 3.0, 3.0 − 0.6e-9 and 3.0 − 1.2e-9 make two blocks.
pub fn rank(items: &[(Option<f64>, &str)]) -> (Vec<usize>, Vec<Option<usize>>) {
    let mut order = sorted_order(items);
    let mut ranks = vec![None; items.len()];
    tie_blocks(items, &mut order, &mut ranks);
    (order, ranks)
}

/// Positions of `items` by score descending (scored first), then id; equal items in position
/// order (the sort is stable), so that the sorted positions of a subset are those of the whole
/// that belong to it: the order of [`rank`] before its tie blocks, sorted once for ranking the
/// same items within several group columns (see [`rank_within_codes`]).
pub(crate) fn sorted_order(items: &[(Option<f64>, &str)]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by(|&a, &b| {
        let (score_a, id_a) = items[a];
        let (score_b, id_b) = items[b];
        match (score_a, score_b) {
            (Some(x), Some(y)) => y.total_cmp(&x).then_with(|| id_a.cmp(id_b)),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => id_a.cmp(id_b),
        }
    });
    order
}

/// Ranks of the items in `order` (positions, [`sorted_order`]), 1 for the first: each tie block is
/// put in id order and shares its first place, written to `ranks[k]` for each item `k`.
fn tie_blocks(items: &[(Option<f64>, &str)], order: &mut [usize], ranks: &mut [Option<usize>]) {
    let mut start = 0;
    while start < order.len() {
        let Some(top) = items[order[start]].0 else {
            break;
        };
        // The block holds its first item whatever the scores are (a NaN compares false with
        // everything), so the loop always moves on.
        let len = 1 + order[start + 1..]
            .iter()
            .take_while(|&&k| items[k].0.is_some_and(|s| top - s <= TIE_TOLERANCE))
            .count();
        order[start..start + len].sort_by(|&a, &b| items[a].1.cmp(items[b].1));
        for &k in &order[start..start + len] {
            ranks[k] = Some(start + 1);
        }
        start += len;
    }
}

/// Ranks within each value of a group column: `values[k]` is item `k`'s value.
pub fn rank_within(items: &[(Option<f64>, &str)], values: &[&str]) -> Vec<Option<usize>> {
    let (codes, count) = codes_of(values.iter().copied());
    rank_within_codes(items, &sorted_order(items), &codes, count)
}

/// Each value as a small code (in order of first appearance), and how many codes there are.
pub(crate) fn codes_of<'a>(values: impl Iterator<Item = &'a str>) -> (Vec<usize>, usize) {
    let mut seen: std::collections::HashMap<&str, usize> = Default::default();
    let codes = values
        .map(|value| {
            let next = seen.len();
            *seen.entry(value).or_insert(next)
        })
        .collect();
    (codes, seen.len())
}

/// [`rank_within`] with the values given as codes below `count` (see [`codes_of`]) and the items
/// in [`sorted_order`]: each code's items, taken from the sorted order by
/// counting, are already in their own sorted order.
pub(crate) fn rank_within_codes(
    items: &[(Option<f64>, &str)],
    sorted: &[usize],
    codes: &[usize],
    count: usize,
) -> Vec<Option<usize>> {
    // Counting sort: `starts[c]..starts[c + 1]` of `by_code` are the items of code `c`.
    let mut starts = vec![0usize; count + 1];
    codes.iter().for_each(|&c| starts[c + 1] += 1);
    (0..count).for_each(|c| starts[c + 1] += starts[c]);
    let mut next = starts.clone();
    let mut by_code = vec![0usize; codes.len()];
    for &k in sorted {
        let c = codes[k];
        by_code[next[c]] = k;
        next[c] += 1;
    }
    let mut ranks = vec![None; items.len()];
    for c in 0..count {
        tie_blocks(items, &mut by_code[starts[c]..starts[c + 1]], &mut ranks);
    }
    ranks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_scores_share_the_lowest_rank_and_are_ordered_by_id() {
        let items = [
            (Some(70.0), "c"),
            (Some(90.0), "z"),
            (Some(70.0), "a"),
            (Some(50.0), "b"),
        ];
        let (order, ranks) = rank(&items);
        assert_eq!(ranks, vec![Some(2), Some(1), Some(2), Some(4)]);
        assert_eq!(order, vec![1, 2, 0, 3]);
    }

    #[test]
    fn scores_within_1e_9_are_equal() {
        // "b" is a hair higher but ties with "a", so id decides the order.
        let items = [
            (Some(70.0), "a"),
            (Some(70.0 + 5e-10), "b"),
            (Some(69.0), "c"),
        ];
        let (order, ranks) = rank(&items);
        assert_eq!(ranks, vec![Some(1), Some(1), Some(3)]);
        assert_eq!(order, vec![0, 1, 2]);
        let apart = [(Some(70.0), "a"), (Some(70.0 + 2e-9), "b")];
        assert_eq!(rank(&apart).1, vec![Some(2), Some(1)]);
    }

    #[test]
    fn tie_blocks_do_not_chain() {
        let items = [
            (Some(3.0), "a"),
            (Some(3.0 - 0.6e-9), "b"),
            (Some(3.0 - 1.2e-9), "c"),
        ];
        assert_eq!(rank(&items).1, vec![Some(1), Some(1), Some(3)]);
    }

    #[test]
    fn missing_scores_have_no_rank_and_come_last_by_id() {
        let items = [(None, "b"), (Some(10.0), "z"), (None, "a")];
        let (order, ranks) = rank(&items);
        assert_eq!(ranks, vec![None, Some(1), None]);
        assert_eq!(order, vec![1, 2, 0]);
    }

    #[test]
    fn a_nan_score_cannot_stall_the_tie_blocks() {
        let items = [
            (Some(f64::NAN), "a"),
            (Some(f64::NAN), "b"),
            (Some(1.0), "c"),
        ];
        let (order, ranks) = rank(&items);
        assert_eq!(order.len(), 3);
        assert!(ranks.iter().all(Option::is_some));
    }

    #[test]
    fn group_ranks_rank_within_each_value() {
        let items = [
            (Some(80.0), "a"),
            (Some(60.0), "b"),
            (Some(70.0), "c"),
            (None, "d"),
            (Some(60.0), "e"),
        ];
        let values = ["x", "y", "x", "x", "y"];
        let ranks = rank_within(&items, &values);
        assert_eq!(ranks, vec![Some(1), Some(1), Some(2), None, Some(1)]);
    }

    proptest::proptest! {
        /// Ranks within groups from one sort are those of ranking each group's items alone.
        #[test]
        fn group_ranks_from_one_sort_are_each_groups_own(
            items in proptest::collection::vec(
                (proptest::option::of(0..6u8), 0..3u8, 0..5u8, proptest::bool::ANY), 0..40,
            ),
        ) {
            // Close scores (within and just beyond the tolerance), repeated ids, few groups.
            let scores: Vec<Option<f64>> = items
                .iter()
                .map(|(s, _, _, hair)| s.map(|s| f64::from(s) * 10.0 + if *hair { 6e-10 } else { 0.0 }))
                .collect();
            let ids: Vec<String> = items.iter().map(|(_, _, id, _)| format!("c{id}")).collect();
            let values: Vec<String> = items.iter().map(|(_, g, _, _)| format!("g{g}")).collect();
            let keyed: Vec<(Option<f64>, &str)> =
                scores.iter().zip(&ids).map(|(s, id)| (*s, id.as_str())).collect();
            let values: Vec<&str> = values.iter().map(String::as_str).collect();
            let within = rank_within(&keyed, &values);
            for group in ["g0", "g1", "g2"] {
                let members: Vec<usize> = (0..keyed.len()).filter(|&k| values[k] == group).collect();
                let subset: Vec<(Option<f64>, &str)> = members.iter().map(|&k| keyed[k]).collect();
                let (_, alone) = rank(&subset);
                for (&k, rank) in members.iter().zip(alone) {
                    proptest::prop_assert_eq!(within[k], rank);
                }
            }
        }
    }
}
