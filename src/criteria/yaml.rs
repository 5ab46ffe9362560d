//! A YAML document as a tree of located values, read through serde-saphyr.
//!
//! The loader walks this tree by hand instead of deserialising straight into the model, so that
//! one run reports every structural problem (unknown keys, wrong types, missing keys) with its
//! line and column, not just the first one that stops serde.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::{Budget, DuplicateKeyPolicy, Options, Spanned};

use crate::diagnostics::Message;

/// A located YAML value.
pub type Node = Spanned<Value>;

/// A YAML value. Mapping entries keep their order and any duplicate keys, which the loader
/// reports itself so that a duplicate does not hide the rest of the file's problems.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Integer(i64),
    Float(f64),
    String(String),
    Sequence(Vec<Node>),
    Mapping(Vec<(Spanned<String>, Node)>),
}

impl Value {
    /// What a user would call this kind of value, for "expected X, found Y" messages.
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Null => "nothing",
            Value::Bool(_) => "a yes/no value",
            Value::Integer(_) | Value::Float(_) => "a number",
            Value::String(_) => "text",
            Value::Sequence(_) => "a list",
            Value::Mapping(_) => "a mapping",
        }
    }
}

/// Why a document could not be read as YAML at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub line: u32,
    pub column: u32,
    pub message: Message,
}

/// Parse one YAML document. `Ok(None)` is an empty document (nothing but comments or blanks).
pub fn parse(bytes: &[u8]) -> Result<Option<Node>, SyntaxError> {
    let text = std::str::from_utf8(bytes).map_err(|error| invalid_utf8(bytes, error))?;
    serde_saphyr::from_str_with_options(text, options()).map_err(|error| {
        let (line, column) = error
            .location()
            .map_or((0, 0), |at| (to_u32(at.line()), to_u32(at.column())));
        let detail = clean_message(&error.without_snippet().to_string());
        let (line, column) = match detail.contains("tab") {
            true => indenting_tab(text, line).unwrap_or((line, column)),
            false => (line, column),
        };
        let message = match detail.as_str() {
            ALIAS_BOMB => Message::new("finding-yaml-too-many"),
            _ => Message::new("finding-yaml-syntax").with("detail", detail),
        };
        SyntaxError {
            line,
            column,
            message,
        }
    })
}

/// The line and column of the first tab in a line's indentation, from line `from` on. The parser
/// places a tab error where it noticed it (the end of the line before, or past the tab), but
/// the user must find the tab itself.
fn indenting_tab(text: &str, from: u32) -> Option<(u32, u32)> {
    text.lines()
        .enumerate()
        .skip(usize::try_from(from.max(1) - 1).ok()?)
        .find_map(|(index, line)| {
            let indent = line.len() - line.trim_start_matches([' ', '\t']).len();
            let at = line[..indent].find('\t')?;
            Some((to_u32(index as u64 + 1), to_u32(at as u64 + 1)))
        })
}

/// Limits far above any real criteria file, far below what would hurt: an alias bomb or a
/// thousand-deep nesting stops with a finding in milliseconds.
fn options() -> Options {
    let mut budget = Budget::default();
    budget.max_nodes = 100_000;
    budget.max_events = 400_000;
    budget.max_aliases = 1_000;
    budget.max_anchors = 1_000;
    budget.max_depth = 64;
    let mut options = Options::default();
    options.budget = Some(budget);
    options.duplicate_keys = DuplicateKeyPolicy::PassThrough;
    options.with_snippet = false;
    options
}

fn to_u32(number: u64) -> u32 {
    u32::try_from(number).unwrap_or(u32::MAX)
}

/// What [`clean_message`] says of a breached budget; the finding words it from the catalogue.
const ALIAS_BOMB: &str = "budget breached";

/// serde-saphyr's messages end with " at line L, column C"; the finding carries that already.
fn clean_message(message: &str) -> String {
    let first = message.lines().next().unwrap_or(message);
    if first.starts_with("budget breached") {
        return ALIAS_BOMB.to_owned();
    }
    let trimmed = match first.find(" at line ") {
        Some(at) => &first[..at],
        None => first,
    };
    trimmed
        .replace(", set DuplicateKeyPolicy in Options if acceptable", "")
        .trim()
        .to_owned()
}

