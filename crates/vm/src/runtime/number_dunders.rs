//! The unary, conversion, bitwise and `divmod` dunders of `int` (and `bool`) and `float`,
//! and the arithmetic ones of `complex`, as attributes: `(5).__neg__()`, `int.__index__`,
//! `(2.5).__floor__()`, `(6).__and__(3)`, `float.__divmod__`, `(1j).__add__(2)`… Code
//! reaches for them by name (`operator` tables, `map(int.__neg__, xs)`,
//! `hasattr(x, '__index__')`, `super().__floor__()` in a subclass); the operators
//! themselves do not go through them. A subclass instance works on its base value, so an
//! override that called `super()` is not re-entered.

use heap::ObjRef;
use num_bigint::BigInt;
use num_traits::Signed;

use super::objects::*;
use super::ops::Num;
use super::{Args, PyResult, Vm};
use crate::ir::BinOp;

/// The receiver's number (an int/float subclass instance's base value), checked against
/// the type that owns the method (`int.__neg__(2.5)` is refused, as CPython's descriptor).
fn receiver(vm: &Vm, a: &Args<'_>, name: &str, float: bool) -> PyResult<Num> {
    let owner = if float { "float" } else { "int" };
    match a.pos.first().and_then(|o| vm.num_or_base(o)) {
        Some(n) if matches!(n, Num::F(_)) == float => Ok(n),
        _ => vm.type_err(format!(
            "descriptor '{name}' requires a '{owner}' object but received a '{}'",
            a.pos.first().map_or("NoneType".into(), |o| vm.type_name(o))
        )),
    }
}

/// A slot wrapper's own count check (`(5).__neg__(1)`: "expected 0 arguments, got 1").
fn wrapper_args(vm: &Vm, a: &Args<'_>, name: &str, n: usize) -> PyResult<()> {
    if !a.kwnames.is_empty() {
        return vm.type_err(format!("wrapper {name}() takes no keyword arguments"));
    }
    let given = a.pos.len().saturating_sub(1);
    if given != n {
        return vm.type_err(format!(
            "expected {n} argument{}, got {given}",
            if n == 1 { "" } else { "s" }
        ));
    }
    Ok(())
}

/// A method without arguments (`int.__floor__`: METH_NOARGS).
fn no_args(vm: &Vm, a: &Args<'_>, qualname: &str) -> PyResult<()> {
    if !a.kwnames.is_empty() {
        return vm.type_err(format!("{qualname}() takes no keyword arguments"));
    }
    let given = a.pos.len().saturating_sub(1);
    if given != 0 {
        return vm.type_err(format!("{qualname}() takes no arguments ({given} given)"));
    }
    Ok(())
}

/// A plain int (never a bool or a subclass instance) of the value.
fn exact_int(vm: &Vm, n: Num) -> PyResult {
    match n {
        Num::I(i) => vm.new_int(i),
        Num::B(b) => vm.new_bigint(b),
        Num::F(f) => super::number_methods::float_to_int(vm, f),
    }
}

fn value(vm: &Vm, n: Num) -> PyResult {
    match n {
        Num::F(f) => vm.new_float(f),
        n => exact_int(vm, n),
    }
}

macro_rules! unary_fns {
    ($($name:ident, $float:expr, $dunder:expr => |$vm:ident, $n:ident| $body:expr;)*) => {
        $(
            fn $name($vm: &Vm, a: &Args<'_>) -> PyResult {
                let $n = receiver($vm, a, $dunder, $float)?;
                wrapper_args($vm, a, $dunder, 0)?;
                $body
            }
        )*
    };
}

