//! Which containers the cycle collector tracks: CPython 3.12's rules for dicts and tuples
//! (`Objects/dictobject.c` `MAINTAIN_TRACKING` / `_PyDict_MaybeUntrack`,
//! `Objects/tupleobject.c` `_PyTuple_MaybeUntrack`, `Modules/gcmodule.c`).
//!
//! * A dict is born untracked and becomes tracked when a key or value that may be tracked is
//!   stored in it ([`Vm::dict_maintain_tracking`]); full collections untrack dicts that hold
//!   nothing trackable (`DictObj::can_untrack`). A copy of a whole dict into an empty one
//!   keeps the source's tracking, as CPython's key-cloning fast path does.
//! * A tuple is tracked at creation (except the empty tuple and constants made only of
//!   atoms); every collection untracks surviving tuples whose items are all untracked
//!   (`TupleObj::can_untrack`).
//! * Built-in types are static in CPython, hence not GC objects: they are untracked here.
//!
//! Either way an allocation of a dict or tuple counts towards generation 0, as `gc_alloc`
//! counts it whether or not the object is tracked afterwards.

use heap::{Gc, ObjRef};

use super::objects::class::BUILTIN;
use super::objects::{tuple_items, DictInner, DictObj, TupleObj, TypeObj};
use super::Vm;

/// CPython's `_PyObject_GC_MAY_BE_TRACKED`: `o` is a container that is tracked, or could
/// become tracked later. An untracked tuple never is again (tuples are immutable), nor is a
/// built-in type; an untracked dict may be.
#[inline]
pub fn may_be_tracked(o: &ObjRef) -> bool {
    if !o.type_slots().tracked {
        return false;
    }
    if o.is_tracked() {
        return true;
    }
    !(o.is::<TupleObj>() || o.downcast_ref::<TypeObj>().is_some_and(|t| t.has(BUILTIN)))
}

/// `_PyTuple_MaybeUntrack`'s test: no item may be tracked.
pub fn tuple_can_untrack(items: &[ObjRef]) -> bool {
    !items.iter().any(may_be_tracked)
}

/// `_PyDict_MaybeUntrack`'s test: no key or value may be tracked (false when the storage
/// is borrowed: keep tracking).
pub fn dict_can_untrack(d: &DictObj) -> bool {
    match d.0.try_borrow() {
        Ok(inner) => !inner
            .iter()
            .any(|e| may_be_tracked(&e.key) || may_be_tracked(&e.value)),
        Err(_) => false,
    }
}

/// CPython's condition for copying a dict by cloning its keys object, after which the copy
/// keeps the source's tracking instead of judging each item: `PyDict_Copy`'s (`copy`: at
/// most a third of the entries deleted) or `dict_merge`'s into an empty dict (no deleted
/// entries, and the keys object not oversized).
fn copies_by_clone(src: &DictInner, copy: bool) -> bool {
    let nentries = src.entries.len();
    if src.used == 0 {
        return false;
    }
    if copy {
        return src.used >= nentries * 2 / 3;
    }
    let log2 = u32::from(src.log2);
    // DK_LOG_SIZE == PyDict_LOG_MINSIZE, or USABLE_FRACTION(DK_SIZE / 2) < ma_used.
    src.used == nentries && (log2 <= 3 || ((1usize << (log2 - 1)) << 1) / 3 < src.used)
}

impl Vm {
    /// `MAINTAIN_TRACKING`: `key` and `value` were just stored in `d`. A tracked dict (the
    /// common case for a dict being filled with containers) costs one test here.
    #[inline]
    pub fn dict_maintain_tracking(&self, d: &Gc<DictObj>, key: &ObjRef, value: &ObjRef) {
        if !Gc::is_tracked(d) {
            self.dict_track_if_needed(d, key, value);
        }
    }

    /// The rest of `dict_maintain_tracking`, out of line: it is reached from paths the eval
    /// loop inlines, which it should not grow.
    #[inline(never)]
    fn dict_track_if_needed(&self, d: &Gc<DictObj>, key: &ObjRef, value: &ObjRef) {
        // A marked dict is the base value of a dict subclass's instance, which traverses
        // it: it must stay untracked (`objects/base_value.rs`).
        if Gc::is_marked(d) {
            return;
        }
        if may_be_tracked(key) || may_be_tracked(value) {
            self.gc_track(Gc::as_obj(d));
        }
    }

    /// `d` was empty and received all of `src`'s items (`copy`: by `dict.copy()`, else by a
    /// merge): a tracked source whose keys CPython would clone makes the copy tracked, even
    /// if its items alone would not.
    pub fn dict_copy_tracking(&self, d: &Gc<DictObj>, src: &Gc<DictObj>, copy: bool) {
        if Gc::is_tracked(d) || !Gc::is_tracked(src) || Gc::is_marked(d) {
            return;
        }
        let clone = src.0.try_borrow().is_ok_and(|s| copies_by_clone(&s, copy));
        if clone {
            self.gc_track(Gc::as_obj(d));
        }
    }

    /// `PyObject_GC_Track`. The heap refuses only while a collection walks its lists, when
    /// no Python code runs; the object then stays untracked, which can keep garbage but
    /// never frees a live object.
    pub fn gc_track(&self, o: &ObjRef) {
        let _ = self.heap.track(o);
    }

    /// Stop tracking a constant tuple made only of atoms (CPython's constants are
    /// untracked by the first collection after compilation, before the code runs).
    pub fn untrack_constant_tuple(&self, t: &ObjRef) {
        if t.downcast_ref::<TupleObj>()
            .is_some_and(|t| tuple_can_untrack(tuple_items(t)))
        {
            let _ = self.heap.untrack(t);
        }
    }
}
