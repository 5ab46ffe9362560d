//! The `dtm check --explain` tree: each node's weights, and each indicator's scale and column,
//! worded for a person. The report's method section shows the same rows.

use comfy_table::{
    Cell, CellAlignment, ColumnConstraint, ContentArrangement, Table, Width, presets,
};
use serde::Serialize;

use super::check::Screen;
use super::escape;
use super::i18n::{Lang, t};
use crate::criteria::Criteria;
use crate::criteria::explain::{ScaleFacts, describe_scale};
use crate::criteria::model::Direction;
use crate::score::{NodeInfo, NodeKind};

/// One line of the explained tree.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExplainRow {
    /// 0 for pillars.
    pub depth: usize,
    pub kind: NodeKind,
    pub id: String,
    pub name: String,
    /// Share of its parent's weight, 0 to 1.
    pub weight: f64,
    /// Share of the whole index, 0 to 1: the scoring tree's own effective weight.
    pub effective_weight: f64,
    /// The scale in words, for indicators.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scale: Option<String>,
    /// The data column, for indicators.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
}

/// The scoring tree's nodes (pre-order) as rows, names and scales in the language `code`
/// (`en`, `vi`).
pub fn explain_rows(criteria: &Criteria, nodes: &[NodeInfo], code: &str) -> Vec<ExplainRow> {
    let indicators = criteria.indicators();
    let words = Lang::from_code(code).unwrap_or_default();
    let lang = code;
    nodes
        .iter()
        .map(|node| ExplainRow {
            depth: node.depth,
            kind: node.kind,
            id: node.id.clone(),
            name: node
                .name
                .as_ref()
                .map_or_else(String::new, |n| n.get(lang).to_owned()),
            weight: node.weight,
            effective_weight: node.effective_weight,
            scale: node
                .indicator
                .and_then(|i| indicators.get(i))
                .map(|indicator| scale_words(&describe_scale(indicator), words)),
            column: node.column.clone(),
        })
        .collect()
}

/// The explained tree as a table: indented ids, weights in percent, scales in words. On a
/// terminal it keeps to the screen's width, and leaves out the column names when every one is
/// its indicator's id; elsewhere it is a Markdown table with every column.
pub fn tree_table(rows: &[ExplainRow], screen: Screen, lang: Lang) -> Table {
    let columns_are_ids = rows
        .iter()
        .all(|row| row.column.as_ref().is_none_or(|column| *column == row.id));
    let show_columns = !(screen.terminal && columns_are_ids);
    let mut table = Table::new();
    if screen.terminal {
        table
            .load_style(presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(screen.width);
    } else {
        table.load_style(presets::ASCII_MARKDOWN);
    }
    let mut header = vec![
        t(lang, "check-header-node", &[]),
        t(lang, "check-header-name", &[]),
        t(lang, "check-header-weight", &[]),
        t(lang, "check-header-in-index", &[]),
        t(lang, "check-header-scale", &[]),
    ];
    if show_columns {
        header.push(t(lang, "check-header-column", &[]));
    }
    table.set_header(header);
    let text = |s: &str| {
        if screen.terminal {
            escape::terminal(s).into_owned()
        } else {
            escape::markdown_cell(s).into_owned()
        }
    };
    // No-break spaces on a terminal: the dynamic layout drops ordinary leading spaces.
    let indent = if screen.terminal {
        "\u{a0}\u{a0}"
    } else {
        "  "
    };
    for row in rows {
        let percent = |share: f64| {
            Cell::new(format!("{:.1} %", share * 100.0)).set_alignment(CellAlignment::Right)
        };
        let mut cells = vec![
            Cell::new(format!("{}{}", indent.repeat(row.depth), text(&row.id))),
            Cell::new(text(&row.name)),
            percent(row.weight),
            percent(row.effective_weight),
            Cell::new(text(row.scale.as_deref().unwrap_or(""))),
        ];
        if show_columns {
            cells.push(Cell::new(text(row.column.as_deref().unwrap_or(""))));
        }
        table.add_row(cells);
    }
    if screen.terminal {
        // Ids are what people search for: keep them whole, up to a third of the screen.
        let widest = rows
            .iter()
            .map(|row| 2 * row.depth + row.id.chars().count())
            .max()
            .unwrap_or(0);
        let room = usize::from(screen.width / 3);
        let width = u16::try_from(widest.min(room) + 2).unwrap_or(u16::MAX);
        if let Some(column) = table.column_mut(0) {
            column.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(width)));
        }
    }
    table
}

