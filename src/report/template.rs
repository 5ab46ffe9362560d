//! `dtm template`: a blank data-collection sheet for the criteria in force.
//!
//! A template has the entity columns (id, name, groups, period), then one column per indicator in
//! the criteria's order. Below the header comes one *guide row*, whose first cell starts with `#`:
//! it says, per column, what to enter (name, unit, valid range or labels). The data reader skips
//! that row (see [`crate::data::Table`]), so a filled template scores without edits. Rows for known
//! communes can be pre-filled from a list of units.
//!
//! This module only lays out what the sheet says; [`csv`] and [`xlsx`] write it.

pub mod csv;
pub mod xlsx;

use crate::criteria::{Criteria, Indicator, Scale};
use crate::data::Table;
use crate::report::i18n::{Lang, t};
use crate::report::words::number;

/// The marker that starts the guide row's first cell.
pub const GUIDE_MARK: &str = "#";

/// A data-collection sheet, ready to be written.
#[derive(Debug, Clone, PartialEq)]
pub struct Template {
    /// The criteria's title in the chosen language, and its id and version.
    pub title: String,
    pub criteria_id: String,
    pub criteria_version: Option<String>,
    pub columns: Vec<Column>,
    /// Pre-filled rows: one cell per column (indicator cells empty).
    pub rows: Vec<Vec<String>>,
    pub words: Words,
}

/// One column of the sheet.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// The header: the exact column name the criteria read.
    pub header: String,
    /// What the column is, in words ("Dossiers filed online").
    pub label: String,
    pub unit: Option<String>,
    /// What a cell may hold.
    pub rule: Rule,
    /// Whether a value is required (the entity id, and the period when the criteria have one).
    pub required: bool,
    /// The pillar an indicator belongs to (its name), empty for entity columns.
    pub pillar: String,
    /// Where the indicator comes from (`source:` in the criteria), or the roll-up that can fill it.
    pub source: Option<String>,
}

/// What a cell may hold.
#[derive(Debug, Clone, PartialEq)]
pub enum Rule {
    /// Free text (names, groups).
    Text,
    /// A number, within `[low, high]` when the criteria give a `range`.
    Number(Option<[f64; 2]>),
    /// Yes or no, in the words of the chosen language.
    Boolean { yes: String, no: String },
    /// One of the criteria's category labels.
    Choice(Vec<String>),
}

/// What the template should hold besides the criteria's columns.
#[derive(Debug, Clone, Default)]
pub struct Options<'a> {
    /// Language code of the words (`en`, `vi`).
    pub lang: &'a str,
    /// Communes to pre-fill, read from a units file.
    pub units: Option<&'a Table>,
    /// Period to pre-fill in every row, when the criteria have a period column.
    pub period: Option<&'a str>,
}

/// Why a units file cannot pre-fill the template.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UnitsError {
    /// The units file has no column for the entity id (nor `code`).
    #[error("the units file has no column '{id}' (nor 'code'); its columns are: {columns}")]
    NoIdColumn { id: String, columns: String },
}

impl UnitsError {
    /// The error in `lang`.
    pub fn words(&self, lang: super::Lang) -> String {
        match self {
            UnitsError::NoIdColumn { id, columns } => super::t(
                lang,
                "error-units-no-id",
                &[("id", id.into()), ("columns", columns.into())],
            ),
        }
    }
}

impl Template {
    /// Lay out the template of `criteria`.
    pub fn new(criteria: &Criteria, options: &Options) -> Result<Template, UnitsError> {
        let words = Words::new(options.lang);
        let mut columns = entity_columns(criteria, &words);
        columns.extend(indicator_columns(criteria, options.lang, &words));
        let rows = match options.units {
            Some(units) => prefill(criteria, units, options.period, columns.len())?,
            None => Vec::new(),
        };
        Ok(Template {
            title: criteria.title.get(options.lang).to_owned(),
            criteria_id: criteria.id.clone(),
            criteria_version: criteria.version.clone(),
            columns,
            rows,
            words,
        })
    }

    /// The guide row: what to enter in each column, the first cell starting with [`GUIDE_MARK`].
    pub fn guide(&self) -> Vec<String> {
        let mut cells: Vec<String> = self
            .columns
            .iter()
            .map(|column| self.words.guide(column))
            .collect();
        if let Some(first) = cells.first_mut() {
            *first = format!("{GUIDE_MARK} {first}");
        }
        cells
    }
}

