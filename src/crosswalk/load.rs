//! Reading a crosswalk CSV and checking it: every problem becomes a located finding.

use crate::diagnostics::cut;
use std::collections::{BTreeMap, HashMap};

use super::findings::{
    At, BAD_SHARE, Code, DUPLICATE_PAIR, EMPTY_CODE, MALFORMED, MISSING_COLUMN, NO_OLD_UNIT,
    SHARE_SUM,
};
use super::{Crosswalk, Link, NewUnit, checks};
use crate::diagnostics::{Finding, Message, Severity};

/// A crosswalk (when it has no errors) and every finding about it, warnings included.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub crosswalk: Option<Crosswalk>,
    pub findings: Vec<Finding>,
}

/// Where the columns of interest are in the header (0-based).
struct Header {
    names: Vec<String>,
    old_code: usize,
    new_code: usize,
    share: Option<usize>,
    part: Option<usize>,
    new_name: Option<usize>,
    old_name: Option<usize>,
    old_district: Option<usize>,
}

/// Read and check a crosswalk; `name` is the file as the user named it.
pub fn load_bytes(bytes: &[u8], name: &str) -> Loaded {
    let fail = |finding: Finding| Loaded {
        crosswalk: None,
        findings: vec![finding],
    };
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let at = |line: u64| At {
        file: name,
        line,
        column: 0,
        name: "",
    };
    if std::str::from_utf8(bytes).is_err() {
        return fail(MALFORMED.error(at(0), Message::new("crosswalk-not-utf8")));
    }
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(true)
        .from_reader(bytes);
    let header = match reader.headers() {
        Ok(record) => record.iter().map(|h| h.trim().to_owned()).collect(),
        Err(error) => {
            let message = Message::new("crosswalk-bad-header").with("error", error.to_string());
            return fail(MALFORMED.error(at(1), message));
        }
    };
    let header = match Header::find(header, name) {
        Ok(header) => header,
        Err(finding) => return fail(*finding),
    };
    let mut checker = Checker::new(name, header);
    for record in reader.records() {
        match record {
            Ok(record) => {
                let line = record.position().map_or(0, csv::Position::line);
                let cells: Vec<&str> = record.iter().map(str::trim).collect();
                checker.row(line, &cells);
            }
            Err(error) => {
                let line = error.position().map_or(0, csv::Position::line);
                checker.findings.push(MALFORMED.error(
                    at(line),
                    Message::new("crosswalk-bad-row").with("error", error.to_string()),
                ));
            }
        }
    }
    checker.finish()
}

impl Header {
    fn find(names: Vec<String>, file: &str) -> Result<Header, Box<Finding>> {
        let position = |wanted: &str| names.iter().position(|n| n == wanted);
        let required = |wanted: &str| {
            position(wanted).ok_or_else(|| {
                Box::new(MISSING_COLUMN.error(
                    At {
                        file,
                        line: 1,
                        column: 0,
                        name: wanted,
                    },
                    Message::new("crosswalk-no-column").with("column", wanted),
                ))
            })
        };
        Ok(Header {
            old_code: required("old_code")?,
            new_code: required("new_code")?,
            share: position("share"),
            part: position("part"),
            new_name: position("new_name"),
            old_name: position("old_name"),
            old_district: position("old_district"),
            names,
        })
    }

    /// Columns that describe the new unit.
    fn is_unit_column(&self, k: usize) -> bool {
        let name = self.names[k].as_str();
        ![self.old_code, self.new_code].contains(&k)
            && Some(k) != self.share
            && Some(k) != self.part
            && !name.starts_with("old_")
            && !name.is_empty()
    }
}

/// The checks that run row by row, and their state.
struct Checker<'a> {
    file: &'a str,
    header: Header,
    links: Vec<Link>,
    units: Vec<NewUnit>,
    unit_at: HashMap<String, usize>,
    pairs: HashMap<(String, String), u64>,
    findings: Vec<Finding>,
}

impl<'a> Checker<'a> {
    fn new(file: &'a str, header: Header) -> Self {
        Checker {
            file,
            header,
            links: Vec::new(),
            units: Vec::new(),
            unit_at: HashMap::new(),
            pairs: HashMap::new(),
            findings: Vec::new(),
        }
    }

    /// Record a finding at this line and 0-based column.
    fn push(&mut self, code: Code, severity: Severity, line: u64, column: usize, message: Message) {
        let name = self.header.names.get(column).map_or("", String::as_str);
        let at = At {
            file: self.file,
            line,
            column: column + 1,
            name,
        };
        let finding = match severity {
            Severity::Error => code.error(at, message),
            Severity::Warning => code.warning(at, message),
        };
        self.findings.push(finding);
    }

