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
    // The odd last digit less one: an ASCII digit again.
    let below = format!("{}{}", &digits[..n - 1], char::from(last - 1));
    match decimal_midpoint(f, &below) {
        Some(false) => return digits,
        Some(true) => return even_if_exact(digits, below, exp, f),
        None => {}
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
    let tie = exact.len() > n
        && exact.as_bytes()[..n] == *below.as_bytes()
        && exact.as_bytes()[n] == b'5'
        && exact.as_bytes()[n + 1..].iter().all(|&c| c == b'0');
    if !tie {
        return digits;
    }
    even_if_exact(digits, below, exp, f)
}

/// At a tie: the even candidate `below`, if it reads back as `f` too.
fn even_if_exact(digits: String, below: String, exp: i32, f: f64) -> String {
    let back: Option<f64> = format!("{}.{}e{}", &below[..1], &below[1..], exp)
        .parse()
        .ok();
    if back == Some(f.abs()) {
        below
    } else {
        digits
    }
}

/// Is `|f|` exactly the decimal midpoint `below` followed by a 5 (significant digits, as
/// the shortest repr's)? Decided with integers: `|f| = m * 2^e` with `m` odd is, for `e < 0`,
/// `m * 5^-e` over `10^-e`, whose digits are exactly those of `m * 5^-e` (odd times a power
/// of 5: no trailing zero); for `e >= 0` an integer, its digits less trailing zeros. `None`
/// when that integer does not fit 128 bits (the caller expands the exact value instead).
fn decimal_midpoint(f: f64, below: &str) -> Option<bool> {
    if below.starts_with('0') || below.len() > 17 {
        return Some(false);
    }
    let target = below.parse::<u128>().ok()? * 10 + 5;
    let bits = f.abs().to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    if m == 0 {
        return Some(false);
    }
    let tz = m.trailing_zeros();
    m >>= tz;
    e += tz as i32;
    if e < 0 {
        // 5^26 > 10^18 > target: more fractional digits than a tie can have.
        let k = e.unsigned_abs();
        if k >= 26 {
            return Some(false);
        }
        return Some(u128::from(m) * 5u128.pow(k) == target);
    }
    if e > 70 {
        return None;
    }
    let mut d = u128::from(m) << e;
    while d % 10 == 0 {
        d /= 10;
    }
    Some(d == target)
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
