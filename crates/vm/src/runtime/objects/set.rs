//! `set` and `frozenset` share [`DictInner`] storage (values unused: they hold the key).

use std::cell::RefCell;

use super::dict::{clear_storage, trace_storage, DictInner};

/// A set (or frozenset when `frozen`).
pub struct SetObj {
    /// Storage.
    pub inner: RefCell<DictInner>,
    /// frozenset?
    pub frozen: bool,
}
impl heap::Object for SetObj {
    const NAME: &'static str = "set";
    fn traverse(&self, v: &mut heap::Visitor<'_>) {
        trace_storage(&self.inner, v);
    }
    fn clear(&self) {
        clear_storage(&self.inner);
    }
}
