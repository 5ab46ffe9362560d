//! Scales: one indicator's raw values over the communes of a period → scores in [0, 100].

use crate::criteria::{Categories, Direction, Scale};
use crate::data::{Raw, RawCell};

use super::assessment::{Observed, Scores};

/// A raw value the scale cannot read, at its position in the column.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct BadValue {
    pub position: usize,
    pub problem: String,
}

/// Score one indicator's column: `raws[k]` is the k-th commune's raw value.
pub(crate) fn score_column(
    scale: &Scale,
    raws: &[RawCell],
) -> Result<(Scores, Observed), BadValue> {
    let observed = observe(scale, raws)?;
    let scores = match scale {
        Scale::Goalpost([worst, best]) => map_numbers(raws, |x| goalpost(x, *worst, *best))?,
        Scale::Steps(steps) => map_numbers(raws, |x| step(x, steps))?,
        Scale::Minmax(direction) => minmax(raws, *direction, &observed)?,
        Scale::Percentile(direction) => percentile(raws, *direction)?,
        Scale::Boolean => map_each(raws, boolean)?,
        Scale::Categories(categories) => map_each(raws, |raw| category(raw, categories))?,
    };
    Ok((Scores::from_nan(scores), observed))
}

/// `100 · clamp((x − worst) / (best − worst), 0, 1)`; best < worst means lower is better.
pub(crate) fn goalpost(x: f64, worst: f64, best: f64) -> f64 {
    100.0 * share(x, worst, best)
}

/// The score of the best step reached: thresholds ascending are reached with ≥, descending with ≤
/// (a single step is ascending); reaching none gives 0.
pub(crate) fn step(x: f64, steps: &[[f64; 2]]) -> f64 {
    let descending = matches!((steps.first(), steps.last()), (Some(f), Some(l)) if l[0] < f[0]);
    let reached = |threshold: f64| {
        if descending {
            x <= threshold
        } else {
            x >= threshold
        }
    };
    steps
        .iter()
        .rev()
        .find(|[threshold, _]| reached(*threshold))
        .map_or(0.0, |[_, score]| *score)
}

fn minmax(
    raws: &[RawCell],
    direction: Direction,
    observed: &Observed,
) -> Result<Vec<f64>, BadValue> {
    let (Some(min), Some(max)) = (observed.min, observed.max) else {
        return Ok(vec![f64::NAN; raws.len()]);
    };
    map_numbers(raws, |x| {
        if max == min {
            100.0 // every commune is as good as the best one
        } else {
            // The ratio first: 100 · (x − min) / (max − min) can round to 100.00000000000001.
            match direction {
                Direction::Higher => 100.0 * share(x, min, max),
                Direction::Lower => 100.0 * share(x, max, min),
            }
        }
    })
}

/// Where `x` lies from `from` (0) to `to` (1), kept in [0, 1]. Differences wider than the largest
/// double (1e308 − −1e308) are taken in halves, which is exact for normal numbers, so ordinary
/// values give bit for bit the plain ratio. Never NaN for finite input.
fn share(x: f64, from: f64, to: f64) -> f64 {
    let (part, whole) = (x - from, to - from);
    let ratio = if part.is_finite() && whole.is_finite() {
        part / whole
    } else {
        (x / 2.0 - from / 2.0) / (to / 2.0 - from / 2.0)
    };
    if ratio.is_nan() {
        0.0
    } else {
        ratio.clamp(0.0, 1.0)
    }
}

