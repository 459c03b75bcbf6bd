//! `float`: 24 bytes like CPython's `PyFloatObject`, with a free list of 100.

/// A float.
pub struct FloatObj(pub f64);
impl heap::Object for FloatObj {
    const NAME: &'static str = "float";
    const TRACKED: bool = false;
    const FREELIST_CAPACITY: usize = 100;
    const FREELIST_NAME: &'static str = "PyFloatObject";
}

/// Python's `repr(float)`: shortest round-trip digits, scientific outside 1e-4..1e16.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let e = format!("{f:e}");
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let sign = if neg { "-" } else { "" };
    if !(-4..16).contains(&exp) {
        let m = if digits.len() > 1 {
            format!("{}.{}", &digits[..1], &digits[1..])
        } else {
            digits.clone()
        };
        let es = if exp < 0 {
            format!("-{:02}", -exp)
        } else {
            format!("+{exp:02}")
        };
        return format!("{sign}{m}e{es}");
    }
    let n = digits.len() as i32;
    let s = if exp >= 0 {
        let int_len = exp + 1;
        if n <= int_len {
            format!("{}{}.0", digits, "0".repeat((int_len - n) as usize))
        } else {
            format!(
                "{}.{}",
                &digits[..int_len as usize],
                &digits[int_len as usize..]
            )
        }
    } else {
        format!("0.{}{}", "0".repeat((-exp - 1) as usize), digits)
    };
    format!("{sign}{s}")
}
