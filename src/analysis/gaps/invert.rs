//! Scales inverted: the raw value a commune must reach for an indicator to score at least `s`.
//!
//! Every absolute scale is inverted exactly: goalposts linearly (either direction, clamped at the
//! best goalpost), steps to the threshold of the lowest step whose score suffices, booleans to
//! yes, categories to the lowest-scoring label that suffices. Relative scales (minmax, percentile)
//! have no fixed answer: the score depends on the other communes, so the target says so and
//! carries a hint from the values observed in the period.

use serde::Serialize;

use crate::criteria::{Direction, Scale};
use crate::score::Observed;

/// The raw value to reach, as a planner would state it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Target {
    /// Reach this number or more.
    AtLeast { value: f64 },
    /// Reach this number or less (lower is better).
    AtMost { value: f64 },
    /// Answer yes.
    Yes,
    /// Reach this category label (or a better one).
    Label { label: String },
    /// A relative scale: the raw value needed depends on the other communes. `hint`, when there is
    /// one, is the value that would give the score against the range observed now (minmax) or the
    /// best value observed (percentile).
    Relative {
        direction: Direction,
        hint: Option<f64>,
    },
}

/// A target and the score it gives (a step or label may give more than was needed).
#[derive(Debug, Clone, PartialEq)]
pub struct Inverted {
    pub target: Target,
    pub score: f64,
}

/// The best score the scale can give: 100, or the top step or label when those stop short of it.
pub fn best_score(scale: &Scale) -> f64 {
    match scale {
        Scale::Steps(steps) => steps.iter().map(|s| s[1]).fold(0.0, f64::max),
        Scale::Categories(categories) => categories.0.iter().map(|c| c.1).fold(0.0, f64::max),
        _ => 100.0,
    }
}

/// The easiest raw value that scores at least `score`; `None` when the scale cannot reach it.
pub fn invert(scale: &Scale, score: f64, observed: Option<&Observed>) -> Option<Inverted> {
    let score = score.max(0.0);
    match scale {
        Scale::Goalpost([worst, best]) => {
            let fraction = (score / 100.0).min(1.0);
            let value = worst + fraction * (best - worst);
            let target = if best > worst {
                Target::AtLeast { value }
            } else {
                Target::AtMost { value }
            };
            (score <= 100.0).then_some(Inverted { target, score })
        }
        Scale::Steps(steps) => invert_steps(steps, score),
        Scale::Boolean => (score <= 100.0).then_some(Inverted {
            target: Target::Yes,
            score: 100.0,
        }),
        Scale::Categories(categories) => categories
            .0
            .iter()
            .filter(|(_, s)| *s >= score)
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(label, s)| Inverted {
                target: Target::Label {
                    label: label.clone(),
                },
                score: *s,
            }),
        Scale::Minmax(direction) => (score <= 100.0).then(|| Inverted {
            target: Target::Relative {
                direction: *direction,
                hint: minmax_hint(*direction, score, observed),
            },
            score,
        }),
        Scale::Percentile(direction) => (score <= 100.0).then(|| Inverted {
            target: Target::Relative {
                direction: *direction,
                hint: observed.and_then(|o| match direction {
                    Direction::Higher => o.max,
                    Direction::Lower => o.min,
                }),
            },
            score,
        }),
    }
}

/// The lowest step whose score suffices (the first in file order among equals), reached with ≥
/// for ascending thresholds and ≤ for descending ones, as the engine scores them.
fn invert_steps(steps: &[[f64; 2]], score: f64) -> Option<Inverted> {
    let descending = matches!((steps.first(), steps.last()), (Some(f), Some(l)) if l[0] < f[0]);
    let [threshold, reached] = *steps
        .iter()
        .filter(|step| step[1] >= score)
        .min_by(|a, b| a[1].total_cmp(&b[1]))?;
    let target = if descending {
        Target::AtMost { value: threshold }
    } else {
        Target::AtLeast { value: threshold }
    };
    Some(Inverted {
        target,
        score: reached,
    })
}

