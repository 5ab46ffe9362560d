//! `dtm report`: the whole report a province hands to its leadership, as one [`Document`].
//!
//! A document is what the report *says*, every word already in the chosen language and every
//! number already computed: the builder ([`build`]) gathers it from the results model and the
//! analyses, and the renderers lay it out — [`html`] (one self-contained, printable page),
//! [`markdown`], [`xlsx`] and [`json`]. Renderers add no words of their own beyond the labels the
//! document carries, and do no maths beyond scaling a bar.

mod build;
pub mod html;
pub mod json;
mod labels;
pub mod markdown;
mod sensitivity;
pub mod xlsx;

use serde::Serialize;

pub use build::{Inputs, build};
pub use labels::Labels;
pub use sensitivity::{CHARTED, SensitivityRow, SensitivitySection};

/// Everything the report shows.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    /// The language code (`en`, `vi`), for `<html lang>`.
    pub lang: &'static str,
    pub title: String,
    /// The criteria's title, id and version.
    pub subtitle: String,
    /// The one line of every dtm output: criteria, period, communes, level counts.
    pub headline: String,
    /// Warnings a reader must see first (synthetic data, restated scores).
    pub banners: Vec<String>,
    pub labels: Labels,
    pub summary: Summary,
    pub levels: Vec<LevelShare>,
    pub level_groups: Vec<LevelGroup>,
    pub pillars: Vec<PillarHead>,
    pub indicators: Vec<IndicatorHead>,
    pub group_columns: Vec<String>,
    pub ranking: Vec<RankRow>,
    pub pilot: Option<PilotSection>,
    pub changes: Option<ChangeSection>,
    /// With `--sensitivity`: how far the ranks move when the weights vary.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sensitivity: Option<SensitivitySection>,
    pub profiles: Vec<Profile>,
    /// Which communes are profiled, in words.
    pub profiles_note: String,
    pub quality: QualitySection,
    pub method: MethodSection,
}

/// The page a leader reads in one minute.
impl Document {
    /// The report's language.
    pub fn language(&self) -> super::Lang {
        super::Lang::from_code(self.lang).unwrap_or_default()
    }

    /// A group column as a header in the report's language (`group_columns` keeps the names).
    pub fn group_header(&self, column: &str) -> String {
        super::words::group_header(column, self.language())
    }

