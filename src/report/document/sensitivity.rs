//! The report's robustness section (`dtm report --sensitivity`): how far each commune's rank moves
//! when the weights vary, from the sensitivity replications. Every word comes from the catalogue
//! (keys `sensitivity-report-*`) or from the existing sensitivity words.

use serde::Serialize;

use super::build::Inputs;
use crate::analysis::sensitivity::{CommuneRange, Sensitivity};
use crate::report::i18n::t;
use crate::report::sensitivity::words;

/// How many of the highest-ranked communes the chart and the Markdown table show (the
/// spreadsheet lists every commune).
pub const CHARTED: usize = 20;
/// The most characters of a name beside the chart.
pub const CHART_NAME: usize = 26;

/// The robustness section.
#[derive(Debug, Clone, Serialize)]
pub struct SensitivitySection {
    pub title: String,
    /// The spreadsheet's sheet name.
    pub sheet: String,
    /// The replications, the seed and what varied, in one paragraph.
    pub intro: String,
    /// The rank correlation with the nominal ranking, in words.
    pub correlation: String,
    /// What the chart shows, for its caption and title.
    pub caption: String,
    /// Which communes are shown (the spreadsheet has all).
    pub shown_note: String,
    /// Column headers: rank, commune, median rank, rank 5–95 %, in top N, score 5–95 %.
    pub headers: Vec<String>,
    /// The largest rank on the chart's axis.
    pub axis_max: usize,
    /// The first [`CHARTED`] ranked communes, in nominal rank order.
    pub charted: Vec<SensitivityRow>,
    /// Every ranked commune, in nominal rank order.
    pub rows: Vec<SensitivityRow>,
}

/// One commune's rank interval.
#[derive(Debug, Clone, Serialize)]
pub struct SensitivityRow {
    pub id: String,
    pub name: String,
    /// The name cut to fit beside the chart ([`CHART_NAME`] characters).
    pub short_name: String,
    pub rank: usize,
    pub median_rank: Option<usize>,
    pub rank_low: Option<usize>,
    pub rank_high: Option<usize>,
    pub median_text: String,
    pub interval_text: String,
    /// 0–1.
    pub top_share: f64,
    pub top_share_text: String,
    pub score_low: Option<f64>,
    pub score_high: Option<f64>,
    pub score_text: String,
    /// Where the nominal rank, the interval's ends and the median sit on the chart, 0–100.
    pub at: f64,
    pub from: f64,
    pub to: f64,
    pub median_at: f64,
}

/// `name` cut to [`CHART_NAME`] characters, with an ellipsis when cut.
fn short(name: &str) -> String {
    if name.chars().count() <= CHART_NAME {
        return name.to_owned();
    }
    let mut cut: String = name.chars().take(CHART_NAME - 1).collect();
    cut.push('…');
    cut
}

fn whole(value: Option<usize>) -> String {
    value.map_or_else(|| "–".to_owned(), |v| v.to_string())
}

fn interval(low: String, high: String) -> String {
    if low == high {
        low
    } else {
        format!("{low}–{high}")
    }
}

/// The section for `result`, for the communes the replications ranked.
pub fn section(inputs: &Inputs, result: &Sensitivity) -> SensitivitySection {
    let s = &result.settings;
    let lang = inputs.lang;
    let code = lang.code();
    let varied = words::varied(code, s.weights, s.vary_aggregate, s.vary_missing);
    let c = &result.correlation;
    let r = |x: Option<f64>| x.map_or_else(|| "–".to_owned(), |x| format!("{x:.3}"));
    let ranked: Vec<&CommuneRange> = result
        .communes
        .iter()
        .filter(|c| c.nominal_rank.is_some())
        .collect();
    let charted_count = ranked.len().min(CHARTED);
    let axis_max = ranked
        .iter()
        .take(CHARTED)
        .filter_map(|c| c.rank_high.max(c.nominal_rank))
        .max()
        .unwrap_or(1)
        .max(2);
    let position = |rank: Option<usize>| {
        rank.map_or(0.0, |r| {
            (r.saturating_sub(1) as f64 / (axis_max - 1) as f64 * 100.0).min(100.0)
        })
    };
    let rows: Vec<SensitivityRow> = ranked
        .iter()
        .filter_map(|commune| {
            let entity = inputs.dataset.entities.get(commune.entity)?;
            let rank = commune.nominal_rank?;
            let score = |x: Option<f64>| crate::report::words::score(x);
            let name = if entity.name.is_empty() {
                entity.id.clone()
            } else {
                entity.name.clone()
            };
            Some(SensitivityRow {
                id: entity.id.clone(),
                short_name: short(&name),
                name,
                rank,
                median_rank: commune.median_rank,
                rank_low: commune.rank_low,
                rank_high: commune.rank_high,
                median_text: whole(commune.median_rank),
                interval_text: interval(whole(commune.rank_low), whole(commune.rank_high)),
                top_share: commune.top_share,
                top_share_text: format!(
                    "{} %",
                    crate::report::words::number(Some(commune.top_share * 100.0))
                ),
                score_low: commune.score_low,
                score_high: commune.score_high,
                score_text: interval(score(commune.score_low), score(commune.score_high)),
                at: position(Some(rank)),
                from: position(commune.rank_low),
                to: position(commune.rank_high),
                median_at: position(commune.median_rank),
            })
        })
        .collect();
    SensitivitySection {
        title: t(lang, "sensitivity-report-title", &[]),
        sheet: t(lang, "sensitivity-report-sheet", &[]),
        intro: t(
            lang,
            "sensitivity-report-intro",
            &[
                ("runs", s.runs.into()),
                ("seed", s.seed.to_string().into()),
                ("varied", varied.into()),
                ("count", s.top.into()),
            ],
        ),
        correlation: words::correlation(code, &r(c.mean), &r(c.min), &r(c.low)),
        caption: t(lang, "sensitivity-report-chart", &[]),
        shown_note: if charted_count == rows.len() {
            t(
                lang,
                "sensitivity-report-shown-all",
                &[("total", rows.len().into())],
            )
        } else {
            t(
                lang,
                "sensitivity-report-shown",
                &[
                    ("count", charted_count.into()),
                    ("total", rows.len().into()),
                ],
            )
        },
        headers: vec![
            t(lang, "sensitivity-report-rank", &[]),
            t(lang, "sensitivity-report-commune", &[]),
            t(lang, "sensitivity-report-median", &[]),
            t(lang, "sensitivity-report-interval", &[]),
            t(lang, "sensitivity-report-top", &[("count", s.top.into())]),
            t(lang, "sensitivity-report-score", &[]),
        ],
        axis_max,
        charted: rows.iter().take(CHARTED).cloned().collect(),
        rows,
    }
}
