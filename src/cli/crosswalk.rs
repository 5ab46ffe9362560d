//! `dtm crosswalk`, and the `--crosswalk` option that score, profile, pilot and compare share:
//! load and check a crosswalk, plan and run the restatement of old-unit data on new units.

use std::path::{Path, PathBuf};

use anyhow::Context;

use super::input::{InputArgs, Loaded, load_criteria, load_table_and_dataset, print_findings};
use super::output::Output;
use super::{
    Exit, Format, Global, Invalid, Painter, pick_format, refuse_overwriting_inputs, style,
};
use crate::criteria::Criteria;
use crate::crosswalk::{self, Crosswalk};
use crate::data::{Dataset, Table};
use crate::diagnostics::Finding;
use crate::report::crosswalk::{self as render, CrosswalkReport, MapSummary};
use crate::score::{self, Assessment, Restated, ScoreOptions};

/// How many findings are shown before the rest are counted.
const SHOWN: usize = 50;

/// The restatement options of score, profile, pilot and compare.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct RestateArgs {
    /// Restate old-unit data on the new units of this crosswalk: a CSV file, or vn-2025 (built in)
    #[arg(long, value_name = "MAP")]
    pub crosswalk: Option<String>,
    /// Weight each old unit by this data column (population, households) [default: equal]
    #[arg(long, value_name = "COL", requires = "crosswalk")]
    pub crosswalk_weight: Option<String>,
}

/// Restate survey data on new units and write the restated indicator scores
///
/// Reads old-unit survey data, applies each indicator's scale to the old communes' raw values
/// (relative scales over the old communes of the period), and writes, per new unit of the
/// crosswalk, each indicator's score: the weighted mean of its old communes' scores (weight =
/// --crosswalk-weight column × share), old communes without the indicator left out. Without DATA,
/// checks the crosswalk and summarises it. MAP is a CSV file with old_code,new_code (optional
/// share, new_name, new_kind, …) or vn-2025, the built-in national map of 1 July 2025.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  dtm crosswalk --map vn-2025\n  dtm crosswalk seeds/long-an-communes.csv --map vn-2025 --period 2024 -o restated.csv\n  dtm crosswalk survey-2024.csv --map my-map.csv --crosswalk-weight households --format json"
)]
pub struct Args {
    /// Old-unit survey files (CSV, XLSX, ODS; - for standard input); none to check MAP only
    #[arg(value_name = "DATA")]
    pub data: Vec<PathBuf>,
    /// The crosswalk: a CSV file, or vn-2025 (built in)
    #[arg(long, value_name = "MAP", required = true)]
    pub map: String,
    /// Weight each old unit by this data column (population, households) [default: equal]
    #[arg(long, value_name = "COL")]
    pub crosswalk_weight: Option<String>,
    /// The period to restate [default: the latest]
    #[arg(long, value_name = "P")]
    pub period: Option<String>,
    /// Output format [default: from the extension of -o, else csv]
    #[arg(long, value_name = "FORMAT", value_parser = super::format::parser(&FORMATS))]
    pub format: Option<Format>,
    #[command(flatten)]
    pub input: InputArgs,
}

/// The formats `dtm crosswalk` writes.
pub const FORMATS: [Format; 2] = [Format::Csv, Format::Json];

pub fn run(args: &Args, global: &Global) -> anyhow::Result<Exit> {
    let format = pick_format(global, &FORMATS, Format::Csv)?;
    let map_file = map_path(&args.map);
    let inputs: Vec<&Path> = args
        .data
        .iter()
        .map(PathBuf::as_path)
        .chain(map_file.as_deref())
        .collect();
    refuse_overwriting_inputs(global, &inputs)?;
    let map = load_map(&args.map, global)?;
    if args.data.is_empty() {
        let summary = MapSummary::of(&map, global.lang.into());
        let mut out = Output::open(global.output.as_deref())?;
        match format {
            Format::Json => render::summary_json(&summary, &mut out)?,
            _ => render::summary(&summary, &mut out)?,
        }
        out.finish()?;
        return Ok(Exit::Success);
    }
    let criteria = load_criteria(global)?;
    let (table, dataset) = load_table_and_dataset(&args.data, &criteria, &args.input, global)?;
    let weight = args.crosswalk_weight.as_deref();
    let restated = restate(
        &criteria,
        &table,
        &dataset,
        &map,
        weight,
        args.period.clone(),
        global,
    )?;
    let report = CrosswalkReport {
        criteria: &criteria,
        restated: &restated,
        lang: global.lang.into(),
    };
    let mut out = Output::open(global.output.as_deref())?;
    match format {
        Format::Json => render::json(&report, &mut out)?,
        _ => render::csv(&report, &mut out)?,
    }
    out.finish()?;
    Ok(Exit::Success)
}

