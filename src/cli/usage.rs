//! Command-line errors from clap, in the reader's language.
//!
//! clap words its errors in English and has no catalogue of its own. In English dtm prints
//! clap's error as it is. In Vietnamese it rewords the lines clap writes from the error's kind
//! and context (the argument, the value, the possible values, the suggestion): the headline,
//! the `tip:` lines, `Usage:` and the closing hint. The usage line itself (`dtm score [OPTIONS]
//! <DATA>...`) stays, being the command's own syntax; so does the text of an error a value
//! parser gave that this module does not know.

use std::ffi::OsString;
use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};

use super::{Lang, lang, style};
use crate::diagnostics::Message;
use crate::report::t;

/// A value parser's error as a catalogue message: English where clap prints it as it is,
/// worded in the reader's language where [`reword`] does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Worded(pub Message);

impl std::fmt::Display for Worded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for Worded {}

/// Print a parse error (or the help or version clap was asked for) and give the exit code.
pub fn exit(error: &clap::Error) -> ExitCode {
    let code = u8::try_from(error.exit_code()).unwrap_or(super::exit::USAGE);
    let lang = lang_of(std::env::args_os());
    let reworded = (lang == Lang::Vi && error.use_stderr())
        .then(|| reword(error, lang.into()))
        .flatten();
    match reworded {
        Some(text) => style::eprint(text.trim_end()),
        // Nothing sensible is left to do if the terminal itself is gone.
        None => drop(error.print()),
    }
    ExitCode::from(code)
}

/// The language asked for: `--lang X` or `--lang=X` on the command line, else the
/// environment's; English when neither says.
fn lang_of(args: impl Iterator<Item = OsString>) -> Lang {
    let args: Vec<String> = args.map(|a| a.to_string_lossy().into_owned()).collect();
    let given = args.iter().enumerate().find_map(|(k, arg)| {
        arg.strip_prefix("--lang=")
            .or_else(|| (arg == "--lang").then(|| args.get(k + 1).map(String::as_str))?)
    });
    match given.map(str::to_ascii_lowercase).as_deref() {
        Some("vi") => Lang::Vi,
        Some("en") => Lang::En,
        _ => lang::from_environment().unwrap_or(Lang::En),
    }
}

