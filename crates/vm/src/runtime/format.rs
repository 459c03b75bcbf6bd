//! `format(value, spec)` (the format-spec mini-language) and `%`-formatting.

use heap::ObjRef;
use num_bigint::BigInt;

use super::objects::float::float_repr;
use super::objects::*;
use super::ops::Num;
use super::{Args, PyResult, Vm};

#[derive(Default)]
struct Spec {
    fill: char,
    align: Option<char>,
    sign: Option<char>,
    alt: bool,
    /// `z`: negative zero becomes zero (floats only).
    no_neg_zero: bool,
    zero: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    ty: Option<char>,
}

/// Parse a format spec; `Err` carries CPython's ValueError message.
fn parse_spec(s: &str) -> Result<Spec, String> {
    let invalid = || "Invalid format specifier".to_string();
    let sp = parse_spec_fields(s).ok_or_else(invalid)?;
    // A width or precision past Py_ssize_t: CPython's get_integer overflow message.
    if sp.width == usize::MAX || sp.precision == Some(usize::MAX) {
        return Err("Too many decimal digits in format string".to_string());
    }
    if sp.precision == Some(usize::MAX - 1) {
        return Err("Format specifier missing precision".to_string());
    }
    Ok(sp)
}

fn parse_spec_fields(s: &str) -> Option<Spec> {
    // The characters of a short spec (nearly all are) sit in a stack buffer: collecting them
    // into a Vec cost an allocation per `format()` call.
    let mut short = ['\0'; 24];
    let long: Vec<char>;
    let c: &[char] = if s.len() <= short.len() {
        let mut n = 0;
        for ch in s.chars() {
            short[n] = ch;
            n += 1;
        }
        &short[..n]
    } else {
        long = s.chars().collect();
        &long
    };
    let mut i = 0;
    let mut sp = Spec {
        fill: ' ',
        ..Default::default()
    };
    let mut fill_given = false;
    if c.len() >= 2 && "<>=^".contains(c[1]) {
        sp.fill = c[0];
        sp.align = Some(c[1]);
        fill_given = true;
        i = 2;
    } else if !c.is_empty() && "<>=^".contains(c[0]) {
        sp.align = Some(c[0]);
        i = 1;
    }
    if i < c.len() && "+- ".contains(c[i]) {
        sp.sign = Some(c[i]);
        i += 1;
    }
    if i < c.len() && c[i] == 'z' {
        sp.no_neg_zero = true;
        i += 1;
    }
    if i < c.len() && c[i] == '#' {
        sp.alt = true;
        i += 1;
    }
    // The `0` flag (only when no fill was given) makes `0` the fill; with no alignment it
    // also means `=` for numbers (`pad`). After an explicit fill it is a width digit.
    if i < c.len() && c[i] == '0' && !fill_given {
        sp.zero = true;
        sp.fill = '0';
        i += 1;
    }
    let st = i;
    while i < c.len() && c[i].is_ascii_digit() {
        i += 1;
    }
    if i > st {
        sp.width = decimal_field(&c[st..i]);
    }
    if i < c.len() && (c[i] == ',' || c[i] == '_') {
        sp.grouping = Some(c[i]);
        i += 1;
        if i < c.len() && (c[i] == ',' || c[i] == '_') {
            // Reported by the caller with CPython's wording.
            sp.ty = Some('\u{0}');
            return Some(sp);
        }
    }
    if i < c.len() && c[i] == '.' {
        i += 1;
        let st = i;
        while i < c.len() && c[i].is_ascii_digit() {
            i += 1;
        }
        // No digits: reported by `parse_spec` ("Format specifier missing precision").
        sp.precision = Some(if i == st {
            usize::MAX - 1
        } else {
            decimal_field(&c[st..i])
        });
    }
    if i < c.len() {
        sp.ty = Some(c[i]);
        i += 1;
    }
    if i != c.len() {
        return None;
    }
    Some(sp)
}

