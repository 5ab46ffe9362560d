//! `dtm rollup`: household or business microdata into one row of measures per commune.

use std::io::Write;
use std::path::PathBuf;

use super::input::load_criteria;
use super::microdata::{find_rollup, run_rollup};
use super::{
    Exit, Format, Global, Output, Painter, Usage, pick_format, refuse_overwriting_inputs, style,
};
use crate::report::i18n::{Lang, t};
use crate::report::rollup as render;
use crate::rollup::RollupOptions;

/// Roll microdata up into commune measures
///
/// Streams household or business microdata (CSV or .csv.gz, any encoding the survey reader takes)
/// and computes every measure of one of the criteria's rollups per commune: count (rows, or the
/// sum of the weight column), share (100 × weighted mean of a yes/no column), mean, sum, median
/// (the weighted lower median, exact) and min and max, each with the rows used. One row per
/// commune, and per period when the microdata have the criteria's period column, in the order the
/// microdata first name them: ready to be joined, or use `dtm score DATA --microdata NAME=FILE` to
/// join and score at once. Memory grows with the number of communes, not the file (a median keeps
/// the values it reads: 16 bytes a row); every core is used; results are the same for any
/// --threads.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  dtm rollup seeds/long-an-households-sample.csv\n  dtm rollup households-*.csv.gz --rollup households --format xlsx -o households.xlsx\n  dtm score seeds/long-an-communes.csv --microdata households=seeds/long-an-households-sample.csv"
)]
pub struct Args {
    /// Microdata files (CSV, .csv.gz; - for standard input); several are read as one
    #[arg(value_name = "MICRODATA", required = true)]
    pub microdata: Vec<PathBuf>,
    /// The rollup of the criteria to run [default: the only one]
    #[arg(long, value_name = "NAME")]
    pub rollup: Option<String>,
    /// Worker threads [default: every core]
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// Encoding of files without a byte-order mark, e.g. windows-1258
    #[arg(long, value_name = "LABEL")]
    pub encoding: Option<String>,
    /// Turn unreadable values into missing ones (each is listed) instead of failing
    #[arg(long)]
    pub lenient: bool,
    /// Output format [default: csv]
    #[arg(long, value_name = "FORMAT", value_parser = super::format::parser(&FORMATS))]
    pub format: Option<Format>,
}

/// The formats `dtm rollup` writes.
pub const FORMATS: [Format; 3] = [Format::Csv, Format::Json, Format::Xlsx];

pub fn run(args: &Args, global: &Global) -> anyhow::Result<Exit> {
    let format = pick_format(global, &FORMATS, Format::Csv)?;
    let inputs: Vec<&std::path::Path> = args.microdata.iter().map(PathBuf::as_path).collect();
    refuse_overwriting_inputs(global, &inputs)?;
    let lang = Lang::from(global.lang);
    let criteria = load_criteria(global)?;
    let rollup = find_rollup(&criteria, args.rollup.as_deref(), lang)?;
    let options = RollupOptions {
        threads: args.threads,
        lenient: args.lenient,
        encoding: args.encoding.clone(),
        ..RollupOptions::default()
    };
    let mut output = Output::open(global.output.as_deref())?;
    if format == Format::Xlsx && output.is_terminal {
        return Err(Usage(
            "an XLSX workbook is not for a terminal; write it with -o FILE.xlsx".into(),
        )
        .into());
    }
    let rolled = run_rollup(&criteria, rollup, &args.microdata, &options, global)?;
    match format {
        Format::Json => render::json(&rolled, &mut output)?,
        Format::Xlsx => render::xlsx(&rolled, &mut output)?,
        _ => render::csv(&rolled, &mut output)?,
    }
    output.flush()?;
    output.finish()?;
    if !global.quiet {
        let painter = Painter::for_stderr(global.color);
        let text = t(
            lang,
            "rollup-summary",
            &[
                ("rows", rolled.rows.into()),
                ("communes", rolled.communes.len().into()),
                ("name", (&rolled.name).into()),
            ],
        );
        style::eprint(&painter.dim(&text));
    }
    Ok(Exit::Success)
}
