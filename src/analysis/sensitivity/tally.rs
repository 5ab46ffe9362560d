//! Per-commune tallies over replications, in memory bounded by the spread of the values rather
//! than by the number of replications: a histogram over the window of values seen so far.

/// Counts of small integers (ranks, or scores in hundredths) over the window seen so far.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Histogram {
    low: u32,
    counts: Vec<u32>,
    total: u32,
}

impl Histogram {
    pub fn add(&mut self, value: u32) {
        if self.counts.is_empty() {
            self.low = value;
        } else if value < self.low {
            let grow = (self.low - value) as usize;
            self.counts.splice(0..0, std::iter::repeat_n(0, grow));
            self.low = value;
        }
        let at = (value - self.low) as usize;
        if at >= self.counts.len() {
            self.counts.resize(at + 1, 0);
        }
        self.counts[at] += 1;
        self.total += 1;
    }

    pub fn total(&self) -> u32 {
        self.total
    }

    /// The nearest-rank quantile: the smallest value with at least `q` of the counts at or below
    /// it. `None` when empty.
    pub fn quantile(&self, q: f64) -> Option<u32> {
        if self.total == 0 {
            return None;
        }
        let wanted = ((q * f64::from(self.total)).ceil() as u32).clamp(1, self.total);
        let mut seen = 0;
        for (k, &count) in self.counts.iter().enumerate() {
            seen += count;
            if seen >= wanted {
                return Some(self.low + k as u32);
            }
        }
        None
    }
}

/// Scores are tallied in hundredths of a point.
pub const SCORE_BINS_PER_POINT: f64 = 100.0;

/// One commune over the replications.
#[derive(Debug, Clone, Default)]
pub struct Tally {
    pub ranks: Histogram,
    pub scores: Histogram,
    /// The first score seen, and Σ (score − it) in replication order: the mean does not depend on
    /// threads, and a score that never changes is its own mean exactly.
    pub score_base: f64,
    pub score_sum: f64,
    pub score_min: f64,
    pub score_max: f64,
    pub in_top: u32,
}

impl Tally {
    pub fn add(&mut self, rank: u32, score: f64, top: u32) {
        if rank > 0 {
            self.ranks.add(rank);
            if rank <= top {
                self.in_top += 1;
            }
        }
        if !score.is_nan() {
            if self.scores.total() == 0 {
                self.score_min = score;
                self.score_max = score;
                self.score_base = score;
            }
            self.score_min = self.score_min.min(score);
            self.score_max = self.score_max.max(score);
            let bin = (score * SCORE_BINS_PER_POINT).floor().clamp(0.0, 1e7) as u32;
            self.scores.add(bin);
            self.score_sum += score - self.score_base;
        }
    }

    /// The mean score; `None` when never scored.
    pub fn score_mean(&self) -> Option<f64> {
        let count = self.scores.total();
        (count > 0).then(|| self.score_base + self.score_sum / f64::from(count))
    }

    /// The `q` quantile of the score, to a hundredth of a point: the bin's lower edge for a low
    /// quantile and its upper edge for a high one (so that the interval holds the exact one),
    /// never beyond the scores seen.
    pub fn score_quantile(&self, q: f64, upper: bool) -> Option<f64> {
        let bin = f64::from(self.scores.quantile(q)?);
        if upper {
            Some(((bin + 1.0) / SCORE_BINS_PER_POINT).min(self.score_max))
        } else {
            Some((bin / SCORE_BINS_PER_POINT).max(self.score_min))
        }
    }
}

/// Rank correlations are tallied in steps of 1e-4.
const CORRELATION_BINS: f64 = 1e4;

/// The replications' rank correlations: their mean, lowest and 5 % quantile, without keeping one
/// value per replication.
#[derive(Debug, Clone, Default)]
pub struct Correlations {
    bins: Histogram,
    sum: f64,
    min: f64,
}

impl Correlations {
    pub fn add(&mut self, value: Option<f64>) {
        let Some(value) = value else { return };
        self.min = if self.bins.total() == 0 {
            value
        } else {
            self.min.min(value)
        };
        self.sum += value;
        self.bins
            .add(((value + 1.0) * CORRELATION_BINS).floor().clamp(0.0, 3e4) as u32);
    }

    /// `(mean, min, 5 % quantile to 1e-4, never below the minimum)`; `None` without any value.
    pub fn summary(&self) -> Option<(f64, f64, f64)> {
        let count = self.bins.total();
        let bin = f64::from(self.bins.quantile(0.05)?);
        let low = (bin / CORRELATION_BINS - 1.0).max(self.min);
        Some((self.sum / f64::from(count), self.min, low))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantiles_are_nearest_rank_and_the_window_grows_both_ways() {
        let mut h = Histogram::default();
        for v in [10, 12, 8, 10, 30] {
            h.add(v);
        }
        assert_eq!(h.total(), 5);
        assert_eq!(h.quantile(0.05), Some(8));
        assert_eq!(h.quantile(0.5), Some(10));
        assert_eq!(h.quantile(0.95), Some(30));
        assert_eq!(Histogram::default().quantile(0.5), None);
    }

    #[test]
    fn a_constant_score_has_itself_as_its_interval() {
        let mut t = Tally::default();
        for _ in 0..3 {
            t.add(2, 53.123, 3);
        }
        assert_eq!(t.score_quantile(0.05, false), Some(53.123));
        assert_eq!(t.score_quantile(0.95, true), Some(53.123));
        assert_eq!(t.in_top, 3);
        assert_eq!(t.score_mean(), Some(53.123));
    }
}