fn entity_columns(criteria: &Criteria, words: &Words) -> Vec<Column> {
    let entity = &criteria.entity;
    let text = |header: &str, label: String, required: bool| Column {
        header: header.to_owned(),
        label,
        unit: None,
        rule: Rule::Text,
        required,
        pillar: String::new(),
        source: None,
    };
    let mut columns = vec![text(&entity.id, words.id_label.clone(), true)];
    if let Some(name) = &entity.name {
        columns.push(text(name, words.name_label.clone(), false));
    }
    for group in &entity.groups {
        columns.push(text(group, words.group_label(group), false));
    }
    if let Some(period) = &entity.period {
        columns.push(text(period, words.period_label.clone(), true));
    }
    columns
}

fn indicator_columns(criteria: &Criteria, lang: &str, words: &Words) -> Vec<Column> {
    let mut columns = Vec::new();
    for pillar in &criteria.pillars {
        let pillar_name = pillar
            .name
            .as_ref()
            .map_or(pillar.id.as_str(), |n| n.get(lang));
        for indicator in node_indicators(pillar) {
            columns.push(Column {
                header: indicator.column().to_owned(),
                label: indicator
                    .name
                    .as_ref()
                    .map_or_else(|| indicator.id.clone(), |n| n.get(lang).to_owned()),
                unit: indicator.unit.clone(),
                rule: rule(indicator, words),
                required: false,
                pillar: pillar_name.to_owned(),
                source: rollup_of(criteria, indicator.column())
                    .map(|name| words.from_rollup(name))
                    .or_else(|| indicator.source.clone()),
            });
        }
    }
    columns
}

fn node_indicators(node: &crate::criteria::Node) -> Vec<&Indicator> {
    match &node.children {
        crate::criteria::Children::Indicators(indicators) => indicators.iter().collect(),
        crate::criteria::Children::Groups(groups) => {
            groups.iter().flat_map(node_indicators).collect()
        }
    }
}

fn rule(indicator: &Indicator, words: &Words) -> Rule {
    match &indicator.scale {
        Scale::Boolean => Rule::Boolean {
            yes: words.yes.clone(),
            no: words.no.clone(),
        },
        Scale::Categories(categories) => Rule::Choice(
            categories
                .0
                .iter()
                .map(|(label, _)| label.clone())
                .collect(),
        ),
        _ => Rule::Number(indicator.range),
    }
}

/// The roll-up whose measure fills `column`, if any.
fn rollup_of<'c>(criteria: &'c Criteria, column: &str) -> Option<&'c str> {
    criteria
        .rollups
        .iter()
        .find(|rollup| rollup.measures.iter().any(|(name, _)| name == column))
        .map(|rollup| rollup.name.as_str())
}

/// One row per unit: the entity cells copied from the units file, indicators left empty. The id
/// column is found by the criteria's name or as `code`, the name column as `name`, other entity
/// columns by their own names.
fn prefill(
    criteria: &Criteria,
    units: &Table,
    period: Option<&str>,
    width: usize,
) -> Result<Vec<Vec<String>>, UnitsError> {
    let entity = &criteria.entity;
    let find = |name: &str, alias: &str| units.column(name).or_else(|| units.column(alias));
    let id = find(&entity.id, "code").ok_or_else(|| UnitsError::NoIdColumn {
        id: entity.id.clone(),
        columns: (units.columns().iter().map(|c| format!("'{c}'")))
            .collect::<Vec<_>>()
            .join(", "),
    })?;
    let mut sources = vec![Some(id)];
    if let Some(name) = &entity.name {
        sources.push(find(name, "name"));
    }
    sources.extend(entity.groups.iter().map(|group| units.column(group)));
    let period_cell = entity
        .period
        .as_ref()
        .map(|_| period.unwrap_or("").to_owned());
    let mut seen = std::collections::HashSet::new();
    Ok(units
        .rows()
        .filter(|row| seen.insert(row.get(id).trim().to_owned()))
        .map(|row| {
            let mut cells: Vec<String> = sources
                .iter()
                .map(|source| source.map_or_else(String::new, |at| row.get(at).trim().to_owned()))
                .collect();
            cells.extend(period_cell.clone());
            cells.resize(width, String::new());
            cells
        })
        .collect())
}

#[cfg(test)]
mod tests;

