//! `dtm compare`: change between two periods of one file, or between two files.

use std::path::PathBuf;

use super::crosswalk::{RestateArgs, assess_side, map_path, note_restated};
use super::format::{Renderers, pick_format, write_tabular};
use super::input::{InputArgs, load_criteria, load_table_and_dataset, load_two};
use super::{Exit, Format, Global, Invalid, Painter, Usage, refuse_overwriting_inputs, style};
use crate::analysis::compare::{PeriodsError, compare};
use crate::criteria::Criteria;
use crate::data::{Dataset, Table};
use crate::report::compare::{self as render, CompareReport};
use crate::report::{Lang, model, t};
use crate::score::{self, Assessment, ScoreOptions};

/// The formats `dtm compare` writes.
pub const FORMATS: [Format; 4] = super::format::TABULAR;

/// Compare two periods (one file) or two files: score, rank and level changes
///
/// With one file, --from and --to name two of its periods [default: the two latest]. With two
/// files, OLD and NEW are each scored at their latest period (or --from for OLD, --to for NEW).
/// With three or more files, the last is NEW and the others, concatenated, are OLD (the surveys
/// of provinces that merged, restated with --crosswalk). Communes are matched by id; those on one
/// side only are listed. Scores from relative scales
/// (minmax, percentile) are not comparable across periods: a warning says so.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  dtm compare seeds/long-an-communes.csv --from 2023 --to 2024\n  dtm compare survey-2023.csv survey-2024.csv --format csv -o change.csv\n  dtm compare seeds/long-an-communes.csv --format markdown"
)]
pub struct Args {
    /// One survey file with a period column, or OLD and NEW files (several OLD files are concatenated)
    #[arg(value_name = "DATA", required = true, num_args = 1..)]
    pub data: Vec<PathBuf>,
    /// The earlier period
    #[arg(long, value_name = "P")]
    pub from: Option<String>,
    /// The later period
    #[arg(long, value_name = "P")]
    pub to: Option<String>,
    /// Output format [default: from the extension of -o, else table]
    #[arg(long, value_name = "FORMAT", value_parser = super::format::parser(&FORMATS))]
    pub format: Option<Format>,
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub restate: RestateArgs,
}

pub fn run(args: &Args, global: &Global) -> anyhow::Result<Exit> {
    let format = pick_format(global, &FORMATS, Format::Table)?;
    if args.data.len() == 1 && args.from.is_some() != args.to.is_some() {
        let text = t(global.lang.into(), "compare-one-of-from-to", &[]);
        return Err(Usage(text).into());
    }
    let map_file = args.restate.crosswalk.as_deref().and_then(map_path);
    let inputs: Vec<&std::path::Path> = args
        .data
        .iter()
        .map(PathBuf::as_path)
        .chain(map_file.as_deref())
        .collect();
    refuse_overwriting_inputs(global, &inputs)?;
    let criteria = load_criteria(global)?;
    let lang: Lang = global.lang.into();
    let ((before, after, restated, names), datasets) = match args.data.as_slice() {
        [_] => {
            let (table, dataset) =
                load_table_and_dataset(&args.data, &criteria, &args.input, global)?;
            let sides = periods(&criteria, (&table, &dataset), args, global)?;
            (sides, vec![dataset])
        }
        [old @ .., new] => {
            let sides = (old, std::slice::from_ref(new));
            let ((old_table, old_data), (_, new_data)) =
                load_two(sides, &criteria, &args.input, global)?;
            let (before, restated, after) = assess_both(
                &criteria,
                (&old_table, &old_data),
                (args.from.clone(), &new_data, args.to.clone()),
                &args.restate,
                global,
            )?;
            let name = |paths: &[PathBuf], period: &Option<String>| {
                let files: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
                match period {
                    Some(p) => format!("{} ({p})", files.join(" + ")),
                    None => files.join(" + "),
                }
            };
            let names = (
                name(old, &before.period),
                name(std::slice::from_ref(new), &after.period),
            );
            ((before, after, restated, names), vec![old_data, new_data])
        }
        [] => {
            return Err(Usage(t(global.lang.into(), "compare-no-data", &[])).into());
        }
    };
    // The restated side's communes are the new units, described by the restated dataset.
    let old_data = restated.as_ref().unwrap_or(&datasets[0]);
    let new_data = &datasets[datasets.len() - 1];
    note_restated(&before, global);
    straddle_warning(&before, &after, args, global);
    let names = (restated_name(names.0, &before, global), names.1);
    let comparison = compare(&before, &after);
    if let Some(warning) = render::relative_warning(&comparison, lang).filter(|_| !global.quiet) {
        style::eprint(&format!(
            "{}: {warning}",
            Painter::for_stderr(global.color).warning(&t(
                global.lang.into(),
                "finding-warning",
                &[]
            ))
        ));
    }
    let sides = (
        render::Side::new(&criteria, old_data, &before, lang),
        render::Side::new(&criteria, new_data, &after, lang),
    );
    let report = CompareReport {
        comparison: &comparison,
        before: (names.0, model::run(&criteria, &before, lang)),
        after: (names.1, model::run(&criteria, &after, lang)),
        sides,
        lang,
        width: super::score::table_width(false),
    };
    let renderers = Renderers {
        table: render::table,
        csv: render::csv,
        json: render::json,
        markdown: render::markdown,
    };
    write_tabular(global, format, &report, renderers)?;
    // The process ends next: freeing every commune's results piece by piece only costs time
    // (see `score`). Leaking is safe; the output is flushed above.
    std::mem::forget(report);
    std::mem::forget(comparison);
    std::mem::forget((before, after, restated, datasets));
    Ok(Exit::Success)
}

