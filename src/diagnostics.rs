//! Findings about user files (criteria and data) and their three renderings.
//!
//! A finding names the file, the line and column, the YAML path or data column, a stable code and a
//! message that says what to do. Findings are collected, all of them, before a command fails.
//!
//! A finding's message is a [`Message`]: a key of the message catalogue and its arguments, which
//! the loaders and checks name but never word. It is worded when printed, in the reader's
//! language ([`Finding::line`]); `Display` and the JSON field word it in English. The catalogue
//! ([`crate::report::i18n`]) is a leaf that uses nothing else of dtm, so naming it here does not
//! make criteria or data depend on the renderers.

use std::fmt;
use std::io::{self, Write};

use serde::Serialize;

use crate::report::i18n::{self, Arg, Lang};

mod message;

pub use message::{Keyed, Message, Part, choices_in};

/// How many characters of a user's value a message quotes.
pub const QUOTED_CHARS: usize = 80;

/// A user's value as a message quotes it: at most [`QUOTED_CHARS`] characters, then `…`; control
/// and invisible characters shown as `U+XXXX`, so that a message never carries a raw escape
/// sequence or looks like what it is not.
pub fn cut(value: &str) -> std::borrow::Cow<'_, str> {
    let plain = value.chars().count() <= QUOTED_CHARS && !value.chars().any(is_invisible);
    if plain {
        return std::borrow::Cow::Borrowed(value);
    }
    let mut shown = String::new();
    for (count, c) in value.chars().enumerate() {
        if count == QUOTED_CHARS {
            shown.push('…');
            break;
        }
        if is_invisible(c) {
            shown.push_str(&format!("<U+{:04X}>", u32::from(c)));
        } else {
            shown.push(c);
        }
    }
    std::borrow::Cow::Owned(shown)
}

/// Characters that print as nothing or move the cursor: controls (tab, CR, ESC, …), zero-width
/// and joiner characters, bidirectional marks and overrides, the byte-order mark, soft hyphen.
pub fn is_invisible(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{061C}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{17B4}'
                | '\u{17B5}'
                | '\u{180B}'..='\u{180F}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{3164}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{FFF9}'..='\u{FFFB}'
                | '\u{E0000}'..='\u{E007F}'
        )
}

/// The first invisible character of `text`, as `U+200B`, when it has one.
pub fn invisible_in(text: &str) -> Option<String> {
    text.chars()
        .find(|&c| is_invisible(c))
        .map(|c| format!("U+{:04X}", u32::from(c)))
}

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

impl Severity {
    /// The word for a person: `error`, `lỗi`.
    pub fn word(self, lang: Lang) -> String {
        match self {
            Severity::Warning => i18n::t(lang, "finding-warning", &[]),
            Severity::Error => i18n::t(lang, "finding-error", &[]),
        }
    }
}

/// A stable finding code, for criteria (`E001`…, `W001`…) and data (`D001`…) alike: identifier,
/// short name and the severity it has unless a caller says otherwise. Codes never change meaning;
/// new ones get new numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Code {
    pub code: &'static str,
    pub name: &'static str,
    pub severity: Severity,
}

impl Code {
    pub const fn new(code: &'static str, name: &'static str, severity: Severity) -> Code {
        Code {
            code,
            name,
            severity,
        }
    }

    /// A finding with this code and its own severity.
    pub fn at(
        self,
        file: &str,
        line: u32,
        column: u32,
        path: &str,
        message: impl Into<Message>,
    ) -> Finding {
        Finding {
            severity: self.severity,
            code: self.code,
            name: self.name,
            file: file.to_owned(),
            line,
            column,
            path: path.to_owned(),
            message: message.into(),
        }
    }

    /// An error finding in a data file. `line` 0 means the whole file; `column` is the data
    /// column's name (CSV columns are named, not numbered, so the finding's column number is 0).
    pub fn error(
        self,
        file: &str,
        line: u64,
        column: &str,
        message: impl Into<Message>,
    ) -> Finding {
        self.data_finding(Severity::Error, file, line, column, message)
    }

    /// A warning finding in a data file, placed like [`Code::error`].
    pub fn warning(
        self,
        file: &str,
        line: u64,
        column: &str,
        message: impl Into<Message>,
    ) -> Finding {
        self.data_finding(Severity::Warning, file, line, column, message)
    }

    fn data_finding(
        self,
        severity: Severity,
        file: &str,
        line: u64,
        column: &str,
        message: impl Into<Message>,
    ) -> Finding {
        Finding {
            severity,
            ..self.at(
                file,
                u32::try_from(line).unwrap_or(u32::MAX),
                0,
                column,
                message,
            )
        }
    }
}

/// One problem found in a user file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub severity: Severity,
    /// Stable code, e.g. `E010`.
    pub code: &'static str,
    /// Short name of the code, e.g. `duplicate-id`.
    pub name: &'static str,
    pub file: String,
    /// 1-based; 0 when the problem has no place (an empty file, say).
    pub line: u32,
    /// 1-based; 0 when unknown.
    pub column: u32,
    /// The YAML path (`pillars[0].indicators[2].scale`) or the data column.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub path: String,
    pub message: Message,
}

