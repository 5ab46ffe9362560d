//! Every word `dtm pilot` says, in English and Vietnamese, in one place (to move into the message
//! catalogue once it exists). Numbers come from the analysis facts; nothing here computes.

use crate::analysis::gaps::{Outlook, Target as Goal};
use crate::analysis::pilot::{
    How, Note, Order, PassedWhy, PilotError, Place, Shown, Target, TargetFrom,
};
use crate::criteria::{Criteria, Gate, GateOp, GateValue};
use crate::report::i18n::{Lang, t};
use crate::report::words::{number, score};

/// The language of the words: Vietnamese for `vi`, else English.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Words {
    vi: bool,
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

impl Words {
    pub fn new(lang: &str) -> Words {
        Words { vi: lang == "vi" }
    }

    fn pick<'a>(self, en: &'a str, vi: &'a str) -> &'a str {
        if self.vi { vi } else { en }
    }

    fn lang(self) -> Lang {
        if self.vi { Lang::Vi } else { Lang::En }
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
        t(self.lang(), key, &[])
    }

    /// `government ≥ 50`.
    pub fn gate(self, gate: &Gate) -> String {
        let value = match &gate.value {
            GateValue::Number(x) => number(Some(*x)),
            GateValue::Text(text) => text.clone(),
        };
        format!("{} {} {value}", self.subject(&gate.name), symbol(gate.op))
    }

    /// A gate's name as shown: `coverage` and `level` translated, pillar ids and columns as given.
    fn subject(self, name: &str) -> &str {
        match name {
            "coverage" => self.pick("coverage", "độ phủ"),
            "level" => self.pick("level", "mức độ"),
            "overall" => self.pick("overall", "điểm tổng hợp"),
            other => other,
        }
    }

    /// What a commune shows against a gate: `government 72.0`, `coverage 0.95`, `level 3 (Advanced)`.
    pub fn shown(self, criteria: &Criteria, lang: &str, gate: &Gate, shown: &Shown) -> String {
        let name = self.subject(&gate.name);
        match shown {
            Shown::Score(Some(s)) => format!("{name} {s:.1}"),
            Shown::Score(None) => format!("{name} {}", self.pick("has no score", "chưa có điểm")),
            Shown::Coverage(c) => format!("{name} {c:.2}"),
            Shown::Level(Some(l)) => format!(
                "{name} {} ({})",
                l + 1,
                criteria
                    .levels
                    .get(*l)
                    .map_or("", |level| level.name.get(lang))
            ),
            Shown::Level(None) => self.pick("no level", "chưa xếp mức").to_owned(),
            Shown::Group(value) => format!("{name} {value}"),
        }
    }

    /// The pilot's gate line: `government 72.0 ≥ 50`.
    pub fn passes(self, criteria: &Criteria, lang: &str, gate: &Gate, shown: &Shown) -> String {
        let value = match &gate.value {
            GateValue::Number(x) => number(Some(*x)),
            GateValue::Text(text) => text.clone(),
        };
        format!(
            "{} {} {value}",
            self.shown(criteria, lang, gate, shown),
            symbol(gate.op)
        )
    }

