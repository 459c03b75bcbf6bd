//! The `math` module (the commonly used parts).

use heap::Gc;

use super::{add_fn, new_module};
use crate::runtime::objects::*;
use crate::runtime::ops::{num_to_f64, Num};
use crate::runtime::{Args, PyResult, Vm};

fn f_arg(vm: &Vm, a: &Args<'_>, i: usize) -> PyResult<f64> {
    match a.pos.get(i).and_then(|x| vm.num(x)) {
        Some(n) => Ok(num_to_f64(&n)),
        None => match a.pos.get(i) {
            Some(x) => vm.type_err(format!("must be real number, not {}", vm.type_name(x))),
            None => vm.type_err("missing argument"),
        },
    }
}

macro_rules! unary {
    ($name:ident, $e:expr) => {
        fn $name(vm: &Vm, a: &Args<'_>) -> PyResult {
            let x = f_arg(vm, a, 0)?;
            let f: fn(f64) -> f64 = $e;
            vm.new_float(f(x))
        }
    };
}

unary!(sin, f64::sin);
unary!(cos, f64::cos);
unary!(tan, f64::tan);
unary!(exp, f64::exp);
unary!(fabs, f64::abs);
unary!(atan, f64::atan);

fn sqrt(vm: &Vm, a: &Args<'_>) -> PyResult {
    let x = f_arg(vm, a, 0)?;
    if x < 0.0 {
        return vm.value_err("math domain error");
    }
    vm.new_float(x.sqrt())
}

fn log(vm: &Vm, a: &Args<'_>) -> PyResult {
    let x = f_arg(vm, a, 0)?;
    if x <= 0.0 {
        return vm.value_err("math domain error");
    }
    let r = match a.pos.get(1) {
        Some(_) => x.ln() / f_arg(vm, a, 1)?.ln(),
        None => x.ln(),
    };
    vm.new_float(r)
}

fn int_round(vm: &Vm, a: &Args<'_>, f: fn(f64) -> f64) -> PyResult {
    match a.pos.first().and_then(|x| vm.num(x)) {
        Some(Num::I(i)) => vm.new_int(i),
        Some(Num::B(b)) => vm.new_bigint(b),
        Some(Num::F(x)) => {
            if !x.is_finite() {
                return vm.err("OverflowError", "cannot convert float infinity to integer");
            }
            vm.new_int(f(x) as i64)
        }
        None => vm.type_err("must be real number"),
    }
}

fn floor(vm: &Vm, a: &Args<'_>) -> PyResult {
    int_round(vm, a, f64::floor)
}
fn ceil(vm: &Vm, a: &Args<'_>) -> PyResult {
    int_round(vm, a, f64::ceil)
}
fn trunc(vm: &Vm, a: &Args<'_>) -> PyResult {
    int_round(vm, a, f64::trunc)
}

fn isnan(vm: &Vm, a: &Args<'_>) -> PyResult {
    Ok(vm.bool_obj(f_arg(vm, a, 0)?.is_nan()))
}
fn isinf(vm: &Vm, a: &Args<'_>) -> PyResult {
    Ok(vm.bool_obj(f_arg(vm, a, 0)?.is_infinite()))
}

fn gcd(vm: &Vm, a: &Args<'_>) -> PyResult {
    let mut g: i64 = 0;
    for x in a.pos {
        let mut y = vm.index(x)?.abs();
        let mut x2 = g;
        while y != 0 {
            let t = x2 % y;
            x2 = y;
            y = t;
        }
        g = x2;
    }
    vm.new_int(g)
}

fn isclose(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (x, y) = (f_arg(vm, a, 0)?, f_arg(vm, a, 1)?);
    let rel = match a.kw("rel_tol") {
        Some(r) => vm.num(r).map(|n| num_to_f64(&n)).unwrap_or(1e-9),
        None => 1e-9,
    };
    let abs = match a.kw("abs_tol") {
        Some(r) => vm.num(r).map(|n| num_to_f64(&n)).unwrap_or(0.0),
        None => 0.0,
    };
    Ok(vm.bool_obj(x == y || (x - y).abs() <= (rel * x.abs().max(y.abs())).max(abs)))
}

/// Build `math`.
pub fn make(vm: &Vm) -> PyResult<Gc<ModuleObj>> {
    let m = new_module(vm, "math")?;
    for (n, f) in [
        ("sqrt", sqrt as NativeFn),
        ("sin", sin),
        ("cos", cos),
        ("tan", tan),
        ("atan", atan),
        ("exp", exp),
        ("log", log),
        ("fabs", fabs),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("isnan", isnan),
        ("isinf", isinf),
        ("gcd", gcd),
        ("isclose", isclose),
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
