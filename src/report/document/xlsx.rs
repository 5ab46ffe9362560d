//! The report as an XLSX workbook: sheets Ranking, Pillars, Indicators, Gaps, Pilot, Data quality
//! and Method (named in the chosen language). Numbers are stored as numbers with a number format,
//! header rows are frozen, filters are on, columns are fitted and levels are coloured by
//! conditional formatting.

use rust_xlsxwriter::{
    Color, ConditionalFormat3ColorScale, ConditionalFormatCell, ConditionalFormatCellRule, Format,
    FormatBorder, Workbook, Worksheet, XlsxError,
};

use super::{Document, Score};
use crate::report::t;

/// The level colours, lowest first (YlGnBu: safe for colour-blind readers and in grey).
const LEVEL_FILLS: [u32; 5] = [0xFFFFCC, 0xA1DAB4, 0x41B6C4, 0x2C7FB8, 0x253494];

struct Styles {
    header: Format,
    score: Format,
    share: Format,
    wrap: Format,
}

impl Styles {
    fn new() -> Styles {
        Styles {
            header: Format::new()
                .set_bold()
                .set_background_color(Color::RGB(0xD9E2F3))
                .set_border_bottom(FormatBorder::Thin)
                .set_text_wrap(),
            score: Format::new().set_num_format("0.0"),
            share: Format::new().set_num_format("0.0%"),
            wrap: Format::new().set_text_wrap(),
        }
    }
}

/// The whole workbook.
pub fn render(document: &Document) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let styles = Styles::new();
    ranking(workbook.add_worksheet(), document, &styles)?;
    pillars(workbook.add_worksheet(), document, &styles)?;
    indicators(workbook.add_worksheet(), document, &styles)?;
    gaps(workbook.add_worksheet(), document, &styles)?;
    pilot(workbook.add_worksheet(), document, &styles)?;
    if let Some(section) = &document.sensitivity {
        sensitivity(workbook.add_worksheet(), section, &styles)?;
    }
    quality(workbook.add_worksheet(), document, &styles)?;
    method(workbook.add_worksheet(), document, &styles)?;
    workbook.save_to_buffer()
}

/// The ranking sheet alone (`dtm score --format xlsx`).
pub fn render_ranking(document: &Document) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    ranking(workbook.add_worksheet(), document, &Styles::new())?;
    workbook.save_to_buffer()
}

fn label(document: &Document, name: &str) -> String {
    document.labels.get(name).to_owned()
}

/// Write the header row, freeze it, and put a filter over `rows` data rows.
fn table_head(
    sheet: &mut Worksheet,
    headers: &[String],
    rows: usize,
    styles: &Styles,
) -> Result<(), XlsxError> {
    for (col, text) in headers.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, text, &styles.header)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    if !headers.is_empty() {
        sheet.autofilter(0, 0, rows as u32, headers.len() as u16 - 1)?;
    }
    Ok(())
}

fn score(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    value: &Score,
    styles: &Styles,
) -> Result<(), XlsxError> {
    if let Some(value) = value.value {
        sheet.write_number_with_format(row, col, value, &styles.score)?;
    }
    Ok(())
}

fn opt_number(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    value: Option<usize>,
) -> Result<(), XlsxError> {
    if let Some(value) = value {
        sheet.write_number(row, col, value as f64)?;
    }
    Ok(())
}

/// Colour each level number in a column by its level.
fn level_colours(
    sheet: &mut Worksheet,
    col: u16,
    rows: usize,
    levels: usize,
) -> Result<(), XlsxError> {
    if rows == 0 {
        return Ok(());
    }
    for level in 1..=levels {
        let fill = LEVEL_FILLS[(level - 1).min(LEVEL_FILLS.len() - 1)];
        let font = if level >= 4 { 0xFFFFFF } else { 0x1B1F24 };
        let format = Format::new()
            .set_background_color(Color::RGB(fill))
            .set_font_color(Color::RGB(font));
        let rule = ConditionalFormatCell::new()
            .set_rule(ConditionalFormatCellRule::EqualTo(level as f64))
            .set_format(format);
        sheet.add_conditional_format(1, col, rows as u32, col, &rule)?;
    }
    Ok(())
}

