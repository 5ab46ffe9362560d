//! `dtm compare`: change between two periods of one file, or between two files.

use std::collections::HashMap;
use std::path::PathBuf;

use super::format::{Renderers, pick_format, write_tabular};
use super::input::{InputArgs, load_criteria, load_dataset};
use super::{Exit, Format, Global, Invalid, Painter, Usage, refuse_overwriting_inputs, style};
use crate::analysis::compare::compare;
use crate::criteria::Criteria;
use crate::data::Dataset;
use crate::report::compare::{self as render, CompareReport};
use crate::report::{Lang, model};
use crate::score::{self, Assessment, EntityResult, ScoreOptions};

/// The formats `dtm compare` writes.
pub const FORMATS: [Format; 4] = super::format::TABULAR;

/// Compare two periods (one file) or two files: score, rank and level changes
///
/// With one file, --from and --to name two of its periods [default: the two latest]. With two
/// files, OLD and NEW are each scored at their latest period (or --from for OLD, --to for NEW).
/// Communes are matched by id; those on one side only are listed. Scores from relative scales
/// (minmax, percentile) are not comparable across periods: a warning says so.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  dtm compare seeds/long-an-communes.csv --from 2023 --to 2024\n  dtm compare survey-2023.csv survey-2024.csv --format csv -o change.csv\n  dtm compare seeds/long-an-communes.csv --format markdown"
)]
pub struct Args {
    /// One survey file with a period column, or OLD and NEW files
    #[arg(value_name = "DATA", required = true, num_args = 1..=2)]
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
}

pub fn run(args: &Args, global: &Global) -> anyhow::Result<Exit> {
    let format = pick_format(global, &FORMATS, Format::Table)?;
    if args.data.len() == 1 && args.from.is_some() != args.to.is_some() {
        return Err(Usage(ONE_OF_FROM_TO.into()).into());
    }
    let inputs: Vec<&std::path::Path> = args.data.iter().map(PathBuf::as_path).collect();
    refuse_overwriting_inputs(global, &inputs)?;
    let criteria = load_criteria(global)?;
    let lang: Lang = global.lang.into();
    let datasets: Vec<Dataset> = match args.data.as_slice() {
        [_] => vec![load_dataset(&args.data, &criteria, &args.input, global)?],
        [old, new] => vec![
            load_dataset(std::slice::from_ref(old), &criteria, &args.input, global)?,
            load_dataset(std::slice::from_ref(new), &criteria, &args.input, global)?,
        ],
        _ => {
            return Err(
                Usage("give one data file with periods, or two files: OLD NEW".into()).into(),
            );
        }
    };
    let (old_data, new_data) = (&datasets[0], &datasets[datasets.len() - 1]);
    let (before, after, names) = match args.data.as_slice() {
        [old, new] => {
            let before = assess(&criteria, old_data, args.from.clone())?;
            let after = assess(&criteria, new_data, args.to.clone())?;
            let name = |path: &PathBuf, period: &Option<String>| match period {
                Some(p) => format!("{} ({p})", path.display()),
                None => path.display().to_string(),
            };
            let names = (name(old, &before.period), name(new, &after.period));
            (before, after, names)
        }
        _ => periods(&criteria, old_data, args)?,
    };
    let comparison = compare(&before, &after);
    if let Some(warning) = render::relative_warning(&comparison, lang).filter(|_| !global.quiet) {
        style::eprint(&format!(
            "{}: {warning}",
            Painter::for_stderr(global.color).warning("warning")
        ));
    }
    // Each side's communes by id, looked up once per compared commune (a search was quadratic).
    fn index(assessment: &Assessment) -> HashMap<&str, &EntityResult> {
        let mut index = HashMap::with_capacity(assessment.entities.len());
        for entity in &assessment.entities {
            index.entry(entity.id.as_str()).or_insert(entity);
        }
        index
    }
    fn side<'a>(
        criteria: &'a Criteria,
        (assessment, index): (&'a Assessment, &HashMap<&str, &'a EntityResult>),
        dataset: &'a Dataset,
        id: &str,
        lang: Lang,
    ) -> Option<model::Commune<'a>> {
        let entity = index.get(id)?;
        Some(model::commune(
            criteria, dataset, assessment, entity, None, lang,
        ))
    }
    let (before_index, after_index) = (index(&before), index(&after));
    let ids = comparison
        .changes
        .iter()
        .map(|c| &c.id)
        .chain(comparison.only_before.iter().map(|p| &p.id))
        .chain(comparison.only_after.iter().map(|p| &p.id));
    let communes = ids
        .map(|id| {
            (
                side(&criteria, (&before, &before_index), old_data, id, lang),
                side(&criteria, (&after, &after_index), new_data, id, lang),
            )
        })
        .collect();
    let report = CompareReport {
        comparison: &comparison,
        before: (names.0, model::run(&criteria, &before, lang)),
        after: (names.1, model::run(&criteria, &after, lang)),
        communes,
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
    Ok(Exit::Success)
}

/// With one file, --from and --to go together.
const ONE_OF_FROM_TO: &str = "give both --from and --to, or neither (the two latest periods)";

/// Two periods of one dataset: --from and --to, else the two latest.
fn periods(
    criteria: &Criteria,
    dataset: &Dataset,
    args: &Args,
) -> anyhow::Result<(Assessment, Assessment, (String, String))> {
    let available = match (dataset.period_order(), &args.from, &args.to) {
        (Ok(ordered), _, _) => ordered,
        (Err(text_order), Some(_), Some(_)) => text_order,
        (Err(text_order), _, _) => {
            return Err(Usage(format!(
                "the periods {} are written in mixed forms, so the two latest cannot be told; \
                 name them with --from and --to",
                text_order.join(", ")
            ))
            .into());
        }
    };
    let (from, to) = match (&args.from, &args.to, available.as_slice()) {
        (Some(from), Some(to), _) => (from.clone(), to.clone()),
        (None, None, [.., earlier, latest]) => (earlier.clone(), latest.clone()),
        (None, None, _) => {
            let have = if available.is_empty() {
                "no period column".to_owned()
            } else {
                format!("only the period {}", available.join(", "))
            };
            return Err(Invalid(format!(
                "the data have {have}; compare needs two periods, or two files OLD NEW"
            ))
            .into());
        }
        _ => {
            return Err(Usage(ONE_OF_FROM_TO.into()).into());
        }
    };
    let before = assess(criteria, dataset, Some(from.clone()))?;
    let after = assess(criteria, dataset, Some(to.clone()))?;
    Ok((before, after, (from, to)))
}

fn assess(
    criteria: &Criteria,
    dataset: &Dataset,
    period: Option<String>,
) -> anyhow::Result<Assessment> {
    Ok(score::assess(criteria, dataset, &ScoreOptions { period })?)
}
