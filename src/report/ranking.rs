//! The ranked table of `dtm score` in four formats: terminal table, CSV, JSON and Markdown, each a
//! slice of the results model.

use std::io::{self, Write};

use comfy_table::{Cell, CellAlignment, Color, Table, presets};
use rayon::prelude::*;
use serde::Serialize;

use super::columns::{COMPACT, Width, fit, longest_word, wrap_parts};
use super::csv_row::CsvRow;
use super::escape::{self, Escape};
use super::model::{Commune, Describer, Run};
use super::{Lang, t, words};
use crate::score::{EntityResult, NodeKind};

/// Everything the ranked table shows.
pub struct Ranking<'a> {
    pub run: Run,
    /// The rows in order, each with the rank shown (overall, by `--by`, or within `--group`);
    /// each is described only when it is written (see [`Ranking::communes`]).
    pub rows: Vec<(Option<usize>, &'a EntityResult)>,
    /// Describes the rows' communes.
    pub describer: Describer<'a>,
    /// The columns of the terminal and Markdown tables.
    pub columns: Vec<Column>,
    /// Add one CSV column per indicator score.
    pub detail: bool,
    /// Full pillar names instead of abbreviations with a legend.
    pub wide: bool,
    pub lang: Lang,
    /// Colour the terminal table by level.
    pub color: bool,
    pub width: Width,
}

impl<'a> Ranking<'a> {
    /// The rows with their rank shown, each commune described as it is reached: a renderer that
    /// writes as it goes holds one commune's description at a time, not every commune's.
    pub fn communes(&self) -> impl Iterator<Item = (Option<usize>, Commune<'a>)> + '_ {
        self.rows
            .iter()
            .map(|&(rank, entity)| (rank, self.describer.commune(entity, None)))
    }
}

/// A column of the ranked table, after the rank and the commune's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// A group column, by position in `Run::group_columns`.
    Group(usize),
    Overall,
    Level,
    /// A pillar, by position in `Run::pillars`.
    Pillar(usize),
    Coverage,
    /// An indicator's score, by position in `Run::indicators`.
    Indicator(usize),
}

/// The words `--columns` takes, besides group, pillar and indicator ids.
pub const COLUMN_WORDS: [&str; 6] = [
    "groups",
    "overall",
    "level",
    "pillars",
    "coverage",
    "indicators",
];

/// The default columns: groups (only the first when `narrow`), overall, level, pillars,
/// coverage, and with `detail` every indicator.
pub fn default_columns(run: &Run, detail: bool, narrow: bool) -> Vec<Column> {
    let words = if detail {
        &COLUMN_WORDS[..]
    } else {
        &COLUMN_WORDS[..5]
    };
    words
        .iter()
        .flat_map(|w| expand(run, w).unwrap_or_default())
        .filter(|c| !(narrow && matches!(c, Column::Group(g) if *g > 0)))
        .collect()
}

/// The columns one `--columns` word names; `None` when it names none.
pub fn expand(run: &Run, word: &str) -> Option<Vec<Column>> {
    let all = |n: usize, f: fn(usize) -> Column| (0..n).map(f).collect();
    match word {
        "groups" => Some(all(run.group_columns.len(), Column::Group)),
        "overall" => Some(vec![Column::Overall]),
        "level" => Some(vec![Column::Level]),
        "pillars" => Some(all(run.pillars.len(), Column::Pillar)),
        "coverage" => Some(vec![Column::Coverage]),
        "indicators" => Some(all(run.indicators.len(), Column::Indicator)),
        _ => {
            let find = |ids: Vec<&str>| ids.iter().position(|id| *id == word);
            find(run.group_columns.iter().map(String::as_str).collect())
                .map(Column::Group)
                .or_else(|| {
                    find(run.pillars.iter().map(|p| p.id.as_str()).collect()).map(Column::Pillar)
                })
                .or_else(|| {
                    find(run.indicators.iter().map(|p| p.id.as_str()).collect())
                        .map(Column::Indicator)
                })
                .map(|c| vec![c])
        }
    }
}

