//! The `math` module: CPython 3.12's functions with its error rules — `ValueError("math
//! domain error")` when a finite argument gives NaN (or an infinity that is a pole),
//! `OverflowError("math range error")` when it overflows, exact integer results for the
//! integer functions (factorial, comb, perm, isqrt, gcd, lcm, prod of ints) on big ints.
//!
//! erf and erfc are glibc's method (`math_erf.rs`); gamma and lgamma CPython's own
//! (`math_gamma.rs`).

use heap::{Gc, ObjRef};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{FromPrimitive, One, Signed, ToPrimitive, Zero};

use super::{add_fn, new_module};
use crate::ir::BinOp;
use crate::runtime::objects::*;
use crate::runtime::ops::Num;
use crate::runtime::{Args, PyResult, Vm};

/// A float argument: int, bool, float, or an object with `__float__`/`__index__`.
#[inline(always)]
pub(crate) fn real(vm: &Vm, x: &ObjRef) -> PyResult<f64> {
    // A float argument is the common case (`sin(x)` in numeric loops): one type test inline,
    // the rest (a `Num` that can own a big int, `__float__`) out of line.
    if let Some(f) = x.downcast_ref::<FloatObj>() {
        return Ok(f.0);
    }
    real_slow(vm, x)
}

#[inline(never)]
fn real_slow(vm: &Vm, x: &ObjRef) -> PyResult<f64> {
    match vm.num(x) {
        Some(Num::F(f)) => Ok(f),
        Some(Num::I(i)) => Ok(i as f64),
        Some(Num::B(b)) => match b.to_f64() {
            Some(f) if f.is_finite() => Ok(f),
            _ => vm.err("OverflowError", "int too large to convert to float"),
        },
        None => {
            // An int/float subclass's instance: its base value.
            if let Some(b) = crate::runtime::subclass::base_of(x) {
                return real(vm, &b);
            }
            for name in ["__float__", "__index__"] {
                if let Some(m) = vm.getattr_opt(x, &vm.intern(name)?)? {
                    let r = vm.call(&m, &[], None)?;
                    if let Some(n) = vm.num(&r) {
                        return Ok(crate::runtime::ops::num_to_f64(&n));
                    }
                }
            }
            vm.type_err(format!("must be real number, not {}", vm.type_name(x)))
        }
    }
}

#[inline(always)]
fn arg<'a>(vm: &Vm, a: &'a Args<'_>, i: usize, fname: &str, n: usize) -> PyResult<&'a ObjRef> {
    match a.pos.get(i) {
        Some(x) => Ok(x),
        None => missing_arg(vm, a, fname, n),
    }
}

#[cold]
#[inline(never)]
fn missing_arg<'a>(vm: &Vm, a: &Args<'_>, fname: &str, n: usize) -> PyResult<&'a ObjRef> {
    if n == 1 {
        vm.type_err(format!(
            "math.{fname}() takes exactly one argument ({} given)",
            a.pos.len()
        ))
    } else {
        vm.type_err(format!(
            "{fname} expected {n} arguments, got {}",
            a.pos.len()
        ))
    }
}

#[inline(always)]
fn f_arg(vm: &Vm, a: &Args<'_>, i: usize, fname: &str, n: usize) -> PyResult<f64> {
    real(vm, arg(vm, a, i, fname, n)?)
}

/// An integer argument (floats are refused, as `math.factorial(1.5)` is).
fn int_arg(vm: &Vm, x: &ObjRef) -> PyResult<BigInt> {
    match vm.num(x) {
        Some(Num::I(i)) => Ok(i.into()),
        Some(Num::B(b)) => Ok(b),
        _ => {
            if let Some(b) = crate::runtime::subclass::base_of(x).filter(|b| b.is::<IntObj>()) {
                return int_arg(vm, &b);
            }
            if !x.is::<FloatObj>() {
                if let Some(m) = vm.getattr_opt(x, &vm.intern("__index__")?)? {
                    let r = vm.call(&m, &[], None)?;
                    if let Some(Num::I(_) | Num::B(_)) = vm.num(&r) {
                        return int_arg(vm, &r);
                    }
                }
            }
            vm.type_err(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(x)
            ))
        }
    }
}

