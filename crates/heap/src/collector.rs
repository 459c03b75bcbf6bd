//! The cycle collector: CPython 3.12's `gc_collect_main`, step by step.
//!
//! ```text
//!  merge younger generations into `young`            (collect(g) collects 0..=g)
//!  update_refs      gc_refs := refcount, COLLECTING set      \
//!  subtract_refs    traverse: gc_refs -= 1 per internal ref   } deduce_unreachable
//!  move_unreachable gc_refs == 0 -> tentatively unreachable; /  (guarded: no frees,
//!                   reachable objects revive what they reach     no allocations)
//!  survivors        young merged into the next older generation
//!  handle_weakrefs  clear weakrefs to garbage; callbacks only for weakrefs that survive
//!  finalize_garbage tp_finalize once per object (PEP 442)
//!  handle_resurrected_objects  deduce_unreachable again over the garbage; resurrected survive
//!  delete_garbage   tp_clear (or DEBUG_SAVEALL -> garbage list); refcounts free the rest
//! ```
//!
//! During the guarded phases `prev` holds `gc_refs` and the unreachable list is marked in
//! `next`, so nothing may unlink objects: counts reaching zero are deferred and allocation
//! is refused until the lists are whole again. A traverse slot that panics or reports an
//! incomplete visit makes the collection keep everything it was examining.

use core::panic::AssertUnwindSafe;
use std::panic::catch_unwind;

use crate::gclist::{self, GcPtr};
use crate::generations::{CallbackInfo, Phase, DEBUG_COLLECTABLE, DEBUG_SAVEALL, NUM_GENERATIONS};
use crate::handle::ObjRef;
use crate::header::{
    gc_of, header, is_gc, is_immortal_count, obj_of, type_of, ObjPtr, FLAG_FINALIZED,
    FLAG_HAS_WEAKREFS,
};
use crate::refcount::{decref, incref, process_deferred};
use crate::state::HeapState;
use crate::untrack::SurvivorUntrack;
use crate::weakref;
use crate::{Heap, HeapError};

/// `visit_reachable` of `move_unreachable`.
///
/// # Safety
/// `obj` is live; `young` is the list `move_unreachable` is scanning.
#[inline(always)]
pub(crate) unsafe fn visit_reachable(obj: ObjPtr, young: GcPtr) {
    // SAFETY: forwarded; the list shapes are move_unreachable's.
    unsafe {
        if !is_gc(obj) {
            return;
        }
        let gc = gc_of(obj);
        // Objects of other generations, and objects already scanned, are not COLLECTING.
        if !gclist::is_collecting(gc) {
            return;
        }
        if gclist::is_unreachable_marked(gc) {
            // Tentatively unreachable, but reachable after all: move it back to young,
            // unlinking by hand because the unreachable list carries mask bits.
            let prev = gclist::prev(gc);
            let next = gclist::next(gc);
            gclist::copy_next_raw(prev, gc);
            gclist::set_prev(next, prev);
            gclist::append(gc, young);
            gclist::set_refs(gc, 1);
        } else if gclist::get_refs(gc) == 0 {
            // Still ahead in young: just tell move_unreachable it is reachable.
            gclist::set_refs(gc, 1);
        }
    }
}

/// Run a type's `traverse_decref` (subtract_refs) or `traverse_reachable`
/// (move_unreachable) slot, catching panics; a panic or an incomplete visit is recorded in
/// `failure` (the first one wins). `young` is `Some` for the reachable visit.
#[inline(always)]
unsafe fn traverse(obj: ObjPtr, young: Option<GcPtr>, failure: &mut Option<String>) {
    // SAFETY: the caller guarantees `obj` is live.
    let cell = unsafe { type_of(obj) };
    // SAFETY: as above.
    let r = catch_unwind(AssertUnwindSafe(|| unsafe {
        match young {
            None => (cell.traverse_decref)(obj),
            Some(young) => (cell.traverse_reachable)(obj, young),
        }
    }));
    if !matches!(r, Ok(false)) {
        note_failure(failure, obj, r.err());
    }
}