unary_fns! {
    int_neg, false, "__neg__" => |vm, n| vm.unary(&value(vm, n)?, '-');
    int_pos, false, "__pos__" => |vm, n| exact_int(vm, n);
    int_invert, false, "__invert__" => |vm, n| vm.unary(&value(vm, n)?, '~');
    int_abs, false, "__abs__" => |vm, n| match n {
        Num::I(i) => match i.checked_abs() {
            Some(r) => vm.new_int(r),
            None => vm.new_bigint(-BigInt::from(i)),
        },
        Num::B(b) => vm.new_bigint(b.abs()),
        Num::F(_) => unreachable!("an int receiver"),
    };
    int_bool, false, "__bool__" => |vm, n| Ok(vm.bool_obj(!matches!(n, Num::I(0))));
    int_int, false, "__int__" => |vm, n| exact_int(vm, n);
    int_index, false, "__index__" => |vm, n| exact_int(vm, n);
    int_float, false, "__float__" => |vm, n| match n {
        Num::I(i) => vm.new_float(i as f64),
        Num::B(b) => match num_traits::ToPrimitive::to_f64(&b).filter(|f| f.is_finite()) {
            Some(f) => vm.new_float(f),
            None => vm.err("OverflowError", "int too large to convert to float"),
        },
        Num::F(_) => unreachable!("an int receiver"),
    };
    float_neg, true, "__neg__" => |vm, n| vm.unary(&value(vm, n)?, '-');
    float_pos, true, "__pos__" => |vm, n| value(vm, n);
    float_abs, true, "__abs__" => |vm, n| match n {
        Num::F(f) => vm.new_float(f.abs()),
        _ => unreachable!("a float receiver"),
    };
    float_bool, true, "__bool__" => |vm, n| Ok(vm.bool_obj(!matches!(n, Num::F(f) if f == 0.0)));
    float_int, true, "__int__" => |vm, n| exact_int(vm, n);
    float_float, true, "__float__" => |vm, n| value(vm, n);
}

/// `__trunc__`, `__floor__`, `__ceil__` (methods, not slot wrappers): an int is itself.
fn rounding(vm: &Vm, a: &Args<'_>, name: &str, float: bool, f: fn(f64) -> f64) -> PyResult {
    let n = receiver(vm, a, name, float)?;
    no_args(
        vm,
        a,
        &format!("{}.{name}", if float { "float" } else { "int" }),
    )?;
    match n {
        Num::F(x) => super::number_methods::float_to_int(vm, f(x)),
        n => exact_int(vm, n),
    }
}

fn int_trunc(vm: &Vm, a: &Args<'_>) -> PyResult {
    rounding(vm, a, "__trunc__", false, f64::trunc)
}
fn int_floor(vm: &Vm, a: &Args<'_>) -> PyResult {
    rounding(vm, a, "__floor__", false, f64::floor)
}
fn int_ceil(vm: &Vm, a: &Args<'_>) -> PyResult {
    rounding(vm, a, "__ceil__", false, f64::ceil)
}
fn float_trunc(vm: &Vm, a: &Args<'_>) -> PyResult {
    rounding(vm, a, "__trunc__", true, f64::trunc)
}
fn float_floor(vm: &Vm, a: &Args<'_>) -> PyResult {
    rounding(vm, a, "__floor__", true, f64::floor)
}
fn float_ceil(vm: &Vm, a: &Args<'_>) -> PyResult {
    rounding(vm, a, "__ceil__", true, f64::ceil)
}

/// The other operand of a binary dunder as a number the receiver's type takes (an int
/// method declines floats), else None: the dunder answers `NotImplemented`.
fn operands(vm: &Vm, a: &Args<'_>, name: &str, float: bool) -> PyResult<Option<[ObjRef; 2]>> {
    receiver(vm, a, name, float)?;
    wrapper_args(vm, a, name, 1)?;
    let x = super::subclass::unwrap_base(&a.pos[0]).into_owned();
    let y = super::subclass::unwrap_base(&a.pos[1]).into_owned();
    Ok(match vm.num(&y) {
        Some(Num::F(_)) if !float => None,
        Some(_) => Some([x, y]),
        None => None,
    })
}

