//! Output formats: which ones each command writes, `--format` against the extension of `-o`, and
//! the one dispatch from a format to a renderer.
//!
//! Each command lists its formats in one constant (`score::FORMATS`, …); its `--format` accepts
//! and its help shows exactly those. Offering a new format in a command is one line there (and its
//! renderer in `Renderers`).

use std::io::{self, Write};
use std::path::Path;

use clap::ValueEnum;
use clap::builder::{PossibleValuesParser, TypedValueParser};

use super::{Format, Global, Output, Usage};
use crate::report::t;

/// The `--format` parser of a command that writes `offered`.
pub fn parser(offered: &'static [Format]) -> impl TypedValueParser<Value = Format> {
    PossibleValuesParser::new(offered.iter().filter_map(|f| f.to_possible_value()))
        .try_map(|name| Format::from_str(&name, false))
}

/// The formats every command that prints a table offers.
pub const TABULAR: [Format; 4] = [Format::Table, Format::Csv, Format::Json, Format::Markdown];

/// The format a file name's extension asks for, if it names one.
pub fn of_extension(path: &Path) -> Option<Format> {
    let extension = path.extension()?.to_str()?.to_ascii_lowercase();
    match extension.as_str() {
        "csv" => Some(Format::Csv),
        "json" => Some(Format::Json),
        "md" | "markdown" => Some(Format::Markdown),
        "html" | "htm" => Some(Format::Html),
        "xlsx" => Some(Format::Xlsx),
        _ => None,
    }
}

/// The format to write: `--format`, else the extension of `-o`, else `default`. An extension
/// that contradicts `--format`, or names a format the command does not write, is a usage error.
pub fn pick_format(global: &Global, offered: &[Format], default: Format) -> anyhow::Result<Format> {
    let file = global.output.as_deref().filter(|p| p.as_os_str() != "-");
    let writes_documents = offered.iter().any(|f| {
        matches!(
            f,
            Format::Table | Format::Markdown | Format::Html | Format::Xlsx
        )
    });
    if let Some(path) = file
        && writes_documents
        && global.format.is_none()
        && unknown_extension(path)
    {
        let file = ("file", path.display().to_string().into());
        return Err(Usage(t(
            global.lang.into(),
            "error-format-unknown-extension",
            &[file],
        ))
        .into());
    }
    let implied = file.and_then(|path| of_extension(path).map(|format| (path, format)));
    let chosen = match (global.format, implied) {
        (Some(asked), Some((path, implied))) if asked != implied => {
            let args = [
                ("asked", name(asked).into()),
                ("file", path.display().to_string().into()),
                ("implied", name(implied).into()),
            ];
            return Err(Usage(t(global.lang.into(), "error-format-contradicts", &args)).into());
        }
        (Some(asked), _) => asked,
        (None, Some((_, implied))) => implied,
        (None, None) => default,
    };
    if offered.contains(&chosen) {
        return Ok(chosen);
    }
    let names: Vec<&str> = offered.iter().map(|f| name(*f)).collect();
    let lang = global.lang.into();
    let from = match (global.format, file) {
        (None, Some(path)) => {
            let file = ("file", path.display().to_string().into());
            t(lang, "error-format-from-extension", &[file])
        }
        _ => String::new(),
    };
    let args = [
        ("format", name(chosen).into()),
        ("from", from.into()),
        ("choices", names.join(", ").into()),
    ];
    Err(Usage(t(lang, "error-format-not-offered", &args)).into())
}

/// An extension that names no format dtm knows (`.pdf`, `.docx`); `.txt` and none are fine for
/// the default format.
fn unknown_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| !e.eq_ignore_ascii_case("txt") && of_extension(path).is_none())
}

/// A format's name on the command line.
pub fn name(format: Format) -> &'static str {
    match format {
        Format::Table => "table",
        Format::Csv => "csv",
        Format::Json => "json",
        Format::Markdown => "markdown",
        Format::Html => "html",
        Format::Xlsx => "xlsx",
        Format::Human => "human",
        Format::Github => "github",
    }
}

/// The format a tabular command writes: `--format`, else the extension of `-o`, else a table.
pub fn tabular_format(global: &Global) -> anyhow::Result<Format> {
    pick_format(global, &TABULAR, Format::Table)
}

/// One renderer of a report.
pub type Render<T> = fn(&T, &mut dyn Write) -> io::Result<()>;

/// The four renderers of a tabular report.
pub struct Renderers<T> {
    pub table: Render<T>,
    pub csv: Render<T>,
    pub json: Render<T>,
    pub markdown: Render<T>,
}

/// Write `report` in `format` to the output chosen by `-o`.
pub fn write_tabular<T>(
    global: &Global,
    format: Format,
    report: &T,
    renderers: Renderers<T>,
) -> anyhow::Result<()> {
    let render = match format {
        Format::Csv => renderers.csv,
        Format::Json => renderers.json,
        Format::Markdown => renderers.markdown,
        _ => renderers.table,
    };
    let mut out = Output::open(global.output.as_deref())?;
    render(report, &mut out)?;
    out.finish()
}

/// Whether a table written to the output chosen by `-o` gets colour.
pub fn table_color(global: &Global) -> bool {
    global
        .output
        .as_deref()
        .is_none_or(|p| p.as_os_str() == "-")
        && super::Painter::for_stdout(global.color).enabled
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_format_has_its_command_line_name() {
        for format in Format::value_variants() {
            let expected = format.to_possible_value().map(|v| v.get_name().to_owned());
            assert_eq!(Some(name(*format).to_owned()), expected);
        }
    }

    #[test]
    fn extensions_name_formats_in_any_case() {
        assert_eq!(of_extension(Path::new("a/b.CSV")), Some(Format::Csv));
        assert_eq!(of_extension(Path::new("b.md")), Some(Format::Markdown));
        assert_eq!(of_extension(Path::new("b.json")), Some(Format::Json));
        assert_eq!(of_extension(Path::new("b.txt")), None);
        assert_eq!(of_extension(Path::new("csv")), None);
    }
}
