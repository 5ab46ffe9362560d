//! Which two periods of one dataset `dtm compare` compares: the two named, else the two latest.

/// Why no two periods can be chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PeriodsError {
    /// The periods are written in mixed forms (in text order), so the two latest cannot be told.
    Mixed { periods: Vec<String> },
    /// Fewer than two periods (possibly none: no period column) and none named.
    TooFew { periods: Vec<String> },
    /// Only one of the earlier and the later period was named.
    OneOfFromTo,
}

/// The earlier and the later period: `from` and `to` when both are named, else the two latest of
/// `available` — the dataset's periods in time order, or `Err` with them in text order when their
/// forms are mixed.
pub fn periods(
    available: Result<Vec<String>, Vec<String>>,
    from: Option<&str>,
    to: Option<&str>,
) -> Result<(String, String), PeriodsError> {
    if let (Some(from), Some(to)) = (from, to) {
        return Ok((from.to_owned(), to.to_owned()));
    }
    if from.is_some() || to.is_some() {
        return Err(PeriodsError::OneOfFromTo);
    }
    let available = available.map_err(|periods| PeriodsError::Mixed { periods })?;
    match available.as_slice() {
        [.., earlier, latest] => Ok((earlier.clone(), latest.clone())),
        _ => Err(PeriodsError::TooFew { periods: available }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(periods: &[&str]) -> Vec<String> {
        periods.iter().map(|p| (*p).to_owned()).collect()
    }

    #[test]
    fn the_two_latest_unless_both_are_named() {
        let ordered = Ok(list(&["2022", "2023", "2024"]));
        assert_eq!(
            periods(ordered.clone(), None, None),
            Ok(("2023".into(), "2024".into()))
        );
        assert_eq!(
            periods(ordered.clone(), Some("2024"), Some("2022")),
            Ok(("2024".into(), "2022".into()))
        );
        assert_eq!(
            periods(ordered, Some("2022"), None),
            Err(PeriodsError::OneOfFromTo)
        );
    }

    #[test]
    fn mixed_forms_need_both_names_and_one_period_is_too_few() {
        let mixed = Err(list(&["2024", "Q4-2023"]));
        assert_eq!(
            periods(mixed.clone(), None, None),
            Err(PeriodsError::Mixed {
                periods: list(&["2024", "Q4-2023"])
            })
        );
        assert_eq!(
            periods(mixed, Some("Q4-2023"), Some("2024")),
            Ok(("Q4-2023".into(), "2024".into()))
        );
        assert_eq!(
            periods(Ok(list(&["2024"])), None, None),
            Err(PeriodsError::TooFew {
                periods: list(&["2024"])
            })
        );
        assert_eq!(
            periods(Ok(Vec::new()), None, None),
            Err(PeriodsError::TooFew { periods: vec![] })
        );
    }
}
