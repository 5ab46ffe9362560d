//! Change between two periods or files (`dtm compare`) in four formats.

use super::escape::{self, Escape};
use std::io::{self, Write};

use comfy_table::{Cell, CellAlignment, Table, TableStyle, presets};

use super::words;
use crate::analysis::compare::{Change, Comparison, Presence, Snapshot};
use crate::criteria::Criteria;
use crate::score::LenientNote;

/// Everything `dtm compare` shows.
pub struct CompareReport<'a> {
    pub criteria: &'a Criteria,
    pub comparison: &'a Comparison,
    /// How each side is called: its period, else its file.
    pub before: String,
    pub after: String,
    pub lang: &'a str,
    /// Values `--lenient` turned missing, on either side (listed in JSON even under `-q`).
    pub lenient: Vec<&'a LenientNote>,
}

impl CompareReport<'_> {
    fn level(&self, level: Option<usize>) -> String {
        words::level(self.criteria, level, self.lang)
    }
}

/// The warning about relative scales, when the criteria use them.
pub fn relative_warning(comparison: &Comparison) -> Option<String> {
    (!comparison.relative.is_empty()).then(|| {
        format!(
            "the criteria use relative scales ({}): their scores depend on the other communes of each side, so changes in them are not comparable",
            comparison.relative.join(", ")
        )
    })
}

/// The summary in a few lines.
fn summary(report: &CompareReport<'_>) -> Vec<String> {
    let c = report.comparison;
    let s = &c.summary;
    let mut lines = vec![format!(
        "Change from {} to {}: {} communes on both sides; mean overall change {}; {} improved, {} declined; {} moved up a level, {} fell back.",
        report.before,
        report.after,
        s.matched,
        words::delta(s.mean_overall_change),
        s.improved,
        s.declined,
        s.moved_up.len(),
        s.fell_back.len()
    )];
    let pillars: Vec<String> = c
        .pillars
        .iter()
        .zip(&s.mean_pillar_change)
        .map(|(p, d)| format!("{p} {}", words::delta(*d)))
        .collect();
    lines.push(format!("Mean change per pillar: {}.", pillars.join(", ")));
    if let Some(warning) = relative_warning(c) {
        lines.push(format!("Warning: {warning}."));
    }
    lines
}

/// The terminal form.
pub fn table(report: &CompareReport<'_>, out: &mut dyn Write) -> io::Result<()> {
    text(report, out, presets::UTF8_FULL_CONDENSED, "")
}

/// Markdown: headings and Markdown tables.
pub fn markdown(report: &CompareReport<'_>, out: &mut dyn Write) -> io::Result<()> {
    text(report, out, presets::ASCII_MARKDOWN, "## ")
}

fn text(
    report: &CompareReport<'_>,
    out: &mut dyn Write,
    style: TableStyle,
    heading: &str,
) -> io::Result<()> {
    for line in summary(report) {
        writeln!(out, "{line}")?;
    }
    // The terminal form has no heading marks; Markdown escapes its cells differently.
    let cell: Escape = if heading.is_empty() {
        escape::terminal
    } else {
        escape::markdown_cell
    };
    writeln!(out, "\n{heading}Communes, by overall change")?;
    writeln!(out, "{}", changes_table(report, style, cell))?;
    let c = report.comparison;
    for (side, list) in [
        (&report.before, &c.only_before),
        (&report.after, &c.only_after),
    ] {
        if list.is_empty() {
            continue;
        }
        writeln!(out, "\n{heading}Only in {}", escape::terminal(side))?;
        for presence in list {
            let groups = escape::terminal(&presence.groups.join(", ")).into_owned();
            let level = report.level(presence.snapshot.level);
            writeln!(
                out,
                "- {} {} ({groups}): overall {} {level}",
                escape::terminal(&presence.id),
                escape::terminal(&presence.name),
                words::score(presence.snapshot.overall)
            )?;
        }
    }
    Ok(())
}

fn right(text: String) -> Cell {
    Cell::new(text).set_alignment(CellAlignment::Right)
}

