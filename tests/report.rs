//! `dtm report`: the workbook's sheets, numbers and frozen headers, and a self-contained page.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

use calamine::{Data, DataType, Reader, Xlsx, open_workbook};

const SEEDS: &str = "seeds/long-an-communes.csv";

fn report(args: &[&str], out: &Path) {
    let made = Command::new(env!("CARGO_BIN_EXE_dtm"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("report")
        .arg(SEEDS)
        .args(args)
        .arg("-o")
        .arg(out)
        .output()
        .expect("dtm runs");
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("report");
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir.join(name)
}

fn sheet_xml(path: &Path, sheet: usize) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).expect("a zip");
    let mut xml = String::new();
    zip.by_name(&format!("xl/worksheets/sheet{sheet}.xml"))
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml
}

#[test]
fn the_workbook_has_its_sheets_numbers_frozen_headers_and_filters() {
    let path = scratch("report.xlsx");
    report(&[], &path);
    let mut workbook: Xlsx<_> = open_workbook(&path).expect("an XLSX");
    assert_eq!(
        workbook.sheet_names(),
        [
            "Ranking",
            "Pillars",
            "Indicators",
            "Gaps",
            "Pilot",
            "Data quality",
            "Method"
        ]
    );
    let ranking = workbook.worksheet_range("Ranking").expect("ranking");
    assert_eq!(
        ranking.height(),
        1 + 186,
        "a header and one row per commune"
    );
    let header: Vec<String> = ranking
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(ToString::to_string)
        .collect();
    let overall = header
        .iter()
        .position(|h| h == "overall")
        .expect("an overall column");
    let first = ranking.rows().nth(1).unwrap();
    assert!(
        matches!(first[0], Data::Float(r) if r == 1.0),
        "rank is a number: {:?}",
        first[0]
    );
    assert!(
        matches!(first[overall], Data::Float(s) if (0.0..=100.0).contains(&s)),
        "score is a number"
    );
    let gaps = workbook.worksheet_range("Gaps").expect("gaps");
    assert!(
        gaps.height() > 10,
        "the profiled communes' gaps are in the workbook"
    );
    for sheet in 1..=7 {
        let xml = sheet_xml(&path, sheet);
        assert!(
            xml.contains("ySplit=\"1\""),
            "sheet {sheet}: header row frozen"
        );
        assert!(xml.contains("<autoFilter "), "sheet {sheet}: filter on");
    }
    assert!(
        sheet_xml(&path, 1).contains("<conditionalFormatting"),
        "levels coloured"
    );
}

#[test]
fn the_vietnamese_workbook_names_its_sheets_in_vietnamese() {
    let path = scratch("bao-cao.xlsx");
    report(&["--lang", "vi"], &path);
    let workbook: Xlsx<_> = open_workbook(&path).expect("an XLSX");
    assert_eq!(
        workbook.sheet_names(),
        [
            "Xếp hạng",
            "Trụ cột",
            "Chỉ tiêu",
            "Khoảng cách",
            "Thí điểm",
            "Chất lượng dữ liệu",
            "Phương pháp"
        ]
    );
}

#[test]
fn the_page_is_self_contained() {
    let path = scratch("report.html");
    report(&["--lang", "vi"], &path);
    let page = std::fs::read_to_string(&path).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>") && page.contains("<html lang=\"vi\">"));
    for foreign in [
        "<script", "<link", "src=", "http://", "https://", "@import", "url(",
    ] {
        assert!(!page.contains(foreign), "the page holds '{foreign}'");
    }
    assert!(page.contains("<h1>Báo cáo mức độ chuyển đổi số</h1>"));
    assert!(
        page.contains("@media print") && page.contains("thead { display: table-header-group; }")
    );
    assert!(
        page.contains("role=\"img\" aria-label="),
        "charts have text alternatives"
    );
}

