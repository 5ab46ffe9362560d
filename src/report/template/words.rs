//! The template's words in English and Vietnamese: column guides, sheet names, instructions.

use super::{Column, Rule};
use crate::report::words::number;

/// Every text a template shows, in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct Words {
    vi: bool,
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
        let vi = lang == "vi";
        let pick = |en: &str, vi_text: &str| if vi { vi_text } else { en }.to_owned();
        Words {
            vi,
            id_label: pick(
                "Unit code (required, unique)",
                "Mã đơn vị (bắt buộc, không trùng)",
            ),
            name_label: pick("Unit name", "Tên đơn vị"),
            period_label: pick("Survey period (required)", "Kỳ khảo sát (bắt buộc)"),
            yes: pick("yes", "có"),
            no: pick("no", "không"),
            data_sheet: pick("Data", "Dữ liệu"),
            guide_sheet: pick("Instructions", "Hướng dẫn"),
            lists_sheet: pick("Lists", "Danh sách"),
        }
    }

    fn pick(&self, en: &str, vi: &str) -> String {
        if self.vi { vi } else { en }.to_owned()
    }

    /// The label of a group column ("district", "kind" keep their names; known ones get words).
    pub fn group_label(&self, group: &str) -> String {
        match group {
            "district" => self.pick("District (before 1/7/2025)", "Huyện (trước 1/7/2025)"),
            "former_district" => self.pick("Former district", "Huyện cũ"),
            "kind" => self.pick(
                "Kind: xã, phường or thị trấn",
                "Loại: xã, phường hoặc thị trấn",
            ),
            other => self.pick(&format!("Group: {other}"), &format!("Nhóm: {other}")),
        }
    }

    /// The note for a column filled by a roll-up of microdata.
    pub fn from_rollup(&self, rollup: &str) -> String {
        self.pick(
            &format!("can be computed from microdata: dtm score --microdata {rollup}=FILE"),
            &format!("có thể tính từ dữ liệu hộ: dtm score --microdata {rollup}=FILE"),
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
            Rule::Number(Some([low, high])) => {
                let (low, high) = (number(Some(*low)), number(Some(*high)));
                self.pick(
                    &format!("a number from {low} to {high}"),
                    &format!("số từ {low} đến {high}"),
                )
            }
            Rule::Number(None) => self.pick("a number", "một số"),
            Rule::Boolean { yes, no } => format!("{yes} / {no}"),
            Rule::Choice(labels) => labels.join(" | "),
        }
    }

    /// The message Excel shows when a cell breaks its rule.
    pub fn invalid(&self, column: &Column) -> String {
        let rule = self.rule(&column.rule);
        self.pick(
            &format!("'{}' takes {rule}.", column.header),
            &format!("Cột '{}' nhận {rule}.", column.header),
        )
    }

    /// Headers of the instructions sheet's column table.
    pub fn guide_headers(&self) -> [String; 6] {
        [
            self.pick("Column", "Cột"),
            self.pick("What it is", "Nội dung"),
            self.pick("Unit", "Đơn vị"),
            self.pick("Valid values", "Giá trị hợp lệ"),
            self.pick("Pillar", "Trụ cột"),
            self.pick("Source", "Nguồn"),
        ]
    }

    /// The instructions, one paragraph a line.
    pub fn instructions(&self, data_sheet: &str) -> Vec<String> {
        if self.vi {
            vec![
                format!("Nhập một dòng cho mỗi đơn vị (và mỗi kỳ khảo sát) ở trang '{data_sheet}'."),
                "Không sửa dòng tiêu đề thứ nhất: dtm đọc đúng các tên cột này.".to_owned(),
                "Dòng thứ hai (bắt đầu bằng #) chỉ để hướng dẫn; dtm tự bỏ qua, có thể giữ hoặc xoá."
                    .to_owned(),
                "Ô để trống là thiếu số liệu; không ghi 0 khi không có số liệu.".to_owned(),
                "Số có thể dùng dấu phẩy thập phân (85,5) và dấu % (85,5%).".to_owned(),
                "Có/không: ghi 'có' hoặc 'không' (hoặc yes/no, 1/0).".to_owned(),
                "Kiểm tra tệp đã điền: dtm check --data TỆP; chấm điểm: dtm score TỆP.".to_owned(),
            ]
        } else {
            vec![
                format!(
                    "Enter one row per unit (and per survey period) on the '{data_sheet}' sheet."
                ),
                "Do not change the first header row: dtm reads these exact column names."
                    .to_owned(),
                "The second row (starting with #) is a guide; dtm skips it, keep or delete it."
                    .to_owned(),
                "Leave a cell empty when there is no data; do not write 0 for unknown.".to_owned(),
                "Numbers may use a decimal comma (85,5) and a percent sign (85.5%).".to_owned(),
                "Yes/no columns take 'yes' or 'no' (or có/không, 1/0).".to_owned(),
                "Check a filled file with: dtm check --data FILE; score it with: dtm score FILE."
                    .to_owned(),
            ]
        }
    }

    /// The line naming the criteria the template was made for.
    pub fn made_for(&self, title: &str, id: &str, version: Option<&str>) -> String {
        let version = version.map(|v| format!(" {v}")).unwrap_or_default();
        self.pick(
            &format!("Data-collection template for {title} ({id}{version})"),
            &format!("Mẫu thu thập số liệu: {title} ({id}{version})"),
        )
    }
}