fn domain<T>(vm: &Vm) -> PyResult<T> {
    vm.value_err("math domain error")
}

fn range<T>(vm: &Vm) -> PyResult<T> {
    vm.err("OverflowError", "math range error")
}

/// CPython's `math_1`: NaN from a non-NaN argument is a domain error; an infinity from a
/// finite argument is a range error if `can_overflow`, else a domain error (a pole).
fn checked(vm: &Vm, x: f64, r: f64, can_overflow: bool) -> PyResult {
    if r.is_nan() && !x.is_nan() {
        return domain(vm);
    }
    if r.is_infinite() && x.is_finite() {
        return if can_overflow { range(vm) } else { domain(vm) };
    }
    vm.new_float(r)
}

macro_rules! unary {
    ($name:ident, $f:expr, $overflow:expr) => {
        fn $name(vm: &Vm, a: &Args<'_>) -> PyResult {
            let x = f_arg(vm, a, 0, stringify!($name), 1)?;
            let f: fn(f64) -> f64 = $f;
            checked(vm, x, f(x), $overflow)
        }
    };
}

unary!(sin, f64::sin, false);
unary!(cos, f64::cos, false);
unary!(tan, f64::tan, false);
unary!(asin, f64::asin, false);
unary!(acos, f64::acos, false);
unary!(atan, f64::atan, false);
unary!(sinh, f64::sinh, true);
unary!(cosh, f64::cosh, true);
unary!(tanh, f64::tanh, false);
unary!(asinh, f64::asinh, false);
unary!(acosh, f64::acosh, false);
unary!(atanh, f64::atanh, false);
unary!(exp, f64::exp, true);
unary!(exp2, f64::exp2, true);
unary!(erf, super::math_erf::erf, false);
unary!(erfc, super::math_erf::erfc, false);
unary!(expm1, f64::exp_m1, true);
unary!(fabs, f64::abs, false);
unary!(sqrt, f64::sqrt, false);
unary!(cbrt, f64::cbrt, false);
unary!(degrees, f64::to_degrees, true);
unary!(radians, f64::to_radians, false);

/// CPython's `math_1a`: the function sets its own errno (`math_gamma.rs`).
fn special(vm: &Vm, r: Result<f64, super::math_gamma::MathError>) -> PyResult {
    match r {
        Ok(r) => vm.new_float(r),
        Err(super::math_gamma::MathError::Domain) => domain(vm),
        Err(super::math_gamma::MathError::Range) => range(vm),
    }
}

fn gamma(vm: &Vm, a: &Args<'_>) -> PyResult {
    let x = f_arg(vm, a, 0, "gamma", 1)?;
    special(vm, super::math_gamma::gamma(x))
}

fn lgamma(vm: &Vm, a: &Args<'_>) -> PyResult {
    let x = f_arg(vm, a, 0, "lgamma", 1)?;
    special(vm, super::math_gamma::lgamma(x))
}

fn log1p(vm: &Vm, a: &Args<'_>) -> PyResult {
    let x = f_arg(vm, a, 0, "log1p", 1)?;
    if x <= -1.0 {
        return domain(vm);
    }
    checked(vm, x, x.ln_1p(), false)
}

/// CPython's `loghelper`: `func` of a positive int or float argument; an int too big for a
/// float is split as m * 2**e (m in [0.5, 1)) and gives func(m) + func(2) * e.
fn loghelper(vm: &Vm, x: &ObjRef, func: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(Num::B(b)) = vm.num(x) {
        if !b.is_positive() {
            return domain(vm);
        }
        if let Some(f) = b.to_f64().filter(|f| f.is_finite()) {
            return Ok(func(f));
        }
        let e = b.bits();
        let keep = 64u64;
        let m = (&b >> (e - keep)).to_f64().unwrap_or(1.0) / 2f64.powi(keep as i32);
        return Ok(func(m) + func(2.0) * e as f64);
    }
    let f = real(vm, x)?;
    if f.is_nan() {
        return Ok(f);
    }
    if f <= 0.0 {
        return domain(vm);
    }
    Ok(func(f))
}

