//! `dtm report`: the whole report — summary, ranking, heat map, levels, pilots, changes, profiles,
//! data quality and method — as HTML, XLSX, Markdown or JSON.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;

use super::input::InputArgs;
use super::{Exit, Format, Global, Output, Usage, pick_format, refuse_overwriting_inputs};
use crate::analysis::compare;
use crate::analysis::gaps::{Gaps, gaps};
use crate::analysis::overview::overview;
use crate::analysis::pilot::{self, Mode, Order, PilotOptions, WaveOptions};
use crate::analysis::sensitivity::{DEFAULT_RUNS, DEFAULT_SEED, DEFAULT_WEIGHTS, Settings};
use crate::criteria::Gate;
use crate::report::document::{self, Inputs};
use crate::report::i18n::Lang;
use crate::report::model;
use crate::report::pilot::PilotReport;
use crate::score::ScoreOptions;
use crate::score::prepared::{Prepared, Target};

/// The pilot count when neither the command line nor the criteria give one.
const DEFAULT_COUNT: usize = 3;
/// Communes profiled at each end of the ranking by default (besides the pilots).
const DEFAULT_PROFILES: usize = 5;

/// The formats `dtm report` writes.
pub const FORMATS: [Format; 4] = [Format::Html, Format::Xlsx, Format::Markdown, Format::Json];

/// Write the full report: what a province hands to its leadership
///
/// One command turns a survey into a document: a one-minute summary (what was scored, the level
/// distribution, the strongest and weakest pillar, what changed since the previous period, the
/// recommended pilots and why), the ranking with pillar bars, a communes × pillars heat map, the
/// levels overall and per group, the pilot recommendation (and rollout waves with --waves), the
/// profiles of the highest- and lowest-ranked communes and of the pilots with their gaps and the
/// shortest path to the next level, every imputed or dropped value, and the method (the criteria
/// tree with effective weights, scales in words and levels) so that the ranking can be audited.
///
/// HTML is one self-contained, printable page (A4) that needs no network; XLSX has the sheets
/// Ranking, Pillars, Indicators, Gaps, Pilot, Data quality and Method; Markdown renders on GitHub.
/// The format follows the extension of -o, else --format, else Markdown on standard output.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  dtm report seeds/long-an-communes.csv -o report.html --lang vi\n  dtm report seeds/long-an-communes.csv -o report.xlsx --profiles all\n  dtm report seeds/long-an-communes.csv --count 5 --spread district --waves 4 --per-wave 30 -o plan.md"
)]
pub struct Args {
    /// Survey files (CSV, XLSX, ODS; - for standard input); several are concatenated
    #[arg(value_name = "DATA", required = true)]
    pub data: Vec<PathBuf>,
    /// The period to report on [default: the latest]; the one before it is compared with
    #[arg(long, value_name = "P")]
    pub period: Option<String>,
    /// How many pilots to recommend [default: the criteria's, else 3]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub count: Option<u16>,
    /// A condition every pilot must meet, e.g. "government >= 50" (repeatable)
    #[arg(long = "gate", value_name = "EXPR", value_parser = super::pilot::parse_gate)]
    pub gates: Vec<Gate>,
    /// At most one pilot per value of this group column while another value qualifies
    #[arg(long, value_name = "COL")]
    pub spread: Option<String>,
    /// At least one pilot of each value of this group column
    #[arg(long, value_name = "COL")]
    pub cover: Option<String>,
    /// Add a rollout schedule of K waves (needs --per-wave)
    #[arg(long, value_name = "K", requires = "per_wave", value_parser = clap::value_parser!(u16).range(1..=1000))]
    pub waves: Option<u16>,
    /// Communes per wave
    #[arg(long, value_name = "M", requires = "waves", value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub per_wave: Option<u32>,
    /// Communes profiled at each end of the ranking, or `all` [default: 5]
    #[arg(long, value_name = "N|all", value_parser = parse_profiles)]
    pub profiles: Option<Profiles>,
    /// Add a robustness section: each commune's rank interval when the weights vary (sensitivity
    /// replications, as `dtm sensitivity`), as a chart, a table and a sheet
    #[arg(long)]
    pub sensitivity: bool,
    /// With --sensitivity, how many replications
    #[arg(long, value_name = "N", default_value_t = DEFAULT_RUNS, requires = "sensitivity",
        value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..=super::pilot::MAX_ROBUST_RUNS))]
    pub runs: usize,
    /// With --sensitivity, multiply each weight by a random factor in [1 − R, 1 + R]
    #[arg(long, value_name = "R", default_value_t = DEFAULT_WEIGHTS, requires = "sensitivity",
        value_parser = super::pilot::parse_spread)]
    pub weights: f64,
    /// With --sensitivity, the seed of the random draws
    #[arg(long, value_name = "S", default_value_t = DEFAULT_SEED, requires = "sensitivity")]
    pub seed: u64,
    /// Output format [default: from the extension of -o, else markdown]
    #[arg(long, value_name = "FORMAT", value_parser = super::format::parser(&FORMATS))]
    pub format: Option<Format>,
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub restate: super::crosswalk::RestateArgs,
}