#[test]
fn names_from_the_data_are_escaped_in_the_page() {
    let data = scratch("hostile.csv");
    std::fs::write(
        &data,
        "commune_code,commune_name,district,kind,period,online_dossier_pct,feedback_days,has_portal,it_team,cashless_pct\n\
         1,<script>alert(1)</script>,\"A & B\",xã,2024,85,3,có,active,82\n\
         2,Xã \"Hai\",B,xã,2024,60,5,no,none,40\n",
    )
    .unwrap();
    let page = scratch("hostile.html");
    let made = Command::new(env!("CARGO_BIN_EXE_dtm"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["report", "-c", "tests/cmd/report/criteria.yaml"])
        .arg(&data)
        .arg("-o")
        .arg(&page)
        .output()
        .expect("dtm runs");
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let page = std::fs::read_to_string(&page).unwrap();
    assert!(
        !page.contains("<script>"),
        "markup from the data must not reach the page"
    );
    assert!(
        page.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;")
            || page.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
    );
    assert!(page.contains("A &amp; B"));
}

#[test]
fn score_writes_the_ranking_sheet_alone_for_the_rows_it_shows() {
    let path = scratch("score.xlsx");
    let made = Command::new(env!("CARGO_BIN_EXE_dtm"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["score", SEEDS, "--top", "5", "-o"])
        .arg(&path)
        .output()
        .expect("dtm runs");
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let mut workbook: Xlsx<_> = open_workbook(&path).expect("an XLSX");
    assert_eq!(workbook.sheet_names(), ["Ranking"]);
    let ranking = workbook.worksheet_range("Ranking").unwrap();
    assert_eq!(ranking.height(), 1 + 5);
    let ranks: Vec<f64> = ranking
        .rows()
        .skip(1)
        .filter_map(|r| r[0].get_float())
        .collect();
    assert_eq!(ranks, [1.0, 2.0, 3.0, 4.0, 5.0]);
}

/// `report --sensitivity`: the robustness sheet lists every ranked commune once, with its rank
/// interval as numbers (5 % ≤ median ≤ 95 %) and its top-N share in [0, 1].
#[test]
fn the_sensitivity_sheet_lists_every_ranked_commune_with_its_interval() {
    let path = scratch("robust.xlsx");
    report(&["--sensitivity", "--runs", "40"], &path);
    let mut workbook: Xlsx<_> = open_workbook(&path).expect("an XLSX");
    let names = workbook.sheet_names();
    assert_eq!(names.get(5).map(String::as_str), Some("Robustness"));
    let ranking = workbook.worksheet_range("Ranking").expect("the ranking");
    let ranked = ranking
        .rows()
        .skip(1)
        .filter(|row| row.first().is_some_and(|c| c.get_float().is_some()))
        .count();
    let sheet = workbook.worksheet_range("Robustness").expect("the sheet");
    let rows: Vec<&[Data]> = sheet.rows().skip(1).collect();
    assert_eq!(rows.len(), ranked);
    let mut ids = std::collections::HashSet::new();
    for (k, row) in rows.iter().enumerate() {
        let number = |c: usize| row[c].get_float().expect("a number");
        assert!(ids.insert(row[1].to_string()), "{} twice", row[1]);
        assert!(k == 0 || number(0) >= rows[k - 1][0].get_float().unwrap_or(f64::MAX));
        assert!(number(4) <= number(3) && number(3) <= number(5), "row {k}");
        assert!((0.0..=1.0).contains(&number(6)), "row {k}");
    }
}

/// With the weights fixed (`--weights 0`) nothing moves: every rank interval is the rank itself
/// and the top-N share is all or nothing.
#[test]
fn fixed_weights_give_intervals_of_one_rank() {
    let path = scratch("robust.md");
    report(
        &[
            "--sensitivity",
            "--runs",
            "5",
            "--weights",
            "0",
            "--count",
            "3",
        ],
        &path,
    );
    let text = std::fs::read_to_string(&path).unwrap();
    let section = text
        .split("## Robustness of the ranking")
        .nth(1)
        .expect("the section");
    let rows: Vec<Vec<&str>> = section
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| rank"))
        .map(|l| l.trim_matches('|').split(" | ").map(str::trim).collect())
        .take_while(|cells: &Vec<&str>| cells.len() == 6)
        .collect();
    assert_eq!(rows.len(), 20, "the 20 highest-ranked communes");
    for cells in &rows {
        assert_eq!(cells[2], cells[0], "median rank of {}", cells[1]);
        assert_eq!(cells[3], cells[0], "interval of {}", cells[1]);
        let rank: usize = cells[0].parse().expect("a rank");
        let share = if rank <= 3 { "100 %" } else { "0 %" };
        assert_eq!(cells[4], share, "top-3 share of {}", cells[1]);
    }
}

/// The robustness chart is inline SVG with a text alternative, and the page stays
/// self-contained.
#[test]
fn the_sensitivity_chart_is_inline_svg() {
    let path = scratch("robust.html");
    report(&["--sensitivity", "--runs", "20", "--lang", "vi"], &path);
    let page = std::fs::read_to_string(&path).unwrap();
    let section = page
        .split("<section id=\"sensitivity\">")
        .nth(1)
        .and_then(|rest| rest.split("</section>").next())
        .expect("the section");
    assert!(section.contains("<h2>Độ vững của xếp hạng</h2>"));
    assert!(section.contains("<svg class=\"intervals\"") && section.contains("role=\"img\""));
    assert_eq!(section.matches("<circle").count(), 20);
    assert!(page.contains("<a href=\"#sensitivity\">"));
    for foreign in ["<script", "<link", "src=", "http://", "https://", "url("] {
        assert!(!page.contains(foreign), "the page holds '{foreign}'");
    }
}

#[test]
fn no_sensitivity_section_unless_asked() {
    let path = scratch("plain.html");
    report(&[], &path);
    let page = std::fs::read_to_string(&path).unwrap();
    assert!(!page.contains("id=\"sensitivity\""));
}

/// `report --crosswalk`: the workbook says the scores were restated, and which old units each
/// profiled commune was made from (in the method sheet, beside the other notes).
#[test]
fn a_restated_workbook_says_so_and_lists_the_old_units() {
    let path = scratch("restated.xlsx");
    report(&["--crosswalk", "vn-2025"], &path);
    let mut workbook: Xlsx<_> = open_workbook(&path).expect("an XLSX");
    let method = workbook
        .worksheet_range("Method")
        .expect("the method sheet");
    let texts: Vec<String> = method
        .rows()
        .flat_map(|row| row.iter().map(|c| c.to_string()))
        .collect();
    assert!(
        texts.iter().any(|t| t.contains("vn-2025")),
        "no note on the restatement: {texts:?}"
    );
    let listed: Vec<&[Data]> = method
        .rows()
        .filter(|row| {
            row.get(2)
                .is_some_and(|c| c.to_string().starts_with("Restated from"))
        })
        .collect();
    assert!(!listed.is_empty(), "no old units listed");
    for row in listed {
        assert!(!row[0].to_string().is_empty() && !row[1].to_string().is_empty());
    }
    let plain = scratch("plain.xlsx");
    report(&[], &plain);
    let mut workbook: Xlsx<_> = open_workbook(&plain).expect("an XLSX");
    let method = workbook
        .worksheet_range("Method")
        .expect("the method sheet");
    assert!(
        !method
            .rows()
            .flatten()
            .any(|c| c.to_string().starts_with("Restated from")),
        "a plain report lists no old units"
    );
}

fn markdown(args: &[&str], name: &str) -> String {
    let path = scratch(name);
    let mut all = vec!["--format", "markdown"];
    all.extend_from_slice(args);
    report(&all, &path);
    std::fs::read_to_string(&path).expect("the Markdown report")
}

#[test]
fn the_changes_section_says_it_shows_both_ends_of_the_list() {
    let text = markdown(&[], "changes.md");
    // Every commune of the seed rose from 2023 to 2024, so the lower end holds the smallest
    // changes, not the largest ones.
    assert!(!text.contains("changed most"), "{text}");
    assert!(
        text.contains(
            "The 10 communes with the largest rises in overall score and the 10 with the lowest \
             changes, of 186 in both periods."
        ),
        "{text}"
    );
}

#[test]
fn the_method_table_shows_weights_to_three_significant_digits() {
    let text = markdown(&[], "weights.md");
    let row = |id: &str| {
        text.lines()
            .find(|line| line.contains(&format!("({id}) |")))
            .unwrap_or_else(|| panic!("no method row for {id}"))
            .to_owned()
    };
    // 1/6 and 1/12 of public services: at one decimal they read 0.2 and 0.1.
    assert!(row("online_dossier_pct").contains("| 0.167 |"));
    assert!(row("online_fee_payment_pct").contains("| 0.0833 |"));
    assert!(row("government").contains("| 0.4 |"));
}

#[test]
fn the_vietnamese_workbook_names_node_kinds_and_group_columns_in_vietnamese() {
    let path = scratch("bao-cao-phuong-phap.xlsx");
    report(&["--lang", "vi"], &path);
    let mut workbook: Xlsx<_> = open_workbook(&path).expect("an XLSX");
    let method = workbook.worksheet_range("Phương pháp").expect("method");
    let kinds: Vec<String> = method.rows().skip(1).map(|r| r[2].to_string()).collect();
    assert!(kinds.contains(&"trụ cột".to_owned()), "{kinds:?}");
    assert!(kinds.contains(&"chỉ tiêu".to_owned()), "{kinds:?}");
    assert!(
        kinds
            .iter()
            .all(|k| !["pillar", "group", "indicator"].contains(&k.as_str())),
        "{kinds:?}"
    );
    let ranking = workbook.worksheet_range("Xếp hạng").expect("ranking");
    let header: Vec<String> = ranking
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(header.contains(&"quận/huyện".to_owned()), "{header:?}");
    assert!(!header.contains(&"district".to_owned()), "{header:?}");
}
