//! `dtm sensitivity`: how much the ranking depends on the weights, the aggregation and the
//! missing-data policy, by Monte Carlo over the prepared scorer.

use std::fs::{self, File};
use std::io::{BufWriter, IsTerminal};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};

use super::format::{Renderers, pick_format, write_tabular};
use super::input::{InputArgs, load_criteria, load_dataset};
use super::{Exit, Format, Global, Invalid, Usage, refuse_overwriting_inputs, style};
use crate::analysis::sensitivity::{
    self, DEFAULT_RUNS, DEFAULT_SEED, DEFAULT_WEIGHTS, Hooks, Replication, SensitivityError,
    Settings,
};
use crate::criteria::{Children, Criteria, Node};
use crate::report::i18n::{Lang, t};
use crate::report::sensitivity::{self as render, RunsWriter, SensitivityReport};
use crate::score::ScoreOptions;
use crate::score::prepared::{Prepared, Target};

/// The formats `dtm sensitivity` writes.
pub const FORMATS: [Format; 4] = super::format::TABULAR;

/// The top-N count when neither --top nor the criteria's pilot count give one.
const DEFAULT_TOP: usize = 3;

/// Set by Ctrl-C; the replication loop checks it between waves.
static STOP: AtomicBool = AtomicBool::new(false);

/// Test how robust the ranking is to the weights, aggregation and missing-data policy
///
/// Re-scores the period --runs times (Monte Carlo), each time with every weight (pillars, groups
/// and indicators) multiplied by its own random factor in [1 − R, 1 + R] for --weights R, and
/// with --vary aggregate, arithmetic or geometric drawn for every pillar and group, with --vary
/// missing, one of renormalize, zero and impute drawn for the whole tree. For each commune it
/// shows the nominal rank, the median rank, the 5–95 % rank interval, how often it is in the top N
/// (default: the criteria's pilot count) and the mean and 5–95 % interval of its score; for the
/// run, the rank correlation (Spearman) of the replications with the nominal ranking and the most
/// and least stable communes. The same --seed gives the same output on any machine and any
/// number of threads; --save-runs FILE keeps every replication's parameters for an audit.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  dtm sensitivity seeds/long-an-communes.csv\n  dtm sensitivity seeds/long-an-communes.csv --runs 5000 --weights 0.5 --vary aggregate,missing --top 5\n  dtm sensitivity survey.csv --by government --format csv -o robustness.csv --save-runs runs.csv"
)]
pub struct Args {
    /// Survey files (CSV, XLSX, ODS; - for standard input); several are concatenated
    #[arg(value_name = "DATA", required = true)]
    pub data: Vec<PathBuf>,
    /// How many replications
    #[arg(long, value_name = "N", default_value_t = DEFAULT_RUNS)]
    pub runs: usize,
    /// Multiply each weight by a random factor in [1 − R, 1 + R] (0 keeps the weights)
    #[arg(long, value_name = "R", default_value_t = DEFAULT_WEIGHTS)]
    pub weights: f64,
    /// Also vary these choices (comma-separated)
    #[arg(long, value_name = "WHAT", value_enum, value_delimiter = ',')]
    pub vary: Vec<Vary>,
    /// Seed of the random draws; the same seed gives the same output
    #[arg(long, value_name = "S", default_value_t = DEFAULT_SEED)]
    pub seed: u64,
    /// Count how often each commune is in the top N [default: the criteria's pilot count, else 3]
    #[arg(long, value_name = "N")]
    pub top: Option<usize>,
    /// Rank by this pillar (or group or indicator) instead of the overall score
    #[arg(long, value_name = "PILLAR")]
    pub by: Option<String>,
    /// The period to score [default: the latest]
    #[arg(long, value_name = "P")]
    pub period: Option<String>,
    /// Write every replication's sampled parameters to FILE (CSV)
    #[arg(long, value_name = "FILE")]
    pub save_runs: Option<PathBuf>,
    /// With --save-runs, also write every commune's rank in every replication
    #[arg(long, requires = "save_runs")]
    pub save_ranks: bool,
    /// Output format [default: from the extension of -o, else table]
    #[arg(long, value_name = "FORMAT", value_parser = super::format::parser(&FORMATS))]
    pub format: Option<Format>,
    #[command(flatten)]
    pub input: InputArgs,
}

/// A choice that can be varied besides the weights.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Vary {
    /// Arithmetic or geometric, per pillar and group
    Aggregate,
    /// Renormalize, zero or impute, per replication
    Missing,
}