fn invalid_utf8(bytes: &[u8], error: std::str::Utf8Error) -> SyntaxError {
    let good = &bytes[..error.valid_up_to()];
    let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = good
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |at| at + 1);
    let column = String::from_utf8_lossy(&good[line_start..]).chars().count() + 1;
    SyntaxError {
        line: u32::try_from(line).unwrap_or(u32::MAX),
        column: u32::try_from(column).unwrap_or(u32::MAX),
        message: Message::new("finding-yaml-not-utf8").with(
            "byte",
            format!(
                "{:02X}",
                bytes.get(error.valid_up_to()).copied().unwrap_or(0)
            ),
        ),
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ValueVisitor)
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        Value::deserialize(deserializer)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Integer(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(i64::try_from(v).map_or(Value::Float(v as f64), Value::Integer))
    }
    fn visit_i128<E>(self, v: i128) -> Result<Value, E> {
        Ok(i64::try_from(v).map_or(Value::Float(v as f64), Value::Integer))
    }
    fn visit_u128<E>(self, v: u128) -> Result<Value, E> {
        Ok(i64::try_from(v).map_or(Value::Float(v as f64), Value::Integer))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::Float(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Value, E> {
        Ok(Value::String(String::from_utf8_lossy(v).into_owned()))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut access: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = access.next_element()? {
            items.push(item);
        }
        Ok(Value::Sequence(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Value, A::Error> {
        let mut entries = Vec::new();
        while let Some(entry) = access.next_entry()? {
            entries.push(entry);
        }
        Ok(Value::Mapping(entries))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(text: &[u8]) -> SyntaxError {
        parse(text).expect_err("should not parse")
    }

    #[test]
    fn keeps_locations_of_values_and_keys() {
        let node = parse(b"a: 1\nb:\n  c: [x, 2.5]\n").unwrap().unwrap();
        let Value::Mapping(entries) = &node.value else {
            panic!("not a mapping")
        };
        assert_eq!(entries[1].0.value, "b");
        assert_eq!(entries[1].0.referenced.line(), 2);
        let Value::Mapping(inner) = &entries[1].1.value else {
            panic!("not a mapping")
        };
        assert_eq!(inner[0].1.referenced.line(), 3);
        assert_eq!(inner[0].1.referenced.column(), 6);
    }

    #[test]
    fn quoted_numbers_stay_text() {
        let node = parse(b"w: \"40\"\n").unwrap().unwrap();
        let Value::Mapping(entries) = node.value else {
            panic!("not a mapping")
        };
        assert_eq!(entries[0].1.value, Value::String("40".into()));
    }

    #[test]
    fn empty_and_comment_only_documents_are_none() {
        assert_eq!(parse(b"").unwrap(), None);
        assert_eq!(parse(b"# only a comment\n\n").unwrap(), None);
    }

    #[test]
    fn duplicate_keys_reach_the_loader() {
        let node = parse(b"a: 1\na: 2\n").unwrap().unwrap();
        let Value::Mapping(entries) = node.value else {
            panic!("not a mapping")
        };
        assert_eq!(entries.len(), 2);
    }

    #[test]
    fn tabs_syntax_and_bad_utf8_are_located() {
        let tab = error(b"a:\n\tb: 1\n");
        assert_eq!((tab.line, tab.column), (2, 1));
        let later = error(b"a:\n  b:\n  c:\n    - 1\n  \t- 2\n");
        assert_eq!((later.line, later.column), (5, 3), "{later:?}");
        assert!(tab.message.contains("tabs"), "{}", tab.message);
        let utf8 = error(b"a: 1\nb: x\xff\n");
        assert_eq!((utf8.line, utf8.column), (2, 5));
        assert!(utf8.message.contains("UTF-8"));
        assert!(!error(b"a: [1, 2\nb: 3\n").message.to_string().is_empty());
    }

    #[test]
    fn alias_bombs_and_deep_nesting_stop_at_their_budgets() {
        let mut bomb = String::from("a: &a [x,x,x,x,x,x,x,x,x,x]\n");
        for (name, previous) in ["b", "c", "d", "e", "f", "g", "h", "i"]
            .iter()
            .zip("abcdefgh".chars())
        {
            let refs = vec![format!("*{previous}"); 10].join(",");
            bomb.push_str(&format!("{name}: &{name} [{refs}]\n"));
        }
        // Bounded work, not seconds: the bomb (10^9 values) stops at the node budget, within its
        // fifth line (10^5 values), and the nesting at the depth budget, within its first line.
        let stopped = error(bomb.as_bytes());
        assert!(stopped.line <= 5, "{stopped:?}");
        assert!(
            stopped.message.contains("too many values"),
            "{}",
            stopped.message
        );
        let deep = error("[".repeat(100_000).as_bytes());
        assert_eq!(deep.line, 1);
        assert!(deep.column <= 1_000, "{deep:?}");
    }
}
