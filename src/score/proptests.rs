//! Invariants of scoring over random trees and data: scores stay in [0, 100], raising a value never
//! lowers a score above it, row order and sibling-weight scale change nothing.

use proptest::prelude::*;

use crate::criteria::{
    Aggregate, Children, Criteria, Direction, Indicator, MissingPolicy, Node, Scale,
};
use crate::data::{Dataset, Raw, RawCell};

use super::testkit::{Row, categories, criteria, dataset, indicator, node, run, within_error};
use super::{Assessment, EntityResult, Flag, Raise};

/// Which scales and policies a generated case may use.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Kinds {
    pub relative: bool,
    pub impute: bool,
    /// Numbers anywhere in the doubles: ±1e308, the largest, subnormals, −0.
    pub extreme: bool,
}

fn scale(kinds: Kinds) -> BoxedStrategy<Scale> {
    let goalpost = (-20.0..120.0f64, 1.0..100.0f64, any::<bool>())
        .prop_map(|(a, d, lower)| Scale::Goalpost(if lower { [a + d, a] } else { [a, a + d] }));
    let steps = (
        prop::collection::vec((0.0..100.0f64, 0.0..100.0f64), 1..4),
        any::<bool>(),
    )
        .prop_map(|(mut pairs, descending)| {
            let mut thresholds: Vec<f64> = pairs.iter().map(|p| p.0).collect();
            let mut scores: Vec<f64> = pairs.drain(..).map(|p| p.1).collect();
            thresholds.sort_by(f64::total_cmp);
            scores.sort_by(f64::total_cmp);
            if descending {
                thresholds.reverse();
            }
            Scale::Steps(
                thresholds
                    .into_iter()
                    .zip(scores)
                    .map(|(t, s)| [t, s])
                    .collect(),
            )
        });
    let labels = prop::collection::vec(0.0..=100.0f64, 1..4).prop_map(|scores| {
        let named: Vec<(String, f64)> = scores
            .iter()
            .enumerate()
            .map(|(k, s)| (format!("l{k}"), *s))
            .collect();
        let refs: Vec<(&str, f64)> = named.iter().map(|(l, s)| (l.as_str(), *s)).collect();
        categories(&refs)
    });
    let direction = prop_oneof![Just(Direction::Higher), Just(Direction::Lower)];
    let absolute = prop_oneof![goalpost, steps, Just(Scale::Boolean), labels];
    if kinds.relative {
        prop_oneof![
            3 => absolute,
            1 => direction.clone().prop_map(Scale::Minmax),
            1 => direction.prop_map(Scale::Percentile),
        ]
        .boxed()
    } else {
        absolute.boxed()
    }
}

fn policy(kinds: Kinds) -> BoxedStrategy<Option<MissingPolicy>> {
    let mut choices = vec![
        None,
        Some(MissingPolicy::Renormalize),
        Some(MissingPolicy::Zero),
    ];
    if kinds.impute {
        choices.push(Some(MissingPolicy::Impute));
    }
    prop::sample::select(choices).boxed()
}

fn weight() -> impl Strategy<Value = f64> {
    0.1..10.0f64
}

fn leaf(kinds: Kinds) -> impl Strategy<Value = Indicator> {
    (scale(kinds), weight(), policy(kinds)).prop_map(|(scale, weight, missing)| Indicator {
        weight,
        missing,
        ..indicator("", scale)
    })
}

/// A pillar or group: weight, aggregate, missing policy and coverage threshold, all optional.
fn branch(kinds: Kinds, children: impl Strategy<Value = Children>) -> impl Strategy<Value = Node> {
    let aggregate = prop::option::of(prop_oneof![
        Just(Aggregate::Arithmetic),
        Just(Aggregate::Geometric)
    ]);
    (
        weight(),
        aggregate,
        policy(kinds),
        prop::option::of(0.0..=1.0f64),
        children,
    )
        .prop_map(
            |(weight, aggregate, missing, min_coverage, children)| Node {
                weight,
                aggregate,
                missing,
                min_coverage,
                children,
                ..node("", Vec::new())
            },
        )
}

