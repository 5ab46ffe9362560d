//! Reading typed values out of the located YAML tree, collecting a finding for each problem.
//!
//! Every getter records what is wrong and returns `None` (or a fallback), so that the loader can go
//! on and report the rest of the file in the same run.

use serde_saphyr::Spanned;

use super::codes::{self, Code};
use super::model::{Origin, Text};
use super::yaml::{Node, Value};
use crate::diagnostics::Finding;
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

    pub fn report(&mut self, code: Code, at: &Origin, message: impl Into<String>) {
        self.findings.push(Finding {
            severity: code.severity,
            code: code.code,
            name: code.name,
            file: self.file.to_owned(),
            line: at.line,
            column: at.column,
            path: at.path.clone(),
            message: message.into(),
        });
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
            let expected = format!(
                "a mapping with keys such as {}",
                quote_list(&allowed[..allowed.len().min(3)])
            );
            self.wrong_type(node, path, &expected);
            return None;
        };
        for (i, (key, _)) in entries.iter().enumerate() {
            let key_at = origin(key, &join(path, &key.value));
            if let Some((first, _)) = entries[..i]
                .iter()
                .find(|(seen, _)| seen.value == key.value)
            {
                let message = format!(
                    "'{}' appears twice in this mapping (first at line {}); keep one",
                    key.value,
                    first.referenced.line()
                );
                self.report(codes::DUPLICATE_KEY, &key_at, message);
            } else if !allowed.contains(&key.value.as_str()) {
                let hint = match suggest::closest(&key.value, allowed.iter().copied()) {
                    Some(found) => format!("did you mean '{found}'?"),
                    None => format!("expected one of {}", quote_list(allowed)),
                };
                let message = format!(
                    "unknown key '{}'; {hint}",
                    crate::diagnostics::cut(&key.value)
                );
                self.report(codes::UNKNOWN_KEY, &key_at, message);
            }
        }
        Some(Fields {
            entries,
            origin: at,
        })
    }

    /// The value of a required key, or a missing-key finding.
    pub fn required<'a>(&mut self, fields: &Fields<'a>, key: &str, what: &str) -> Option<&'a Node> {
        let found = fields.get(key);
        if found.is_none() {
            let message = format!("missing '{key}': {what}");
            self.report(codes::MISSING_KEY, &fields.origin, message);
        }
        found
    }

    pub fn wrong_type(&mut self, node: &Node, path: &str, expected: &str) {
        let found = match &node.value {
            Value::String(text) => format!("the text '{}'", crate::diagnostics::cut(text)),
            Value::Integer(number) => format!("the number {number}"),
            Value::Float(number) => format!("the number {number}"),
            Value::Bool(flag) => format!("'{flag}'"),
            other => other.kind().to_owned(),
        };
        let mut message = format!("expected {expected}, found {found}");
        if expected.starts_with("a number")
            && matches!(&node.value, Value::String(t) if t.trim().parse::<f64>().is_ok())
        {
            message.push_str("; remove the quotes");
        }
        self.report(codes::WRONG_TYPE, &origin(node, path), message);
    }

    pub fn string(&mut self, node: &Node, path: &str) -> Option<String> {
        match &node.value {
            Value::String(text) => Some(text.clone()),
            _ => {
                self.wrong_type(node, path, "text");
                None
            }
        }
    }

    pub fn number(&mut self, node: &Node, path: &str) -> Option<f64> {
        match node.value {
            Value::Integer(number) => Some(number as f64),
            Value::Float(number) if number.is_finite() => Some(number),
            _ => {
                self.wrong_type(node, path, "a number");
                None
            }
        }
    }

    pub fn whole_number(&mut self, node: &Node, path: &str) -> Option<u64> {
        match node.value {
            Value::Integer(number) if number >= 0 => u64::try_from(number).ok(),
            _ => {
                self.wrong_type(node, path, "a whole number (0 or more)");
                None
            }
        }
    }

    pub fn list<'a>(&mut self, node: &'a Node, path: &str, expected: &str) -> Option<&'a [Node]> {
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
        let items = self.list(node, path, "a list of column names")?;
        let read: Vec<Option<String>> = items
            .iter()
            .enumerate()
            .map(|(i, item)| self.string(item, &index(path, i)))
            .collect();
        read.into_iter().collect()
    }

    /// `[a, b]` of two numbers.
    pub fn pair(&mut self, node: &Node, path: &str, expected: &str) -> Option<[f64; 2]> {
        let items = self.list(node, path, expected)?;
        if items.len() != 2 {
            let message = format!("expected {expected}, found a list of {} items", items.len());
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
                self.wrong_type(
                    node,
                    path,
                    "text, or a map of language to text ({ en: …, vi: … })",
                );
                None
            }
        }
    }

    /// One of a closed set of words, e.g. `aggregate: geometric`.
    pub fn choice<T: Copy>(&mut self, node: &Node, path: &str, choices: &[(&str, T)]) -> Option<T> {
        let names: Vec<&str> = choices.iter().map(|(name, _)| *name).collect();
        let Value::String(word) = &node.value else {
            self.wrong_type(node, path, &format!("one of {}", quote_list(&names)));
            return None;
        };
        let found = choices
            .iter()
            .find(|(name, _)| name == word)
            .map(|(_, value)| *value);
        if found.is_none() {
            let message = format!(
                "'{}' is not one of {}{}",
                crate::diagnostics::cut(word),
                quote_list(&names),
                suggest::did_you_mean(word, names.iter().copied())
            );
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
            let hidden = crate::diagnostics::invisible_in(&id).map_or(String::new(), |c| {
                format!(" (it holds the invisible character {c})")
            });
            let message = format!(
                "id '{shown}' must be non-empty and made of letters, digits, '_', '-' or '.'{hidden}"
            );
            self.report(codes::INVALID_ID, &origin(node, path), message);
        }
        Some(id)
    }
}

/// `'a', 'b' or 'c'`
pub fn quote_list(words: &[&str]) -> String {
    let quoted: Vec<String> = words.iter().map(|word| format!("'{word}'")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        Some((last, _)) => last.clone(),
        None => String::new(),
    }
}