fn heat(
    sheet: &mut Worksheet,
    first_col: u16,
    last_col: u16,
    rows: usize,
) -> Result<(), XlsxError> {
    if rows == 0 || last_col < first_col {
        return Ok(());
    }
    let scale = ConditionalFormat3ColorScale::new()
        .set_minimum(rust_xlsxwriter::ConditionalFormatType::Number, 0)
        .set_midpoint(rust_xlsxwriter::ConditionalFormatType::Number, 50)
        .set_maximum(rust_xlsxwriter::ConditionalFormatType::Number, 100)
        .set_minimum_color(Color::RGB(0xFFFFCC))
        .set_midpoint_color(Color::RGB(0x41B6C4))
        .set_maximum_color(Color::RGB(0x253494));
    sheet.add_conditional_format(1, first_col, rows as u32, last_col, &scale)?;
    Ok(())
}

fn ranking(sheet: &mut Worksheet, document: &Document, styles: &Styles) -> Result<(), XlsxError> {
    sheet.set_name(label(document, "sheet_ranking"))?;
    let mut headers = vec![
        label(document, "rank"),
        label(document, "id"),
        label(document, "commune"),
    ];
    headers.extend(document.group_headers());
    headers.extend(["overall", "level", "level"].map(|l| label(document, l)));
    headers.extend(document.pillars.iter().map(|p| p.name.clone()));
    headers.push(label(document, "coverage"));
    let groups = document.group_columns.len() as u16;
    let level_col = 3 + groups + 1;
    for (r, row) in document.ranking.iter().enumerate() {
        let r32 = r as u32 + 1;
        opt_number(sheet, r32, 0, row.rank)?;
        sheet.write_string(r32, 1, &row.id)?;
        let name = if row.note.is_empty() {
            row.name.clone()
        } else {
            format!("{} ({})", row.name, row.note)
        };
        sheet.write_string(r32, 2, &name)?;
        for (g, value) in row.groups.iter().enumerate() {
            sheet.write_string(r32, 3 + g as u16, value)?;
        }
        score(sheet, r32, 3 + groups, &row.overall, styles)?;
        opt_number(sheet, r32, level_col, row.level)?;
        sheet.write_string(r32, level_col + 1, &row.level_name)?;
        for (p, value) in row.pillars.iter().enumerate() {
            score(sheet, r32, level_col + 2 + p as u16, value, styles)?;
        }
        let coverage_col = level_col + 2 + document.pillars.len() as u16;
        sheet.write_number_with_format(r32, coverage_col, row.coverage, &styles.share)?;
    }
    let rows = document.ranking.len();
    table_head(sheet, &headers, rows, styles)?;
    level_colours(sheet, level_col, rows, document.levels.len())?;
    heat(sheet, 3 + groups, 3 + groups, rows)?;
    sheet.set_freeze_panes(1, 3)?;
    fit(sheet, 320);
    Ok(())
}

fn pillars(sheet: &mut Worksheet, document: &Document, styles: &Styles) -> Result<(), XlsxError> {
    sheet.set_name(label(document, "sheet_pillars"))?;
    let mut headers = vec![
        label(document, "id"),
        label(document, "commune"),
        label(document, "overall"),
    ];
    headers.extend(document.pillars.iter().map(|p| p.name.clone()));
    for (r, row) in document.ranking.iter().enumerate() {
        let r32 = r as u32 + 1;
        sheet.write_string(r32, 0, &row.id)?;
        sheet.write_string(r32, 1, &row.name)?;
        score(sheet, r32, 2, &row.overall, styles)?;
        for (p, value) in row.pillars.iter().enumerate() {
            score(sheet, r32, 3 + p as u16, value, styles)?;
        }
    }
    let rows = document.ranking.len();
    table_head(sheet, &headers, rows, styles)?;
    heat(sheet, 2, 2 + document.pillars.len() as u16, rows)?;
    sheet.set_freeze_panes(1, 2)?;
    fit(sheet, 320);
    Ok(())
}

fn indicators(
    sheet: &mut Worksheet,
    document: &Document,
    styles: &Styles,
) -> Result<(), XlsxError> {
    sheet.set_name(label(document, "sheet_indicators"))?;
    let mut headers = vec![label(document, "id"), label(document, "commune")];
    headers.extend(document.indicators.iter().map(|i| i.name.clone()));
    for (r, row) in document.ranking.iter().enumerate() {
        let r32 = r as u32 + 1;
        sheet.write_string(r32, 0, &row.id)?;
        sheet.write_string(r32, 1, &row.name)?;
        for (i, value) in row.indicators.iter().enumerate() {
            score(sheet, r32, 2 + i as u16, value, styles)?;
        }
    }
    let rows = document.ranking.len();
    table_head(sheet, &headers, rows, styles)?;
    heat(sheet, 2, 1 + document.indicators.len() as u16, rows)?;
    sheet.set_freeze_panes(1, 2)?;
    sheet.set_row_height(0, 60)?;
    fit(sheet, 200);
    Ok(())
}

