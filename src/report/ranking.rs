//! The ranked table of `dtm score` in four formats: terminal table, CSV, JSON and Markdown.

use std::collections::BTreeMap;
use std::io::{self, Write};

use super::escape::{self, Escape};
use comfy_table::{Cell, CellAlignment, Color, Table, presets};
use serde::Serialize;

use super::{Lang, t};
use crate::analysis::ranking::Row;
use crate::criteria::Criteria;
use crate::data::Dataset;
use crate::score::{Assessment, DataQuality, EntityResult, Flag, NodeKind};

/// Everything the ranked table shows.
pub struct Ranking<'a> {
    pub criteria: &'a Criteria,
    pub dataset: &'a Dataset,
    pub assessment: &'a Assessment,
    pub rows: Vec<Row<'a>>,
    /// Add one column per indicator score.
    pub detail: bool,
    /// Language of names.
    pub lang: Lang,
    /// Colour the terminal table by level.
    pub color: bool,
}

impl Ranking<'_> {
    fn level_name(&self, level: Option<usize>) -> String {
        super::words::level(self.criteria, level, self.lang.code())
    }

    fn pillar_ids(&self) -> Vec<&str> {
        self.assessment
            .pillars
            .iter()
            .map(|&p| self.assessment.nodes[p].id.as_str())
            .collect()
    }

    fn indicator_ids(&self) -> Vec<&str> {
        self.assessment
            .indicators
            .iter()
            .map(|&i| self.assessment.nodes[i].id.as_str())
            .collect()
    }

    fn display_name<'e>(&self, entity: &'e EntityResult) -> &'e str {
        if entity.name.is_empty() {
            &entity.id
        } else {
            &entity.name
        }
    }
}

/// Full precision, shortest round-trip form; empty when missing.
fn full(value: Option<f64>) -> String {
    value.map_or_else(String::new, |v| v.to_string())
}

/// One decimal, for people; "–" when missing.
fn rounded(value: Option<f64>) -> String {
    value.map_or_else(|| "–".to_owned(), |v| format!("{v:.1}"))
}

/// `rank,id,name,<groups>,[period],overall,level,level_name,<pillar>,<pillar>_level,…,coverage[,<indicator>…]`
pub fn csv(ranking: &Ranking<'_>, out: &mut dyn Write) -> io::Result<()> {
    let mut writer = ::csv::Writer::from_writer(out);
    let mut header: Vec<String> = vec!["rank".into(), "id".into(), "name".into()];
    header.extend(ranking.assessment.group_columns.iter().cloned());
    let period = ranking.criteria.entity.period.is_some();
    if period {
        header.push("period".into());
    }
    header.extend(["overall", "level", "level_name"].map(String::from));
    for id in ranking.pillar_ids() {
        header.push(id.to_owned());
        header.push(format!("{id}_level"));
    }
    header.push("coverage".into());
    if ranking.detail {
        header.extend(ranking.indicator_ids().into_iter().map(String::from));
    }
    let restated = ranking.assessment.restated.is_some();
    if restated {
        header.push("restated_from".into());
    }
    writer.write_record(escape::csv_record(&header))?;
    for row in &ranking.rows {
        let entity = row.entity;
        let mut record: Vec<String> = vec![
            row.rank.map_or_else(String::new, |r| r.to_string()),
            entity.id.clone(),
            entity.name.clone(),
        ];
        record.extend(entity.groups.iter().cloned());
        if period {
            record.push(ranking.assessment.period.clone().unwrap_or_default());
        }
        record.push(full(entity.overall));
        record.push(
            entity
                .level
                .map_or_else(String::new, |l| (l + 1).to_string()),
        );
        record.push(ranking.level_name(entity.level));
        for (k, score) in ranking.assessment.pillar_scores(entity).enumerate() {
            record.push(full(score));
            record.push(entity.pillar_levels[k].map_or_else(String::new, |l| (l + 1).to_string()));
        }
        record.push(entity.coverage.to_string());
        if ranking.detail {
            record.extend(ranking.assessment.indicator_scores(entity).map(full));
        }
        if restated {
            let sources = super::restated::sources(ranking.assessment, entity);
            record.push(sources.map_or_else(String::new, super::restated::codes));
        }
        writer.write_record(escape::csv_record(&record))?;
    }
    writer.flush()
}

