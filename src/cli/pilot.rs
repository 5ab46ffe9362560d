//! `dtm pilot`: where to pilot next, and with `--waves`, a rollout schedule for every commune.

use std::path::PathBuf;

use super::format::{Renderers, pick_format, write_tabular};
use super::input::InputArgs;
use super::{Exit, Format, Global, Usage, refuse_overwriting_inputs};
use crate::analysis::pilot::{self, PilotOptions};
use crate::criteria::Gate;
use crate::report::pilot::{self as render, PilotReport};

/// The pilot count when neither the command line nor the criteria give one.
const DEFAULT_COUNT: usize = 3;

/// The most rollout waves `--waves` takes (a province plans years, not thousands of waves).
pub const MAX_WAVES: u64 = 1_000;
/// The most communes `--per-wave` and `--count` take (more than any province has).
pub const MAX_PER_WAVE: u64 = 100_000;

/// The formats `dtm pilot` writes.
pub const FORMATS: [Format; 4] = super::format::TABULAR;

/// Recommend pilot communes, with the reason for each and the runners-up
///
/// Candidates have an overall score and pass every gate. With --cover, the best candidate of each
/// value of that column comes first; then picks fill up to --count by overall score, never two from
/// the same --spread value while another qualifies. --count, --gate, --spread and --cover default
/// to the criteria's `pilot:` section; --gate replaces its gates. A gate is NAME OP VALUE: NAME is a
/// pillar id, overall, coverage (0 to 1), level (number or name) or a group column, and OP is one
/// of >=, >, <=, <, = and !=. With --waves K --per-wave M every commune is scheduled into K waves
/// of at most M by readiness, wave 1 being the pilots, each wave serving the spread values in turn.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  dtm pilot seeds/long-an-communes.csv\n  dtm pilot seeds/long-an-communes.csv --count 3 --spread district --cover kind\n  dtm pilot seeds/long-an-communes.csv --gate \"government >= 60\" --gate \"kind != phường\"\n  dtm pilot seeds/long-an-communes.csv --waves 4 --per-wave 10 --format csv -o waves.csv"
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
    /// Schedule every commune into K rollout waves, 1 to 1000 (needs --per-wave)
    #[arg(long, value_name = "K", requires = "per_wave", value_parser = bounded(MAX_WAVES))]
    pub waves: Option<usize>,
    /// Communes per wave, 1 to 100000
    #[arg(long, value_name = "M", requires = "waves", value_parser = bounded(MAX_PER_WAVE))]
    pub per_wave: Option<usize>,
    /// The period to use [default: the latest]
    #[arg(long, value_name = "P")]
    pub period: Option<String>,
    /// Output format [default: from the extension of -o, else table]
    #[arg(long, value_name = "FORMAT", value_parser = super::format::parser(&FORMATS))]
    pub format: Option<Format>,
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub restate: super::crosswalk::RestateArgs,
}

/// A count from 1 to `max`, refused while the command line is parsed.
fn bounded(max: u64) -> impl clap::builder::TypedValueParser<Value = usize> {
    clap::builder::RangedU64ValueParser::<usize>::new().range(1..=max)
}

fn parse_gate(text: &str) -> Result<Gate, String> {
    Gate::parse(text).map_err(|error| error.to_string())
}

pub fn run(args: &Args, global: &Global) -> anyhow::Result<Exit> {
    let format = pick_format(global, &FORMATS, Format::Table)?;
    refuse_overwriting_inputs(global, &[&args.data])?;
    if let (Some(n), Some(m)) = (args.count, args.per_wave.filter(|_| args.waves.is_some()))
        && n > m
    {
        return Err(Usage(format!(
            "--count {n} exceeds --per-wave {m}; wave 1 holds the pilots"
        ))
        .into());
    }
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
    let waves = args.waves.zip(args.per_wave);
    let count = match (args.count, waves) {
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
        lang: global.lang.code().to_owned(),
    };
    let selection = pilot::select(&loaded.criteria, &loaded.assessment, &options)?;
    let schedule = waves.map(|(k, m)| pilot::schedule(&loaded.assessment, &selection, k, m));
    let report = PilotReport {
        criteria: &loaded.criteria,
        assessment: &loaded.assessment,
        selection: &selection,
        schedule: schedule.as_ref(),
        lang: global.lang.code(),
    };
    if format == Format::Csv && !global.quiet {
        let painter = super::Painter::for_stderr(global.color);
        for note in &selection.notes {
            super::style::eprint(&format!("{}: {note}", painter.warning("note")));
        }
    }
    let renderers = Renderers {
        table: render::table,
        csv: render::csv,
        json: render::json,
        markdown: render::markdown,
    };
    write_tabular(global, format, &report, renderers)?;
    Ok(Exit::Success)
}
