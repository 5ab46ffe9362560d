//! The results model: what a run found, built once from the criteria, the dataset, the
//! assessment and the analyses, and rendered in slices by every renderer.
//!
//! [`Run`] describes the run (criteria, period, counts, level counts, data quality, method) and
//! [`Commune`] one commune (names, groups, ranks, level, pillars, indicators, flags, notes). Both
//! serialise to the JSON shape documented in the README; `score`, `profile`, `compare` and
//! `pilot` all describe a commune with [`Commune`]. Numbers are cleaned with [`clean`] here, so
//! that no renderer shows floating-point noise and none does arithmetic.

mod serial;

use crate::analysis::gaps::Gaps;
use crate::criteria::{Criteria, LevelRule};
use crate::data::{Dataset, Raw};
use crate::score::{
    Assessment, EntityResult, Flag, LenientNote, Method, NodeKind, QualityNote, SourceUnit,
    Treatment,
};

use super::Lang;

/// Decimal places kept in machine formats: enough that every score stays within 1e-9 of the
/// engine's (rounding moves a value by at most 5e-11), few enough to drop binary noise such as
/// `96.29999999999998`.
pub const DECIMALS: i32 = 10;

/// `value` rounded to [`DECIMALS`] places (`-0` becomes `0`).
pub fn clean(value: f64) -> f64 {
    const SCALE: f64 = 1e10;
    const _: () = assert!(DECIMALS == 10, "SCALE is 10^DECIMALS");
    let rounded = (value * SCALE).round() / SCALE;
    if rounded == 0.0 { 0.0 } else { rounded }
}

/// Every number in `value` cleaned with [`clean`] (for analyses serialised as they are).
pub fn clean_json(value: &mut serde_json::Value) {
    use serde_json::Value;
    match value {
        Value::Number(number) if number.is_f64() => {
            if let Some(x) = number.as_f64() {
                *value = serde_json::json!(clean(x));
            }
        }
        Value::Array(items) => items.iter_mut().for_each(clean_json),
        Value::Object(map) => map.values_mut().for_each(clean_json),
        _ => {}
    }
}

fn clean_opt(value: Option<f64>) -> Option<f64> {
    value.map(clean)
}

/// One run: the criteria, the period and what came out of it.
#[derive(Debug, Clone)]
pub struct Run {
    pub criteria_id: String,
    pub criteria_version: Option<String>,
    pub criteria_title: String,
    pub period: Option<String>,
    pub periods: Vec<String>,
    /// Communes in the period.
    pub communes: usize,
    /// Communes without an overall score.
    pub unscored: usize,
    /// Every level with how many communes reached it, lowest first.
    pub levels: Vec<LevelCount>,
    /// The pillars, in file order, with their names and abbreviations.
    pub pillars: Vec<Heading>,
    /// The indicators in tree order (the order of [`Commune::indicators`]).
    pub indicators: Vec<Heading>,
    pub group_columns: Vec<String>,
    pub method: Method,
    pub level_rule: LevelRule,
    pub quality: Quality,
    /// Every value `--lenient` turned missing (listed in JSON even when `-q` silences stderr).
    pub lenient: Vec<LenientNote>,
    /// Communes whose data are marked synthetic (the data's `synthetic` column).
    pub synthetic: usize,
    /// Communes left without an index by `missing_pillar: unranked`.
    pub unranked: usize,
    /// Set when the scores were restated on new units through a crosswalk.
    pub restated: Option<RunRestated>,
}

/// A restatement as the run describes it: the crosswalk, how many units on each side, the note.
#[derive(Debug, Clone, PartialEq)]
pub struct RunRestated {
    pub crosswalk: String,
    pub new_units: usize,
    pub old_units: usize,
    /// "Scores restated on 96 new units from 280 old communes through the crosswalk vn-2025."
    pub note: String,
}

impl Run {
    /// The notes every human-readable output adds: restated scores, synthetic data, unranked
    /// communes.
    pub fn notes(&self, lang: Lang) -> Vec<String> {
        let code = lang.code();
        self.restated
            .iter()
            .map(|r| r.note.clone())
            .chain(super::notes::synthetic(self.synthetic, self.communes, code))
            .chain(super::notes::unranked(self.unranked, code))
            .collect()
    }
}

/// A level and how many communes are at it.
#[derive(Debug, Clone, PartialEq)]
pub struct LevelCount {
    /// 1-based.
    pub level: usize,
    pub name: String,
    pub min: f64,
    pub count: usize,
}

