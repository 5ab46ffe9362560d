//! Pilot selection (DESIGN §5): the communes to pilot next, each with its reason, the runners-up
//! passed over and why; and with waves, a rollout schedule for every commune.
//!
//! Candidates have an overall score and pass every gate. With `cover`, the best candidate of each
//! value of that column is taken first — values in the order of their best candidate's rank — and,
//! where the `spread` column allows, from a spread value not yet picked (a greedy choice: when the
//! only candidates of a value sit in picked districts, it shares one, and the reason says so). Then
//! picks fill up to `count` in rank order, always from a spread value with the fewest picks among
//! those with candidates left, so no district gets a second pilot while another qualifies.
//! Rank order (overall score, ties by id) makes every choice deterministic.

mod gates;
mod picker;
mod reasons;
#[cfg(test)]
mod tests;
mod waves;

use serde::Serialize;

pub use waves::{Schedule, Wave, schedule};

use crate::criteria::{Criteria, Gate};
use crate::score::Assessment;
use crate::suggest;
use gates::{Check, Outcome};
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
    /// Language of level names in reasons.
    pub lang: String,
}

/// The pilots and the reasons.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Selection {
    /// How many pilots were asked for.
    pub asked: usize,
    /// The gates in words (`government ≥ 50`).
    pub gates: Vec<String>,
    pub spread: Option<String>,
    pub cover: Option<String>,
    /// How many communes pass every gate.
    pub candidates: usize,
    pub picks: Vec<Pick>,
    /// The best communes not picked, in rank order, with why.
    pub passed_over: Vec<Pick>,
    /// What a planner should know about the selection as a whole.
    pub notes: Vec<String>,
    /// Position of the spread column in `Assessment::group_columns`.
    #[serde(skip)]
    pub spread_column: Option<usize>,
}

/// A commune (position in `Assessment::entities`) and the reason, in words.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Pick {
    pub entity: usize,
    pub reason: String,
}

/// Why no selection can be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PilotError {
    #[error(
        "gate '{gate}' names '{name}', which is not overall, coverage, level, a pillar or a group column (pillars: {pillars}; groups: {groups}){suggestion}"
    )]
    UnknownGate {
        gate: String,
        name: String,
        pillars: String,
        groups: String,
        suggestion: String,
    },
    #[error("gate '{0}' compares a number with text; give a number")]
    TextForNumber(String),
    #[error("gate '{0}' names no level; the levels are: {1}")]
    UnknownLevel(String, String),
    #[error(
        "{option} '{column}' is not a group column; the criteria's groups are: {known}{suggestion}"
    )]
    UnknownColumn {
        option: &'static str,
        column: String,
        known: String,
        suggestion: String,
    },
    #[error(
        "no commune passes the gates: '{gate}' excluded the most ({excluded} of {total} communes){others}"
    )]
    NoCandidates {
        gate: String,
        excluded: usize,
        total: usize,
        others: String,
    },
    #[error("no commune has an overall score, so none can be chosen")]
    NoScores,
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
    let spread = column(assessment, "--spread", options.spread.as_deref())?;
    let cover = column(assessment, "--cover", options.cover.as_deref())?;
    let outcomes: Vec<Vec<Outcome>> = assessment
        .entities
        .iter()
        .map(|entity| {
            checks
                .iter()
                .map(|c| c.test(entity, criteria, &options.lang))
                .collect()
        })
        .collect();
    let candidates: Vec<usize> = (0..assessment.entities.len())
        .filter(|&e| {
            assessment.entities[e].overall.is_some() && outcomes[e].iter().all(|o| o.passes)
        })
        .collect();
    if candidates.is_empty() {
        return Err(no_candidates(&checks, &outcomes, assessment));
    }
    let mut picker = Picker {
        assessment,
        candidates: &candidates,
        spread,
        picks: Vec::new(),
        notes: Vec::new(),
    };
    if let Some(g) = cover {
        picker.cover(g, options.count);
    }
    picker.fill(options.count);
    if picker.picks.len() < options.count {
        picker.notes.push(format!(
            "only {} of {} communes pass the gates; {} were asked for",
            candidates.len(),
            assessment.entities.len(),
            options.count
        ));
    }
    let context = reasons::Context {
        assessment,
        checks: &checks,
        outcomes: &outcomes,
        options,
        spread,
        cover,
    };
    Ok(Selection {
        asked: options.count,
        gates: checks.iter().map(Check::words).collect(),
        spread: options.spread.clone(),
        cover: options.cover.clone(),
        candidates: candidates.len(),
        picks: reasons::for_picks(&context, &picker.picks),
        passed_over: reasons::for_passed_over(&context, &picker.picks),
        notes: picker.notes,
        spread_column: spread,
    })
}

/// How a commune came to be picked.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Why {
    /// The best candidate of its cover value; `false` when a better one sat in a picked district.
    Cover { best: bool },
    /// The next best candidate in rank order (from the least-picked spread value).
    Next,
}

fn column(
    assessment: &Assessment,
    option: &'static str,
    name: Option<&str>,
) -> Result<Option<usize>, PilotError> {
    let Some(name) = name else { return Ok(None) };
    let columns = &assessment.group_columns;
    match columns.iter().position(|c| c == name) {
        Some(g) => Ok(Some(g)),
        None => Err(PilotError::UnknownColumn {
            option,
            column: name.to_owned(),
            known: gates::list(&columns.iter().map(String::as_str).collect::<Vec<_>>()),
            suggestion: suggest::did_you_mean(name, columns.iter().map(String::as_str)),
        }),
    }
}

/// The error when nothing passes: the gate that excluded the most communes, then the others.
fn no_candidates(
    checks: &[Check],
    outcomes: &[Vec<Outcome>],
    assessment: &Assessment,
) -> PilotError {
    let total = assessment.entities.len();
    let mut counts: Vec<(usize, String)> = checks
        .iter()
        .enumerate()
        .map(|(k, check)| {
            (
                outcomes.iter().filter(|o| !o[k].passes).count(),
                check.words(),
            )
        })
        .collect();
    // Stable: among equal counts the gate given first is named.
    counts.sort_by_key(|c| std::cmp::Reverse(c.0));
    let Some((excluded, gate)) = counts.first().cloned().filter(|(n, _)| *n > 0) else {
        return PilotError::NoScores;
    };
    let others: Vec<String> = counts[1..]
        .iter()
        .map(|(n, g)| format!("'{g}' excluded {n}"))
        .collect();
    PilotError::NoCandidates {
        gate,
        excluded,
        total,
        others: if others.is_empty() {
            String::new()
        } else {
            format!("; {}", others.join(", "))
        },
    }
}