/// The file behind a MAP argument; `None` for a built-in map.
pub fn map_path(map: &str) -> Option<PathBuf> {
    crosswalk::builtin(map)
        .is_none()
        .then(|| PathBuf::from(map))
}

/// A crosswalk, checked; its warnings are printed, its errors end in exit 1.
pub fn load_map(map: &str, global: &Global) -> anyhow::Result<Crosswalk> {
    let loaded = match crosswalk::builtin(map) {
        Some(loaded) => loaded,
        None => {
            let path = Path::new(map);
            let bytes = std::fs::read(path).with_context(|| {
                let message = crate::diagnostics::Message::new("error-read-crosswalk")
                    .with("file", path.display().to_string())
                    .with("builtin", crosswalk::VN_2025_NAME);
                super::usage::Worded(message)
            })?;
            crosswalk::load_bytes(&bytes, map)
        }
    };
    let (errors, warnings): (Vec<&Finding>, Vec<&Finding>) =
        loaded.findings.iter().partition(|f| f.is_error());
    if !global.quiet || !errors.is_empty() {
        let shown: Vec<&Finding> = errors
            .iter()
            .chain(&warnings)
            .take(SHOWN)
            .copied()
            .collect();
        print_findings(&shown, loaded.findings.len() - shown.len(), global);
    }
    match loaded.crosswalk {
        Some(crosswalk) => Ok(crosswalk),
        None => {
            let args = [("map", map.into()), ("count", errors.len().into())];
            Err(Invalid(crate::report::t(
                global.lang.into(),
                "crosswalk-invalid",
                &args,
            ))
            .into())
        }
    }
}

/// Restate one period (the latest unless `period`) of old-unit data on the crosswalk's new units.
pub fn restate(
    criteria: &Criteria,
    table: &Table,
    dataset: &Dataset,
    map: &Crosswalk,
    weight: Option<&str>,
    period: Option<String>,
    global: &Global,
) -> anyhow::Result<Restated> {
    let (period, members) = score::period_members(dataset, period.as_deref())?;
    let mut findings = Vec::new();
    let weights = weight.and_then(|column| {
        crosswalk::weights(table, dataset, &members, column)
            .map_err(|bad| findings.extend(bad))
            .ok()
    });
    let groups = &criteria.entity.groups;
    let id = &criteria.entity.id;
    let plan = crosswalk::plan(map, dataset, &members, groups, id, weights.as_deref());
    let plan = match plan {
        Ok(plan) if findings.is_empty() => plan,
        Ok(_) => return Err(invalid(&findings, global)),
        Err(error) => {
            // The plan does not see the table: give its findings the id column's number.
            let column = table.column(id).map_or(0, |k| k + 1);
            let unknown = error.findings.into_iter().map(|mut finding| {
                finding.column = u32::try_from(column).unwrap_or(0);
                finding
            });
            findings.extend(unknown);
            findings.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
            return Err(invalid(&findings, global));
        }
    };
    let restated = score::restate(criteria, dataset, &plan, &ScoreOptions { period })?;
    let partial = restated.assessment.restated.as_ref();
    let partial = partial.and_then(|r| crate::report::restated::partial(r, global.lang.into()));
    if let (Some(warning), false) = (partial, global.quiet) {
        let painter = Painter::for_stderr(global.color);
        style::eprint(&format!(
            "{}: {warning}",
            painter.warning(&crate::report::t(
                global.lang.into(),
                "finding-warning",
                &[]
            ))
        ));
    }
    Ok(restated)
}

fn invalid(findings: &[Finding], global: &Global) -> anyhow::Error {
    let shown: Vec<&Finding> = findings.iter().take(SHOWN).collect();
    print_findings(&shown, findings.len() - shown.len(), global);
    let count = ("count", findings.len().into());
    Invalid(crate::report::t(
        global.lang.into(),
        "crosswalk-misfit",
        &[count],
    ))
    .into()
}

/// Criteria, data and assessment for score, profile and pilot: restated when `--crosswalk` is
/// given, else scored as they are.
pub fn load(
    paths: &[PathBuf],
    global: &Global,
    input: &InputArgs,
    restate_args: &RestateArgs,
    period: Option<String>,
) -> anyhow::Result<Loaded> {
    load_periods(paths, global, input, restate_args, period, false).map(|(loaded, _)| loaded)
}