fn log(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(x) = a.pos.first() else {
        return vm.type_err("log expected at least 1 argument, got 0");
    };
    let num = loghelper(vm, x, f64::ln)?;
    match a.pos.get(1) {
        None => vm.new_float(num),
        Some(base) => {
            let den = loghelper(vm, base, f64::ln)?;
            if den == 0.0 {
                return vm.err("ZeroDivisionError", "float division by zero");
            }
            vm.new_float(num / den)
        }
    }
}

fn log2(vm: &Vm, a: &Args<'_>) -> PyResult {
    let x = arg(vm, a, 0, "log2", 1)?;
    vm.new_float(loghelper(vm, x, f64::log2)?)
}

fn log10(vm: &Vm, a: &Args<'_>) -> PyResult {
    let x = arg(vm, a, 0, "log10", 1)?;
    vm.new_float(loghelper(vm, x, f64::log10)?)
}

fn pow(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (x, y) = (f_arg(vm, a, 0, "pow", 2)?, f_arg(vm, a, 1, "pow", 2)?);
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return domain(vm);
    }
    if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
        return domain(vm);
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return range(vm);
    }
    vm.new_float(r)
}

fn atan2(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (y, x) = (f_arg(vm, a, 0, "atan2", 2)?, f_arg(vm, a, 1, "atan2", 2)?);
    vm.new_float(y.atan2(x))
}

fn copysign(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (x, y) = (
        f_arg(vm, a, 0, "copysign", 2)?,
        f_arg(vm, a, 1, "copysign", 2)?,
    );
    vm.new_float(x.copysign(y))
}

fn fmod(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (x, y) = (f_arg(vm, a, 0, "fmod", 2)?, f_arg(vm, a, 1, "fmod", 2)?);
    if y == 0.0 && !x.is_nan() || x.is_infinite() && !y.is_nan() {
        return domain(vm);
    }
    if y.is_infinite() && x.is_finite() {
        return vm.new_float(x);
    }
    vm.new_float(x % y)
}

fn remainder(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (x, y) = (
        f_arg(vm, a, 0, "remainder", 2)?,
        f_arg(vm, a, 1, "remainder", 2)?,
    );
    if x.is_nan() || y.is_nan() {
        return vm.new_float(f64::NAN);
    }
    if x.is_infinite() || y == 0.0 {
        return domain(vm);
    }
    if y.is_infinite() {
        return vm.new_float(x);
    }
    // IEEE 754 remainder: x - n*y with n the integer nearest x/y (ties to even).
    let n = (x / y).round();
    let n = if ((x / y) - (x / y).trunc()).abs() == 0.5 && n % 2.0 != 0.0 {
        n - (x / y).signum()
    } else {
        n
    };
    vm.new_float(x - n * y)
}

fn hypot(vm: &Vm, a: &Args<'_>) -> PyResult {
    let mut acc = 0.0f64;
    for x in a.pos {
        acc = acc.hypot(real(vm, x)?);
    }
    vm.new_float(acc)
}

fn dist(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (p, q) = (arg(vm, a, 0, "dist", 2)?, arg(vm, a, 1, "dist", 2)?);
    let (p, q) = (vm.collect(p)?, vm.collect(q)?);
    if p.len() != q.len() {
        return vm.value_err("both points must have the same number of dimensions");
    }
    let mut acc = 0.0f64;
    for (x, y) in p.iter().zip(&q) {
        acc = acc.hypot(real(vm, x)? - real(vm, y)?);
    }
    vm.new_float(acc)
}

fn frexp(vm: &Vm, a: &Args<'_>) -> PyResult {
    let x = f_arg(vm, a, 0, "frexp", 1)?;
    let (m, e) = if x == 0.0 || !x.is_finite() {
        (x, 0)
    } else {
        let bits = x.abs().to_bits();
        let raw = ((bits >> 52) & 0x7ff) as i64;
        let (mant, exp) = if raw == 0 {
            // Subnormal: scale up first.
            let y = x * 2f64.powi(64);
            let r = ((y.abs().to_bits() >> 52) & 0x7ff) as i64;
            (y / 2f64.powi((r - 1022) as i32), r - 1022 - 64)
        } else {
            (x / 2f64.powi((raw - 1022) as i32), raw - 1022)
        };
        (mant, exp)
    };
    vm.new_tuple([vm.new_float(m)?, vm.new_int(e)?])
}

