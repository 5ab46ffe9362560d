//! Gathering a [`Document`] from the assessment and the analyses the command line ran.

use crate::analysis::compare::Comparison;
use crate::analysis::gaps::{Gaps, Outlook};
use crate::analysis::overview::Overview;
use crate::analysis::pilot::Selection;
use crate::analysis::sensitivity::Sensitivity;
use crate::criteria::{Aggregate, Criteria, LevelRule, MissingPolicy};
use crate::data::Dataset;
use crate::report::check::explain_rows;
use crate::report::i18n::{Arg, Lang, t};
use crate::report::pilot::{PilotReport, Worded};
use crate::report::words;
use crate::score::{Assessment, EntityResult, NodeKind};

use super::{
    ChangeRow, ChangeSection, Document, Figure, GapRow, IndicatorHead, Labels, LevelGroup,
    LevelGroupRow, LevelRow, LevelShare, MethodSection, PickRow, PillarHead, PilotSection, Profile,
    QualityRow, QualitySection, RankRow, Score, StepRow, Summary, TreeRow, WaveRow,
};

/// How many gaps each profile lists.
const GAPS_SHOWN: usize = 10;
/// How many communes the change table lists at each end (most improved, most declined).
const CHANGES_SHOWN: usize = 10;

/// What the report is made from; every analysis is run by the caller.
pub struct Inputs<'a> {
    pub criteria: &'a Criteria,
    pub dataset: &'a Dataset,
    pub assessment: &'a Assessment,
    pub overview: &'a Overview,
    /// The pilots (and the waves when asked for), when a selection could be made.
    pub pilot: Option<&'a PilotReport<'a>>,
    /// The comparison with the previous period, when the data have one.
    pub changes: Option<&'a Comparison>,
    /// The communes to profile (positions in `Assessment::entities`) with their gaps.
    pub profiles: &'a [(usize, Gaps)],
    /// Whether every commune is profiled (for the note saying which are).
    pub all_profiled: bool,
    /// With `--sensitivity`: the replications whose rank intervals the report shows.
    pub sensitivity: Option<&'a Sensitivity>,
    /// Lines a reader must see first (synthetic data, restated scores), already worded.
    pub banners: Vec<String>,
    pub lang: Lang,
}

impl Inputs<'_> {
    fn code(&self) -> &'static str {
        self.lang.code()
    }

    fn name(&self, entity: &EntityResult) -> String {
        if entity.name.is_empty() {
            entity.id.clone()
        } else {
            entity.name.clone()
        }
    }

    fn node_name(&self, node: usize) -> String {
        let info = &self.assessment.nodes[node];
        info.name
            .as_ref()
            .map_or_else(|| info.id.clone(), |n| n.get(self.code()).to_owned())
    }

    fn level_name(&self, level: Option<usize>) -> String {
        words::level(self.criteria, level, self.code())
    }

    fn score(&self, value: Option<f64>) -> Score {
        Score {
            value,
            text: words::score(value),
            level: value.map(|v| self.criteria.level_of(v) + 1),
            band: value.map(|v| ((v / 20.0).floor() as usize).min(4)),
        }
    }

    fn t(&self, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        t(self.lang, key, args)
    }
}

/// The document of `inputs`.
pub fn build(inputs: &Inputs) -> Document {
    let assessment = inputs.assessment;
    let criteria = inputs.criteria;
    let lang = inputs.code();
    Document {
        lang,
        title: inputs.t("report-title", &[]),
        subtitle: subtitle(criteria, lang),
        headline: headline(inputs),
        banners: inputs.banners.clone(),
        labels: Labels::new(inputs.lang),
        summary: summary(inputs),
        levels: levels(inputs),
        level_groups: level_groups(inputs),
        pillars: pillars(inputs),
        indicators: assessment
            .indicators
            .iter()
            .map(|&node| IndicatorHead {
                id: assessment.nodes[node].id.clone(),
                name: inputs.node_name(node),
                unit: assessment.nodes[node]
                    .indicator
                    .and_then(|i| criteria.indicators().get(i).and_then(|d| d.unit.clone()))
                    .unwrap_or_default(),
                pillar: assessment
                    .pillar_of(node)
                    .map_or_else(String::new, |p| inputs.node_name(p)),
            })
            .collect(),
        group_columns: assessment.group_columns.clone(),
        ranking: assessment
            .entities
            .iter()
            .map(|e| rank_row(inputs, e))
            .collect(),
        pilot: inputs.pilot.map(|report| pilot(inputs, report)),
        changes: inputs.changes.map(|c| changes(inputs, c)),
        sensitivity: inputs
            .sensitivity
            .map(|result| super::sensitivity::section(inputs, result)),
        profiles: inputs
            .profiles
            .iter()
            .map(|(e, gaps)| profile(inputs, *e, gaps))
            .collect(),
        profiles_note: if inputs.all_profiled {
            inputs.t("report-profiles-all", &[])
        } else {
            inputs.t(
                "report-profiles-some",
                &[("count", inputs.profiles.len().into())],
            )
        },
        quality: quality(inputs),
        method: method(inputs),
    }
}

