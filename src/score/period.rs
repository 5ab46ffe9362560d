//! Which communes are scored together: those of one period.

use crate::data::Dataset;

use super::ScoreError;

/// The communes scored together.
pub(crate) struct Selection {
    /// Every period present, ascending.
    pub periods: Vec<String>,
    /// The period chosen; `None` without a period column.
    pub period: Option<String>,
    /// Positions in the dataset of the communes of that period.
    pub members: Vec<usize>,
}

/// The period chosen (the latest unless `wanted`) and its communes. Without a period column every
/// commune is scored.
pub(crate) fn select(dataset: &Dataset, wanted: Option<&str>) -> Result<Selection, ScoreError> {
    let (periods, ordered) = match dataset.period_order() {
        Ok(periods) => (periods, true),
        Err(periods) => (periods, false),
    };
    let period = match wanted {
        Some(wanted) if periods.iter().any(|p| p == wanted) => Some(wanted.to_owned()),
        Some(wanted) => {
            return Err(ScoreError::UnknownPeriod {
                period: wanted.to_owned(),
                available: periods,
            });
        }
        None if !ordered => {
            return Err(ScoreError::UnorderedPeriods { available: periods });
        }
        None => periods.last().cloned(),
    };
    let members = dataset
        .entities
        .iter()
        .enumerate()
        .filter(|(_, entity)| period.is_none() || entity.period == period)
        .map(|(e, _)| e)
        .collect();
    Ok(Selection {
        periods,
        period,
        members,
    })
}
