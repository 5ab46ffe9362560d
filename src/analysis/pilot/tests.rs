//! The selection rule on small hand-made cases.

use super::*;
use crate::analysis::names::fold;
use crate::criteria::Gate;
use crate::score::testkit::{Row, criteria, dataset, n, node, percent, run};

/// Two pillars `government` (indicator g) and `economy` (e); overall = (g + e) / 2.
fn assess(rows: &[(&str, &str, &str, f64, f64)]) -> (Criteria, Assessment) {
    let c = criteria(vec![
        node("government", vec![percent("g")]),
        node("economy", vec![percent("e")]),
    ]);
    let d = dataset(
        rows.iter()
            .map(|&(id, district, kind, g, e)| Row(id, district, kind, "", vec![n(g), n(e)]))
            .collect(),
    );
    let a = run(&c, &d);
    (c, a)
}

fn options(
    count: usize,
    gates: &[&str],
    spread: Option<&str>,
    cover: Option<&str>,
) -> PilotOptions {
    PilotOptions {
        count,
        gates: gates.iter().map(|g| Gate::parse(g).unwrap()).collect(),
        spread: spread.map(str::to_owned),
        cover: cover.map(str::to_owned),
        exclude: Vec::new(),
        mode: Mode::Ready,
    }
}

fn ids<'a>(a: &'a Assessment, picks: &[Pick]) -> Vec<&'a str> {
    picks
        .iter()
        .map(|p| a.entities[p.entity].id.as_str())
        .collect()
}

fn members<'a>(a: &'a Assessment, list: &[usize]) -> Vec<&'a str> {
    list.iter().map(|&e| a.entities[e].id.as_str()).collect()
}

fn waves(k: usize, m: usize) -> WaveOptions {
    WaveOptions {
        waves: k,
        per_wave: m,
        order: Order::Readiness,
        per_group: None,
    }
}

/// Nine communes over three districts and three kinds; the best two are xã of district d1.
fn province() -> (Criteria, Assessment) {
    assess(&[
        ("x1", "d1", "xã", 90.0, 90.0),
        ("x2", "d1", "xã", 85.0, 85.0),
        ("p1", "d1", "phường", 80.0, 80.0),
        ("p2", "d2", "phường", 70.0, 70.0),
        ("t1", "d2", "thị trấn", 75.0, 65.0),
        ("t2", "d3", "thị trấn", 40.0, 80.0),
        ("x3", "d3", "xã", 60.0, 60.0),
        ("x4", "d2", "xã", 30.0, 30.0),
        ("p3", "d3", "phường", 20.0, 20.0),
    ])
}

#[test]
fn cover_and_spread_take_one_of_each_kind_in_different_districts() {
    let (c, a) = province();
    let s = select(
        &c,
        &a,
        &options(3, &["government >= 50"], Some("district"), Some("kind")),
    )
    .unwrap();
    // Best xã x1 (d1); best phường p1 is in d1 too, so p2 (d2); best thị trấn t1 is in d2, and
    // t2 (d3) fails the gate, so t1 shares d2 and says so.
    assert_eq!(ids(&a, &s.picks), ["x1", "p2", "t1"]);
    let p = &s.picks;
    assert_eq!(
        p[0].how,
        How::Cover {
            value: "xã".into(),
            best: true
        }
    );
    assert_eq!(p[0].gates, [Shown::Score(Some(90.0))]);
    let place = |value: &str, nth, total| {
        Some(Place {
            value: value.into(),
            nth,
            total,
        })
    };
    assert_eq!(p[0].place, place("d1", 1, 1));
    assert_eq!(
        p[1].how,
        How::Cover {
            value: "phường".into(),
            best: false
        }
    );
    assert_eq!(p[2].place, place("d2", 2, 2));
    let passed: Vec<(&str, &PassedWhy)> = s
        .passed_over
        .iter()
        .map(|p| (a.entities[p.entity].id.as_str(), &p.why))
        .collect();
    let x1 = p[0].entity;
    assert_eq!(
        passed[0],
        (
            "x2",
            &PassedWhy::SameSpread {
                pick: x1,
                value: "d1".into()
            }
        )
    );
    assert_eq!(passed[1].0, "p1");
    assert_eq!(
        passed[2],
        (
            "t2",
            &PassedWhy::FailsGates(vec![(0, Shown::Score(Some(40.0)))])
        )
    );
}

