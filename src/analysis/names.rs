//! Finding communes and group values the way people type them, and sorting them in Vietnamese
//! order.
//!
//! Names are compared in three steps, each only when the one before found nothing: as typed
//! (NFC, any case, spaces collapsed); with the tone mark moved to a fixed place in each syllable
//! (old "Hòa" and new "Hoà" placement are the same name); and without any mark ("Duong Xuan
//! Hoi"). At every step a leading "Xã", "Phường", "Thị trấn" (and for districts "Huyện",
//! "Thị xã", "Thành phố", "Quận") may be left out.

mod collate;
#[cfg(test)]
mod tests;

pub use collate::{compare, sort};

use unicode_normalization::UnicodeNormalization;

use crate::score::{Assessment, EntityResult};
use crate::suggest;

/// `text` trimmed, in NFC and lower case, inner spaces collapsed.
pub fn fold(text: &str) -> String {
    let lower: String = text.nfc().collect::<String>().to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    words.join(" ").nfc().collect()
}

/// How loosely two names are compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Looseness {
    /// Case, composition and tone placement ignored.
    Tones,
    /// Every mark ignored, đ read as d.
    Bare,
}

const TONES: [char; 5] = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];
const PREFIXES: [&str; 7] = [
    "thi tran",
    "thi xa",
    "thanh pho",
    "xa",
    "phuong",
    "huyen",
    "quan",
];

/// The key two names share when they are the same at `looseness`, without an administrative
/// prefix.
pub fn key(text: &str, looseness: Looseness) -> String {
    let folded = fold(text);
    let words: Vec<&str> = folded.split(' ').collect();
    let bare_words: Vec<String> = words.iter().map(|w| bare(w)).collect();
    let skip = PREFIXES
        .iter()
        .map(|p| p.split(' ').collect::<Vec<_>>())
        .find(|p| p.len() < words.len() && bare_words.iter().take(p.len()).eq(p.iter()))
        .map_or(0, |p| p.len());
    let kept = &words[skip..];
    match looseness {
        Looseness::Tones => kept
            .iter()
            .map(|w| tone_last(w))
            .collect::<Vec<_>>()
            .join(" "),
        Looseness::Bare => bare_words[skip..].join(" "),
    }
}

/// A syllable with its tone mark moved to its end: "hòa" and "hoà" both become "hoa\u{300}".
fn tone_last(word: &str) -> String {
    let mut tone = None;
    let mut out: String = word
        .nfd()
        .filter(|c| {
            let is_tone = TONES.contains(c);
            if is_tone {
                tone = Some(*c);
            }
            !is_tone
        })
        .collect();
    out.extend(tone);
    out
}

/// Without any mark; đ becomes d.
fn bare(word: &str) -> String {
    word.nfd()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .map(|c| if c == 'đ' { 'd' } else { c })
        .collect()
}

/// Whether `actual` is what someone typing `wanted` means, at the loosest step that matches.
pub fn same(actual: &str, wanted: &str, looseness: Looseness) -> bool {
    key(actual, looseness) == key(wanted, looseness)
}

/// Why no single commune answers to what was typed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LookupError {
    /// No id or name matches; `suggestion` is the closest one, if any is close.
    #[error("no commune has the id or name '{wanted}'")]
    Unknown {
        wanted: String,
        suggestion: Option<String>,
    },
    /// Several communes answer to the name; their ids, in Vietnamese order of name.
    #[error("'{wanted}' names {} communes", candidates.len())]
    Ambiguous {
        wanted: String,
        candidates: Vec<Candidate>,
    },
}

/// A commune that answers to an ambiguous name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub id: String,
    pub name: String,
    pub groups: Vec<String>,
}

/// The commune whose id matches `wanted` exactly, else whose id or name matches it after folding
/// (see the module's doc); several matches by name are an error listing them.
pub fn find<'a>(assessment: &'a Assessment, wanted: &str) -> Result<&'a EntityResult, LookupError> {
    if let Some(entity) = assessment.entity(wanted.trim()) {
        return Ok(entity);
    }
    let entities = &assessment.entities;
    let by_id: Vec<&EntityResult> = entities
        .iter()
        .filter(|e| fold(&e.id) == fold(wanted))
        .collect();
    let mut matches = by_id;
    for looseness in [Looseness::Tones, Looseness::Bare] {
        if !matches.is_empty() {
            break;
        }
        matches = entities
            .iter()
            .filter(|e| !e.name.is_empty() && same(&e.name, wanted, looseness))
            .collect();
    }
    match matches.as_slice() {
        [one] => Ok(one),
        [] => {
            let names = entities
                .iter()
                .flat_map(|e| [e.id.as_str(), e.name.as_str()]);
            Err(LookupError::Unknown {
                wanted: wanted.to_owned(),
                suggestion: suggest::closest(wanted, names).map(str::to_owned),
            })
        }
        many => {
            let mut candidates: Vec<Candidate> = many
                .iter()
                .map(|e| Candidate {
                    id: e.id.clone(),
                    name: e.name.clone(),
                    groups: e.groups.clone(),
                })
                .collect();
            candidates.sort_by(|a, b| compare(&a.name, &b.name).then_with(|| a.id.cmp(&b.id)));
            Err(LookupError::Ambiguous {
                wanted: wanted.to_owned(),
                candidates,
            })
        }
    }
}
