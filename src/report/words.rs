//! How numbers, levels, raw values and targets are written for people (tables, Markdown, reasons).
//! Machine formats (CSV, JSON) keep full precision and do not use these.

use crate::analysis::gaps::Target;
use crate::criteria::{Criteria, Direction, Scale};
use crate::data::Raw;
use crate::score::Treatment;

/// One decimal, without a trailing `.0` (53, 81.4); "–" when missing.
pub fn number(value: Option<f64>) -> String {
    match value {
        None => "–".to_owned(),
        Some(x) => {
            let text = format!("{x:.1}");
            text.strip_suffix(".0").map_or(text.clone(), str::to_owned)
        }
    }
}

/// One decimal, always shown (scores: 72.0).
pub fn score(value: Option<f64>) -> String {
    value.map_or_else(|| "–".to_owned(), |x| format!("{x:.1}"))
}

/// A value from the user cut to 80 characters for an error message.
pub fn cut(text: &str) -> String {
    match text.char_indices().nth(80) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_owned(),
    }
}

/// A share of 0–1 as a whole percentage ("97 %").
pub fn percent(share: f64) -> String {
    format!("{:.0} %", share * 100.0)
}

/// A signed change with one decimal (+3.2, −1.0, 0.0); "–" when unknown.
pub fn delta(value: Option<f64>) -> String {
    match value {
        None => "–".to_owned(),
        Some(x) if x.abs() < 0.05 => "0.0".to_owned(),
        Some(x) if x > 0.0 => format!("+{x:.1}"),
        Some(x) => format!("−{:.1}", -x),
    }
}

/// A signed whole-number change (+2, −1, 0); "–" when unknown.
pub fn places(value: Option<i64>) -> String {
    match value {
        None => "–".to_owned(),
        Some(x) if x > 0 => format!("+{x}"),
        Some(x) if x < 0 => format!("−{}", -x),
        Some(_) => "0".to_owned(),
    }
}

/// The level's name in `lang`; empty when there is none.
pub fn level(criteria: &Criteria, level: Option<usize>, lang: &str) -> String {
    level
        .and_then(|l| criteria.levels.get(l))
        .map_or_else(String::new, |l| l.name.get(lang).to_owned())
}

/// A raw value as the data would hold it: a number, yes/no, or the category label.
pub fn raw(value: Option<Raw>, scale: Option<&Scale>) -> String {
    match (value, scale) {
        (None, _) => "–".to_owned(),
        (Some(Raw::Number(x)), _) => x.to_string(),
        (Some(Raw::Bool(yes)), _) => (if yes { "yes" } else { "no" }).to_owned(),
        (Some(Raw::Label(k)), Some(Scale::Categories(c))) => {
            c.0.get(k).map_or_else(String::new, |l| l.0.clone())
        }
        (Some(Raw::Label(k)), _) => format!("label {k}"),
    }
}

/// A target in words. Thresholds are rounded away from the goal's side (≥ up, ≤ down) to one
/// decimal, so that the rounded target still suffices.
pub fn target(target: &Target) -> String {
    match target {
        Target::AtLeast { value } => {
            format!("≥ {}", number(Some((value * 10.0 - 1e-9).ceil() / 10.0)))
        }
        Target::AtMost { value } => {
            format!("≤ {}", number(Some((value * 10.0 + 1e-9).floor() / 10.0)))
        }
        Target::Yes => "yes".to_owned(),
        Target::Label { label } => format!("'{label}' or better"),
        Target::Relative { direction, hint } => {
            let way = match direction {
                Direction::Higher => "higher",
                Direction::Lower => "lower",
            };
            match hint {
                Some(hint) => format!(
                    "{way}; depends on the other communes (about {} now)",
                    number(Some(*hint))
                ),
                None => format!("{way}; depends on the other communes"),
            }
        }
    }
}

/// What happened to a missing value, in a few words.
pub fn treatment(treatment: &Treatment) -> String {
    match treatment {
        Treatment::Imputed {
            score,
            donors,
            group: Some(group),
        } => {
            format!(
                "imputed {:.1}, the mean of {donors} communes in {group}",
                score
            )
        }
        Treatment::Imputed {
            score,
            donors,
            group: None,
        } => format!("imputed {score:.1}, the mean of {donors} communes"),
        Treatment::Zeroed => "scored 0".to_owned(),
        Treatment::Dropped => "left out; the other weights renormalised".to_owned(),
        Treatment::NoDonor => "left out; no commune had a value to impute from".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_targets_read_well_and_targets_still_suffice() {
        assert_eq!(number(Some(53.0)), "53");
        assert_eq!(number(Some(81.44)), "81.4");
        assert_eq!(delta(Some(-1.04)), "−1.0");
        assert_eq!(target(&Target::AtLeast { value: 47.94 }), "≥ 48");
        assert_eq!(target(&Target::AtLeast { value: 48.0 }), "≥ 48");
        assert_eq!(target(&Target::AtMost { value: 16.56 }), "≤ 16.5");
    }
}