fn ldexp(vm: &Vm, a: &Args<'_>) -> PyResult {
    let x = f_arg(vm, a, 0, "ldexp", 2)?;
    let e = int_arg(vm, arg(vm, a, 1, "ldexp", 2)?)?;
    if x == 0.0 || !x.is_finite() {
        return vm.new_float(x);
    }
    let e = e
        .to_i64()
        .unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX });
    let e = e.clamp(-5000, 5000) as i32;
    // Two steps so that neither power of two overflows on its own.
    let r = x * 2f64.powi(e / 2) * 2f64.powi(e - e / 2);
    if r.is_infinite() {
        return range(vm);
    }
    vm.new_float(r)
}

fn modf(vm: &Vm, a: &Args<'_>) -> PyResult {
    let x = f_arg(vm, a, 0, "modf", 1)?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        (x.fract(), x.trunc())
    };
    vm.new_tuple([vm.new_float(frac)?, vm.new_float(int)?])
}

/// floor/ceil/trunc: ints unchanged, floats to an exact int, else `__floor__` etc.
fn to_int(vm: &Vm, a: &Args<'_>, name: &str, dunder: &str, f: fn(f64) -> f64) -> PyResult {
    let x = arg(vm, a, 0, name, 1)?;
    match vm.num(x) {
        Some(Num::I(i)) => vm.new_int(i),
        Some(Num::B(b)) => vm.new_bigint(b),
        Some(Num::F(v)) => {
            if v.is_nan() {
                return vm.value_err("cannot convert float NaN to integer");
            }
            if v.is_infinite() {
                return vm.err("OverflowError", "cannot convert float infinity to integer");
            }
            let r = f(v);
            // Integral and below 2**63 in magnitude: exact as a machine int (no bignum).
            if r.abs() < 9.2e18 {
                return vm.new_int(r as i64);
            }
            vm.new_bigint(BigInt::from_f64(r).unwrap_or_default())
        }
        None => {
            if let Some(m) = vm.getattr_opt(x, &vm.intern(dunder)?)? {
                return vm.call(&m, &[], None);
            }
            if name == "trunc" {
                return vm.type_err(format!(
                    "type {} doesn't define __trunc__ method",
                    vm.type_name(x)
                ));
            }
            let v = real(vm, x)?;
            vm.new_bigint(BigInt::from_f64(f(v)).unwrap_or_default())
        }
    }
}

fn floor(vm: &Vm, a: &Args<'_>) -> PyResult {
    to_int(vm, a, "floor", "__floor__", f64::floor)
}
fn ceil(vm: &Vm, a: &Args<'_>) -> PyResult {
    to_int(vm, a, "ceil", "__ceil__", f64::ceil)
}
fn trunc(vm: &Vm, a: &Args<'_>) -> PyResult {
    to_int(vm, a, "trunc", "__trunc__", f64::trunc)
}

fn isnan(vm: &Vm, a: &Args<'_>) -> PyResult {
    Ok(vm.bool_obj(f_arg(vm, a, 0, "isnan", 1)?.is_nan()))
}
fn isinf(vm: &Vm, a: &Args<'_>) -> PyResult {
    Ok(vm.bool_obj(f_arg(vm, a, 0, "isinf", 1)?.is_infinite()))
}
fn isfinite(vm: &Vm, a: &Args<'_>) -> PyResult {
    Ok(vm.bool_obj(f_arg(vm, a, 0, "isfinite", 1)?.is_finite()))
}

fn isclose(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (x, y) = (
        f_arg(vm, a, 0, "isclose", 2)?,
        f_arg(vm, a, 1, "isclose", 2)?,
    );
    let rel = match a.kw("rel_tol") {
        Some(r) => real(vm, r)?,
        None => 1e-9,
    };
    let abs = match a.kw("abs_tol") {
        Some(r) => real(vm, r)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return vm.value_err("tolerances must be non-negative");
    }
    if x == y {
        return Ok(vm.true_.clone());
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(vm.false_.clone());
    }
    let diff = (y - x).abs();
    Ok(vm.bool_obj(diff <= (rel * y).abs() || diff <= (rel * x).abs() || diff <= abs))
}

fn gcd(vm: &Vm, a: &Args<'_>) -> PyResult {
    let mut g = BigInt::zero();
    for x in a.pos {
        g = crate::runtime::int_gcd::gcd(&g, &int_arg(vm, x)?);
    }
    vm.new_bigint(g)
}

