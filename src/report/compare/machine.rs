//! The comparison for machines: CSV with one row per commune, JSON with both runs and each
//! commune in the shared shape on both sides.

use std::io::{self, Write};

use super::CompareReport;
use crate::analysis::compare::{Change, Presence, Snapshot};
use crate::report::escape;
use crate::report::model::{clean, clean_json};

/// CSV: one row per commune, those on one side only included (`presence` says which).
pub fn csv(report: &CompareReport<'_>, out: &mut dyn Write) -> io::Result<()> {
    let c = report.comparison;
    let mut writer = ::csv::Writer::from_writer(out);
    let mut header = vec!["id".to_owned(), "name".to_owned()];
    header.extend(c.group_columns.iter().cloned());
    header.push("presence".into());
    for what in ["overall", "rank", "level"] {
        header.extend(["before", "after", "change"].map(|side| format!("{what}_{side}")));
    }
    for pillar in &c.pillars {
        header.extend(["before", "after", "change"].map(|side| format!("{pillar}_{side}")));
    }
    writer.write_record(escape::csv_record(&header))?;
    let empty = Snapshot {
        overall: None,
        level: None,
        rank: None,
        pillars: vec![None; c.pillars.len()],
    };
    for change in &c.changes {
        writer.write_record(escape::csv_record(record(
            change,
            &change.before,
            &change.after,
            "both",
            Some(change),
        )))?;
    }
    for (presence, label, before) in c
        .only_before
        .iter()
        .map(|p| (p, "before only", true))
        .chain(c.only_after.iter().map(|p| (p, "after only", false)))
    {
        let as_change = one_side(presence);
        let (was, now) = if before {
            (&presence.snapshot, &empty)
        } else {
            (&empty, &presence.snapshot)
        };
        writer.write_record(escape::csv_record(record(
            &as_change, was, now, label, None,
        )))?;
    }
    writer.flush()
}

fn one_side(presence: &Presence) -> Change {
    Change {
        id: presence.id.clone(),
        name: presence.name.clone(),
        groups: presence.groups.clone(),
        before: presence.snapshot.clone(),
        after: presence.snapshot.clone(),
        overall_delta: None,
        pillar_deltas: Vec::new(),
        rank_change: None,
        level_change: None,
    }
}

fn record(
    change: &Change,
    was: &Snapshot,
    now: &Snapshot,
    presence: &str,
    deltas: Option<&Change>,
) -> Vec<String> {
    let full = |x: Option<f64>| x.map_or_else(String::new, |v| clean(v).to_string());
    let whole = |x: Option<i64>| x.map_or_else(String::new, |v| v.to_string());
    let count = |x: Option<usize>| x.map_or_else(String::new, |v| v.to_string());
    let mut record = vec![change.id.clone(), change.name.clone()];
    record.extend(change.groups.iter().cloned());
    record.push(presence.to_owned());
    record.extend([
        full(was.overall),
        full(now.overall),
        full(deltas.and_then(|d| d.overall_delta)),
    ]);
    record.extend([
        count(was.rank),
        count(now.rank),
        whole(deltas.and_then(|d| d.rank_change)),
    ]);
    record.extend([
        count(was.level.map(|l| l + 1)),
        count(now.level.map(|l| l + 1)),
        whole(deltas.and_then(|d| d.level_change)),
    ]);
    for (p, (a, b)) in was.pillars.iter().zip(&now.pillars).enumerate() {
        let delta = deltas.and_then(|d| d.pillar_deltas.get(p).copied().flatten());
        record.extend([full(*a), full(*b), full(delta)]);
    }
    record
}

/// JSON: `{ before, after, summary, relative, changes }`; each change holds the commune on both
/// sides in the shared commune shape (README, "JSON output").
pub fn json(report: &CompareReport<'_>, out: &mut dyn Write) -> io::Result<()> {
    let c = report.comparison;
    let mut summary = serde_json::to_value(&c.summary).map_err(io::Error::other)?;
    clean_json(&mut summary);
    let deltas = |change: Option<&Change>| -> serde_json::Value {
        let Some(change) = change else {
            return serde_json::Value::Null;
        };
        let pillars: serde_json::Map<String, serde_json::Value> = c
            .pillars
            .iter()
            .zip(&change.pillar_deltas)
            .map(|(p, d)| (p.clone(), serde_json::json!(d.map(clean))))
            .collect();
        serde_json::json!({
            "overall": change.overall_delta.map(clean),
            "pillars": pillars,
            "rank": change.rank_change,
            "level": change.level_change,
        })
    };
    let presence = |k: usize| {
        if k < c.changes.len() {
            "both"
        } else if k < c.changes.len() + c.only_before.len() {
            "before_only"
        } else {
            "after_only"
        }
    };
    let changes = report.communes().enumerate().map(|(k, (was, now))| {
        serde_json::json!({
            "presence": presence(k),
            "before": was,
            "after": now,
            "change": deltas(c.changes.get(k)),
        })
    });
    let side = |(label, run): &(String, crate::report::model::Run)| serde_json::json!({"label": label, "run": run});
    // The fields in the order a JSON object gives them (by name); the changes are built one at a
    // time as they are written.
    #[derive(serde::Serialize)]
    struct Document<C: serde::Serialize> {
        after: serde_json::Value,
        before: serde_json::Value,
        changes: C,
        relative: Vec<String>,
        summary: serde_json::Value,
    }
    struct Lazy<I>(std::cell::RefCell<Option<I>>);
    impl<I: Iterator<Item = serde_json::Value>> serde::Serialize for Lazy<I> {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let items = self.0.borrow_mut().take();
            serializer.collect_seq(items.into_iter().flatten())
        }
    }
    let json = Document {
        after: side(&report.after),
        before: side(&report.before),
        changes: Lazy(std::cell::RefCell::new(Some(changes))),
        relative: c.relative.clone(),
        summary,
    };
    let mut out = io::BufWriter::with_capacity(1 << 16, out);
    crate::report::pretty::write(&mut out, &json)?;
    writeln!(out)?;
    out.flush()
}
