//! Missing values: the imputation donors and what each indicator's policy does with a gap.

use rayon::prelude::*;

use crate::criteria::MissingPolicy;

use super::assessment::{Scores, Treatment};

/// The mean score and donor count of one indicator over a set of communes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Donation {
    pub score: f64,
    pub donors: usize,
}

/// Imputation values: per indicator, per first-group value and over the whole period.
#[derive(Debug, Clone, Default)]
pub(crate) struct Donors {
    /// `by_group[i][g]`: indicator `i`'s mean over the communes of group code `g` that have it.
    by_group: Vec<Vec<Option<Donation>>>,
    /// `all[i]`: indicator `i`'s mean over every commune of the period that has it.
    all: Vec<Option<Donation>>,
}

impl Donors {
    /// `columns[i][k]` is indicator `i`'s score for commune `k`; `group_codes[k]` is commune `k`'s
    /// first group value as a code below `group_count`. Only indicators with `wanted[i]` are done.
    pub fn build(
        columns: &[Scores],
        wanted: &[bool],
        group_codes: &[Option<usize>],
        group_count: usize,
    ) -> Donors {
        // Each indicator on a core of its own: its means depend on its column only.
        let means: Vec<(Vec<Option<Donation>>, Option<Donation>)> = columns
            .par_iter()
            .enumerate()
            .map(|(i, column)| {
                if !wanted.get(i).copied().unwrap_or(false) {
                    return (Vec::new(), None);
                }
                let mut by_group: Vec<Vec<f64>> = vec![Vec::new(); group_count];
                let mut all = Vec::new();
                for (k, score) in column.iter().enumerate() {
                    let Some(score) = score else { continue };
                    all.push(score);
                    if let Some(&Some(g)) = group_codes.get(k) {
                        by_group[g].push(score);
                    }
                }
                (by_group.into_iter().map(mean).collect(), mean(all))
            })
            .collect();
        let (by_group, all) = means.into_iter().unzip();
        Donors { by_group, all }
    }

    /// The donation for indicator `i` and a commune of group code `group`: its group's, else all.
    fn find(&self, i: usize, group: Option<usize>) -> Option<(Donation, bool)> {
        let in_group = group
            .and_then(|g| self.by_group.get(i)?.get(g).copied().flatten())
            .map(|donation| (donation, true));
        in_group.or_else(|| Some((self.all.get(i).copied().flatten()?, false)))
    }
}

/// The mean of the scores, summed in ascending order so that the result does not depend on the
/// order of the communes in the input. (Scores equal in that order have the same bits, so an
/// unstable sort orders them as well as a stable one.)
fn mean(mut scores: Vec<f64>) -> Option<Donation> {
    if scores.is_empty() {
        return None;
    }
    scores.sort_unstable_by(f64::total_cmp);
    let donors = scores.len();
    Some(Donation {
        score: scores.iter().sum::<f64>() / donors as f64,
        donors,
    })
}

/// What an indicator without a value scores under `policy`, and the note to keep about it.
/// `group` is the commune's first group code.
pub(crate) fn fill(
    policy: MissingPolicy,
    donors: &Donors,
    indicator: usize,
    group: Option<usize>,
) -> (Option<f64>, Treatment) {
    match policy {
        MissingPolicy::Renormalize => (None, Treatment::Dropped),
        MissingPolicy::Zero => (Some(0.0), Treatment::Zeroed),
        MissingPolicy::Impute => match donors.find(indicator, group) {
            Some((donation, in_group)) => (
                Some(donation.score),
                Treatment::Imputed {
                    score: donation.score,
                    donors: donation.donors,
                    in_group,
                },
            ),
            None => (None, Treatment::NoDonor),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::testkit::close;

    /// One indicator; communes 0–2 in group 0, 3–4 in group 1, 5 without a group.
    fn donors(column: Vec<Option<f64>>) -> Donors {
        let codes = [Some(0), Some(0), Some(0), Some(1), Some(1), None];
        Donors::build(&[Scores::from(&column[..])], &[true], &codes, 2)
    }

    #[test]
    fn impute_takes_the_mean_of_the_same_district() {
        let d = donors(vec![Some(40.0), Some(60.0), None, Some(0.0), None, None]);
        let (score, treatment) = fill(MissingPolicy::Impute, &d, 0, Some(0));
        assert!(close(score.unwrap(), 50.0));
        let expected = Treatment::Imputed {
            score: 50.0,
            donors: 2,
            in_group: true,
        };
        assert_eq!(treatment, expected);
    }

    #[test]
    fn impute_falls_back_to_every_commune_without_district_donors() {
        let d = donors(vec![Some(40.0), Some(60.0), Some(20.0), None, None, None]);
        let (score, treatment) = fill(MissingPolicy::Impute, &d, 0, Some(1));
        assert!(close(score.unwrap(), 40.0));
        let all = Treatment::Imputed {
            score: 40.0,
            donors: 3,
            in_group: false,
        };
        assert_eq!(treatment, all);
        let (score, _) = fill(MissingPolicy::Impute, &d, 0, None);
        assert!(close(score.unwrap(), 40.0));
    }

    #[test]
    fn impute_without_any_donor_stays_missing() {
        let d = donors(vec![None; 6]);
        let (score, treatment) = fill(MissingPolicy::Impute, &d, 0, Some(0));
        assert_eq!((score, treatment), (None, Treatment::NoDonor));
    }

    #[test]
    fn zero_and_renormalize() {
        let d = Donors::default();
        assert_eq!(
            fill(MissingPolicy::Zero, &d, 0, None),
            (Some(0.0), Treatment::Zeroed)
        );
        let dropped = fill(MissingPolicy::Renormalize, &d, 0, None);
        assert_eq!(dropped, (None, Treatment::Dropped));
    }

    #[test]
    fn the_mean_does_not_depend_on_the_order_of_communes() {
        let values = [0.1, 0.7, 1e16, -1e16, 3.3];
        let forward = mean(values.to_vec()).unwrap().score;
        let backward = mean(values.iter().rev().copied().collect()).unwrap().score;
        assert_eq!(forward.to_bits(), backward.to_bits());
    }
}
