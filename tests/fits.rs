//! Output that fits a person: at 80 and 120 columns the tables of `score`, `profile` and
//! `compare` print no line wider than the terminal, in English and Vietnamese; and `--lang vi`
//! output has no English word of dtm's own (the words of `en.ftl` that `vi.ftl` does not use).

use std::collections::BTreeSet;
use std::process::Command;

const SEEDS: &str = "seeds/long-an-communes.csv";

fn dtm(args: &[&str], columns: &str) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_dtm"))
        .args(args)
        .env("COLUMNS", columns)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("dtm runs");
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

fn commands() -> Vec<Vec<&'static str>> {
    vec![
        vec!["score", SEEDS],
        vec![
            "score",
            SEEDS,
            "--columns",
            "overall,government,online_dossier_pct",
        ],
        vec!["score", SEEDS, "--group", "district", "--top", "2"],
        vec!["profile", SEEDS, "Long Trì"],
        vec!["profile", SEEDS, "27691"],
        vec!["compare", SEEDS],
    ]
}

#[test]
fn tables_fit_80_and_120_columns() {
    for width in [80, 120] {
        for lang in ["en", "vi"] {
            for command in commands() {
                let mut args = command.clone();
                args.extend(["--lang", lang]);
                let text = dtm(&args, &width.to_string());
                assert!(text.lines().count() > 3, "{args:?} printed little:\n{text}");
                for line in text.lines() {
                    let chars = line.chars().count();
                    assert!(
                        chars <= width,
                        "{args:?} at {width}: {chars} chars:\n{line}"
                    );
                }
            }
        }
    }
}

/// A catalogue text without its variables (`{ $reason }`) and quoted words (`'min: 0'`,
/// `'indicators'`): those are the same in every language, so they would hide English words that
/// the Vietnamese catalogue happens to quote.
fn own_words(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut kept = String::new();
    let mut at = 0;
    while at < chars.len() {
        let c = chars[at];
        let opens = c == '\'' && (at == 0 || !chars[at - 1].is_alphabetic());
        let closing = opens
            .then(|| {
                (at + 1..chars.len()).find(|&k| {
                    chars[k] == '\'' && chars.get(k + 1).is_none_or(|n| !n.is_alphabetic())
                })
            })
            .flatten();
        if let Some(end) = closing {
            at = end + 1;
        } else if c == '$' {
            at += 1;
            while at < chars.len() && (chars[at].is_alphanumeric() || "_-".contains(chars[at])) {
                at += 1;
            }
        } else {
            kept.push(c);
            at += 1;
        }
    }
    kept
}

/// A catalogue line without its placeables (`{ $count }`, `{ $n -> `) and option names
/// (`--per-wave`): variable and option names are not words a person reads.
fn without_placeables(line: &str) -> String {
    let mut text = String::new();
    let mut depth = 0usize;
    for c in line.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ if depth == 0 => text.push(c),
            _ => {}
        }
    }
    without_options(&text)
}