/// A node's id, its name in the run's language and a short form for narrow columns.
#[derive(Debug, Clone, PartialEq)]
pub struct Heading {
    pub id: String,
    pub name: String,
    pub short: String,
}

/// How much of the data needed help: counts over every commune of the period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Quality {
    pub imputed: usize,
    pub zeroed: usize,
    pub dropped: usize,
    /// Values the loader turned missing under `--lenient`.
    pub lenient: usize,
}

/// One commune, as every output describes it.
#[derive(Debug, Clone, Default)]
pub struct Commune<'a> {
    pub id: &'a str,
    pub name: &'a str,
    /// The name when there is one, else the id.
    pub display_name: &'a str,
    /// `(column, value)` in the criteria's order.
    pub groups: Vec<(&'a str, &'a str)>,
    /// Overall rank, 1 is best.
    pub rank: Option<usize>,
    /// `(column, rank among communes with the same value)`.
    pub group_ranks: Vec<(&'a str, Option<usize>)>,
    /// How many communes of the period share each group value (the size behind a group rank).
    pub group_sizes: Vec<usize>,
    pub overall: Option<f64>,
    /// 1-based.
    pub level: Option<usize>,
    pub level_name: &'a str,
    pub coverage: f64,
    /// Pillars, groups and indicators in tree order.
    pub nodes: Vec<NodeView<'a>>,
    pub flags: &'a [Flag],
    pub notes: Vec<NoteView<'a>>,
    /// A restated commune's old units; empty when the scores were not restated.
    pub restated_from: &'a [SourceUnit],
    /// Old units the crosswalk maps to this commune that the data lack.
    pub restated_absent: &'a [String],
}

/// One data-quality note of a commune, with the node and group it names.
#[derive(Debug, Clone, Copy)]
pub struct NoteView<'a> {
    pub node_id: &'a str,
    pub kind: NodeKind,
    pub treatment: &'a Treatment,
    /// An imputed value's donor group (the commune's first group value), when its group gave it.
    pub group: Option<&'a str>,
}

/// One pillar, group or indicator of one commune.
#[derive(Debug, Clone)]
pub struct NodeView<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub kind: NodeKind,
    pub depth: usize,
    pub score: Option<f64>,
    pub coverage: f64,
    pub effective_weight: f64,
    /// Pillars: their 1-based level and its name.
    pub level: Option<usize>,
    pub level_name: &'a str,
    /// Indicators: the unit, the raw value as data and as a cell.
    pub unit: Option<&'a str>,
    pub raw: Option<RawValue>,
    /// Indicators: overall points gained by reaching the scale's best (when gaps were computed).
    pub gain: Option<f64>,
}

/// A raw value as the data gave it.
#[derive(Debug, Clone, PartialEq)]
pub enum RawValue {
    Number(f64),
    Bool(bool),
    Label(String),
}

impl Commune<'_> {
    pub fn pillars(&self) -> impl Iterator<Item = &NodeView<'_>> {
        self.nodes.iter().filter(|n| n.kind == NodeKind::Pillar)
    }

    pub fn indicators(&self) -> impl Iterator<Item = &NodeView<'_>> {
        self.nodes.iter().filter(|n| n.kind == NodeKind::Indicator)
    }

    pub fn subgroups(&self) -> impl Iterator<Item = &NodeView<'_>> {
        self.nodes.iter().filter(|n| n.kind == NodeKind::Group)
    }
}

/// The level's name in `lang`; empty when there is none.
pub fn level_name(criteria: &Criteria, level: Option<usize>, lang: Lang) -> String {
    level_name_ref(criteria, level, lang).to_owned()
}

fn level_name_ref(criteria: &Criteria, level: Option<usize>, lang: Lang) -> &str {
    level
        .and_then(|l| criteria.levels.get(l))
        .map_or("", |l| l.name.get(lang.code()))
}

