//! Bound methods.

use heap::ObjRef;

/// A method bound to `self_`.
pub struct BoundMethod {
    /// The function.
    pub func: ObjRef,
    /// The instance.
    pub self_: ObjRef,
}
heap::impl_object!(BoundMethod, "method", [func, self_]);

/// `super(cls, obj)`.
pub struct SuperObj {
    /// The class whose MRO successor is searched.
    pub cls: heap::Gc<super::TypeObj>,
    /// The bound object (instance or class).
    pub obj: ObjRef,
}
heap::impl_object!(SuperObj, "super", [cls, obj]);