/// `text` without option names (`--profiles`): they are typed as written in every language.
fn without_options(text: &str) -> String {
    text.split_whitespace()
        .filter(|word| !word.starts_with("--"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// English words of dtm's own: the words of the English catalogue, less those the Vietnamese one
/// uses too (ids, symbols) and those shorter than four letters.
fn english_words() -> BTreeSet<String> {
    let words = |text: &str| -> BTreeSet<String> {
        text.lines()
            .filter(|l| !l.trim_start().starts_with('#'))
            .filter_map(|l| {
                l.split_once('=')
                    .map(|(_, v)| v.to_owned())
                    .or(Some(l.to_owned()))
            })
            .map(|v| without_placeables(&v))
            .flat_map(|v| {
                own_words(&v)
                    .split(|c: char| !c.is_alphabetic())
                    .map(str::to_lowercase)
                    .collect::<Vec<_>>()
            })
            .filter(|w| w.len() >= 4 && w.is_ascii())
            .collect()
    };
    let english = words(include_str!("../src/report/i18n/en.ftl"));
    let mut vietnamese = words(include_str!("../src/report/i18n/vi.ftl"));
    // The built-in criteria's units and data columns are data, shown as the criteria wrote them.
    let criteria = include_str!("../criteria/vn-commune-2025.yaml");
    vietnamese.extend(
        criteria
            .lines()
            .filter_map(|line| {
                let line = line.trim_start();
                line.strip_prefix("unit:")
                    .or_else(|| line.strip_prefix("period:"))
            })
            .map(|value| value.trim().trim_matches('"').to_lowercase()),
    );
    english.difference(&vietnamese).cloned().collect()
}

#[test]
fn vietnamese_output_has_no_english_words_of_dtm() {
    let english = english_words();
    assert!(english.contains("commune") && english.contains("overall"));
    for format in ["table", "markdown"] {
        for command in commands() {
            let mut args = command.clone();
            args.extend(["--lang", "vi", "--format", format]);
            // The criteria id is data, not dtm's words; the group columns show by their names.
            let text = dtm(&args, "120");
            let found = english_in(&text);
            assert!(found.is_empty(), "{args:?} says {found:?}:\n{text}");
        }
    }
}

#[test]
fn every_format_works_on_the_seeds_and_json_has_one_commune_shape() {
    let keys = |commune: &serde_json::Value| -> Vec<String> {
        commune
            .as_object()
            .map(|o| o.keys().filter(|k| *k != "shown_rank").cloned().collect())
            .unwrap_or_default()
    };
    let json = |args: &[&str]| -> serde_json::Value {
        let mut args = args.to_vec();
        args.extend(["--format", "json"]);
        serde_json::from_str(&dtm(&args, "100")).expect("valid JSON")
    };
    let score = json(&["score", SEEDS, "--top", "1"]);
    let profile = json(&["profile", SEEDS, "27691"]);
    let compare = json(&["compare", SEEDS]);
    let shape = keys(&score["communes"][0]);
    assert!(shape.contains(&"indicators".to_owned()), "{shape:?}");
    assert_eq!(keys(&profile["commune"]), shape);
    assert_eq!(keys(&compare["changes"][0]["after"]), shape);
    for command in commands() {
        let mut args = command.clone();
        args.extend(["--format", "csv"]);
        let text = dtm(&args, "100");
        assert!(text.lines().count() > 1, "{args:?} wrote no rows");
    }
}

/// The English words of dtm's own in `text` (the criteria id taken out).
fn english_in(text: &str) -> BTreeSet<String> {
    let english = english_words();
    // Quoted words are the user's values or the criteria format's keywords (`'synthetic'`).
    own_words(&without_options(text))
        .replace("vn-commune-2025", "")
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .map(str::to_lowercase)
        .filter(|w| english.contains(w))
        .collect()
}

#[test]
fn vietnamese_sensitivity_template_and_pilot_have_no_english_words_of_dtm() {
    let commands: Vec<Vec<&str>> = vec![
        vec!["sensitivity", SEEDS, "--runs", "20", "--seed", "7"],
        vec![
            "sensitivity",
            SEEDS,
            "--runs",
            "20",
            "--seed",
            "7",
            "--format",
            "markdown",
        ],
        vec!["template"],
        vec!["pilot", SEEDS, "--count", "3"],
    ];
    for command in commands {
        let mut args = command.clone();
        args.extend(["--lang", "vi"]);
        let mut text = dtm(&args, "120");
        assert!(text.lines().count() > 1, "{args:?} printed little:\n{text}");
        if command[0] == "template" {
            // The template's header row is the data's column names, which dtm reads as written.
            for column in ["district", "kind", "period"] {
                text = text.replace(column, "");
            }
        }
        let found = english_in(&text);
        assert!(found.is_empty(), "{args:?} says {found:?}:\n{text}");
    }
}

#[test]
fn a_vietnamese_locale_without_lang_speaks_vietnamese() {
    let output = Command::new(env!("CARGO_BIN_EXE_dtm"))
        .args(["score", SEEDS])
        .env("COLUMNS", "120")
        .env_remove("DTM_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "vi_VN.UTF-8")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("dtm runs");
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).expect("UTF-8 output");
    assert!(text.contains(" xã"), "not Vietnamese:\n{text}");
    let found = english_in(&text);
    assert!(found.is_empty(), "LANG=vi_VN.UTF-8 says {found:?}:\n{text}");
}

/// `html` without its style sheet, tags and entities: the words a reader sees.
fn visible_text(html: &str) -> String {
    let mut text = String::new();
    let mut rest = html;
    while let Some(start) = rest.find("<style") {
        text.push_str(&rest[..start]);
        rest = rest[start..]
            .find("</style>")
            .map_or("", |end| &rest[start + end + 8..]);
    }
    text.push_str(rest);
    let mut visible = String::new();
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                visible.push(' ');
            }
            _ if !in_tag => visible.push(c),
            _ => {}
        }
    }
    visible.replace("&amp;", "&").replace("&nbsp;", " ")
}

