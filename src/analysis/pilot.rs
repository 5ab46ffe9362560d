//! Pilot selection (DESIGN §5): the communes to pilot next, each with the facts of why, the
//! runners-up passed over and why; and with waves, a rollout schedule for every commune.
//!
//! Candidates have an overall score, pass every gate and are neither excluded nor already piloted.
//! They are taken in *priority order*: rank order in [`Mode::Ready`]; in [`Mode::Replicate`] the
//! communes below the target level, closest to it first. With `cover`, the first candidate of each
//! value of that column is taken first — values in the order of their first candidate — and, where
//! the `spread` column allows, from a spread value not yet picked (a greedy choice: when the only
//! candidates of a value sit in picked districts, it shares one, and the reason says so). Then picks
//! fill up to `count` in priority order, always from a spread value with the fewest picks among
//! those with candidates left, so no district gets a second pilot while another qualifies.
//!
//! Every step runs on per-value cursors and a priority queue (see [`rotation`]), so a selection of
//! n communes costs O(n log n) whatever the count. Nothing here writes a sentence: reasons, notes
//! and errors are facts that `report::pilot` puts into words.

mod exclude;
mod facts;
mod gates;
mod order;
mod picker;
mod reasons;
mod rotation;
#[cfg(test)]
mod tests;
mod waves;

pub use exclude::Exclusion;
pub use facts::{
    GroupOption, How, Note, Passed, PassedWhy, Pick, PilotError, Place, Shown, Target, TargetFrom,
};
pub use waves::{Order, Schedule, Wave, WaveOptions, schedule};

use crate::criteria::{Criteria, Gate};
use crate::score::Assessment;
use gates::Check;
use picker::Picker;

/// What to select.
#[derive(Debug, Clone, PartialEq)]
pub struct PilotOptions {
    pub count: usize,
    pub gates: Vec<Gate>,
    /// At most one pilot per value of this group column while another value qualifies.
    pub spread: Option<String>,
    /// At least one pilot of each value of this group column that has a candidate.
    pub cover: Option<String>,
    /// Communes (ids or names, as typed) that are not candidates.
    pub exclude: Vec<Exclusion>,
    pub mode: Mode,
}

/// Which communes the selection looks for.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Mode {
    /// The most ready communes (rank order).
    #[default]
    Ready,
    /// The communes to bring up to a level next: those below it, closest first. The level is a
    /// 1-based number or a level name; without one, the lowest level of the communes already
    /// piloted (excluded or marked `already_piloted`), else the level of the most ready pick.
    Replicate { target: Option<String> },
}

/// The group column that marks communes already piloted (yes/no).
pub const ALREADY_PILOTED: &str = "already_piloted";

/// The pilots and the facts behind them.
#[derive(Debug, Clone, PartialEq)]
pub struct Selection {
    /// How many pilots were asked for.
    pub asked: usize,
    pub gates: Vec<Gate>,
    pub spread: Option<String>,
    pub cover: Option<String>,
    /// Positions of the spread and cover columns in `Assessment::group_columns`.
    pub spread_column: Option<usize>,
    pub cover_column: Option<usize>,
    /// In replication mode, the level aimed for and where it came from.
    pub target: Option<Target>,
    /// Communes removed by `--exclude` and by `already_piloted`, in rank order.
    pub excluded: Vec<usize>,
    pub already_piloted: Vec<usize>,
    /// How many communes are candidates.
    pub candidates: usize,
    pub picks: Vec<Pick>,
    /// The first communes in priority order not picked, with why.
    pub passed_over: Vec<Passed>,
    /// What a planner should know about the selection as a whole.
    pub notes: Vec<Note>,
}

