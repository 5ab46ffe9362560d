//! `dtm sensitivity` in four formats: per commune its nominal and replicated ranks and scores, and
//! for the run the rank correlation and the most and least stable communes.

mod runs;

use std::io::{self, Write};

use comfy_table::{Cell, CellAlignment, Table, TableStyle, presets};
use serde_json::json;

use crate::analysis::sensitivity::{CommuneRange, Sensitivity};
use crate::criteria::Criteria;
use crate::data::{Dataset, Entity};
use crate::report::i18n::{Lang, t};

pub use runs::RunsWriter;

/// Everything `dtm sensitivity` shows.
pub struct SensitivityReport<'a> {
    pub criteria: &'a Criteria,
    pub dataset: &'a Dataset,
    pub result: &'a Sensitivity,
    /// The period scored, when the data have periods.
    pub period: Option<&'a str>,
    /// The node ranked by (`--by`): its id and its name in `lang`; `None` for the overall score.
    pub by_id: Option<&'a str>,
    pub by: Option<&'a str>,
    pub lang: &'a str,
}

impl SensitivityReport<'_> {
    fn entity(&self, commune: &CommuneRange) -> &Entity {
        &self.dataset.entities[commune.entity]
    }

    fn name(&self, commune: &CommuneRange) -> String {
        let entity = self.entity(commune);
        if entity.name.is_empty() {
            entity.id.clone()
        } else {
            entity.name.clone()
        }
    }

    fn names(&self, list: &[usize]) -> String {
        let names: Vec<String> = list
            .iter()
            .map(|&at| self.name(&self.result.communes[at]))
            .collect();
        if names.is_empty() {
            "–".to_owned()
        } else {
            names.join(", ")
        }
    }

    fn varied(&self) -> Vec<&'static str> {
        let s = &self.result.settings;
        let mut parts = Vec::new();
        if s.vary_aggregate {
            parts.push("aggregate");
        }
        if s.vary_missing {
            parts.push("missing");
        }
        parts
    }

    /// The lines above the table.
    fn preamble(&self) -> Vec<String> {
        let s = &self.result.settings;
        let lang = Lang::from_code(self.lang).unwrap_or_default();
        let varied = varied(lang, s.weights, s.vary_aggregate, s.vary_missing);
        let by = self
            .by
            .map_or_else(|| t(lang, "sensitivity-overall", &[]), str::to_owned);
        let c = &self.result.correlation;
        let r = |x: Option<f64>| x.map_or_else(|| "–".to_owned(), |x| format!("{x:.3}"));
        vec![
            t(
                lang,
                "sensitivity-summary",
                &[
                    ("runs", s.runs.into()),
                    ("seed", s.seed.to_string().into()),
                    ("varied", varied.into()),
                    ("by", by.into()),
                ],
            ),
            correlation(lang, &r(c.mean), &r(c.min), &r(c.low)),
            t(
                lang,
                "sensitivity-most-stable",
                &[("names", self.names(&self.result.most_stable).into())],
            ),
            t(
                lang,
                "sensitivity-least-stable",
                &[("names", self.names(&self.result.least_stable).into())],
            ),
        ]
    }
}

/// The rank correlation line.
pub fn correlation(lang: Lang, mean: &str, min: &str, low: &str) -> String {
    t(
        lang,
        "sensitivity-correlation",
        &[
            ("mean", mean.into()),
            ("min", min.into()),
            ("low", low.into()),
        ],
    )
}

/// What was varied, e.g. "weights ±25 %, aggregation, missing-data policy".
pub fn varied(lang: Lang, weights: f64, aggregate: bool, missing: bool) -> String {
    let mut parts = Vec::new();
    if weights > 0.0 {
        let percent = super::words::number(Some(weights * 100.0));
        parts.push(t(
            lang,
            "sensitivity-varied-weights",
            &[("percent", percent.into())],
        ));
    }
    if aggregate {
        parts.push(t(lang, "sensitivity-varied-aggregation", &[]));
    }
    if missing {
        parts.push(t(lang, "sensitivity-varied-missing", &[]));
    }
    if parts.is_empty() {
        return t(lang, "sensitivity-varied-nothing", &[]);
    }
    parts.join(", ")
}

/// Column headers of the table and Markdown after the group columns.
fn headers(lang: Lang, top: usize) -> Vec<String> {
    let top = top.to_string();
    vec![
        t(lang, "sensitivity-header-score", &[]),
        t(lang, "sensitivity-header-mean", &[]),
        t(lang, "sensitivity-header-score-band", &[]),
        t(lang, "sensitivity-header-median-rank", &[]),
        t(lang, "sensitivity-header-rank-band", &[]),
        t(lang, "sensitivity-header-in-top", &[("top", (&top).into())]),
    ]
}

/// The `pilot --robust` column: how often a pick is in the top N under sensitivity replications.
pub fn robust_header(lang: Lang, top: usize) -> String {
    t(
        lang,
        "sensitivity-robust-header",
        &[("top", top.to_string().into())],
    )
}