/// A width or precision; `usize::MAX` stands for "too many digits" (past `isize::MAX`).
fn decimal_field(digits: &[char]) -> usize {
    let mut n: usize = 0;
    for d in digits {
        let next = d
            .to_digit(10)
            .and_then(|v| n.checked_mul(10)?.checked_add(v as usize));
        match next {
            Some(v) if v <= isize::MAX as usize => n = v,
            _ => return usize::MAX,
        }
    }
    n
}

fn group(digits: &str, sep: char) -> String {
    group_by(digits, sep, 3)
}

/// Insert `sep` every `every` digits of the integer part (3 for decimal, 4 for b/o/x).
fn group_by(digits: &str, sep: char, every: usize) -> String {
    // Every four digits means b/o/x/X digits, where `e` is a digit, not an exponent.
    let frac_start = if every == 3 {
        digits.find(['.', 'e', 'E', '%'])
    } else {
        None
    };
    let (int, frac) = match frac_start {
        Some(p) => (&digits[..p], &digits[p..]),
        None => (digits, ""),
    };
    let mut out = String::new();
    let n = int.len();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (n - i) % every == 0 {
            out.push(sep);
        }
        out.push(ch);
    }
    out + frac
}

fn pad(body: String, sign: &str, sp: &Spec, default_align: char) -> String {
    let len = body.chars().count() + sign.chars().count();
    if len >= sp.width {
        if sign.is_empty() {
            return body;
        }
        let mut out = String::with_capacity(sign.len() + body.len());
        out.push_str(sign);
        out.push_str(&body);
        return out;
    }
    let fill_n = sp.width - len;
    let fill = sp.fill;
    let align = match sp.align {
        Some(a) => a,
        None if sp.zero && default_align == '>' => '=',
        None => default_align,
    };
    // Built in place (Rust's `format!` machinery cost more than the padding itself).
    let mut out = String::with_capacity(body.len() + sign.len() + fill_n * fill.len_utf8());
    let push_fill = |out: &mut String, n: usize| out.extend(std::iter::repeat_n(fill, n));
    match align {
        '<' => {
            out.push_str(sign);
            out.push_str(&body);
            push_fill(&mut out, fill_n);
        }
        '^' => {
            push_fill(&mut out, fill_n / 2);
            out.push_str(sign);
            out.push_str(&body);
            push_fill(&mut out, fill_n - fill_n / 2);
        }
        '=' => {
            out.push_str(sign);
            push_fill(&mut out, fill_n);
            out.push_str(&body);
        }
        _ => {
            push_fill(&mut out, fill_n);
            out.push_str(sign);
            out.push_str(&body);
        }
    }
    out
}

/// Rust's formatter panics on a precision past 65535, and no double has a nonzero digit past
/// the 1074th decimal place (or its 767th significant digit): longer precisions are
/// computed at this one and padded with zeros.
const MAX_EXACT_DIGITS: usize = 1100;

/// `{:.prec}` of `f`, for any precision.
fn rust_fixed(f: f64, prec: usize) -> String {
    if prec <= MAX_EXACT_DIGITS {
        return format!("{:.*}", prec, f);
    }
    let mut s = format!("{:.*}", MAX_EXACT_DIGITS, f);
    s.extend(std::iter::repeat_n('0', prec - MAX_EXACT_DIGITS));
    s
}

/// `{:.prec e}` of `f`, for any precision.
fn rust_exp(f: f64, prec: usize) -> String {
    if prec <= MAX_EXACT_DIGITS {
        return format!("{:.*e}", prec, f);
    }
    let s = format!("{:.*e}", MAX_EXACT_DIGITS, f);
    let e = s.find('e').unwrap_or(s.len());
    let zeros = "0".repeat(prec - MAX_EXACT_DIGITS);
    format!("{}{zeros}{}", &s[..e], &s[e..])
}

/// Fixed-point formatting with Python's rounding (round-half-even on the exact binary value).
pub fn fmt_fixed(f: f64, prec: usize) -> String {
    rust_fixed(f, prec)
}

