//! Change between two periods or files (`dtm compare`) in four formats.

mod machine;

use std::io::{self, Write};

use comfy_table::{Cell, CellAlignment, Table, TableStyle, presets};

pub use machine::{csv, json};

use super::columns::{COMPACT, Width, fit, longest_word, wrap};
use super::escape::{self, Escape};
use super::model::{Commune, Run};
use super::{Lang, t, words};
use crate::analysis::compare::{Change, Comparison};

/// Everything `dtm compare` shows.
pub struct CompareReport<'a> {
    pub comparison: &'a Comparison,
    /// Each side: what it is called (its period, else its file) and its run.
    pub before: (String, Run),
    pub after: (String, Run),
    /// The communes of `changes`, then `only_before`, then `only_after`, on each side.
    pub communes: Vec<(Option<Commune<'a>>, Option<Commune<'a>>)>,
    pub lang: Lang,
    pub width: Width,
}

impl CompareReport<'_> {
    fn level(&self, run: &Run, level: Option<usize>) -> String {
        level
            .and_then(|l| run.levels.get(l))
            .map_or_else(String::new, |l| l.name.clone())
    }
}

/// The warning about relative scales, when the criteria use them.
pub fn relative_warning(comparison: &Comparison, lang: Lang) -> Option<String> {
    (!comparison.relative.is_empty()).then(|| {
        let ids = comparison.relative.join(", ");
        t(lang, "compare-relative", &[("indicators", ids.into())])
    })
}

/// The summary in a few lines.
fn summary(report: &CompareReport<'_>) -> Vec<String> {
    let (c, lang) = (report.comparison, report.lang);
    let s = &c.summary;
    let mut lines = vec![t(
        lang,
        "compare-summary",
        &[
            ("before", report.before.0.as_str().into()),
            ("after", report.after.0.as_str().into()),
            ("matched", s.matched.into()),
            ("mean", words::delta(s.mean_overall_change).into()),
            ("improved", s.improved.into()),
            ("declined", s.declined.into()),
            ("up", s.moved_up.len().into()),
            ("down", s.fell_back.len().into()),
        ],
    )];
    let pillars: Vec<String> = report
        .after
        .1
        .pillars
        .iter()
        .zip(&s.mean_pillar_change)
        .map(|(p, d)| format!("{} {}", p.name, words::delta(*d)))
        .collect();
    let pillars = pillars.join(", ");
    lines.push(t(lang, "compare-pillars", &[("pillars", pillars.into())]));
    if let Some(warning) = relative_warning(c, lang) {
        lines.push(t(lang, "compare-warning", &[("warning", warning.into())]));
    }
    // Counted on the later side, whose communes the table lists; the earlier side's count when
    // only it is synthetic.
    let [before, after] = c.synthetic;
    let (count, total) = if after > 0 {
        (after, s.matched + c.only_after.len())
    } else {
        (before, s.matched + c.only_before.len())
    };
    lines.extend(super::notes::synthetic(count, total, report.lang.code()));
    lines
}

/// The terminal form.
pub fn table(report: &CompareReport<'_>, out: &mut dyn Write) -> io::Result<()> {
    text(report, out, COMPACT, "", report.width)
}

/// Markdown: headings and Markdown tables.
pub fn markdown(report: &CompareReport<'_>, out: &mut dyn Write) -> io::Result<()> {
    text(
        report,
        out,
        presets::ASCII_MARKDOWN,
        "## ",
        Width::Unlimited,
    )
}

