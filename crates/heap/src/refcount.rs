//! Reference counting: increments, decrements and the path taken when a count reaches zero
//! (finalizer once, weak references cleared with their callbacks, the value dropped, the
//! block returned), with CPython's trashcan to keep deallocation of long chains iterative.

use core::panic::AssertUnwindSafe;
use core::ptr::NonNull;
use std::panic::catch_unwind;

use crate::freelist::FreeList;
use crate::gclist;
use crate::header::{
    block_of, gc_of, header, is_immortal_count, type_of, ObjPtr, FLAG_FINALIZED, FLAG_GC,
    FLAG_HAS_WEAKREFS, FLAG_LEAF,
};
use crate::state::HeapState;
use crate::typecell::TypeCell;

/// Nesting of deallocations beyond which further ones are queued (`_PyTrash_UNWIND_LEVEL`).
const TRASHCAN_DEPTH: u32 = 50;

/// `Py_INCREF`: immortal objects (count `u32::MAX`) are left alone; a count that reaches
/// the immortal range stays there (PEP 683's saturation).
///
/// # Safety
/// `obj` must be a live object.
#[inline]
pub(crate) unsafe fn incref(obj: ObjPtr) {
    // SAFETY: the caller guarantees `obj` is live.
    let h = unsafe { header(obj) };
    let new = h.refcnt.get().wrapping_add(1);
    if new != 0 {
        h.refcnt.set(new);
    }
}

/// `Py_DECREF`.
///
/// # Safety
/// `obj` must be a live object and the caller must own the strong reference it gives up.
#[inline]
pub(crate) unsafe fn decref(obj: ObjPtr) {
    // SAFETY: the caller guarantees `obj` is live.
    let h = unsafe { header(obj) };
    let count = h.refcnt.get();
    if is_immortal_count(count) {
        return;
    }
    h.refcnt.set(count - 1);
    if count == 1 {
        // SAFETY: the count just reached zero: no handle is left.
        unsafe { refcount_zero(obj) };
    }
}

/// The count of `obj` reached zero.
///
/// # Safety
/// `obj` must be live with a count of zero, and no handle to it may remain.
#[inline(never)]
pub(crate) unsafe fn refcount_zero(obj: ObjPtr) {
    // Every way out of this function is a tail call or a few stores, so the common leaf
    // path saves no registers: the rare paths live in their own (cold) functions.
    // SAFETY: the object is still allocated; its type cell and heap state outlive it.
    let (hdr, cell) = unsafe { (header(obj), type_of(obj)) };
    let state_ptr = cell.heap.state_ptr();
    // SAFETY: the state is alive while any of its objects is.
    let state = unsafe { state_ptr.as_ref() };
    if state.guard.get() > 0 {
        // SAFETY: forwarded: a live object whose count just reached zero.
        return unsafe { defer_during_walk(state, obj) };
    }
    if hdr.flags.get() & (FLAG_LEAF | FLAG_HAS_WEAKREFS) == FLAG_LEAF {
        // A float, a small int and the like: no links, no finalizer, nothing to drop, no
        // weak references: release the block (to the type's free list first) and be done.
        state.live_objects.set(state.live_objects.get() - 1);
        if state.leaf_slow.get() {
            // SAFETY: forwarded: count zero, untracked, no handle left, no drop needed.
            return unsafe { release_leaf_slow(state_ptr, hdr.ty, obj) };
        }
        // SAFETY: as above: the block is unused now and ours to give away.
        if let Err(block) = unsafe { cell.freelist.push(obj.cast()) } {
            // SAFETY: as above; the free list is full, so obmalloc takes the block.
            unsafe { free_block(state, block) };
        }
        return;
    }
    // SAFETY: forwarded: count zero, no handle left, no walk in progress.
    unsafe { refcount_zero_full(state_ptr, obj) }
}

/// The heap is walking its lists and calling traverse slots: unlinking now would corrupt
/// the walk. Keep the reference and give it up when the walk ends (`process_deferred`).
///
/// # Safety
/// `obj` is a live object of `state` whose count just reached zero.
#[cold]
#[inline(never)]
unsafe fn defer_during_walk(state: &HeapState, obj: ObjPtr) {
    // SAFETY: forwarded; the header is still allocated.
    unsafe { header(obj) }.refcnt.set(1);
    state.deferred.borrow_mut().push(obj);
}

/// Give a block to obmalloc (out of line, so that `refcount_zero` can jump to it).
///
/// # Safety
/// `block` came from this heap's obmalloc and the caller gives it up.
#[inline(never)]
unsafe fn free_block(state: &HeapState, block: NonNull<u8>) {
    // SAFETY: forwarded.
    unsafe { state.obmalloc.free(block) }
}

