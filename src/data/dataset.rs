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

/// One stored raw value, or none, in 8 bytes (an `Option<Raw>` takes 16): a number as its own
/// bits, and no value, yes/no answers and labels as NaNs with a tag, which no number can be
/// (numbers are finite). Read back with [`get`](RawCell::get). A label index keeps its low 48
/// bits: a categories list is never that long.
#[derive(Clone, Copy)]
pub struct RawCell(u64);

impl RawCell {
    /// No value.
    pub const MISSING: RawCell = RawCell(TAG_MISSING);

    /// The value as it was stored.
    pub fn get(self) -> Option<Raw> {
        let bits = self.0;
        match bits & TAG_MASK {
            TAG_MISSING => None,
            TAG_BOOL => Some(Raw::Bool(bits & 1 == 1)),
            TAG_LABEL => Some(Raw::Label((bits & !TAG_MASK) as usize)),
            TAG_NAN => Some(Raw::Number(f64::NAN)),
            _ => Some(Raw::Number(f64::from_bits(bits))),
        }
    }

    /// Whether there is a value.
    pub fn is_some(self) -> bool {
        self.0 != TAG_MISSING
    }
}

// Quiet NaNs, told apart by the bits just below the quiet bit; a number's bits never carry them
// (a finite number has an exponent below all ones).
const TAG_MASK: u64 = 0xFFFF_0000_0000_0000;
const TAG_MISSING: u64 = 0x7FF8_0000_0000_0000;
const TAG_BOOL: u64 = 0x7FF9_0000_0000_0000;
const TAG_LABEL: u64 = 0x7FFA_0000_0000_0000;
const TAG_NAN: u64 = 0x7FFB_0000_0000_0000;

impl From<Option<Raw>> for RawCell {
    /// A NaN number (which parsing never gives, but a caller may) is kept as a NaN number, for
    /// the scale to refuse.
    fn from(raw: Option<Raw>) -> RawCell {
        match raw {
            Some(Raw::Number(x)) if x.is_nan() => RawCell(TAG_NAN),
            Some(Raw::Number(x)) => RawCell(x.to_bits()),
            Some(Raw::Bool(yes)) => RawCell(TAG_BOOL | u64::from(yes)),
            Some(Raw::Label(index)) => RawCell(TAG_LABEL | (index as u64 & !TAG_MASK)),
            None => RawCell::MISSING,
        }
    }
}

impl PartialEq for RawCell {
    fn eq(&self, other: &RawCell) -> bool {
        self.get() == other.get()
    }
}

impl std::fmt::Debug for RawCell {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.get().fmt(f)
    }
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
/// `Criteria::indicators()`; [`RawCell::MISSING`] is missing. Stored by indicator, as scales read
/// them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Dataset {
    pub entities: Vec<Entity>,
    pub columns: Vec<Vec<RawCell>>,
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
                self.columns.push(vec![RawCell::MISSING; e]);
            }
            self.columns[i].push(RawCell::from(value));
        }
    }

    /// Commune `e`'s value of indicator `i`; `None` when missing (or out of bounds).
    pub fn value(&self, e: usize, i: usize) -> Option<Raw> {
        self.columns.get(i)?.get(e)?.get()
    }

    /// Commune `e`'s values in indicator order.
    pub fn row(&self, e: usize) -> Vec<Option<Raw>> {
        self.columns.iter().map(|column| column[e].get()).collect()
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

#[cfg(test)]
mod tests {
    use super::{Raw, RawCell};

    #[test]
    fn a_raw_cell_reads_back_the_value_it_was_made_from() {
        let values = [
            None,
            Some(Raw::Number(0.0)),
            Some(Raw::Number(-0.0)),
            Some(Raw::Number(85.5)),
            Some(Raw::Number(-1e308)),
            Some(Raw::Number(f64::MAX)),
            Some(Raw::Number(f64::MIN_POSITIVE / 4.0)),
            Some(Raw::Number(f64::INFINITY)),
            Some(Raw::Number(f64::NEG_INFINITY)),
            Some(Raw::Bool(true)),
            Some(Raw::Bool(false)),
            Some(Raw::Label(0)),
            Some(Raw::Label(7)),
            Some(Raw::Label((1 << 48) - 1)),
        ];
        for value in values {
            let cell = RawCell::from(value);
            assert_eq!(cell.get(), value);
            assert_eq!(cell.is_some(), value.is_some(), "{value:?}");
            assert_eq!(format!("{cell:?}"), format!("{value:?}"));
        }
        // The sign of zero is kept, as the bits of every number are.
        let Some(Raw::Number(zero)) = RawCell::from(Some(Raw::Number(-0.0))).get() else {
            panic!("-0 did not read back as a number");
        };
        assert!(zero.is_sign_negative());
        let nan = RawCell::from(Some(Raw::Number(f64::NAN)));
        assert!(matches!(nan.get(), Some(Raw::Number(x)) if x.is_nan()));
        assert!(nan.is_some());
        assert_ne!(RawCell::from(Some(Raw::Bool(false))), RawCell::MISSING);
        assert_ne!(
            RawCell::from(Some(Raw::Label(0))),
            RawCell::from(Some(Raw::Bool(false)))
        );
    }
}
