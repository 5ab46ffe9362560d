//! Per-commune tallies over replications, in memory bounded by the spread of the values rather
//! than by the number of replications: a histogram over the window of values seen so far.

/// Counts of small integers (ranks, or scores in hundredths) over a window holding those seen so
/// far. Counts are 16-bit until one would overflow: half the memory, and half the cache misses,
/// of the many histograms a run keeps.
#[derive(Debug, Clone, Default)]
pub struct Histogram {
    low: u32,
    counts: Counts,
    total: u32,
}

#[derive(Debug, Clone)]
enum Counts {
    Narrow(Vec<u16>),
    Wide(Vec<u32>),
}

impl Default for Counts {
    fn default() -> Counts {
        Counts::Narrow(Vec::new())
    }
}

impl Counts {
    fn len(&self) -> usize {
        match self {
            Counts::Narrow(counts) => counts.len(),
            Counts::Wide(counts) => counts.len(),
        }
    }

    /// `before` zero counts before the first and `after` at the end.
    fn widen(&mut self, before: usize, after: usize) {
        match self {
            Counts::Narrow(counts) => widen(counts, before, after),
            Counts::Wide(counts) => widen(counts, before, after),
        }
    }

    /// Count one more at `at`, which must be inside the window.
    #[inline]
    fn increment(&mut self, at: usize) {
        match self {
            Counts::Narrow(counts) => match counts.get_mut(at) {
                Some(count) if *count < u16::MAX => *count += 1,
                Some(_) => {
                    let mut wide: Vec<u32> = counts.iter().map(|&c| u32::from(c)).collect();
                    wide[at] += 1;
                    *self = Counts::Wide(wide);
                }
                None => {}
            },
            Counts::Wide(counts) => {
                if let Some(count) = counts.get_mut(at) {
                    *count += 1;
                }
            }
        }
    }

    /// The position where the running count first reaches `wanted`.
    fn reach(&self, wanted: u32) -> Option<usize> {
        match self {
            Counts::Narrow(counts) => reach(counts.iter().map(|&c| u32::from(c)), wanted),
            Counts::Wide(counts) => reach(counts.iter().copied(), wanted),
        }
    }
}

fn reach(counts: impl Iterator<Item = u32>, wanted: u32) -> Option<usize> {
    let mut seen = 0;
    for (k, count) in counts.enumerate() {
        seen += count;
        if seen >= wanted {
            return Some(k);
        }
    }
    None
}

fn widen<T: Copy + Default>(counts: &mut Vec<T>, before: usize, after: usize) {
    if before > 0 {
        counts.splice(0..0, std::iter::repeat_n(T::default(), before));
    }
    counts.resize(counts.len() + after, T::default());
}

impl Histogram {
    #[inline]
    pub fn add(&mut self, value: u32) {
        self.cover(value, value);
        self.counts.increment((value - self.low) as usize);
        self.total += 1;
    }

    /// Make the window hold `low..=high` (`low <= high`), growing it at most once at each end:
    /// told the range of a wave's values first, the adds that follow never move it.
    #[inline]
    pub fn cover(&mut self, low: u32, high: u32) {
        let len = self.counts.len();
        if len == 0 {
            self.low = low;
            self.counts.widen(0, (high - low) as usize + 1);
            return;
        }
        let top = self.low as usize + len - 1;
        if low >= self.low && high as usize <= top {
            return;
        }
        let before = self.low.saturating_sub(low) as usize;
        let after = (high as usize).saturating_sub(top);
        self.counts.widen(before, after);
        self.low = self.low.min(low);
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
        let k = self.counts.reach(wanted)?;
        Some(self.low + u32::try_from(k).ok()?)
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

/// The hundredth of a point a score falls in: `floor(score × 100)` within 0..=10⁷ (a cast
/// truncates, which is the floor for the values it keeps, and saturates negative ones to 0).
#[inline]
fn score_bin(score: f64) -> u32 {
    (score * SCORE_BINS_PER_POINT).min(1e7) as u32
}

impl Tally {
    /// Make room for a wave of replications: the histograms' windows grown once to hold all
    /// of them.
    pub fn reserve(&mut self, ranks: impl Iterator<Item = u32>, scores: impl Iterator<Item = f64>) {
        let ranked = ranks.filter(|&r| r > 0);
        if let Some((low, high)) = span(ranked) {
            self.ranks.cover(low, high);
        }
        let bins = scores.filter(|s| !s.is_nan()).map(score_bin);
        if let Some((low, high)) = span(bins) {
            self.scores.cover(low, high);
        }
    }

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
            self.scores.add(score_bin(score));
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

/// The least and greatest of some values.
fn span(values: impl Iterator<Item = u32>) -> Option<(u32, u32)> {
    values.fold(None, |span, v| match span {
        None => Some((v, v)),
        Some((low, high)) => Some((low.min(v), high.max(v))),
    })
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
