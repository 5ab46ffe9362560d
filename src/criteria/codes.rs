//! The stable codes of criteria findings. Codes never change meaning; new ones are appended.
//!
//! | code | name | what |
//! |---|---|---|
//! | E001 | yaml-syntax | the file is not valid YAML (or not UTF-8, or too deep, or an alias bomb) |
//! | E002 | empty-file | the file holds no document |
//! | E003 | unknown-key | a key the format does not have (often a typo) |
//! | E004 | wrong-type | a value of the wrong kind: text where a number belongs, … |
//! | E005 | missing-key | a required key is absent |
//! | E006 | format-version | `dtm:` is not a version this build reads |
//! | E007 | invalid-value | a value outside its allowed set or range |
//! | E008 | invalid-id | an id that is empty or not made of letters, digits, `_`, `-`, `.` |
//! | E009 | duplicate-key | the same key twice in one mapping |
//! | E010 | duplicate-id | two nodes or indicators share an id |
//! | E011 | node-children | a node with neither or both of `indicators` and `groups` |
//! | E012 | weight-not-positive | a weight that is zero or negative |
//! | E013 | goalposts-equal | `goalpost: [worst, best]` with best = worst |
//! | E014 | steps-not-monotone | step thresholds that do not strictly rise or fall |
//! | E015 | category-score | a category or step score outside [0, 100] |
//! | E016 | levels-order | levels not ascending, or not starting at 0 |
//! | E017 | range-excludes-goalpost | an indicator's `range` that excludes a goalpost |
//! | E018 | invalid-range | a `range` whose low end is not below its high end |
//! | E019 | unknown-gate | a gate that cannot be read or names an unknown pillar or column |
//! | E020 | rollup-clash | a rollup measure whose name clashes with a column or another measure |
//! | E021 | unknown-group | a pilot `spread`/`cover` column that is not an entity group |
//! | E022 | empty-list | a list that must not be empty (pillars, levels, indicators, …) |
//! | E023 | number-too-large | a goalpost, range end or step threshold beyond ±1e15, or a weight above 1e9 |
//! | E024 | reserved-id | an id that is also an output column name (`overall`, `rank`, a group column, `<pillar>_level`, …) |
//! | W001 | weights-sum | sibling weights written as fractions that do not sum to 1 |
//! | W002 | relative-scale | a minmax/percentile scale in criteria used for trends (with a period) |
//! | W003 | tiny-weight | an indicator whose effective weight is under 1 % of the index |
//! | W004 | shared-column | two indicators read the same data column |

use crate::diagnostics::Severity;

/// A finding code: stable identifier, short name and severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Code {
    pub code: &'static str,
    pub name: &'static str,
    pub severity: Severity,
}

const fn error(code: &'static str, name: &'static str) -> Code {
    Code {
        code,
        name,
        severity: Severity::Error,
    }
}

const fn warning(code: &'static str, name: &'static str) -> Code {
    Code {
        code,
        name,
        severity: Severity::Warning,
    }
}

pub const YAML_SYNTAX: Code = error("E001", "yaml-syntax");
pub const EMPTY_FILE: Code = error("E002", "empty-file");
pub const UNKNOWN_KEY: Code = error("E003", "unknown-key");
pub const WRONG_TYPE: Code = error("E004", "wrong-type");
pub const MISSING_KEY: Code = error("E005", "missing-key");
pub const FORMAT_VERSION: Code = error("E006", "format-version");
pub const INVALID_VALUE: Code = error("E007", "invalid-value");
pub const INVALID_ID: Code = error("E008", "invalid-id");
pub const DUPLICATE_KEY: Code = error("E009", "duplicate-key");
pub const DUPLICATE_ID: Code = error("E010", "duplicate-id");
pub const NODE_CHILDREN: Code = error("E011", "node-children");
pub const WEIGHT_NOT_POSITIVE: Code = error("E012", "weight-not-positive");
pub const GOALPOSTS_EQUAL: Code = error("E013", "goalposts-equal");
pub const STEPS_NOT_MONOTONE: Code = error("E014", "steps-not-monotone");
pub const CATEGORY_SCORE: Code = error("E015", "category-score");
pub const LEVELS_ORDER: Code = error("E016", "levels-order");
pub const RANGE_EXCLUDES_GOALPOST: Code = error("E017", "range-excludes-goalpost");
pub const INVALID_RANGE: Code = error("E018", "invalid-range");
pub const UNKNOWN_GATE: Code = error("E019", "unknown-gate");
pub const ROLLUP_CLASH: Code = error("E020", "rollup-clash");
pub const UNKNOWN_GROUP: Code = error("E021", "unknown-group");
pub const EMPTY_LIST: Code = error("E022", "empty-list");
pub const NUMBER_TOO_LARGE: Code = error("E023", "number-too-large");
pub const RESERVED_ID: Code = error("E024", "reserved-id");
pub const WEIGHTS_SUM: Code = warning("W001", "weights-sum");
pub const RELATIVE_SCALE: Code = warning("W002", "relative-scale");
pub const TINY_WEIGHT: Code = warning("W003", "tiny-weight");
pub const SHARED_COLUMN: Code = warning("W004", "shared-column");

/// Every code, for documentation and for the test that each has a trycmd case.
pub const ALL: [Code; 28] = [
    YAML_SYNTAX,
    EMPTY_FILE,
    UNKNOWN_KEY,
    WRONG_TYPE,
    MISSING_KEY,
    FORMAT_VERSION,
    INVALID_VALUE,
    INVALID_ID,
    DUPLICATE_KEY,
    DUPLICATE_ID,
    NODE_CHILDREN,
    WEIGHT_NOT_POSITIVE,
    GOALPOSTS_EQUAL,
    STEPS_NOT_MONOTONE,
    CATEGORY_SCORE,
    LEVELS_ORDER,
    RANGE_EXCLUDES_GOALPOST,
    INVALID_RANGE,
    UNKNOWN_GATE,
    ROLLUP_CLASH,
    UNKNOWN_GROUP,
    EMPTY_LIST,
    NUMBER_TOO_LARGE,
    RESERVED_ID,
    WEIGHTS_SUM,
    RELATIVE_SCALE,
    TINY_WEIGHT,
    SHARED_COLUMN,
];
