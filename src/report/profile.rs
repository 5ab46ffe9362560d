//! One commune's profile (`dtm profile`) in four formats: its standing, pillars and indicators,
//! data-quality notes, and its gaps with the path to the next level.

mod gaps;
mod machine;

use std::io::{self, Write};

use comfy_table::{Cell, CellAlignment, Table, TableStyle, presets};

pub use machine::{csv, json};

use super::columns::{COMPACT, Width, fit, longest_word, wrap};
use super::escape;
use super::model::{Commune, NodeView, Run};
use super::{Lang, t, words};
use crate::analysis::gaps::Gaps;
use crate::score::NodeKind;

/// Everything a profile shows.
pub struct Profile<'a> {
    pub run: Run,
    pub commune: Commune<'a>,
    pub gaps: &'a Gaps,
    pub lang: Lang,
    pub width: Width,
}

/// The terminal form: the headline, the commune, the pillar and indicator tables, the gaps and
/// the notes.
pub fn table(profile: &Profile<'_>, out: &mut dyn Write) -> io::Result<()> {
    text(profile, out, COMPACT, "", profile.width)
}

/// Markdown: the same content with Markdown tables and headings.
pub fn markdown(profile: &Profile<'_>, out: &mut dyn Write) -> io::Result<()> {
    text(
        profile,
        out,
        presets::ASCII_MARKDOWN,
        "## ",
        Width::Unlimited,
    )
}

fn text(
    profile: &Profile<'_>,
    out: &mut dyn Write,
    style: TableStyle,
    heading: &str,
    width: Width,
) -> io::Result<()> {
    let (c, lang) = (&profile.commune, profile.lang);
    writeln!(
        out,
        "{}\n",
        super::headline::headline(&profile.run, lang, width)
    )?;
    let title = if c.name.is_empty() {
        c.id.to_owned()
    } else {
        format!("{} ({})", c.name, c.id)
    };
    let mut facts = vec![title];
    facts.extend(c.groups.iter().map(|(_, v)| (*v).to_owned()));
    // Names and groups are data: made safe for the terminal or for Markdown.
    let facts = facts.join(" · ");
    let facts = if heading.is_empty() {
        escape::terminal(&facts)
    } else {
        escape::markdown_cell(&facts)
    };
    writeln!(out, "{}{facts}\n", heading.replace("##", "#"))?;
    writeln!(out, "{}\n", wrap(&standing(profile), width, 2))?;
    let run = &profile.run;
    if let Some(note) = super::notes::synthetic(run.synthetic, run.communes, lang.code()) {
        writeln!(out, "{}\n", wrap(&note, width, 0))?;
    }
    if c.flags.contains(&crate::score::Flag::Unranked) {
        writeln!(out, "{}\n", super::notes::unranked_one(lang.code()))?;
    }
    if let Some(restated) = run
        .restated
        .as_ref()
        .filter(|_| !c.restated_from.is_empty())
    {
        // The note, the old units the commune was made from, and those the data lack.
        let mut lines = vec![
            restated.note.clone(),
            format!(
                "{}: {}",
                super::restated::from_label(lang),
                super::restated::list(c.restated_from)
            ),
        ];
        if !c.restated_absent.is_empty() {
            let label = super::restated::absent_label(lang);
            lines.push(format!("{label}: {}", c.restated_absent.join(", ")));
        }
        for line in lines {
            let line = if heading.is_empty() {
                escape::terminal(&line).into_owned()
            } else {
                escape::markdown_cell(&line).into_owned()
            };
            writeln!(out, "{}", wrap(&line, width, 0))?;
        }
        writeln!(out)?;
    }
    writeln!(out, "{heading}{}", t(lang, "profile-section-pillars", &[]))?;
    writeln!(out, "{}\n", render(pillar_table(profile), style, width))?;
    writeln!(
        out,
        "{heading}{}",
        t(lang, "profile-section-indicators", &[])
    )?;
    writeln!(out, "{}\n", render(indicator_table(profile), style, width))?;
    writeln!(out, "{heading}{}", t(lang, "profile-section-gaps", &[]))?;
    for line in gaps::lines(profile) {
        let indent = line.len() - line.trim_start().len();
        writeln!(out, "{}", wrap(&line, width, indent + 3))?;
    }
    if !c.notes.is_empty() {
        writeln!(
            out,
            "\n{heading}{}",
            t(lang, "profile-section-quality", &[])
        )?;
        for note in &c.notes {
            let what = words::treatment(note.treatment, note.group, lang);
            let line = format!("- {}: {what}", note.node_id);
            writeln!(out, "{}", wrap(&line, width, 2))?;
        }
    }
    Ok(())
}

