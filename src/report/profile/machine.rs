//! The profile for machines: JSON with the run, the commune in the shared shape and its gaps;
//! CSV with one row per node.

use std::io::{self, Write};

use super::Profile;
use crate::analysis::gaps::{Outlook, Step};
use crate::report::escape;
use crate::report::model::{RawValue, clean_json};
use crate::score::NodeKind;

/// JSON: `{ run, commune, gaps }` (README, "JSON output").
pub fn json(profile: &Profile<'_>, out: &mut dyn Write) -> io::Result<()> {
    let mut gaps = serde_json::to_value(profile.gaps).map_err(io::Error::other)?;
    clean_json(&mut gaps);
    let report = serde_json::json!({
        "run": profile.run,
        "commune": profile.commune,
        "gaps": gaps,
    });
    crate::report::pretty::write(&mut *out, &report)?;
    writeln!(out)
}

/// CSV: one row per node, `kind,id,depth,raw,unit,score,effective_weight,gain,step,target_score`;
/// the steps of the path to the next level are numbered.
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
    let full = |x: Option<f64>| x.map_or_else(String::new, |v| v.to_string());
    for (node, view) in profile.commune.nodes.iter().enumerate() {
        let step = steps.iter().position(|s| s.node == node);
        let kind = match view.kind {
            NodeKind::Pillar => "pillar",
            NodeKind::Group => "group",
            NodeKind::Indicator => "indicator",
        };
        let raw = match &view.raw {
            None => String::new(),
            Some(RawValue::Number(x)) => x.to_string(),
            Some(RawValue::Bool(yes)) => (if *yes { "yes" } else { "no" }).to_owned(),
            Some(RawValue::Label(label)) => label.clone(),
        };
        writer.write_record(escape::csv_record([
            kind.to_owned(),
            view.id.to_owned(),
            view.depth.to_string(),
            raw,
            view.unit.unwrap_or_default().to_owned(),
            full(view.score),
            view.effective_weight.to_string(),
            full(view.gain.filter(|g| *g > 0.0)),
            step.map_or_else(String::new, |k| (k + 1).to_string()),
            step.map_or_else(String::new, |k| {
                crate::report::model::clean(steps[k].to).to_string()
            }),
        ]))?;
    }
    writer.flush()
}
