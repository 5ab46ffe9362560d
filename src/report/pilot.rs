//! Pilot recommendations and rollout waves (`dtm pilot`) in four formats.

use super::escape::{self, Escape};
use std::io::{self, Write};

use comfy_table::{Cell, CellAlignment, Table, TableStyle, presets};
mod json;

pub use json::json;

use super::words;
use crate::analysis::pilot::{Pick, Schedule, Selection};
use crate::criteria::Criteria;
use crate::score::{Assessment, EntityResult};

/// Everything `dtm pilot` shows.
pub struct PilotReport<'a> {
    pub criteria: &'a Criteria,
    pub assessment: &'a Assessment,
    pub selection: &'a Selection,
    /// The rollout waves, when asked for.
    pub schedule: Option<&'a Schedule>,
    pub lang: &'a str,
}

impl PilotReport<'_> {
    fn entity(&self, e: usize) -> &EntityResult {
        &self.assessment.entities[e]
    }

    fn level(&self, e: usize) -> String {
        words::level(self.criteria, self.entity(e).level, self.lang)
    }

    /// What was asked, in one line.
    fn rule(&self) -> String {
        let s = self.selection;
        let mut parts = vec![format!("{} pilot(s) asked", s.asked)];
        if !s.gates.is_empty() {
            parts.push(format!("gates: {}", s.gates.join(", ")));
        }
        if let Some(spread) = &s.spread {
            parts.push(format!("spread over {spread}"));
        }
        if let Some(cover) = &s.cover {
            parts.push(format!("cover every {cover}"));
        }
        parts.push(format!(
            "{} of {} communes pass the gates",
            s.candidates,
            self.assessment.entities.len()
        ));
        parts.join("; ")
    }
}

fn name(entity: &EntityResult) -> &str {
    if entity.name.is_empty() {
        &entity.id
    } else {
        &entity.name
    }
}

fn right(text: String) -> Cell {
    Cell::new(text).set_alignment(CellAlignment::Right)
}

/// The terminal form.
pub fn table(report: &PilotReport<'_>, out: &mut dyn Write) -> io::Result<()> {
    text(report, out, presets::UTF8_FULL_CONDENSED, "")
}

/// Markdown: headings and Markdown tables.
pub fn markdown(report: &PilotReport<'_>, out: &mut dyn Write) -> io::Result<()> {
    text(report, out, presets::ASCII_MARKDOWN, "## ")
}

fn text(
    report: &PilotReport<'_>,
    out: &mut dyn Write,
    style: TableStyle,
    heading: &str,
) -> io::Result<()> {
    writeln!(out, "{}", report.rule())?;
    for note in &report.selection.notes {
        writeln!(out, "Note: {note}")?;
    }
    // The terminal form has no heading marks; Markdown escapes its cells differently.
    let cell: Escape = if heading.is_empty() {
        escape::terminal
    } else {
        escape::markdown_cell
    };
    writeln!(out, "\n{heading}Pilots")?;
    writeln!(
        out,
        "{}",
        picks_table(report, &report.selection.picks, style, true, cell)
    )?;
    if !report.selection.passed_over.is_empty() {
        writeln!(out, "\n{heading}Passed over")?;
        writeln!(
            out,
            "{}",
            picks_table(report, &report.selection.passed_over, style, false, cell)
        )?;
    }
    if let Some(schedule) = report.schedule {
        writeln!(
            out,
            "\n{heading}Rollout waves (at most {} communes each)",
            schedule.per_wave
        )?;
        for wave in &schedule.waves {
            writeln!(
                out,
                "Wave {}: {} commune(s), mean overall {}",
                wave.number,
                wave.members.len(),
                words::score(wave.mean)
            )?;
        }
        writeln!(out, "{}", waves_table(report, schedule, style, cell))?;
        if !schedule.unscheduled.is_empty() {
            writeln!(
                out,
                "\n{} commune(s) do not fit in the waves and are unscheduled.",
                schedule.unscheduled.len()
            )?;
        }
    }
    Ok(())
}

