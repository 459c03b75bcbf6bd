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
//! (`gc_tracking.rs`); freed blocks of 1- to 20-item tuples are kept, 2000 per length, for
//! the next tuple of that length (they do not count towards generation 0, and full
//! collections give them back).

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
    /// `PyTuple_MAXFREELIST`: freed blocks kept per length.
    const FREELIST_CAPACITY: usize = 2000;
    const FREELIST_NAME: &'static str = "PyTupleObject";
}

impl heap::VarObject for TupleObj {
    type Item = ObjRef;
    /// CPython's tupletraverse visits, and tupledealloc releases, the last item first.
    const ITEMS_LAST_FIRST: bool = true;
    /// `PyTuple_MAXSAVESIZE`: tuples of 1 to 20 items have free lists.
    const FREELIST_MAX_LEN: usize = 20;
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