/// Which communes get a profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Profiles {
    /// The first and last N of the ranking, and the pilots.
    Ends(usize),
    All,
}

fn parse_profiles(text: &str) -> Result<Profiles, super::usage::Worded> {
    if text.eq_ignore_ascii_case("all") {
        return Ok(Profiles::All);
    }
    match text.parse::<usize>() {
        Ok(n) if n <= 100_000 => Ok(Profiles::Ends(n)),
        _ => Err(super::usage::Worded(
            crate::diagnostics::Message::new("usage-profiles-form").with("value", text),
        )),
    }
}

pub fn run(args: &Args, global: &Global) -> anyhow::Result<Exit> {
    let format = pick_format(global, &FORMATS, Format::Markdown)?;
    let inputs: Vec<&std::path::Path> = args.data.iter().map(PathBuf::as_path).collect();
    refuse_overwriting_inputs(global, &inputs)?;
    if let (Some(n), Some(m)) = (args.count, args.per_wave)
        && u32::from(n) > m
    {
        let message = format!("--count {n} exceeds --per-wave {m}; wave 1 holds the pilots");
        return Err(Usage(message).into());
    }
    let lang = Lang::from_code(global.lang.code()).unwrap_or_default();
    let (loaded, before) = super::crosswalk::load_with_previous(
        &args.data,
        global,
        &args.input,
        &args.restate,
        args.period.clone(),
    )?;
    let (criteria, dataset, assessment) = (&loaded.criteria, &loaded.dataset, &loaded.assessment);

    let defaults = criteria.pilot.clone().unwrap_or_default();
    let options = PilotOptions {
        count: args
            .count
            .map_or_else(|| defaults.count.unwrap_or(DEFAULT_COUNT), usize::from),
        gates: if args.gates.is_empty() {
            defaults.gates
        } else {
            args.gates.clone()
        },
        spread: args.spread.clone().or(defaults.spread),
        cover: args.cover.clone().or(defaults.cover),
        exclude: Vec::new(),
        mode: Mode::Ready,
    };
    // A report is still worth having when no commune passes the gates: the section is left out.
    let selection = pilot::select(criteria, assessment, &options).ok();
    let schedule = selection.as_ref().and_then(|s| {
        let (k, m) = (args.waves?, args.per_wave?);
        let waves = WaveOptions {
            waves: usize::from(k),
            per_wave: m as usize,
            order: Order::Readiness,
            per_group: None,
        };
        Some(pilot::schedule(assessment, s, &waves))
    });
    let pilot_report = selection.as_ref().map(|selection| PilotReport {
        criteria,
        assessment,
        selection,
        schedule: schedule.as_ref(),
        lang: lang.code(),
        width: None,
        robust: None,
    });

    let comparison = before.as_ref().map(|b| compare::compare(b, assessment));

    let all = args.profiles == Some(Profiles::All);
    let ends = match args.profiles {
        Some(Profiles::Ends(n)) => n,
        _ => DEFAULT_PROFILES,
    };
    let pilots: Vec<usize> = selection
        .iter()
        .flat_map(|s| s.picks.iter().map(|p| p.entity))
        .collect();
    let profiled = profiled(assessment.entities.len(), ends, all, &pilots);
    let profiles: Vec<(usize, Gaps)> = profiled
        .into_iter()
        .map(|e| (e, gaps(criteria, assessment, &assessment.entities[e])))
        .collect();
    let robustness = if args.sensitivity {
        let settings = Settings {
            runs: args.runs,
            weights: args.weights,
            vary_aggregate: false,
            vary_missing: false,
            seed: args.seed,
            top: options.count,
            target: Target::Overall,
            keep_ranks: false,
        };
        let prepared = Prepared::new(
            criteria,
            dataset,
            &ScoreOptions {
                period: args.period.clone(),
            },
        )
        .map_err(|error| super::Invalid(error.to_string()))?;
        match super::sensitivity::replicate_unsaved(global, &prepared, &settings)? {
            Some(result) => Some(result),
            None => return Ok(Exit::Interrupted),
        }
    } else {
        None
    };
    let overview = overview(assessment, criteria.levels.len());
    let document = document::build(&Inputs {
        criteria,
        dataset,
        assessment,
        overview: &overview,
        pilot: pilot_report.as_ref(),
        changes: comparison.as_ref(),
        profiles: &profiles,
        all_profiled: all,
        sensitivity: robustness.as_ref(),
        // Restated scores are said first, in the catalogue's words.
        banners: model::run(criteria, assessment, lang)
            .restated
            .map(|r| r.note)
            .into_iter()
            .collect(),
        lang,
    });
    let mut out = Output::open(global.output.as_deref())?;
    match format {
        Format::Html => {
            let page =
                document::html::render(&document).context("could not lay out the HTML report")?;
            out.write_all(page.as_bytes())?;
        }
        Format::Xlsx => {
            let bytes =
                document::xlsx::render(&document).context("could not build the workbook")?;
            out.write_all(&bytes)?;
        }
        Format::Json => document::json::render(&document, &mut out)?,
        _ => document::markdown::render(&document, &mut out)?,
    }
    out.finish()?;
    Ok(Exit::Success)
}

