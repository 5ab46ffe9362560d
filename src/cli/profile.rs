//! `dtm profile`: one commune's standing, scores and gaps, for a planner's visit or memo.

use std::path::PathBuf;

use super::format::{Renderers, pick_format, write_tabular};
use super::input::InputArgs;
use super::{Exit, Format, Global, Usage, refuse_overwriting_inputs};
use crate::analysis::{gaps, names};
use crate::report::profile::{self, Profile};
use crate::report::{Lang, model};

/// The formats `dtm profile` writes.
pub const FORMATS: [Format; 4] = super::format::TABULAR;

/// Profile one commune: its scores, ranks and gaps
///
/// Shows the commune's overall score, level and rank (also within its district), each pillar and
/// indicator with raw value, score and weight, its data-quality notes, and its gaps: each
/// indicator's potential gain in overall points and the fewest improvements that reach the next
/// level, each stated as the raw value to reach. ID is a commune code or an unambiguous name
/// (any case).
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  dtm profile seeds/long-an-communes.csv 27691\n  dtm profile seeds/long-an-communes.csv \"Phường 4\" --format markdown\n  dtm profile seeds/long-an-communes.csv 27691 --period 2023 --format json"
)]
pub struct Args {
    /// Survey file (CSV, XLSX, ODS; - for standard input)
    #[arg(value_name = "DATA")]
    pub data: PathBuf,
    /// The commune's code or name
    #[arg(value_name = "ID")]
    pub id: String,
    /// The period to profile [default: the latest]
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

pub fn run(args: &Args, global: &Global) -> anyhow::Result<Exit> {
    let format = pick_format(global, &FORMATS, Format::Table)?;
    refuse_overwriting_inputs(global, &[&args.data])?;
    let loaded = super::crosswalk::load(
        std::slice::from_ref(&args.data),
        global,
        &args.input,
        &args.restate,
        args.period.clone(),
    )?;
    let lang: Lang = global.lang.into();
    let entity = names::find(&loaded.assessment, &args.id)
        .map_err(|error| Usage(crate::report::names::lookup_error(&error, lang)))?;
    let gaps = gaps::gaps(&loaded.criteria, &loaded.assessment, entity);
    let commune = model::commune(
        &loaded.criteria,
        &loaded.dataset,
        &loaded.assessment,
        entity,
        Some(&gaps),
        lang,
    );
    let report = Profile {
        run: model::run(&loaded.criteria, &loaded.assessment, lang),
        commune,
        gaps: &gaps,
        lang,
        width: super::score::table_width(false),
    };
    let renderers = Renderers {
        table: profile::table,
        csv: profile::csv,
        json: profile::json,
        markdown: profile::markdown,
    };
    write_tabular(global, format, &report, renderers)?;
    // The process ends next: freeing every commune's results piece by piece only costs time
    // (see `score`). Leaking is safe; the output is flushed above.
    std::mem::forget(report);
    std::mem::forget(loaded);
    Ok(Exit::Success)
}
