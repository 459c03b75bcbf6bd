//! The [`Object`] trait: how Rust code defines a heap type by filling its slot table.

use crate::handle::Gc;
use crate::trace::Visitor;

/// A type whose values live on the [`Heap`](crate::Heap). Implementing it fills the type's
/// slot table (CPython's `PyTypeObject`): the constants are the name, flags and free-list
/// settings; the methods are the `tp_traverse`, `tp_clear` and `tp_finalize` slots. The
/// `tp_dealloc` slot is Rust's `Drop` of the value, run when the last strong reference goes.
///
/// Implementing it is safe: a wrong traverse or clear can make the collector keep garbage or
/// empty a live object, but memory is only ever freed when a reference count reaches zero.
/// Use [`impl_object!`](crate::impl_object) for the common case.
pub trait Object: Sized + 'static {
    /// The type's name (`tp_name`).
    const NAME: &'static str;
    /// Instances are containers tracked by the cycle collector (`Py_TPFLAGS_HAVE_GC`): they
    /// carry 16 bytes of GC links in front of their header. Default: true.
    const TRACKED: bool = true;
    /// Instances are born immortal (PEP 683): their count never changes and they never die.
    const IMMORTAL: bool = false;
    /// The type has a finalizer ([`Object::finalize`] is called, once per object).
    const HAS_FINALIZER: bool = false;
    /// Keep up to this many freed blocks of this type for reuse (CPython keeps 100 floats,
    /// 80 lists, 80 dicts). 0: no free list. A variable-size type keeps this many per item
    /// count, for the counts up to [`VarObject::FREELIST_MAX_LEN`].
    const FREELIST_CAPACITY: usize = 0;
    /// The C-ish name used in the malloc stats report (`N free PyFloatObjects * 24 bytes each`);
    /// empty means [`Object::NAME`].
    const FREELIST_NAME: &'static str = "";
    /// A tracked type's objects start tracked (`PyObject_GC_Track` right after allocation).
    /// False: they start untracked, as CPython 3.12's dicts do, and their owner tracks them
    /// ([`Heap::track`](crate::Heap::track)) once they hold something trackable. Either way
    /// the allocation counts towards generation 0's threshold, as `gc_alloc` counts it
    /// (unless the block comes from the type's free list, as in CPython).
    const TRACK_AT_ALLOC: bool = true;
    /// When the collector asks surviving objects of this type whether they can stop being
    /// tracked ([`Object::can_untrack`]); see [`Untrack`](crate::Untrack).
    const UNTRACK: crate::Untrack = crate::Untrack::Never;

    /// Whether dropping this value runs no code (default: the type has no drop glue).
    ///
    /// An untracked type without finalizer whose value answers yes dies on the short path:
    /// its block goes straight back to the free list or the allocator, with no drop call,
    /// no panic guard and no trashcan bookkeeping. Asked **once, when the object is
    /// allocated**, so answer yes only for values that can never come to own anything (an
    /// int holding an `i64` says yes, one holding a boxed big number says no). A wrong yes
    /// leaks what the value owns; it is never unsound.
    fn drop_is_trivial(&self) -> bool {
        !core::mem::needs_drop::<Self>()
    }

    /// `tp_traverse`: visit every strong reference this value holds.
    fn traverse(&self, visitor: &mut Visitor<'_>) {
        let _ = visitor;
    }

    /// Whether the collector may stop tracking this object now (CPython's
    /// `_PyTuple_MaybeUntrack` / `_PyDict_MaybeUntrack`): true when nothing it refers to can
    /// be part of a cycle. Asked after collections as [`Object::UNTRACK`] says, for
    /// survivors only, while the collector walks its lists: it must not allocate, and a
    /// borrow it cannot take should answer false.
    fn can_untrack(&self) -> bool {
        false
    }

    /// `tp_clear`: drop the references this value holds (through interior mutability), so
    /// that a cycle it belongs to falls apart.
    fn clear(&self) {}

    /// Whether this object's finalizer has anything to do (checked before each call of
    /// [`Object::finalize`]; default: yes). A type whose objects differ — a Python class
    /// with or without `__del__` — answers per object, and those that say no skip PEP 442's
    /// resurrection protocol on death (and do not make a collection re-check reachability).
    fn wants_finalize(&self) -> bool {
        true
    }

    /// `tp_finalize` (PEP 442): runs at most once, before the object dies, whether it dies by
    /// its count reaching zero or as cyclic garbage. It may store a new reference to `this`
    /// somewhere (resurrection); the object then stays alive. Only called when
    /// [`Object::HAS_FINALIZER`] is true.
    fn finalize(this: &Gc<Self>) {
        let _ = this;
    }
}

/// A type whose objects carry a variable number of items after their value, in the same
/// block (CPython's `PyVarObject`: tuples, ints, bytes…). Allocate with
/// [`Heap::alloc_var`](crate::Heap::alloc_var), read with [`Gc::items`].
///
/// The items are traversed before [`Object::traverse`] (as CPython's `subtype_traverse`
/// visits slot values before the type, so `gc.get_referents` lists them first) and cleared (each through
/// [`Trace::clear_refs`](crate::Trace::clear_refs)) after [`Object::clear`]; they are dropped
/// before the value (as CPython's `subtype_dealloc` clears slots before it releases the
/// type).
pub trait VarObject: Object {
    /// The item type; its size is the type's `tp_itemsize`.
    type Item: crate::Trace + 'static;

    /// Traverse and drop the items last to first, as CPython's `tupletraverse` and
    /// `tupledealloc` do (so `gc.get_referents((a, b))` is `[b, a]`, and `b` dies first).
    /// Default: first to last, as `subtype_traverse` and `subtype_dealloc` walk slots.
    const ITEMS_LAST_FIRST: bool = false;

    /// Keep freed blocks of objects with 1 to this many items, [`Object::FREELIST_CAPACITY`]
    /// per count (CPython's tuples: 2000 for each of 1 to 20 items). A kept block is reused
    /// by the next object with the same count, without obmalloc, and like any free-list pop
    /// does not count towards generation 0. Default 0: none.
    const FREELIST_MAX_LEN: usize = 0;

    /// [`Object::can_untrack`] for a variable-size object, which also sees its items (a
    /// tuple can stop being tracked when none of its items can be part of a cycle). Same
    /// rules: no allocation, answer false when unsure. Default: `can_untrack` of the value.
    fn can_untrack_with(&self, items: &[Self::Item]) -> bool {
        let _ = items;
        self.can_untrack()
    }
}
