//! Choosing what the ranked table shows: rank by a pillar (`--by`), rank within a group
//! (`--group`), keep matching communes (`--filter`), cut to the first N (`--top`).
//!
//! Ranks are always computed over every commune of the period; filters and `--top` only choose
//! which rows are shown (DESIGN §3).

use crate::score::rank::{rank, rank_within};
use crate::score::{Assessment, EntityResult};
use crate::suggest;

/// What to show.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    /// Rank by this pillar, group or indicator id instead of the overall score.
    pub by: Option<String>,
    /// Rank within each value of this group column, rows grouped by it.
    pub group: Option<String>,
    /// `(column, value)`: keep communes whose group column (or `id`, `name`) equals the value,
    /// compared case-insensitively.
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

/// Why a selection cannot be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SelectionError {
    #[error("--by '{0}' is not a pillar, group or indicator id{1}")]
    UnknownNode(String, String),
    #[error("'{0}' is not a group column; the criteria's groups are: {1}{2}")]
    UnknownGroup(String, String, String),
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
                SelectionError::UnknownNode(id.clone(), suggest::did_you_mean(id, ids))
            })?;
            entities
                .iter()
                .map(|e| (e.scores[node], e.id.as_str()))
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
        rows.sort_by(|a, b| values[a.0].cmp(values[b.0]));
    }
    for (column, _) in &selection.filters {
        if !matches!(column.as_str(), "id" | "name") {
            group_index(assessment, column)?;
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
            SelectionError::UnknownGroup(
                column.to_owned(),
                if columns.is_empty() {
                    "none".to_owned()
                } else {
                    columns.join(", ")
                },
                suggest::did_you_mean(column, columns.iter().map(String::as_str)),
            )
        })
}

fn group_value<'a>(assessment: &Assessment, entity: &'a EntityResult, column: &str) -> &'a str {
    match assessment.group_columns.iter().position(|c| c == column) {
        Some(g) => &entity.groups[g],
        None => "",
    }
}

fn matches(assessment: &Assessment, entity: &EntityResult, column: &str, value: &str) -> bool {
    let actual = match column {
        "id" => entity.id.as_str(),
        "name" => entity.name.as_str(),
        _ => group_value(assessment, entity, column),
    };
    actual.trim().to_lowercase() == value.trim().to_lowercase()
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
