//! Pilot recommendations and waves as JSON: stable English keys; the reasons both as words (in
//! `--lang`) and as facts (`how`, `place`, `passed_over[].why`).

use std::io::{self, Write};

use serde::Serialize;

use super::PilotReport;
use crate::analysis::pilot::{How, Order, PassedWhy};
use crate::criteria::GateValue;
use crate::score::LenientNote;

#[derive(Serialize)]
struct JsonReport<'a> {
    criteria: &'a str,
    period: Option<&'a str>,
    mode: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    target_level: Option<usize>,
    asked: usize,
    gates: Vec<JsonGate<'a>>,
    spread: Option<&'a str>,
    cover: Option<&'a str>,
    excluded: Vec<&'a str>,
    already_piloted: Vec<&'a str>,
    candidates: usize,
    communes: usize,
    picks: Vec<JsonCommune<'a>>,
    passed_over: Vec<JsonCommune<'a>>,
    notes: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    waves: Option<JsonWaves<'a>>,
    /// With `--robust`: the replications behind every commune's `top_share`.
    #[serde(skip_serializing_if = "Option::is_none")]
    robust: Option<JsonRobust>,
    data_quality: JsonQuality<'a>,
}

/// Values `--lenient` turned missing, listed even when `-q` silences the note on stderr.
#[derive(Serialize)]
struct JsonQuality<'a> {
    lenient: &'a [LenientNote],
}

#[derive(Serialize)]
struct JsonRobust {
    runs: usize,
    /// Each weight was multiplied by a factor in [1 − weights, 1 + weights].
    weights: f64,
    seed: u64,
    /// `top_share` is the share of replications in which the commune ranks in the top this many.
    top: usize,
}

#[derive(Serialize)]
struct JsonGate<'a> {
    name: &'a str,
    /// `>=`, `>`, `<=`, `<`, `=` or `!=`.
    op: &'static str,
    /// A number, or text for group columns and level names.
    value: serde_json::Value,
}

#[derive(Serialize)]
struct JsonCommune<'a> {
    id: &'a str,
    name: &'a str,
    groups: std::collections::BTreeMap<&'a str, &'a str>,
    overall: Option<f64>,
    rank: Option<usize>,
    /// 1-based.
    level: Option<usize>,
    level_name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<String>,
    /// Why picked (`cover`, `best_overall`, `next`, `closest`) or passed over.
    #[serde(skip_serializing_if = "Option::is_none")]
    why: Option<&'static str>,
    /// With `--robust`: the share of replications (0 to 1) in which it ranks in the top N.
    #[serde(skip_serializing_if = "Option::is_none")]
    top_share: Option<f64>,
}

#[derive(Serialize)]
struct JsonWaves<'a> {
    asked: usize,
    per_wave: usize,
    order: &'static str,
    per_group: Option<usize>,
    waves: Vec<JsonWave<'a>>,
    unscheduled: Vec<JsonCommune<'a>>,
}

#[derive(Serialize)]
struct JsonWave<'a> {
    wave: usize,
    mean: Option<f64>,
    /// Per group column, the values its communes have.
    touches: std::collections::BTreeMap<&'a str, &'a [String]>,
    communes: Vec<JsonCommune<'a>>,
}

