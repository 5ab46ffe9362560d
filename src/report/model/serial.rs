//! The JSON shape of the results model (documented in the README under "JSON output").
//!
//! Keys are stable English; only `name`, `level_name` and `title` follow `--lang`. Pillars,
//! subgroups and indicators are objects keyed by id.

use std::collections::BTreeMap;

use serde::ser::{Serialize, SerializeMap, SerializeStruct, Serializer};
use serde_json::{Value, json};

use super::{Commune, NodeView, NoteView, RawValue, Run};
use crate::score::{NodeKind, SourceUnit, Treatment};

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
struct Notes<'a, 'b>(&'a [NoteView<'b>]);

impl Serialize for Notes<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(NoteJson))
    }
}

/// A data-quality note without the commune it belongs to, its score cleaned, its keys in
/// alphabetical order (as a JSON object map writes them).
struct NoteJson<'a, 'b>(&'a NoteView<'b>);

impl Serialize for NoteJson<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let note = self.0;
        let mut map = serializer.serialize_map(None)?;
        let imputed = match note.treatment {
            Treatment::Imputed { score, donors, .. } => {
                map.serialize_entry("donors", donors)?;
                map.serialize_entry("group", &note.group)?;
                Some(*score)
            }
            _ => None,
        };
        map.serialize_entry("kind", &note.kind)?;
        map.serialize_entry("node_id", note.node_id)?;
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
    use serde_json::{Value, json};

    use super::NoteJson;
    use crate::report::model::NoteView;
    use crate::score::{NodeKind, Treatment};

    fn written(treatment: Treatment, group: Option<&str>) -> Value {
        let note = NoteView {
            node_id: "ehealth_record_pct",
            kind: NodeKind::Indicator,
            treatment: &treatment,
            group,
        };
        let text = serde_json::to_string_pretty(&NoteJson(&note)).unwrap();
        serde_json::from_str(&text).unwrap()
    }

    /// The shape the JSON output has always had: the treatment, the node's id and kind, and for
    /// an imputed value its score (cleaned), donors and donor group (`null` for all communes).
    #[test]
    fn a_note_is_written_with_its_node_and_donor_group() {
        let imputed = |score, donors, in_group| Treatment::Imputed {
            score,
            donors,
            in_group,
        };
        let node = |treatment: &str| json!({"kind": "indicator", "node_id": "ehealth_record_pct", "treatment": treatment});
        let mut grouped = node("imputed");
        grouped["donors"] = json!(3);
        grouped["group"] = json!("Huyện Gò Dầu");
        grouped["score"] = json!(71.1666666667);
        let group = Some("Huyện Gò Dầu");
        assert_eq!(written(imputed(71.16666666666667, 3, true), group), grouped);
        let mut everyone = node("imputed");
        everyone["donors"] = json!(1);
        everyone["group"] = Value::Null;
        everyone["score"] = json!(0.0);
        assert_eq!(written(imputed(1e-12, 1, false), None), everyone);
        assert_eq!(written(Treatment::Zeroed, None), node("zeroed"));
        assert_eq!(written(Treatment::Dropped, None), node("dropped"));
        assert_eq!(written(Treatment::NoDonor, None), node("no_donor"));
    }
}
