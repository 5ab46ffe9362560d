//! `--microdata NAME=FILE` on every command that scores: roll the microdata up and join the
//! measures into the survey table by the commune id (and period) before it is bound and scored.
//! Also the shared runner of rollups: progress bar, microdata findings, `--lenient` notes.

use std::collections::HashMap;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;

use clap::ValueEnum;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::{Global, Invalid, Painter, Usage, style};
use crate::criteria::{Criteria, Prefer, Rollup};
use crate::data::{ReadError, Table};
use crate::report::i18n::{Lang, t};
use crate::rollup::{self, Progress, Rolled, RollupError, RollupOptions};

/// Microdata to roll up and join; shared by every command that scores.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct MicrodataArgs {
    /// Roll up microdata by the criteria's rollup NAME and join its measures before scoring
    /// (repeatable; CSV or .csv.gz)
    #[arg(long, value_name = "NAME=FILE", value_parser = parse_microdata)]
    pub microdata: Vec<(String, PathBuf)>,
    /// Which side wins when a rollup measure is also a column of the survey [default: neither, an error]
    #[arg(long, value_enum, value_name = "SIDE")]
    pub prefer: Option<PreferArg>,
    /// Worker threads for rollups [default: every core]
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
}

/// `--prefer`'s words: the criteria's [`Prefer`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PreferArg {
    Microdata,
    Survey,
}

impl From<PreferArg> for Prefer {
    fn from(arg: PreferArg) -> Self {
        match arg {
            PreferArg::Microdata => Prefer::Microdata,
            PreferArg::Survey => Prefer::Survey,
        }
    }
}

fn parse_microdata(text: &str) -> Result<(String, PathBuf), super::usage::Worded> {
    match text.split_once('=') {
        Some((name, file)) if !name.trim().is_empty() && !file.is_empty() => {
            Ok((name.trim().to_owned(), PathBuf::from(file)))
        }
        _ => Err(super::usage::Worded(
            crate::diagnostics::Message::new("usage-microdata-form").with("value", text),
        )),
    }
}

