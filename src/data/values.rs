//! Parsing cells: missing tokens, numbers, yes/no answers and category labels (DESIGN §3 "Values").
//!
//! Cells arrive in NFC (the readers normalise all text). Every parse trims the cell first; matching
//! of words and labels is case-insensitive with an ASCII fast path, so that the common case
//! allocates nothing.

use crate::criteria::{Categories, Indicator, Scale};

use super::Raw;
use super::findings::{
    Code, NOT_A_BOOLEAN, NOT_A_NUMBER, NOT_FINITE, OUT_OF_RANGE, UNKNOWN_CATEGORY,
};
use crate::diagnostics::Message;

/// Why a cell could not be read as its indicator's value, in English (the microdata rollup's
/// form; survey data keep the [`Unreadable`] message, worded when printed).
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub code: Code,
    /// What is wrong, to follow "'VALUE' is …", e.g. `not a number`.
    pub reason: String,
}

/// Why a cell could not be read: its code and a catalogue message to follow "'VALUE' is …".
#[derive(Debug, Clone, PartialEq)]
pub struct Unreadable {
    pub code: Code,
    pub reason: Message,
}

impl Unreadable {
    fn new(code: Code, key: &'static str) -> Unreadable {
        Unreadable {
            code,
            reason: Message::new(key),
        }
    }
}

impl From<Unreadable> for Problem {
    fn from(unreadable: Unreadable) -> Self {
        Problem {
            code: unreadable.code,
            reason: unreadable.reason.to_string(),
        }
    }
}

/// Whether a cell means "no value": empty, `NA`, `N/A`, `null` or `-` (trimmed, any case).
pub fn is_missing(cell: &str) -> bool {
    let cell = trimmed(cell);
    // Each token by its length: most cells are longer than any.
    let token = match cell.len() {
        0 => return true,
        1 => "-",
        2 => "na",
        3 => "n/a",
        4 => "null",
        _ => return false,
    };
    cell.eq_ignore_ascii_case(token)
}

/// `cell` without the white space around it; the cell itself, without a scan, when it starts and
/// ends with a printable ASCII character (most cells).
fn trimmed(cell: &str) -> &str {
    match (cell.as_bytes().first(), cell.as_bytes().last()) {
        (Some(first), Some(last)) if first.is_ascii_graphic() && last.is_ascii_graphic() => cell,
        _ => cell.trim(),
    }
}

/// A number: `85.5`, `85,5` where `decimal_comma`, a trailing `%` dropped. Finite only; no
/// thousands separators.
pub fn parse_number(cell: &str, decimal_comma: bool) -> Result<f64, Problem> {
    read_number(cell, decimal_comma).map_err(Problem::from)
}

/// [`parse_number`], the problem as a catalogue message.
pub fn read_number(cell: &str, decimal_comma: bool) -> Result<f64, Unreadable> {
    plain_number(cell).map_or_else(|| checked_number(cell, decimal_comma), Ok)
}

/// [`read_number`] with every check that explains a bad cell.
fn checked_number(cell: &str, decimal_comma: bool) -> Result<f64, Unreadable> {
    let text = trimmed(cell);
    let text = text.strip_suffix('%').map_or(text, str::trim_end);
    let commas = text.matches(',').count();
    let points = text.matches('.').count();
    let digits = text.bytes().any(|byte| byte.is_ascii_digit());
    let grouped = text.contains([' ', '\u{a0}', '\u{202f}', '\''])
        || points > 1
        || commas > 1
        || (commas > 0 && points > 0);
    if digits && grouped {
        return Err(Unreadable::new(NOT_A_NUMBER, "cell-thousands"));
    }
    if digits && commas == 1 && !decimal_comma {
        return Err(Unreadable::new(NOT_A_NUMBER, "cell-comma-delimiter"));
    }
    let number = match commas {
        1 if decimal_comma => with_decimal_point(text, |text| text.parse::<f64>()),
        _ => text.parse::<f64>(),
    };
    match number {
        Ok(number) if number.is_finite() => Ok(number),
        Ok(_) => Err(Unreadable::new(NOT_FINITE, "cell-not-finite")),
        Err(_) => Err(Unreadable::new(NOT_A_NUMBER, "cell-not-a-number")),
    }
}

