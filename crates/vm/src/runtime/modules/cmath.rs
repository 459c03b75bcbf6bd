//! The `cmath` module: complex square root, exponential, logarithms, polar coordinates and
//! the trigonometric and hyperbolic sine and cosine, with the scalings CPython 3.12's
//! Modules/cmathmodule.c uses for finite arguments (so results agree to the last bit), its
//! error rules (`ValueError("math domain error")` for log(0), `OverflowError("math range
//! error")` for an overflow from finite input) and its constants.
//!
//! Not provided: the inverse and tangent functions, and CPython's special-value tables for
//! infinite and NaN arguments (such arguments go through the same formulas).

use heap::{Gc, ObjRef};

use super::{add_fn, new_module};
use crate::runtime::complex::C;
use crate::runtime::objects::*;
use crate::runtime::{Args, PyResult, Vm};

/// `DBL_MAX / 4`: above it `hypot` of the halved parts is used.
const LARGE_DOUBLE: f64 = f64::MAX / 4.0;
/// `log(DBL_MAX) - 1`, CPython's `CM_LOG_LARGE_DOUBLE`.
const LOG_LARGE_DOUBLE: f64 = 708.3964185322641;
/// `2 * (DBL_MANT_DIG / 2) + 1` and `-(CM_SCALE_UP + 1) / 2`.
const SCALE_UP: i32 = 53;
const SCALE_DOWN: i32 = -27;

fn ldexp(x: f64, e: i32) -> f64 {
    x * 2f64.powi(e)
}

/// The one argument of `cmath.name(z)` as a complex.
fn z_arg(vm: &Vm, a: &Args<'_>, name: &str) -> PyResult<C> {
    if a.pos.len() != 1 {
        return vm.type_err(format!(
            "cmath.{name}() takes exactly one argument ({} given)",
            a.pos.len()
        ));
    }
    to_complex(vm, &a.pos[0])
}

fn to_complex(vm: &Vm, o: &ObjRef) -> PyResult<C> {
    if let Some(c) = vm.complex_operand(o)? {
        return Ok(c);
    }
    for name in ["__complex__", "__float__", "__index__"] {
        if let Some(m) = vm.getattr_opt(o, &vm.intern(name)?)? {
            let r = vm.call(&m, &[], None)?;
            if let Some(c) = vm.complex_operand(&r)? {
                return Ok(c);
            }
        }
    }
    vm.type_err(format!("must be real number, not {}", vm.type_name(o)))
}

fn range_checked(vm: &Vm, z: C, r: C) -> PyResult {
    let finite_in = z.re.is_finite() && z.im.is_finite();
    if finite_in && !(r.re.is_finite() && r.im.is_finite()) {
        return vm.err("OverflowError", "math range error");
    }
    vm.new_complex(r)
}