fn binary(
    vm: &Vm,
    a: &Args<'_>,
    name: &str,
    float: bool,
    op: Option<BinOp>,
    reflected: bool,
) -> PyResult {
    let Some([x, y]) = operands(vm, a, name, float)? else {
        return Ok(vm.notimpl.clone());
    };
    let (x, y) = if reflected { (y, x) } else { (x, y) };
    match op {
        Some(op) => vm.binary_op(&x, &y, op, false),
        None => {
            let divmod = vm
                .dict_get_str(&vm.builtins, "divmod")
                .ok_or_else(|| vm.exc_msg("RuntimeError", "lost builtins.divmod"))?;
            vm.call(&divmod, &[x, y], None)
        }
    }
}

macro_rules! binary_fns {
    ($($name:ident, $float:expr, $dunder:expr, $op:expr, $reflected:expr;)*) => {
        $(
            fn $name(vm: &Vm, a: &Args<'_>) -> PyResult {
                binary(vm, a, $dunder, $float, $op, $reflected)
            }
        )*
    };
}

binary_fns! {
    int_and, false, "__and__", Some(BinOp::BitAnd), false;
    int_rand, false, "__rand__", Some(BinOp::BitAnd), true;
    int_or, false, "__or__", Some(BinOp::BitOr), false;
    int_ror, false, "__ror__", Some(BinOp::BitOr), true;
    int_xor, false, "__xor__", Some(BinOp::BitXor), false;
    int_rxor, false, "__rxor__", Some(BinOp::BitXor), true;
    int_lshift, false, "__lshift__", Some(BinOp::LShift), false;
    int_rlshift, false, "__rlshift__", Some(BinOp::LShift), true;
    int_rshift, false, "__rshift__", Some(BinOp::RShift), false;
    int_rrshift, false, "__rrshift__", Some(BinOp::RShift), true;
    int_divmod, false, "__divmod__", None, false;
    int_rdivmod, false, "__rdivmod__", None, true;
    float_divmod, true, "__divmod__", None, false;
    float_rdivmod, true, "__rdivmod__", None, true;
}

// ---- complex ---------------------------------------------------------------------------

/// The complex receiver (a complex subclass instance's base value).
fn complex_receiver(vm: &Vm, a: &Args<'_>, name: &str) -> PyResult<ObjRef> {
    match a
        .pos
        .first()
        .map(|o| super::subclass::unwrap_base(o).into_owned())
    {
        Some(c) if c.is::<ComplexObj>() => Ok(c),
        other => vm.type_err(format!(
            "descriptor '{name}' requires a 'complex' object but received a '{}'",
            other.map_or("NoneType".into(), |o| vm.type_name(&o))
        )),
    }
}

fn complex_binary(vm: &Vm, a: &Args<'_>, name: &str, op: BinOp, reflected: bool) -> PyResult {
    let x = complex_receiver(vm, a, name)?;
    wrapper_args(vm, a, name, 1)?;
    let y = super::subclass::unwrap_base(&a.pos[1]).into_owned();
    if !(y.is::<ComplexObj>() || vm.num(&y).is_some()) {
        return Ok(vm.notimpl.clone());
    }
    if reflected {
        vm.binary_op(&y, &x, op, false)
    } else {
        vm.binary_op(&x, &y, op, false)
    }
}

macro_rules! complex_binary_fns {
    ($($name:ident, $dunder:expr, $op:expr, $reflected:expr;)*) => {
        $(
            fn $name(vm: &Vm, a: &Args<'_>) -> PyResult {
                complex_binary(vm, a, $dunder, $op, $reflected)
            }
        )*
    };
}

complex_binary_fns! {
    complex_add, "__add__", BinOp::Add, false;
    complex_radd, "__radd__", BinOp::Add, true;
    complex_sub, "__sub__", BinOp::Sub, false;
    complex_rsub, "__rsub__", BinOp::Sub, true;
    complex_mul, "__mul__", BinOp::Mul, false;
    complex_rmul, "__rmul__", BinOp::Mul, true;
    complex_truediv, "__truediv__", BinOp::Div, false;
    complex_rtruediv, "__rtruediv__", BinOp::Div, true;
    complex_pow, "__pow__", BinOp::Pow, false;
    complex_rpow, "__rpow__", BinOp::Pow, true;
}

