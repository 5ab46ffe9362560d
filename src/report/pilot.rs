//! Pilot recommendations and rollout waves (`dtm pilot`) in four formats.
//!
//! Tables fit the width they are given (the terminal's, else [`DEFAULT_WIDTH`]): reasons wrap
//! inside their column and text lines wrap at the width. Markdown is never wrapped.

use std::io::{self, Write};

use comfy_table::{Cell, CellAlignment, ContentArrangement, Table, TableStyle, presets};
mod errors;
mod json;
mod passed;
mod reasons;
mod rule;
pub mod words;

pub use json::json;

use super::i18n::{Lang, t};
use crate::analysis::pilot::{Schedule, Selection};
use crate::analysis::sensitivity::Sensitivity;
use crate::criteria::Criteria;
use crate::score::{Assessment, EntityResult};
use words::{Term, Words};

/// The width of text output off a terminal.
pub const DEFAULT_WIDTH: usize = 100;

/// Everything `dtm pilot` shows.
pub struct PilotReport<'a> {
    pub criteria: &'a Criteria,
    pub assessment: &'a Assessment,
    pub selection: &'a Selection,
    /// The rollout waves, when asked for.
    pub schedule: Option<&'a Schedule>,
    pub lang: &'a str,
    /// The terminal's width, when the output goes to one.
    pub width: Option<usize>,
    /// With `--robust`: the sensitivity replications whose top-N shares are shown beside each
    /// commune.
    pub robust: Option<&'a Sensitivity>,
}

impl PilotReport<'_> {
    fn entity(&self, e: usize) -> &EntityResult {
        &self.assessment.entities[e]
    }

    fn level(&self, e: usize) -> String {
        super::words::level(self.criteria, self.entity(e).level, self.lang)
    }

    fn words(&self) -> Words<'_> {
        Words::with_criteria(self.lang, self.criteria)
    }

    /// The group columns as headers.
    fn group_headers(&self) -> impl Iterator<Item = String> + '_ {
        let lang = self.catalogue_lang();
        let columns = self.assessment.group_columns.iter();
        columns.map(move |c| super::words::group_header(c, lang))
    }

    fn catalogue_lang(&self) -> Lang {
        Lang::from_code(self.lang).unwrap_or_default()
    }

    /// With `--robust`, the commune's share of replications in the top N (0 to 1).
    fn top_share(&self, e: usize) -> Option<f64> {
        self.robust?.top_share(self.entity(e).entity)
    }

    /// With `--robust`, the header of the top-N share column.
    fn robust_header(&self) -> Option<String> {
        let robust = self.robust?;
        Some(t(
            self.catalogue_lang(),
            "robust-top-share",
            &[("count", robust.settings.top.into())],
        ))
    }

    /// With `--robust`, the line that says how the shares were found.
    fn robust_line(&self) -> Option<String> {
        let robust = self.robust?;
        let s = &robust.settings;
        let weights = super::words::number(Some(s.weights * 100.0));
        Some(t(
            self.catalogue_lang(),
            "robust-rule",
            &[
                ("runs", s.runs.into()),
                ("count", s.top.into()),
                ("weights", weights.into()),
                ("seed", s.seed.to_string().into()),
            ],
        ))
    }

    fn width(&self) -> usize {
        self.width.unwrap_or(DEFAULT_WIDTH).max(40)
    }

    /// What was asked, in one line.
    fn rule(&self) -> String {
        let s = self.selection;
        let target = s.target.as_ref().map(|t| {
            (
                t,
                super::words::level(self.criteria, Some(t.level), self.lang),
            )
        });
        self.words().rule(
            s.asked,
            &s.gates,
            s.spread.as_deref(),
            s.cover.as_deref(),
            s.candidates,
            self.assessment.entities.len(),
            target.as_ref().map(|(t, name)| (*t, name.as_str())),
        )
    }
}

/// The selection in words, for documents that lay it out themselves (the full report).
#[derive(Debug, Clone, PartialEq)]
pub struct Worded {
    /// What was asked, in one line.
    pub rule: String,
    /// Each pick (position in `Assessment::entities`) with its reasons, one per part.
    pub picks: Vec<(usize, Vec<String>)>,
    /// Each runner-up with why it was passed over.
    pub passed_over: Vec<(usize, Vec<String>)>,
    pub notes: Vec<String>,
}

impl PilotReport<'_> {
    /// The rule, the reasons and the notes in the report's language.
    pub fn worded(&self) -> Worded {
        let split = |list: Vec<(usize, String)>| {
            list.into_iter()
                .map(|(e, text)| (e, text.split("; ").map(str::to_owned).collect()))
                .collect()
        };
        let words = self.words();
        Worded {
            rule: self.rule(),
            picks: split(reasons::for_picks(self)),
            passed_over: split(reasons::for_passed_over(self)),
            notes: self.selection.notes.iter().map(|n| words.note(n)).collect(),
        }
    }
}

fn name(entity: &EntityResult) -> &str {
    if entity.name.is_empty() {
        &entity.id
    } else {
        &entity.name
    }
}

