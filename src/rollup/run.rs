//! Running a rollup over files: the header, the blocks on a thread pool, the merge in file order.

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::sync::mpsc;

use crate::criteria::{Entity, Measure, Rollup};
use crate::data::csv::{nfc, sniff_delimiter};
use crate::data::findings::{ENCODING, HEADER_MISMATCH, MALFORMED, NO_DATA};
use crate::data::stream::{self, Stream};
use crate::data::{DataErrors, ReadError};
use crate::diagnostics::{Finding, Message};

use super::block::{self, Capped, Chunk, KEPT};
use super::groups::Groups;
use super::plan::Plan;
use super::split::{BLOCK, Splitter};
use super::{Commune, Progress, Rolled, RollupOptions, Value};

/// Why a rollup could not run.
#[derive(Debug, thiserror::Error)]
pub enum RollupError {
    /// A file could not be opened or read, or `--encoding` names no encoding.
    #[error(transparent)]
    Read(#[from] ReadError),
    /// Problems in the files' contents: the first [`KEPT`] findings in file order, then a count.
    #[error("{}", Shown(.findings, *.more))]
    Invalid { findings: Vec<Finding>, more: u64 },
    #[error("could not start the worker threads: {0}")]
    Threads(String),
}

struct Shown<'a>(&'a [Finding], u64);

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = DataErrors {
            findings: self.0.to_vec(),
        };
        write!(f, "{text}")?;
        match self.1 {
            0 => Ok(()),
            more => write!(f, "\n… and {more} more data errors not shown"),
        }
    }
}

/// Everything merged so far.
#[derive(Default)]
struct State {
    groups: Groups,
    errors: Vec<Finding>,
    more_errors: u64,
    notes: Vec<Finding>,
    more_notes: u64,
    rows: u64,
    bytes_done: u64,
}

/// Roll `paths` (CSV, `.csv.gz`, `-` for standard input) up by `rollup`, whose keys match
/// `entity.id`. `progress` is called from the calling thread after each block.
pub fn roll(
    rollup: &Rollup,
    entity: &Entity,
    paths: &[PathBuf],
    options: &RollupOptions,
    progress: &mut dyn FnMut(Progress),
) -> Result<Rolled, RollupError> {
    if paths.is_empty() {
        return Err(ReadError::NoInput.into());
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.threads.unwrap_or(0))
        .thread_name(|index| format!("dtm-rollup-{index}"))
        .build()
        .map_err(|error| RollupError::Threads(error.to_string()))?;
    let streams = paths
        .iter()
        .map(|path| stream::open(path, options.encoding.as_deref()))
        .collect::<Result<Vec<Stream>, ReadError>>()?;
    let total = streams.iter().map(|s| s.size).sum::<Option<u64>>();
    let names: Vec<String> = streams.iter().map(|s| s.name.clone()).collect();
    let mut state = State::default();
    let mut period: Option<Option<String>> = None;
    for (index, stream) in streams.into_iter().enumerate() {
        let read = std::sync::Arc::clone(&stream.read);
        let name = stream.name.clone();
        let before = state.bytes_done;
        let report = &mut |rows: u64| {
            let bytes = before + read.load(Ordering::Relaxed);
            progress(Progress { bytes, total, rows });
        };
        let plan = one_file(
            rollup, entity, stream, index, options, &pool, &mut state, report,
        )?;
        let has_period = plan
            .and_then(|plan| plan.period)
            .map(|_| entity.period.clone().unwrap_or_default());
        match &period {
            Some(earlier) if *earlier != has_period => {
                let message = Message::new("finding-microdata-period-mismatch")
                    .with("column", entity.period.as_deref().unwrap_or_default());
                push(
                    &mut state.errors,
                    &mut state.more_errors,
                    HEADER_MISMATCH.error(&name, 1, "", message),
                );
            }
            _ => period = Some(has_period),
        }
        state.bytes_done += read.load(Ordering::Relaxed);
    }
    if !state.errors.is_empty() {
        return Err(RollupError::Invalid {
            findings: state.errors,
            more: state.more_errors,
        });
    }
    Ok(finish(rollup, entity, state, period.flatten(), &names))
}

fn push(list: &mut Vec<Finding>, more: &mut u64, finding: Finding) {
    if list.len() < KEPT {
        list.push(finding);
    } else {
        *more += 1;
    }
}