/// The run's description.
pub fn run(criteria: &Criteria, assessment: &Assessment, lang: Lang) -> Run {
    let levels = criteria
        .levels
        .iter()
        .enumerate()
        .map(|(k, level)| LevelCount {
            level: k + 1,
            name: level.name.get(lang.code()).to_owned(),
            min: level.min,
            count: assessment
                .entities
                .iter()
                .filter(|e| e.level == Some(k))
                .count(),
        })
        .collect();
    let names: Vec<String> = assessment
        .pillars
        .iter()
        .map(|&p| node_name(assessment, p, lang))
        .collect();
    let shorts = super::columns::abbreviations(&names);
    let pillars = assessment
        .pillars
        .iter()
        .zip(names.into_iter().zip(shorts))
        .map(|(&p, (name, short))| Heading {
            id: assessment.nodes[p].id.clone(),
            name,
            short,
        })
        .collect();
    let indicators = assessment
        .nodes
        .iter()
        .enumerate()
        .filter(|(_, info)| info.kind == NodeKind::Indicator)
        .map(|(node, info)| Heading {
            id: info.id.clone(),
            name: node_name(assessment, node, lang),
            short: info.id.clone(),
        })
        .collect();
    Run {
        indicators,
        criteria_id: criteria.id.clone(),
        criteria_version: criteria.version.clone(),
        criteria_title: criteria.title.get(lang.code()).to_owned(),
        period: assessment.period.clone(),
        periods: assessment.periods.clone(),
        communes: assessment.entities.len(),
        unscored: assessment
            .entities
            .iter()
            .filter(|e| e.overall.is_none())
            .count(),
        levels,
        pillars,
        group_columns: assessment.group_columns.clone(),
        method: assessment.index,
        level_rule: assessment.level_rule,
        quality: quality(assessment),
        lenient: assessment.data_quality.lenient.clone(),
        synthetic: assessment.synthetic,
        unranked: assessment
            .entities
            .iter()
            .filter(|e| e.flags.contains(&crate::score::Flag::Unranked))
            .count(),
        restated: assessment.restated.as_ref().map(|r| RunRestated {
            crosswalk: r.crosswalk.clone(),
            new_units: r.sources.len(),
            old_units: r.old_units,
            note: super::restated::note(r, lang),
        }),
    }
}

fn quality(assessment: &Assessment) -> Quality {
    use crate::score::Treatment;
    let mut quality = Quality {
        lenient: assessment.data_quality.lenient.len(),
        ..Quality::default()
    };
    for note in &assessment.data_quality.notes {
        match note.treatment {
            Treatment::Imputed { .. } => quality.imputed += 1,
            Treatment::Zeroed => quality.zeroed += 1,
            Treatment::Dropped | Treatment::NoDonor => quality.dropped += 1,
        }
    }
    quality
}

/// A node's name in `lang`, else its id.
pub fn node_name(assessment: &Assessment, node: usize, lang: Lang) -> String {
    node_name_ref(assessment, node, lang).to_owned()
}

fn node_name_ref(assessment: &Assessment, node: usize, lang: Lang) -> &str {
    let info = &assessment.nodes[node];
    info.name.as_ref().map_or(&info.id, |n| n.get(lang.code()))
}

/// One commune's description; `gaps` fills in the indicators' potential gains.
///
/// For many communes, build a [`Describer`] once and call [`Describer::commune`] per commune.
pub fn commune<'a>(
    criteria: &'a Criteria,
    dataset: &'a Dataset,
    assessment: &'a Assessment,
    entity: &'a EntityResult,
    gaps: Option<&Gaps>,
    lang: Lang,
) -> Commune<'a> {
    Describer::build(criteria, dataset, assessment, lang, false).commune(entity, gaps)
}

/// What every commune's description shares, worked out once per run: each node's name in the
/// language, its pillar position and its indicator definition. Describing a commune is then a
/// copy of its numbers, so renderers can describe communes one at a time as they write them.
pub struct Describer<'a> {
    criteria: &'a Criteria,
    dataset: &'a Dataset,
    assessment: &'a Assessment,
    lang: Lang,
    nodes: Vec<NodeFacts<'a>>,
    /// The quality notes grouped by commune: those of dataset entity `e` are
    /// `notes[starts[e]..starts[e + 1]]`, in the assessment's order. `None` for a describer of
    /// one commune, which looks through the notes instead.
    notes: Option<(Vec<&'a QualityNote>, Vec<usize>)>,
}

/// The per-run facts of one node.
struct NodeFacts<'a> {
    name: &'a str,
    /// Position among the pillars, for pillars.
    pillar: Option<usize>,
    /// Indicators: the position in `Criteria::indicators()` and the definition.
    indicator: Option<(usize, &'a crate::criteria::Indicator)>,
    effective_weight: f64,
}

