//! The `--crosswalk-weight` column: one positive number per old unit (population, households, …).

use std::collections::HashMap;
use std::sync::Arc;

use super::findings::{At, BAD_WEIGHT};
use crate::data::{Dataset, Table};
use crate::diagnostics::cut;
use crate::diagnostics::{Finding, Message};

/// Each listed commune's weight from `column`, aligned with `dataset.entities` (1 for communes not
/// in `members`). Every bad value is a finding.
pub fn weights(
    table: &Table,
    dataset: &Dataset,
    members: &[usize],
    column: &str,
) -> Result<Vec<f64>, Vec<Finding>> {
    let Some(index) = table.column(column) else {
        let file = table.sources().first().map_or("-", |s| &*s.name);
        let at = At {
            file,
            line: 1,
            column: 0,
            name: column,
        };
        let message = Message::new("crosswalk-no-weight-column").with("column", cut(column));
        return Err(vec![BAD_WEIGHT.error(at, message)]);
    };
    let rows: HashMap<(Arc<str>, u64), usize> = table
        .rows()
        .enumerate()
        .map(|(k, row)| ((table.source_of(row).name.clone(), row.line()), k))
        .collect();
    let mut weights = vec![1.0; dataset.entities.len()];
    let mut findings = Vec::new();
    for &e in members {
        let entity = &dataset.entities[e];
        let key = (entity.row.file.clone(), entity.row.line);
        let Some(row) = rows.get(&key).map(|&k| table.row(k)) else {
            continue;
        };
        let text = row.get(index).trim();
        let number = if table.source_of(row).decimal_comma() {
            text.replace(',', ".").parse::<f64>()
        } else {
            text.parse::<f64>()
        };
        match number {
            Ok(weight) if weight.is_finite() && weight > 0.0 => weights[e] = weight,
            _ => {
                let at = At {
                    file: &entity.row.file,
                    line: entity.row.line,
                    column: index + 1,
                    name: column,
                };
                let message = Message::new("crosswalk-bad-weight")
                    .with("id", cut(&entity.id))
                    .with("weight", cut(text));
                findings.push(BAD_WEIGHT.error(at, message));
            }
        }
    }
    if findings.is_empty() {
        Ok(weights)
    } else {
        Err(findings)
    }
}
