//! Periods as a person reads them: `2024`, `2024-9`, `Q4-2024` (or `2024-Q4`), `2024-03-31`.
//!
//! Periods of one form are ordered by time (numbers numerically, year-month and year-quarter by
//! their year first, ISO dates by day), so `2024-9` comes before `2024-10` and `Q4-2024` before
//! `Q1-2025`. Periods of mixed or unknown forms have no order dtm would dare to guess: the latest
//! of them is for the user to name. Two spellings of one period (`2024` and `2024.0`) are an error
//! in the data, found by [`Key`] equality.

use std::cmp::Ordering;

/// What a period means, when dtm can tell.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Key {
    /// A plain number (a year, a survey round).
    Number(f64),
    YearMonth {
        year: i32,
        month: u8,
    },
    YearQuarter {
        year: i32,
        quarter: u8,
    },
    Date {
        year: i32,
        month: u8,
        day: u8,
    },
}

impl Key {
    /// The meaning of `text`, or `None` when it is none of the known forms.
    pub fn of(text: &str) -> Option<Key> {
        let text = text.trim();
        if let Ok(number) = text.parse::<f64>() {
            return number.is_finite().then_some(Key::Number(number));
        }
        quarter(text).or_else(|| dated(text))
    }

    fn same_form(self, other: Key) -> bool {
        std::mem::discriminant(&self) == std::mem::discriminant(&other)
    }

    fn cmp_time(self, other: Key) -> Ordering {
        match (self, other) {
            (Key::Number(a), Key::Number(b)) => a.total_cmp(&b),
            (Key::YearMonth { year, month }, Key::YearMonth { year: y, month: m }) => {
                (year, month).cmp(&(y, m))
            }
            (
                Key::YearQuarter { year, quarter },
                Key::YearQuarter {
                    year: y,
                    quarter: q,
                },
            ) => (year, quarter).cmp(&(y, q)),
            (
                Key::Date { year, month, day },
                Key::Date {
                    year: y,
                    month: m,
                    day: d,
                },
            ) => (year, month, day).cmp(&(y, m, d)),
            _ => Ordering::Equal,
        }
    }
}

/// `Q4-2024`, `Q4/2024`, `Q4 2024`, `2024-Q4`, `2024Q4` (any case).
fn quarter(text: &str) -> Option<Key> {
    let upper = text.to_ascii_uppercase();
    let (year, quarter) = match upper.strip_prefix('Q') {
        Some(rest) => {
            let (quarter, year) = rest.split_once(['-', '/', ' ', '.'])?;
            (year, quarter)
        }
        None => {
            let (year, quarter) = upper.split_once('Q')?;
            (year.trim_end_matches(['-', '/', ' ', '.']), quarter)
        }
    };
    let year = whole(year, 4)?;
    let quarter = u8::try_from(whole(quarter, 1)?).ok()?;
    (1..=4)
        .contains(&quarter)
        .then_some(Key::YearQuarter { year, quarter })
}

/// `2024-9`, `2024-09`, `2024/09`, and ISO dates `2024-03-31`.
fn dated(text: &str) -> Option<Key> {
    let parts: Vec<&str> = text.split(['-', '/']).collect();
    let year = whole(parts.first()?, 4)?;
    let month = u8::try_from(whole(parts.get(1)?, 2)?).ok()?;
    if !(1..=12).contains(&month) {
        return None;
    }
    match parts.get(2) {
        None => Some(Key::YearMonth { year, month }),
        Some(day) if parts.len() == 3 => {
            let day = u8::try_from(whole(day, 2)?).ok()?;
            (1..=31)
                .contains(&day)
                .then_some(Key::Date { year, month, day })
        }
        Some(_) => None,
    }
}

/// A whole number of at most `digits` ASCII digits (at least one).
fn whole(text: &str, digits: usize) -> Option<i32> {
    let text = text.trim();
    let valid =
        !text.is_empty() && text.len() <= digits && text.bytes().all(|b| b.is_ascii_digit());
    valid.then(|| text.parse().ok()).flatten()
}