/// Ask the CPU for the cache line of the object after `gc` while we work on `gc`: the
/// generation lists are walked in allocation order, so this hides most of the latency of
/// the dependent load of the next object's header.
#[inline(always)]
fn prefetch(gc: GcPtr) {
    #[cfg(all(target_arch = "x86_64", not(miri)))]
    // SAFETY: a prefetch never faults and does not access memory architecturally.
    unsafe {
        core::arch::x86_64::_mm_prefetch::<{ core::arch::x86_64::_MM_HINT_T0 }>(
            gc.as_ptr()
                .cast::<i8>()
                .wrapping_add(crate::header::GC_HEAD_SIZE),
        );
    }
    #[cfg(not(all(target_arch = "x86_64", not(miri))))]
    let _ = gc;
}

/// Remember the first failure of a traverse slot.
#[cold]
fn note_failure(
    failure: &mut Option<String>,
    obj: ObjPtr,
    panic: Option<Box<dyn core::any::Any + Send>>,
) {
    let msg = match &panic {
        Some(p) => crate::state::panic_message(p),
        None => "incomplete traversal".to_string(),
    };
    let _ = catch_unwind(AssertUnwindSafe(move || drop(panic)));
    if failure.is_none() {
        // SAFETY: `obj` is live (it was just traversed).
        let name = unsafe { type_of(obj).slots.name };
        *failure = Some(format!("in traverse of {name}: {msg}"));
    }
}

/// `update_refs`: gc_refs := refcount for every object of `containers`; immortal objects
/// move to the permanent generation.
unsafe fn update_refs(state: &HeapState, containers: GcPtr) {
    // SAFETY: normal list shape on entry; each node's prev is overwritten only after it has
    // been unlinked-from or left, exactly as gc.c does.
    unsafe {
        let mut gc = gclist::next(containers);
        while gc != containers {
            let next = gclist::next(gc);
            prefetch(next);
            let obj = obj_of(gc);
            let count = header(obj).refcnt.get();
            if is_immortal_count(count) {
                gclist::move_to(gc, state.permanent.list());
            } else {
                gclist::reset_refs(gc, count as usize);
            }
            gc = next;
        }
    }
}

/// `subtract_refs`.
unsafe fn subtract_refs(containers: GcPtr, failure: &mut Option<String>) {
    // SAFETY: `next` links are intact during this phase; traverse cannot unlink (guard).
    unsafe {
        let mut gc = gclist::next(containers);
        while gc != containers {
            let next = gclist::next(gc);
            prefetch(next);
            let obj = obj_of(gc);
            traverse(obj, None, failure);
            gc = gclist::next(gc);
        }
    }
}

/// `move_unreachable`; returns the number of objects left in `young` (all reachable).
unsafe fn move_unreachable(
    young: GcPtr,
    unreachable: GcPtr,
    failure: &mut Option<String>,
    mut untrack: Option<&mut SurvivorUntrack>,
) -> usize {
    let mut reachable = 0;
    // SAFETY: the list surgery of gc.c; user code (traverse) cannot touch the lists (guard).
    unsafe {
        let mut prev = young;
        let mut gc = gclist::next(young);
        while gc != young {
            prefetch(gclist::next(gc));
            if gclist::get_refs(gc) != 0 {
                let obj = obj_of(gc);
                traverse(obj, Some(young), failure);
                // Restore the prev link and clear COLLECTING (its only flag) in one store.
                gclist::set_prev_plain(gc, prev);
                if !untrack.as_mut().is_some_and(|u| u.survivor(prev, gc)) {
                    reachable += 1;
                    prev = gc;
                }
            } else {
                let next = gclist::next(gc);
                gclist::set_next(prev, next);
                let last = gclist::prev(unreachable);
                gclist::set_next_unreachable(last, gc);
                gclist::set_prev(gc, last);
                gclist::set_next_unreachable(gc, unreachable);
                gclist::set_prev_plain(unreachable, gc);
            }
            gc = gclist::next(prev);
        }
        gclist::set_prev_plain(young, prev);
        gclist::clear_unreachable_bit(unreachable);
    }
    reachable
}

