//! Errors of the lower stages in words: a data file that cannot be read, an unknown encoding or
//! sheet, and the operating system's I/O errors. `cli::exit` prints them in the reader's language.

use std::io;

use super::i18n::{Lang, t};
use crate::data::ReadError;
use crate::diagnostics::cut;
use crate::score::ScoreError;

/// A read error in `lang`; `None` for the findings of invalid data, which are printed one by one.
pub fn read_error(error: &ReadError, lang: Lang) -> Option<String> {
    Some(match error {
        ReadError::NoInput => t(lang, "error-no-input", &[]),
        ReadError::Io { file, source } => t(
            lang,
            "error-read-file",
            &[
                ("file", file.into()),
                ("reason", io_error(source, lang).into()),
            ],
        ),
        ReadError::UnknownEncoding(label) => t(
            lang,
            "error-unknown-encoding",
            &[("label", cut(label).into_owned().into())],
        ),
        ReadError::UnknownSheet { file, name, sheets } => t(
            lang,
            "error-unknown-sheet",
            &[
                ("file", file.into()),
                ("name", cut(name).into_owned().into()),
                ("sheets", sheets.join(", ").into()),
            ],
        ),
        ReadError::Invalid(_) => return None,
    })
}

/// A period error in `lang` (a period the data lack, periods with no order); `None` for the
/// others, which are invariants of the library rather than something a person chose.
pub fn score_error(error: &ScoreError, lang: Lang) -> Option<String> {
    match error {
        ScoreError::UnknownPeriod { period, available } => {
            let present = match available.is_empty() {
                true => t(lang, "error-no-periods", &[]),
                false => available.join(", "),
            };
            Some(t(
                lang,
                "error-unknown-period",
                &[("period", period.into()), ("present", present.into())],
            ))
        }
        ScoreError::UnorderedPeriods { available } => {
            let quoted: Vec<String> = available.iter().map(|p| format!("'{}'", cut(p))).collect();
            Some(t(
                lang,
                "error-unordered-periods",
                &[("periods", quoted.join(", ").into())],
            ))
        }
        _ => None,
    }
}

/// An I/O error in `lang`. English keeps the operating system's own text (`No such file or
/// directory (os error 2)`); Vietnamese words the common kinds and keeps the OS text for the rest.
pub fn io_error(error: &io::Error, lang: Lang) -> String {
    let key = match error.kind() {
        _ if lang == Lang::En => None,
        io::ErrorKind::NotFound => Some("error-io-not-found"),
        io::ErrorKind::PermissionDenied => Some("error-io-permission"),
        io::ErrorKind::IsADirectory => Some("error-io-directory"),
        io::ErrorKind::AlreadyExists => Some("error-io-exists"),
        io::ErrorKind::StorageFull => Some("error-io-full"),
        io::ErrorKind::InvalidData => Some("error-io-invalid-data"),
        _ => None,
    };
    match key {
        Some(key) => t(lang, key, &[]),
        None => error.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_keeps_the_system_text_and_vietnamese_words_the_kind() {
        let gone = || io::Error::new(io::ErrorKind::NotFound, "No such file or directory");
        assert_eq!(io_error(&gone(), Lang::En), "No such file or directory");
        assert_eq!(
            io_error(&gone(), Lang::Vi),
            "không tìm thấy tệp hoặc thư mục"
        );
        let error = ReadError::Io {
            file: "x.csv".into(),
            source: gone(),
        };
        assert_eq!(read_error(&error, Lang::En), Some(error.to_string()));
        assert_eq!(
            read_error(&error, Lang::Vi).as_deref(),
            Some("không đọc được 'x.csv': không tìm thấy tệp hoặc thư mục")
        );
        let sheet = ReadError::UnknownSheet {
            file: "a.xlsx".into(),
            name: "S".into(),
            sheets: vec!["A".into(), "B".into()],
        };
        assert_eq!(read_error(&sheet, Lang::En), Some(sheet.to_string()));
        let encoding = ReadError::UnknownEncoding("x".into());
        assert_eq!(read_error(&encoding, Lang::En), Some(encoding.to_string()));
    }

    #[test]
    fn period_errors_read_as_the_library_writes_them_in_english() {
        let errors = [
            ScoreError::UnknownPeriod {
                period: "2022".into(),
                available: vec!["2023".into(), "2024".into()],
            },
            ScoreError::UnknownPeriod {
                period: "2022".into(),
                available: Vec::new(),
            },
            ScoreError::UnorderedPeriods {
                available: vec!["2024".into(), "Q1".into()],
            },
        ];
        for error in &errors {
            assert_eq!(score_error(error, Lang::En), Some(error.to_string()));
            let vietnamese = score_error(error, Lang::Vi).unwrap_or_default();
            assert!(
                vietnamese.starts_with("kỳ") || vietnamese.starts_with("các kỳ"),
                "{vietnamese}"
            );
        }
    }
}