fn text(error: &clap::Error, kind: ContextKind) -> Option<String> {
    match error.get(kind)? {
        ContextValue::String(text) => Some(text.clone()),
        ContextValue::StyledStr(text) => Some(text.to_string()),
        ContextValue::Strings(list) => Some(
            list.iter()
                .map(|s| format!("'{s}'"))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ContextValue::StyledStrs(list) => Some(
            list.iter()
                .map(|s| format!("'{s}'"))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// clap's rendered error with dtm's words for its parts; `None` for a kind not reworded.
fn reword(error: &clap::Error, lang: crate::report::Lang) -> Option<String> {
    let arg = || text(error, ContextKind::InvalidArg).unwrap_or_default();
    let value = || text(error, ContextKind::InvalidValue).unwrap_or_default();
    let headline = match error.kind() {
        ErrorKind::InvalidValue if value().is_empty() => {
            t(lang, "usage-value-missing", &[("arg", arg().into())])
        }
        ErrorKind::InvalidValue => {
            let possible = text(error, ContextKind::ValidValue)
                .map(|values| {
                    let possible = t(lang, "usage-possible", &[("values", values.into())]);
                    format!("\n  {possible}")
                })
                .unwrap_or_default();
            t(
                lang,
                "usage-invalid-value",
                &[
                    ("value", value().into()),
                    ("arg", arg().into()),
                    ("possible", possible.into()),
                ],
            )
        }
        ErrorKind::ValueValidation => {
            let reason = match std::error::Error::source(error) {
                Some(source) if source.is::<std::num::ParseIntError>() => {
                    t(lang, "usage-not-a-whole-number", &[])
                }
                Some(source) if source.is::<std::num::ParseFloatError>() => {
                    t(lang, "usage-not-a-number", &[])
                }
                Some(source) => match source.downcast_ref::<Worded>() {
                    Some(Worded(message)) => message.in_lang(lang),
                    None => source.to_string(),
                },
                None => String::new(),
            };
            t(
                lang,
                "usage-invalid-value-because",
                &[
                    ("value", value().into()),
                    ("arg", arg().into()),
                    ("reason", reason.into()),
                ],
            )
        }
        ErrorKind::UnknownArgument => t(lang, "usage-unknown-argument", &[("arg", arg().into())]),
        ErrorKind::InvalidSubcommand => {
            let command = text(error, ContextKind::InvalidSubcommand).unwrap_or_default();
            t(
                lang,
                "usage-unknown-command",
                &[("command", command.into())],
            )
        }
        ErrorKind::MissingRequiredArgument => {
            t(lang, "usage-missing-argument", &[("arg", arg().into())])
        }
        ErrorKind::ArgumentConflict => {
            let prior = text(error, ContextKind::PriorArg).unwrap_or_default();
            t(
                lang,
                "usage-conflict",
                &[("arg", arg().into()), ("prior", prior.into())],
            )
        }
        ErrorKind::MissingSubcommand => t(lang, "usage-missing-command", &[]),
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues => {
            t(lang, "usage-values-count", &[("arg", arg().into())])
        }
        _ => return None,
    };
    let quoted = |kind| match error.get(kind) {
        Some(ContextValue::String(one)) => Some(format!("'{one}'")),
        _ => text(error, kind),
    };
    let suggestion = quoted(ContextKind::SuggestedArg)
        .or_else(|| quoted(ContextKind::SuggestedSubcommand))
        .or_else(|| quoted(ContextKind::SuggestedValue));
    let mut lines = vec![format!("{}: {headline}", t(lang, "finding-error", &[]))];
    if let Some(suggestion) = suggestion {
        let tip = t(lang, "usage-tip", &[("suggestion", suggestion.into())]);
        lines.push(String::new());
        lines.push(format!("  {tip}"));
    }
    let rendered = error.render().to_string();
    if let Some(usage) = rendered.lines().find_map(|l| l.strip_prefix("Usage: ")) {
        lines.push(String::new());
        lines.push(t(lang, "usage-usage", &[("usage", usage.into())]));
    }
    lines.push(String::new());
    lines.push(t(lang, "usage-more", &[]));
    Some(lines.join("\n"))
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    fn vietnamese(args: &[&str]) -> String {
        let error = match super::super::Cli::command().try_get_matches_from(args) {
            Err(error) => error,
            Ok(_) => panic!("{args:?} parsed"),
        };
        reword(&error, crate::report::Lang::Vi).unwrap_or_default()
    }

    #[test]
    fn clap_errors_are_reworded_with_their_context() {
        let bad = vietnamese(&["dtm", "score", "--top", "abc"]);
        assert!(
            bad.starts_with("lỗi: giá trị 'abc' của '--top <N>' không hợp lệ"),
            "{bad}"
        );
        assert!(bad.contains("số nguyên"), "{bad}");
        let unknown = vietnamese(&["dtm", "score", "--topp", "3"]);
        assert!(unknown.contains("'--top'"), "{unknown}");
        assert!(unknown.contains("Cách dùng: dtm score"), "{unknown}");
        let choice = vietnamese(&["dtm", "check", "--format", "table"]);
        assert!(choice.contains("'human', 'json', 'github'"), "{choice}");
        for text in [bad, unknown, choice] {
            assert!(
                !text.contains("error:") && !text.contains("Usage:"),
                "{text}"
            );
        }
    }

    #[test]
    fn the_language_comes_from_the_command_line_first() {
        let args = |list: &[&str]| list.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            lang_of(args(&["dtm", "--lang", "vi"]).into_iter()),
            Lang::Vi
        );
        assert_eq!(lang_of(args(&["dtm", "--lang=vi"]).into_iter()), Lang::Vi);
        assert_eq!(lang_of(args(&["dtm", "--lang=en"]).into_iter()), Lang::En);
    }
}