fn fmt_exp(f: f64, prec: usize, upper: bool) -> String {
    let s = rust_exp(f, prec);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    let r = format!("{}e{}{:02}", m, if e < 0 { '-' } else { '+' }, e.abs());
    if upper {
        r.to_uppercase()
    } else {
        r
    }
}

/// `g` formatting; `add_dot_0` is the no-type-with-precision form (`format(123.0, '.3')`
/// is `1.23e+02`): CPython's Py_DTSF_ADD_DOT_0 switches to exponent one digit earlier.
fn fmt_general(f: f64, prec: usize, alt: bool, upper: bool, add_dot_0: bool) -> String {
    let p = if prec == 0 { 1 } else { prec };
    if f == 0.0 {
        // Zero's exponent is 0: the exponent form only for `format(0.0, '.1')`-like specs.
        if add_dot_0 && p == 1 {
            let e = if upper { "E+00" } else { "e+00" };
            return format!("0{}{e}", if alt { "." } else { "" });
        }
        return if alt {
            rust_fixed(0.0, p - 1) + if p == 1 { "." } else { "" }
        } else {
            "0".into()
        };
    }
    let exp = rust_exp(f, p - 1);
    let e: i32 = exp
        .split_once('e')
        .map(|(_, e)| e.parse().unwrap_or(0))
        .unwrap_or(0);
    let mut s = if e < -4 || e >= p as i32 - i32::from(add_dot_0) {
        fmt_exp(f, p - 1, upper)
    } else {
        rust_fixed(f, (p as i64 - 1 - e as i64).max(0) as usize)
    };
    if alt {
        // `#`: the decimal point stays even with no digits after it (`1.e+01`, `42.`).
        if !s.contains('.') {
            match s.find(['e', 'E']) {
                Some(epos) => s.insert(epos, '.'),
                None => s.push('.'),
            }
        }
    } else {
        if let Some(epos) = s.find(['e', 'E']) {
            let (m, ex) = s.split_at(epos);
            let m = if m.contains('.') {
                m.trim_end_matches('0').trim_end_matches('.')
            } else {
                m
            };
            s = format!("{m}{ex}");
        } else if s.contains('.') {
            s = s.trim_end_matches('0').trim_end_matches('.').to_string();
        }
    }
    s
}

