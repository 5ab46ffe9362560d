//! The JSON shape of the results model (documented in the README under "JSON output").
//!
//! Keys are stable English; only `name`, `level_name` and `title` follow `--lang`. Pillars,
//! subgroups and indicators are objects keyed by id.

use std::collections::BTreeMap;

use serde::ser::{Serialize, SerializeMap, SerializeStruct, Serializer};
use serde_json::{Value, json};

use super::{Commune, NodeView, RawValue, Run};
use crate::score::{NodeKind, QualityNote, SourceUnit, Treatment};

impl Serialize for RawValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            RawValue::Number(x) => serializer.serialize_f64(*x),
            RawValue::Bool(yes) => serializer.serialize_bool(*yes),
            RawValue::Label(label) => serializer.serialize_str(label),
        }
    }
}

impl Serialize for Run {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut run = serializer.serialize_struct("Run", 11)?;
        run.serialize_field(
            "criteria",
            &json!({
                "id": self.criteria_id,
                "version": self.criteria_version,
                "title": self.criteria_title,
            }),
        )?;
        run.serialize_field("period", &self.period)?;
        run.serialize_field("periods", &self.periods)?;
        run.serialize_field("communes", &self.communes)?;
        run.serialize_field("unscored", &self.unscored)?;
        if self.synthetic > 0 {
            run.serialize_field("synthetic", &self.synthetic)?;
        }
        if self.unranked > 0 {
            run.serialize_field("unranked", &self.unranked)?;
        }
        let levels: Vec<Value> = self
            .levels
            .iter()
            .map(|l| json!({"level": l.level, "name": l.name, "min": l.min, "count": l.count}))
            .collect();
        run.serialize_field("levels", &levels)?;
        let pillars: Vec<Value> = self
            .pillars
            .iter()
            .map(|p| json!({"id": p.id, "name": p.name, "short": p.short}))
            .collect();
        run.serialize_field("pillars", &pillars)?;
        run.serialize_field("group_columns", &self.group_columns)?;
        run.serialize_field("method", &self.method)?;
        run.serialize_field("level_rule", &self.level_rule)?;
        let q = &self.quality;
        run.serialize_field(
            "data_quality",
            &json!({"imputed": q.imputed, "zeroed": q.zeroed, "dropped": q.dropped, "lenient": self.lenient}),
        )?;
        if let Some(r) = &self.restated {
            run.serialize_field(
                "restated",
                &json!({
                    "crosswalk": r.crosswalk,
                    "new_units": r.new_units,
                    "old_units": r.old_units,
                    "note": r.note,
                }),
            )?;
        }
        run.end()
    }
}

/// Nodes of one kind as an object keyed by id.
struct Nodes<'c, 'a>(&'c [NodeView<'a>], NodeKind);

impl Serialize for Nodes<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let chosen = || self.0.iter().filter(|n| n.kind == self.1);
        let mut map = serializer.serialize_map(Some(chosen().count()))?;
        for node in chosen() {
            map.serialize_entry(node.id, &NodeJson(node))?;
        }
        map.end()
    }
}

/// One node's fields, keys in alphabetical order (the order of a JSON object built by
/// `serde_json`), written without building a `Value` for each of them.
struct NodeJson<'n, 'a>(&'n NodeView<'a>);

impl Serialize for NodeJson<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let node = self.0;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("coverage", &node.coverage)?;
        map.serialize_entry("effective_weight", &node.effective_weight)?;
        match node.kind {
            NodeKind::Pillar => {
                map.serialize_entry("level", &node.level)?;
                map.serialize_entry("level_name", node.level_name)?;
                map.serialize_entry("name", node.name)?;
                map.serialize_entry("score", &node.score)?;
            }
            NodeKind::Group => {
                map.serialize_entry("name", node.name)?;
                map.serialize_entry("score", &node.score)?;
            }
            NodeKind::Indicator => {
                map.serialize_entry("gain", &node.gain)?;
                map.serialize_entry("name", node.name)?;
                map.serialize_entry("raw", &node.raw)?;
                map.serialize_entry("score", &node.score)?;
                map.serialize_entry("unit", &node.unit)?;
            }
        }
        map.end()
    }
}

