//! Loading a criteria file: bytes → located YAML tree → `Criteria`, with every finding.

use std::path::Path;

use super::codes;
use super::load_tree::{AGGREGATES, MISSING_POLICIES};
use super::model::{
    Criteria, DEFAULT_MIN_COVERAGE, Entity, FORMAT_VERSION, Gate, Level, LevelRule, Measure,
    MissingPillar, Origin, PilotDefaults, Prefer, Rollup, Text,
};
use super::reader::{Fields, Reader, index, join, origin};
use super::validate;
use super::yaml::{self, Value};
use crate::diagnostics::{Finding, Message};

const TOP_KEYS: [&str; 15] = [
    "dtm",
    "id",
    "title",
    "version",
    "description",
    "entity",
    "aggregate",
    "missing",
    "min_coverage",
    "level_rule",
    "missing_pillar",
    "levels",
    "pillars",
    "pilot",
    "rollups",
];
const ENTITY_KEYS: [&str; 4] = ["id", "name", "groups", "period"];
const LEVEL_KEYS: [&str; 3] = ["min", "name", "description"];
const PILOT_KEYS: [&str; 4] = ["count", "gates", "spread", "cover"];
const ROLLUP_KEYS: [&str; 5] = ["name", "key", "weight", "prefer", "measures"];
const PREFER: [(&str, Prefer); 2] = [("microdata", Prefer::Microdata), ("survey", Prefer::Survey)];
const LEVEL_RULES: [(&str, LevelRule); 2] = [
    ("score", LevelRule::Score),
    ("weakest_pillar", LevelRule::WeakestPillar),
];
const MISSING_PILLAR: [(&str, MissingPillar); 2] = [
    ("renormalize", MissingPillar::Renormalize),
    ("unranked", MissingPillar::Unranked),
];

/// The result of loading one file: the criteria when it has no errors, and every finding.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub criteria: Option<Criteria>,
    pub findings: Vec<Finding>,
}

/// Load criteria from bytes; `file` names them in findings.
pub fn load_bytes(bytes: &[u8], file: &str) -> Loaded {
    let mut reader = Reader::new(file);
    let criteria = match yaml::parse(bytes) {
        Ok(Some(document)) => reader.document(&document),
        Ok(None) => {
            let message = Message::new("finding-empty-criteria");
            reader.report(codes::EMPTY_FILE, &Origin::default(), message);
            None
        }
        Err(error) => {
            let at = Origin {
                line: error.line,
                column: error.column,
                path: String::new(),
            };
            reader.report(codes::YAML_SYNTAX, &at, error.message);
            None
        }
    };
    if let Some(criteria) = &criteria {
        validate::check(criteria, &mut reader);
    }
    let criteria = criteria.filter(|_| !reader.has_errors());
    let mut findings = reader.findings;
    findings.sort_by_key(|finding| (finding.line, finding.column));
    Loaded { criteria, findings }
}

/// Load a criteria file from disk. Only reading the file can fail here; problems in it are findings.
pub fn load_path(path: &Path) -> std::io::Result<Loaded> {
    let bytes = std::fs::read(path)?;
    Ok(load_bytes(&bytes, &path.display().to_string()))
}