/// JSON: the rule, picks, runners-up and notes; with waves, every wave and the unscheduled.
pub fn json(report: &PilotReport<'_>, out: &mut dyn Write) -> io::Result<()> {
    let s = report.selection;
    let words = report.words();
    let ids = |list: &[usize]| -> Vec<&str> {
        list.iter().map(|&e| report.entity(e).id.as_str()).collect()
    };
    let picks = super::reasons::for_picks(report)
        .into_iter()
        .zip(&s.picks)
        .map(|((e, reason), pick)| commune(report, e, Some(reason), Some(how(&pick.how))))
        .collect();
    let passed_over = super::reasons::for_passed_over(report)
        .into_iter()
        .zip(&s.passed_over)
        .map(|((e, reason), passed)| commune(report, e, Some(reason), Some(why(&passed.why))))
        .collect();
    let json = JsonReport {
        criteria: &report.assessment.criteria,
        period: report.assessment.period.as_deref(),
        mode: if s.target.is_some() {
            "replicate"
        } else {
            "ready"
        },
        target_level: s.target.map(|t| t.level + 1),
        asked: s.asked,
        gates: s
            .gates
            .iter()
            .map(|g| JsonGate {
                name: &g.name,
                op: g.op.symbol(),
                value: match &g.value {
                    GateValue::Number(x) => serde_json::json!(x),
                    GateValue::Text(text) => serde_json::json!(text),
                },
            })
            .collect(),
        spread: s.spread.as_deref(),
        cover: s.cover.as_deref(),
        excluded: ids(&s.excluded),
        already_piloted: ids(&s.already_piloted),
        candidates: s.candidates,
        communes: report.assessment.entities.len(),
        picks,
        passed_over,
        robust: report.robust.map(|r| JsonRobust {
            runs: r.settings.runs,
            weights: r.settings.weights,
            seed: r.settings.seed,
            top: r.settings.top,
        }),
        data_quality: JsonQuality {
            lenient: &report.assessment.data_quality.lenient,
        },
        notes: s.notes.iter().map(|n| words.note(n)).collect(),
        waves: report.schedule.map(|schedule| JsonWaves {
            asked: schedule.asked,
            per_wave: schedule.per_wave,
            order: match schedule.order {
                Order::Readiness => "readiness",
                Order::Need => "need",
            },
            per_group: schedule.per_group,
            waves: schedule
                .waves
                .iter()
                .map(|w| JsonWave {
                    wave: w.number,
                    mean: w.mean,
                    touches: report
                        .assessment
                        .group_columns
                        .iter()
                        .map(String::as_str)
                        .zip(w.touches.iter().map(Vec::as_slice))
                        .collect(),
                    communes: w
                        .members
                        .iter()
                        .map(|&e| commune(report, e, None, None))
                        .collect(),
                })
                .collect(),
            unscheduled: schedule
                .unscheduled
                .iter()
                .map(|&e| commune(report, e, None, None))
                .collect(),
        }),
    };
    crate::report::pretty::write(&mut *out, &json)?;
    writeln!(out)
}

fn how(how: &How) -> &'static str {
    match how {
        How::Cover { .. } => "cover",
        How::BestOverall => "best_overall",
        How::Next => "next",
        How::Closest { .. } => "closest",
    }
}

fn why(why: &PassedWhy) -> &'static str {
    match why {
        PassedWhy::NoScore => "no_score",
        PassedWhy::Excluded => "excluded",
        PassedWhy::AlreadyPiloted => "already_piloted",
        PassedWhy::FailsGates(_) => "fails_gates",
        PassedWhy::SameSpread { .. } => "same_spread",
        PassedWhy::Covered { .. } => "covered",
        PassedWhy::CannotCoverAll { .. } => "cannot_cover_all",
        // The places ran out; that its value was covered is in the reason.
        PassedWhy::CoveredAndFull { .. } => "all_chosen",
        PassedWhy::AllChosen => "all_chosen",
    }
}

fn commune<'a>(
    report: &'a PilotReport<'_>,
    e: usize,
    reason: Option<String>,
    why: Option<&'static str>,
) -> JsonCommune<'a> {
    let entity = report.entity(e);
    let columns = report.assessment.group_columns.iter().map(String::as_str);
    JsonCommune {
        id: &entity.id,
        name: &entity.name,
        groups: columns
            .zip(entity.groups.iter().map(String::as_str))
            .collect(),
        overall: entity.overall,
        rank: entity.rank,
        level: entity.level.map(|l| l + 1),
        level_name: report.level(e),
        reason,
        why,
        top_share: report.top_share(e),
    }
}