fn format_float(f: f64, sp: &Spec) -> String {
    // A NaN's sign bit is never shown (`format(-(0.0 * inf), 'e')` is `nan`).
    let (neg, a) = (f.is_sign_negative() && !f.is_nan(), f.abs());
    let body = if !a.is_finite() {
        // PyOS_double_to_string: the upper-case types spell them upper-case, and `%`
        // keeps its sign.
        let word = if a.is_nan() { "nan" } else { "inf" };
        match sp.ty {
            Some('E' | 'F' | 'G') => word.to_uppercase(),
            Some('%') => format!("{word}%"),
            _ => word.to_string(),
        }
    } else {
        match sp.ty {
            Some('f') | Some('F') => {
                let s = fmt_fixed(a, sp.precision.unwrap_or(6));
                if sp.alt && !s.contains('.') {
                    s + "."
                } else {
                    s
                }
            }
            Some('e') | Some('E') => {
                let s = fmt_exp(a, sp.precision.unwrap_or(6), sp.ty == Some('E'));
                match s.find(['e', 'E']) {
                    Some(p) if sp.alt && !s[..p].contains('.') => {
                        format!("{}.{}", &s[..p], &s[p..])
                    }
                    _ => s,
                }
            }
            Some('g') | Some('G') | Some('n') => fmt_general(
                a,
                sp.precision.unwrap_or(6),
                sp.alt,
                sp.ty == Some('G'),
                false,
            ),
            Some('%') => {
                let s = fmt_fixed(a * 100.0, sp.precision.unwrap_or(6));
                // `#` keeps the point (`format(0.12, '#.0%')` is `12.%`).
                if sp.alt && !s.contains('.') {
                    format!("{s}.%")
                } else {
                    format!("{s}%")
                }
            }
            _ => match sp.precision {
                Some(p) => {
                    let s = fmt_general(a, p, sp.alt, false, true);
                    if s.contains(['.', 'e', 'n', 'i']) {
                        s
                    } else {
                        format!("{s}.0")
                    }
                }
                None => {
                    let r = float_repr(a);
                    // `#` keeps a point in the mantissa (`1.e+20`).
                    match r.find('e') {
                        Some(e) if sp.alt && !r[..e].contains('.') => {
                            format!("{}.{}", &r[..e], &r[e..])
                        }
                        _ => r,
                    }
                }
            },
        }
    };
    let body = match sp.grouping {
        Some(g) => group(&body, g),
        None => body,
    };
    let sign = if neg
        && !(a == 0.0 && body.trim_start_matches(['0', '.']).is_empty() && !f.is_sign_negative())
    {
        "-"
    } else {
        match sp.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    };
    // `z`: a value that rounds to zero loses its minus sign.
    let neg = neg
        && !(sp.no_neg_zero
            && a.is_finite()
            && body.chars().all(|c| !c.is_ascii_digit() || c == '0'));
    let sign = if neg {
        "-"
    } else if sign == "-" {
        // A zero that `z` made positive takes the spec's sign like any positive number.
        match sp.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    } else {
        sign
    };
    let body = match sp.grouping {
        Some(g) if zero_padded(sp) && body.starts_with(|c: char| c.is_ascii_digit()) => {
            zero_fill_grouped(&body, g, 3, sp.width.saturating_sub(sign.len()))
        }
        _ => body,
    };
    pad(body, sign, sp, '>')
}

/// `format(complex, spec)` (CPython's format_complex_internal): both parts formatted as
/// floats with the spec's type and precision, the imaginary one always signed; with no
/// type, `str()`'s layout (parentheses, or the imaginary part alone when the real part is
/// +0.0) and `repr`-style parts. Width and alignment apply to the whole.
fn format_complex(vm: &Vm, re: f64, im: f64, sp: &Spec) -> PyResult<String> {
    if sp.align == Some('=') {
        return vm.value_err("'=' alignment flag is not allowed in complex format specifier");
    }
    if sp.fill == '0' {
        return vm.value_err("Zero padding is not allowed in complex format specifier");
    }
    if let Some(t) = sp.ty {
        if !"eEfFgGn".contains(t) {
            return vm.value_err(format!(
                "Unknown format code '{t}' for object of type 'complex'"
            ));
        }
    }
    let (ty, skip_re, parens) = match sp.ty {
        None => {
            let skip = re == 0.0 && re.is_sign_positive();
            (sp.precision.map(|_| 'g'), skip, !skip)
        }
        Some('n') => (Some('g'), false, false),
        t => (t, false, false),
    };
    let part = |f: f64, sign: Option<char>| -> String {
        let Some(ty) = ty else {
            // The `'r'` code: repr digits, no `.0`.
            let s = super::objects::complex::part_repr(f);
            return match sign {
                Some(c @ ('+' | ' ')) if !s.starts_with('-') => format!("{c}{s}"),
                _ => s,
            };
        };
        let ps = Spec {
            fill: ' ',
            align: None,
            sign,
            alt: sp.alt,
            no_neg_zero: sp.no_neg_zero,
            zero: false,
            width: 0,
            grouping: sp.grouping,
            precision: sp.precision,
            ty: Some(ty),
        };
        format_float(f, &ps)
    };
    let im_s = part(im, if skip_re { sp.sign } else { Some('+') });
    let body = if skip_re {
        format!("{im_s}j")
    } else {
        format!("{}{im_s}j", part(re, sp.sign))
    };
    let body = if parens { format!("({body})") } else { body };
    Ok(pad(body, "", sp, '>'))
}

