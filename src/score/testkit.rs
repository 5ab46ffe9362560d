//! Hand-built criteria and datasets for the scoring tests.

use std::sync::Arc;

use crate::criteria::{
    Aggregate, Categories, Children, Criteria, Direction, Entity as EntitySpec, Indicator, Level,
    LevelRule, MissingPolicy, Node, Origin, Scale, Text,
};
use crate::data::{Dataset, Entity, Raw, RowRef};

use super::{Assessment, EntityResult, ScoreOptions, assess};

/// Criteria with the DESIGN levels (0, 25, 50, 75, 90), arithmetic, renormalize, no coverage
/// threshold, and `district`, `kind` as group columns.
pub fn criteria(pillars: Vec<Node>) -> Criteria {
    let levels = [0.0, 25.0, 50.0, 75.0, 90.0]
        .iter()
        .map(|&min| Level {
            min,
            name: Text::Plain(format!("L{min}")),
            description: None,
        })
        .collect();
    Criteria {
        format: 1,
        id: "test".into(),
        title: Text::Plain("Test".into()),
        version: None,
        description: None,
        entity: EntitySpec {
            id: "id".into(),
            name: None,
            groups: vec!["district".into(), "kind".into()],
            period: Some("period".into()),
        },
        aggregate: Aggregate::Arithmetic,
        missing: MissingPolicy::Renormalize,
        min_coverage: 0.0,
        level_rule: LevelRule::Score,
        missing_pillar: Default::default(),
        levels,
        pillars,
        pilot: None,
        rollups: Vec::new(),
    }
}

/// A node (pillar or group) of weight 1 holding indicators.
pub fn node(id: &str, indicators: Vec<Indicator>) -> Node {
    Node {
        id: id.into(),
        name: None,
        description: None,
        weight: 1.0,
        aggregate: None,
        missing: None,
        min_coverage: None,
        children: Children::Indicators(indicators),
        origin: Origin::default(),
    }
}

/// A node of weight 1 holding sub-groups.
pub fn groups(id: &str, groups: Vec<Node>) -> Node {
    Node {
        children: Children::Groups(groups),
        ..node(id, Vec::new())
    }
}

/// An indicator of weight 1.
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

/// A goalpost indicator from 0 (worst) to 100 (best): the score is the raw value.
pub fn percent(id: &str) -> Indicator {
    indicator(id, Scale::Goalpost([0.0, 100.0]))
}

pub fn weighted(weight: f64, indicator: Indicator) -> Indicator {
    Indicator {
        weight,
        ..indicator
    }
}

pub fn minmax(id: &str, direction: Direction) -> Indicator {
    indicator(id, Scale::Minmax(direction))
}

pub fn categories(labels: &[(&str, f64)]) -> Scale {
    Scale::Categories(Categories(
        labels.iter().map(|(l, s)| ((*l).to_owned(), *s)).collect(),
    ))
}

pub fn n(x: f64) -> Option<Raw> {
    Some(Raw::Number(x))
}

/// One commune: id, district, kind, period and values.
pub struct Row<'a>(
    pub &'a str,
    pub &'a str,
    pub &'a str,
    pub &'a str,
    pub Vec<Option<Raw>>,
);

pub fn dataset(rows: Vec<Row>) -> Dataset {
    let mut dataset = Dataset::default();
    for (line, Row(id, district, kind, period, values)) in rows.into_iter().enumerate() {
        dataset.entities.push(Entity {
            id: id.into(),
            name: format!("{id} name"),
            groups: vec![district.into(), kind.into()],
            period: (!period.is_empty()).then(|| period.to_owned()),
            row: RowRef {
                file: Arc::from("test.csv"),
                line: line as u64 + 2,
            },
            synthetic: false,
        });
        dataset.values.push(values);
    }
    dataset
}

/// Communes `a`, `b`, … in district `d1`, kind `xa`, no period, with these values.
pub fn simple(rows: Vec<Vec<Option<Raw>>>) -> Dataset {
    let ids = ["a", "b", "c", "d", "e", "f", "g", "h"];
    dataset(
        rows.into_iter()
            .zip(ids)
            .map(|(values, id)| Row(id, "d1", "xa", "", values))
            .collect(),
    )
}

/// Assess with default options; the test fails on an error.
pub fn run(criteria: &Criteria, dataset: &Dataset) -> Assessment {
    match assess(criteria, dataset, &ScoreOptions::default()) {
        Ok(assessment) => assessment,
        Err(error) => panic!("assess failed: {error}"),
    }
}

/// A commune's result by id.
pub fn get<'a>(assessment: &'a Assessment, id: &str) -> &'a EntityResult {
    match assessment.entity(id) {
        Some(entity) => entity,
        None => panic!("no commune {id}"),
    }
}

/// A commune's score of the node with this id.
pub fn score(assessment: &Assessment, entity: &str, node: &str) -> Option<f64> {
    let at = assessment
        .node(node)
        .unwrap_or_else(|| panic!("no node {node}"));
    get(assessment, entity).scores[at]
}

pub fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}