fn subtitle(criteria: &Criteria, lang: &str) -> String {
    let version = criteria
        .version
        .as_deref()
        .map(|v| format!(" {v}"))
        .unwrap_or_default();
    format!("{} ({}{version})", criteria.title.get(lang), criteria.id)
}

/// "criteria … · period … · 186 communes · Initial: 3, …", from the catalogue's summary words.
fn headline(inputs: &Inputs) -> String {
    let criteria = inputs.criteria;
    let version = criteria.version.clone().unwrap_or_default();
    let mut parts = vec![
        inputs
            .t(
                "summary-criteria",
                &[
                    ("id", criteria.id.as_str().into()),
                    ("version", version.into()),
                ],
            )
            .trim_end()
            .to_owned(),
    ];
    if let Some(period) = &inputs.assessment.period {
        parts.push(inputs.t("summary-period", &[("period", period.into())]));
    }
    parts.push(inputs.t(
        "summary-communes",
        &[("count", inputs.assessment.entities.len().into())],
    ));
    let counts: Vec<String> = inputs
        .overview
        .levels
        .iter()
        .enumerate()
        .map(|(level, &count)| {
            inputs.t(
                "summary-level-count",
                &[
                    ("level", inputs.level_name(Some(level)).into()),
                    ("count", count.into()),
                ],
            )
        })
        .collect();
    parts.push(counts.join(", "));
    parts.join(&inputs.t("summary-separator", &[]))
}

fn summary(inputs: &Inputs) -> Summary {
    let overview = inputs.overview;
    let assessment = inputs.assessment;
    let levels = &inputs.criteria.levels;
    let top_two: usize = overview.levels.iter().rev().take(2).sum();
    let mut figures = vec![
        Figure {
            label: inputs.t("report-figure-communes", &[]),
            value: overview.scored.to_string(),
        },
        Figure {
            label: inputs.t("report-figure-mean", &[]),
            value: words::score(overview.mean),
        },
    ];
    if levels.len() >= 2 {
        figures.push(Figure {
            label: inputs.t(
                "report-figure-top",
                &[("level", inputs.level_name(Some(levels.len() - 2)).into())],
            ),
            value: top_two.to_string(),
        });
    }
    let period = assessment.period.clone().unwrap_or_else(|| "–".to_owned());
    let mut paragraphs = vec![inputs.t(
        "report-summary-scored",
        &[
            ("count", overview.scored.into()),
            ("criteria", inputs.criteria.title.get(inputs.code()).into()),
            ("period", period.into()),
        ],
    )];
    let shares: Vec<String> = overview
        .levels
        .iter()
        .enumerate()
        .filter(|(_, count)| **count > 0)
        .map(|(level, count)| format!("{} {count}", inputs.level_name(Some(level))))
        .collect();
    paragraphs.push(inputs.t(
        "report-summary-levels",
        &[("levels", shares.join(", ").into())],
    ));
    if overview.unscored > 0 {
        paragraphs.push(inputs.t(
            "report-summary-unscored",
            &[("count", overview.unscored.into())],
        ));
    }
    if let (Some(strong), Some(weak)) = (overview.strongest, overview.weakest)
        && strong != weak
    {
        let name = |k: usize| inputs.node_name(assessment.pillars[k]);
        paragraphs.push(inputs.t(
            "report-summary-pillars",
            &[
                ("strongest", name(strong).into()),
                ("strong", words::score(overview.pillar_means[strong]).into()),
                ("weakest", name(weak).into()),
                ("weak", words::score(overview.pillar_means[weak]).into()),
            ],
        ));
    }
    if let Some(changes) = inputs.changes {
        let summary = &changes.summary;
        paragraphs.push(inputs.t(
            "report-summary-change",
            &[
                ("from", changes.before.clone().unwrap_or_default().into()),
                ("improved", summary.improved.into()),
                ("declined", summary.declined.into()),
                ("up", summary.moved_up.len().into()),
                ("down", summary.fell_back.len().into()),
                ("delta", words::delta(summary.mean_overall_change).into()),
            ],
        ));
    }
    if let Some(report) = inputs.pilot {
        let names: Vec<String> = report
            .selection
            .picks
            .iter()
            .map(|pick| inputs.name(&assessment.entities[pick.entity]))
            .collect();
        figures.push(Figure {
            label: inputs.t("report-figure-pilots", &[]),
            value: names.len().to_string(),
        });
        paragraphs.push(inputs.t(
            "report-summary-pilots",
            &[("names", names.join(", ").into())],
        ));
    }
    Summary {
        paragraphs,
        figures,
    }
}

