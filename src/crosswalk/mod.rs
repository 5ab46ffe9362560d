//! Crosswalks: maps from old unit codes to new ones (the 2025 reorganisation), checked on load, and
//! the plan that restates old-unit data on the new units (DESIGN §11).
//!
//! A crosswalk is a CSV file with `old_code,new_code` and, optionally, `share` (the part of the old
//! unit that went to that new unit, 0–1; 1 when absent), `new_name`, `new_kind`, `old_name`,
//! `old_district`, `part` and any other columns. A row with an empty `old_code` and `part` = `none`
//! lists a new unit that has no old unit (the five special zones of 2025 that were island districts
//! without communes). The national 2025 map is built in as [`VN_2025`].
//!
//! Where DESIGN §11 is silent, this module decides:
//! - Without a `share` column every part counts whole: an old unit split between two new units
//!   counts fully in both, and no share-sum warning is given (the national map gives no shares).
//! - Columns other than `old_*`, `old_code`, `share` and `part` describe the new unit; a new unit's
//!   values are taken from its first row.
//! - A new unit's group value for a criteria group column `G` is, in order: the crosswalk's `G`
//!   column, its `new_G` column (`kind` → `new_kind`), and else the value of the old units holding
//!   most of its weight (so `district` becomes the former district).

mod builtin;
mod checks;
pub mod findings;
mod load;
mod plan;
mod weights;

pub use builtin::{VN_2025, VN_2025_NAME, builtin};
pub use load::{Loaded, load_bytes};
pub use plan::{FORMER_DISTRICT, NEW_KIND, Part, Plan, PlanError, PlanUnit, plan};
pub use weights::weights;

use std::collections::BTreeMap;

/// A checked crosswalk.
#[derive(Debug, Clone, PartialEq)]
pub struct Crosswalk {
    /// The file as the user named it, or the built-in map's name.
    pub name: String,
    /// Every old → new pair, in file order.
    pub links: Vec<Link>,
    /// Every new unit, in order of first appearance.
    pub units: Vec<NewUnit>,
    /// Whether the file has a `share` column.
    pub has_share: bool,
}

/// One old → new pair.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub old_code: String,
    pub old_name: String,
    /// The `old_district` column; empty when the crosswalk has none.
    pub old_district: String,
    /// Position in [`Crosswalk::units`].
    pub unit: usize,
    /// The part of the old unit that went to the new unit, 0–1.
    pub share: f64,
    /// The crosswalk line (the header is line 1).
    pub line: u64,
}

/// One new unit.
#[derive(Debug, Clone, PartialEq)]
pub struct NewUnit {
    pub code: String,
    /// `new_name`; empty when the crosswalk has none.
    pub name: String,
    /// The line of its first row.
    pub line: u64,
    /// Listed as having no old unit (`part` = `none`).
    pub no_old_unit: bool,
    /// Its other columns (`new_kind`, …), from its first row.
    pub columns: BTreeMap<String, String>,
}

impl Crosswalk {
    /// The links of an old unit, by code.
    pub fn index_old(&self) -> BTreeMap<&str, Vec<usize>> {
        let mut index: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (k, link) in self.links.iter().enumerate() {
            index.entry(link.old_code.as_str()).or_default().push(k);
        }
        index
    }

    /// The new unit with this code.
    pub fn unit(&self, code: &str) -> Option<&NewUnit> {
        self.units.iter().find(|unit| unit.code == code)
    }
}

/// What a crosswalk holds, in numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    /// Old → new pairs.
    pub links: usize,
    pub old_units: usize,
    pub new_units: usize,
    /// Old units that went to more than one new unit.
    pub split: usize,
    /// New units listed as having no old unit.
    pub without_old_unit: usize,
}

impl Crosswalk {
    pub fn summary(&self) -> Summary {
        let index = self.index_old();
        Summary {
            links: self.links.len(),
            old_units: index.len(),
            new_units: self.units.len(),
            split: index.values().filter(|links| links.len() > 1).count(),
            without_old_unit: self.units.iter().filter(|u| u.no_old_unit).count(),
        }
    }
}

/// Whether a comparison from period `before` to period `after` straddles the reorganisation of
/// 1 July 2025, judged from the periods' leading year and month ("2024", "2025-Q1", "2026-03",
/// "2025-08-01"); a year alone counts as its first half for 2025 only when it is `before`. Periods
/// with no leading year never straddle.
pub fn straddles_2025(before: &str, after: &str) -> bool {
    let before = year_month(before).map(|(y, m)| (y, m.unwrap_or(1)));
    let after = year_month(after).map(|(y, m)| (y, m.unwrap_or(12)));
    match (before, after) {
        (Some(b), Some(a)) => b < (2025, 7) && a >= (2025, 7),
        _ => false,
    }
}

/// The leading year of a period and, when given, its month (a quarter's first month).
fn year_month(period: &str) -> Option<(u32, Option<u32>)> {
    let year: u32 = period.get(..4)?.parse().ok()?;
    let rest = period
        .get(4..)
        .unwrap_or("")
        .trim_start_matches(['-', '/', '.', ' ']);
    let month = if let Some(q) = rest.strip_prefix(['Q', 'q']) {
        q.get(..1)?.parse::<u32>().ok().map(|q| q * 3 - 2)
    } else {
        rest.get(..2)
            .or(rest.get(..1))
            .and_then(|m| m.trim_end_matches(['-', '/']).parse().ok())
    };
    Some((year, month.filter(|m| (1..=12).contains(m))))
}

#[cfg(test)]
mod straddle_tests {
    use super::straddles_2025;

    #[test]
    fn periods_on_both_sides_of_july_2025_straddle() {
        assert!(straddles_2025("2024", "2026"));
        assert!(straddles_2025("2025-Q2", "2025-Q3"));
        assert!(straddles_2025("2025-06", "2025-07"));
        assert!(straddles_2025("2024-12-31", "2025-07-01"));
    }

    #[test]
    fn periods_on_one_side_do_not() {
        assert!(!straddles_2025("2023", "2024"));
        assert!(!straddles_2025("2026", "2027"));
        assert!(!straddles_2025("2025-Q3", "2025-Q4"));
        assert!(!straddles_2025("2025-08", "2026-01"));
        assert!(!straddles_2025("wave 1", "wave 2"));
        assert!(!straddles_2025("2024", "latest"));
    }
}

#[cfg(test)]
mod tests;
