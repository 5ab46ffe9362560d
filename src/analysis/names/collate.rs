//! Vietnamese alphabetical order, from a small table instead of a collation crate.
//!
//! Letters sort as the Vietnamese alphabet does — a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t
//! u ư v x y (f, j, w, z, digits and other characters after their place in Unicode) — so "Cần
//! Giuộc" comes before "Châu Thành", which plain byte order reverses. Case is ignored; the tone
//! decides only between names equal without tones, in the order ngang, huyền, hỏi, ngã, sắc,
//! nặng.

use std::cmp::Ordering;

use unicode_normalization::UnicodeNormalization;

const ALPHABET: &str = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";
const BREVE: char = '\u{306}';
const CIRCUMFLEX: char = '\u{302}';
const HORN: char = '\u{31b}';
/// Tones in dictionary order (ngang has none).
const TONES: [char; 5] = ['\u{300}', '\u{309}', '\u{303}', '\u{301}', '\u{323}'];

/// A sort key: the letters' places, then the tones.
fn key(text: &str) -> (Vec<u32>, Vec<u8>) {
    let mut letters: Vec<u32> = Vec::new();
    let mut tones: Vec<u8> = Vec::new();
    let lower = text.to_lowercase();
    for c in lower.nfd() {
        match c {
            BREVE | CIRCUMFLEX | HORN => {
                if let Some(last) = letters.last_mut() {
                    *last += 1;
                    if c == CIRCUMFLEX && *last == place('a') + 1 {
                        *last += 1;
                    }
                }
            }
            _ if TONES.contains(&c) => {
                if let Some(t) = TONES.iter().position(|&x| x == c) {
                    tones.push(u8::try_from(t + 1).unwrap_or(u8::MAX));
                }
            }
            _ => {
                letters.push(place(c));
                tones.push(0);
            }
        }
    }
    (letters, tones)
}

/// A letter's place: its rank in the alphabet, else after the alphabet by code point. Spaces and
/// punctuation come first, so that "An" sorts before "An Lục".
fn place(c: char) -> u32 {
    let rank = ALPHABET.chars().position(|a| a == c);
    match rank {
        Some(k) => 1000 + 4 * u32::try_from(k).unwrap_or(0),
        None if c.is_alphanumeric() => 2000 + u32::from(c),
        None => u32::from(c).min(999),
    }
}

/// Vietnamese order of two names.
pub fn compare(a: &str, b: &str) -> Ordering {
    let (ka, kb) = (key(a), key(b));
    ka.0.cmp(&kb.0)
        .then_with(|| ka.1.cmp(&kb.1))
        .then_with(|| a.cmp(b))
}

/// `names` sorted in Vietnamese order.
pub fn sort<S: AsRef<str>>(names: &mut [S]) {
    names.sort_by(|a, b| compare(a.as_ref(), b.as_ref()));
}
