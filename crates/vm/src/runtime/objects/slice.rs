//! `slice` objects.

use heap::ObjRef;

/// A slice.
pub struct SliceObj {
    /// start, stop, step (None when omitted).
    pub start: ObjRef,
    /// stop.
    pub stop: ObjRef,
    /// step.
    pub step: ObjRef,
}
heap::impl_object!(SliceObj, "slice", [start, stop, step]);
