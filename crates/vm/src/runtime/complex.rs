//! `complex`: arithmetic, comparison, hashing and the constructor, with CPython 3.12's
//! algorithms (Objects/complexobject.c) so that results agree to the last bit:
//!
//! * a float or int operand is widened to `complex(x, 0.0)` first (an int too big for a
//!   float is an OverflowError), then the complex operation runs;
//! * `/` is Smith's method as `_Py_c_quot` writes it (scale by the larger part of the
//!   divisor); a zero divisor is "complex division by zero";
//! * `**` with an integral exponent of magnitude ≤ 100 multiplies by squaring
//!   (`c_powi`, exact for small Gaussian integers: `(1+1j)**2 == 2j`), anything else goes
//!   through polar form (`_Py_c_pow`); zero to a negative or complex power is a
//!   ZeroDivisionError, an infinite result from the polar form an OverflowError;
//! * a negative float to a fractional power is complex (`(-1) ** 0.5`), as float_pow
//!   hands it to complex_pow.
//!
//! Only `==` and `!=` compare complex numbers; ordering them is a TypeError.

use heap::ObjRef;

use super::objects::*;
use super::ops::{num_cmp, num_to_f64, op_symbol, Num};
use super::{Args, PyResult, Vm};
use crate::ir::BinOp;

/// A complex value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct C {
    /// Real part.
    pub re: f64,
    /// Imaginary part.
    pub im: f64,
}

const ONE: C = C { re: 1.0, im: 0.0 };

impl C {
    /// `x + 0j`.
    pub fn real(re: f64) -> C {
        C { re, im: 0.0 }
    }
}

fn sum(a: C, b: C) -> C {
    C {
        re: a.re + b.re,
        im: a.im + b.im,
    }
}

fn diff(a: C, b: C) -> C {
    C {
        re: a.re - b.re,
        im: a.im - b.im,
    }
}

/// `_Py_c_prod`.
fn prod(a: C, b: C) -> C {
    C {
        re: a.re * b.re - a.im * b.im,
        im: a.re * b.im + a.im * b.re,
    }
}

/// `_Py_c_quot`; `None` for a zero divisor.
pub fn quot(a: C, b: C) -> Option<C> {
    let (abs_re, abs_im) = (b.re.abs(), b.im.abs());
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return None;
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Some(C {
            re: (a.re + a.im * ratio) / denom,
            im: (a.im - a.re * ratio) / denom,
        })
    } else if abs_im >= abs_re {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Some(C {
            re: (a.re * ratio + a.im) / denom,
            im: (a.im * ratio - a.re) / denom,
        })
    } else {
        // A NaN in the divisor.
        Some(C {
            re: f64::NAN,
            im: f64::NAN,
        })
    }
}

/// `c_powu`: `x ** n` for n ≥ 1 by repeated squaring.
fn powu(x: C, n: u64) -> C {
    let (mut r, mut p, mut mask) = (ONE, x, 1u64);
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

/// What a complex power gave.
enum Power {
    Value(C),
    /// Zero to a negative or complex power (CPython's EDOM).
    ZeroDivision,
    /// An infinite result of the polar form (ERANGE).
    Overflow,
}

/// `c_powi`.
fn powi(x: C, n: i64) -> Power {
    if n > 0 {
        Power::Value(powu(x, n as u64))
    } else {
        match quot(ONE, powu(x, n.unsigned_abs())) {
            Some(c) => Power::Value(c),
            None => Power::ZeroDivision,
        }
    }
}

/// `_Py_c_pow` (polar form).
fn pow_polar(a: C, b: C) -> Power {
    if b.re == 0.0 && b.im == 0.0 {
        return Power::Value(ONE);
    }
    if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return Power::ZeroDivision;
        }
        return Power::Value(C { re: 0.0, im: 0.0 });
    }
    let vabs = a.re.hypot(a.im);
    let mut len = vabs.powf(b.re);
    let at = a.im.atan2(a.re);
    let mut phase = at * b.re;
    if b.im != 0.0 {
        len /= (at * b.im).exp();
        phase += b.im * vabs.ln();
    }
    let r = C {
        re: len * phase.cos(),
        im: len * phase.sin(),
    };
    if r.re.is_infinite() || r.im.is_infinite() {
        return Power::Overflow;
    }
    Power::Value(r)
}

