//! `dtm pilot`: where to pilot next, and with `--waves`, a rollout schedule for every commune.

use std::path::PathBuf;

use super::input::InputArgs;
use super::output::{Renderers, tabular_format, write_tabular};
use super::{Exit, Format, Global, Invalid, Usage};
use crate::analysis::pilot::{self, PilotOptions};
use crate::criteria::Gate;
use crate::report::pilot::{self as render, PilotReport};

/// The pilot count when neither the command line nor the criteria give one.
const DEFAULT_COUNT: usize = 3;

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
    #[arg(long, value_name = "N")]
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
    /// Schedule every commune into K rollout waves (needs --per-wave)
    #[arg(long, value_name = "K", requires = "per_wave")]
    pub waves: Option<usize>,
    /// Communes per wave
    #[arg(long, value_name = "M", requires = "waves")]
    pub per_wave: Option<usize>,
    /// The period to use [default: the latest]
    #[arg(long, value_name = "P")]
    pub period: Option<String>,
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub restate: super::crosswalk::RestateArgs,
}

fn parse_gate(text: &str) -> Result<Gate, String> {
    Gate::parse(text).map_err(|error| error.to_string())
}

pub fn run(args: &Args, global: &Global) -> anyhow::Result<Exit> {
    let format = tabular_format(global)?;
    let loaded = super::crosswalk::load(
        std::slice::from_ref(&args.data),
        global,
        &args.input,
        &args.restate,
        args.period.clone(),
    )?;
    let defaults = loaded.criteria.pilot.clone().unwrap_or_default();
    let waves = match (args.waves, args.per_wave) {
        (Some(0), _) | (_, Some(0)) => {
            return Err(Usage("--waves and --per-wave must be at least 1".into()).into());
        }
        (Some(k), Some(m)) => Some((k, m)),
        _ => None,
    };
    let count = match (args.count, waves) {
        (Some(0), _) => return Err(Usage("--count must be at least 1".into()).into()),
        (Some(n), Some((_, m))) if n > m => {
            return Err(Usage(format!(
                "--count {n} exceeds --per-wave {m}; wave 1 holds the pilots"
            ))
            .into());
        }
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
    let selection = pilot::select(&loaded.criteria, &loaded.assessment, &options)
        .map_err(|error| Invalid(error.to_string()))?;
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
