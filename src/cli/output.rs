//! Where results go: standard output, or the file named by `-o`, written so that nothing is lost.
//!
//! A regular file is written to a temporary file in its folder and renamed into place only after
//! everything was written and flushed: on any error the destination keeps its old contents and
//! the temporary file is removed, and two runs writing the same file at once each leave a whole
//! file (the last rename wins). Devices and pipes (`/dev/stdout`, a FIFO) cannot be renamed onto
//! and are written directly. Every write error names the destination.

use std::fs::{File, OpenOptions};
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use tempfile::NamedTempFile;

use super::Usage;

/// A buffered destination for a command's results.
pub struct Output {
    sink: Sink,
    /// How the destination is named in messages.
    name: String,
    /// Whether the results go to a terminal (tables, colour) rather than a file or a pipe.
    pub is_terminal: bool,
}

enum Sink {
    Stdout(BufWriter<io::StdoutLock<'static>>),
    /// A device or pipe, written in place.
    Direct(BufWriter<File>),
    /// A regular file: a temporary file beside it, and where to rename it.
    Atomic {
        temp: BufWriter<NamedTempFile>,
        target: PathBuf,
    },
}

/// An output file that could not be opened or created; `cli::exit` words it in the reader's
/// language (the I/O error under it too).
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    #[error("could not open output file '{0}'")]
    Open(String),
    #[error("could not create output file '{0}'")]
    Create(String),
}

impl OutputError {
    pub fn words(&self, lang: crate::report::Lang) -> String {
        match self {
            OutputError::Open(file) => {
                crate::report::t(lang, "error-open-output", &[("file", file.into())])
            }
            OutputError::Create(file) => {
                crate::report::t(lang, "error-create-output", &[("file", file.into())])
            }
        }
    }
}

impl Output {
    /// Standard output, or `path` when given (`-` also means standard output).
    pub fn open(path: Option<&Path>) -> anyhow::Result<Output> {
        let Some(path) = path.filter(|p| p.as_os_str() != "-") else {
            return stdout();
        };
        let name = path.display().to_string();
        let sink = if is_special(path) {
            let file = OpenOptions::new()
                .write(true)
                .truncate(true)
                .open(path)
                .with_context(|| OutputError::Open(name.clone()))?;
            Sink::Direct(BufWriter::new(file))
        } else {
            // Write beside the file a link points to, so the rename replaces the file, not the link.
            let target = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
            let temp =
                temporary_beside(&target).with_context(|| OutputError::Create(name.clone()))?;
            Sink::Atomic {
                temp: BufWriter::new(temp),
                target,
            }
        };
        Ok(Output {
            sink,
            name,
            is_terminal: false,
        })
    }

    /// Flush everything and, for a regular file, rename it into place.
    pub fn finish(self) -> anyhow::Result<()> {
        let name = self.name;
        let failed = |error: io::Error| named(&name, error);
        match self.sink {
            Sink::Stdout(mut out) => out.flush().map_err(failed)?,
            Sink::Direct(mut out) => out.flush().map_err(failed)?,
            Sink::Atomic { temp, target } => {
                let temp = temp.into_inner().map_err(|e| failed(e.into_error()))?;
                temp.as_file().sync_all().map_err(failed)?;
                temp.persist(&target).map_err(|e| failed(e.error))?;
            }
        }
        Ok(())
    }
}

/// Refuse a closed standard output (`dtm score … >&-`) when the results would go there: they
/// would be lost. Called before any file is read, and again when the output is opened.
pub fn refuse_closed_stdout(output: Option<&Path>) -> Result<(), Usage> {
    let to_stdout = output.is_none_or(|p| p.as_os_str() == "-");
    if to_stdout && stdout_was_closed() {
        return Err(Usage(
            "standard output is closed, so the results would be lost; redirect it or use -o FILE"
                .into(),
        ));
    }
    Ok(())
}

/// Standard output, refused when it was closed.
fn stdout() -> anyhow::Result<Output> {
    refuse_closed_stdout(None)?;
    Ok(Output {
        is_terminal: io::stdout().is_terminal(),
        sink: Sink::Stdout(BufWriter::new(io::stdout().lock())),
        name: "standard output".into(),
    })
}

/// Whether the program started with standard output closed.
///
/// The Rust runtime reopens a closed standard output on `/dev/null` read-write before `main`,
/// so writes would silently vanish. A shell's `>/dev/null` opens it write-only, which tells the
/// two apart (Linux's `/proc` shows both the target and the open flags).
fn stdout_was_closed() -> bool {
    if !cfg!(target_os = "linux") {
        return false;
    }
    let to_null = std::fs::read_link("/proc/self/fd/1").is_ok_and(|p| p == Path::new("/dev/null"));
    let read_write = std::fs::read_to_string("/proc/self/fdinfo/1").is_ok_and(|info| {
        info.lines()
            .find_map(|line| line.strip_prefix("flags:"))
            .and_then(|flags| u32::from_str_radix(flags.trim(), 8).ok())
            .is_some_and(|flags| flags & 0o3 == 0o2)
    });
    to_null && read_write
}

