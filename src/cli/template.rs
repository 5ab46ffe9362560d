//! `dtm template`: a blank data-collection sheet for the criteria in force.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;

use super::input::load_criteria;
use super::{Exit, Format, Global, Invalid, Output, Usage, pick_format, refuse_overwriting_inputs};
use crate::data::{self, ReadError, ReadOptions};
use crate::report::template::{self, Options, Template};

/// Write a blank data-collection sheet for the criteria
///
/// The sheet has the entity columns (code, name, groups, period), then one column per indicator.
/// Its second row is a guide (name, unit, valid range or labels) that dtm skips when it reads the
/// file, so a filled template scores as it is. XLSX adds a note on every header, data validation on
/// every indicator column (lists for yes/no and categories, number ranges) and an instructions
/// sheet, in the language of --lang. --units pre-fills one row per commune from a list of units
/// (any CSV/XLSX with the criteria's id column, or `code`, and optionally `name` and the groups).
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  dtm template -o survey-2026.xlsx --lang vi\n  dtm template --units seeds/long-an-communes.csv --period 2026 -o survey.xlsx\n  dtm template --format csv > survey.csv"
)]
pub struct Args {
    /// Pre-fill one row per unit from this file (CSV, XLSX, ODS)
    #[arg(long, value_name = "FILE")]
    pub units: Option<PathBuf>,
    /// Period to write in every pre-filled row (when the criteria have a period column)
    #[arg(long, value_name = "P")]
    pub period: Option<String>,
    /// Encoding of a CSV units file without a byte-order mark
    #[arg(long, value_name = "LABEL")]
    pub encoding: Option<String>,
    /// Sheet of a spreadsheet units file [default: the first]
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// Output format [default: from the extension of -o, else csv]
    #[arg(long, value_name = "FORMAT", value_parser = super::format::parser(&FORMATS))]
    pub format: Option<Format>,
}

/// The formats `dtm template` writes.
pub const FORMATS: [Format; 2] = [Format::Csv, Format::Xlsx];

pub fn run(args: &Args, global: &Global) -> anyhow::Result<Exit> {
    let format = pick_format(global, &FORMATS, Format::Csv)?;
    let inputs: Vec<&Path> = args.units.iter().map(PathBuf::as_path).collect();
    refuse_overwriting_inputs(global, &inputs)?;
    let criteria = load_criteria(global)?;
    if args.period.is_some() && criteria.entity.period.is_none() {
        let text = crate::report::t(global.lang.into(), "template-no-period-column", &[]);
        return Err(Usage(text).into());
    }
    let units = match &args.units {
        Some(path) => Some(read_units(path, args, global.lang.into())?),
        None => None,
    };
    let options = Options {
        lang: global.lang.code(),
        units: units.as_ref(),
        period: args.period.as_deref(),
    };
    let template = Template::new(&criteria, &options)
        .map_err(|error| Invalid(error.words(global.lang.into())))?;
    let mut out = Output::open(global.output.as_deref())?;
    match format {
        Format::Xlsx => {
            let bytes =
                template::xlsx::render(&template).context("could not build the workbook")?;
            out.write_all(&bytes)?;
        }
        _ => template::csv::render(&template, &mut out)?,
    }
    out.finish()?;
    Ok(Exit::Success)
}

fn read_units(path: &Path, args: &Args, lang: crate::report::Lang) -> anyhow::Result<data::Table> {
    let options = ReadOptions {
        encoding: args.encoding.clone(),
        sheet: args.sheet.clone(),
        delimiter: None,
    };
    data::read(&[path.to_path_buf()], &options).map_err(|error| match error {
        ReadError::Invalid(errors) => {
            let first = errors
                .findings
                .first()
                .map(|finding| finding.line(lang))
                .unwrap_or_default();
            Invalid(crate::report::t(
                lang,
                "error-read-units",
                &[("finding", first.into())],
            ))
            .into()
        }
        other => anyhow::Error::new(other),
    })
}
