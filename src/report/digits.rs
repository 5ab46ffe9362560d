//! Numbers for the machine formats written without `fmt`: the same text as `Display`, sooner.

use std::fmt::Write as _;

/// `x` appended to `out` exactly as `format!("{x}")` writes it. Ryu's shortest round-trip digits
/// are `Display`'s too, but for the form (ryu writes `100.0` and `1e-7`, `Display` `100` and
/// `0.0000001`) and for a tie: when `x` lies exactly halfway between the two closest shortest
/// strings, ryu takes the even one and `Display` the upper one (`99260482512285.625` is
/// `…285.62` to ryu, `…285.63` to `Display`). So a trailing `.0` is dropped, and a number ryu
/// would write with an exponent, or that can be such a tie, goes through `Display`. Scores (0–100
/// with ten decimals) are neither, and are written from their digits first (see [`ten_decimals`]).
pub fn float(x: f64, out: &mut String) {
    if ten_decimals(x, out) {
        return;
    }
    if x.is_finite() && !may_tie(x) {
        let mut buffer = ryu::Buffer::new();
        let text = buffer.format_finite(x);
        if !text.contains('e') {
            out.push_str(text.strip_suffix(".0").unwrap_or(text));
            return;
        }
    }
    let _ = write!(out, "{x}");
}

/// `x` appended to `out` as `Display` writes it when `x` is the double nearest a decimal `d` with
/// at most ten decimals and |d| < 5·10^5 (a score as dtm rounds it); `false`, nothing written,
/// otherwise. Then `d` (trailing zeros dropped) is the shortest string that reads back as `x`:
/// a decimal as short is a multiple of 10^-10 too, and below 2^19 the decimals that read back as
/// `x` span less than 10^-10 (a unit in the last place), so `d` is the only one among them.
fn ten_decimals(x: f64, out: &mut String) -> bool {
    const SCALE: f64 = 1e10;
    let units = (x * SCALE).round();
    // Below 5·10^15 < 2^53 the units are exact, so one division gives the nearest double.
    if !(units.abs() < 5e15 && units / SCALE == x) {
        return false;
    }
    if x.is_sign_negative() {
        out.push('-');
    }
    let units = units.abs() as u64;
    let (whole, fraction) = (units / TEN_DIGITS, units % TEN_DIGITS);
    count(whole, out);
    if fraction > 0 {
        // The fraction's ten digits, zeros in front, after the `1` that keeps them.
        let mut buffer = itoa::Buffer::new();
        let digits = buffer.format(TEN_DIGITS + fraction);
        out.push('.');
        out.push_str(digits[1..].trim_end_matches('0'));
    }
    true
}

/// 10^10: a unit of the integer part in units of 10^-10.
const TEN_DIGITS: u64 = 10_000_000_000;

/// Whether `x`'s exact decimal value could be halfway between two shortest strings: only when it
/// has a fractional part whose exact digits are few (x = m · 2^−k with m odd is m · 5^k / 10^k:
/// m · 5^k significant digits, ending in 5), yet about as many as a double holds (with fewer, the
/// exact value is itself the shortest string). Between 10^14 and 10^18 here, with room to spare.
fn may_tie(x: f64) -> bool {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7FF) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (mantissa, exponent) = match biased {
        0 => (fraction, -1074),
        _ => (fraction | (1 << 52), biased - 1075),
    };
    if mantissa == 0 {
        return false;
    }
    let zeros = mantissa.trailing_zeros();
    let (m, k) = (mantissa >> zeros, -(exponent + i64::from(zeros)));
    if k <= 0 || k > 26 {
        return false; // an integer, or more than 18 exact digits
    }
    let digits = u128::from(m) * 5u128.pow(k as u32);
    (100_000_000_000_000..1_000_000_000_000_000_000).contains(&digits)
}

/// `n` (a count, or a signed change) appended to `out` as `format!("{n}")` writes it.
pub fn count(n: impl itoa::Integer, out: &mut String) {
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
            99260482512285.63,
            99260482512285.62,
            0.30000000000000004,
            1234567890.0625,
            85.5,
            0.0000000001,
            -0.0000000001,
            0.00000000001,
            499999.9999999999,
            500000.0000000001,
            524287.9999999999,
            763269.070371687,
            71.3849561854,
            0.825,
            -12.5,
        ] {
            assert_eq!(shown(x), format!("{x}"), "{x:?}");
        }
    }

    proptest! {
        #[test]
        fn any_float_reads_as_display_writes_it(x in proptest::num::f64::ANY) {
            prop_assert_eq!(shown(x), format!("{x}"));
        }

        /// Large numbers with a few fraction bits: where halfway ties between two shortest
        /// strings live.
        #[test]
        fn a_float_with_few_fraction_bits_reads_as_display_writes_it(
            m in (1u64 << 30)..(1u64 << 53),
            k in 1i32..=30,
            negative: bool,
        ) {
            let x = m as f64 / 2f64.powi(k);
            let x = if negative { -x } else { x };
            prop_assert_eq!(shown(x), format!("{x}"));
        }

        #[test]
        fn a_score_with_ten_decimals_reads_as_display_writes_it(units in 0u64..=1_000_000_000_000) {
            let x = units as f64 / 1e10;
            prop_assert_eq!(shown(x), format!("{x}"));
        }

        #[test]
        fn a_number_with_at_most_ten_decimals_reads_as_display_writes_it(
            units in -9_000_000_000_000_000i64..9_000_000_000_000_000,
            decimals in 0i32..=10,
        ) {
            let x = units as f64 / 10f64.powi(decimals);
            prop_assert_eq!(shown(x), format!("{x}"));
            let near = f64::from_bits(x.to_bits() + 1);
            prop_assert_eq!(shown(near), format!("{near}"));
        }

        /// Where the digits are written without ryu, up to and past its bound.
        #[test]
        fn a_number_with_ten_decimals_below_the_bound_reads_as_display_writes_it(
            units in -6_000_000_000_000_000i64..6_000_000_000_000_000,
        ) {
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
