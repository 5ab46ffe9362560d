//! One commune through the tree: indicator scores with missing values treated, then every node
//! bottom-up, then the index.

use super::aggregate::{Child, combine};
use super::assessment::{Method, NodeKind, QualityNote, Scores, Treatment};
use super::missing::{Donors, fill};
use super::tree::Tree;

/// A value or node treated for missing data, as the assessment keeps it, except that `entity`
/// is still the commune's position in the period (made the dataset's once the notes are in
/// commune-id order).
pub(crate) type Note = QualityNote;

/// Scores communes one after another, reusing its buffers.
pub(crate) struct Evaluator<'a> {
    tree: &'a Tree,
    /// `columns[i][k]`: indicator `i`'s score for commune `k` of the period, before treatment.
    columns: &'a [Scores],
    donors: &'a Donors,
    /// `coverage[i][k]`: indicator `i`'s coverage for commune `k` when it has a score; 1 when `None`.
    coverage: Option<&'a [Vec<f64>]>,
    pub scores: Vec<Option<f64>>,
    pub coverages: Vec<f64>,
}

impl<'a> Evaluator<'a> {
    pub fn new(tree: &'a Tree, columns: &'a [Scores], donors: &'a Donors) -> Self {
        Evaluator {
            tree,
            columns,
            donors,
            coverage: None,
            scores: vec![None; tree.nodes.len()],
            coverages: vec![0.0; tree.nodes.len()],
        }
    }

    /// Use these indicator coverages instead of 1 for every value (restated units).
    pub fn with_coverage(mut self, coverage: Option<&'a [Vec<f64>]>) -> Self {
        self.coverage = coverage;
        self
    }

    /// Score commune `k` of first group code `group` (imputation donors), leaving node scores
    /// and coverages in `scores` and `coverages`; returns the index and its coverage.
    pub fn run(
        &mut self,
        k: usize,
        group: Option<usize>,
        notes: &mut Vec<Note>,
    ) -> (Option<f64>, f64) {
        // Pre-order puts children after their parent, so walking backwards meets them first.
        for n in (0..self.tree.nodes.len()).rev() {
            let (score, coverage) = match self.tree.nodes[n].indicator {
                Some(i) => self.leaf(n, i, k, group, notes),
                None => self.branch(n, k, notes),
            };
            self.scores[n] = score;
            self.coverages[n] = coverage;
        }
        let index = self.tree.index;
        self.combine(index, &self.tree.pillars, k, notes)
    }

    fn leaf(
        &self,
        n: usize,
        i: usize,
        k: usize,
        group: Option<usize>,
        notes: &mut Vec<Note>,
    ) -> (Option<f64>, f64) {
        if let Some(score) = self.columns[i].get(k) {
            let coverage = self.coverage.map_or(1.0, |c| c[i][k]);
            return (Some(score), coverage);
        }
        let policy = self.tree.nodes[n].missing;
        let (score, treatment) = fill(policy, self.donors, i, group);
        notes.push(self.note(k, n, treatment));
        (score, 0.0)
    }

    fn branch(&self, n: usize, k: usize, notes: &mut Vec<Note>) -> (Option<f64>, f64) {
        let node = &self.tree.nodes[n];
        let method = Method {
            aggregate: node.aggregate.unwrap_or_default(),
            missing: node.missing,
            min_coverage: node.min_coverage.unwrap_or(0.0),
        };
        self.combine(method, &node.children, k, notes)
    }

    fn combine(
        &self,
        method: Method,
        children: &[usize],
        k: usize,
        notes: &mut Vec<Note>,
    ) -> (Option<f64>, f64) {
        let nodes = &self.tree.nodes;
        let view = children.iter().map(|&c| Child {
            weight: nodes[c].weight,
            score: self.scores[c],
            coverage: self.coverages[c],
            is_node: nodes[c].kind != NodeKind::Indicator,
        });
        combine(method, view, |j, treatment| {
            notes.push(self.note(k, children[j], treatment));
        })
    }

    fn note(&self, k: usize, n: usize, treatment: Treatment) -> Note {
        QualityNote {
            entity: k,
            node: n,
            kind: self.tree.nodes[n].kind,
            treatment,
        }
    }
}
