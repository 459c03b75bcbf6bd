//! Methods and attributes of `int` / `bool` / `float` beyond `bit_length` / `is_integer`:
//! `bit_count`, `as_integer_ratio`, `to_bytes` / `from_bytes`, `conjugate`, `hex` /
//! `fromhex`, the `real` / `imag` / `numerator` / `denominator` attributes (as properties
//! with built-in getters, as CPython's getset descriptors), the arithmetic dunders
//! (`(3).__add__(4)`, returning `NotImplemented` for foreign operands), `int.is_integer`,
//! `slice.indices` and the `start`/`stop`/`step` getters of ranges and slices.

use heap::Gc;
use num_bigint::{BigInt, Sign};
use num_traits::{One, Signed, Zero};

use super::objects::*;
use super::ops::{num_to_big, Num};
use super::{Args, PyResult, Vm};
use crate::ir::BinOp;

/// `int(f)` for a float (CPython's PyLong_FromDouble): truncated toward zero, exact at any
/// magnitude (`int(1e20)` is 100000000000000000000); NaN and the infinities cannot convert.
pub fn float_to_int(vm: &Vm, f: f64) -> PyResult {
    if f.is_nan() {
        return vm.value_err("cannot convert float NaN to integer");
    }
    if f.is_infinite() {
        return vm.err("OverflowError", "cannot convert float infinity to integer");
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return vm.new_int(t as i64);
    }
    // A finite float's integral part is an integer exactly.
    vm.new_bigint(num_traits::FromPrimitive::from_f64(t).unwrap_or_default())
}

fn num_self(vm: &Vm, a: &Args<'_>) -> PyResult<Num> {
    match a.pos.first().and_then(|o| vm.num_or_base(o)) {
        Some(n) => Ok(n),
        None => vm.type_err("descriptor requires a number"),
    }
}

fn int_self(vm: &Vm, a: &Args<'_>) -> PyResult<BigInt> {
    match num_self(vm, a)? {
        Num::F(_) => vm.type_err("descriptor requires an 'int' object"),
        n => Ok(num_to_big(&n)),
    }
}

fn float_self(vm: &Vm, a: &Args<'_>) -> PyResult<f64> {
    match a
        .pos
        .first()
        .and_then(super::subclass::downcast_receiver::<FloatObj>)
    {
        Some(f) => Ok(f.0),
        None => vm.type_err("descriptor requires a 'float' object"),
    }
}

fn int_bit_count(vm: &Vm, a: &Args<'_>) -> PyResult {
    let n = int_self(vm, a)?;
    let ones: u64 = n
        .magnitude()
        .iter_u64_digits()
        .map(|d| u64::from(d.count_ones()))
        .sum();
    vm.new_int(ones as i64)
}

/// The int itself, as a plain int (`True.real == 1`).
fn int_identity(vm: &Vm, a: &Args<'_>) -> PyResult {
    vm.new_bigint(int_self(vm, a)?)
}

fn int_zero(vm: &Vm, a: &Args<'_>) -> PyResult {
    int_self(vm, a)?;
    vm.new_int(0)
}

fn int_one(vm: &Vm, a: &Args<'_>) -> PyResult {
    int_self(vm, a)?;
    vm.new_int(1)
}

fn int_ratio(vm: &Vm, a: &Args<'_>) -> PyResult {
    let n = vm.new_bigint(int_self(vm, a)?)?;
    vm.new_tuple([n, vm.new_int(1)?])
}

fn byteorder(vm: &Vm, a: &Args<'_>, i: usize, fname: &str) -> PyResult<bool> {
    match a.pos.get(i).or_else(|| a.kw("byteorder")) {
        None => Ok(true),
        Some(o) => match o.downcast::<StrObj>() {
            Some(s) if &*s.s == "big" => Ok(true),
            Some(s) if &*s.s == "little" => Ok(false),
            Some(_) => vm.value_err("byteorder must be either 'little' or 'big'"),
            None => vm.type_err(format!(
                "{fname}() argument 'byteorder' must be str, not {}",
                super::arg_spec::bad_type_name(vm, o)
            )),
        },
    }
}

fn signed_kw(vm: &Vm, a: &Args<'_>) -> PyResult<bool> {
    match a.kw("signed") {
        Some(s) => vm.truthy(s),
        None => Ok(false),
    }
}

