//! The one test kit: hand-built criteria and datasets for scoring and analysis tests, and tables
//! read from text for the data tests.

use std::sync::Arc;

use crate::criteria::{
    Aggregate, Categories, Children, Criteria, Direction, Entity as EntitySpec, Indicator, Level,
    LevelRule, MissingPolicy, Node, Origin, Scale, Text,
};
use crate::data::{Dataset, Entity, Raw, RowRef};

use crate::data::input::{Format, Input, ReadOptions, parse};
use crate::data::table::Table;
use crate::score::{
    Assessment, ESTIMATE_ERROR, EntityResult, Estimate, Outcome, ScoreOptions, assess,
};

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
        let entity = Entity {
            id: id.into(),
            name: format!("{id} name"),
            groups: vec![district.into(), kind.into()],
            period: (!period.is_empty()).then(|| period.to_owned()),
            row: RowRef {
                file: Arc::from("test.csv"),
                line: line as u64 + 2,
            },
            synthetic: false,
        };
        dataset.push(entity, values);
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
    get(assessment, entity).scores.get(at)
}

pub fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

/// Whether an estimate's overall and pillar scores are within its error of a tried outcome's,
/// missing where it has none, and the other pillars as they were.
pub fn within_error(estimate: &Estimate, trial: &Outcome, before: &Outcome) -> bool {
    let near = |a: Option<f64>, b: Option<f64>| match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() <= ESTIMATE_ERROR,
        (a, b) => a.is_none() && b.is_none(),
    };
    let others = (0..trial.pillars.len()).filter(|&k| k != estimate.pillar);
    near(estimate.overall, trial.overall)
        && near(estimate.score, trial.pillars[estimate.pillar])
        && others
            .into_iter()
            .all(|k| trial.pillars[k] == before.pillars[k])
}

/// The categories scale `none: 0, forming: 50, hoạt động: 100`.
pub fn team_scale() -> Scale {
    let labels = [("none", 0.0), ("forming", 50.0), ("hoạt động", 100.0)];
    Scale::Categories(Categories(
        labels.iter().map(|(l, s)| (l.to_string(), *s)).collect(),
    ))
}

/// Criteria with entity columns `code` (id), `name`, `district` (group) and the given indicators
/// in one pillar.
pub fn one_pillar(indicators: Vec<Indicator>) -> Criteria {
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
        entity: EntitySpec {
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
    one_pillar(vec![
        pct,
        indicator("portal", Scale::Boolean),
        indicator("team", team_scale()),
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