fn right(text: String) -> Cell {
    Cell::new(text).set_alignment(CellAlignment::Right)
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

fn percent(share: f64) -> String {
    format!("{} %", super::words::number(Some(share * 100.0)))
}

/// The terminal form.
pub fn table(report: &SensitivityReport<'_>, out: &mut dyn Write) -> io::Result<()> {
    text(report, out, presets::UTF8_FULL_CONDENSED)
}

/// Markdown: the summary lines and a Markdown table.
pub fn markdown(report: &SensitivityReport<'_>, out: &mut dyn Write) -> io::Result<()> {
    text(report, out, presets::ASCII_MARKDOWN)
}

fn text(report: &SensitivityReport<'_>, out: &mut dyn Write, style: TableStyle) -> io::Result<()> {
    for line in report.preamble() {
        writeln!(out, "{line}\n")?;
    }
    let lang = Lang::from_code(report.lang).unwrap_or_default();
    let mut table = Table::new();
    table.load_style(style);
    let mut header = vec![
        t(lang, "sensitivity-rank", &[]),
        t(lang, "sensitivity-commune", &[]),
    ];
    let groups = report.criteria.entity.groups.iter();
    header.extend(groups.map(|g| super::words::group_header(g, lang)));
    header.extend(headers(lang, report.result.settings.top));
    table.set_header(header);
    for commune in &report.result.communes {
        let score = |x| super::words::score(x);
        let mut cells = vec![
            right(whole(commune.nominal_rank)),
            Cell::new(report.name(commune)),
        ];
        cells.extend(report.entity(commune).groups.iter().map(Cell::new));
        cells.push(right(score(commune.nominal_score)));
        cells.push(right(score(commune.score_mean)));
        cells.push(right(interval(
            score(commune.score_low),
            score(commune.score_high),
        )));
        cells.push(right(whole(commune.median_rank)));
        cells.push(right(interval(
            whole(commune.rank_low),
            whole(commune.rank_high),
        )));
        cells.push(right(percent(commune.top_share)));
        table.add_row(cells);
    }
    writeln!(out, "{table}")
}

fn full(value: Option<f64>) -> String {
    value.map_or_else(String::new, |v| v.to_string())
}

fn count(value: Option<usize>) -> String {
    value.map_or_else(String::new, |v| v.to_string())
}

/// CSV: one row per commune, full precision, stable English column names.
pub fn csv(report: &SensitivityReport<'_>, out: &mut dyn Write) -> io::Result<()> {
    let mut writer = ::csv::Writer::from_writer(out);
    let mut header: Vec<String> = vec!["nominal_rank".into(), "id".into(), "name".into()];
    header.extend(report.criteria.entity.groups.iter().cloned());
    header.extend(
        [
            "nominal_score",
            "score_mean",
            "score_low",
            "score_high",
            "median_rank",
            "rank_low",
            "rank_high",
            "top_share",
            "ranked_share",
        ]
        .map(String::from),
    );
    writer.write_record(&header)?;
    for c in &report.result.communes {
        let entity = report.entity(c);
        let mut record = vec![
            count(c.nominal_rank),
            entity.id.clone(),
            entity.name.clone(),
        ];
        record.extend(entity.groups.iter().cloned());
        record.extend([
            full(c.nominal_score),
            full(c.score_mean),
            full(c.score_low),
            full(c.score_high),
            count(c.median_rank),
            count(c.rank_low),
            count(c.rank_high),
            c.top_share.to_string(),
            c.ranked_share.to_string(),
        ]);
        writer.write_record(&record)?;
    }
    writer.flush()
}

/// JSON: the settings, the run's summary and every commune, full precision.
pub fn json(report: &SensitivityReport<'_>, out: &mut dyn Write) -> io::Result<()> {
    let r = report.result;
    let s = &r.settings;
    let ids = |list: &[usize]| -> Vec<&str> {
        list.iter()
            .map(|&at| report.entity(&r.communes[at]).id.as_str())
            .collect()
    };
    let communes: Vec<serde_json::Value> = r
        .communes
        .iter()
        .map(|c| {
            let entity = report.entity(c);
            let groups: serde_json::Map<String, serde_json::Value> = report
                .criteria
                .entity
                .groups
                .iter()
                .zip(&entity.groups)
                .map(|(k, v)| (k.clone(), json!(v)))
                .collect();
            json!({
                "id": entity.id,
                "name": entity.name,
                "groups": groups,
                "nominal_rank": c.nominal_rank,
                "nominal_score": c.nominal_score,
                "score_mean": c.score_mean,
                "score_low": c.score_low,
                "score_high": c.score_high,
                "median_rank": c.median_rank,
                "rank_low": c.rank_low,
                "rank_high": c.rank_high,
                "top_share": c.top_share,
                "ranked_share": c.ranked_share,
            })
        })
        .collect();
    let value = json!({
        "criteria": report.criteria.id,
        "period": report.period,
        "settings": {
            "runs": s.runs,
            "seed": s.seed,
            "weights": s.weights,
            "vary": report.varied(),
            "top": s.top,
            "by": report.by_id,
        },
        "correlation": {
            "mean": r.correlation.mean,
            "min": r.correlation.min,
            "low": r.correlation.low,
        },
        "most_stable": ids(&r.most_stable),
        "least_stable": ids(&r.least_stable),
        "communes": communes,
    });
    crate::report::pretty::write(&mut *out, &value)?;
    writeln!(out)
}