fn levels(inputs: &Inputs) -> Vec<LevelShare> {
    let scored = inputs.overview.scored.max(1) as f64;
    inputs
        .criteria
        .levels
        .iter()
        .zip(&inputs.overview.levels)
        .enumerate()
        .map(|(k, (level, &count))| {
            let percent = 100.0 * count as f64 / scored;
            LevelShare {
                level: k + 1,
                name: level.name.get(inputs.code()).to_owned(),
                min: words::number(Some(level.min)),
                count,
                percent,
                percent_text: format!("{} %", words::number(Some(percent))),
            }
        })
        .collect()
}

fn level_groups(inputs: &Inputs) -> Vec<LevelGroup> {
    inputs
        .overview
        .groups
        .iter()
        .map(|group| LevelGroup {
            column: group.column.clone(),
            rows: group
                .values
                .iter()
                .map(|row| LevelGroupRow {
                    value: row.value.clone(),
                    total: row.total,
                    counts: row.levels.clone(),
                    percents: row
                        .levels
                        .iter()
                        .map(|&c| 100.0 * c as f64 / row.total.max(1) as f64)
                        .collect(),
                    unranked: row.unranked,
                })
                .collect(),
        })
        .collect()
}

fn pillars(inputs: &Inputs) -> Vec<PillarHead> {
    inputs
        .assessment
        .pillars
        .iter()
        .map(|&node| {
            let name = inputs.node_name(node);
            let short = abbreviation(&name);
            PillarHead {
                id: inputs.assessment.nodes[node].id.clone(),
                name,
                short,
            }
        })
        .collect()
}

/// Initials of a pillar name ("Chính quyền số" → "CQS"), for narrow columns with a legend.
fn abbreviation(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|word| word.chars().next())
        .flat_map(char::to_uppercase)
        .collect()
}

fn rank_row(inputs: &Inputs, entity: &EntityResult) -> RankRow {
    let assessment = inputs.assessment;
    RankRow {
        rank: entity.rank,
        rank_text: entity
            .rank
            .map_or_else(|| "–".to_owned(), |r| r.to_string()),
        id: entity.id.clone(),
        name: inputs.name(entity),
        groups: entity.groups.clone(),
        overall: inputs.score(entity.overall),
        level: entity.level.map(|l| l + 1),
        level_name: inputs.level_name(entity.level),
        pillars: assessment
            .pillars
            .iter()
            .map(|&p| inputs.score(entity.scores.get(p)))
            .collect(),
        indicators: assessment
            .indicators
            .iter()
            .map(|&i| inputs.score(entity.scores.get(i)))
            .collect(),
        coverage: entity.coverage,
        coverage_text: format!("{} %", words::number(Some(100.0 * entity.coverage))),
        note: if entity.overall.is_none() {
            inputs.t("report-unscored-note", &[])
        } else {
            String::new()
        },
    }
}

fn pick_row(inputs: &Inputs, entity: usize, reasons: Vec<String>) -> PickRow {
    let e = &inputs.assessment.entities[entity];
    PickRow {
        id: e.id.clone(),
        name: inputs.name(e),
        groups: e.groups.clone(),
        overall: inputs.score(e.overall),
        level_name: inputs.level_name(e.level),
        reasons,
    }
}

