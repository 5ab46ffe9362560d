//! Reading typed values out of the located YAML tree, collecting a finding for each problem.
//!
//! Every getter records what is wrong and returns `None` (or a fallback), so that the loader can go
//! on and report the rest of the file in the same run.

use serde_saphyr::Spanned;

use super::codes::{self, Code};
use super::model::{Origin, Text};
use super::yaml::{Node, Value};
use crate::diagnostics::{Finding, Message, Part};
use crate::suggest;

/// Collects findings for one file.
pub struct Reader<'f> {
    pub file: &'f str,
    pub findings: Vec<Finding>,
}

/// Where a located value stands.
pub fn origin<T>(node: &Spanned<T>, path: &str) -> Origin {
    Origin {
        line: u32::try_from(node.referenced.line()).unwrap_or(u32::MAX),
        column: u32::try_from(node.referenced.column()).unwrap_or(u32::MAX),
        path: path.to_owned(),
    }
}

/// `parent.key`, or `key` at the top.
pub fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_owned()
    } else {
        format!("{parent}.{key}")
    }
}

/// `parent[index]`.
pub fn index(parent: &str, index: usize) -> String {
    format!("{parent}[{index}]")
}

/// A mapping's entries, with its place.
pub struct Fields<'a> {
    pub entries: &'a [(Spanned<String>, Node)],
    pub origin: Origin,
}

impl<'a> Fields<'a> {
    /// The value of `key`, if present (the first one, when duplicated).
    pub fn get(&self, key: &str) -> Option<&'a Node> {
        self.entries
            .iter()
            .find(|(name, _)| name.value == key)
            .map(|(_, value)| value)
    }

    pub fn path(&self, key: &str) -> String {
        join(&self.origin.path, key)
    }
}

impl<'f> Reader<'f> {
    pub fn new(file: &'f str) -> Self {
        Reader {
            file,
            findings: Vec::new(),
        }
    }

