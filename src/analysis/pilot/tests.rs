//! The selection rule on small hand-made cases.

use super::*;
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
        lang: "en".into(),
    }
}

fn ids<'a>(a: &'a Assessment, picks: &[Pick]) -> Vec<&'a str> {
    picks
        .iter()
        .map(|p| a.entities[p.entity].id.as_str())
        .collect()
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
    assert!(
        s.picks[0]
            .reason
            .starts_with("best xã; overall 90.0, rank 1; government 90.0 ≥ 50; only pick in d1"),
        "{}",
        s.picks[0].reason
    );
    assert!(
        s.picks[1]
            .reason
            .starts_with("best phường outside the district values already picked"),
        "{}",
        s.picks[1].reason
    );
    assert!(
        s.picks[2]
            .reason
            .ends_with("pick 2 of 2 in d2: every district with candidates left already had 1"),
        "{}",
        s.picks[2].reason
    );
    let passed: Vec<(&str, &str)> = s
        .passed_over
        .iter()
        .map(|p| (a.entities[p.entity].id.as_str(), p.reason.as_str()))
        .collect();
    assert_eq!(
        passed[0],
        ("x2", "passed over: same district as x1 name (d1)")
    );
    assert_eq!(
        passed[1],
        ("p1", "passed over: same district as x1 name (d1)")
    );
    assert_eq!(passed[2].0, "t2");
    assert!(
        passed[2]
            .1
            .starts_with("fails gate government ≥ 50 (government 40.0)")
    );
}

#[test]
fn without_cover_the_spread_rule_picks_the_best_of_each_district_first() {
    let (c, a) = province();
    let s = select(&c, &a, &options(4, &[], Some("district"), None)).unwrap();
    // x1 (d1); d2's p2 and t1 tie at 70 and d3's t2 and x3 at 60: id order decides.
    assert_eq!(ids(&a, &s.picks), ["x1", "p2", "t2", "x2"]);
    assert!(
        s.picks[3].reason.contains("pick 2 of 2 in d1"),
        "{}",
        s.picks[3].reason
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
    assert!(
        s.notes
            .iter()
            .any(|n| n == "no commune of kind phường passes the gates, so none is picked"),
        "{:?}",
        s.notes
    );
    assert!(
        s.picks[0].reason.contains("kind xã ≠ phường"),
        "{}",
        s.picks[0].reason
    );
}

#[test]
fn a_spread_column_with_a_single_value_still_fills_the_count() {
    let (c, a) = assess(&[
        ("a", "d1", "xã", 80.0, 80.0),
        ("b", "d1", "xã", 70.0, 70.0),
        ("c", "d1", "xã", 60.0, 60.0),
    ]);
    let s = select(&c, &a, &options(2, &[], Some("district"), None)).unwrap();
    assert_eq!(ids(&a, &s.picks), ["a", "b"]);
    assert!(s.picks[0].reason.ends_with("first of 2 picks in d1"));
    assert!(
        s.picks[1]
            .reason
            .ends_with("pick 2 of 2 in d1: every district with candidates left already had 1")
    );
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
        ["only 3 of 9 communes pass the gates; 5 were asked for"]
    );
}

#[test]
fn when_nothing_passes_the_gate_that_excluded_most_is_named() {
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
    assert_eq!(
        error.to_string(),
        "no commune passes the gates: 'overall > 95' excluded the most (9 of 9 communes); 'economy ≥ 85' excluded 7, 'coverage ≥ 0.5' excluded 0"
    );
}

#[test]
fn gates_on_levels_coverage_and_groups_compare_as_documented() {
    let (c, a) = province();
    // Levels: L0 0, L25 25, L50 50, L75 75, L90 90; "L75" is level 4.
    let by_name = select(&c, &a, &options(9, &["level >= L75"], None, None)).unwrap();
    let by_number = select(&c, &a, &options(9, &["level >= 4"], None, None)).unwrap();
    assert_eq!(ids(&a, &by_name.picks), ["x1", "x2", "p1"]);
    assert_eq!(ids(&a, &by_name.picks), ids(&a, &by_number.picks));
    assert!(
        by_number.picks[0].reason.contains("level 5 (L90) ≥ 4"),
        "{}",
        by_number.picks[0].reason
    );
    assert!(
        by_name.picks[0].reason.contains("level 5 (L90) ≥ L75"),
        "{}",
        by_name.picks[0].reason
    );
    let cased = select(
        &c,
        &a,
        &options(9, &["kind = THI\u{0323} TRA\u{0302}\u{0301}N"], None, None),
    )
    .unwrap();
    assert_eq!(ids(&a, &cased.picks), ["t1", "t2"]);
    assert!(
        select(&c, &a, &options(9, &["coverage >= 1"], None, None))
            .unwrap()
            .picks
            .len()
            == 9
    );
}

#[test]
fn unknown_names_in_gates_and_columns_are_errors_with_suggestions() {
    let (c, a) = province();
    let error = select(&c, &a, &options(3, &["goverment >= 50"], None, None)).unwrap_err();
    let text = error.to_string();
    assert!(
        text.contains("pillars: government, economy; groups: district, kind")
            && text.ends_with("(did you mean 'government'?)"),
        "{text}"
    );
    let error = select(&c, &a, &options(3, &[], Some("distrct"), None)).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("--spread 'distrct' is not a group column"),
        "{error}"
    );
    let error = select(&c, &a, &options(3, &["level >= Expert"], None, None)).unwrap_err();
    assert!(matches!(error, PilotError::UnknownLevel(..)));
    let error = select(&c, &a, &options(3, &["overall >= high"], None, None)).unwrap_err();
    assert!(matches!(error, PilotError::TextForNumber(..)));
}

#[test]
fn waves_serve_districts_in_turn_and_list_what_does_not_fit() {
    let (c, a) = province();
    let s = select(&c, &a, &options(2, &[], Some("district"), None)).unwrap();
    let plan = schedule(&a, &s, 3, 2);
    let wave = |k: usize| {
        plan.waves[k]
            .members
            .iter()
            .map(|&e| a.entities[e].id.as_str())
            .collect::<Vec<_>>()
    };
    assert_eq!(wave(0), ["x1", "p2"]);
    // Left in rank order: x2 d1, p1 d1, t1 d2, t2 d3, x3 d3, x4 d2, p3 d3.
    assert_eq!(wave(1), ["x2", "t1"]);
    assert_eq!(wave(2), ["p1", "t2"]);
    let rest: Vec<&str> = plan
        .unscheduled
        .iter()
        .map(|&e| a.entities[e].id.as_str())
        .collect();
    assert_eq!(rest, ["x3", "x4", "p3"]);
    assert_eq!(plan.waves[1].mean, Some((85.0 + 70.0) / 2.0));
}