impl Finding {
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl Finding {
    /// `file:line:column: error[E010]: message (at path)`, worded in `lang`.
    pub fn line(&self, lang: Lang) -> String {
        let mut line = self.file.clone();
        if self.line > 0 {
            line.push_str(&format!(":{}", self.line));
            if self.column > 0 {
                line.push_str(&format!(":{}", self.column));
            }
        }
        line.push_str(&format!(
            ": {}[{}]: {}",
            self.severity.word(lang),
            self.code,
            self.message.in_lang(lang)
        ));
        line.push_str(&self.place(lang));
        line
    }

    /// ` (at path)` in `lang`, or nothing when the finding has no path.
    fn place(&self, lang: Lang) -> String {
        if self.path.is_empty() {
            return String::new();
        }
        i18n::t(lang, "finding-at", &[("path", Arg::Text(cut(&self.path)))])
    }

    /// This finding with its message worded in `lang`, for the machine formats.
    pub fn worded(&self, lang: Lang) -> Finding {
        Finding {
            message: Message::Plain(self.message.in_lang(lang)),
            ..self.clone()
        }
    }
}

impl fmt::Display for Finding {
    /// `file:line:column: error[E010]: message (at path)`, in English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.line(Lang::En))
    }
}

/// How findings are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FindingFormat {
    /// One `file:line:column: error[CODE]: message` line each.
    #[default]
    Human,
    /// A JSON array of finding objects.
    Json,
    /// GitHub Actions workflow commands (`::error file=…,line=…,col=…::…`).
    Github,
}

/// Write findings in the chosen format, their messages in `lang` (codes, names and JSON keys
/// stay as they are).
pub fn render(
    findings: &[Finding],
    format: FindingFormat,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        FindingFormat::Human => {
            for finding in findings {
                writeln!(out, "{}", finding.line(lang))?;
            }
        }
        FindingFormat::Json => {
            let worded: Vec<Finding> = findings.iter().map(|f| f.worded(lang)).collect();
            crate::report::pretty::write(&mut *out, &worded)?;
            writeln!(out)?;
        }
        FindingFormat::Github => {
            for finding in findings {
                writeln!(out, "{}", github_annotation(finding, lang))?;
            }
        }
    }
    Ok(())
}

fn github_annotation(finding: &Finding, lang: Lang) -> String {
    let mut properties = format!("file={}", escape_property(&finding.file));
    if finding.line > 0 {
        properties.push_str(&format!(",line={}", finding.line));
        if finding.column > 0 {
            properties.push_str(&format!(",col={}", finding.column));
        }
    }
    properties.push_str(&format!(
        ",title={}",
        escape_property(&format!("{} {}", finding.code, finding.name))
    ));
    let mut message = finding.message.in_lang(lang);
    message.push_str(&finding.place(lang));
    format!(
        "::{} {properties}::{}",
        finding.severity,
        escape_data(&message)
    )
}

// Escaping as GitHub's toolkit does (`@actions/core` command.ts).
fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// Counts for a closing summary line.
pub fn count(findings: &[Finding]) -> (usize, usize) {
    let errors = findings.iter().filter(|f| f.is_error()).count();
    (errors, findings.len() - errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Finding {
        Finding {
            severity: Severity::Error,
            code: "E010",
            name: "duplicate-id",
            file: "criteria/x.yaml".into(),
            line: 12,
            column: 5,
            path: "pillars[0].indicators[1].id".into(),
            message: "duplicate id 'portal' (first defined at line 9)".into(),
        }
    }

    #[test]
    fn human_line_names_file_line_column_code_and_path() {
        assert_eq!(
            sample().to_string(),
            "criteria/x.yaml:12:5: error[E010]: duplicate id 'portal' (first defined at line 9) \
             (at pillars[0].indicators[1].id)"
        );
    }

    #[test]
    fn quoted_values_are_cut_at_80_characters_and_show_invisible_ones() {
        let long = "ầ".repeat(200);
        let shown = cut(&long);
        assert_eq!(shown.chars().count(), QUOTED_CHARS + 1);
        assert!(shown.ends_with('…'));
        assert_eq!(cut("A\u{200B}1\u{1b}[31m"), "A<U+200B>1<U+001B>[31m");
        assert!(matches!(cut("Phường 4"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn github_annotation_escapes_properties_and_data() {
        let mut finding = sample();
        finding.message = "50% done, a:b\nnext".into();
        assert_eq!(
            github_annotation(&finding, Lang::En),
            "::error file=criteria/x.yaml,line=12,col=5,title=E010 duplicate-id::50%25 done, \
             a:b%0Anext (at pillars[0].indicators[1].id)"
        );
    }
}
