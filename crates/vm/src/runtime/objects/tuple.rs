//! `tuple`: an immutable array of references (CPython: 24-byte header + 8 per item + GC head).

use heap::ObjRef;

/// A tuple.
pub struct TupleObj(pub Box<[ObjRef]>);

impl Drop for TupleObj {
    /// Release the items last to first, as CPython's tupledealloc does.
    fn drop(&mut self) {
        super::list::release_reversed(std::mem::take(&mut self.0).into_vec());
    }
}
impl heap::Object for TupleObj {
    const NAME: &'static str = "tuple";
    /// `untrack_tuples`: every collection untracks tuples of untracked atoms.
    const UNTRACK: heap::Untrack = heap::Untrack::EveryCollection;
    fn can_untrack(&self) -> bool {
        crate::runtime::gc_tracking::tuple_can_untrack(&self.0)
    }
    // Inlined into the heap's per-mode traverse thunks, where the visit mode folds away.
    // Last item first, as CPython's tupletraverse.
    #[inline(always)]
    fn traverse(&self, v: &mut heap::Visitor<'_>) {
        for item in self.0.iter().rev() {
            v.visit(item);
        }
    }
}