fn complex_unary(vm: &Vm, a: &Args<'_>, name: &str) -> PyResult {
    let x = complex_receiver(vm, a, name)?;
    wrapper_args(vm, a, name, 0)?;
    match name {
        "__neg__" => vm.unary(&x, '-'),
        "__pos__" => vm.unary(&x, '+'),
        "__bool__" => Ok(vm.bool_obj(vm.truthy(&x)?)),
        _ => {
            let abs = vm
                .dict_get_str(&vm.builtins, "abs")
                .ok_or_else(|| vm.exc_msg("RuntimeError", "lost builtins.abs"))?;
            vm.call(&abs, &[x], None)
        }
    }
}

fn complex_neg(vm: &Vm, a: &Args<'_>) -> PyResult {
    complex_unary(vm, a, "__neg__")
}
fn complex_pos(vm: &Vm, a: &Args<'_>) -> PyResult {
    complex_unary(vm, a, "__pos__")
}
fn complex_abs(vm: &Vm, a: &Args<'_>) -> PyResult {
    complex_unary(vm, a, "__abs__")
}
fn complex_bool(vm: &Vm, a: &Args<'_>) -> PyResult {
    complex_unary(vm, a, "__bool__")
}

/// `complex.__complex__()`: a plain complex of the value.
fn complex_complex(vm: &Vm, a: &Args<'_>) -> PyResult {
    let x = complex_receiver(vm, a, "__complex__")?;
    no_args(vm, a, "complex.__complex__")?;
    Ok(x)
}

/// Install into int (bool inherits them), float and complex.
pub fn install(vm: &Vm) {
    let t = &vm.types;
    let add = super::methods::add;
    for (name, f) in [
        ("__neg__", int_neg as NativeFn),
        ("__pos__", int_pos),
        ("__invert__", int_invert),
        ("__abs__", int_abs),
        ("__bool__", int_bool),
        ("__int__", int_int),
        ("__index__", int_index),
        ("__float__", int_float),
        ("__trunc__", int_trunc),
        ("__floor__", int_floor),
        ("__ceil__", int_ceil),
        ("__and__", int_and),
        ("__rand__", int_rand),
        ("__or__", int_or),
        ("__ror__", int_ror),
        ("__xor__", int_xor),
        ("__rxor__", int_rxor),
        ("__lshift__", int_lshift),
        ("__rlshift__", int_rlshift),
        ("__rshift__", int_rshift),
        ("__rrshift__", int_rrshift),
        ("__divmod__", int_divmod),
        ("__rdivmod__", int_rdivmod),
    ] {
        add(vm, &t.int, name, f);
    }
    for (name, f) in [
        ("__neg__", float_neg as NativeFn),
        ("__pos__", float_pos),
        ("__abs__", float_abs),
        ("__bool__", float_bool),
        ("__int__", float_int),
        ("__float__", float_float),
        ("__trunc__", float_trunc),
        ("__floor__", float_floor),
        ("__ceil__", float_ceil),
        ("__divmod__", float_divmod),
        ("__rdivmod__", float_rdivmod),
    ] {
        add(vm, &t.float, name, f);
    }
    for (name, f) in [
        ("__add__", complex_add as NativeFn),
        ("__radd__", complex_radd),
        ("__sub__", complex_sub),
        ("__rsub__", complex_rsub),
        ("__mul__", complex_mul),
        ("__rmul__", complex_rmul),
        ("__truediv__", complex_truediv),
        ("__rtruediv__", complex_rtruediv),
        ("__pow__", complex_pow),
        ("__rpow__", complex_rpow),
        ("__neg__", complex_neg),
        ("__pos__", complex_pos),
        ("__abs__", complex_abs),
        ("__bool__", complex_bool),
        ("__complex__", complex_complex),
    ] {
        add(vm, &t.complex, name, f);
    }
}