fn minmax_hint(direction: Direction, score: f64, observed: Option<&Observed>) -> Option<f64> {
    let observed = observed?;
    let (min, max) = (observed.min?, observed.max?);
    let fraction = score / 100.0;
    Some(match direction {
        Direction::Higher => min + fraction * (max - min),
        Direction::Lower => max - fraction * (max - min),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Raw;
    use crate::score::testkit::{categories, close};

    /// The engine's score of one raw value on an absolute scale.
    fn score_of(scale: &Scale, raw: Raw) -> f64 {
        let c = crate::score::testkit::criteria(vec![crate::score::testkit::node(
            "p",
            vec![crate::score::testkit::indicator("x", scale.clone())],
        )]);
        let d = crate::score::testkit::simple(vec![vec![Some(raw)]]);
        crate::score::testkit::run(&c, &d).entities[0]
            .overall
            .unwrap()
    }

    fn raw_of(target: &Target) -> Raw {
        match target {
            Target::AtLeast { value } | Target::AtMost { value } => Raw::Number(*value),
            Target::Yes => Raw::Bool(true),
            other => panic!("not absolute: {other:?}"),
        }
    }

    #[test]
    fn goalposts_invert_linearly_in_either_direction_and_clamp_at_the_best() {
        let up = Scale::Goalpost([0.0, 80.0]);
        let got = invert(&up, 50.0, None).unwrap();
        assert_eq!(got.target, Target::AtLeast { value: 40.0 });
        let down = Scale::Goalpost([30.0, 3.0]);
        let got = invert(&down, 50.0, None).unwrap();
        assert_eq!(got.target, Target::AtMost { value: 16.5 });
        let top = invert(&down, 100.0, None).unwrap();
        assert_eq!(top.target, Target::AtMost { value: 3.0 });
        assert!(invert(&up, 100.5, None).is_none());
    }

    #[test]
    fn every_absolute_inversion_scores_what_it_promises_and_no_less_would() {
        let scales = [
            Scale::Goalpost([0.0, 80.0]),
            Scale::Goalpost([30.0, 3.0]),
            Scale::Goalpost([-5.0, 5.0]),
            Scale::Steps(vec![
                [20.0, 25.0],
                [40.0, 50.0],
                [60.0, 75.0],
                [80.0, 100.0],
            ]),
            Scale::Steps(vec![[30.0, 40.0], [10.0, 80.0], [3.0, 100.0]]),
            Scale::Steps(vec![[50.0, 100.0]]),
            Scale::Boolean,
        ];
        for scale in &scales {
            for wanted in [0.5, 10.0, 25.0, 33.3, 49.9, 50.0, 74.0, 99.0, 100.0] {
                let got = invert(scale, wanted, None).unwrap();
                let scored = score_of(scale, raw_of(&got.target));
                assert!(
                    scored + 1e-9 >= wanted,
                    "{scale:?} {wanted}: {got:?} scores {scored}"
                );
                assert!(close(scored, got.score), "{scale:?} {wanted}");
            }
        }
    }

    #[test]
    fn steps_take_the_lowest_step_that_suffices() {
        let up = Scale::Steps(vec![
            [20.0, 25.0],
            [40.0, 50.0],
            [60.0, 75.0],
            [80.0, 100.0],
        ]);
        let got = invert(&up, 30.0, None).unwrap();
        assert_eq!(
            (got.target, got.score),
            (Target::AtLeast { value: 40.0 }, 50.0)
        );
        let down = Scale::Steps(vec![[30.0, 40.0], [10.0, 80.0], [3.0, 100.0]]);
        let got = invert(&down, 41.0, None).unwrap();
        assert_eq!(
            (got.target, got.score),
            (Target::AtMost { value: 10.0 }, 80.0)
        );
        let short = Scale::Steps(vec![[10.0, 30.0], [20.0, 60.0]]);
        assert_eq!(best_score(&short), 60.0);
        assert!(invert(&short, 61.0, None).is_none());
    }

    #[test]
    fn categories_take_the_lowest_scoring_label_that_suffices() {
        let scale = categories(&[("none", 0.0), ("forming", 50.0), ("active", 100.0)]);
        let got = invert(&scale, 20.0, None).unwrap();
        assert_eq!(
            got.target,
            Target::Label {
                label: "forming".into()
            }
        );
        assert_eq!(got.score, 50.0);
        for (wanted, label) in [(0.0, "none"), (50.0, "forming"), (51.0, "active")] {
            let got = invert(&scale, wanted, None).unwrap();
            assert_eq!(
                got.target,
                Target::Label {
                    label: label.into()
                }
            );
            let Target::Label { label } = &got.target else {
                unreachable!()
            };
            let index = ["none", "forming", "active"]
                .iter()
                .position(|l| l == label)
                .unwrap();
            assert!(score_of(&scale, Raw::Label(index)) >= wanted);
        }
        let capped = categories(&[("no", 0.0), ("partly", 60.0)]);
        assert!(invert(&capped, 70.0, None).is_none());
    }

    #[test]
    fn relative_scales_say_the_target_depends_on_the_others() {
        let observed = Observed {
            count: 3,
            min: Some(10.0),
            max: Some(30.0),
            constant: false,
        };
        let got = invert(&Scale::Minmax(Direction::Higher), 50.0, Some(&observed)).unwrap();
        let hint = Target::Relative {
            direction: Direction::Higher,
            hint: Some(20.0),
        };
        assert_eq!(got.target, hint);
        let got = invert(&Scale::Percentile(Direction::Lower), 80.0, Some(&observed)).unwrap();
        let hint = Target::Relative {
            direction: Direction::Lower,
            hint: Some(10.0),
        };
        assert_eq!(got.target, hint);
        let bare = invert(&Scale::Minmax(Direction::Lower), 50.0, None).unwrap();
        assert_eq!(
            bare.target,
            Target::Relative {
                direction: Direction::Lower,
                hint: None
            }
        );
    }
}
