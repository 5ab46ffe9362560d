//! The template as an XLSX workbook: a data sheet with a guide row, notes and data validation on
//! every indicator column, an instructions sheet, and a sheet of long choice lists.

use rust_xlsxwriter::{
    Color, DataValidation, DataValidationErrorStyle, DataValidationRule, Format, FormatBorder,
    Formula, Note, Workbook, Worksheet, XlsxError,
};

use super::{Column, Rule, Template};

/// Rows below the guide row that carry data validation when no units are pre-filled.
const BLANK_ROWS: u32 = 1000;
/// Excel's limit on an inline list of choices (characters, commas included).
const INLINE_LIST_LIMIT: usize = 255;

/// The workbook's bytes.
pub fn render(template: &Template) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let words = &template.words;
    let long_lists: Vec<(usize, &Vec<String>)> = template
        .columns
        .iter()
        .enumerate()
        .filter_map(|(at, column)| match &column.rule {
            Rule::Choice(labels) if inline_length(labels) > INLINE_LIST_LIMIT => Some((at, labels)),
            _ => None,
        })
        .collect();
    data_sheet(workbook.add_worksheet(), template, &long_lists)?;
    instructions_sheet(workbook.add_worksheet(), template)?;
    if !long_lists.is_empty() {
        let sheet = workbook.add_worksheet();
        sheet.set_name(&words.lists_sheet)?;
        for (list, (_, labels)) in long_lists.iter().enumerate() {
            for (row, label) in labels.iter().enumerate() {
                sheet.write_string(row as u32, list as u16, label.as_str())?;
            }
        }
        sheet.set_hidden(true);
    }
    workbook.save_to_buffer()
}

fn inline_length(labels: &[String]) -> usize {
    labels.iter().map(|l| l.chars().count() + 1).sum()
}

fn data_sheet(
    sheet: &mut Worksheet,
    template: &Template,
    long_lists: &[(usize, &Vec<String>)],
) -> Result<(), XlsxError> {
    let words = &template.words;
    sheet.set_name(&words.data_sheet)?;
    let header = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xD9E2F3))
        .set_border_bottom(FormatBorder::Thin);
    let guide = Format::new()
        .set_italic()
        .set_font_color(Color::RGB(0x404040))
        .set_background_color(Color::RGB(0xF2F2F2))
        .set_text_wrap();
    let text = Format::new().set_num_format("@");
    let guide_row = template.guide();
    let last_row = 1 + (template.rows.len() as u32).max(BLANK_ROWS);
    for (col, column) in template.columns.iter().enumerate() {
        let col = col as u16;
        sheet.write_string_with_format(0, col, &column.header, &header)?;
        sheet.write_string_with_format(1, col, &guide_row[col as usize], &guide)?;
        sheet.insert_note(0, col, &Note::new(note(template, column)).set_width(320))?;
        let width = column.header.chars().count().clamp(12, 40) as f64 + 2.0;
        sheet.set_column_width(col, width)?;
        if column.rule == Rule::Text {
            sheet.set_column_format(col, &text)?;
        }
        let list = long_lists
            .iter()
            .position(|(at, _)| *at == col as usize)
            .map(|list| (list, long_lists[list].1.len()));
        if let Some(validation) = validation(template, column, list)? {
            sheet.add_data_validation(2, col, last_row, col, &validation)?;
        }
    }
    for (row, cells) in template.rows.iter().enumerate() {
        for (col, cell) in cells.iter().enumerate().filter(|(_, c)| !c.is_empty()) {
            sheet.write_string(row as u32 + 2, col as u16, cell.as_str())?;
        }
    }
    sheet.set_row_height(1, 45)?;
    let frozen_columns = if template.columns.len() > 1 { 2 } else { 1 };
    sheet.set_freeze_panes(2, frozen_columns)?;
    Ok(())
}

/// The note on a header cell: what the column is, its unit, valid values and source.
fn note(template: &Template, column: &Column) -> String {
    let words = &template.words;
    let mut lines = vec![words.guide(column)];
    if !column.pillar.is_empty() {
        lines.push(column.pillar.clone());
    }
    if let Some(source) = &column.source {
        lines.push(source.clone());
    }
    lines.join("\n")
}