    fn row(&mut self, line: u64, cells: &[&str]) {
        let cell = |k: Option<usize>| k.and_then(|k| cells.get(k)).copied().unwrap_or("");
        let old = cell(Some(self.header.old_code));
        let new = cell(Some(self.header.new_code));
        if new.is_empty() {
            let message = Message::new("crosswalk-no-new-code").with("old", cut(old));
            self.push(
                EMPTY_CODE,
                Severity::Error,
                line,
                self.header.new_code,
                message,
            );
            return;
        }
        let unit = self.unit(new, line, cells);
        if old.is_empty() {
            if cell(self.header.part).eq_ignore_ascii_case("none") {
                self.units[unit].no_old_unit = true;
            } else {
                let message = Message::new("crosswalk-no-old-unit").with("new", cut(new));
                self.push(
                    NO_OLD_UNIT,
                    Severity::Error,
                    line,
                    self.header.old_code,
                    message,
                );
            }
            return;
        }
        let Some(share) = self.share(line, old, new, cell(self.header.share)) else {
            return;
        };
        if let Some(first) = self.pairs.insert((old.to_owned(), new.to_owned()), line) {
            self.pairs.insert((old.to_owned(), new.to_owned()), first);
            let message = Message::new("crosswalk-duplicate-pair")
                .with("old", cut(old))
                .with("new", cut(new))
                .with("line", first.to_string());
            self.push(
                DUPLICATE_PAIR,
                Severity::Error,
                line,
                self.header.old_code,
                message,
            );
            return;
        }
        self.links.push(Link {
            old_code: old.to_owned(),
            old_name: cell(self.header.old_name).to_owned(),
            old_district: cell(self.header.old_district).to_owned(),
            unit,
            share,
            line,
        });
    }

    /// The share of a row: 1 without a share column or with an empty cell.
    fn share(&mut self, line: u64, old: &str, new: &str, text: &str) -> Option<f64> {
        let Some(column) = self.header.share else {
            return Some(1.0);
        };
        if text.is_empty() {
            return Some(1.0);
        }
        match text.replace(',', ".").parse::<f64>() {
            Ok(share) if share.is_finite() && (0.0..=1.0).contains(&share) => Some(share),
            _ => {
                let message = Message::new("crosswalk-bad-share")
                    .with("share", cut(text))
                    .with("old", cut(old))
                    .with("new", cut(new));
                self.push(BAD_SHARE, Severity::Error, line, column, message);
                None
            }
        }
    }

    /// The position of the new unit `code`, added on first sight with this row's columns.
    fn unit(&mut self, code: &str, line: u64, cells: &[&str]) -> usize {
        if let Some(&at) = self.unit_at.get(code) {
            return at;
        }
        let columns: BTreeMap<String, String> = (0..self.header.names.len())
            .filter(|&k| self.header.is_unit_column(k))
            .map(|k| {
                let value = cells.get(k).copied().unwrap_or("");
                (self.header.names[k].clone(), value.to_owned())
            })
            .collect();
        let name = self
            .header
            .new_name
            .and_then(|k| cells.get(k))
            .copied()
            .unwrap_or("");
        self.units.push(NewUnit {
            code: code.to_owned(),
            name: name.to_owned(),
            line,
            no_old_unit: false,
            columns,
        });
        self.unit_at.insert(code.to_owned(), self.units.len() - 1);
        self.units.len() - 1
    }

    fn finish(mut self) -> Loaded {
        self.check_units();
        if self.header.share.is_some() {
            self.check_share_sums();
        }
        if self.links.is_empty() && self.units.is_empty() && self.findings.is_empty() {
            let at = At {
                file: self.file,
                line: 1,
                column: 0,
                name: "",
            };
            let finding = MALFORMED.error(at, Message::new("crosswalk-no-rows"));
            self.findings.push(finding);
        }
        self.findings.sort_by_key(|f| (f.line, f.column));
        let ok = !self.findings.iter().any(Finding::is_error);
        let crosswalk = ok.then(|| Crosswalk {
            name: self.file.to_owned(),
            has_share: self.header.share.is_some(),
            links: self.links,
            units: self.units,
        });
        Loaded {
            crosswalk,
            findings: self.findings,
        }
    }

    /// Every new unit gets some part of an old unit, unless it is listed as having none.
    fn check_units(&mut self) {
        let column = self.header.share.unwrap_or(self.header.new_code);
        for (line, message) in checks::units_without_old_unit(&self.units, &self.links) {
            self.push(NO_OLD_UNIT, Severity::Error, line, column, message);
        }
    }

    fn check_share_sums(&mut self) {
        let column = self.header.share.unwrap_or(0);
        for (line, message) in checks::share_sums(&self.links) {
            self.push(SHARE_SUM, Severity::Warning, line, column, message);
        }
    }
}
