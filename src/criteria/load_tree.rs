//! Reading the indicator tree: pillars, nested groups, indicators and their scales.

use super::codes;
use super::model::{
    Aggregate, Categories, Children, Direction, Indicator, MissingPolicy, Node, Scale,
};
use super::reader::{Reader, index, origin};
use super::yaml::{self, Value};
use crate::diagnostics::Message;

/// The largest goalpost, range end or step threshold, in absolute value. Survey numbers are
/// counts, shares and money; beyond 1e15 a double no longer holds every whole number.
pub const MAX_MAGNITUDE: f64 = 1e15;

/// The largest weight. Weights are relative; a billion to one is more than any index needs.
pub const MAX_WEIGHT: f64 = 1e9;

const NODE_KEYS: [&str; 9] = [
    "id",
    "name",
    "description",
    "weight",
    "aggregate",
    "missing",
    "min_coverage",
    "indicators",
    "groups",
];
const INDICATOR_KEYS: [&str; 10] = [
    "id",
    "name",
    "description",
    "column",
    "unit",
    "range",
    "weight",
    "missing",
    "scale",
    "source",
];
const SCALE_KINDS: [&str; 6] = [
    "goalpost",
    "minmax",
    "percentile",
    "boolean",
    "categories",
    "steps",
];

pub const AGGREGATES: [(&str, Aggregate); 2] = [
    ("arithmetic", Aggregate::Arithmetic),
    ("geometric", Aggregate::Geometric),
];
pub const MISSING_POLICIES: [(&str, MissingPolicy); 3] = [
    ("renormalize", MissingPolicy::Renormalize),
    ("zero", MissingPolicy::Zero),
    ("impute", MissingPolicy::Impute),
];
const DIRECTIONS: [(&str, Direction); 2] =
    [("higher", Direction::Higher), ("lower", Direction::Lower)];