/// The data validation of one column; `list` is the column of the lists sheet holding its long
/// choice list, with its length.
fn validation(
    template: &Template,
    column: &Column,
    list: Option<(usize, usize)>,
) -> Result<Option<DataValidation>, XlsxError> {
    let words = &template.words;
    let base = match (&column.rule, list) {
        (Rule::Text, _) => return Ok(None),
        (Rule::Number(Some([low, high])), _) => {
            DataValidation::new().allow_decimal_number(DataValidationRule::Between(*low, *high))
        }
        (Rule::Number(None), _) => {
            DataValidation::new().allow_decimal_number(DataValidationRule::Between(-1e15, 1e15))
        }
        (Rule::Boolean { yes, no }, _) => DataValidation::new().allow_list_strings(&[yes, no])?,
        (Rule::Choice(_), Some((at, length))) => {
            let letter = column_letter(at);
            let formula = format!("='{}'!${letter}$1:${letter}${length}", words.lists_sheet);
            DataValidation::new().allow_list_formula(Formula::new(formula))
        }
        (Rule::Choice(labels), None) => DataValidation::new().allow_list_strings(labels)?,
    };
    let validation = base
        .set_input_title(cut(&column.header, 32))?
        .set_input_message(cut(&words.guide(column), 255))?
        .set_error_title(cut(&column.header, 32))?
        .set_error_message(cut(&words.invalid(column), 255))?
        .set_error_style(DataValidationErrorStyle::Stop);
    Ok(Some(validation))
}

/// The first `limit` characters of `text` (Excel counts UTF-16 units; Vietnamese letters are one).
fn cut(text: &str, limit: usize) -> String {
    if text.encode_utf16().count() <= limit {
        return text.to_owned();
    }
    let mut out = String::new();
    for c in text.chars() {
        if out.encode_utf16().count() + c.len_utf16() > limit - 1 {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

/// Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA.
fn column_letter(mut at: usize) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(b'A' + (at % 26) as u8);
        if at < 26 {
            break;
        }
        at = at / 26 - 1;
    }
    letters.reverse();
    String::from_utf8_lossy(&letters).into_owned()
}

fn instructions_sheet(sheet: &mut Worksheet, template: &Template) -> Result<(), XlsxError> {
    let words = &template.words;
    sheet.set_name(&words.guide_sheet)?;
    let title = Format::new().set_bold().set_font_size(14);
    let bold = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xD9E2F3));
    let wrap = Format::new().set_text_wrap();
    let made_for = words.made_for(
        &template.title,
        &template.criteria_id,
        template.criteria_version.as_deref(),
    );
    sheet.write_string_with_format(0, 0, &made_for, &title)?;
    let mut row = 2;
    for line in words.instructions(&words.data_sheet) {
        sheet.write_string(row, 0, &line)?;
        row += 1;
    }
    row += 1;
    for (col, header) in words.guide_headers().iter().enumerate() {
        sheet.write_string_with_format(row, col as u16, header, &bold)?;
    }
    for column in &template.columns {
        row += 1;
        let cells = [
            column.header.clone(),
            column.label.clone(),
            column.unit.clone().unwrap_or_default(),
            words.rule(&column.rule),
            column.pillar.clone(),
            column.source.clone().unwrap_or_default(),
        ];
        for (col, cell) in cells.iter().enumerate() {
            sheet.write_string_with_format(row, col as u16, cell, &wrap)?;
        }
    }
    for (col, width) in [28.0, 45.0, 10.0, 30.0, 22.0, 50.0].into_iter().enumerate() {
        sheet.set_column_width(col as u16, width)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{column_letter, cut};

    #[test]
    fn column_letters_follow_the_spreadsheet_convention() {
        let letters: Vec<String> = [0, 25, 26, 51, 52, 701, 702]
            .into_iter()
            .map(column_letter)
            .collect();
        assert_eq!(letters, ["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]);
    }

    #[test]
    fn texts_are_cut_to_excels_limits_with_an_ellipsis() {
        assert_eq!(cut("Tỷ lệ hồ sơ", 32), "Tỷ lệ hồ sơ");
        let cut_text = cut(&"ả".repeat(40), 32);
        assert_eq!(cut_text.encode_utf16().count(), 32);
        assert!(cut_text.ends_with('…'));
    }
}