#[test]
fn without_cover_the_spread_rule_picks_the_best_of_each_district_first() {
    let (c, a) = province();
    let s = select(&c, &a, &options(4, &[], Some("district"), None)).unwrap();
    // x1 (d1); d2's p2 and t1 tie at 70 and d3's t2 and x3 at 60: id order decides.
    assert_eq!(ids(&a, &s.picks), ["x1", "p2", "t2", "x2"]);
    assert_eq!(s.picks[0].how, How::BestOverall);
    assert_eq!(s.picks[3].how, How::Next);
    assert_eq!(
        s.picks[3].place.as_ref().map(|p| (p.nth, p.total)),
        Some((2, 2))
    );
}

#[test]
fn ties_are_broken_by_id_and_the_result_is_the_same_every_time() {
    let (c, a) = assess(&[
        ("b", "d1", "xã", 50.0, 50.0),
        ("a", "d2", "xã", 50.0, 50.0),
        ("c", "d3", "xã", 50.0, 50.0),
    ]);
    let first = select(&c, &a, &options(2, &[], Some("district"), Some("kind"))).unwrap();
    assert_eq!(ids(&a, &first.picks), ["a", "b"]);
    for _ in 0..5 {
        assert_eq!(
            select(&c, &a, &options(2, &[], Some("district"), Some("kind"))).unwrap(),
            first
        );
    }
}

#[test]
fn a_gate_that_excludes_a_whole_kind_is_noted_and_the_others_are_covered() {
    let (c, a) = province();
    let s = select(
        &c,
        &a,
        &options(3, &["kind != phường"], Some("district"), Some("kind")),
    )
    .unwrap();
    assert_eq!(ids(&a, &s.picks), ["x1", "t1", "t2"]);
    assert!(s.notes.contains(&Note::Uncovered {
        column: "kind".into(),
        value: "phường".into()
    }));
    assert_eq!(s.picks[0].gates, [Shown::Group("xã".into())]);
}

#[test]
fn a_count_larger_than_the_candidates_picks_what_exists_and_says_so() {
    let (c, a) = province();
    let s = select(
        &c,
        &a,
        &options(5, &["overall >= 75"], Some("district"), None),
    )
    .unwrap();
    assert_eq!(ids(&a, &s.picks), ["x1", "x2", "p1"]);
    assert_eq!(s.candidates, 3);
    assert_eq!(
        s.notes,
        [Note::FewerCandidates {
            candidates: 3,
            communes: 9,
            asked: 5
        }]
    );
}

#[test]
fn when_nothing_passes_each_gate_is_counted_most_first() {
    let (c, a) = province();
    let error = select(
        &c,
        &a,
        &options(
            3,
            &["coverage >= 0.5", "overall > 95", "economy >= 85"],
            None,
            None,
        ),
    )
    .unwrap_err();
    let PilotError::NoCandidates { gates, total, .. } = error else {
        panic!("{error:?}")
    };
    let counts: Vec<(String, usize)> = gates.iter().map(|(g, n)| (g.to_string(), *n)).collect();
    assert_eq!(
        counts,
        [
            ("overall > 95".to_owned(), 9),
            ("economy >= 85".to_owned(), 7)
        ]
    );
    assert_eq!(total, 9);
}

#[test]
fn gates_on_levels_coverage_and_groups_compare_as_documented() {
    let (c, a) = province();
    // Levels: L0 0, L25 25, L50 50, L75 75, L90 90; "L75" is level 4.
    let by_name = select(&c, &a, &options(9, &["level >= L75"], None, None)).unwrap();
    let by_number = select(&c, &a, &options(9, &["level >= 4"], None, None)).unwrap();
    assert_eq!(ids(&a, &by_name.picks), ["x1", "x2", "p1"]);
    assert_eq!(by_name.picks, by_number.picks);
    assert_eq!(by_name.picks[0].gates, [Shown::Level(Some(4))]);
    let cased = select(
        &c,
        &a,
        &options(9, &["kind = THI\u{0323} TRA\u{0302}\u{0301}N"], None, None),
    )
    .unwrap();
    assert_eq!(ids(&a, &cased.picks), ["t1", "t2"]);
    let bare = select(&c, &a, &options(9, &["kind = thi tran"], None, None)).unwrap();
    assert_eq!(ids(&a, &bare.picks), ["t1", "t2"]);
    let all = select(&c, &a, &options(9, &["coverage >= 1"], None, None)).unwrap();
    assert_eq!(all.picks.len(), 9);
}

