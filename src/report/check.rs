//! What `dtm check` prints: findings (human, JSON, GitHub), the `--explain` tree built from the
//! scoring tree, and the closing summary's words.

use std::io::{self, Write};

use comfy_table::{
    Cell, CellAlignment, ColumnConstraint, ContentArrangement, Table, Width, presets,
};
use serde::Serialize;

use super::escape;
use crate::criteria::Criteria;
use crate::criteria::explain::describe_scale;
use crate::diagnostics::{Finding, Severity};
use crate::score::{NodeInfo, NodeKind};

/// The width the terminal renderings keep to when the terminal's own is unknown.
pub const TERMINAL_WIDTH: u16 = 80;

/// How many findings of one file's data are printed; the rest are counted.
pub const MAX_DATA_FINDINGS: usize = 50;

/// One line of the explained tree.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExplainRow {
    /// 0 for pillars.
    pub depth: usize,
    pub kind: NodeKind,
    pub id: String,
    pub name: String,
    /// Share of its parent's weight, 0 to 1.
    pub weight: f64,
    /// Share of the whole index, 0 to 1: the scoring tree's own effective weight.
    pub effective_weight: f64,
    /// The scale in words, for indicators.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scale: Option<String>,
    /// The data column, for indicators.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
}

/// The scoring tree's nodes (pre-order) as rows, names in `lang`.
pub fn explain_rows(criteria: &Criteria, nodes: &[NodeInfo], lang: &str) -> Vec<ExplainRow> {
    let indicators = criteria.indicators();
    nodes
        .iter()
        .map(|node| ExplainRow {
            depth: node.depth,
            kind: node.kind,
            id: node.id.clone(),
            name: node
                .name
                .as_ref()
                .map_or_else(String::new, |n| n.get(lang).to_owned()),
            weight: node.weight,
            effective_weight: node.effective_weight,
            scale: node
                .indicator
                .and_then(|i| indicators.get(i))
                .map(|indicator| describe_scale(indicator)),
            column: node.column.clone(),
        })
        .collect()
}

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
}

/// A finding as one `file:line:column: severity[CODE]: message` line, control characters shown
/// as escapes, the severity coloured when asked.
pub fn finding_line(finding: &Finding, color: bool) -> String {
    let line = escape::terminal(&finding.to_string()).into_owned();
    if !color {
        return line;
    }
    let severity = finding.severity.to_string();
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
            let line = finding_line(finding, screen.color);
            if screen.terminal {
                writeln!(out, "{}", wrap(&line, usize::from(screen.width)))?;
            } else {
                writeln!(out, "{line}")?;
            }
        }
        if file.hidden > 0 {
            writeln!(
                out,
                "… and {} more data problem(s) not shown (--format json lists them all)",
                file.hidden
            )?;
        }
        if let Some(tree) = &file.tree {
            if checked.len() > 1 {
                writeln!(out, "\n{}", escape::terminal(&file.file))?;
            }
            writeln!(out, "{}", tree_table(tree, screen))?;
        }
    }
    Ok(())
}

#[derive(Serialize)]
struct JsonReport<'a> {
    files: &'a [Checked],
    errors: usize,
    warnings: usize,
}

/// Every file's findings (all of them) and trees as one JSON object.
pub fn json(
    checked: &[Checked],
    errors: usize,
    warnings: usize,
    out: &mut dyn Write,
) -> io::Result<()> {
    let report = JsonReport {
        files: checked,
        errors,
        warnings,
    };
    serde_json::to_writer_pretty(&mut *out, &report)?;
    writeln!(out)
}

/// How many files were checked and how many could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Files {
    pub checked: usize,
    pub unreadable: usize,
}

/// The closing line: how many files, the verdict, the counts. An unreadable file fails the
/// check; `deny_warnings` makes warnings fail, and the verdict says so.
pub fn summary(files: Files, errors: usize, warnings: usize, deny_warnings: bool) -> Summary {
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let verdict = if errors > 0 || files.unreadable > 0 || (deny_warnings && warnings > 0) {
        Verdict::Failed
    } else if warnings > 0 {
        Verdict::Warnings
    } else {
        Verdict::Ok
    };
    let denied = if deny_warnings && errors == 0 && warnings > 0 {
        "; --deny-warnings"
    } else {
        ""
    };
    let unreadable = match files.unreadable {
        0 => String::new(),
        n => format!(" ({n} could not be read)"),
    };
    Summary {
        files: format!("{}{unreadable}", plural(files.checked, "file")),
        verdict,
        counts: format!(
            "{}, {}{denied}",
            plural(errors, "error"),
            plural(warnings, "warning")
        ),
    }
}

/// The summary's parts, so that the caller can colour the verdict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub files: String,
    pub verdict: Verdict,
    pub counts: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Ok,
    Warnings,
    Failed,
}

