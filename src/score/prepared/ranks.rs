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
    /// Sort buffers: positions packed with their descending keys (`sort_descending`), and the
    /// other half of each radix pass.
    keys: Vec<u64>,
    spare: Vec<u64>,
}

/// A key whose unsigned order is the reverse of `f64::total_cmp`: the best score first.
#[inline]
fn descending_key(score: f64) -> u64 {
    let bits = score.to_bits();
    // total_cmp's key: flip every bit of a negative number, only the sign of a positive one.
    let ascending = if bits >> 63 == 1 {
        !bits
    } else {
        bits | (1 << 63)
    };
    !ascending
}

/// Positions of the scores that are not NaN, best first by `f64::total_cmp` (equal scores in
/// either order: only the rank numbers are needed), each packed below the top half of its
/// descending key: `(key >> 32) << 32 | position`. A radix sort on that top half (sign, exponent
/// and the first 20 bits of the fraction) moves 8-byte items four times at most where the whole
/// key took eight passes of 16-byte items; the few runs that share it are then sorted by the
/// whole key.
fn sort_descending(scores: &[f64], keys: &mut Vec<u64>, spare: &mut Vec<u64>) {
    keys.clear();
    keys.extend(
        scores
            .iter()
            .enumerate()
            .filter(|(_, s)| !s.is_nan())
            .map(|(k, &s)| (descending_key(s) & !0xFFFF_FFFF) | (k as u64 & 0xFFFF_FFFF)),
    );
    radix_sort_high(keys, spare);
    let whole = |packed: &u64| {
        let at = (packed & 0xFFFF_FFFF) as usize;
        scores.get(at).map_or(u64::MAX, |&s| descending_key(s))
    };
    let mut start = 0;
    while start < keys.len() {
        let high = keys[start] >> 32;
        let len = keys[start..]
            .iter()
            .take_while(|&&packed| packed >> 32 == high)
            .count();
        if len > 1 {
            keys[start..start + len].sort_unstable_by_key(whole);
        }
        start += len.max(1);
    }
}

/// Sort `keys` by their top 32 bits, least significant byte first, skipping the bytes every key
/// shares (scores from 0 to 100 share most of their exponent bits).
fn radix_sort_high(keys: &mut Vec<u64>, spare: &mut Vec<u64>) {
    let mut counts = [[0u32; 256]; 4];
    for &key in keys.iter() {
        for (byte, count) in counts.iter_mut().enumerate() {
            count[((key >> (32 + 8 * byte)) & 0xFF) as usize] += 1;
        }
    }
    let total = keys.len() as u32;
    for (byte, count) in counts.iter().enumerate() {
        if count.contains(&total) {
            continue;
        }
        let mut offsets = [0u32; 256];
        let mut running = 0;
        for (offset, &n) in offsets.iter_mut().zip(count) {
            *offset = running;
            running += n;
        }
        spare.clear();
        spare.resize(keys.len(), 0);
        for &key in keys.iter() {
            let bucket = ((key >> (32 + 8 * byte)) & 0xFF) as usize;
            spare[offsets[bucket] as usize] = key;
            offsets[bucket] += 1;
        }
        std::mem::swap(keys, spare);
    }
}

impl Ranks {
    /// Rank `scores` (NaN is unranked), reusing the buffers.
    pub fn compute(&mut self, scores: &[f64]) {
        self.rank.clear();
        self.rank.resize(scores.len(), 0);
        self.average.clear();
        self.average.resize(scores.len(), f64::NAN);
        // Best first by `total_cmp`, as a comparison sort would give.
        sort_descending(scores, &mut self.keys, &mut self.spare);
        self.order.clear();
        self.order.extend(self.keys.iter().map(|&packed| {
            let k = (packed & 0xFFFF_FFFF) as u32;
            (scores[k as usize], k)
        }));
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
    use proptest::prelude::*;

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

    proptest! {
        /// The sort orders scores as `total_cmp` does, best first (negative numbers, zeros of
        /// both signs, huge and tiny values, and values sharing the top of their keys included).
        #[test]
        fn the_radix_order_is_the_comparison_order(
            scores in prop::collection::vec(
                prop_oneof![
                    -1e300f64..1e300,
                    0.0f64..100.0,
                    prop::sample::select(vec![0.0, -0.0, 100.0, 1e-300, -1e-300]),
                    (0u64..4096).prop_map(|k| f64::from_bits(50f64.to_bits() + k * 3)),
                ],
                0..300,
            )
        ) {
            let mut keys = Vec::new();
            sort_descending(&scores, &mut keys, &mut Vec::new());
            let got: Vec<u64> = keys.iter().map(|&k| scores[(k & 0xFFFF_FFFF) as usize].to_bits()).collect();
            let mut expected = scores.clone();
            expected.sort_by(|a, b| b.total_cmp(a));
            let expected: Vec<u64> = expected.iter().map(|s| s.to_bits()).collect();
            prop_assert_eq!(got, expected);
        }

        /// Ranks equal the engine's on scores with many near-ties.
        #[test]
        fn ranks_match_the_engine_on_random_scores(
            scores in prop::collection::vec(
                prop_oneof![
                    (0u32..40).prop_map(|k| f64::from(k) * 2.5),
                    (0u32..40).prop_map(|k| f64::from(k) * 2.5 + 4e-10),
                    0.0f64..100.0,
                    Just(f64::NAN),
                ],
                0..200,
            )
        ) {
            let ids: Vec<String> = (0..scores.len()).map(|k| format!("{k:04}")).collect();
            let items: Vec<(Option<f64>, &str)> = scores
                .iter()
                .zip(&ids)
                .map(|(&s, id)| (Some(s).filter(|s| !s.is_nan()), id.as_str()))
                .collect();
            let (_, expected) = rank(&items);
            let mut ranks = Ranks::default();
            ranks.compute(&scores);
            let got: Vec<Option<usize>> = ranks
                .rank
                .iter()
                .map(|&r| (r > 0).then_some(r as usize))
                .collect();
            prop_assert_eq!(got, expected);
        }
    }
}
