//! Choosing what the ranked table shows: rank by a pillar (`--by`), rank within a group
//! (`--group`), keep matching communes (`--filter`), cut to the first N (`--top`).
//!
//! Ranks are always computed over every commune of the period; filters and `--top` only choose
//! which rows are shown (DESIGN §3).

use crate::score::rank::{rank, rank_within};
use crate::score::{Assessment, EntityResult};
use crate::suggest;

use super::names::{self, Looseness};

/// What to show.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    /// Rank by this pillar, group or indicator id instead of the overall score.
    pub by: Option<String>,
    /// Rank within each value of this group column, rows grouped by it.
    pub group: Option<String>,
    /// `(column, value)`: keep communes whose group column (or `id`, `name`) equals the value
    /// as people type it (see [`names`]); a value no commune has is an error.
    pub filters: Vec<(String, String)>,
    /// Keep the first N rows (per group value with `group`).
    pub top: Option<usize>,
}

/// A row of the ranked table: the rank shown and the commune.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Row<'a> {
    pub rank: Option<usize>,
    pub entity: &'a EntityResult,
}

/// Why a selection cannot be made (worded by `report::names`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SelectionError {
    /// `--by` names no node; `suggestion` is a close id.
    #[error("unknown node '{id}'")]
    UnknownNode {
        id: String,
        suggestion: Option<String>,
    },
    /// `--group` or `--filter` names no group column.
    #[error("unknown group column '{column}'")]
    UnknownGroup {
        column: String,
        columns: Vec<String>,
        suggestion: Option<String>,
    },
    /// A `--filter` value that no commune has; `values` are those that exist, in Vietnamese
    /// order.
    #[error("no commune has {column} = '{value}'")]
    NoMatch {
        column: String,
        value: String,
        values: Vec<String>,
    },
}

/// The rows to show, in order.
pub fn select<'a>(
    assessment: &'a Assessment,
    selection: &Selection,
) -> Result<Vec<Row<'a>>, SelectionError> {
    let entities = &assessment.entities;
    let keys: Vec<(Option<f64>, &str)> = match &selection.by {
        None => entities
            .iter()
            .map(|e| (e.overall, e.id.as_str()))
            .collect(),
        Some(id) => {
            let node = assessment.node(id).ok_or_else(|| {
                let ids = assessment.nodes.iter().map(|n| n.id.as_str());
                SelectionError::UnknownNode {
                    id: id.clone(),
                    suggestion: suggest::closest(id, ids).map(str::to_owned),
                }
            })?;
            entities
                .iter()
                .map(|e| (e.scores.get(node), e.id.as_str()))
                .collect()
        }
    };
    let (order, ranks) = rank(&keys);
    let mut rows: Vec<(usize, Option<usize>)> = order.iter().map(|&e| (e, ranks[e])).collect();
    if let Some(column) = &selection.group {
        let g = group_index(assessment, column)?;
        let values: Vec<&str> = entities.iter().map(|e| e.groups[g].as_str()).collect();
        let within = rank_within(&keys, &values);
        rows = order.iter().map(|&e| (e, within[e])).collect();
        // Stable: within a group value the order stays the rank order.
        rows.sort_by(|a, b| names::compare(values[a.0], values[b.0]));
    }
    for (column, value) in &selection.filters {
        if !matches!(column.as_str(), "id" | "name") {
            group_index(assessment, column)?;
        }
        if !entities
            .iter()
            .any(|e| matches(assessment, e, column, value))
        {
            let mut values: Vec<&str> = entities
                .iter()
                .map(|e| cell(assessment, e, column))
                .filter(|v| !v.is_empty())
                .collect();
            names::sort(&mut values);
            values.dedup();
            return Err(SelectionError::NoMatch {
                column: column.clone(),
                value: value.clone(),
                values: values.into_iter().map(str::to_owned).collect(),
            });
        }
    }
    rows.retain(|(e, _)| {
        selection
            .filters
            .iter()
            .all(|(column, value)| matches(assessment, &entities[*e], column, value))
    });
    if let Some(top) = selection.top {
        rows = keep_top(rows, top, |e| {
            selection
                .group
                .as_ref()
                .map(|c| group_value(assessment, &entities[e], c))
        });
    }
    Ok(rows
        .into_iter()
        .map(|(e, rank)| Row {
            rank,
            entity: &entities[e],
        })
        .collect())
}

fn group_index(assessment: &Assessment, column: &str) -> Result<usize, SelectionError> {
    assessment
        .group_columns
        .iter()
        .position(|c| c == column)
        .ok_or_else(|| {
            let columns = &assessment.group_columns;
            SelectionError::UnknownGroup {
                column: column.to_owned(),
                columns: columns.clone(),
                suggestion: suggest::closest(column, columns.iter().map(String::as_str))
                    .map(str::to_owned),
            }
        })
}

fn group_value<'a>(assessment: &Assessment, entity: &'a EntityResult, column: &str) -> &'a str {
    match assessment.group_columns.iter().position(|c| c == column) {
        Some(g) => &entity.groups[g],
        None => "",
    }
}

fn cell<'a>(assessment: &Assessment, entity: &'a EntityResult, column: &str) -> &'a str {
    match column {
        "id" => entity.id.as_str(),
        "name" => entity.name.as_str(),
        _ => group_value(assessment, entity, column),
    }
}

/// Whether the commune's `column` is `value` as people type it: folded, tone placement free,
/// without an administrative prefix; without marks only when the value has none itself.
fn matches(assessment: &Assessment, entity: &EntityResult, column: &str, value: &str) -> bool {
    let actual = cell(assessment, entity, column);
    let looseness = if value.is_ascii() {
        Looseness::Bare
    } else {
        Looseness::Tones
    };
    names::same(actual, value, looseness)
}

/// The first `top` rows, per value of the group when there is one.
fn keep_top<'a>(
    rows: Vec<(usize, Option<usize>)>,
    top: usize,
    group: impl Fn(usize) -> Option<&'a str>,
) -> Vec<(usize, Option<usize>)> {
    let mut seen: std::collections::HashMap<Option<&str>, usize> = std::collections::HashMap::new();
    rows.into_iter()
        .filter(|(e, _)| {
            let count = seen.entry(group(*e)).or_insert(0);
            *count += 1;
            *count <= top
        })
        .collect()
}
