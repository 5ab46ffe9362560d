//! No input makes the criteria loader panic or hang: arbitrary bytes, and arbitrary YAML documents
//! built from the format's own keys so that they reach deep into the loader.

use dtm::criteria::load_bytes;
use proptest::prelude::*;

const KEYS: [&str; 24] = [
    "dtm",
    "id",
    "title",
    "entity",
    "levels",
    "pillars",
    "indicators",
    "groups",
    "scale",
    "weight",
    "min",
    "name",
    "goalpost",
    "steps",
    "categories",
    "minmax",
    "range",
    "missing",
    "aggregate",
    "pilot",
    "gates",
    "rollups",
    "measures",
    "min_coverage",
];

fn scalar() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("1".to_owned()),
        Just("0".to_owned()),
        Just("-3.5".to_owned()),
        Just("boolean".to_owned()),
        Just("higher".to_owned()),
        Just("\"government >= 50\"".to_owned()),
        Just("~".to_owned()),
        Just("[0, 100]".to_owned()),
        Just("[[20, 25], [10, 50]]".to_owned()),
        "[a-z]{1,6}",
    ]
}

fn yaml(depth: u32) -> BoxedStrategy<String> {
    if depth == 0 {
        return scalar().boxed();
    }
    prop_oneof![
        scalar(),
        prop::collection::vec((prop::sample::select(KEYS.to_vec()), yaml(depth - 1)), 0..5)
            .prop_map(|entries| {
                let body: Vec<String> = entries.iter().map(|(k, v)| format!("{k}: {v}")).collect();
                format!("{{ {} }}", body.join(", "))
            }),
        prop::collection::vec(yaml(depth - 1), 0..4)
            .prop_map(|items| format!("[{}]", items.join(", "))),
    ]
    .boxed()
}

fn document() -> impl Strategy<Value = String> {
    prop::collection::vec((prop::sample::select(KEYS.to_vec()), yaml(4)), 0..10).prop_map(
        |entries| {
            let mut text = String::from("dtm: 1\n");
            for (key, value) in entries {
                text.push_str(&format!("{key}: {value}\n"));
            }
            text
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let loaded = load_bytes(&bytes, "fuzz.yaml");
        prop_assert!(loaded.criteria.is_some() || !loaded.findings.is_empty());
    }

    #[test]
    fn arbitrary_documents_never_panic(text in document()) {
        let loaded = load_bytes(text.as_bytes(), "fuzz.yaml");
        // Either it loads, or it says why; a rejected file always carries an error.
        prop_assert!(loaded.criteria.is_some() || loaded.findings.iter().any(|f| f.is_error()));
        for finding in &loaded.findings {
            prop_assert!(!finding.message.to_string().is_empty());
        }
    }
}