/// Devices, pipes and the like: anything that exists and is not a regular file (links followed),
/// and the `/dev/` and `/proc/` names of the standard streams.
fn is_special(path: &Path) -> bool {
    path.starts_with("/dev") && !path.starts_with("/dev/shm")
        || path.starts_with("/proc")
        || std::fs::metadata(path).is_ok_and(|m| !m.is_file())
}

/// A temporary file in `target`'s folder, readable as a newly created file would be.
fn temporary_beside(target: &Path) -> io::Result<NamedTempFile> {
    let folder = match target.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".dtm-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Keep an existing file's mode; a new file gets 0666 less the umask, as `File::create` does.
        let mode = std::fs::metadata(target).map_or(0o666, |m| m.permissions().mode() & 0o7777);
        builder.permissions(std::fs::Permissions::from_mode(mode));
    }
    builder.tempfile_in(folder)
}

/// An I/O error that names the destination, keeping its kind (a broken pipe stays one).
fn named(name: &str, error: io::Error) -> io::Error {
    io::Error::new(error.kind(), format!("could not write '{name}': {error}"))
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let result = match &mut self.sink {
            Sink::Stdout(out) => out.write(buf),
            Sink::Direct(out) => out.write(buf),
            Sink::Atomic { temp, .. } => temp.write(buf),
        };
        result.map_err(|error| named(&self.name, error))
    }

    fn flush(&mut self) -> io::Result<()> {
        let result = match &mut self.sink {
            Sink::Stdout(out) => out.flush(),
            Sink::Direct(out) => out.flush(),
            Sink::Atomic { temp, .. } => temp.flush(),
        };
        result.map_err(|error| named(&self.name, error))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leftovers(folder: &Path) -> Vec<String> {
        std::fs::read_dir(folder)
            .map(|entries| {
                entries
                    .filter_map(|e| e.ok())
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|name| name.starts_with(".dtm-"))
                    .collect()
            })
            .unwrap_or_default()
    }

    #[test]
    fn a_file_appears_only_when_finished() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let path = folder.path().join("out.csv");
        std::fs::write(&path, "old\n").expect("writable");
        let mut out = Output::open(Some(&path)).expect("opens");
        writeln!(out, "new").expect("writes");
        out.flush().expect("flushes");
        assert_eq!(
            std::fs::read_to_string(&path).ok().as_deref(),
            Some("old\n")
        );
        out.finish().expect("finishes");
        assert_eq!(
            std::fs::read_to_string(&path).ok().as_deref(),
            Some("new\n")
        );
        assert!(leftovers(folder.path()).is_empty());
    }

    #[test]
    fn an_unfinished_output_leaves_the_old_file_and_no_temporary_file() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let path = folder.path().join("out.json");
        std::fs::write(&path, "{}\n").expect("writable");
        let mut out = Output::open(Some(&path)).expect("opens");
        write!(out, "{{\"half\":").expect("writes");
        drop(out);
        assert_eq!(std::fs::read_to_string(&path).ok().as_deref(), Some("{}\n"));
        assert!(leftovers(folder.path()).is_empty());
    }

    #[test]
    fn writing_through_a_link_replaces_the_file_it_points_to() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let real = folder.path().join("real.md");
        let link = folder.path().join("link.md");
        std::fs::write(&real, "old").expect("writable");
        #[cfg(unix)]
        std::os::unix::fs::symlink(&real, &link).expect("a link");
        #[cfg(not(unix))]
        std::fs::copy(&real, &link).expect("a copy");
        let mut out = Output::open(Some(&link)).expect("opens");
        write!(out, "new").expect("writes");
        out.finish().expect("finishes");
        assert_eq!(std::fs::read_to_string(&real).ok().as_deref(), Some("new"));
        assert!(std::fs::symlink_metadata(&link).is_ok_and(|m| !m.is_file() || cfg!(not(unix))));
    }

    #[test]
    fn a_full_device_is_an_error_naming_it() {
        if !Path::new("/dev/full").exists() {
            return;
        }
        let mut out = Output::open(Some(Path::new("/dev/full"))).expect("opens");
        let written = out.write_all(&[b'x'; 100_000]).and_then(|()| out.flush());
        let message = written.map_or_else(|e| e.to_string(), |()| String::new());
        assert!(message.contains("'/dev/full'"), "{message}");
    }

    #[test]
    fn a_missing_folder_is_an_error_naming_the_file() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let path = folder.path().join("no-such-folder").join("out.csv");
        let message =
            Output::open(Some(&path)).map_or_else(|e| format!("{e:#}"), |_| String::new());
        assert!(message.contains("out.csv"), "{message}");
    }
}
