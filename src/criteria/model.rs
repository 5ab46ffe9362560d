//! The criteria model: what a criteria file says, as plain data.
//!
//! These types mirror the YAML format of DESIGN §3 one to one, so that the JSON Schema derived from
//! them (`dtm schema`) describes the file format itself. Values the file leaves out are filled with
//! their documented defaults by the loader; each node and indicator keeps the place it came from
//! (`Origin`) so that later findings can point at it.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::Serialize;

/// The only criteria format version this build reads (`dtm: 1`).
pub const FORMAT_VERSION: u32 = 1;

/// A whole criteria file: the indicator tree, how to aggregate it and how to read the data.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Criteria {
    /// Format version; must be 1.
    #[serde(rename = "dtm")]
    pub format: u32,
    /// A short identifier of this indicator set, e.g. `vn-commune-2025`.
    pub id: String,
    /// The title, as a string or a map from language code to string.
    pub title: Text,
    /// The version of this indicator set, e.g. "2025.1".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// Which data columns identify, name, group and date a commune.
    pub entity: Entity,
    /// How nodes combine their children unless they say otherwise.
    #[serde(default)]
    pub aggregate: Aggregate,
    /// What a missing value means unless a node or indicator says otherwise.
    #[serde(default)]
    pub missing: MissingPolicy,
    /// Share of a node's weight that must have data, else the node is missing (0 to 1).
    #[serde(default = "default_min_coverage")]
    pub min_coverage: f64,
    /// Whether the overall level follows the score alone or is capped by the weakest pillar.
    #[serde(default)]
    pub level_rule: LevelRule,
    /// What a commune gets when one of its pillars has no score.
    #[serde(default)]
    pub missing_pillar: MissingPillar,
    /// Maturity levels, ascending by `min`; the first starts at 0.
    pub levels: Vec<Level>,
    /// The top-level nodes of the tree.
    pub pillars: Vec<Node>,
    /// Defaults for `dtm pilot`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pilot: Option<PilotDefaults>,
    /// Aggregations of household or business microdata into commune columns.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rollups: Vec<Rollup>,
}

/// The default `min_coverage` when a file gives none: 70 % of a node's weight must have data,
/// close to the 65 % rule of thumb of the JRC's COIN Tool and the value used in DESIGN §3.
pub const DEFAULT_MIN_COVERAGE: f64 = 0.7;

fn default_min_coverage() -> f64 {
    DEFAULT_MIN_COVERAGE
}

fn default_weight() -> f64 {
    1.0
}

/// A text in one language or several.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Text {
    Plain(String),
    /// Language code (`en`, `vi`, …) to text.
    Translated(BTreeMap<String, String>),
}

impl Text {
    /// The text in `lang`, else English, else any language there is.
    pub fn get(&self, lang: &str) -> &str {
        match self {
            Text::Plain(text) => text,
            Text::Translated(map) => map
                .get(lang)
                .or_else(|| map.get("en"))
                .or_else(|| map.values().next())
                .map_or("", String::as_str),
        }
    }
}

/// How rows of the data identify a commune.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Entity {
    /// The column holding each commune's unique code.
    pub id: String,
    /// The column holding each commune's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Columns used for grouping, strata and filters; the first is the district.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<String>,
    /// The column holding the survey period, when a file holds several.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
}

/// How a node combines its children's scores.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Aggregate {
    /// Weighted arithmetic mean.
    #[default]
    Arithmetic,
    /// Weighted geometric mean, each score floored at 1.
    Geometric,
}

/// What a missing value means.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MissingPolicy {
    /// Drop it and renormalise its siblings' weights.
    #[default]
    Renormalize,
    /// Score it 0: not reported means not achieved.
    Zero,
    /// Give it the mean score of the same district, else of all communes.
    Impute,
}

/// How the overall maturity level is decided.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LevelRule {
    /// The level of the overall score.
    #[default]
    Score,
    /// The level of the overall score, capped by the lowest pillar level.
    WeakestPillar,
}

/// What a commune with a pillar that has no score (too little data under it) gets.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MissingPillar {
    /// The overall index of the pillars that have a score, their weights renormalised (COINr's
    /// rule); the commune is levelled and ranked as usual and flagged `missing_pillar`.
    #[default]
    Renormalize,
    /// No overall index, no level and no rank: the commune is listed last, flagged `unranked`.
    Unranked,
}

/// One maturity level: a name and the score at which it starts.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Level {
    pub min: f64,
    pub name: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
}

/// A pillar or a group: a weighted node holding either indicators or sub-groups.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Node {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// Weight relative to its siblings; default 1.
    #[serde(default = "default_weight")]
    pub weight: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aggregate: Option<Aggregate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub missing: Option<MissingPolicy>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_coverage: Option<f64>,
    #[serde(flatten)]
    pub children: Children,
    #[serde(skip)]
    #[schemars(skip)]
    pub origin: Origin,
}

/// What a node holds: indicators, or further groups.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Children {
    Indicators(Vec<Indicator>),
    Groups(Vec<Node>),
}

