//! Matching names people type: NFC normalisation and case folding, and finding one commune by id
//! or name.

use unicode_normalization::UnicodeNormalization;

use crate::score::{Assessment, EntityResult};
use crate::suggest;

/// `text` trimmed, in NFC and lower case, so that "Cần Giuộc" typed with combining marks or in
/// capitals matches the data.
pub fn fold(text: &str) -> String {
    let lower: String = text.trim().nfc().collect::<String>().to_lowercase();
    lower.nfc().collect()
}

/// Why no single commune answers to what was typed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LookupError {
    #[error("no commune has the id or name '{0}'{1}")]
    Unknown(String, String),
    #[error("'{0}' names {n} communes; give one of their ids:\n{1}", n = .2)]
    Ambiguous(String, String, usize),
}

/// The commune whose id matches `wanted` exactly, else whose id or name matches it after folding;
/// several matches by name are an error listing them.
pub fn find<'a>(assessment: &'a Assessment, wanted: &str) -> Result<&'a EntityResult, LookupError> {
    if let Some(entity) = assessment.entity(wanted.trim()) {
        return Ok(entity);
    }
    let key = fold(wanted);
    let by_id: Vec<&EntityResult> = assessment
        .entities
        .iter()
        .filter(|e| fold(&e.id) == key)
        .collect();
    let matches = if by_id.is_empty() {
        assessment
            .entities
            .iter()
            .filter(|e| !e.name.is_empty() && fold(&e.name) == key)
            .collect()
    } else {
        by_id
    };
    match matches.as_slice() {
        [one] => Ok(one),
        [] => {
            let names = assessment
                .entities
                .iter()
                .flat_map(|e| [e.id.as_str(), e.name.as_str()]);
            Err(LookupError::Unknown(
                wanted.to_owned(),
                suggest::did_you_mean(wanted, names),
            ))
        }
        many => {
            let list: Vec<String> = many
                .iter()
                .map(|e| {
                    let groups = e.groups.join(", ");
                    format!(
                        "  {}  {}{}",
                        e.id,
                        e.name,
                        if groups.is_empty() {
                            String::new()
                        } else {
                            format!(" ({groups})")
                        }
                    )
                })
                .collect();
            Err(LookupError::Ambiguous(
                wanted.to_owned(),
                list.join("\n"),
                many.len(),
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::testkit::{Row, criteria, dataset, n, node, percent, run};

    #[test]
    fn folding_ignores_case_composition_and_surrounding_space() {
        assert_eq!(
            fold(" Cần Giuộc "),
            fold("CA\u{0302}\u{0300}N GIUO\u{0323}\u{0302}C")
        );
        assert_eq!(fold("Thị Trấn"), "thị trấn");
    }

    #[test]
    fn a_commune_is_found_by_id_or_unambiguous_name() {
        let c = criteria(vec![node("p", vec![percent("x")])]);
        let mut d = dataset(vec![
            Row("A1", "d1", "xa", "", vec![n(10.0)]),
            Row("B2", "d2", "xa", "", vec![n(20.0)]),
            Row("C3", "d3", "xa", "", vec![n(30.0)]),
        ]);
        d.entities[0].name = "Phường 4".into();
        d.entities[1].name = "Long Hựu".into();
        d.entities[2].name = "Long Hựu".into();
        let a = run(&c, &d);
        assert_eq!(find(&a, "a1").map(|e| e.id.as_str()), Ok("A1"));
        assert_eq!(find(&a, "PHƯỜNG 4").map(|e| e.id.as_str()), Ok("A1"));
        let Err(LookupError::Ambiguous(_, list, 2)) = find(&a, "long hựu") else {
            panic!()
        };
        assert!(list.contains("B2") && list.contains("C3"), "{list}");
        let Err(LookupError::Unknown(_, hint)) = find(&a, "Phường 5") else {
            panic!()
        };
        assert!(hint.contains("Phường 4"), "{hint}");
    }
}
