//! `None`, `NotImplemented` and `Ellipsis`: immortal singletons.

/// The `None` object.
pub struct NoneObj;
impl heap::Object for NoneObj {
    const NAME: &'static str = "NoneType";
    const TRACKED: bool = false;
    const IMMORTAL: bool = true;
}

/// The `NotImplemented` object.
pub struct NotImplObj;
impl heap::Object for NotImplObj {
    const NAME: &'static str = "NotImplementedType";
    const TRACKED: bool = false;
    const IMMORTAL: bool = true;
}

/// The `Ellipsis` object.
pub struct EllipsisObj;
impl heap::Object for EllipsisObj {
    const NAME: &'static str = "ellipsis";
    const TRACKED: bool = false;
    const IMMORTAL: bool = true;
}

/// An instance of `object` itself (`object()`): no attributes, not GC-tracked (as in CPython).
pub struct PlainObj;
impl heap::Object for PlainObj {
    const NAME: &'static str = "object";
    const TRACKED: bool = false;
}
