//! The whole command line, case by case: `tests/cmd/**/*.toml` hold the arguments, the fixtures
//! beside them, and the exact stdout, stderr and exit code (see trycmd's documentation).

#[test]
fn cli_cases() {
    trycmd::TestCases::new()
        .case("tests/cmd/**/*.toml")
        .case("README.md");
}
