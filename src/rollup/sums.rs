//! The running totals of one commune: compensated sums, so that the order rows arrive in changes
//! a result by far less than a unit in the last place, and the fixed block order makes it none;
//! extremes; and, for medians, the values themselves.

/// A Neumaier (improved Kahan–Babuška) sum: the total and the rounding error it has dropped.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Sum {
    total: f64,
    error: f64,
}

impl Sum {
    pub fn add(&mut self, x: f64) {
        let total = self.total + x;
        self.error += if self.total.abs() >= x.abs() {
            (self.total - total) + x
        } else {
            (x - total) + self.total
        };
        self.total = total;
    }

    /// Add another sum (a later block's) to this one.
    pub fn merge(&mut self, other: &Sum) {
        self.add(other.total);
        self.error += other.error;
    }

    pub fn value(&self) -> f64 {
        self.total + self.error
    }
}

/// What a measure keeps of the rows it reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    /// Σ weight × value and Σ weight (counts, shares, means, sums).
    Sums,
    /// The smallest and the largest value.
    Extremes,
    /// Every value with its weight (medians): memory grows with the rows, not the communes.
    Values,
}

/// One measure's totals in one commune: what its [`Keep`] asks for, and the rows used.
#[derive(Debug, Clone, PartialEq)]
pub struct Totals {
    pub weighted: Sum,
    pub weights: Sum,
    pub rows: u64,
    pub low: f64,
    pub high: f64,
    /// (value, weight) in file order.
    pub values: Vec<(f64, f64)>,
}

impl Default for Totals {
    fn default() -> Totals {
        Totals {
            weighted: Sum::default(),
            weights: Sum::default(),
            rows: 0,
            low: f64::INFINITY,
            high: f64::NEG_INFINITY,
            values: Vec::new(),
        }
    }
}

impl Totals {
    pub fn add(&mut self, keep: Keep, weight: f64, value: f64) {
        match keep {
            Keep::Sums => {
                self.weighted.add(weight * value);
                self.weights.add(weight);
            }
            Keep::Extremes => {
                self.low = self.low.min(value);
                self.high = self.high.max(value);
            }
            Keep::Values => self.values.push((value, weight)),
        }
        self.rows += 1;
    }

    /// Add a later block's totals to these.
    pub fn merge(&mut self, other: Totals) {
        self.weighted.merge(&other.weighted);
        self.weights.merge(&other.weights);
        self.rows += other.rows;
        self.low = self.low.min(other.low);
        self.high = self.high.max(other.high);
        match self.values.is_empty() {
            true => self.values = other.values,
            false => self.values.extend(other.values),
        }
    }

    /// The weighted lower median of the kept values: the smallest value whose cumulative weight,
    /// in value order, reaches half the total weight (for equal weights, the middle value of an
    /// odd count and the lower of the two middle ones of an even count). `None` without values
    /// or when the weights sum to 0. Equal values stay in file order and the weights are added
    /// with compensation in that one order, so the result does not depend on the blocks or
    /// threads, and a tie at exactly half is recognised (twice a sum is exact).
    pub fn median(&mut self) -> Option<f64> {
        self.values.sort_by(|a, b| a.0.total_cmp(&b.0));
        let mut total = Sum::default();
        self.values
            .iter()
            .for_each(|&(_, weight)| total.add(weight));
        let total = total.value();
        if total <= 0.0 {
            return None;
        }
        let mut cumulative = Sum::default();
        self.values.iter().find_map(|&(value, weight)| {
            cumulative.add(weight);
            (2.0 * cumulative.value() >= total).then_some(value)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compensation_keeps_what_naive_summation_loses() {
        let mut sum = Sum::default();
        for x in [1e16, 1.0, -1e16, 1.0] {
            sum.add(x);
        }
        assert_eq!(sum.value(), 2.0);
    }

    #[test]
    fn merging_blocks_matches_one_pass() {
        let values: Vec<f64> = (1..=1000).map(|i| f64::from(i) * 0.1).collect();
        let mut whole = Sum::default();
        values.iter().for_each(|&x| whole.add(x));
        let (mut first, mut second) = (Sum::default(), Sum::default());
        values[..333].iter().for_each(|&x| first.add(x));
        values[333..].iter().for_each(|&x| second.add(x));
        first.merge(&second);
        assert!((first.value() - whole.value()).abs() <= f64::EPSILON * whole.value());
        assert!((whole.value() - 50050.0).abs() < 1e-9);
    }

    fn median_of(pairs: &[(f64, f64)]) -> Option<f64> {
        let mut totals = Totals::default();
        pairs
            .iter()
            .for_each(|&(value, weight)| totals.add(Keep::Values, weight, value));
        totals.median()
    }

    #[test]
    fn the_lower_median_of_equal_weights_is_the_middle_or_the_lower_middle_value() {
        assert_eq!(median_of(&[(3.0, 1.0), (1.0, 1.0), (2.0, 1.0)]), Some(2.0));
        let four = [(4.0, 1.0), (1.0, 1.0), (3.0, 1.0), (2.0, 1.0)];
        assert_eq!(median_of(&four), Some(2.0));
        assert_eq!(median_of(&[(7.0, 2.5)]), Some(7.0));
        assert_eq!(median_of(&[]), None);
    }

    #[test]
    fn weights_move_the_median_and_a_tie_at_half_takes_the_lower_value() {
        // Cumulative weights 1, 2, 10 of a total of 10: half is reached at 30.
        assert_eq!(
            median_of(&[(10.0, 1.0), (20.0, 1.0), (30.0, 8.0)]),
            Some(30.0)
        );
        // Fifty rows of weight 15.51 of a hundred: exactly half at the fiftieth value.
        let rows: Vec<(f64, f64)> = (1..=100).map(|i| (f64::from(i), 15.51)).collect();
        assert_eq!(median_of(&rows), Some(50.0));
        assert_eq!(median_of(&[(1.0, 0.0), (2.0, 0.0)]), None);
    }

    #[test]
    fn merged_blocks_give_the_median_of_the_whole() {
        let pairs: Vec<(f64, f64)> = (0..999)
            .map(|i| (f64::from((i * 37) % 101), 0.5 + f64::from(i % 7) / 3.0))
            .collect();
        let mut first = Totals::default();
        let mut second = Totals::default();
        for (at, &(value, weight)) in pairs.iter().enumerate() {
            let half = if at < 400 { &mut first } else { &mut second };
            half.add(Keep::Values, weight, value);
        }
        first.merge(second);
        assert_eq!(first.rows, 999);
        assert_eq!(first.median(), median_of(&pairs));
    }

    #[test]
    fn extremes_ignore_weights_and_merge() {
        let mut first = Totals::default();
        first.add(Keep::Extremes, 0.0, 5.0);
        first.add(Keep::Extremes, 3.0, -2.0);
        let mut second = Totals::default();
        second.add(Keep::Extremes, 1.0, 9.5);
        first.merge(second);
        assert_eq!((first.low, first.high, first.rows), (-2.0, 9.5, 3));
    }
}