/// The common case, without the checks that explain a bad cell: ASCII digits with at most one
/// point and an optional leading minus, e.g. `85.5` or `-3`, and nothing else.
fn plain_number(cell: &str) -> Option<f64> {
    let bytes = cell.as_bytes();
    let (negative, digits) = match bytes.strip_prefix(b"-") {
        Some(digits) => (true, digits),
        None => (false, bytes),
    };
    // The digits as one integer and the count after the point, while that is exact.
    let (mut mantissa, mut count, mut point) = (0u64, 0usize, None);
    for (at, &byte) in digits.iter().enumerate() {
        match byte {
            b'0'..=b'9' => {
                mantissa = mantissa
                    .wrapping_mul(10)
                    .wrapping_add(u64::from(byte - b'0'));
                count += 1;
            }
            b'.' if point.is_none() => point = Some(at),
            _ => return None,
        }
    }
    if count == 0 {
        return None;
    }
    if count <= EXACT_DIGITS {
        // Both the digits and the power of ten are exact doubles, so one division rounds the
        // number as written correctly: the same double `str::parse` gives.
        let after = point.map_or(0, |at| digits.len() - at - 1);
        let magnitude = mantissa as f64 / POWERS_OF_TEN[after];
        return Some(if negative { -magnitude } else { magnitude });
    }
    // A long enough run of digits overflows to infinity: the checked path explains that.
    cell.parse::<f64>().ok().filter(|number| number.is_finite())
}

/// At most this many decimal digits make an integer below 2^53, exact as a double.
const EXACT_DIGITS: usize = 15;

/// 10^0 to 10^15, each exact as a double.
const POWERS_OF_TEN: [f64; EXACT_DIGITS + 1] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
];

/// Call `parse` on `text` with its comma made a point, without allocating for short text.
fn with_decimal_point<T>(text: &str, parse: impl Fn(&str) -> T) -> T {
    let mut buffer = [0u8; 64];
    match buffer.get_mut(..text.len()) {
        Some(slot) => {
            slot.copy_from_slice(text.as_bytes());
            slot.iter_mut()
                .filter(|byte| **byte == b',')
                .for_each(|byte| *byte = b'.');
            // Replacing an ASCII byte by another keeps the text valid UTF-8.
            parse(std::str::from_utf8(slot).unwrap_or(text))
        }
        None => parse(&text.replace(',', ".")),
    }
}

const TRUE_WORDS: [&str; 7] = ["1", "true", "yes", "y", "x", "có", "co"];
const FALSE_WORDS: [&str; 6] = ["0", "false", "no", "n", "không", "khong"];

/// A yes/no answer (DESIGN §3): true 1, true, yes, y, x, có, co; false 0, false, no, n, không, khong.
pub fn parse_bool(cell: &str) -> Result<bool, Problem> {
    read_bool(cell).map_err(Problem::from)
}

/// [`parse_bool`], the problem as a catalogue message.
pub fn read_bool(cell: &str) -> Result<bool, Unreadable> {
    let text = trimmed(cell);
    // The answers surveys give most, without a pass over the words.
    match text.as_bytes() {
        b"1" => return Ok(true),
        b"0" => return Ok(false),
        _ => {}
    }
    // Next the words as written (the usual `có`, `không`), before any case folding.
    if TRUE_WORDS.contains(&text) {
        return Ok(true);
    }
    if FALSE_WORDS.contains(&text) {
        return Ok(false);
    }
    let ascii = text.is_ascii();
    let same = |word: &&str| same_text(text, ascii, word);
    if TRUE_WORDS.iter().any(same) {
        Ok(true)
    } else if FALSE_WORDS.iter().any(same) {
        Ok(false)
    } else {
        let reason = Message::new("cell-not-yes-no")
            .with("yes", TRUE_WORDS.join(", "))
            .with("no", FALSE_WORDS.join(", "));
        Err(Unreadable {
            code: NOT_A_BOOLEAN,
            reason,
        })
    }
}

