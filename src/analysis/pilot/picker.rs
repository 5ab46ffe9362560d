//! The picking itself: cover values first, then the best candidates, spread values in turn.

use super::Why;
use crate::analysis::names::fold;
use crate::score::Assessment;

pub(super) struct Picker<'a> {
    pub assessment: &'a Assessment,
    pub candidates: &'a [usize],
    pub spread: Option<usize>,
    pub picks: Vec<(usize, Why)>,
    pub notes: Vec<String>,
}

impl Picker<'_> {
    fn key(&self, e: usize, column: usize) -> String {
        fold(
            self.assessment.entities[e]
                .groups
                .get(column)
                .map_or("", String::as_str),
        )
    }

    fn picked(&self, e: usize) -> bool {
        self.picks.iter().any(|&(p, _)| p == e)
    }

    /// How many picks share `e`'s spread value (0 without a spread column).
    fn spread_count(&self, e: usize) -> usize {
        self.spread.map_or(0, |g| {
            self.picks
                .iter()
                .filter(|&&(p, _)| self.key(p, g) == self.key(e, g))
                .count()
        })
    }

    pub fn cover(&mut self, column: usize, count: usize) {
        let mut values: Vec<(String, usize)> = Vec::new();
        for &e in self.candidates {
            let key = self.key(e, column);
            if !values.iter().any(|(k, _)| *k == key) {
                values.push((key, e));
            }
        }
        let mut left_out = Vec::new();
        for (key, best) in values {
            if self.picks.len() >= count {
                left_out.push(self.assessment.entities[best].groups[column].clone());
                continue;
            }
            let of_value = |e: &&usize| self.key(**e, column) == key && !self.picked(**e);
            let free = self
                .candidates
                .iter()
                .filter(of_value)
                .find(|&&e| self.spread_count(e) == 0);
            let choice = free.copied().unwrap_or(best);
            self.picks.push((
                choice,
                Why::Cover {
                    best: choice == best,
                },
            ));
        }
        if !left_out.is_empty() {
            self.notes.push(format!(
                "{count} pilots cannot cover every {}: {} left out",
                self.assessment.group_columns[column],
                left_out.join(", ")
            ));
        }
        self.note_uncovered(column);
    }

    /// Cover values that some commune has but no candidate does.
    fn note_uncovered(&mut self, column: usize) {
        let mut missing: Vec<String> = Vec::new();
        for (e, entity) in self.assessment.entities.iter().enumerate() {
            let key = self.key(e, column);
            let has_candidate = self.candidates.iter().any(|&c| self.key(c, column) == key);
            let value = &entity.groups[column];
            if !has_candidate && !missing.iter().any(|m| fold(m) == key) {
                missing.push(value.clone());
            }
        }
        for value in missing {
            self.notes.push(format!(
                "no commune of {} {value} passes the gates, so none is picked",
                self.assessment.group_columns[column]
            ));
        }
    }

    pub fn fill(&mut self, count: usize) {
        while self.picks.len() < count {
            let remaining: Vec<usize> = self
                .candidates
                .iter()
                .copied()
                .filter(|&e| !self.picked(e))
                .collect();
            let Some(fewest) = remaining.iter().map(|&e| self.spread_count(e)).min() else {
                return;
            };
            if let Some(&next) = remaining.iter().find(|&&e| self.spread_count(e) == fewest) {
                self.picks.push((next, Why::Next));
            }
        }
    }
}
