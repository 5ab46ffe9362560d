//! "Did you mean …?": the closest name by edit distance, for missing columns.

/// The candidate closest to `wanted` (ignoring case), if it is close enough to be a likely typo:
/// at most one edit per three characters, and at least one edit allowed.
pub fn closest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let wanted: Vec<char> = wanted.to_lowercase().chars().collect();
    let limit = (wanted.len() / 3).max(1);
    candidates
        .into_iter()
        .filter(|candidate| !candidate.is_empty())
        .map(|candidate| {
            (
                distance(
                    &wanted,
                    &candidate.to_lowercase().chars().collect::<Vec<_>>(),
                ),
                candidate,
            )
        })
        .filter(|(distance, _)| *distance <= limit)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

/// Levenshtein distance: insertions, deletions and substitutions, one row at a time.
fn distance(a: &[char], b: &[char]) -> usize {
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, left) in a.iter().enumerate() {
        current[0] = i + 1;
        for (j, right) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(left != right);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_a_close_name_and_not_a_far_one() {
        let columns = ["commune_code", "commune_name", "district"];
        assert_eq!(closest("commune_cod", columns), Some("commune_code"));
        assert_eq!(closest("Commune_Code", columns), Some("commune_code"));
        assert_eq!(closest("distrct", columns), Some("district"));
        assert_eq!(closest("online_dossier_pct", columns), None);
        assert_eq!(closest("x", ["y"]), Some("y"));
    }

    #[test]
    fn distance_counts_edits() {
        let chars = |text: &str| text.chars().collect::<Vec<_>>();
        assert_eq!(distance(&chars("kitten"), &chars("sitting")), 3);
        assert_eq!(distance(&chars(""), &chars("abc")), 3);
        assert_eq!(distance(&chars("xã"), &chars("xa")), 1);
    }
}
