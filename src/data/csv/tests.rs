//! Tests of the CSV dialects and encodings.

use super::super::input::{Format, Input, ReadError, ReadOptions, parse};
use super::*;

fn read_bytes(bytes: &[u8], options: &ReadOptions) -> Result<Table, ReadError> {
    let input = Input {
        name: "x.csv".into(),
        format: Format::Csv { tab: false },
        bytes: bytes.to_vec(),
    };
    parse(&[input], options)
}

fn read(bytes: &[u8]) -> Table {
    read_bytes(bytes, &ReadOptions::default()).unwrap()
}

fn cells(table: &Table) -> Vec<Vec<&str>> {
    let width = table.columns().len();
    table
        .rows()
        .map(|row| (0..width).map(|c| row.get(c)).collect())
        .collect()
}

fn lines(table: &Table) -> Vec<u64> {
    table.rows().map(|row| row.line()).collect()
}

fn finding(error: ReadError) -> Finding {
    match error {
        ReadError::Invalid(errors) => errors.findings[0].clone(),
        other => panic!("expected findings, got {other}"),
    }
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut bytes = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for unit in text.encode_utf16() {
        bytes.extend(if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        });
    }
    bytes
}

#[test]
fn utf8_with_and_without_bom() {
    for bytes in [
        "\u{feff}id,tên\n1,Phường 4\n".as_bytes(),
        "id,tên\n1,Phường 4\n".as_bytes(),
    ] {
        let table = read(bytes);
        assert_eq!(table.columns(), ["id", "tên"]);
        assert_eq!(cells(&table), [["1", "Phường 4"]]);
    }
}

#[test]
fn utf16_little_and_big_endian_with_bom() {
    for big_endian in [false, true] {
        let table = read(&utf16("id;tên\r\n1;Thị trấn Cần Giuộc\r\n", big_endian));
        assert_eq!(table.columns(), ["id", "tên"]);
        assert_eq!(cells(&table), [["1", "Thị trấn Cần Giuộc"]]);
        assert_eq!(lines(&table), [2]);
    }
}

#[test]
fn windows_1258_combining_marks_become_nfc() {
    // "Phường Việt": ư (FD) ơ (F5) + combining grave (CC); ê (EA) + combining dot below (F2).
    let bytes = b"id,name\n1,Ph\xFD\xF5\xCCng Vi\xEA\xF2t\n";
    let options = ReadOptions {
        encoding: Some("windows-1258".into()),
        ..ReadOptions::default()
    };
    let table = read_bytes(bytes, &options).unwrap();
    assert_eq!(table.row(0).get(1), "Phường Việt");
    assert_eq!(
        table.row(0).get(1).chars().count(),
        11,
        "precomposed after NFC"
    );
}

#[test]
fn decomposed_utf8_becomes_nfc() {
    let table = read("id,name\n1,Vie\u{0323}\u{0302}t\n".as_bytes());
    assert_eq!(table.row(0).get(1), "Việt");
}

#[test]
fn invalid_utf8_suggests_windows_1258_and_names_the_line() {
    let error = read_bytes(b"id,name\n1,ok\n2,Vi\xEA\xF2t\n", &ReadOptions::default()).unwrap_err();
    let finding = finding(error);
    assert_eq!((finding.code, finding.line), ("D014", 3));
    assert!(
        finding.message.contains("--encoding windows-1258"),
        "{}",
        finding.message
    );
}

#[test]
fn semicolon_and_tab_delimiters_are_sniffed() {
    let table = read(b"id;pct\n1;85,5\n");
    assert_eq!(cells(&table), [["1", "85,5"]]);
    assert!(table.sources()[0].decimal_comma());
    let table = read(b"id\tpct\n1\t85.5\n");
    assert_eq!(cells(&table), [["1", "85.5"]]);
    assert_eq!(table.sources()[0].delimiter, Some(b'\t'));
    assert!(!read(b"id,pct\n1,2\n").sources()[0].decimal_comma());
}

