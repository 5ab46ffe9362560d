//! What `dtm check` prints: findings (human, JSON, GitHub), the `--explain` tree built from the
//! scoring tree, and the closing summary's words.

use std::io::{self, Write};

use serde::Serialize;

use super::escape;
pub use super::explain::{ExplainRow, explain_rows, tree_table};
use super::i18n::{Lang, t};
use crate::diagnostics::{Finding, Severity};

/// The width the terminal renderings keep to when the terminal's own is unknown.
pub const TERMINAL_WIDTH: u16 = 80;

/// How many findings of one file's data are printed; the rest are counted.
pub const MAX_DATA_FINDINGS: usize = 50;

/// One checked file, as the JSON and human renderings see it.
#[derive(Debug, Serialize)]
pub struct Checked {
    pub file: String,
    pub findings: Vec<Finding>,
    /// Findings not printed (beyond [`MAX_DATA_FINDINGS`] of the data's); JSON lists them all.
    #[serde(skip)]
    pub hidden: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tree: Option<Vec<ExplainRow>>,
}

/// Where the human rendering goes, and how it may decorate.
#[derive(Debug, Clone, Copy)]
pub struct Screen {
    /// A terminal: box-drawn tables fitted to `width`, long findings wrapped.
    pub terminal: bool,
    pub width: u16,
    pub color: bool,
    /// The language of the findings, headers and scales.
    pub lang: Lang,
}

/// A finding as one `file:line:column: severity[CODE]: message` line, control characters shown
/// as escapes, the severity coloured when asked.
pub fn finding_line(finding: &Finding, lang: Lang, color: bool) -> String {
    let line = escape::terminal(&finding.line(lang)).into_owned();
    if !color {
        return line;
    }
    let severity = finding.severity.word(lang);
    let code = if finding.severity == Severity::Error {
        "1;31"
    } else {
        "1;33"
    };
    line.replacen(
        &format!(": {severity}["),
        &format!(": \x1b[{code}m{severity}\x1b[0m["),
        1,
    )
}

/// `text` broken at spaces into lines of at most `width` characters, continuations indented by
/// two spaces; a word longer than a line stays whole.
pub fn wrap(text: &str, width: usize) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    for word in text.split(' ') {
        let length = word.chars().count();
        if used > 0 && used + 1 + length > width {
            lines.push(std::mem::replace(&mut line, "  ".to_owned()));
            used = 2;
        } else if used > 0 {
            line.push(' ');
            used += 1;
        }
        line.push_str(word);
        used += length;
    }
    lines.push(line);
    lines.join("\n")
}

/// Findings and trees of every file, for a person.
pub fn human(checked: &[Checked], screen: Screen, out: &mut dyn Write) -> io::Result<()> {
    for file in checked {
        let shown = file.findings.len().saturating_sub(file.hidden);
        for finding in &file.findings[..shown] {
            let line = finding_line(finding, screen.lang, screen.color);
            if screen.terminal {
                writeln!(out, "{}", wrap(&line, usize::from(screen.width)))?;
            } else {
                writeln!(out, "{line}")?;
            }
        }
        if file.hidden > 0 {
            let count = ("count", file.hidden.into());
            writeln!(out, "{}", t(screen.lang, "check-hidden", &[count]))?;
        }
        if let Some(tree) = &file.tree {
            if checked.len() > 1 {
                writeln!(out, "\n{}", escape::terminal(&file.file))?;
            }
            writeln!(out, "{}", tree_table(tree, screen, screen.lang))?;
        }
    }
    Ok(())
}

#[derive(Serialize)]
struct JsonReport {
    files: Vec<Checked>,
    errors: usize,
    warnings: usize,
}

/// Every file's findings (all of them, their messages in `lang`) and trees as one JSON object.
pub fn json(
    checked: &[Checked],
    errors: usize,
    warnings: usize,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    let files = checked
        .iter()
        .map(|file| Checked {
            file: file.file.clone(),
            findings: file.findings.iter().map(|f| f.worded(lang)).collect(),
            hidden: file.hidden,
            tree: file.tree.clone(),
        })
        .collect();
    let report = JsonReport {
        files,
        errors,
        warnings,
    };
    crate::report::pretty::write(&mut *out, &report)?;
    writeln!(out)
}

