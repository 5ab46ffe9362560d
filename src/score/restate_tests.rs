//! Restatement: the weighted mean of old communes' indicator scores, then the usual tree.

use crate::criteria::{Direction, Scale};
use crate::crosswalk::{Part, Plan, PlanUnit};
use crate::data::{Dataset, Raw};

use super::testkit::*;
use super::{ScoreOptions, restate};

/// A part of old commune `entity` (id `a` + entity) with this share and weight.
fn part(entity: usize, share: f64, weight: f64) -> Part {
    Part {
        entity,
        code: ["a", "b", "c", "d"][entity].into(),
        name: String::new(),
        district: format!("D{entity}"),
        share,
        weight,
    }
}

fn plan(units: Vec<(&str, Vec<Part>)>) -> Plan {
    Plan {
        crosswalk: "map.csv".into(),
        group_columns: vec!["district".into(), "kind".into(), "former_district".into()],
        old_units: 4,
        units: units
            .into_iter()
            .enumerate()
            .map(|(line, (id, parts))| PlanUnit {
                id: id.into(),
                name: format!("{id} name"),
                groups: vec!["".into(), "xã".into(), parts[0].district.clone()],
                parts,
                absent: Vec::new(),
                line: line as u64 + 2,
            })
            .collect(),
    }
}

fn run_restate(
    criteria: &crate::criteria::Criteria,
    dataset: &Dataset,
    plan: &Plan,
) -> super::Restated {
    match restate(criteria, dataset, plan, &ScoreOptions::default()) {
        Ok(restated) => restated,
        Err(error) => panic!("restate failed: {error}"),
    }
}

#[test]
fn shares_and_weights_make_the_weighted_mean() {
    let criteria = criteria(vec![node("p", vec![percent("x")])]);
    let data = simple(vec![vec![n(40.0)], vec![n(80.0)], vec![n(10.0)]]);
    // N: half of a (weight 4) and all of b (weight 1): masses 2 and 1.
    let plan = plan(vec![
        ("N", vec![part(0, 0.5, 4.0), part(1, 1.0, 1.0)]),
        ("M", vec![part(0, 0.5, 4.0), part(2, 1.0, 2.0)]),
    ]);
    let restated = run_restate(&criteria, &data, &plan);
    let expected_n = (2.0 * 40.0 + 80.0) / 3.0;
    let expected_m = (2.0 * 40.0 + 2.0 * 10.0) / 4.0;
    assert!(close(
        score(&restated.assessment, "N", "x").expect("N"),
        expected_n
    ));
    assert!(close(
        score(&restated.assessment, "M", "x").expect("M"),
        expected_m
    ));
    assert!(close(
        score(&restated.assessment, "N", "p").expect("N"),
        expected_n
    ));
    let sources = &restated
        .assessment
        .restated
        .as_ref()
        .expect("restated")
        .sources;
    let n_sources: Vec<(&str, f64)> = sources[0]
        .iter()
        .map(|s| (s.code.as_str(), s.weight))
        .collect();
    assert_eq!(n_sources[0].0, "a");
    assert!(close(n_sources[0].1, 2.0 / 3.0) && close(n_sources[1].1, 1.0 / 3.0));
}

#[test]
fn an_old_unit_split_between_two_new_units_counts_in_both() {
    let criteria = criteria(vec![node("p", vec![percent("x")])]);
    let data = simple(vec![vec![n(90.0)], vec![n(30.0)]]);
    let plan = plan(vec![
        ("N", vec![part(0, 1.0, 1.0)]),
        ("M", vec![part(0, 1.0, 1.0), part(1, 1.0, 1.0)]),
    ]);
    let restated = run_restate(&criteria, &data, &plan);
    assert_eq!(score(&restated.assessment, "N", "x"), Some(90.0));
    assert_eq!(score(&restated.assessment, "M", "x"), Some(60.0));
}

