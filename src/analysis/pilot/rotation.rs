//! Serving spread values in turn without rescans: each value keeps a cursor into its own communes
//! (in priority order), and a priority queue orders the values by (picks so far, position of their
//! next commune). Taking the next commune costs O(log v) for v values.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

use crate::analysis::names::fold;
use crate::score::Assessment;

/// Each commune's value of one group column as a small number (equal after folding = equal).
#[derive(Debug, Clone)]
pub(super) struct Keys {
    of: Vec<usize>,
    count: usize,
}

impl Keys {
    /// The values of `column` for every commune; without a column every commune shares value 0.
    pub fn new(assessment: &Assessment, column: Option<usize>) -> Keys {
        let n = assessment.entities.len();
        let Some(g) = column else {
            return Keys {
                of: vec![0; n],
                count: usize::from(n > 0),
            };
        };
        let mut ids: HashMap<String, usize> = HashMap::new();
        let of = assessment
            .entities
            .iter()
            .map(|entity| {
                let key = fold(entity.groups.get(g).map_or("", String::as_str));
                let next = ids.len();
                *ids.entry(key).or_insert(next)
            })
            .collect();
        Keys {
            of,
            count: ids.len(),
        }
    }

    pub fn of(&self, e: usize) -> usize {
        self.of[e]
    }

    pub fn count(&self) -> usize {
        self.count
    }
}

/// Per value, its communes in priority order and a cursor past those already taken.
pub(super) struct Queues {
    lists: Vec<Vec<usize>>,
    cursor: Vec<usize>,
}

impl Queues {
    /// `order` lists communes (entity positions) in priority order.
    pub fn new(keys: &Keys, order: &[usize]) -> Queues {
        let mut lists = vec![Vec::new(); keys.count()];
        for &e in order {
            lists[keys.of(e)].push(e);
        }
        Queues {
            cursor: vec![0; lists.len()],
            lists,
        }
    }

    /// The next commune of `value` for which `taken` is false, skipping the taken ones for good.
    pub fn head(&mut self, value: usize, taken: impl Fn(usize) -> bool) -> Option<usize> {
        let list = &self.lists[value];
        let cursor = &mut self.cursor[value];
        while *cursor < list.len() && taken(list[*cursor]) {
            *cursor += 1;
        }
        list.get(*cursor).copied()
    }

    /// Every commune of `value`, in priority order.
    pub fn list(&self, value: usize) -> &[usize] {
        &self.lists[value]
    }

    pub fn values(&self) -> usize {
        self.lists.len()
    }
}

/// The queue of values by (count, position in priority order of the next commune, value).
pub(super) struct Turns {
    heap: BinaryHeap<Reverse<(usize, usize, usize)>>,
}

impl Turns {
    pub fn new() -> Turns {
        Turns {
            heap: BinaryHeap::new(),
        }
    }

    pub fn push(&mut self, count: usize, position: usize, value: usize) {
        self.heap.push(Reverse((count, position, value)));
    }

    /// The value with the fewest picks, its next commune first in priority order.
    pub fn pop(&mut self) -> Option<(usize, usize, usize)> {
        self.heap.pop().map(|Reverse(turn)| turn)
    }

    pub fn drain(&mut self) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
        self.heap.drain().map(|Reverse(turn)| turn)
    }
}