fn pilot(inputs: &Inputs, report: &PilotReport) -> PilotSection {
    let assessment = inputs.assessment;
    let selection = report.selection;
    let Worded {
        rule,
        picks,
        passed_over,
        notes,
    } = report.worded();
    let schedule = report.schedule;
    PilotSection {
        intro: rule,
        picks: picks
            .into_iter()
            .map(|(e, reasons)| pick_row(inputs, e, reasons))
            .collect(),
        runners_up: passed_over
            .into_iter()
            .map(|(e, reasons)| pick_row(inputs, e, reasons))
            .collect(),
        notes,
        waves: schedule.map_or_else(Vec::new, |s| {
            s.waves
                .iter()
                .map(|wave| WaveRow {
                    number: wave.number,
                    communes: wave
                        .members
                        .iter()
                        .map(|&e| inputs.name(&assessment.entities[e]))
                        .collect(),
                    mean: words::score(wave.mean),
                    groups: wave_groups(inputs, selection, &wave.members),
                })
                .collect()
        }),
        unscheduled: schedule.map_or_else(Vec::new, |s| {
            s.unscheduled
                .iter()
                .map(|&e| inputs.name(&assessment.entities[e]))
                .collect()
        }),
    }
}

/// The spread values a wave touches, in the order they first appear.
fn wave_groups(inputs: &Inputs, selection: &Selection, members: &[usize]) -> String {
    let Some(g) = selection.spread_column else {
        return String::new();
    };
    let mut seen: Vec<&str> = Vec::new();
    for &e in members {
        let value = inputs.assessment.entities[e]
            .groups
            .get(g)
            .map_or("", String::as_str);
        if !seen.contains(&value) {
            seen.push(value);
        }
    }
    seen.join(", ")
}

fn changes(inputs: &Inputs, comparison: &Comparison) -> ChangeSection {
    let rows = &comparison.changes;
    let (ends, summary): (Vec<_>, String) = if rows.len() <= 2 * CHANGES_SHOWN {
        let summary = inputs.t("report-changes-all", &[("total", rows.len().into())]);
        (rows.iter().collect(), summary)
    } else {
        let (high, low) = (&rows[..CHANGES_SHOWN], &rows[rows.len() - CHANGES_SHOWN..]);
        let summary = inputs.t(
            "report-changes-ends",
            &[
                ("top", high.len().into()),
                ("bottom", low.len().into()),
                ("high", change_words(inputs, high, true).into()),
                ("low", change_words(inputs, low, false).into()),
                ("total", rows.len().into()),
            ],
        );
        (high.iter().chain(low).collect(), summary)
    };
    let level = |l: Option<usize>| inputs.level_name(l);
    ChangeSection {
        from: comparison.before.clone().unwrap_or_default(),
        to: comparison.after.clone().unwrap_or_default(),
        summary: vec![summary],
        rows: ends
            .into_iter()
            .map(|c| ChangeRow {
                name: if c.name.is_empty() {
                    c.id.clone()
                } else {
                    c.name.clone()
                },
                before: words::score(c.before.overall),
                after: words::score(c.after.overall),
                delta: c.overall_delta,
                delta_text: words::delta(c.overall_delta),
                rank_change: words::places(c.rank_change),
                level_change: match c.level_change {
                    Some(0) | None => level(c.after.level),
                    Some(_) => format!("{} → {}", level(c.before.level), level(c.after.level)),
                },
            })
            .collect(),
    }
}

/// What a block of the changes list holds, in words: the highest block (`high`) or the lowest.
/// Only rises are "largest rises", only falls "largest falls"; a block with both (or no change)
/// holds the highest or lowest changes.
fn change_words(inputs: &Inputs, block: &[crate::analysis::compare::Change], high: bool) -> String {
    let deltas = || block.iter().map(|c| c.overall_delta);
    let rises = deltas().all(|d| d.is_some_and(|d| d > 0.0));
    let falls = deltas().all(|d| d.is_some_and(|d| d < 0.0));
    match (high, rises, falls) {
        (true, true, _) => inputs.t("report-changes-largest-rises", &[]),
        (true, _, true) => inputs.t("report-changes-smallest-falls", &[]),
        (true, _, _) => inputs.t("report-changes-highest", &[]),
        (false, _, true) => inputs.t("report-changes-largest-falls", &[]),
        (false, true, _) => inputs.t("report-changes-smallest-rises", &[]),
        (false, _, _) => inputs.t("report-changes-lowest", &[]),
    }
}