/// The English words of dtm's own in `text`, where only the criteria id is data: the well-known
/// group columns must show by their Vietnamese names.
fn english_words_in(text: &str) -> BTreeSet<String> {
    let english = english_words();
    assert!(english.contains("commune") && english.contains("wave") && english.contains("pick"));
    // Quoted words are the user's values or the criteria format's keywords (`'synthetic'`).
    own_words(&without_options(text))
        .replace("vn-commune-2025", "")
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .map(str::to_lowercase)
        .filter(|w| {
            english.contains(w) || ["district", "former_district", "kind"].contains(&w.as_str())
        })
        .collect()
}

#[test]
fn vietnamese_report_compare_profile_and_pilot_have_no_english_words_of_dtm() {
    let report = |format: &str| {
        let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("vi.{format}"));
        let path = path.to_string_lossy().into_owned();
        dtm(&["report", SEEDS, "--lang", "vi", "-o", &path], "120");
        std::fs::read_to_string(&path).expect("the report")
    };
    let mut outputs = vec![
        ("report markdown".to_owned(), report("md")),
        ("report html".to_owned(), visible_text(&report("html"))),
    ];
    let commands: Vec<Vec<&str>> = vec![
        vec!["compare", SEEDS],
        vec!["compare", SEEDS, "--format", "markdown"],
        vec!["profile", SEEDS, "Long Trì"],
        vec!["profile", SEEDS, "27691", "--format", "markdown"],
        vec![
            "pilot", SEEDS, "--count", "4", "--spread", "district", "--cover", "kind",
        ],
        vec![
            "pilot",
            "seeds/tay-ninh-2026.csv",
            "--waves",
            "2",
            "--per-wave",
            "5",
            "--format",
            "markdown",
        ],
    ];
    for command in commands {
        let mut args = command.clone();
        args.extend(["--lang", "vi"]);
        outputs.push((format!("{args:?}"), dtm(&args, "120")));
    }
    for (what, text) in outputs {
        assert!(text.lines().count() > 3, "{what} printed little:\n{text}");
        let found = english_words_in(&text);
        assert!(found.is_empty(), "{what} says {found:?}");
    }
}

/// Standard output and error of a run that may fail, with `--lang vi`.
fn vietnamese_run(args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_dtm"))
        .args(args)
        .args(["--lang", "vi"])
        .env("COLUMNS", "120")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("dtm runs");
    let mut text = String::from_utf8_lossy(&output.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&output.stderr));
    text
}

/// The English words of dtm's own in a finding or error: what is quoted (`'value'`, ids, keys),
/// the YAML path after "tại" and file names are the user's, not dtm's.
fn english_in_findings(text: &str) -> BTreeSet<String> {
    let mut kept = String::new();
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '\'' => quoted = !quoted,
            _ if !quoted => kept.push(c),
            _ => {}
        }
    }
    let kept: Vec<String> = kept
        .split_whitespace()
        // File names, YAML paths and the usage line's value names (`<DATA>...`) are not words.
        .filter(|word| {
            !(word.contains(".yaml")
                || word.contains(".csv")
                || word.contains('[')
                || word.contains('<'))
        })
        .map(str::to_owned)
        .collect();
    let kept = kept.join(" ");
    let without_paths: String = kept
        .split("(tại ")
        .enumerate()
        .map(|(k, part)| match (k, part.split_once(')')) {
            (0, _) | (_, None) => part.to_owned(),
            (_, Some((_, rest))) => rest.to_owned(),
        })
        .collect();
    english_in(&without_paths)
}