fn changes_table(report: &CompareReport<'_>, style: TableStyle, text: Escape) -> Table {
    let c = report.comparison;
    let mut table = Table::new();
    table.load_style(style);
    let mut header = vec!["commune".to_owned()];
    header.extend(c.group_columns.iter().map(|g| text(g).into_owned()));
    header.extend(["before", "after", "change"].map(String::from));
    header.extend(c.pillars.iter().map(|p| format!("Δ {p}")));
    header.extend(["rank", "level"].map(String::from));
    table.set_header(header);
    for change in &c.changes {
        let mut cells = vec![Cell::new(text(if change.name.is_empty() {
            &change.id
        } else {
            &change.name
        }))];
        cells.extend(change.groups.iter().map(|g| Cell::new(text(g))));
        cells.push(right(words::score(change.before.overall)));
        cells.push(right(words::score(change.after.overall)));
        cells.push(right(words::delta(change.overall_delta)));
        cells.extend(change.pillar_deltas.iter().map(|d| right(words::delta(*d))));
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
    table
}

fn level_change(report: &CompareReport<'_>, change: &Change) -> String {
    let (was, now) = (
        report.level(change.before.level),
        report.level(change.after.level),
    );
    if was == now {
        now
    } else {
        format!("{was} → {now}")
    }
}

/// CSV: one row per commune, those on one side only included (`presence` says which).
pub fn csv(report: &CompareReport<'_>, out: &mut dyn Write) -> io::Result<()> {
    let c = report.comparison;
    let mut writer = ::csv::Writer::from_writer(out);
    let mut header = vec!["id".to_owned(), "name".to_owned()];
    header.extend(c.group_columns.iter().cloned());
    header.push("presence".into());
    for what in ["overall", "rank", "level"] {
        header.extend(["before", "after", "change"].map(|side| format!("{what}_{side}")));
    }
    for pillar in &c.pillars {
        header.extend(["before", "after", "change"].map(|side| format!("{pillar}_{side}")));
    }
    writer.write_record(super::escape::csv_record(&header))?;
    let empty = Snapshot {
        overall: None,
        level: None,
        rank: None,
        pillars: vec![None; c.pillars.len()],
    };
    for change in &c.changes {
        writer.write_record(super::escape::csv_record(record(
            change,
            &change.before,
            &change.after,
            "both",
            Some(change),
        )))?;
    }
    for (presence, label, before) in c
        .only_before
        .iter()
        .map(|p| (p, "before only", true))
        .chain(c.only_after.iter().map(|p| (p, "after only", false)))
    {
        let as_change = one_side(presence);
        let (was, now) = if before {
            (&presence.snapshot, &empty)
        } else {
            (&empty, &presence.snapshot)
        };
        writer.write_record(super::escape::csv_record(record(
            &as_change, was, now, label, None,
        )))?;
    }
    writer.flush()
}

fn one_side(presence: &Presence) -> Change {
    Change {
        id: presence.id.clone(),
        name: presence.name.clone(),
        groups: presence.groups.clone(),
        before: presence.snapshot.clone(),
        after: presence.snapshot.clone(),
        overall_delta: None,
        pillar_deltas: Vec::new(),
        rank_change: None,
        level_change: None,
    }
}

fn record(
    change: &Change,
    was: &Snapshot,
    now: &Snapshot,
    presence: &str,
    deltas: Option<&Change>,
) -> Vec<String> {
    let full = |x: Option<f64>| x.map_or_else(String::new, |v| v.to_string());
    let whole = |x: Option<i64>| x.map_or_else(String::new, |v| v.to_string());
    let count = |x: Option<usize>| x.map_or_else(String::new, |v| v.to_string());
    let mut record = vec![change.id.clone(), change.name.clone()];
    record.extend(change.groups.iter().cloned());
    record.push(presence.to_owned());
    record.extend([
        full(was.overall),
        full(now.overall),
        full(deltas.and_then(|d| d.overall_delta)),
    ]);
    record.extend([
        count(was.rank),
        count(now.rank),
        whole(deltas.and_then(|d| d.rank_change)),
    ]);
    record.extend([
        count(was.level.map(|l| l + 1)),
        count(now.level.map(|l| l + 1)),
        whole(deltas.and_then(|d| d.level_change)),
    ]);
    for (p, (a, b)) in was.pillars.iter().zip(&now.pillars).enumerate() {
        let delta = deltas.and_then(|d| d.pillar_deltas.get(p).copied().flatten());
        record.extend([full(*a), full(*b), full(delta)]);
    }
    record
}

/// JSON: the comparison as it is, with the names of the two sides.
pub fn json(report: &CompareReport<'_>, out: &mut dyn Write) -> io::Result<()> {
    let json = serde_json::json!({
        "before": report.before,
        "after": report.after,
        "comparison": report.comparison,
        "data_quality": { "lenient": report.lenient },
    });
    serde_json::to_writer_pretty(&mut *out, &json)?;
    writeln!(out)
}