#[test]
fn gate_values_outside_what_they_name_and_unknown_group_values_are_errors() {
    let (c, a) = province();
    let error = select(&c, &a, &options(3, &["coverage >= 90"], None, None)).unwrap_err();
    assert!(
        matches!(
            error,
            PilotError::OutOfRange {
                low: 0.0,
                high: 1.0,
                ..
            }
        ),
        "{error:?}"
    );
    let error = select(&c, &a, &options(3, &["government > 150"], None, None)).unwrap_err();
    assert!(
        matches!(error, PilotError::OutOfRange { high: 100.0, .. }),
        "{error:?}"
    );
    let error = select(&c, &a, &options(3, &["level >= 9"], None, None)).unwrap_err();
    assert!(
        matches!(error, PilotError::OutOfRange { high: 5.0, .. }),
        "{error:?}"
    );
    let error = select(&c, &a, &options(3, &["kind != phuong xa"], None, None)).unwrap_err();
    let PilotError::UnknownValue { values, .. } = error else {
        panic!("{error:?}")
    };
    assert_eq!(values, ["phường", "thị trấn", "xã"]);
}

#[test]
fn unknown_names_in_gates_and_columns_are_errors_with_suggestions() {
    let (c, a) = province();
    let error = select(&c, &a, &options(3, &["goverment >= 50"], None, None)).unwrap_err();
    let PilotError::UnknownGate {
        pillars,
        groups,
        suggestion,
        ..
    } = error
    else {
        panic!("{error:?}")
    };
    assert_eq!(
        (pillars.join(","), groups.join(",")),
        ("government,economy".into(), "district,kind".into())
    );
    assert_eq!(suggestion.as_deref(), Some("government"));
    let error = select(&c, &a, &options(3, &[], Some("distrct"), None)).unwrap_err();
    assert!(
        matches!(&error, PilotError::UnknownColumn { option: GroupOption::Spread, suggestion: Some(s), .. } if s == "district"),
        "{error:?}"
    );
    let error = select(&c, &a, &options(3, &["level >= Expert"], None, None)).unwrap_err();
    assert!(matches!(error, PilotError::UnknownLevel { .. }));
    let error = select(&c, &a, &options(3, &["overall >= high"], None, None)).unwrap_err();
    assert!(matches!(error, PilotError::TextForNumber(..)));
}

#[test]
fn excluded_and_already_piloted_communes_are_not_candidates_and_say_so() {
    let (c, mut a) = province();
    a.group_columns.push(ALREADY_PILOTED.into());
    for entity in &mut a.entities {
        let yes = if entity.id == "x2" { "có" } else { "" };
        entity.groups.push(yes.into());
    }
    let mut o = options(2, &[], Some("district"), None);
    o.exclude = vec![Exclusion::typed("x1"), Exclusion::typed("P2 NAME")];
    let s = select(&c, &a, &o).unwrap();
    assert_eq!(ids(&a, &s.picks), ["p1", "t1"]);
    assert_eq!(members(&a, &s.excluded), ["x1", "p2"]);
    assert_eq!(members(&a, &s.already_piloted), ["x2"]);
    let why: Vec<&PassedWhy> = s.passed_over.iter().map(|p| &p.why).collect();
    assert_eq!(why[..2], [&PassedWhy::Excluded, &PassedWhy::AlreadyPiloted]);
    o.exclude = vec![Exclusion::typed("nowhere")];
    assert!(matches!(
        select(&c, &a, &o),
        Err(PilotError::UnknownCommune { .. })
    ));
    a.entities[0].groups[2] = "maybe".into();
    o.exclude.clear();
    assert!(matches!(
        select(&c, &a, &o),
        Err(PilotError::NotYesNo { .. })
    ));
}

#[test]
fn replication_picks_the_closest_below_the_pilots_level_with_a_path() {
    let (c, a) = province();
    let mut o = options(2, &[], Some("district"), None);
    o.exclude = vec![Exclusion::typed("x1"), Exclusion::typed("x2")];
    o.mode = Mode::Replicate { target: None };
    let s = select(&c, &a, &o).unwrap();
    // x2 (85) is the lowest pilot, at L75; below it p2 and t1 (d2) tie at 70, t2 and x3 (d3) at 60.
    let target = s.target.unwrap();
    assert_eq!((target.level, target.from), (3, TargetFrom::Pilots));
    assert_eq!(ids(&a, &s.picks), ["p2", "t2"]);
    assert!(matches!(s.picks[0].how, How::Closest { shortfall } if (shortfall - 5.0).abs() < 1e-9));
    assert!(matches!(
        s.picks[0].path,
        Some(crate::analysis::gaps::Outlook::Path(_))
    ));
    o.mode = Mode::Replicate {
        target: Some("L50".into()),
    };
    let s = select(&c, &a, &o).unwrap();
    assert_eq!(ids(&a, &s.picks), ["x4", "p3"]);
}

