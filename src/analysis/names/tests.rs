use super::*;
use crate::score::testkit::{Row, criteria, dataset, n, node, percent, run};

#[test]
fn folding_ignores_case_composition_and_spaces() {
    assert_eq!(
        fold(" Cần  Giuộc "),
        fold("CA\u{0302}\u{0300}N GIUO\u{0323}\u{0302}C")
    );
    assert_eq!(fold("Thị Trấn"), "thị trấn");
}

#[test]
fn names_match_without_prefix_tone_marks_or_with_old_tone_placement() {
    assert!(same(
        "Xã Dương Xuân Hội",
        "Dương Xuân Hội",
        Looseness::Tones
    ));
    assert!(same("Xã Dương Xuân Hội", "duong xuan hoi", Looseness::Bare));
    assert!(same("Xã Nhơn Hòa", "Nhơn Hoà", Looseness::Tones));
    assert!(!same("Xã Nhơn Hòa", "Nhơn Hóa", Looseness::Tones));
    assert!(same("Huyện Cần Giuộc", "can giuoc", Looseness::Bare));
    assert!(same("Thị trấn Đức Hòa", "duc hoa", Looseness::Bare));
    // A name that is only a prefix word keeps it.
    assert_eq!(key("Phường", Looseness::Bare), "phuong");
}

#[test]
fn vietnamese_order_puts_letters_with_marks_after_their_base() {
    let mut names = vec![
        "Châu Thành",
        "Cần Giuộc",
        "Đức Hòa",
        "Dương Xuân",
        "An Lục Long",
        "Ấp",
        "Ăn",
        "Bến Lức",
    ];
    sort(&mut names);
    assert_eq!(
        names,
        [
            "An Lục Long",
            "Ăn",
            "Ấp",
            "Bến Lức",
            "Cần Giuộc",
            "Châu Thành",
            "Dương Xuân",
            "Đức Hòa"
        ]
    );
    let mut tones = vec!["ma", "mạ", "má", "mà"];
    sort(&mut tones);
    assert_eq!(tones, ["ma", "mà", "má", "mạ"]);
}

#[test]
fn a_commune_is_found_by_id_or_unambiguous_name() {
    let c = criteria(vec![node("p", vec![percent("x")])]);
    let mut d = dataset(vec![
        Row("A1", "d1", "xa", "", vec![n(10.0)]),
        Row("B2", "d2", "xa", "", vec![n(20.0)]),
        Row("C3", "d3", "xa", "", vec![n(30.0)]),
        Row("D4", "d3", "xa", "", vec![n(40.0)]),
    ]);
    d.entities[0].name = "Phường 4".into();
    d.entities[1].name = "Xã Long Hựu".into();
    d.entities[2].name = "Long Hựu".into();
    d.entities[3].name = "Xã Dương Xuân Hội".into();
    let a = run(&c, &d);
    let found = |w: &str| find(&a, w).map(|e| e.id.clone());
    assert_eq!(found("a1"), Ok("A1".into()));
    assert_eq!(found("PHƯỜNG 4"), Ok("A1".into()));
    assert_eq!(found("Duong Xuan Hoi"), Ok("D4".into()));
    assert_eq!(found("Dương Xuân Hội"), Ok("D4".into()));
    let Err(LookupError::Ambiguous { candidates, .. }) = find(&a, "long hựu") else {
        panic!("two communes are called Long Hựu")
    };
    let ids: Vec<&str> = candidates.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["C3", "B2"]);
    let Err(LookupError::Unknown { suggestion, .. }) = find(&a, "Phường 5") else {
        panic!("no Phường 5")
    };
    assert_eq!(suggestion.as_deref(), Some("Phường 4"));
}
