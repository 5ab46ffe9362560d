//! `dtm pilot`: where to pilot next, and with `--waves`, a rollout schedule for every commune.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use anyhow::Context;

use super::format::{Renderers, pick_format, write_tabular};
use super::input::InputArgs;
use super::{Exit, Format, Global, Invalid, Usage, refuse_overwriting_inputs};
use crate::analysis::pilot::{self, Exclusion, Mode, Order, PilotError, PilotOptions, WaveOptions};
use crate::analysis::sensitivity::{
    DEFAULT_RUNS, DEFAULT_SEED, DEFAULT_WEIGHTS, Sensitivity, Settings,
};
use crate::criteria::Gate;
use crate::diagnostics::Message;
use crate::report::pilot::words::Words;
use crate::report::pilot::{self as render, PilotReport};
use crate::report::{Lang, t};
use crate::score::ScoreOptions;
use crate::score::prepared::{Prepared, Target};

/// The pilot count when neither the command line nor the criteria give one.
const DEFAULT_COUNT: usize = 3;

/// The most rollout waves `--waves` takes (a province plans years, not thousands of waves).
pub const MAX_WAVES: u64 = 1_000;
/// The most communes `--per-wave`, `--count` and `--per-group-wave` take (more than any
/// province has).
pub const MAX_PER_WAVE: u64 = 100_000;

/// The most replications `--robust-runs` takes.
pub const MAX_ROBUST_RUNS: u64 = 1_000_000;

/// The formats `dtm pilot` writes.
pub const FORMATS: [Format; 4] = super::format::TABULAR;

