//! Binding a text table to the criteria: entities and raw values, with every problem found at once.
//!
//! Structural problems (a missing column, a short or long row, an empty or duplicate id, an empty
//! period, a file without rows) always fail. Bad values fail too, unless `lenient`: then each
//! becomes missing and is listed in [`Dataset::lenient`].

use std::collections::HashMap;

use crate::criteria::Criteria;
use crate::diagnostics::{Finding, Message};

use super::columns::Columns;
use super::findings::{
    DUPLICATE_ID, DataErrors, EMPTY_ID, EMPTY_PERIOD, INVISIBLE_CHARACTER, LONG_ROW,
    LOOK_ALIKE_PERIOD, NO_DATA, SHORT_ROW,
};
use super::period;
use super::table::{Row, Table};
use super::values::{CellParser, is_missing, read_bool};
use super::{Dataset, Entity, RawCell, RowRef, ValueNote};
use crate::diagnostics::{cut, invisible_in};

/// How to bind; built from the command line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BindOptions {
    /// Turn bad values into missing ones (each listed) instead of failing.
    pub lenient: bool,
}

/// The dataset of `table` under `criteria`: one entity per row, one value per indicator in
/// `Criteria::indicators()` order. Fails with every finding when anything is wrong.
pub fn bind(
    table: &Table,
    criteria: &Criteria,
    options: &BindOptions,
) -> Result<Dataset, DataErrors> {
    let mut findings = Vec::new();
    let columns = Columns::resolve(table, criteria, &mut findings);
    findings.extend(empty_sources(table));
    let indicators = criteria.indicators();
    let parsers: Vec<CellParser> = indicators
        .iter()
        .map(|indicator| CellParser::new(indicator))
        .collect();
    let rows = table.row_count();
    let dataset = Dataset {
        entities: Vec::with_capacity(rows),
        columns: (0..parsers.len())
            .map(|_| Vec::with_capacity(rows))
            .collect(),
        ..Dataset::default()
    };
    let mut binder = Binder {
        table,
        columns: &columns,
        parsers: &parsers,
        options,
        findings,
        dataset,
        seen: HashMap::with_capacity(rows),
    };
    for row in table.rows() {
        binder.row(row);
    }
    binder.look_alike_periods();
    match binder.findings.is_empty() {
        true => Ok(binder.dataset),
        false => Err(DataErrors {
            findings: binder.findings,
        }),
    }
}

fn empty_sources(table: &Table) -> Vec<Finding> {
    let mut counts = vec![0usize; table.sources().len()];
    table.rows().for_each(|row| counts[row.source()] += 1);
    let empty = table
        .sources()
        .iter()
        .zip(counts)
        .filter(|(_, count)| *count == 0);
    let message = "the file has a header but no data rows";
    empty
        .map(|(source, _)| NO_DATA.error(&source.name, source.header_line, "", message.to_owned()))
        .collect()
}

struct Binder<'a> {
    table: &'a Table,
    columns: &'a Columns<'a>,
    parsers: &'a [CellParser],
    options: &'a BindOptions,
    findings: Vec<Finding>,
    dataset: Dataset,
    /// (period, id) → the row that first had it.
    seen: HashMap<(&'a str, &'a str), Row<'a>>,
}

impl<'a> Binder<'a> {
    fn row(&mut self, row: Row<'a>) {
        if !self.has_width(row) {
            return;
        }
        let entity = self.entity(row);
        let id = entity.as_ref().map_or("", |entity| entity.id.as_str());
        self.values(row, id);
        match entity {
            Some(entity) => self.dataset.entities.push(entity),
            // The row's findings fail the binding; its values still go, one row too many.
            None => {
                let rows = self.dataset.entities.len();
                self.dataset
                    .columns
                    .iter_mut()
                    .for_each(|c| c.truncate(rows));
            }
        }
    }

