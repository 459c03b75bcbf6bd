//! Containers the collector stops tracking: CPython 3.12's `untrack_tuples` and
//! `untrack_dicts` (`Modules/gcmodule.c`), generalised to any type through
//! [`Object::UNTRACK`](crate::Object::UNTRACK) and [`Object::can_untrack`](crate::Object::can_untrack).
//!
//! ```text
//!  collect(g):  deduce_unreachable(young)
//!               untrack walk    types with Untrack::EveryCollection  (tuples), and in full
//!                               collections, after them, Untrack::FullCollections (dicts)
//!               survivors (minus what was untracked) move to the next generation
//! ```
//!
//! A tuple whose items are all untracked atoms can never be part of a cycle, so tracking it
//! only costs collection time; a dict is re-tracked by its owner as soon as something
//! trackable is stored in it. Dicts are only looked at by full collections (issue #14775:
//! untracking them at every collection made dict build-up quadratic). The walk goes in
//! list order and decides dicts after all tuples, so a tuple nested in a tuple created before it (the usual
//! order) is untracked in the same collection, and a dict holding such tuples too.
//!
//! The hooks run guarded, as traverse slots do: a count reaching zero is deferred and
//! allocation, tracking and untracking are refused, so a hook cannot change the list being
//! walked. A hook that panics leaves its object tracked.

use core::panic::AssertUnwindSafe;
use std::panic::catch_unwind;

use crate::gclist::{self, GcPtr};
use crate::header::{obj_of, type_of, ObjPtr};
use crate::state::HeapState;

/// When the collector asks a type's surviving objects whether they can stop being tracked
/// ([`Object::UNTRACK`](crate::Object::UNTRACK)).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Untrack {
    /// Never (most containers: their references can change at any time).
    Never,
    /// After every collection of the generation the object is in (CPython's tuples).
    EveryCollection,
    /// After full collections only (CPython's dicts).
    FullCollections,
}

/// The type-erased [`Object::can_untrack`](crate::Object::can_untrack) of a live object.
pub(crate) type CanUntrack = unsafe fn(ObjPtr) -> bool;

/// Stop tracking the objects of `young` (the survivors of a collection, lists whole) whose
/// type allows it now and whose hook says so. Returns how many were untracked.
///
/// One walk: `EveryCollection` objects are decided on the spot; in full collections the
/// `FullCollections` ones are noted and decided after the walk, so that they see every
/// tuple-like object already untracked (CPython runs `untrack_dicts` after
/// `untrack_tuples`).
///
/// # Safety
/// `young` is a generation list in normal shape; no walk is in progress. The caller runs
/// `process_deferred` afterwards.
pub(crate) unsafe fn untrack_survivors(state: &HeapState, young: GcPtr, full: bool) -> usize {
    if !state.has_untrack_types.get() {
        return 0;
    }
    let mut untracked = 0;
    let mut later: Vec<GcPtr> = Vec::new();
    state.guard.set(state.guard.get() + 1);
    // SAFETY: the list is whole and the guard keeps the hooks from changing it; `next` is
    // read before the current node is unlinked, and the nodes noted in `later` stay in the
    // list (only this function unlinks, and only nodes it decides on).
    unsafe {
        let mut gc = gclist::next(young);
        while gc != young {
            let next = gclist::next(gc);
            let obj = obj_of(gc);
            match type_of(obj).untrack {
                Untrack::Never => {}
                Untrack::EveryCollection => untracked += usize::from(try_untrack(gc, obj)),
                Untrack::FullCollections if full => later.push(gc),
                Untrack::FullCollections => {}
            }
            gc = next;
        }
        for gc in later {
            untracked += usize::from(try_untrack(gc, obj_of(gc)));
        }
    }
    // Counts that reached zero meanwhile are given up by the collector right after.
    state.guard.set(state.guard.get() - 1);
    untracked
}

/// Ask `obj`'s hook and unlink it if it says yes; a panic counts as no.
///
/// # Safety
/// `gc` is the links of the live, tracked `obj`; lists whole, guard held.
unsafe fn try_untrack(gc: GcPtr, obj: ObjPtr) -> bool {
    // SAFETY: forwarded.
    let hook = unsafe { type_of(obj).can_untrack };
    // SAFETY: forwarded: a live object of the hook's type.
    let yes = match catch_unwind(AssertUnwindSafe(|| unsafe { hook(obj) })) {
        Ok(yes) => yes,
        Err(p) => {
            // Dropping the payload can itself panic; keep it from unwinding.
            let _ = catch_unwind(AssertUnwindSafe(move || drop(p)));
            false
        }
    };
    if yes {
        // SAFETY: tracked, in a whole list.
        unsafe { gclist::remove(gc) };
    }
    yes
}
