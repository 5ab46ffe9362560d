//! Loading what every scoring command needs: the criteria, the survey data, the assessment.
//! Problems in the user's files are printed as findings on standard error and end in exit 1.

use std::path::PathBuf;

use anyhow::Context;

use super::{Global, Invalid, Painter, Usage, style};
use crate::criteria::{self, Criteria};
use crate::data::{self, BindOptions, DataErrors, Dataset, ReadError, ReadOptions, Table};
use crate::diagnostics::{self, Finding};
use crate::report::{Arg, Lang, check, escape, t};
use crate::score::{self, Assessment, ScoreOptions};

/// How to read survey data; shared by every command that takes DATA.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct InputArgs {
    /// Encoding of CSV files without a byte-order mark, e.g. windows-1258 for legacy Vietnamese exports
    #[arg(long, value_name = "LABEL")]
    pub encoding: Option<String>,
    /// Sheet to read from XLSX/ODS files [default: the first]
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// Turn unreadable values into missing ones (each is listed) instead of failing
    #[arg(long)]
    pub lenient: bool,
    #[command(flatten)]
    pub microdata: super::microdata::MicrodataArgs,
}

/// Criteria, data and their assessment, ready for a command.
pub struct Loaded {
    pub criteria: Criteria,
    pub dataset: Dataset,
    pub assessment: Assessment,
}

/// The criteria of `--criteria`, else the built-in ones; invalid criteria end in exit 1.
pub fn load_criteria(global: &Global) -> anyhow::Result<Criteria> {
    let loaded = match &global.criteria {
        Some(path) => criteria::load_path(path).with_context(|| {
            let file = ("file", path.display().to_string().into());
            t(global.lang.into(), "error-read-criteria", &[file])
        })?,
        None => criteria::load_bytes(criteria::BUILTIN.as_bytes(), criteria::BUILTIN_NAME),
    };
    match loaded.criteria {
        Some(criteria) => Ok(criteria),
        None => {
            let errors: Vec<&Finding> = loaded.findings.iter().filter(|f| f.is_error()).collect();
            print_findings(&errors, 0, global);
            let count = ("count", errors.len().into());
            Err(Invalid(t(global.lang.into(), "error-criteria-invalid", &[count])).into())
        }
    }
}

/// Read and bind survey files to the criteria.
pub fn load_dataset(
    paths: &[PathBuf],
    criteria: &Criteria,
    input: &InputArgs,
    global: &Global,
) -> anyhow::Result<Dataset> {
    Ok(load_table_and_dataset(paths, criteria, input, global)?.1)
}

/// Read and bind survey files, keeping the text table (for columns the criteria do not name,
/// such as a crosswalk weight).
pub fn load_table_and_dataset(
    paths: &[PathBuf],
    criteria: &Criteria,
    input: &InputArgs,
    global: &Global,
) -> anyhow::Result<(Table, Dataset)> {
    let table = read_table(paths, input).map_err(|error| unreadable(error, global))?;
    let table = match input.microdata.microdata.is_empty() {
        true => table,
        false => {
            let options = crate::rollup::RollupOptions {
                lenient: input.lenient,
                encoding: input.encoding.clone(),
                ..Default::default()
            };
            super::microdata::join_all(table, criteria, &input.microdata, options, global)?
        }
    };
    let dataset =
        bind_table(&table, criteria, input).map_err(|errors| invalid_data(&errors, global))?;
    print_lenient(&dataset, global);
    Ok((table, dataset))
}

