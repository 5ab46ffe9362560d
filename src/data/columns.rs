//! Finding the columns the criteria name (entity id, name, groups, period, indicators) in a table.

use std::borrow::Cow;

use crate::criteria::Criteria;
use crate::diagnostics::{Finding, cut};

use super::csv::nfc;
use super::findings::MISSING_COLUMN;
use super::table::Table;
use crate::suggest::closest;

/// A column of the table: its index and its name as the header writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column<'t> {
    pub index: usize,
    pub name: &'t str,
}

/// The columns the criteria read; `None` where the table lacks one (and a finding says so).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Columns<'t> {
    pub id: Option<Column<'t>>,
    pub name: Option<Column<'t>>,
    /// One per `entity.groups` column, in that order.
    pub groups: Vec<Option<Column<'t>>>,
    pub period: Option<Column<'t>>,
    /// One per indicator, in `Criteria::indicators()` order.
    pub indicators: Vec<Option<Column<'t>>>,
}

impl<'t> Columns<'t> {
    /// Look up every column the criteria name; each one missing adds a finding.
    pub fn resolve(
        table: &'t Table,
        criteria: &Criteria,
        findings: &mut Vec<Finding>,
    ) -> Columns<'t> {
        let mut lookup = |name: &str, role: &str| {
            let found = find(table, name);
            if found.is_none() {
                findings.push(missing(table, name, role));
            }
            found
        };
        let entity = &criteria.entity;
        Columns {
            id: lookup(&entity.id, "the commune id column"),
            name: entity
                .name
                .as_deref()
                .and_then(|name| lookup(name, "the commune name column")),
            groups: entity
                .groups
                .iter()
                .map(|group| lookup(group, "a group column"))
                .collect(),
            period: entity
                .period
                .as_deref()
                .and_then(|period| lookup(period, "the period column")),
            indicators: criteria
                .indicators()
                .iter()
                .map(|indicator| {
                    lookup(
                        indicator.column(),
                        &format!("the column of indicator '{}'", indicator.id),
                    )
                })
                .collect(),
        }
    }
}

/// The column named `name` (trimmed, NFC: criteria files need not be normalised).
fn find<'t>(table: &'t Table, name: &str) -> Option<Column<'t>> {
    let name = nfc(Cow::Borrowed(name.trim()));
    let index = table.column(&name)?;
    Some(Column {
        index,
        name: table.columns()[index].as_str(),
    })
}

fn missing(table: &Table, name: &str, role: &str) -> Finding {
    const LISTED: usize = 30;
    let columns: Vec<&str> = table
        .columns()
        .iter()
        .map(String::as_str)
        .filter(|c| !c.is_empty())
        .collect();
    let mut listed = columns
        .iter()
        .take(LISTED)
        .map(|c| format!("'{}'", cut(c)))
        .collect::<Vec<_>>()
        .join(", ");
    if columns.len() > LISTED {
        listed.push_str(&format!(" and {} more", columns.len() - LISTED));
    }
    let mut message = format!(
        "column '{}' ({role}) is not in the data; the data has columns {listed}",
        cut(name)
    );
    if columns.is_empty() {
        message =
            format!("column '{name}' ({role}) is not in the data, which has no named columns");
    }
    if let Some(suggestion) = closest(name, columns.iter().copied()) {
        message.push_str(&format!("; did you mean '{}'?", cut(suggestion)));
    }
    let (file, line) = table
        .sources()
        .first()
        .map_or(("", 0), |source| (&*source.name, source.header_line));
    MISSING_COLUMN.error(file, line, name, message)
}