/// Whether `text` equals `lowered` (already lower case, NFC) ignoring case; `ascii` says whether
/// `text` is ASCII (worked out once per cell, which is matched against many words).
fn same_text(text: &str, ascii: bool, lowered: &str) -> bool {
    if ascii && lowered.is_ascii() {
        text.eq_ignore_ascii_case(lowered)
    } else if ascii {
        // Lower-casing ASCII text gives ASCII text, which cannot equal a word with `ó` or `ô`.
        false
    } else {
        text.chars()
            .flat_map(char::to_lowercase)
            .eq(lowered.chars())
    }
}

/// An indicator's category labels, prepared for matching.
#[derive(Debug, Clone, PartialEq)]
pub struct Labels {
    lowered: Vec<String>,
    listed: String,
}

impl Labels {
    pub fn new(categories: &Categories) -> Labels {
        use unicode_normalization::UnicodeNormalization;
        let lowered = categories
            .0
            .iter()
            .map(|(label, _)| label.trim().nfc().collect::<String>().to_lowercase())
            .collect();
        let listed = categories
            .0
            .iter()
            .map(|(label, _)| label.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        Labels { lowered, listed }
    }

    /// The index of the label `cell` names (trimmed, any case).
    pub fn find(&self, cell: &str) -> Result<usize, Unreadable> {
        let text = trimmed(cell);
        // A label as written in the criteria (the usual case) needs no case folding.
        if let Some(at) = self.lowered.iter().position(|label| label == text) {
            return Ok(at);
        }
        let ascii = text.is_ascii();
        self.lowered
            .iter()
            .position(|label| same_text(text, ascii, label))
            .ok_or_else(|| Unreadable {
                code: UNKNOWN_CATEGORY,
                reason: Message::new("cell-not-a-category").with("labels", self.listed.as_str()),
            })
    }
}

/// How one indicator's cells are read, prepared once per indicator.
#[derive(Debug, Clone, PartialEq)]
pub enum CellParser {
    Number { range: Option<[f64; 2]> },
    Bool,
    Label(Labels),
}

impl CellParser {
    pub fn new(indicator: &Indicator) -> CellParser {
        match &indicator.scale {
            Scale::Boolean => CellParser::Bool,
            Scale::Categories(categories) => CellParser::Label(Labels::new(categories)),
            _ => CellParser::Number {
                range: indicator.range,
            },
        }
    }

    /// The raw value of a cell: `None` when missing.
    pub fn parse(&self, cell: &str, decimal_comma: bool) -> Result<Option<Raw>, Unreadable> {
        let cell = trimmed(cell);
        if is_missing(cell) {
            return Ok(None);
        }
        let raw = match self {
            CellParser::Number { range } => {
                Raw::Number(within(read_number(cell, decimal_comma)?, *range)?)
            }
            CellParser::Bool => Raw::Bool(read_bool(cell)?),
            CellParser::Label(labels) => Raw::Label(labels.find(cell)?),
        };
        Ok(Some(raw))
    }
}

fn within(number: f64, range: Option<[f64; 2]>) -> Result<f64, Unreadable> {
    match range {
        Some([low, high]) if number < low.min(high) || number > low.max(high) => Err(Unreadable {
            code: OUT_OF_RANGE,
            reason: Message::new("cell-out-of-range")
                .with("low", format!("{low}"))
                .with("high", format!("{high}")),
        }),
        _ => Ok(number),
    }
}

#[cfg(test)]
mod tests;
