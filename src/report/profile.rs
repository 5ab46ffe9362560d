//! One commune's profile (`dtm profile`) in four formats: its standing, pillars and indicators,
//! data-quality notes, and its gaps with the path to the next level.

use super::escape;
use std::io::{self, Write};

use comfy_table::{Cell, CellAlignment, Table, presets};
mod machine;

pub use machine::{csv, json};

use super::words;
use crate::analysis::gaps::{Gaps, Outlook, Step};
use crate::criteria::Criteria;
use crate::data::Dataset;
use crate::score::{Assessment, EntityResult, NodeKind, QualityNote};

/// Everything a profile shows.
pub struct Profile<'a> {
    pub criteria: &'a Criteria,
    pub dataset: &'a Dataset,
    pub assessment: &'a Assessment,
    pub entity: &'a EntityResult,
    pub gaps: &'a Gaps,
    pub lang: &'a str,
}

impl Profile<'_> {
    fn node_name(&self, node: usize) -> String {
        let info = &self.assessment.nodes[node];
        info.name
            .as_ref()
            .map_or_else(|| info.id.clone(), |n| n.get(self.lang).to_owned())
    }

    fn raw(&self, node: usize) -> String {
        let info = &self.assessment.nodes[node];
        let value = info.indicator.and_then(|i| {
            self.dataset
                .values
                .get(self.entity.entity)?
                .get(i)
                .copied()
                .flatten()
        });
        words::raw(value, info.scale.as_ref())
    }

    fn unit(&self, node: usize) -> String {
        let id = &self.assessment.nodes[node].id;
        self.criteria
            .indicators()
            .iter()
            .find(|i| &i.id == id)
            .and_then(|i| i.unit.clone())
            .unwrap_or_default()
    }

    fn gain(&self, node: usize) -> Option<f64> {
        self.gaps
            .gains
            .iter()
            .find(|g| g.node == node)
            .map(|g| g.gain)
    }

    fn notes(&self) -> Vec<&QualityNote> {
        self.assessment
            .data_quality
            .notes
            .iter()
            .filter(|n| n.entity_id == self.entity.id)
            .collect()
    }

    fn level(&self, level: Option<usize>) -> String {
        words::level(self.criteria, level, self.lang)
    }
}

/// The terminal form: a header, the pillar and indicator tables, the gaps and the notes.
pub fn table(profile: &Profile<'_>, out: &mut dyn Write) -> io::Result<()> {
    text(profile, out, presets::UTF8_FULL_CONDENSED, "")
}

/// Markdown: the same content with Markdown tables and headings.
pub fn markdown(profile: &Profile<'_>, out: &mut dyn Write) -> io::Result<()> {
    text(profile, out, presets::ASCII_MARKDOWN, "## ")
}

fn text(
    profile: &Profile<'_>,
    out: &mut dyn Write,
    preset: comfy_table::TableStyle,
    heading: &str,
) -> io::Result<()> {
    let e = profile.entity;
    let title = if e.name.is_empty() {
        e.id.clone()
    } else {
        format!("{} ({})", e.name, e.id)
    };
    let mut facts = vec![title];
    facts.extend(e.groups.iter().cloned());
    if let Some(period) = &profile.assessment.period {
        facts.push(format!("period {period}"));
    }
    // Names and groups come from the data: no control character reaches the screen.
    let title = escape::terminal(&facts.join(" · ")).into_owned();
    writeln!(out, "{}{title}", heading.replace("##", "#"))?;
    writeln!(out)?;
    writeln!(out, "{}", standing(profile))?;
    writeln!(out)?;
    restated_lines(profile, out)?;
    writeln!(out, "{heading}Pillars")?;
    writeln!(out, "{}", pillar_table(profile, preset))?;
    writeln!(out)?;
    writeln!(out, "{heading}Indicators")?;
    writeln!(out, "{}", indicator_table(profile, preset))?;
    writeln!(out)?;
    writeln!(out, "{heading}Gaps")?;
    for line in gap_lines(profile) {
        writeln!(out, "{line}")?;
    }
    let notes = profile.notes();
    if !notes.is_empty() {
        writeln!(out)?;
        writeln!(out, "{heading}Data quality")?;
        for note in notes {
            writeln!(
                out,
                "- {}: {}",
                note.node_id,
                words::treatment(&note.treatment)
            )?;
        }
    }
    Ok(())
}

/// For a restated commune: the note, the old units it was made from, and those the data lack.
fn restated_lines(profile: &Profile<'_>, out: &mut dyn Write) -> io::Result<()> {
    let (Some(restatement), Some(sources)) = (
        &profile.assessment.restated,
        super::restated::sources(profile.assessment, profile.entity),
    ) else {
        return Ok(());
    };
    let lang = super::Lang::from_code(profile.lang).unwrap_or_default();
    writeln!(out, "{}", super::restated::note(restatement, lang))?;
    let from = super::restated::from_label(lang);
    writeln!(out, "{from}: {}", super::restated::list(sources))?;
    let absent = super::restated::absent(profile.assessment, profile.entity);
    if !absent.is_empty() {
        let label = super::restated::absent_label(lang);
        writeln!(out, "{label}: {}", absent.join(", "))?;
    }
    writeln!(out)
}

