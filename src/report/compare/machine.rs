//! The comparison for machines: CSV with one row per commune, JSON with both runs and each
//! commune in the shared shape on both sides.

use std::io::{self, Write};

use super::CompareReport;
use crate::analysis::compare::{Change, Presence, Snapshot};
use crate::report::csv_row::CsvRow;
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
    let mut row = CsvRow::new(writer);
    for change in &c.changes {
        record(
            &mut row,
            change,
            (&change.before, &change.after),
            "both",
            Some(change),
        )?;
    }
    for (presence, label, before) in c
        .only_before
        .iter()
        .map(|p| (p, "before only", true))
        .chain(c.only_after.iter().map(|p| (p, "after only", false)))
    {
        let as_change = one_side(presence);
        let sides = if before {
            (&presence.snapshot, &empty)
        } else {
            (&empty, &presence.snapshot)
        };
        record(&mut row, &as_change, sides, label, None)?;
    }
    row.finish().flush()
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

/// One commune's row: each value before, after and its change (empty where there is none).
fn record<W: Write>(
    row: &mut CsvRow<W>,
    change: &Change,
    (was, now): (&Snapshot, &Snapshot),
    presence: &str,
    deltas: Option<&Change>,
) -> io::Result<()> {
    let full = |row: &mut CsvRow<W>, x: Option<f64>| row.number(x.map(clean));
    row.text(&change.id);
    row.text(&change.name);
    change.groups.iter().for_each(|g| row.text(g));
    row.text(presence);
    full(row, was.overall);
    full(row, now.overall);
    full(row, deltas.and_then(|d| d.overall_delta));
    row.count(was.rank);
    row.count(now.rank);
    row.count(deltas.and_then(|d| d.rank_change));
    row.count(was.level.map(|l| l + 1));
    row.count(now.level.map(|l| l + 1));
    row.count(deltas.and_then(|d| d.level_change));
    for (p, (a, b)) in was.pillars.iter().zip(&now.pillars).enumerate() {
        let delta = deltas.and_then(|d| d.pillar_deltas.get(p).copied().flatten());
        full(row, *a);
        full(row, *b);
        full(row, delta);
    }
    row.end()
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

#[cfg(test)]
mod tests {
    use super::*;

    fn row_of(change: &Change, deltas: Option<&Change>) -> String {
        let mut out = Vec::new();
        let mut row = CsvRow::new(::csv::Writer::from_writer(&mut out));
        record(
            &mut row,
            change,
            (&change.before, &change.after),
            "both",
            deltas,
        )
        .unwrap();
        row.finish().flush().unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn a_row_escapes_its_text_and_writes_signed_changes_and_gaps() {
        let snapshot = |overall, rank, level, pillars| Snapshot {
            overall,
            level,
            rank,
            pillars,
        };
        let change = Change {
            id: "=1+2".to_owned(),
            name: "Xã \"Mới\", A".to_owned(),
            groups: vec!["-x".to_owned()],
            before: snapshot(Some(50.5), Some(3), Some(1), vec![Some(40.0), None]),
            after: snapshot(
                Some(1.0 / 3.0),
                Some(9),
                Some(0),
                vec![Some(-0.0), Some(7.25)],
            ),
            overall_delta: Some(1.0 / 3.0 - 50.5),
            pillar_deltas: vec![Some(-40.0), None],
            rank_change: Some(-6),
            level_change: Some(-1),
        };
        assert_eq!(
            row_of(&change, Some(&change)),
            "'=1+2,\"Xã \"\"Mới\"\", A\",'-x,both,50.5,0.3333333333,-50.1666666667,3,9,-6,2,1,-1,\
             40,0,-40,,7.25,\n"
        );
        // Without deltas (a commune on one side only) every change is empty.
        assert_eq!(
            row_of(&change, None),
            "'=1+2,\"Xã \"\"Mới\"\", A\",'-x,both,50.5,0.3333333333,,3,9,,2,1,,40,0,,,7.25,\n"
        );
    }
}
