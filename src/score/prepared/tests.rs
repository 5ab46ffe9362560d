//! The prepared scorer against the engine: bit-identical scores without overrides, and the same
//! scores and ranks as `assess` on criteria changed by the overrides.

use proptest::prelude::*;

use crate::criteria::{Aggregate, Criteria, MissingPolicy};
use crate::data::Dataset;
use crate::score::proptests::{Kinds, case};
use crate::score::{Assessment, ScoreOptions, assess};

use super::{Overrides, Prepared, Target};

const ALL: Kinds = Kinds {
    extreme: true,
    relative: true,
    impute: true,
};

/// The engine's overall score and rank of each member, in the order of `members`.
fn engine(assessment: &Assessment, members: &[usize]) -> Vec<(Option<f64>, Option<usize>)> {
    members
        .iter()
        .map(|&e| {
            let result = assessment.entities.iter().find(|r| r.entity == e);
            result.map_or((None, None), |r| (r.overall, r.rank))
        })
        .collect()
}

fn prepared(criteria: &Criteria, dataset: &Dataset) -> Option<Prepared> {
    Prepared::new(criteria, dataset, &ScoreOptions::default()).ok()
}

fn fast(prepared: &Prepared, overrides: &Overrides) -> Vec<(Option<f64>, Option<usize>)> {
    let scores = prepared.evaluate(&prepared.plan(overrides), Target::Overall);
    let ranks = prepared.rank(&scores);
    scores
        .into_iter()
        .zip(ranks.rank)
        .map(|(s, r)| (s, (r > 0).then_some(r as usize)))
        .collect()
}

fn bits(rows: &[(Option<f64>, Option<usize>)]) -> Vec<(Option<u64>, Option<usize>)> {
    rows.iter()
        .map(|(s, r)| (s.map(f64::to_bits), *r))
        .collect()
}

fn overrides() -> impl Strategy<Value = (Vec<f64>, Vec<bool>, bool, Option<u8>)> {
    (
        prop::collection::vec(0.5..1.5f64, 40),
        prop::collection::vec(any::<bool>(), 40),
        any::<bool>(),
        prop::option::of(0..3u8),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn without_overrides_the_kernel_is_the_engine_bit_for_bit((criteria, dataset) in case(ALL)) {
        let Ok(assessment) = assess(&criteria, &dataset, &ScoreOptions::default()) else {
            return Ok(());
        };
        let Some(prepared) = prepared(&criteria, &dataset) else {
            return Err(TestCaseError::fail("the engine scored what the kernel refused"));
        };
        let want = engine(&assessment, prepared.members());
        prop_assert_eq!(bits(&fast(&prepared, &Overrides::default())), bits(&want));
        // Pillar scores too, as `--by` uses them.
        for &p in prepared.pillars() {
            let got = prepared.evaluate(&prepared.plan(&Overrides::default()), Target::Node(p));
            let want: Vec<Option<u64>> = prepared.members().iter().map(|&e| {
                assessment.entities.iter().find(|r| r.entity == e).and_then(|r| r.scores.get(p)).map(f64::to_bits)
            }).collect();
            prop_assert_eq!(got.iter().map(|s| s.map(f64::to_bits)).collect::<Vec<_>>(), want);
        }
    }

    #[test]
    fn overrides_give_what_the_engine_gives_on_changed_criteria(
        (criteria, dataset) in case(ALL),
        (factors, geometric, index_geometric, missing) in overrides(),
    ) {
        let Some(prepared) = prepared(&criteria, &dataset) else { return Ok(()) };
        let nodes = prepared.nodes().len();
        let pick = |g: bool| if g { Aggregate::Geometric } else { Aggregate::Arithmetic };
        let overrides = Overrides {
            weight_factors: Some(factors.iter().copied().cycle().take(nodes).collect()),
            aggregates: Some(geometric.iter().copied().cycle().take(nodes).map(pick).collect()),
            index_aggregate: Some(pick(index_geometric)),
            missing: missing.map(|m| [MissingPolicy::Renormalize, MissingPolicy::Zero, MissingPolicy::Impute][usize::from(m)]),
        };
        let changed = overrides.apply_to(&criteria);
        let Ok(reference) = assess(&changed, &dataset, &ScoreOptions::default()) else {
            return Err(TestCaseError::fail("changed criteria failed to score"));
        };
        let want = engine(&reference, prepared.members());
        prop_assert_eq!(bits(&fast(&prepared, &overrides)), bits(&want));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100))]

    /// Several plans over ranges of communes split anywhere give each plan's own scores, bit for
    /// bit, whatever the target.
    #[test]
    fn many_plans_over_split_ranges_give_each_plans_scores(
        (criteria, dataset) in case(ALL),
        plans in prop::collection::vec(overrides(), 1..4),
        split in 0.0..1.0f64,
        target in 0..6usize,
    ) {
        let Some(prepared) = prepared(&criteria, &dataset) else { return Ok(()) };
        let nodes = prepared.nodes().len();
        let target = if target == 0 { Target::Overall } else { Target::Node((target * 7) % (nodes + 1)) };
        let pick = |g: bool| if g { Aggregate::Geometric } else { Aggregate::Arithmetic };
        let plans: Vec<_> = plans
            .iter()
            .map(|(factors, geometric, index_geometric, missing)| {
                prepared.plan(&Overrides {
                    weight_factors: Some(factors.iter().copied().cycle().take(nodes).collect()),
                    aggregates: Some(geometric.iter().copied().cycle().take(nodes).map(pick).collect()),
                    index_aggregate: Some(pick(*index_geometric)),
                    missing: missing.map(|m| [MissingPolicy::Renormalize, MissingPolicy::Zero, MissingPolicy::Impute][usize::from(m)]),
                })
            })
            .collect();
        let n = prepared.members().len();
        let cut = ((n as f64) * split) as usize;
        let mut scratch = super::Scratch::default();
        let mut head: Vec<Vec<f64>> = vec![vec![0.0; cut]; plans.len()];
        let mut tail: Vec<Vec<f64>> = vec![vec![0.0; n - cut]; plans.len()];
        let mut outs: Vec<&mut [f64]> = head.iter_mut().map(Vec::as_mut_slice).collect();
        prepared.evaluate_many(&plans, target, 0, &mut scratch, &mut outs);
        let mut outs: Vec<&mut [f64]> = tail.iter_mut().map(Vec::as_mut_slice).collect();
        prepared.evaluate_many(&plans, target, cut, &mut scratch, &mut outs);
        for (p, plan) in plans.iter().enumerate() {
            let mut whole = vec![0.0; n];
            prepared.evaluate_into(plan, target, &mut super::Scratch::default(), &mut whole);
            let got: Vec<u64> = head[p].iter().chain(&tail[p]).map(|s| s.to_bits()).collect();
            let want: Vec<u64> = whole.iter().map(|s| s.to_bits()).collect();
            prop_assert_eq!(got, want);
        }
    }
}

#[test]
fn an_unknown_target_node_gives_missing_scores() {
    use crate::score::testkit::{criteria, n, node, percent, simple};
    let c = criteria(vec![node("p", vec![percent("x")])]);
    let d = simple(vec![vec![n(10.0)], vec![n(20.0)]]);
    let Some(prepared) = prepared(&c, &d) else {
        panic!("the case scores")
    };
    let plan = prepared.plan(&Overrides::default());
    assert_eq!(prepared.evaluate(&plan, Target::Node(99)), vec![None, None]);
    assert_eq!(
        prepared.evaluate(&plan, Target::Overall),
        vec![Some(10.0), Some(20.0)]
    );
}
