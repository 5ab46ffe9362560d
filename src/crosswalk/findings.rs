//! Crosswalk finding codes (`X001`…).
//!
//! | code | name | what |
//! |---|---|---|
//! | `X001` | `missing-column` | the header has no `old_code` or no `new_code` column |
//! | `X002` | `empty-code` | a row without a new code |
//! | `X003` | `bad-share` | a share that is not a number from 0 to 1 |
//! | `X004` | `duplicate-pair` | an old unit mapped twice to the same new unit (both lines named) |
//! | `X005` | `no-old-unit` | a new unit with no old unit that is not listed as such (`part` = `none`) |
//! | `X006` | `share-sum` | warning: the shares of an old unit do not sum to 1 |
//! | `X007` | `unknown-code` | an old unit of the data that is not in the crosswalk |
//! | `X008` | `bad-weight` | a `--crosswalk-weight` value that is not a positive number, or no such column |
//! | `X009` | `malformed` | a file that is not CSV text in UTF-8, or has no rows |

use crate::diagnostics::{Finding, Message, Severity};

/// A stable finding code and its short name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Code {
    pub code: &'static str,
    pub name: &'static str,
}

macro_rules! codes {
    ($($constant:ident = $code:literal $name:literal;)*) => {
        $(pub const $constant: Code = Code { code: $code, name: $name };)*
        /// Every crosswalk finding code, in order.
        pub const ALL: &[Code] = &[$($constant),*];
    };
}

codes! {
    MISSING_COLUMN = "X001" "missing-column";
    EMPTY_CODE = "X002" "empty-code";
    BAD_SHARE = "X003" "bad-share";
    DUPLICATE_PAIR = "X004" "duplicate-pair";
    NO_OLD_UNIT = "X005" "no-old-unit";
    SHARE_SUM = "X006" "share-sum";
    UNKNOWN_CODE = "X007" "unknown-code";
    BAD_WEIGHT = "X008" "bad-weight";
    MALFORMED = "X009" "malformed";
}

/// Where a finding points: file, line, 1-based column number (0 unknown) and column name.
#[derive(Debug, Clone, Copy)]
pub struct At<'a> {
    pub file: &'a str,
    pub line: u64,
    pub column: usize,
    pub name: &'a str,
}

impl Code {
    pub fn error(self, at: At<'_>, message: impl Into<Message>) -> Finding {
        self.finding(Severity::Error, at, message)
    }

    pub fn warning(self, at: At<'_>, message: impl Into<Message>) -> Finding {
        self.finding(Severity::Warning, at, message)
    }

    fn finding(self, severity: Severity, at: At<'_>, message: impl Into<Message>) -> Finding {
        Finding {
            severity,
            code: self.code,
            name: self.name,
            file: at.file.to_owned(),
            line: u32::try_from(at.line).unwrap_or(u32::MAX),
            column: u32::try_from(at.column).unwrap_or(u32::MAX),
            path: at.name.to_owned(),
            message: message.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_in_order() {
        for (index, code) in ALL.iter().enumerate() {
            assert_eq!(code.code, format!("X{:03}", index + 1));
        }
        let mut names: Vec<_> = ALL.iter().map(|code| code.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), ALL.len());
    }
}