fn rank_text(rank: Option<usize>) -> String {
    rank.map_or_else(String::new, |r| r.to_string())
}

/// `rank,id,name,<groups>,[period],overall,level,level_name,<pillar>,<pillar>_level,…,coverage[,<indicator>…]`
pub fn csv(ranking: &Ranking<'_>, out: &mut dyn Write) -> io::Result<()> {
    csv_in_slices(ranking, out, CSV_SLICE_ROWS)
}

/// [`csv`], each core writing `slice` rows at a time.
pub(super) fn csv_in_slices(
    ranking: &Ranking<'_>,
    out: &mut dyn Write,
    slice: usize,
) -> io::Result<()> {
    let run = &ranking.run;
    let mut writer = ::csv::Writer::from_writer(out);
    let mut header: Vec<String> = vec!["rank".into(), "id".into(), "name".into()];
    header.extend(run.group_columns.iter().cloned());
    let period = run.period.is_some();
    if period {
        header.push("period".into());
    }
    header.extend(["overall", "level", "level_name"].map(String::from));
    for pillar in &run.pillars {
        header.push(pillar.id.clone());
        header.push(format!("{}_level", pillar.id));
    }
    header.push("coverage".into());
    if ranking.detail {
        header.extend(run.indicators.iter().map(|i| i.id.clone()));
    }
    let restated = run.restated.is_some();
    if restated {
        header.push("restated_from".into());
    }
    writer.write_record(escape::csv_record(&header))?;
    let out = writer.into_inner().map_err(|error| error.into_error())?;
    let wanted = |kind| kind == NodeKind::Pillar || (ranking.detail && kind == NodeKind::Indicator);
    let nodes = ranking.describer.nodes_of_kind(wanted);
    let rows = CsvRows {
        ranking,
        nodes: &nodes,
        period: run.period.as_deref().filter(|_| period),
        restated,
    };
    // A window of rows at a time, its slices written on every core into buffers that are then
    // written in order: the same bytes as one row after another, a window's worth held.
    let slice = slice.max(1);
    let window = slice.saturating_mul(rayon::current_num_threads().max(1));
    for rows_in_window in ranking.rows.chunks(window) {
        let written: Vec<io::Result<Vec<u8>>> = rows_in_window
            .par_chunks(slice)
            .map(|part| rows.write(part))
            .collect();
        for bytes in written {
            out.write_all(&bytes?)?;
        }
    }
    out.flush()
}

/// How many ranking rows one core writes at a time.
const CSV_SLICE_ROWS: usize = 1024;

/// What writing the ranking CSV's rows needs.
struct CsvRows<'r, 'a> {
    ranking: &'r Ranking<'a>,
    /// The nodes the rows show.
    nodes: &'r [usize],
    period: Option<&'r str>,
    restated: bool,
}

impl CsvRows<'_, '_> {
    /// `rows` as CSV records.
    fn write(&self, rows: &[(Option<usize>, &EntityResult)]) -> io::Result<Vec<u8>> {
        let ranking = self.ranking;
        let mut row = CsvRow::new(::csv::Writer::from_writer(Vec::new()));
        let mut commune = Commune::default();
        for &(rank, entity) in rows {
            ranking
                .describer
                .refill_only(&mut commune, entity, None, self.nodes);
            row.count(rank);
            row.text(commune.id);
            row.text(commune.name);
            commune.groups.iter().for_each(|(_, v)| row.text(v));
            if let Some(period) = self.period {
                row.text(period);
            }
            row.number(commune.overall);
            row.count(commune.level);
            row.text(commune.level_name);
            for pillar in commune.pillars() {
                row.number(pillar.score);
                row.count(pillar.level);
            }
            row.number(Some(commune.coverage));
            if ranking.detail {
                commune.indicators().for_each(|i| row.number(i.score));
            }
            if self.restated {
                row.text(&super::restated::codes(commune.restated_from));
            }
            row.end()?;
        }
        row.finish()
            .into_inner()
            .map_err(|error| error.into_error())
    }
}

