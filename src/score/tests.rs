//! End-to-end tests of `assess` on hand-built criteria and data.

use crate::criteria::{Aggregate, Direction, LevelRule, MissingPolicy, Node, Scale};
use crate::data::Raw;

use super::testkit::*;
use super::*;

fn two_pillars() -> Vec<Node> {
    vec![
        Node {
            weight: 3.0,
            ..node("gov", vec![percent("g1"), weighted(3.0, percent("g2"))])
        },
        node("eco", vec![percent("e1")]),
    ]
}

#[test]
fn the_flattened_tree_has_normalised_and_effective_weights() {
    let pillars = vec![
        Node {
            weight: 3.0,
            ..node("gov", vec![percent("g1"), weighted(3.0, percent("g2"))])
        },
        groups(
            "eco",
            vec![
                node("shop", vec![percent("e1")]),
                node("pay", vec![percent("e2")]),
            ],
        ),
    ];
    let a = run(&criteria(pillars), &simple(vec![vec![n(1.0); 4]]));
    let ids: Vec<&str> = a.nodes.iter().map(|node| node.id.as_str()).collect();
    assert_eq!(ids, ["gov", "g1", "g2", "eco", "shop", "e1", "pay", "e2"]);
    let weight = |id| a.nodes[a.node(id).unwrap()].weight;
    let effective = |id| a.nodes[a.node(id).unwrap()].effective_weight;
    assert!(close(weight("gov"), 0.75) && close(weight("g2"), 0.75) && close(weight("shop"), 0.5));
    assert!(close(effective("g2"), 0.5625) && close(effective("e2"), 0.125));
    let total: f64 = a
        .indicators
        .iter()
        .map(|&i| a.nodes[i].effective_weight)
        .sum();
    assert!(close(total, 1.0));
    assert_eq!(a.pillars, vec![0, 3]);
    assert_eq!(a.indicators, vec![1, 2, 5, 7]);
    let e2 = &a.nodes[7];
    assert_eq!(
        (e2.kind, e2.parent, e2.depth, e2.indicator),
        (NodeKind::Indicator, Some(6), 2, Some(3))
    );
    assert_eq!(a.nodes[4].kind, NodeKind::Group);
}

#[test]
fn pillars_and_the_index_are_weighted_means() {
    let a = run(
        &criteria(two_pillars()),
        &simple(vec![vec![n(40.0), n(80.0), n(20.0)]]),
    );
    let gov = 0.25 * 40.0 + 0.75 * 80.0;
    let entity = get(&a, "a");
    assert!(close(score(&a, "a", "gov").unwrap(), gov));
    assert!(close(entity.overall.unwrap(), 0.75 * gov + 0.25 * 20.0));
    assert_eq!(entity.level, Some(2));
    assert_eq!(entity.pillar_levels, vec![Some(2), Some(0)]);
    assert!(close(entity.coverage, 1.0));
    assert_eq!(entity.rank, Some(1));
}

#[test]
fn the_latest_period_is_scored_by_default_and_relative_scales_use_only_it() {
    let c = criteria(vec![node("p", vec![minmax("m", Direction::Higher)])]);
    let d = dataset(vec![
        Row("a", "d1", "xa", "2023", vec![n(0.0)]),
        Row("b", "d1", "xa", "2023", vec![n(1000.0)]),
        Row("a", "d1", "xa", "2024", vec![n(10.0)]),
        Row("b", "d1", "xa", "2024", vec![n(20.0)]),
        Row("c", "d1", "xa", "2024", vec![n(15.0)]),
    ]);
    let a = run(&c, &d);
    assert_eq!(a.period.as_deref(), Some("2024"));
    assert_eq!(a.periods, vec!["2023", "2024"]);
    assert_eq!(a.entities.len(), 3);
    assert_eq!(get(&a, "c").overall, Some(50.0));
    assert_eq!(get(&a, "c").entity, 4);
    let earlier = assess(
        &c,
        &d,
        &ScoreOptions {
            period: Some("2023".into()),
        },
    )
    .unwrap();
    assert_eq!(earlier.entities.len(), 2);
    assert_eq!(get(&earlier, "b").overall, Some(100.0));
}

