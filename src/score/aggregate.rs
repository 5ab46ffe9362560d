//! Aggregation: a node's score and coverage from its children's.

use crate::criteria::{Aggregate, MissingPolicy};

use super::assessment::{Method, Treatment};

/// Coverage within this much of `min_coverage` passes: weights like 0.1 × 7 add up to
/// 0.7000000000000001 or 0.6999999999999999 depending on order, and a commune must not lose its
/// score to that.
pub const COVERAGE_TOLERANCE: f64 = 1e-9;

/// A weighted mean being built, arithmetic or geometric, over the children that have a score.
/// The kind is chosen once per node ([`combine`] dispatches on it), not once per child.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Mean {
    aggregate: Aggregate,
    weight: f64,
    /// Σ w·s (arithmetic) or Σ w·ln max(s, 1) (geometric).
    sum: f64,
    low: f64,
    high: f64,
}

/// How one kind of mean turns a child's score into the term it sums, and the sum back.
trait Kind {
    fn term(score: f64) -> f64;
    fn summand(term: f64) -> f64;
    fn mean(average: f64) -> f64;
}

struct Arithmetic;
struct Geometric;

impl Kind for Arithmetic {
    fn term(score: f64) -> f64 {
        score
    }
    fn summand(term: f64) -> f64 {
        term
    }
    fn mean(average: f64) -> f64 {
        average
    }
}

impl Kind for Geometric {
    fn term(score: f64) -> f64 {
        score.max(1.0)
    }
    fn summand(term: f64) -> f64 {
        term.ln()
    }
    fn mean(average: f64) -> f64 {
        average.exp()
    }
}

impl Mean {
    pub fn new(aggregate: Aggregate) -> Mean {
        Mean {
            aggregate,
            weight: 0.0,
            sum: 0.0,
            low: f64::INFINITY,
            high: f64::NEG_INFINITY,
        }
    }

    pub fn add(&mut self, weight: f64, score: f64) {
        match self.aggregate {
            Aggregate::Arithmetic => self.add_as::<Arithmetic>(weight, score),
            Aggregate::Geometric => self.add_as::<Geometric>(weight, score),
        }
    }

    fn add_as<K: Kind>(&mut self, weight: f64, score: f64) {
        let term = K::term(score);
        self.weight += weight;
        self.sum += weight * K::summand(term);
        self.low = self.low.min(term);
        self.high = self.high.max(term);
    }

    /// The mean with weights renormalised over the children added; `None` when there were none.
    /// A weighted mean lies between its smallest and largest term; clamping to them removes the
    /// last-bit rounding that could otherwise put a node of all-100 children at 100.00000000000001.
    pub fn finish(&self) -> Option<f64> {
        match self.aggregate {
            Aggregate::Arithmetic => self.finish_as::<Arithmetic>(),
            Aggregate::Geometric => self.finish_as::<Geometric>(),
        }
    }

    fn finish_as<K: Kind>(&self) -> Option<f64> {
        if self.weight <= 0.0 {
            return None;
        }
        Some(K::mean(self.sum / self.weight).clamp(self.low, self.high))
    }
}

/// One child as its parent sees it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Child {
    pub weight: f64,
    pub score: Option<f64>,
    pub coverage: f64,
    /// A pillar or group (its parent's policy decides for it when it is missing), not an indicator
    /// (its own policy has already decided).
    pub is_node: bool,
}

/// A node's score and coverage. `treat(k, treatment)` is told about each missing child node `k`.
pub(crate) fn combine(
    method: Method,
    children: impl Iterator<Item = Child>,
    treat: impl FnMut(usize, Treatment),
) -> (Option<f64>, f64) {
    match method.aggregate {
        Aggregate::Arithmetic => combine_as::<Arithmetic>(method, children, treat),
        Aggregate::Geometric => combine_as::<Geometric>(method, children, treat),
    }
}

fn combine_as<K: Kind>(
    method: Method,
    children: impl Iterator<Item = Child>,
    mut treat: impl FnMut(usize, Treatment),
) -> (Option<f64>, f64) {
    let zero = method.missing == MissingPolicy::Zero;
    let mut mean = Mean::new(method.aggregate);
    let mut coverage = 0.0;
    for (k, child) in children.enumerate() {
        coverage += child.weight * child.coverage;
        match child.score {
            Some(score) => mean.add_as::<K>(child.weight, score),
            None if child.is_node && zero => {
                mean.add_as::<K>(child.weight, 0.0);
                treat(k, Treatment::Zeroed);
            }
            None if child.is_node => treat(k, Treatment::Dropped),
            None => {}
        }
    }
    let covered = zero || coverage >= method.min_coverage - COVERAGE_TOLERANCE;
    (mean.finish_as::<K>().filter(|_| covered), coverage)
}