/// "Overall 72.4 — Developing (level 3 of 5); rank 12 of 188; rank 2 of 14 in Huyện X; coverage 97 %"
fn standing(profile: &Profile<'_>) -> String {
    let e = profile.entity;
    let total = profile.assessment.entities.len();
    let mut parts = vec![match e.level {
        Some(l) => format!(
            "Overall {} — {} (level {} of {})",
            words::score(e.overall),
            profile.level(Some(l)),
            l + 1,
            profile.criteria.levels.len()
        ),
        None => "Overall – (too little data for a score)".to_owned(),
    }];
    if let Some(rank) = e.rank {
        parts.push(format!("rank {rank} of {total}"));
    }
    if let (Some(Some(rank)), Some(value)) = (e.group_ranks.first(), e.groups.first()) {
        let peers = profile
            .assessment
            .entities
            .iter()
            .filter(|o| o.groups.first() == Some(value))
            .count();
        parts.push(format!("rank {rank} of {peers} in {value}"));
    }
    parts.push(format!("coverage {:.0} %", e.coverage * 100.0));
    parts.join("; ")
}

fn right(text: String) -> Cell {
    Cell::new(text).set_alignment(CellAlignment::Right)
}

fn pillar_table(profile: &Profile<'_>, preset: comfy_table::TableStyle) -> Table {
    let mut table = Table::new();
    table.load_style(preset);
    table.set_header(["pillar", "score", "level", "coverage"]);
    for (k, &p) in profile.assessment.pillars.iter().enumerate() {
        table.add_row(vec![
            Cell::new(profile.node_name(p)),
            right(words::score(profile.entity.scores[p])),
            Cell::new(profile.level(profile.entity.pillar_levels[k])),
            right(format!("{:.0} %", profile.entity.coverages[p] * 100.0)),
        ]);
    }
    table
}

fn indicator_table(profile: &Profile<'_>, preset: comfy_table::TableStyle) -> Table {
    let mut table = Table::new();
    table.load_style(preset);
    table.set_header(["node", "raw", "unit", "score", "weight", "gain"]);
    for (node, info) in profile.assessment.nodes.iter().enumerate() {
        let indent = "  ".repeat(info.depth);
        let is_indicator = info.kind == NodeKind::Indicator;
        table.add_row(vec![
            Cell::new(format!(
                "{indent}{}",
                if is_indicator {
                    info.id.clone()
                } else {
                    profile.node_name(node)
                }
            )),
            right(if is_indicator {
                profile.raw(node)
            } else {
                String::new()
            }),
            Cell::new(if is_indicator {
                profile.unit(node)
            } else {
                String::new()
            }),
            right(words::score(profile.entity.scores[node])),
            right(format!("{:.1} %", info.effective_weight * 100.0)),
            right(if is_indicator {
                profile
                    .gain(node)
                    .map_or_else(String::new, |g| format!("+{g:.1}"))
            } else {
                String::new()
            }),
        ]);
    }
    table
}

/// The gains in a sentence and the path to the next level, one numbered step a line.
fn gap_lines(profile: &Profile<'_>) -> Vec<String> {
    let gaps = profile.gaps;
    let mut lines = Vec::new();
    if let Some(top) = gaps.gains.first() {
        lines.push(format!(
            "The largest gain: {} (+{:.1} points at its best); {} indicator(s) could gain, {} are at their best.",
            top.id,
            top.gain,
            gaps.gains.len(),
            gaps.at_best
        ));
    }
    match &gaps.next {
        Outlook::Top { level } => lines.push(format!("Already at the top level ({}).", profile.level(Some(*level)))),
        Outlook::Unscored => lines.push("No overall score, so no path to a next level; report more indicators first.".into()),
        Outlook::Unreachable { level, min, best_overall } => lines.push(format!(
            "{} (from {min}) cannot be reached: with every indicator at its best the overall would be {}.",
            profile.level(Some(*level)),
            words::score(*best_overall)
        )),
        Outlook::Path(path) => {
            let mut needs = Vec::new();
            if path.deficit > 0.0 {
                needs.push(format!("{:.1} more points are needed", path.deficit));
            }
            if !path.held_back_by.is_empty() {
                let names: Vec<String> = path.held_back_by.iter().map(|&p| profile.node_name(p)).collect();
                needs.push(format!("the weakest pillar must rise ({})", names.join(", ")));
            }
            let head = format!(
                "To reach {} ({}), {}",
                profile.level(Some(path.level)),
                words::number(Some(path.min)),
                needs.join(" and ")
            );
            let fewest = if path.fewest { "the fewest improvements" } else { "a short path (not proven the fewest)" };
            lines.push(format!("{head}; {fewest}, {}:", path.steps.len()));
            lines.extend(path.steps.iter().enumerate().map(|(k, s)| format!("  {}. {}", k + 1, step_words(profile, s))));
            lines.push(format!("Overall after: {}.", words::score(Some(path.overall_after))));
        }
    }
    lines
}

/// "online_dossier_pct: 81.4 % → ≥ 95.2 % (score 76.3 → 100.0, +5.1)"
pub fn step_words(profile: &Profile<'_>, step: &Step) -> String {
    let numeric = profile.assessment.nodes[step.node]
        .scale
        .as_ref()
        .is_some_and(|s| s.is_numeric());
    let unit = profile.unit(step.node);
    let unit = if unit.is_empty() || !numeric {
        String::new()
    } else {
        format!(" {unit}")
    };
    let target = step.target.as_ref().map_or_else(String::new, words::target);
    format!(
        "{}: {}{unit} → {target}{} (score {} → {:.1}, +{:.1})",
        step.id,
        profile.raw(step.node),
        if target.starts_with('≥') || target.starts_with('≤') {
            unit.as_str()
        } else {
            ""
        },
        words::score(step.from),
        step.to,
        step.gain
    )
}
