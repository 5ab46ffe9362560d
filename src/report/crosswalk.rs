//! `dtm crosswalk`: the restated indicator scores per new unit (CSV, JSON), and the summary of a
//! checked crosswalk.

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::Serialize;

use super::i18n::{Arg, Lang, t};
use super::restated;
use crate::criteria::Criteria;
use crate::crosswalk::{Crosswalk, Summary};
use crate::score::{Restated, SourceUnit};

/// The restated indicator scores of every new unit.
pub struct CrosswalkReport<'a> {
    pub criteria: &'a Criteria,
    pub restated: &'a Restated,
    pub lang: Lang,
}

/// A checked crosswalk's numbers, for `dtm crosswalk --map MAP` without data.
pub struct MapSummary<'a> {
    pub name: &'a str,
    pub summary: Summary,
    pub lang: Lang,
}

impl<'a> MapSummary<'a> {
    pub fn of(crosswalk: &'a Crosswalk, lang: Lang) -> MapSummary<'a> {
        MapSummary {
            name: &crosswalk.name,
            summary: crosswalk.summary(),
            lang,
        }
    }
}

/// One line: "crosswalk vn-2025: 10599 rows; old units 10047 → new units 3321; old units split:
/// 460; new units with no old unit: 5".
pub fn summary(map: &MapSummary<'_>, out: &mut dyn Write) -> io::Result<()> {
    let s = map.summary;
    let args = [
        ("map", Arg::from(map.name)),
        ("rows", s.links.to_string().into()),
        ("old", s.old_units.to_string().into()),
        ("new", s.new_units.to_string().into()),
        ("split", s.split.to_string().into()),
        ("none", s.without_old_unit.to_string().into()),
    ];
    writeln!(out, "{}", t(map.lang, "crosswalk-summary", &args))
}

/// The summary as JSON: `{"crosswalk": …, "links": …, "old_units": …, …}`.
pub fn summary_json(map: &MapSummary<'_>, out: &mut dyn Write) -> io::Result<()> {
    #[derive(Serialize)]
    struct Json<'a> {
        crosswalk: &'a str,
        #[serde(flatten)]
        summary: Summary,
    }
    let json = Json {
        crosswalk: map.name,
        summary: map.summary,
    };
    crate::report::pretty::write(&mut *out, &json)?;
    writeln!(out)
}

/// `id,name,<groups>,[period],restated_from,<indicator>…`: full precision, empty when missing.
pub fn csv(report: &CrosswalkReport<'_>, out: &mut dyn Write) -> io::Result<()> {
    let assessment = &report.restated.assessment;
    let dataset = &report.restated.dataset;
    let mut writer = ::csv::Writer::from_writer(out);
    let period = report.criteria.entity.period.is_some();
    let mut header: Vec<String> = vec!["id".into(), "name".into()];
    header.extend(assessment.group_columns.iter().cloned());
    if period {
        header.push("period".into());
    }
    header.push("restated_from".into());
    header.extend(indicator_ids(report).map(str::to_owned));
    writer.write_record(&header)?;
    let sources = assessment.restated.as_ref().map(|r| &r.sources);
    for (u, entity) in dataset.entities.iter().enumerate() {
        let mut record = vec![entity.id.clone(), entity.name.clone()];
        record.extend(entity.groups.iter().cloned());
        if period {
            record.push(entity.period.clone().unwrap_or_default());
        }
        let from = sources.and_then(|s| s.get(u));
        record.push(from.map_or_else(String::new, |s| restated::codes(s)));
        for column in &report.restated.scores {
            record.push(column.get(u).map_or_else(String::new, |v| v.to_string()));
        }
        writer.write_record(&record)?;
    }
    writer.flush()
}

fn indicator_ids<'a>(report: &'a CrosswalkReport<'_>) -> impl Iterator<Item = &'a str> {
    let assessment = &report.restated.assessment;
    assessment
        .indicators
        .iter()
        .map(|&n| assessment.nodes[n].id.as_str())
}

#[derive(Serialize)]
struct JsonReport<'a> {
    criteria: &'a str,
    period: Option<&'a str>,
    restated: Option<restated::Header<'a>>,
    units: Vec<JsonUnit<'a>>,
}

#[derive(Serialize)]
struct JsonUnit<'a> {
    id: &'a str,
    name: &'a str,
    groups: BTreeMap<&'a str, &'a str>,
    restated_from: &'a [SourceUnit],
    /// Old units the crosswalk maps here that the data lack.
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    absent: &'a [String],
    indicators: BTreeMap<&'a str, JsonScore>,
}

#[derive(Serialize)]
struct JsonScore {
    score: Option<f64>,
    /// The weighted part of the unit's old communes that have the indicator, 0–1.
    coverage: f64,
}

/// JSON: every new unit with its old units and each indicator's restated score and coverage.
pub fn json(report: &CrosswalkReport<'_>, out: &mut dyn Write) -> io::Result<()> {
    let assessment = &report.restated.assessment;
    let restatement = assessment.restated.as_ref();
    let ids: Vec<&str> = indicator_ids(report).collect();
    let units = report
        .restated
        .dataset
        .entities
        .iter()
        .enumerate()
        .map(|(u, entity)| JsonUnit {
            id: &entity.id,
            name: &entity.name,
            groups: assessment
                .group_columns
                .iter()
                .map(String::as_str)
                .zip(entity.groups.iter().map(String::as_str))
                .collect(),
            restated_from: restatement
                .and_then(|r| r.sources.get(u))
                .map_or(&[], Vec::as_slice),
            absent: restatement
                .and_then(|r| r.absent.get(u))
                .map_or(&[], Vec::as_slice),
            indicators: ids
                .iter()
                .enumerate()
                .map(|(i, id)| {
                    let score = JsonScore {
                        score: report.restated.scores[i].get(u),
                        coverage: report.restated.coverages[i][u],
                    };
                    (*id, score)
                })
                .collect(),
        })
        .collect();
    let json = JsonReport {
        criteria: &assessment.criteria,
        period: assessment.period.as_deref(),
        restated: restated::Header::of(assessment, report.lang),
        units,
    };
    crate::report::pretty::write(&mut *out, &json)?;
    writeln!(out)
}
