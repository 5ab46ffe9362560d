//! Why each runner-up was passed over, and the selection's notes, from the `pilot-passed-*` and
//! `pilot-note-*` messages of the catalogue.

use super::words::Words;
use crate::analysis::pilot::{Note, PassedWhy};
use crate::criteria::{Criteria, Gate};
use crate::report::i18n::t;

/// The context a passed-over reason needs: names of the picks and the selection's columns.
pub struct PassedContext<'a> {
    pub criteria: &'a Criteria,
    pub lang: &'a str,
    pub gates: &'a [Gate],
    pub spread: Option<&'a str>,
    pub cover: Option<&'a str>,
    pub count: usize,
}

impl Words<'_> {
    pub fn passed(
        self,
        context: &PassedContext<'_>,
        why: &PassedWhy,
        name: impl Fn(usize) -> String,
    ) -> String {
        let spread = self.column(context.spread.unwrap_or_default());
        let cover = self.column(context.cover.unwrap_or_default());
        let count = context.count.to_string();
        match why {
            PassedWhy::NoScore => t(self.lang, "pilot-passed-unscored", &[]),
            PassedWhy::Excluded => t(self.lang, "pilot-passed-excluded", &[]),
            PassedWhy::AlreadyPiloted => t(self.lang, "pilot-passed-piloted", &[]),
            PassedWhy::FailsGates(failed) => failed
                .iter()
                .filter_map(|(k, shown)| {
                    let gate = context.gates.get(*k)?;
                    let what = self.shown(context.criteria, context.lang, gate, shown);
                    Some(t(
                        self.lang,
                        "pilot-passed-gate",
                        &[("gate", self.gate(gate).into()), ("shown", what.into())],
                    ))
                })
                .collect::<Vec<_>>()
                .join("; "),
            PassedWhy::SameSpread { pick, value } => t(
                self.lang,
                "pilot-passed-same-spread",
                &[
                    ("column", spread.into()),
                    ("pick", name(*pick).into()),
                    ("value", value.into()),
                ],
            ),
            PassedWhy::Covered { pick, value } => t(
                self.lang,
                "pilot-passed-covered",
                &[("pick", name(*pick).into()), ("value", value.into())],
            ),
            PassedWhy::CoveredAndFull { pick, value } => t(
                self.lang,
                "pilot-passed-covered-full",
                &[("pick", name(*pick).into()), ("value", value.into())],
            ),
            PassedWhy::CannotCoverAll { value } => t(
                self.lang,
                "pilot-passed-cannot-cover",
                &[
                    ("count", count.into()),
                    ("column", cover.into()),
                    ("value", value.into()),
                ],
            ),
            PassedWhy::AllChosen => t(
                self.lang,
                "pilot-passed-all-chosen",
                &[("count", count.into())],
            ),
        }
    }

    pub fn note(self, note: &Note) -> String {
        match note {
            Note::FewerCandidates {
                candidates,
                communes,
                asked,
            } => t(
                self.lang,
                "pilot-note-fewer",
                &[
                    ("candidates", candidates.to_string().into()),
                    ("communes", communes.to_string().into()),
                    ("asked", asked.to_string().into()),
                ],
            ),
            Note::CannotCover {
                column,
                count,
                left_out,
            } => t(
                self.lang,
                "pilot-note-cannot-cover",
                &[
                    ("count", count.to_string().into()),
                    ("column", self.column(column).into()),
                    ("left_out", left_out.join(", ").into()),
                ],
            ),
            Note::Uncovered { column, value } => t(
                self.lang,
                "pilot-note-uncovered",
                &[
                    ("column", self.column(column).into()),
                    ("value", value.into()),
                ],
            ),
            Note::Removed {
                excluded,
                already_piloted,
            } => {
                let mut parts = Vec::new();
                if *excluded > 0 {
                    let count = excluded.to_string().into();
                    parts.push(t(self.lang, "pilot-removed-excluded", &[("count", count)]));
                }
                if *already_piloted > 0 {
                    let count = already_piloted.to_string().into();
                    parts.push(t(self.lang, "pilot-removed-piloted", &[("count", count)]));
                }
                t(
                    self.lang,
                    "pilot-note-removed",
                    &[("parts", parts.join(", ").into())],
                )
            }
        }
    }

    pub fn word_note(self) -> String {
        t(self.lang, "pilot-note", &[])
    }
}
