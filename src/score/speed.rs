//! A timing check: 10,000 communes × 40 indicators must score in well under 0.2 s in release.
//! Ignored by default; run `cargo test --release --lib score::speed -- --ignored --nocapture`.

use std::time::Instant;

use crate::criteria::{Direction, MissingPolicy, Node, Scale};
use crate::data::{Dataset, Raw};

use super::testkit::{Row, categories, criteria, dataset, groups, indicator, node, run};

/// Three pillars, each with two groups of 6–7 indicators (40 in all), every kind of scale.
fn forty_indicators() -> crate::criteria::Criteria {
    let scales = [
        Scale::Goalpost([0.0, 80.0]),
        Scale::Minmax(Direction::Higher),
        Scale::Percentile(Direction::Lower),
        Scale::Boolean,
        categories(&[("none", 0.0), ("forming", 50.0), ("active", 100.0)]),
        Scale::Steps(vec![
            [20.0, 25.0],
            [40.0, 50.0],
            [60.0, 75.0],
            [80.0, 100.0],
        ]),
        Scale::Goalpost([30.0, 3.0]),
    ];
    let mut next = 0;
    let mut group = |id: String, count: usize| {
        let indicators = (0..count)
            .map(|_| {
                next += 1;
                indicator(&format!("i{next}"), scales[next % scales.len()].clone())
            })
            .collect();
        node(&id, indicators)
    };
    let pillars: Vec<Node> = (0..3)
        .map(|p| {
            let sizes = if p == 0 { [7, 7] } else { [7, 6] };
            let mut pillar = groups(
                &format!("p{p}"),
                vec![
                    group(format!("g{p}a"), sizes[0]),
                    group(format!("g{p}b"), sizes[1]),
                ],
            );
            if p == 1 {
                pillar.missing = Some(MissingPolicy::Impute);
            }
            pillar
        })
        .collect();
    let mut c = criteria(pillars);
    c.min_coverage = 0.7;
    c
}

fn communes(criteria: &crate::criteria::Criteria, count: usize) -> Dataset {
    let scales: Vec<Scale> = criteria
        .indicators()
        .iter()
        .map(|i| i.scale.clone())
        .collect();
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut random = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let ids: Vec<String> = (0..count).map(|k| format!("c{k:05}")).collect();
    let districts: Vec<String> = (0..40).map(|d| format!("district {d}")).collect();
    let rows = ids.iter().map(|id| {
        let values = scales
            .iter()
            .map(|scale| {
                let r = random();
                (r % 10 != 0).then(|| match scale {
                    Scale::Boolean => Raw::Bool(r % 3 == 0),
                    Scale::Categories(_) => Raw::Label((r % 3) as usize),
                    _ => Raw::Number((r % 10_000) as f64 / 100.0),
                })
            })
            .collect();
        Row(
            id,
            &districts[(random() % 40) as usize],
            "xa",
            "2025",
            values,
        )
    });
    dataset(rows.collect())
}

#[test]
#[ignore = "timing: run in release with --ignored"]
#[allow(clippy::print_stdout)] // the measurement is the point
fn ten_thousand_communes_score_quickly() {
    let criteria = forty_indicators();
    assert_eq!(criteria.indicators().len(), 40);
    let data = communes(&criteria, 10_000);
    let mut best = f64::INFINITY;
    for _ in 0..5 {
        let start = Instant::now();
        let assessment = run(&criteria, &data);
        best = best.min(start.elapsed().as_secs_f64());
        assert_eq!(assessment.entities.len(), 10_000);
    }
    println!(
        "10,000 communes × 40 indicators: best of 5 runs {:.1} ms",
        best * 1000.0
    );
    if !cfg!(debug_assertions) {
        assert!(best < 0.2, "scoring took {best:.3} s");
    }
}
