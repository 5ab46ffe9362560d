//! The arguments `dtm pilot`'s sentences take: each method picks a `pilot-*` message of the
//! catalogue (src/report/i18n/{en,vi}.ftl) and fills it from the analysis facts. Nothing here
//! computes, and no word is written here.

use crate::analysis::gaps::{Outlook, Target as Goal};
use crate::analysis::pilot::{How, Place, Shown};
use crate::criteria::{Criteria, Gate, GateOp, GateValue};
use crate::report::i18n::{Lang, t};
use crate::report::words::number;

/// The language of the words, and the criteria whose pillars gates may name.
#[derive(Debug, Clone, Copy)]
pub struct Words<'a> {
    pub(super) lang: Lang,
    criteria: Option<&'a Criteria>,
}

/// Table headers, section titles and other fixed words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Term {
    Pick,
    Rank,
    Commune,
    Overall,
    Level,
    Reason,
    Wave,
    Order,
    Pilots,
    PassedOver,
    Unscheduled,
}

impl<'a> Words<'a> {
    pub fn new(lang: &str) -> Words<'a> {
        Words {
            lang: Lang::from_code(lang).unwrap_or_default(),
            criteria: None,
        }
    }

    /// Words that show a gate on a pillar by the pillar's name in Vietnamese (its id in English).
    pub fn with_criteria(lang: &str, criteria: &'a Criteria) -> Words<'a> {
        Words {
            criteria: Some(criteria),
            ..Words::new(lang)
        }
    }

    /// A group column as a person reads it: the well-known columns by their display name.
    pub(super) fn column(self, column: &str) -> String {
        crate::report::words::group_header(column, self.lang)
    }

    /// A header or title, from the message catalogue.
    pub fn term(self, term: Term) -> String {
        let key = match term {
            Term::Pick => "pilot-pick",
            Term::Rank => "common-rank",
            Term::Commune => "common-commune",
            Term::Overall => "common-overall",
            Term::Level => "common-level",
            Term::Reason => "pilot-reason",
            Term::Wave => "pilot-wave",
            Term::Order => "pilot-order",
            Term::Pilots => "pilot-pilots",
            Term::PassedOver => "pilot-passed-over",
            Term::Unscheduled => "pilot-unscheduled",
        };
        t(self.lang, key, &[])
    }

    /// `government ≥ 50`.
    pub fn gate(self, gate: &Gate) -> String {
        t(
            self.lang,
            "pilot-gate",
            &[
                ("name", self.subject(&gate.name).into()),
                ("op", symbol(gate.op).into()),
                ("value", gate_value(gate).into()),
            ],
        )
    }

    /// A gate's name as shown: `coverage`, `level` and `overall` translated; in Vietnamese a
    /// pillar by its name and a well-known group column by its display name; else as given.
    pub(super) fn subject(self, name: &str) -> String {
        match name {
            "coverage" => t(self.lang, "pilot-subject-coverage", &[]),
            "level" => t(self.lang, "pilot-subject-level", &[]),
            "overall" => t(self.lang, "pilot-subject-overall", &[]),
            other if self.lang == Lang::Vi => self
                .criteria
                .and_then(|c| c.pillars.iter().find(|p| p.id == other))
                .and_then(|pillar| pillar.name.as_ref())
                .map_or_else(|| self.column(other), |n| n.get("vi").to_owned()),
            other => other.to_owned(),
        }
    }

    /// What a commune shows against a gate: `government 72.0`, `coverage 0.95`, `level 3 (Advanced)`.
    pub fn shown(self, criteria: &Criteria, lang: &str, gate: &Gate, shown: &Shown) -> String {
        let name = self.subject(&gate.name);
        let value = |value: String| {
            t(
                self.lang,
                "pilot-shown",
                &[("name", name.as_str().into()), ("value", value.into())],
            )
        };
        match shown {
            Shown::Score(Some(s)) => value(format!("{s:.1}")),
            Shown::Score(None) => t(self.lang, "pilot-shown-unscored", &[("name", name.into())]),
            Shown::Coverage(c) => value(format!("{c:.2}")),
            Shown::Level(Some(l)) => t(
                self.lang,
                "pilot-shown-level",
                &[
                    ("name", name.into()),
                    ("number", (l + 1).to_string().into()),
                    (
                        "level",
                        criteria
                            .levels
                            .get(*l)
                            .map_or("", |level| level.name.get(lang))
                            .into(),
                    ),
                ],
            ),
            Shown::Level(None) => t(self.lang, "pilot-shown-no-level", &[]),
            Shown::Group(group) => value(group.clone()),
        }
    }

    /// The pilot's gate line: `government 72.0 ≥ 50`.
    pub fn passes(self, criteria: &Criteria, lang: &str, gate: &Gate, shown: &Shown) -> String {
        t(
            self.lang,
            "pilot-passes",
            &[
                ("shown", self.shown(criteria, lang, gate, shown).into()),
                ("op", symbol(gate.op).into()),
                ("value", gate_value(gate).into()),
            ],
        )
    }

    pub fn how(self, how: &How, spread_column: Option<&str>, target: Option<&str>) -> String {
        match how {
            How::Cover { value, .. } if target.is_some() => t(
                self.lang,
                "pilot-how-cover-target",
                &[
                    ("value", value.into()),
                    ("target", target.unwrap_or_default().into()),
                ],
            ),
            How::Cover { value, best: true } => t(
                self.lang,
                "pilot-how-cover-best",
                &[("value", value.into())],
            ),
            How::Cover { value, best: false } => t(
                self.lang,
                "pilot-how-cover-outside",
                &[
                    ("value", value.into()),
                    (
                        "column",
                        self.column(spread_column.unwrap_or_default()).into(),
                    ),
                ],
            ),
            How::BestOverall => t(self.lang, "pilot-how-best", &[]),
            How::Next => t(self.lang, "pilot-how-next", &[]),
            How::Closest { shortfall } => t(
                self.lang,
                "pilot-how-closest",
                &[
                    ("target", target.unwrap_or_default().into()),
                    ("shortfall", number(Some(*shortfall)).into()),
                ],
            ),
        }
    }

    /// `overall 98.6, rank 1`, or `rank 1` when a gate already shows the overall score.
    pub fn standing(
        self,
        overall: Option<f64>,
        rank: Option<usize>,
        gated: bool,
    ) -> Option<String> {
        let (overall, rank) = (overall?, rank?.to_string());
        Some(if gated {
            t(self.lang, "pilot-standing-rank", &[("rank", rank.into())])
        } else {
            t(
                self.lang,
                "pilot-standing",
                &[
                    ("overall", format!("{overall:.1}").into()),
                    ("rank", rank.into()),
                ],
            )
        })
    }

    pub fn place(self, place: &Place, column: &str) -> String {
        let Place { value, nth, total } = place;
        let (value, total_text) = (value.into(), total.to_string().into());
        match (*total, *nth) {
            (1, _) => t(self.lang, "pilot-place-only", &[("value", value)]),
            (_, 1) => t(
                self.lang,
                "pilot-place-first",
                &[("value", value), ("total", total_text)],
            ),
            _ => t(
                self.lang,
                "pilot-place-nth",
                &[
                    ("value", value),
                    ("total", total_text),
                    ("nth", nth.to_string().into()),
                    ("column", self.column(column).into()),
                    ("before", (nth - 1).to_string().into()),
                ],
            ),
        }
    }

    /// The way to the next level in one line.
    pub fn path(self, criteria: &Criteria, lang: &str, outlook: &Outlook) -> String {
        let level = |l: usize| criteria.levels.get(l).map_or("", |x| x.name.get(lang));
        match outlook {
            Outlook::Top { level: l } => {
                t(self.lang, "pilot-path-top", &[("level", level(*l).into())])
            }
            Outlook::Unscored => t(self.lang, "pilot-path-unscored", &[]),
            Outlook::Unreachable { level: l, .. } => t(
                self.lang,
                "pilot-path-unreachable",
                &[("level", level(*l).into())],
            ),
            Outlook::Path(path) => {
                let steps: Vec<String> = path
                    .steps
                    .iter()
                    .map(|step| match &step.target {
                        Some(goal) => format!("{} {}", step.id, self.goal(goal)),
                        None => step.id.clone(),
                    })
                    .collect();
                t(
                    self.lang,
                    "pilot-path",
                    &[
                        ("level", level(path.level).into()),
                        ("steps", steps.join(", ").into()),
                    ],
                )
            }
        }
    }

    fn goal(self, goal: &Goal) -> String {
        match goal {
            Goal::AtLeast { value } => {
                format!("≥ {}", number(Some((value * 10.0 - 1e-9).ceil() / 10.0)))
            }
            Goal::AtMost { value } => {
                format!("≤ {}", number(Some((value * 10.0 + 1e-9).floor() / 10.0)))
            }
            Goal::Yes => t(self.lang, "common-yes", &[]),
            Goal::Label { label } => t(self.lang, "target-label", &[("label", label.into())]),
            Goal::Relative { direction, .. } => match direction {
                crate::criteria::Direction::Higher => t(self.lang, "target-higher", &[]),
                crate::criteria::Direction::Lower => t(self.lang, "target-lower", &[]),
            },
        }
    }
}

