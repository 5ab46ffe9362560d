//! Which fields of one microdata file a rollup reads: found once from the header, by name.

use crate::criteria::{Measure, Rollup};
use crate::data::findings::{DUPLICATE_COLUMN, MISSING_COLUMN};
use crate::diagnostics::cut;
use crate::diagnostics::{Finding, Message};

use super::sums::Keep;

/// What one measure reads from a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reads {
    /// Nothing but the row (and its weight).
    Count,
    /// A yes/no field, as 0 or 1.
    Share(usize),
    /// A numeric field (means, sums, medians, extremes).
    Number(usize),
}

/// The field positions of one file, and how its numbers are written.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub key: usize,
    pub period: Option<usize>,
    pub weight: Option<usize>,
    pub measures: Vec<Reads>,
    /// What each measure keeps of the rows.
    pub keeps: Vec<Keep>,
    /// The header's names, for messages.
    pub names: Vec<String>,
    /// How many fields a row must have: the header up to its last named column.
    pub width: usize,
    pub delimiter: u8,
    /// `85,5` means 85.5 unless the delimiter is a comma (as in survey data).
    pub decimal_comma: bool,
}

impl Plan {
    /// The plan for a file whose header (trimmed, NFC) is `names`. Every column the rollup names
    /// must be there; the period column is read when present.
    pub fn new(
        rollup: &Rollup,
        period: Option<&str>,
        file: &str,
        header_line: u64,
        names: Vec<String>,
        delimiter: u8,
    ) -> Result<Plan, Vec<Finding>> {
        let mut findings = Vec::new();
        // Quoted like the survey reader's list: the names are data, in every language.
        let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
        let listed = cut(&quoted.join(", ")).into_owned();
        let mut find = |column: &str, role: Option<Message>| -> Option<usize> {
            let mut at = names.iter().enumerate().filter(|(_, n)| *n == column);
            let first = at.next().map(|(index, _)| index);
            if at.next().is_some() {
                let message = Message::new("finding-duplicate-column").with("column", column);
                findings.push(DUPLICATE_COLUMN.error(file, header_line, column, message));
            }
            if let (None, Some(role)) = (first, role) {
                let message = Message::new("finding-microdata-missing-column")
                    .with("column", column)
                    .with("role", role)
                    .with("rollup", rollup.name.as_str())
                    .with("listed", listed.as_str());
                findings.push(MISSING_COLUMN.error(file, header_line, column, message));
            }
            first
        };
        let key = find(&rollup.key, Some(Message::new("rollup-role-key")));
        let weight =
            (rollup.weight.as_deref()).map(|w| find(w, Some(Message::new("rollup-role-weight"))));
        let measures: Vec<Option<Reads>> = rollup
            .measures
            .iter()
            .map(|(name, measure)| {
                let role =
                    || Some(Message::new("rollup-role-measure").with("measure", name.as_str()));
                match measure {
                    Measure::Count => Some(Reads::Count),
                    Measure::Share(column) => find(column, role()).map(Reads::Share),
                    Measure::Mean(column)
                    | Measure::Sum(column)
                    | Measure::Median(column)
                    | Measure::Min(column)
                    | Measure::Max(column) => find(column, role()).map(Reads::Number),
                }
            })
            .collect();
        let period = period.and_then(|column| find(column, None));
        match (key, findings.is_empty()) {
            (Some(key), true) => Ok(Plan {
                key,
                period,
                weight: weight.flatten(),
                measures: measures.into_iter().flatten().collect(),
                keeps: rollup.measures.iter().map(|(_, m)| keep(m)).collect(),
                width: names
                    .iter()
                    .rposition(|name| !name.is_empty())
                    .map_or(0, |at| at + 1),
                names,
                delimiter,
                decimal_comma: delimiter != b',',
            }),
            _ => Err(findings),
        }
    }
}

/// What `measure` keeps of each row it reads.
pub fn keep(measure: &Measure) -> Keep {
    match measure {
        Measure::Count | Measure::Share(_) | Measure::Mean(_) | Measure::Sum(_) => Keep::Sums,
        Measure::Min(_) | Measure::Max(_) => Keep::Extremes,
        Measure::Median(_) => Keep::Values,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::criteria::Origin;

    fn rollup() -> Rollup {
        Rollup {
            name: "households".into(),
            key: "code".into(),
            weight: Some("w".into()),
            prefer: None,
            measures: vec![
                ("n".into(), Measure::Count),
                ("phone_pct".into(), Measure::Share("phone".into())),
                ("spend".into(), Measure::Mean("spend".into())),
            ],
            origin: Origin::default(),
        }
    }

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|name| (*name).to_owned()).collect()
    }

    #[test]
    fn columns_are_found_by_name_in_any_order() {
        let header = names(&["spend", "phone", "year", "code", "w"]);
        let plan = Plan::new(&rollup(), Some("year"), "m.csv", 1, header, b';').unwrap();
        assert_eq!((plan.key, plan.period, plan.weight), (3, Some(2), Some(4)));
        assert_eq!(
            plan.measures,
            [Reads::Count, Reads::Share(1), Reads::Number(0)]
        );
        assert!(plan.decimal_comma);
    }

    #[test]
    fn missing_columns_are_each_named() {
        let header = names(&["phone", "w"]);
        let findings = Plan::new(&rollup(), None, "m.csv", 1, header, b',').unwrap_err();
        let columns: Vec<&str> = findings.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(columns, ["code", "spend"]);
        assert!(
            findings[0]
                .message
                .contains("the key of rollup 'households'")
        );
        assert_eq!(findings[0].code, "D001");
    }

    #[test]
    fn long_values_are_cut() {
        let long = "x".repeat(100);
        assert_eq!(cut(&long).chars().count(), 81);
        assert_eq!(cut("short"), "short");
    }
}
