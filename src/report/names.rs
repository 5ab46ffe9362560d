//! Lookup and selection errors in words: which commune, column or value was not found, and what
//! exists instead.

use super::{Lang, t};
use crate::analysis::names::LookupError;
use crate::analysis::ranking::SelectionError;
use crate::diagnostics::cut;

/// " (did you mean 'x'?)" in `lang`, or nothing.
fn did_you_mean(suggestion: Option<&str>, lang: Lang) -> String {
    suggestion.map_or_else(String::new, |s| {
        t(lang, "names-did-you-mean", &[("suggestion", s.into())])
    })
}

/// A commune that could not be found, in words.
pub fn lookup_error(error: &LookupError, lang: Lang) -> String {
    match error {
        LookupError::Unknown { wanted, suggestion } => {
            let hint = did_you_mean(suggestion.as_deref(), lang);
            t(
                lang,
                "names-unknown",
                &[("wanted", cut(wanted).into()), ("hint", hint.into())],
            )
        }
        LookupError::Ambiguous { wanted, candidates } => {
            let list: Vec<String> = candidates
                .iter()
                .map(|c| {
                    let groups = c.groups.join(", ");
                    let groups = if groups.is_empty() {
                        String::new()
                    } else {
                        format!(" ({groups})")
                    };
                    format!("  {}  {}{groups}", c.id, c.name)
                })
                .collect();
            t(
                lang,
                "names-ambiguous",
                &[
                    ("wanted", cut(wanted).into()),
                    ("count", candidates.len().into()),
                    ("list", list.join("\n").into()),
                ],
            )
        }
    }
}

/// A selection (`--by`, `--group`, `--filter`) that cannot be made, in words.
pub fn selection_error(error: &SelectionError, lang: Lang) -> String {
    match error {
        SelectionError::UnknownNode { id, suggestion } => t(
            lang,
            "names-unknown-node",
            &[
                ("id", cut(id).into()),
                ("hint", did_you_mean(suggestion.as_deref(), lang).into()),
            ],
        ),
        SelectionError::UnknownGroup {
            column,
            columns,
            suggestion,
        } => t(
            lang,
            "names-unknown-group",
            &[
                ("column", cut(column).into()),
                ("columns", columns.join(", ").into()),
                ("count", columns.len().into()),
                ("hint", did_you_mean(suggestion.as_deref(), lang).into()),
            ],
        ),
        SelectionError::NoMatch {
            column,
            value,
            values,
        } => t(
            lang,
            "names-no-value",
            &[
                ("column", column.as_str().into()),
                ("value", cut(value).into()),
                ("values", values.join(", ").into()),
            ],
        ),
    }
}