/// The rollup called `name`.
pub fn find_rollup<'a>(
    criteria: &'a Criteria,
    name: Option<&str>,
    lang: Lang,
) -> anyhow::Result<&'a Rollup> {
    let known = || {
        criteria
            .rollups
            .iter()
            .map(|r| r.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    match (name, criteria.rollups.as_slice()) {
        (_, []) => Err(Usage(t(lang, "rollup-none", &[])).into()),
        (None, [only]) => Ok(only),
        (None, _) => Err(Usage(t(lang, "rollup-choose", &[("known", known().into())])).into()),
        (Some(name), rollups) => rollups.iter().find(|r| r.name == name).ok_or_else(|| {
            Usage(t(
                lang,
                "rollup-unknown",
                &[("name", name.into()), ("known", known().into())],
            ))
            .into()
        }),
    }
}

/// Run a rollup with a progress bar on a terminal; microdata problems are printed and end in
/// exit 1.
pub fn run_rollup(
    criteria: &Criteria,
    rollup: &Rollup,
    files: &[PathBuf],
    options: &RollupOptions,
    global: &Global,
) -> anyhow::Result<Rolled> {
    let lang = Lang::from(global.lang);
    let bar = progress_bar(global);
    let mut report = |progress: Progress| {
        if let Some(total) = progress.total {
            bar.set_length(total);
        }
        bar.set_position(progress.bytes);
        let seconds = bar.elapsed().as_secs_f64().max(1e-3);
        let rate = (progress.rows as f64 / seconds).round().to_string();
        bar.set_message(t(
            lang,
            "rollup-progress",
            &[("rows", progress.rows.into()), ("rate", rate.into())],
        ));
    };
    let result = rollup::roll(rollup, &criteria.entity, files, options, &mut report);
    bar.finish_and_clear();
    let rolled = match result {
        Ok(rolled) => rolled,
        Err(error) => return Err(rollup_error(error, global)),
    };
    if !global.quiet {
        let painter = Painter::for_stderr(global.color);
        if !rolled.notes.is_empty() {
            let count = rolled.notes.len() as u64 + rolled.more_notes;
            style::eprint(&format!(
                "{}: {}",
                painter.warning(&crate::report::t(global.lang.into(), "error-note", &[])),
                t(lang, "rollup-lenient", &[("count", count.into())])
            ));
            for note in &rolled.notes {
                let line = crate::report::check::finding_line(note, lang, painter.enabled);
                style::eprint(&format!("  {line}"));
            }
            if rolled.more_notes > 0 {
                style::eprint(&format!(
                    "  {}",
                    t(lang, "rollup-more", &[("count", rolled.more_notes.into())])
                ));
            }
        }
    }
    Ok(rolled)
}

fn progress_bar(global: &Global) -> ProgressBar {
    if global.quiet || global.no_progress || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    let template = "{spinner} [{bar:30}] {bytes}/{total_bytes} {msg} ({eta})";
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

fn rollup_error(error: RollupError, global: &Global) -> anyhow::Error {
    let lang = Lang::from(global.lang);
    let painter = Painter::for_stderr(global.color);
    let print = |findings: &[crate::diagnostics::Finding], more: u64| {
        for finding in findings {
            let line = crate::report::check::finding_line(finding, lang, painter.enabled);
            style::eprint(&line);
        }
        if more > 0 {
            style::eprint(&t(lang, "rollup-more", &[("count", more.into())]));
        }
        Invalid(t(
            lang,
            "rollup-invalid",
            &[("count", (findings.len() as u64 + more).into())],
        ))
        .into()
    };
    match error {
        RollupError::Invalid { findings, more } => print(&findings, more),
        RollupError::Read(ReadError::Invalid(errors)) => print(&errors.findings, 0),
        RollupError::Read(ReadError::NoInput) => {
            Usage(t(lang, "error-no-microdata-file", &[])).into()
        }
        RollupError::Read(ReadError::Io { file, source })
            if source.kind() == std::io::ErrorKind::InvalidData =>
        {
            let prefix = t(lang, "finding-error", &[]);
            let reason = crate::report::errors::io_error(&source, lang);
            Invalid(format!("{file}: {prefix}[D014]: {reason}")).into()
        }
        RollupError::Read(other) => anyhow::Error::new(other),
        RollupError::Threads(reason) => {
            anyhow::anyhow!(t(lang, "error-threads", &[("reason", reason.into())]))
        }
    }
}

/// Roll up every `--microdata` set and join its measures into `table`.
pub fn join_all(
    table: Table,
    criteria: &Criteria,
    args: &MicrodataArgs,
    options: RollupOptions,
    global: &Global,
) -> anyhow::Result<Table> {
    let mut names: Vec<&str> = Vec::new();
    for (name, _) in &args.microdata {
        if !names.contains(&name.as_str()) {
            names.push(name);
        }
    }
    let lang = Lang::from(global.lang);
    let options = RollupOptions {
        threads: args.threads,
        ..options
    };
    let mut table = table;
    for name in names {
        let rollup = find_rollup(criteria, Some(name), lang)?;
        let files: Vec<PathBuf> = args
            .microdata
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, file)| file.clone())
            .collect();
        let rolled = run_rollup(criteria, rollup, &files, &options, global)?;
        // The command line overrides the criteria's own `prefer:`.
        let prefer = match (args.prefer, rollup.prefer) {
            (Some(arg), _) => Some((Prefer::from(arg), By::Option)),
            (None, Some(side)) => Some((side, By::Criteria)),
            (None, None) => None,
        };
        table = join(&table, criteria, &rolled, prefer, global)?;
    }
    Ok(table)
}

/// Who chose the side of a clash: `--prefer` or the rollup's `prefer:` in the criteria.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum By {
    Option,
    Criteria,
}

