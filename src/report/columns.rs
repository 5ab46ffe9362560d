//! Fitting tables to a person's screen: short column names, a legend, the width to fit.

use comfy_table::{ColumnConstraint, ContentArrangement, LineStyle, Table, TableStyle};

/// The terminal tables' look: no vertical lines (two spaces part the columns), a rule under the
/// header; the narrowest readable form.
pub const COMPACT: TableStyle =
    TableStyle::new().header_separator(LineStyle::none().fill('─').junction('─'));

/// Short forms of `names` for narrow columns: the initials of a name of several words
/// ("Chính quyền số" → "CQS", as the national DTI writes it), a short name as it is; the full name
/// wherever two short forms would collide.
pub fn abbreviations(names: &[String]) -> Vec<String> {
    let short: Vec<String> = names.iter().map(|name| initials(name)).collect();
    short
        .iter()
        .zip(names)
        .map(|(s, name)| {
            if short.iter().filter(|o| *o == s).count() > 1 {
                name.clone()
            } else {
                s.clone()
            }
        })
        .collect()
}

fn initials(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() < 2 || name.chars().count() <= 8 {
        return name.to_owned();
    }
    words
        .iter()
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .collect()
}

/// How wide a terminal table may be: a width in columns, or no limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Width {
    Fit(u16),
    Unlimited,
}

/// Let `table` wrap its text cells to fit `width`. The columns in `fixed` (position, content
/// width) never wrap their numbers: give the widest value or header word.
pub fn fit(table: &mut Table, width: Width, fixed: &[(usize, usize)]) {
    match width {
        Width::Fit(columns) => {
            for column in table.column_iter_mut() {
                column.set_padding((0, 1));
            }
            table.set_content_arrangement(ContentArrangement::Dynamic);
            table.set_width(columns);
            for &(index, content) in fixed {
                let content = u16::try_from(content).unwrap_or(u16::MAX);
                if let Some(column) = table.column_mut(index) {
                    column.set_constraint(ColumnConstraint::Absolute(comfy_table::Width::Fixed(
                        content.saturating_add(1),
                    )));
                }
            }
        }
        Width::Unlimited => {
            table.set_content_arrangement(ContentArrangement::Disabled);
        }
    }
}

/// `text` wrapped between words to lines of at most `width` characters, each continuation
/// indented by `indent` spaces (a word longer than the width keeps its own line).
pub fn wrap(text: &str, width: Width, indent: usize) -> String {
    let Width::Fit(width) = width else {
        return text.to_owned();
    };
    let width = usize::from(width);
    let mut lines: Vec<String> = Vec::new();
    for paragraph in text.split('\n') {
        let lead = paragraph.len() - paragraph.trim_start_matches(' ').len();
        let mut line = " ".repeat(lead);
        for word in paragraph.trim_start_matches(' ').split(' ') {
            let fits = line.chars().count() + 1 + word.chars().count() <= width;
            if line.trim().is_empty() || fits {
                if !line.trim().is_empty() {
                    line.push(' ');
                }
                line.push_str(word);
            } else {
                lines.push(line);
                line = format!("{}{word}", " ".repeat(indent));
            }
        }
        lines.push(line);
    }
    lines.join("\n")
}

/// The longest word of `text`, in characters (a header wraps between words).
pub fn longest_word(text: &str) -> usize {
    text.split_whitespace()
        .map(|w| w.chars().count())
        .max()
        .unwrap_or(0)
}

/// `parts` joined by `separator`, broken into lines of at most `width` characters between parts
/// (a part longer than the width gets a line of its own).
pub fn wrap_parts(parts: &[String], separator: &str, width: Width) -> String {
    let Width::Fit(width) = width else {
        return parts.join(separator);
    };
    let width = usize::from(width);
    let mut lines: Vec<String> = Vec::new();
    for part in parts {
        match lines.last_mut() {
            Some(line)
                if line.chars().count() + separator.chars().count() + part.chars().count()
                    <= width =>
            {
                line.push_str(separator);
                line.push_str(part);
            }
            _ => lines.push(part.clone()),
        }
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_names_become_initials_and_collisions_keep_the_name() {
        let names = ["Chính quyền số", "Xã hội số", "Kinh tế"].map(String::from);
        assert_eq!(abbreviations(&names), ["CQS", "XHS", "Kinh tế"]);
        let clash = ["Digital society", "Data sharing"].map(String::from);
        assert_eq!(abbreviations(&clash), clash);
    }

    #[test]
    fn sentences_wrap_between_words() {
        let text = "one two three four five";
        assert_eq!(
            wrap(text, Width::Fit(9), 2),
            "one two\n  three\n  four\n  five"
        );
        assert_eq!(wrap(text, Width::Unlimited, 2), text);
        assert_eq!(wrap("  1. a b", Width::Fit(6), 5), "  1. a\n     b");
    }

    #[test]
    fn parts_wrap_between_themselves() {
        let parts = ["criteria x 1", "period 2024", "5 communes"].map(String::from);
        assert_eq!(
            wrap_parts(&parts, " · ", Width::Fit(30)),
            "criteria x 1 · period 2024\n5 communes"
        );
        assert_eq!(
            wrap_parts(&parts, " · ", Width::Unlimited).lines().count(),
            1
        );
    }
}
