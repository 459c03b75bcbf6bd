//! Intrusive doubly linked lists of [`GcHead`]s: generations and the collector's work lists.
//!
//! The same operations as gc.c's `gc_list_*`. Links are stored as pointers whose low address
//! bits carry flags (strict provenance: flags are set with `map_addr`, and `gc_refs` replaces
//! the address of `prev` only while `move_unreachable` has not yet restored it).
//!
//! Every function is `unsafe`: the caller guarantees that each pointer is a list head inside
//! the heap state or the links of a live tracked object, and that the lists are in their
//! normal (not mid-collection) shape unless the function says otherwise.

use core::ptr::NonNull;

use crate::header::{GcHead, NEXT_MASK_UNREACHABLE, PREV_MASK, PREV_MASK_COLLECTING, PREV_SHIFT};

/// A pointer to links (of a list head or an object).
pub(crate) type GcPtr = NonNull<GcHead>;

#[inline]
unsafe fn h<'a>(p: GcPtr) -> &'a GcHead {
    // SAFETY: callers of this module guarantee `p` is a list head in the heap state or the
    // links of a live object; both are only mutated through `Cell`s.
    unsafe { p.as_ref() }
}

#[inline]
fn nn(p: *mut GcHead) -> GcPtr {
    debug_assert!(!p.is_null());
    // SAFETY: links read through `next`/`prev` are never null for a tracked object or a
    // list head (module contract).
    unsafe { NonNull::new_unchecked(p) }
}

/// `GC_NEXT`.
#[inline]
pub(crate) unsafe fn next(p: GcPtr) -> GcPtr {
    // SAFETY: forwarded module contract.
    nn(unsafe { h(p) }
        .next
        .get()
        .map_addr(|a| a & !NEXT_MASK_UNREACHABLE))
}

/// `GC_PREV`.
#[inline]
pub(crate) unsafe fn prev(p: GcPtr) -> GcPtr {
    // SAFETY: forwarded module contract.
    nn(unsafe { h(p) }.prev.get().map_addr(|a| a & PREV_MASK))
}

/// `_PyGCHead_SET_NEXT`.
#[inline]
pub(crate) unsafe fn set_next(p: GcPtr, n: GcPtr) {
    // SAFETY: forwarded module contract.
    unsafe { h(p) }.next.set(n.as_ptr());
}

/// `_PyGCHead_SET_PREV`: keeps the flag bits.
#[inline]
pub(crate) unsafe fn set_prev(p: GcPtr, n: GcPtr) {
    // SAFETY: forwarded module contract.
    let g = unsafe { h(p) };
    let flags = g.prev.get().addr() & !PREV_MASK;
    g.prev.set(n.as_ptr().map_addr(|a| a | flags));
}

/// True when the links belong to a tracked object.
#[inline]
pub(crate) unsafe fn is_tracked(p: GcPtr) -> bool {
    // SAFETY: forwarded module contract.
    !unsafe { h(p) }.next.get().is_null()
}

/// `gc_list_init`.
pub(crate) unsafe fn init(list: GcPtr) {
    // SAFETY: forwarded module contract.
    let g = unsafe { h(list) };
    g.next.set(list.as_ptr());
    g.prev.set(list.as_ptr());
}

/// `gc_list_is_empty`.
#[inline]
pub(crate) unsafe fn is_empty(list: GcPtr) -> bool {
    // SAFETY: forwarded module contract.
    unsafe { h(list) }.next.get() == list.as_ptr()
}

/// `gc_list_append`: link `node` (currently unlinked) at the end of `list`.
#[inline]
pub(crate) unsafe fn append(node: GcPtr, list: GcPtr) {
    // SAFETY: forwarded module contract (a list head's prev never carries flags).
    unsafe {
        let last = nn(h(list).prev.get());
        set_prev(node, last);
        set_next(last, node);
        set_next(node, list);
        h(list).prev.set(node.as_ptr());
    }
}

