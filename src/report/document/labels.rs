//! The report's headings, column names and captions in the chosen language, from the catalogue.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::report::i18n::{Lang, t};

/// Every label the report's layouts use, by the name the layouts know it by.
#[derive(Debug, Clone, Serialize)]
pub struct Labels {
    #[serde(flatten)]
    words: BTreeMap<&'static str, String>,
    /// The heat-map bands, lowest first ("0–20", …).
    pub bands: Vec<String>,
}

/// Label name → catalogue key.
pub(super) const KEYS: &[(&str, &str)] = &[
    ("contents", "report-contents"),
    ("summary", "report-summary"),
    ("ranking", "report-ranking"),
    ("ranking_caption", "report-ranking-caption"),
    ("heatmap", "report-heatmap"),
    ("heatmap_intro", "report-heatmap-intro"),
    ("heatmap_caption", "report-heatmap-caption"),
    ("no_score", "report-no-score"),
    ("levels", "report-levels"),
    ("levels_chart", "report-levels-chart"),
    ("levels_caption", "report-levels-caption"),
    ("levels_by", "report-levels-by"),
    ("distribution", "report-distribution"),
    ("pilot", "report-pilot"),
    ("pilot_picks", "report-pilot-picks"),
    ("pilot_runners_up", "report-pilot-runners-up"),
    ("why", "report-why"),
    ("why_not", "report-why-not"),
    ("waves", "report-waves"),
    ("wave", "report-wave"),
    ("mean_score", "report-mean-score"),
    ("groups_touched", "report-groups-touched"),
    ("unscheduled", "report-unscheduled"),
    ("changes", "report-changes"),
    ("changes_caption", "report-changes-caption"),
    ("change", "report-change"),
    ("profiles", "report-profiles"),
    ("pillars", "report-pillars"),
    ("path", "report-path"),
    ("gaps", "report-gaps"),
    ("now", "report-now"),
    ("target", "report-target"),
    ("gain", "report-gain"),
    ("value", "report-value"),
    ("quality", "report-quality"),
    ("treatment", "report-treatment"),
    ("method", "report-method"),
    ("tree_caption", "report-tree-caption"),
    ("node", "report-node"),
    ("weight", "report-weight"),
    ("effective_weight", "report-effective-weight"),
    ("scale", "report-scale"),
    ("rule", "report-rule"),
    ("meaning", "report-meaning"),
    ("rank", "report-rank"),
    ("commune", "report-commune"),
    ("communes", "report-communes"),
    ("overall", "report-overall"),
    ("level", "report-level"),
    ("coverage", "report-coverage"),
    ("from_score", "report-from-score"),
    ("share", "report-share"),
    ("unranked", "report-unranked"),
    ("indicator", "report-indicator"),
    ("pillar", "report-pillar"),
    ("score", "report-score"),
    ("footer", "report-footer"),
    ("sheet_ranking", "report-sheet-ranking"),
    ("sheet_pillars", "report-sheet-pillars"),
    ("sheet_indicators", "report-sheet-indicators"),
    ("sheet_gaps", "report-sheet-gaps"),
    ("sheet_pilot", "report-sheet-pilot"),
    ("sheet_quality", "report-sheet-quality"),
    ("sheet_method", "report-sheet-method"),
    ("id", "report-id"),
    ("kind", "report-kind"),
];

impl Labels {
    pub fn new(lang: Lang) -> Labels {
        let words = KEYS
            .iter()
            .map(|&(name, key)| (name, t(lang, key, &[])))
            .collect();
        let bands = ["0", "20", "40", "60", "80"]
            .iter()
            .zip(["20", "40", "60", "80", "100"])
            .map(|(low, high)| format!("{low}–{high}"))
            .collect();
        Labels { words, bands }
    }

    /// The label called `name` (a name of [`KEYS`]); empty for an unknown name.
    pub fn get(&self, name: &str) -> &str {
        self.words.get(name).map_or("", String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::{KEYS, Labels};
    use crate::report::i18n::Lang;

    #[test]
    fn every_label_is_in_both_catalogues() {
        for lang in Lang::ALL {
            let labels = Labels::new(lang);
            for (name, key) in KEYS {
                let text = labels.get(name);
                assert!(
                    !text.is_empty() && text != *key,
                    "{key} missing in {lang:?}"
                );
            }
        }
    }
}