/// CPython's complex hash: `hash(re) + 1000003 * hash(im)` in wrapping unsigned arithmetic,
/// -1 turned into -2.
pub fn hash(c: C, hash_float: impl Fn(f64) -> i64) -> i64 {
    let h =
        (hash_float(c.re) as u64).wrapping_add(1000003u64.wrapping_mul(hash_float(c.im) as u64));
    match h as i64 {
        -1 => -2,
        h => h,
    }
}

impl Vm {
    /// A new complex number.
    pub fn new_complex(&self, c: C) -> PyResult {
        self.alloc_obj(ComplexObj { re: c.re, im: c.im })
    }

    /// An operand of complex arithmetic: a complex, float, int or bool (widened to a
    /// complex); `None` for any other type.
    pub fn complex_operand(&self, o: &ObjRef) -> PyResult<Option<C>> {
        if let Some(c) = o.downcast_ref::<ComplexObj>() {
            return Ok(Some(C { re: c.re, im: c.im }));
        }
        match self.num(o) {
            Some(Num::F(f)) => Ok(Some(C::real(f))),
            Some(n) => {
                let f = num_to_f64(&n);
                if f.is_infinite() {
                    return self.err("OverflowError", "int too large to convert to float");
                }
                Ok(Some(C::real(f)))
            }
            None => Ok(None),
        }
    }

    /// `a op b` where at least one side is a complex; `None` when the other side is not a
    /// number (the caller goes on to reflected methods and the TypeError).
    pub fn complex_binary(&self, a: &ObjRef, b: &ObjRef, op: BinOp) -> PyResult<Option<ObjRef>> {
        let (Some(x), Some(y)) = (self.complex_operand(a)?, self.complex_operand(b)?) else {
            return Ok(None);
        };
        let r = match op {
            BinOp::Add => sum(x, y),
            BinOp::Sub => diff(x, y),
            BinOp::Mul => prod(x, y),
            BinOp::Div => match quot(x, y) {
                Some(c) => c,
                None => return self.err("ZeroDivisionError", "complex division by zero"),
            },
            BinOp::Pow => return self.complex_power(x, y).map(Some),
            _ => {
                return self.type_err(format!(
                    "unsupported operand type(s) for {}: '{}' and '{}'",
                    op_symbol(op),
                    self.type_name(a),
                    self.type_name(b)
                ))
            }
        };
        self.new_complex(r).map(Some)
    }

    /// `a ** b` for complex values (complex_pow).
    pub fn complex_power(&self, a: C, b: C) -> PyResult {
        let p = if b.im == 0.0 && b.re == b.re.floor() && b.re.abs() <= 100.0 {
            powi(a, b.re as i64)
        } else {
            pow_polar(a, b)
        };
        match p {
            Power::Value(c) => self.new_complex(c),
            Power::ZeroDivision => {
                self.err("ZeroDivisionError", "0.0 to a negative or complex power")
            }
            Power::Overflow => self.err("OverflowError", "complex exponentiation"),
        }
    }

    /// `a == b` when one side is a complex: `None` when the other is not a number
    /// (NotImplemented). An int compares exactly with the real part (no rounding).
    pub fn complex_eq(&self, a: &ObjRef, b: &ObjRef) -> Option<bool> {
        let (c, other) = match (
            a.downcast_ref::<ComplexObj>(),
            b.downcast_ref::<ComplexObj>(),
        ) {
            (Some(x), Some(y)) => return Some(x.re == y.re && x.im == y.im),
            (Some(x), None) => (x, b),
            (None, Some(y)) => (y, a),
            (None, None) => return None,
        };
        let n = self.num(other)?;
        if c.im != 0.0 {
            return Some(false);
        }
        Some(num_cmp(&Num::F(c.re), &n) == Some(std::cmp::Ordering::Equal))
    }
}