/// Two sets of survey files (the sides of a comparison) read and bound at the same time, on two
/// cores, then reported in order as [`load_table_and_dataset`] would one after the other: the
/// first side's errors or notes, and only then the second's. Microdata (which show progress)
/// and standard input are read one side after the other.
pub fn load_two(
    (first, second): (&[PathBuf], &[PathBuf]),
    criteria: &Criteria,
    input: &InputArgs,
    global: &Global,
) -> anyhow::Result<((Table, Dataset), (Table, Dataset))> {
    let stdin = first
        .iter()
        .chain(second)
        .any(|path| path.as_os_str() == "-");
    if stdin || !input.microdata.microdata.is_empty() {
        let first = load_table_and_dataset(first, criteria, input, global)?;
        let second = load_table_and_dataset(second, criteria, input, global)?;
        return Ok((first, second));
    }
    let silent = |paths: &[PathBuf]| -> Result<(Table, Dataset), Unloaded> {
        let table = read_table(paths, input).map_err(Unloaded::Read)?;
        let dataset = bind_table(&table, criteria, input).map_err(Unloaded::Bind)?;
        Ok((table, dataset))
    };
    let (one, two) = rayon::join(|| silent(first), || silent(second));
    let report = |loaded: Result<(Table, Dataset), Unloaded>| match loaded {
        Ok((table, dataset)) => {
            print_lenient(&dataset, global);
            Ok((table, dataset))
        }
        Err(Unloaded::Read(error)) => Err(unreadable(error, global)),
        Err(Unloaded::Bind(errors)) => Err(invalid_data(&errors, global)),
    };
    let one = report(one)?;
    Ok((one, report(two)?))
}

/// Why survey files gave no dataset, before anything is printed.
enum Unloaded {
    Read(ReadError),
    Bind(DataErrors),
}

fn read_table(paths: &[PathBuf], input: &InputArgs) -> Result<Table, ReadError> {
    let options = ReadOptions {
        encoding: input.encoding.clone(),
        sheet: input.sheet.clone(),
        delimiter: None,
    };
    data::read(paths, &options)
}

fn bind_table(
    table: &Table,
    criteria: &Criteria,
    input: &InputArgs,
) -> Result<Dataset, DataErrors> {
    let options = BindOptions {
        lenient: input.lenient,
    };
    data::bind(table, criteria, &options)
}

/// A read error as the command's error, its findings printed.
fn unreadable(error: ReadError, global: &Global) -> anyhow::Error {
    match error {
        ReadError::Invalid(errors) => invalid_data(&errors, global),
        ReadError::NoInput => Usage(t(global.lang.into(), "error-no-data-file", &[])).into(),
        other => anyhow::Error::new(other),
    }
}

/// The values `--lenient` turned missing, on standard error (unless --quiet).
fn print_lenient(dataset: &Dataset, global: &Global) {
    if dataset.lenient.is_empty() || global.quiet {
        return;
    }
    let painter = Painter::for_stderr(global.color);
    let lang: Lang = global.lang.into();
    let count = ("count", dataset.lenient.len().into());
    style::eprint(&format!(
        "{}: {}",
        painter.warning(&t(lang, "error-note", &[])),
        t(lang, "error-lenient", &[count])
    ));
    for note in &dataset.lenient {
        let text = |s: &str| Arg::from(escape::terminal(&diagnostics::cut(s)).into_owned());
        let args = [
            ("file", text(&note.row.file)),
            ("line", note.row.line.to_string().into()),
            ("id", text(&note.entity)),
            ("column", text(&note.column)),
            ("value", text(&note.value)),
            ("reason", note.reason.in_lang(lang).into()),
        ];
        style::eprint(&t(lang, "error-lenient-value", &args));
    }
}

/// Criteria, data and the assessment of one period (the latest by default).
pub fn load_assessment(
    paths: &[PathBuf],
    global: &Global,
    input: &InputArgs,
    period: Option<String>,
) -> anyhow::Result<Loaded> {
    let criteria = load_criteria(global)?;
    let dataset = load_dataset(paths, &criteria, input, global)?;
    let assessment = score::assess(&criteria, &dataset, &ScoreOptions { period })?;
    Ok(Loaded {
        criteria,
        dataset,
        assessment,
    })
}

fn invalid_data(errors: &DataErrors, global: &Global) -> anyhow::Error {
    let shown: Vec<&Finding> = errors.shown().iter().collect();
    print_findings(&shown, errors.hidden(), global);
    let count = ("count", errors.findings.len().into());
    Invalid(t(global.lang.into(), "error-data-invalid", &[count])).into()
}

/// Findings on standard error, in the human form.
pub(super) fn print_findings(findings: &[&Finding], hidden: usize, global: &Global) {
    let painter = Painter::for_stderr(global.color);
    for finding in findings {
        style::eprint(&check::finding_line(
            finding,
            global.lang.into(),
            painter.enabled,
        ));
    }
    if hidden > 0 {
        let count = ("count", hidden.into());
        style::eprint(&t(global.lang.into(), "error-hidden", &[count]));
    }
}
