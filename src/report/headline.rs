//! The one line every table and Markdown output starts with: what was scored.

use super::columns::{Width, wrap_parts};
use super::model::Run;
use super::{Lang, t};

/// "Criteria vn-commune-2025 2025.1 · period 2024 · 5 communes · Khởi động: 1, Tiên tiến: 3, unscored: 1",
/// broken between its parts to fit `width`.
pub fn headline(run: &Run, lang: Lang, width: Width) -> String {
    let mut parts = vec![
        t(
            lang,
            "summary-criteria",
            &[
                ("id", run.criteria_id.as_str().into()),
                (
                    "version",
                    run.criteria_version.clone().unwrap_or_default().into(),
                ),
            ],
        )
        .trim_end()
        .to_owned(),
    ];
    if let Some(period) = &run.period {
        parts.push(t(lang, "summary-period", &[("period", period.into())]));
    }
    parts.push(t(
        lang,
        "summary-communes",
        &[("count", run.communes.into())],
    ));
    let mut counts: Vec<String> = run
        .levels
        .iter()
        .map(|l| {
            t(
                lang,
                "summary-level-count",
                &[("level", l.name.as_str().into()), ("count", l.count.into())],
            )
        })
        .collect();
    if run.unscored > 0 {
        counts.push(t(
            lang,
            "summary-unscored",
            &[("count", run.unscored.into())],
        ));
    }
    parts.push(counts.join(", "));
    wrap_parts(&parts, &t(lang, "summary-separator", &[]), width)
}
