//! The checks that need the whole crosswalk: each new unit's parts and each old unit's shares.
//! They return (line, message) pairs; the loader places them in the share column.

use std::collections::BTreeMap;

use super::{Link, NewUnit};
use crate::diagnostics::Message;
use crate::diagnostics::cut;

/// Shares of one old unit that sum to 1 within this much pass.
pub const SHARE_TOLERANCE: f64 = 1e-6;

/// New units that have old units but get no part of any (every share 0), unless they are listed
/// as having none.
pub fn units_without_old_unit(units: &[NewUnit], links: &[Link]) -> Vec<(u64, Message)> {
    let mut parts = vec![(0usize, 0.0f64); units.len()];
    for link in links {
        parts[link.unit].0 += 1;
        parts[link.unit].1 += link.share;
    }
    units
        .iter()
        .zip(&parts)
        .filter(|&(unit, &(count, share))| count > 0 && share <= 0.0 && !unit.no_old_unit)
        .map(|(unit, _)| {
            let message = Message::new("crosswalk-no-part").with("unit", cut(&unit.code));
            (unit.line, message)
        })
        .collect()
}

/// Old units whose shares do not sum to 1, at the line of their first row.
pub fn share_sums(links: &[Link]) -> Vec<(u64, Message)> {
    let mut sums: BTreeMap<&str, (u64, f64)> = BTreeMap::new();
    for link in links {
        let entry = sums.entry(&link.old_code).or_insert((link.line, 0.0));
        entry.1 += link.share;
    }
    sums.into_iter()
        .filter(|(_, (_, sum))| (sum - 1.0).abs() > SHARE_TOLERANCE)
        .map(|(old, (line, sum))| {
            let message = Message::new("crosswalk-share-sum")
                .with("unit", cut(old))
                .with("sum", sum.to_string());
            (line, message)
        })
        .collect()
}