fn picks_table(
    report: &PilotReport<'_>,
    picks: &[Pick],
    style: TableStyle,
    numbered: bool,
    text: Escape,
) -> Table {
    let mut table = Table::new();
    table.load_style(style);
    let mut header = vec![
        if numbered { "pick" } else { "rank" }.to_owned(),
        "commune".to_owned(),
    ];
    header.extend(
        report
            .assessment
            .group_columns
            .iter()
            .map(|g| text(g).into_owned()),
    );
    header.extend(["overall", "level", "reason"].map(String::from));
    table.set_header(header);
    for (k, pick) in picks.iter().enumerate() {
        let entity = report.entity(pick.entity);
        let first = if numbered { Some(k + 1) } else { entity.rank };
        let mut cells = vec![
            right(first.map_or_else(String::new, |n| n.to_string())),
            Cell::new(text(name(entity))),
        ];
        cells.extend(entity.groups.iter().map(|g| Cell::new(text(g))));
        cells.push(right(words::score(entity.overall)));
        cells.push(Cell::new(report.level(pick.entity)));
        cells.push(Cell::new(text(&pick.reason)));
        table.add_row(cells);
    }
    table
}

fn waves_table(
    report: &PilotReport<'_>,
    schedule: &Schedule,
    style: TableStyle,
    text: Escape,
) -> Table {
    let mut table = Table::new();
    table.load_style(style);
    let mut header = vec!["wave".to_owned(), "order".to_owned(), "commune".to_owned()];
    header.extend(
        report
            .assessment
            .group_columns
            .iter()
            .map(|g| text(g).into_owned()),
    );
    header.extend(["overall", "level"].map(String::from));
    table.set_header(header);
    for (wave, order, e) in rows(schedule) {
        let entity = report.entity(e);
        let mut cells = vec![
            right(wave.map_or_else(|| "–".to_owned(), |w| w.to_string())),
            right(order.to_string()),
            Cell::new(text(name(entity))),
        ];
        cells.extend(entity.groups.iter().map(|g| Cell::new(text(g))));
        cells.push(right(words::score(entity.overall)));
        cells.push(Cell::new(report.level(e)));
        table.add_row(cells);
    }
    table
}

/// `(wave, order within it, commune)`; unscheduled communes have no wave and follow in rank order.
fn rows(schedule: &Schedule) -> Vec<(Option<usize>, usize, usize)> {
    let mut rows: Vec<(Option<usize>, usize, usize)> = Vec::new();
    for wave in &schedule.waves {
        rows.extend(
            wave.members
                .iter()
                .enumerate()
                .map(|(k, &e)| (Some(wave.number), k + 1, e)),
        );
    }
    rows.extend(
        schedule
            .unscheduled
            .iter()
            .enumerate()
            .map(|(k, &e)| (None, k + 1, e)),
    );
    rows
}

/// CSV of the picks, `pick,id,name,<groups>,overall,level,reason`; with waves,
/// `wave,order,id,name,<groups>,overall,level` for every commune (unscheduled ones without a wave).
pub fn csv(report: &PilotReport<'_>, out: &mut dyn Write) -> io::Result<()> {
    let mut writer = ::csv::Writer::from_writer(out);
    let groups = &report.assessment.group_columns;
    let level = |entity: &EntityResult| {
        entity
            .level
            .map_or_else(String::new, |l| (l + 1).to_string())
    };
    let overall =
        |entity: &EntityResult| entity.overall.map_or_else(String::new, |s| s.to_string());
    if let Some(schedule) = report.schedule {
        let mut header = vec![
            "wave".to_owned(),
            "order".to_owned(),
            "id".to_owned(),
            "name".to_owned(),
        ];
        header.extend(groups.iter().cloned());
        header.extend(["overall", "level"].map(String::from));
        writer.write_record(super::escape::csv_record(&header))?;
        for (wave, order, e) in rows(schedule) {
            let entity = report.entity(e);
            let mut record = vec![
                wave.map_or_else(String::new, |w| w.to_string()),
                order.to_string(),
                entity.id.clone(),
                entity.name.clone(),
            ];
            record.extend(entity.groups.iter().cloned());
            record.extend([overall(entity), level(entity)]);
            writer.write_record(super::escape::csv_record(&record))?;
        }
        return writer.flush();
    }
    let mut header = vec!["pick".to_owned(), "id".to_owned(), "name".to_owned()];
    header.extend(groups.iter().cloned());
    header.extend(["overall", "level", "reason"].map(String::from));
    writer.write_record(super::escape::csv_record(&header))?;
    for (k, pick) in report.selection.picks.iter().enumerate() {
        let entity = report.entity(pick.entity);
        let mut record = vec![(k + 1).to_string(), entity.id.clone(), entity.name.clone()];
        record.extend(entity.groups.iter().cloned());
        record.extend([overall(entity), level(entity), pick.reason.clone()]);
        writer.write_record(super::escape::csv_record(&record))?;
    }
    writer.flush()
}
