//! The selection's first line (what was asked) and the lines of the rollout waves, from the
//! `pilot-rule-*` and `pilot-wave*` messages of the catalogue.

use super::words::Words;
use crate::analysis::pilot::{Order, Target, TargetFrom};
use crate::criteria::Gate;
use crate::report::i18n::t;
use crate::report::words::score;

impl Words<'_> {
    /// The first line: what was asked.
    #[allow(clippy::too_many_arguments)]
    pub fn rule(
        self,
        asked: usize,
        gates: &[Gate],
        spread: Option<&str>,
        cover: Option<&str>,
        candidates: usize,
        communes: usize,
        target: Option<(&Target, &str)>,
    ) -> String {
        let gates: Vec<String> = gates.iter().map(|g| self.gate(g)).collect();
        let mut parts = vec![t(self.lang, "pilot-asked", &[("count", asked.into())])];
        if let Some((target, name)) = target {
            let from = match target.from {
                TargetFrom::Asked => t(self.lang, "pilot-target-asked", &[]),
                TargetFrom::Pilots => t(self.lang, "pilot-target-pilots", &[]),
                TargetFrom::MostReady => t(self.lang, "pilot-target-ready", &[]),
            };
            parts.push(t(
                self.lang,
                "pilot-rule-replicate",
                &[("level", name.into()), ("from", from.into())],
            ));
        }
        if !gates.is_empty() {
            parts.push(t(
                self.lang,
                "pilot-rule-gates",
                &[("gates", gates.join(", ").into())],
            ));
        }
        if let Some(spread) = spread {
            parts.push(t(
                self.lang,
                "pilot-rule-spread",
                &[("column", self.column(spread).into())],
            ));
        }
        if let Some(cover) = cover {
            parts.push(t(
                self.lang,
                "pilot-rule-cover",
                &[("column", self.column(cover).into())],
            ));
        }
        parts.push(t(
            self.lang,
            "pilot-rule-candidates",
            &[
                ("candidates", candidates.to_string().into()),
                ("communes", communes.to_string().into()),
            ],
        ));
        parts.join("; ")
    }

    pub fn waves_title(
        self,
        per_wave: usize,
        order: Order,
        per_group: Option<usize>,
        spread: Option<&str>,
    ) -> String {
        let order = match order {
            Order::Readiness => t(self.lang, "pilot-order-readiness", &[]),
            Order::Need => t(self.lang, "pilot-order-need", &[]),
        };
        let per_wave = per_wave.to_string();
        match per_group {
            Some(n) => t(
                self.lang,
                "pilot-waves-title-capped",
                &[
                    ("per_wave", per_wave.into()),
                    ("order", order.into()),
                    ("count", n.to_string().into()),
                    ("column", self.column(spread.unwrap_or_default()).into()),
                ],
            ),
            None => t(
                self.lang,
                "pilot-waves-title",
                &[("per_wave", per_wave.into()), ("order", order.into())],
            ),
        }
    }

    pub fn wave_line(
        self,
        number: usize,
        members: usize,
        mean: Option<f64>,
        touches: Option<(&str, &[String])>,
    ) -> String {
        let touches = touches.map_or_else(String::new, |(column, values)| {
            let shown: Vec<&str> = values.iter().take(6).map(String::as_str).collect();
            let more = match values.len().saturating_sub(shown.len()) {
                0 => String::new(),
                n => t(
                    self.lang,
                    "pilot-wave-more",
                    &[("count", n.to_string().into())],
                ),
            };
            t(
                self.lang,
                "pilot-wave-touches",
                &[
                    ("count", values.len().to_string().into()),
                    ("column", self.column(column).into()),
                    ("values", shown.join(", ").into()),
                    ("more", more.into()),
                ],
            )
        });
        t(
            self.lang,
            "pilot-wave-line",
            &[
                ("number", number.to_string().into()),
                ("members", members.into()),
                ("mean", score(mean).into()),
                ("touches", touches.into()),
            ],
        )
    }

    pub fn empty_waves(self, built: usize, asked: usize) -> Option<String> {
        (asked > built).then(|| {
            t(
                self.lang,
                "pilot-waves-empty",
                &[
                    ("asked", asked.to_string().into()),
                    ("built", built.to_string().into()),
                ],
            )
        })
    }

    pub fn unscheduled(self, count: usize) -> Option<String> {
        (count > 0).then(|| {
            t(
                self.lang,
                "pilot-unscheduled-count",
                &[("count", count.into())],
            )
        })
    }
}