#[test]
fn waves_serve_districts_in_turn_and_list_what_does_not_fit() {
    let (c, a) = province();
    let s = select(&c, &a, &options(2, &[], Some("district"), None)).unwrap();
    let plan = schedule(&a, &s, &waves(3, 2));
    let wave = |k: usize| members(&a, &plan.waves[k].members);
    assert_eq!(wave(0), ["x1", "p2"]);
    // Left in rank order: x2 d1, p1 d1, t1 d2, t2 d3, x3 d3, x4 d2, p3 d3.
    assert_eq!(wave(1), ["x2", "t1"]);
    assert_eq!(wave(2), ["p1", "t2"]);
    assert_eq!(members(&a, &plan.unscheduled), ["x3", "x4", "p3"]);
    assert_eq!(plan.waves[1].mean, Some((85.0 + 70.0) / 2.0));
    assert_eq!(plan.waves[1].touches[0], ["d1", "d2"]);
}

#[test]
fn waves_by_need_take_the_weakest_first_and_a_group_cap_holds() {
    let (c, a) = province();
    let s = select(&c, &a, &options(1, &[], Some("district"), None)).unwrap();
    let mut o = waves(3, 3);
    o.order = Order::Need;
    let plan = schedule(&a, &s, &o);
    assert_eq!(members(&a, &plan.waves[1].members), ["p3", "x4", "p1"]);
    o.order = Order::Readiness;
    o.per_group = Some(1);
    let plan = schedule(&a, &s, &o);
    // x2 and p1 (both d1) cannot share a wave; p2/t1 (d2), t2/x3 (d3) likewise.
    assert_eq!(members(&a, &plan.waves[1].members), ["x2", "p2", "t2"]);
    assert_eq!(members(&a, &plan.waves[2].members), ["p1", "t1", "x3"]);
}

#[test]
fn waves_past_the_last_commune_are_not_built() {
    let (c, a) = province();
    let s = select(&c, &a, &options(2, &[], None, None)).unwrap();
    let plan = schedule(&a, &s, &waves(usize::MAX, 4));
    assert_eq!(plan.asked, usize::MAX);
    assert_eq!(plan.waves.len(), 3);
    assert!(plan.unscheduled.is_empty());
    let plan = schedule(&a, &s, &waves(1, usize::MAX));
    assert_eq!((plan.waves.len(), plan.unscheduled.len()), (1, 7));
}

/// The selection rule written the obvious way (rescans), to hold the fast one to it.
mod reference {
    use super::*;

    fn key(a: &Assessment, e: usize, g: Option<usize>) -> Option<String> {
        g.map(|g| fold(&a.entities[e].groups[g]))
    }

    pub fn picks(
        a: &Assessment,
        count: usize,
        spread: Option<usize>,
        cover: Option<usize>,
    ) -> Vec<usize> {
        let candidates: Vec<usize> = (0..a.entities.len())
            .filter(|&e| a.entities[e].overall.is_some())
            .collect();
        let mut picks: Vec<usize> = Vec::new();
        let spread_count = |picks: &[usize], e: usize| {
            spread.map_or(0, |_| {
                picks
                    .iter()
                    .filter(|&&p| key(a, p, spread) == key(a, e, spread))
                    .count()
            })
        };
        if let Some(c) = cover {
            let mut values: Vec<(Option<String>, usize)> = Vec::new();
            for &e in &candidates {
                if !values.iter().any(|(k, _)| *k == key(a, e, Some(c))) {
                    values.push((key(a, e, Some(c)), e));
                }
            }
            for (k, best) in values {
                if picks.len() >= count {
                    continue;
                }
                let choice = candidates
                    .iter()
                    .copied()
                    .filter(|&e| key(a, e, Some(c)) == k && !picks.contains(&e))
                    .find(|&e| spread_count(&picks, e) == 0)
                    .unwrap_or(best);
                picks.push(choice);
            }
        }
        while picks.len() < count {
            let remaining: Vec<usize> = candidates
                .iter()
                .copied()
                .filter(|e| !picks.contains(e))
                .collect();
            let Some(fewest) = remaining.iter().map(|&e| spread_count(&picks, e)).min() else {
                break;
            };
            let next = remaining
                .iter()
                .copied()
                .find(|&e| spread_count(&picks, e) == fewest);
            picks.extend(next);
        }
        picks
    }

