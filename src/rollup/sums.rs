//! The running totals of one commune: compensated sums, so that the order rows arrive in changes
//! a result by far less than a unit in the last place, and the fixed block order makes it none.

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

/// One measure's totals in one commune: Σ weight × value, Σ weight, and the rows used.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Totals {
    pub weighted: Sum,
    pub weights: Sum,
    pub rows: u64,
}

impl Totals {
    pub fn add(&mut self, weight: f64, value: f64) {
        self.weighted.add(weight * value);
        self.weights.add(weight);
        self.rows += 1;
    }

    pub fn merge(&mut self, other: &Totals) {
        self.weighted.merge(&other.weighted);
        self.weights.merge(&other.weights);
        self.rows += other.rows;
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
}
