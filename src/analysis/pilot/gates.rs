//! Gates resolved against an assessment: what each names, and whether a commune passes it.
//!
//! NAME is looked up in this order: `overall`, `coverage` (0 to 1), `level` (a 1-based number or a
//! level name in any language of the criteria), a pillar id, a group column. Group values compare
//! as text after NFC normalisation and case folding (`<` and `>` then order them alphabetically).

use std::cmp::Ordering;

use super::PilotError;
use crate::analysis::names::fold;
use crate::criteria::{Criteria, Gate, GateOp, GateValue, Text};
use crate::score::{Assessment, EntityResult};
use crate::suggest;

/// A gate and what it names.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Check {
    pub gate: Gate,
    subject: Subject,
    /// The number the gate compares with (a level name becomes its number).
    number: Option<f64>,
}

#[derive(Debug, Clone, PartialEq)]
enum Subject {
    Overall,
    Coverage,
    Level,
    Pillar(usize),
    Group(usize),
}

/// A commune against one gate: whether it passes and its value in words (`government 72.0`).
pub(super) struct Outcome {
    pub passes: bool,
    pub value: String,
}

impl Check {
    pub fn resolve(
        gate: &Gate,
        criteria: &Criteria,
        assessment: &Assessment,
    ) -> Result<Check, PilotError> {
        let name = gate.name.as_str();
        let pillar = assessment
            .pillars
            .iter()
            .copied()
            .find(|&p| assessment.nodes[p].id == name);
        let group = assessment.group_columns.iter().position(|c| c == name);
        let subject = match (name, pillar, group) {
            ("overall", _, _) => Subject::Overall,
            ("coverage", _, _) => Subject::Coverage,
            ("level", _, _) => Subject::Level,
            (_, Some(p), _) => Subject::Pillar(p),
            (_, None, Some(g)) => Subject::Group(g),
            _ => return Err(unknown(gate, assessment)),
        };
        let number = match (&subject, &gate.value) {
            (Subject::Group(_), _) => None,
            (_, GateValue::Number(x)) => Some(*x),
            (Subject::Level, GateValue::Text(text)) => Some(level_number(gate, text, criteria)?),
            (_, GateValue::Text(_)) => return Err(PilotError::TextForNumber(gate.to_string())),
        };
        Ok(Check {
            gate: gate.clone(),
            subject,
            number,
        })
    }

    pub fn test(&self, entity: &EntityResult, criteria: &Criteria, lang: &str) -> Outcome {
        let name = &self.gate.name;
        let (ordering, value) = match self.subject {
            Subject::Group(g) => {
                let actual = entity.groups.get(g).map_or("", String::as_str);
                let wanted = self.gate.value.to_string();
                (
                    Some(fold(actual).cmp(&fold(&wanted))),
                    format!("{name} {actual}"),
                )
            }
            Subject::Overall | Subject::Pillar(_) => {
                let score = match self.subject {
                    Subject::Pillar(p) => entity.scores[p],
                    _ => entity.overall,
                };
                let value = score.map_or_else(
                    || format!("{name} has no score"),
                    |s| format!("{name} {s:.1}"),
                );
                (self.compare(score), value)
            }
            Subject::Coverage => (
                self.compare(Some(entity.coverage)),
                format!("coverage {:.2}", entity.coverage),
            ),
            Subject::Level => {
                let number = entity.level.map(|l| l as f64 + 1.0);
                let value = match entity.level.and_then(|l| criteria.levels.get(l)) {
                    Some(level) => format!(
                        "level {} ({})",
                        entity.level.map_or(0, |l| l + 1),
                        level.name.get(lang)
                    ),
                    None => "no level".to_owned(),
                };
                (self.compare(number), value)
            }
        };
        Outcome {
            passes: ordering.is_some_and(|o| self.gate.op.holds(o)),
            value,
        }
    }

    fn compare(&self, actual: Option<f64>) -> Option<Ordering> {
        Some(actual?.total_cmp(&self.number?))
    }

    /// The gate as a planner reads it: `government ≥ 50`.
    pub fn words(&self) -> String {
        format!(
            "{} {} {}",
            self.gate.name,
            symbol(self.gate.op),
            self.gate.value
        )
    }
}

/// The comparison as printed in reasons.
pub(super) fn symbol(op: GateOp) -> &'static str {
    match op {
        GateOp::Ge => "≥",
        GateOp::Gt => ">",
        GateOp::Le => "≤",
        GateOp::Lt => "<",
        GateOp::Eq => "=",
        GateOp::Ne => "≠",
    }
}

fn unknown(gate: &Gate, assessment: &Assessment) -> PilotError {
    let pillars: Vec<&str> = assessment
        .pillars
        .iter()
        .map(|&p| assessment.nodes[p].id.as_str())
        .collect();
    let groups: Vec<&str> = assessment
        .group_columns
        .iter()
        .map(String::as_str)
        .collect();
    let known = ["overall", "coverage", "level"]
        .into_iter()
        .chain(pillars.iter().copied())
        .chain(groups.iter().copied());
    PilotError::UnknownGate {
        gate: gate.to_string(),
        name: gate.name.clone(),
        pillars: list(&pillars),
        groups: list(&groups),
        suggestion: suggest::did_you_mean(&gate.name, known),
    }
}

/// The 1-based number of the level called `text` in any of its languages.
fn level_number(gate: &Gate, text: &str, criteria: &Criteria) -> Result<f64, PilotError> {
    let key = fold(text);
    let names = |level: &crate::criteria::Level| -> Vec<String> {
        match &level.name {
            Text::Plain(name) => vec![name.clone()],
            Text::Translated(map) => map.values().cloned().collect(),
        }
    };
    criteria
        .levels
        .iter()
        .position(|level| names(level).iter().any(|n| fold(n) == key))
        .map(|at| at as f64 + 1.0)
        .ok_or_else(|| {
            let known: Vec<String> = criteria
                .levels
                .iter()
                .map(|l| l.name.get("en").to_owned())
                .collect();
            PilotError::UnknownLevel(gate.to_string(), known.join(", "))
        })
}

pub(super) fn list(items: &[&str]) -> String {
    if items.is_empty() {
        "none".to_owned()
    } else {
        items.join(", ")
    }
}
