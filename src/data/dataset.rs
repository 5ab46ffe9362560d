//! The dataset: communes × raw indicator values, bound to a criteria file.

use std::sync::Arc;

/// Where a row came from: the file (as the user named it, `-` for standard input) and its line
/// (the header is line 1; for spreadsheets, the sheet row).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RowRef {
    pub file: Arc<str>,
    pub line: u64,
}

/// One raw value, parsed according to its indicator's scale.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Raw {
    /// A number (goalpost, minmax, percentile and steps scales), finite.
    Number(f64),
    /// A yes/no answer (boolean scale).
    Bool(bool),
    /// The index of a label in the indicator's `categories` list.
    Label(usize),
}

/// One commune in one period.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    pub id: String,
    /// Empty when the criteria name no name column.
    pub name: String,
    /// One value per `entity.groups` column of the criteria, in that order.
    pub groups: Vec<String>,
    /// `None` when the criteria have no period column.
    pub period: Option<String>,
    pub row: RowRef,
    /// The row's values are synthetic: the data have a `synthetic` column and it says yes here.
    pub synthetic: bool,
}

/// A raw value that was dropped or turned into a missing one, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct ValueNote {
    pub row: RowRef,
    pub entity: String,
    pub column: String,
    pub value: String,
    /// Why, worded when printed.
    pub reason: crate::diagnostics::Message,
}

/// Communes (every period of the input) and their raw values.
///
/// `columns[i][e]` is entity `e`'s raw value for indicator `i`, indicators in the order of
/// `Criteria::indicators()`; `None` is missing. Stored by indicator, as scales read them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Dataset {
    pub entities: Vec<Entity>,
    pub columns: Vec<Vec<Option<Raw>>>,
    /// Values turned missing under `--lenient`, each listed so that nothing is dropped silently.
    pub lenient: Vec<ValueNote>,
}

impl Dataset {
    /// Add a commune and its values in indicator order (a column is added for a value past the
    /// last column, missing for the communes before: `score` then reports the wrong width).
    pub fn push(&mut self, entity: Entity, values: impl IntoIterator<Item = Option<Raw>>) {
        let e = self.entities.len();
        self.entities.push(entity);
        for (i, value) in values.into_iter().enumerate() {
            if i == self.columns.len() {
                self.columns.push(vec![None; e]);
            }
            self.columns[i].push(value);
        }
    }

    /// Commune `e`'s value of indicator `i`; `None` when missing (or out of bounds).
    pub fn value(&self, e: usize, i: usize) -> Option<Raw> {
        self.columns.get(i)?.get(e).copied().flatten()
    }

    /// Commune `e`'s values in indicator order.
    pub fn row(&self, e: usize) -> Vec<Option<Raw>> {
        self.columns.iter().map(|column| column[e]).collect()
    }

    /// The periods present, in time order when they share one form dtm knows (see
    /// [`period`](super::period)), else in text order.
    pub fn periods(&self) -> Vec<String> {
        self.period_order().unwrap_or_else(|text_order| text_order)
    }

    /// The periods present in time order, or `Err` with them in text order when their forms are
    /// mixed or unknown, so that no latest period can be told.
    pub fn period_order(&self) -> Result<Vec<String>, Vec<String>> {
        let periods: Vec<String> = self
            .entities
            .iter()
            .filter_map(|entity| entity.period.clone())
            .collect();
        super::period::order(&periods)
    }
}