/// A scale's facts in words: "0 % or less → 0, 80 % or more → 100".
pub fn scale_words(facts: &ScaleFacts, lang: Lang) -> String {
    let better = |direction: &Direction| match direction {
        Direction::Higher => t(lang, "scale-higher-better", &[]),
        Direction::Lower => t(lang, "scale-lower-better", &[]),
    };
    match facts {
        ScaleFacts::Goalpost {
            worst,
            best,
            rising,
        } => {
            let key = if *rising {
                "scale-goalpost-rising"
            } else {
                "scale-goalpost-falling"
            };
            t(lang, key, &[("worst", worst.into()), ("best", best.into())])
        }
        ScaleFacts::Minmax(direction) => t(
            lang,
            "scale-minmax",
            &[("better", better(direction).into())],
        ),
        ScaleFacts::Percentile(direction) => t(
            lang,
            "scale-percentile",
            &[("better", better(direction).into())],
        ),
        ScaleFacts::Boolean => t(lang, "scale-boolean", &[]),
        ScaleFacts::Categories(categories) => categories
            .iter()
            .map(|(label, score)| {
                t(
                    lang,
                    "scale-category",
                    &[("label", label.into()), ("score", score.into())],
                )
            })
            .collect::<Vec<_>>()
            .join(", "),
        ScaleFacts::Steps { rising, steps } => {
            let key = if *rising {
                "scale-step-rising"
            } else {
                "scale-step-falling"
            };
            let mut parts = vec![t(lang, "scale-steps-below", &[])];
            parts.extend(steps.iter().map(|(threshold, score)| {
                t(
                    lang,
                    key,
                    &[("threshold", threshold.into()), ("score", score.into())],
                )
            }));
            parts.join(", ")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::criteria::load_bytes;

    fn rows() -> Vec<ExplainRow> {
        let loaded = load_bytes(crate::criteria::BUILTIN.as_bytes(), "builtin.yaml");
        let Some(criteria) = loaded.criteria else {
            return Vec::new();
        };
        let nodes = crate::score::tree(&criteria).unwrap_or_default();
        explain_rows(&criteria, &nodes, "vi")
    }

    #[test]
    fn the_explained_tree_fits_an_80_column_terminal() {
        let rows = rows();
        assert!(rows.len() > 10);
        let screen = Screen {
            terminal: true,
            width: 80,
            color: false,
            lang: Lang::Vi,
        };
        let text = tree_table(&rows, screen, Lang::Vi).to_string();
        let widest = text.lines().map(|l| l.chars().count()).max();
        assert!(widest.is_some_and(|w| w <= 80), "{text}");
    }

    #[test]
    fn effective_weights_come_from_the_scoring_tree_and_sum_to_one() {
        let rows = rows();
        let total: f64 = rows
            .iter()
            .filter(|r| r.kind == NodeKind::Indicator)
            .map(|r| r.effective_weight)
            .sum();
        assert!((total - 1.0).abs() < 1e-9, "{total}");
        assert!(
            rows.iter()
                .all(|r| r.depth > 0 || r.kind == NodeKind::Pillar)
        );
    }

    #[test]
    fn scales_are_worded_in_each_language() {
        let goalpost = ScaleFacts::Goalpost {
            worst: "0 %".into(),
            best: "80 %".into(),
            rising: true,
        };
        assert_eq!(
            scale_words(&goalpost, Lang::En),
            "0 % or less → 0, 80 % or more → 100"
        );
        assert_eq!(
            scale_words(&goalpost, Lang::Vi),
            "0 % trở xuống → 0, 80 % trở lên → 100"
        );
        let steps = ScaleFacts::Steps {
            rising: false,
            steps: vec![("10".into(), "50".into()), ("5".into(), "100".into())],
        };
        assert_eq!(
            scale_words(&steps, Lang::En),
            "below all steps → 0, ≤ 10 → 50, ≤ 5 → 100"
        );
        let vietnamese = rows();
        assert!(
            vietnamese
                .iter()
                .filter_map(|row| row.scale.as_deref())
                .all(|scale| !scale.contains("or more") && !scale.contains("better")),
            "{vietnamese:?}"
        );
    }
}