/// True when every object of `young` kept a positive `gc_refs` through subtract_refs: each
/// one is referenced from outside the set, so all are reachable, and move_unreachable would
/// traverse every object only to move none. This is the usual young collection (new objects
/// held by an older container), and this read-only pass costs a fraction of those traversals.
unsafe fn all_externally_referenced(young: GcPtr) -> bool {
    // SAFETY: `next` links are intact after subtract_refs; nothing is modified.
    unsafe {
        let mut gc = gclist::next(young);
        while gc != young {
            if gclist::get_refs(gc) == 0 {
                return false;
            }
            gc = gclist::next(gc);
        }
    }
    true
}

/// `move_unreachable` when `all_externally_referenced` holds: its result (everything stays
/// in `young`, in order, with the prev links restored and COLLECTING cleared, the
/// unreachable list empty) without the traversals. Returns the number of objects.
unsafe fn keep_all(young: GcPtr, mut untrack: Option<&mut SurvivorUntrack>) -> usize {
    let mut n = 0;
    // SAFETY: `next` links are intact; each prev is rewritten as move_unreachable would.
    unsafe {
        let mut prev = young;
        let mut gc = gclist::next(young);
        while gc != young {
            gclist::set_prev_plain(gc, prev);
            if !untrack.as_mut().is_some_and(|u| u.survivor(prev, gc)) {
                n += 1;
                prev = gc;
            }
            gc = gclist::next(prev);
        }
        gclist::set_prev_plain(young, prev);
    }
    n
}

/// `clear_unreachable_mask`.
unsafe fn clear_unreachable_mask(unreachable: GcPtr) {
    // SAFETY: the list is whole; only the mask bits are cleared.
    unsafe {
        let mut gc = gclist::next(unreachable);
        while gc != unreachable {
            gclist::clear_unreachable_bit(gc);
            gc = gclist::next(gc);
        }
    }
}

/// What a pass over the unreachable list found.
#[derive(Default)]
struct Scan {
    /// Objects in the list.
    count: usize,
    /// Some object has a finalizer that has not run yet.
    needs_finalizing: bool,
}

/// `deduce_unreachable` (update_refs, subtract_refs, move_unreachable), followed by one pass
/// over `unreachable` that clears the mask bits (gc.c does that in `move_legacy_finalizers`),
/// counts the objects and — when `weakrefs` is given — does the first half of
/// `handle_weakrefs`. Runs guarded and leaves every list in normal shape. On a traverse failure
/// every object stays in `base` (conservatively reachable) and the error is returned.
///
/// Returns (objects left in `base`, scan of `unreachable`).
unsafe fn deduce_unreachable(
    state: &HeapState,
    base: GcPtr,
    unreachable: GcPtr,
    weakrefs: Option<GcPtr>,
    mut untrack: Option<SurvivorUntrack>,
) -> Result<(usize, Scan), String> {
    let mut failure = None;
    let mut scan = Scan::default();
    state.guard.set(state.guard.get() + 1);
    // SAFETY: the guard keeps user code from changing the lists while they are mid-surgery.
    let reachable = unsafe {
        update_refs(state, base);
        subtract_refs(base, &mut failure);
        let mut reachable = if failure.is_none() && all_externally_referenced(base) {
            keep_all(base, untrack.as_mut())
        } else {
            move_unreachable(base, unreachable, &mut failure, untrack.as_mut())
        };
        if failure.is_none() {
            if let Some(u) = untrack {
                // The list is whole again: the survivors decided after the pass.
                reachable -= u.finish();
            }
        }
        if failure.is_some() {
            clear_unreachable_mask(unreachable);
            let moved = gclist::size(unreachable);
            gclist::merge(unreachable, base);
            gclist::clear_collecting_all(base);
            reachable + moved
        } else {
            let mut gc = gclist::next(unreachable);
            while gc != unreachable {
                gclist::clear_unreachable_bit(gc);
                let next = gclist::next(gc);
                prefetch(next);
                let obj = obj_of(gc);
                scan.count += 1;
                let hdr = header(obj);
                if !scan.needs_finalizing
                    && hdr.flags.get() & FLAG_FINALIZED == 0
                    && type_of(obj).finalize.is_some()
                    && (type_of(obj).wants_finalize)(obj)
                {
                    scan.needs_finalizing = true;
                }
                if let Some(wrcb_to_call) = weakrefs {
                    clear_weakrefs_of_garbage(state, obj, wrcb_to_call);
                }
                gc = next;
            }
            reachable
        }
    };
    state.guard.set(state.guard.get() - 1);
    match failure {
        Some(f) => Err(f),
        None => Ok((reachable, scan)),
    }
}

