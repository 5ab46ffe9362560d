//! A cheap rank per replication: the engine's ranks (`score::rank`) without the ids or the order.

use super::super::TIE_TOLERANCE;

/// Ranks of one replication, in the order of the communes scored.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Ranks {
    /// 1 is best; ties within 1e-9 of a block's best score share its rank; 0 when unranked.
    pub rank: Vec<u32>,
    /// The mean position of each tie block (1, 2.5, 2.5, 4), for rank correlations; NaN when
    /// unranked.
    pub average: Vec<f64>,
    order: Vec<(f64, u32)>,
}

impl Ranks {
    /// Rank `scores` (NaN is unranked), reusing the buffers.
    pub fn compute(&mut self, scores: &[f64]) {
        self.rank.clear();
        self.rank.resize(scores.len(), 0);
        self.average.clear();
        self.average.resize(scores.len(), f64::NAN);
        self.order.clear();
        self.order.extend(
            scores
                .iter()
                .enumerate()
                .filter(|(_, s)| !s.is_nan())
                .map(|(k, &s)| (s, u32::try_from(k).unwrap_or(u32::MAX))),
        );
        // Only the rank numbers are needed, so equal scores may come in any order.
        self.order.sort_unstable_by(|a, b| b.0.total_cmp(&a.0));
        let mut start = 0;
        while start < self.order.len() {
            let top = self.order[start].0;
            // The block holds its first item whatever the scores are, so the loop always moves on.
            let len = 1 + self.order[start + 1..]
                .iter()
                .take_while(|(s, _)| top - s <= TIE_TOLERANCE)
                .count();
            let rank = u32::try_from(start + 1).unwrap_or(u32::MAX);
            let average = start as f64 + (len as f64 + 1.0) / 2.0;
            for &(_, k) in &self.order[start..start + len] {
                self.rank[k as usize] = rank;
                self.average[k as usize] = average;
            }
            start += len;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::rank::rank;

    #[test]
    fn ranks_match_the_engine_including_ties_and_gaps() {
        let scores = [
            70.0,
            90.0,
            70.0 + 5e-10,
            f64::NAN,
            50.0,
            3.0,
            3.0 - 0.6e-9,
            3.0 - 1.2e-9,
        ];
        let ids = ["a", "b", "c", "d", "e", "f", "g", "h"];
        let items: Vec<(Option<f64>, &str)> = scores
            .iter()
            .zip(ids)
            .map(|(&s, id)| (Some(s).filter(|s| !s.is_nan()), id))
            .collect();
        let (_, expected) = rank(&items);
        let mut ranks = Ranks::default();
        ranks.compute(&scores);
        let got: Vec<Option<usize>> = ranks
            .rank
            .iter()
            .map(|&r| (r > 0).then_some(r as usize))
            .collect();
        assert_eq!(got, expected);
        assert_eq!(ranks.average[0], 2.5);
        assert!(ranks.average[3].is_nan());
    }
}