impl Serialize for Commune<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut commune = serializer.serialize_struct("Commune", 14)?;
        commune.serialize_field("id", self.id)?;
        commune.serialize_field("name", self.name)?;
        let groups: BTreeMap<&str, &str> = self.groups.iter().copied().collect();
        commune.serialize_field("groups", &groups)?;
        commune.serialize_field("rank", &self.rank)?;
        let group_ranks: BTreeMap<&str, Option<usize>> = self.group_ranks.iter().copied().collect();
        commune.serialize_field("group_ranks", &group_ranks)?;
        commune.serialize_field("overall", &self.overall)?;
        commune.serialize_field("level", &self.level)?;
        commune.serialize_field("level_name", &self.level_name)?;
        commune.serialize_field("coverage", &self.coverage)?;
        commune.serialize_field("pillars", &Nodes(&self.nodes, NodeKind::Pillar))?;
        commune.serialize_field("subgroups", &Nodes(&self.nodes, NodeKind::Group))?;
        commune.serialize_field("indicators", &Nodes(&self.nodes, NodeKind::Indicator))?;
        commune.serialize_field("flags", self.flags)?;
        commune.serialize_field("notes", &Notes(&self.notes))?;
        if !self.restated_from.is_empty() {
            let sources: Vec<Value> = self.restated_from.iter().map(source_json).collect();
            commune.serialize_field("restated_from", &sources)?;
            commune.serialize_field("restated_absent", self.restated_absent)?;
        }
        commune.end()
    }
}

/// One old unit of a restated commune, numbers cleaned.
fn source_json(source: &SourceUnit) -> Value {
    json!({
        "code": source.code,
        "name": source.name,
        "district": source.district,
        "share": super::clean(source.share),
        "weight": super::clean(source.weight),
    })
}

/// A commune's data-quality notes.
struct Notes<'a, 'b>(&'a [&'b QualityNote]);

impl Serialize for Notes<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(|note| NoteJson(note)))
    }
}

/// A data-quality note without the commune it belongs to, its score cleaned, its keys in
/// alphabetical order (as a JSON object map writes them).
struct NoteJson<'a>(&'a QualityNote);

impl Serialize for NoteJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let note = self.0;
        let mut map = serializer.serialize_map(None)?;
        let imputed = match &note.treatment {
            Treatment::Imputed {
                score,
                donors,
                group,
            } => {
                map.serialize_entry("donors", donors)?;
                map.serialize_entry("group", &group.as_deref())?;
                Some(*score)
            }
            _ => None,
        };
        map.serialize_entry("kind", &note.kind)?;
        map.serialize_entry("node_id", &*note.node_id)?;
        if let Some(score) = imputed {
            map.serialize_entry("score", &super::clean(score))?;
        }
        let treatment = match note.treatment {
            Treatment::Imputed { .. } => "imputed",
            Treatment::Zeroed => "zeroed",
            Treatment::Dropped => "dropped",
            Treatment::NoDonor => "no_donor",
        };
        map.serialize_entry("treatment", treatment)?;
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use serde_json::{Value, json};

    use super::NoteJson;
    use crate::score::{NodeKind, QualityNote, Treatment};

    /// The note as serde derives it, without the commune, its floats cleaned: the shape the
    /// JSON output has always had.
    fn derived(note: &QualityNote) -> Value {
        let mut value = serde_json::to_value(note).unwrap();
        let map = value.as_object_mut().unwrap();
        for key in ["entity", "entity_id", "node"] {
            map.remove(key);
        }
        for (_, field) in map.iter_mut() {
            if let Some(x) = field.as_f64().filter(|_| field.is_f64()) {
                *field = json!(super::super::clean(x));
            }
        }
        value
    }

    #[test]
    fn a_note_is_written_as_its_derived_form_without_the_commune() {
        let treatments = [
            Treatment::Imputed {
                score: 71.16666666666667,
                donors: 3,
                group: Some(Arc::from("Huyện Gò Dầu")),
            },
            Treatment::Imputed {
                score: 1e-12,
                donors: 1,
                group: None,
            },
            Treatment::Zeroed,
            Treatment::Dropped,
            Treatment::NoDonor,
        ];
        for treatment in treatments {
            let note = QualityNote {
                entity: 4,
                entity_id: Arc::from("27007"),
                node: 9,
                node_id: Arc::from("ehealth_record_pct"),
                kind: NodeKind::Indicator,
                treatment,
            };
            let written = serde_json::to_string_pretty(&NoteJson(&note)).unwrap();
            let expected = serde_json::to_string_pretty(&derived(&note)).unwrap();
            assert_eq!(written, expected);
        }
    }
}
