//! `sum(iterable, /, start=0)`, as CPython 3.12's `builtin_sum_impl`: three phases in turn.
//!
//! 1. While the total is an exact int that fits a machine word and the items are exact ints
//!    or bools, the total stays a machine integer: no int object per step.
//! 2. Then, while the total is an exact float and the items are exact floats (added with
//!    Neumaier's compensation, so `sum([0.1] * 10) == 1.0`) or ints that fit a word (added
//!    as doubles, no compensation), the total stays a double.
//! 3. Anything else: `total = total + item` through the full operator protocol, to the end.
//!
//! A phase ends at the first item it cannot take: the machine total becomes an object
//! (the float one with its compensation added, unless that is not finite), that item is
//! added with `+`, and the next phase starts only if the new total is of its kind. So, as
//! in CPython, `sum([1, 2.5, 3])` runs phases 1, 2 in turn, and a subclass's `__radd__` is
//! called only where `+` would be.

use heap::ObjRef;

use super::objects::{BoolObj, FloatObj, Instance, IntObj};
use super::{Args, PyResult, Vm};
use crate::ir::BinOp;

/// The builtin `sum`.
pub(crate) fn sum(vm: &Vm, a: &Args<'_>) -> PyResult {
    super::builtins::nargs(vm, a, "sum", 1, 2)?;
    let mut total = match a.pos.get(1).or(a.kw("start")) {
        Some(s) => s.clone(),
        None => vm.new_int(0)?,
    };
    for (t, what) in [
        ("str", "strings [use ''.join(seq)"),
        ("bytes", "bytes [use b''.join(seq)"),
        ("bytearray", "bytearray [use b''.join(seq)"),
    ] {
        if vm.type_of(&total).name == t {
            return vm.type_err(format!("sum() can't sum {what} instead]"));
        }
    }
    let it = vm.get_iter(&a.pos[0])?;
    if let Some(start) = exact_int_word(&total) {
        match int_phase(vm, &it, start)? {
            Phase::Done(r) => return Ok(r),
            Phase::Handed(t) => total = t,
        }
    }
    if let Some(start) = total.downcast_ref::<FloatObj>().map(|f| f.0) {
        match float_phase(vm, &it, start)? {
            Phase::Done(r) => return Ok(r),
            Phase::Handed(t) => total = t,
        }
    }
    while let Some(x) = vm.next(&it)? {
        total = vm.binary_op(&total, &x, BinOp::Add, false)?;
    }
    Ok(total)
}

/// How a fast phase ended: the iterable ran out (`Done`: the result), or an item it could
/// not take was added with `+` (`Handed`: the new total, for the next phase).
enum Phase {
    Done(ObjRef),
    Handed(ObjRef),
}

/// The value of an exact int (not a bool, not a subclass) that fits a machine word: the
/// totals phase 1 starts from (CPython's `PyLong_CheckExact` and no overflow).
fn exact_int_word(o: &ObjRef) -> Option<i64> {
    match &**o.downcast_ref::<IntObj>()? {
        IntObj::Small(v) => Some(*v),
        IntObj::Big(b) => i64::try_from(&**b).ok(),
    }
}

/// Phase 1's items: exact ints and bools that fit a machine word.
fn int_item(o: &ObjRef) -> Option<i64> {
    match o.downcast_ref::<BoolObj>() {
        Some(b) => Some(i64::from(b.0)),
        None => exact_int_word(o),
    }
}

fn int_phase(vm: &Vm, it: &ObjRef, mut total: i64) -> PyResult<Phase> {
    loop {
        let Some(x) = vm.next(it)? else {
            return vm.new_int(total).map(Phase::Done);
        };
        if let Some(s) = int_item(&x).and_then(|v| total.checked_add(v)) {
            total = s;
            continue;
        }
        let t = vm.new_int(total)?;
        return vm.binary_op(&t, &x, BinOp::Add, false).map(Phase::Handed);
    }
}

/// Phase 2's int items (CPython's `PyLong_Check`: subclasses and bools too) that fit a
/// machine word, as the double added.
fn int_as_double(o: &ObjRef) -> Option<f64> {
    if let Some(v) = int_item(o) {
        return Some(v as f64);
    }
    if o.is::<Instance>() {
        let base = super::subclass::base_of(o)?;
        return exact_int_word(&base).map(|v| v as f64);
    }
    None
}

fn float_phase(vm: &Vm, it: &ObjRef, mut total: f64) -> PyResult<Phase> {
    let mut comp = 0.0f64;
    loop {
        let Some(x) = vm.next(it)? else {
            // Adding a non-finite compensation would turn an infinite or overflowed sum
            // into a NaN.
            if comp != 0.0 && comp.is_finite() {
                total += comp;
            }
            return vm.new_float(total).map(Phase::Done);
        };
        if let Some(v) = x.downcast_ref::<FloatObj>().map(|f| f.0) {
            // Neumaier's improvement of Kahan-Babuska summation.
            let t = total + v;
            if total.abs() >= v.abs() {
                comp += (total - t) + v;
            } else {
                comp += (v - t) + total;
            }
            total = t;
            continue;
        }
        if let Some(v) = int_as_double(&x) {
            total += v;
            continue;
        }
        if comp != 0.0 && comp.is_finite() {
            total += comp;
        }
        let t = vm.new_float(total)?;
        return vm.binary_op(&t, &x, BinOp::Add, false).map(Phase::Handed);
    }
}