/// The table itself, shared by the terminal and Markdown renderers.
fn grid(ranking: &Ranking<'_>, color: bool, text: Escape) -> Table {
    let mut table = Table::new();
    table.load_style(presets::UTF8_FULL_CONDENSED);
    if color {
        table.enforce_styling();
    }
    let assessment = ranking.assessment;
    let lang = ranking.lang;
    let mut header: Vec<String> = vec!["#".into(), t(lang, "common-commune", &[])];
    header.extend(
        assessment
            .group_columns
            .iter()
            .map(|g| text(g).into_owned()),
    );
    header.extend([t(lang, "common-overall", &[]), t(lang, "common-level", &[])]);
    header.extend(
        assessment
            .pillars
            .iter()
            .map(|&p| text(&short_name(ranking, p)).into_owned()),
    );
    header.push(t(lang, "common-coverage", &[]));
    if ranking.detail {
        header.extend(ranking.indicator_ids().into_iter().map(String::from));
    }
    table.set_header(header);
    let right = |text: String| Cell::new(text).set_alignment(CellAlignment::Right);
    for row in &ranking.rows {
        let entity = row.entity;
        let mut cells = vec![
            right(row.rank.map_or_else(String::new, |r| r.to_string())),
            Cell::new(text(ranking.display_name(entity))),
        ];
        cells.extend(entity.groups.iter().map(|g| Cell::new(text(g))));
        cells.push(paint(
            right(rounded(entity.overall)),
            entity.level,
            ranking,
            color,
        ));
        cells.push(paint(
            Cell::new(text(&ranking.level_name(entity.level))),
            entity.level,
            ranking,
            color,
        ));
        for (k, score) in assessment.pillar_scores(entity).enumerate() {
            cells.push(paint(
                right(rounded(score)),
                entity.pillar_levels[k],
                ranking,
                color,
            ));
        }
        cells.push(right(format!("{:.0} %", entity.coverage * 100.0)));
        if ranking.detail {
            cells.extend(
                assessment
                    .indicator_scores(entity)
                    .map(|s| right(rounded(s))),
            );
        }
        table.add_row(cells);
    }
    table
}

fn short_name(ranking: &Ranking<'_>, node: usize) -> String {
    let info = &ranking.assessment.nodes[node];
    info.name.as_ref().map_or_else(
        || info.id.clone(),
        |n| n.get(ranking.lang.code()).to_owned(),
    )
}

/// Red for the lowest level through green for the highest.
fn paint(cell: Cell, level: Option<usize>, ranking: &Ranking<'_>, color: bool) -> Cell {
    const PALETTE: [Color; 5] = [
        Color::Red,
        Color::DarkYellow,
        Color::Yellow,
        Color::Green,
        Color::Cyan,
    ];
    let (Some(level), true) = (level, color) else {
        return cell;
    };
    let count = ranking.criteria.levels.len().max(1);
    let slot = if count <= 1 {
        0
    } else {
        level * (PALETTE.len() - 1) / (count - 1)
    };
    cell.fg(PALETTE[slot.min(PALETTE.len() - 1)])
}

/// The terminal table: one decimal, pillar scores coloured by level when `ranking.color` is on.
pub fn table(ranking: &Ranking<'_>, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "{}", grid(ranking, ranking.color, escape::terminal))?;
    if let Some(restatement) = &ranking.assessment.restated {
        let note = super::restated::note(restatement, ranking.lang);
        writeln!(out, "{}", escape::terminal(&note))?;
    }
    Ok(())
}

/// Markdown: the same columns as the table, one decimal.
pub fn markdown(ranking: &Ranking<'_>, out: &mut dyn Write) -> io::Result<()> {
    let mut table = grid(ranking, false, escape::markdown_cell);
    table.load_style(presets::ASCII_MARKDOWN);
    if let Some(period) = &ranking.assessment.period {
        writeln!(out, "Period: {period}\n")?;
    }
    if let Some(restatement) = &ranking.assessment.restated {
        let note = super::restated::note(restatement, ranking.lang);
        writeln!(out, "{}\n", escape::markdown_cell(&note))?;
    }
    writeln!(out, "{table}")
}