    /// The group columns as headers, in order.
    pub fn group_headers(&self) -> Vec<String> {
        let columns = self.group_columns.iter();
        columns.map(|c| self.group_header(c)).collect()
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub paragraphs: Vec<String>,
    pub figures: Vec<Figure>,
}

/// A key figure: a label and its value, as shown.
#[derive(Debug, Clone, Serialize)]
pub struct Figure {
    pub label: String,
    pub value: String,
}

/// How many communes reached a level.
#[derive(Debug, Clone, Serialize)]
pub struct LevelShare {
    /// 1-based, also the colour class.
    pub level: usize,
    pub name: String,
    /// The level's lower bound, as shown.
    pub min: String,
    pub count: usize,
    /// Share of scored communes, 0–100.
    pub percent: f64,
    pub percent_text: String,
}

/// The level distribution within each value of a group column.
#[derive(Debug, Clone, Serialize)]
pub struct LevelGroup {
    pub column: String,
    pub rows: Vec<LevelGroupRow>,
}

#[derive(Debug, Clone, Serialize)]
pub struct LevelGroupRow {
    pub value: String,
    pub total: usize,
    /// One per level, lowest first.
    pub counts: Vec<usize>,
    /// Shares of `total`, 0–100, one per level.
    pub percents: Vec<f64>,
    /// Communes without a level.
    pub unranked: usize,
}

/// An indicator's id, name, unit and pillar, for the spreadsheet's indicator sheet.
#[derive(Debug, Clone, Serialize)]
pub struct IndicatorHead {
    pub id: String,
    pub name: String,
    pub unit: String,
    pub pillar: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct PillarHead {
    pub id: String,
    pub name: String,
    pub short: String,
}

/// A score as a number (for bars and spreadsheets) and as shown.
#[derive(Debug, Clone, Serialize)]
pub struct Score {
    pub value: Option<f64>,
    pub text: String,
    /// The 1-based level it reaches, for colour.
    pub level: Option<usize>,
    /// The heat-map band (0–4, by 20 points), for colour.
    pub band: Option<usize>,
}

/// One row of the ranking.
#[derive(Debug, Clone, Serialize)]
pub struct RankRow {
    pub rank: Option<usize>,
    pub rank_text: String,
    pub id: String,
    pub name: String,
    pub groups: Vec<String>,
    pub overall: Score,
    pub level: Option<usize>,
    pub level_name: String,
    pub pillars: Vec<Score>,
    /// Indicator scores in the order of [`Document::indicators`].
    pub indicators: Vec<Score>,
    pub coverage: f64,
    pub coverage_text: String,
    /// Why it has no rank or level, when it has none.
    pub note: String,
}

/// The pilot recommendation and the rollout.
#[derive(Debug, Clone, Serialize)]
pub struct PilotSection {
    pub intro: String,
    pub picks: Vec<PickRow>,
    pub runners_up: Vec<PickRow>,
    pub notes: Vec<String>,
    pub waves: Vec<WaveRow>,
    pub unscheduled: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PickRow {
    pub id: String,
    pub name: String,
    pub groups: Vec<String>,
    pub overall: Score,
    pub level_name: String,
    pub reasons: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct WaveRow {
    pub number: usize,
    pub communes: Vec<String>,
    pub mean: String,
    pub groups: String,
}

/// What changed since the previous period.
#[derive(Debug, Clone, Serialize)]
pub struct ChangeSection {
    pub from: String,
    pub to: String,
    pub summary: Vec<String>,
    pub rows: Vec<ChangeRow>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ChangeRow {
    pub name: String,
    pub before: String,
    pub after: String,
    pub delta: Option<f64>,
    pub delta_text: String,
    pub rank_change: String,
    pub level_change: String,
}

/// One commune's profile: its standing, pillars and gaps.
#[derive(Debug, Clone, Serialize)]
pub struct Profile {
    pub id: String,
    pub name: String,
    pub groups: Vec<String>,
    pub rank_text: String,
    pub level_name: String,
    pub overall: Score,
    pub pillars: Vec<Score>,
    pub gaps: Vec<GapRow>,
    pub path: Vec<StepRow>,
    /// The path in words (the deficit to the next level, or why there is none).
    pub path_note: String,
    /// For restated scores: "Restated from: …" (the old units), else empty.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub restated_from: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct GapRow {
    pub indicator: String,
    pub pillar: String,
    pub raw: String,
    pub score: String,
    pub gain: f64,
    pub gain_text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct StepRow {
    pub indicator: String,
    pub from: String,
    pub to: String,
    pub gain_text: String,
}

/// Every value that was imputed, zeroed, dropped or turned missing.
#[derive(Debug, Clone, Serialize)]
pub struct QualitySection {
    pub summary: String,
    pub rows: Vec<QualityRow>,
}

#[derive(Debug, Clone, Serialize)]
pub struct QualityRow {
    pub commune: String,
    pub indicator: String,
    pub what: String,
}

/// How the scores were made, so that the ranking can be audited.
#[derive(Debug, Clone, Serialize)]
pub struct MethodSection {
    pub paragraphs: Vec<String>,
    pub tree: Vec<TreeRow>,
    pub levels: Vec<LevelRow>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TreeRow {
    pub depth: usize,
    pub id: String,
    pub name: String,
    /// `pillar`, `group` or `indicator`.
    pub kind: String,
    pub weight: String,
    /// Effective weight in the overall index, as a percentage.
    pub effective: f64,
    pub effective_text: String,
    pub scale: String,
    pub rule: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct LevelRow {
    pub level: usize,
    pub name: String,
    pub min: String,
    pub description: String,
}
