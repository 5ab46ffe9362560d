//! The notes every human-readable output adds about what was scored: synthetic data, and communes
//! left unranked by `missing_pillar: unranked`. The words are in the message catalogue
//! (`common-note-*`); a language code dtm does not speak falls back to English.

use crate::score::{Assessment, Flag};

use super::i18n::{Lang, t};

fn lang_of(code: &str) -> Lang {
    Lang::from_code(code).unwrap_or_default()
}

/// "Synthetic data" when any commune scored is marked synthetic (the data's `synthetic` column).
pub fn synthetic(count: usize, total: usize, lang: &str) -> Option<String> {
    (count > 0).then(|| {
        let args = [("count", count.into()), ("total", total.into())];
        t(lang_of(lang), "common-note-synthetic", &args)
    })
}

/// "Synthetic data" for the one commune of a profile.
pub fn synthetic_one(lang: &str) -> String {
    t(lang_of(lang), "common-note-synthetic-one", &[])
}

/// "Unranked" when `missing_pillar: unranked` took the index of some communes away.
pub fn unranked(count: usize, lang: &str) -> Option<String> {
    (count > 0).then(|| {
        t(
            lang_of(lang),
            "common-note-unranked",
            &[("count", count.into())],
        )
    })
}

/// "Unranked" for the one commune of a profile.
pub fn unranked_one(lang: &str) -> String {
    t(lang_of(lang), "common-note-unranked-one", &[])
}

/// Both notes for one assessment, those that apply.
pub fn assessment(assessment: &Assessment, lang: &str) -> Vec<String> {
    let unranked_count = assessment
        .entities
        .iter()
        .filter(|e| e.flags.contains(&Flag::Unranked))
        .count();
    synthetic(assessment.synthetic, assessment.entities.len(), lang)
        .into_iter()
        .chain(unranked(unranked_count, lang))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_appear_only_when_they_apply_and_in_both_languages() {
        assert_eq!(synthetic(0, 10, "en"), None);
        assert_eq!(unranked(0, "vi"), None);
        let en = synthetic(3, 10, "en").unwrap_or_default();
        let vi = synthetic(3, 10, "vi").unwrap_or_default();
        assert!(en.contains("3 of 10") && en.contains("synthetic"), "{en}");
        assert!(vi.contains("3/10") && vi.contains("giả lập"), "{vi}");
        let en = unranked(2, "en").unwrap_or_default();
        assert!(
            en.contains("2 communes") && en.contains("listed last"),
            "{en}"
        );
        let one = unranked(1, "en").unwrap_or_default();
        assert!(one.contains("1 commune has"), "{one}");
        assert!(unranked_one("vi").contains("không có điểm tổng"));
        assert!(synthetic_one("en").contains("this commune's values are generated"));
    }
}
