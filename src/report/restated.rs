//! What every output says about restated scores (DESIGN §11), in English and Vietnamese, and the
//! list of old units a new unit was made from. Words only: the numbers come from the assessment.

use serde::Serialize;

use super::i18n::{Arg, Lang, t};
use crate::score::{Assessment, EntityResult, Restatement, SourceUnit};

/// The sentence that says the scores were restated: "Scores restated on 96 new units from 280 old
/// communes through the crosswalk vn-2025."
pub fn note(restatement: &Restatement, lang: Lang) -> String {
    let args = [
        ("units", restatement.sources.len().into()),
        ("old", restatement.old_units.into()),
        ("map", Arg::from(&restatement.crosswalk)),
    ];
    t(lang, "crosswalk-note", &args)
}

/// A short mark for a restated side: "restated through vn-2025".
pub fn label(crosswalk: &str, lang: Lang) -> String {
    t(lang, "crosswalk-label", &[("map", crosswalk.into())])
}

/// The label before a unit's old units: "Restated from".
pub fn from_label(lang: Lang) -> String {
    t(lang, "crosswalk-from", &[])
}

/// The label before old units the crosswalk maps here but the data lack.
pub fn absent_label(lang: Lang) -> String {
    t(lang, "crosswalk-absent", &[])
}

/// The warning when some new units lack old units in the data; `None` when none does.
pub fn partial(restatement: &Restatement, lang: Lang) -> Option<String> {
    let units = restatement.absent.iter().filter(|a| !a.is_empty()).count();
    let old: usize = restatement.absent.iter().map(Vec::len).sum();
    (units > 0).then(|| {
        t(
            lang,
            "crosswalk-partial",
            &[("units", units.into()), ("old", old.into())],
        )
    })
}

/// The old units of one commune, or `None` when the assessment is not restated.
pub fn sources<'a>(assessment: &'a Assessment, entity: &EntityResult) -> Option<&'a [SourceUnit]> {
    let restatement = assessment.restated.as_ref()?;
    restatement.sources.get(entity.entity).map(Vec::as_slice)
}

/// Old units the crosswalk maps to this commune that were not in the data.
pub fn absent<'a>(assessment: &'a Assessment, entity: &EntityResult) -> &'a [String] {
    assessment
        .restated
        .as_ref()
        .and_then(|r| r.absent.get(entity.entity))
        .map_or(&[], Vec::as_slice)
}

/// "Phường 4 (27691), Phường 1 (27685, 40 %)": names and codes, with the weight when it is not
/// an equal part.
pub fn list(sources: &[SourceUnit]) -> String {
    let equal = 1.0 / sources.len().max(1) as f64;
    sources
        .iter()
        .map(|s| {
            let name = if s.name.is_empty() { &s.code } else { &s.name };
            let weight = if (s.weight - equal).abs() > 1e-9 {
                format!(", {:.0} %", s.weight * 100.0)
            } else {
                String::new()
            };
            if name == &s.code {
                format!("{name}{weight}")
            } else {
                format!("{name} ({}{weight})", s.code)
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The old codes joined by `;`, for CSV cells.
pub fn codes(sources: &[SourceUnit]) -> String {
    sources
        .iter()
        .map(|s| s.code.as_str())
        .collect::<Vec<_>>()
        .join(";")
}

/// The restatement as machine formats show it at the top.
#[derive(Debug, Serialize)]
pub struct Header<'a> {
    pub crosswalk: &'a str,
    pub new_units: usize,
    pub old_units: usize,
    pub note: String,
}

impl<'a> Header<'a> {
    pub fn of(assessment: &'a Assessment, lang: Lang) -> Option<Header<'a>> {
        let restatement = assessment.restated.as_ref()?;
        Some(Header {
            crosswalk: &restatement.crosswalk,
            new_units: restatement.sources.len(),
            old_units: restatement.old_units,
            note: note(restatement, lang),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(code: &str, name: &str, weight: f64) -> SourceUnit {
        SourceUnit {
            code: code.into(),
            name: name.into(),
            district: String::new(),
            share: 1.0,
            weight,
        }
    }

    #[test]
    fn equal_parts_show_no_weight_and_unequal_ones_do() {
        let equal = [source("27691", "Phường 4", 0.5), source("27685", "", 0.5)];
        assert_eq!(list(&equal), "Phường 4 (27691), 27685");
        let unequal = [source("1", "Xã A", 0.25), source("2", "Xã B", 0.75)];
        assert_eq!(list(&unequal), "Xã A (1, 25 %), Xã B (2, 75 %)");
        assert_eq!(codes(&unequal), "1;2");
    }

    #[test]
    fn the_note_is_in_both_languages() {
        let restatement = Restatement {
            crosswalk: "vn-2025".into(),
            old_units: 280,
            sources: vec![Vec::new(); 96],
            absent: vec![Vec::new(); 96],
        };
        assert_eq!(
            note(&restatement, Lang::En),
            "Scores restated on 96 new units from 280 old communes through the crosswalk vn-2025."
        );
        assert!(note(&restatement, Lang::Vi).starts_with("Điểm được tính lại trên 96 đơn vị"));
        let one = Restatement {
            old_units: 1,
            sources: vec![Vec::new()],
            absent: vec![Vec::new()],
            ..restatement
        };
        assert_eq!(
            note(&one, Lang::En),
            "Scores restated on 1 new unit from 1 old commune through the crosswalk vn-2025."
        );
    }
}
