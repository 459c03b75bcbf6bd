//! The result tuple that `enumerate`, `zip` and dict items iterators keep and refill, as
//! CPython's do (`en_result`, `zip.result`, `di_result`): when the iterator holds the only reference to the tuple it
//! handed out last (the loop unpacked it and let it go), the next items are written into
//! that same tuple instead of a new one. A `for i, x in enumerate(xs)` loop then makes no
//! tuple per step, and `id()` of consecutive results behaves as in CPython.
//!
//! The old items are returned to the caller, to be dropped once the iterator's state is no
//! longer borrowed (a finalizer may run then). A tuple the collector untracked (all its
//! items were atoms) is tracked again, since the new items may be containers (bpo-42536).

use heap::ObjRef;

use super::objects::{IterKind, IterObj, TupleObj};
use super::{PyResult, Vm};

/// The result of a step of the iterator `it`: its result tuple (which `cached` picks out of
/// the iterator's state) refilled with `items` when nobody else holds it, else a new tuple.
/// The items the tuple held before die once the iterator's state is no longer borrowed.
#[inline(always)]
pub(crate) fn step<const N: usize>(
    vm: &Vm,
    it: &IterObj,
    cached: impl FnOnce(&mut IterKind) -> Option<&mut ObjRef>,
    items: [ObjRef; N],
) -> PyResult {
    let refilled = match cached(&mut it.0.borrow_mut()) {
        Some(result) => refill(vm, result, items),
        None => Err(items),
    };
    match refilled {
        Ok((r, old)) => {
            drop(old);
            Ok(r)
        }
        Err(items) => vm.new_tuple(items),
    }
}

/// Refill `cached` with `items` if the iterator holds its only reference and it has
/// `N` items: `Ok` with a new reference to hand out and the items it held before; else
/// `Err` gives the items back for a new tuple.
fn refill<const N: usize>(
    vm: &Vm,
    cached: &mut ObjRef,
    items: [ObjRef; N],
) -> Result<(ObjRef, [ObjRef; N]), [ObjRef; N]> {
    let Some(slots) = cached.var_items_mut::<TupleObj>() else {
        return Err(items);
    };
    if slots.len() != N {
        return Err(items);
    }
    let mut old = items;
    for (slot, item) in slots.iter_mut().zip(old.iter_mut()) {
        std::mem::swap(slot, item);
    }
    if !cached.is_tracked() {
        // Refused only while a collection walks its lists, which cannot be now (no
        // collection runs while an iterator's state is borrowed); untracked, the tuple
        // could only keep garbage alive.
        let _ = vm.heap.track(cached);
    }
    Ok((cached.clone(), old))
}

/// The tuple of `n` `None`s an iterator starts with (CPython's `PyTuple_Pack(2, None,
/// None)` for enumerate, `PyTuple_New(n)` for zip).
pub(crate) fn initial(vm: &Vm, n: usize) -> super::PyResult {
    let none = vm.none();
    vm.new_tuple((0..n).map(|_| none.clone()))
}
