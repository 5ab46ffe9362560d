//! Which communes are scored together: those of one period.

use crate::data::Dataset;

use super::ScoreError;

/// The period chosen (the latest unless `wanted`) and the positions of its communes in the
/// dataset. Without a period column every commune is scored and the period is `None`.
pub(crate) fn select(
    dataset: &Dataset,
    wanted: Option<&str>,
) -> Result<(Option<String>, Vec<usize>), ScoreError> {
    let periods = dataset.periods();
    let period = match wanted {
        Some(wanted) if periods.iter().any(|p| p == wanted) => Some(wanted.to_owned()),
        Some(wanted) => {
            return Err(ScoreError::UnknownPeriod {
                period: wanted.to_owned(),
                available: periods,
            });
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
    Ok((period, members))
}