/// `100 · (rank − 1) / (n − 1)` over the values present, ties at their average rank; n = 1 → 100.
fn percentile(raws: &[RawCell], direction: Direction) -> Result<Vec<f64>, BadValue> {
    let mut present: Vec<(f64, usize)> = Vec::with_capacity(raws.len());
    for (position, raw) in raws.iter().enumerate() {
        if let Some(raw) = raw.get() {
            present.push((number(raw, position)?, position));
        }
    }
    // Equal values share a score, so their order does not matter.
    present.sort_unstable_by(|a, b| a.0.total_cmp(&b.0));
    let n = present.len();
    let mut scores = vec![f64::NAN; raws.len()];
    let mut start = 0;
    while start < n {
        let value = present[start].0;
        let end = start + present[start..].iter().take_while(|p| p.0 == value).count();
        // Ranks start..end (0-based) share their average, 1-based: (start + 1 + end) / 2.
        let below = (start + end - 1) as f64 / 2.0; // average rank − 1
        let score = if n == 1 {
            100.0
        } else {
            let fraction = below / (n - 1) as f64;
            match direction {
                Direction::Higher => 100.0 * fraction,
                Direction::Lower => 100.0 * (1.0 - fraction),
            }
        };
        for &(_, position) in &present[start..end] {
            scores[position] = score;
        }
        start = end;
    }
    Ok(scores)
}

fn boolean(raw: Raw) -> Result<f64, String> {
    match raw {
        Raw::Bool(yes) => Ok(if yes { 100.0 } else { 0.0 }),
        other => Err(format!(
            "{} where the scale needs yes or no",
            describe(other)
        )),
    }
}

fn category(raw: Raw, categories: &Categories) -> Result<f64, String> {
    match raw {
        Raw::Label(index) => categories
            .0
            .get(index)
            .map(|(_, score)| *score)
            .ok_or_else(|| {
                format!(
                    "label number {index} but the scale has {}",
                    categories.0.len()
                )
            }),
        other => Err(format!("{} where the scale needs a label", describe(other))),
    }
}

/// Count, range and constancy of the values present.
pub(crate) fn observe(scale: &Scale, raws: &[RawCell]) -> Result<Observed, BadValue> {
    if scale.is_numeric() {
        return observe_numbers(raws);
    }
    let mut observed = Observed {
        count: 0,
        min: None,
        max: None,
        constant: true,
    };
    let mut first: Option<Raw> = None;
    for raw in raws.iter().filter_map(|raw| raw.get()) {
        observed.count += 1;
        match first {
            None => first = Some(raw),
            Some(seen) => observed.constant &= seen == raw,
        }
    }
    observed.constant &= observed.count > 0;
    Ok(observed)
}

/// [`observe`] of a numeric scale's values, each a finite number: they are all the same exactly
/// when the smallest equals the largest.
fn observe_numbers(raws: &[RawCell]) -> Result<Observed, BadValue> {
    let (mut count, mut min, mut max) = (0, f64::INFINITY, f64::NEG_INFINITY);
    for (position, raw) in raws.iter().enumerate() {
        let Some(raw) = raw.get() else { continue };
        let x = number(raw, position)?;
        count += 1;
        min = min.min(x);
        max = max.max(x);
    }
    Ok(Observed {
        count,
        min: (count > 0).then_some(min),
        max: (count > 0).then_some(max),
        constant: count > 0 && min == max,
    })
}

/// `score` of each number, NaN (no score) where there is no value.
fn map_numbers(raws: &[RawCell], score: impl Fn(f64) -> f64) -> Result<Vec<f64>, BadValue> {
    let mut scores = Vec::with_capacity(raws.len());
    for (position, raw) in raws.iter().enumerate() {
        scores.push(match raw.get() {
            Some(raw) => score(number(raw, position)?),
            None => f64::NAN,
        });
    }
    Ok(scores)
}

/// `score` of each value, NaN (no score) where there is none.
fn map_each(
    raws: &[RawCell],
    score: impl Fn(Raw) -> Result<f64, String>,
) -> Result<Vec<f64>, BadValue> {
    let mut scores = Vec::with_capacity(raws.len());
    for (position, raw) in raws.iter().enumerate() {
        scores.push(match raw.get() {
            Some(raw) => score(raw).map_err(|problem| BadValue { position, problem })?,
            None => f64::NAN,
        });
    }
    Ok(scores)
}