/// First half of `handle_weakrefs`, for one unreachable object: clear the weak references
/// to it (and, if it is a weak reference, its own referent); weak references that have a
/// callback and are not garbage themselves move to `wrcb_to_call`, with a new reference.
///
/// # Safety
/// `obj` is in the unreachable set; `wrcb_to_call` is a list head in normal shape. Runs no
/// user code.
unsafe fn clear_weakrefs_of_garbage(state: &HeapState, obj: ObjPtr, wrcb_to_call: GcPtr) {
    // SAFETY: forwarded; weak reference objects are live, tracked GC objects.
    unsafe {
        if weakref::is_weakref(obj) {
            // A weakref that is garbage itself is cleared, and its callback never runs.
            weakref::as_weakref(obj).detach();
        }
        if header(obj).flags.get() & FLAG_HAS_WEAKREFS != 0 {
            for wr in weakref::take_weakrefs(state, obj) {
                if !weakref::as_weakref(wr).has_callback() {
                    continue;
                }
                let wrgc = gc_of(wr);
                if !gclist::is_tracked(wrgc) {
                    // An untracked weak reference cannot be part of the garbage (the
                    // collector only examines tracked objects), so its callback is due.
                    incref(wr);
                    state.wrcb_untracked.borrow_mut().push(wr);
                    continue;
                }
                if gclist::is_collecting(wrgc) {
                    continue; // the weakref is trash too: no callback
                }
                incref(wr);
                gclist::move_to(wrgc, wrcb_to_call);
            }
        }
    }
}

/// Second half of `handle_weakrefs`: call the callbacks; returns the number of weak
/// references freed right after their callback.
unsafe fn call_weakref_callbacks(state: &HeapState, wrcb_to_call: GcPtr, old: GcPtr) -> usize {
    let mut freed = 0;
    // SAFETY: lists are whole; callbacks may free objects, which unlink themselves.
    unsafe {
        while !gclist::is_empty(wrcb_to_call) {
            let gc = gclist::next(wrcb_to_call);
            let _ = weakref::call_callback_and_release(state, obj_of(gc));
            if gclist::next(wrcb_to_call) == gc {
                gclist::move_to(gc, old);
            } else {
                freed += 1;
            }
        }
        // Then the untracked ones, in the order they were found. One whose only reference
        // is ours dies with it: freed right after its callback, as a tracked one above.
        let untracked = core::mem::take(&mut *state.wrcb_untracked.borrow_mut());
        for wr in untracked {
            if weakref::call_callback_and_release(state, wr) {
                freed += 1;
            }
        }
    }
    freed
}

/// `finalize_garbage`: PEP 442 finalizers, once per object.
unsafe fn finalize_garbage(state: &HeapState, collectable: GcPtr) {
    let seen = HeapState::head(&state.finalize_seen);
    // SAFETY: lists are whole; finalizers may free objects, which unlink themselves.
    unsafe {
        gclist::init(seen);
        while !gclist::is_empty(collectable) {
            let gc = gclist::next(collectable);
            let obj = obj_of(gc);
            gclist::move_to(gc, seen);
            let hdr = header(obj);
            let cell = type_of(obj);
            if hdr.flags.get() & FLAG_FINALIZED == 0 && (cell.wants_finalize)(obj) {
                if let Some(finalize) = cell.finalize {
                    hdr.flags.set(hdr.flags.get() | FLAG_FINALIZED);
                    incref(obj);
                    if let Err(p) = catch_unwind(AssertUnwindSafe(|| finalize(obj))) {
                        state.write_unraisable(
                            &format!("Exception ignored in finalizer of {}", cell.slots.name),
                            p,
                        );
                    }
                    decref(obj);
                }
            }
        }
        gclist::merge(seen, collectable);
    }
}