    pub fn waves(
        a: &Assessment,
        pilots: &[usize],
        spread: Option<usize>,
        k: usize,
        m: usize,
    ) -> Vec<Vec<usize>> {
        let mut remaining: Vec<usize> = (0..a.entities.len())
            .filter(|e| !pilots.contains(e))
            .collect();
        let mut out = vec![pilots.to_vec()];
        for _ in 1..k {
            let mut members: Vec<usize> = Vec::new();
            while members.len() < m && !remaining.is_empty() {
                let count = |e: usize| {
                    members
                        .iter()
                        .filter(|&&x| key(a, x, spread) == key(a, e, spread))
                        .count()
                };
                let fewest = remaining.iter().map(|&e| count(e)).min().unwrap_or(0);
                if let Some(at) = remaining.iter().position(|&e| count(e) == fewest) {
                    members.push(remaining.remove(at));
                }
            }
            if members.is_empty() {
                break;
            }
            out.push(members);
        }
        out
    }
}

proptest::proptest! {
    #[test]
    fn the_fast_selection_and_waves_match_the_rescanning_rule(
        rows in proptest::collection::vec((0u8..5, 0u8..3, 0u8..=20, 0u8..=20), 1..40),
        count in 1usize..12,
        spread in proptest::option::of(0usize..2),
        cover in proptest::option::of(0usize..2),
        k in 1usize..6,
        extra in 0usize..5,
    ) {
        let kinds = ["xã", "phường", "thị trấn"];
        let ids: Vec<String> = (0..rows.len()).map(|i| format!("c{i:02}")).collect();
        let districts: Vec<String> = rows.iter().map(|r| format!("d{}", r.0)).collect();
        let table: Vec<(&str, &str, &str, f64, f64)> = rows
            .iter()
            .enumerate()
            .map(|(i, r)| (ids[i].as_str(), districts[i].as_str(), kinds[r.1 as usize], f64::from(r.2) * 5.0, f64::from(r.3) * 5.0))
            .collect();
        let (c, a) = assess(&table);
        let columns = ["district", "kind"];
        let s = select(&c, &a, &options(count, &[], spread.map(|g| columns[g]), cover.map(|g| columns[g]))).unwrap();
        let fast: Vec<usize> = s.picks.iter().map(|p| p.entity).collect();
        proptest::prop_assert_eq!(&fast, &reference::picks(&a, count, spread, cover));
        let m = count + extra;
        let plan = schedule(&a, &s, &waves(k, m));
        let built: Vec<Vec<usize>> = plan.waves.iter().map(|w| w.members.clone()).collect();
        proptest::prop_assert_eq!(built, reference::waves(&a, &fast, spread, k, m));
    }
}

#[test]
fn a_covered_commune_passed_by_later_picks_was_passed_over_for_want_of_places() {
    let (c, a) = province();
    let at = |id: &str| a.entities.iter().position(|e| e.id == id).unwrap();
    let why_p2 = |count| {
        let s = select(&c, &a, &options(count, &[], None, Some("kind"))).unwrap();
        let passed = s.passed_over.iter().find(|p| p.entity == at("p2")).unwrap();
        (ids(&a, &s.picks), passed.why.clone())
    };
    let value = "phường".to_owned();
    // Three places, three kinds: every place covers a kind, so p2's kind being covered is why.
    let (picks, why) = why_p2(3);
    assert_eq!(picks, ["x1", "p1", "t1"]);
    let pick = at("p1");
    assert_eq!(
        why,
        PassedWhy::Covered {
            pick,
            value: value.clone()
        }
    );
    // A fourth place goes to x2, the next in rank order, another xã: p2 ranks below it, so the
    // places ran out, and the reason says that as well as the cover.
    let (picks, why) = why_p2(4);
    assert_eq!(picks, ["x1", "p1", "t1", "x2"]);
    assert_eq!(why, PassedWhy::CoveredAndFull { pick, value });
}