fn int_to_bytes(vm: &Vm, a: &Args<'_>) -> PyResult {
    let n = int_self(vm, a)?;
    let length = match a.pos.get(1).or_else(|| a.kw("length")) {
        Some(l) => vm.index(l)?,
        None => 1,
    };
    if length < 0 {
        return vm.value_err("length argument must be non-negative");
    }
    let big = byteorder(vm, a, 2, "to_bytes")?;
    let signed = signed_kw(vm, a)?;
    if !signed && n.is_negative() {
        return vm.err("OverflowError", "can't convert negative int to unsigned");
    }
    let mut bytes = if signed {
        n.to_signed_bytes_be()
    } else {
        n.to_bytes_be().1
    };
    // Zero needs no byte, and neither does -1 signed (all of its bits are the sign's):
    // CPython's _PyLong_AsByteArray.
    if n.is_zero() || (signed && n == BigInt::from(-1)) {
        bytes.clear();
    }
    let length = length as usize;
    if bytes.len() > length {
        return vm.err("OverflowError", "int too big to convert");
    }
    vm.check_alloc(length)?;
    let fill = if signed && n.is_negative() { 0xff } else { 0 };
    let mut out = vec![fill; length - bytes.len()];
    out.extend(bytes);
    if !big {
        out.reverse();
    }
    vm.new_bytes_value(out)
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (a classmethod: `a.pos[0]` is
/// the class).
pub(crate) fn int_from_bytes(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(src) = a.pos.get(1).or_else(|| a.kw("bytes")) else {
        return vm.type_err("from_bytes() missing required argument 'bytes' (pos 1)");
    };
    let mut data = match super::bytes_methods::bytes_like(src) {
        Some(b) => b,
        None if src.is::<StrObj>() => {
            return vm.type_err("cannot convert 'str' object to bytes");
        }
        // `PyObject_Bytes`: anything iterable, of ints in range.
        None => {
            // A TypeError from `iter()` becomes the conversion's, as in PyBytes_FromObject.
            let it = match vm.get_iter(src) {
                Err(e) if vm.exc_matches(&e, "TypeError") => {
                    return vm.type_err(format!(
                        "cannot convert '{}' object to bytes",
                        vm.type_name(src)
                    ))
                }
                r => r?,
            };
            let mut v = Vec::new();
            for o in vm.collect(&it)? {
                let b = vm.index(&o)?;
                match u8::try_from(b) {
                    Ok(b) => v.push(b),
                    Err(_) => return vm.value_err("bytes must be in range(0, 256)"),
                }
            }
            v
        }
    };
    if !byteorder(vm, a, 2, "from_bytes")? {
        data.reverse();
    }
    let n = if signed_kw(vm, a)? {
        BigInt::from_signed_bytes_be(&data)
    } else {
        BigInt::from_bytes_be(Sign::Plus, &data)
    };
    vm.new_bigint(n)
}

fn float_ratio(vm: &Vm, a: &Args<'_>) -> PyResult {
    let f = float_self(vm, a)?;
    if f.is_infinite() {
        return vm.err("OverflowError", "cannot convert Infinity to integer ratio");
    }
    if f.is_nan() {
        return vm.value_err("cannot convert NaN to integer ratio");
    }
    // f = mantissa × 2^exp exactly, with a 53-bit integer mantissa.
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut mant, mut e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    };
    if mant == 0 {
        // ±0.0 is 0/1.
        e = 0;
    }
    while mant != 0 && mant & 1 == 0 && e < 0 {
        mant >>= 1;
        e += 1;
    }
    let mut num = BigInt::from(mant);
    let mut den = BigInt::one();
    if e > 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    if f < 0.0 {
        num = -num;
    }
    vm.new_tuple([vm.new_bigint(num)?, vm.new_bigint(den)?])
}

fn float_identity(vm: &Vm, a: &Args<'_>) -> PyResult {
    vm.new_float(float_self(vm, a)?)
}

fn float_zero(vm: &Vm, a: &Args<'_>) -> PyResult {
    float_self(vm, a)?;
    vm.new_float(0.0)
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exp>` (or `0x0.0p+0`, `inf`, `nan`).
fn float_hex(vm: &Vm, a: &Args<'_>) -> PyResult {
    let f = float_self(vm, a)?;
    if f.is_nan() {
        return vm.new_str("nan");
    }
    if f.is_infinite() {
        return vm.new_str(if f < 0.0 { "-inf" } else { "inf" });
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return vm.new_str(&format!("{sign}0x0.0p+0"));
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    vm.new_str(&format!("{sign}0x{lead}.{frac:013x}p{e:+}"))
}

/// `float.fromhex(s)` (a classmethod).
pub(crate) fn float_fromhex(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(s) = a.pos.get(1).and_then(|s| s.downcast::<StrObj>()) else {
        return vm.type_err("fromhex() argument must be str");
    };
    let t = s.s.trim().to_ascii_lowercase();
    let (neg, body) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(&t)),
    };
    let parsed = match body {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => parse_hex_float(body.strip_prefix("0x").unwrap_or(body)),
    };
    match parsed {
        Some(v) if v.is_infinite() && !body.starts_with('i') => vm.err(
            "OverflowError",
            "hexadecimal value too large to represent as a float",
        ),
        Some(v) => vm.new_float(if neg { -v } else { v }),
        None => vm.value_err("invalid hexadecimal floating-point string"),
    }
}

/// The value of a hex float's digits (`1.8p3`, no sign or `0x`), correctly rounded as
/// CPython's float_fromhex rounds (half to even, subnormals included); `Some(inf)` when it
/// overflows.
fn parse_hex_float(s: &str) -> Option<f64> {
    use num_bigint::BigUint;
    use num_traits::{ToPrimitive, Zero};
    let (mant, exp) = match s.split_once('p') {
        // A huge exponent only needs to stay huge: clamp it.
        Some((m, e)) => (m, parse_clamped_exponent(e)?),
        None => (s, 0),
    };
    let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
    if int_part.is_empty() && frac_part.is_empty() {
        return None;
    }
    let mut m = BigUint::zero();
    for c in int_part.chars().chain(frac_part.chars()) {
        m = (m << 4u32) + c.to_digit(16)?;
    }
    // value = m * 2**e
    let e = exp - 4 * frac_part.chars().count() as i64;
    if m.is_zero() {
        return Some(0.0);
    }
    let top = m.bits() as i64 - 1 + e;
    if top > 1023 {
        return Some(f64::INFINITY);
    }
    // The exponent of the result's last significand bit: 53 bits, or fewer when subnormal.
    let lsb = (top - 52).max(-1074);
    let shift = lsb - e;
    let q: u64 = if shift > 0 {
        let shift = shift as u64;
        let q = &m >> shift;
        let rem = &m - (&q << shift);
        let half = BigUint::from(1u8) << (shift - 1);
        let mut q = q.to_u64()?;
        if rem > half || (rem == half && q & 1 == 1) {
            q += 1;
        }
        q
    } else {
        (m << (-shift) as u64).to_u64()?
    };
    let v = ldexp(q as f64, lsb);
    Some(v)
}

/// A `p` exponent, clamped to ±2**40 (far past any float's range).
fn parse_clamped_exponent(e: &str) -> Option<i64> {
    let (neg, digits) = match e.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, e.strip_prefix('+').unwrap_or(e)),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let v = digits.parse::<i64>().unwrap_or(i64::MAX).min(1 << 40);
    Some(if neg { -v } else { v })
}

/// `x * 2**e` by exact steps (a single `powi` under- or overflows past ±1023).
fn ldexp(mut x: f64, mut e: i64) -> f64 {
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    x * 2f64.powi(e as i32)
}

/// `x.__op__(y)` / `x.__rop__(y)` for ints and floats; `NotImplemented` when `y` is not a
/// number of a kind the receiver's type handles (an int method refuses floats, as CPython).
fn arith(vm: &Vm, a: &Args<'_>, op: BinOp, reflected: bool) -> PyResult {
    if a.pos.len() != 2 {
        return vm.type_err(format!(
            "expected 1 argument, got {}",
            a.pos.len().saturating_sub(1)
        ));
    }
    // Instances of int/float subclasses take part through their base values.
    let (x, y) = (
        &super::subclass::unwrap_base(&a.pos[0]),
        &super::subclass::unwrap_base(&a.pos[1]),
    );
    let receiver_is_float = x.is::<FloatObj>();
    let accepted = match vm.num(y) {
        Some(Num::F(_)) => receiver_is_float,
        Some(_) => true,
        None => false,
    };
    if !accepted {
        return Ok(vm.notimpl.clone());
    }
    if reflected {
        vm.binary_op(y, x, op, false)
    } else {
        vm.binary_op(x, y, op, false)
    }
}

macro_rules! arith_fns {
    ($($name:ident, $rname:ident => $op:expr;)*) => {
        $(
            fn $name(vm: &Vm, a: &Args<'_>) -> PyResult {
                arith(vm, a, $op, false)
            }
            fn $rname(vm: &Vm, a: &Args<'_>) -> PyResult {
                arith(vm, a, $op, true)
            }
        )*
    };
}

arith_fns! {
    num_add, num_radd => BinOp::Add;
    num_sub, num_rsub => BinOp::Sub;
    num_mul, num_rmul => BinOp::Mul;
    num_truediv, num_rtruediv => BinOp::Div;
    num_floordiv, num_rfloordiv => BinOp::FloorDiv;
    num_mod, num_rmod => BinOp::Mod;
}

/// `x.__pow__(y[, mod])` / `x.__rpow__(y[, mod])`: a modulus goes through three-argument
/// `pow`, as CPython's ternary slot wrappers.
fn pow_dunder(vm: &Vm, a: &Args<'_>, reflected: bool) -> PyResult {
    match a.pos.get(2).filter(|m| !vm.is_none(m)) {
        Some(m) if a.pos.len() == 3 => {
            let pow = vm
                .dict_get_str(&vm.builtins, "pow")
                .ok_or_else(|| vm.exc_msg("NameError", "pow"))?;
            let x = super::subclass::unwrap_base(&a.pos[0]).into_owned();
            let y = super::subclass::unwrap_base(&a.pos[1]).into_owned();
            // An int receiver takes only int operands (CPython's long_pow converts
            // both or answers NotImplemented); a float one raises pow's own error.
            let int_like =
                |o: &heap::ObjRef| matches!(vm.num_or_base(o), Some(Num::I(_) | Num::B(_)));
            let operands_fit = x.is::<FloatObj>() || (int_like(&y) && int_like(m));
            if vm.num(&y).is_none() || !operands_fit {
                return Ok(vm.notimpl.clone());
            }
            let (b, e) = if reflected { (y, x) } else { (x, y) };
            vm.call(&pow, &[b, e, m.clone()], None)
        }
        _ if a.pos.len() == 3 => {
            let args = Args {
                pos: &a.pos[..2],
                ..*a
            };
            arith(vm, &args, BinOp::Pow, reflected)
        }
        _ => arith(vm, a, BinOp::Pow, reflected),
    }
}

fn num_pow(vm: &Vm, a: &Args<'_>) -> PyResult {
    pow_dunder(vm, a, false)
}

fn num_rpow(vm: &Vm, a: &Args<'_>) -> PyResult {
    pow_dunder(vm, a, true)
}

fn num_round(vm: &Vm, a: &Args<'_>) -> PyResult {
    let round = vm
        .dict_get_str(&vm.builtins, "round")
        .ok_or_else(|| vm.exc_msg("NameError", "round"))?;
    // An int/float subclass's instance rounds as its base value (`round` would call this
    // method again on the instance).
    let mut args = a.pos.to_vec();
    if let Some(x) = args.first_mut() {
        *x = super::subclass::unwrap_base(x).into_owned();
    }
    // `int.__round__(None)` refuses the None that `round(x, None)` and `float.__round__`
    // take as "no digits".
    if let [x, nd] = &args[..] {
        if vm.is_none(nd) && !x.is::<FloatObj>() {
            return vm.type_err("'NoneType' object cannot be interpreted as an integer");
        }
    }
    vm.call(&round, &args, None)
}

/// `slice.indices(length)`.
fn slice_indices(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(s) = a.pos.first().and_then(|s| s.downcast::<SliceObj>()) else {
        return vm.type_err("descriptor 'indices' requires a 'slice' object");
    };
    let Some(n) = a.pos.get(1) else {
        return vm.type_err("slice.indices() takes exactly one argument (0 given)");
    };
    let n = vm.index(n)?;
    if n < 0 {
        return vm.value_err("length should not be negative");
    }
    let (start, stop, step) = vm.slice_indices(&s, n as usize)?;
    vm.new_tuple([vm.new_int(start)?, vm.new_int(stop)?, vm.new_int(step)?])
}

/// `start` / `stop` / `step` of a range or slice.
fn bounds_attr(vm: &Vm, a: &Args<'_>, which: usize) -> PyResult {
    let Some(o) = a.pos.first() else {
        return vm.type_err("descriptor needs an object");
    };
    if let Some(r) = o.downcast::<RangeObj>() {
        return vm.new_int([r.start, r.stop, r.step][which]);
    }
    match o.downcast::<SliceObj>() {
        Some(s) => Ok([&s.start, &s.stop, &s.step][which].clone()),
        None => vm.type_err("descriptor requires a 'range' or 'slice' object"),
    }
}

fn attr_start(vm: &Vm, a: &Args<'_>) -> PyResult {
    bounds_attr(vm, a, 0)
}

fn attr_stop(vm: &Vm, a: &Args<'_>) -> PyResult {
    bounds_attr(vm, a, 1)
}

fn attr_step(vm: &Vm, a: &Args<'_>) -> PyResult {
    bounds_attr(vm, a, 2)
}

fn int_is_integer(vm: &Vm, a: &Args<'_>) -> PyResult {
    int_self(vm, a)?;
    Ok(vm.true_.clone())
}

pub(crate) fn getter(vm: &Vm, t: &Gc<TypeObj>, name: &'static str, f: NativeFn) {
    let get = vm
        .alloc_obj(BuiltinFunc::function(name, f, None))
        .expect("startup allocation");
    let prop = vm
        .alloc_obj(Property {
            fget: Some(get),
            fset: None,
            fdel: None,
            doc: None,
            name: std::cell::RefCell::new(None),
        })
        .expect("startup allocation");
    vm.dict_set_str(&t.dict, name, prop).expect("startup");
}

/// `int.from_bytes` as a class method: a subclass gets `cls(value)`, as in CPython.
fn int_from_bytes_cls(vm: &Vm, a: &Args<'_>) -> PyResult {
    let v = int_from_bytes(vm, a)?;
    super::subclass::for_class(vm, a.pos.first(), &vm.types.int, v)
}

/// `float.fromhex` as a class method: a subclass gets `cls(value)`.
fn float_fromhex_cls(vm: &Vm, a: &Args<'_>) -> PyResult {
    let v = float_fromhex(vm, a)?;
    super::subclass::for_class(vm, a.pos.first(), &vm.types.float, v)
}

/// Install into the int, float and slice types (bool inherits int's).
pub fn install(vm: &Vm) {
    let t = &vm.types;
    let add = super::methods::add;
    add(vm, &t.int, "bit_count", int_bit_count);
    add(vm, &t.int, "as_integer_ratio", int_ratio);
    add(vm, &t.int, "conjugate", int_identity);
    add(vm, &t.int, "to_bytes", int_to_bytes);
    super::methods::add_class(vm, &t.int, "from_bytes", int_from_bytes_cls);
    getter(vm, &t.int, "real", int_identity);
    getter(vm, &t.int, "imag", int_zero);
    getter(vm, &t.int, "numerator", int_identity);
    getter(vm, &t.int, "denominator", int_one);
    add(vm, &t.float, "as_integer_ratio", float_ratio);
    add(vm, &t.float, "conjugate", float_identity);
    add(vm, &t.float, "hex", float_hex);
    super::methods::add_class(vm, &t.float, "fromhex", float_fromhex_cls);
    getter(vm, &t.float, "real", float_identity);
    getter(vm, &t.float, "imag", float_zero);
    for ty in [&t.int, &t.float] {
        for (name, f) in [
            ("__add__", num_add as NativeFn),
            ("__radd__", num_radd),
            ("__sub__", num_sub),
            ("__rsub__", num_rsub),
            ("__mul__", num_mul),
            ("__rmul__", num_rmul),
            ("__truediv__", num_truediv),
            ("__rtruediv__", num_rtruediv),
            ("__floordiv__", num_floordiv),
            ("__rfloordiv__", num_rfloordiv),
            ("__mod__", num_mod),
            ("__rmod__", num_rmod),
            ("__pow__", num_pow),
            ("__rpow__", num_rpow),
            ("__round__", num_round),
        ] {
            add(vm, ty, name, f);
        }
    }
    add(vm, &t.slice, "indices", slice_indices);
    add(vm, &t.int, "is_integer", int_is_integer);
    for ty in [&t.range, &t.slice] {
        getter(vm, ty, "start", attr_start);
        getter(vm, ty, "stop", attr_stop);
        getter(vm, ty, "step", attr_step);
    }
}