fn tree(kinds: Kinds) -> impl Strategy<Value = Criteria> {
    let indicators = || prop::collection::vec(leaf(kinds), 1..4).prop_map(Children::Indicators);
    let group = branch(kinds, indicators());
    let nested = prop::collection::vec(group, 1..3).prop_map(Children::Groups);
    let pillar = branch(kinds, prop_oneof![indicators(), nested]);
    let top = (
        prop::sample::select(vec![Aggregate::Arithmetic, Aggregate::Geometric]),
        prop::sample::select(if kinds.impute {
            vec![
                MissingPolicy::Renormalize,
                MissingPolicy::Zero,
                MissingPolicy::Impute,
            ]
        } else {
            vec![MissingPolicy::Renormalize, MissingPolicy::Zero]
        }),
        0.0..=1.0f64,
    );
    (prop::collection::vec(pillar, 1..4), top).prop_map(
        |(pillars, (aggregate, missing, min_coverage))| {
            let mut c = criteria(pillars);
            c.aggregate = aggregate;
            c.missing = missing;
            c.min_coverage = min_coverage;
            name_nodes(&mut c);
            c
        },
    )
}

/// Give every node and indicator a unique id: p0, p1, … in tree order.
fn name_nodes(criteria: &mut Criteria) {
    fn walk(node: &mut Node, next: &mut usize) {
        node.id = format!("p{next}");
        *next += 1;
        match &mut node.children {
            Children::Indicators(indicators) => indicators.iter_mut().for_each(|i| {
                i.id = format!("p{next}");
                *next += 1;
            }),
            Children::Groups(groups) => groups.iter_mut().for_each(|g| walk(g, next)),
        }
    }
    let mut next = 0;
    criteria.pillars.iter_mut().for_each(|p| walk(p, &mut next));
}

/// Any finite double, weighted towards the ends and the edges of the range.
fn extreme_number() -> BoxedStrategy<f64> {
    let tiny = f64::from_bits(1);
    prop_oneof![
        Just(1e308),
        Just(-1e308),
        Just(f64::MAX),
        Just(f64::MIN),
        Just(tiny),
        Just(-tiny),
        Just(f64::MIN_POSITIVE),
        Just(0.0),
        Just(-0.0),
        (1u64..(1 << 52)).prop_map(f64::from_bits), // subnormals
        prop::num::f64::NORMAL | prop::num::f64::SUBNORMAL | prop::num::f64::ZERO,
        -50.0..150.0f64,
    ]
    .boxed()
}

/// A raw value fitting the scale, or missing about a fifth of the time.
fn raw(scale: &Scale, extreme: bool) -> BoxedStrategy<Option<Raw>> {
    let value = match scale {
        Scale::Boolean => any::<bool>().prop_map(Raw::Bool).boxed(),
        Scale::Categories(labels) => (0..labels.0.len()).prop_map(Raw::Label).boxed(),
        _ if extreme => extreme_number().prop_map(Raw::Number).boxed(),
        // A few repeated values so that ties and constant columns happen.
        _ => prop_oneof![1 => Just(50.0), 4 => -50.0..150.0f64]
            .prop_map(Raw::Number)
            .boxed(),
    };
    prop::option::weighted(0.8, value).boxed()
}

/// Criteria and communes e0, e1, … in three districts, two kinds and two periods.
pub(crate) fn case(kinds: Kinds) -> impl Strategy<Value = (Criteria, Dataset)> {
    tree(kinds)
        .prop_flat_map(move |criteria| {
            let scales: Vec<Scale> = criteria
                .indicators()
                .iter()
                .map(|i| i.scale.clone())
                .collect();
            let row = (
                0..3usize,
                any::<bool>(),
                any::<bool>(),
                scales
                    .iter()
                    .map(|scale| raw(scale, kinds.extreme))
                    .collect::<Vec<_>>(),
            );
            (Just(criteria), prop::collection::vec(row, 1..14))
        })
        .prop_map(|(criteria, rows)| {
            let names: Vec<String> = (0..rows.len()).map(|k| format!("e{k}")).collect();
            let districts = ["d0", "d1", "d2"];
            let data =
                rows.into_iter()
                    .zip(&names)
                    .map(|((district, kind, period, values), id)| {
                        Row(
                            id,
                            districts[district],
                            if kind { "xa" } else { "phuong" },
                            if period { "1" } else { "2" },
                            values,
                        )
                    });
            (criteria.clone(), dataset(data.collect()))
        })
}

fn in_range(score: Option<f64>) -> bool {
    score.is_none_or(|s| (0.0..=100.0).contains(&s))
}

fn by_id(assessment: &Assessment) -> Vec<&EntityResult> {
    let mut entities: Vec<&EntityResult> = assessment.entities.iter().collect();
    entities.sort_by(|a, b| a.id.cmp(&b.id));
    entities
}