/// The two assessments, the restated dataset of the earlier side (with --crosswalk) and the two
/// sides' names.
type Sides = (Assessment, Assessment, Option<Dataset>, (String, String));

/// Two periods of one dataset: --from and --to, else the two latest.
fn periods(
    criteria: &Criteria,
    (table, dataset): (&Table, &Dataset),
    args: &Args,
    global: &Global,
) -> anyhow::Result<Sides> {
    let lang: Lang = global.lang.into();
    let (from, to) = crate::analysis::compare::periods(
        dataset.period_order(),
        args.from.as_deref(),
        args.to.as_deref(),
    )
    .map_err(|error| -> anyhow::Error {
        match error {
            PeriodsError::Mixed { periods } => Usage(t(
                lang,
                "compare-periods-mixed",
                &[("periods", periods.join(", ").into())],
            ))
            .into(),
            PeriodsError::TooFew { periods } if periods.is_empty() => {
                Invalid(t(lang, "compare-periods-none", &[])).into()
            }
            PeriodsError::TooFew { periods } => Invalid(t(
                lang,
                "compare-periods-one",
                &[("periods", periods.join(", ").into())],
            ))
            .into(),
            PeriodsError::OneOfFromTo => Usage(t(lang, "compare-one-of-from-to", &[])).into(),
        }
    })?;
    let (before, restated, after) = assess_both(
        criteria,
        (table, dataset),
        (Some(from.clone()), dataset, Some(to.clone())),
        &args.restate,
        global,
    )?;
    Ok((before, after, restated, (from, to)))
}

/// Both sides scored: at once on two cores when neither is restated (scoring is pure), one after
/// the other otherwise (a restatement may print notes, which must come in order). The earlier
/// side's error wins when both fail.
fn assess_both(
    criteria: &Criteria,
    old: (&Table, &Dataset),
    (from, new, to): (Option<String>, &Dataset, Option<String>),
    restate: &RestateArgs,
    global: &Global,
) -> anyhow::Result<(Assessment, Option<Dataset>, Assessment)> {
    if restate.crosswalk.is_some() {
        let (before, restated) = assess_side(criteria, old, from, restate, global)?;
        return Ok((before, restated, assess(criteria, new, to)?));
    }
    let (before, after) = rayon::join(
        || assess(criteria, old.1, from),
        || assess(criteria, new, to),
    );
    Ok((before?, None, after?))
}

/// A warning (unless --quiet) when the two sides lie on both sides of 1 July 2025 and neither was
/// restated: the new units reuse old codes, so matches by code mislead.
fn straddle_warning(before: &Assessment, after: &Assessment, args: &Args, global: &Global) {
    if args.restate.crosswalk.is_some() || global.quiet {
        return;
    }
    let (Some(from), Some(to)) = (&before.period, &after.period) else {
        return;
    };
    if crate::crosswalk::straddles_2025(from, to) {
        let args = [("before", from.into()), ("after", to.into())];
        let text = crate::report::t(global.lang.into(), "crosswalk-straddle", &args);
        let painter = Painter::for_stderr(global.color);
        style::eprint(&format!(
            "{}: {text}",
            painter.warning(&t(global.lang.into(), "finding-warning", &[]))
        ));
    }
}

/// The earlier side's name, saying when it was restated.
fn restated_name(name: String, before: &Assessment, global: &Global) -> String {
    match &before.restated {
        Some(restatement) => format!(
            "{name}, {}",
            crate::report::restated::label(&restatement.crosswalk, global.lang.into())
        ),
        None => name,
    }
}

fn assess(
    criteria: &Criteria,
    dataset: &Dataset,
    period: Option<String>,
) -> anyhow::Result<Assessment> {
    Ok(score::assess(criteria, dataset, &ScoreOptions { period })?)
}