fn lcm(vm: &Vm, a: &Args<'_>) -> PyResult {
    let mut l = BigInt::one();
    for x in a.pos {
        let v = int_arg(vm, x)?;
        if v.is_zero() {
            l = BigInt::zero();
        } else if !l.is_zero() {
            l = l.lcm(&v);
        }
    }
    vm.new_bigint(l.abs())
}

/// Refuse exact-integer work whose result could not fit in memory.
const MAX_INT_WORK: u64 = 1_000_000;

fn factorial(vm: &Vm, a: &Args<'_>) -> PyResult {
    let n = int_arg(vm, arg(vm, a, 0, "factorial", 1)?)?;
    if n.is_negative() {
        return vm.value_err("factorial() not defined for negative values");
    }
    let Some(n) = n.to_u64().filter(|&n| n <= MAX_INT_WORK) else {
        return vm.err(
            "OverflowError",
            "factorial() argument should not exceed 1000000",
        );
    };
    let mut r = BigInt::one();
    for i in 2..=n {
        r *= i;
    }
    vm.new_bigint(r)
}

/// n! / (n-k)!, and with `choose` divided by k!.
fn falling(vm: &Vm, n: &BigInt, k: &BigInt, choose: bool) -> PyResult {
    if k > n {
        return vm.new_int(0);
    }
    let k = if choose {
        let other = n - k;
        if &other < k {
            other
        } else {
            k.clone()
        }
    } else {
        k.clone()
    };
    let Some(k) = k.to_u64().filter(|&k| k <= MAX_INT_WORK) else {
        return vm.err("OverflowError", "min(n - k, k) must not exceed 1000000");
    };
    let mut r = BigInt::one();
    for i in 0..k {
        r *= n - BigInt::from(i);
        if choose {
            r /= BigInt::from(i + 1);
        }
    }
    vm.new_bigint(r)
}

fn nk_args(vm: &Vm, a: &Args<'_>, name: &str) -> PyResult<(BigInt, Option<BigInt>)> {
    let n = int_arg(vm, arg(vm, a, 0, name, 2)?)?;
    let k = match a.pos.get(1) {
        Some(k) if !vm.is_none(k) => Some(int_arg(vm, k)?),
        _ => None,
    };
    if n.is_negative() {
        return vm.value_err("n must be a non-negative integer");
    }
    if k.as_ref().is_some_and(|k| k.is_negative()) {
        return vm.value_err("k must be a non-negative integer");
    }
    Ok((n, k))
}

fn comb(vm: &Vm, a: &Args<'_>) -> PyResult {
    if a.pos.len() != 2 {
        return vm.type_err(format!("comb expected 2 arguments, got {}", a.pos.len()));
    }
    let (n, k) = nk_args(vm, a, "comb")?;
    falling(vm, &n, &k.unwrap_or_default(), true)
}

fn perm(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (n, k) = nk_args(vm, a, "perm")?;
    let k = k.unwrap_or_else(|| n.clone());
    falling(vm, &n, &k, false)
}

fn isqrt(vm: &Vm, a: &Args<'_>) -> PyResult {
    let n = int_arg(vm, arg(vm, a, 0, "isqrt", 1)?)?;
    if n.is_negative() {
        return vm.value_err("isqrt() argument must be nonnegative");
    }
    vm.new_bigint(n.sqrt())
}

fn prod(vm: &Vm, a: &Args<'_>) -> PyResult {
    let items = vm.collect(arg(vm, a, 0, "prod", 1)?)?;
    let mut acc = match a.kw("start") {
        Some(s) => s.clone(),
        None => vm.new_int(1)?,
    };
    for x in items {
        acc = vm.binary_op(&acc, &x, BinOp::Mul, false)?;
    }
    Ok(acc)
}

fn sumprod(vm: &Vm, a: &Args<'_>) -> PyResult {
    let p = vm.collect(arg(vm, a, 0, "sumprod", 2)?)?;
    let q = vm.collect(arg(vm, a, 1, "sumprod", 2)?)?;
    if p.len() != q.len() {
        return vm.value_err("Inputs are not the same length");
    }
    super::math_sumprod::sumprod(vm, &p, &q)
}