const ALL: Kinds = Kinds {
    relative: true,
    impute: true,
    extreme: false,
};
const ABSOLUTE: Kinds = Kinds {
    relative: false,
    impute: false,
    extreme: false,
};
const EXTREME: Kinds = Kinds {
    relative: true,
    impute: true,
    extreme: true,
};

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn every_score_is_within_0_and_100((criteria, data) in case(ALL)) {
        let a = run(&criteria, &data);
        for entity in &a.entities {
            prop_assert!(in_range(entity.overall), "overall {:?}", entity.overall);
            prop_assert!(entity.scores.iter().all(in_range), "{:?}", entity.scores);
            prop_assert!(entity.coverages.iter().all(|c| (-1e-12..=1.0 + 1e-12).contains(&c)));
            prop_assert_eq!(entity.level.is_some(), entity.overall.is_some());
            prop_assert_eq!(entity.rank.is_some(), entity.overall.is_some());
        }
    }

    #[test]
    fn extreme_values_on_every_scale_score_in_bounds_or_are_noted((criteria, data) in case(EXTREME)) {
        let a = run(&criteria, &data);
        for entity in &a.entities {
            prop_assert!(in_range(entity.overall), "overall {:?}", entity.overall);
            prop_assert!(entity.scores.iter().all(in_range), "{:?}", entity.scores);
            prop_assert!(entity.coverages.iter().all(|c| c.is_finite()));
            prop_assert_eq!(entity.rank.is_some(), entity.overall.is_some());
        }
        // A commune without an overall score is flagged as unscored: never a silent gap.
        for entity in &a.entities {
            prop_assert!(
                entity.overall.is_some() || entity.flags.contains(&Flag::Unscored),
                "commune {} unscored without a flag", entity.id
            );
        }
    }

    #[test]
    fn raising_a_value_never_lowers_a_score_above_it(
        (criteria, data) in case(ABSOLUTE),
        pick in any::<prop::sample::Index>(),
        step in 0.0..60.0f64,
    ) {
        let present: Vec<(usize, usize)> = data.columns.iter().enumerate()
            .flat_map(|(i, column)| column.iter().enumerate().filter(|(_, v)| v.is_some()).map(move |(e, _)| (e, i)))
            .collect();
        prop_assume!(!present.is_empty());
        let (e, i) = present[pick.index(present.len())];
        let scale = criteria.indicators()[i].scale.clone();
        let mut better = data.clone();
        better.columns[i][e] = RawCell::from(better.columns[i][e].get().map(|raw| raise(&scale, raw, step)));
        let (before, after) = (run(&criteria, &data), run(&criteria, &better));
        let id = &data.entities[e].id;
        let (b, a) = (before.entity(id), after.entity(id));
        if let (Some(b), Some(a)) = (b, a) {
            for (node, (x, y)) in b.scores.iter().zip(a.scores.iter()).enumerate() {
                prop_assert_eq!(x.is_some(), y.is_some(), "node {} presence changed", node);
                if let (Some(x), Some(y)) = (x, y) {
                    prop_assert!(y >= x - 1e-9, "node {}: {} fell to {}", node, x, y);
                }
            }
            if let (Some(x), Some(y)) = (b.overall, a.overall) {
                prop_assert!(y >= x - 1e-9, "overall {} fell to {}", x, y);
            }
        }
    }

    #[test]
    fn an_estimated_raise_is_within_its_error_of_the_trial(
        (criteria, data) in case(ALL),
        score in 0.0..=100.0f64,
    ) {
        let a = run(&criteria, &data);
        for entity in &a.entities {
            let mut raise = Raise::new(&a, &criteria.levels, entity);
            let before = raise.now();
            for &node in &a.indicators {
                let trial = raise.trial(node, score).unwrap();
                if let Some(estimate) = raise.estimate(node, score) {
                    prop_assert!(within_error(&estimate, &trial, &before), "{node}: {estimate:?} vs {trial:?}");
                }
            }
            if let Some(&node) = a.indicators.first() {
                raise.keep(node, 100.0 - score);
                let before = raise.now();
                let trial = raise.trial(node, score).unwrap();
                if let Some(estimate) = raise.estimate(node, score) {
                    prop_assert!(within_error(&estimate, &trial, &before), "kept {node}: {estimate:?} vs {trial:?}");
                }
            }
        }
    }

    #[test]
    fn the_order_of_the_rows_changes_nothing(
        (criteria, data) in case(ALL),
        seed in any::<u64>(),
    ) {
        let shuffled = shuffle(&data, seed);
        let (a, b) = (run(&criteria, &data), run(&criteria, &shuffled));
        prop_assert_eq!(a.entities.len(), b.entities.len());
        for (x, y) in by_id(&a).into_iter().zip(by_id(&b)) {
            let y = EntityResult { entity: x.entity, ..y.clone() };
            prop_assert_eq!(x, &y);
        }
        let ranked = |s: &Assessment| s.ranked().iter().map(|e| e.id.clone()).collect::<Vec<_>>();
        prop_assert_eq!(ranked(&a), ranked(&b));
        let notes = |s: &Assessment| {
            let ids: std::collections::HashMap<usize, &str> =
                s.entities.iter().map(|e| (e.entity, e.id.as_str())).collect();
            s.data_quality.notes.iter()
                .map(|q| (ids[&q.entity].to_owned(), q.node, q.treatment.clone()))
                .collect::<Vec<_>>()
        };
        prop_assert_eq!(notes(&a), notes(&b));
    }

    #[test]
    fn scaling_sibling_weights_changes_nothing(
        (criteria, data) in case(ALL),
        factors in prop::collection::vec(0.01..100.0f64, 1..6),
    ) {
        let mut scaled = criteria.clone();
        scale_weights(&mut scaled, &factors);
        let (a, b) = (run(&criteria, &data), run(&scaled, &data));
        for (x, y) in a.nodes.iter().zip(&b.nodes) {
            prop_assert!((x.weight - y.weight).abs() < 1e-9 && (x.effective_weight - y.effective_weight).abs() < 1e-9);
        }
        for (x, y) in by_id(&a).into_iter().zip(by_id(&b)) {
            prop_assert!(close_all(&[x.overall], &[y.overall]), "{:?} vs {:?}", x.overall, y.overall);
            prop_assert!(close_all(&x.scores.to_vec(), &y.scores.to_vec()), "{:?} vs {:?}", x.scores, y.scores);
            prop_assert!(x.coverages.iter().zip(y.coverages.iter()).all(|(p, q)| (p - q).abs() < 1e-9));
        }
    }
}

