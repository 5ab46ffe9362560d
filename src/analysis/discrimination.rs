//! Indicators that do not discriminate: a relative scale (minmax, percentile) on which every
//! commune of a period has the same value gives each one 100, so it tells no commune apart.
//! `dtm check --data` reports them as warnings.

use crate::criteria::Criteria;
use crate::data::{self, Dataset};
use crate::diagnostics::{Finding, Message};
use crate::score::{self, ScoreError, ScoreOptions};

/// A `D017 does-not-discriminate` warning for each relative-scale indicator whose observed
/// values are all equal, per period; `file` names the data as findings show it.
pub fn findings(
    criteria: &Criteria,
    dataset: &Dataset,
    file: &str,
) -> Result<Vec<Finding>, ScoreError> {
    let mut findings = Vec::new();
    for period in periods(dataset) {
        let options = ScoreOptions {
            period: period.clone(),
        };
        for info in &score::observe(criteria, dataset, &options)? {
            let relative = info.scale.as_ref().is_some_and(|scale| scale.is_relative());
            let Some(observed) = info.observed.as_ref().filter(|o| relative && o.constant) else {
                continue;
            };
            let message = match &period {
                Some(period) => {
                    Message::new("finding-constant-in-period").with("period", period.as_str())
                }
                None => Message::new("finding-constant"),
            }
            .with("id", info.id.as_str())
            .with("count", observed.count);
            let column = info.column.as_deref().unwrap_or(&info.id);
            findings.push(data::findings::DOES_NOT_DISCRIMINATE.warning(file, 0, column, message));
        }
    }
    Ok(findings)
}

/// Every period of the data, or the single unnamed one.
fn periods(dataset: &Dataset) -> Vec<Option<String>> {
    let periods = dataset.periods();
    if periods.is_empty() {
        vec![None]
    } else {
        periods.into_iter().map(Some).collect()
    }
}