impl Verdict {
    pub fn word(self) -> &'static str {
        match self {
            Verdict::Ok => "ok",
            Verdict::Warnings => "passed with warnings",
            Verdict::Failed => "failed",
        }
    }
}

/// The explained tree as a table: indented ids, weights in percent, scales in words. On a
/// terminal it keeps to the screen's width, and leaves out the column names when every one is
/// its indicator's id; elsewhere it is a Markdown table with every column.
pub fn tree_table(rows: &[ExplainRow], screen: Screen) -> Table {
    let columns_are_ids = rows
        .iter()
        .all(|row| row.column.as_ref().is_none_or(|column| *column == row.id));
    let show_columns = !(screen.terminal && columns_are_ids);
    let mut table = Table::new();
    if screen.terminal {
        table
            .load_style(presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(screen.width);
    } else {
        table.load_style(presets::ASCII_MARKDOWN);
    }
    let mut header = vec!["node", "name", "weight", "in index", "scale"];
    if show_columns {
        header.push("column");
    }
    table.set_header(header);
    let text = |s: &str| {
        if screen.terminal {
            escape::terminal(s).into_owned()
        } else {
            escape::markdown_cell(s).into_owned()
        }
    };
    // No-break spaces on a terminal: the dynamic layout drops ordinary leading spaces.
    let indent = if screen.terminal {
        "\u{a0}\u{a0}"
    } else {
        "  "
    };
    for row in rows {
        let percent = |share: f64| {
            Cell::new(format!("{:.1} %", share * 100.0)).set_alignment(CellAlignment::Right)
        };
        let mut cells = vec![
            Cell::new(format!("{}{}", indent.repeat(row.depth), text(&row.id))),
            Cell::new(text(&row.name)),
            percent(row.weight),
            percent(row.effective_weight),
            Cell::new(text(row.scale.as_deref().unwrap_or(""))),
        ];
        if show_columns {
            cells.push(Cell::new(text(row.column.as_deref().unwrap_or(""))));
        }
        table.add_row(cells);
    }
    if screen.terminal {
        // Ids are what people search for: keep them whole, up to a third of the screen.
        let widest = rows
            .iter()
            .map(|row| 2 * row.depth + row.id.chars().count())
            .max()
            .unwrap_or(0);
        let room = usize::from(screen.width / 3);
        let width = u16::try_from(widest.min(room) + 2).unwrap_or(u16::MAX);
        if let Some(column) = table.column_mut(0) {
            column.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(width)));
        }
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::criteria::load_bytes;

    fn rows() -> Vec<ExplainRow> {
        let loaded = load_bytes(crate::criteria::BUILTIN.as_bytes(), "builtin.yaml");
        let Some(criteria) = loaded.criteria else {
            return Vec::new();
        };
        let nodes = crate::score::tree(&criteria).unwrap_or_default();
        explain_rows(&criteria, &nodes, "vi")
    }

    #[test]
    fn the_explained_tree_fits_an_80_column_terminal() {
        let rows = rows();
        assert!(rows.len() > 10);
        let screen = Screen {
            terminal: true,
            width: 80,
            color: false,
        };
        let text = tree_table(&rows, screen).to_string();
        let widest = text.lines().map(|l| l.chars().count()).max();
        assert!(widest.is_some_and(|w| w <= 80), "{text}");
    }

    #[test]
    fn effective_weights_come_from_the_scoring_tree_and_sum_to_one() {
        let rows = rows();
        let total: f64 = rows
            .iter()
            .filter(|r| r.kind == NodeKind::Indicator)
            .map(|r| r.effective_weight)
            .sum();
        assert!((total - 1.0).abs() < 1e-9, "{total}");
        assert!(
            rows.iter()
                .all(|r| r.depth > 0 || r.kind == NodeKind::Pillar)
        );
    }

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
        assert!(!finding_line(&finding, false).contains('\x1b'));
    }

    #[test]
    fn denied_warnings_fail_and_say_why() {
        let files = |checked, unreadable| Files {
            checked,
            unreadable,
        };
        let failed = summary(files(1, 0), 0, 2, true);
        assert_eq!(failed.verdict, Verdict::Failed);
        assert!(failed.counts.ends_with("--deny-warnings"));
        assert_eq!(summary(files(1, 0), 0, 2, false).verdict, Verdict::Warnings);
        assert_eq!(summary(files(2, 0), 0, 0, true).verdict, Verdict::Ok);
        assert_eq!(summary(files(2, 0), 1, 0, false).files, "2 files");
        let missing = summary(files(1, 1), 0, 0, false);
        assert_eq!(missing.verdict, Verdict::Failed);
        assert_eq!(missing.files, "1 file (1 could not be read)");
    }
}