/// [`load`], and the period before the one scored assessed the same way (restated through the
/// same map when there is one), from the same files read once: the report's changes section.
pub fn load_with_previous(
    paths: &[PathBuf],
    global: &Global,
    input: &InputArgs,
    restate_args: &RestateArgs,
    period: Option<String>,
) -> anyhow::Result<(Loaded, Option<Assessment>)> {
    load_periods(paths, global, input, restate_args, period, true)
}

fn load_periods(
    paths: &[PathBuf],
    global: &Global,
    input: &InputArgs,
    restate_args: &RestateArgs,
    period: Option<String>,
    previous: bool,
) -> anyhow::Result<(Loaded, Option<Assessment>)> {
    let context = |period: &str| {
        let message =
            crate::diagnostics::Message::new("error-score-previous").with("period", period);
        super::usage::Worded(message)
    };
    let Some(map) = &restate_args.crosswalk else {
        let loaded = super::input::load_assessment(paths, global, input, period)?;
        let before = previous_period(&loaded.assessment)
            .filter(|_| previous)
            .map(|period| {
                let options = ScoreOptions {
                    period: Some(period.clone()),
                };
                score::assess(&loaded.criteria, &loaded.dataset, &options)
                    .with_context(|| context(&period))
            })
            .transpose()?;
        return Ok((loaded, before));
    };
    let map_file = map_path(map);
    let inputs: Vec<&Path> = paths
        .iter()
        .map(PathBuf::as_path)
        .chain(map_file.as_deref())
        .collect();
    refuse_overwriting_inputs(global, &inputs)?;
    let map = load_map(map, global)?;
    let criteria = load_criteria(global)?;
    let (table, dataset) = load_table_and_dataset(paths, &criteria, input, global)?;
    let weight = restate_args.crosswalk_weight.as_deref();
    let restated = restate(&criteria, &table, &dataset, &map, weight, period, global)?;
    // Its warnings were given for the period scored; the previous one is restated quietly.
    let quiet = Global {
        quiet: true,
        ..global.clone()
    };
    let before = previous_period(&restated.assessment)
        .filter(|_| previous)
        .map(|period| {
            restate(
                &criteria,
                &table,
                &dataset,
                &map,
                weight,
                Some(period.clone()),
                &quiet,
            )
            .map(|before| before.assessment)
            .with_context(|| context(&period))
        })
        .transpose()?;
    let loaded = Loaded {
        criteria,
        dataset: restated.dataset,
        assessment: restated.assessment,
    };
    Ok((loaded, before))
}

/// The period before the one scored, when the data have several.
fn previous_period(assessment: &Assessment) -> Option<String> {
    let current = assessment.period.as_ref()?;
    let at = assessment.periods.iter().position(|p| p == current)?;
    at.checked_sub(1)
        .map(|before| assessment.periods[before].clone())
}

/// The assessment of one side of a comparison: restated when `--crosswalk` is given, with the
/// dataset of the new units.
pub fn assess_side(
    criteria: &Criteria,
    (table, dataset): (&Table, &Dataset),
    period: Option<String>,
    restate_args: &RestateArgs,
    global: &Global,
) -> anyhow::Result<(Assessment, Option<Dataset>)> {
    match &restate_args.crosswalk {
        None => Ok((
            score::assess(criteria, dataset, &ScoreOptions { period })?,
            None,
        )),
        Some(map) => {
            let map = load_map(map, global)?;
            let weight = restate_args.crosswalk_weight.as_deref();
            let restated = restate(criteria, table, dataset, &map, weight, period, global)?;
            let assessment = criteria_groups_only(restated.assessment, criteria);
            Ok((assessment, Some(restated.dataset)))
        }
    }
}

/// The assessment with only the criteria's group columns, so that a restated side lines up with
/// a side scored as it is (whose communes have no `former_district`).
fn criteria_groups_only(mut assessment: Assessment, criteria: &Criteria) -> Assessment {
    let keep = criteria.entity.groups.len();
    assessment.group_columns.truncate(keep);
    for entity in &mut assessment.entities {
        entity.groups.truncate(keep);
        entity.group_ranks.truncate(keep);
    }
    assessment
}

/// A note on standard error (unless --quiet) that a side of a comparison was restated.
pub fn note_restated(assessment: &Assessment, global: &Global) {
    if let (Some(restatement), false) = (&assessment.restated, global.quiet) {
        style::eprint(&format!(
            "{}: {}",
            Painter::for_stderr(global.color).warning(&crate::report::t(
                global.lang.into(),
                "error-note",
                &[]
            )),
            crate::report::restated::note(restatement, global.lang.into())
        ));
    }
}