#[test]
fn sniffing_ignores_delimiters_inside_quotes() {
    assert_eq!(sniff_delimiter("\"a,b,c\";d;e\n1,2,3,4", b','), b';');
    assert_eq!(sniff_delimiter("\"a\nb,c,d\";e\n", b','), b';');
    assert_eq!(sniff_delimiter("single", b'\t'), b'\t');
    assert_eq!(sniff_delimiter("a,b;c", b','), b',');
}

#[test]
fn quoted_newlines_move_the_following_lines_on() {
    let table = read(b"id,note\n1,\"two\nlines\"\n2,\"three\nmore\nlines\"\n3,x\n");
    assert_eq!(cells(&table)[0], ["1", "two\nlines"]);
    assert_eq!(lines(&table), [2, 4, 7]);
}

#[test]
fn an_unbalanced_quote_never_swallows_rows_silently() {
    // The quote in a column nobody reads runs over every later row of period 2025.
    let text = b"id,period,note,x\n1,2024,ok,1\n2,2025,\"late,2\n3,2025,ok,3\n4,2025,ok,4\n";
    let found = finding(read_bytes(text, &ReadOptions::default()).unwrap_err());
    assert_eq!((found.code, found.line, found.column), ("D018", 3, 8));
    assert!(
        found
            .message
            .starts_with("unbalanced quote opened at line 3, column 8"),
        "{}",
        found.message
    );
    // Closed two lines on, the row count is right but a whole row hides in the field.
    let text = b"id,note,x\n1,\"a\n2,b,2\n3\",c,3\n";
    let found = finding(read_bytes(text, &ReadOptions::default()).unwrap_err());
    assert_eq!((found.code, found.line, found.column), ("D018", 2, 3));
    // A quote never closed on the last line.
    let found = finding(read_bytes(b"id,x\n1,2\n3,\"4", &ReadOptions::default()).unwrap_err());
    assert_eq!((found.code, found.line, found.column), ("D018", 3, 3));
    assert!(
        found.message.contains("the rest of the file"),
        "{}",
        found.message
    );
    // A quote left open in the header.
    let found = finding(read_bytes(b"id,\"x\n1,2\n", &ReadOptions::default()).unwrap_err());
    assert_eq!((found.code, found.line, found.column), ("D018", 1, 4));
}

#[test]
fn crlf_line_ends() {
    let table = read(b"id,x\r\n1,2\r\n3,4\r\n");
    assert_eq!(cells(&table), [["1", "2"], ["3", "4"]]);
    assert_eq!(lines(&table), [2, 3]);
    let table = read(b"id,note\r\n1,\"a\r\nb\"\r\n\r\n2,c\r\n");
    assert_eq!(cells(&table), [["1", "a\r\nb"], ["2", "c"]]);
    assert_eq!(lines(&table), [2, 5]);
}

#[test]
fn blank_lines_before_the_header_and_blank_rows_are_skipped() {
    let table = read(b"\n,,\nid,x\n1,2\n,\n3,4\n");
    assert_eq!(table.sources()[0].header_line, 3);
    assert_eq!(lines(&table), [4, 6]);
}

#[test]
fn short_rows_keep_their_field_count() {
    let table = read(b"id,x,y\n1,2\n");
    assert_eq!(table.row(0).fields(), 2);
    assert_eq!(cells(&table), [["1", "2", ""]]);
}

#[test]
fn files_are_concatenated_by_column_name() {
    let inputs = [("a.csv", "id,x\n1,2\n"), ("b.csv", "x;id\n3;4\n")].map(|(name, text)| Input {
        name: name.into(),
        format: Format::Csv { tab: false },
        bytes: text.as_bytes().to_vec(),
    });
    let table = parse(&inputs, &ReadOptions::default()).unwrap();
    assert_eq!(cells(&table), [["1", "2"], ["4", "3"]]);
    let files: Vec<&str> = table
        .rows()
        .map(|row| &*table.source_of(row).name)
        .collect();
    assert_eq!(files, ["a.csv", "b.csv"]);
    assert!(table.sources()[1].decimal_comma() && !table.sources()[0].decimal_comma());
}