/// A table in `style`, fitted to `width` with its numeric columns (all but the first) kept whole.
fn render(mut table: Table, style: TableStyle, width: Width) -> String {
    table.load_style(style);
    let mut widest: Vec<usize> = Vec::new();
    for row in table.row_iter() {
        for (k, cell) in row.cell_iter().enumerate() {
            let chars = cell.content().chars().count();
            if widest.len() <= k {
                widest.push(0);
            }
            widest[k] = widest[k].max(chars);
        }
    }
    let headers: Vec<usize> = table
        .header()
        .map(|row| {
            row.cell_iter()
                .map(|c| longest_word(&c.content()))
                .collect()
        })
        .unwrap_or_default();
    let fixed: Vec<(usize, usize)> = widest
        .iter()
        .enumerate()
        .skip(1)
        .map(|(k, &w)| (k, w.min(12).max(headers.get(k).copied().unwrap_or(0))))
        .collect();
    fit(&mut table, width, &fixed);
    table.trim_fmt()
}

/// "Overall 72.4 — Developing (level 3 of 5); rank 12 of 188; rank 2 of 14 in Huyện X; coverage 97 %"
fn standing(profile: &Profile<'_>) -> String {
    let (c, run, lang) = (&profile.commune, &profile.run, profile.lang);
    let mut parts = vec![match c.level {
        Some(level) => t(
            lang,
            "profile-standing",
            &[
                ("score", words::score(c.overall).into()),
                ("level", c.level_name.into()),
                ("number", level.into()),
                ("count", run.levels.len().into()),
            ],
        ),
        None => t(lang, "profile-standing-unscored", &[]),
    }];
    if let Some(rank) = c.rank {
        let total = run.communes;
        parts.push(t(
            lang,
            "profile-rank",
            &[("rank", rank.into()), ("total", total.into())],
        ));
    }
    if let (Some((_, Some(rank))), Some((_, value))) = (c.group_ranks.first(), c.groups.first()) {
        parts.push(t(
            lang,
            "profile-rank-in",
            &[
                ("rank", (*rank).into()),
                ("total", c.group_sizes.first().copied().unwrap_or(0).into()),
                ("group", (*value).into()),
            ],
        ));
    }
    let coverage = words::percent(c.coverage);
    parts.push(t(lang, "profile-coverage", &[("percent", coverage.into())]));
    parts.join("; ")
}

fn right(text: String) -> Cell {
    Cell::new(text).set_alignment(CellAlignment::Right)
}

fn pillar_table(profile: &Profile<'_>) -> Table {
    let lang = profile.lang;
    let mut table = Table::new();
    table.set_header([
        t(lang, "common-pillar", &[]),
        t(lang, "common-score", &[]),
        t(lang, "common-level", &[]),
        t(lang, "score-header-coverage", &[]),
    ]);
    for pillar in profile.commune.pillars() {
        table.add_row(vec![
            Cell::new(pillar.name),
            right(words::score(pillar.score)),
            Cell::new(pillar.level_name),
            right(words::percent(pillar.coverage)),
        ]);
    }
    table
}

fn indicator_table(profile: &Profile<'_>) -> Table {
    let lang = profile.lang;
    let mut table = Table::new();
    table.set_header([
        t(lang, "common-indicator", &[]),
        t(lang, "profile-header-raw", &[]),
        t(lang, "profile-header-unit", &[]),
        t(lang, "common-score", &[]),
        t(lang, "profile-header-weight", &[]),
        t(lang, "profile-header-gain", &[]),
    ]);
    for node in &profile.commune.nodes {
        table.add_row(node_row(node, lang));
    }
    table
}

fn node_row(node: &NodeView<'_>, lang: Lang) -> Vec<Cell> {
    let indent = "  ".repeat(node.depth);
    let is_indicator = node.kind == NodeKind::Indicator;
    // Names, not ids: a planner reads "Dossiers filed online", not `online_dossier_pct`
    // (the name falls back to the id when the criteria give none).
    let label = node.name;
    vec![
        Cell::new(format!("{indent}{label}")),
        right(if is_indicator {
            words::raw(node.raw.as_ref(), lang)
        } else {
            String::new()
        }),
        Cell::new(node.unit.unwrap_or_default()),
        right(words::score(node.score)),
        right(words::percent_1(node.effective_weight)),
        right(
            node.gain
                .filter(|g| *g > 0.0)
                .map_or_else(String::new, |g| format!("+{g:.1}")),
        ),
    ]
}
