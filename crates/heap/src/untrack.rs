//! Containers the collector stops tracking: CPython 3.12's `untrack_tuples` and
//! `untrack_dicts` (`Modules/gcmodule.c`), generalised to any type through
//! [`Object::UNTRACK`](crate::Object::UNTRACK) and [`Object::can_untrack`](crate::Object::can_untrack).
//!
//! ```text
//!  collect(g):  deduce_unreachable(young)
//!                 last pass (move_unreachable or keep_all), per survivor as it is confirmed:
//!                               Untrack::EveryCollection types (tuples) decided
//!                 after it:     in full collections, Untrack::FullCollections (dicts)
//!               survivors (minus what was untracked) move to the next generation
//! ```
//!
//! A tuple whose items are all untracked atoms can never be part of a cycle, so tracking it
//! only costs collection time; a dict is re-tracked by its owner as soon as something
//! trackable is stored in it. Dicts are only looked at by full collections (issue #14775:
//! untracking them at every collection made dict build-up quadratic). Survivors are decided
//! in the order of the final list, as CPython's walk after `move_unreachable` goes, and dicts
//! after all tuples, so a tuple nested in a tuple created before it (the usual
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

/// CPython's untrack walk done inside the collector's last pass over the survivors
/// (`move_unreachable`, or `keep_all` when everything survives) instead of in a walk of its
/// own: each survivor is decided as the pass confirms it, which is the order of the final
/// list, so the decisions are the walk's. On a heap of a million live objects the separate
/// walk was 8% of the time of a program that builds it (perf, bench/workloads/ticks.py):
/// one more cache miss per object per collection.
pub(crate) struct SurvivorUntrack {
    full: bool,
    /// `FullCollections` survivors, decided after the pass (`finish`).
    later: Vec<GcPtr>,
}

impl SurvivorUntrack {
    /// The untracking of a collection (`full`: of the oldest generation), or `None` when
    /// no type of the heap can be untracked.
    pub(crate) fn new(state: &HeapState, full: bool) -> Option<Self> {
        state.has_untrack_types.get().then(|| SurvivorUntrack {
            full,
            later: Vec::new(),
        })
    }

    /// The pass has confirmed `gc` as a survivor and made `prev` (the survivor before it)
    /// final. True when `gc` has been untracked and unlinked ([`gclist::unlink_mid_pass`]):
    /// the pass then keeps `prev` as the predecessor of the next survivor.
    ///
    /// # Safety
    /// During the pass: `gc` is live, tracked and in the list right after `prev`, which
    /// is final; the guard is held (hooks cannot change the lists).
    #[inline(always)]
    pub(crate) unsafe fn survivor(&mut self, prev: GcPtr, gc: GcPtr) -> bool {
        // SAFETY: forwarded.
        unsafe {
            let obj = obj_of(gc);
            match type_of(obj).untrack {
                Untrack::Never => false,
                Untrack::EveryCollection => {
                    let yes = ask(obj);
                    if yes {
                        gclist::unlink_mid_pass(prev, gc);
                    }
                    yes
                }
                Untrack::FullCollections => {
                    if self.full {
                        self.later.push(gc);
                    }
                    false
                }
            }
        }
    }

    /// After the pass, the list whole again: decide the `FullCollections` survivors (after
    /// every tuple-like one, as `untrack_dicts` runs after `untrack_tuples`). Returns how
    /// many of them were untracked.
    ///
    /// # Safety
    /// The list the pass walked is whole; the noted objects are still in it; guard held.
    /// The caller runs `process_deferred` afterwards (counts that reached zero meanwhile).
    pub(crate) unsafe fn finish(self) -> usize {
        let mut untracked = 0;
        for gc in self.later {
            // SAFETY: forwarded.
            untracked += usize::from(unsafe { try_untrack(gc, obj_of(gc)) });
        }
        untracked
    }
}

/// Ask `obj`'s hook whether it can stop being tracked; a panic counts as no.
///
/// # Safety
/// `obj` is live and tracked; guard held.
unsafe fn ask(obj: ObjPtr) -> bool {
    // SAFETY: forwarded.
    let hook = unsafe { type_of(obj).can_untrack };
    // SAFETY: forwarded: a live object of the hook's type.
    match catch_unwind(AssertUnwindSafe(|| unsafe { hook(obj) })) {
        Ok(yes) => yes,
        Err(p) => {
            // Dropping the payload can itself panic; keep it from unwinding.
            let _ = catch_unwind(AssertUnwindSafe(move || drop(p)));
            false
        }
    }
}

/// Ask `obj`'s hook and unlink it if it says yes; a panic counts as no.
///
/// # Safety
/// `gc` is the links of the live, tracked `obj`; lists whole, guard held.
unsafe fn try_untrack(gc: GcPtr, obj: ObjPtr) -> bool {
    // SAFETY: forwarded.
    let yes = unsafe { ask(obj) };
    if yes {
        // SAFETY: tracked, in a whole list.
        unsafe { gclist::remove(gc) };
    }
    yes
}