fn gaps(sheet: &mut Worksheet, document: &Document, styles: &Styles) -> Result<(), XlsxError> {
    sheet.set_name(label(document, "sheet_gaps"))?;
    let headers = [
        "id",
        "commune",
        "indicator",
        "pillar",
        "value",
        "score",
        "gain",
    ]
    .map(|l| label(document, l));
    let mut r = 0u32;
    for profile in &document.profiles {
        for gap in &profile.gaps {
            r += 1;
            sheet.write_string(r, 0, &profile.id)?;
            sheet.write_string(r, 1, &profile.name)?;
            sheet.write_string(r, 2, &gap.indicator)?;
            sheet.write_string(r, 3, &gap.pillar)?;
            sheet.write_string(r, 4, &gap.raw)?;
            match gap.score.parse::<f64>() {
                Ok(value) => sheet.write_number_with_format(r, 5, value, &styles.score)?,
                Err(_) => sheet.write_string(r, 5, &gap.score)?,
            };
            sheet.write_number_with_format(r, 6, gap.gain, &styles.score)?;
        }
    }
    table_head(sheet, &headers, r as usize, styles)?;
    fit(sheet, 320);
    Ok(())
}

fn pilot(sheet: &mut Worksheet, document: &Document, styles: &Styles) -> Result<(), XlsxError> {
    sheet.set_name(label(document, "sheet_pilot"))?;
    let mut headers = vec![
        label(document, "pilot"),
        label(document, "id"),
        label(document, "commune"),
    ];
    headers.extend(document.group_headers());
    headers.extend(["overall", "level", "why"].map(|l| label(document, l)));
    let Some(pilot) = &document.pilot else {
        table_head(sheet, &headers, 0, styles)?;
        return Ok(());
    };
    let groups = document.group_columns.len() as u16;
    let mut r = 0u32;
    for (kind, picks) in [
        ("pilot_picks", &pilot.picks),
        ("pilot_runners_up", &pilot.runners_up),
    ] {
        for pick in picks {
            r += 1;
            sheet.write_string(r, 0, label(document, kind))?;
            sheet.write_string(r, 1, &pick.id)?;
            sheet.write_string(r, 2, &pick.name)?;
            for (g, value) in pick.groups.iter().enumerate() {
                sheet.write_string(r, 3 + g as u16, value)?;
            }
            score(sheet, r, 3 + groups, &pick.overall, styles)?;
            sheet.write_string(r, 4 + groups, &pick.level_name)?;
            sheet.write_string_with_format(r, 5 + groups, pick.reasons.join("\n"), &styles.wrap)?;
        }
    }
    table_head(sheet, &headers, r as usize, styles)?;
    if !pilot.waves.is_empty() {
        r += 2;
        let wave_headers = [
            "wave",
            "communes",
            "mean_score",
            "groups_touched",
            "commune",
        ]
        .map(|l| label(document, l));
        for (col, text) in wave_headers.iter().enumerate() {
            sheet.write_string_with_format(r, col as u16, text, &styles.header)?;
        }
        for wave in &pilot.waves {
            r += 1;
            sheet.write_number(r, 0, wave.number as f64)?;
            sheet.write_number(r, 1, wave.communes.len() as f64)?;
            sheet.write_string(r, 2, &wave.mean)?;
            sheet.write_string(r, 3, &wave.groups)?;
            sheet.write_string(r, 4, wave.communes.join(", "))?;
        }
    }
    fit(sheet, 400);
    Ok(())
}

/// The robustness sheet: every ranked commune's rank interval, numbers as numbers.
fn sensitivity(
    sheet: &mut Worksheet,
    section: &super::SensitivitySection,
    styles: &Styles,
) -> Result<(), XlsxError> {
    sheet.set_name(&section.sheet)?;
    // rank, id, commune, median rank, rank 5 %, rank 95 %, in top N, score 5 %, score 95 %
    let h = &section.headers;
    let headers = [
        h[0].clone(),
        "id".to_owned(),
        h[1].clone(),
        h[2].clone(),
        format!("{} (5 %)", h[3]),
        format!("{} (95 %)", h[3]),
        h[4].clone(),
        format!("{} (5 %)", h[5]),
        format!("{} (95 %)", h[5]),
    ];
    for (r, row) in section.rows.iter().enumerate() {
        let r32 = r as u32 + 1;
        sheet.write_number(r32, 0, row.rank as f64)?;
        sheet.write_string(r32, 1, &row.id)?;
        sheet.write_string(r32, 2, &row.name)?;
        opt_number(sheet, r32, 3, row.median_rank)?;
        opt_number(sheet, r32, 4, row.rank_low)?;
        opt_number(sheet, r32, 5, row.rank_high)?;
        sheet.write_number_with_format(r32, 6, row.top_share, &styles.share)?;
        for (col, value) in [(7, row.score_low), (8, row.score_high)] {
            if let Some(value) = value {
                sheet.write_number_with_format(r32, col, value, &styles.score)?;
            }
        }
    }
    table_head(sheet, &headers, section.rows.len(), styles)?;
    fit(sheet, 300);
    Ok(())
}