fn text(
    report: &CompareReport<'_>,
    out: &mut dyn Write,
    style: TableStyle,
    heading: &str,
    width: Width,
) -> io::Result<()> {
    let lang = report.lang;
    writeln!(
        out,
        "{}\n",
        super::headline::headline(&report.after.1, lang, width)
    )?;
    for line in summary(report) {
        writeln!(out, "{}", wrap(&line, width, 2))?;
    }
    writeln!(
        out,
        "\n{heading}{}",
        t(lang, "compare-section-changes", &[])
    )?;
    let narrow = matches!(width, Width::Fit(w) if w < 100);
    let text: Escape = if heading.is_empty() {
        escape::terminal
    } else {
        escape::markdown_cell
    };
    let (mut table, numeric) = changes_table(report, narrow, text);
    table.load_style(style);
    let headers: Vec<usize> = table
        .header()
        .map(|h| h.cell_iter().map(|c| longest_word(&c.content())).collect())
        .unwrap_or_default();
    let fixed: Vec<(usize, usize)> = numeric
        .map(|k| (k, headers.get(k).copied().unwrap_or(0).max(5)))
        .collect();
    fit(&mut table, width, &fixed);
    writeln!(out, "{}", table.trim_fmt())?;
    let c = report.comparison;
    for ((label, run), list) in [
        (&report.before, &c.only_before),
        (&report.after, &c.only_after),
    ] {
        if list.is_empty() {
            continue;
        }
        let title = t(
            lang,
            "compare-section-only",
            &[("side", label.as_str().into())],
        );
        writeln!(out, "\n{heading}{title}")?;
        for presence in list {
            let groups = presence.groups.join(", ");
            let level = report.level(run, presence.snapshot.level);
            let score = words::score(presence.snapshot.overall);
            let line = format!(
                "- {} {} ({groups}): {} {score} {level}",
                presence.id,
                presence.name,
                t(lang, "common-overall", &[])
            );
            writeln!(out, "{}", text(&line))?;
        }
    }
    Ok(())
}

fn right(text: String) -> Cell {
    Cell::new(text).set_alignment(CellAlignment::Right)
}

/// The table of changes and the positions of its numeric columns; `narrow` leaves out the group
/// columns and the pillars' changes.
fn changes_table(
    report: &CompareReport<'_>,
    narrow: bool,
    text: Escape,
) -> (Table, std::ops::Range<usize>) {
    let (c, lang) = (report.comparison, report.lang);
    let mut table = Table::new();
    let mut header = vec![t(lang, "common-commune", &[])];
    if !narrow {
        header.extend(
            c.group_columns
                .iter()
                .map(|g| text(&super::words::group_header(g, lang)).into_owned()),
        );
    }
    let first = header.len();
    header.extend(["compare-before", "compare-after", "compare-change"].map(|k| t(lang, k, &[])));
    if !narrow {
        header.extend(
            report
                .after
                .1
                .pillars
                .iter()
                .map(|p| format!("Δ {}", p.short)),
        );
    }
    let numeric = first..header.len();
    header.extend([t(lang, "common-rank", &[]), t(lang, "common-level", &[])]);
    table.set_header(header);
    for change in &c.changes {
        let name = if change.name.is_empty() {
            &change.id
        } else {
            &change.name
        };
        let mut cells = vec![Cell::new(text(name))];
        if !narrow {
            cells.extend(change.groups.iter().map(|g| Cell::new(text(g))));
        }
        cells.push(right(words::score(change.before.overall)));
        cells.push(right(words::score(change.after.overall)));
        cells.push(right(words::delta(change.overall_delta)));
        if !narrow {
            cells.extend(change.pillar_deltas.iter().map(|d| right(words::delta(*d))));
        }
        let rank = |r: Option<usize>| r.map_or_else(|| "–".to_owned(), |r| r.to_string());
        cells.push(right(format!(
            "{} → {} ({})",
            rank(change.before.rank),
            rank(change.after.rank),
            words::places(change.rank_change)
        )));
        cells.push(Cell::new(text(&level_change(report, change))));
        table.add_row(cells);
    }
    (table, numeric)
}

fn level_change(report: &CompareReport<'_>, change: &Change) -> String {
    let was = report.level(&report.before.1, change.before.level);
    let now = report.level(&report.after.1, change.after.level);
    if was == now {
        now
    } else {
        format!("{was} → {now}")
    }
}
