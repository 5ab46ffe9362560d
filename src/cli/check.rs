//! `dtm check`: validate criteria files, as planners do before scoring and CI does on every change.

use std::path::{Path, PathBuf};

use anyhow::Context;

use super::{Exit, Format, Global, Output, Painter, pick_format, refuse_overwriting_inputs, style};
use crate::analysis::discrimination;
use crate::criteria::{self, Criteria, load_bytes};
use crate::diagnostics::{self, Finding, FindingFormat, Message};
use crate::report::check::{self as render, Checked, Files, MAX_DATA_FINDINGS, Screen, Verdict};
use crate::report::{Lang, t};
use crate::{data, score};

/// The formats `dtm check` writes.
pub const FORMATS: [Format; 3] = [Format::Human, Format::Json, Format::Github];

/// Validate criteria files
///
/// Reports every problem of each file at once as `file:line:column: error[CODE]: message`, with
/// the YAML path of the value. Exits 1 when a file has errors (or warnings, with
/// --deny-warnings). A file that cannot be read is reported after the others were checked, and
/// the exit code is then 2. With --data, at most 50 data findings per run are printed (the rest
/// are counted; --format json lists them all).
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
    /// Output format
    #[arg(long, value_name = "FORMAT", value_parser = super::format::parser(&FORMATS))]
    pub format: Option<Format>,
}

pub fn run(args: &Args, global: &Global) -> anyhow::Result<Exit> {
    let format = pick_format(global, &FORMATS, Format::Human)?;
    let lang: Lang = global.lang.into();
    let inputs: Vec<&Path> = args
        .files
        .iter()
        .chain(&args.data)
        .map(PathBuf::as_path)
        .collect();
    refuse_overwriting_inputs(global, &inputs)?;
    let mut unreadable = Vec::new();
    let mut checked = Vec::new();
    for source in sources(args, global) {
        match source.and_then(|(name, bytes)| check_one(name, &bytes, args, global)) {
            Ok(file) => checked.push(file),
            Err(error) => unreadable.push(error),
        }
    }
    let all: Vec<Finding> = checked
        .iter()
        .flat_map(|c| c.findings.iter().cloned())
        .collect();
    let (errors, warnings) = diagnostics::count(&all);
    let mut out = Output::open(global.output.as_deref())?;
    let screen = Screen {
        terminal: out.is_terminal,
        width: terminal_width(),
        color: out.is_terminal && Painter::for_stdout(global.color).enabled,
        lang,
    };
    match format {
        Format::Json => render::json(&checked, errors, warnings, lang, &mut out)?,
        Format::Github => diagnostics::render(&all, FindingFormat::Github, lang, &mut out)?,
        _ => render::human(&checked, screen, &mut out)?,
    }
    out.finish()?;
    if !global.quiet && format != Format::Json {
        let summary = render::summary(
            Files {
                checked: checked.len(),
                unreadable: unreadable.len(),
            },
            errors,
            warnings,
            args.deny_warnings,
            lang,
        );
        let painter = Painter::for_stderr(global.color);
        let word = summary.verdict.word(lang);
        let verdict = match summary.verdict {
            Verdict::Failed => painter.error(&word),
            Verdict::Warnings => painter.warning(&word),
            Verdict::Ok => painter.good(&word),
        };
        style::eprint(&summary.line(&verdict));
    }
    if let Some(error) = combined(unreadable, lang) {
        return Err(error);
    }
    let failed = errors > 0 || (args.deny_warnings && warnings > 0);
    Ok(if failed { Exit::Invalid } else { Exit::Success })
}

/// The terminal's width from `COLUMNS`, else 80.
fn terminal_width() -> u16 {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<u16>().ok())
        .filter(|&w| w >= 40)
        .unwrap_or(render::TERMINAL_WIDTH)
}

