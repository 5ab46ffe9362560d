//! `dtm check`: validate criteria files, as planners do before scoring and CI does on every change.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use comfy_table::{Cell, CellAlignment, Table, presets};
use serde::Serialize;

use super::{Exit, Format, Global, Output, Painter, pick_format, style};
use crate::criteria::{self, explain, load_bytes};
use crate::diagnostics::{self, Finding, FindingFormat};
use crate::{data, score};

/// Validate criteria files
///
/// Reports every problem of each file at once as `file:line:column: error[CODE]: message`, with
/// the YAML path of the value. Exits 1 when a file has errors (or warnings, with
/// --deny-warnings), 2 when a file cannot be read.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  dtm check                                  # the built-in criteria\n  dtm check criteria/*.yaml --deny-warnings  # what CI runs\n  dtm check my-criteria.yaml --explain       # the tree with effective weights\n  dtm check --format github criteria/*.yaml  # annotations in GitHub Actions"
)]
pub struct Args {
    /// Criteria files to check [default: --criteria, else the built-in criteria]
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Print each file's tree with normalised and effective weights, scales and columns
    #[arg(long)]
    pub explain: bool,
    /// Fail (exit 1) on warnings too
    #[arg(long)]
    pub deny_warnings: bool,
    /// Also check that survey files have every column the criteria need and that every value parses
    #[arg(long, value_name = "DATA", num_args = 1..)]
    pub data: Vec<PathBuf>,
    /// Encoding of CSV data without a byte-order mark, e.g. windows-1258
    #[arg(long, value_name = "LABEL", requires = "data")]
    pub encoding: Option<String>,
    /// Sheet to read from XLSX/ODS data [default: the first]
    #[arg(long, value_name = "NAME", requires = "data")]
    pub sheet: Option<String>,
}

/// One checked file.
#[derive(Debug, Serialize)]
struct Checked {
    file: String,
    findings: Vec<Finding>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tree: Option<Vec<explain::Row>>,
}