/// How many files were checked and how many could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Files {
    pub checked: usize,
    pub unreadable: usize,
}

/// The closing line: how many files, the verdict, the counts, in `lang`. An unreadable file
/// fails the check; `deny_warnings` makes warnings fail, and the verdict says so.
pub fn summary(
    files: Files,
    errors: usize,
    warnings: usize,
    deny_warnings: bool,
    lang: Lang,
) -> Summary {
    let verdict = if errors > 0 || files.unreadable > 0 || (deny_warnings && warnings > 0) {
        Verdict::Failed
    } else if warnings > 0 {
        Verdict::Warnings
    } else {
        Verdict::Ok
    };
    let denied = if deny_warnings && errors == 0 && warnings > 0 {
        t(lang, "check-denied", &[])
    } else {
        String::new()
    };
    let unreadable = match files.unreadable {
        0 => String::new(),
        n => t(lang, "check-unreadable", &[("count", n.into())]),
    };
    let checked = t(lang, "check-files", &[("count", files.checked.into())]);
    Summary {
        files: format!("{checked}{unreadable}"),
        verdict,
        counts: t(
            lang,
            "check-counts",
            &[
                (
                    "errors",
                    t(lang, "check-errors", &[("count", errors.into())]).into(),
                ),
                (
                    "warnings",
                    t(lang, "check-warnings", &[("count", warnings.into())]).into(),
                ),
                ("denied", denied.into()),
            ],
        ),
        lang,
    }
}

/// The summary's parts, so that the caller can colour the verdict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub files: String,
    pub verdict: Verdict,
    pub counts: String,
    pub lang: Lang,
}

impl Summary {
    /// `checked 2 files: ok (0 errors, 0 warnings)`, with the verdict as the caller painted it.
    pub fn line(&self, verdict: &str) -> String {
        t(
            self.lang,
            "check-summary",
            &[
                ("files", (&self.files).into()),
                ("verdict", verdict.into()),
                ("counts", (&self.counts).into()),
            ],
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Ok,
    Warnings,
    Failed,
}

impl Verdict {
    pub fn word(self, lang: Lang) -> String {
        match self {
            Verdict::Ok => t(lang, "check-ok", &[]),
            Verdict::Warnings => t(lang, "check-passed-with-warnings", &[]),
            Verdict::Failed => t(lang, "check-failed", &[]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_findings_wrap_within_the_width_and_escape_controls() {
        let line = wrap(&"word ".repeat(40), 80);
        assert!(line.lines().all(|l| l.chars().count() <= 80), "{line}");
        assert!(line.lines().skip(1).all(|l| l.starts_with("  ")));
        let finding = Finding {
            severity: Severity::Error,
            code: "D004",
            name: "not-a-number",
            file: "d.csv".into(),
            line: 2,
            column: 0,
            path: "x".into(),
            message: "'\x1b[2J' is not a number".into(),
        };
        assert!(!finding_line(&finding, Lang::En, false).contains('\x1b'));
    }

    #[test]
    fn denied_warnings_fail_and_say_why() {
        let files = |checked, unreadable| Files {
            checked,
            unreadable,
        };
        let failed = summary(files(1, 0), 0, 2, true, Lang::En);
        assert_eq!(failed.verdict, Verdict::Failed);
        assert!(failed.counts.ends_with("--deny-warnings"));
        assert_eq!(
            summary(files(1, 0), 0, 2, false, Lang::En).verdict,
            Verdict::Warnings
        );
        assert_eq!(
            summary(files(2, 0), 0, 0, true, Lang::En).verdict,
            Verdict::Ok
        );
        assert_eq!(summary(files(2, 0), 1, 0, false, Lang::En).files, "2 files");
        let missing = summary(files(1, 1), 0, 0, false, Lang::En);
        assert_eq!(missing.verdict, Verdict::Failed);
        assert_eq!(missing.files, "1 file (1 could not be read)");
        let vietnamese = summary(files(2, 0), 1, 3, false, Lang::Vi);
        assert_eq!(vietnamese.files, "2 tệp");
        assert_eq!(vietnamese.counts, "1 lỗi, 3 cảnh báo");
        assert_eq!(Verdict::Failed.word(Lang::Vi), "không đạt");
    }
}
