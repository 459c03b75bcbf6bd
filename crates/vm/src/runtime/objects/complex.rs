//! `complex`: a pair of floats, immutable, not tracked by the collector (CPython's
//! PyComplexObject: 32 bytes).

use super::float::float_repr;

/// A complex number.
pub struct ComplexObj {
    /// `.real`.
    pub re: f64,
    /// `.imag`.
    pub im: f64,
}

impl heap::Object for ComplexObj {
    const NAME: &'static str = "complex";
    const TRACKED: bool = false;
}

/// A float as `repr` writes it, without the `.0` of an integral value: CPython formats each
/// part of a complex with the `'r'` code and no `ADD_DOT_0` flag (`(1+2j)`, `1e+16j`).
pub fn part_repr(f: f64) -> String {
    let s = float_repr(f);
    match s.strip_suffix(".0") {
        Some(t) => t.to_string(),
        None => s,
    }
}

/// `repr(complex)`: the imaginary part alone (`2j`) when the real part is +0.0, else
/// `(re±imj)` in parentheses.
pub fn complex_repr(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", part_repr(im));
    }
    let im_s = part_repr(im);
    let sign = if im_s.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{im_s}j)", part_repr(re))
}