fn number(raw: Raw, position: usize) -> Result<f64, BadValue> {
    match raw {
        Raw::Number(x) if x.is_finite() => Ok(x),
        other => Err(BadValue {
            position,
            problem: format!("{} where the scale needs a finite number", describe(other)),
        }),
    }
}

fn describe(raw: Raw) -> String {
    match raw {
        Raw::Number(x) => format!("the number {x}"),
        Raw::Bool(yes) => format!("the answer {}", if yes { "yes" } else { "no" }),
        Raw::Label(index) => format!("label number {index}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::testkit::{categories, close, n};

    /// The scale's scores of raw values given as `Option`s, as the dataset stores them.
    fn score_column(
        scale: &Scale,
        raws: &[Option<Raw>],
    ) -> Result<(Vec<Option<f64>>, Observed), BadValue> {
        let cells: Vec<RawCell> = raws.iter().map(|&raw| RawCell::from(raw)).collect();
        super::score_column(scale, &cells).map(|(scores, observed)| (scores.to_vec(), observed))
    }

    fn scores(scale: &Scale, raws: &[Option<Raw>]) -> Vec<Option<f64>> {
        match score_column(scale, raws) {
            Ok((scores, _)) => scores,
            Err(bad) => panic!("{}", bad.problem),
        }
    }

    fn assert_scores(actual: &[Option<f64>], expected: &[Option<f64>]) {
        assert_eq!(actual.len(), expected.len(), "{actual:?} vs {expected:?}");
        for (a, e) in actual.iter().zip(expected) {
            match (a, e) {
                (Some(a), Some(e)) => assert!(close(*a, *e), "{actual:?} vs {expected:?}"),
                _ => assert_eq!(a, e, "{actual:?} vs {expected:?}"),
            }
        }
    }

    #[test]
    fn goalpost_is_linear_and_clamped() {
        let scale = Scale::Goalpost([0.0, 80.0]);
        let got = scores(&scale, &[n(-5.0), n(0.0), n(40.0), n(80.0), n(95.0), None]);
        assert_scores(
            &got,
            &[
                Some(0.0),
                Some(0.0),
                Some(50.0),
                Some(100.0),
                Some(100.0),
                None,
            ],
        );
    }

    #[test]
    fn goalpost_with_best_below_worst_prefers_lower() {
        let scale = Scale::Goalpost([30.0, 3.0]);
        let got = scores(&scale, &[n(30.0), n(3.0), n(16.5), n(1.0), n(40.0)]);
        assert_scores(
            &got,
            &[Some(0.0), Some(100.0), Some(50.0), Some(100.0), Some(0.0)],
        );
    }

    #[test]
    fn minmax_spans_the_observed_range() {
        let raws = [n(10.0), n(20.0), None, n(30.0)];
        let higher = scores(&Scale::Minmax(Direction::Higher), &raws);
        assert_scores(&higher, &[Some(0.0), Some(50.0), None, Some(100.0)]);
        let lower = scores(&Scale::Minmax(Direction::Lower), &raws);
        assert_scores(&lower, &[Some(100.0), Some(50.0), None, Some(0.0)]);
    }

    #[test]
    fn minmax_with_all_values_equal_gives_100_and_is_marked_constant() {
        let raws = [n(7.0), None, n(7.0), n(7.0)];
        for direction in [Direction::Higher, Direction::Lower] {
            let (got, observed) = score_column(&Scale::Minmax(direction), &raws).unwrap();
            assert_scores(&got, &[Some(100.0), None, Some(100.0), Some(100.0)]);
            assert!(observed.constant);
            assert_eq!(observed.count, 3);
            assert_eq!((observed.min, observed.max), (Some(7.0), Some(7.0)));
        }
        let (_, varied) =
            score_column(&Scale::Minmax(Direction::Higher), &[n(1.0), n(2.0)]).unwrap();
        assert!(!varied.constant);
    }

    #[test]
    fn minmax_with_no_values_scores_nobody() {
        let (got, observed) =
            score_column(&Scale::Minmax(Direction::Higher), &[None, None]).unwrap();
        assert_eq!(got, vec![None, None]);
        assert!(!observed.constant);
    }

    #[test]
    fn percentile_uses_average_ranks_for_ties() {
        // Sorted: 1 (rank 1), 5 5 (ranks 2, 3 → 2.5), 9 (rank 4); n = 4.
        let raws = [n(5.0), n(1.0), n(9.0), None, n(5.0)];
        let got = scores(&Scale::Percentile(Direction::Higher), &raws);
        let tie = 100.0 * 1.5 / 3.0;
        assert_scores(&got, &[Some(tie), Some(0.0), Some(100.0), None, Some(tie)]);
    }

    #[test]
    fn percentile_lower_flips() {
        let raws = [n(5.0), n(1.0), n(9.0), n(5.0)];
        let got = scores(&Scale::Percentile(Direction::Lower), &raws);
        let tie = 100.0 - 100.0 * 1.5 / 3.0;
        assert_scores(&got, &[Some(tie), Some(100.0), Some(0.0), Some(tie)]);
    }

    #[test]
    fn percentile_of_a_single_value_is_100() {
        for direction in [Direction::Higher, Direction::Lower] {
            let got = scores(&Scale::Percentile(direction), &[None, n(3.0), None]);
            assert_scores(&got, &[None, Some(100.0), None]);
        }
    }

    #[test]
    fn percentile_of_all_equal_values_is_the_middle() {
        let got = scores(
            &Scale::Percentile(Direction::Higher),
            &[n(2.0), n(2.0), n(2.0)],
        );
        assert_scores(&got, &[Some(50.0), Some(50.0), Some(50.0)]);
    }

    #[test]
    fn boolean_and_categories() {
        let got = scores(
            &Scale::Boolean,
            &[Some(Raw::Bool(true)), Some(Raw::Bool(false)), None],
        );
        assert_scores(&got, &[Some(100.0), Some(0.0), None]);
        let scale = categories(&[("none", 0.0), ("forming", 50.0), ("active", 100.0)]);
        let got = scores(
            &scale,
            &[
                Some(Raw::Label(1)),
                Some(Raw::Label(2)),
                Some(Raw::Label(0)),
            ],
        );
        assert_scores(&got, &[Some(50.0), Some(100.0), Some(0.0)]);
    }

    #[test]
    fn steps_ascending_take_the_best_step_reached() {
        let scale = Scale::Steps(vec![
            [20.0, 25.0],
            [40.0, 50.0],
            [60.0, 75.0],
            [80.0, 100.0],
        ]);
        let got = scores(&scale, &[n(10.0), n(20.0), n(59.9), n(60.0), n(100.0)]);
        assert_scores(
            &got,
            &[Some(0.0), Some(25.0), Some(50.0), Some(75.0), Some(100.0)],
        );
    }

    #[test]
    fn steps_descending_are_reached_from_above() {
        // Days to answer: 30 or fewer earns 40, 10 or fewer 80, 3 or fewer 100.
        let scale = Scale::Steps(vec![[30.0, 40.0], [10.0, 80.0], [3.0, 100.0]]);
        let got = scores(&scale, &[n(45.0), n(30.0), n(11.0), n(10.0), n(2.0)]);
        assert_scores(
            &got,
            &[Some(0.0), Some(40.0), Some(40.0), Some(80.0), Some(100.0)],
        );
    }

    #[test]
    fn a_single_step_is_ascending() {
        let scale = Scale::Steps(vec![[50.0, 100.0]]);
        let got = scores(&scale, &[n(49.0), n(50.0), n(70.0)]);
        assert_scores(&got, &[Some(0.0), Some(100.0), Some(100.0)]);
    }

    #[test]
    fn a_raw_value_of_the_wrong_kind_is_reported_with_its_position() {
        let bad = score_column(
            &Scale::Goalpost([0.0, 1.0]),
            &[n(1.0), Some(Raw::Bool(true))],
        );
        assert_eq!(bad.map(|_| ()).map_err(|b| b.position), Err(1));
        assert!(score_column(&Scale::Boolean, &[n(1.0)]).is_err());
        let scale = categories(&[("a", 0.0)]);
        assert!(score_column(&scale, &[Some(Raw::Label(3))]).is_err());
        let nan = score_column(&Scale::Percentile(Direction::Higher), &[n(f64::NAN)]);
        assert!(nan.is_err());
    }

    #[test]
    fn minmax_over_the_whole_double_range_stays_in_bounds() {
        let raws = [n(1e308), n(-1e308), n(0.0), n(-0.0)];
        let higher = scores(&Scale::Minmax(Direction::Higher), &raws);
        assert_scores(&higher, &[Some(100.0), Some(0.0), Some(50.0), Some(50.0)]);
        let lower = scores(&Scale::Minmax(Direction::Lower), &raws);
        assert_scores(&lower, &[Some(0.0), Some(100.0), Some(50.0), Some(50.0)]);
    }

    #[test]
    fn minmax_of_subnormals_and_signed_zeros() {
        let tiny = f64::from_bits(1); // the smallest subnormal
        let got = scores(
            &Scale::Minmax(Direction::Higher),
            &[n(tiny), n(0.0), n(2.0 * tiny)],
        );
        assert_scores(&got, &[Some(50.0), Some(0.0), Some(100.0)]);
        let zeros = scores(&Scale::Minmax(Direction::Higher), &[n(0.0), n(-0.0)]);
        assert_scores(&zeros, &[Some(100.0), Some(100.0)]);
    }

    #[test]
    fn goalposts_far_from_the_value_never_give_nan() {
        assert_eq!(goalpost(f64::MAX, -f64::MAX, f64::MAX), 100.0);
        assert_eq!(goalpost(-f64::MAX, 0.0, 1.0), 0.0);
        assert!(goalpost(1.0, 0.0, f64::from_bits(1)) == 100.0);
    }

    #[test]
    fn observing_counts_the_values_and_finds_their_range_and_constancy() {
        let observed = |scale: &Scale, raws: &[Option<Raw>]| {
            let cells: Vec<RawCell> = raws.iter().map(|&raw| RawCell::from(raw)).collect();
            observe(scale, &cells)
        };
        let percent = Scale::Goalpost([0.0, 100.0]);
        let seen = observed(&percent, &[None, n(3.0), n(-1.5), None, n(7.0)]).unwrap();
        assert_eq!(
            (seen.count, seen.min, seen.max, seen.constant),
            (3, Some(-1.5), Some(7.0), false)
        );
        let seen = observed(&percent, &[n(2.0), None, n(2.0)]).unwrap();
        assert_eq!((seen.count, seen.min, seen.constant), (2, Some(2.0), true));
        let seen = observed(&percent, &[None, None]).unwrap();
        assert_eq!(
            (seen.count, seen.min, seen.max, seen.constant),
            (0, None, None, false)
        );
        let bad = observed(&percent, &[n(1.0), Some(Raw::Bool(true))]).unwrap_err();
        assert_eq!(bad.position, 1);
        let yes_no = [Some(Raw::Bool(true)), None, Some(Raw::Bool(true))];
        let seen = observed(&Scale::Boolean, &yes_no).unwrap();
        assert_eq!((seen.count, seen.min, seen.constant), (2, None, true));
        let mixed = [Some(Raw::Bool(true)), Some(Raw::Bool(false))];
        assert!(!observed(&Scale::Boolean, &mixed).unwrap().constant);
    }
}
