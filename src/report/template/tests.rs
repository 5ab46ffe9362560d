//! Tests of the template layout: columns, rules, guide row and pre-filled units.

use super::{GUIDE_MARK, Options, Rule, Template, UnitsError};
use crate::criteria::{self, Criteria};
use crate::data::{self, Format, Input, ReadOptions};

fn criteria() -> Criteria {
    let yaml = r#"
dtm: 1
id: t
title: { en: Test criteria, vi: Bộ tiêu chí thử }
version: "1"
entity: { id: code, name: name, groups: [district, kind], period: period }
levels: [{ min: 0, name: Low }, { min: 50, name: High }]
pillars:
  - id: government
    name: { en: Digital government, vi: Chính quyền số }
    indicators:
      - { id: online, name: { en: Online dossiers, vi: Hồ sơ trực tuyến }, unit: "%", range: [0, 100], scale: { goalpost: [0, 80] } }
      - { id: portal, scale: boolean }
  - id: society
    groups:
      - id: skills
        indicators:
          - { id: team, column: it_team, scale: { categories: { none: 0, forming: 50, active: 100 } } }
rollups:
  - { name: households, key: code, measures: { portal: count } }
"#;
    criteria::load_bytes(yaml.as_bytes(), "t.yaml")
        .criteria
        .expect("valid test criteria")
}

fn units(text: &str) -> data::Table {
    let input = Input::from_reader("units.csv", Format::Csv { tab: false }, text.as_bytes())
        .expect("in memory");
    data::parse(&[input], &ReadOptions::default()).expect("readable units")
}

#[test]
fn columns_are_the_entity_then_every_indicator_in_criteria_order() {
    let template = Template::new(
        &criteria(),
        &Options {
            lang: "en",
            ..Options::default()
        },
    )
    .unwrap();
    let headers: Vec<&str> = template.columns.iter().map(|c| c.header.as_str()).collect();
    assert_eq!(
        headers,
        [
            "code", "name", "district", "kind", "period", "online", "portal", "it_team"
        ]
    );
    assert_eq!(template.columns[5].rule, Rule::Number(Some([0.0, 100.0])));
    assert_eq!(
        template.columns[7].rule,
        Rule::Choice(vec!["none".into(), "forming".into(), "active".into()])
    );
    assert_eq!(template.columns[7].pillar, "society");
    assert!(template.columns[0].required && template.columns[4].required);
}

#[test]
fn the_guide_row_starts_with_the_mark_and_speaks_the_language() {
    let vi = Template::new(
        &criteria(),
        &Options {
            lang: "vi",
            ..Options::default()
        },
    )
    .unwrap();
    let guide = vi.guide();
    assert!(guide[0].starts_with(GUIDE_MARK));
    assert_eq!(guide[5], "Hồ sơ trực tuyến (%) · số từ 0 đến 100");
    assert_eq!(guide[6], "portal · có / không");
    assert!(
        vi.columns[6]
            .source
            .as_deref()
            .is_some_and(|s| s.contains("--microdata households="))
    );
    let en = Template::new(
        &criteria(),
        &Options {
            lang: "en",
            ..Options::default()
        },
    )
    .unwrap();
    assert_eq!(
        en.guide()[5],
        "Online dossiers (%) · a number from 0 to 100"
    );
}

#[test]
fn units_prefill_one_row_per_code_with_the_period() {
    let table = units(
        "code,name,kind,period\n001,Xã A,xã,2023\n001,Xã A,xã,2024\n002,Phường B,phường,2024\n",
    );
    let options = Options {
        lang: "en",
        units: Some(&table),
        period: Some("2026"),
    };
    let template = Template::new(&criteria(), &options).unwrap();
    assert_eq!(
        template.rows.len(),
        2,
        "one row per code, duplicates folded"
    );
    assert_eq!(
        template.rows[1][..5],
        ["002", "Phường B", "", "phường", "2026"]
    );
    assert!(
        template
            .rows
            .iter()
            .all(|row| row.len() == template.columns.len())
    );
}

#[test]
fn units_without_an_id_column_are_refused_naming_the_columns() {
    let table = units("ma,ten\n001,Xã A\n");
    let options = Options {
        lang: "en",
        units: Some(&table),
        period: None,
    };
    let error = Template::new(&criteria(), &options).unwrap_err();
    assert_eq!(
        error,
        UnitsError::NoIdColumn {
            id: "code".into(),
            columns: "'ma', 'ten'".into()
        }
    );
}
