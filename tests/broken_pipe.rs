//! A reader that stops early (`dtm score … | head`) ends dtm quietly with exit 0 (STYLE, DESIGN §5).

use std::process::{Command, Stdio};

fn exits_quietly_when_the_reader_leaves(args: &[&str]) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dtm"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("dtm starts");
    // Close the reading end at once; the output is larger than a pipe buffer, so dtm's writes fail.
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("dtm ends");
    assert_eq!(
        output.status.code(),
        Some(0),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        output.stderr.is_empty(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn csv_json_and_table_output_end_quietly_on_a_closed_pipe() {
    let data = "seeds/long-an-communes.csv";
    for format in ["csv", "json", "table", "markdown"] {
        exits_quietly_when_the_reader_leaves(&["score", data, "--detail", "--format", format]);
    }
    exits_quietly_when_the_reader_leaves(&["compare", data, "--format", "json"]);
}
