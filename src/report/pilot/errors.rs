//! `dtm pilot`'s errors in words: each [`PilotError`] picks a `pilot-error-*` message of the
//! catalogue and fills it in, with values from the user cut to 80 characters.

use super::words::Words;
use crate::analysis::pilot::PilotError;
use crate::diagnostics::cut;
use crate::report::i18n::t;
use crate::report::words::number;

impl Words<'_> {
    /// An error in words.
    pub fn error(self, error: &PilotError) -> String {
        let list = |items: &[String]| {
            if items.is_empty() {
                t(self.lang, "pilot-none", &[])
            } else {
                items.join(", ")
            }
        };
        let hint = |suggestion: &Option<String>| {
            suggestion.as_ref().map_or_else(String::new, |s| {
                t(self.lang, "names-did-you-mean", &[("suggestion", s.into())])
            })
        };
        match error {
            PilotError::UnknownGate {
                gate,
                pillars,
                groups,
                suggestion,
            } => t(
                self.lang,
                "pilot-error-unknown-gate",
                &[
                    ("gate", cut(&gate.to_string()).into()),
                    ("name", cut(&gate.name).into()),
                    ("builtin", "overall, coverage, level".into()),
                    ("pillars", list(pillars).into()),
                    ("groups", list(groups).into()),
                    ("hint", hint(suggestion).into()),
                ],
            ),
            PilotError::TextForNumber(gate) => t(
                self.lang,
                "pilot-error-text-for-number",
                &[("gate", cut(&gate.to_string()).into())],
            ),
            PilotError::UnknownLevel { text, levels } => t(
                self.lang,
                "pilot-error-unknown-level",
                &[("text", cut(text).into()), ("levels", list(levels).into())],
            ),
            PilotError::OutOfRange { gate, low, high } => t(
                self.lang,
                "pilot-error-out-of-range",
                &[
                    ("gate", cut(&gate.to_string()).into()),
                    ("name", self.subject(&gate.name).into()),
                    ("low", number(Some(*low)).into()),
                    ("high", number(Some(*high)).into()),
                ],
            ),
            PilotError::UnknownValue {
                gate,
                values,
                suggestion,
            } => t(
                self.lang,
                "pilot-error-unknown-value",
                &[
                    ("gate", cut(&gate.to_string()).into()),
                    ("name", gate.name.as_str().into()),
                    ("value", cut(&gate.value.to_string()).into()),
                    ("values", list(values).into()),
                    ("hint", hint(suggestion).into()),
                ],
            ),
            PilotError::UnknownColumn {
                option,
                column,
                known,
                suggestion,
            } => t(
                self.lang,
                "pilot-error-unknown-column",
                &[
                    ("option", option.flag().into()),
                    ("column", cut(column).into()),
                    ("known", list(known).into()),
                    ("hint", hint(suggestion).into()),
                ],
            ),
            PilotError::UnknownCommune {
                exclusion,
                suggestion,
            } => t(
                self.lang,
                "pilot-error-unknown-commune",
                &[
                    ("at", from(exclusion.from.as_ref()).into()),
                    ("text", cut(&exclusion.text).into()),
                    ("hint", hint(suggestion).into()),
                ],
            ),
            PilotError::Ambiguous { exclusion, ids } => t(
                self.lang,
                "pilot-error-ambiguous",
                &[
                    ("at", from(exclusion.from.as_ref()).into()),
                    ("text", cut(&exclusion.text).into()),
                    ("count", ids.len().to_string().into()),
                    ("ids", list(ids).into()),
                ],
            ),
            PilotError::NotYesNo { id, value } => t(
                self.lang,
                "pilot-error-not-yes-no",
                &[
                    ("id", cut(id).into()),
                    ("column", crate::analysis::pilot::ALREADY_PILOTED.into()),
                    ("value", cut(value).into()),
                ],
            ),
            PilotError::NoCandidates {
                gates,
                removed,
                unscored,
                total,
                target,
            } => {
                let mut parts: Vec<String> = gates
                    .iter()
                    .map(|(gate, n)| {
                        t(
                            self.lang,
                            "pilot-error-gate-excluded",
                            &[
                                ("gate", self.gate(gate).into()),
                                ("count", n.to_string().into()),
                            ],
                        )
                    })
                    .collect();
                if *removed > 0 {
                    let count = removed.to_string().into();
                    parts.push(t(self.lang, "pilot-error-removed", &[("count", count)]));
                }
                if *unscored > 0 {
                    let count = unscored.to_string().into();
                    parts.push(t(self.lang, "pilot-error-unscored", &[("count", count)]));
                }
                if let Some(target) = target {
                    let level = (target.level + 1).to_string().into();
                    parts.push(t(
                        self.lang,
                        "pilot-error-below-target",
                        &[("level", level)],
                    ));
                }
                t(
                    self.lang,
                    "pilot-error-no-candidates",
                    &[
                        ("total", total.to_string().into()),
                        ("parts", parts.join("; ").into()),
                    ],
                )
            }
            PilotError::NoScores => t(self.lang, "pilot-error-no-scores", &[]),
        }
    }
}

/// `file:line: ` of an exclusion read from a file.
fn from(at: Option<&(String, usize)>) -> String {
    at.map_or_else(String::new, |(file, line)| format!("{file}:{line}: "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::pilot::GroupOption;
    use crate::criteria::Gate;

    #[test]
    fn errors_read_in_both_languages_and_cut_long_values() {
        let gate = Gate::parse("coverage >= 90").unwrap();
        let error = PilotError::OutOfRange {
            gate: Box::new(gate),
            low: 0.0,
            high: 1.0,
        };
        assert_eq!(
            Words::new("en").error(&error),
            "gate 'coverage >= 90': coverage runs from 0 to 1"
        );
        assert_eq!(
            Words::new("vi").error(&error),
            "điều kiện 'coverage >= 90': độ phủ chỉ từ 0 đến 1"
        );
        let error = PilotError::UnknownColumn {
            option: GroupOption::Cover,
            column: "k".repeat(500),
            known: vec!["district".into()],
            suggestion: None,
        };
        let text = Words::new("en").error(&error);
        assert!(text.chars().count() < 200, "{text}");
        assert!(
            text.starts_with("--cover 'kkk") && text.contains("…'"),
            "{text}"
        );
    }
}