/// The periods in time order when they share one known form; otherwise `Err` with them in text
/// order (no latest can be told). Duplicates are removed.
pub fn order(periods: &[String]) -> Result<Vec<String>, Vec<String>> {
    let mut sorted = periods.to_vec();
    sorted.sort();
    sorted.dedup();
    if sorted.len() < 2 {
        return Ok(sorted);
    }
    let keys: Option<Vec<Key>> = sorted.iter().map(|p| Key::of(p)).collect();
    let Some(keys) = keys else {
        return Err(sorted);
    };
    if keys.windows(2).any(|pair| !pair[0].same_form(pair[1])) {
        return Err(sorted);
    }
    let mut keyed: Vec<(Key, String)> = keys.into_iter().zip(sorted).collect();
    keyed.sort_by(|(a, x), (b, y)| a.cmp_time(*b).then_with(|| x.cmp(y)));
    Ok(keyed.into_iter().map(|(_, period)| period).collect())
}

/// Pairs of different spellings of one period (`2024` and `2024.0`), each pair once, first
/// spelling as met first.
pub fn look_alikes<'p>(periods: &[&'p str]) -> Vec<(&'p str, &'p str)> {
    let mut seen: Vec<(Key, &str)> = Vec::new();
    let mut pairs = Vec::new();
    for &period in periods {
        let Some(key) = Key::of(period) else { continue };
        match seen.iter().find(|(k, _)| *k == key) {
            Some((_, first)) if *first != period => {
                if !pairs.contains(&(*first, period)) {
                    pairs.push((*first, period));
                }
            }
            Some(_) => {}
            None => seen.push((key, period)),
        }
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ordered(periods: &[&str]) -> Result<Vec<String>, Vec<String>> {
        order(&periods.iter().map(|p| p.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn numbers_are_ordered_numerically() {
        assert_eq!(
            ordered(&["10", "9", "2024", "9"]).unwrap(),
            ["9", "10", "2024"]
        );
    }

    #[test]
    fn months_quarters_and_dates_are_ordered_by_time() {
        assert_eq!(
            ordered(&["2024-10", "2024-9", "2023-12"]).unwrap(),
            ["2023-12", "2024-9", "2024-10"]
        );
        assert_eq!(
            ordered(&["Q1-2025", "Q4-2024", "q2-2024"]).unwrap(),
            ["q2-2024", "Q4-2024", "Q1-2025"]
        );
        assert_eq!(
            ordered(&["2025-Q1", "2024-Q4"]).unwrap(),
            ["2024-Q4", "2025-Q1"]
        );
        assert_eq!(
            ordered(&["2024-12-01", "2024-02-29"]).unwrap(),
            ["2024-02-29", "2024-12-01"]
        );
    }

    #[test]
    fn mixed_or_unknown_forms_have_no_order() {
        assert!(ordered(&["2024", "2024-Q4"]).is_err());
        assert!(ordered(&["spring", "autumn"]).is_err());
        assert!(ordered(&["2024-13", "2024-12"]).is_err());
        assert_eq!(ordered(&["x", "y"]).unwrap_err(), ["x", "y"]);
        assert_eq!(ordered(&["x"]).unwrap(), ["x"], "one period is the latest");
    }

    #[test]
    fn look_alike_spellings_are_paired() {
        assert_eq!(
            look_alikes(&["2024", "2024.0", "2024", "2023"]),
            [("2024", "2024.0")]
        );
        assert_eq!(look_alikes(&["2024-9", "2024-09"]), [("2024-9", "2024-09")]);
        assert_eq!(
            look_alikes(&["Q4-2024", "2024-Q4"]),
            [("Q4-2024", "2024-Q4")]
        );
        assert!(look_alikes(&["2024-9", "2024-10", "spring"]).is_empty());
    }
}