impl<'a> Describer<'a> {
    pub fn new(
        criteria: &'a Criteria,
        dataset: &'a Dataset,
        assessment: &'a Assessment,
        lang: Lang,
    ) -> Describer<'a> {
        Describer::build(criteria, dataset, assessment, lang, true)
    }

    /// `index`: group the quality notes by commune (worth it for many communes, not for one).
    fn build(
        criteria: &'a Criteria,
        dataset: &'a Dataset,
        assessment: &'a Assessment,
        lang: Lang,
        index: bool,
    ) -> Describer<'a> {
        let indicators = criteria.indicators();
        let nodes = assessment
            .nodes
            .iter()
            .enumerate()
            .map(|(node, info)| NodeFacts {
                name: node_name_ref(assessment, node, lang),
                pillar: assessment.pillars.iter().position(|&p| p == node),
                indicator: info
                    .indicator
                    .and_then(|i| indicators.get(i).map(|&d| (i, d))),
                effective_weight: clean(info.effective_weight),
            })
            .collect();
        let notes =
            index.then(|| notes_by_entity(&assessment.data_quality.notes, dataset.entities.len()));
        Describer {
            criteria,
            dataset,
            assessment,
            lang,
            nodes,
            notes,
        }
    }

    /// One commune's description; `gaps` fills in the indicators' potential gains.
    pub fn commune(&self, entity: &'a EntityResult, gaps: Option<&Gaps>) -> Commune<'a> {
        let mut commune = Commune::default();
        self.refill(&mut commune, entity, gaps);
        commune
    }

    /// Describe `entity` in `commune`, reusing its buffers: a renderer writing communes one after
    /// another allocates nothing per commune.
    pub fn refill(&self, commune: &mut Commune<'a>, entity: &'a EntityResult, gaps: Option<&Gaps>) {
        self.fill(commune, entity, gaps, None, true);
    }

    /// [`Describer::refill`] with only the nodes `nodes` (positions in `Assessment::nodes`,
    /// from [`Describer::nodes_of_kind`]) and no quality notes (`notes` stays empty): a ranking
    /// that writes the pillars needs no view of every indicator, nor of the notes.
    pub fn refill_only(
        &self,
        commune: &mut Commune<'a>,
        entity: &'a EntityResult,
        gaps: Option<&Gaps>,
        nodes: &[usize],
    ) {
        self.fill(commune, entity, gaps, Some(nodes), false);
    }

    /// The positions of the nodes of the kinds `wanted` accepts, in tree order.
    pub fn nodes_of_kind(&self, wanted: impl Fn(NodeKind) -> bool) -> Vec<usize> {
        let nodes = self.assessment.nodes.iter().enumerate();
        nodes
            .filter(|(_, info)| wanted(info.kind))
            .map(|(node, _)| node)
            .collect()
    }

    fn fill(
        &self,
        commune: &mut Commune<'a>,
        entity: &'a EntityResult,
        gaps: Option<&Gaps>,
        only: Option<&[usize]>,
        notes: bool,
    ) {
        let (criteria, assessment, lang) = (self.criteria, self.assessment, self.lang);
        let columns = &assessment.group_columns;
        let view = |node: usize| {
            let (info, facts) = (&assessment.nodes[node], &self.nodes[node]);
            let level = facts
                .pillar
                .and_then(|k| entity.pillar_levels.get(k).copied().flatten());
            let raw = facts.indicator.and_then(|(i, definition)| {
                let value = self.dataset.value(entity.entity, i)?;
                raw_value(value, &definition.scale)
            });
            NodeView {
                id: &info.id,
                name: facts.name,
                kind: info.kind,
                depth: info.depth,
                score: clean_opt(entity.scores.get(node)),
                coverage: clean(entity.coverages.get(node)),
                effective_weight: facts.effective_weight,
                level: level.map(|l| l + 1),
                level_name: facts
                    .pillar
                    .map_or("", |_| level_name_ref(criteria, level, lang)),
                unit: facts.indicator.and_then(|(_, d)| d.unit.as_deref()),
                raw,
                gain: gaps.and_then(|g| {
                    (info.kind == NodeKind::Indicator).then(|| {
                        g.gains
                            .iter()
                            .find(|gain| gain.node == node)
                            .map_or(0.0, |gain| clean(gain.gain))
                    })
                }),
            }
        };
        commune.nodes.clear();
        match only {
            Some(nodes) => commune.nodes.extend(nodes.iter().map(|&node| view(node))),
            None => commune.nodes.extend((0..assessment.nodes.len()).map(view)),
        }
        commune.id = &entity.id;
        commune.name = &entity.name;
        commune.display_name = if entity.name.is_empty() {
            &entity.id
        } else {
            &entity.name
        };
        let names = columns.iter().map(String::as_str);
        commune.groups.clear();
        commune
            .groups
            .extend(names.clone().zip(entity.groups.iter().map(String::as_str)));
        commune.rank = entity.rank;
        commune.group_ranks.clear();
        commune
            .group_ranks
            .extend(names.zip(entity.group_ranks.iter().copied()));
        commune.group_sizes.clear();
        commune
            .group_sizes
            .extend((0..columns.len()).map(|g| entity.group_sizes.get(g).copied().unwrap_or(0)));
        commune.overall = clean_opt(entity.overall);
        commune.level = entity.level.map(|l| l + 1);
        commune.level_name = level_name_ref(criteria, entity.level, lang);
        commune.coverage = clean(entity.coverage);
        commune.flags = &entity.flags;
        commune.notes.clear();
        commune.restated_from = super::restated::sources(assessment, entity).unwrap_or(&[]);
        commune.restated_absent = super::restated::absent(assessment, entity);
        if !notes {
            return;
        }
        // The groups scoring saw: the dataset's (a restated comparison keeps only the criteria's
        // groups in its results, but imputed from the first of all, `former_district` included).
        let entities = &self.dataset.entities;
        let scored = entities
            .get(entity.entity)
            .map_or(&entity.groups, |e| &e.groups);
        let view = |note: &'a QualityNote| NoteView {
            node_id: &assessment.nodes[note.node].id,
            kind: note.kind,
            treatment: &note.treatment,
            group: note.treatment.group(scored),
        };
        match &self.notes {
            Some((notes, starts)) => {
                let e = entity.entity;
                if let (Some(&start), Some(&end)) = (starts.get(e), starts.get(e + 1)) {
                    commune
                        .notes
                        .extend(notes[start..end].iter().map(|&note| view(note)));
                }
            }
            None => {
                let all = &assessment.data_quality.notes;
                commune
                    .notes
                    .extend(notes_of(all, entities, entity).map(view));
            }
        }
    }
}