impl Reader<'_> {
    fn document(&mut self, node: &yaml::Node) -> Option<Criteria> {
        let fields = self.fields(node, "", &TOP_KEYS)?;
        let format = self.format_version(&fields);
        let id = self.required(&fields, "id", Message::new("what-id"));
        let id = id.and_then(|n| self.id(n, "id"));
        let title = self.required(&fields, "title", Message::new("what-title"));
        let title = title.and_then(|n| self.text(n, "title"));
        let version = fields.get("version").and_then(|n| self.version(n));
        let description = fields
            .get("description")
            .and_then(|n| self.text(n, "description"));
        let entity = self.required(&fields, "entity", Message::new("what-entity"));
        let entity = entity.and_then(|n| self.entity(n));
        let aggregate = fields
            .get("aggregate")
            .and_then(|n| self.choice(n, "aggregate", &AGGREGATES));
        let missing = fields
            .get("missing")
            .and_then(|n| self.choice(n, "missing", &MISSING_POLICIES));
        let min_coverage = fields
            .get("min_coverage")
            .and_then(|n| self.min_coverage(n, "min_coverage"));
        let level_rule = fields
            .get("level_rule")
            .and_then(|n| self.choice(n, "level_rule", &LEVEL_RULES));
        let missing_pillar = fields
            .get("missing_pillar")
            .and_then(|n| self.choice(n, "missing_pillar", &MISSING_PILLAR));
        let levels = self.required(&fields, "levels", Message::new("what-levels"));
        let levels = levels.map(|n| self.levels(n)).unwrap_or_default();
        let pillars = self.required(&fields, "pillars", Message::new("what-pillars"));
        let pillars = pillars
            .map(|n| self.nodes(n, "pillars"))
            .unwrap_or_default();
        let pilot = fields
            .get("pilot")
            .and_then(|n| self.pilot(n, entity.as_ref()));
        let rollups = match (fields.get("rollups"), &entity) {
            (Some(node), Some(entity)) => self.rollups(node, entity),
            _ => Vec::new(),
        };
        Some(Criteria {
            format: format?,
            id: id?,
            title: title?,
            version,
            description,
            entity: entity?,
            aggregate: aggregate.unwrap_or_default(),
            missing: missing.unwrap_or_default(),
            min_coverage: min_coverage.unwrap_or(DEFAULT_MIN_COVERAGE),
            level_rule: level_rule.unwrap_or_default(),
            missing_pillar: missing_pillar.unwrap_or_default(),
            levels,
            pillars,
            pilot,
            rollups,
        })
    }

    fn format_version(&mut self, fields: &Fields<'_>) -> Option<u32> {
        let node = self.required(fields, "dtm", Message::new("what-format"))?;
        let version = self.whole_number(node, "dtm")?;
        if version != u64::from(FORMAT_VERSION) {
            let message = Message::new("finding-format-version")
                .with("version", version.to_string())
                .with("supported", FORMAT_VERSION.to_string());
            self.report(codes::FORMAT_VERSION, &origin(node, "dtm"), message);
            return None;
        }
        Some(FORMAT_VERSION)
    }

    /// `version: "2025.1"`; an unquoted 2025.1 is read as the number it looks like.
    fn version(&mut self, node: &yaml::Node) -> Option<String> {
        match &node.value {
            Value::Integer(number) => Some(number.to_string()),
            Value::Float(number) => Some(number.to_string()),
            _ => self.string(node, "version"),
        }
    }

    fn entity(&mut self, node: &yaml::Node) -> Option<Entity> {
        let fields = self.fields(node, "entity", &ENTITY_KEYS)?;
        let id = self.required(&fields, "id", Message::new("what-entity-id"));
        let id = id.and_then(|n| self.string(n, "entity.id"));
        let name = fields
            .get("name")
            .and_then(|n| self.string(n, "entity.name"));
        let groups = fields
            .get("groups")
            .and_then(|n| self.strings(n, "entity.groups"));
        let period = fields
            .get("period")
            .and_then(|n| self.string(n, "entity.period"));
        Some(Entity {
            id: id?,
            name,
            groups: groups.unwrap_or_default(),
            period,
        })
    }

    fn levels(&mut self, node: &yaml::Node) -> Vec<Level> {
        let Some(items) = self.list(node, "levels", Message::new("expect-levels")) else {
            return Vec::new();
        };
        if items.is_empty() {
            self.report(
                codes::EMPTY_LIST,
                &origin(node, "levels"),
                "list at least one level, starting at 'min: 0'",
            );
        }
        let mut levels: Vec<Level> = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let path = index("levels", i);
            let Some(fields) = self.fields(item, &path, &LEVEL_KEYS) else {
                continue;
            };
            let min_node = self.required(&fields, "min", Message::new("what-level-min"));
            let min = min_node.and_then(|n| self.number(n, &fields.path("min")));
            let name = self.required(&fields, "name", Message::new("what-level-name"));
            let name = name.and_then(|n| self.text(n, &fields.path("name")));
            let description = fields
                .get("description")
                .and_then(|n| self.text(n, &fields.path("description")));
            if let (Some(min), Some(min_node)) = (min, min_node) {
                self.level_order(
                    i,
                    min,
                    levels.last().map(|level| level.min),
                    &origin(min_node, &fields.path("min")),
                );
            }
            levels.push(Level {
                min: min.unwrap_or(0.0),
                name: name.unwrap_or(Text::Plain(String::new())),
                description,
            });
        }
        levels
    }

    fn level_order(&mut self, position: usize, min: f64, previous: Option<f64>, at: &Origin) {
        if position == 0 && min != 0.0 {
            let message = Message::new("finding-first-level").with("min", min.to_string());
            self.report(codes::LEVELS_ORDER, at, message);
        } else if let Some(previous) = previous.filter(|previous| min <= *previous) {
            let message = Message::new("finding-levels-ascend")
                .with("min", min.to_string())
                .with("previous", previous.to_string());
            self.report(codes::LEVELS_ORDER, at, message);
        } else if !(0.0..=100.0).contains(&min) {
            let message = Message::new("finding-level-range").with("min", min.to_string());
            self.report(codes::LEVELS_ORDER, at, message);
        }
    }

    fn pilot(&mut self, node: &yaml::Node, entity: Option<&Entity>) -> Option<PilotDefaults> {
        let fields = self.fields(node, "pilot", &PILOT_KEYS)?;
        let count = fields
            .get("count")
            .and_then(|n| self.whole_number(n, "pilot.count"));
        if let (Some(0), Some(node)) = (count, fields.get("count")) {
            self.report(
                codes::INVALID_VALUE,
                &origin(node, "pilot.count"),
                "pilot count must be at least 1",
            );
        }
        let gates = fields
            .get("gates")
            .map(|n| self.gates(n))
            .unwrap_or_default();
        let spread = fields
            .get("spread")
            .and_then(|n| self.group_column(n, "pilot.spread", entity));
        let cover = fields
            .get("cover")
            .and_then(|n| self.group_column(n, "pilot.cover", entity));
        Some(PilotDefaults {
            count: count.map(|c| usize::try_from(c).unwrap_or(usize::MAX)),
            gates,
            spread,
            cover,
        })
    }

    /// A column named by `pilot.spread` or `pilot.cover`: one of the entity's group columns.
    fn group_column(
        &mut self,
        node: &yaml::Node,
        path: &str,
        entity: Option<&Entity>,
    ) -> Option<String> {
        let column = self.string(node, path)?;
        if let Some(entity) = entity.filter(|entity| !entity.groups.contains(&column)) {
            let groups: Vec<&str> = entity.groups.iter().map(String::as_str).collect();
            let has = match groups.is_empty() {
                true => Message::new("finding-no-groups"),
                false => Message::new("finding-choice-list")
                    .with("choices", super::reader::choice_list(&groups)),
            };
            let hint = match crate::suggest::closest(&column, groups.iter().copied()) {
                Some(found) => Message::new("finding-choice-did-you-mean")
                    .with("suggestion", crate::diagnostics::cut(found)),
                None => Message::from(""),
            };
            let message = Message::new("finding-unknown-group")
                .with("column", crate::diagnostics::cut(&column))
                .with("groups", has)
                .with("hint", hint);
            self.report(codes::UNKNOWN_GROUP, &origin(node, path), message);
        }
        Some(column)
    }

    fn gates(&mut self, node: &yaml::Node) -> Vec<Gate> {
        let Some(items) = self.list(node, "pilot.gates", Message::new("expect-gates")) else {
            return Vec::new();
        };
        let mut gates = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let path = index("pilot.gates", i);
            let Some(text) = self.string(item, &path) else {
                continue;
            };
            match Gate::parse(&text) {
                Ok(mut gate) => {
                    gate.origin = origin(item, &path);
                    gates.push(gate);
                }
                Err(error) => {
                    self.report(codes::UNKNOWN_GATE, &origin(item, &path), error.message())
                }
            }
        }
        gates
    }

    fn rollups(&mut self, node: &yaml::Node, entity: &Entity) -> Vec<Rollup> {
        let Some(items) = self.list(node, "rollups", Message::new("expect-rollups")) else {
            return Vec::new();
        };
        let mut rollups: Vec<Rollup> = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let path = index("rollups", i);
            let Some(fields) = self.fields(item, &path, &ROLLUP_KEYS) else {
                continue;
            };
            let name = self.required(&fields, "name", Message::new("what-rollup-name"));
            let name = name.and_then(|n| self.id(n, &fields.path("name")));
            let key = self.required(&fields, "key", Message::new("what-rollup-key"));
            let key = key.and_then(|n| self.string(n, &fields.path("key")));
            let weight = fields
                .get("weight")
                .and_then(|n| self.string(n, &fields.path("weight")));
            let prefer = fields
                .get("prefer")
                .and_then(|n| self.choice(n, &fields.path("prefer"), &PREFER));
            let measures = self.required(&fields, "measures", Message::new("what-rollup-measures"));
            let taken: Vec<&str> = rollups
                .iter()
                .flat_map(|r| r.measures.iter().map(|(m, _)| m.as_str()))
                .collect();
            let measures =
                measures.map(|n| self.measures(n, &fields.path("measures"), entity, &taken));
            if let (Some(name), Some(key), Some(measures)) = (name, key, measures) {
                rollups.push(Rollup {
                    name,
                    key,
                    weight,
                    prefer,
                    measures,
                    origin: fields.origin,
                });
            }
        }
        rollups
    }

    fn measures(
        &mut self,
        node: &yaml::Node,
        path: &str,
        entity: &Entity,
        taken: &[&str],
    ) -> Vec<(String, Measure)> {
        let Value::Mapping(entries) = &node.value else {
            self.wrong_type(node, path, Message::new("expect-measures"));
            return Vec::new();
        };
        let entity_columns: Vec<&str> = std::iter::once(entity.id.as_str())
            .chain(entity.name.as_deref())
            .chain(entity.groups.iter().map(String::as_str))
            .chain(entity.period.as_deref())
            .collect();
        let mut measures: Vec<(String, Measure)> = Vec::new();
        for (name, value) in entries {
            let at = join(path, &name.value);
            let clash = if entity_columns.contains(&name.value.as_str()) {
                Some("finding-clash-entity")
            } else if taken.contains(&name.value.as_str())
                || measures.iter().any(|(m, _)| *m == name.value)
            {
                Some("finding-clash-measure")
            } else {
                None
            };
            if let Some(clash) = clash {
                let message = Message::new("finding-measure-clash")
                    .with("measure", crate::diagnostics::cut(&name.value))
                    .with("clash", Message::new(clash));
                self.report(codes::ROLLUP_CLASH, &origin(name, &at), message);
            }
            if let Some(measure) = self.measure(value, &at) {
                measures.push((name.value.clone(), measure));
            }
        }
        measures
    }

    fn measure(&mut self, node: &yaml::Node, path: &str) -> Option<Measure> {
        const KINDS: [&str; 7] = ["share", "mean", "sum", "median", "min", "max", "count"];
        if matches!(&node.value, Value::String(word) if word == "count") {
            return Some(Measure::Count);
        }
        let fields = self.fields(node, path, &KINDS[..6])?;
        let [(kind, column)] = fields.entries else {
            let message = Message::new("finding-measure-kind");
            self.report(codes::INVALID_VALUE, &fields.origin, message);
            return None;
        };
        let column = self.string(column, &fields.path(&kind.value))?;
        match kind.value.as_str() {
            "share" => Some(Measure::Share(column)),
            "mean" => Some(Measure::Mean(column)),
            "sum" => Some(Measure::Sum(column)),
            "median" => Some(Measure::Median(column)),
            "min" => Some(Measure::Min(column)),
            "max" => Some(Measure::Max(column)),
            _ => None, // reported as an unknown key
        }
    }
}