/// A gate's value as typed: a number as dtm prints numbers, text as given.
fn gate_value(gate: &Gate) -> String {
    match &gate.value {
        GateValue::Number(x) => number(Some(*x)),
        GateValue::Text(text) => text.clone(),
    }
}

/// The comparison as printed: `≥`.
pub fn symbol(op: GateOp) -> &'static str {
    match op {
        GateOp::Ge => "≥",
        GateOp::Gt => ">",
        GateOp::Le => "≤",
        GateOp::Lt => "<",
        GateOp::Eq => "=",
        GateOp::Ne => "≠",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::pilot::Note;

    const TERMS: [Term; 11] = [
        Term::Pick,
        Term::Rank,
        Term::Commune,
        Term::Overall,
        Term::Level,
        Term::Reason,
        Term::Wave,
        Term::Order,
        Term::Pilots,
        Term::PassedOver,
        Term::Unscheduled,
    ];

    #[test]
    fn every_term_has_its_own_vietnamese_word() {
        let (en, vi) = (Words::new("en"), Words::new("vi"));
        for term in TERMS {
            assert_ne!(en.term(term), vi.term(term), "{term:?}");
        }
    }

    #[test]
    fn places_and_notes_count_in_words() {
        let en = Words::new("en");
        let place = Place {
            value: "d1".into(),
            nth: 2,
            total: 3,
        };
        assert_eq!(
            en.place(&place, "district"),
            "pick 2 of 3 in d1: every district with candidates left already had 1"
        );
        let note = Note::Removed {
            excluded: 3,
            already_piloted: 0,
        };
        assert_eq!(en.note(&note), "not candidates: 3 excluded");
        assert_eq!(
            Words::new("vi").note(&note),
            "không là ứng viên: 3 xã bị loại trừ"
        );
    }
}