/// How far an [`Sums::estimate`] may be from what [`combine`] gives for the same children, in
/// score points (scores lie in 0–100). Both round each of a node's n children's terms once (about
/// n × 1e-16 relative); a change estimated from the sums adds a few roundings more, and each level
/// up adds at most its child's error. 1e-6 holds for nodes of millions of children, far above
/// any real tree, and is still far below a tenth of a point.
pub const ESTIMATE_ERROR: f64 = 1e-6;

/// What [`combine`] sums over a node's children, kept so that the effect of changing one child
/// can be estimated without visiting the others (a path's greedy step tries every indicator).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Sums {
    /// Σ w over the children in the mean.
    weight: f64,
    /// Σ w·s (arithmetic) or Σ w·ln max(s, 1) (geometric).
    sum: f64,
    /// Σ w·coverage over every child.
    coverage: f64,
}

impl Sums {
    /// The sums [`combine`] builds over `children`.
    pub fn of(method: Method, children: impl Iterator<Item = Child>) -> Sums {
        children.fold(Sums::default(), |sums, child| sums.plus(method, child, 1.0))
    }

    /// The sums with child `old` replaced by `new` (the same child, changed).
    pub fn replace(self, method: Method, old: Child, new: Child) -> Sums {
        self.plus(method, old, -1.0).plus(method, new, 1.0)
    }

    /// `sign` × the child's part added, as [`combine`] takes it in (a missing child node counts 0
    /// under `zero` and nothing otherwise; a missing indicator counts nothing).
    fn plus(self, method: Method, child: Child, sign: f64) -> Sums {
        let score = match child.score {
            Some(score) => Some(score),
            None if child.is_node && method.missing == MissingPolicy::Zero => Some(0.0),
            None => None,
        };
        let (weight, sum) = score.map_or((0.0, 0.0), |score| {
            let summand = match method.aggregate {
                Aggregate::Arithmetic => Arithmetic::summand(Arithmetic::term(score)),
                Aggregate::Geometric => Geometric::summand(Geometric::term(score)),
            };
            (child.weight, child.weight * summand)
        });
        Sums {
            weight: self.weight + sign * weight,
            sum: self.sum + sign * sum,
            coverage: self.coverage + sign * child.weight * child.coverage,
        }
    }

    /// The node's score and coverage from the sums, within [`ESTIMATE_ERROR`] of what [`combine`]
    /// gives; `None` when the sums cannot tell: coverage within the error of `min_coverage` (the
    /// node could be scored or not) or next to no weight in the mean (it could be empty).
    pub fn estimate(self, method: Method) -> Option<(Option<f64>, f64)> {
        // Dispatched once, as `combine` does: a `match` on the kind around the mean alone lets
        // the compiler work out `exp` for arithmetic means too, and throw it away.
        match method.aggregate {
            Aggregate::Arithmetic => self.estimate_as::<Arithmetic>(method),
            Aggregate::Geometric => self.estimate_as::<Geometric>(method),
        }
    }

