//! The crosswalk loader's checks and the plan, on small hand-made files.

use super::*;
use crate::diagnostics::Severity;

fn load(text: &str) -> Loaded {
    load_bytes(text.as_bytes(), "map.csv")
}

fn codes(loaded: &Loaded) -> Vec<(&'static str, u32, u32, Severity)> {
    loaded
        .findings
        .iter()
        .map(|f| (f.code, f.line, f.column, f.severity))
        .collect()
}

#[test]
fn a_plain_map_loads_with_shares_of_one() {
    let loaded = load("old_code,new_code,new_name,new_kind\n1,10,Xã Mười,xã\n2,10,Xã Mười,xã\n");
    assert_eq!(loaded.findings, Vec::new());
    let crosswalk = loaded.crosswalk.expect("valid");
    assert_eq!(crosswalk.units.len(), 1);
    assert_eq!(crosswalk.units[0].name, "Xã Mười");
    assert_eq!(crosswalk.units[0].columns["new_kind"], "xã");
    assert!(
        crosswalk
            .links
            .iter()
            .all(|l| l.share == 1.0 && l.unit == 0)
    );
    assert_eq!(crosswalk.links[1].line, 3);
}

#[test]
fn a_share_of_1_4_is_an_error_at_its_cell() {
    let loaded = load("old_code,new_code,share\n1,10,1.4\n");
    assert!(loaded.crosswalk.is_none());
    assert_eq!(codes(&loaded), [("X003", 2, 3, Severity::Error)]);
    assert!(loaded.findings[0].message.contains("'1.4'"));
    assert_eq!(loaded.findings[0].path, "share");
}

#[test]
fn a_share_that_is_not_a_number_is_an_error() {
    let loaded = load("old_code,new_code,share\n1,10,half\n");
    assert_eq!(codes(&loaded), [("X003", 2, 3, Severity::Error)]);
}

#[test]
fn an_old_unit_mapped_twice_to_the_same_new_unit_names_both_lines() {
    let loaded = load("old_code,new_code\n1,10\n2,10\n1,10\n");
    assert!(loaded.crosswalk.is_none());
    assert_eq!(codes(&loaded), [("X004", 4, 1, Severity::Error)]);
    assert!(loaded.findings[0].message.contains("first at line 2"));
}

#[test]
fn a_new_unit_with_no_old_unit_is_an_error_unless_listed_as_such() {
    let loaded = load("old_code,new_code,part\n1,10,full\n,11,\n");
    assert!(loaded.crosswalk.is_none());
    assert_eq!(codes(&loaded), [("X005", 3, 1, Severity::Error)]);
    let listed = load("old_code,new_code,part\n1,10,full\n,11,none\n");
    assert_eq!(listed.findings, Vec::new());
    let crosswalk = listed.crosswalk.expect("valid");
    assert!(crosswalk.unit("11").is_some_and(|u| u.no_old_unit));
}

#[test]
fn a_new_unit_whose_every_share_is_zero_has_no_old_unit() {
    let loaded = load("old_code,new_code,share\n1,10,1\n1,11,0\n");
    assert_eq!(codes(&loaded), [("X005", 3, 3, Severity::Error)]);
}

#[test]
fn shares_that_do_not_sum_to_one_are_a_warning() {
    let loaded = load("old_code,new_code,share\n1,10,0.5\n1,11,0.3\n2,11,1\n");
    assert_eq!(codes(&loaded), [("X006", 2, 3, Severity::Warning)]);
    assert!(
        loaded.crosswalk.is_some(),
        "a warning does not fail the load"
    );
}

#[test]
fn a_split_without_shares_gives_no_warning() {
    let loaded = load("old_code,new_code\n1,10\n1,11\n");
    assert_eq!(loaded.findings, Vec::new());
}

#[test]
fn missing_columns_empty_codes_and_empty_files_are_errors() {
    assert_eq!(
        codes(&load("old,new_code\n1,10\n")),
        [("X001", 1, 0, Severity::Error)]
    );
    assert_eq!(
        codes(&load("old_code,new_code\n1,\n")),
        [("X002", 2, 2, Severity::Error)]
    );
    assert_eq!(
        codes(&load("old_code,new_code\n")),
        [("X009", 1, 0, Severity::Error)]
    );
    assert_eq!(
        codes(&load_bytes(b"old_code,new_code\n\xff,1\n", "map.csv")),
        [("X009", 0, 0, Severity::Error)]
    );
}

