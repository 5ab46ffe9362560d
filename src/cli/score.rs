//! `dtm score`: the ranked table planners and analysts start from.

use std::path::PathBuf;

use super::format::{Renderers, pick_format, table_color, write_tabular};
use super::input::InputArgs;
use super::{Exit, Format, Global, Invalid, Usage, refuse_overwriting_inputs};
use crate::analysis::ranking::{Selection, SelectionError, select};
use crate::diagnostics::Message;
use crate::report::columns::Width;
use crate::report::ranking::{self, Ranking};
use crate::report::{Lang, model, t};

/// The formats `dtm score` writes.
pub const FORMATS: [Format; 5] = [
    Format::Table,
    Format::Csv,
    Format::Json,
    Format::Markdown,
    Format::Xlsx,
];

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
    /// Add a column per indicator score (the table is then as wide as it needs)
    #[arg(long)]
    pub detail: bool,
    /// Table columns to show after the commune, comma-separated: groups, overall, level, pillars,
    /// coverage, indicators, or a group column, pillar or indicator id
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    pub columns: Vec<String>,
    /// Full pillar names and no width limit (the table may be wider than the terminal)
    #[arg(long)]
    pub wide: bool,
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

fn parse_filter(text: &str) -> Result<(String, String), super::usage::Worded> {
    match text.split_once('=') {
        Some((column, value)) if !column.trim().is_empty() => {
            Ok((column.trim().to_owned(), value.trim().to_owned()))
        }
        _ => Err(super::usage::Worded(
            Message::new("usage-filter-form").with("value", text),
        )),
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
    let lang: Lang = global.lang.into();
    let rows = select(&loaded.assessment, &selection).map_err(|error| {
        let words = crate::report::names::selection_error(&error, lang);
        match error {
            SelectionError::NoMatch { .. } => anyhow::Error::from(Invalid(words)),
            _ => Usage(words).into(),
        }
    })?;
    if rows.is_empty() && !args.filter.is_empty() {
        return Err(Invalid(t(lang, "score-no-match", &[])).into());
    }
    if format == Format::Xlsx {
        let ids: Vec<&str> = rows.iter().map(|row| row.entity.id.as_str()).collect();
        super::report::write_ranking_workbook(&loaded, &ids, global)?;
        return Ok(Exit::Success);
    }
    let run = model::run(&loaded.criteria, &loaded.assessment, lang);
    // A column per indicator cannot fit a terminal: --detail tables take the width they need.
    let width = table_width(args.wide || args.detail);
    let columns = columns(&run, args, lang, width)?;
    let rows = rows.into_iter().map(|row| (row.rank, row.entity)).collect();
    let describer =
        model::Describer::new(&loaded.criteria, &loaded.dataset, &loaded.assessment, lang);
    let report = Ranking {
        run,
        rows,
        describer,
        columns,
        detail: args.detail,
        wide: args.wide,
        lang,
        color: table_color(global),
        width,
    };
    let renderers = Renderers {
        table: ranking::table,
        csv: ranking::csv,
        json: ranking::json,
        markdown: ranking::markdown,
    };
    write_tabular(global, format, &report, renderers)?;
    // The process ends next: freeing a description of every commune, node by node, only costs
    // time (7 % of `score` on 10,000 communes). Leaking is safe; the output is flushed above.
    std::mem::forget(report);
    std::mem::forget(loaded);
    Ok(Exit::Success)
}

/// The table's columns: `--columns`, else the default set.
fn columns(
    run: &model::Run,
    args: &Args,
    lang: Lang,
    width: Width,
) -> anyhow::Result<Vec<ranking::Column>> {
    if args.columns.is_empty() {
        let narrow = matches!(width, Width::Fit(w) if w < 100);
        return Ok(ranking::default_columns(run, args.detail, narrow));
    }
    let mut columns = Vec::new();
    for word in &args.columns {
        let Some(found) = ranking::expand(run, word.trim()) else {
            let mut choices: Vec<&str> = ranking::COLUMN_WORDS.to_vec();
            choices.extend(run.group_columns.iter().map(String::as_str));
            choices.extend(run.pillars.iter().map(|p| p.id.as_str()));
            let column = crate::diagnostics::cut(word);
            let choices = choices.join(", ");
            return Err(Usage(t(
                lang,
                "score-unknown-column",
                &[("column", column.into()), ("choices", choices.into())],
            ))
            .into());
        };
        for column in found {
            if !columns.contains(&column) {
                columns.push(column);
            }
        }
    }
    Ok(columns)
}

/// How wide a terminal table may be: `COLUMNS` when set, else the terminal's width, else 100
/// (a file or a pipe); unlimited with `--wide`.
pub(super) fn table_width(wide: bool) -> Width {
    if wide {
        return Width::Unlimited;
    }
    let from_env = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<u16>().ok())
        .filter(|&c| c >= 20);
    let from_terminal = || terminal_size::terminal_size().map(|(w, _)| w.0);
    Width::Fit(from_env.or_else(from_terminal).unwrap_or(100))
}
