//! `math.sumprod(p, q)` as CPython 3.12 computes it, so that float results agree to the
//! last bit (`statistics.fmean` with weights, `correlation`, `linear_regression` build on
//! it). The pairs are taken in order by three stages, each used until it first fails and
//! then never again:
//!
//! 1. exact ints whose products and running sum fit in a C `long`: a machine-integer sum;
//! 2. exact floats, or a float with an exact int or a bool: a sum of the products kept in
//!    three doubles (error-free products by fused multiply-add, error-free sums), rounded
//!    once when the stage ends, as long as its leading part stays finite;
//! 3. anything else: `total = total + p * q` with the objects' own operators.
//!
//! Each stage that ends adds what it gathered to the running total (an int 0 at first).

use heap::ObjRef;
use num_traits::ToPrimitive;

use crate::ir::BinOp;
use crate::runtime::objects::*;
use crate::runtime::{PyResult, Vm};

/// A double and the rounding error it leaves out.
#[derive(Clone, Copy)]
struct Pair {
    hi: f64,
    lo: f64,
}

/// A sum kept as three doubles of decreasing size.
#[derive(Clone, Copy, Default)]
struct Triple {
    hi: f64,
    lo: f64,
    tiny: f64,
}

fn two_sum(a: f64, b: f64) -> Pair {
    let hi = a + b;
    let back = hi - a;
    Pair {
        hi,
        lo: (a - (hi - back)) + (b - back),
    }
}

fn two_product(a: f64, b: f64) -> Pair {
    let hi = a * b;
    Pair {
        hi,
        lo: a.mul_add(b, -hi),
    }
}

fn add_product(x: f64, y: f64, t: Triple) -> Triple {
    let product = two_product(x, y);
    let top = two_sum(t.hi, product.hi);
    let low = two_sum(t.lo, product.lo);
    let middle = two_sum(low.hi, top.lo);
    Triple {
        hi: top.hi,
        lo: middle.hi,
        tiny: t.tiny + low.lo + middle.lo,
    }
}

fn rounded(t: Triple) -> f64 {
    let last = two_sum(t.lo, t.hi);
    t.tiny + last.lo + last.hi
}

/// An exact int's value as a C long, if it fits.
fn small_int(x: &ObjRef) -> Option<i64> {
    match &**x.downcast_ref::<IntObj>()? {
        IntObj::Small(v) => Some(*v),
        IntObj::Big(b) => b.to_i64(),
    }
}

/// An exact int or a bool as a double (None when it is neither, or too large).
fn int_as_double(x: &ObjRef) -> Option<f64> {
    if let Some(b) = x.downcast_ref::<BoolObj>() {
        return Some(if b.0 { 1.0 } else { 0.0 });
    }
    match &**x.downcast_ref::<IntObj>()? {
        IntObj::Small(v) => Some(*v as f64),
        IntObj::Big(b) => b.to_f64().filter(|f| f.is_finite()),
    }
}

/// The pair as two doubles for the float stage, if it qualifies.
fn float_pair(p: &ObjRef, q: &ObjRef) -> Option<(f64, f64)> {
    let pf = p.downcast_ref::<FloatObj>().map(|f| f.0);
    let qf = q.downcast_ref::<FloatObj>().map(|f| f.0);
    match (pf, qf) {
        (Some(a), Some(b)) => Some((a, b)),
        (Some(a), None) => Some((a, int_as_double(q)?)),
        (None, Some(b)) => Some((int_as_double(p)?, b)),
        (None, None) => None,
    }
}

/// The sum of products of two equally long sequences of items.
pub fn sumprod(vm: &Vm, p: &[ObjRef], q: &[ObjRef]) -> PyResult {
    let mut total = vm.new_int(0)?;
    let mut int_stage = true;
    let mut int_total: Option<i64> = None;
    let mut float_stage = true;
    let mut float_total: Option<Triple> = None;
    for (x, y) in p.iter().zip(q) {
        if int_stage {
            if let (Some(a), Some(b)) = (small_int(x), small_int(y)) {
                let sum = a
                    .checked_mul(b)
                    .and_then(|m| m.checked_add(int_total.unwrap_or(0)));
                if let Some(s) = sum {
                    int_total = Some(s);
                    continue;
                }
            }
            int_stage = false;
            if let Some(s) = int_total.take() {
                total = vm.binary_op(&total, &vm.new_int(s)?, BinOp::Add, false)?;
            }
        }
        if float_stage {
            if let Some((a, b)) = float_pair(x, y) {
                let next = add_product(a, b, float_total.unwrap_or_default());
                if next.hi.is_finite() {
                    float_total = Some(next);
                    continue;
                }
            }
            float_stage = false;
            if let Some(t) = float_total.take() {
                total = vm.binary_op(&total, &vm.new_float(rounded(t))?, BinOp::Add, false)?;
            }
        }
        let m = vm.binary_op(x, y, BinOp::Mul, false)?;
        total = vm.binary_op(&total, &m, BinOp::Add, false)?;
    }
    if let Some(s) = int_total {
        total = vm.binary_op(&total, &vm.new_int(s)?, BinOp::Add, false)?;
    }
    if let Some(t) = float_total {
        total = vm.binary_op(&total, &vm.new_float(rounded(t))?, BinOp::Add, false)?;
    }
    Ok(total)
}
