//! The numbers a report's summary stands on: level counts overall and per group value, and each
//! pillar's mean score, with the strongest and weakest pillar.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::score::Assessment;

/// The province at a glance.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Overview {
    /// Communes with an overall score, and without.
    pub scored: usize,
    pub unscored: usize,
    /// The mean overall score of the scored communes.
    pub mean: Option<f64>,
    /// Communes at each level (index into the criteria's levels), lowest first.
    pub levels: Vec<usize>,
    /// The mean score of each pillar over the communes that have one, aligned with
    /// `Assessment::pillars`.
    pub pillar_means: Vec<Option<f64>>,
    /// Positions in `Assessment::pillars` of the pillars with the highest and lowest mean.
    pub strongest: Option<usize>,
    pub weakest: Option<usize>,
    /// For each group column, the level counts within each of its values.
    pub groups: Vec<GroupLevels>,
}

/// The level counts within each value of one group column.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupLevels {
    pub column: String,
    /// Values in Vietnamese alphabetical order.
    pub values: Vec<GroupRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupRow {
    pub value: String,
    pub total: usize,
    /// Communes at each level, lowest first.
    pub levels: Vec<usize>,
    /// Communes without a level.
    pub unranked: usize,
}

/// Mean of the values present, summed in ascending order so that it does not depend on row order.
fn mean(values: impl Iterator<Item = Option<f64>>) -> Option<f64> {
    let mut present: Vec<f64> = values.flatten().collect();
    if present.is_empty() {
        return None;
    }
    present.sort_by(f64::total_cmp);
    Some(present.iter().sum::<f64>() / present.len() as f64)
}

/// The overview of `assessment`, whose criteria have `levels` levels.
pub fn overview(assessment: &Assessment, levels: usize) -> Overview {
    let entities = &assessment.entities;
    let mut counts = vec![0; levels];
    for level in entities.iter().filter_map(|e| e.level) {
        if let Some(count) = counts.get_mut(level) {
            *count += 1;
        }
    }
    let pillar_means: Vec<Option<f64>> = assessment
        .pillars
        .iter()
        .map(|&node| mean(entities.iter().map(|e| e.scores.get(node))))
        .collect();
    let ranked = |pick: fn(f64, f64) -> bool| {
        let mut best: Option<(usize, f64)> = None;
        for (k, m) in pillar_means.iter().enumerate() {
            if let Some(m) = *m
                && best.is_none_or(|(_, b)| pick(m, b))
            {
                best = Some((k, m));
            }
        }
        best.map(|(k, _)| k)
    };
    let strongest = ranked(|m, b| m > b);
    let weakest = ranked(|m, b| m < b);
    let groups = assessment
        .group_columns
        .iter()
        .enumerate()
        .map(|(g, column)| {
            let mut rows: BTreeMap<&str, GroupRow> = BTreeMap::new();
            for entity in entities {
                let value = entity.groups.get(g).map_or("", String::as_str);
                let row = rows.entry(value).or_insert_with(|| GroupRow {
                    value: value.to_owned(),
                    total: 0,
                    levels: vec![0; levels],
                    unranked: 0,
                });
                row.total += 1;
                match entity.level.and_then(|l| row.levels.get_mut(l)) {
                    Some(count) => *count += 1,
                    None => row.unranked += 1,
                }
            }
            let mut values: Vec<GroupRow> = rows.into_values().collect();
            values.sort_by(|a, b| super::names::compare(&a.value, &b.value));
            GroupLevels {
                column: column.clone(),
                values,
            }
        })
        .collect();
    Overview {
        scored: entities.iter().filter(|e| e.overall.is_some()).count(),
        unscored: entities.iter().filter(|e| e.overall.is_none()).count(),
        mean: mean(entities.iter().map(|e| e.overall)),
        levels: counts,
        pillar_means,
        strongest,
        weakest,
        groups,
    }
}

#[cfg(test)]
mod tests {
    use super::overview;
    use crate::criteria;
    use crate::data::{self, BindOptions, Format, Input, ReadOptions};
    use crate::score::{self, ScoreOptions};

    #[test]
    fn levels_pillar_means_and_groups_are_counted() {
        let yaml = r#"
dtm: 1
id: t
title: t
entity: { id: id, groups: [district] }
levels: [{ min: 0, name: Low }, { min: 50, name: High }]
pillars:
  - { id: a, indicators: [{ id: xa, scale: { goalpost: [0, 100] } }] }
  - { id: b, indicators: [{ id: yb, scale: { goalpost: [0, 100] } }] }
"#;
        let criteria = criteria::load_bytes(yaml.as_bytes(), "t.yaml")
            .criteria
            .unwrap();
        let csv = "id,district,xa,yb\n1,D1,80,20\n2,D1,60,40\n3,D2,10,\n4,D2,,\n";
        let input =
            Input::from_reader("d.csv", Format::Csv { tab: false }, csv.as_bytes()).unwrap();
        let table = data::parse(&[input], &ReadOptions::default()).unwrap();
        let dataset = data::bind(&table, &criteria, &BindOptions::default()).unwrap();
        let assessment = score::assess(&criteria, &dataset, &ScoreOptions::default()).unwrap();
        let o = overview(&assessment, criteria.levels.len());
        // Commune 3 has data for half the index (below min_coverage 0.7), commune 4 for none.
        assert_eq!((o.scored, o.unscored), (2, 2));
        assert_eq!(o.levels, [0, 2]);
        assert_eq!(o.pillar_means, [Some(50.0), Some(30.0)]);
        assert_eq!((o.strongest, o.weakest), (Some(0), Some(1)));
        let d2 = &o.groups[0].values[1];
        assert_eq!((d2.value.as_str(), d2.total, d2.unranked), ("D2", 2, 2));
        assert_eq!(d2.levels, [0, 0]);
    }
}