/// A format code in CPython's error messages: itself when printable ASCII, else `\x..`.
fn type_code(t: char) -> String {
    if (t as u32) > 32 && (t as u32) < 128 {
        t.to_string()
    } else {
        format!("\\x{:x}", t as u32)
    }
}

/// Whether the spec asks for zero padding after the sign (`0` flag, no explicit alignment).
fn zero_padded(sp: &Spec) -> bool {
    sp.fill == '0' && (sp.align == Some('=') || (sp.zero && sp.align.is_none()))
}

/// A grouped number zero-filled to `width` with the zeros grouped too, as CPython's
/// _PyUnicode_InsertThousandsGrouping: `format(12, '06,')` is `00,012`, and a separator is
/// never first (`format(12, '04,')` is `0,012`, one wider than asked).
fn zero_fill_grouped(body: &str, sep: char, every: usize, width: usize) -> String {
    let mut digits: String = body.chars().filter(|&c| c != sep).collect();
    let mut out = group_by(&digits, sep, every);
    while out.chars().count() < width {
        digits.insert(0, '0');
        out = group_by(&digits, sep, every);
    }
    out
}

/// `format_int` for an i64: the digits come from the machine word (no big-int conversion)
/// for the integer presentation types; the others take the general path.
fn format_small_int(vm: &Vm, v: i64, sp: &Spec, tname: &str) -> PyResult<String> {
    let u = v.unsigned_abs();
    let digits = match sp.ty {
        None | Some('d') | Some('n') => super::int_digits::SmallDecimal::from_u64(u)
            .as_str()
            .to_string(),
        Some('x') => format!("{u:x}"),
        Some('X') => format!("{u:X}"),
        Some('o') => format!("{u:o}"),
        Some('b') => format!("{u:b}"),
        _ => return format_int(vm, &BigInt::from(v), sp, tname),
    };
    int_layout(vm, digits, v < 0, sp)
}

