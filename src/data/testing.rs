//! Test helpers: criteria built by hand and tables read from text.

use crate::criteria::{
    Aggregate, Categories, Children, Criteria, Entity, Indicator, LevelRule, MissingPolicy, Node,
    Origin, Scale, Text,
};

use super::input::{Format, Input, ReadOptions, parse};
use super::table::Table;

/// An indicator reading column `id` with this scale.
pub fn indicator(id: &str, scale: Scale) -> Indicator {
    Indicator {
        id: id.into(),
        name: None,
        description: None,
        column: None,
        unit: None,
        range: None,
        weight: 1.0,
        missing: None,
        scale,
        source: None,
        origin: Origin::default(),
    }
}

/// The categories scale `none: 0, forming: 50, hoạt động: 100`.
pub fn categories() -> Scale {
    let labels = [("none", 0.0), ("forming", 50.0), ("hoạt động", 100.0)];
    Scale::Categories(Categories(
        labels.iter().map(|(l, s)| (l.to_string(), *s)).collect(),
    ))
}

/// Criteria with entity columns `code` (id), `name`, `district` (group) and the given indicators
/// in one pillar.
pub fn criteria(indicators: Vec<Indicator>) -> Criteria {
    let pillar = Node {
        id: "government".into(),
        name: None,
        description: None,
        weight: 1.0,
        aggregate: None,
        missing: None,
        min_coverage: None,
        children: Children::Indicators(indicators),
        origin: Origin::default(),
    };
    Criteria {
        format: 1,
        id: "test".into(),
        title: Text::Plain("Test".into()),
        version: None,
        description: None,
        entity: Entity {
            id: "code".into(),
            name: Some("name".into()),
            groups: vec!["district".into()],
            period: None,
        },
        aggregate: Aggregate::Arithmetic,
        missing: MissingPolicy::Renormalize,
        min_coverage: 0.7,
        level_rule: LevelRule::Score,
        missing_pillar: Default::default(),
        levels: Vec::new(),
        pillars: vec![pillar],
        rollups: Vec::new(),
        pilot: None,
    }
}

/// The usual test criteria: `pct` (goalpost, range 0–100), `portal` (boolean), `team` (categories).
pub fn standard() -> Criteria {
    let mut pct = indicator("pct", Scale::Goalpost([0.0, 80.0]));
    pct.range = Some([0.0, 100.0]);
    criteria(vec![
        pct,
        indicator("portal", Scale::Boolean),
        indicator("team", categories()),
    ])
}

/// Read CSV files given as (name, text).
pub fn csv_table(files: &[(&str, &str)]) -> Table {
    let inputs: Vec<Input> = files
        .iter()
        .map(|(name, text)| Input {
            name: name.to_string(),
            format: Format::Csv { tab: false },
            bytes: text.as_bytes().to_vec(),
        })
        .collect();
    match parse(&inputs, &ReadOptions::default()) {
        Ok(table) => table,
        Err(error) => panic!("test input did not read: {error}"),
    }
}