fn profile(inputs: &Inputs, e: usize, gaps: &Gaps) -> Profile {
    let assessment = inputs.assessment;
    let entity = &assessment.entities[e];
    let commune = crate::report::model::commune(
        inputs.criteria,
        inputs.dataset,
        assessment,
        entity,
        Some(gaps),
        inputs.lang,
    );
    let raw_of = |node: usize| {
        let view = commune.nodes.get(node)?;
        (view.kind == NodeKind::Indicator).then(|| words::raw(view.raw.as_ref(), inputs.lang))
    };
    let path_note;
    let mut path = Vec::new();
    match &gaps.next {
        Outlook::Top { .. } => path_note = inputs.t("report-path-top", &[]),
        Outlook::Unscored => path_note = inputs.t("report-path-unscored", &[]),
        Outlook::Unreachable { level, .. } => {
            path_note = inputs.t(
                "report-path-unreachable",
                &[("level", inputs.level_name(Some(*level)).into())],
            );
        }
        Outlook::Path(p) => {
            path_note = inputs.t(
                "report-path-steps",
                &[
                    ("level", inputs.level_name(Some(p.level)).into()),
                    ("min", words::number(Some(p.min)).into()),
                    ("count", p.steps.len().into()),
                ],
            );
            path = p
                .steps
                .iter()
                .map(|step| StepRow {
                    indicator: inputs.node_name(step.node),
                    from: raw_of(step.node).unwrap_or_default(),
                    to: step.target.as_ref().map_or_else(
                        || words::score(Some(step.to)),
                        |t| words::target(t, inputs.lang),
                    ),
                    gain_text: format!("+{}", words::number(Some(step.gain))),
                })
                .collect();
        }
    }
    Profile {
        id: entity.id.clone(),
        name: inputs.name(entity),
        groups: entity.groups.clone(),
        rank_text: entity.rank.map_or_else(
            || inputs.t("report-unscored-note", &[]),
            |r| {
                inputs.t(
                    "report-rank-of",
                    &[
                        ("rank", r.into()),
                        ("total", assessment.entities.len().into()),
                    ],
                )
            },
        ),
        level_name: inputs.level_name(entity.level),
        overall: inputs.score(entity.overall),
        pillars: assessment
            .pillars
            .iter()
            .map(|&p| inputs.score(entity.scores.get(p)))
            .collect(),
        gaps: gaps
            .gains
            .iter()
            .take(GAPS_SHOWN)
            .map(|gain| GapRow {
                indicator: inputs.node_name(gain.node),
                pillar: assessment
                    .pillar_of(gain.node)
                    .map_or_else(String::new, |p| inputs.node_name(p)),
                raw: raw_of(gain.node).unwrap_or_default(),
                score: words::score(gain.score),
                gain: gain.gain,
                gain_text: format!("+{}", words::number(Some(gain.gain))),
            })
            .collect(),
        path,
        path_note,
        restated_from: if commune.restated_from.is_empty() {
            String::new()
        } else {
            let label = crate::report::restated::from_label(inputs.lang);
            let list = crate::report::restated::list(commune.restated_from);
            format!("{label}: {list}")
        },
    }
}

