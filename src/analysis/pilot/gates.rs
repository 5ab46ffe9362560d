//! Gates resolved against an assessment: what each names, and whether a commune passes it.
//!
//! NAME is looked up in this order: `overall`, `coverage` (0 to 1), `level` (a 1-based number or a
//! level name in any language of the criteria), a pillar id, a group column. Numbers outside what
//! the name can hold are refused (`coverage >= 90`). Group values are folded as names are (case,
//! Unicode form, and tone marks when that alone finds the value); `=` and `!=` with a value no
//! commune has are refused, with the values that exist; `<` and `>` order values alphabetically.

use std::cmp::Ordering;

use super::{PilotError, Shown};
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
    /// The folded text a group gate compares with.
    text: String,
}

#[derive(Debug, Clone, PartialEq)]
enum Subject {
    Overall,
    Coverage,
    Level,
    Pillar(usize),
    Group(usize),
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
            (Subject::Level, GateValue::Text(text)) => Some(level_number(text, criteria)? as f64),
            (_, GateValue::Text(_)) => {
                return Err(PilotError::TextForNumber(Box::new(gate.clone())));
            }
        };
        let (low, high) = match subject {
            Subject::Coverage => (0.0, 1.0),
            Subject::Level => (1.0, criteria.levels.len().max(1) as f64),
            _ => (0.0, 100.0),
        };
        if let Some(x) = number.filter(|x| !(low..=high).contains(x)) {
            debug_assert!(x.is_finite());
            return Err(PilotError::OutOfRange {
                gate: Box::new(gate.clone()),
                low,
                high,
            });
        }
        let text = match subject {
            Subject::Group(g) => group_value(gate, g, assessment)?,
            _ => String::new(),
        };
        Ok(Check {
            gate: gate.clone(),
            subject,
            number,
            text,
        })
    }

    /// Whether `entity` passes, and its value.
    pub fn test(&self, entity: &EntityResult) -> (bool, Shown) {
        let (ordering, shown) = match self.subject {
            Subject::Group(g) => {
                let actual = entity.groups.get(g).map_or("", String::as_str);
                (
                    Some(fold(actual).cmp(&self.text)),
                    Shown::Group(actual.to_owned()),
                )
            }
            Subject::Overall => (self.compare(entity.overall), Shown::Score(entity.overall)),
            Subject::Pillar(p) => {
                let score = entity.scores.get(p);
                (self.compare(score), Shown::Score(score))
            }
            Subject::Coverage => (
                self.compare(Some(entity.coverage)),
                Shown::Coverage(entity.coverage),
            ),
            Subject::Level => (
                self.compare(entity.level.map(|l| l as f64 + 1.0)),
                Shown::Level(entity.level),
            ),
        };
        (ordering.is_some_and(|o| self.gate.op.holds(o)), shown)
    }

    fn compare(&self, actual: Option<f64>) -> Option<Ordering> {
        Some(actual?.total_cmp(&self.number?))
    }
}

/// The folded value a group gate compares with: the value itself when some commune has it
/// (after case and Unicode folding), else the one value it names without tone marks.
fn group_value(gate: &Gate, g: usize, assessment: &Assessment) -> Result<String, PilotError> {
    let wanted = fold(&gate.value.to_string());
    if !matches!(gate.op, GateOp::Eq | GateOp::Ne) {
        return Ok(wanted);
    }
    let mut values: Vec<&str> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for entity in &assessment.entities {
        let value = entity.groups.get(g).map_or("", String::as_str);
        if seen.insert(fold(value)) {
            values.push(value);
        }
    }
    if seen.contains(&wanted) {
        return Ok(wanted);
    }
    let bare = strip_marks(&wanted);
    let loose: Vec<&str> = values
        .iter()
        .copied()
        .filter(|v| strip_marks(&fold(v)) == bare)
        .collect();
    if let [one] = loose.as_slice() {
        return Ok(fold(one));
    }
    values.sort_by_key(|v| fold(v));
    Err(PilotError::UnknownValue {
        gate: Box::new(gate.clone()),
        suggestion: suggest::closest(&gate.value.to_string(), values.iter().copied())
            .map(str::to_owned),
        values: values.into_iter().map(str::to_owned).collect(),
    })
}

/// Folded text without tone and vowel marks (`đ` becomes `d`), for matching what people type
/// without a Vietnamese keyboard.
pub(super) fn strip_marks(folded: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    folded
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| if c == 'đ' { 'd' } else { c })
        .collect()
}

fn unknown(gate: &Gate, assessment: &Assessment) -> PilotError {
    let pillars: Vec<String> = assessment
        .pillars
        .iter()
        .map(|&p| assessment.nodes[p].id.clone())
        .collect();
    let groups = assessment.group_columns.clone();
    let known = ["overall", "coverage", "level"]
        .into_iter()
        .chain(pillars.iter().map(String::as_str))
        .chain(groups.iter().map(String::as_str));
    PilotError::UnknownGate {
        gate: Box::new(gate.clone()),
        suggestion: suggest::closest(&gate.name, known).map(str::to_owned),
        pillars,
        groups,
    }
}

/// The 1-based number of the level called `text` in any of its languages, or given by number.
pub(super) fn level_number(text: &str, criteria: &Criteria) -> Result<usize, PilotError> {
    let levels = criteria.levels.len();
    if let Ok(n) = text.trim().parse::<usize>()
        && (1..=levels).contains(&n)
    {
        return Ok(n);
    }
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
        .position(|level| {
            names(level)
                .iter()
                .any(|n| fold(n) == key || strip_marks(&fold(n)) == strip_marks(&key))
        })
        .map(|at| at + 1)
        .ok_or_else(|| PilotError::UnknownLevel {
            text: text.to_owned(),
            levels: criteria
                .levels
                .iter()
                .map(|l| l.name.get("en").to_owned())
                .collect(),
        })
}
