//! Finding the columns the criteria name (entity id, name, groups, period, indicators) in a table.

use std::borrow::Cow;

use crate::criteria::Criteria;
use crate::diagnostics::{Finding, Message, cut};

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
    /// The optional [`SYNTHETIC_COLUMN`] that marks rows of synthetic values; no finding when absent.
    pub synthetic: Option<Column<'t>>,
}

/// A data column that marks rows whose values are synthetic (yes/no); outputs then say so.
pub const SYNTHETIC_COLUMN: &str = "synthetic";

impl<'t> Columns<'t> {
    /// Look up every column the criteria name; each one missing adds a finding.
    pub fn resolve(
        table: &'t Table,
        criteria: &Criteria,
        findings: &mut Vec<Finding>,
    ) -> Columns<'t> {
        let mut lookup = |name: &str, role: Message| {
            let found = find(table, name);
            if found.is_none() {
                findings.push(missing(table, name, role));
            }
            found
        };
        let entity = &criteria.entity;
        Columns {
            id: lookup(&entity.id, Message::new("role-id")),
            name: entity
                .name
                .as_deref()
                .and_then(|name| lookup(name, Message::new("role-name"))),
            groups: entity
                .groups
                .iter()
                .map(|group| lookup(group, Message::new("role-group")))
                .collect(),
            period: entity
                .period
                .as_deref()
                .and_then(|period| lookup(period, Message::new("role-period"))),
            indicators: criteria
                .indicators()
                .iter()
                .map(|indicator| {
                    let role = Message::new("role-indicator").with("id", indicator.id.as_str());
                    lookup(indicator.column(), role)
                })
                .collect(),
            synthetic: find(table, SYNTHETIC_COLUMN),
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

fn missing(table: &Table, name: &str, role: Message) -> Finding {
    const LISTED: usize = 30;
    let columns: Vec<&str> = table
        .columns()
        .iter()
        .map(String::as_str)
        .filter(|c| !c.is_empty())
        .collect();
    let listed = columns
        .iter()
        .take(LISTED)
        .map(|c| format!("'{}'", cut(c)))
        .collect::<Vec<_>>()
        .join(", ");
    let more = match columns.len() > LISTED {
        true => Message::new("finding-and-more").with("count", columns.len() - LISTED),
        false => Message::from(""),
    };
    let hint = match closest(name, columns.iter().copied()) {
        Some(suggestion) => {
            Message::new("finding-did-you-mean").with("suggestion", cut(suggestion))
        }
        None => Message::from(""),
    };
    let message = match columns.is_empty() {
        true => Message::new("finding-missing-column-none").with("column", name),
        false => Message::new("finding-missing-column").with("column", cut(name)),
    }
    .with("role", role)
    .with("listed", listed)
    .with("more", more)
    .with("hint", hint);
    let (file, line) = table
        .sources()
        .first()
        .map_or(("", 0), |source| (&*source.name, source.header_line));
    MISSING_COLUMN.error(file, line, name, message)
}