/// `complex(real=0, imag=0)`.
pub fn construct(vm: &Vm, a: &Args<'_>) -> PyResult {
    if a.pos.len() > 2 {
        return vm.type_err(format!(
            "complex() takes at most 2 arguments ({} given)",
            a.pos.len()
        ));
    }
    let real = a.pos.first().or_else(|| a.kw("real"));
    let imag = a.pos.get(1).or_else(|| a.kw("imag"));
    for k in a.kwnames {
        let name = vm.str(k)?;
        if name != "real" && name != "imag" {
            return vm.type_err(format!(
                "'{name}' is an invalid keyword argument for complex()"
            ));
        }
    }
    if let Some(s) = real.and_then(|r| r.downcast_ref::<StrObj>()) {
        if imag.is_some() {
            return vm.type_err("complex() can't take second arg if first is a string");
        }
        return match parse(&s.s) {
            Some(c) => vm.new_complex(c),
            None => vm.value_err("complex() arg is a malformed string"),
        };
    }
    if imag.is_some_and(|i| i.is::<StrObj>()) {
        return vm.type_err("complex() second arg can't be a string");
    }
    let r = match real {
        None => C::real(0.0),
        Some(r) => match complex_arg(vm, r)? {
            Some(c) => c,
            None => {
                return vm.type_err(format!(
                    "complex() first argument must be a string or a number, not '{}'",
                    vm.type_name(r)
                ))
            }
        },
    };
    let i = match imag {
        None => C::real(0.0),
        Some(i) => match complex_arg(vm, i)? {
            Some(c) => c,
            None => {
                return vm.type_err(format!(
                    "complex() second argument must be a number, not '{}'",
                    vm.type_name(i)
                ))
            }
        },
    };
    // complex(a, b) == a + b*1j, computed part by part as complex_new does: the
    // corrections apply only to complex arguments, so `complex(0, -0.0)` keeps its -0.0.
    let r_complex = real.is_some_and(|o| o.is::<ComplexObj>());
    let i_complex = imag.is_some_and(|o| o.is::<ComplexObj>());
    let mut re = r.re;
    let mut im = if imag.is_none() { r.im } else { i.re };
    if i_complex {
        re -= i.im;
    }
    if r_complex && imag.is_some() {
        im += r.im;
    }
    vm.new_complex(C { re, im })
}

/// A constructor argument: a number, or an object with `__complex__` / `__float__` /
/// `__index__`.
fn complex_arg(vm: &Vm, o: &ObjRef) -> PyResult<Option<C>> {
    if let Some(c) = vm.complex_operand(o)? {
        return Ok(Some(c));
    }
    if let Some(b) = super::subclass::base_of(o) {
        return complex_arg(vm, &b);
    }
    for name in ["__complex__", "__float__", "__index__"] {
        if let Some(m) = vm.getattr_opt(o, &vm.intern(name)?)? {
            let r = vm.call(&m, &[], None)?;
            if let Some(c) = vm.complex_operand(&r)? {
                return Ok(Some(c));
            }
            return vm.type_err(format!(
                "{name} returned non-{} (type {})",
                if name == "__complex__" {
                    "complex"
                } else if name == "__float__" {
                    "float"
                } else {
                    "int"
                },
                vm.type_name(&r)
            ));
        }
    }
    Ok(None)
}

/// Parse `complex()`'s string form: optional whitespace and parentheses around `re`,
/// `imj`, `re±imj`, with `j`/`J` alone meaning 1j; numbers as float literals (underscores
/// between digits allowed), `nan` and `inf` included.
pub fn parse(s: &str) -> Option<C> {
    let ascii = super::unicode::ascii_digits(s);
    let mut t = ascii.trim();
    if let Some(inner) = t.strip_prefix('(') {
        t = inner.strip_suffix(')')?.trim();
    }
    if t.is_empty() {
        return None;
    }
    let (body, imag_only) = match t.strip_suffix(['j', 'J']) {
        Some(b) => (b, true),
        None => (t, false),
    };
    if !imag_only {
        return Some(C::real(parse_float(body)?));
    }
    // Split `re±im` at the last sign that is not at the start and not after an exponent.
    let bytes = body.as_bytes();
    let split = (1..bytes.len())
        .rev()
        .find(|&i| (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E'));
    let (re_s, im_s) = match split {
        Some(i) => (Some(&body[..i]), &body[i..]),
        None => (None, body),
    };
    let im = match im_s {
        "" | "+" => 1.0,
        "-" => -1.0,
        x => parse_float(x)?,
    };
    let re = match re_s {
        Some(r) => parse_float(r)?,
        None => 0.0,
    };
    Some(C { re, im })
}

/// A float literal as `float()` reads it, but with no surrounding whitespace allowed.
fn parse_float(s: &str) -> Option<f64> {
    if s.is_empty() || s.trim() != s {
        return None;
    }
    let (sign, rest) = match s.as_bytes()[0] {
        b'+' => (1.0, &s[1..]),
        b'-' => (-1.0, &s[1..]),
        _ => (1.0, s),
    };
    let lower = rest.to_ascii_lowercase();
    match lower.as_str() {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(sign * f64::NAN),
        _ => {}
    }
    // Underscores only between digits.
    let b = rest.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        if c == b'_'
            && !(i > 0 && i + 1 < b.len() && b[i - 1].is_ascii_digit() && b[i + 1].is_ascii_digit())
        {
            return None;
        }
        if !(c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'E' | b'+' | b'-' | b'_')) {
            return None;
        }
    }
    let clean: String = rest.chars().filter(|&c| c != '_').collect();
    if !clean.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
        return None;
    }
    clean.parse::<f64>().ok().map(|f| sign * f)
}