/// Every text a template shows, in one language, from the message catalogue (`template-*`).
#[derive(Debug, Clone, PartialEq)]
pub struct Words {
    lang: Lang,
    pub id_label: String,
    pub name_label: String,
    pub period_label: String,
    pub yes: String,
    pub no: String,
    pub data_sheet: String,
    pub guide_sheet: String,
    pub lists_sheet: String,
}

impl Words {
    pub fn new(lang: &str) -> Words {
        let lang = Lang::from_code(lang).unwrap_or_default();
        let say = |key: &str| t(lang, key, &[]);
        Words {
            lang,
            id_label: say("template-id-label"),
            name_label: say("template-name-label"),
            period_label: say("template-period-label"),
            yes: say("template-yes"),
            no: say("template-no"),
            data_sheet: say("template-data-sheet"),
            guide_sheet: say("template-guide-sheet"),
            lists_sheet: say("template-lists-sheet"),
        }
    }

    /// The label of a group column ("district", "kind" keep their names; known ones get words).
    pub fn group_label(&self, group: &str) -> String {
        match group {
            "district" => t(self.lang, "template-group-district", &[]),
            "former_district" => t(self.lang, "template-group-former-district", &[]),
            "kind" => t(self.lang, "template-group-kind", &[]),
            other => t(
                self.lang,
                "template-group-other",
                &[("group", other.into())],
            ),
        }
    }

    /// The note for a column filled by a roll-up of microdata.
    pub fn from_rollup(&self, rollup: &str) -> String {
        t(
            self.lang,
            "template-from-rollup",
            &[("rollup", rollup.into())],
        )
    }

    /// What to enter in a column, for the guide row and cell notes.
    pub fn guide(&self, column: &Column) -> String {
        let mut text = column.label.clone();
        if let Some(unit) = &column.unit {
            text.push_str(&format!(" ({unit})"));
        }
        let rule = self.rule(&column.rule);
        if !rule.is_empty() {
            text.push_str(" · ");
            text.push_str(&rule);
        }
        text
    }

    /// The valid values of a rule, in words.
    pub fn rule(&self, rule: &Rule) -> String {
        match rule {
            Rule::Text => String::new(),
            Rule::Number(Some([low, high])) => t(
                self.lang,
                "template-rule-range",
                &[
                    ("low", number(Some(*low)).into()),
                    ("high", number(Some(*high)).into()),
                ],
            ),
            Rule::Number(None) => t(self.lang, "template-rule-number", &[]),
            Rule::Boolean { yes, no } => format!("{yes} / {no}"),
            Rule::Choice(labels) => labels.join(" | "),
        }
    }

    /// The message Excel shows when a cell breaks its rule.
    pub fn invalid(&self, column: &Column) -> String {
        let rule = self.rule(&column.rule);
        t(
            self.lang,
            "template-invalid",
            &[("header", (&column.header).into()), ("rule", rule.into())],
        )
    }

    /// Headers of the instructions sheet's column table.
    pub fn guide_headers(&self) -> [String; 6] {
        [
            t(self.lang, "template-guide-column", &[]),
            t(self.lang, "template-guide-what", &[]),
            t(self.lang, "template-guide-unit", &[]),
            t(self.lang, "template-guide-values", &[]),
            t(self.lang, "template-guide-pillar", &[]),
            t(self.lang, "template-guide-source", &[]),
        ]
    }

    /// The instructions, one paragraph a line.
    pub fn instructions(&self, data_sheet: &str) -> Vec<String> {
        vec![
            t(
                self.lang,
                "template-instruction-rows",
                &[("sheet", data_sheet.into())],
            ),
            t(self.lang, "template-instruction-header", &[]),
            t(self.lang, "template-instruction-guide", &[]),
            t(self.lang, "template-instruction-empty", &[]),
            t(self.lang, "template-instruction-numbers", &[]),
            t(self.lang, "template-instruction-yes-no", &[]),
            t(self.lang, "template-instruction-check", &[]),
        ]
    }

    /// The line naming the criteria the template was made for.
    pub fn made_for(&self, title: &str, id: &str, version: Option<&str>) -> String {
        match version {
            None => t(
                self.lang,
                "template-made-for",
                &[("title", title.into()), ("id", id.into())],
            ),
            Some(version) => t(
                self.lang,
                "template-made-for-version",
                &[
                    ("title", title.into()),
                    ("id", id.into()),
                    ("version", version.into()),
                ],
            ),
        }
    }
}
