//! Binding a text table to the criteria: entities and raw values, with every problem found at once.
//!
//! Structural problems (a missing column, a short or long row, an empty or duplicate id, an empty
//! period, a file without rows) always fail. Bad values fail too, unless `lenient`: then each
//! becomes missing and is listed in [`Dataset::lenient`].

use std::collections::HashMap;

use rayon::prelude::*;

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
    bind_in(table, criteria, options, BLOCK_ROWS)
}

/// [`bind`], reading the values in blocks of `block_rows` rows.
fn bind_in(
    table: &Table,
    criteria: &Criteria,
    options: &BindOptions,
    block_rows: usize,
) -> Result<Dataset, DataErrors> {
    let mut findings = Vec::new();
    let columns = Columns::resolve(table, criteria, &mut findings);
    findings.extend(empty_sources(table));
    let indicators = criteria.indicators();
    let parsers: Vec<CellParser> = indicators
        .iter()
        .map(|indicator| CellParser::new(indicator))
        .collect();
    // The communes (one row after another: ids must be unique) and the values (by blocks of
    // rows, on all cores) at the same time; their findings are then merged in row order.
    let (mut binder, values) = rayon::join(
        || {
            let mut binder = Binder {
                table,
                columns: &columns,
                findings: Vec::new(),
                rows_of: Vec::new(),
                entities: Vec::with_capacity(table.row_count()),
                seen: HashMap::with_capacity(table.row_count()),
            };
            table
                .rows()
                .enumerate()
                .for_each(|(k, row)| binder.row(k, row));
            binder
        },
        || Values::read(table, &columns, &parsers, options, block_rows),
    );
    let rows_of = std::mem::take(&mut binder.rows_of);
    let of_entities = rows_of
        .into_iter()
        .zip(std::mem::take(&mut binder.findings));
    findings.extend(merge_by_row(of_entities, values.findings));
    binder.findings = findings;
    // A row without a commune is a finding, so the values (one per row as wide as its file's
    // header) are the communes' whenever the binding succeeds.
    binder.look_alike_periods();
    let dataset = Dataset {
        entities: binder.entities,
        columns: values.columns,
        lenient: values.lenient,
    };
    match binder.findings.is_empty() {
        true => Ok(dataset),
        false => Err(DataErrors {
            findings: binder.findings,
        }),
    }
}

/// The findings of rows (keyed by row, in row order) of the communes and of the values, in row
/// order: a row's commune findings before its value findings.
fn merge_by_row(
    entities: impl Iterator<Item = (usize, Finding)>,
    values: Vec<(usize, Finding)>,
) -> Vec<Finding> {
    let mut merged = Vec::with_capacity(values.len());
    let mut values = values.into_iter().peekable();
    for (row, finding) in entities {
        while let Some((_, value)) = values.next_if(|(at, _)| *at < row) {
            merged.push(value);
        }
        merged.push(finding);
    }
    merged.extend(values.map(|(_, finding)| finding));
    merged
}

/// Rows read for their values on one core at a time.
const BLOCK_ROWS: usize = 2048;

/// The indicators' raw values of every row as wide as its header, with the findings (or, under
/// `lenient`, the notes) of bad ones, each keyed by its row.
struct Values {
    columns: Vec<Vec<RawCell>>,
    /// Keyed by table row.
    findings: Vec<(usize, Finding)>,
    lenient: Vec<ValueNote>,
}

/// What reading one block of rows found.
type Found = (Vec<(usize, Finding)>, Vec<ValueNote>);

impl Values {
    fn read(
        table: &Table,
        columns: &Columns,
        parsers: &[CellParser],
        options: &BindOptions,
        block_rows: usize,
    ) -> Values {
        let wide: Vec<usize> = table
            .rows()
            .enumerate()
            .filter(|(_, row)| row.fields() == table.source_of(*row).width)
            .map(|(k, _)| k)
            .collect();
        let block_rows = block_rows.max(1);
        let mut values: Vec<Vec<RawCell>> = (0..parsers.len())
            .map(|_| vec![RawCell::MISSING; wide.len()])
            .collect();
        // Each block of rows fills its own part of every column.
        let mut parts: Vec<Vec<&mut [RawCell]>> = (0..wide.len().div_ceil(block_rows))
            .map(|_| Vec::with_capacity(parsers.len()))
            .collect();
        for column in &mut values {
            for (part, block) in column.chunks_mut(block_rows).zip(&mut parts) {
                block.push(part);
            }
        }
        let found: Vec<Found> = wide
            .par_chunks(block_rows)
            .zip(parts)
            .map(|(rows, mut parts)| {
                Values::block(table, columns, parsers, options, rows, &mut parts)
            })
            .collect();
        let (findings, lenient) = found.into_iter().fold(
            (Vec::new(), Vec::new()),
            |(mut findings, mut lenient), (more, notes)| {
                findings.extend(more);
                lenient.extend(notes);
                (findings, lenient)
            },
        );
        Values {
            columns: values,
            findings,
            lenient,
        }
    }

    /// The values of table rows `rows` into `parts` (one per indicator, a value per row).
    fn block(
        table: &Table,
        columns: &Columns,
        parsers: &[CellParser],
        options: &BindOptions,
        rows: &[usize],
        parts: &mut [&mut [RawCell]],
    ) -> Found {
        let (mut findings, mut lenient) = (Vec::new(), Vec::new());
        for (w, &k) in rows.iter().enumerate() {
            let row = table.row(k);
            let source = table.source_of(row);
            let decimal_comma = source.decimal_comma();
            let indicators = parsers.iter().zip(&columns.indicators);
            for ((parser, column), values) in indicators.zip(parts.iter_mut()) {
                // A column the data lack stays missing.
                let Some(column) = column else {
                    continue;
                };
                let cell = row.get(column.index);
                values[w] = RawCell::from(match parser.parse(cell, decimal_comma) {
                    Ok(value) => value,
                    Err(problem) if options.lenient => {
                        let id = columns.id.map_or("", |column| row.get(column.index).trim());
                        lenient.push(ValueNote {
                            row: RowRef {
                                file: source.name.clone(),
                                line: row.line(),
                            },
                            entity: id.to_owned(),
                            column: column.name.to_owned(),
                            value: cut(cell.trim()).into_owned(),
                            reason: problem.reason,
                        });
                        None
                    }
                    Err(problem) => {
                        let message = Message::new("finding-cell")
                            .with("column", cut(column.name))
                            .with("value", cut(cell.trim()))
                            .with("reason", problem.reason);
                        let finding =
                            problem
                                .code
                                .error(&source.name, row.line(), column.name, message);
                        findings.push((k, finding));
                        None
                    }
                });
            }
        }
        (findings, lenient)
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

/// The communes of the rows, one row after another.
struct Binder<'a> {
    table: &'a Table,
    columns: &'a Columns<'a>,
    findings: Vec<Finding>,
    /// The table row of each of `findings`.
    rows_of: Vec<usize>,
    entities: Vec<Entity>,
    /// (period, id) → the row that first had it.
    seen: HashMap<(&'a str, &'a str), Row<'a>>,
}

impl<'a> Binder<'a> {
    /// Table row `k`'s commune, or its findings.
    fn row(&mut self, k: usize, row: Row<'a>) {
        let entity = match self.has_width(row) {
            true => self.entity(row),
            false => None,
        };
        self.rows_of.resize(self.findings.len(), k);
        self.entities.extend(entity);
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
        for entity in &self.entities {
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
}

#[cfg(test)]
mod tests;
