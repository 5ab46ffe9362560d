//! The catalogue's own checks: both languages parse, have the same keys with the same
//! variables, and hold every key the source code asks for.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use super::{Lang, t};

/// Message id → the variables its value and attributes use.
fn catalogue(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let resource = match fluent_syntax::parser::parse(lang.source()) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("{}.ftl does not parse: {errors:?}", lang.code()),
    };
    let mut messages = BTreeMap::new();
    for entry in resource.body {
        match entry {
            Entry::Message(message) => {
                let mut variables = BTreeSet::new();
                if let Some(value) = &message.value {
                    pattern_variables(value, &mut variables);
                }
                for attribute in &message.attributes {
                    pattern_variables(&attribute.value, &mut variables);
                }
                let id = message.id.name.to_owned();
                assert!(
                    messages.insert(id.clone(), variables).is_none(),
                    "{}.ftl defines '{id}' twice",
                    lang.code()
                );
            }
            Entry::Junk { content } => panic!("{}.ftl has junk: {content}", lang.code()),
            _ => {}
        }
    }
    messages
}

fn pattern_variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
            for argument in &arguments.named {
                inline_variables(&argument.value, out);
            }
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

#[test]
fn catalogues_have_the_same_keys_and_arguments() {
    let english = catalogue(Lang::En);
    let vietnamese = catalogue(Lang::Vi);
    let mut problems = Vec::new();
    for (key, variables) in &english {
        match vietnamese.get(key) {
            None => problems.push(format!("'{key}' is missing in vi.ftl")),
            Some(other) if other != variables => problems.push(format!(
                "'{key}' takes {variables:?} in en.ftl but {other:?} in vi.ftl"
            )),
            Some(_) => {}
        }
    }
    for key in vietnamese.keys().filter(|k| !english.contains_key(*k)) {
        problems.push(format!("'{key}' is missing in en.ftl"));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(!english.is_empty());
}

/// The keys named as literals in `t(lang, "key", …)` calls of one source file.
fn keys_used(source: &str) -> Vec<String> {
    let mut keys = Vec::new();
    let bytes = source.as_bytes();
    let mut from = 0;
    while let Some(found) = source[from..].find("t(") {
        let at = from + found;
        from = at + 2;
        let starts_word =
            at == 0 || !(bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_');
        if !starts_word {
            continue;
        }
        let Some(comma) = source[from..].find(',') else {
            break;
        };
        let first = &source[from..from + comma];
        // `inputs.t("key", …)`: a method whose first argument is the key.
        if let Some(literal) = first.trim_start().strip_prefix('"')
            && let Some(end) = literal.find('"')
        {
            keys.push(literal[..end].to_owned());
            continue;
        }
        if !first
            .chars()
            .all(|c| c.is_alphanumeric() || c.is_whitespace() || "_.:&*()".contains(c))
        {
            continue;
        }
        let rest = source[from + comma + 1..].trim_start();
        if let Some(literal) = rest.strip_prefix('"')
            && let Some(end) = literal.find('"')
        {
            keys.push(literal[..end].to_owned());
        }
    }
    keys
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() && !path.ends_with("i18n") {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("i18n.rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_key_used_in_the_source_exists() {
    let english = catalogue(Lang::En);
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut missing = Vec::new();
    let mut seen = 0;
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap_or_default();
        for key in keys_used(&source) {
            seen += 1;
            if !english.contains_key(&key) {
                missing.push(format!("{}: '{key}'", file.display()));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "keys not in the catalogue:\n{}",
        missing.join("\n")
    );
    assert!(seen > 0, "the scan found no t(lang, \"key\") call at all");
}

#[test]
fn the_scan_finds_literal_keys_and_skips_other_calls() {
    let source = "let a = t(lang, \"score-header-rank\", &[]);\nlet b = format(x, \"no\");\nt(\n  Lang::Vi,\n  \"summary-communes\",\n)\ninputs.t(\"report-title\", &[])";
    assert_eq!(
        keys_used(source),
        ["score-header-rank", "summary-communes", "report-title"]
    );
}

#[test]
fn messages_fill_in_arguments_and_choose_plurals() {
    assert_eq!(
        t(Lang::En, "summary-communes", &[("count", 1.into())]),
        "1 commune"
    );
    assert_eq!(
        t(Lang::En, "summary-communes", &[("count", 12.into())]),
        "12 communes"
    );
    assert_eq!(
        t(Lang::Vi, "summary-communes", &[("count", 12.into())]),
        "12 xã"
    );
}

#[test]
fn unknown_keys_show_as_themselves() {
    assert_eq!(t(Lang::Vi, "no-such-key", &[]), "no-such-key");
}

#[test]
fn language_codes_from_the_environment() {
    assert_eq!(Lang::from_code("vi_VN.UTF-8"), Some(Lang::Vi));
    assert_eq!(Lang::from_code("en-GB"), Some(Lang::En));
    assert_eq!(Lang::from_code("C"), None);
    assert_eq!(Lang::from_code(""), None);
}

#[test]
fn counted_phrases_of_rollup_pilot_and_sensitivity_agree_in_number() {
    let summary = |rows: u64, communes: usize| {
        t(
            Lang::En,
            "rollup-summary",
            &[
                ("rows", rows.into()),
                ("communes", communes.into()),
                ("name", "hh".into()),
            ],
        )
    };
    assert_eq!(
        summary(1, 1),
        "rolled 1 microdata row of 'hh' up into 1 commune"
    );
    assert_eq!(
        summary(3, 2),
        "rolled 3 microdata rows of 'hh' up into 2 communes"
    );
    let asked = |count: usize| t(Lang::En, "pilot-asked", &[("count", count.into())]);
    assert_eq!(asked(1), "1 pilot asked");
    assert_eq!(asked(3), "3 pilots asked");
    let unmatched = |rows: u64| {
        t(
            Lang::En,
            "rollup-unmatched",
            &[
                ("rows", rows.into()),
                ("keys", 1.into()),
                ("rollup", "hh".into()),
            ],
        )
    };
    assert!(unmatched(1).starts_with("1 row of microdata 'hh' under 1 key matches"));
    assert!(unmatched(2).contains("2 rows of microdata 'hh' under 1 key match no commune"));
    assert_eq!(
        t(Lang::Vi, "pilot-asked", &[("count", 3.into())]),
        "cần 3 xã thí điểm"
    );
    // No "(s)" is left in either catalogue.
    for lang in Lang::ALL {
        assert!(!lang.source().contains("(s)"), "{lang:?} has a '(s)'");
    }
}

/// String literals of one source file that look like catalogue keys of the areas findings and
/// errors use (`"finding-unknown-key"`): `Message::new("…")` and the keys passed around before
/// it is called are not `t(lang, "key")` calls, so the scan above does not see them.
fn message_keys_used(source: &str) -> Vec<String> {
    const AREAS: [&str; 16] = [
        "finding",
        "cell",
        "role",
        "expect",
        "what",
        "yaml",
        "gate",
        "crosswalk",
        "error",
        "usage",
        "check",
        "scale",
        "compare",
        "template",
        "sensitivity",
        "pilot",
    ];
    source
        .split('"')
        .skip(1)
        .step_by(2)
        .filter(|literal| {
            literal.contains('-')
                && literal
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && literal
                    .split('-')
                    .next()
                    .is_some_and(|area| AREAS.contains(&area))
                && !literal.ends_with('-')
        })
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_message_key_in_the_source_exists() {
    let english = catalogue(Lang::En);
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut missing = Vec::new();
    let mut seen = 0;
    // The finding codes' short names (`yaml-syntax`) are identifiers, not messages.
    for file in files.iter().filter(|f| !f.ends_with("codes.rs")) {
        let source = std::fs::read_to_string(file).unwrap_or_default();
        for key in message_keys_used(&source) {
            seen += 1;
            if !english.contains_key(&key) {
                missing.push(format!("{}: '{key}'", file.display()));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "keys not in the catalogue:\n{}",
        missing.join("\n")
    );
    assert!(seen > 100, "the scan found only {seen} message keys");
}