/// Read one file into `state`; its plan when the header was usable.
#[allow(clippy::too_many_arguments)]
fn one_file(
    rollup: &Rollup,
    entity: &Entity,
    stream: Stream,
    index: usize,
    options: &RollupOptions,
    pool: &rayon::ThreadPool,
    state: &mut State,
    report: &mut dyn FnMut(u64),
) -> Result<Option<Plan>, RollupError> {
    let name = stream.name.clone();
    let io_error = |source| {
        RollupError::Read(ReadError::Io {
            file: name.clone(),
            source,
        })
    };
    let size = options.block.unwrap_or(BLOCK);
    let mut splitter = Splitter::new(stream.reader, Vec::new(), size);
    let Some(first) = splitter.next_block().map_err(io_error)? else {
        let message = Message::new("finding-no-header");
        push(
            &mut state.errors,
            &mut state.more_errors,
            NO_DATA.error(&name, 0, "", message),
        );
        return Ok(None);
    };
    let header = match header(&first, &name, options.delimiter, tab(&name)) {
        Ok(header) => header,
        Err(finding) => {
            push(&mut state.errors, &mut state.more_errors, finding);
            return Ok(None);
        }
    };
    let plan = Plan::new(
        rollup,
        entity.period.as_deref(),
        &name,
        header.line,
        header.names,
        header.delimiter,
    );
    let plan = match plan {
        Ok(plan) => plan,
        Err(findings) => {
            for finding in findings {
                push(&mut state.errors, &mut state.more_errors, finding);
            }
            return Ok(None);
        }
    };
    // The first block holds whole records: what follows the header is the first data block.
    let mut rest = Some(first[header.end..].to_vec());
    splitter.recycle(first);
    let start_line = header.line_after;
    let (sender, receiver) = mpsc::channel::<(usize, Chunk, Vec<u8>)>();
    // One block on each worker and one read ahead (besides the one being read): enough to keep
    // them busy, and the blocks are recycled, so memory stays at a few blocks.
    let limit = pool.current_num_threads() + 1;
    let mut merger = Merger {
        state,
        file: &name,
        line: start_line,
        pending: BTreeMap::new(),
        next: 0,
    };
    let plan_ref = &plan;
    let lenient = options.lenient;
    let outcome = pool.in_place_scope(|scope| {
        let mut sent = 0usize;
        let mut failure = None;
        loop {
            while sent - merger.next >= limit {
                let Ok((at, chunk, bytes)) = receiver.recv() else {
                    break;
                };
                splitter.recycle(bytes);
                merger.arrive(at, chunk);
                report(merger.state.rows);
            }
            let next = match rest.take() {
                Some(bytes) => Ok(Some(bytes)),
                None => splitter.next_block(),
            };
            match next {
                Ok(Some(bytes)) => {
                    let sender = sender.clone();
                    let at = sent;
                    scope.spawn(move |_| {
                        let chunk = block::parse(&bytes, plan_ref, lenient, index);
                        // The merger outlives the scope; a send fails only if it is gone.
                        let _ = sender.send((at, chunk, bytes));
                    });
                    sent += 1;
                }
                Ok(None) => break,
                Err(error) => {
                    failure = Some(error);
                    break;
                }
            }
        }
        while merger.next < sent {
            let Ok((at, chunk, _)) = receiver.recv() else {
                break;
            };
            merger.arrive(at, chunk);
            report(merger.state.rows);
        }
        failure
    });
    match outcome {
        Some(error) => Err(io_error(error)),
        None => Ok(Some(plan)),
    }
}

/// Merges chunks in block order, whatever order the workers finish in.
struct Merger<'a> {
    state: &'a mut State,
    file: &'a str,
    /// The line where the next block starts.
    line: u64,
    pending: BTreeMap<usize, Chunk>,
    next: usize,
}

impl Merger<'_> {
    fn arrive(&mut self, at: usize, chunk: Chunk) {
        self.pending.insert(at, chunk);
        while let Some(chunk) = self.pending.remove(&self.next) {
            self.merge(chunk);
            self.next += 1;
        }
    }

    fn merge(&mut self, chunk: Chunk) {
        let offset = self.line - 1;
        let state = &mut *self.state;
        let mut groups = chunk.groups;
        for group in &mut groups.entries {
            group.line += offset;
        }
        state.groups.merge(groups);
        let file = self.file;
        let place = |capped: Capped, list: &mut Vec<Finding>, more: &mut u64, lenient: bool| {
            for problem in capped.kept {
                let line = problem.line + offset;
                let finding = match lenient {
                    true => problem
                        .code
                        .warning(file, line, &problem.column, problem.message),
                    false => problem
                        .code
                        .error(file, line, &problem.column, problem.message),
                };
                push(list, more, finding);
            }
            *more += capped.more;
        };
        place(
            chunk.errors,
            &mut state.errors,
            &mut state.more_errors,
            false,
        );
        place(chunk.notes, &mut state.notes, &mut state.more_notes, true);
        state.rows += chunk.rows;
        self.line += chunk.newlines;
    }
}

