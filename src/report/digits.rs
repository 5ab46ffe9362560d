//! Numbers for the machine formats written without `fmt`: the same text as `Display`, sooner.

use std::fmt::Write as _;

/// `x` appended to `out` exactly as `format!("{x}")` writes it. Ryu's shortest round-trip digits
/// are `Display`'s too; only the form differs (ryu writes `100.0` and `1e-7`, `Display` `100` and
/// `0.0000001`), so a trailing `.0` is dropped and a number ryu would write with an exponent
/// (rare here: scores are 0–100 with ten decimals) goes through `Display`.
pub fn float(x: f64, out: &mut String) {
    if x.is_finite() {
        let mut buffer = ryu::Buffer::new();
        let text = buffer.format_finite(x);
        if !text.contains('e') {
            out.push_str(text.strip_suffix(".0").unwrap_or(text));
            return;
        }
    }
    let _ = write!(out, "{x}");
}

/// `n` appended to `out` as `format!("{n}")` writes it.
pub fn count(n: usize, out: &mut String) {
    out.push_str(itoa::Buffer::new().format(n));
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn shown(x: f64) -> String {
        let mut out = String::new();
        float(x, &mut out);
        out
    }

    #[test]
    fn floats_read_as_display_writes_them() {
        for x in [
            0.0,
            -0.0,
            1.0,
            100.0,
            63.83,
            0.1,
            1e-7,
            1.5e-5,
            1e15,
            1e16,
            1e21,
            -2.5,
            1.0 / 3.0,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MIN_POSITIVE,
            f64::MAX,
        ] {
            assert_eq!(shown(x), format!("{x}"), "{x:?}");
        }
    }

    proptest! {
        #[test]
        fn any_float_reads_as_display_writes_it(x in proptest::num::f64::ANY) {
            prop_assert_eq!(shown(x), format!("{x}"));
        }

        #[test]
        fn a_score_with_ten_decimals_reads_as_display_writes_it(units in 0u64..=1_000_000_000_000) {
            let x = units as f64 / 1e10;
            prop_assert_eq!(shown(x), format!("{x}"));
        }

        #[test]
        fn counts_read_as_display_writes_them(n in any::<usize>()) {
            let mut out = String::new();
            count(n, &mut out);
            prop_assert_eq!(out, n.to_string());
        }
    }
}