/// Recommend pilot communes, with the reason for each and the runners-up
///
/// Candidates have an overall score, pass every gate and are neither excluded (--exclude,
/// --exclude-file) nor marked yes in an `already_piloted` group column. With --cover, the best
/// candidate of each value of that column comes first; then picks fill up to --count by overall
/// score, never two from the same --spread value while another qualifies. --count, --gate,
/// --spread and --cover default to the criteria's `pilot:` section; --gate replaces its gates. A
/// gate is NAME OP VALUE: NAME is a pillar id, overall, coverage (0 to 1), level (number or name)
/// or a group column, and OP is one of >=, >, <=, <, = and != (≥, ≤, ≠ too).
///
/// --mode replicate (or --target LEVEL) looks for the communes to bring up to a level next: those
/// below it, closest first, each with its shortest path. The level defaults to the lowest level of
/// the excluded or already-piloted communes, else the most ready commune's.
///
/// With --waves K --per-wave M every commune is scheduled into K waves of at most M, wave 1 being
/// the pilots, then by readiness (or --order need: weakest first), each wave serving the spread
/// values in turn (at most --per-group-wave N of one value per wave).
///
/// --robust adds, for every commune shown, its share of --robust-runs sensitivity replications
/// (each weight multiplied by a random factor in [1 − R, 1 + R] for --weights R, drawn from
/// --seed) in which it ranks in the top --count: a pick at 100 % is in the top whatever the exact
/// weights, one at 40 % is there by a small margin.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  dtm pilot seeds/long-an-communes.csv --count 3 --spread district --cover kind --robust\n  dtm pilot seeds/long-an-communes.csv --exclude 27691 28159 --mode replicate\n  dtm pilot seeds/long-an-communes.csv --waves 4 --per-wave 10 --order need --format csv -o waves.csv"
)]
pub struct Args {
    /// Survey file (CSV, XLSX, ODS; - for standard input)
    #[arg(value_name = "DATA")]
    pub data: PathBuf,
    /// How many pilots [default: the criteria's, else 3; with --waves, --per-wave]
    #[arg(long, value_name = "N", value_parser = bounded(MAX_PER_WAVE))]
    pub count: Option<usize>,
    /// A condition every pilot must meet, e.g. "government >= 50" (repeatable)
    #[arg(long = "gate", value_name = "EXPR", value_parser = parse_gate)]
    pub gates: Vec<Gate>,
    /// At most one pilot per value of this group column while another value qualifies
    #[arg(long, value_name = "COL")]
    pub spread: Option<String>,
    /// At least one pilot of each value of this group column, where any passes the gates
    #[arg(long, value_name = "COL")]
    pub cover: Option<String>,
    /// Communes (ids or names) that are not candidates, e.g. communes already piloted
    #[arg(long, value_name = "ID", num_args = 1.., value_delimiter = ',')]
    pub exclude: Vec<String>,
    /// A file of communes to exclude: one id or name per line, # starts a comment
    #[arg(long, value_name = "FILE")]
    pub exclude_file: Option<PathBuf>,
    /// ready: the most ready communes; replicate: the next to bring up to a level [default: ready]
    #[arg(long, value_enum)]
    pub mode: Option<ModeArg>,
    /// The level to replicate (number or name); implies --mode replicate
    #[arg(long, value_name = "LEVEL")]
    pub target: Option<String>,
    /// Schedule every commune into K rollout waves, 1 to 1000 (needs --per-wave)
    #[arg(long, value_name = "K", requires = "per_wave", value_parser = bounded(MAX_WAVES))]
    pub waves: Option<usize>,
    /// Communes per wave, 1 to 100000
    #[arg(long, value_name = "M", requires = "waves", value_parser = bounded(MAX_PER_WAVE))]
    pub per_wave: Option<usize>,
    /// The order of the communes after the pilots in the waves
    #[arg(long, value_enum, default_value_t = OrderArg::Readiness, requires = "waves")]
    pub order: OrderArg,
    /// At most N communes of one --spread value in each wave
    #[arg(long, value_name = "N", requires = "waves", value_parser = bounded(MAX_PER_WAVE))]
    pub per_group_wave: Option<usize>,
    /// The period to use [default: the latest]
    #[arg(long, value_name = "P")]
    pub period: Option<String>,
    /// Also show how often each commune ranks in the top --count when the weights vary
    /// (sensitivity replications, as `dtm sensitivity`)
    #[arg(long)]
    pub robust: bool,
    /// With --robust, how many replications
    #[arg(long, value_name = "N", default_value_t = DEFAULT_RUNS, requires = "robust",
        value_parser = bounded(MAX_ROBUST_RUNS))]
    pub robust_runs: usize,
    /// With --robust, multiply each weight by a random factor in [1 − R, 1 + R]
    #[arg(long, value_name = "R", default_value_t = DEFAULT_WEIGHTS, requires = "robust",
        value_parser = parse_spread)]
    pub weights: f64,
    /// With --robust, the seed of the random draws; the same seed gives the same shares
    #[arg(long, value_name = "S", default_value_t = DEFAULT_SEED, requires = "robust")]
    pub seed: u64,
    /// Output format [default: from the extension of -o, else table]
    #[arg(long, value_name = "FORMAT", value_parser = super::format::parser(&FORMATS))]
    pub format: Option<Format>,
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub restate: super::crosswalk::RestateArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ModeArg {
    Ready,
    Replicate,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OrderArg {
    Readiness,
    Need,
}

/// A count from 1 to `max`, refused while the command line is parsed.
fn bounded(max: u64) -> impl clap::builder::TypedValueParser<Value = usize> {
    clap::builder::RangedU64ValueParser::<usize>::new().range(1..=max)
}

/// A weight spread R with 0 ≤ R < 1 (a weight must stay positive).
pub(super) fn parse_spread(text: &str) -> Result<f64, super::usage::Worded> {
    match text.trim().parse::<f64>() {
        Ok(r) if (0.0..1.0).contains(&r) => Ok(r),
        _ => Err(super::usage::Worded(
            crate::diagnostics::Message::new("usage-spread-range").with("value", text),
        )),
    }
}

pub(super) fn parse_gate(text: &str) -> Result<Gate, super::usage::Worded> {
    Gate::parse(text).map_err(|error| super::usage::Worded(error.message()))
}

/// The options that need no file, checked before any is read.
struct Checked {
    waves: Option<(usize, usize)>,
    mode: Mode,
}

fn check(args: &Args, lang: Lang) -> Result<Checked, Usage> {
    let waves = args.waves.zip(args.per_wave);
    match (args.count, waves) {
        (Some(n), Some((_, m))) if n > m => {
            let args = [
                ("count", n.to_string().into()),
                ("per_wave", m.to_string().into()),
            ];
            return Err(Usage(t(lang, "pilot-count-over-per-wave", &args)));
        }
        _ => {}
    }
    let mode = match (args.mode, &args.target) {
        (None | Some(ModeArg::Ready), None) => Mode::Ready,
        (Some(ModeArg::Ready), Some(_)) => {
            return Err(Usage(t(lang, "pilot-target-needs-replicate", &[])));
        }
        (_, target) => Mode::Replicate {
            target: target.clone(),
        },
    };
    Ok(Checked { waves, mode })
}

/// The communes named on the command line and in `--exclude-file`.
fn exclusions(args: &Args) -> anyhow::Result<Vec<Exclusion>> {
    let mut list: Vec<Exclusion> = args
        .exclude
        .iter()
        .map(|text| Exclusion::typed(text.trim()))
        .filter(|e| !e.text.is_empty())
        .collect();
    if let Some(path) = &args.exclude_file {
        list.extend(read_exclusions(path)?);
    }
    Ok(list)
}

fn read_exclusions(path: &Path) -> anyhow::Result<Vec<Exclusion>> {
    let text = std::fs::read_to_string(path).with_context(|| {
        let file = path.display().to_string();
        super::usage::Worded(Message::new("error-read-exclusions").with("file", file))
    })?;
    let file = path.display().to_string();
    Ok(text
        .lines()
        .enumerate()
        .filter_map(|(k, line)| {
            let text = line.split('#').next().unwrap_or_default().trim();
            (!text.is_empty()).then(|| Exclusion {
                text: text.to_owned(),
                from: Some((file.clone(), k + 1)),
            })
        })
        .collect())
}

/// A selection error in words, with its exit code: 1 when the data are invalid or nothing
/// qualifies, 2 when an option names what the criteria or data lack.
fn failure(error: &PilotError, words: Words<'_>) -> anyhow::Error {
    let text = words.error(error);
    match error {
        PilotError::NoCandidates { .. } | PilotError::NoScores | PilotError::NotYesNo { .. } => {
            Invalid(text).into()
        }
        _ => Usage(text).into(),
    }
}

enum Robust {
    Off,
    Done(Sensitivity),
    Interrupted,
}

/// The settings of `--robust`, checked before any file is read.
fn robust_settings(args: &Args, top: usize) -> Settings {
    Settings {
        runs: args.robust_runs,
        weights: args.weights,
        vary_aggregate: false,
        vary_missing: false,
        seed: args.seed,
        top,
        target: Target::Overall,
        keep_ranks: false,
    }
}

/// With `--robust`, the sensitivity replications whose top-`count` shares the report shows.
fn robust(
    args: &Args,
    global: &Global,
    loaded: &super::input::Loaded,
    count: usize,
) -> anyhow::Result<Robust> {
    if !args.robust {
        return Ok(Robust::Off);
    }
    let settings = robust_settings(args, count);
    let options = ScoreOptions {
        period: args.period.clone(),
    };
    let prepared = Prepared::new(&loaded.criteria, &loaded.dataset, &options)
        .map_err(|error| Invalid(error.to_string()))?;
    Ok(
        match super::sensitivity::replicate_unsaved(global, &prepared, &settings)? {
            Some(result) => Robust::Done(result),
            None => Robust::Interrupted,
        },
    )
}

pub fn run(args: &Args, global: &Global) -> anyhow::Result<Exit> {
    let format = pick_format(global, &FORMATS, Format::Table)?;
    let mut inputs = vec![args.data.as_path()];
    inputs.extend(args.exclude_file.as_deref());
    refuse_overwriting_inputs(global, &inputs)?;
    let checked = check(args, global.lang.into())?;
    let exclude = exclusions(args)?;
    let loaded = super::crosswalk::load(
        std::slice::from_ref(&args.data),
        global,
        &args.input,
        &args.restate,
        args.period.clone(),
    )?;
    // The pilot renderers have no place for it yet: say on standard error that scores were restated.
    super::crosswalk::note_restated(&loaded.assessment, global);
    let defaults = loaded.criteria.pilot.clone().unwrap_or_default();
    let count = match (args.count, checked.waves) {
        (Some(n), _) => n,
        (None, Some((_, m))) => m,
        (None, None) => defaults.count.unwrap_or(DEFAULT_COUNT),
    };
    let options = PilotOptions {
        count,
        gates: if args.gates.is_empty() {
            defaults.gates
        } else {
            args.gates.clone()
        },
        spread: args.spread.clone().or(defaults.spread),
        cover: args.cover.clone().or(defaults.cover),
        exclude,
        mode: checked.mode,
    };
    if args.per_group_wave.is_some() && options.spread.is_none() {
        let text = t(global.lang.into(), "pilot-per-group-needs-spread", &[]);
        return Err(Usage(text).into());
    }
    let words = Words::with_criteria(global.lang.code(), &loaded.criteria);
    let selection = pilot::select(&loaded.criteria, &loaded.assessment, &options)
        .map_err(|error| failure(&error, words))?;
    let schedule = checked.waves.map(|(waves, per_wave)| {
        let options = WaveOptions {
            waves,
            per_wave,
            order: match args.order {
                OrderArg::Readiness => Order::Readiness,
                OrderArg::Need => Order::Need,
            },
            per_group: args.per_group_wave,
        };
        pilot::schedule(&loaded.assessment, &selection, &options)
    });
    let robust = match robust(args, global, &loaded, count)? {
        Robust::Off => None,
        Robust::Done(result) => Some(result),
        Robust::Interrupted => return Ok(Exit::Interrupted),
    };
    let to_terminal = global.output.is_none() && std::io::stdout().is_terminal();
    let report = PilotReport {
        criteria: &loaded.criteria,
        assessment: &loaded.assessment,
        selection: &selection,
        schedule: schedule.as_ref(),
        lang: global.lang.code(),
        width: to_terminal
            .then(|| comfy_table::Table::new().width())
            .flatten()
            .map(usize::from),
        robust: robust.as_ref(),
    };
    if format == Format::Csv && !global.quiet {
        let painter = super::Painter::for_stderr(global.color);
        for note in &selection.notes {
            let label = painter.warning(&words.word_note());
            super::style::eprint(&format!("{label}: {}", words.note(note)));
        }
    }
    let renderers = Renderers {
        table: render::table,
        csv: render::csv,
        json: render::json,
        markdown: render::markdown,
    };
    write_tabular(global, format, &report, renderers)?;
    // The process ends next: freeing every commune's results piece by piece only costs time
    // (see `score`). Leaking is safe; the output is flushed above.
    std::mem::forget(loaded);
    Ok(Exit::Success)
}