/// `_PyObject_GC_TRACK` of a new object: write the links of `node` (never linked, its
/// memory uninitialised) so that it is the last of `list`, with no flags.
#[inline]
pub(crate) unsafe fn append_new(node: GcPtr, list: GcPtr) {
    // SAFETY: forwarded module contract; `node` points to writable links owned by the
    // caller (a fresh block), which no list refers to yet.
    unsafe {
        let last = nn(h(list).prev.get());
        node.write(GcHead {
            next: core::cell::Cell::new(list.as_ptr()),
            prev: core::cell::Cell::new(last.as_ptr()),
        });
        set_next(last, node);
        h(list).prev.set(node.as_ptr());
    }
}

/// `gc_list_remove` / `_PyObject_GC_UNTRACK`: unlink `node`, leaving it untracked (`next`
/// null) with no flags left in `prev`.
#[inline]
pub(crate) unsafe fn remove(node: GcPtr) {
    // SAFETY: forwarded module contract.
    unsafe {
        let p = prev(node);
        let n = next(node);
        set_next(p, n);
        set_prev(n, p);
        h(node).next.set(core::ptr::null_mut());
        h(node).prev.set(core::ptr::null_mut());
    }
}

/// Untrack `node`, whose predecessor is `prev`, in the middle of a collector pass that
/// rewrites every `prev` link as it goes (`move_unreachable`, `keep_all`): `prev`'s next
/// skips `node`, which is left untracked; the successor's `prev` link (which may hold
/// `gc_refs` now) is left for the pass to rewrite when it reaches it.
#[inline]
pub(crate) unsafe fn unlink_mid_pass(prev: GcPtr, node: GcPtr) {
    // SAFETY: forwarded module contract.
    unsafe {
        set_next(prev, next(node));
        h(node).next.set(core::ptr::null_mut());
        h(node).prev.set(core::ptr::null_mut());
    }
}

/// `gc_list_move`: unlink `node` from its list and append it to `list`.
#[inline]
pub(crate) unsafe fn move_to(node: GcPtr, list: GcPtr) {
    // SAFETY: forwarded module contract.
    unsafe {
        let from_prev = prev(node);
        let from_next = next(node);
        set_next(from_prev, from_next);
        set_prev(from_next, from_prev);
        let to_prev = nn(h(list).prev.get());
        set_prev(node, to_prev);
        set_next(to_prev, node);
        h(list).prev.set(node.as_ptr());
        set_next(node, list);
    }
}

/// `gc_list_merge`: append all of `from` to `to`; `from` becomes empty.
pub(crate) unsafe fn merge(from: GcPtr, to: GcPtr) {
    debug_assert!(from != to);
    // SAFETY: forwarded module contract.
    unsafe {
        if !is_empty(from) {
            let to_tail = prev(to);
            let from_head = next(from);
            let from_tail = prev(from);
            set_next(to_tail, from_head);
            set_prev(from_head, to_tail);
            set_next(from_tail, to);
            set_prev(to, from_tail);
        }
        init(from);
    }
}

/// `gc_list_size`.
pub(crate) unsafe fn size(list: GcPtr) -> usize {
    let mut n = 0;
    // SAFETY: forwarded module contract.
    unsafe {
        let mut g = next(list);
        while g != list {
            n += 1;
            g = next(g);
        }
    }
    n
}

/// `gc_get_refs`.
#[inline]
pub(crate) unsafe fn get_refs(p: GcPtr) -> usize {
    // SAFETY: forwarded module contract.
    unsafe { h(p) }.prev.get().addr() >> PREV_SHIFT
}

/// `gc_set_refs`: keeps the flag bits.
#[inline]
pub(crate) unsafe fn set_refs(p: GcPtr, refs: usize) {
    // SAFETY: forwarded module contract.
    let g = unsafe { h(p) };
    let flags = g.prev.get().addr() & !PREV_MASK;
    g.prev.set(core::ptr::without_provenance_mut(
        flags | (refs << PREV_SHIFT),
    ));
}

