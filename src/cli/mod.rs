//! The command line: clap types and one file per command.