/// Text from the data made safe for where it goes: no control characters on a terminal, no
/// table-breaking `|` or line breaks in Markdown.
fn clean(text: &str, markdown: bool) -> String {
    if markdown {
        super::escape::markdown_cell(text).into_owned()
    } else {
        super::escape::terminal(text).into_owned()
    }
}

/// A share (0 to 1) as a percentage, e.g. `87.5 %`.
fn percent(share: f64) -> String {
    format!("{} %", super::words::number(Some(share * 100.0)))
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
    let words = report.words();
    let markdown = !heading.is_empty();
    let width = if markdown { usize::MAX } else { report.width() };
    let line = |out: &mut dyn Write, text: &str| -> io::Result<()> {
        for piece in wrap(&clean(text, false), width) {
            writeln!(out, "{piece}")?;
        }
        Ok(())
    };
    line(out, &report.rule())?;
    if let Some(text) = report.robust_line() {
        line(out, &text)?;
    }
    for note in super::notes::assessment(report.assessment, report.lang) {
        line(out, &note)?;
    }
    for note in &report.selection.notes {
        line(out, &format!("{}: {}", words.word_note(), words.note(note)))?;
    }
    writeln!(out, "\n{heading}{}", words.term(Term::Pilots))?;
    let picks: Vec<(usize, String)> = reasons::for_picks(report);
    picks_section(report, out, &picks, style, true, width)?;
    if !report.selection.passed_over.is_empty() {
        writeln!(out, "\n{heading}{}", words.term(Term::PassedOver))?;
        let passed = reasons::for_passed_over(report);
        picks_section(report, out, &passed, style, false, width)?;
    }
    if let Some(schedule) = report.schedule {
        let spread = report.selection.spread.as_deref();
        writeln!(out)?;
        line(
            out,
            &format!(
                "{heading}{}",
                words.waves_title(
                    schedule.per_wave,
                    schedule.order,
                    schedule.per_group,
                    spread
                )
            ),
        )?;
        let touched = report.selection.spread_column.or((!report
            .assessment
            .group_columns
            .is_empty())
        .then_some(0));
        for wave in &schedule.waves {
            let touches = touched.and_then(|g| {
                Some((
                    report.assessment.group_columns.get(g)?.as_str(),
                    wave.touches.get(g)?.as_slice(),
                ))
            });
            line(
                out,
                &words.wave_line(wave.number, wave.members.len(), wave.mean, touches),
            )?;
        }
        if let Some(text) = words.empty_waves(schedule.waves.len(), schedule.asked) {
            line(out, &text)?;
        }
        writeln!(out, "{}", waves_table(report, schedule, style, width))?;
        if let Some(text) = words.unscheduled(schedule.unscheduled.len()) {
            writeln!(out)?;
            line(out, &text)?;
        }
    }
    Ok(())
}

/// A table of communes; in Markdown the reasons are its last column, on a terminal a numbered
/// list below it, so that the table stays narrow.
fn picks_section(
    report: &PilotReport<'_>,
    out: &mut dyn Write,
    rows: &[(usize, String)],
    style: TableStyle,
    numbered: bool,
    width: usize,
) -> io::Result<()> {
    let inline = width == usize::MAX;
    writeln!(
        out,
        "{}",
        picks_table(report, rows, style, numbered, width, inline)
    )?;
    if inline {
        return Ok(());
    }
    for (k, (e, reason)) in rows.iter().enumerate() {
        let entity = report.entity(*e);
        let label = if numbered {
            format!("{}.", k + 1)
        } else {
            format!(
                "{}.",
                entity
                    .rank
                    .map_or_else(|| "–".to_owned(), |r| r.to_string())
            )
        };
        let text = clean(&format!("{label} {}: {reason}", name(entity)), false);
        let indent = label.chars().count() + 1;
        for (n, piece) in wrap(&text, width.saturating_sub(indent).max(20))
            .into_iter()
            .enumerate()
        {
            let pad = if n == 0 { 0 } else { indent };
            writeln!(out, "{:pad$}{piece}", "")?;
        }
    }
    Ok(())
}

fn new_table(style: TableStyle, width: usize) -> Table {
    let mut table = Table::new();
    table.load_style(style);
    if width != usize::MAX {
        table.set_content_arrangement(ContentArrangement::Dynamic);
        table.set_width(u16::try_from(width).unwrap_or(u16::MAX));
    }
    table
}