#[test]
fn old_units_without_the_indicator_are_left_out_and_lower_its_coverage() {
    let criteria = criteria(vec![node("p", vec![percent("x"), percent("y")])]);
    let data = simple(vec![
        vec![n(40.0), n(50.0)],
        vec![None, n(70.0)],
        vec![None, None],
    ]);
    let plan = plan(vec![
        ("N", vec![part(0, 1.0, 1.0), part(1, 1.0, 3.0)]),
        ("M", vec![part(1, 1.0, 1.0), part(2, 1.0, 1.0)]),
    ]);
    let restated = run_restate(&criteria, &data, &plan);
    let assessment = &restated.assessment;
    assert_eq!(score(assessment, "N", "x"), Some(40.0));
    assert!(close(restated.coverages[0][0], 0.25));
    assert!(close(restated.coverages[1][0], 1.0));
    assert_eq!(restated.scores[0].get(1), None, "no old unit of M has x");
    // The tree aggregates as usual: y of N is (50 + 3·70)/4 = 65, p = mean(40, 65).
    assert!(close(score(assessment, "N", "p").expect("p"), 52.5));
    let x = assessment.node("x").expect("x");
    let p = assessment.node("p").expect("p");
    let n_result = get(assessment, "N");
    assert!(close(n_result.coverages.get(x), 0.25));
    assert!(close(n_result.coverages.get(p), (0.25 + 1.0) / 2.0));
    // M: x is missing (renormalised away), y is 70 with coverage one half.
    assert_eq!(score(assessment, "M", "p"), Some(70.0));
}

#[test]
fn scales_apply_to_the_old_raw_values_first() {
    let criteria = criteria(vec![node(
        "p",
        vec![
            indicator("yes", Scale::Boolean),
            minmax("m", Direction::Higher),
        ],
    )]);
    let data = simple(vec![
        vec![Some(Raw::Bool(true)), n(10.0)],
        vec![Some(Raw::Bool(false)), n(20.0)],
        vec![Some(Raw::Bool(true)), n(30.0)],
    ]);
    let plan = plan(vec![("N", vec![part(0, 1.0, 1.0), part(1, 1.0, 1.0)])]);
    let restated = run_restate(&criteria, &data, &plan);
    // yes: (100 + 0)/2; minmax over the three old communes: (0 + 50)/2, not over N alone.
    assert_eq!(score(&restated.assessment, "N", "yes"), Some(50.0));
    assert_eq!(score(&restated.assessment, "N", "m"), Some(25.0));
}

#[test]
fn restated_units_carry_the_plan_groups_and_say_they_were_restated() {
    let criteria = criteria(vec![node("p", vec![percent("x")])]);
    let data = simple(vec![vec![n(40.0)], vec![n(80.0)]]);
    let plan = plan(vec![
        ("N", vec![part(1, 1.0, 1.0)]),
        ("M", vec![part(0, 1.0, 1.0)]),
    ]);
    let restated = run_restate(&criteria, &data, &plan);
    let assessment = &restated.assessment;
    assert_eq!(
        assessment.group_columns,
        ["district", "kind", "former_district"]
    );
    assert_eq!(get(assessment, "N").groups[2], "D1");
    assert_eq!(get(assessment, "N").rank, Some(1));
    let restatement = assessment.restated.as_ref().expect("restated");
    assert_eq!(restatement.crosswalk, "map.csv");
    let entity = get(assessment, "M").entity;
    assert_eq!(restatement.sources[entity][0].code, "a");
    assert_eq!(restated.dataset.entities[entity].id, "M");
}

