use super::*;
use crate::score::testkit::{Row, criteria, dataset, n, node, percent, run as assess};

#[test]
fn cleaning_drops_binary_noise_and_stays_within_a_billionth() {
    assert_eq!(clean(96.29999999999998), 96.3);
    assert_eq!(clean(1.0000000000000002), 1.0);
    assert_eq!(clean(-0.0), 0.0);
    assert_eq!(clean(-1e-12).to_string(), "0");
    for x in [0.1 + 0.2, 100.0 / 3.0, 2.0 / 3.0, 12.345_678_901_234_5] {
        assert!((clean(x) - x).abs() <= 5e-11, "{x}");
    }
}

#[test]
fn the_model_counts_levels_and_describes_a_commune() {
    let c = criteria(vec![
        node("p", vec![percent("x")]),
        node("q", vec![percent("y")]),
    ]);
    let d = dataset(vec![
        Row("A1", "d1", "xa", "", vec![n(10.0), n(20.0)]),
        Row("B2", "d1", "xa", "", vec![n(96.3), n(80.0)]),
        Row("C3", "d2", "phuong", "", vec![None, None]),
    ]);
    let a = assess(&c, &d);
    let r = run(&c, &a, Lang::En);
    assert_eq!(r.communes, 3);
    assert_eq!(r.unscored, 1);
    let counted: usize = r.levels.iter().map(|l| l.count).sum();
    assert_eq!(counted + r.unscored, r.communes);
    assert_eq!(
        r.pillars.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(),
        ["p", "q"]
    );

    let entity = a.entity("B2").unwrap_or_else(|| panic!("B2 scored"));
    let commune = commune(&c, &d, &a, entity, None, Lang::En);
    assert_eq!(commune.display_name, "B2 name");
    assert_eq!(commune.groups, [("district", "d1"), ("kind", "xa")]);
    assert_eq!(commune.rank, Some(1));
    assert_eq!(commune.pillars().count(), 2);
    let x = commune
        .indicators()
        .next()
        .map(|i| (i.id, i.raw.clone(), i.gain));
    assert_eq!(x, Some(("x", Some(RawValue::Number(96.3)), None)));
    let json = serde_json::to_value(&commune).unwrap_or_default();
    assert_eq!(json["pillars"]["p"]["score"], serde_json::json!(96.3));
    assert_eq!(json["indicators"]["x"]["raw"], serde_json::json!(96.3));
    assert_eq!(json["level"], serde_json::json!(4));
}

#[test]
fn a_reused_description_equals_a_fresh_one_whatever_came_before() {
    // C3 has no values, so its notes and flags differ from the others': a refill that kept
    // anything of the commune before would show here.
    let c = criteria(vec![
        node("p", vec![percent("x")]),
        node("q", vec![percent("y")]),
    ]);
    let d = dataset(vec![
        Row("A1", "d1", "xa", "", vec![n(10.0), None]),
        Row("B2", "d1", "xa", "", vec![n(96.3), n(80.0)]),
        Row("C3", "d2", "phuong", "", vec![None, None]),
    ]);
    let a = assess(&c, &d);
    assert!(!a.data_quality.notes.is_empty(), "the fixture has notes");
    let describer = Describer::new(&c, &d, &a, Lang::En);
    let json = |commune: &Commune<'_>| serde_json::to_value(commune).unwrap_or_default();
    let mut reused = Commune::default();
    for order in [["A1", "B2", "C3"], ["C3", "B2", "A1"], ["B2", "C3", "A1"]] {
        for id in order {
            let entity = a.entity(id).unwrap_or_else(|| panic!("{id} scored"));
            describer.refill(&mut reused, entity, None);
            let fresh = commune(&c, &d, &a, entity, None, Lang::En);
            assert_eq!(json(&reused), json(&fresh), "{id} after another commune");
            assert_eq!(reused.notes.len(), fresh.notes.len(), "{id}");
        }
    }
}
