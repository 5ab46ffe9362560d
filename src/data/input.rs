//! Reading survey files (CSV or spreadsheets, `-` for standard input) into one [`Table`].

use std::io::{self, Read};
use std::path::{Path, PathBuf};

use encoding_rs::Encoding;

use crate::diagnostics::Finding;

use super::findings::DataErrors;
use super::sheet::{SheetError, SheetKind};
use super::table::Table;
use super::{csv, sheet};

/// How to read survey files; built from the command line before any work starts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReadOptions {
    /// A WHATWG encoding label (`windows-1258`, `utf-16le`, …) for CSV without a byte-order mark.
    pub encoding: Option<String>,
    /// The sheet to read from spreadsheets; default the first.
    pub sheet: Option<String>,
    /// The CSV delimiter; default sniffed from the header line among `,` `;` and tab.
    pub delimiter: Option<u8>,
}

/// A file's format, decided by its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Delimited text; `tab` when the extension says `.tsv` (the delimiter when none is sniffed).
    Csv {
        tab: bool,
    },
    Sheet(SheetKind),
}

impl Format {
    /// `.xlsx`, `.xlsm`, `.xls`, `.ods` are spreadsheets; anything else (`.csv`, `.tsv`, `.txt`,
    /// standard input) is delimited text.
    pub fn of(path: &Path) -> Format {
        let extension = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match extension.as_deref() {
            Some("xlsx" | "xlsm") => Format::Sheet(SheetKind::Xlsx),
            Some("xls") => Format::Sheet(SheetKind::Xls),
            Some("ods") => Format::Sheet(SheetKind::Ods),
            Some("tsv") => Format::Csv { tab: true },
            _ => Format::Csv { tab: false },
        }
    }
}

/// One input file's bytes, as read from a file, standard input or a test.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    /// The file as the user named it; `-` for standard input.
    pub name: String,
    pub format: Format,
    pub bytes: Vec<u8>,
}

impl Input {
    /// Read all of `reader`.
    pub fn from_reader(name: &str, format: Format, mut reader: impl Read) -> io::Result<Input> {
        let mut bytes = Vec::new();
        reader.read_to_end(&mut bytes)?;
        Ok(Input {
            name: name.to_owned(),
            format,
            bytes,
        })
    }
}

/// Why survey files could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("no data file given")]
    NoInput,
    #[error("could not read '{file}': {source}")]
    Io {
        file: String,
        #[source]
        source: io::Error,
    },
    #[error("unknown encoding '{0}'; use a WHATWG label such as windows-1258, utf-16le or utf-8")]
    UnknownEncoding(String),
    #[error("'{file}' has no sheet named '{name}'; its sheets are: {}", .sheets.join(", "))]
    UnknownSheet {
        file: String,
        name: String,
        sheets: Vec<String>,
    },
    /// Problems in the files' contents, all of them.
    #[error("{0}")]
    Invalid(DataErrors),
}

/// Read and concatenate survey files; `-` is standard input (read as CSV).
pub fn read(paths: &[PathBuf], options: &ReadOptions) -> Result<Table, ReadError> {
    let inputs = paths.iter().map(|path| {
        let name = path.to_string_lossy();
        let result = if name == "-" {
            Input::from_reader("-", Format::Csv { tab: false }, io::stdin().lock())
        } else {
            std::fs::read(path).map(|bytes| Input {
                name: name.to_string(),
                format: Format::of(path),
                bytes,
            })
        };
        result.map_err(|source| ReadError::Io {
            file: name.to_string(),
            source,
        })
    });
    parse(&inputs.collect::<Result<Vec<_>, _>>()?, options)
}

