//! Pilot recommendations and waves as JSON.

use std::io::{self, Write};

use serde::Serialize;

use super::PilotReport;
use crate::analysis::pilot::Pick;
use crate::score::LenientNote;

#[derive(Serialize)]
struct JsonReport<'a> {
    criteria: &'a str,
    period: Option<&'a str>,
    asked: usize,
    gates: &'a [String],
    spread: Option<&'a str>,
    cover: Option<&'a str>,
    candidates: usize,
    communes: usize,
    picks: Vec<JsonCommune<'a>>,
    passed_over: Vec<JsonCommune<'a>>,
    notes: &'a [String],
    data_quality: JsonQuality<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    waves: Option<Vec<JsonWave<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unscheduled: Option<Vec<JsonCommune<'a>>>,
}

/// Values `--lenient` turned missing, listed even when `-q` silences the note on stderr.
#[derive(Serialize)]
struct JsonQuality<'a> {
    lenient: &'a [LenientNote],
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
    reason: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonWave<'a> {
    wave: usize,
    mean: Option<f64>,
    communes: Vec<JsonCommune<'a>>,
}

/// JSON: the rule, picks, runners-up and notes; with waves, every wave and the unscheduled.
pub fn json(report: &PilotReport<'_>, out: &mut dyn Write) -> io::Result<()> {
    let s = report.selection;
    let json = JsonReport {
        criteria: &report.assessment.criteria,
        period: report.assessment.period.as_deref(),
        asked: s.asked,
        gates: &s.gates,
        spread: s.spread.as_deref(),
        cover: s.cover.as_deref(),
        candidates: s.candidates,
        communes: report.assessment.entities.len(),
        picks: explain(report, &s.picks),
        passed_over: explain(report, &s.passed_over),
        notes: &s.notes,
        data_quality: JsonQuality {
            lenient: &report.assessment.data_quality.lenient,
        },
        waves: report.schedule.map(|schedule| {
            let wave = |w: &crate::analysis::pilot::Wave| JsonWave {
                wave: w.number,
                mean: w.mean,
                communes: w
                    .members
                    .iter()
                    .map(|&e| commune(report, e, None))
                    .collect(),
            };
            schedule.waves.iter().map(wave).collect()
        }),
        unscheduled: report.schedule.map(|schedule| {
            schedule
                .unscheduled
                .iter()
                .map(|&e| commune(report, e, None))
                .collect()
        }),
    };
    serde_json::to_writer_pretty(&mut *out, &json)?;
    writeln!(out)
}

fn explain<'a>(report: &'a PilotReport<'_>, picks: &'a [Pick]) -> Vec<JsonCommune<'a>> {
    picks
        .iter()
        .map(|p| commune(report, p.entity, Some(&p.reason)))
        .collect()
}

fn commune<'a>(report: &'a PilotReport<'_>, e: usize, reason: Option<&'a str>) -> JsonCommune<'a> {
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
    }
}