/// `handle_resurrected_objects`: what is still unreachable goes to `still_unreachable`, the
/// resurrected to `old`. Returns the number still unreachable.
unsafe fn handle_resurrected_objects(
    state: &HeapState,
    unreachable: GcPtr,
    still_unreachable: GcPtr,
    old: GcPtr,
) -> Result<usize, String> {
    // SAFETY: lists are whole on entry and exit.
    unsafe {
        gclist::clear_collecting_all(unreachable);
        gclist::init(still_unreachable);
        let r = deduce_unreachable(state, unreachable, still_unreachable, None, None);
        gclist::merge(unreachable, old);
        r.map(|(_, scan)| scan.count)
    }
}

/// `debug_cycle("collectable", ..)`: show the collectable observer each object of
/// `collectable`, in list order.
fn show_collectable(state: &HeapState, collectable: GcPtr) {
    let Some(observer) = state.collectable_observer.borrow().clone() else {
        return;
    };
    // SAFETY: the list is whole and its objects alive (still counted by the collection's
    // references); the observer only reads them (its contract), so the list does not change
    // while it is walked.
    unsafe {
        let mut gc = gclist::next(collectable);
        while gc != collectable {
            crate::handle::with_borrowed(obj_of(gc), |o| {
                let _ = catch_unwind(AssertUnwindSafe(|| observer(o)));
            });
            gc = gclist::next(gc);
        }
    }
}

/// `delete_garbage`: tp_clear each object (or save it with DEBUG_SAVEALL); what survives goes
/// to `old`.
unsafe fn delete_garbage(state: &HeapState, collectable: GcPtr, old: GcPtr) {
    let save_all = state.debug.get() & DEBUG_SAVEALL != 0;
    // SAFETY: lists are whole; clearing frees objects through their counts only.
    unsafe {
        while !gclist::is_empty(collectable) {
            let gc = gclist::next(collectable);
            let obj = obj_of(gc);
            if save_all {
                let r = ObjRef::new_ref(obj);
                state.garbage.borrow_mut().push(r);
            } else {
                let cell = type_of(obj);
                incref(obj);
                if let Err(p) = catch_unwind(AssertUnwindSafe(|| (cell.clear)(obj))) {
                    state.write_unraisable(
                        &format!("Exception ignored in tp_clear of {}", cell.slots.name),
                        p,
                    );
                }
                decref(obj);
            }
            if gclist::next(collectable) == gc {
                // Still alive: it may die later.
                gclist::clear_collecting(gc);
                gclist::move_to(gc, old);
            }
        }
    }
}

/// Return the blocks kept by the types' free lists to obmalloc (full collections only).
pub(crate) fn clear_freelists(state: &HeapState) {
    let cells: Vec<_> = state.types.borrow().values().copied().collect();
    for c in cells {
        // SAFETY: type cells live as long as the state.
        let cell = unsafe { c.as_ref() };
        for list in cell.freelists() {
            while let Some(block) = list.pop() {
                // SAFETY: kept blocks came from this obmalloc and are unused.
                unsafe { state.obmalloc.free(block) };
            }
        }
    }
}