fn picks_table(
    report: &PilotReport<'_>,
    rows: &[(usize, String)],
    style: TableStyle,
    numbered: bool,
    width: usize,
    with_reasons: bool,
) -> Table {
    let words = report.words();
    let markdown = width == usize::MAX;
    let mut table = new_table(style, width);
    let mut header = vec![
        words
            .term(if numbered { Term::Pick } else { Term::Rank })
            .to_owned(),
        words.term(Term::Commune).to_owned(),
    ];
    header.extend(report.group_headers());
    header.extend([Term::Overall, Term::Level].map(|t| words.term(t).to_owned()));
    header.extend(report.robust_header());
    if with_reasons {
        header.push(words.term(Term::Reason).to_owned());
    }
    table.set_header(header);
    for (k, (e, reason)) in rows.iter().enumerate() {
        let entity = report.entity(*e);
        let first = if numbered { Some(k + 1) } else { entity.rank };
        let mut cells = vec![
            right(first.map_or_else(String::new, |n| n.to_string())),
            Cell::new(clean(name(entity), markdown)),
        ];
        cells.extend(entity.groups.iter().map(|g| Cell::new(clean(g, markdown))));
        cells.push(right(super::words::score(entity.overall)));
        cells.push(Cell::new(report.level(*e)));
        if report.robust.is_some() {
            cells.push(right(
                report.top_share(*e).map_or_else(String::new, percent),
            ));
        }
        if with_reasons {
            cells.push(Cell::new(clean(reason, markdown)));
        }
        table.add_row(cells);
    }
    table
}

fn waves_table(
    report: &PilotReport<'_>,
    schedule: &Schedule,
    style: TableStyle,
    width: usize,
) -> Table {
    let words = report.words();
    let markdown = width == usize::MAX;
    let mut table = new_table(style, width);
    let mut header = vec![
        words.term(Term::Wave).to_owned(),
        words.term(Term::Order).to_owned(),
        words.term(Term::Commune).to_owned(),
    ];
    header.extend(report.group_headers());
    header.extend([Term::Overall, Term::Level].map(|t| words.term(t).to_owned()));
    header.extend(report.robust_header());
    table.set_header(header);
    for (wave, order, e) in rows(schedule) {
        let entity = report.entity(e);
        let mut cells = vec![
            right(wave.map_or_else(|| "–".to_owned(), |w| w.to_string())),
            right(order.to_string()),
            Cell::new(clean(name(entity), markdown)),
        ];
        cells.extend(entity.groups.iter().map(|g| Cell::new(clean(g, markdown))));
        cells.push(right(super::words::score(entity.overall)));
        cells.push(Cell::new(report.level(e)));
        if report.robust.is_some() {
            cells.push(right(report.top_share(e).map_or_else(String::new, percent)));
        }
        table.add_row(cells);
    }
    table
}

/// `(wave, order within it, commune)`; unscheduled communes have no wave and follow in order.
fn rows(schedule: &Schedule) -> impl Iterator<Item = (Option<usize>, usize, usize)> + '_ {
    let waves = schedule.waves.iter().flat_map(|wave| {
        wave.members
            .iter()
            .enumerate()
            .map(|(k, &e)| (Some(wave.number), k + 1, e))
    });
    let rest = schedule
        .unscheduled
        .iter()
        .enumerate()
        .map(|(k, &e)| (None, k + 1, e));
    waves.chain(rest)
}

/// `text` broken at spaces into lines of at most `width` characters (a longer word stays whole).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut current = String::new();
    let mut length = 0;
    for word in text.split(' ') {
        let size = word.chars().count();
        if length > 0 && length + 1 + size > width {
            lines.push(std::mem::take(&mut current));
            length = 0;
        }
        if length > 0 {
            current.push(' ');
            length += 1;
        }
        current.push_str(word);
        length += size;
    }
    lines.push(current);
    lines
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
    let share = |e: usize| {
        report
            .top_share(e)
            .map_or_else(String::new, |s| s.to_string())
    };
    if let Some(schedule) = report.schedule {
        let mut header = vec![
            "wave".to_owned(),
            "order".to_owned(),
            "id".to_owned(),
            "name".to_owned(),
        ];
        header.extend(groups.iter().cloned());
        header.extend(["overall", "level"].map(String::from));
        if report.robust.is_some() {
            header.push("top_share".to_owned());
        }
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
            if report.robust.is_some() {
                record.push(share(e));
            }
            writer.write_record(super::escape::csv_record(&record))?;
        }
        return writer.flush();
    }
    let mut header = vec!["pick".to_owned(), "id".to_owned(), "name".to_owned()];
    header.extend(groups.iter().cloned());
    header.extend(["overall", "level"].map(String::from));
    if report.robust.is_some() {
        header.push("top_share".to_owned());
    }
    header.push("reason".to_owned());
    writer.write_record(super::escape::csv_record(&header))?;
    for (k, (e, reason)) in reasons::for_picks(report).into_iter().enumerate() {
        let entity = report.entity(e);
        let mut record = vec![(k + 1).to_string(), entity.id.clone(), entity.name.clone()];
        record.extend(entity.groups.iter().cloned());
        record.extend([overall(entity), level(entity)]);
        if report.robust.is_some() {
            record.push(share(e));
        }
        record.push(reason);
        writer.write_record(super::escape::csv_record(&record))?;
    }
    writer.flush()
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wrap_breaks_at_spaces_within_the_width() {
        assert_eq!(wrap("aa bb cc", 5), ["aa bb", "cc"]);
        assert_eq!(wrap("xã Dương Xuân", 7), ["xã", "Dương", "Xuân"]);
        assert_eq!(wrap("xã Dương Xuân", 8), ["xã Dương", "Xuân"]);
        assert_eq!(wrap("toolongword x", 4), ["toolongword", "x"]);
    }
}