fn header(ranking: &Ranking<'_>, column: Column, text: Escape) -> String {
    let (run, lang) = (&ranking.run, ranking.lang);
    match column {
        Column::Group(g) => {
            text(&super::words::group_header(&run.group_columns[g], lang)).into_owned()
        }
        Column::Overall => t(lang, "score-header-overall", &[]),
        Column::Level => t(lang, "common-level", &[]),
        Column::Pillar(p) if ranking.wide => text(&run.pillars[p].name).into_owned(),
        Column::Pillar(p) => text(&run.pillars[p].short).into_owned(),
        Column::Coverage => t(lang, "score-header-coverage", &[]),
        Column::Indicator(i) => run.indicators[i].id.clone(),
    }
}

fn cell(
    ranking: &Ranking<'_>,
    commune: &Commune<'_>,
    column: Column,
    color: bool,
    text: Escape,
) -> Cell {
    let right = |text: String| Cell::new(text).set_alignment(CellAlignment::Right);
    match column {
        Column::Group(g) => Cell::new(text(commune.groups.get(g).map_or("", |(_, v)| v))),
        Column::Overall => paint(
            right(words::score(commune.overall)),
            commune.level,
            ranking,
            color,
        ),
        Column::Level => paint(Cell::new(commune.level_name), commune.level, ranking, color),
        Column::Pillar(p) => {
            let pillar = commune.pillars().nth(p);
            paint(
                right(words::score(pillar.and_then(|n| n.score))),
                pillar.and_then(|n| n.level),
                ranking,
                color,
            )
        }
        Column::Coverage => right(words::percent(commune.coverage)),
        Column::Indicator(i) => right(words::score(
            commune.indicators().nth(i).and_then(|n| n.score),
        )),
    }
}

/// The table itself, shared by the terminal and Markdown renderers.
fn grid(ranking: &Ranking<'_>, color: bool, text: Escape) -> Table {
    let mut table = Table::new();
    table.load_style(presets::UTF8_FULL_CONDENSED);
    if color {
        table.enforce_styling();
    }
    let mut names = vec!["#".to_owned(), t(ranking.lang, "common-commune", &[])];
    names.extend(ranking.columns.iter().map(|&c| header(ranking, c, text)));
    table.set_header(names);
    for (rank, commune) in ranking.communes() {
        let mut cells = vec![
            Cell::new(rank_text(rank)).set_alignment(CellAlignment::Right),
            Cell::new(text(commune.display_name)),
        ];
        cells.extend(
            ranking
                .columns
                .iter()
                .map(|&c| cell(ranking, &commune, c, color, text)),
        );
        table.add_row(cells);
    }
    table
}

/// Red for the lowest level through green for the highest (`level` is 1-based).
fn paint(cell: Cell, level: Option<usize>, ranking: &Ranking<'_>, color: bool) -> Cell {
    const PALETTE: [Color; 5] = [
        Color::Red,
        Color::DarkYellow,
        Color::Yellow,
        Color::Green,
        Color::Cyan,
    ];
    let (Some(level), true) = (level, color) else {
        return cell;
    };
    let count = ranking.run.levels.len().max(1);
    let slot = if count <= 1 {
        0
    } else {
        level.saturating_sub(1) * (PALETTE.len() - 1) / (count - 1)
    };
    cell.fg(PALETTE[slot.min(PALETTE.len() - 1)])
}

