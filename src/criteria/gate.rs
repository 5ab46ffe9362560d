//! Gate expressions (`NAME OP VALUE`): parsing and printing.

use crate::diagnostics::cut;
use std::fmt;

use serde::Serialize;

use super::model::{Gate, GateOp, GateValue, Origin};
use crate::diagnostics::Message;

impl GateError {
    /// The error as a catalogue message, for findings.
    pub fn message(&self) -> Message {
        match self {
            GateError::Form(text) => Message::new("gate-form").with("gate", text.as_str()),
            GateError::NoName(text) => Message::new("gate-no-name").with("gate", text.as_str()),
            GateError::NoValue(text) => Message::new("gate-no-value").with("gate", text.as_str()),
            GateError::Operator {
                gate,
                found,
                wanted,
            } => Message::new("gate-operator")
                .with("gate", gate.as_str())
                .with("found", *found)
                .with("wanted", *wanted),
        }
    }
}

/// Why a gate expression could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GateError {
    #[error("a gate needs the form NAME OP VALUE, e.g. 'government >= 50'; got '{0}'")]
    Form(String),
    #[error("gate '{0}' has no name before its operator")]
    NoName(String),
    #[error("gate '{0}' has no value after its operator")]
    NoValue(String),
    #[error("gate '{gate}' has the operator '{found}'; did you mean '{wanted}'?")]
    Operator {
        gate: String,
        found: &'static str,
        wanted: &'static str,
    },
}

/// Operators people type by mistake, and what they meant.
const MISTAKES: [(&str, &str); 4] = [("=>", ">="), ("=<", "<="), ("<>", "!="), ("=!", "!=")];

impl Gate {
    /// Parse `government >= 50`, `kind = phường`, `coverage>=0.9`; `≥`, `≤` and `≠` as printed
    /// in reasons are read too.
    pub fn parse(text: &str) -> Result<Gate, GateError> {
        for (found, wanted) in MISTAKES {
            if text.contains(found) {
                return Err(GateError::Operator {
                    gate: cut(text).into_owned(),
                    found,
                    wanted,
                });
            }
        }
        // Two-character operators first, so that `>=` is not read as `>`.
        const OPS: [(&str, GateOp); 9] = [
            ("≥", GateOp::Ge),
            ("≤", GateOp::Le),
            ("≠", GateOp::Ne),
            (">=", GateOp::Ge),
            ("<=", GateOp::Le),
            ("!=", GateOp::Ne),
            (">", GateOp::Gt),
            ("<", GateOp::Lt),
            ("=", GateOp::Eq),
        ];
        let (at, token, op) = OPS
            .iter()
            .filter_map(|(token, op)| text.find(token).map(|at| (at, *token, *op)))
            .min_by_key(|(at, token, _)| (*at, std::cmp::Reverse(token.len())))
            .ok_or_else(|| GateError::Form(cut(text).into_owned()))?;
        let name = text[..at].trim();
        let value = text[at + token.len()..].trim();
        let value = value.strip_prefix('=').map_or(value, str::trim); // tolerate `==`
        if name.is_empty() {
            return Err(GateError::NoName(cut(text).into_owned()));
        }
        if value.is_empty() {
            return Err(GateError::NoValue(cut(text).into_owned()));
        }
        let value = match value.parse::<f64>() {
            Ok(number) if number.is_finite() => GateValue::Number(number),
            _ => GateValue::Text(value.to_owned()),
        };
        Ok(Gate {
            name: name.to_owned(),
            op,
            value,
            origin: Origin::default(),
        })
    }
}

impl GateOp {
    pub fn symbol(self) -> &'static str {
        match self {
            GateOp::Ge => ">=",
            GateOp::Gt => ">",
            GateOp::Le => "<=",
            GateOp::Lt => "<",
            GateOp::Eq => "=",
            GateOp::Ne => "!=",
        }
    }

    /// Whether `left OP right` holds for an ordering of the two sides.
    pub fn holds(self, ordering: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::{Equal, Greater, Less};
        match self {
            GateOp::Ge => ordering != Less,
            GateOp::Gt => ordering == Greater,
            GateOp::Le => ordering != Greater,
            GateOp::Lt => ordering == Less,
            GateOp::Eq => ordering == Equal,
            GateOp::Ne => ordering != Equal,
        }
    }
}

impl fmt::Display for GateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GateValue::Number(number) => write!(f, "{number}"),
            GateValue::Text(text) => f.write_str(text),
        }
    }
}

impl fmt::Display for Gate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {}", self.name, self.op.symbol(), self.value)
    }
}

impl Serialize for Gate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_operator() {
        for (text, op) in [
            ("government >= 50", GateOp::Ge),
            ("government>50", GateOp::Gt),
            ("overall <= 3", GateOp::Le),
            ("overall < 3", GateOp::Lt),
            ("kind = phường", GateOp::Eq),
            ("kind == phường", GateOp::Eq),
            ("kind != xã", GateOp::Ne),
        ] {
            let gate = Gate::parse(text).unwrap();
            assert_eq!(gate.op, op, "{text}");
        }
    }

    #[test]
    fn reads_numbers_and_text() {
        let gate = Gate::parse("coverage >= 0.9").unwrap();
        assert_eq!(gate.name, "coverage");
        assert_eq!(gate.value, GateValue::Number(0.9));
        let gate = Gate::parse("kind != thị trấn").unwrap();
        assert_eq!(gate.value, GateValue::Text("thị trấn".into()));
        assert_eq!(gate.to_string(), "kind != thị trấn");
    }

    #[test]
    fn reads_the_symbols_reasons_print_and_points_out_swapped_operators() {
        assert_eq!(Gate::parse("government ≥ 60").unwrap().op, GateOp::Ge);
        assert_eq!(Gate::parse("kind ≠ xã").unwrap().op, GateOp::Ne);
        let error = Gate::parse("government => 60").unwrap_err();
        assert_eq!(
            error.to_string(),
            "gate 'government => 60' has the operator '=>'; did you mean '>='?"
        );
        assert!(matches!(
            Gate::parse("overall =< 3"),
            Err(GateError::Operator { wanted: "<=", .. })
        ));
        let long = format!("government {} 5", "x".repeat(200));
        let GateError::Form(text) = Gate::parse(&long).unwrap_err() else {
            panic!("not a form error")
        };
        assert_eq!(text.chars().count(), 81);
    }

    #[test]
    fn rejects_incomplete_gates() {
        assert!(matches!(
            Gate::parse("government 50"),
            Err(GateError::Form(_))
        ));
        assert!(matches!(Gate::parse(">= 50"), Err(GateError::NoName(_))));
        assert!(matches!(
            Gate::parse("government >="),
            Err(GateError::NoValue(_))
        ));
    }
}
