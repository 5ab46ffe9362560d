//! The profile's gaps in sentences: the largest gain and the path to the next level.

use super::Profile;
use crate::analysis::gaps::{Outlook, Path, Step};
use crate::report::{t, words};

/// The gains in a sentence and the path to the next level, one numbered step a line.
pub fn lines(profile: &Profile<'_>) -> Vec<String> {
    let (gaps, lang) = (profile.gaps, profile.lang);
    let mut lines = Vec::new();
    if let Some(top) = gaps.gains.first() {
        lines.push(t(
            lang,
            "gap-largest",
            &[
                ("id", top.id.as_str().into()),
                ("gain", format!("{:.1}", top.gain).into()),
                ("count", gaps.gains.len().into()),
                ("at_best", gaps.at_best.into()),
            ],
        ));
    }
    match &gaps.next {
        Outlook::Top { level } => {
            let name = level_name(profile, *level);
            lines.push(t(lang, "gap-top", &[("level", name.into())]));
        }
        Outlook::Unscored => lines.push(t(lang, "gap-unscored", &[])),
        Outlook::Unreachable {
            level,
            min,
            best_overall,
        } => lines.push(t(
            lang,
            "gap-unreachable",
            &[
                ("level", level_name(profile, *level).into()),
                ("min", words::number(Some(*min)).into()),
                ("best", words::score(*best_overall).into()),
            ],
        )),
        Outlook::Path(path) => path_lines(profile, path, &mut lines),
    }
    lines
}

fn level_name(profile: &Profile<'_>, level: usize) -> String {
    profile
        .run
        .levels
        .get(level)
        .map_or_else(String::new, |l| l.name.clone())
}

fn path_lines(profile: &Profile<'_>, path: &Path, lines: &mut Vec<String>) {
    let lang = profile.lang;
    let mut needs = Vec::new();
    if path.deficit > 0.0 {
        let points = format!("{:.1}", path.deficit);
        needs.push(t(lang, "gap-needs-points", &[("points", points.into())]));
    }
    if !path.held_back_by.is_empty() {
        let pillars = profile.commune.nodes.iter().enumerate();
        let names: Vec<&str> = pillars
            .filter(|(k, _)| path.held_back_by.contains(k))
            .map(|(_, n)| n.name)
            .collect();
        let pillars = names.join(", ");
        needs.push(t(lang, "gap-needs-pillar", &[("pillars", pillars.into())]));
    }
    let how = if path.fewest {
        t(lang, "gap-fewest", &[])
    } else {
        t(lang, "gap-short", &[])
    };
    lines.push(t(
        lang,
        "gap-path",
        &[
            ("level", level_name(profile, path.level).into()),
            ("min", words::number(Some(path.min)).into()),
            ("needs", needs.join(&t(lang, "gap-and", &[])).into()),
            ("how", how.into()),
            ("count", path.steps.len().into()),
        ],
    ));
    for (k, step) in path.steps.iter().enumerate() {
        lines.push(format!("  {}. {}", k + 1, step_words(profile, step)));
    }
    let after = words::score(Some(path.overall_after));
    lines.push(t(lang, "gap-after", &[("score", after.into())]));
}

/// "online_dossier_pct: 81.4 % → ≥ 95.2 % (score 76.3 → 100.0, +5.1)"
pub fn step_words(profile: &Profile<'_>, step: &Step) -> String {
    let lang = profile.lang;
    let node = profile.commune.nodes.get(step.node);
    let numeric = matches!(
        node.and_then(|n| n.raw.as_ref()),
        Some(crate::report::model::RawValue::Number(_)) | None
    ) && step.target.as_ref().is_some_and(|t| {
        matches!(
            t,
            crate::analysis::gaps::Target::AtLeast { .. }
                | crate::analysis::gaps::Target::AtMost { .. }
        )
    });
    let unit = node
        .and_then(|n| n.unit)
        .filter(|u| numeric && !u.is_empty())
        .map_or_else(String::new, |u| format!(" {u}"));
    let raw = words::raw(node.and_then(|n| n.raw.as_ref()), lang);
    let raw = if raw == "–" {
        raw
    } else {
        format!("{raw}{unit}")
    };
    let target = step
        .target
        .as_ref()
        .map_or_else(String::new, |target| words::target(target, lang));
    let target = if numeric {
        format!("{target}{unit}")
    } else {
        target
    };
    t(
        lang,
        "gap-step",
        &[
            ("id", step.id.as_str().into()),
            ("raw", raw.into()),
            ("target", target.into()),
            ("from", words::score(step.from).into()),
            ("to", format!("{:.1}", step.to).into()),
            ("gain", format!("{:.1}", step.gain).into()),
        ],
    )
}