/// A leaf died while [`HeapState::leaf_slow`] is set: tell the tracer, then release the
/// block — and the state itself when the owner is gone and that was the last object.
///
/// # Safety
/// As the leaf path of [`refcount_zero`]: `obj` is a dead leaf of type `cell` (count zero,
/// untracked, no handle left, no drop needed); `state` is not used after this call.
#[cold]
#[inline(never)]
unsafe fn release_leaf_slow(state_ptr: NonNull<HeapState>, cell: NonNull<TypeCell>, obj: ObjPtr) {
    {
        // SAFETY: the state is alive while any of its objects is (this one still counts
        // until its block is released); the borrow ends before the state may be freed.
        let state = unsafe { state_ptr.as_ref() };
        if state.tracer_on.get() {
            crate::tracer::traced_release(state, obj);
        }
        if state.owner_alive.get() || state.dealloc_depth.get() > 0 {
            // SAFETY: forwarded: an unused block of this type, ours to give away; the type
            // cell lives as long as the state.
            unsafe { release_block(state, &cell.as_ref().freelist, obj.cast()) };
            return;
        }
    }
    // SAFETY: forwarded; the owner is gone and this is the outermost deallocation.
    unsafe { release_last_leaf(state_ptr, cell, obj.cast()) }
}

/// A leaf died after the heap's owner was dropped: release its block, then the state
/// itself if that was the last object.
///
/// The type cell comes as a raw pointer, not a reference: freeing the state frees the cell,
/// and a reference argument would have to outlive the call.
///
/// # Safety
/// As [`release_block`]; outermost deallocation; `state` is not used after this call.
#[cold]
#[inline(never)]
unsafe fn release_last_leaf(
    state_ptr: NonNull<HeapState>,
    cell: NonNull<TypeCell>,
    block: NonNull<u8>,
) {
    // SAFETY: forwarded; the state and the cell are alive until `maybe_free_state`, and the
    // borrows of them end before it.
    unsafe {
        let _ = release_block(state_ptr.as_ref(), &cell.as_ref().freelist, block);
        maybe_free_state(state_ptr);
    }
}

/// Return an object's block to `list` (its type's free list, or the one for its item
/// count: `TypeCell::freelist_of`), or to obmalloc when the list is full. True when the
/// free list kept it.
///
/// # Safety
/// `block` is the block of a dead object whose value is dropped (or needs no drop), of the
/// size `list` keeps; the caller gives it up.
#[inline(always)]
unsafe fn release_block(state: &HeapState, list: &FreeList, block: NonNull<u8>) -> bool {
    // SAFETY: forwarded: an unused block of the size the list keeps, ours to give away.
    unsafe {
        match list.push(block) {
            Ok(()) => true,
            Err(block) => {
                state.obmalloc.free(block);
                false
            }
        }
    }
}

/// The count of an object that is not a bare leaf reached zero: untrack it, then
/// deallocate it now or, past the trashcan depth, queue it.
///
/// # Safety
/// As [`refcount_zero`], and no collection walk is in progress (`guard == 0`).
#[inline(never)]
unsafe fn refcount_zero_full(state_ptr: NonNull<HeapState>, obj: ObjPtr) {
    // SAFETY: the state is alive while any of its objects is.
    let state = unsafe { state_ptr.as_ref() };
    // SAFETY: the object is still allocated.
    if unsafe { header(obj) }.flags.get() & FLAG_GC != 0 {
        // SAFETY: GC objects have links; the lists are in normal shape outside the guard.
        unsafe {
            let gc = gc_of(obj);
            if gclist::is_tracked(gc) {
                gclist::remove(gc);
            }
        }
    }
    let depth = state.dealloc_depth.get();
    if depth >= TRASHCAN_DEPTH {
        state.trash.borrow_mut().push(obj);
        state.trash_queued.set(true);
        return;
    }
    state.dealloc_depth.set(depth + 1);
    // SAFETY: count zero, untracked, owned by us now.
    unsafe { dealloc_object(state, obj) };
    if depth == 0 && state.trash_queued.get() {
        empty_trashcan(state);
    }
    state.dealloc_depth.set(depth);
    if depth == 0 && !state.owner_alive.get() {
        // SAFETY: outermost deallocation; `state` is not used after this point.
        unsafe { maybe_free_state(state_ptr) };
    }
}

/// Free the heap state once its owner is gone and its last object died.
///
/// # Safety
/// No reference into the state may be used after the call by the caller.
pub(crate) unsafe fn maybe_free_state(state_ptr: NonNull<HeapState>) {
    let free = {
        // SAFETY: the state is alive (we are called by one of its operations).
        let s = unsafe { state_ptr.as_ref() };
        !s.owner_alive.get()
            && s.live_objects.get() == 0
            && !s.collecting.get()
            && s.guard.get() == 0
            && s.dealloc_depth.get() == 0
    };
    if free {
        // SAFETY: no object, handle or view is left (views are reached only through objects
        // or the owner), and the caller promises not to touch the state again.
        unsafe { HeapState::free_state(state_ptr) };
    }
}

