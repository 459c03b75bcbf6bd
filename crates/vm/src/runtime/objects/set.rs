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
impl SetObj {
    /// Indices of the live entries in the order CPython would iterate them (see
    /// `set_order.rs`).
    pub fn iteration_order(&self) -> Vec<usize> {
        let inner = self.inner.borrow();
        let live: Vec<(usize, i64)> = inner
            .entries
            .iter()
            .enumerate()
            .filter_map(|(i, e)| e.as_ref().map(|e| (i, e.hash)))
            .collect();
        let hashes: Vec<i64> = live.iter().map(|&(_, h)| h).collect();
        super::set_order::cpython_order(&hashes)
            .into_iter()
            .map(|k| live[k].0)
            .collect()
    }

    /// The members in CPython's iteration order.
    pub fn members(&self) -> Vec<heap::ObjRef> {
        let order = self.iteration_order();
        let inner = self.inner.borrow();
        order
            .into_iter()
            .filter_map(|i| inner.entries[i].as_ref().map(|e| e.key.clone()))
            .collect()
    }
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
