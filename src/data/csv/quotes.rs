//! Unbalanced quotes: a `"` that opens a field and is never closed where the writer meant makes the
//! CSV reader take the rest of the line, the following lines, and often the rest of the file as one
//! field. Rows vanish without a word, so a record that spans lines is checked for the two signs of
//! a swallowed row, and the opening quote is located for the message.

/// Where a quote that runs over a line end opens: the line and column (1-based, in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct OpenQuote {
    pub line: u64,
    pub column: u64,
    /// Still open where the text ends.
    pub unterminated: bool,
}

/// Whether `raw`, one record's text as written, shows a swallowed row: it spans lines and either
/// has `fields` different from the header's `width`, or one of its quoted lines looks like a
/// whole row (it holds `width − 1` delimiters or more). `first_line` is the record's line.
pub(super) fn swallowed(
    raw: &str,
    first_line: u64,
    fields: usize,
    width: usize,
    delimiter: u8,
) -> Option<OpenQuote> {
    let open = open_quote(raw, first_line, delimiter)?;
    if open.unterminated {
        return Some(open); // open at the end of the file: never closed at all
    }
    let wrong_count = width > 0 && fields != width;
    let delimiter = char::from(delimiter);
    let row_like = width > 1
        && raw
            .lines()
            .skip(1)
            .any(|line| line.matches(delimiter).count() + 1 >= width);
    (wrong_count || row_like).then_some(open)
}

/// The first quote in `raw` that opens a field and is still open at a line end or at the end.
pub(super) fn open_quote(raw: &str, first_line: u64, delimiter: u8) -> Option<OpenQuote> {
    // Most records have no quote at all: one fast scan says so.
    memchr::memchr(b'"', raw.as_bytes())?;
    let delimiter = char::from(delimiter);
    let (mut line, mut column) = (first_line, 0u64);
    let mut quoted: Option<OpenQuote> = None;
    let mut field_start = true;
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        column += 1;
        match c {
            '"' if quoted.is_some() => {
                if chars.peek() == Some(&'"') {
                    chars.next(); // an escaped quote
                    column += 1;
                } else {
                    quoted = None;
                }
            }
            '"' if field_start => {
                quoted = Some(OpenQuote {
                    line,
                    column,
                    unterminated: false,
                })
            }
            '\n' if quoted.is_some() => return quoted,
            '\n' => {
                (line, column) = (line + 1, 0);
                field_start = true;
                continue;
            }
            c if c == delimiter && quoted.is_none() => {
                field_start = true;
                continue;
            }
            _ => {}
        }
        field_start = false;
    }
    quoted.map(|open| OpenQuote {
        unterminated: true,
        ..open
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_opening_quote_is_located_by_line_and_character() {
        let open = open_quote("1,Phường \"A\n2,b\n", 7, b',');
        assert_eq!(open, None, "a quote inside a field is a plain character");
        let open = open_quote("1,\"Phường A\n2,b\n", 7, b',');
        assert_eq!(
            open,
            Some(OpenQuote {
                line: 7,
                column: 3,
                unterminated: false
            })
        );
        let closed = open_quote("1,\"a \"\"b\"\" c\",2\n", 1, b',');
        assert_eq!(closed, None);
    }

    #[test]
    fn a_real_multi_line_field_is_not_a_swallowed_row() {
        let raw = "1,\"12 Main St,\nHanoi\",3\n";
        assert_eq!(swallowed(raw, 2, 3, 3, b','), None);
    }

    #[test]
    fn a_row_like_line_or_a_wrong_count_is_a_swallowed_row() {
        let raw = "1,\"x,3\n2,y,4\n3,z,5\n";
        assert_eq!(
            swallowed(raw, 2, 2, 3, b','),
            Some(OpenQuote {
                line: 2,
                column: 3,
                unterminated: false
            })
        );
        let raw = "1,2,\"x\n2,y,4\n";
        assert!(swallowed(raw, 2, 3, 3, b',').is_some());
        let last = swallowed("1,2,\"x", 9, 3, 3, b',');
        assert_eq!(
            last,
            Some(OpenQuote {
                line: 9,
                column: 5,
                unterminated: true
            })
        );
    }
}