#[test]
fn every_problem_is_reported_not_only_the_first() {
    let loaded = load("old_code,new_code,share\n1,10,1.4\n1,10,1\n1,10,1\n,12,\n");
    let found: Vec<&str> = loaded.findings.iter().map(|f| f.code).collect();
    assert_eq!(found, ["X003", "X004", "X005"]);
}

mod plan {
    use std::sync::Arc;

    use super::*;
    use crate::data::{Dataset, Entity, RowRef};

    fn dataset(rows: &[(&str, &str)]) -> Dataset {
        let entities = rows
            .iter()
            .enumerate()
            .map(|(line, (id, district))| Entity {
                id: (*id).into(),
                name: format!("Xã {id}"),
                groups: vec![(*district).into(), "xã".into()],
                period: None,
                synthetic: false,
                row: RowRef {
                    file: Arc::from("old.csv"),
                    line: line as u64 + 2,
                },
            })
            .collect();
        Dataset {
            columns: Vec::new(),
            entities,
            lenient: Vec::new(),
        }
    }

    fn groups() -> Vec<String> {
        vec!["district".into(), "kind".into()]
    }

    #[test]
    fn an_old_unit_split_between_two_new_units_is_a_part_of_both() {
        let crosswalk =
            load("old_code,new_code,share,new_kind\n1,10,0.5,xã\n1,11,0.5,phường\n2,11,1,phường\n")
                .crosswalk
                .expect("valid");
        let data = dataset(&[("1", "Huyện A"), ("2", "Huyện B")]);
        let plan = plan(&crosswalk, &data, &[0, 1], &groups(), "id", None).expect("plan");
        assert_eq!(plan.old_units, 2);
        assert_eq!(
            plan.group_columns,
            ["district", "kind", "former_district", "new_kind"]
        );
        let parts: Vec<Vec<&str>> = plan
            .units
            .iter()
            .map(|u| u.parts.iter().map(|p| p.code.as_str()).collect())
            .collect();
        assert_eq!(parts, [vec!["1"], vec!["1", "2"]]);
        // Unit 11 holds half of 1 (Huyện A) and all of 2 (Huyện B): B holds most of its weight.
        assert_eq!(
            plan.units[1].groups,
            ["Huyện B", "phường", "Huyện B", "phường"]
        );
        assert_eq!(plan.units[0].groups, ["Huyện A", "xã", "Huyện A", "xã"]);
    }

    #[test]
    fn weights_decide_the_former_district() {
        let crosswalk = load("old_code,new_code,old_district\n1,10,Huyện A\n2,10,Huyện B\n")
            .crosswalk
            .expect("valid");
        let data = dataset(&[("1", ""), ("2", "")]);
        let weights = [5.0, 1.0];
        let plan = plan(&crosswalk, &data, &[0, 1], &groups(), "id", Some(&weights)).expect("plan");
        assert_eq!(plan.units[0].groups[2], "Huyện A");
        assert_eq!(
            plan.group_columns.len(),
            3,
            "no new_kind without the column"
        );
    }

    #[test]
    fn old_units_not_in_the_crosswalk_are_located_errors() {
        let crosswalk = load("old_code,new_code\n1,10\n").crosswalk.expect("valid");
        let data = dataset(&[("1", ""), ("9", ""), ("8", "")]);
        let error = plan(
            &crosswalk,
            &data,
            &[0, 1, 2],
            &groups(),
            "commune_code",
            None,
        )
        .expect_err("unknown codes");
        let found: Vec<(&str, u32, &str)> = error
            .findings
            .iter()
            .map(|f| (f.code, f.line, f.path.as_str()))
            .collect();
        assert_eq!(
            found,
            [("X007", 3, "commune_code"), ("X007", 4, "commune_code")]
        );
    }

    #[test]
    fn old_units_of_the_crosswalk_missing_from_the_data_are_listed() {
        let crosswalk = load("old_code,new_code\n1,10\n2,10\n3,11\n")
            .crosswalk
            .expect("valid");
        let data = dataset(&[("1", "")]);
        let plan = plan(&crosswalk, &data, &[0], &groups(), "id", None).expect("plan");
        assert_eq!(plan.units.len(), 1, "unit 11 has no old unit in the data");
        assert_eq!(plan.units[0].absent, ["2"]);
    }
}
