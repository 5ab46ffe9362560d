//! The command line: clap types, global options, exit codes and one file per command.

mod check;
mod compare;
mod completions;
pub mod crosswalk;
pub mod exit;
pub mod format;
mod guard;
pub mod input;
mod lang;
mod microdata;
mod output;
mod pilot;
mod profile;
mod report;
mod rollup;
mod schema;
mod score;
mod sensitivity;
mod style;
mod template;
mod usage;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

pub use format::pick_format;
pub use guard::refuse_overwriting_inputs;
pub use output::Output;
pub use style::Painter;

/// Assess the digital-transformation maturity of communes (xã, phường, thị trấn).
///
/// dtm reads a criteria file (YAML: pillars, indicators, scales, weights, maturity levels) and
/// commune survey data (CSV, XLSX, ODS), scores every commune per pillar and overall, and prints
/// rankings and reports that help a province decide where to pilot and how to roll out next.
#[derive(Debug, Parser)]
#[command(name = "dtm", version, propagate_version = true, max_term_width = 100)]
#[command(
    after_help = "Examples:\n  dtm check criteria/vn-commune-2025.yaml\n  dtm score seeds/long-an-communes.csv --top 10\n  dtm check --explain --lang vi"
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes.
#[derive(Debug, Clone, clap::Args)]
pub struct Global {
    /// Criteria file [default: the built-in criteria/vn-commune-2025.yaml]
    #[arg(short, long, global = true, value_name = "FILE")]
    pub criteria: Option<PathBuf>,
    /// The command's `--format` (each command has its own list), set by `run`.
    #[arg(skip)]
    pub format: Option<Format>,
    /// Write the output to FILE instead of standard output
    #[arg(short, long, global = true, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Language of names and levels [default: DTM_LANG, else LC_ALL, LC_MESSAGES or LANG (vi_VN.UTF-8 is vi), else en]
    #[arg(long = "lang", id = "lang", global = true, value_enum)]
    pub lang_arg: Option<Lang>,
    /// The language in effect: `--lang`, else the environment's; set by `run`.
    #[arg(skip = Lang::En)]
    pub lang: Lang,
    /// When to colour the output
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Print nothing but the results and errors
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Hide progress bars
    #[arg(long, global = true)]
    pub no_progress: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Check(check::Args),
    Score(score::Args),
    Profile(profile::Args),
    Pilot(pilot::Args),
    Compare(compare::Args),
    Rollup(rollup::Args),
    Report(report::Args),
    Sensitivity(sensitivity::Args),
    Crosswalk(crosswalk::Args),
    Template(template::Args),
    Schema(schema::Args),
    Completions(completions::Args),
}

/// Every output format; each command accepts its own subset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A table for the terminal
    Table,
    /// Comma-separated values, full precision
    Csv,
    /// JSON, full precision
    Json,
    /// Markdown tables
    Markdown,
    /// One self-contained HTML page
    Html,
    /// An Excel workbook
    Xlsx,
    /// Findings as `file:line:column: error[CODE]: message`
    Human,
    /// Findings as GitHub Actions annotations
    Github,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Lang {
    En,
    Vi,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Vi => "vi",
        }
    }
}

impl From<Lang> for crate::report::Lang {
    fn from(lang: Lang) -> Self {
        match lang {
            Lang::En => crate::report::Lang::En,
            Lang::Vi => crate::report::Lang::Vi,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// How a command ended, beyond success: exit codes 0, 1 and 2 as DESIGN §5 sets them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// 0: done.
    Success,
    /// 1: invalid criteria or data, or a failed check (the findings are already printed).
    Invalid,
    /// 130: stopped by Ctrl-C before anything was written.
    Interrupted,
}

/// An error that means the user's criteria or data are invalid (exit 1), not a usage or I/O
/// problem (exit 2).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Invalid(pub String);

/// A usage error found after parsing (exit 2), e.g. a format the command does not offer.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Usage(pub String);

/// Parse the command line, run the command, map the outcome to an exit code.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => return usage::exit(&error),
    };
    let painter = Painter::for_stderr(cli.global.color);
    // The language errors are printed in; a bad DTM_LANG is itself reported in English.
    let lang = cli
        .global
        .lang_arg
        .unwrap_or_else(|| lang::from_environment().unwrap_or(Lang::En));
    match run(cli) {
        Ok(Exit::Success) => ExitCode::SUCCESS,
        Ok(Exit::Invalid) => ExitCode::from(exit::INVALID),
        Ok(Exit::Interrupted) => ExitCode::from(130),
        Err(error) if is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => ExitCode::from(exit::report(&error, painter, lang.into())),
    }
}

pub fn run(cli: Cli) -> anyhow::Result<Exit> {
    let mut global = cli.global;
    global.format = cli.command.format();
    global.lang = match global.lang_arg {
        Some(lang) => lang,
        None => lang::from_environment()?,
    };
    output::refuse_closed_stdout(global.output.as_deref())?;
    match &cli.command {
        Command::Check(args) => check::run(args, &global),
        Command::Score(args) => score::run(args, &global),
        Command::Profile(args) => profile::run(args, &global),
        Command::Pilot(args) => pilot::run(args, &global),
        Command::Compare(args) => compare::run(args, &global),
        Command::Rollup(args) => rollup::run(args, &global),
        Command::Report(args) => report::run(args, &global),
        Command::Crosswalk(args) => crosswalk::run(args, &global),
        Command::Template(args) => template::run(args, &global),
        Command::Sensitivity(args) => sensitivity::run(args, &global),
        Command::Schema(args) => schema::run(args, &global),
        Command::Completions(args) => completions::run(args, &global),
    }
}

impl Command {
    /// The command's `--format`, if it has one and it was given.
    fn format(&self) -> Option<Format> {
        match self {
            Command::Check(args) => args.format,
            Command::Score(args) => args.format,
            Command::Profile(args) => args.format,
            Command::Pilot(args) => args.format,
            Command::Compare(args) => args.format,
            Command::Rollup(args) => args.format,
            Command::Report(args) => args.format,
            Command::Crosswalk(args) => args.format,
            Command::Template(args) => args.format,
            Command::Sensitivity(args) => args.format,
            Command::Schema(args) => args.format,
            Command::Completions(_) => None,
        }
    }
}

/// A closed pipe on standard output (`dtm score … | head`) ends the program quietly.
///
/// The csv crate reports write failures as its own error, which reaches us wrapped in an
/// `io::Error` of kind `Other`; look inside it too.
fn is_broken_pipe(error: &anyhow::Error) -> bool {
    fn csv_pipe(error: &csv::Error) -> bool {
        matches!(error.kind(), csv::ErrorKind::Io(io) if io.kind() == std::io::ErrorKind::BrokenPipe)
    }
    error.chain().any(|cause| {
        if let Some(csv) = cause.downcast_ref::<csv::Error>() {
            return csv_pipe(csv);
        }
        cause.downcast_ref::<std::io::Error>().is_some_and(|io| {
            io.kind() == std::io::ErrorKind::BrokenPipe
                || io
                    .get_ref()
                    .and_then(|inner| inner.downcast_ref::<csv::Error>())
                    .is_some_and(csv_pipe)
        })
    })
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn command_line_is_consistent() {
        super::Cli::command().debug_assert();
    }
}
