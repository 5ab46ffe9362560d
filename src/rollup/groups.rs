//! Communes (and periods) in the order the microdata first name them, each with its totals.

use std::collections::HashMap;

use super::sums::Totals;

/// One commune (in one period, when the microdata have the period column) and its totals.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub key: String,
    pub period: Option<String>,
    /// Every row of the group, used by a measure or not.
    pub rows: u64,
    /// Where the group's first row is: the file's index and the line (within the block while a
    /// block is being read).
    pub file: usize,
    pub line: u64,
    /// One per measure, in the rollup's order.
    pub totals: Vec<Totals>,
}

/// The groups of a block or of everything read so far, in first-seen order.
#[derive(Debug, Clone, Default)]
pub struct Groups {
    index: HashMap<Box<str>, usize>,
    pub entries: Vec<Group>,
    /// The last group looked up: microdata usually list a commune's rows together.
    last: Option<usize>,
    lookup: String,
}

impl Groups {
    /// The group of `key` and `period`, made (first seen at `line`) when new.
    pub fn entry(
        &mut self,
        key: &str,
        period: Option<&str>,
        measures: usize,
        file: usize,
        line: u64,
    ) -> &mut Group {
        if let Some(last) = self.last {
            let group = &self.entries[last];
            if group.key == key && group.period.as_deref() == period {
                return &mut self.entries[last];
            }
        }
        self.lookup.clear();
        self.lookup.push_str(key);
        if let Some(period) = period {
            // A unit separator cannot occur in a trimmed cell of a CSV row we accept as text.
            self.lookup.push('\u{1f}');
            self.lookup.push_str(period);
        }
        let at = match self.index.get(self.lookup.as_str()) {
            Some(&at) => at,
            None => {
                self.index
                    .insert(self.lookup.as_str().into(), self.entries.len());
                self.entries.push(Group {
                    key: key.to_owned(),
                    period: period.map(str::to_owned),
                    rows: 0,
                    file,
                    line,
                    totals: vec![Totals::default(); measures],
                });
                self.entries.len() - 1
            }
        };
        self.last = Some(at);
        &mut self.entries[at]
    }

    /// The last group looked up, when its key and period are these bytes.
    pub fn last_is(&self, key: &[u8], period: Option<&[u8]>) -> Option<usize> {
        let at = self.last?;
        let group = &self.entries[at];
        let same_period = match (period, group.period.as_deref()) {
            (None, None) => true,
            (Some(raw), Some(period)) => raw == period.as_bytes(),
            _ => false,
        };
        (same_period && group.key.as_bytes() == key).then_some(at)
    }

    /// Add a later block's groups (lines already made absolute), keeping first-seen order.
    pub fn merge(&mut self, other: Groups) {
        for group in other.entries {
            let line = group.line;
            let file = group.file;
            let entry = self.entry(
                &group.key,
                group.period.as_deref(),
                group.totals.len(),
                file,
                line,
            );
            entry.rows += group.rows;
            for (mine, theirs) in entry.totals.iter_mut().zip(group.totals) {
                mine.merge(theirs);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_keep_first_seen_order_across_merges() {
        let mut first = Groups::default();
        first.entry("b", None, 1, 0, 2).rows += 1;
        first.entry("a", None, 1, 0, 3).rows += 1;
        first.entry("b", None, 1, 0, 4).rows += 1;
        let mut second = Groups::default();
        second.entry("c", None, 1, 0, 10).rows += 1;
        second.entry("a", None, 1, 0, 11).rows += 1;
        first.merge(second);
        let seen: Vec<(&str, u64, u64)> = first
            .entries
            .iter()
            .map(|g| (g.key.as_str(), g.rows, g.line))
            .collect();
        assert_eq!(seen, [("b", 2, 2), ("a", 2, 3), ("c", 1, 10)]);
    }

    #[test]
    fn the_same_key_in_two_periods_is_two_groups() {
        let mut groups = Groups::default();
        groups.entry("a", Some("2024"), 0, 0, 1);
        groups.entry("a", Some("2025"), 0, 0, 2);
        groups.entry("a", Some("2024"), 0, 0, 3);
        assert_eq!(groups.entries.len(), 2);
    }
}
