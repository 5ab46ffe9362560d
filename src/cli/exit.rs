//! The one mapping from what went wrong to an exit code, and the one way it is printed.
//!
//! | code | when |
//! |---|---|
//! | 0 | success; also a reader closing the pipe (`dtm score … \| head`) |
//! | 1 | the criteria, data or units list are invalid, a check failed, or nothing qualifies (no commune matches the filters or passes the gates) |
//! | 2 | usage: a bad option or combination, or an option naming what the criteria or data lack (a period, column, pillar, commune, sheet or encoding); and I/O errors |
//!
//! Commands return typed library errors with `?`; this module alone decides their code.

use std::io;

use super::output::OutputError;
use super::{Invalid, Painter, Usage, style};
use crate::analysis::names::LookupError;
use crate::analysis::ranking::SelectionError;
use crate::data::ReadError;
use crate::report::template::UnitsError;
use crate::report::{Lang, errors, escape, t};
use crate::score::ScoreError;

/// Exit code 1: invalid criteria or data, a failed check, nothing qualifies.
pub const INVALID: u8 = 1;
/// Exit code 2: usage or I/O.
pub const USAGE: u8 = 2;

/// The exit code of an error: the first typed error in its chain decides; anything else
/// (an I/O error, say) is 2.
pub fn code(error: &anyhow::Error) -> u8 {
    error.chain().find_map(classify).unwrap_or(USAGE)
}

fn classify(cause: &(dyn std::error::Error + 'static)) -> Option<u8> {
    if cause.is::<Invalid>() || cause.is::<UnitsError>() {
        return Some(INVALID);
    }
    if cause.is::<Usage>() || cause.is::<SelectionError>() || cause.is::<LookupError>() {
        return Some(USAGE);
    }
    if let Some(error) = cause.downcast_ref::<ScoreError>() {
        return Some(match error {
            ScoreError::UnknownPeriod { .. } => USAGE,
            _ => INVALID,
        });
    }
    if let Some(error) = cause.downcast_ref::<ReadError>() {
        return Some(match error {
            ReadError::Invalid(_) => INVALID,
            _ => USAGE,
        });
    }
    cause.downcast_ref::<io::Error>().map(|_| USAGE)
}

/// The error and its causes, each cause once: a cause whose text the message already holds
/// (`could not read 'x': No such file…` caused by `No such file…`) is not repeated. Control
/// characters a value brought in are shown as escapes; the message's own line breaks stay.
pub fn message(error: &anyhow::Error, painter: Painter, lang: Lang) -> String {
    let text = message_text(error, lang);
    let safe: Vec<String> = text
        .split('\n')
        .map(|line| escape::terminal(line).into_owned())
        .collect();
    let prefix = t(lang, "finding-error", &[]);
    format!("{}: {}", painter.error(&prefix), safe.join("\n"))
}

fn message_text(error: &anyhow::Error, lang: Lang) -> String {
    let mut causes = error.chain().map(|cause| words(cause, lang));
    let head = causes.next().unwrap_or_default();
    // A context is not its own link of the chain: ask the error for it.
    let mut message = match (
        error.downcast_ref::<OutputError>(),
        error.downcast_ref::<super::usage::Worded>(),
    ) {
        (Some(output), _) => output.words(lang),
        (None, Some(super::usage::Worded(worded))) => worded.in_lang(lang),
        (None, None) => head,
    };
    let mut seen = message.clone();
    let caused_by = t(lang, "error-caused-by", &[]);
    for text in causes {
        if !seen.contains(&text) {
            message.push_str(&format!("\n  {caused_by}: {text}"));
            seen.push_str(&text);
        }
    }
    message
}

/// One cause in `lang`: the typed errors of the lower stages are worded by `report::errors`;
/// the command line's own messages were worded when they were made.
fn words(cause: &(dyn std::error::Error + 'static), lang: Lang) -> String {
    if let Some(text) = cause
        .downcast_ref::<ReadError>()
        .and_then(|error| errors::read_error(error, lang))
    {
        return text;
    }
    if let Some(text) = cause
        .downcast_ref::<ScoreError>()
        .and_then(|error| errors::score_error(error, lang))
    {
        return text;
    }
    if let Some(error) = cause.downcast_ref::<io::Error>() {
        return errors::io_error(error, lang);
    }
    cause.to_string()
}

/// Print the error on standard error and give its exit code.
pub fn report(error: &anyhow::Error, painter: Painter, lang: Lang) -> u8 {
    style::eprint(&message(error, painter, lang));
    code(error)
}

#[cfg(test)]
mod tests {
    use super::*;
    use anyhow::Context;

    #[test]
    fn typed_errors_decide_wrapped_or_not() {
        let period = ScoreError::UnknownPeriod {
            period: "2022".into(),
            available: vec!["2024".into()],
        };
        assert_eq!(code(&anyhow::Error::new(period.clone())), USAGE);
        let wrapped = Err::<(), _>(period).context("scoring");
        assert_eq!(wrapped.map_err(|e| code(&e)), Err(USAGE));
        let invalid = Invalid("bad data".into());
        assert_eq!(code(&anyhow::Error::new(invalid)), INVALID);
        let io = io::Error::new(io::ErrorKind::NotFound, "gone");
        assert_eq!(code(&anyhow::Error::new(io)), USAGE);
    }

    #[test]
    fn a_cause_already_in_the_message_is_not_repeated() {
        let io = io::Error::new(io::ErrorKind::NotFound, "No such file");
        let error = anyhow::Error::new(ReadError::Io {
            file: "x.csv".into(),
            source: io,
        });
        let text = message(&error, Painter { enabled: false }, Lang::En);
        assert_eq!(text, "error: could not read 'x.csv': No such file");
        let text = message(&error, Painter { enabled: false }, Lang::Vi);
        assert_eq!(
            text,
            "lỗi: không đọc được 'x.csv': không tìm thấy tệp hoặc thư mục"
        );
        let other = anyhow::Error::new(io::Error::other("disk on fire")).context("could not write");
        let text = message(&other, Painter { enabled: false }, Lang::En);
        assert_eq!(text, "error: could not write\n  caused by: disk on fire");
        let hostile = anyhow::anyhow!("no commune has the id '\x1b[2Jx\r'");
        let text = message(&hostile, Painter { enabled: false }, Lang::En);
        assert_eq!(text, "error: no commune has the id '\\e[2Jx\\r'");
    }
}
