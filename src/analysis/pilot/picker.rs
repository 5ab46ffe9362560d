//! The picking itself: cover values first, then the candidates in priority order, spread values in
//! turn. Per-value cursors and a priority queue keep it O(n log n) in communes.

use super::Note;
use super::rotation::{Keys, Queues, Turns};
use crate::score::Assessment;

/// How a commune came to be picked.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Why {
    /// The first candidate of its cover value; `false` when a better one sat in a picked district.
    Cover { best: bool },
    /// The next candidate in priority order (from the least-picked spread value).
    Next,
}

pub(super) struct Picker<'a> {
    assessment: &'a Assessment,
    /// Candidates in priority order.
    candidates: &'a [usize],
    /// Spread values (all 0 without a spread column).
    spread: &'a Keys,
    has_spread: bool,
    pub picks: Vec<(usize, Why)>,
    pub notes: Vec<Note>,
    picked: Vec<bool>,
    /// Picks per spread value.
    counts: Vec<usize>,
}

impl<'a> Picker<'a> {
    pub fn new(
        assessment: &'a Assessment,
        candidates: &'a [usize],
        spread: &'a Keys,
        has_spread: bool,
    ) -> Picker<'a> {
        Picker {
            assessment,
            candidates,
            spread,
            has_spread,
            picks: Vec::new(),
            notes: Vec::new(),
            picked: vec![false; assessment.entities.len()],
            counts: vec![0; spread.count()],
        }
    }

    fn push(&mut self, e: usize, why: Why) {
        self.picked[e] = true;
        self.counts[self.spread.of(e)] += 1;
        self.picks.push((e, why));
    }

    /// The first candidate of each value of `column`, preferring one from an unpicked spread value.
    pub fn cover(&mut self, column: usize, count: usize) {
        let keys = Keys::new(self.assessment, Some(column));
        let queues = Queues::new(&keys, self.candidates);
        let mut seen = vec![false; keys.count()];
        let mut left_out = Vec::new();
        for &best in self.candidates {
            let value = keys.of(best);
            if std::mem::replace(&mut seen[value], true) {
                continue;
            }
            if self.picks.len() >= count {
                left_out.push(self.group(best, column));
                continue;
            }
            let choice = if self.has_spread {
                queues
                    .list(value)
                    .iter()
                    .copied()
                    .find(|&e| self.counts[self.spread.of(e)] == 0)
                    .unwrap_or(best)
            } else {
                best
            };
            self.push(
                choice,
                Why::Cover {
                    best: choice == best,
                },
            );
        }
        if !left_out.is_empty() {
            self.notes.push(Note::CannotCover {
                column: self.assessment.group_columns[column].clone(),
                count,
                left_out,
            });
        }
        self.note_uncovered(column, &keys, &seen);
    }

    fn group(&self, e: usize, column: usize) -> String {
        self.assessment.entities[e]
            .groups
            .get(column)
            .cloned()
            .unwrap_or_default()
    }

    /// Cover values that some commune has but no candidate does, in rank order of their first commune.
    fn note_uncovered(&mut self, column: usize, keys: &Keys, has_candidate: &[bool]) {
        let mut noted = has_candidate.to_vec();
        for e in 0..self.assessment.entities.len() {
            let value = keys.of(e);
            if !std::mem::replace(&mut noted[value], true) {
                self.notes.push(Note::Uncovered {
                    column: self.assessment.group_columns[column].clone(),
                    value: self.group(e, column),
                });
            }
        }
    }

    /// Picks up to `count` in priority order, always from a spread value with the fewest picks.
    pub fn fill(&mut self, count: usize) {
        let mut position = vec![usize::MAX; self.assessment.entities.len()];
        for (p, &e) in self.candidates.iter().enumerate() {
            position[e] = p;
        }
        let mut queues = Queues::new(self.spread, self.candidates);
        let mut turns = Turns::new();
        for value in 0..queues.values() {
            if let Some(head) = queues.head(value, |e| self.picked[e]) {
                turns.push(self.counts[value], position[head], value);
            }
        }
        while self.picks.len() < count {
            let Some((_, p, value)) = turns.pop() else {
                return;
            };
            let e = self.candidates[p];
            self.push(e, Why::Next);
            if let Some(head) = queues.head(value, |e| self.picked[e]) {
                turns.push(self.counts[value], position[head], value);
            }
        }
    }
}