#[test]
fn an_unknown_period_is_an_error_listing_the_periods_present() {
    let c = criteria(vec![node("p", vec![percent("x")])]);
    let d = dataset(vec![
        Row("a", "d", "k", "2023", vec![n(1.0)]),
        Row("a", "d", "k", "2024", vec![n(1.0)]),
    ]);
    let error = assess(
        &c,
        &d,
        &ScoreOptions {
            period: Some("2025".into()),
        },
    )
    .unwrap_err();
    assert_eq!(
        error.to_string(),
        "period '2025' is not in the data; periods present: 2023, 2024"
    );
}

#[test]
fn missing_policies_are_inherited_and_an_indicator_decides_its_own_values() {
    let mut c = criteria(vec![Node {
        missing: Some(MissingPolicy::Zero),
        ..node(
            "p",
            vec![
                percent("zeroed"),
                Indicator {
                    missing: Some(MissingPolicy::Renormalize),
                    ..percent("own")
                },
                percent("x"),
            ],
        )
    }]);
    c.missing = MissingPolicy::Renormalize;
    let a = run(&c, &simple(vec![vec![None, None, n(90.0)]]));
    // "zeroed" counts 0 (inherited), "own" is dropped (its own policy): (0 + 90) / 2.
    assert!(close(get(&a, "a").overall.unwrap(), 45.0));
    let treatments: Vec<(&str, &Treatment)> = a
        .data_quality
        .notes
        .iter()
        .map(|q| (a.nodes[q.node].id.as_str(), &q.treatment))
        .collect();
    assert_eq!(
        treatments,
        vec![("zeroed", &Treatment::Zeroed), ("own", &Treatment::Dropped)]
    );
    assert_eq!(get(&a, "a").flags, vec![Flag::Zeroed, Flag::Dropped]);
    assert!(close(get(&a, "a").coverage, 1.0 / 3.0));
}

use crate::criteria::Indicator;

#[test]
fn a_missing_child_node_counts_0_under_a_zero_parent() {
    let mut c = criteria(vec![Node {
        missing: Some(MissingPolicy::Zero),
        ..groups(
            "p",
            vec![
                node("full", vec![percent("a1")]),
                Node {
                    missing: Some(MissingPolicy::Renormalize),
                    min_coverage: Some(0.5),
                    ..node("gap", vec![percent("b1"), percent("b2"), percent("b3")])
                },
            ],
        )
    }]);
    c.min_coverage = 0.0;
    let a = run(&c, &simple(vec![vec![n(80.0), n(100.0), None, None]]));
    // "gap" has coverage 1/3 < 0.5: missing, and counts 0 under "p"'s zero policy.
    assert_eq!(score(&a, "a", "gap"), None);
    assert!(close(score(&a, "a", "p").unwrap(), 40.0));
    let gap = a
        .data_quality
        .notes
        .iter()
        .find(|q| a.nodes[q.node].id == "gap")
        .unwrap();
    assert_eq!(
        (gap.kind, &gap.treatment),
        (NodeKind::Group, &Treatment::Zeroed)
    );
    // Under renormalize the same node is dropped instead.
    if let crate::criteria::Children::Groups(g) = &mut c.pillars[0].children {
        g[0].missing = Some(MissingPolicy::Renormalize);
    }
    c.pillars[0].missing = Some(MissingPolicy::Renormalize);
    let a = run(&c, &simple(vec![vec![n(80.0), n(100.0), None, None]]));
    assert!(close(score(&a, "a", "p").unwrap(), 80.0));
}