/// Choose the pilots.
pub fn select(
    criteria: &Criteria,
    assessment: &Assessment,
    options: &PilotOptions,
) -> Result<Selection, PilotError> {
    let checks = options
        .gates
        .iter()
        .map(|gate| Check::resolve(gate, criteria, assessment))
        .collect::<Result<Vec<_>, _>>()?;
    let spread = column(
        assessment,
        facts::GroupOption::Spread,
        options.spread.as_deref(),
    )?;
    let cover = column(
        assessment,
        facts::GroupOption::Cover,
        options.cover.as_deref(),
    )?;
    let removed = exclude::resolve(assessment, &options.exclude)?;
    let shown: Vec<Vec<(bool, Shown)>> = assessment
        .entities
        .iter()
        .map(|entity| checks.iter().map(|c| c.test(entity)).collect())
        .collect();
    let passes = |e: usize| {
        assessment.entities[e].overall.is_some()
            && shown[e].iter().all(|(ok, _)| *ok)
            && !removed.any(e)
    };
    let target = order::target(criteria, assessment, options, &removed, &passes)?;
    let priority = order::priority(criteria, assessment, &options.mode, target.as_ref());
    let candidates: Vec<usize> = priority.iter().copied().filter(|&e| passes(e)).collect();
    if candidates.is_empty() {
        return Err(no_candidates(&checks, &shown, assessment, &removed, target));
    }
    let keys = rotation::Keys::new(assessment, spread);
    let mut picker = Picker::new(assessment, &candidates, &keys, spread.is_some());
    if let Some(g) = cover {
        picker.cover(g, options.count);
    }
    picker.fill(options.count);
    let mut notes = std::mem::take(&mut picker.notes);
    if picker.picks.len() < options.count {
        notes.push(Note::FewerCandidates {
            candidates: candidates.len(),
            communes: assessment.entities.len(),
            asked: options.count,
        });
    }
    if !removed.excluded.is_empty() || !removed.already_piloted.is_empty() {
        notes.push(Note::Removed {
            excluded: removed.excluded.len(),
            already_piloted: removed.already_piloted.len(),
        });
    }
    let context = reasons::Context {
        criteria,
        assessment,
        shown: &shown,
        removed: &removed,
        keys: &keys,
        spread,
        cover,
        count: options.count,
        target: target.as_ref(),
    };
    Ok(Selection {
        asked: options.count,
        gates: options.gates.clone(),
        spread: options.spread.clone(),
        cover: options.cover.clone(),
        spread_column: spread,
        cover_column: cover,
        excluded: removed.excluded.clone(),
        already_piloted: removed.already_piloted.clone(),
        candidates: candidates.len(),
        picks: reasons::for_picks(&context, &picker.picks),
        passed_over: reasons::for_passed_over(&context, &priority, &picker.picks),
        notes,
        target,
    })
}

fn column(
    assessment: &Assessment,
    option: facts::GroupOption,
    name: Option<&str>,
) -> Result<Option<usize>, PilotError> {
    let Some(name) = name else { return Ok(None) };
    let columns = &assessment.group_columns;
    match columns.iter().position(|c| c == name) {
        Some(g) => Ok(Some(g)),
        None => Err(PilotError::UnknownColumn {
            option,
            column: name.to_owned(),
            known: columns.clone(),
            suggestion: crate::suggest::closest(name, columns.iter().map(String::as_str))
                .map(str::to_owned),
        }),
    }
}

/// The error when nothing passes: each gate with how many communes it excluded, most first.
fn no_candidates(
    checks: &[Check],
    shown: &[Vec<(bool, Shown)>],
    assessment: &Assessment,
    removed: &exclude::Removed,
    target: Option<Target>,
) -> PilotError {
    let mut counts: Vec<(usize, usize)> = (0..checks.len())
        .map(|k| (k, shown.iter().filter(|s| !s[k].0).count()))
        .collect();
    // Stable: among equal counts the gate given first is named.
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    counts.retain(|c| c.1 > 0);
    let scored = assessment
        .entities
        .iter()
        .filter(|e| e.overall.is_some())
        .count();
    if counts.is_empty() && removed.is_empty() && target.is_none() && scored == 0 {
        return PilotError::NoScores;
    }
    PilotError::NoCandidates {
        gates: counts
            .into_iter()
            .map(|(k, n)| (checks[k].gate.clone(), n))
            .collect(),
        removed: removed.excluded.len() + removed.already_piloted.len(),
        unscored: assessment.entities.len() - scored,
        total: assessment.entities.len(),
        target,
    }
}