/// All 280 old communes of the new Tây Ninh (old Long An and old Tây Ninh) with made-up values,
/// some missing; each new unit's restated score must be the plain mean of its old communes'.
#[test]
fn every_new_tay_ninh_unit_is_the_plain_mean_of_its_old_communes() {
    use crate::crosswalk::{VN_2025_NAME, builtin, plan as make_plan};
    use crate::data::{Entity, RowRef};
    use std::sync::Arc;

    let map = builtin(VN_2025_NAME)
        .and_then(|loaded| loaded.crosswalk)
        .expect("the built-in map is valid");
    let in_tay_ninh = |l: &crate::crosswalk::Link| {
        map.units[l.unit]
            .columns
            .get("new_province")
            .is_some_and(|p| p == "80")
    };
    let mut old: Vec<&str> = map
        .links
        .iter()
        .filter(|l| in_tay_ninh(l))
        .map(|l| l.old_code.as_str())
        .collect();
    old.sort_unstable();
    old.dedup();
    assert_eq!(old.len(), 280);
    let criteria = criteria(vec![
        node("p", vec![percent("x"), percent("y")]),
        node("q", vec![minmax("m", Direction::Lower)]),
    ]);
    let mut data = Dataset::default();
    for (k, code) in old.iter().enumerate() {
        let entity = Entity {
            id: (*code).into(),
            name: String::new(),
            groups: vec![format!("D{}", k % 13), "xã".into()],
            period: None,
            synthetic: false,
            row: RowRef {
                file: Arc::from("old.csv"),
                line: k as u64 + 2,
            },
        };
        let x = (k * 37 % 101) as f64;
        let y = (k % 7 != 3).then(|| (k * 53 % 97) as f64);
        data.push(entity, [n(x), y.and_then(n), n((k * 11 % 29) as f64)]);
    }
    let members: Vec<usize> = (0..old.len()).collect();
    let plan = make_plan(&map, &data, &members, &criteria.entity.groups, "id", None)
        .expect("every old commune is in the map");
    assert_eq!(plan.units.len(), 96);
    let plain = run(&criteria, &data);
    let restated = run_restate(&criteria, &data, &plan);
    let mut checked = 0;
    for (u, unit) in plan.units.iter().enumerate() {
        for (i, column) in restated.scores.iter().enumerate() {
            let node = plain.indicators[i];
            let scores: Vec<f64> = unit
                .parts
                .iter()
                .filter_map(|p| plain.entity(&p.code).and_then(|e| e.scores.get(node)))
                .collect();
            let have_all = unit
                .parts
                .iter()
                .all(|p| data.columns[i][p.entity].is_some());
            let expected =
                (!scores.is_empty()).then(|| scores.iter().sum::<f64>() / scores.len() as f64);
            match (column.get(u), expected) {
                (Some(got), Some(want)) => {
                    assert!(close(got, want), "{} {i}: {got} vs {want}", unit.id)
                }
                (got, want) => assert_eq!(got, want, "{} {i}", unit.id),
            }
            let coverage = scores.len() as f64 / unit.parts.len() as f64;
            assert!(close(restated.coverages[i][u], coverage));
            assert_eq!(have_all, close(coverage, 1.0));
            checked += 1;
        }
    }
    assert_eq!(checked, 96 * 3);
}

mod invariants {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        /// A restated score lies between its old communes' scores, and the order of the old
        /// communes in the data does not change it.
        #[test]
        fn restated_scores_lie_between_their_parts_and_ignore_row_order(
            values in proptest::collection::vec(proptest::option::of(0.0f64..100.0), 2..8),
            masses in proptest::collection::vec((0.05f64..1.0, 0.1f64..50.0), 8),
        ) {
            let criteria = criteria(vec![node("p", vec![percent("x")])]);
            let count = values.len();
            let rows: Vec<_> = values.iter().map(|v| vec![v.and_then(n)]).collect();
            let data = simple(rows.clone());
            let parts = |order: &dyn Fn(usize) -> usize| -> Vec<Part> {
                (0..count)
                    .map(|k| Part {
                        code: format!("{k}"),
                        ..part(0, masses[k].0, masses[k].1)
                    })
                    .map(|mut p| { p.entity = order(p.code.parse().unwrap_or(0)); p })
                    .collect()
            };
            let forward = plan(vec![("N", parts(&|k| k))]);
            let restated = run_restate(&criteria, &data, &forward);
            let present: Vec<f64> = values.iter().flatten().copied().collect();
            match restated.scores[0].get(0) {
                None => prop_assert!(present.is_empty()),
                Some(score) => {
                    let low = present.iter().copied().fold(f64::INFINITY, f64::min);
                    let high = present.iter().copied().fold(f64::NEG_INFINITY, f64::max);
                    // The goalpost scale itself may move a raw value by its last bit.
                    prop_assert!(low - 1e-9 <= score && score <= high + 1e-9);
                }
            }
            let reversed_rows: Vec<_> = rows.into_iter().rev().collect();
            let reversed = simple(reversed_rows);
            let backward = plan(vec![("N", parts(&|k| count - 1 - k))]);
            let again = run_restate(&criteria, &reversed, &backward);
            match (restated.scores[0].get(0), again.scores[0].get(0)) {
                (Some(a), Some(b)) => prop_assert!((a - b).abs() < 1e-9),
                (a, b) => prop_assert_eq!(a, b),
            }
        }
    }
}
