//! Every word `dtm sensitivity` shows a person, in English and Vietnamese, in one place so that
//! they can move into the message catalogue whole.

/// A text in both languages; `vi` when asked for it, English otherwise.
fn pick(lang: &str, en: String, vi: String) -> String {
    if lang == "vi" { vi } else { en }
}

/// Column headers of the table and Markdown, in order after the group columns.
pub fn headers(lang: &str, top: usize) -> Vec<String> {
    if lang == "vi" {
        vec![
            "điểm".into(),
            "điểm TB".into(),
            "điểm 5–95 %".into(),
            "hạng trung vị".into(),
            "hạng 5–95 %".into(),
            format!("trong top {top}"),
        ]
    } else {
        vec![
            "score".into(),
            "mean".into(),
            "score 5–95 %".into(),
            "median rank".into(),
            "rank 5–95 %".into(),
            format!("in top {top}"),
        ]
    }
}

pub fn rank(lang: &str) -> String {
    pick(lang, "rank".into(), "hạng".into())
}

pub fn commune(lang: &str) -> String {
    pick(lang, "commune".into(), "đơn vị".into())
}

/// What was varied, e.g. "weights ±25 %, aggregation, missing-data policy".
pub fn varied(lang: &str, weights: f64, aggregate: bool, missing: bool) -> String {
    let mut parts = Vec::new();
    if weights > 0.0 {
        let percent = super::super::words::number(Some(weights * 100.0));
        parts.push(pick(
            lang,
            format!("weights ±{percent} %"),
            format!("trọng số ±{percent} %"),
        ));
    }
    if aggregate {
        parts.push(pick(lang, "aggregation".into(), "cách tổng hợp".into()));
    }
    if missing {
        parts.push(pick(
            lang,
            "missing-data policy".into(),
            "cách xử lý dữ liệu thiếu".into(),
        ));
    }
    if parts.is_empty() {
        return pick(lang, "nothing varied".into(), "không thay đổi gì".into());
    }
    parts.join(", ")
}

/// The first line: how many replications, the seed and what varied.
pub fn summary(lang: &str, runs: usize, seed: u64, varied: &str, by: &str) -> String {
    pick(
        lang,
        format!("{runs} replications, seed {seed}; varied: {varied}; ranked by {by}."),
        format!("{runs} lần lặp, hạt giống {seed}; thay đổi: {varied}; xếp hạng theo {by}."),
    )
}

pub fn overall(lang: &str) -> String {
    pick(lang, "the overall score".into(), "điểm tổng".into())
}

/// The rank correlation line.
pub fn correlation(lang: &str, mean: &str, min: &str, low: &str) -> String {
    pick(
        lang,
        format!(
            "Rank correlation with the nominal ranking (Spearman): mean {mean}, lowest {min}; 95 % of replications at least {low}."
        ),
        format!(
            "Tương quan hạng với xếp hạng gốc (Spearman): trung bình {mean}, thấp nhất {min}; 95 % số lần lặp từ {low} trở lên."
        ),
    )
}

pub fn most_stable(lang: &str, names: &str) -> String {
    pick(
        lang,
        format!("Most stable: {names}."),
        format!("Ổn định nhất: {names}."),
    )
}

pub fn least_stable(lang: &str, names: &str) -> String {
    pick(
        lang,
        format!("Least stable: {names}."),
        format!("Kém ổn định nhất: {names}."),
    )
}

/// The note on standard error that names the seed (for machine formats, which have no header).
pub fn seed_note(lang: &str, seed: u64) -> String {
    pick(
        lang,
        format!("seed {seed} (--seed S reproduces or changes it)"),
        format!("hạt giống {seed} (--seed S để lặp lại hoặc đổi)"),
    )
}

/// The progress bar's message.
pub fn progress(lang: &str) -> String {
    pick(lang, "replications".into(), "lần lặp".into())
}

/// Said on standard error when Ctrl-C stopped the run.
pub fn interrupted(lang: &str, done: usize, runs: usize) -> String {
    pick(
        lang,
        format!("interrupted after {done} of {runs} replications; nothing was written"),
        format!("đã dừng sau {done} trên {runs} lần lặp; không ghi gì ra"),
    )
}

/// The `pilot --robust` column: how often a pick is in the top N under sensitivity replications.
pub fn robust_header(lang: &str, top: usize) -> String {
    pick(
        lang,
        format!("robust: in top {top}"),
        format!("độ vững: trong top {top}"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_has_both_languages() {
        for lang in ["en", "vi"] {
            assert_eq!(headers(lang, 3).len(), 6);
            assert!(
                !summary(lang, 10, 1, &varied(lang, 0.25, true, true), &overall(lang)).is_empty()
            );
        }
        assert_ne!(
            varied("en", 0.0, false, false),
            varied("vi", 0.0, false, false)
        );
        assert_ne!(
            correlation("en", "1", "1", "1"),
            correlation("vi", "1", "1", "1")
        );
        assert_ne!(most_stable("en", "a"), most_stable("vi", "a"));
        assert_ne!(least_stable("en", "a"), least_stable("vi", "a"));
        assert_ne!(seed_note("en", 1), seed_note("vi", 1));
        assert_ne!(progress("en"), progress("vi"));
        assert_ne!(interrupted("en", 1, 2), interrupted("vi", 1, 2));
        assert_ne!(rank("en"), rank("vi"));
        assert_ne!(robust_header("en", 3), robust_header("vi", 3));
        assert_ne!(commune("en"), commune("vi"));
        assert_eq!(varied("en", 0.25, false, false), "weights ±25 %");
    }
}