#[test]
fn impute_uses_the_same_district_then_everyone() {
    let c = criteria(vec![Node {
        missing: Some(MissingPolicy::Impute),
        ..node("p", vec![percent("x"), percent("y")])
    }]);
    let d = dataset(vec![
        Row("a", "north", "xa", "", vec![n(40.0), n(10.0)]),
        Row("b", "north", "xa", "", vec![n(60.0), n(10.0)]),
        Row("c", "north", "xa", "", vec![None, n(10.0)]),
        Row("d", "south", "xa", "", vec![n(100.0), None]),
        Row("e", "east", "xa", "", vec![None, n(10.0)]),
    ]);
    let a = run(&c, &d);
    assert!(close(score(&a, "c", "x").unwrap(), 50.0)); // north: 40 and 60
    assert!(close(score(&a, "e", "x").unwrap(), 200.0 / 3.0)); // nobody in east: all three
    assert!(close(score(&a, "d", "y").unwrap(), 10.0));
    // The first note of commune `id`, and the donor group it names.
    let note_of = |id: &str| {
        let commune = get(&a, id);
        let mut notes = a.data_quality.notes.iter();
        let note = notes.find(|q| q.entity == commune.entity).unwrap();
        (note, note.treatment.group(&commune.groups))
    };
    let expected = Treatment::Imputed {
        score: 50.0,
        donors: 2,
        in_group: true,
    };
    let (note, group) = note_of("c");
    assert_eq!((&note.treatment, group), (&expected, Some("north")));
    assert_eq!(note_of("e").1, None, "east has no donors: everyone gave");
    assert_eq!(get(&a, "c").flags, vec![Flag::Imputed]);
    // Coverage counts reported values only: 0.5 < 0.7 would make "p" missing.
    assert!(close(get(&a, "c").coverage, 0.5));
}

#[test]
fn impute_with_no_donor_leaves_the_value_missing_and_says_so() {
    let c = criteria(vec![Node {
        missing: Some(MissingPolicy::Impute),
        ..node("p", vec![percent("x"), percent("y")])
    }]);
    let a = run(&c, &simple(vec![vec![None, n(30.0)], vec![None, n(50.0)]]));
    assert_eq!(score(&a, "a", "x"), None);
    assert!(close(get(&a, "a").overall.unwrap(), 30.0));
    assert!(
        a.data_quality
            .notes
            .iter()
            .all(|q| q.treatment == Treatment::NoDonor)
    );
    assert_eq!(a.data_quality.notes.len(), 2);
}

#[test]
fn min_coverage_is_inherited_and_overridable() {
    let mut c = criteria(vec![
        node(
            "strict",
            vec![percent("a"), percent("b"), percent("c"), percent("d")],
        ),
        Node {
            min_coverage: Some(0.25),
            ..node(
                "lax",
                vec![percent("e"), percent("f"), percent("g"), percent("h")],
            )
        },
    ]);
    c.min_coverage = 0.75;
    let row = vec![n(10.0), n(20.0), n(30.0), None, n(50.0), None, None, None];
    let a = run(&c, &simple(vec![row]));
    assert!(close(score(&a, "a", "strict").unwrap(), 20.0)); // coverage 0.75: exactly enough
    assert!(close(score(&a, "a", "lax").unwrap(), 50.0)); // coverage 0.25 against its own 0.25
    // The index has coverage 0.5 < 0.75 (criteria default): missing, unranked, listed last.
    let entity = get(&a, "a");
    assert!(close(entity.coverage, 0.5));
    assert_eq!(
        (entity.overall, entity.rank, entity.level),
        (None, None, None)
    );
    assert!(entity.flags.contains(&Flag::Unscored));
}

#[test]
fn weakest_pillar_caps_and_flags_the_level() {
    let mut c = criteria(two_pillars());
    c.level_rule = LevelRule::WeakestPillar;
    let a = run(
        &c,
        &simple(vec![
            vec![n(100.0), n(100.0), n(20.0)],
            vec![n(100.0), n(100.0), None],
        ]),
    );
    let capped = get(&a, "a");
    assert!(close(capped.overall.unwrap(), 80.0));
    assert_eq!(capped.level, Some(0));
    assert!(capped.flags.contains(&Flag::LevelCapped));
    // "b" has no economy score: the missing pillar does not cap.
    let b = get(&a, "b");
    assert_eq!((b.overall, b.level), (Some(100.0), Some(4)));
    assert_eq!(b.flags, vec![Flag::Dropped, Flag::MissingPillar]);
}