#[test]
fn vietnamese_check_findings_and_errors_have_no_english_words_of_dtm() {
    let criteria = "tests/cmd/score/criteria.yaml";
    let mut runs: Vec<Vec<&str>> = vec![
        vec!["check"],
        vec!["check", "--explain"],
        vec!["check", "--explain", "--format", "json"],
        vec![
            "check",
            "tests/cmd/check/wrong-type.yaml",
            "--format",
            "json",
        ],
        vec!["check", criteria, "--data", "tests/cmd/score/typos.csv"],
        vec![
            "check",
            criteria,
            "--data",
            "tests/cmd/score/missing-column.csv",
        ],
        vec![
            "check",
            criteria,
            "--data",
            "tests/cmd/score/many-errors.csv",
        ],
        vec![
            "check",
            criteria,
            "--data",
            "tests/cmd/score/unbalanced-quote.csv",
        ],
        vec!["check", criteria, "--data", SEEDS, "--format", "github"],
        vec!["check", "no-such-criteria.yaml", "no-such-either.yaml"],
        vec!["score", "-c", criteria, "tests/cmd/score/typos.csv"],
        vec![
            "score",
            "-c",
            criteria,
            "tests/cmd/score/typos.csv",
            "--lenient",
        ],
        vec!["score", "no-such-file.csv"],
        vec!["score", SEEDS, "--top", "many"],
        vec!["score", SEEDS, "--topp", "3"],
        vec!["check", "--format", "table"],
        vec!["score", SEEDS, "-o", "ranking.pdf"],
        vec!["score", SEEDS, "--period", "2020"],
        vec!["score", SEEDS, "-o", "no-such-folder/ranking.csv"],
        vec!["compare", SEEDS, "--from", "2023"],
        vec!["compare", "-c", criteria, "tests/cmd/score/typos.csv"],
    ];
    // Rare errors: option values, files that cannot be read or written.
    runs.extend([
        vec!["score", SEEDS, "--filter", "kindxa"],
        vec!["pilot", SEEDS, "--gate", "government => 60"],
        vec!["pilot", SEEDS, "--exclude-file", "no-such-exclusions.txt"],
        vec!["report", SEEDS, "--profiles", "many"],
        vec!["score", SEEDS, "--microdata", "households"],
        vec!["score", SEEDS, "--crosswalk", "no-such-crosswalk.csv"],
        vec!["rollup", "no-such-microdata.csv"],
        vec!["template", "--units", "tests/cmd/template/no-code.csv"],
        vec![
            "sensitivity",
            SEEDS,
            "--runs",
            "5",
            "--save-runs",
            "no-such-folder/runs.csv",
        ],
    ]);
    // Microdata: bad cells, rows without a key, short, long and negatively weighted rows, a
    // missing key column, --lenient's notes, and a clash with the survey's columns.
    let rollup = "tests/cmd/rollup/criteria.yaml";
    for file in ["text-in-share", "bad-rows", "truncated", "missing-key"] {
        let file = format!("tests/cmd/rollup/{file}.csv").leak();
        runs.push(vec!["rollup", "-c", rollup, file]);
    }
    runs.push(vec![
        "rollup",
        "-c",
        rollup,
        "tests/cmd/rollup/text-in-share.csv",
        "--lenient",
    ]);
    runs.push(vec![
        "score",
        "-c",
        rollup,
        "tests/cmd/rollup/survey-clash-several.csv",
        "--microdata",
        "households=tests/cmd/rollup/households.csv",
    ]);
    // The YAML parser's own explanations (syntax, tabs) are still English.
    let english_yet = ["yaml-syntax", "tabs"];
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cmd/check");
    let mut fixtures: Vec<String> = std::fs::read_dir(&dir)
        .expect("the check fixtures")
        .flatten()
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".yaml"))
        .filter(|name| !english_yet.iter().any(|e| name == &format!("{e}.yaml")))
        .map(|name| format!("tests/cmd/check/{name}"))
        .collect();
    fixtures.sort();
    assert!(fixtures.len() > 25, "{fixtures:?}");
    for fixture in &fixtures {
        runs.push(vec!["check", fixture.as_str()]);
    }
    for args in runs {
        let mut text = vietnamese_run(&args);
        if args.contains(&"json") {
            // Keys and kinds are stable English identifiers; the sentences are what a person reads.
            let json: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
            text = sentences(&json).join("\n");
            assert!(!text.is_empty(), "no sentence in {json}");
        }
        if args.contains(&"github") {
            // `::error file=…,title=D001 missing-column::` is a workflow command, not words.
            let messages: Vec<&str> = text
                .lines()
                .filter_map(|line| line.splitn(3, "::").nth(2))
                .collect();
            assert!(!messages.is_empty(), "no annotation in {text}");
            text = messages.join("\n");
        }
        assert!(text.lines().count() > 0, "{args:?} printed nothing");
        let found = english_in_findings(&text);
        assert!(found.is_empty(), "{args:?} says {found:?}:\n{text}");
    }
}

/// The `message` and `scale` texts of a JSON document.
fn sentences(json: &serde_json::Value) -> Vec<String> {
    match json {
        serde_json::Value::Object(map) => map
            .iter()
            .flat_map(|(key, value)| match (key.as_str(), value) {
                ("message" | "scale", serde_json::Value::String(text)) => vec![text.clone()],
                _ => sentences(value),
            })
            .collect(),
        serde_json::Value::Array(items) => items.iter().flat_map(sentences).collect(),
        _ => Vec::new(),
    }
}

#[test]
fn the_scan_finds_english_findings_outside_quotes_and_paths() {
    let english = "x.yaml:3:1: lỗi[E004]: expected a number, found the text 'two' (tại weight)";
    assert!(english_in_findings(english).contains("expected"));
    let vietnamese =
        "x.yaml:3:1: lỗi[E004]: cần một số, nhưng gặp văn bản 'expected' (tại pillars[0].weight)";
    assert!(english_in_findings(vietnamese).is_empty());
}