fn quality(inputs: &Inputs) -> QualitySection {
    let assessment = inputs.assessment;
    let quality = &assessment.data_quality;
    // A note's commune is a position in the dataset scored; its results carry the same id,
    // name and groups, and are looked up only should the dataset lack it.
    let commune_of = |entity: usize| {
        let (id, name, groups) = match inputs.dataset.entities.get(entity) {
            Some(e) => (&e.id, &e.name, &e.groups[..]),
            None => match assessment.entities.iter().find(|r| r.entity == entity) {
                Some(r) => (&r.id, &r.name, &r.groups[..]),
                None => return (String::new(), &[][..]),
            },
        };
        (if name.is_empty() { id } else { name }.clone(), groups)
    };
    let mut rows: Vec<QualityRow> = quality
        .notes
        .iter()
        .map(|note| {
            let (commune, groups) = commune_of(note.entity);
            let group = note.treatment.group(groups);
            QualityRow {
                commune,
                indicator: inputs.node_name(note.node),
                what: words::treatment(&note.treatment, group, inputs.lang),
            }
        })
        .collect();
    rows.extend(quality.lenient.iter().map(|note| QualityRow {
        commune: note.entity.clone(),
        indicator: note.column.clone(),
        what: inputs.t(
            "report-quality-lenient",
            &[("value", note.value.as_str().into())],
        ),
    }));
    let overview_counts = |pick: fn(&crate::score::Treatment) -> bool| {
        quality.notes.iter().filter(|n| pick(&n.treatment)).count()
    };
    use crate::score::Treatment;
    let summary = if rows.is_empty() {
        inputs.t("report-quality-none", &[])
    } else {
        inputs.t(
            "report-quality-some",
            &[
                (
                    "imputed",
                    overview_counts(|t| matches!(t, Treatment::Imputed { .. })).into(),
                ),
                (
                    "zeroed",
                    overview_counts(|t| matches!(t, Treatment::Zeroed)).into(),
                ),
                (
                    "dropped",
                    overview_counts(|t| matches!(t, Treatment::Dropped | Treatment::NoDonor))
                        .into(),
                ),
                ("lenient", quality.lenient.len().into()),
            ],
        )
    };
    QualitySection { summary, rows }
}

fn method(inputs: &Inputs) -> MethodSection {
    let criteria = inputs.criteria;
    let assessment = inputs.assessment;
    let index = assessment.index;
    let aggregate = match index.aggregate {
        Aggregate::Arithmetic => inputs.t("report-method-arithmetic", &[]),
        Aggregate::Geometric => inputs.t("report-method-geometric", &[]),
    };
    let missing = match index.missing {
        MissingPolicy::Renormalize => inputs.t("report-method-renormalize", &[]),
        MissingPolicy::Zero => inputs.t("report-method-zero", &[]),
        MissingPolicy::Impute => inputs.t("report-method-impute", &[]),
    };
    let coverage = words::number(Some(100.0 * index.min_coverage));
    let rule = match assessment.level_rule {
        LevelRule::Score => inputs.t("report-method-level-score", &[]),
        LevelRule::WeakestPillar => inputs.t("report-method-level-weakest", &[]),
    };
    let paragraphs = vec![
        aggregate,
        missing,
        inputs.t("report-method-coverage", &[("coverage", coverage.into())]),
        rule,
        inputs.t("report-method-ranks", &[]),
    ];
    let tree = explain_rows(criteria, &assessment.nodes, inputs.code())
        .into_iter()
        .zip(&assessment.nodes)
        .map(|(row, info)| {
            let kind = match row.kind {
                NodeKind::Pillar => "pillar",
                NodeKind::Group => "group",
                NodeKind::Indicator => "indicator",
            };
            let rule = match (info.aggregate, info.kind) {
                (Some(Aggregate::Geometric), _) => inputs.t("report-rule-geometric", &[]),
                (Some(Aggregate::Arithmetic), _) => inputs.t("report-rule-arithmetic", &[]),
                (None, _) => match info.missing {
                    MissingPolicy::Renormalize => inputs.t("report-rule-renormalize", &[]),
                    MissingPolicy::Zero => inputs.t("report-rule-zero", &[]),
                    MissingPolicy::Impute => inputs.t("report-rule-impute", &[]),
                },
            };
            TreeRow {
                depth: row.depth,
                id: row.id.clone(),
                name: if row.name.is_empty() {
                    row.id.clone()
                } else {
                    row.name.clone()
                },
                kind: kind.to_owned(),
                weight: words::weight(row.weight),
                effective: 100.0 * row.effective_weight,
                effective_text: format!("{} %", words::number(Some(100.0 * row.effective_weight))),
                scale: row.scale.clone().unwrap_or_default(),
                rule,
            }
        })
        .collect();
    let levels = criteria
        .levels
        .iter()
        .enumerate()
        .map(|(k, level)| LevelRow {
            level: k + 1,
            name: level.name.get(inputs.code()).to_owned(),
            min: words::number(Some(level.min)),
            description: level
                .description
                .as_ref()
                .map_or_else(String::new, |d| d.get(inputs.code()).to_owned()),
        })
        .collect();
    MethodSection {
        paragraphs,
        tree,
        levels,
    }
}