/// Positions (in rank order) of the communes to profile: the first and last `ends`, the pilots,
/// or every commune.
fn profiled(total: usize, ends: usize, all: bool, pilots: &[usize]) -> Vec<usize> {
    if all || 2 * ends >= total {
        return (0..total).collect();
    }
    let mut chosen: Vec<usize> = (0..ends)
        .chain(total - ends..total)
        .chain(pilots.iter().copied())
        .collect();
    chosen.sort_unstable();
    chosen.dedup();
    chosen
}

/// `dtm score --format xlsx`: the report's ranking sheet alone, for the communes `ids` (the rows
/// the selection kept, in its order).
pub fn write_ranking_workbook(
    loaded: &super::input::Loaded,
    ids: &[&str],
    global: &Global,
) -> anyhow::Result<()> {
    let lang = Lang::from_code(global.lang.code()).unwrap_or_default();
    let overview = overview(&loaded.assessment, loaded.criteria.levels.len());
    let mut document = document::build(&Inputs {
        criteria: &loaded.criteria,
        dataset: &loaded.dataset,
        assessment: &loaded.assessment,
        overview: &overview,
        pilot: None,
        changes: None,
        profiles: &[],
        all_profiled: false,
        sensitivity: None,
        banners: Vec::new(),
        lang,
    });
    let mut rows: std::collections::HashMap<String, document::RankRow> = document
        .ranking
        .drain(..)
        .map(|row| (row.id.clone(), row))
        .collect();
    document.ranking = ids.iter().filter_map(|id| rows.remove(*id)).collect();
    let bytes =
        document::xlsx::render_ranking(&document).context("could not build the workbook")?;
    let mut out = Output::open(global.output.as_deref())?;
    out.write_all(&bytes)?;
    out.finish()
}