/// The raw value moved `step` towards the better end of its scale.
fn raise(scale: &Scale, raw: Raw, step: f64) -> Raw {
    match (scale, raw) {
        (Scale::Goalpost([worst, best]), Raw::Number(x)) => {
            Raw::Number(x + step * (best - worst).signum())
        }
        (Scale::Steps(steps), Raw::Number(x)) => {
            let descending = steps.len() > 1 && steps[steps.len() - 1][0] < steps[0][0];
            Raw::Number(if descending { x - step } else { x + step })
        }
        (Scale::Boolean, Raw::Bool(_)) => Raw::Bool(true),
        (Scale::Categories(labels), Raw::Label(k)) => {
            // The best-scored label at least as good as the current one.
            let current = labels.0[k].1;
            let best = (0..labels.0.len())
                .filter(|&j| labels.0[j].1 >= current)
                .max_by(|&p, &q| labels.0[p].1.total_cmp(&labels.0[q].1));
            Raw::Label(best.unwrap_or(k))
        }
        (_, other) => other,
    }
}

/// The dataset with its rows in a pseudo-random order fixed by `seed`.
fn shuffle(data: &Dataset, seed: u64) -> Dataset {
    let mut order: Vec<usize> = (0..data.entities.len()).collect();
    let mut state = seed | 1;
    for k in (1..order.len()).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        order.swap(k, (state % (k as u64 + 1)) as usize);
    }
    Dataset {
        entities: order.iter().map(|&k| data.entities[k].clone()).collect(),
        columns: data
            .columns
            .iter()
            .map(|column| order.iter().map(|&k| column[k]).collect())
            .collect(),
        lenient: data.lenient.clone(),
    }
}

/// Multiply every set of siblings' weights by one factor, taken from `factors` in turn.
fn scale_weights(criteria: &mut Criteria, factors: &[f64]) {
    fn walk(node: &mut Node, factors: &[f64], next: &mut usize) {
        let factor = factors[*next % factors.len()];
        *next += 1;
        match &mut node.children {
            Children::Indicators(indicators) => {
                indicators.iter_mut().for_each(|i| i.weight *= factor)
            }
            Children::Groups(groups) => {
                groups.iter_mut().for_each(|g| g.weight *= factor);
                groups.iter_mut().for_each(|g| walk(g, factors, next));
            }
        }
    }
    let mut next = 1;
    criteria
        .pillars
        .iter_mut()
        .for_each(|p| p.weight *= factors[0]);
    criteria
        .pillars
        .iter_mut()
        .for_each(|p| walk(p, factors, &mut next));
}

fn close_all(a: &[Option<f64>], b: &[Option<f64>]) -> bool {
    a.iter().zip(b).all(|(x, y)| match (x, y) {
        (Some(x), Some(y)) => (x - y).abs() < 1e-9,
        _ => x == y,
    })
}