/// Exactly rounded sum (Shewchuk's algorithm, as CPython's msum).
fn fsum(vm: &Vm, a: &Args<'_>) -> PyResult {
    let items = vm.collect(arg(vm, a, 0, "fsum", 1)?)?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    for item in &items {
        let mut x = real(vm, item)?;
        if !x.is_finite() {
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
        if x.is_infinite() {
            return vm.err("OverflowError", "intermediate overflow in fsum");
        }
    }
    if special != 0.0 || special.is_nan() {
        if special.is_nan() {
            return vm.value_err("-inf + inf in fsum");
        }
        return vm.new_float(special);
    }
    let mut hi = 0.0f64;
    if let Some(mut n) = partials.len().checked_sub(1) {
        hi = partials[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    vm.new_float(hi)
}

fn nextafter(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (x, y) = (
        f_arg(vm, a, 0, "nextafter", 2)?,
        f_arg(vm, a, 1, "nextafter", 2)?,
    );
    let r = if x.is_nan() || y.is_nan() {
        f64::NAN
    } else if x == y {
        y
    } else if x == 0.0 {
        f64::from_bits(1).copysign(y)
    } else if (y > x) == (x > 0.0) {
        f64::from_bits(x.to_bits() + 1)
    } else {
        f64::from_bits(x.to_bits() - 1)
    };
    vm.new_float(r)
}

fn ulp(vm: &Vm, a: &Args<'_>) -> PyResult {
    let x = f_arg(vm, a, 0, "ulp", 1)?.abs();
    if x.is_nan() || x.is_infinite() {
        return vm.new_float(x);
    }
    let next = f64::from_bits(x.to_bits() + 1);
    if next.is_infinite() {
        return vm.new_float(x - f64::from_bits(x.to_bits() - 1));
    }
    vm.new_float(next - x)
}

/// Build `math`.
pub fn make(vm: &Vm) -> PyResult<Gc<ModuleObj>> {
    let m = new_module(vm, "math")?;
    for (n, f) in [
        ("sqrt", sqrt as NativeFn),
        ("cbrt", cbrt),
        ("sin", sin),
        ("cos", cos),
        ("tan", tan),
        ("asin", asin),
        ("acos", acos),
        ("atan", atan),
        ("atan2", atan2),
        ("sinh", sinh),
        ("cosh", cosh),
        ("tanh", tanh),
        ("asinh", asinh),
        ("acosh", acosh),
        ("atanh", atanh),
        ("exp", exp),
        ("exp2", exp2),
        ("expm1", expm1),
        ("erf", erf),
        ("erfc", erfc),
        ("log", log),
        ("log2", log2),
        ("log10", log10),
        ("log1p", log1p),
        ("gamma", gamma),
        ("lgamma", lgamma),
        ("pow", pow),
        ("fabs", fabs),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("isnan", isnan),
        ("isinf", isinf),
        ("isfinite", isfinite),
        ("isclose", isclose),
        ("gcd", gcd),
        ("lcm", lcm),
        ("factorial", factorial),
        ("comb", comb),
        ("perm", perm),
        ("isqrt", isqrt),
        ("prod", prod),
        ("sumprod", sumprod),
        ("fsum", fsum),
        ("hypot", hypot),
        ("dist", dist),
        ("degrees", degrees),
        ("radians", radians),
        ("copysign", copysign),
        ("fmod", fmod),
        ("remainder", remainder),
        ("frexp", frexp),
        ("ldexp", ldexp),
        ("modf", modf),
        ("nextafter", nextafter),
        ("ulp", ulp),
    ] {
        add_fn(vm, &m, n, f)?;
    }
    vm.dict_set_str(&m.dict, "pi", vm.new_float(std::f64::consts::PI)?)?;
    vm.dict_set_str(&m.dict, "e", vm.new_float(std::f64::consts::E)?)?;
    vm.dict_set_str(&m.dict, "tau", vm.new_float(std::f64::consts::TAU)?)?;
    vm.dict_set_str(&m.dict, "inf", vm.new_float(f64::INFINITY)?)?;
    vm.dict_set_str(&m.dict, "nan", vm.new_float(f64::NAN)?)?;
    Ok(m)
}
