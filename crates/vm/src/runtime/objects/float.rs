//! `float`: 24 bytes like CPython's `PyFloatObject`, with a free list of 100.

/// A float.
pub struct FloatObj(pub f64);
impl heap::Object for FloatObj {
    const NAME: &'static str = "float";
    const TRACKED: bool = false;
    const FREELIST_CAPACITY: usize = 100;
    const FREELIST_NAME: &'static str = "PyFloatObject";
}

/// The shortest digits that read back as `f` are the nearest such digits; when the two
/// nearest are exactly as near (the value ends in 5 just past them), CPython's dtoa takes the
/// even one, where Rust's shortest formatting may take the odd one (`1e16 / 7.25` is
/// `1379310344827586.2`, its exact value ending in `.25`).
fn tie_to_even(digits: String, exp: i32, f: f64) -> String {
    let n = digits.len();
    let last = digits.as_bytes()[n - 1];
    if (last - b'0').is_multiple_of(2) {
        return digits;
    }
    // A tie needs the exact value to go on with a 5 and then nothing: the two digits after
    // the shortest ones, correctly rounded, are then "50". Most values fail this cheap test
    // and skip the 800-digit expansion below (25,000 instructions per repr otherwise).
    let near = format!("{:.*e}", n + 1, f.abs());
    let near: Vec<u8> = near
        .split('e')
        .next()
        .unwrap_or("")
        .bytes()
        .filter(u8::is_ascii_digit)
        .collect();
    if near.get(n..n + 2) != Some(&b"50"[..]) {
        return digits;
    }
    // The exact decimal value: no double needs more than 767 significant digits.
    let exact = format!("{:.800e}", f.abs());
    let exact: String = exact
        .split('e')
        .next()
        .unwrap_or("")
        .chars()
        .filter(|c| c.is_ascii_digit())
        .collect();
    let mut below = digits.clone().into_bytes();
    below[n - 1] -= 1;
    let tie = exact.len() > n
        && exact.as_bytes()[..n] == below[..]
        && exact.as_bytes()[n] == b'5'
        && exact.as_bytes()[n + 1..].iter().all(|&c| c == b'0');
    if !tie {
        return digits;
    }
    let below = String::from_utf8(below).unwrap_or_default();
    // Only if the even candidate reads back as `f` too.
    let back: Option<f64> = format!("{}.{}e{}", &below[..1], &below[1..], exp)
        .parse()
        .ok();
    if back == Some(f.abs()) {
        below
    } else {
        digits
    }
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
    let digits = tie_to_even(digits, exp, f);
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
