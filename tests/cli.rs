//! The whole command line, case by case: `tests/cmd/**/*.toml` hold the arguments, the fixtures
//! beside them, and the exact stdout, stderr and exit code (see trycmd's documentation).

#[test]
fn cli_cases() {
    // Tables fit the terminal; a fixed width keeps the expected outputs the same everywhere.
    trycmd::TestCases::new()
        .env("COLUMNS", "100")
        .case("tests/cmd/**/*.toml")
        .case("README.md");
}
