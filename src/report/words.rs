//! How numbers, levels, raw values, targets and treatments are written for people (tables,
//! Markdown, sentences), in the language asked for. Machine formats (CSV, JSON) do not use these.

use super::model::RawValue;
use super::{Lang, t};
use crate::analysis::gaps::Target;
use crate::criteria::{Criteria, Direction};
use crate::score::Treatment;

/// A group column as a header or a name in a sentence: the well-known columns (`district`,
/// `former_district`, `kind`) by their display name in `lang`, any other as the data name it.
/// Machine formats keep the column's own name.
pub fn group_header(column: &str, lang: Lang) -> String {
    match column {
        "district" => t(lang, "report-group-district", &[]),
        "former_district" => t(lang, "report-group-former-district", &[]),
        "kind" => t(lang, "report-group-kind", &[]),
        other => other.to_owned(),
    }
}

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

/// A weight to three significant digits, without trailing zeros (1/7 is 0.143, 1/2 is 0.5, 1 is 1),
/// so that unequal small weights do not read alike.
pub fn weight(value: f64) -> String {
    if value == 0.0 || !value.is_finite() {
        return number(Some(value));
    }
    let magnitude = value.abs().log10().floor();
    let decimals = (2.0 - magnitude).clamp(0.0, 9.0) as usize;
    let text = format!("{value:.decimals$}");
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        text
    }
}

/// One decimal, always shown (scores: 72.0).
pub fn score(value: Option<f64>) -> String {
    value.map_or_else(|| "–".to_owned(), |x| format!("{x:.1}"))
}

/// A share of 0–1 as a whole percentage ("97 %").
pub fn percent(share: f64) -> String {
    format!("{:.0} %", share * 100.0)
}

/// A share of 0–1 as a percentage with one decimal ("12.5 %").
pub fn percent_1(share: f64) -> String {
    format!("{:.1} %", share * 100.0)
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

/// The level's name in `lang` (a criteria language code); empty when there is none.
pub fn level(criteria: &Criteria, level: Option<usize>, lang: &str) -> String {
    level
        .and_then(|l| criteria.levels.get(l))
        .map_or_else(String::new, |l| l.name.get(lang).to_owned())
}

/// A raw value as the data hold it: a number, yes/no in `lang`, or the category label; "–" when
/// missing.
pub fn raw(value: Option<&RawValue>, lang: Lang) -> String {
    match value {
        None => "–".to_owned(),
        Some(RawValue::Number(x)) => x.to_string(),
        Some(RawValue::Bool(true)) => t(lang, "common-yes", &[]),
        Some(RawValue::Bool(false)) => t(lang, "common-no", &[]),
        Some(RawValue::Label(label)) => label.clone(),
    }
}

/// A target in words. Thresholds are rounded away from the goal's side (≥ up, ≤ down) to one
/// decimal, so that the rounded target still suffices.
pub fn target(target: &Target, lang: Lang) -> String {
    match target {
        Target::AtLeast { value } => {
            format!("≥ {}", number(Some((value * 10.0 - 1e-9).ceil() / 10.0)))
        }
        Target::AtMost { value } => {
            format!("≤ {}", number(Some((value * 10.0 + 1e-9).floor() / 10.0)))
        }
        Target::Yes => t(lang, "common-yes", &[]),
        Target::Label { label } => t(lang, "target-label", &[("label", label.into())]),
        Target::Relative { direction, hint } => {
            let way = match direction {
                Direction::Higher => t(lang, "target-higher", &[]),
                Direction::Lower => t(lang, "target-lower", &[]),
            };
            match hint {
                Some(hint) => t(
                    lang,
                    "target-relative-about",
                    &[("way", way.into()), ("hint", number(Some(*hint)).into())],
                ),
                None => t(lang, "target-relative", &[("way", way.into())]),
            }
        }
    }
}

/// What happened to a missing value, in a few words; `group` is an imputed value's donor group
/// (see [`Treatment::group`]).
pub fn treatment(treatment: &Treatment, group: Option<&str>, lang: Lang) -> String {
    match (treatment, group) {
        (
            Treatment::Imputed {
                score: value,
                donors,
                ..
            },
            Some(group),
        ) => t(
            lang,
            "treatment-imputed-group",
            &[
                ("score", score(Some(*value)).into()),
                ("donors", (*donors).into()),
                ("group", group.into()),
            ],
        ),
        (
            Treatment::Imputed {
                score: value,
                donors,
                ..
            },
            None,
        ) => t(
            lang,
            "treatment-imputed",
            &[
                ("score", score(Some(*value)).into()),
                ("donors", (*donors).into()),
            ],
        ),
        (Treatment::Zeroed, _) => t(lang, "treatment-zeroed", &[]),
        (Treatment::Dropped, _) => t(lang, "treatment-dropped", &[]),
        (Treatment::NoDonor, _) => t(lang, "treatment-no-donor", &[]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn well_known_group_columns_have_display_names_in_vietnamese_only() {
        for column in ["district", "former_district", "kind", "zone"] {
            assert_eq!(group_header(column, Lang::En), column);
        }
        assert_eq!(group_header("former_district", Lang::Vi), "huyện cũ");
        assert_eq!(group_header("kind", Lang::Vi), "loại");
        assert_eq!(group_header("zone", Lang::Vi), "zone");
    }

    #[test]
    fn numbers_and_targets_read_well_and_targets_still_suffice() {
        assert_eq!(number(Some(53.0)), "53");
        assert_eq!(number(Some(81.44)), "81.4");
        assert_eq!(delta(Some(-1.04)), "−1.0");
        let at_least = |value| target(&Target::AtLeast { value }, Lang::En);
        assert_eq!(at_least(47.94), "≥ 48");
        assert_eq!(at_least(48.0), "≥ 48");
        assert_eq!(target(&Target::AtMost { value: 16.56 }, Lang::En), "≤ 16.5");
        assert_eq!(target(&Target::Yes, Lang::Vi), "có");
        assert_eq!(raw(Some(&RawValue::Bool(false)), Lang::Vi), "không");
    }

    #[test]
    fn weights_keep_three_significant_digits() {
        assert_eq!(weight(1.0 / 7.0), "0.143");
        assert_eq!(weight(0.5), "0.5");
        assert_eq!(weight(1.0), "1");
        assert_eq!(weight(0.25), "0.25");
        assert_eq!(weight(0.0123456), "0.0123");
        assert_eq!(weight(30.0), "30");
        assert_eq!(weight(0.0), "0");
    }
}
