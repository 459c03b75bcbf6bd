//! `tuple`: an immutable array of references, as CPython 3.12 lays it out: one block holding
//! the GC links, the header, one word and the items (`sys.getsizeof` 40 + 8 per item, in
//! the same obmalloc size class as CPython's).
//!
//! ```text
//!   [ GC links 16 ][ refcnt, flags+count | type 16 ][ ob_size 8 ][ item 0 ][ item 1 ]…
//! ```
//!
//! The items are the heap object's variable-size items ([`heap::VarObject`]): build tuples
//! with [`Vm::new_tuple`](crate::runtime::Vm::new_tuple) and its siblings (no items: the
//! immortal empty-tuple singleton), read them with [`tuple_items`] (a `Gc<TupleObj>`, or an
//! `ObjRef` through `downcast_ref`, is needed: the items live after the value, not in it).
//!
//! As CPython's: items are visited by the collector and released last to first; tuples are
//! tracked at birth and untracked by a collection once no item can be tracked
//! (`gc_tracking.rs`).
//!
//! Not yet as CPython's: the free lists of 1- to 20-item tuples (2000 blocks per length,
//! reused without counting towards generation 0, given back by full collections). The heap
//! has them ([`heap::VarObject::FREELIST_MAX_LEN`]), but with them the blocks a full
//! collection gives back shift the seed notebook's second wave of `Small`s by one block,
//! and `waves_land_in_identical_buckets` (crates/cli/tests/seed_notebook.rs) holds pymem
//! to identical waves.

use heap::{Gc, ObjRef};

/// A tuple's value; its items follow it in the same block.
pub struct TupleObj {
    /// CPython's `ob_size`. The heap keeps the item count in the header, so this word only
    /// gives the block CPython's size (40 + 8n bytes: the same size class, and
    /// `sys.getsizeof` telling the truth).
    ob_size: usize,
}

impl TupleObj {
    /// The value of a tuple of `len` items.
    pub fn new(len: usize) -> TupleObj {
        TupleObj { ob_size: len }
    }

    /// CPython's `ob_size` (the item count).
    pub fn ob_size(&self) -> usize {
        self.ob_size
    }
}

/// The items of a tuple.
#[inline(always)]
pub fn tuple_items(t: &Gc<TupleObj>) -> &[ObjRef] {
    Gc::items(t)
}

impl heap::Object for TupleObj {
    const NAME: &'static str = "tuple";
    /// `untrack_tuples`: every collection untracks tuples of untracked atoms.
    const UNTRACK: heap::Untrack = heap::Untrack::EveryCollection;
    /// `PyTuple_MAXFREELIST`: freed blocks kept per length (once `FREELIST_MAX_LEN` is 20).
    const FREELIST_CAPACITY: usize = 2000;
    const FREELIST_NAME: &'static str = "PyTupleObject";
}

impl heap::VarObject for TupleObj {
    type Item = ObjRef;
    /// CPython's tupletraverse visits, and tupledealloc releases, the last item first.
    const ITEMS_LAST_FIRST: bool = true;
    /// CPython's `PyTuple_MAXSAVESIZE` is 20; 0 keeps no free lists (see the module doc).
    const FREELIST_MAX_LEN: usize = 0;
    fn can_untrack_with(&self, items: &[ObjRef]) -> bool {
        crate::runtime::gc_tracking::tuple_can_untrack(items)
    }
}

/// Items whose number their maker knows although the iterator does not (two tuples
/// chained, one repeated): what [`Vm::new_tuple`](crate::runtime::Vm::new_tuple) writes
/// into a tuple's block with no temporary vector. The heap takes at most `len` items and
/// publishes only those it got, so a wrong count could shorten a tuple, never corrupt one.
pub struct Counted<I> {
    items: I,
    left: usize,
}

impl<I: Iterator<Item = ObjRef>> Counted<I> {
    /// `len` items from `items`.
    pub fn new(len: usize, items: I) -> Counted<I> {
        Counted { items, left: len }
    }
}

impl<I: Iterator<Item = ObjRef>> Iterator for Counted<I> {
    type Item = ObjRef;
    #[inline]
    fn next(&mut self) -> Option<ObjRef> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        self.items.next()
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

impl<I: Iterator<Item = ObjRef>> ExactSizeIterator for Counted<I> {}
