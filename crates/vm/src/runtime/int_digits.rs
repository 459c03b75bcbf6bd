//! CPython's limit on decimal conversions of big ints (`sys.set_int_max_str_digits`, 4300
//! digits by default): `str()` of a longer int and `int()` of a longer digit string raise
//! `ValueError`, as in CPython 3.12.

use std::cell::Cell;

use num_bigint::BigInt;

use super::{PyResult, Vm};

/// CPython's default (`_PY_LONG_DEFAULT_MAX_STR_DIGITS`).
pub const DEFAULT_LIMIT: usize = 4300;
/// The smallest non-zero limit accepted (`_PY_LONG_MAX_STR_DIGITS_THRESHOLD`).
pub const THRESHOLD: usize = 640;

thread_local! {
    static LIMIT: Cell<usize> = const { Cell::new(DEFAULT_LIMIT) };
}

/// The current limit (0 = none).
pub fn limit() -> usize {
    LIMIT.with(Cell::get)
}

/// Set the limit (the caller checks the value).
pub fn set_limit(n: usize) {
    LIMIT.with(|l| l.set(n));
}

/// The decimal text of `b`, or CPython's `ValueError` when it has too many digits.
pub fn to_decimal(vm: &Vm, b: &BigInt) -> PyResult<String> {
    if let Some(i) = num_traits::ToPrimitive::to_i64(b) {
        return Ok(i.to_string());
    }
    let limit = limit();
    let too_long = || {
        vm.value_err(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        ))
    };
    // A number of `bits` bits has at least (bits - 1) · log10(2) digits: reject the hopeless
    // ones before converting.
    let min_digits = b.bits().saturating_sub(1) as f64 * std::f64::consts::LOG10_2;
    if limit != 0 && min_digits > limit as f64 + 1.0 {
        return too_long();
    }
    let s = b.to_string();
    let digits = s.len() - usize::from(s.starts_with('-'));
    if limit != 0 && digits > limit {
        return too_long();
    }
    Ok(s)
}

/// Check a decimal digit string of `digits` digits before `int()` converts it.
pub fn check_parse(vm: &Vm, digits: usize) -> PyResult<()> {
    let limit = limit();
    if limit != 0 && digits > limit {
        return vm.value_err(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
        ));
    }
    Ok(())
}

/// The decimal text of a machine-word int, written into a buffer on the stack: `str()`,
/// `%d` and `format()` of small ints take it without Rust's formatting machinery or a heap
/// allocation.
pub struct SmallDecimal {
    buf: [u8; 21],
    start: usize,
}

impl SmallDecimal {
    /// The digits of `v`, with a leading `-` when it is negative.
    pub fn new(v: i64) -> SmallDecimal {
        let mut d = Self::from_u64(v.unsigned_abs());
        if v < 0 {
            d.start -= 1;
            d.buf[d.start] = b'-';
        }
        d
    }

    /// The digits of `u` (at most 20; one place is left for a sign when it came from an
    /// `i64`, whose magnitude has at most 19).
    pub fn from_u64(mut u: u64) -> SmallDecimal {
        let mut buf = [0u8; 21];
        let mut i = buf.len();
        loop {
            i -= 1;
            buf[i] = b'0' + (u % 10) as u8;
            u /= 10;
            if u == 0 {
                break;
            }
        }
        SmallDecimal { buf, start: i }
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        // Only ASCII digits and '-' were written.
        std::str::from_utf8(&self.buf[self.start..]).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::SmallDecimal;

    #[test]
    fn small_decimal_matches_to_string() {
        for v in [
            0,
            1,
            -1,
            9,
            10,
            -10,
            99,
            100,
            12345,
            -99999,
            i64::MAX,
            i64::MIN,
            i64::MIN + 1,
        ] {
            assert_eq!(SmallDecimal::new(v).as_str(), v.to_string());
        }
        for u in [0, 7, 10, u64::MAX, 1 << 63] {
            assert_eq!(SmallDecimal::from_u64(u).as_str(), u.to_string());
        }
    }
}
