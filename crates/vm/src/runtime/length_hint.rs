//! `__length_hint__` of the built-in iterators that have one in CPython 3.12: how many
//! items are left, 0 once exhausted or once the container changed size under a dict or set
//! iterator (those stop at the next step).

use heap::{Gc, ObjRef};

use super::objects::iter::DICT_REVERSED;
use super::objects::*;
use super::{Args, PyResult, Vm};

/// The iterator types with `__length_hint__` (CPython's `length_hint` methods); `map`,
/// `zip`, `enumerate`, `filter`, `callable_iterator` and `memory_iterator` have none.
const HINTED: &[&str] = &[
    "iterator",
    "list_iterator",
    "list_reverseiterator",
    "tuple_iterator",
    "reversed",
    "range_iterator",
    "str_ascii_iterator",
    "str_iterator",
    "bytes_iterator",
    "bytearray_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "dict_reversekeyiterator",
    "dict_reversevalueiterator",
    "dict_reverseitemiterator",
    "set_iterator",
];

/// Give the iterator type `t`, named `name`, its `__length_hint__` if CPython's has one.
pub(crate) fn install(vm: &Vm, t: &Gc<TypeObj>, name: &str) {
    if HINTED.contains(&name) {
        super::methods::add(vm, t, "__length_hint__", length_hint);
    }
}

/// What is left to measure, taken out of the iterator so that no borrow is held while a
/// sequence's `__len__` runs.
enum Left {
    Known(u64),
    /// A sequence iterator at `idx`: `len(seq) - idx`, at least 0.
    Forward(ObjRef, usize),
    /// A reverse iterator about to yield item `idx - 1`.
    Backward(ObjRef, usize),
}

fn length_hint(vm: &Vm, a: &Args<'_>) -> PyResult {
    let it = match a.pos.first().and_then(|o| o.downcast::<IterObj>()) {
        Some(it) => it,
        None => return vm.type_err("descriptor '__length_hint__' requires an iterator"),
    };
    let left = match &*it.0.borrow() {
        IterKind::Seq { seq, idx } => Left::Forward(seq.clone(), *idx),
        IterKind::Reversed { seq, idx } => Left::Backward(seq.clone(), *idx),
        IterKind::Range { left, .. } => Left::Known(*left),
        IterKind::Dict {
            d, idx, what, len, ..
        } => Left::Known(dict_left(d, *idx, *what, *len) as u64),
        IterKind::Set {
            set,
            order,
            pos,
            len,
        } => Left::Known(set_left(set, order, *pos, *len) as u64),
        _ => Left::Known(0),
    };
    let n = match left {
        Left::Known(n) => n,
        Left::Forward(seq, idx) => {
            // CPython's sequence iterator cannot estimate an object without `__len__`.
            if let Some(inst) = seq.downcast_ref::<Instance>() {
                if vm.lookup_type_attr(&inst.class(), "__len__")?.is_none() {
                    return Ok(vm.notimpl.clone());
                }
            }
            vm.len(&seq)?.saturating_sub(idx) as u64
        }
        Left::Backward(seq, idx) => {
            if vm.len(&seq)? < idx {
                0
            } else {
                idx as u64
            }
        }
    };
    match i64::try_from(n) {
        Ok(n) => vm.new_int(n),
        Err(_) => vm.new_bigint(n.into()),
    }
}

/// Live entries a dict (or set) iterator has still to pass; 0 once the size changed.
fn dict_left(d: &ObjRef, idx: usize, what: u8, len: usize) -> usize {
    let storage = match (d.downcast_ref::<DictObj>(), d.downcast_ref::<SetObj>()) {
        (Some(dd), _) => &dd.0,
        (_, Some(s)) => &s.inner,
        _ => return 0,
    };
    let inner = storage.borrow();
    if inner.used != len {
        return 0;
    }
    let rest = if what & DICT_REVERSED != 0 {
        inner.entries.get(..idx)
    } else {
        inner.entries.get(idx..)
    };
    rest.map_or(0, |r| r.iter().filter(|e| e.is_some()).count())
}

/// Members a set iterator has still to pass (in its order); 0 once the size changed.
fn set_left(set: &ObjRef, order: &[usize], pos: usize, len: usize) -> usize {
    let Some(s) = set.downcast_ref::<SetObj>() else {
        return 0;
    };
    let inner = s.inner.borrow();
    if inner.used != len {
        return 0;
    }
    order.get(pos..).map_or(0, |rest| {
        rest.iter()
            .filter(|&&i| matches!(inner.entries.get(i), Some(Some(_))))
            .count()
    })
}
