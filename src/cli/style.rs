//! Colour on terminals only: `--color`, `NO_COLOR` and `TERM=dumb` decide, as in fd and ripgrep.

use std::io::IsTerminal;

use super::ColorChoice;

/// Paints words with ANSI colours when colour is on.
#[derive(Debug, Clone, Copy)]
pub struct Painter {
    pub enabled: bool,
}

impl Painter {
    pub fn new(choice: ColorChoice, is_terminal: bool) -> Self {
        let enabled = match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                is_terminal
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::env::var("TERM").map_or(true, |term| term != "dumb")
            }
        };
        Painter { enabled }
    }

    pub fn for_stdout(choice: ColorChoice) -> Self {
        Painter::new(choice, std::io::stdout().is_terminal())
    }

    pub fn for_stderr(choice: ColorChoice) -> Self {
        Painter::new(choice, std::io::stderr().is_terminal())
    }

    fn paint(&self, code: &str, text: &str) -> String {
        if self.enabled {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }

    pub fn error(&self, text: &str) -> String {
        self.paint("1;31", text)
    }

    pub fn warning(&self, text: &str) -> String {
        self.paint("1;33", text)
    }

    pub fn good(&self, text: &str) -> String {
        self.paint("1;32", text)
    }

    pub fn dim(&self, text: &str) -> String {
        self.paint("2", text)
    }
}

/// Print a message on standard error; the only place besides `Output` that writes to the terminal.
pub fn eprint(message: &str) {
    use std::io::Write;
    let mut stderr = std::io::stderr().lock();
    // Nothing sensible is left to do if standard error itself is gone.
    let _ = writeln!(stderr, "{message}");
}
