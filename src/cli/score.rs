//! `dtm score`: the ranked table planners and analysts start from.

use std::path::PathBuf;

use super::format::{Renderers, pick_format, table_color, write_tabular};
use super::input::InputArgs;
use super::{Exit, Format, Global, Invalid, refuse_overwriting_inputs};
use crate::analysis::ranking::{Selection, select};
use crate::report::ranking::{self, Ranking};

/// The formats `dtm score` writes.
pub const FORMATS: [Format; 4] = super::format::TABULAR;

/// Score communes and print the ranked table
///
/// Ranks every commune of the period (the latest by default) by its overall score, with its level
/// and each pillar's score and level. Filters and --top only choose which rows are shown; ranks
/// and relative scales always use every commune of the period.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  dtm score seeds/long-an-communes.csv --top 10\n  dtm score seeds/long-an-communes.csv --group kind --top 3\n  dtm score seeds/long-an-communes.csv --filter \"district=Huyện Cần Giuộc\" --detail\n  dtm score survey-*.csv --format csv -o ranking.csv"
)]
pub struct Args {
    /// Survey files (CSV, XLSX, ODS; - for standard input); several are concatenated
    #[arg(value_name = "DATA", required = true)]
    pub data: Vec<PathBuf>,
    /// Rank by this pillar (or group or indicator) instead of the overall score
    #[arg(long, value_name = "PILLAR")]
    pub by: Option<String>,
    /// Rank within each value of this group column (e.g. district)
    #[arg(long, value_name = "COL")]
    pub group: Option<String>,
    /// Show only communes whose column has this value (repeatable; all must match)
    #[arg(long, value_name = "COL=VALUE", value_parser = parse_filter)]
    pub filter: Vec<(String, String)>,
    /// Show only the first N rows (per group with --group)
    #[arg(long, value_name = "N", value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..=1_000_000))]
    pub top: Option<usize>,
    /// Add a column per indicator score
    #[arg(long)]
    pub detail: bool,
    /// The period to score [default: the latest]
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

fn parse_filter(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((column, value)) if !column.trim().is_empty() => {
            Ok((column.trim().to_owned(), value.trim().to_owned()))
        }
        _ => Err(format!("expected COL=VALUE, e.g. kind=xã; got '{text}'")),
    }
}

pub fn run(args: &Args, global: &Global) -> anyhow::Result<Exit> {
    let format = pick_format(global, &FORMATS, Format::Table)?;
    let inputs: Vec<&std::path::Path> = args.data.iter().map(PathBuf::as_path).collect();
    refuse_overwriting_inputs(global, &inputs)?;
    let loaded = super::crosswalk::load(
        &args.data,
        global,
        &args.input,
        &args.restate,
        args.period.clone(),
    )?;
    let selection = Selection {
        by: args.by.clone(),
        group: args.group.clone(),
        filters: args.filter.clone(),
        top: args.top,
    };
    let rows = select(&loaded.assessment, &selection)?;
    if rows.is_empty() && !args.filter.is_empty() {
        return Err(Invalid("no commune matches the filters".into()).into());
    }
    let report = Ranking {
        criteria: &loaded.criteria,
        dataset: &loaded.dataset,
        assessment: &loaded.assessment,
        rows,
        detail: args.detail,
        lang: global.lang.into(),
        color: table_color(global),
    };
    let renderers = Renderers {
        table: ranking::table,
        csv: ranking::csv,
        json: ranking::json,
        markdown: ranking::markdown,
    };
    write_tabular(global, format, &report, renderers)?;
    Ok(Exit::Success)
}