/// Only the outermost deallocation empties the trashcan (and only it can find anything
/// there: objects are queued at depth `TRASHCAN_DEPTH` only). Out of line: the common
/// deallocation never gets here, and `dealloc_object` is inlined once, into its caller.
#[cold]
#[inline(never)]
fn empty_trashcan(state: &HeapState) {
    loop {
        let next = state.trash.borrow_mut().pop();
        match next {
            // SAFETY: queued objects have a zero count and are untracked.
            Some(o) => unsafe { dealloc_object(state, o) },
            None => break,
        }
    }
    state.trash_queued.set(false);
}

/// PEP 442 on deallocation: resurrect `obj` temporarily, run its finalizer once, and say
/// whether it stayed alive (then it must not be deallocated). Out of line: few objects
/// have a finalizer to run.
///
/// # Safety
/// As [`dealloc_object`]; `obj`'s finalizer has not run and `finalize` is its type's.
#[cold]
#[inline(never)]
unsafe fn finalize_on_dealloc(state: &HeapState, obj: ObjPtr, finalize: unsafe fn(ObjPtr)) -> bool {
    // SAFETY: the object is allocated and its value not yet dropped.
    let (hdr, cell) = unsafe { (header(obj), type_of(obj)) };
    let is_gc = hdr.flags.get() & FLAG_GC != 0;
    hdr.flags.set(hdr.flags.get() | FLAG_FINALIZED);
    hdr.refcnt.set(1);
    if is_gc {
        // SAFETY: untracked GC object; generation lists are in normal shape.
        unsafe { gclist::append(gc_of(obj), state.gen_list(0)) };
    }
    // SAFETY: we own the temporary reference for the duration of the call.
    if let Err(p) = catch_unwind(AssertUnwindSafe(|| unsafe { finalize(obj) })) {
        state.write_unraisable(
            &format!("Exception ignored in finalizer of {}", cell.slots.name),
            p,
        );
    }
    let count = hdr.refcnt.get();
    if is_immortal_count(count) {
        return true;
    }
    if count > 1 {
        hdr.refcnt.set(count - 1);
        return true; // resurrected
    }
    hdr.refcnt.set(0);
    if is_gc {
        // SAFETY: tracked by us above (a finalizer cannot untrack it).
        unsafe {
            let gc = gc_of(obj);
            if gclist::is_tracked(gc) {
                gclist::remove(gc);
            }
        }
    }
    false
}

/// Deallocate one object whose count is zero and which is untracked (`tp_dealloc`).
#[inline(always)]
unsafe fn dealloc_object(state: &HeapState, obj: ObjPtr) {
    // SAFETY: the object is allocated until `free_block` below.
    let (hdr, cell) = unsafe { (header(obj), type_of(obj)) };
    if let Some(finalize) = cell.finalize {
        // SAFETY: the object is allocated, its value not yet dropped, its finalizer not run
        // (FLAG_FINALIZED is tested first), and `finalize` is its type's.
        let resurrected = hdr.flags.get() & FLAG_FINALIZED == 0
            && unsafe { (cell.wants_finalize)(obj) && finalize_on_dealloc(state, obj, finalize) };
        if resurrected {
            return;
        }
    }
    let is_gc = hdr.flags.get() & FLAG_GC != 0;
    if hdr.flags.get() & FLAG_HAS_WEAKREFS != 0 {
        // SAFETY: the object is dying; its weak references are cleared before its value goes.
        unsafe { crate::weakref::clear_weakrefs_of(state, obj) };
    }
    // Told before the value goes, so that a tracer never reads a half-dropped object
    // (code a drop runs, a `__del__` of an item, may ask the tracer to measure again).
    if state.tracer_on.get() {
        crate::tracer::traced_release(state, obj);
    }
    // SAFETY: count zero, no handle left: drop the value exactly once.
    if let Err(p) = catch_unwind(AssertUnwindSafe(|| unsafe { (cell.drop_value)(obj) })) {
        state.write_unraisable(
            &format!("Exception ignored in drop of {}", cell.slots.name),
            p,
        );
    }
    // SAFETY: the value is dropped; the block is ours to release.
    let kept = unsafe { release_block(state, cell.freelist_of(hdr), block_of(obj)) };
    state.live_objects.set(state.live_objects.get() - 1);
    // `PyObject_GC_Del` uncounts; a block the free list keeps never reaches it in CPython.
    if is_gc && !kept {
        let g0 = &state.generations[0].count;
        g0.set(g0.get().saturating_sub(1));
    }
}

/// Give up the references whose drop was deferred while the heap was walking its lists.
pub(crate) fn process_deferred(state: &HeapState) {
    if state.guard.get() > 0 {
        return;
    }
    loop {
        let next = state.deferred.borrow_mut().pop();
        match next {
            // SAFETY: each entry owns one strong reference to a live object.
            Some(o) => unsafe { decref(o) },
            None => break,
        }
    }
}