#[test]
fn concatenated_files_with_other_columns_fail_naming_file_and_column() {
    let inputs = [
        ("a.csv", "id,x\n1,2\n"),
        ("b.csv", "id,y\n3,4\n"),
        ("c.csv", "id\n5\n"),
    ]
    .map(|(name, text)| Input {
        name: name.into(),
        format: Format::Csv { tab: false },
        bytes: text.as_bytes().to_vec(),
    });
    let ReadError::Invalid(errors) = parse(&inputs, &ReadOptions::default()).unwrap_err() else {
        panic!()
    };
    let found: Vec<(&str, &str)> = errors
        .findings
        .iter()
        .map(|f| (f.file.as_str(), f.code))
        .collect();
    assert_eq!(
        found,
        [("b.csv", "D015"), ("b.csv", "D015"), ("c.csv", "D015")]
    );
    assert!(
        errors.findings[1]
            .message
            .contains("column 'y' is not in 'a.csv'")
    );
}

#[test]
fn an_empty_file_has_no_header() {
    let finding = finding(read_bytes(b"", &ReadOptions::default()).unwrap_err());
    assert_eq!(finding.code, "D011");
}

#[test]
fn a_spreadsheet_named_csv_is_recognised() {
    let finding = finding(read_bytes(b"PK\x03\x04rest", &ReadOptions::default()).unwrap_err());
    assert!(
        finding.message.contains("spreadsheet"),
        "{}",
        finding.message
    );
}

#[test]
fn utf16_without_bom_is_caught() {
    let bytes: Vec<u8> = "id,x\n1,2\n"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    let finding = finding(read_bytes(&bytes, &ReadOptions::default()).unwrap_err());
    assert!(finding.message.contains("UTF-16"), "{}", finding.message);
    let options = ReadOptions {
        encoding: Some("utf-16le".into()),
        ..ReadOptions::default()
    };
    assert_eq!(cells(&read_bytes(&bytes, &options).unwrap()), [["1", "2"]]);
}

#[test]
fn an_explicit_delimiter_wins() {
    let options = ReadOptions {
        delimiter: Some(b';'),
        ..ReadOptions::default()
    };
    let table = read_bytes(b"id,x;y\n1,2;3\n", &options).unwrap();
    assert_eq!(table.columns(), ["id,x", "y"]);
}

/// `text` read in one piece and in slices of any size: the same rows, lines and findings.
fn read_both_ways(text: &str) -> (Result<Table, Vec<Finding>>, Result<Table, Vec<Finding>>) {
    let read = |slices| {
        let mut table = Table::default();
        parse_in(&mut table, "x.csv", text, b',', slices).map(|()| table)
    };
    (read((1, usize::MAX)), read((7, 1)))
}

#[test]
fn a_body_with_a_quote_is_read_in_one_piece() {
    assert_eq!(chunks("1,2\n3,\"4\"\n5,6\n", (8, 1)), [(0, 14)]);
    assert_eq!(chunks("1,2\n3,4\n5,6\n", (8, 1)).len(), 3);
    assert_eq!(chunks("1,2\n3,4\n5,6\n", (8, 100)), [(0, 12)]);
}

#[test]
fn a_file_read_in_slices_gives_what_it_gives_in_one_piece() {
    let text = "\r\nid,x,y\r\n# guide\n1,2,3\n\n4,5\r\n,,\n6,7,8,9\r\n7,8,9\n";
    let (whole, sliced) = read_both_ways(text);
    let whole = whole.unwrap_or_else(|f| panic!("{f:?}"));
    assert_eq!(Ok(&whole), sliced.as_ref());
    assert_eq!(lines(&whole), [4, 6, 8, 9]);
    assert_eq!(whole.sources()[0].guide_line, Some(3));
}

