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

use super::{Invalid, Painter, Usage, style};
use crate::analysis::names::LookupError;
use crate::analysis::pilot::PilotError;
use crate::analysis::ranking::SelectionError;
use crate::data::ReadError;
use crate::report::escape;
use crate::report::template::UnitsError;
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
    if let Some(error) = cause.downcast_ref::<PilotError>() {
        return Some(match error {
            PilotError::NoCandidates { .. } | PilotError::NoScores => INVALID,
            _ => USAGE,
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
pub fn message(error: &anyhow::Error, painter: Painter) -> String {
    let text = message_text(error);
    let safe: Vec<String> = text
        .split('\n')
        .map(|line| escape::terminal(line).into_owned())
        .collect();
    format!("{}: {}", painter.error("error"), safe.join("\n"))
}

fn message_text(error: &anyhow::Error) -> String {
    let mut message = error.to_string();
    let mut seen = error.to_string();
    for cause in error.chain().skip(1) {
        let text = cause.to_string();
        if !seen.contains(&text) {
            message.push_str(&format!("\n  caused by: {text}"));
            seen.push_str(&text);
        }
    }
    message
}

/// Print the error on standard error and give its exit code.
pub fn report(error: &anyhow::Error, painter: Painter) -> u8 {
    style::eprint(&message(error, painter));
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
        let text = message(&error, Painter { enabled: false });
        assert_eq!(text, "error: could not read 'x.csv': No such file");
        let other = anyhow::Error::new(io::Error::other("disk on fire")).context("could not write");
        let text = message(&other, Painter { enabled: false });
        assert_eq!(text, "error: could not write\n  caused by: disk on fire");
        let hostile = anyhow::anyhow!("no commune has the id '\x1b[2Jx\r'");
        let text = message(&hostile, Painter { enabled: false });
        assert_eq!(text, "error: no commune has the id '\\e[2Jx\\r'");
    }
}