/// One measured quantity and how its raw value becomes a score.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// The data column holding the raw value; default: the id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Valid raw values `[low, high]`; a value outside is a data error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub range: Option<[f64; 2]>,
    /// Weight relative to its siblings; default 1.
    #[serde(default = "default_weight")]
    pub weight: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub missing: Option<MissingPolicy>,
    pub scale: Scale,
    /// The decision, target or framework the scale comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(skip)]
    #[schemars(skip)]
    pub origin: Origin,
}

impl Indicator {
    /// The data column this indicator reads.
    pub fn column(&self) -> &str {
        self.column.as_deref().unwrap_or(&self.id)
    }
}

/// How a raw value becomes a score in [0, 100]. Every scale is written from worst to best.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Scale {
    /// `[worst, best]`: linear between them, clamped.
    Goalpost([f64; 2]),
    /// Linear between the observed minimum and maximum.
    Minmax(Direction),
    /// `100 · (rank − 1) / (n − 1)`, ties at their average rank.
    Percentile(Direction),
    /// Yes 100, no 0.
    Boolean,
    /// A score for each label.
    Categories(#[schemars(with = "BTreeMap<String, f64>")] Categories),
    /// `[[threshold, score], …]` from worst to best; the best step reached gives the score.
    Steps(Vec<[f64; 2]>),
}

impl Scale {
    /// Whether scores depend on the other communes scored together.
    pub fn is_relative(&self) -> bool {
        matches!(self, Scale::Minmax(_) | Scale::Percentile(_))
    }

    /// Whether raw values are numbers (as opposed to yes/no or labels).
    pub fn is_numeric(&self) -> bool {
        !matches!(self, Scale::Boolean | Scale::Categories(_))
    }
}

/// Which end of a relative scale is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Higher,
    Lower,
}

/// Category labels with their scores, in the order the file gives them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Categories(pub Vec<(String, f64)>);

impl Serialize for Categories {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(label, score)| (label, score)))
    }
}

/// Defaults for `dtm pilot`; the command line overrides each.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PilotDefaults {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<usize>,
    /// Conditions every pilot must meet, e.g. `government >= 50`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub gates: Vec<Gate>,
    /// At most one pilot per value of this group column.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spread: Option<String>,
    /// At least one pilot of each value of this group column.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cover: Option<String>,
}

/// A gate: `NAME OP VALUE`, e.g. `government >= 50` or `kind != phường`.
#[derive(Debug, Clone, PartialEq, JsonSchema)]
#[schemars(with = "String")]
pub struct Gate {
    /// A pillar id, `overall`, `coverage`, `level` or a group column.
    pub name: String,
    pub op: GateOp,
    pub value: GateValue,
    #[schemars(skip)]
    pub origin: Origin,
}

/// A gate's comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GateOp {
    Ge,
    Gt,
    Le,
    Lt,
    Eq,
    Ne,
}

/// What a gate compares against.
#[derive(Debug, Clone, PartialEq)]
pub enum GateValue {
    Number(f64),
    Text(String),
}

/// An aggregation of microdata rows into commune columns.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Rollup {
    pub name: String,
    /// The microdata column matching `entity.id`.
    pub key: String,
    /// An optional column of row weights.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<String>,
    /// Which side wins when a measure is also a column of the survey; `--prefer` overrides it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefer: Option<Prefer>,
    /// Output column name to measure.
    #[schemars(with = "BTreeMap<String, Measure>")]
    #[serde(serialize_with = "serialize_measures")]
    pub measures: Vec<(String, Measure)>,
    #[serde(skip)]
    #[schemars(skip)]
    pub origin: Origin,
}

fn serialize_measures<S: serde::Serializer>(
    measures: &[(String, Measure)],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_map(measures.iter().map(|(name, measure)| (name, measure)))
}

/// The side a measure that is also a survey column is taken from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Prefer {
    Microdata,
    Survey,
}

/// One rolled-up measure.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// 100 × the weighted mean of a 0/1 column.
    Share(String),
    /// The weighted mean of a numeric column.
    Mean(String),
    /// The weighted sum of a numeric column.
    Sum(String),
    /// The weighted lower median of a numeric column: the smallest value whose cumulative weight,
    /// in value order, reaches half the total weight. Exact: it keeps each value read.
    Median(String),
    /// The smallest value of a numeric column (weights do not change it).
    Min(String),
    /// The largest value of a numeric column (weights do not change it).
    Max(String),
    /// The number of rows (weighted when the rollup has a weight).
    Count,
}

/// Where something was written: line and column (1-based) and its YAML path.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Origin {
    pub line: u32,
    pub column: u32,
    pub path: String,
}

impl Criteria {
    /// Every indicator of the tree, depth first in file order. Data columns, scores and `--detail`
    /// columns all follow this order.
    pub fn indicators(&self) -> Vec<&Indicator> {
        fn walk<'a>(node: &'a Node, out: &mut Vec<&'a Indicator>) {
            match &node.children {
                Children::Indicators(indicators) => out.extend(indicators),
                Children::Groups(groups) => groups.iter().for_each(|group| walk(group, out)),
            }
        }
        let mut out = Vec::new();
        self.pillars
            .iter()
            .for_each(|pillar| walk(pillar, &mut out));
        out
    }

    /// The index of the level that `score` reaches: the last level whose `min` ≤ score.
    pub fn level_of(&self, score: f64) -> usize {
        self.levels
            .iter()
            .rposition(|level| level.min <= score)
            .unwrap_or(0)
    }
}