    pub fn report(&mut self, code: Code, at: &Origin, message: impl Into<Message>) {
        self.findings
            .push(code.at(self.file, at.line, at.column, &at.path, message.into()));
    }

    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|finding| finding.is_error())
    }

    /// A mapping whose keys must all be in `allowed`; unknown and duplicate keys are reported.
    pub fn fields<'a>(
        &mut self,
        node: &'a Node,
        path: &str,
        allowed: &[&str],
    ) -> Option<Fields<'a>> {
        let at = origin(node, path);
        let Value::Mapping(entries) = &node.value else {
            let expected = Message::new("expect-mapping")
                .with("keys", choice_list(&allowed[..allowed.len().min(3)]));
            self.wrong_type(node, path, expected);
            return None;
        };
        for (i, (key, _)) in entries.iter().enumerate() {
            let key_at = origin(key, &join(path, &key.value));
            if let Some((first, _)) = entries[..i]
                .iter()
                .find(|(seen, _)| seen.value == key.value)
            {
                let message = Message::new("finding-duplicate-key")
                    .with("key", crate::diagnostics::cut(&key.value))
                    .with("line", first.referenced.line().to_string());
                self.report(codes::DUPLICATE_KEY, &key_at, message);
            } else if !allowed.contains(&key.value.as_str()) {
                let hint = match suggest::closest(&key.value, allowed.iter().copied()) {
                    Some(found) => {
                        Message::new("finding-key-did-you-mean").with("suggestion", found)
                    }
                    None => Message::new("finding-expected-one-of")
                        .with("choices", choice_list(allowed)),
                };
                let message = Message::new("finding-unknown-key")
                    .with("key", crate::diagnostics::cut(&key.value))
                    .with("hint", hint);
                self.report(codes::UNKNOWN_KEY, &key_at, message);
            }
        }
        Some(Fields {
            entries,
            origin: at,
        })
    }

    /// The value of a required key, or a missing-key finding.
    pub fn required<'a>(
        &mut self,
        fields: &Fields<'a>,
        key: &str,
        what: impl Into<Message>,
    ) -> Option<&'a Node> {
        let found = fields.get(key);
        if found.is_none() {
            let message = Message::new("finding-missing-key")
                .with("key", key)
                .with("what", what.into());
            self.report(codes::MISSING_KEY, &fields.origin, message);
        }
        found
    }

    pub fn wrong_type(&mut self, node: &Node, path: &str, expected: impl Into<Message>) {
        let expected = expected.into();
        let found = match &node.value {
            Value::String(text) => {
                Message::new("found-text").with("text", crate::diagnostics::cut(text))
            }
            Value::Integer(number) => {
                Message::new("found-number").with("number", number.to_string())
            }
            Value::Float(number) => Message::new("found-number").with("number", number.to_string()),
            Value::Bool(flag) => Message::Plain(format!("'{flag}'")),
            other => kind(other),
        };
        let quoted_number = matches!(
            expected.key(),
            Some("expect-number" | "expect-whole-number")
        ) && matches!(&node.value, Value::String(t) if t.trim().parse::<f64>().is_ok());
        let hint = match quoted_number {
            true => Message::new("finding-remove-quotes"),
            false => Message::from(""),
        };
        let message = Message::new("finding-wrong-type")
            .with("expected", expected)
            .with("found", found)
            .with("hint", hint);
        self.report(codes::WRONG_TYPE, &origin(node, path), message);
    }

    pub fn string(&mut self, node: &Node, path: &str) -> Option<String> {
        match &node.value {
            Value::String(text) => Some(text.clone()),
            _ => {
                self.wrong_type(node, path, Message::new("yaml-text"));
                None
            }
        }
    }

    pub fn number(&mut self, node: &Node, path: &str) -> Option<f64> {
        match node.value {
            Value::Integer(number) => Some(number as f64),
            Value::Float(number) if number.is_finite() => Some(number),
            _ => {
                self.wrong_type(node, path, Message::new("expect-number"));
                None
            }
        }
    }

    pub fn whole_number(&mut self, node: &Node, path: &str) -> Option<u64> {
        match node.value {
            Value::Integer(number) if number >= 0 => u64::try_from(number).ok(),
            _ => {
                self.wrong_type(node, path, Message::new("expect-whole-number"));
                None
            }
        }
    }

    pub fn list<'a>(
        &mut self,
        node: &'a Node,
        path: &str,
        expected: impl Into<Message>,
    ) -> Option<&'a [Node]> {
        match &node.value {
            Value::Sequence(items) => Some(items),
            _ => {
                self.wrong_type(node, path, expected);
                None
            }
        }
    }

    /// A list of texts, e.g. `groups: [district, kind]`.
    pub fn strings(&mut self, node: &Node, path: &str) -> Option<Vec<String>> {
        let items = self.list(node, path, Message::new("expect-column-list"))?;
        let read: Vec<Option<String>> = items
            .iter()
            .enumerate()
            .map(|(i, item)| self.string(item, &index(path, i)))
            .collect();
        read.into_iter().collect()
    }

    /// `[a, b]` of two numbers.
    pub fn pair(
        &mut self,
        node: &Node,
        path: &str,
        expected: impl Into<Message>,
    ) -> Option<[f64; 2]> {
        let expected = expected.into();
        let items = self.list(node, path, expected.clone())?;
        if items.len() != 2 {
            let message = Message::new("finding-wrong-type")
                .with("expected", expected)
                .with(
                    "found",
                    Message::new("found-list").with("count", items.len()),
                )
                .with("hint", "");
            self.report(codes::WRONG_TYPE, &origin(node, path), message);
            return None;
        }
        let first = self.number(&items[0], &index(path, 0));
        let second = self.number(&items[1], &index(path, 1));
        Some([first?, second?])
    }

    /// A text: a string, or a mapping from language code to string.
    pub fn text(&mut self, node: &Node, path: &str) -> Option<Text> {
        match &node.value {
            Value::String(text) => Some(Text::Plain(text.clone())),
            Value::Mapping(entries) if !entries.is_empty() => {
                let mut map = std::collections::BTreeMap::new();
                for (language, value) in entries {
                    let text = self.string(value, &join(path, &language.value))?;
                    map.insert(language.value.clone(), text);
                }
                Some(Text::Translated(map))
            }
            _ => {
                self.wrong_type(node, path, Message::new("expect-text-map"));
                None
            }
        }
    }

    /// One of a closed set of words, e.g. `aggregate: geometric`.
    pub fn choice<T: Copy>(&mut self, node: &Node, path: &str, choices: &[(&str, T)]) -> Option<T> {
        let names: Vec<&str> = choices.iter().map(|(name, _)| *name).collect();
        let Value::String(word) = &node.value else {
            let expected = Message::new("expect-one-of").with("choices", choice_list(&names));
            self.wrong_type(node, path, expected);
            return None;
        };
        let found = choices
            .iter()
            .find(|(name, _)| name == word)
            .map(|(_, value)| *value);
        if found.is_none() {
            let hint = match suggest::closest(word, names.iter().copied()) {
                Some(found) => {
                    Message::new("finding-choice-did-you-mean").with("suggestion", found)
                }
                None => Message::from(""),
            };
            let message = Message::new("finding-not-a-choice")
                .with("value", crate::diagnostics::cut(word))
                .with("choices", choice_list(&names))
                .with("hint", hint);
            self.report(codes::INVALID_VALUE, &origin(node, path), message);
        }
        found
    }

    /// An id: letters (any script), digits, `_`, `-` and `.`.
    pub fn id(&mut self, node: &Node, path: &str) -> Option<String> {
        let id = self.string(node, path)?;
        let valid = !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'));
        if !valid {
            let shown = crate::diagnostics::cut(&id);
            let hidden = crate::diagnostics::invisible_in(&id).map_or(Message::from(""), |c| {
                Message::new("finding-id-invisible").with("character", c)
            });
            let message = Message::new("finding-invalid-id")
                .with("id", shown)
                .with("hidden", hidden);
            self.report(codes::INVALID_ID, &origin(node, path), message);
        }
        Some(id)
    }
}

/// Quoted choices, `'a', 'b' or 'c'` in the reader's language.
pub fn choice_list(words: &[&str]) -> Part {
    Part::Choices(words.iter().map(|word| (*word).to_owned()).collect())
}

/// What a YAML value is, in words: `a list`, `a mapping`, …
fn kind(value: &Value) -> Message {
    Message::new(match value {
        Value::Null => "yaml-nothing",
        Value::Bool(_) => "yaml-bool",
        Value::Integer(_) | Value::Float(_) => "yaml-number",
        Value::String(_) => "yaml-text",
        Value::Sequence(_) => "yaml-list",
        Value::Mapping(_) => "yaml-mapping",
    })
}
