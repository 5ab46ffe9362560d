//! The restatement plan: which old communes of the data make each new unit, with what weight, and
//! the new unit's group values. The maths (scales, weighted means, the tree) is `score::restate`.

use std::collections::BTreeMap;

use super::findings::{At, UNKNOWN_CODE};
use super::{Crosswalk, NewUnit};
use crate::data::Dataset;
use crate::diagnostics::cut;
use crate::diagnostics::{Finding, Message};

/// The group column every restated unit gets: the old district holding most of its weight.
pub const FORMER_DISTRICT: &str = "former_district";
/// The group column of the new unit's kind (xã, phường, đặc khu), when the crosswalk gives it.
pub const NEW_KIND: &str = "new_kind";

/// The new units one period of old-unit data is restated on.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// The crosswalk's name.
    pub crosswalk: String,
    /// The group columns of the new units: the criteria's, then `former_district` and `new_kind`
    /// unless the criteria have them.
    pub group_columns: Vec<String>,
    /// The new units reached by at least one old commune of the data, in crosswalk order.
    pub units: Vec<PlanUnit>,
    /// How many old communes were restated.
    pub old_units: usize,
}

/// One new unit and the old communes it is made of.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanUnit {
    pub id: String,
    pub name: String,
    /// Aligned with [`Plan::group_columns`].
    pub groups: Vec<String>,
    pub parts: Vec<Part>,
    /// Old units the crosswalk maps to this unit that are not in the data.
    pub absent: Vec<String>,
    /// The crosswalk line of its first row.
    pub line: u64,
}

/// One old commune's part in a new unit.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    /// Position in `Dataset::entities`.
    pub entity: usize,
    pub code: String,
    pub name: String,
    /// The old district: the crosswalk's `old_district`, else the data's first group value.
    pub district: String,
    /// The part of the old unit that went here, 0–1.
    pub share: f64,
    /// The old unit's weight column value (1 without `--crosswalk-weight`).
    pub weight: f64,
}

impl Part {
    /// The weight of this part in its new unit's means: weight × share.
    pub fn mass(&self) -> f64 {
        self.weight * self.share
    }
}

/// Why no plan could be made: old communes of the data that the crosswalk does not know.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{} old commune(s) of the data are not in the crosswalk", .findings.len())]
pub struct PlanError {
    pub findings: Vec<Finding>,
}

/// Plan the restatement of `members` (one period's old communes) on the crosswalk's new units.
/// `groups` are the criteria's group columns, `id_column` the data's id column (for findings),
/// `weights` aligned with `dataset.entities`.
pub fn plan(
    crosswalk: &Crosswalk,
    dataset: &Dataset,
    members: &[usize],
    groups: &[String],
    id_column: &str,
    weights: Option<&[f64]>,
) -> Result<Plan, PlanError> {
    let index = crosswalk.index_old();
    let mut parts: Vec<Vec<Part>> = vec![Vec::new(); crosswalk.units.len()];
    let mut present = std::collections::HashSet::new();
    let mut findings = Vec::new();
    for &e in members {
        let entity = &dataset.entities[e];
        let Some(links) = index.get(entity.id.as_str()) else {
            findings.push(unknown(entity, id_column, &crosswalk.name));
            continue;
        };
        present.insert(entity.id.as_str());
        for &k in links {
            let link = &crosswalk.links[k];
            let district = match link.old_district.as_str() {
                "" => entity.groups.first().cloned().unwrap_or_default(),
                district => district.to_owned(),
            };
            parts[link.unit].push(Part {
                entity: e,
                code: entity.id.clone(),
                name: if entity.name.is_empty() {
                    link.old_name.clone()
                } else {
                    entity.name.clone()
                },
                district,
                share: link.share,
                weight: weights.and_then(|w| w.get(e)).copied().unwrap_or(1.0),
            });
        }
    }
    if !findings.is_empty() {
        return Err(PlanError { findings });
    }
    let group_columns = group_columns(crosswalk, groups);
    let mut absent: Vec<Vec<String>> = vec![Vec::new(); crosswalk.units.len()];
    for link in &crosswalk.links {
        if !present.contains(link.old_code.as_str()) && !parts[link.unit].is_empty() {
            absent[link.unit].push(link.old_code.clone());
        }
    }
    let units = crosswalk
        .units
        .iter()
        .zip(parts.into_iter().zip(absent))
        .filter(|(_, (parts, _))| !parts.is_empty())
        .map(|(unit, (parts, absent))| PlanUnit {
            id: unit.code.clone(),
            name: unit.name.clone(),
            groups: group_values(unit, &parts, dataset, &group_columns, groups.len()),
            parts,
            absent,
            line: unit.line,
        })
        .collect();
    Ok(Plan {
        crosswalk: crosswalk.name.clone(),
        group_columns,
        units,
        old_units: present.len(),
    })
}

fn unknown(entity: &crate::data::Entity, id_column: &str, crosswalk: &str) -> Finding {
    let at = At {
        file: &entity.row.file,
        line: entity.row.line,
        column: 0,
        name: id_column,
    };
    let message = Message::new("crosswalk-unknown-code")
        .with("id", cut(&entity.id))
        .with("crosswalk", cut(crosswalk));
    UNKNOWN_CODE.error(at, message)
}

/// The criteria's group columns, then `former_district`, then `new_kind` when the crosswalk has it.
fn group_columns(crosswalk: &Crosswalk, groups: &[String]) -> Vec<String> {
    let mut columns = groups.to_vec();
    let has_kind = crosswalk
        .units
        .first()
        .is_some_and(|u| u.columns.contains_key(NEW_KIND));
    let extra = [(FORMER_DISTRICT, true), (NEW_KIND, has_kind)];
    for (column, wanted) in extra {
        if wanted && !columns.iter().any(|c| c == column) {
            columns.push(column.to_owned());
        }
    }
    columns
}

/// The unit's value of every group column. `criteria_groups` of them are the criteria's (their
/// values are also in the old communes' data).
fn group_values(
    unit: &NewUnit,
    parts: &[Part],
    dataset: &Dataset,
    columns: &[String],
    criteria_groups: usize,
) -> Vec<String> {
    columns
        .iter()
        .enumerate()
        .map(|(g, column)| {
            let given = [column.clone(), format!("new_{column}")]
                .into_iter()
                .find_map(|name| unit.columns.get(&name).filter(|v| !v.is_empty()).cloned());
            if let Some(value) = given {
                return value;
            }
            if column == FORMER_DISTRICT {
                return heaviest(parts.iter().map(|p| (p.district.as_str(), p.mass())));
            }
            if g < criteria_groups {
                let old = parts.iter().map(|p| {
                    let groups = &dataset.entities[p.entity].groups;
                    (groups.get(g).map_or("", String::as_str), p.mass())
                });
                return heaviest(old);
            }
            String::new()
        })
        .collect()
}

/// The value holding most weight; ties go to the first in text order.
fn heaviest<'a>(values: impl Iterator<Item = (&'a str, f64)>) -> String {
    let mut sums: BTreeMap<&str, f64> = BTreeMap::new();
    for (value, mass) in values {
        *sums.entry(value).or_insert(0.0) += mass;
    }
    let mut best: Option<(&str, f64)> = None;
    for (value, mass) in sums {
        if best.is_none_or(|(_, top)| mass > top) {
            best = Some((value, mass));
        }
    }
    best.map_or_else(String::new, |(value, _)| value.to_owned())
}