pub fn run(args: &Args, global: &Global) -> anyhow::Result<Exit> {
    let format = pick_format(global, &FORMATS, Format::Table)?;
    let mut inputs: Vec<&Path> = args.data.iter().map(PathBuf::as_path).collect();
    inputs.extend(args.save_runs.as_deref());
    refuse_overwriting_inputs(global, &inputs)?;
    let criteria = load_criteria(global)?;
    let settings = settings(args, &criteria);
    sensitivity::check(&settings, &criteria).map_err(|error| Usage(error.to_string()))?;
    if let Some(by) = &args.by
        && !has_node(&criteria, by)
    {
        let by = ("by", by.into());
        let text = crate::report::t(global.lang.into(), "sensitivity-unknown-by", &[by]);
        return Err(Usage(text).into());
    }
    let dataset = load_dataset(&args.data, &criteria, &args.input, global)?;
    let options = ScoreOptions {
        period: args.period.clone(),
    };
    let prepared =
        Prepared::new(&criteria, &dataset, &options).map_err(|error| Invalid(error.to_string()))?;
    let target = match &args.by {
        Some(by) => Target::Node(
            prepared
                .node(by)
                .ok_or_else(|| Usage(format!("no node '{by}'")))?,
        ),
        None => Target::Overall,
    };
    let settings = Settings { target, ..settings };
    let Some(result) = replicate(args, global, &dataset, &prepared, &settings)? else {
        return Ok(Exit::Interrupted);
    };
    if !global.quiet && matches!(format, Format::Csv | Format::Json) {
        style::eprint(&format!(
            "note: {}",
            t(
                Lang::from(global.lang),
                "sensitivity-seed-note",
                &[("seed", settings.seed.to_string().into())],
            )
        ));
    }
    let by = match target {
        Target::Node(n) => prepared.nodes()[n]
            .name
            .as_ref()
            .map(|name| name.get(global.lang.code()).to_owned())
            .or_else(|| args.by.clone()),
        Target::Overall => None,
    };
    let report = SensitivityReport {
        criteria: &criteria,
        dataset: &dataset,
        result: &result,
        period: prepared.period(),
        by_id: args.by.as_deref(),
        by: by.as_deref(),
        lang: global.lang.code(),
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

fn settings(args: &Args, criteria: &Criteria) -> Settings {
    let pilot_count = criteria.pilot.as_ref().and_then(|p| p.count);
    Settings {
        runs: args.runs,
        weights: args.weights,
        vary_aggregate: args.vary.contains(&Vary::Aggregate),
        vary_missing: args.vary.contains(&Vary::Missing),
        seed: args.seed,
        top: args.top.or(pilot_count).unwrap_or(DEFAULT_TOP),
        target: Target::Overall,
        keep_ranks: args.save_ranks,
    }
}

fn has_node(criteria: &Criteria, id: &str) -> bool {
    fn walk(node: &Node, id: &str) -> bool {
        node.id == id
            || match &node.children {
                Children::Groups(groups) => groups.iter().any(|g| walk(g, id)),
                Children::Indicators(indicators) => indicators.iter().any(|i| i.id == id),
            }
    }
    criteria.pillars.iter().any(|p| walk(p, id))
}

/// Where `--save-runs` is written until the run is complete.
/// A context naming the file `key`'s action failed on, worded in the reader's language.
fn written(key: &'static str, path: &Path) -> super::usage::Worded {
    let file = path.display().to_string();
    super::usage::Worded(crate::diagnostics::Message::new(key).with("file", file))
}

fn partial(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map_or_else(Default::default, |n| n.to_string_lossy().into_owned());
    path.with_file_name(format!(".{name}.partial"))
}

/// Run the replications for `pilot --robust` and `report --sensitivity`: a progress bar, Ctrl-C, nothing saved; `None`
/// (after a note on standard error) when interrupted.
pub(super) fn replicate_unsaved(
    global: &Global,
    prepared: &Prepared,
    settings: &Settings,
) -> anyhow::Result<Option<sensitivity::Sensitivity>> {
    // A second handler cannot be installed; without one Ctrl-C simply ends the process.
    let _ = ctrlc::set_handler(|| STOP.store(true, Ordering::Relaxed));
    let bar = progress_bar(global, settings.runs);
    let mut done = 0;
    let outcome = sensitivity::run(
        prepared,
        settings,
        &mut Hooks {
            stop: &STOP,
            progress: &mut |count| {
                done = count;
                bar.set_position(count as u64);
            },
            replication: &mut |_| {},
        },
    );
    bar.finish_and_clear();
    match outcome {
        Ok(result) => Ok(Some(result)),
        Err(SensitivityError::Interrupted) => {
            style::eprint(&format!(
                "{}: {}",
                super::Painter::for_stderr(global.color).warning(&crate::report::t(
                    global.lang.into(),
                    "error-note",
                    &[]
                )),
                t(
                    Lang::from(global.lang),
                    "sensitivity-interrupted",
                    &[
                        ("done", done.to_string().into()),
                        ("runs", settings.runs.into())
                    ],
                )
            ));
            Ok(None)
        }
        Err(error) => Err(Usage(error.to_string()).into()),
    }
}

/// Run the replications with a progress bar and Ctrl-C; `None` when interrupted.
fn replicate(
    args: &Args,
    global: &Global,
    dataset: &crate::data::Dataset,
    prepared: &Prepared,
    settings: &Settings,
) -> anyhow::Result<Option<sensitivity::Sensitivity>> {
    // A second handler cannot be installed; without one Ctrl-C simply ends the process.
    let _ = ctrlc::set_handler(|| STOP.store(true, Ordering::Relaxed));
    let mut saver = match &args.save_runs {
        Some(path) => {
            let temporary = partial(path);
            let file = File::create(&temporary)
                .with_context(|| written("error-create-file", &temporary))?;
            let ids: Vec<&str> = prepared
                .members()
                .iter()
                .map(|&e| dataset.entities[e].id.as_str())
                .collect();
            let ranks = args.save_ranks.then_some(ids.as_slice());
            let writer = RunsWriter::new(BufWriter::new(file), prepared.nodes(), ranks)
                .with_context(|| written("error-write-file", &temporary))?;
            Some((writer, temporary, path.clone()))
        }
        None => None,
    };
    let bar = progress_bar(global, settings.runs);
    let mut failure: Option<std::io::Error> = None;
    let mut done = 0;
    let mut on_replication = |replication: &Replication| {
        if let Some((writer, _, _)) = saver.as_mut()
            && failure.is_none()
            && let Err(error) = writer.write(replication)
        {
            failure = Some(error);
        }
    };
    let mut on_progress = |count: usize| {
        done = count;
        bar.set_position(count as u64);
    };
    let outcome = sensitivity::run(
        prepared,
        settings,
        &mut Hooks {
            stop: &STOP,
            progress: &mut on_progress,
            replication: &mut on_replication,
        },
    );
    bar.finish_and_clear();
    let outcome = match (outcome, failure) {
        (Ok(result), None) => Ok(Some(result)),
        (Err(SensitivityError::Interrupted), _) => Ok(None),
        (Err(error), _) => Err(Usage(error.to_string()).into()),
        (Ok(_), Some(error)) => {
            let target = args.save_runs.as_deref().map(partial).unwrap_or_default();
            Err(anyhow::Error::new(error).context(written("error-write-file", &target)))
        }
    };
    match (saver, &outcome) {
        (Some((writer, temporary, path)), Ok(Some(_))) => {
            let finished = writer
                .finish()
                .and_then(|mut w| std::io::Write::flush(&mut w));
            finished.with_context(|| written("error-write-file", &temporary))?;
            fs::rename(&temporary, &path).with_context(|| written("error-write-file", &path))?;
        }
        (Some((writer, temporary, _)), _) => {
            drop(writer);
            let _ = fs::remove_file(&temporary);
        }
        (None, _) => {}
    }
    if matches!(outcome, Ok(None)) {
        style::eprint(&format!(
            "{}: {}",
            super::Painter::for_stderr(global.color).warning(&crate::report::t(
                global.lang.into(),
                "error-note",
                &[]
            )),
            t(
                Lang::from(global.lang),
                "sensitivity-interrupted",
                &[
                    ("done", done.to_string().into()),
                    ("runs", settings.runs.into())
                ],
            )
        ));
    }
    outcome
}

/// A bar on a terminal's standard error, hidden by --quiet, --no-progress or a pipe.
fn progress_bar(global: &Global, runs: usize) -> ProgressBar {
    if global.quiet || global.no_progress || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(runs as u64);
    let template = "{bar:40} {pos}/{len} {msg} ({eta})";
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
    bar.set_message(t(Lang::from(global.lang), "sensitivity-progress", &[]));
    bar
}
