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
