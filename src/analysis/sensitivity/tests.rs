//! Sensitivity runs: the degenerate case, the reference engine, determinism across threads, stops.

use std::sync::atomic::AtomicBool;

use proptest::prelude::*;

use crate::criteria::Criteria;
use crate::data::Dataset;
use crate::score::prepared::{Prepared, Target};
use crate::score::proptests::{Kinds, case};
use crate::score::testkit::{criteria, n, node, percent, simple, weighted};
use crate::score::{ScoreOptions, assess};

use super::{
    CommuneRange, Replication, Sensitivity, SensitivityError, Settings, check, run, sample,
    top_shares,
};

fn settings(runs: usize) -> Settings {
    Settings {
        runs,
        weights: 0.25,
        vary_aggregate: true,
        vary_missing: true,
        seed: 7,
        top: 2,
        target: Target::Overall,
        keep_ranks: true,
    }
}

fn prepare(criteria: &Criteria, dataset: &Dataset) -> Prepared {
    match Prepared::new(criteria, dataset, &ScoreOptions::default()) {
        Ok(prepared) => prepared,
        Err(error) => panic!("the case does not score: {error}"),
    }
}

fn go(
    prepared: &Prepared,
    settings: &Settings,
) -> (Result<Sensitivity, SensitivityError>, Vec<Replication>) {
    let stop = AtomicBool::new(false);
    let mut seen = Vec::new();
    let mut record = |r: &Replication| seen.push(r.clone());
    let result = run(
        prepared,
        settings,
        &mut super::Hooks {
            stop: &stop,
            progress: &mut |_| {},
            replication: &mut record,
        },
    );
    (result, seen)
}

/// Six communes over two pillars, a gap in one, so that every kind of variation matters.
fn small() -> (Criteria, Dataset) {
    let c = criteria(vec![
        node("p", vec![percent("x"), weighted(2.0, percent("y"))]),
        node("q", vec![percent("z")]),
    ]);
    let d = simple(vec![
        vec![n(10.0), n(80.0), n(70.0)],
        vec![n(40.0), n(90.0), None],
        vec![n(90.0), n(30.0), n(55.0)],
        vec![n(60.0), n(60.0), n(60.0)],
        vec![n(5.0), n(95.0), n(20.0)],
        vec![n(75.0), None, n(85.0)],
    ]);
    (c, d)
}

#[test]
fn with_nothing_varied_every_interval_is_the_nominal_rank() {
    let (c, d) = small();
    let prepared = prepare(&c, &d);
    let fixed = Settings {
        weights: 0.0,
        vary_aggregate: false,
        vary_missing: false,
        ..settings(50)
    };
    let (result, runs) = go(&prepared, &fixed);
    let Ok(result) = result else {
        panic!("the run failed")
    };
    assert_eq!(runs.len(), 50);
    for commune in &result.communes {
        assert!(commune.nominal_rank.is_some());
        assert_eq!(commune.rank_low, commune.nominal_rank);
        assert_eq!(commune.rank_high, commune.nominal_rank);
        assert_eq!(commune.median_rank, commune.nominal_rank);
        assert!(commune.top_share == 0.0 || commune.top_share == 1.0);
        assert_eq!(commune.top_share == 1.0, commune.nominal_rank <= Some(2));
        assert_eq!(commune.score_low, commune.nominal_score);
        assert_eq!(commune.score_high, commune.nominal_score);
        assert_eq!(commune.score_mean, commune.nominal_score);
    }
    assert!(runs.iter().all(|r| r.correlation == Some(1.0)));
    assert!(result.least_stable.is_empty());
    assert_eq!(result.most_stable.len(), 3);
    assert_eq!(result.correlation.min, Some(1.0));
}

#[test]
fn varied_runs_spread_the_ranks_and_are_summarised_in_nominal_order() {
    let (c, d) = small();
    let prepared = prepare(&c, &d);
    let (result, _) = go(&prepared, &settings(200));
    let Ok(result) = result else {
        panic!("the run failed")
    };
    let ranks: Vec<Option<usize>> = result.communes.iter().map(|c| c.nominal_rank).collect();
    let mut sorted = ranks.clone();
    sorted.sort();
    assert_eq!(ranks, sorted);
    assert!(result.communes.iter().any(|c| c.width() > Some(0)));
    for commune in &result.communes {
        assert!(
            commune.rank_low <= commune.median_rank && commune.median_rank <= commune.rank_high
        );
        assert!(
            commune.score_low <= commune.score_mean && commune.score_mean <= commune.score_high
        );
    }
    let share: f64 = result.communes.iter().map(|c| c.top_share).sum();
    // Ties can put more than two in the top 2, never fewer while six are ranked.
    assert!(share >= 2.0 - 1e-12);
    assert_eq!(result.most_stable.len(), 3);
    assert!(
        result
            .least_stable
            .iter()
            .all(|at| !result.most_stable.contains(at))
    );
    let widths = |list: &[usize]| -> Vec<Option<usize>> {
        list.iter().map(|&at| result.communes[at].width()).collect()
    };
    assert!(widths(&result.most_stable).windows(2).all(|w| w[0] <= w[1]));
    assert!(
        widths(&result.least_stable)
            .windows(2)
            .all(|w| w[0] >= w[1])
    );
}

