//! The facts a selection states — reasons, passed-over reasons, notes, errors — as typed values
//! with their numbers and ids; `report::pilot` words them in each language.

use crate::analysis::gaps::Outlook;
use crate::criteria::Gate;

/// A chosen commune and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Pick {
    /// Position in `Assessment::entities`.
    pub entity: usize,
    pub how: How,
    /// The commune's value for each gate of the selection, in gate order (every one passes).
    pub gates: Vec<Shown>,
    /// Its place among the picks of its spread value.
    pub place: Option<Place>,
    /// In replication mode, the way to the next level (from `analysis::gaps`).
    pub path: Option<Outlook>,
}

/// How a commune came to be picked.
#[derive(Debug, Clone, PartialEq)]
pub enum How {
    /// The first candidate of its cover value (`value` as the data write it); `best: false` when a
    /// better one sat in a spread value already picked.
    Cover { value: String, best: bool },
    /// The best commune overall (rank 1).
    BestOverall,
    /// The next candidate in priority order, from a spread value with the fewest picks.
    Next,
    /// In replication mode: the closest candidate below the target level, `shortfall` points away.
    Closest { shortfall: f64 },
}

/// A commune's value against one gate.
#[derive(Debug, Clone, PartialEq)]
pub enum Shown {
    /// `overall` or a pillar: the score, if any.
    Score(Option<f64>),
    /// Coverage from 0 to 1.
    Coverage(f64),
    /// The 0-based level, if any.
    Level(Option<usize>),
    /// A group column's value as the data write it.
    Group(String),
}

/// The n-th of `total` picks in a spread value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub value: String,
    pub nth: usize,
    pub total: usize,
}

/// A commune not picked and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Passed {
    pub entity: usize,
    pub why: PassedWhy,
}

/// Why a commune was passed over.
#[derive(Debug, Clone, PartialEq)]
pub enum PassedWhy {
    NoScore,
    /// Named by `--exclude`.
    Excluded,
    /// Marked yes in the `already_piloted` column.
    AlreadyPiloted,
    /// The gates it fails (positions in `Selection::gates`) with its value for each.
    FailsGates(Vec<(usize, Shown)>),
    /// A pick (entity position) shares its spread value.
    SameSpread {
        pick: usize,
        value: String,
    },
    /// A pick (entity position) already covers its cover value.
    Covered {
        pick: usize,
        value: String,
    },
    /// A pick (entity position) already covers its cover value, and the places left after
    /// covering every value went to candidates ahead of it: the places ran out.
    CoveredAndFull {
        pick: usize,
        value: String,
    },
    /// Too few pilots to cover every value, and this value's first candidate comes after the picks.
    CannotCoverAll {
        value: String,
    },
    /// Every pilot asked for was already chosen.
    AllChosen,
}

/// The level a replication aims for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Target {
    /// 0-based level.
    pub level: usize,
    pub min: f64,
    pub from: TargetFrom,
}

/// Where the target level came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetFrom {
    /// `--target`.
    Asked,
    /// The lowest level among the communes already piloted.
    Pilots,
    /// The level of the most ready candidate.
    MostReady,
}

/// What a planner should know about the selection as a whole.
#[derive(Debug, Clone, PartialEq)]
pub enum Note {
    /// Fewer candidates than pilots asked for.
    FewerCandidates {
        candidates: usize,
        communes: usize,
        asked: usize,
    },
    /// `count` pilots cannot cover every value of `column`: these values are left out.
    CannotCover {
        column: String,
        count: usize,
        left_out: Vec<String>,
    },
    /// No candidate has this value of the cover column.
    Uncovered { column: String, value: String },
    /// Communes removed from the candidates before picking.
    Removed {
        excluded: usize,
        already_piloted: usize,
    },
}

/// The option that names a group column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupOption {
    Spread,
    Cover,
}

impl GroupOption {
    pub fn flag(self) -> &'static str {
        match self {
            GroupOption::Spread => "--spread",
            GroupOption::Cover => "--cover",
        }
    }
}

/// Why no selection can be made.
#[derive(Debug, Clone, PartialEq)]
pub enum PilotError {
    /// The gate names nothing known.
    UnknownGate {
        gate: Box<Gate>,
        pillars: Vec<String>,
        groups: Vec<String>,
        suggestion: Option<String>,
    },
    /// A text value where a number is compared.
    TextForNumber(Box<Gate>),
    /// A level gate or `--target` names no level.
    UnknownLevel {
        text: String,
        levels: Vec<String>,
    },
    /// A number outside the range of what the gate names (`coverage` 0–1, scores 0–100, levels).
    OutOfRange {
        gate: Box<Gate>,
        low: f64,
        high: f64,
    },
    /// A group gate (`=` or `!=`) whose value no commune has.
    UnknownValue {
        gate: Box<Gate>,
        values: Vec<String>,
        suggestion: Option<String>,
    },
    UnknownColumn {
        option: GroupOption,
        column: String,
        known: Vec<String>,
        suggestion: Option<String>,
    },
    /// An exclusion names no commune.
    UnknownCommune {
        exclusion: Box<super::Exclusion>,
        suggestion: Option<String>,
    },
    /// An exclusion names several communes.
    Ambiguous {
        exclusion: Box<super::Exclusion>,
        ids: Vec<String>,
    },
    /// An `already_piloted` value that is not yes or no.
    NotYesNo {
        id: String,
        value: String,
    },
    /// Nothing passes: each gate with how many communes it excluded (most first), how many were
    /// removed by exclusions, how many have no score, and the target level in replication mode.
    NoCandidates {
        gates: Vec<(Gate, usize)>,
        removed: usize,
        unscored: usize,
        total: usize,
        target: Option<Target>,
    },
    NoScores,
}