proptest::proptest! {
    #[test]
    fn random_files_read_in_slices_as_in_one_piece(
        lines in proptest::collection::vec(
            (proptest::collection::vec("[a-zA-Zà-ỹ0-9. #-]{0,4}", 0..5), proptest::bool::ANY),
            0..40,
        ),
    ) {
        let mut text = String::from("id,a,b\n");
        for (cells, crlf) in &lines {
            text.push_str(&cells.join(","));
            text.push_str(if *crlf { "\r\n" } else { "\n" });
        }
        let (whole, sliced) = read_both_ways(&text);
        proptest::prop_assert_eq!(whole, sliced);
    }
}

/// The characters [`is_nfc`] skips by their lead bytes.
const PLAIN_NFC: [std::ops::RangeInclusive<char>; 3] = [
    '\0'..='\u{7f}',
    '\u{80}'..='\u{2ff}',
    '\u{1e00}'..='\u{1eff}',
];

#[test]
fn the_characters_the_nfc_check_skips_are_nfc_starters() {
    use unicode_normalization::char::canonical_combining_class;
    for c in PLAIN_NFC.into_iter().flatten() {
        assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{c:?}");
        assert_eq!(canonical_combining_class(c), 0, "{c:?}");
    }
}

#[test]
fn the_nfc_check_finds_marks_after_skipped_letters() {
    for (text, nfc) in [
        ("Xã số 0", true),
        ("Xa\u{303} so\u{302}\u{301}", false),
        ("ệ\u{323}", false),
        ("Ω ohm \u{2126}", false),
        ("đường ư ơ ẫ", true),
        ("", true),
    ] {
        assert_eq!(is_nfc(text), nfc, "{text:?}");
    }
}

/// The fields of every record of `text` as the csv crate's text records give them, and as
/// [`fields`] finds them in the text.
fn fields_both_ways(text: &str) -> (Vec<Vec<String>>, Vec<Vec<String>>) {
    let builder = || {
        let mut builder = ::csv::ReaderBuilder::new();
        builder.has_headers(false).flexible(true);
        builder
    };
    let mut reader = builder().from_reader(text.as_bytes());
    let expected = reader
        .records()
        .map(|record| record.unwrap().iter().map(str::to_owned).collect())
        .collect();
    let mut reader = builder().from_reader(text.as_bytes());
    let mut record = ::csv::ByteRecord::new();
    let mut found = Vec::new();
    while reader.read_byte_record(&mut record).unwrap() {
        let raw = raw_record(record.position(), reader.position(), text);
        let mut cells = Vec::new();
        fields(&record, raw, &mut cells);
        found.push(cells.into_iter().map(str::to_owned).collect());
    }
    (expected, found)
}

#[test]
fn fields_are_found_in_the_text_as_the_csv_crate_reads_them() {
    let text = "\r\nid,x\r\n\r\n1,\"a,\"\"b\"\"\"\n2,đ\rxã,,\n\"q\"\"\",3\n,\n4,5";
    let (expected, found) = fields_both_ways(text);
    assert_eq!(found, expected);
    assert_eq!(found.len(), 7, "{found:?}");
}

proptest::proptest! {
    #[test]
    fn fields_found_in_random_text_are_the_csv_crates(
        records in proptest::collection::vec(
            (
                proptest::collection::vec("[a-zà-ỹ0-9 ]{0,3}|\"[a-zà-ỹ,\r\n ]{0,3}(\"\"[a-z]{0,2})?\"", 0..5),
                "\n|\r\n|\r|\n\n",
            ),
            0..20,
        ),
    ) {
        let text: String = records
            .iter()
            .map(|(cells, end)| cells.join(",") + end)
            .collect();
        let (expected, found) = fields_both_ways(&text);
        proptest::prop_assert_eq!(found, expected);
    }
}

proptest::proptest! {
    #[test]
    fn the_nfc_check_answers_as_the_quick_check_of_the_whole_text(
        text in "[a-z ,\u{80}-\u{2ff}\u{300}-\u{36f}\u{1e00}-\u{1eff}\u{1f71}\u{2126}\u{ac00}]{0,12}",
    ) {
        proptest::prop_assert_eq!(is_nfc(&text), is_nfc_quick(text.chars()) == IsNormalized::Yes);
    }
}
