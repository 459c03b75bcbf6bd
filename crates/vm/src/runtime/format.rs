//! `format(value, spec)` (the format-spec mini-language) and `%`-formatting.

use heap::ObjRef;
use num_bigint::BigInt;

use super::objects::float::float_repr;
use super::objects::*;
use super::ops::Num;
use super::{PyResult, Vm};

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
    if c.len() >= 2 && "<>=^".contains(c[1]) {
        sp.fill = c[0];
        sp.align = Some(c[1]);
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
    if i < c.len() && c[i] == '0' {
        sp.zero = true;
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
    let (int, frac) = match digits.find(['.', 'e', 'E']) {
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
        return format!("{sign}{body}");
    }
    let fill_n = sp.width - len;
    let (fill, align) = if sp.zero && sp.align.is_none() {
        ('0', '=')
    } else {
        (sp.fill, sp.align.unwrap_or(default_align))
    };
    let f = |n: usize| fill.to_string().repeat(n);
    match align {
        '<' => format!("{sign}{body}{}", f(fill_n)),
        '^' => format!("{}{sign}{body}{}", f(fill_n / 2), f(fill_n - fill_n / 2)),
        '=' => format!("{sign}{}{body}", f(fill_n)),
        _ => format!("{}{sign}{body}", f(fill_n)),
    }
}

/// Fixed-point formatting with Python's rounding (round-half-even on the exact binary value).
pub fn fmt_fixed(f: f64, prec: usize) -> String {
    format!("{:.*}", prec, f)
}

fn fmt_exp(f: f64, prec: usize, upper: bool) -> String {
    let s = format!("{:.*e}", prec, f);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    let r = format!("{}e{}{:02}", m, if e < 0 { '-' } else { '+' }, e.abs());
    if upper {
        r.to_uppercase()
    } else {
        r
    }
}

fn fmt_general(f: f64, prec: usize, alt: bool, upper: bool) -> String {
    let p = if prec == 0 { 1 } else { prec };
    if f == 0.0 {
        return if alt {
            format!("{:.*}", p - 1, 0.0)
        } else {
            "0".into()
        };
    }
    let exp = format!("{:.*e}", p - 1, f);
    let e: i32 = exp
        .split_once('e')
        .map(|(_, e)| e.parse().unwrap_or(0))
        .unwrap_or(0);
    let mut s = if e < -4 || e >= p as i32 {
        fmt_exp(f, p - 1, upper)
    } else {
        format!("{:.*}", (p as i32 - 1 - e).max(0) as usize, f)
    };
    if !alt {
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
    let (neg, a) = (f.is_sign_negative(), f.abs());
    let body = if a.is_nan() {
        "nan".to_string()
    } else if a.is_infinite() {
        "inf".to_string()
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
            Some('g') | Some('G') | Some('n') => {
                fmt_general(a, sp.precision.unwrap_or(6), sp.alt, sp.ty == Some('G'))
            }
            Some('%') => format!("{}%", fmt_fixed(a * 100.0, sp.precision.unwrap_or(6))),
            _ => match sp.precision {
                Some(p) => {
                    let s = fmt_general(a, p, sp.alt, false);
                    if s.contains(['.', 'e', 'n', 'i']) {
                        s
                    } else {
                        format!("{s}.0")
                    }
                }
                None => float_repr(a),
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
    let neg = neg && !(sp.no_neg_zero && body.chars().all(|c| !c.is_ascii_digit() || c == '0'));
    let sign = if neg {
        "-"
    } else if sign == "-" {
        ""
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
    if sp.zero {
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

/// Whether the spec asks for zero padding after the sign (`0` flag, no explicit alignment).
fn zero_padded(sp: &Spec) -> bool {
    sp.zero && sp.align.is_none()
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
        None | Some('d') | Some('n') => u.to_string(),
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
            let c = v.to_string().parse::<u32>().ok().and_then(char::from_u32);
            match c {
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

impl Vm {
    /// `format(v, spec)`.
    pub fn format(&self, v: &ObjRef, spec: &str) -> PyResult<String> {
        if let Some(inst) = v.downcast::<Instance>() {
            if let Some(f) = self.lookup_type_attr(&inst.cls, "__format__")? {
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
                inst.cls.name
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
                        "Unknown format code '{t}' for object of type 'str'"
                    ));
                }
                if sp.sign.is_some() {
                    return self.value_err("Sign not allowed in string format specifier");
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

/// `fmt % args`.
pub fn percent_format(vm: &Vm, fmt: &str, args: &ObjRef) -> PyResult<String> {
    // A class instance that is a tuple (a namedtuple) supplies its items, as a tuple
    // subclass does in CPython.
    let tuple_like = args.is::<Instance>() && vm.isinstance(args, &vm.types.tuple);
    let tuple_args: Vec<ObjRef> = match args.downcast::<TupleObj>() {
        Some(t) => tuple_items(&t).to_vec(),
        None if tuple_like => vm.collect(args)?,
        None => vec![args.clone()],
    };
    let mapping = args.downcast::<DictObj>();
    // Any other mapping (a class with __getitem__, e.g. Counter) serves %(key)s lookups.
    let other_mapping = mapping.is_none() && !tuple_like && args.is::<Instance>();
    let mut next = 0usize;
    let mut out = String::new();
    let c: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < c.len() {
        if c[i] != '%' {
            out.push(c[i]);
            i += 1;
            continue;
        }
        i += 1;
        if i >= c.len() {
            return vm.value_err("incomplete format");
        }
        if c[i] == '%' {
            out.push('%');
            i += 1;
            continue;
        }
        let mut key_val = None;
        if c[i] == '(' {
            let st = i + 1;
            while i < c.len() && c[i] != ')' {
                i += 1;
            }
            let key: String = c[st..i.min(c.len())].iter().collect();
            i += 1;
            let k = vm.new_str(&key)?;
            key_val = Some(match &mapping {
                Some(m) => match vm.dict_get(m, &k)? {
                    Some(v) => v,
                    None => return Err(vm.new_exception(&vm.exc_type("KeyError"), vec![k])),
                },
                None if other_mapping => vm.getitem(args, &k)?,
                None => return vm.type_err("format requires a mapping"),
            });
        }
        let st = i;
        while i < c.len() && "-+ #0".contains(c[i]) {
            i += 1;
        }
        let mut flags: String = c[st..i].iter().collect();
        let st = i;
        while i < c.len() && (c[i].is_ascii_digit() || c[i] == '.' || c[i] == '*') {
            i += 1;
        }
        let mut wp = String::new();
        // `*` takes the width or precision from the arguments (a negative width
        // left-justifies, a negative precision counts as 0).
        for (n, ch) in c[st..i].iter().enumerate() {
            if *ch != '*' {
                wp.push(*ch);
                continue;
            }
            let Some(arg) = tuple_args.get(next) else {
                return vm.type_err("not enough arguments for format string");
            };
            next += 1;
            let Some(Num::I(v)) = vm.num(arg).filter(|_| !arg.is::<FloatObj>()) else {
                return vm.type_err("* wants int");
            };
            let is_precision = c[st..st + n].contains(&'.');
            if v < 0 && !is_precision {
                flags.push('-');
            }
            wp.push_str(&if is_precision { v.max(0) } else { v.abs() }.to_string());
        }
        if i >= c.len() {
            return vm.value_err("incomplete format");
        }
        let ty = c[i];
        i += 1;
        let v = match key_val {
            Some(v) => v,
            None => {
                let Some(v) = tuple_args.get(next) else {
                    return vm.type_err("not enough arguments for format string");
                };
                next += 1;
                v.clone()
            }
        };
        // No flags, width or precision (most conversions): the text itself, no spec.
        if flags.is_empty() && wp.is_empty() {
            match ty {
                's' => {
                    out.push_str(&vm.str(&v)?);
                    continue;
                }
                'r' => {
                    out.push_str(&vm.repr(&v)?);
                    continue;
                }
                'd' | 'i' | 'u' => {
                    if let Some(IntObj::Small(n)) = v.downcast_ref::<IntObj>().map(|i| &**i) {
                        out.push_str(&n.to_string());
                        continue;
                    }
                }
                _ => {}
            }
        }
        let (width, prec) = match wp.split_once('.') {
            Some((w, p)) => (w.to_string(), Some(p.to_string())),
            None => (wp.clone(), None),
        };
        let mut spec = String::new();
        if flags.contains('-') {
            spec.push('<');
        }
        if flags.contains('+') {
            spec.push('+');
        } else if flags.contains(' ') {
            spec.push(' ');
        }
        if flags.contains('#') {
            spec.push('#');
        }
        if flags.contains('0') && !flags.contains('-') {
            spec.push('0');
        }
        spec.push_str(&width);
        if let Some(p) = &prec {
            spec.push('.');
            spec.push_str(if p.is_empty() { "0" } else { p });
        }
        // The numeric conversions see an int/float subclass's instance as its base value.
        let v = match ty {
            's' | 'r' | 'a' => v,
            _ => super::subclass::base_of(&v).unwrap_or(v),
        };
        let piece = match ty {
            's' => {
                let s = vm.str(&v)?;
                let s = match &prec {
                    Some(p) => s.chars().take(p.parse().unwrap_or(0)).collect(),
                    None => s,
                };
                let sp = parse_spec(&format!(
                    "{}{}",
                    if flags.contains('-') { "<" } else { ">" },
                    width
                ))
                .unwrap_or_default();
                pad(s, "", &Spec { fill: ' ', ..sp }, '>')
            }
            'r' | 'a' => {
                let mut s = vm.repr(&v)?;
                if ty == 'a' {
                    s = super::codecs::ascii_escape(&s);
                }
                if let Some(p) = &prec {
                    s = s.chars().take(p.parse().unwrap_or(0)).collect();
                }
                let sp = parse_spec(&format!(
                    "{}{}",
                    if flags.contains('-') { "<" } else { ">" },
                    width
                ))
                .unwrap_or_default();
                pad(s, "", &Spec { fill: ' ', ..sp }, '>')
            }
            'd' | 'i' | 'u' if spec.is_empty() && v.is::<IntObj>() => {
                // Plain `%d` of an int: its decimal digits, as str(int).
                match v.downcast_ref::<IntObj>().map(|i| &**i) {
                    Some(IntObj::Small(i)) => i.to_string(),
                    _ => vm.str(&v)?,
                }
            }
            'd' | 'i' | 'u' => {
                let iv = match vm.num(&v) {
                    Some(Num::F(f)) => super::number_methods::float_to_int(vm, f)?,
                    Some(_) => v.clone(),
                    None => {
                        return vm.type_err(format!(
                            "%{} format: a real number is required, not {}",
                            ty,
                            vm.type_name(&v)
                        ));
                    }
                };
                let spec = spec.replace('.', "");
                vm.format(&iv, &format!("{spec}d"))?
            }
            'x' | 'X' | 'o' => {
                if vm.num(&v).is_none() || v.is::<FloatObj>() {
                    return vm.type_err(format!(
                        "%{} format: an integer is required, not {}",
                        ty,
                        vm.type_name(&v)
                    ));
                }
                vm.format(&v, &format!("{spec}{ty}"))?
            }
            'f' | 'F' | 'e' | 'E' | 'g' | 'G' => {
                if vm.num(&v).is_none() {
                    return vm.type_err(format!("must be real number, not {}", vm.type_name(&v)));
                }
                let spec = if prec.is_none() && "fFeE".contains(ty) {
                    format!("{spec}.6")
                } else {
                    spec
                };
                vm.format(&v, &format!("{spec}{ty}"))?
            }
            'c' => match vm.num(&v) {
                Some(Num::I(i)) if !v.is::<FloatObj>() => {
                    match u32::try_from(i).ok().and_then(char::from_u32) {
                        Some(ch) => ch.to_string(),
                        None => return vm.err("OverflowError", "%c arg not in range(0x110000)"),
                    }
                }
                _ => match v.downcast::<StrObj>() {
                    Some(s) if s.nchars == 1 => s.s.to_string(),
                    _ => return vm.type_err("%c requires int or char"),
                },
            },
            _ => {
                return vm.value_err(format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    ty,
                    ty as u32,
                    i - 1
                ))
            }
        };
        out.push_str(&piece);
    }
    if next < tuple_args.len() && mapping.is_none() && (args.is::<TupleObj>() || tuple_like) {
        return vm.type_err("not all arguments converted during string formatting");
    }
    Ok(out)
}
