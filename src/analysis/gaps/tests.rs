//! Gaps against hand-worked cases and the shortest path against brute force on small trees.

use super::*;
use crate::criteria::{Aggregate, LevelRule, MissingPolicy, Scale};
use crate::data::Raw;
use crate::score::testkit::{close, criteria, indicator, n, node, percent, run, simple, weighted};
use crate::score::what_if;

/// A tiny deterministic generator (64-bit LCG), so that the cases are the same on every run.
pub(super) struct Lcg(pub u64);

impl Lcg {
    fn next(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }

    fn below(&mut self, n: usize) -> usize {
        ((self.next() * n as f64) as usize).min(n - 1)
    }
}

/// A random tree of 2–3 pillars with 2–4 indicators each (goalposts, steps and booleans), and a
/// commune with random values, some missing when `gaps` is set. Levels start at 0, 50 and 85, so
/// that reaching the next one often takes several steps.
pub(super) fn random_case(rng: &mut Lcg, gaps: bool) -> (Criteria, crate::data::Dataset) {
    let mut pillars = Vec::new();
    let mut values = Vec::new();
    for p in 0..2 + rng.below(2) {
        let mut indicators = Vec::new();
        for i in 0..2 + rng.below(3) {
            let id = format!("p{p}i{i}");
            let (scale, value) = match rng.below(3) {
                0 => (
                    Scale::Goalpost([0.0, 100.0]),
                    n((rng.next() * 100.0).round()),
                ),
                1 => (
                    Scale::Steps(vec![[20.0, 30.0], [50.0, 60.0], [80.0, 100.0]]),
                    n((rng.next() * 100.0).round()),
                ),
                _ => (Scale::Boolean, Some(Raw::Bool(rng.next() < 0.4))),
            };
            let missing = gaps && rng.next() < 0.25;
            values.push(if missing { None } else { value });
            indicators.push(weighted(1.0 + rng.below(4) as f64, indicator(&id, scale)));
        }
        let mut pillar = node(&format!("p{p}"), indicators);
        pillar.weight = 1.0 + rng.below(3) as f64;
        pillars.push(pillar);
    }
    let mut c = criteria(pillars);
    c.levels.retain(|level| [0.0, 50.0].contains(&level.min));
    c.levels.push(crate::criteria::Level {
        min: 85.0,
        ..c.levels[0].clone()
    });
    (c, simple(vec![values]))
}

/// The fewest indicators that, raised to their best, reach the next level: every subset tried.
fn brute_force(c: &Criteria, a: &crate::score::Assessment) -> Option<usize> {
    let entity = &a.entities[0];
    let target = entity.level? + 1;
    let all: Vec<(usize, f64)> = a
        .indicators
        .iter()
        .map(|&node| (node, a.nodes[node].scale.as_ref().map_or(100.0, best_score)))
        .collect();
    (0u32..1 << all.len())
        .filter(|mask| {
            let set: Vec<(usize, f64)> = all
                .iter()
                .enumerate()
                .filter(|(k, _)| mask & (1 << k) != 0)
                .map(|(_, c)| *c)
                .collect();
            what_if(a, &c.levels, entity, &set)
                .level
                .is_some_and(|l| l >= target)
        })
        .map(|mask| mask.count_ones() as usize)
        .min()
}

/// Checks one case; returns the number of steps of its path (0 without one).
fn check_against_brute_force(c: &Criteria, d: &crate::data::Dataset, case: usize) -> usize {
    let a = run(c, d);
    let entity = &a.entities[0];
    let found = gaps(c, &a, entity);
    match (&found.next, brute_force(c, &a)) {
        (Outlook::Path(path), Some(fewest)) => {
            assert_eq!(path.steps.len(), fewest, "case {case}: {path:#?}");
            assert!(path.fewest, "case {case}");
            let changes: Vec<(usize, f64)> = path.steps.iter().map(|s| (s.node, s.to)).collect();
            let after = what_if(&a, &c.levels, entity, &changes);
            assert!(
                after.level.is_some_and(|l| l >= path.level),
                "case {case}: {path:#?}"
            );
            assert!(close(after.overall.unwrap(), path.overall_after));
            return path.steps.len();
        }
        (Outlook::Top { .. }, None) => assert_eq!(entity.level, Some(c.levels.len() - 1)),
        (Outlook::Unreachable { .. }, None) | (Outlook::Unscored, _) => {}
        (outlook, brute) => panic!("case {case}: {outlook:#?} but brute force says {brute:?}"),
    }
    0
}

#[test]
fn largest_gains_first_is_the_fewest_on_arithmetic_trees() {
    let mut rng = Lcg(7);
    let lengths: Vec<usize> = (0..300)
        .map(|case| {
            let (c, d) = random_case(&mut rng, false);
            check_against_brute_force(&c, &d, case)
        })
        .collect();
    assert!(
        lengths.iter().filter(|&&l| l >= 2).count() > 60,
        "too few long paths: {lengths:?}"
    );
}