fn quality(sheet: &mut Worksheet, document: &Document, styles: &Styles) -> Result<(), XlsxError> {
    sheet.set_name(label(document, "sheet_quality"))?;
    let headers = ["commune", "indicator", "treatment"].map(|l| label(document, l));
    for (r, row) in document.quality.rows.iter().enumerate() {
        let r32 = r as u32 + 1;
        sheet.write_string(r32, 0, &row.commune)?;
        sheet.write_string(r32, 1, &row.indicator)?;
        sheet.write_string(r32, 2, &row.what)?;
    }
    table_head(sheet, &headers, document.quality.rows.len(), styles)?;
    fit(sheet, 400);
    Ok(())
}

/// A tree node's kind in the workbook's language (the document keeps `pillar`, `group`, `indicator`).
fn kind(document: &Document, kind: &str) -> String {
    let lang = document.language();
    match kind {
        "pillar" => t(lang, "report-kind-pillar", &[]),
        "group" => t(lang, "report-kind-group", &[]),
        "indicator" => t(lang, "report-kind-indicator", &[]),
        other => other.to_owned(),
    }
}

fn method(sheet: &mut Worksheet, document: &Document, styles: &Styles) -> Result<(), XlsxError> {
    sheet.set_name(label(document, "sheet_method"))?;
    let headers = [
        "id",
        "node",
        "kind",
        "weight",
        "effective_weight",
        "scale",
        "rule",
    ]
    .map(|l| label(document, l));
    for (r, node) in document.method.tree.iter().enumerate() {
        let r32 = r as u32 + 1;
        sheet.write_string(r32, 0, &node.id)?;
        let indent = "  ".repeat(node.depth);
        sheet.write_string(r32, 1, format!("{indent}{}", node.name))?;
        sheet.write_string(r32, 2, kind(document, &node.kind))?;
        match node.weight.parse::<f64>() {
            Ok(weight) => sheet.write_number(r32, 3, weight)?,
            Err(_) => sheet.write_string(r32, 3, &node.weight)?,
        };
        sheet.write_number_with_format(r32, 4, node.effective / 100.0, &styles.share)?;
        sheet.write_string(r32, 5, &node.scale)?;
        sheet.write_string(r32, 6, &node.rule)?;
    }
    let rows = document.method.tree.len();
    table_head(sheet, &headers, rows, styles)?;
    let mut r = rows as u32 + 2;
    for paragraph in &document.method.paragraphs {
        sheet.write_string(r, 0, paragraph)?;
        r += 1;
    }
    r += 1;
    for (col, name) in ["level", "from_score", "meaning"].iter().enumerate() {
        sheet.write_string_with_format(r, col as u16, label(document, name), &styles.header)?;
    }
    for level in &document.method.levels {
        r += 1;
        sheet.write_string(r, 0, &level.name)?;
        sheet.write_string(r, 1, &level.min)?;
        sheet.write_string(r, 2, &level.description)?;
    }
    // What a reader must know first (synthetic data, restated scores), and for restated scores
    // the old units each profiled commune was made from.
    r += 1;
    for banner in &document.banners {
        r += 1;
        sheet.write_string(r, 0, banner)?;
    }
    for profile in document
        .profiles
        .iter()
        .filter(|p| !p.restated_from.is_empty())
    {
        r += 1;
        sheet.write_string(r, 0, &profile.id)?;
        sheet.write_string(r, 1, &profile.name)?;
        sheet.write_string(r, 2, &profile.restated_from)?;
    }
    fit(sheet, 400);
    Ok(())
}

/// Fit the columns to their contents, none wider than `max` pixels.
fn fit(sheet: &mut Worksheet, max: u32) {
    sheet.set_autofit_max_width(max);
    sheet.autofit();
}