/// `gc_reset_refs`: refs and the COLLECTING flag (the prev pointer is overwritten; the list
/// is singly linked until `move_unreachable` restores it).
#[inline]
pub(crate) unsafe fn reset_refs(p: GcPtr, refs: usize) {
    // SAFETY: forwarded module contract.
    unsafe { h(p) }.prev.set(core::ptr::without_provenance_mut(
        PREV_MASK_COLLECTING | (refs << PREV_SHIFT),
    ));
}

/// `visit_decref`'s test and `gc_decref` in one: if `p` is COLLECTING, take one from its
/// `gc_refs`, saturating at zero so that a traverse that reports a reference twice can only
/// make the collector more conservative, never corrupt the flag bits.
///
/// Branch-free (this runs once per reference in every `subtract_refs`): the word is always
/// written back, unchanged unless the object is COLLECTING with `gc_refs > 0`, which is
/// `v > COLLECTING` once COLLECTING is set (bit 0 of `prev` is never set, and outside a
/// collection `prev` is a 4-aligned pointer whose COLLECTING bit is clear).
#[inline(always)]
pub(crate) unsafe fn decref_if_collecting(p: GcPtr) {
    // SAFETY: forwarded module contract.
    let g = unsafe { h(p) };
    let v = g.prev.get();
    let a = v.addr();
    let collecting = (a & PREV_MASK_COLLECTING) >> 1;
    let hit = collecting & usize::from(a > PREV_MASK_COLLECTING);
    g.prev.set(v.map_addr(|a| a - (hit << PREV_SHIFT)));
}

/// `gc_is_collecting`.
#[inline]
pub(crate) unsafe fn is_collecting(p: GcPtr) -> bool {
    // SAFETY: forwarded module contract.
    unsafe { h(p) }.prev.get().addr() & PREV_MASK_COLLECTING != 0
}

/// `gc_clear_collecting`.
#[inline]
pub(crate) unsafe fn clear_collecting(p: GcPtr) {
    // SAFETY: forwarded module contract.
    let g = unsafe { h(p) };
    g.prev
        .set(g.prev.get().map_addr(|a| a & !PREV_MASK_COLLECTING));
}

/// True when `next` carries `NEXT_MASK_UNREACHABLE`.
#[inline]
pub(crate) unsafe fn is_unreachable_marked(p: GcPtr) -> bool {
    // SAFETY: forwarded module contract.
    unsafe { h(p) }.next.get().addr() & NEXT_MASK_UNREACHABLE != 0
}

/// Store `n | NEXT_MASK_UNREACHABLE` in `p.next`.
#[inline]
pub(crate) unsafe fn set_next_unreachable(p: GcPtr, n: GcPtr) {
    // SAFETY: forwarded module contract.
    unsafe { h(p) }
        .next
        .set(n.as_ptr().map_addr(|a| a | NEXT_MASK_UNREACHABLE));
}

/// Copy `from.next` (with its mask bit) into `to.next`.
#[inline]
pub(crate) unsafe fn copy_next_raw(to: GcPtr, from: GcPtr) {
    // SAFETY: forwarded module contract.
    unsafe { h(to).next.set(h(from).next.get()) }
}

/// Clear `NEXT_MASK_UNREACHABLE` from `p.next`.
#[inline]
pub(crate) unsafe fn clear_unreachable_bit(p: GcPtr) {
    // SAFETY: forwarded module contract.
    let g = unsafe { h(p) };
    g.next
        .set(g.next.get().map_addr(|a| a & !NEXT_MASK_UNREACHABLE));
}

/// Store `prev` without flags: for list heads, and for an object whose only flag
/// (COLLECTING, the one flag `prev` ever carries) is to be cleared at the same time.
#[inline]
pub(crate) unsafe fn set_prev_plain(p: GcPtr, n: GcPtr) {
    // SAFETY: forwarded module contract.
    unsafe { h(p) }.prev.set(n.as_ptr());
}

/// `gc_list_clear_collecting`.
pub(crate) unsafe fn clear_collecting_all(list: GcPtr) {
    // SAFETY: forwarded module contract.
    unsafe {
        let mut g = next(list);
        while g != list {
            clear_collecting(g);
            g = next(g);
        }
    }
}
