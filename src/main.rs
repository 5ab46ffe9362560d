//! The `dtm` binary: all the work is in the library.

fn main() -> std::process::ExitCode {
    dtm::cli::main()
}