/// The header record of a file's first block.
struct Header {
    names: Vec<String>,
    delimiter: u8,
    /// The header's line, and the line where the data after it start.
    line: u64,
    line_after: u64,
    /// The byte offset just past the header record.
    end: usize,
}

fn tab(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".tsv") || lower.ends_with(".tsv.gz")
}

fn header(first: &[u8], file: &str, delimiter: Option<u8>, tab: bool) -> Result<Header, Finding> {
    let fallback = if tab { b'\t' } else { b',' };
    let start = first
        .iter()
        .position(|byte| !byte.is_ascii_whitespace())
        .unwrap_or(first.len());
    let line_start = first[..start]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |at| at + 1);
    let first_line = first[line_start..]
        .split(|&byte| byte == b'\n')
        .next()
        .unwrap_or_default();
    let delimiter = delimiter
        .unwrap_or_else(|| sniff_delimiter(&String::from_utf8_lossy(first_line), fallback));
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(&first[line_start..]);
    let mut record = ::csv::ByteRecord::new();
    let line = first[..line_start].iter().filter(|&&b| b == b'\n').count() as u64 + 1;
    match reader.read_byte_record(&mut record) {
        Ok(true) => {}
        Ok(false) => {
            let message = Message::new("finding-no-header");
            return Err(NO_DATA.error(file, 0, "", message));
        }
        Err(error) => {
            let message =
                Message::new("finding-csv-header-unparsable").with("error", error.to_string());
            return Err(MALFORMED.error(file, line, "", message));
        }
    }
    let mut names = Vec::with_capacity(record.len());
    for field in &record {
        let Ok(text) = std::str::from_utf8(field) else {
            let message = Message::new("finding-header-not-utf8");
            return Err(ENCODING.error(file, line, "", message));
        };
        names.push(nfc(text.trim().into()).into_owned());
    }
    let end =
        line_start + usize::try_from(reader.position().byte()).unwrap_or(first.len() - line_start);
    let end = end.min(first.len());
    let line_after = line
        + first[line_start..end]
            .iter()
            .filter(|&&b| b == b'\n')
            .count() as u64;
    Ok(Header {
        names,
        delimiter,
        line,
        line_after,
        end,
    })
}

/// The rolled-up values of every commune.
fn finish(
    rollup: &Rollup,
    entity: &Entity,
    state: State,
    period: Option<String>,
    files: &[String],
) -> Rolled {
    let weighted = rollup.weight.is_some();
    let communes = state
        .groups
        .entries
        .into_iter()
        .map(|group| {
            let values = rollup
                .measures
                .iter()
                .zip(group.totals)
                .map(|((_, measure), mut totals)| {
                    let weights = totals.weights.value();
                    let weighted_sum = totals.weighted.value();
                    let value = match measure {
                        Measure::Count if weighted => Some(weights),
                        Measure::Count => Some(totals.rows as f64),
                        Measure::Sum(_) => Some(weighted_sum),
                        Measure::Share(_) if weights > 0.0 => Some(100.0 * weighted_sum / weights),
                        Measure::Mean(_) if weights > 0.0 => Some(weighted_sum / weights),
                        Measure::Share(_) | Measure::Mean(_) => None,
                        Measure::Min(_) => Some(totals.low),
                        Measure::Max(_) => Some(totals.high),
                        Measure::Median(_) => totals.median(),
                    };
                    let value = if totals.rows == 0 && !matches!(measure, Measure::Count) {
                        None
                    } else {
                        value
                    };
                    Value {
                        value,
                        rows: totals.rows,
                    }
                })
                .collect();
            Commune {
                key: group.key,
                period: group.period,
                rows: group.rows,
                file: files.get(group.file).cloned().unwrap_or_default(),
                line: group.line,
                values,
            }
        })
        .collect();
    Rolled {
        name: rollup.name.clone(),
        key: entity.id.clone(),
        period,
        measures: rollup.measures.clone(),
        communes,
        rows: state.rows,
        notes: state.notes,
        more_notes: state.more_notes,
    }
}

#[cfg(test)]
mod tests;
