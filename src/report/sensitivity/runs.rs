//! `--save-runs`: one CSV row per replication with every sampled parameter (and, if asked, every
//! commune's rank), so that any replication can be re-run with the ordinary engine and audited.

use std::io::{self, Write};

use crate::analysis::sensitivity::Replication;
use crate::criteria::{Aggregate, MissingPolicy};
use crate::score::{NodeInfo, NodeKind};

/// Writes the rows as replications arrive.
pub struct RunsWriter<W: Write> {
    writer: ::csv::Writer<W>,
    branches: Vec<usize>,
}

fn aggregate(a: Aggregate) -> &'static str {
    match a {
        Aggregate::Arithmetic => "arithmetic",
        Aggregate::Geometric => "geometric",
    }
}

fn missing(m: MissingPolicy) -> &'static str {
    match m {
        MissingPolicy::Renormalize => "renormalize",
        MissingPolicy::Zero => "zero",
        MissingPolicy::Impute => "impute",
    }
}

impl<W: Write> RunsWriter<W> {
    /// Columns: `run`, `spearman`, `missing`, `aggregate.index`, `aggregate.<node>` per pillar and
    /// group, `weight.<node>` (the factor) per node, then `rank.<id>` per commune when `ids` are
    /// given. An empty cell means the criteria's own choice.
    pub fn new(out: W, nodes: &[NodeInfo], ids: Option<&[&str]>) -> io::Result<RunsWriter<W>> {
        let mut writer = ::csv::Writer::from_writer(out);
        let branches: Vec<usize> = (0..nodes.len())
            .filter(|&n| nodes[n].kind != NodeKind::Indicator)
            .collect();
        let mut header: Vec<String> = ["run", "spearman", "missing", "aggregate.index"]
            .map(String::from)
            .to_vec();
        header.extend(
            branches
                .iter()
                .map(|&n| format!("aggregate.{}", nodes[n].id)),
        );
        header.extend(nodes.iter().map(|n| format!("weight.{}", n.id)));
        if let Some(ids) = ids {
            header.extend(ids.iter().map(|id| format!("rank.{id}")));
        }
        writer.write_record(&header)?;
        Ok(RunsWriter { writer, branches })
    }

    pub fn write(&mut self, replication: &Replication) -> io::Result<()> {
        let p = &replication.parameters;
        let mut record = vec![
            replication.number.to_string(),
            replication
                .correlation
                .map_or_else(String::new, |c| c.to_string()),
            p.missing.map_or("", missing).to_owned(),
            p.index_aggregate.map_or("", aggregate).to_owned(),
        ];
        record.extend(
            self.branches
                .iter()
                .map(|&n| p.aggregates[n].map_or("", aggregate).to_owned()),
        );
        record.extend(p.weight_factors.iter().map(f64::to_string));
        if let Some(ranks) = &replication.ranks {
            record.extend(
                ranks
                    .iter()
                    .map(|&r| if r == 0 { String::new() } else { r.to_string() }),
            );
        }
        self.writer.write_record(&record).map_err(io::Error::other)
    }

    /// Flush and hand back the destination.
    pub fn finish(self) -> io::Result<W> {
        self.writer
            .into_inner()
            .map_err(|error| io::Error::other(error.to_string()))
    }
}
