//! Text from criteria and data made safe for each destination: pure functions, one per format.
//!
//! - Terminal (tables, findings): control characters (ESC, CR, LF, tab, DEL, C1) and the bidi
//!   controls that can reorder a line are shown as escapes (`\e`, `\r`, `\u{202e}`), so a value
//!   can neither move the cursor, recolour the screen nor hide the text around it.
//! - Markdown cells: `|` becomes `\|` and a line break `<br>`, so a value stays in its cell.
//! - CSV (and every later spreadsheet format): a text cell that a spreadsheet would read as a
//!   formula (beginning with `=`, `+`, `-`, `@`, a tab or CR) gets a leading `'`; a number
//!   (`-5`, `+3.2`) never does, so numbers stay numbers. JSON keeps every value as it is.
//! - Messages that quote a value cut it with `diagnostics::cut` (80 characters).

use std::borrow::Cow;
use std::fmt::Write;

/// One of the text escapers, for renderers that serve several destinations.
pub type Escape = fn(&str) -> Cow<'_, str>;

/// Characters that change how a terminal shows the text around them.
fn is_unsafe_for_terminal(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}')
}

/// Text for a terminal: every control and bidi character shown as an escape.
pub fn terminal(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe_for_terminal) {
        return Cow::Borrowed(text);
    }
    let mut safe = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\x1b' => safe.push_str("\\e"),
            '\r' => safe.push_str("\\r"),
            '\n' => safe.push_str("\\n"),
            '\t' => safe.push_str("\\t"),
            c if is_unsafe_for_terminal(c) => {
                let _ = write!(safe, "\\u{{{:x}}}", u32::from(c));
            }
            c => safe.push(c),
        }
    }
    Cow::Owned(safe)
}

/// Text for one Markdown table cell: pipes escaped, line breaks as `<br>`, and other control
/// characters shown as escapes.
pub fn markdown_cell(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c == '|' || is_unsafe_for_terminal(c)) {
        return Cow::Borrowed(text);
    }
    let lines = text.replace("\r\n", "\n").replace('\r', "\n");
    let cells: Vec<String> = lines
        .split('\n')
        .map(|line| terminal(line).replace('|', "\\|"))
        .collect();
    Cow::Owned(cells.join("<br>"))
}

/// A CSV cell that no spreadsheet runs as a formula: text beginning with `=`, `+`, `-`, `@`, a
/// tab or CR gets a leading `'`; numbers are left alone.
pub fn csv_cell(text: &str) -> Cow<'_, str> {
    let starts_formula = text
        .chars()
        .next()
        .is_some_and(|c| matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r'));
    if starts_formula && text.trim().parse::<f64>().is_err() {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// Each cell of a CSV record through [`csv_cell`].
pub fn csv_record<I, S>(cells: I) -> Vec<String>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    cells
        .into_iter()
        .map(|cell| csv_cell(cell.as_ref()).into_owned())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn terminal_text_shows_control_characters_as_escapes() {
        assert_eq!(terminal("a\x1b[2Jb"), "a\\e[2Jb");
        assert_eq!(terminal("ok\rfake"), "ok\\rfake");
        assert_eq!(terminal("x\u{202e}y"), "x\\u{202e}y");
        assert_eq!(terminal("\u{7f}"), "\\u{7f}");
        assert!(matches!(terminal("Phường 4"), Cow::Borrowed(_)));
    }

    #[test]
    fn markdown_cells_keep_pipes_and_lines_inside() {
        assert_eq!(markdown_cell("a|b"), "a\\|b");
        assert_eq!(markdown_cell("one\ntwo\r\nthree"), "one<br>two<br>three");
        assert_eq!(markdown_cell("\x1b[31m"), "\\e[31m");
        assert_eq!(markdown_cell("Xã An Lục Long"), "Xã An Lục Long");
    }

    #[test]
    fn csv_text_that_looks_like_a_formula_is_quoted_but_numbers_are_not() {
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(csv_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_cell("+cmd"), "'+cmd");
        assert_eq!(csv_cell("-x"), "'-x");
        assert_eq!(csv_cell("\tx"), "'\tx");
        assert_eq!(csv_cell("-5"), "-5");
        assert_eq!(csv_cell("+3.25"), "+3.25");
        assert_eq!(csv_cell("-1e308"), "-1e308");
        assert_eq!(csv_cell("Xã = 1"), "Xã = 1");
        assert_eq!(csv_cell(""), "");
    }

    proptest! {
        #[test]
        fn terminal_text_has_no_control_characters(text in any::<String>()) {
            prop_assert!(!terminal(&text).chars().any(is_unsafe_for_terminal));
        }

        #[test]
        fn markdown_cells_have_no_bare_pipe_or_line_break(text in any::<String>()) {
            let cell = markdown_cell(&text);
            prop_assert!(!cell.contains('\n') && !cell.contains('\r'));
            let bare = cell.replace("\\|", "");
            prop_assert!(!bare.contains('|'));
        }

        #[test]
        fn csv_cells_never_start_a_formula_unless_numbers(text in any::<String>()) {
            let cell = csv_cell(&text);
            let first = cell.chars().next();
            let formula = first.is_some_and(|c| matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r'));
            prop_assert!(!formula || cell.trim().parse::<f64>().is_ok());
        }
    }
}