    pub fn how(self, how: &How, spread_column: Option<&str>, target: Option<&str>) -> String {
        match (how, self.vi) {
            (How::Cover { value, .. }, false) if target.is_some() => {
                format!("{value} closest to {}", target.unwrap_or_default())
            }
            (How::Cover { value, .. }, true) if target.is_some() => {
                format!("{value} gần mức {} nhất", target.unwrap_or_default())
            }
            (How::Cover { value, best: true }, false) => format!("best {value}"),
            (How::Cover { value, best: true }, true) => format!("{value} tốt nhất"),
            (How::Cover { value, best: false }, false) => format!(
                "best {value} outside the {} values already picked",
                spread_column.unwrap_or_default()
            ),
            (How::Cover { value, best: false }, true) => format!(
                "{value} tốt nhất ngoài các {} đã có xã được chọn",
                spread_column.unwrap_or_default()
            ),
            (How::BestOverall, _) => self.pick("best overall", "điểm cao nhất").to_owned(),
            (How::Next, _) => self
                .pick("next best overall", "điểm cao kế tiếp")
                .to_owned(),
            (How::Closest { shortfall }, false) => format!(
                "closest to {}: {} points short",
                target.unwrap_or_default(),
                number(Some(*shortfall))
            ),
            (How::Closest { shortfall }, true) => format!(
                "gần mức {} nhất: còn thiếu {} điểm",
                target.unwrap_or_default(),
                number(Some(*shortfall))
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
        let (overall, rank) = (overall?, rank?);
        Some(match (gated, self.vi) {
            (true, false) => format!("rank {rank}"),
            (true, true) => format!("hạng {rank}"),
            (false, false) => format!("overall {overall:.1}, rank {rank}"),
            (false, true) => format!("điểm tổng hợp {overall:.1}, hạng {rank}"),
        })
    }

    pub fn place(self, place: &Place, column: &str) -> String {
        let Place { value, nth, total } = place;
        match ((*total, *nth), self.vi) {
            ((1, _), false) => format!("only pick in {value}"),
            ((1, _), true) => format!("xã duy nhất được chọn ở {value}"),
            ((_, 1), false) => format!("first of {total} picks in {value}"),
            ((_, 1), true) => format!("xã đầu tiên trong {total} xã được chọn ở {value}"),
            (_, false) => format!(
                "pick {nth} of {total} in {value}: every {column} with candidates left already had {}",
                nth - 1
            ),
            (_, true) => format!(
                "xã thứ {nth}/{total} ở {value}: mọi {column} còn ứng viên đã có {} xã",
                nth - 1
            ),
        }
    }

    /// The way to the next level in one line.
    pub fn path(self, criteria: &Criteria, lang: &str, outlook: &Outlook) -> String {
        let level = |l: usize| criteria.levels.get(l).map_or("", |x| x.name.get(lang));
        match outlook {
            Outlook::Top { level: l } => match self.vi {
                false => format!("already at the top level ({})", level(*l)),
                true => format!("đã ở mức cao nhất ({})", level(*l)),
            },
            Outlook::Unscored => self
                .pick(
                    "no overall score, so no path",
                    "chưa có điểm tổng hợp nên chưa có lộ trình",
                )
                .to_owned(),
            Outlook::Unreachable { level: l, .. } => match self.vi {
                false => format!(
                    "{} is out of reach even with every indicator at its best",
                    level(*l)
                ),
                true => format!(
                    "không thể đạt {} kể cả khi mọi chỉ tiêu đạt tối đa",
                    level(*l)
                ),
            },
            Outlook::Path(path) => {
                let steps: Vec<String> = path
                    .steps
                    .iter()
                    .map(|step| match &step.target {
                        Some(goal) => format!("{} {}", step.id, self.goal(goal)),
                        None => step.id.clone(),
                    })
                    .collect();
                match self.vi {
                    false => format!("to reach {}: {}", level(path.level), steps.join(", ")),
                    true => format!("để đạt {}: {}", level(path.level), steps.join(", ")),
                }
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
            Goal::Yes => self.pick("yes", "có").to_owned(),
            Goal::Label { label } => match self.vi {
                false => format!("'{label}' or better"),
                true => format!("'{label}' trở lên"),
            },
            Goal::Relative { direction, .. } => match (direction, self.vi) {
                (crate::criteria::Direction::Higher, false) => "higher".to_owned(),
                (crate::criteria::Direction::Higher, true) => "cao hơn".to_owned(),
                (crate::criteria::Direction::Lower, false) => "lower".to_owned(),
                (crate::criteria::Direction::Lower, true) => "thấp hơn".to_owned(),
            },
        }
    }
}

/// The context a passed-over reason needs: names of the picks and the selection's columns.
pub struct PassedContext<'a> {
    pub criteria: &'a Criteria,
    pub lang: &'a str,
    pub gates: &'a [Gate],
    pub spread: Option<&'a str>,
    pub cover: Option<&'a str>,
    pub count: usize,
}

impl Words {
    pub fn passed(
        self,
        context: &PassedContext<'_>,
        why: &PassedWhy,
        name: impl Fn(usize) -> String,
    ) -> String {
        let spread = context.spread.unwrap_or_default();
        let cover = context.cover.unwrap_or_default();
        let count = context.count;
        match (why, self.vi) {
            (PassedWhy::NoScore, _) => self
                .pick("has no overall score", "chưa có điểm tổng hợp")
                .to_owned(),
            (PassedWhy::Excluded, _) => self
                .pick("excluded (--exclude)", "bị loại trừ (--exclude)")
                .to_owned(),
            (PassedWhy::AlreadyPiloted, _) => {
                self.pick("already piloted", "đã thí điểm").to_owned()
            }
            (PassedWhy::FailsGates(failed), _) => failed
                .iter()
                .filter_map(|(k, shown)| {
                    let gate = context.gates.get(*k)?;
                    let what = self.shown(context.criteria, context.lang, gate, shown);
                    Some(match self.vi {
                        false => format!("fails gate {} ({what})", self.gate(gate)),
                        true => format!("không đạt điều kiện {} ({what})", self.gate(gate)),
                    })
                })
                .collect::<Vec<_>>()
                .join("; "),
            (PassedWhy::SameSpread { pick, value }, false) => {
                format!("passed over: same {spread} as {} ({value})", name(*pick))
            }
            (PassedWhy::SameSpread { pick, value }, true) => {
                format!("cùng {spread} với {} ({value})", name(*pick))
            }
            (PassedWhy::Covered { pick, value }, false) => {
                format!("passed over: {value} already covered by {}", name(*pick))
            }
            (PassedWhy::Covered { pick, value }, true) => {
                format!("nhóm {value} đã có {}", name(*pick))
            }
            (PassedWhy::CannotCoverAll { value }, false) => format!(
                "passed over: {count} pilots cannot cover every {cover}, and the best {value} ranks below the other picks"
            ),
            (PassedWhy::CannotCoverAll { value }, true) => format!(
                "{count} xã thí điểm không đủ cho mọi {cover}, và {value} tốt nhất xếp sau các xã đã chọn"
            ),
            (PassedWhy::AllChosen, false) => {
                format!("passed over: all {count} pilots already chosen")
            }
            (PassedWhy::AllChosen, true) => format!("đã chọn đủ {count} xã thí điểm"),
        }
    }

    pub fn note(self, note: &Note) -> String {
        match (note, self.vi) {
            (
                Note::FewerCandidates {
                    candidates,
                    communes,
                    asked,
                },
                false,
            ) => format!(
                "only {candidates} of {communes} communes are candidates; {asked} were asked for"
            ),
            (
                Note::FewerCandidates {
                    candidates,
                    communes,
                    asked,
                },
                true,
            ) => format!("chỉ {candidates}/{communes} xã là ứng viên; cần {asked} xã"),
            (
                Note::CannotCover {
                    column,
                    count,
                    left_out,
                },
                false,
            ) => format!(
                "{count} pilots cannot cover every {column}: {} left out",
                left_out.join(", ")
            ),
            (
                Note::CannotCover {
                    column,
                    count,
                    left_out,
                },
                true,
            ) => format!(
                "{count} xã thí điểm không đủ cho mọi {column}: thiếu {}",
                left_out.join(", ")
            ),
            (Note::Uncovered { column, value }, false) => {
                format!("no commune of {column} {value} is a candidate, so none is picked")
            }
            (Note::Uncovered { column, value }, true) => {
                format!("không xã nào thuộc {column} {value} là ứng viên nên không có xã được chọn")
            }
            (
                Note::Removed {
                    excluded,
                    already_piloted,
                },
                vi,
            ) => {
                let mut parts = Vec::new();
                if *excluded > 0 {
                    parts.push(if vi {
                        format!("{excluded} xã bị loại trừ")
                    } else {
                        format!("{excluded} excluded")
                    });
                }
                if *already_piloted > 0 {
                    parts.push(if vi {
                        format!("{already_piloted} xã đã thí điểm")
                    } else {
                        format!("{already_piloted} already piloted")
                    });
                }
                if vi {
                    format!("không là ứng viên: {}", parts.join(", "))
                } else {
                    format!("not candidates: {}", parts.join(", "))
                }
            }
        }
    }

    pub fn word_note(self) -> String {
        t(self.lang(), "pilot-note", &[])
    }

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
        let mut parts = vec![t(self.lang(), "pilot-asked", &[("count", asked.into())])];
        if let Some((target, name)) = target {
            let from = match (target.from, self.vi) {
                (TargetFrom::Asked, false) => "--target",
                (TargetFrom::Asked, true) => "--target",
                (TargetFrom::Pilots, false) => "the level of the communes already piloted",
                (TargetFrom::Pilots, true) => "mức của các xã đã thí điểm",
                (TargetFrom::MostReady, false) => "the level of the most ready commune",
                (TargetFrom::MostReady, true) => "mức của xã sẵn sàng nhất",
            };
            parts.push(match self.vi {
                false => format!("replicating: communes below {name} ({from}), closest first"),
                true => format!("nhân rộng: các xã dưới mức {name} ({from}), gần nhất trước"),
            });
        }
        if !gates.is_empty() {
            parts.push(match self.vi {
                false => format!("gates: {}", gates.join(", ")),
                true => format!("điều kiện: {}", gates.join(", ")),
            });
        }
        if let Some(spread) = spread {
            parts.push(match self.vi {
                false => format!("spread over {spread}"),
                true => format!("phân bổ theo {spread}"),
            });
        }
        if let Some(cover) = cover {
            parts.push(match self.vi {
                false => format!("cover every {cover}"),
                true => format!("mỗi {cover} ít nhất một xã"),
            });
        }
        parts.push(match self.vi {
            false => format!("{candidates} of {communes} communes are candidates"),
            true => format!("{candidates}/{communes} xã là ứng viên"),
        });
        parts.join("; ")
    }

    pub fn waves_title(
        self,
        per_wave: usize,
        order: Order,
        per_group: Option<usize>,
        spread: Option<&str>,
    ) -> String {
        let order = match (order, self.vi) {
            (Order::Readiness, false) => "most ready first",
            (Order::Readiness, true) => "sẵn sàng nhất trước",
            (Order::Need, false) => "weakest first",
            (Order::Need, true) => "yếu nhất trước",
        };
        let cap = match (per_group, self.vi) {
            (Some(n), false) => format!(", at most {n} per {}", spread.unwrap_or_default()),
            (Some(n), true) => format!(", tối đa {n} xã mỗi {}", spread.unwrap_or_default()),
            (None, _) => String::new(),
        };
        match self.vi {
            false => format!("Rollout waves (at most {per_wave} communes each, {order}{cap})"),
            true => format!("Các đợt triển khai (tối đa {per_wave} xã mỗi đợt, {order}{cap})"),
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
            let more = values.len().saturating_sub(shown.len());
            let more = match (more, self.vi) {
                (0, _) => String::new(),
                (n, false) => format!(" and {n} more"),
                (n, true) => format!(" và {n} nơi khác"),
            };
            match self.vi {
                false => format!("; {} {column}: {}{more}", values.len(), shown.join(", ")),
                true => format!("; {} {column}: {}{more}", values.len(), shown.join(", ")),
            }
        });
        t(
            self.lang(),
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
        (asked > built).then(|| match self.vi {
            false => format!("{asked} waves asked; every commune fits in the first {built}, so the rest stay empty."),
            true => format!("Yêu cầu {asked} đợt; mọi xã đã vừa {built} đợt đầu nên các đợt còn lại trống."),
        })
    }

    pub fn unscheduled(self, count: usize) -> Option<String> {
        (count > 0).then(|| {
            t(
                self.lang(),
                "pilot-unscheduled-count",
                &[("count", count.into())],
            )
        })
    }

    /// An error in words.
    pub fn error(self, error: &PilotError) -> String {
        let list = |items: &[String]| {
            if items.is_empty() {
                self.pick("none", "không có").to_owned()
            } else {
                items.join(", ")
            }
        };
        let hint = |suggestion: &Option<String>| {
            suggestion
                .as_ref()
                .map_or_else(String::new, |s| match self.vi {
                    false => format!(" (did you mean '{s}'?)"),
                    true => format!(" (có phải ý bạn là '{s}'?)"),
                })
        };
        let cut = |text: &str| cut(text, 80);
        match (error, self.vi) {
            (
                PilotError::UnknownGate {
                    gate,
                    pillars,
                    groups,
                    suggestion,
                },
                false,
            ) => format!(
                "gate '{}' names '{}', which is not overall, coverage, level, a pillar or a group column (pillars: {}; groups: {}){}",
                cut(&gate.to_string()),
                cut(&gate.name),
                list(pillars),
                list(groups),
                hint(suggestion)
            ),
            (
                PilotError::UnknownGate {
                    gate,
                    pillars,
                    groups,
                    suggestion,
                },
                true,
            ) => format!(
                "điều kiện '{}' nêu '{}', không phải overall, coverage, level, một trụ cột hay một cột nhóm (trụ cột: {}; nhóm: {}){}",
                cut(&gate.to_string()),
                cut(&gate.name),
                list(pillars),
                list(groups),
                hint(suggestion)
            ),
            (PilotError::TextForNumber(gate), false) => format!(
                "gate '{}' compares a number with text; give a number",
                cut(&gate.to_string())
            ),
            (PilotError::TextForNumber(gate), true) => format!(
                "điều kiện '{}' so sánh một số với chữ; hãy cho một số",
                cut(&gate.to_string())
            ),
            (PilotError::UnknownLevel { text, levels }, false) => format!(
                "'{}' names no level; the levels are: {}",
                cut(text),
                list(levels)
            ),
            (PilotError::UnknownLevel { text, levels }, true) => format!(
                "'{}' không phải một mức; các mức là: {}",
                cut(text),
                list(levels)
            ),
            (PilotError::OutOfRange { gate, low, high }, false) => format!(
                "gate '{}': {} runs from {} to {}",
                cut(&gate.to_string()),
                gate.name,
                number(Some(*low)),
                number(Some(*high))
            ),
            (PilotError::OutOfRange { gate, low, high }, true) => format!(
                "điều kiện '{}': {} chỉ từ {} đến {}",
                cut(&gate.to_string()),
                self.subject(&gate.name),
                number(Some(*low)),
                number(Some(*high))
            ),
            (
                PilotError::UnknownValue {
                    gate,
                    values,
                    suggestion,
                },
                false,
            ) => format!(
                "gate '{}': no commune has {} '{}'; the values are: {}{}",
                cut(&gate.to_string()),
                gate.name,
                cut(&gate.value.to_string()),
                list(values),
                hint(suggestion)
            ),
            (
                PilotError::UnknownValue {
                    gate,
                    values,
                    suggestion,
                },
                true,
            ) => format!(
                "điều kiện '{}': không xã nào có {} '{}'; các giá trị là: {}{}",
                cut(&gate.to_string()),
                gate.name,
                cut(&gate.value.to_string()),
                list(values),
                hint(suggestion)
            ),
            (
                PilotError::UnknownColumn {
                    option,
                    column,
                    known,
                    suggestion,
                },
                false,
            ) => format!(
                "{} '{}' is not a group column; the criteria's groups are: {}{}",
                option.flag(),
                cut(column),
                list(known),
                hint(suggestion)
            ),
            (
                PilotError::UnknownColumn {
                    option,
                    column,
                    known,
                    suggestion,
                },
                true,
            ) => format!(
                "{} '{}' không phải cột nhóm; các cột nhóm của bộ tiêu chí là: {}{}",
                option.flag(),
                cut(column),
                list(known),
                hint(suggestion)
            ),
            (
                PilotError::UnknownCommune {
                    exclusion,
                    suggestion,
                },
                vi,
            ) => format!(
                "{}{}{}",
                from(exclusion.from.as_ref()),
                if vi {
                    format!(
                        "--exclude: không có xã nào có mã hay tên '{}'",
                        cut(&exclusion.text)
                    )
                } else {
                    format!(
                        "--exclude: no commune has the id or name '{}'",
                        cut(&exclusion.text)
                    )
                },
                hint(suggestion)
            ),
            (PilotError::Ambiguous { exclusion, ids }, vi) => format!(
                "{}{}",
                from(exclusion.from.as_ref()),
                if vi {
                    format!(
                        "--exclude: '{}' ứng với {} xã; hãy dùng mã: {}",
                        cut(&exclusion.text),
                        ids.len(),
                        list(ids)
                    )
                } else {
                    format!(
                        "--exclude: '{}' names {} communes; give one of their ids: {}",
                        cut(&exclusion.text),
                        ids.len(),
                        list(ids)
                    )
                }
            ),
            (PilotError::NotYesNo { id, value }, false) => format!(
                "commune '{}': already_piloted is '{}'; write yes or no (có/không, 1/0, or leave it empty)",
                cut(id),
                cut(value)
            ),
            (PilotError::NotYesNo { id, value }, true) => format!(
                "xã '{}': already_piloted là '{}'; hãy ghi có hoặc không (yes/no, 1/0, hoặc để trống)",
                cut(id),
                cut(value)
            ),
            (
                PilotError::NoCandidates {
                    gates,
                    removed,
                    unscored,
                    total,
                    target,
                },
                _,
            ) => {
                let mut parts: Vec<String> = gates
                    .iter()
                    .map(|(gate, n)| match self.vi {
                        false => format!("'{}' excluded {n}", self.gate(gate)),
                        true => format!("'{}' loại {n} xã", self.gate(gate)),
                    })
                    .collect();
                if *removed > 0 {
                    parts.push(match self.vi {
                        false => format!("{removed} excluded or already piloted"),
                        true => format!("{removed} xã bị loại trừ hoặc đã thí điểm"),
                    });
                }
                if *unscored > 0 {
                    parts.push(match self.vi {
                        false => format!("{unscored} without an overall score"),
                        true => format!("{unscored} xã chưa có điểm tổng hợp"),
                    });
                }
                if let Some(target) = target {
                    parts.push(match self.vi {
                        false => format!(
                            "only communes below level {} are looked at",
                            target.level + 1
                        ),
                        true => format!("chỉ xét các xã dưới mức {}", target.level + 1),
                    });
                }
                match self.vi {
                    false => format!("no commune of {total} is a candidate: {}", parts.join("; ")),
                    true => format!(
                        "không xã nào trong {total} xã là ứng viên: {}",
                        parts.join("; ")
                    ),
                }
            }
            (PilotError::NoScores, _) => self
                .pick(
                    "no commune has an overall score, so none can be chosen",
                    "không xã nào có điểm tổng hợp nên không thể chọn",
                )
                .to_owned(),
        }
    }
}

fn from(at: Option<&(String, usize)>) -> String {
    at.map_or_else(String::new, |(file, line)| format!("{file}:{line}: "))
}

/// `text` cut at `max` characters, with an ellipsis.
fn cut(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_owned(),
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
    use crate::analysis::pilot::GroupOption;

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