/// `gc_collect_main`: returns (collected, uncollectable).
fn collect_main(state: &HeapState, generation: usize) -> Result<(usize, usize), HeapError> {
    let gens = &state.generations;
    if generation + 1 < NUM_GENERATIONS {
        let c = &gens[generation + 1].count;
        c.set(c.get() + 1);
    }
    for g in gens.iter().take(generation + 1) {
        g.count.set(0);
    }
    let young = state.gen_list(generation);
    let old = if generation + 1 < NUM_GENERATIONS {
        state.gen_list(generation + 1)
    } else {
        young
    };
    let unreachable = HeapState::head(&state.unreachable);
    let final_unreachable = HeapState::head(&state.final_unreachable);
    let wrcb_to_call = HeapState::head(&state.wrcb_to_call);
    let mut collected = 0;
    let uncollectable = 0; // no legacy (tp_del) finalizers exist here
                           // SAFETY: we are the only collection (the `collecting` flag), and every list operation
                           // below is on heads in the state or on tracked live objects.
    let result = unsafe {
        for i in 0..generation {
            gclist::merge(state.gen_list(i), young);
        }
        gclist::init(unreachable);
        gclist::init(final_unreachable);
        gclist::init(wrcb_to_call);
        // untrack_tuples / untrack_dicts: survivors that need no tracking leave young
        // during deduce_unreachable's last pass, before young is counted and merged.
        let untrack = SurvivorUntrack::new(state, generation == NUM_GENERATIONS - 1);
        let first = deduce_unreachable(state, young, unreachable, Some(wrcb_to_call), untrack);
        let survivors = match &first {
            Ok((n, _)) => *n,
            Err(_) => gclist::size(young),
        };
        if young != old {
            if generation == NUM_GENERATIONS - 2 {
                state
                    .long_lived_pending
                    .set(state.long_lived_pending.get() + survivors);
            }
            gclist::merge(young, old);
        } else {
            state.long_lived_pending.set(0);
            state.long_lived_total.set(survivors);
        }
        process_deferred(state);
        match first {
            Err(e) => Err(HeapError::TraverseFailed(e)),
            Ok((_, scan)) => {
                // Before weakref callbacks and finalizers, as CPython's: objects a
                // finalizer resurrects are named too.
                if state.debug.get() & DEBUG_COLLECTABLE != 0 {
                    show_collectable(state, unreachable);
                }
                collected += call_weakref_callbacks(state, wrcb_to_call, old);
                let second = if scan.needs_finalizing {
                    finalize_garbage(state, unreachable);
                    let r = handle_resurrected_objects(state, unreachable, final_unreachable, old);
                    process_deferred(state);
                    r
                } else {
                    // No finalizer ran, so no user code could reach the garbage: nothing can
                    // have been resurrected and the second reachability pass would find
                    // exactly the same set. (Weakref callbacks only see reachable objects.)
                    gclist::merge(unreachable, final_unreachable);
                    Ok(scan.count)
                };
                let second = second.map(|n| collected += n);
                delete_garbage(state, final_unreachable, old);
                second.map_err(HeapError::TraverseFailed)
            }
        }
    };
    if generation == NUM_GENERATIONS - 1 {
        clear_freelists(state);
    }
    let s = &state.stats[generation];
    let mut st = s.get();
    st.collections += 1;
    st.collected += collected;
    st.uncollectable += uncollectable;
    s.set(st);
    result.map(|()| (collected, uncollectable))
}

fn invoke_callbacks(heap: &Heap, phase: Phase, info: CallbackInfo) {
    let state = heap.state();
    let callbacks: Vec<_> = state
        .callbacks
        .borrow()
        .iter()
        .map(|(_, c)| c.clone())
        .collect();
    for cb in callbacks {
        let Ok(mut f) = cb.try_borrow_mut() else {
            continue;
        };
        if let Err(p) = catch_unwind(AssertUnwindSafe(|| f(heap, phase, &info))) {
            state.write_unraisable("Exception ignored in garbage collector callback", p);
        }
    }
}

/// `gc_collect_with_callback`. The caller has set `collecting`.
pub(crate) fn collect_with_callback(heap: &Heap, generation: usize) -> Result<usize, HeapError> {
    invoke_callbacks(
        heap,
        Phase::Start,
        CallbackInfo {
            generation,
            collected: 0,
            uncollectable: 0,
        },
    );
    let r = collect_main(heap.state(), generation);
    let (collected, uncollectable) = *r.as_ref().unwrap_or(&(0, 0));
    invoke_callbacks(
        heap,
        Phase::Stop,
        CallbackInfo {
            generation,
            collected,
            uncollectable,
        },
    );
    r.map(|(m, n)| m + n)
}

/// `gc_collect_generations`: collect the oldest generation whose count exceeds its threshold.
pub(crate) fn collect_generations(heap: &Heap) -> Result<usize, HeapError> {
    let state = heap.state();
    for i in (0..NUM_GENERATIONS).rev() {
        let g = &state.generations[i];
        if g.over_threshold(g.count.get()) {
            // Full collections only when enough long-lived objects are new (issue #4074).
            if i == NUM_GENERATIONS - 1
                && state.long_lived_pending.get() < state.long_lived_total.get() / 4
            {
                continue;
            }
            return collect_with_callback(heap, i);
        }
    }
    Ok(0)
}