#[derive(Serialize)]
struct JsonRanking<'a> {
    criteria: &'a str,
    period: Option<&'a str>,
    periods: &'a [String],
    pillars: Vec<&'a str>,
    levels: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    restated: Option<super::restated::Header<'a>>,
    communes: Vec<JsonCommune<'a>>,
    data_quality: &'a DataQuality,
}

#[derive(Serialize)]
struct JsonCommune<'a> {
    rank: Option<usize>,
    id: &'a str,
    name: &'a str,
    groups: BTreeMap<&'a str, &'a str>,
    overall: Option<f64>,
    /// 1-based level number.
    level: Option<usize>,
    level_name: String,
    coverage: f64,
    pillars: BTreeMap<&'a str, JsonScore>,
    /// Groups between pillars and indicators, by id.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    subgroups: BTreeMap<&'a str, JsonScore>,
    indicators: BTreeMap<&'a str, JsonIndicator>,
    flags: &'a [Flag],
    /// The old units a restated commune was made from.
    #[serde(skip_serializing_if = "Option::is_none")]
    restated_from: Option<&'a [crate::score::SourceUnit]>,
}

#[derive(Serialize)]
struct JsonScore {
    score: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    level: Option<usize>,
    coverage: f64,
}

#[derive(Serialize)]
struct JsonIndicator {
    raw: serde_json::Value,
    score: Option<f64>,
}

/// JSON: every shown commune with pillar and indicator scores, raw values, coverage and flags,
/// and the data-quality list. The shape is documented in the README.
pub fn json(ranking: &Ranking<'_>, out: &mut dyn Write) -> io::Result<()> {
    let assessment = ranking.assessment;
    let indicators = ranking.criteria.indicators();
    let communes = ranking
        .rows
        .iter()
        .map(|row| {
            let entity = row.entity;
            let raws = ranking.dataset.values.get(entity.entity);
            JsonCommune {
                rank: row.rank,
                id: &entity.id,
                name: &entity.name,
                groups: assessment
                    .group_columns
                    .iter()
                    .map(String::as_str)
                    .zip(entity.groups.iter().map(String::as_str))
                    .collect(),
                overall: entity.overall,
                level: entity.level.map(|l| l + 1),
                level_name: ranking.level_name(entity.level),
                coverage: entity.coverage,
                pillars: assessment
                    .pillars
                    .iter()
                    .enumerate()
                    .map(|(k, &p)| {
                        let score = JsonScore {
                            score: entity.scores[p],
                            level: entity.pillar_levels[k].map(|l| l + 1),
                            coverage: entity.coverages[p],
                        };
                        (assessment.nodes[p].id.as_str(), score)
                    })
                    .collect(),
                subgroups: assessment
                    .nodes
                    .iter()
                    .enumerate()
                    .filter(|(_, node)| node.kind == NodeKind::Group)
                    .map(|(k, node)| {
                        let score = JsonScore {
                            score: entity.scores[k],
                            level: None,
                            coverage: entity.coverages[k],
                        };
                        (node.id.as_str(), score)
                    })
                    .collect(),
                indicators: assessment
                    .indicators
                    .iter()
                    .enumerate()
                    .map(|(i, &node)| {
                        let raw = raws.and_then(|values| values.get(i).copied().flatten());
                        let raw = super::raw_json(raw, indicators.get(i).map(|ind| &ind.scale));
                        (
                            assessment.nodes[node].id.as_str(),
                            JsonIndicator {
                                raw,
                                score: entity.scores[node],
                            },
                        )
                    })
                    .collect(),
                flags: &entity.flags,
                restated_from: super::restated::sources(assessment, entity),
            }
        })
        .collect();
    let report = JsonRanking {
        criteria: &assessment.criteria,
        period: assessment.period.as_deref(),
        periods: &assessment.periods,
        pillars: ranking.pillar_ids(),
        levels: ranking
            .criteria
            .levels
            .iter()
            .map(|l| l.name.get(ranking.lang.code()).to_owned())
            .collect(),
        restated: super::restated::Header::of(assessment, ranking.lang),
        communes,
        data_quality: &assessment.data_quality,
    };
    serde_json::to_writer_pretty(&mut *out, &report)?;
    writeln!(out)
}