#[test]
fn geometric_index_with_a_zero_pillar() {
    let mut c = criteria(vec![
        node("p", vec![percent("x")]),
        node("q", vec![percent("y")]),
    ]);
    c.aggregate = Aggregate::Geometric;
    let a = run(&c, &simple(vec![vec![n(0.0), n(100.0)]]));
    assert!(close(get(&a, "a").overall.unwrap(), 10.0));
}

#[test]
fn entities_come_in_rank_order_with_group_ranks() {
    let c = criteria(vec![node("p", vec![percent("x")])]);
    let d = dataset(vec![
        Row("a", "north", "xa", "", vec![n(50.0)]),
        Row("b", "south", "xa", "", vec![n(90.0)]),
        Row("c", "north", "phuong", "", vec![n(70.0)]),
        Row("d", "south", "phuong", "", vec![None]),
        Row("e", "north", "xa", "", vec![n(70.0 - 1e-12)]),
    ]);
    let a = run(&c, &d);
    let order: Vec<(&str, Option<usize>)> =
        a.ranked().iter().map(|e| (e.id.as_str(), e.rank)).collect();
    assert_eq!(
        order,
        vec![
            ("b", Some(1)),
            ("c", Some(2)),
            ("e", Some(2)),
            ("a", Some(4)),
            ("d", None)
        ]
    );
    assert_eq!(get(&a, "a").group_ranks, vec![Some(3), Some(3)]);
    assert_eq!(get(&a, "e").group_ranks, vec![Some(1), Some(2)]);
    assert_eq!(get(&a, "b").group_ranks, vec![Some(1), Some(1)]);
    assert_eq!(get(&a, "d").group_ranks, vec![None, None]);
}

#[test]
fn observed_values_are_recorded_so_check_can_warn() {
    let c = criteria(vec![node(
        "p",
        vec![minmax("flat", Direction::Higher), percent("x")],
    )]);
    let a = run(&c, &simple(vec![vec![n(5.0), n(1.0)], vec![n(5.0), None]]));
    let flat = a.nodes[a.node("flat").unwrap()].observed.unwrap();
    assert!(flat.constant && flat.count == 2);
    assert!(a.entities.iter().all(|e| e.scores.get(1) == Some(100.0)));
    let x = a.nodes[a.node("x").unwrap()].observed.unwrap();
    assert_eq!((x.count, x.min, x.constant), (1, Some(1.0), true));
}

#[test]
fn observe_records_what_assess_records() {
    let c = criteria(vec![node(
        "p",
        vec![minmax("flat", Direction::Higher), percent("x")],
    )]);
    let data = simple(vec![
        vec![n(5.0), n(1.0)],
        vec![n(5.0), None],
        vec![None, n(3.0)],
    ]);
    let a = run(&c, &data);
    let observed = observe(&c, &data, &ScoreOptions::default()).unwrap();
    let expected: Vec<&NodeInfo> = a.indicators.iter().map(|&i| &a.nodes[i]).collect();
    assert_eq!(observed.iter().collect::<Vec<_>>(), expected);
    assert_eq!(observed[1].observed.unwrap().max, Some(3.0));
    let wrong_kind = simple(vec![vec![Some(Raw::Bool(true)), n(1.0)]]);
    assert_eq!(
        observe(&c, &wrong_kind, &ScoreOptions::default()).unwrap_err(),
        assess(&c, &wrong_kind, &ScoreOptions::default()).unwrap_err()
    );
}

#[test]
fn bad_input_is_an_error_not_a_panic() {
    let c = criteria(vec![node("p", vec![percent("x")])]);
    let wrong_kind = simple(vec![vec![Some(Raw::Bool(true))]]);
    let error = assess(&c, &wrong_kind, &ScoreOptions::default()).unwrap_err();
    assert!(
        matches!(error, ScoreError::Value { ref entity, ref indicator, .. } if entity == "a" && indicator == "x")
    );
    let wrong_width = simple(vec![vec![n(1.0), n(2.0)]]);
    assert!(matches!(
        assess(&c, &wrong_width, &ScoreOptions::default()),
        Err(ScoreError::Columns { .. })
    ));
    let mut zero_weight = c.clone();
    zero_weight.pillars[0].weight = 0.0;
    assert!(matches!(
        assess(&zero_weight, &simple(vec![]), &ScoreOptions::default()),
        Err(ScoreError::Weight { .. })
    ));
    let flat_goalpost = criteria(vec![node(
        "p",
        vec![indicator("x", Scale::Goalpost([5.0, 5.0]))],
    )]);
    assert!(matches!(
        assess(&flat_goalpost, &simple(vec![]), &ScoreOptions::default()),
        Err(ScoreError::Goalpost { .. })
    ));
}