    fn estimate_as<K: Kind>(self, method: Method) -> Option<(Option<f64>, f64)> {
        let threshold = method.min_coverage - COVERAGE_TOLERANCE;
        let zero = method.missing == MissingPolicy::Zero;
        if !zero && method.min_coverage > 0.0 && (self.coverage - threshold).abs() <= ESTIMATE_ERROR
        {
            return None;
        }
        if self.weight.abs() <= ESTIMATE_ERROR {
            return None;
        }
        let covered = zero || self.coverage >= threshold;
        let mean = K::mean(self.sum / self.weight);
        Some((Some(mean).filter(|_| covered), self.coverage))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::testkit::close;

    fn method(aggregate: Aggregate, missing: MissingPolicy, min_coverage: f64) -> Method {
        Method {
            aggregate,
            missing,
            min_coverage,
        }
    }

    fn indicator(weight: f64, score: Option<f64>) -> Child {
        Child {
            weight,
            score,
            coverage: if score.is_some() { 1.0 } else { 0.0 },
            is_node: false,
        }
    }

    fn run(method: Method, children: &[Child]) -> (Option<f64>, f64, Vec<(usize, Treatment)>) {
        let mut treated = Vec::new();
        let (score, coverage) = combine(method, children.iter().copied(), |k, t| {
            treated.push((k, t));
        });
        (score, coverage, treated)
    }

    #[test]
    fn arithmetic_is_the_weighted_mean() {
        let m = method(Aggregate::Arithmetic, MissingPolicy::Renormalize, 0.0);
        let (score, coverage, _) = run(
            m,
            &[indicator(0.75, Some(80.0)), indicator(0.25, Some(40.0))],
        );
        assert!(close(score.unwrap(), 70.0));
        assert!(close(coverage, 1.0));
    }

    #[test]
    fn renormalize_drops_missing_children_and_reweights_the_rest() {
        let m = method(Aggregate::Arithmetic, MissingPolicy::Renormalize, 0.0);
        let children = [
            indicator(0.5, Some(80.0)),
            indicator(0.25, None),
            indicator(0.25, Some(20.0)),
        ];
        let (score, coverage, _) = run(m, &children);
        assert!(close(score.unwrap(), (0.5 * 80.0 + 0.25 * 20.0) / 0.75));
        assert!(close(coverage, 0.75));
    }

    #[test]
    fn geometric_floors_scores_at_1_so_a_zero_does_not_erase_the_node() {
        let m = method(Aggregate::Geometric, MissingPolicy::Renormalize, 0.0);
        let (score, _, _) = run(m, &[indicator(0.5, Some(0.0)), indicator(0.5, Some(100.0))]);
        assert!(close(score.unwrap(), 10.0)); // √(1 · 100)
        let (score, _, _) = run(
            m,
            &[indicator(0.25, Some(16.0)), indicator(0.75, Some(81.0))],
        );
        assert!(close(score.unwrap(), 16f64.powf(0.25) * 81f64.powf(0.75)));
    }

    #[test]
    fn geometric_renormalises_over_the_children_used() {
        let m = method(Aggregate::Geometric, MissingPolicy::Renormalize, 0.0);
        let children = [
            indicator(0.2, Some(4.0)),
            indicator(0.6, None),
            indicator(0.2, Some(64.0)),
        ];
        let (score, _, _) = run(m, &children);
        assert!(close(score.unwrap(), 16.0)); // √(4 · 64)
    }

    #[test]
    fn means_of_equal_scores_stay_exactly_on_them() {
        let third = 1.0 / 3.0;
        for aggregate in [Aggregate::Arithmetic, Aggregate::Geometric] {
            let m = method(aggregate, MissingPolicy::Renormalize, 0.0);
            let children = [indicator(third, Some(100.0)); 3];
            assert_eq!(run(m, &children).0, Some(100.0));
        }
    }

    #[test]
    fn min_coverage_is_met_at_the_boundary_and_missed_below_it() {
        let m = method(Aggregate::Arithmetic, MissingPolicy::Renormalize, 0.7);
        let tenth = |score| indicator(0.1, score);
        let mut children: Vec<Child> = (0..7).map(|_| tenth(Some(50.0))).collect();
        children.extend((0..3).map(|_| tenth(None)));
        let (score, coverage, _) = run(m, &children);
        assert!(close(coverage, 0.7));
        assert_eq!(score, Some(50.0));
        children[6] = tenth(None);
        assert_eq!(run(m, &children).0, None);
        let impute = method(Aggregate::Arithmetic, MissingPolicy::Impute, 0.7);
        assert_eq!(run(impute, &children).0, None);
    }

    #[test]
    fn coverage_counts_data_not_imputed_scores() {
        let m = method(Aggregate::Arithmetic, MissingPolicy::Impute, 0.6);
        let imputed = Child {
            coverage: 0.0,
            ..indicator(0.5, Some(70.0))
        };
        let (score, coverage, _) = run(m, &[indicator(0.5, Some(50.0)), imputed]);
        assert!(close(coverage, 0.5));
        assert_eq!(score, None);
    }

    #[test]
    fn under_zero_a_node_is_always_scored() {
        let m = method(Aggregate::Arithmetic, MissingPolicy::Zero, 0.9);
        // The indicators' own policy already turned the gap into 0 (coverage 0).
        let zeroed = Child {
            coverage: 0.0,
            ..indicator(0.5, Some(0.0))
        };
        let (score, coverage, _) = run(m, &[indicator(0.5, Some(80.0)), zeroed]);
        assert!(close(score.unwrap(), 40.0));
        assert!(close(coverage, 0.5));
    }

    #[test]
    fn a_missing_child_node_counts_0_under_zero_and_is_dropped_otherwise() {
        let missing_node = Child {
            is_node: true,
            ..indicator(0.5, None)
        };
        let children = [indicator(0.5, Some(80.0)), missing_node];
        let zero = method(Aggregate::Arithmetic, MissingPolicy::Zero, 0.0);
        let (score, _, treated) = run(zero, &children);
        assert!(close(score.unwrap(), 40.0));
        assert_eq!(treated, vec![(1, Treatment::Zeroed)]);
        let renormalize = method(Aggregate::Arithmetic, MissingPolicy::Renormalize, 0.0);
        let (score, _, treated) = run(renormalize, &children);
        assert!(close(score.unwrap(), 80.0));
        assert_eq!(treated, vec![(1, Treatment::Dropped)]);
    }

    #[test]
    fn a_node_without_any_scored_child_is_missing() {
        let m = method(Aggregate::Arithmetic, MissingPolicy::Renormalize, 0.0);
        assert_eq!(run(m, &[indicator(1.0, None)]).0, None);
        assert_eq!(run(m, &[]).0, None);
    }
}
