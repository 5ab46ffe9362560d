//! Maturity levels: of a score, and of the whole commune under the criteria's level rule.

use crate::criteria::{Level, LevelRule, MissingPillar};

/// A score this close below a level's `min` reaches it, so that rounding in the weighted means
/// (49.99999999999999 for a true 50) never costs a level. The same tolerance as for rank ties.
pub const LEVEL_TOLERANCE: f64 = 1e-9;

/// The index of the last level whose `min` ≤ score; `None` without a score or without levels.
/// Analyses (gaps to the next level, gates on `level`) should use this rather than
/// `Criteria::level_of`, so that they agree with the assessment at the cut-offs.
pub fn level_of(levels: &[Level], score: Option<f64>) -> Option<usize> {
    let score = score?;
    levels
        .iter()
        .rposition(|level| level.min <= score + LEVEL_TOLERANCE)
        .or_else(|| (!levels.is_empty()).then_some(0))
}

/// The overall index as the criteria's `missing_pillar` setting has it: under `unranked` a
/// commune with a pillar that has no score has no index (so no level and no rank); under
/// `renormalize` the index of the pillars that have a score stands.
pub fn index_under(
    policy: MissingPillar,
    overall: Option<f64>,
    mut pillar_scores: impl Iterator<Item = Option<f64>>,
) -> Option<f64> {
    match policy {
        MissingPillar::Renormalize => overall,
        MissingPillar::Unranked => overall.filter(|_| pillar_scores.all(|s| s.is_some())),
    }
}

/// The overall level and whether the level rule lowered it.
///
/// Under `weakest_pillar` the level of the overall score is capped by the lowest level among the
/// pillars that have a score. A missing pillar does not cap: it has no level to cap with, and its
/// absence already shows in the coverage, the `missing_pillar` flag and the data-quality notes;
/// a commune whose pillars are all missing has no overall score and so no level anyway.
pub fn overall_level(
    levels: &[Level],
    rule: LevelRule,
    overall: Option<f64>,
    pillar_levels: &[Option<usize>],
) -> (Option<usize>, bool) {
    let level = level_of(levels, overall);
    let cap = match rule {
        LevelRule::Score => None,
        LevelRule::WeakestPillar => pillar_levels.iter().flatten().min().copied(),
    };
    match (level, cap) {
        (Some(level), Some(cap)) if cap < level => (Some(cap), true),
        _ => (level, false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::testkit::criteria;

    fn levels() -> Vec<Level> {
        criteria(Vec::new()).levels // 0, 25, 50, 75, 90
    }

    #[test]
    fn a_level_is_the_last_whose_min_the_score_reaches() {
        let levels = levels();
        let of = |score| level_of(&levels, Some(score));
        assert_eq!(
            [
                of(0.0),
                of(24.9),
                of(25.0),
                of(50.0),
                of(89.99),
                of(90.0),
                of(100.0)
            ],
            [
                Some(0),
                Some(0),
                Some(1),
                Some(2),
                Some(3),
                Some(4),
                Some(4)
            ]
        );
        assert_eq!(level_of(&levels, None), None);
        assert_eq!(level_of(&[], Some(50.0)), None);
    }

    #[test]
    fn rounding_just_below_a_cut_off_still_reaches_it() {
        assert_eq!(level_of(&levels(), Some(49.999_999_999_999_99)), Some(2));
        assert_eq!(level_of(&levels(), Some(49.999_999)), Some(1));
    }

    #[test]
    fn unranked_drops_the_index_of_a_commune_with_a_missing_pillar() {
        let some = [Some(80.0), None];
        let full = [Some(80.0), Some(60.0)];
        let under = |policy, pillars: &[Option<f64>]| {
            index_under(policy, Some(70.0), pillars.iter().copied())
        };
        assert_eq!(under(MissingPillar::Unranked, &some), None);
        assert_eq!(under(MissingPillar::Unranked, &full), Some(70.0));
        assert_eq!(under(MissingPillar::Renormalize, &some), Some(70.0));
        assert_eq!(
            index_under(MissingPillar::Unranked, None, full.iter().copied()),
            None
        );
    }

    #[test]
    fn weakest_pillar_caps_the_overall_level() {
        let levels = levels();
        let pillars = [Some(4), Some(1), Some(3)];
        let capped = overall_level(&levels, LevelRule::WeakestPillar, Some(80.0), &pillars);
        assert_eq!(capped, (Some(1), true));
        let plain = overall_level(&levels, LevelRule::Score, Some(80.0), &pillars);
        assert_eq!(plain, (Some(3), false));
    }

    #[test]
    fn the_cap_never_raises_and_ignores_missing_pillars() {
        let levels = levels();
        let high = [Some(4), None];
        let rule = LevelRule::WeakestPillar;
        assert_eq!(
            overall_level(&levels, rule, Some(30.0), &high),
            (Some(1), false)
        );
        assert_eq!(
            overall_level(&levels, rule, Some(95.0), &[None, None]),
            (Some(4), false)
        );
        assert_eq!(
            overall_level(&levels, rule, None, &[Some(0)]),
            (None, false)
        );
    }
}