/// One criteria file's findings, its data's (capped for printing) and its explained tree.
fn check_one(name: String, bytes: &[u8], args: &Args, global: &Global) -> anyhow::Result<Checked> {
    if let Some(finding) = data_file_given(&name) {
        return Ok(Checked {
            file: name,
            findings: vec![finding],
            hidden: 0,
            tree: None,
        });
    }
    let mut loaded = load_bytes(bytes, &name);
    let mut hidden = 0;
    if let (Some(criteria), false) = (&loaded.criteria, args.data.is_empty()) {
        // Printing stops at the cap; the counts (and the JSON) keep every finding.
        let findings = data_findings(criteria, args)?;
        hidden = findings.len().saturating_sub(MAX_DATA_FINDINGS);
        loaded.findings.extend(findings);
    }
    let tree = match loaded.criteria.as_ref().filter(|_| args.explain) {
        Some(criteria) => Some(render::explain_rows(
            criteria,
            &score::tree(criteria)?,
            global.lang.code(),
        )),
        None => None,
    };
    Ok(Checked {
        file: name,
        findings: loaded.findings,
        hidden,
        tree,
    })
}

/// One short finding for a survey file given as criteria (rather than its whole text quoted as
/// the wrong type): its extension says it is data.
fn data_file_given(name: &str) -> Option<Finding> {
    let extension = Path::new(name).extension()?.to_str()?.to_ascii_lowercase();
    let data = ["csv", "tsv", "xlsx", "xlsm", "xls", "ods"];
    data.contains(&extension.as_str()).then(|| {
        let code = criteria::codes::WRONG_TYPE;
        Finding {
            severity: code.severity,
            code: code.code,
            name: code.name,
            file: name.to_owned(),
            line: 1,
            column: 1,
            path: String::new(),
            message: Message::new("finding-data-given")
                .with("extension", extension.as_str())
                .with("file", name),
        }
    })
}

/// Several unreadable files as one error; one as itself.
fn combined(mut errors: Vec<anyhow::Error>, lang: Lang) -> Option<anyhow::Error> {
    match errors.len() {
        0 => None,
        1 => errors.pop(),
        n => {
            let head = t(lang, "check-unreadable-files", &[("count", n.into())]);
            let each: Vec<String> = errors
                .iter()
                .map(|error| {
                    let mut causes = error.chain().map(|cause| match cause.downcast_ref() {
                        Some(io) => crate::report::errors::io_error(io, lang),
                        None => cause.to_string(),
                    });
                    let first = causes.next().unwrap_or_default();
                    causes.fold(first, |text, cause| format!("{text}: {cause}"))
                })
                .collect();
            Some(anyhow::anyhow!("{head}:\n  {}", each.join("\n  ")))
        }
    }
}

/// What is wrong with the data for these criteria: unreadable values, missing columns, and
/// relative-scale indicators on which every commune is equal.
fn data_findings(criteria: &Criteria, args: &Args) -> anyhow::Result<Vec<Finding>> {
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
    let findings = discrimination::findings(criteria, &dataset, &file)?;
    // `check` ends soon after: freeing every row and value piece by piece only costs time.
    std::mem::forget(dataset);
    std::mem::forget(table);
    Ok(findings)
}

/// The files to check, with the names findings give them; each unreadable one is its error.
fn sources(args: &Args, global: &Global) -> Vec<anyhow::Result<(String, Vec<u8>)>> {
    let files: Vec<PathBuf> = if args.files.is_empty() {
        global.criteria.iter().cloned().collect()
    } else {
        args.files.clone()
    };
    if files.is_empty() {
        return vec![Ok((
            criteria::BUILTIN_NAME.to_owned(),
            criteria::BUILTIN.as_bytes().to_vec(),
        ))];
    }
    files
        .iter()
        .map(|path| {
            let bytes = std::fs::read(path).with_context(|| {
                let file = ("file", path.display().to_string().into());
                t(global.lang.into(), "error-read-criteria", &[file])
            })?;
            Ok((path.display().to_string(), bytes))
        })
        .collect()
}