/// `complex.conjugate()`.
pub fn conjugate(vm: &Vm, a: &Args<'_>) -> PyResult {
    let receiver = a
        .pos
        .first()
        .and_then(super::subclass::downcast_receiver::<ComplexObj>);
    match receiver {
        Some(c) if a.pos.len() == 1 => vm.new_complex(C {
            re: c.re,
            im: -c.im,
        }),
        Some(_) => vm.type_err(format!(
            "complex.conjugate() takes no arguments ({} given)",
            a.pos.len() - 1
        )),
        None => vm.type_err("unbound method complex.conjugate() needs an argument"),
    }
}

/// The `real` and `imag` attributes as properties of the complex type (what a complex
/// subclass's instances find; plain complex values answer them directly).
pub fn install_parts(vm: &Vm) {
    let t = &vm.types.complex;
    super::number_methods::getter(vm, t, "real", complex_real);
    super::number_methods::getter(vm, t, "imag", complex_imag);
}

fn complex_part(vm: &Vm, a: &Args<'_>, part: fn(&ComplexObj) -> f64) -> PyResult {
    match a
        .pos
        .first()
        .and_then(super::subclass::downcast_receiver::<ComplexObj>)
    {
        Some(c) => vm.new_float(part(&c)),
        None => vm.type_err("descriptor requires a 'complex' object"),
    }
}

fn complex_real(vm: &Vm, a: &Args<'_>) -> PyResult {
    complex_part(vm, a, |c| c.re)
}

fn complex_imag(vm: &Vm, a: &Args<'_>) -> PyResult {
    complex_part(vm, a, |c| c.im)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_string_forms() {
        let c = |re, im| Some(C { re, im });
        assert_eq!(parse("1+2j"), c(1.0, 2.0));
        assert_eq!(parse(" ( 1e3-2.5j ) "), c(1000.0, -2.5));
        assert_eq!(parse("j"), c(0.0, 1.0));
        assert_eq!(parse("-J"), c(0.0, -1.0));
        assert_eq!(parse("1_0j"), c(0.0, 10.0));
        assert_eq!(parse("1e-3+1e+3j"), c(0.001, 1000.0));
        assert_eq!(parse("5"), c(5.0, 0.0));
        for bad in [
            "1+", "", "()", "1+2", "j1", "1__0j", "1 + 2j", "(1+2j", "abc",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn powers_follow_cpython() {
        let v = |p| match p {
            Power::Value(c) => c,
            _ => panic!("not a value"),
        };
        assert_eq!(v(powi(C { re: 1.0, im: 1.0 }, 2)), C { re: 0.0, im: 2.0 });
        assert!(matches!(powi(C::real(0.0), -1), Power::ZeroDivision));
        assert!(matches!(
            pow_polar(C::real(0.0), C { re: 0.0, im: 1.0 }),
            Power::ZeroDivision
        ));
        let r = v(pow_polar(C::real(-1.0), C::real(0.5)));
        assert_eq!((r.re, r.im), (6.123233995736766e-17, 1.0));
    }

    #[test]
    fn division_is_smiths_method() {
        let q = quot(C { re: 1.0, im: 2.0 }, C { re: 3.0, im: -4.0 }).expect("nonzero");
        assert_eq!((q.re, q.im), (-0.2, 0.4));
        assert_eq!(quot(ONE, C::real(0.0)), None);
    }
}