#[test]
fn an_empty_dataset_scores_nobody() {
    let a = run(&criteria(two_pillars()), &simple(vec![]));
    assert!(a.entities.is_empty() && a.period.is_none());
}

#[test]
fn the_assessment_serialises_to_json() {
    let a = run(
        &criteria(two_pillars()),
        &simple(vec![vec![n(40.0), None, n(20.0)]]),
    );
    let json = serde_json::to_value(&a).unwrap();
    assert_eq!(json["entities"][0]["id"], "a");
    assert_eq!(json["nodes"][1]["kind"], "indicator");
    assert_eq!(json["nodes"][0]["aggregate"], "arithmetic");
    assert_eq!(json["data_quality"]["notes"][0]["treatment"], "dropped");
    let node = json["data_quality"]["notes"][0]["node"].as_u64().unwrap() as usize;
    assert_eq!(json["nodes"][node]["id"], "g2");
    assert_eq!(json["index"]["missing"], "renormalize");
}

#[test]
fn missing_pillar_unranked_takes_index_level_and_rank_away_and_lists_last() {
    let mut c = criteria(two_pillars());
    c.missing_pillar = crate::criteria::MissingPillar::Unranked;
    let rows = vec![
        vec![n(100.0), n(100.0), None],  // "a": no economy score
        vec![n(10.0), n(10.0), n(10.0)], // "b": weak but complete
    ];
    let a = run(&c, &simple(rows.clone()));
    let unranked = get(&a, "a");
    assert_eq!(
        (unranked.overall, unranked.level, unranked.rank),
        (None, None, None)
    );
    assert_eq!(
        unranked.flags,
        vec![Flag::Dropped, Flag::MissingPillar, Flag::Unranked]
    );
    // The pillar that has data keeps its score, for profiles and gaps.
    assert_eq!(score(&a, "a", "gov"), Some(100.0));
    let ids: Vec<&str> = a.ranked().iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["b", "a"]);
    assert_eq!(get(&a, "b").rank, Some(1));
    // Under the default the same commune is levelled and ranked on the pillar it has.
    c.missing_pillar = Default::default();
    let a = run(&c, &simple(rows));
    let renormalised = get(&a, "a");
    assert_eq!(
        (renormalised.overall, renormalised.rank),
        (Some(100.0), Some(1))
    );
    assert!(!renormalised.flags.contains(&Flag::Unranked));
}

#[test]
fn stored_scores_read_back_as_the_options_they_were_made_from() {
    let options = [Some(72.5), None, Some(0.0), Some(100.0), None];
    let scores = Scores::from(&options[..]);
    assert_eq!(scores.len(), 5);
    assert_eq!(scores.to_vec(), options);
    assert_eq!(scores.get(1), None);
    assert_eq!(scores.get(2), Some(0.0));
    assert_eq!(scores.get(5), None, "past the end is no score, not a panic");
    assert_eq!(format!("{scores:?}"), format!("{options:?}"));
    assert_eq!(
        serde_json::to_string(&scores).unwrap(),
        serde_json::to_string(&options).unwrap()
    );
    // Missing places compare equal (NaN is never equal to itself as an f64).
    assert_eq!(scores, Scores::from(&options[..]));
    assert_ne!(
        scores,
        Scores::from(&[Some(72.5), None, Some(0.0), Some(100.0), Some(1.0)][..])
    );
    assert_eq!(Scores::none(3).to_vec(), vec![None; 3]);
    assert!(Scores::none(0).is_empty());
}