#[test]
fn top_shares_for_pilot_match_the_full_run() {
    let (c, d) = small();
    let prepared = prepare(&c, &d);
    let (result, _) = go(&prepared, &settings(64));
    let Ok(result) = result else {
        panic!("the run failed")
    };
    let Ok(shares) = top_shares(&prepared, &settings(64)) else {
        panic!("top shares failed")
    };
    assert_eq!(shares.len(), result.communes.len());
    for (entity, share) in shares {
        assert_eq!(result.top_share(entity), Some(share));
    }
}

#[test]
fn one_and_two_threads_give_the_same_results() {
    let (c, d) = small();
    let prepared = prepare(&c, &d);
    let with = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build();
        let Ok(pool) = pool else {
            panic!("no thread pool")
        };
        pool.install(|| go(&prepared, &settings(300)))
    };
    let (one, one_runs) = with(1);
    let (two, two_runs) = with(2);
    assert_eq!(one, two);
    assert_eq!(one_runs, two_runs);
    // Another seed draws other parameters.
    let other = Settings {
        seed: 8,
        ..settings(300)
    };
    assert_ne!(go(&prepared, &other).1, one_runs);
}

#[test]
fn a_stop_before_the_first_wave_ends_the_run_with_nothing() {
    let (c, d) = small();
    let prepared = prepare(&c, &d);
    let stop = AtomicBool::new(true);
    let mut count = 0;
    let result = run(
        &prepared,
        &settings(10),
        &mut super::Hooks {
            stop: &stop,
            progress: &mut |_| {},
            replication: &mut |_| count += 1,
        },
    );
    assert_eq!(result, Err(SensitivityError::Interrupted));
    assert_eq!(count, 0);
}

#[test]
fn settings_that_cannot_apply_are_refused_before_any_work() {
    let (mut c, _) = small();
    assert_eq!(check(&settings(10), &c), Ok(()));
    assert_eq!(check(&settings(0), &c), Err(SensitivityError::NoRuns));
    let wide = Settings {
        weights: 1.0,
        ..settings(10)
    };
    assert_eq!(check(&wide, &c), Err(SensitivityError::Weights(1.0)));
    let nan = Settings {
        weights: f64::NAN,
        ..settings(10)
    };
    assert!(matches!(check(&nan, &c), Err(SensitivityError::Weights(_))));
    let none = Settings {
        top: 0,
        ..settings(10)
    };
    assert_eq!(check(&none, &c), Err(SensitivityError::NoTop));
    c.entity.groups.clear();
    assert_eq!(
        check(&settings(10), &c),
        Err(SensitivityError::ImputeWithoutGroups)
    );
    let keep = Settings {
        vary_missing: false,
        ..settings(10)
    };
    assert_eq!(check(&keep, &c), Ok(()));
}

const ALL: Kinds = Kinds {
    extreme: true,
    relative: true,
    impute: true,
};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Each replication's ranks are those of the ordinary engine on the criteria changed by the
    /// replication's sampled parameters.
    #[test]
    fn replications_rank_as_the_engine_on_changed_criteria(
        (criteria, dataset) in case(ALL),
        seed in any::<u64>(),
    ) {
        let Ok(prepared) = Prepared::new(&criteria, &dataset, &ScoreOptions::default()) else {
            return Ok(());
        };
        let s = Settings { seed, runs: 6, ..settings(6) };
        let (result, runs) = go(&prepared, &s);
        prop_assert!(result.is_ok());
        prop_assert_eq!(runs.len(), 6);
        for replication in &runs {
            prop_assert_eq!(&replication.parameters, &sample(&prepared, &s, replication.number - 1));
            let changed = replication.parameters.overrides(&prepared).apply_to(&criteria);
            let Ok(reference) = assess(&changed, &dataset, &ScoreOptions::default()) else {
                return Err(TestCaseError::fail("the changed criteria do not score"));
            };
            let want: Vec<u32> = prepared.members().iter().map(|&e| {
                reference.entities.iter().find(|r| r.entity == e)
                    .and_then(|r| r.rank).map_or(0, |r| r as u32)
            }).collect();
            prop_assert_eq!(replication.ranks.as_ref(), Some(&want));
        }
    }
}

#[test]
fn a_commune_pinned_at_the_last_rank_is_not_called_most_stable() {
    // Ranks 1 to 6; the last never moves, because it cannot fall further.
    let bands = [(1, 2), (1, 3), (2, 5), (3, 5), (4, 6), (6, 6)];
    let communes: Vec<CommuneRange> = bands
        .iter()
        .enumerate()
        .map(|(k, &(low, high))| CommuneRange {
            member: k,
            entity: k,
            nominal_rank: Some(k + 1),
            nominal_score: Some(90.0 - k as f64),
            median_rank: Some(k + 1),
            rank_low: Some(low),
            rank_high: Some(high),
            top_share: 0.0,
            ranked_share: 1.0,
            score_mean: None,
            score_low: None,
            score_high: None,
        })
        .collect();
    let (most, least) = super::stability(&communes);
    // Without the rule the pinned commune (width 0) would come first.
    assert_eq!(most, [0, 1, 3], "the narrowest intervals off the floor");
    assert_eq!(least, [2, 4]);
}