fn format_int(vm: &Vm, v: &BigInt, sp: &Spec, tname: &str) -> PyResult<String> {
    let neg = v.sign() == num_bigint::Sign::Minus;
    let a = if neg { -v } else { v.clone() };
    let float_type = matches!(sp.ty, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%'));
    if sp.precision.is_some() && !float_type {
        return vm.value_err("Precision not allowed in integer format specifier");
    }
    if sp.no_neg_zero && !float_type {
        return vm.value_err("Negative zero coercion (z) not allowed in integer format specifier");
    }
    if let (Some(','), Some(t @ ('x' | 'X' | 'o' | 'b'))) = (sp.grouping, sp.ty) {
        return vm.value_err(format!("Cannot specify ',' with '{t}'."));
    }
    // The digits; `int_layout` adds the `#` prefix, sign and padding.
    let body = match sp.ty {
        None | Some('d') | Some('n') => super::int_digits::to_decimal(vm, &a)?,
        Some('x') => a.to_str_radix(16),
        Some('X') => a.to_str_radix(16).to_uppercase(),
        Some('o') => a.to_str_radix(8),
        Some('b') => a.to_str_radix(2),
        Some('c') => {
            if sp.sign.is_some() {
                return vm.value_err("Sign not allowed with integer format specifier 'c'");
            }
            if sp.alt {
                return vm
                    .value_err("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            // PyLong_AsLong first, then the code point range.
            let Ok(x) = i64::try_from(v) else {
                return vm.err("OverflowError", "Python int too large to convert to C long");
            };
            match u32::try_from(x).ok().and_then(char::from_u32) {
                Some(c) => c.to_string(),
                None => return vm.err("OverflowError", "%c arg not in range(0x110000)"),
            }
        }
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) => {
            let f: f64 = v.to_string().parse().unwrap_or(0.0);
            let sp2 = Spec { ty: Some(t), ..*sp };
            return Ok(format_float(f, &sp2));
        }
        Some(t) => {
            return vm.value_err(format!(
                "Unknown format code '{t}' for object of type '{tname}'"
            ))
        }
    };
    int_layout(vm, body, neg, sp)
}

/// Grouping, `#` prefix, sign and padding around an int's digits (`body`, no sign).
fn int_layout(vm: &Vm, body: String, neg: bool, sp: &Spec) -> PyResult<String> {
    if sp.precision.is_some() {
        return vm.value_err("Precision not allowed in integer format specifier");
    }
    if sp.no_neg_zero {
        return vm.value_err("Negative zero coercion (z) not allowed in integer format specifier");
    }
    if let (Some(','), Some(t @ ('x' | 'X' | 'o' | 'b'))) = (sp.grouping, sp.ty) {
        return vm.value_err(format!("Cannot specify ',' with '{t}'."));
    }
    let prefix = match sp.ty {
        Some('x') => "0x",
        Some('X') => "0X",
        Some('o') => "0o",
        Some('b') => "0b",
        _ => "",
    };
    let every = if matches!(sp.ty, Some('x' | 'X' | 'o' | 'b')) {
        4
    } else {
        3
    };
    let body = match sp.grouping {
        Some(g) => group_by(&body, g, every),
        None => body,
    };
    let sign = if neg {
        "-"
    } else {
        match sp.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    };
    // The `#` prefix goes with the sign, before any `=`/zero padding (`0b00101010`).
    let sign = if sp.alt {
        format!("{sign}{prefix}")
    } else {
        sign.to_string()
    };
    let body = match sp.grouping {
        Some(g) if zero_padded(sp) => {
            zero_fill_grouped(&body, g, every, sp.width.saturating_sub(sign.len()))
        }
        _ => body,
    };
    Ok(pad(body, &sign, sp, '>'))
}

/// `x.__format__(spec)` (object's, which the built-in types' stand in for): what
/// `format(x, spec)` does without looking for a Python `__format__` again, so a class's own
/// `__format__` can call `super().__format__(spec)`.
pub fn format_method(vm: &Vm, a: &Args<'_>) -> PyResult {
    let [v, spec] = a.pos else {
        return vm.type_err(format!(
            "__format__() takes exactly one argument ({} given)",
            a.pos.len().saturating_sub(1)
        ));
    };
    let Some(spec) = spec.downcast::<StrObj>() else {
        return vm.type_err(format!(
            "__format__() argument must be str, not {}",
            super::arg_spec::bad_type_name(vm, spec)
        ));
    };
    // An empty spec is `str(x)` (a subclass's own `__str__` included).
    let text = match v.downcast::<Instance>() {
        Some(_) if spec.s.is_empty() => vm.str(v)?,
        Some(inst) => match inst.base_value() {
            Some(b) => vm.format(&b, &spec.s)?,
            None => {
                return vm.type_err(format!(
                    "unsupported format string passed to {}.__format__",
                    inst.class().name
                ))
            }
        },
        None => vm.format(v, &spec.s)?,
    };
    vm.new_str(&text)
}

impl Vm {
    /// `format(v, spec)`.
    pub fn format(&self, v: &ObjRef, spec: &str) -> PyResult<String> {
        if let Some(inst) = v.downcast::<Instance>() {
            if let Some(f) = self.lookup_type_attr(&inst.class(), "__format__")? {
                if f.is::<FuncObj>() {
                    let s = self.new_str(spec)?;
                    let r = self.call(&f, &[v.clone(), s], None)?;
                    return self.str(&r);
                }
            }
            if spec.is_empty() {
                return self.str(v);
            }
            // A built-in subclass formats as its built-in type does.
            if let Some(b) = inst.base_value() {
                return self.format(&b, spec);
            }
            return self.type_err(format!(
                "unsupported format string passed to {}.__format__",
                inst.class().name
            ));
        }
        if spec.is_empty() {
            return self.str(v);
        }
        let tname = self.type_name(v);
        let sp = match parse_spec(spec) {
            Ok(sp) => sp,
            Err(_) if self.num(v).is_none() && !v.is::<StrObj>() && !v.is::<ComplexObj>() => {
                return self.type_err(format!(
                    "unsupported format string passed to {tname}.__format__"
                ))
            }
            // Only the generic message names the spec and the type (CPython's
            // invalid_format_spec); the width/precision errors stand alone.
            Err(msg) if msg == "Invalid format specifier" => {
                return self.value_err(format!("{msg} '{spec}' for object of type '{tname}'"))
            }
            Err(msg) => return self.value_err(msg),
        };
        if sp.ty == Some('\u{0}') {
            return self.value_err("Cannot specify both ',' and '_'.");
        }
        if sp.precision.is_some_and(|p| p > i32::MAX as usize) {
            return self.value_err("precision too big");
        }
        let builtin_number = self.num(v).is_some() || v.is::<ComplexObj>();
        if let Some(g) = sp.grouping.filter(|_| builtin_number || v.is::<StrObj>()) {
            // CPython's parse_internal_render_format_spec rejects a separator the type
            // cannot take before the type itself is looked at (str's default type is `s`).
            let ty = sp.ty.or(if v.is::<StrObj>() { Some('s') } else { None });
            let allowed = match ty {
                None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
                Some('b' | 'o' | 'x' | 'X') => g == '_',
                Some(_) => false,
            };
            if !allowed {
                let t = type_code(ty.unwrap_or('d'));
                return self.value_err(format!("Cannot specify '{g}' with '{t}'."));
            }
        }
        if let (Some(t), true) = (sp.ty, self.num(v).is_some()) {
            let known = match self.num(v) {
                Some(Num::F(_)) => "eEfFgGn%".contains(t),
                _ => "bcdoxXneEfFgG%".contains(t),
            };
            if !known {
                return self.value_err(format!(
                    "Unknown format code '{}' for object of type '{tname}'",
                    type_code(t)
                ));
            }
        }
        // The fill is up to 4 bytes per character.
        self.check_alloc(sp.width.saturating_mul(4))?;
        self.check_alloc(sp.precision.unwrap_or(0))?;
        match self.num(v) {
            Some(Num::F(f)) => {
                if let Some(t) = sp.ty {
                    if !"eEfFgGn%".contains(t) {
                        return self.value_err(format!(
                            "Unknown format code '{t}' for object of type 'float'"
                        ));
                    }
                }
                Ok(format_float(f, &sp))
            }
            Some(Num::I(i)) => format_small_int(self, i, &sp, &tname),
            Some(Num::B(b)) => format_int(self, &b, &sp, &tname),
            None if v.is::<ComplexObj>() => match v.downcast_ref::<ComplexObj>() {
                Some(c) => format_complex(self, c.re, c.im, &sp),
                None => self.type_err("unsupported format string passed to complex.__format__"),
            },
            None if v.is::<StrObj>() => {
                if let Some(t) = sp.ty.filter(|t| *t != 's') {
                    return self.value_err(format!(
                        "Unknown format code '{}' for object of type 'str'",
                        type_code(t)
                    ));
                }
                match sp.sign {
                    Some(' ') => {
                        return self.value_err("Space not allowed in string format specifier")
                    }
                    Some(_) => {
                        return self.value_err("Sign not allowed in string format specifier")
                    }
                    None => {}
                }
                if sp.no_neg_zero {
                    return self.value_err(
                        "Negative zero coercion (z) not allowed in string format specifier",
                    );
                }
                if sp.alt {
                    return self
                        .value_err("Alternate form (#) not allowed in string format specifier");
                }
                if sp.align == Some('=') {
                    return self.value_err("'=' alignment not allowed in string format specifier");
                }
                if let Some(g) = sp.grouping {
                    return self.value_err(format!("Cannot specify '{g}' with 's'."));
                }
                let s = self.str(v)?;
                let s = match sp.precision {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                };
                Ok(pad(s, "", &sp, '<'))
            }
            // object.__format__ takes only the empty spec.
            None => self.type_err(format!(
                "unsupported format string passed to {tname}.__format__"
            )),
        }
    }
}

pub use super::percent::percent_format;