/// A new table: `table`'s rows with the measures of `rolled` as more columns (or in place of the
/// survey's columns under `--prefer microdata`).
fn join(
    table: &Table,
    criteria: &Criteria,
    rolled: &Rolled,
    prefer: Option<(Prefer, By)>,
    global: &Global,
) -> anyhow::Result<Table> {
    let lang = Lang::from(global.lang);
    let Some(id) = table.column(&criteria.entity.id) else {
        // The survey has no id column: binding says so, with the file and line.
        return Ok(table.clone());
    };
    let period = rolled
        .period
        .as_deref()
        .and_then(|column| table.column(column));
    let mut replace: HashMap<usize, usize> = HashMap::new();
    let mut added: Vec<usize> = Vec::new();
    let mut clashes: Vec<&str> = Vec::new();
    // The measures taken from one side instead of the other: one note names them all.
    let mut taken: Vec<&str> = Vec::new();
    for (at, (measure, _)) in rolled.measures.iter().enumerate() {
        match (table.column(measure), prefer) {
            (None, _) => added.push(at),
            (Some(column), Some((Prefer::Microdata, _))) => {
                replace.insert(column, at);
                taken.push(measure);
            }
            (Some(_), Some((Prefer::Survey, _))) => taken.push(measure),
            (Some(_), None) => clashes.push(measure),
        }
    }
    if let (Some((side, by)), false) = (prefer, taken.is_empty()) {
        let key = match (side, by) {
            (Prefer::Microdata, By::Option) => "rollup-preferred-microdata",
            (Prefer::Microdata, By::Criteria) => "rollup-preferred-microdata-criteria",
            (Prefer::Survey, By::Option) => "rollup-preferred-survey",
            (Prefer::Survey, By::Criteria) => "rollup-preferred-survey-criteria",
        };
        let measures: Vec<String> = taken.iter().map(|m| format!("'{m}'")).collect();
        let args = [
            ("count", taken.len().into()),
            ("measures", measures.join(", ").into()),
            ("rollup", (&rolled.name).into()),
        ];
        note(global, &t(lang, key, &args));
    }
    if !clashes.is_empty() {
        return Err(clash(table, rolled, &clashes, lang));
    }
    let communes: HashMap<(&str, Option<&str>), usize> = rolled
        .communes
        .iter()
        .enumerate()
        .map(|(at, c)| ((c.key.as_str(), c.period.as_deref()), at))
        .collect();
    let mut header: Vec<&str> = table.columns().iter().map(String::as_str).collect();
    header.extend(added.iter().map(|&at| rolled.measures[at].0.as_str()));
    let mut joined = Table::default();
    let mut maps = Vec::new();
    for source in table.sources() {
        let map = joined
            .begin_source(&source.name, source.delimiter, source.header_line, &header)
            .map_err(|findings| {
                let text: Vec<String> = findings.iter().map(ToString::to_string).collect();
                Invalid(text.join("\n"))
            })?;
        maps.push(map);
    }
    let mut used = vec![false; rolled.communes.len()];
    let mut uncovered: Vec<&str> = Vec::new();
    let value = |commune: Option<usize>, measure: usize| -> String {
        commune
            .and_then(|c| rolled.communes[c].values[measure].value)
            .map_or_else(String::new, |x| x.to_string())
    };
    for row in table.rows() {
        let key = row.get(id).trim();
        let row_period = rolled
            .period
            .as_ref()
            .map(|_| period.map_or("", |p| row.get(p).trim()));
        let commune = communes.get(&(key, row_period)).copied();
        match commune {
            Some(at) => used[at] = true,
            None if !key.is_empty() && !uncovered.contains(&key) => uncovered.push(key),
            None => {}
        }
        let width = table.source_of(row).width;
        let mut cells: Vec<String> = (0..table.columns().len())
            .map(|column| match replace.get(&column) {
                Some(&measure) => value(commune, measure),
                None => row.get(column).to_owned(),
            })
            .collect();
        cells.extend(added.iter().map(|&measure| value(commune, measure)));
        // Keep a short or long row short or long, so that binding still reports it.
        if row.fields() < width {
            cells.truncate(row.fields());
        } else if row.fields() > width {
            cells.extend(std::iter::repeat_n("?".to_owned(), row.fields() - width));
        }
        let cells: Vec<&str> = cells.iter().map(String::as_str).collect();
        if let Err(bytes) = joined.push(&maps[row.source()], row.line(), &cells) {
            let file = &table.source_of(row).name;
            let finding = crate::data::too_long(file, row.line(), bytes);
            super::input::print_findings(&[&finding], 0, global);
            let count = ("count", 1u64.into());
            return Err(Invalid(t(global.lang.into(), "error-data-invalid", &[count])).into());
        }
    }
    report_coverage(global, rolled, &used, &uncovered);
    Ok(joined)
}