/// Case `case`'s aggregation, missing-value policy, level rule and coverage threshold, in turn.
pub(super) fn vary(c: &mut Criteria, case: usize) {
    c.aggregate = [Aggregate::Arithmetic, Aggregate::Geometric][case % 2];
    c.missing = [
        MissingPolicy::Renormalize,
        MissingPolicy::Zero,
        MissingPolicy::Impute,
    ][case % 3];
    c.level_rule = [LevelRule::Score, LevelRule::WeakestPillar][(case / 2) % 2];
    c.min_coverage = [0.0, 0.5][(case / 4) % 2];
}

#[test]
fn the_path_is_the_fewest_under_geometric_means_missing_values_and_the_weakest_pillar() {
    let mut rng = Lcg(11);
    let mut long = 0;
    for case in 0..400 {
        let (mut c, d) = random_case(&mut rng, true);
        vary(&mut c, case);
        long += usize::from(check_against_brute_force(&c, &d, case) >= 2);
    }
    assert!(long > 60, "too few long paths: {long}");
}

#[test]
fn gains_follow_the_design_formula_when_everything_is_scored() {
    // Effective weights: a 0.5 · 0.75 = 0.375, b 0.5 · 0.25 = 0.125, c 0.5.
    let c = criteria(vec![
        node("p", vec![weighted(3.0, percent("a")), percent("b")]),
        node("q", vec![percent("c")]),
    ]);
    let a = run(&c, &simple(vec![vec![n(40.0), n(0.0), n(90.0)]]));
    let found = gaps(&c, &a, &a.entities[0]);
    let got: Vec<(&str, f64)> = found
        .gains
        .iter()
        .map(|g| (g.id.as_str(), g.gain))
        .collect();
    assert_eq!(got.len(), 3);
    assert_eq!((got[0].0, got[1].0, got[2].0), ("a", "b", "c"));
    assert!(
        close(got[0].1, 0.375 * 60.0)
            && close(got[1].1, 0.125 * 100.0)
            && close(got[2].1, 0.5 * 10.0)
    );
}

#[test]
fn a_missing_value_gains_what_reporting_it_at_the_best_would_add() {
    let tree = || vec![node("p", vec![percent("a"), percent("b")])];
    for (policy, expected) in [
        (MissingPolicy::Zero, 50.0),        // 0.5 · 100
        (MissingPolicy::Renormalize, 30.0), // 40 → (40 + 100) / 2
    ] {
        let mut c = criteria(tree());
        c.missing = policy;
        let a = run(&c, &simple(vec![vec![n(40.0), None]]));
        let found = gaps(&c, &a, &a.entities[0]);
        let b = found.gains.iter().find(|g| g.id == "b").unwrap();
        assert!(!b.reported);
        assert!(close(b.gain, expected), "{policy:?}: {}", b.gain);
    }
}

#[test]
fn the_last_step_stops_where_the_level_is_reached() {
    // Overall 40 (level 1); the next level starts at 50: a needs to rise by 20 points of score.
    let c = criteria(vec![node(
        "p",
        vec![indicator("a", Scale::Goalpost([0.0, 80.0])), percent("b")],
    )]);
    let a = run(&c, &simple(vec![vec![n(32.0), n(40.0)]]));
    let Outlook::Path(path) = gaps(&c, &a, &a.entities[0]).next else {
        panic!()
    };
    assert_eq!(path.steps.len(), 1);
    let step = &path.steps[0];
    assert_eq!(step.id, "a");
    assert!(step.partial && close(step.to, 60.0), "{step:?}");
    let Some(Target::AtLeast { value }) = step.target else {
        panic!("{step:?}")
    };
    assert!((value - 48.0).abs() < 1e-6, "{value}");
    assert!(close(path.deficit, 10.0));
}

#[test]
fn a_commune_at_the_top_level_says_so_and_an_unscored_one_has_no_path() {
    let c = criteria(vec![node("p", vec![percent("a")])]);
    let a = run(&c, &simple(vec![vec![n(95.0)], vec![None]]));
    let top = gaps(&c, &a, crate::score::testkit::get(&a, "a"));
    assert_eq!(top.next, Outlook::Top { level: 4 });
    let none = gaps(&c, &a, crate::score::testkit::get(&a, "b"));
    assert_eq!(none.next, Outlook::Unscored);
    assert!(none.gains.is_empty());
}

#[test]
fn the_weakest_pillar_is_named_when_it_holds_the_level_back() {
    let mut c = criteria(vec![
        node("p", vec![percent("a")]),
        node("q", vec![percent("b")]),
    ]);
    c.level_rule = LevelRule::WeakestPillar;
    let a = run(&c, &simple(vec![vec![n(100.0), n(20.0)]])); // overall 60 but q caps at level 0
    let Outlook::Path(path) = gaps(&c, &a, &a.entities[0]).next else {
        panic!()
    };
    assert_eq!(path.level, 1);
    assert!(path.deficit < 0.0);
    assert_eq!(path.held_back_by, vec![a.node("q").unwrap()]);
    assert_eq!(path.steps[0].id, "b");
    assert!(close(path.steps[0].to, 25.0));
}
