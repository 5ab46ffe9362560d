//! Maturity levels: of a score, and of the whole commune under the criteria's level rule.

use crate::criteria::{Level, LevelRule};

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