pub fn run(args: &Args, global: &Global) -> anyhow::Result<Exit> {
    let format = pick_format(
        global,
        &[Format::Human, Format::Json, Format::Github],
        Format::Human,
    )?;
    let checked = sources(args, global)?
        .into_iter()
        .map(|(name, bytes)| {
            let mut loaded = load_bytes(&bytes, &name);
            if let (Some(criteria), false) = (&loaded.criteria, args.data.is_empty()) {
                loaded.findings.extend(data_findings(criteria, args)?);
            }
            let tree = loaded
                .criteria
                .as_ref()
                .filter(|_| args.explain)
                .map(|criteria| explain::rows(criteria, global.lang.code()));
            Ok(Checked {
                file: name,
                findings: loaded.findings,
                tree,
            })
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
    let all: Vec<Finding> = checked
        .iter()
        .flat_map(|c| c.findings.iter().cloned())
        .collect();
    let (errors, warnings) = diagnostics::count(&all);
    let mut out = Output::open(global.output.as_deref())?;
    match format {
        Format::Json => write_json(&mut out, &checked, errors, warnings)?,
        Format::Github => diagnostics::render(&all, FindingFormat::Github, &mut out)?,
        _ => write_human(&mut out, &checked, global)?,
    }
    out.finish()?;
    if !global.quiet && format != Format::Json {
        summary(
            checked.len(),
            errors,
            warnings,
            Painter::for_stderr(global.color),
        );
    }
    let failed = errors > 0 || (args.deny_warnings && warnings > 0);
    Ok(if failed { Exit::Invalid } else { Exit::Success })
}

/// What is wrong with the data for these criteria: unreadable values, missing columns, and
/// relative-scale indicators on which every commune is equal.
fn data_findings(
    criteria: &crate::criteria::Criteria,
    args: &Args,
) -> anyhow::Result<Vec<Finding>> {
    let options = data::ReadOptions {
        encoding: args.encoding.clone(),
        sheet: args.sheet.clone(),
        delimiter: None,
    };
    let table = match data::read(&args.data, &options) {
        Ok(table) => table,
        Err(data::ReadError::Invalid(errors)) => return Ok(errors.findings),
        Err(other) => return Err(other.into()),
    };
    let dataset = match data::bind(&table, criteria, &data::BindOptions { lenient: false }) {
        Ok(dataset) => dataset,
        Err(errors) => return Ok(errors.findings),
    };
    let file = args
        .data
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(", ");
    let mut findings = Vec::new();
    for period in periods(&dataset) {
        let assessment = score::assess(
            criteria,
            &dataset,
            &score::ScoreOptions {
                period: period.clone(),
            },
        )?;
        for &node in &assessment.indicators {
            let info = &assessment.nodes[node];
            let relative = info.scale.as_ref().is_some_and(|scale| scale.is_relative());
            if let (true, Some(observed)) =
                (relative, info.observed.as_ref().filter(|o| o.constant))
            {
                let when = period
                    .as_ref()
                    .map_or_else(String::new, |p| format!(" in period {p}"));
                let message = format!(
                    "indicator '{}': all {} communes{when} have the same value, so its relative scale gives every one 100; it does not discriminate",
                    info.id, observed.count
                );
                let column = info.column.as_deref().unwrap_or(&info.id);
                findings
                    .push(data::findings::DOES_NOT_DISCRIMINATE.warning(&file, 0, column, message));
            }
        }
    }
    Ok(findings)
}

/// Every period of the data, or the single unnamed one.
fn periods(dataset: &data::Dataset) -> Vec<Option<String>> {
    let periods = dataset.periods();
    if periods.is_empty() {
        vec![None]
    } else {
        periods.into_iter().map(Some).collect()
    }
}

/// The files to check, with the names findings give them.
fn sources(args: &Args, global: &Global) -> anyhow::Result<Vec<(String, Vec<u8>)>> {
    let files: Vec<PathBuf> = if args.files.is_empty() {
        global.criteria.iter().cloned().collect()
    } else {
        args.files.clone()
    };
    if files.is_empty() {
        return Ok(vec![(
            criteria::BUILTIN_NAME.to_owned(),
            criteria::BUILTIN.as_bytes().to_vec(),
        )]);
    }
    files
        .iter()
        .map(|path| {
            let bytes = std::fs::read(path)
                .with_context(|| format!("could not read criteria file '{}'", path.display()))?;
            Ok((path.display().to_string(), bytes))
        })
        .collect()
}

fn write_human(out: &mut Output, checked: &[Checked], global: &Global) -> anyhow::Result<()> {
    let painter = Painter::for_stdout(global.color);
    for file in checked {
        for finding in &file.findings {
            let line = finding.to_string();
            let severity = finding.severity.to_string();
            let painted = if finding.is_error() {
                painter.error(&severity)
            } else {
                painter.warning(&severity)
            };
            writeln!(
                out,
                "{}",
                line.replacen(&format!(": {severity}["), &format!(": {painted}["), 1)
            )?;
        }
        if let Some(tree) = &file.tree {
            if checked.len() > 1 {
                writeln!(out, "\n{}", file.file)?;
            }
            writeln!(out, "{}", tree_table(tree, out.is_terminal))?;
        }
    }
    Ok(())
}

#[derive(Serialize)]
struct JsonReport<'a> {
    files: &'a [Checked],
    errors: usize,
    warnings: usize,
}

fn write_json(
    out: &mut Output,
    checked: &[Checked],
    errors: usize,
    warnings: usize,
) -> anyhow::Result<()> {
    serde_json::to_writer_pretty(
        &mut *out,
        &JsonReport {
            files: checked,
            errors,
            warnings,
        },
    )?;
    writeln!(out)?;
    Ok(())
}

fn summary(files: usize, errors: usize, warnings: usize, painter: Painter) {
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let counts = format!(
        "{}, {}",
        plural(errors, "error"),
        plural(warnings, "warning")
    );
    let verdict = if errors > 0 {
        painter.error("failed")
    } else if warnings > 0 {
        painter.warning("passed with warnings")
    } else {
        painter.good("ok")
    };
    style::eprint(&format!(
        "checked {}: {verdict} ({counts})",
        plural(files, "file")
    ));
}

/// The explained tree as a table: indented ids, weights in percent, scales in words.
fn tree_table(rows: &[explain::Row], is_terminal: bool) -> Table {
    let mut table = Table::new();
    table.load_style(if is_terminal {
        presets::UTF8_FULL_CONDENSED
    } else {
        presets::ASCII_MARKDOWN
    });
    table.set_header(["node", "name", "weight", "in index", "scale", "column"]);
    for row in rows {
        let percent = |share: f64| {
            Cell::new(format!("{:.1} %", share * 100.0)).set_alignment(CellAlignment::Right)
        };
        table.add_row(vec![
            Cell::new(format!("{}{}", "  ".repeat(row.depth), row.id)),
            Cell::new(&row.name),
            percent(row.weight),
            percent(row.effective_weight),
            Cell::new(row.scale.as_deref().unwrap_or("")),
            Cell::new(row.column.as_deref().unwrap_or("")),
        ]);
    }
    table
}