/// Parse inputs already in memory into one table. Content problems of every file are collected
/// before failing.
pub fn parse(inputs: &[Input], options: &ReadOptions) -> Result<Table, ReadError> {
    if inputs.is_empty() {
        return Err(ReadError::NoInput);
    }
    let encoding = match &options.encoding {
        Some(label) => Some(
            Encoding::for_label(label.trim().as_bytes())
                .ok_or_else(|| ReadError::UnknownEncoding(label.clone()))?,
        ),
        None => None,
    };
    let mut table = Table::default();
    let mut findings: Vec<Finding> = Vec::new();
    for input in inputs {
        let result = match input.format {
            Format::Csv { tab } => parse_csv(&mut table, input, encoding, options.delimiter, tab),
            Format::Sheet(kind) => match sheet::parse(
                &mut table,
                &input.name,
                &input.bytes,
                kind,
                options.sheet.as_deref(),
            ) {
                Err(SheetError::UnknownSheet { name, sheets }) => {
                    return Err(ReadError::UnknownSheet {
                        file: input.name.clone(),
                        name,
                        sheets,
                    });
                }
                Err(SheetError::Invalid(more)) => Err(more),
                Ok(()) => Ok(()),
            },
        };
        if let Err(mut more) = result {
            findings.append(&mut more);
        }
    }
    match findings.is_empty() {
        true => Ok(table),
        false => Err(ReadError::Invalid(DataErrors { findings })),
    }
}

fn parse_csv(
    table: &mut Table,
    input: &Input,
    encoding: Option<&'static Encoding>,
    delimiter: Option<u8>,
    tab: bool,
) -> Result<(), Vec<Finding>> {
    let text = csv::decode(&input.name, &input.bytes, encoding).map_err(|finding| vec![finding])?;
    let fallback = if tab { b'\t' } else { b',' };
    let delimiter = delimiter.unwrap_or_else(|| csv::sniff_delimiter(&text, fallback));
    csv::parse(table, &input.name, &text, delimiter)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_follows_the_extension() {
        assert_eq!(
            Format::of(Path::new("a/b.XLSX")),
            Format::Sheet(SheetKind::Xlsx)
        );
        assert_eq!(
            Format::of(Path::new("b.ods")),
            Format::Sheet(SheetKind::Ods)
        );
        assert_eq!(
            Format::of(Path::new("b.xls")),
            Format::Sheet(SheetKind::Xls)
        );
        assert_eq!(Format::of(Path::new("b.tsv")), Format::Csv { tab: true });
        assert_eq!(Format::of(Path::new("b.txt")), Format::Csv { tab: false });
        assert_eq!(Format::of(Path::new("-")), Format::Csv { tab: false });
    }

    #[test]
    fn an_unknown_encoding_label_is_an_error() {
        let input = Input {
            name: "a.csv".into(),
            format: Format::Csv { tab: false },
            bytes: b"id\n1\n".to_vec(),
        };
        let options = ReadOptions {
            encoding: Some("klingon".into()),
            ..ReadOptions::default()
        };
        assert!(
            matches!(parse(&[input], &options), Err(ReadError::UnknownEncoding(label)) if label == "klingon")
        );
    }

    #[test]
    fn any_reader_can_feed_a_table() {
        let input =
            Input::from_reader("-", Format::Csv { tab: false }, &b"id;x\n1;2,5\n"[..]).unwrap();
        let table = parse(&[input], &ReadOptions::default()).unwrap();
        assert_eq!(&*table.sources()[0].name, "-");
        assert_eq!((table.row(0).get(0), table.row(0).get(1)), ("1", "2,5"));
    }

    #[test]
    fn no_input_is_an_error() {
        assert!(matches!(
            parse(&[], &ReadOptions::default()),
            Err(ReadError::NoInput)
        ));
    }

    #[test]
    fn a_missing_file_is_an_io_error_naming_it() {
        let error = read(
            &[PathBuf::from("/nonexistent/x.csv")],
            &ReadOptions::default(),
        )
        .unwrap_err();
        assert!(
            error
                .to_string()
                .starts_with("could not read '/nonexistent/x.csv'"),
            "{error}"
        );
    }
}