/// The quality notes of one commune. The notes are sorted by commune id (the dataset's), then
/// node (`score::results`), so a binary search finds them.
fn notes_of<'a>(
    notes: &'a [QualityNote],
    entities: &'a [crate::data::Entity],
    entity: &'a EntityResult,
) -> impl Iterator<Item = &'a QualityNote> {
    let id = |note: &QualityNote| entities.get(note.entity).map_or("", |e| e.id.as_str());
    let start = notes.partition_point(|note| id(note) < entity.id.as_str());
    notes[start..]
        .iter()
        .take_while(move |note| id(note) == entity.id)
        .filter(move |note| note.entity == entity.entity)
}

/// The notes grouped by dataset entity, by a counting sort that keeps their order: a search
/// per commune made the model quadratic in communes, and a binary search over ids cost a tenth
/// of `score` in cache misses.
fn notes_by_entity(notes: &[QualityNote], entities: usize) -> (Vec<&QualityNote>, Vec<usize>) {
    let entities = entities.max(notes.iter().map(|n| n.entity + 1).max().unwrap_or(0));
    let mut starts = vec![0usize; entities + 1];
    for note in notes {
        starts[note.entity + 1] += 1;
    }
    for e in 0..entities {
        starts[e + 1] += starts[e];
    }
    let mut next = starts.clone();
    let mut grouped: Vec<Option<&QualityNote>> = vec![None; notes.len()];
    for note in notes {
        grouped[next[note.entity]] = Some(note);
        next[note.entity] += 1;
    }
    (grouped.into_iter().flatten().collect(), starts)
}

fn raw_value(value: Raw, scale: &crate::criteria::Scale) -> Option<RawValue> {
    match (value, scale) {
        (Raw::Number(x), _) => Some(RawValue::Number(clean(x))),
        (Raw::Bool(yes), _) => Some(RawValue::Bool(yes)),
        (Raw::Label(k), crate::criteria::Scale::Categories(categories)) => categories
            .0
            .get(k)
            .map(|(label, _)| RawValue::Label(label.clone())),
        (Raw::Label(_), _) => None,
    }
}

#[cfg(test)]
mod tests;