/// The error for measures that are also columns of the survey: every one of them named.
fn clash(table: &Table, rolled: &Rolled, clashes: &[&str], lang: Lang) -> anyhow::Error {
    let file = table.sources().first().map_or("", |s| &s.name);
    let text = match clashes {
        [measure] => t(
            lang,
            "rollup-clash",
            &[
                ("measure", (*measure).into()),
                ("rollup", (&rolled.name).into()),
                ("file", file.into()),
            ],
        ),
        _ => {
            let listed: Vec<String> = clashes.iter().map(|m| format!("'{m}'")).collect();
            t(
                lang,
                "rollup-clash-several",
                &[
                    ("count", clashes.len().into()),
                    ("measures", listed.join(", ").into()),
                    ("rollup", (&rolled.name).into()),
                    ("file", file.into()),
                ],
            )
        }
    };
    Invalid(text).into()
}

fn note(global: &Global, text: &str) {
    if !global.quiet {
        let painter = Painter::for_stderr(global.color);
        style::eprint(&format!(
            "{}: {text}",
            painter.warning(&crate::report::t(global.lang.into(), "error-note", &[]))
        ));
    }
}

/// Survey communes without microdata rows, and microdata keys that match no commune.
fn report_coverage(global: &Global, rolled: &Rolled, used: &[bool], uncovered: &[&str]) {
    let lang = Lang::from(global.lang);
    if !uncovered.is_empty() {
        let mut listed = uncovered
            .iter()
            .take(rollup::KEPT)
            .copied()
            .collect::<Vec<_>>()
            .join(", ");
        if uncovered.len() > rollup::KEPT {
            listed.push_str(&format!(
                " {}",
                t(
                    lang,
                    "rollup-more",
                    &[("count", (uncovered.len() - rollup::KEPT).into())]
                )
            ));
        }
        note(
            global,
            &t(
                lang,
                "rollup-uncovered",
                &[
                    ("count", uncovered.len().into()),
                    ("rollup", (&rolled.name).into()),
                    ("listed", (&listed).into()),
                ],
            ),
        );
    }
    let unmatched: Vec<&rollup::Commune> = rolled
        .communes
        .iter()
        .zip(used)
        .filter(|(_, used)| !**used)
        .map(|(commune, _)| commune)
        .collect();
    if unmatched.is_empty() {
        return;
    }
    let rows: u64 = unmatched.iter().map(|c| c.rows).sum();
    note(
        global,
        &t(
            lang,
            "rollup-unmatched",
            &[
                ("rows", rows.into()),
                ("keys", unmatched.len().into()),
                ("rollup", (&rolled.name).into()),
            ],
        ),
    );
    if global.quiet {
        return;
    }
    for commune in unmatched.iter().take(rollup::KEPT) {
        let text = match commune.period.as_deref() {
            None => t(
                lang,
                "rollup-unmatched-key",
                &[
                    ("key", (&commune.key).into()),
                    ("rows", commune.rows.into()),
                ],
            ),
            Some(period) => t(
                lang,
                "rollup-unmatched-key-period",
                &[
                    ("key", (&commune.key).into()),
                    ("period", period.into()),
                    ("rows", commune.rows.into()),
                ],
            ),
        };
        style::eprint(&format!("  {}:{}: {text}", commune.file, commune.line));
    }
    if unmatched.len() > rollup::KEPT {
        style::eprint(&format!(
            "  {}",
            t(
                lang,
                "rollup-more",
                &[("count", (unmatched.len() - rollup::KEPT).into())]
            )
        ));
    }
}