    /// Whether the row has as many fields as its header; a finding when not.
    fn has_width(&mut self, row: Row) -> bool {
        let source = self.table.source_of(row);
        let (fields, width) = (row.fields(), source.width);
        let (code, key) = match fields.cmp(&width) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => (SHORT_ROW, "finding-short-row"),
            std::cmp::Ordering::Greater => (LONG_ROW, "finding-long-row"),
        };
        let spans = (0..self.table.columns().len()).any(|column| row.get(column).contains('\n'));
        let hint = match spans {
            true => Message::new("finding-row-spans-lines"),
            false => Message::from(""),
        };
        let message = Message::new(key)
            .with("fields", fields.to_string())
            .with("width", width.to_string())
            .with("hint", hint);
        self.findings
            .push(code.error(&source.name, row.line(), "", message));
        false
    }

    /// The row's entity, or `None` (with a finding) when its id or period is empty or a duplicate.
    fn entity(&mut self, row: Row<'a>) -> Option<Entity> {
        let source = self.table.source_of(row);
        let id_column = self.columns.id?;
        let id = row.get(id_column.index).trim();
        if is_missing(id) {
            let message = Message::new("finding-empty-id").with("column", id_column.name);
            self.findings
                .push(EMPTY_ID.error(&source.name, row.line(), id_column.name, message));
            return None;
        }
        let period = match self.columns.period {
            Some(column) => match row.get(column.index).trim() {
                empty if is_missing(empty) => {
                    let message = Message::new("finding-empty-period")
                        .with("column", column.name)
                        .with("id", cut(id));
                    self.findings.push(EMPTY_PERIOD.error(
                        &source.name,
                        row.line(),
                        column.name,
                        message,
                    ));
                    return None;
                }
                period => Some(period),
            },
            None => None,
        };
        for (value, column) in [(Some(id), id_column.name), (period, self.period_name())] {
            if let Some(character) = value.and_then(invisible_in) {
                let value = value.unwrap_or_default();
                let message = Message::new("finding-invisible-character")
                    .with("column", column)
                    .with("value", cut(value))
                    .with("character", character);
                self.findings.push(INVISIBLE_CHARACTER.error(
                    &source.name,
                    row.line(),
                    column,
                    message,
                ));
                return None;
            }
        }
        let key = (period.unwrap_or(""), id);
        if let Some(&first) = self.seen.get(&key) {
            self.duplicate(row, first, id, period);
            return None;
        }
        self.seen.insert(key, row);
        let name = self
            .columns
            .name
            .map_or("", |column| row.get(column.index).trim());
        let groups = self
            .columns
            .groups
            .iter()
            .map(|column| column.map_or("", |c| row.get(c.index).trim()).to_owned())
            .collect();
        let row_ref = RowRef {
            file: source.name.clone(),
            line: row.line(),
        };
        let synthetic = self.synthetic(row)?;
        Some(Entity {
            id: id.to_owned(),
            name: name.to_owned(),
            groups,
            period: period.map(str::to_owned),
            row: row_ref,
            synthetic,
        })
    }

    /// Whether the `synthetic` column (when there is one) marks the row: yes/no, empty is no;
    /// anything else is a finding, as an unreadable yes/no value would be.
    fn synthetic(&mut self, row: Row) -> Option<bool> {
        let Some(column) = self.columns.synthetic else {
            return Some(false);
        };
        let cell = row.get(column.index).trim();
        if is_missing(cell) {
            return Some(false);
        }
        match read_bool(cell) {
            Ok(yes) => Some(yes),
            Err(problem) => {
                let source = self.table.source_of(row);
                let message = Message::new("finding-cell")
                    .with("column", column.name)
                    .with("value", cut(cell))
                    .with("reason", problem.reason);
                self.findings.push(problem.code.error(
                    &source.name,
                    row.line(),
                    column.name,
                    message,
                ));
                None
            }
        }
    }

    fn period_name(&self) -> &'a str {
        self.columns.period.map_or("", |column| column.name)
    }

    /// Two spellings of one period (`2024`, `2024.0`) would be two periods: an error naming both.
    fn look_alike_periods(&mut self) {
        let Some(column) = self.columns.period else {
            return;
        };
        let mut first: HashMap<&str, &RowRef> = HashMap::new();
        let mut spellings: Vec<&str> = Vec::new();
        for entity in &self.dataset.entities {
            if let Some(period) = entity.period.as_deref() {
                first.entry(period).or_insert_with(|| {
                    spellings.push(period);
                    &entity.row
                });
            }
        }
        for (one, other) in period::look_alikes(&spellings) {
            let (at, again) = (first[one], first[other]);
            let message = Message::new("finding-look-alike-period")
                .with("column", column.name)
                .with("one", cut(one))
                .with("file", &*at.file)
                .with("line", at.line.to_string())
                .with("other", cut(other));
            self.findings.push(LOOK_ALIKE_PERIOD.error(
                &again.file,
                again.line,
                column.name,
                message,
            ));
        }
    }

    fn duplicate(&mut self, row: Row<'a>, first: Row<'a>, id: &str, period: Option<&str>) {
        let source = self.table.source_of(row);
        let first_source = self.table.source_of(first);
        let key = match period {
            Some(_) => "finding-duplicate-id-in-period",
            None => "finding-duplicate-id",
        };
        let column = self.columns.id.map_or("", |column| column.name);
        let message = Message::new(key)
            .with("column", column)
            .with("id", cut(id))
            .with("period", cut(period.unwrap_or_default()))
            .with("file", &*first_source.name)
            .with("line", first.line().to_string());
        self.findings
            .push(DUPLICATE_ID.error(&source.name, row.line(), column, message));
    }

    /// The row's raw values onto the dataset's columns, in indicator order; bad ones missing
    /// under `lenient`, else findings.
    fn values(&mut self, row: Row, id: &str) {
        let source = self.table.source_of(row);
        let decimal_comma = source.decimal_comma();
        let mut values = std::mem::take(&mut self.dataset.columns);
        let indicators = self.parsers.iter().zip(&self.columns.indicators);
        for ((parser, column), values) in indicators.zip(&mut values) {
            let Some(column) = column else {
                values.push(RawCell::MISSING);
                continue;
            };
            let cell = row.get(column.index);
            values.push(RawCell::from(match parser.parse(cell, decimal_comma) {
                Ok(value) => value,
                Err(problem) if self.options.lenient => {
                    let row_ref = RowRef {
                        file: source.name.clone(),
                        line: row.line(),
                    };
                    let note = ValueNote {
                        row: row_ref,
                        entity: id.to_owned(),
                        column: column.name.to_owned(),
                        value: cut(cell.trim()).into_owned(),
                        reason: problem.reason,
                    };
                    self.dataset.lenient.push(note);
                    None
                }
                Err(problem) => {
                    let message = Message::new("finding-cell")
                        .with("column", cut(column.name))
                        .with("value", cut(cell.trim()))
                        .with("reason", problem.reason);
                    self.findings.push(problem.code.error(
                        &source.name,
                        row.line(),
                        column.name,
                        message,
                    ));
                    None
                }
            }));
        }
        self.dataset.columns = values;
    }
}

#[cfg(test)]
mod tests;
