//! Communes that are not candidates: named by `--exclude`/`--exclude-file`, or marked yes in the
//! `already_piloted` group column.

use std::collections::HashMap;

use super::gates::strip_marks;
use super::{ALREADY_PILOTED, PilotError};
use crate::analysis::names::{LookupError, find, fold};
use crate::score::Assessment;

/// One commune to exclude, as typed, and where it was typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exclusion {
    pub text: String,
    /// The file and 1-based line it came from; `None` on the command line.
    pub from: Option<(String, usize)>,
}

impl Exclusion {
    pub fn typed(text: &str) -> Exclusion {
        Exclusion {
            text: text.to_owned(),
            from: None,
        }
    }
}

/// The communes removed, each list in rank order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Removed {
    pub excluded: Vec<usize>,
    pub already_piloted: Vec<usize>,
    /// Per commune: 0 = candidate, 1 = excluded, 2 = already piloted.
    marks: Vec<u8>,
}

impl Removed {
    pub fn any(&self, e: usize) -> bool {
        self.marks.get(e).is_some_and(|&m| m != 0)
    }

    pub fn excluded(&self, e: usize) -> bool {
        self.marks.get(e) == Some(&1)
    }

    pub fn already_piloted(&self, e: usize) -> bool {
        self.marks.get(e) == Some(&2)
    }

    pub fn is_empty(&self) -> bool {
        self.excluded.is_empty() && self.already_piloted.is_empty()
    }
}

const YES: [&str; 7] = ["1", "true", "yes", "y", "x", "có", "co"];
const NO: [&str; 7] = ["", "0", "false", "no", "n", "không", "khong"];

/// Resolve the exclusions (ids exactly, else ids or names folded) and read `already_piloted`.
pub(super) fn resolve(
    assessment: &Assessment,
    exclusions: &[Exclusion],
) -> Result<Removed, PilotError> {
    let n = assessment.entities.len();
    let mut marks = vec![0u8; n];
    let by_id: HashMap<&str, usize> = assessment
        .entities
        .iter()
        .enumerate()
        .map(|(e, entity)| (entity.id.as_str(), e))
        .collect();
    for exclusion in exclusions {
        let e = match by_id.get(exclusion.text.trim()) {
            Some(&e) => e,
            None => lookup(assessment, exclusion)?,
        };
        marks[e] = 1;
    }
    if let Some(g) = assessment
        .group_columns
        .iter()
        .position(|c| c == ALREADY_PILOTED)
    {
        for (e, entity) in assessment.entities.iter().enumerate() {
            let value = entity.groups.get(g).map_or("", String::as_str);
            let key = fold(value);
            if YES.contains(&key.as_str()) {
                if marks[e] == 0 {
                    marks[e] = 2;
                }
            } else if !NO.contains(&key.as_str()) {
                return Err(PilotError::NotYesNo {
                    id: entity.id.clone(),
                    value: value.to_owned(),
                });
            }
        }
    }
    let with = |mark: u8| (0..n).filter(|&e| marks[e] == mark).collect();
    Ok(Removed {
        excluded: with(1),
        already_piloted: with(2),
        marks,
    })
}

/// A name without tone marks and without its unit-kind prefix (`xã`, `phường`, `thị trấn`).
fn loose(name: &str) -> String {
    let bare = strip_marks(&fold(name));
    ["xa ", "phuong ", "thi tran "]
        .iter()
        .find_map(|prefix| bare.strip_prefix(prefix))
        .map_or(bare.clone(), |rest| rest.trim().to_owned())
}

fn lookup(assessment: &Assessment, exclusion: &Exclusion) -> Result<usize, PilotError> {
    let key = loose(&exclusion.text);
    let close: Vec<usize> = (0..assessment.entities.len())
        .filter(|&e| loose(&assessment.entities[e].name) == key)
        .collect();
    let found = find(assessment, &exclusion.text);
    if found.is_err() && close.len() == 1 {
        return Ok(close[0]);
    }
    if found.is_err() && close.len() > 1 {
        return Err(PilotError::Ambiguous {
            exclusion: Box::new(exclusion.clone()),
            ids: close
                .iter()
                .map(|&e| assessment.entities[e].id.clone())
                .collect(),
        });
    }
    match found {
        Ok(entity) => Ok(assessment
            .entities
            .iter()
            .position(|e| std::ptr::eq(e, entity))
            .unwrap_or_default()),
        Err(LookupError::Unknown { .. }) => Err(PilotError::UnknownCommune {
            exclusion: Box::new(exclusion.clone()),
            suggestion: crate::suggest::closest(
                &exclusion.text,
                assessment
                    .entities
                    .iter()
                    .flat_map(|e| [e.id.as_str(), e.name.as_str()]),
            )
            .map(str::to_owned),
        }),
        Err(LookupError::Ambiguous { .. }) => {
            let key = fold(&exclusion.text);
            Err(PilotError::Ambiguous {
                exclusion: Box::new(exclusion.clone()),
                ids: assessment
                    .entities
                    .iter()
                    .filter(|e| fold(&e.name) == key)
                    .map(|e| e.id.clone())
                    .collect(),
            })
        }
    }
}