/// "CQS = Chính quyền số · XHS = Xã hội số", when pillar columns are abbreviated.
fn legend(ranking: &Ranking<'_>) -> Option<String> {
    if ranking.wide {
        return None;
    }
    let pairs: Vec<String> = ranking
        .columns
        .iter()
        .filter_map(|c| match c {
            Column::Pillar(p) => Some(&ranking.run.pillars[*p]),
            _ => None,
        })
        .filter(|p| p.short != p.name)
        .map(|p| format!("{} = {}", p.short, p.name))
        .collect();
    (!pairs.is_empty()).then(|| {
        let mut parts = vec![t(ranking.lang, "common-legend", &[])];
        parts.extend(pairs);
        wrap_parts(&parts, " · ", ranking.width).replacen(": · ", ": ", 1)
    })
}

/// The terminal table: the headline, the table fitted to the width, the legend.
pub fn table(ranking: &Ranking<'_>, out: &mut dyn Write) -> io::Result<()> {
    let (run, lang, width) = (&ranking.run, ranking.lang, ranking.width);
    writeln!(out, "{}", super::headline::headline(run, lang, width))?;
    let mut grid = grid(ranking, ranking.color, escape::terminal);
    grid.load_style(COMPACT);
    let rank_width = ranking.rows.len().to_string().len();
    let fixed: Vec<(usize, usize)> = std::iter::once((0, rank_width))
        .chain(ranking.columns.iter().enumerate().filter_map(|(k, &c)| {
            let numeric = !matches!(c, Column::Group(_) | Column::Level);
            numeric.then(|| {
                (
                    k + 2,
                    longest_word(&header(ranking, c, escape::terminal)).max(5),
                )
            })
        }))
        .collect();
    fit(&mut grid, width, &fixed);
    writeln!(out, "{}", grid.trim_fmt())?;
    if let Some(legend) = legend(ranking) {
        writeln!(out, "{legend}")?;
    }
    for note in run.notes(lang) {
        let words: Vec<String> = note.split(' ').map(str::to_owned).collect();
        writeln!(out, "{}", wrap_parts(&words, " ", width))?;
    }
    Ok(())
}

/// Markdown: the headline, then the same columns as the table, one decimal.
pub fn markdown(ranking: &Ranking<'_>, out: &mut dyn Write) -> io::Result<()> {
    let mut table = grid(ranking, false, escape::markdown_cell);
    table.load_style(presets::ASCII_MARKDOWN);
    writeln!(
        out,
        "{}\n",
        super::headline::headline(&ranking.run, ranking.lang, Width::Unlimited)
    )?;
    writeln!(out, "{table}")?;
    if let Some(legend) = legend(ranking) {
        writeln!(out, "\n{legend}")?;
    }
    for note in ranking.run.notes(ranking.lang) {
        writeln!(out, "\n{note}")?;
    }
    Ok(())
}

#[derive(Serialize)]
struct JsonRanking<'r, 'a> {
    run: &'r Run,
    communes: JsonRows<'r, 'a>,
}

/// The shown communes, described one at a time as they are written.
struct JsonRows<'r, 'a>(&'r Ranking<'a>);

impl Serialize for JsonRows<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.communes().map(|(shown_rank, commune)| JsonRow {
            shown_rank,
            commune,
        }))
    }
}

#[derive(Serialize)]
struct JsonRow<'a> {
    /// The rank shown: overall, by `--by`, or within `--group`.
    shown_rank: Option<usize>,
    #[serde(flatten)]
    commune: Commune<'a>,
}

/// JSON: the run and every shown commune in the shared commune shape (README, "JSON output").
pub fn json(ranking: &Ranking<'_>, out: &mut dyn Write) -> io::Result<()> {
    let report = JsonRanking {
        run: &ranking.run,
        communes: JsonRows(ranking),
    };
    // serde_json writes a few bytes at a time: buffer them here, where the writes are static calls.
    let mut out = io::BufWriter::with_capacity(1 << 16, out);
    crate::report::pretty::write(&mut out, &report)?;
    writeln!(out)?;
    out.flush()
}
