//! The profile for machines: JSON with everything, CSV with one row per node.

use std::io::{self, Write};

use serde::Serialize;

use super::Profile;
use crate::analysis::gaps::{Gaps, Outlook, Step};
use crate::score::{LenientNote, NodeKind, QualityNote};

#[derive(Serialize)]
struct JsonProfile<'a> {
    id: &'a str,
    name: &'a str,
    period: Option<&'a str>,
    groups: std::collections::BTreeMap<&'a str, &'a str>,
    overall: Option<f64>,
    level: Option<usize>,
    level_name: String,
    rank: Option<usize>,
    group_ranks: std::collections::BTreeMap<&'a str, Option<usize>>,
    coverage: f64,
    nodes: Vec<JsonNode>,
    gaps: &'a Gaps,
    data_quality: JsonQuality<'a>,
    /// The old units a restated commune was made from.
    #[serde(skip_serializing_if = "Option::is_none")]
    restated_from: Option<&'a [crate::score::SourceUnit]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    restated: Option<crate::report::restated::Header<'a>>,
}

/// The commune's treated values, and the values of it `--lenient` turned missing (listed even
/// when `-q` silences the note on stderr); the same keys as `dtm score`'s `data_quality`.
#[derive(Serialize)]
struct JsonQuality<'a> {
    notes: Vec<&'a QualityNote>,
    lenient: Vec<&'a LenientNote>,
}

#[derive(Serialize)]
struct JsonNode {
    id: String,
    kind: NodeKind,
    depth: usize,
    raw: serde_json::Value,
    unit: Option<String>,
    score: Option<f64>,
    coverage: f64,
    effective_weight: f64,
}

/// A raw value as JSON: a number, true/false, the category label, or null.
fn raw_json(profile: &Profile<'_>, node: usize) -> serde_json::Value {
    let info = &profile.assessment.nodes[node];
    let value = info.indicator.and_then(|i| {
        profile
            .dataset
            .values
            .get(profile.entity.entity)?
            .get(i)
            .copied()
            .flatten()
    });
    crate::report::raw_json(value, info.scale.as_ref())
}

/// JSON: the standing, every node with raw value and score, the gaps and the notes.
pub fn json(profile: &Profile<'_>, out: &mut dyn Write) -> io::Result<()> {
    let e = profile.entity;
    let columns = &profile.assessment.group_columns;
    let nodes = profile
        .assessment
        .nodes
        .iter()
        .enumerate()
        .map(|(node, info)| {
            let is_indicator = info.kind == NodeKind::Indicator;
            JsonNode {
                id: info.id.clone(),
                kind: info.kind,
                depth: info.depth,
                raw: raw_json(profile, node),
                unit: Some(profile.unit(node)).filter(|u| is_indicator && !u.is_empty()),
                score: e.scores[node],
                coverage: e.coverages[node],
                effective_weight: info.effective_weight,
            }
        });
    let report = JsonProfile {
        id: &e.id,
        name: &e.name,
        period: profile.assessment.period.as_deref(),
        groups: columns
            .iter()
            .map(String::as_str)
            .zip(e.groups.iter().map(String::as_str))
            .collect(),
        overall: e.overall,
        level: e.level.map(|l| l + 1),
        level_name: profile.level(e.level),
        rank: e.rank,
        group_ranks: columns
            .iter()
            .map(String::as_str)
            .zip(e.group_ranks.iter().copied())
            .collect(),
        coverage: e.coverage,
        nodes: nodes.collect(),
        gaps: profile.gaps,
        data_quality: JsonQuality {
            notes: profile.notes(),
            lenient: profile
                .assessment
                .data_quality
                .lenient
                .iter()
                .filter(|note| note.entity == e.id)
                .collect(),
        },
        restated_from: crate::report::restated::sources(profile.assessment, e),
        restated: crate::report::restated::Header::of(
            profile.assessment,
            crate::report::Lang::from_code(profile.lang).unwrap_or_default(),
        ),
    };
    serde_json::to_writer_pretty(&mut *out, &report)?;
    writeln!(out)
}

/// CSV: one row per node, `kind,id,depth,raw,unit,score,effective_weight,gain,step,target`; the
/// steps of the path to the next level are numbered.
pub fn csv(profile: &Profile<'_>, out: &mut dyn Write) -> io::Result<()> {
    let mut writer = ::csv::Writer::from_writer(out);
    writer.write_record([
        "kind",
        "id",
        "depth",
        "raw",
        "unit",
        "score",
        "effective_weight",
        "gain",
        "step",
        "target_score",
    ])?;
    let steps: &[Step] = match &profile.gaps.next {
        Outlook::Path(path) => &path.steps,
        _ => &[],
    };
    for (node, info) in profile.assessment.nodes.iter().enumerate() {
        let is_indicator = info.kind == NodeKind::Indicator;
        let step = steps.iter().position(|s| s.node == node);
        let kind = serde_json::to_value(info.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        writer.write_record([
            kind,
            info.id.clone(),
            info.depth.to_string(),
            if is_indicator {
                profile.raw(node).replace('–', "")
            } else {
                String::new()
            },
            if is_indicator {
                profile.unit(node)
            } else {
                String::new()
            },
            profile.entity.scores[node].map_or_else(String::new, |s| s.to_string()),
            info.effective_weight.to_string(),
            profile
                .gain(node)
                .map_or_else(String::new, |g| g.to_string()),
            step.map_or_else(String::new, |k| (k + 1).to_string()),
            step.map_or_else(String::new, |k| steps[k].to.to_string()),
        ])?;
    }
    writer.flush()
}
