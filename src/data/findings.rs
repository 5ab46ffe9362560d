//! Data finding codes (`D001`…) and the collection of findings a read or bind fails with.
//!
//! | code | name | what |
//! |---|---|---|
//! | `D001` | `missing-column` | a column the criteria name (id, name, group, period, indicator) is not in the header |
//! | `D002` | `duplicate-id` | the same commune id twice within one period (both lines named) |
//! | `D003` | `empty-id` | a row whose id cell is empty or a missing token |
//! | `D004` | `not-a-number` | text in a number column (thousands separators included) |
//! | `D005` | `not-finite` | NaN, infinity, or a number too large for a double (`1e999`) |
//! | `D006` | `out-of-range` | a number outside the indicator's `range` |
//! | `D007` | `unknown-category` | a label that is not one of the indicator's categories |
//! | `D008` | `not-a-boolean` | a value that is not one of the yes/no words |
//! | `D009` | `short-row` | a row with fewer fields than the header |
//! | `D010` | `long-row` | a row with values beyond the last header column |
//! | `D011` | `no-data` | a file with no header or no data rows |
//! | `D012` | `duplicate-column` | a header that names one column twice |
//! | `D013` | `empty-period` | a row whose period cell is empty, when the criteria name a period column |
//! | `D014` | `encoding` | a file that is not valid text in its encoding |
//! | `D015` | `header-mismatch` | concatenated files whose headers are not the same set of columns |
//! | `D016` | `malformed` | a file that cannot be parsed at all (a corrupt spreadsheet, say) |
//! | `D017` | `does-not-discriminate` | warning: every commune has the same value of a relative-scale indicator |
//! | `D018` | `unbalanced-quote` | a CSV quote left open, so that a field swallows the following lines |
//! | `D019` | `look-alike-period` | two spellings of one period (`2024` and `2024.0`, `2024-9` and `2024-09`) |
//! | `D020` | `invisible-character` | a header, commune id or period holding a control, zero-width or bidi character |
//!
//! Codes `D004`–`D008` are about single values: under `--lenient` they turn the value missing and are
//! listed in [`Dataset::lenient`](super::Dataset::lenient) instead. All others are structural and
//! always fail.

use std::fmt;

use crate::diagnostics::{Finding, Severity};

/// A stable finding code and its short name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Code {
    pub code: &'static str,
    pub name: &'static str,
}

macro_rules! codes {
    ($($constant:ident = $code:literal $name:literal;)*) => {
        $(pub const $constant: Code = Code { code: $code, name: $name };)*
        /// Every data finding code, in order.
        pub const ALL: &[Code] = &[$($constant),*];
    };
}

codes! {
    MISSING_COLUMN = "D001" "missing-column";
    DUPLICATE_ID = "D002" "duplicate-id";
    EMPTY_ID = "D003" "empty-id";
    NOT_A_NUMBER = "D004" "not-a-number";
    NOT_FINITE = "D005" "not-finite";
    OUT_OF_RANGE = "D006" "out-of-range";
    UNKNOWN_CATEGORY = "D007" "unknown-category";
    NOT_A_BOOLEAN = "D008" "not-a-boolean";
    SHORT_ROW = "D009" "short-row";
    LONG_ROW = "D010" "long-row";
    NO_DATA = "D011" "no-data";
    DUPLICATE_COLUMN = "D012" "duplicate-column";
    EMPTY_PERIOD = "D013" "empty-period";
    ENCODING = "D014" "encoding";
    HEADER_MISMATCH = "D015" "header-mismatch";
    MALFORMED = "D016" "malformed";
    DOES_NOT_DISCRIMINATE = "D017" "does-not-discriminate";
    UNBALANCED_QUOTE = "D018" "unbalanced-quote";
    LOOK_ALIKE_PERIOD = "D019" "look-alike-period";
    INVISIBLE_CHARACTER = "D020" "invisible-character";
}

impl Code {
    /// An error finding with this code. `line` 0 means the whole file; `column` is the data
    /// column's name (CSV columns are named, not numbered, so the finding's column number is 0).
    pub fn error(self, file: &str, line: u64, column: &str, message: String) -> Finding {
        self.finding(Severity::Error, file, line, column, message)
    }

    /// A warning finding with this code, placed like [`Code::error`].
    pub fn warning(self, file: &str, line: u64, column: &str, message: String) -> Finding {
        self.finding(Severity::Warning, file, line, column, message)
    }

    fn finding(
        self,
        severity: Severity,
        file: &str,
        line: u64,
        column: &str,
        message: String,
    ) -> Finding {
        Finding {
            severity,
            code: self.code,
            name: self.name,
            file: file.to_owned(),
            line: u32::try_from(line).unwrap_or(u32::MAX),
            column: 0,
            path: column.to_owned(),
            message,
        }
    }
}

/// All the findings that made a read or a bind fail, in file and line order.
///
/// Its `Display` shows the first [`DataErrors::SHOWN`] findings, one a line, and counts the rest.
#[derive(Debug, Clone, Default, PartialEq, thiserror::Error)]
pub struct DataErrors {
    pub findings: Vec<Finding>,
}

impl DataErrors {
    /// How many findings a caller shows before summarising the rest.
    pub const SHOWN: usize = 50;

    /// The findings to show: at most [`DataErrors::SHOWN`].
    pub fn shown(&self) -> &[Finding] {
        &self.findings[..self.findings.len().min(Self::SHOWN)]
    }

    /// How many findings are not shown.
    pub fn hidden(&self) -> usize {
        self.findings.len().saturating_sub(Self::SHOWN)
    }

    /// Whether any finding has this code.
    pub fn has(&self, code: Code) -> bool {
        self.findings
            .iter()
            .any(|finding| finding.code == code.code)
    }

    pub fn is_empty(&self) -> bool {
        self.findings.is_empty()
    }
}

impl fmt::Display for DataErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shown = self.shown();
        for (index, finding) in shown.iter().enumerate() {
            if index > 0 {
                writeln!(f)?;
            }
            write!(f, "{finding}")?;
        }
        match self.hidden() {
            0 => Ok(()),
            hidden => write!(f, "\n… and {hidden} more data errors not shown"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_in_order() {
        for (index, code) in ALL.iter().enumerate() {
            assert_eq!(code.code, format!("D{:03}", index + 1));
        }
        let mut names: Vec<_> = ALL.iter().map(|code| code.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), ALL.len());
    }

    #[test]
    fn display_caps_the_list_and_counts_the_rest() {
        let findings = (1..=53)
            .map(|line| NOT_A_NUMBER.error("x.csv", line, "a", format!("bad {line}")))
            .collect();
        let errors = DataErrors { findings };
        let text = errors.to_string();
        assert_eq!(text.lines().count(), 51);
        assert!(text.starts_with("x.csv:1: error[D004]: bad 1 (at a)"));
        assert!(text.ends_with("… and 3 more data errors not shown"));
    }
}
