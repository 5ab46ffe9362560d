//! Every sentence `dtm rollup` and `--microdata` show a person, in English and Vietnamese, kept in
//! one place so that they can move into the message catalogue.

/// Vietnamese when `lang` is `vi`, else English.
fn pick(lang: &str, en: String, vi: String) -> String {
    if lang == "vi" { vi } else { en }
}

/// After a rollup, on standard error.
pub fn summary(lang: &str, rows: u64, communes: usize, name: &str) -> String {
    pick(
        lang,
        format!("rolled {rows} microdata row(s) of '{name}' up into {communes} commune(s)"),
        format!("đã tổng hợp {rows} dòng vi dữ liệu '{name}' thành {communes} xã"),
    )
}

/// The progress bar's message.
pub fn progress(lang: &str, rows: u64, per_second: f64) -> String {
    let rate = per_second.round();
    pick(
        lang,
        format!("{rows} rows, {rate} rows/s"),
        format!("{rows} dòng, {rate} dòng/giây"),
    )
}

/// Under `--lenient`, before the list of values turned missing.
pub fn lenient(lang: &str, count: u64) -> String {
    pick(
        lang,
        format!("--lenient turned {count} unreadable microdata value(s) into missing ones:"),
        format!("--lenient đã coi {count} giá trị vi dữ liệu không đọc được là thiếu:"),
    )
}

/// After a list cut at its first entries.
pub fn more(lang: &str, count: u64) -> String {
    pick(
        lang,
        format!("… and {count} more not shown"),
        format!("… và {count} mục nữa không hiển thị"),
    )
}

/// A measure that is also a column of the survey, without `--prefer`.
pub fn clash(lang: &str, measure: &str, rollup: &str, file: &str) -> String {
    pick(
        lang,
        format!(
            "measure '{measure}' of rollup '{rollup}' and column '{measure}' of survey file '{file}' have the same name; remove one, or choose with --prefer microdata or --prefer survey"
        ),
        format!(
            "chỉ số '{measure}' của tổng hợp '{rollup}' trùng tên với cột '{measure}' của tệp khảo sát '{file}'; bỏ một trong hai, hoặc chọn bằng --prefer microdata hay --prefer survey"
        ),
    )
}

/// With `--prefer`, which side a clashing column was taken from.
pub fn preferred(lang: &str, measure: &str, microdata: bool) -> String {
    match microdata {
        true => pick(
            lang,
            format!(
                "column '{measure}' comes from the microdata (--prefer microdata); the survey's values are not used"
            ),
            format!(
                "cột '{measure}' lấy từ vi dữ liệu (--prefer microdata); giá trị của khảo sát không được dùng"
            ),
        ),
        false => pick(
            lang,
            format!(
                "column '{measure}' comes from the survey (--prefer survey); the microdata measure is not used"
            ),
            format!(
                "cột '{measure}' lấy từ khảo sát (--prefer survey); chỉ số vi dữ liệu không được dùng"
            ),
        ),
    }
}

/// Data quality: survey communes that the microdata do not cover.
pub fn uncovered(lang: &str, count: usize, rollup: &str, listed: &str) -> String {
    pick(
        lang,
        format!(
            "data quality: {count} commune(s) of the survey have no rows in microdata '{rollup}', so their measures are missing: {listed}"
        ),
        format!(
            "chất lượng dữ liệu: {count} xã trong khảo sát không có dòng nào trong vi dữ liệu '{rollup}' nên các chỉ số này bị thiếu: {listed}"
        ),
    )
}

/// Microdata rows whose key is no commune of the survey, before their list.
pub fn unmatched(lang: &str, rows: u64, keys: usize, rollup: &str) -> String {
    pick(
        lang,
        format!(
            "{rows} row(s) of microdata '{rollup}' under {keys} key(s) match no commune of the survey and were not joined:"
        ),
        format!(
            "{rows} dòng vi dữ liệu '{rollup}' thuộc {keys} mã không khớp xã nào của khảo sát nên không được ghép:"
        ),
    )
}

/// One unmatched key of that list.
pub fn unmatched_key(lang: &str, key: &str, period: Option<&str>, rows: u64) -> String {
    let period = period.map_or(String::new(), |p| format!(" ({p})"));
    pick(
        lang,
        format!("key '{key}'{period}: {rows} row(s)"),
        format!("mã '{key}'{period}: {rows} dòng"),
    )
}

/// `--microdata NAME=FILE` naming no rollup of the criteria.
pub fn unknown_rollup(lang: &str, name: &str, known: &str) -> String {
    pick(
        lang,
        format!("the criteria have no rollup named '{name}'; their rollups are: {known}"),
        format!("bộ tiêu chí không có tổng hợp nào tên '{name}'; các tổng hợp hiện có: {known}"),
    )
}

/// Several rollups and no `--rollup`.
pub fn choose_rollup(lang: &str, known: &str) -> String {
    pick(
        lang,
        format!("the criteria have several rollups; choose one with --rollup NAME: {known}"),
        format!("bộ tiêu chí có nhiều tổng hợp; chọn một bằng --rollup TÊN: {known}"),
    )
}

/// Criteria without rollups.
pub fn no_rollups(lang: &str) -> String {
    pick(
        lang,
        "the criteria have no rollups: add a 'rollups:' section (DESIGN §7)".to_owned(),
        "bộ tiêu chí không có phần 'rollups:' nào để tổng hợp".to_owned(),
    )
}

/// Microdata problems stopped the command.
pub fn invalid(lang: &str, count: u64) -> String {
    pick(
        lang,
        format!("the microdata have {count} problem(s); nothing was rolled up"),
        format!("vi dữ liệu có {count} lỗi; chưa tổng hợp được gì"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sentence_has_both_languages() {
        let pairs = [
            (summary("en", 3, 2, "h"), summary("vi", 3, 2, "h")),
            (lenient("en", 1), lenient("vi", 1)),
            (clash("en", "m", "h", "f"), clash("vi", "m", "h", "f")),
            (uncovered("en", 1, "h", "x"), uncovered("vi", 1, "h", "x")),
            (unmatched("en", 2, 1, "h"), unmatched("vi", 2, 1, "h")),
            (no_rollups("en"), no_rollups("vi")),
        ];
        for (en, vi) in pairs {
            assert_ne!(en, vi);
        }
        assert!(clash("en", "m", "h", "f").contains("--prefer"));
        assert!(clash("vi", "m", "h", "f").contains("--prefer"));
    }
}