/// `c_sqrt`.
fn c_sqrt(z: C) -> C {
    if z.re == 0.0 && z.im == 0.0 {
        return C { re: 0.0, im: z.im };
    }
    let (mut ax, ay) = (z.re.abs(), z.im.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // hypot(ax, ay) would be subnormal: scale up first.
        ax = ldexp(ax, SCALE_UP);
        ldexp((ax + ax.hypot(ldexp(ay, SCALE_UP))).sqrt(), SCALE_DOWN)
    } else {
        ax /= 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if z.re >= 0.0 {
        C {
            re: s,
            im: d.copysign(z.im),
        }
    } else {
        C {
            re: d,
            im: s.copysign(z.im),
        }
    }
}

/// `c_log`; `None` for zero (a domain error).
fn c_log(z: C) -> Option<C> {
    let (ax, ay) = (z.re.abs(), z.im.abs());
    let re = if ax > LARGE_DOUBLE || ay > LARGE_DOUBLE {
        (ax / 2.0).hypot(ay / 2.0).ln() + std::f64::consts::LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            ldexp(ax, 53).hypot(ldexp(ay, 53)).ln() - 53.0 * std::f64::consts::LN_2
        } else {
            return None;
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    Some(C {
        re,
        im: z.im.atan2(z.re),
    })
}

/// `c_exp` for finite arguments.
fn c_exp(z: C) -> C {
    if z.re > LOG_LARGE_DOUBLE {
        let l = (z.re - 1.0).exp();
        C {
            re: l * z.im.cos() * std::f64::consts::E,
            im: l * z.im.sin() * std::f64::consts::E,
        }
    } else {
        let l = z.re.exp();
        C {
            re: l * z.im.cos(),
            im: l * z.im.sin(),
        }
    }
}

/// `c_cosh` for finite arguments.
fn c_cosh(z: C) -> C {
    if z.re.abs() > LOG_LARGE_DOUBLE {
        let x1 = z.re - z.re.signum();
        C {
            re: z.im.cos() * x1.cosh() * std::f64::consts::E,
            im: z.im.sin() * x1.sinh() * std::f64::consts::E,
        }
    } else {
        C {
            re: z.im.cos() * z.re.cosh(),
            im: z.im.sin() * z.re.sinh(),
        }
    }
}

/// `c_sinh` for finite arguments.
fn c_sinh(z: C) -> C {
    if z.re.abs() > LOG_LARGE_DOUBLE {
        let x1 = z.re - z.re.signum();
        C {
            re: z.im.cos() * x1.sinh() * std::f64::consts::E,
            im: z.im.sin() * x1.cosh() * std::f64::consts::E,
        }
    } else {
        C {
            re: z.im.cos() * z.re.sinh(),
            im: z.im.sin() * z.re.cosh(),
        }
    }
}

fn sqrt(vm: &Vm, a: &Args<'_>) -> PyResult {
    let z = z_arg(vm, a, "sqrt")?;
    vm.new_complex(c_sqrt(z))
}

fn exp(vm: &Vm, a: &Args<'_>) -> PyResult {
    let z = z_arg(vm, a, "exp")?;
    range_checked(vm, z, c_exp(z))
}

fn log(vm: &Vm, a: &Args<'_>) -> PyResult {
    if a.pos.is_empty() || a.pos.len() > 2 {
        return vm.type_err(format!(
            "log expected 1 or 2 arguments, got {}",
            a.pos.len()
        ));
    }
    let z = to_complex(vm, &a.pos[0])?;
    let Some(mut r) = c_log(z) else {
        return vm.value_err("math domain error");
    };
    if let Some(b) = a.pos.get(1) {
        let base = to_complex(vm, b)?;
        let Some(lb) = c_log(base) else {
            return vm.value_err("math domain error");
        };
        // log(z) / log(base); base 1 divides by zero, a domain error here.
        r = match crate::runtime::complex::quot(r, lb) {
            Some(q) => q,
            None => return vm.value_err("math domain error"),
        };
    }
    vm.new_complex(r)
}

fn log10(vm: &Vm, a: &Args<'_>) -> PyResult {
    let z = z_arg(vm, a, "log10")?;
    let Some(r) = c_log(z) else {
        return vm.value_err("math domain error");
    };
    vm.new_complex(C {
        re: r.re / std::f64::consts::LN_10,
        im: r.im / std::f64::consts::LN_10,
    })
}

fn phase(vm: &Vm, a: &Args<'_>) -> PyResult {
    let z = z_arg(vm, a, "phase")?;
    vm.new_float(z.im.atan2(z.re))
}

fn polar(vm: &Vm, a: &Args<'_>) -> PyResult {
    let z = z_arg(vm, a, "polar")?;
    let r = z.re.hypot(z.im);
    if r.is_infinite() && z.re.is_finite() && z.im.is_finite() {
        return vm.err("OverflowError", "math range error");
    }
    let items = vec![vm.new_float(r)?, vm.new_float(z.im.atan2(z.re))?];
    vm.new_tuple(items)
}

fn rect(vm: &Vm, a: &Args<'_>) -> PyResult {
    if a.pos.len() != 2 {
        return vm.type_err(format!("rect expected 2 arguments, got {}", a.pos.len()));
    }
    let real = |o: &ObjRef| -> PyResult<f64> {
        if o.is::<ComplexObj>() {
            return vm.type_err("must be real number, not complex");
        }
        Ok(to_complex(vm, o)?.re)
    };
    let (r, phi) = (real(&a.pos[0])?, real(&a.pos[1])?);
    if r.is_finite() && phi.is_infinite() {
        return vm.value_err("math domain error");
    }
    // CPython special-cases a zero phase so that rect(r, 0) is exactly real.
    let c = if phi == 0.0 {
        C { re: r, im: r * phi }
    } else {
        C {
            re: r * phi.cos(),
            im: r * phi.sin(),
        }
    };
    vm.new_complex(c)
}

fn cos(vm: &Vm, a: &Args<'_>) -> PyResult {
    let z = z_arg(vm, a, "cos")?;
    // cos(z) = cosh(iz).
    range_checked(
        vm,
        z,
        c_cosh(C {
            re: -z.im,
            im: z.re,
        }),
    )
}

fn sin(vm: &Vm, a: &Args<'_>) -> PyResult {
    let z = z_arg(vm, a, "sin")?;
    // sin(z) = -i sinh(iz).
    let s = c_sinh(C {
        re: -z.im,
        im: z.re,
    });
    range_checked(
        vm,
        z,
        C {
            re: s.im,
            im: -s.re,
        },
    )
}

fn cosh(vm: &Vm, a: &Args<'_>) -> PyResult {
    let z = z_arg(vm, a, "cosh")?;
    range_checked(vm, z, c_cosh(z))
}

fn sinh(vm: &Vm, a: &Args<'_>) -> PyResult {
    let z = z_arg(vm, a, "sinh")?;
    range_checked(vm, z, c_sinh(z))
}

fn isnan(vm: &Vm, a: &Args<'_>) -> PyResult {
    let z = z_arg(vm, a, "isnan")?;
    Ok(vm.bool_obj(z.re.is_nan() || z.im.is_nan()))
}

fn isinf(vm: &Vm, a: &Args<'_>) -> PyResult {
    let z = z_arg(vm, a, "isinf")?;
    Ok(vm.bool_obj(z.re.is_infinite() || z.im.is_infinite()))
}

fn isfinite(vm: &Vm, a: &Args<'_>) -> PyResult {
    let z = z_arg(vm, a, "isfinite")?;
    Ok(vm.bool_obj(z.re.is_finite() && z.im.is_finite()))
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)` on complex distances.
fn isclose(vm: &Vm, a: &Args<'_>) -> PyResult {
    if a.pos.len() != 2 {
        return vm.type_err(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            a.pos.len()
        ));
    }
    let (x, y) = (to_complex(vm, &a.pos[0])?, to_complex(vm, &a.pos[1])?);
    let tol = |name: &str, default: f64| -> PyResult<f64> {
        match a.kw(name) {
            Some(o) => Ok(to_complex(vm, o)?.re),
            None => Ok(default),
        }
    };
    let (rel, abs) = (tol("rel_tol", 1e-9)?, tol("abs_tol", 0.0)?);
    if rel < 0.0 || abs < 0.0 {
        return vm.value_err("tolerances must be non-negative");
    }
    if x == y {
        return Ok(vm.true_.clone());
    }
    if x.re.is_infinite() || x.im.is_infinite() || y.re.is_infinite() || y.im.is_infinite() {
        return Ok(vm.false_.clone());
    }
    let diff = (x.re - y.re).hypot(x.im - y.im);
    let (ax, ay) = (x.re.hypot(x.im), y.re.hypot(y.im));
    Ok(vm.bool_obj(diff <= rel * ay || diff <= rel * ax || diff <= abs))
}

/// Build the module.
pub fn make(vm: &Vm) -> PyResult<Gc<ModuleObj>> {
    let m = new_module(vm, "cmath")?;
    for (n, f) in [
        ("sqrt", sqrt as NativeFn),
        ("exp", exp),
        ("log", log),
        ("log10", log10),
        ("phase", phase),
        ("polar", polar),
        ("rect", rect),
        ("cos", cos),
        ("sin", sin),
        ("cosh", cosh),
        ("sinh", sinh),
        ("isnan", isnan),
        ("isinf", isinf),
        ("isfinite", isfinite),
        ("isclose", isclose),
    ] {
        add_fn(vm, &m, n, f)?;
    }
    for (n, v) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        vm.dict_set_str(&m.dict, n, vm.new_float(v)?)?;
    }
    vm.dict_set_str(
        &m.dict,
        "infj",
        vm.new_complex(C {
            re: 0.0,
            im: f64::INFINITY,
        })?,
    )?;
    vm.dict_set_str(
        &m.dict,
        "nanj",
        vm.new_complex(C {
            re: 0.0,
            im: f64::NAN,
        })?,
    )?;
    Ok(m)
}
