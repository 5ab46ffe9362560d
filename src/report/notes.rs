//! The notes every human-readable output adds about what was scored: synthetic data, and communes
//! left unranked by `missing_pillar: unranked`. English and Vietnamese, kept in one place so that
//! they can move into the message catalogue.

use crate::score::{Assessment, Flag};

/// "Synthetic data" when any commune scored is marked synthetic (the data's `synthetic` column).
pub fn synthetic(count: usize, total: usize, lang: &str) -> Option<String> {
    (count > 0).then(|| match lang {
        "vi" => format!(
            "Lưu ý: dữ liệu giả lập — {count}/{total} đơn vị được chấm điểm có giá trị do máy tạo ra (cột 'synthetic' ghi có); không trích dẫn như số liệu thật."
        ),
        _ => format!(
            "Note: synthetic data — {count} of {total} communes scored here have generated values (their 'synthetic' column says yes); do not quote them as facts."
        ),
    })
}

/// "Unranked" when `missing_pillar: unranked` took the index of some communes away.
pub fn unranked(count: usize, lang: &str) -> Option<String> {
    (count > 0).then(|| match lang {
        "vi" => format!(
            "Lưu ý: {count} đơn vị không được xếp hạng vì có trụ cột không đủ dữ liệu để chấm điểm (missing_pillar: unranked); các đơn vị này ở cuối danh sách."
        ),
        _ if count == 1 => "Note: 1 commune has no overall score, level or rank because a pillar has too little data to score (missing_pillar: unranked); it is listed last.".to_owned(),
        _ => format!(
            "Note: {count} communes have no overall score, level or rank because a pillar has too little data to score (missing_pillar: unranked); they are listed last."
        ),
    })
}

/// "Synthetic data" for the one commune of a profile.
pub fn synthetic_one(lang: &str) -> &'static str {
    match lang {
        "vi" => {
            "Lưu ý: dữ liệu giả lập — giá trị của đơn vị này do máy tạo ra (cột 'synthetic' ghi có); không trích dẫn như số liệu thật."
        }
        _ => {
            "Note: synthetic data — this commune's values are generated (its 'synthetic' column says yes); do not quote them as facts."
        }
    }
}

/// "Unranked" for the one commune of a profile.
pub fn unranked_one(lang: &str) -> &'static str {
    match lang {
        "vi" => {
            "Lưu ý: đơn vị này không có điểm tổng, mức và thứ hạng vì có trụ cột không đủ dữ liệu để chấm điểm (missing_pillar: unranked)."
        }
        _ => {
            "Note: this commune has no overall score, level or rank because a pillar has too little data to score (missing_pillar: unranked)."
        }
    }
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
    }
}
