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
impl heap::Object for SliceObj {
    const NAME: &'static str = "slice";
    const TRACKED: bool = false;
}