impl Reader<'_> {
    /// A list of pillars or groups.
    pub fn nodes(&mut self, node: &yaml::Node, path: &str) -> Vec<Node> {
        let expected = Message::new("expect-nodes");
        let empty = Message::new("finding-empty-list");
        self.each(node, path, (expected, empty), Self::tree_node)
    }

    /// A non-empty list, each item read by `read`; unreadable items are reported and left out.
    fn each<T>(
        &mut self,
        node: &yaml::Node,
        path: &str,
        (expected, empty): (Message, Message),
        mut read: impl FnMut(&mut Self, &yaml::Node, &str) -> Option<T>,
    ) -> Vec<T> {
        let Some(items) = self.list(node, path, expected) else {
            return Vec::new();
        };
        if items.is_empty() {
            self.report(codes::EMPTY_LIST, &origin(node, path), empty);
        }
        let mut read_items = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            read_items.extend(read(self, item, &index(path, i)));
        }
        read_items
    }

    fn tree_node(&mut self, node: &yaml::Node, path: &str) -> Option<Node> {
        let fields = self.fields(node, path, &NODE_KEYS)?;
        let id = self.required(&fields, "id", Message::new("what-node-id"));
        let id = id.and_then(|id| self.id(id, &fields.path("id")));
        let name = fields
            .get("name")
            .and_then(|n| self.text(n, &fields.path("name")));
        let description = fields
            .get("description")
            .and_then(|n| self.text(n, &fields.path("description")));
        let weight = self.weight(fields.get("weight"), &fields.path("weight"));
        let aggregate = fields
            .get("aggregate")
            .and_then(|n| self.choice(n, &fields.path("aggregate"), &AGGREGATES));
        let missing = fields
            .get("missing")
            .and_then(|n| self.choice(n, &fields.path("missing"), &MISSING_POLICIES));
        let min_coverage = fields
            .get("min_coverage")
            .and_then(|n| self.min_coverage(n, &fields.path("min_coverage")));
        let children = match (fields.get("indicators"), fields.get("groups")) {
            (Some(indicators), None) => Some(Children::Indicators(
                self.indicators(indicators, &fields.path("indicators")),
            )),
            (None, Some(groups)) => {
                Some(Children::Groups(self.nodes(groups, &fields.path("groups"))))
            }
            (Some(_), Some(groups)) => {
                let message = Message::new("finding-node-both");
                self.report(
                    codes::NODE_CHILDREN,
                    &origin(groups, &fields.path("groups")),
                    message,
                );
                None
            }
            (None, None) => {
                let message = Message::new("finding-node-neither");
                self.report(codes::NODE_CHILDREN, &fields.origin, message);
                None
            }
        };
        Some(Node {
            id: id?,
            name,
            description,
            weight,
            aggregate,
            missing,
            min_coverage,
            children: children?,
            origin: fields.origin,
        })
    }

    fn indicators(&mut self, node: &yaml::Node, path: &str) -> Vec<Indicator> {
        let messages = (
            Message::new("expect-indicators"),
            Message::new("finding-no-indicator"),
        );
        self.each(node, path, messages, Self::indicator)
    }

    fn indicator(&mut self, node: &yaml::Node, path: &str) -> Option<Indicator> {
        let fields = self.fields(node, path, &INDICATOR_KEYS)?;
        let id = self.required(&fields, "id", Message::new("what-indicator-id"));
        let id = id.and_then(|id| self.id(id, &fields.path("id")));
        let name = fields
            .get("name")
            .and_then(|n| self.text(n, &fields.path("name")));
        let description = fields
            .get("description")
            .and_then(|n| self.text(n, &fields.path("description")));
        let column = fields
            .get("column")
            .and_then(|n| self.string(n, &fields.path("column")));
        let unit = fields
            .get("unit")
            .and_then(|n| self.string(n, &fields.path("unit")));
        let source = fields
            .get("source")
            .and_then(|n| self.string(n, &fields.path("source")));
        let weight = self.weight(fields.get("weight"), &fields.path("weight"));
        let missing = fields
            .get("missing")
            .and_then(|n| self.choice(n, &fields.path("missing"), &MISSING_POLICIES));
        let range = fields
            .get("range")
            .and_then(|n| self.range(n, &fields.path("range")));
        let scale_node = self.required(&fields, "scale", Message::new("what-scale"));
        let scale = scale_node.and_then(|n| self.scale(n, &fields.path("scale")));
        if let (Some(range), Some(Scale::Goalpost(posts)), Some(scale_node)) =
            (range, &scale, scale_node)
        {
            self.goalposts_in_range(range, *posts, &origin(scale_node, &fields.path("scale")));
        }
        Some(Indicator {
            id: id?,
            name,
            description,
            column,
            unit,
            range,
            weight,
            missing,
            scale: scale?,
            source,
            origin: fields.origin,
        })
    }

    /// A weight: a positive number, 1 when absent.
    fn weight(&mut self, node: Option<&yaml::Node>, path: &str) -> f64 {
        let Some(node) = node else { return 1.0 };
        let Some(weight) = self.number(node, path) else {
            return 1.0;
        };
        if weight <= 0.0 {
            let message =
                Message::new("finding-weight-not-positive").with("weight", weight.to_string());
            self.report(codes::WEIGHT_NOT_POSITIVE, &origin(node, path), message);
        } else if weight > MAX_WEIGHT {
            let message = Message::new("finding-weight-too-large")
                .with("weight", format!("{weight:e}"))
                .with("max", format!("{MAX_WEIGHT:e}"));
            self.report(codes::NUMBER_TOO_LARGE, &origin(node, path), message);
        }
        weight
    }

    /// A share between 0 and 1.
    pub fn min_coverage(&mut self, node: &yaml::Node, path: &str) -> Option<f64> {
        let share = self.number(node, path)?;
        if !(0.0..=1.0).contains(&share) {
            let message = Message::new("finding-min-coverage").with("share", share.to_string());
            self.report(codes::INVALID_VALUE, &origin(node, path), message);
        }
        Some(share)
    }

    fn range(&mut self, node: &yaml::Node, path: &str) -> Option<[f64; 2]> {
        let range = self.pair(node, path, Message::new("expect-range"))?;
        self.bounded(&range, node, path, "finding-range-end");
        if range[0] >= range[1] {
            let message = Message::new("finding-invalid-range")
                .with("low", range[0].to_string())
                .with("high", range[1].to_string());
            self.report(codes::INVALID_RANGE, &origin(node, path), message);
        }
        Some(range)
    }

    fn goalposts_in_range(&mut self, range: [f64; 2], posts: [f64; 2], at: &super::model::Origin) {
        for post in posts {
            if post < range[0] || post > range[1] {
                let message = Message::new("finding-goalpost-outside")
                    .with("post", post.to_string())
                    .with("low", range[0].to_string())
                    .with("high", range[1].to_string());
                self.report(codes::RANGE_EXCLUDES_GOALPOST, at, message);
            }
        }
    }

    fn scale(&mut self, node: &yaml::Node, path: &str) -> Option<Scale> {
        if let Value::String(word) = &node.value {
            if word == "boolean" {
                return Some(Scale::Boolean);
            }
            let hint = match word.as_str() {
                "minmax" | "percentile" => {
                    Message::new("finding-scale-direction").with("kind", word.as_str())
                }
                _ => Message::new("finding-scale-kinds")
                    .with("kinds", super::reader::choice_list(&SCALE_KINDS)),
            };
            let message = Message::new("finding-unknown-scale")
                .with("scale", crate::diagnostics::cut(word))
                .with("hint", hint);
            self.report(codes::INVALID_VALUE, &origin(node, path), message);
            return None;
        }
        let fields = self.fields(node, path, &SCALE_KINDS)?;
        let [(kind, value)] = fields.entries else {
            let message = Message::new("finding-scale-one-kind");
            self.report(codes::INVALID_VALUE, &fields.origin, message);
            return None;
        };
        let path = fields.path(&kind.value);
        match kind.value.as_str() {
            "goalpost" => self.goalpost(value, &path),
            "minmax" => self.choice(value, &path, &DIRECTIONS).map(Scale::Minmax),
            "percentile" => self
                .choice(value, &path, &DIRECTIONS)
                .map(Scale::Percentile),
            "boolean" => Some(Scale::Boolean),
            "categories" => self.categories(value, &path),
            "steps" => self.steps(value, &path),
            _ => None, // reported as an unknown key
        }
    }

    fn goalpost(&mut self, node: &yaml::Node, path: &str) -> Option<Scale> {
        let posts = self.pair(node, path, Message::new("expect-goalposts"))?;
        self.bounded(&posts, node, path, "finding-a-goalpost");
        if posts[0] == posts[1] {
            let message =
                Message::new("finding-goalposts-equal").with("post", posts[0].to_string());
            self.report(codes::GOALPOSTS_EQUAL, &origin(node, path), message);
        }
        Some(Scale::Goalpost(posts))
    }

    fn categories(&mut self, node: &yaml::Node, path: &str) -> Option<Scale> {
        let Value::Mapping(entries) = &node.value else {
            self.wrong_type(node, path, Message::new("expect-categories"));
            return None;
        };
        if entries.is_empty() {
            self.report(
                codes::EMPTY_LIST,
                &origin(node, path),
                "categories need at least one label",
            );
        }
        let mut labels = Vec::new();
        for (label, score) in entries {
            let at = super::reader::join(path, &label.value);
            let Some(score) = self.number(score, &at) else {
                continue;
            };
            self.score_in_bounds(score, &origin(label, &at), "finding-category-score");
            let lower = label.value.trim().to_lowercase();
            if labels
                .iter()
                .any(|(seen, _): &(String, f64)| seen.trim().to_lowercase() == lower)
            {
                let message = Message::new("finding-duplicate-label")
                    .with("label", crate::diagnostics::cut(&label.value));
                self.report(codes::DUPLICATE_KEY, &origin(label, &at), message);
            }
            labels.push((label.value.clone(), score));
        }
        Some(Scale::Categories(Categories(labels)))
    }

    fn steps(&mut self, node: &yaml::Node, path: &str) -> Option<Scale> {
        let items = self.list(node, path, Message::new("expect-steps"))?;
        if items.is_empty() {
            self.report(
                codes::EMPTY_LIST,
                &origin(node, path),
                Message::new("finding-no-steps"),
            );
        }
        let read: Vec<Option<[f64; 2]>> = items
            .iter()
            .enumerate()
            .map(|(i, item)| self.pair(item, &index(path, i), Message::new("expect-step")))
            .collect();
        let steps: Vec<[f64; 2]> = read.into_iter().collect::<Option<_>>()?;
        for (i, step) in steps.iter().enumerate() {
            let at = index(path, i);
            self.bounded(&step[..1], &items[i], &at, "finding-step-threshold");
            self.score_in_bounds(step[1], &origin(&items[i], &at), "finding-step-score");
        }
        self.steps_monotone(&steps, items, path);
        Some(Scale::Steps(steps))
    }

    fn steps_monotone(&mut self, steps: &[[f64; 2]], items: &[yaml::Node], path: &str) {
        let rising = steps.len() < 2 || steps[1][0] > steps[0][0];
        for (i, pair) in steps.windows(2).enumerate() {
            let ([t0, s0], [t1, s1]) = (pair[0], pair[1]);
            let at = origin(&items[i + 1], &index(path, i + 1));
            if (rising && t1 <= t0) || (!rising && t1 >= t0) {
                let key = if rising {
                    "finding-steps-rise"
                } else {
                    "finding-steps-fall"
                };
                let message = Message::new(key)
                    .with("next", t1.to_string())
                    .with("previous", t0.to_string());
                self.report(codes::STEPS_NOT_MONOTONE, &at, message);
            } else if s1 < s0 {
                let message = Message::new("finding-step-scores-fall")
                    .with("next", s1.to_string())
                    .with("previous", s0.to_string());
                self.report(codes::STEPS_NOT_MONOTONE, &at, message);
            }
        }
    }

    /// Numbers of a scale within ±[`MAX_MAGNITUDE`], so that differences of them stay exact enough.
    fn bounded(&mut self, numbers: &[f64], node: &yaml::Node, path: &str, what: &'static str) {
        if let Some(number) = numbers.iter().find(|x| x.abs() > MAX_MAGNITUDE) {
            let message = Message::new("finding-number-too-large")
                .with("what", Message::new(what))
                .with("number", format!("{number:e}"))
                .with("max", format!("{MAX_MAGNITUDE:e}"));
            self.report(codes::NUMBER_TOO_LARGE, &origin(node, path), message);
        }
    }

    fn score_in_bounds(&mut self, score: f64, at: &super::model::Origin, what: &'static str) {
        if !(0.0..=100.0).contains(&score) {
            let message = Message::new(what).with("score", score.to_string());
            self.report(codes::CATEGORY_SCORE, at, message);
        }
    }
}
