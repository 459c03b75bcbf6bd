//! `set` and `frozenset` share [`DictInner`] storage (values unused: they hold the key).

use std::cell::RefCell;
use std::rc::Rc;

use super::dict::{clear_storage, trace_storage, DictInner};

/// A set (or frozenset when `frozen`).
pub struct SetObj {
    /// Storage.
    pub inner: RefCell<DictInner>,
    /// frozenset?
    pub frozen: bool,
    /// `iteration_order()` as of storage version `.0` (iterating a big set repeatedly
    /// replays its insertions once).
    pub order_cache: RefCell<Option<(u64, Rc<[usize]>)>>,
}
impl SetObj {
    /// Indices of the live entries in the order CPython would iterate them (see
    /// `set_order.rs`).
    pub fn iteration_order(&self) -> Rc<[usize]> {
        let version = self.inner.borrow().version;
        if let Some((v, order)) = &*self.order_cache.borrow() {
            if *v == version {
                return order.clone();
            }
        }
        let order: Rc<[usize]> = self.compute_order().into();
        *self.order_cache.borrow_mut() = Some((version, order.clone()));
        order
    }

    fn compute_order(&self) -> Vec<usize> {
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
            .iter()
            .filter_map(|&i| inner.entries[i].as_ref().map(|e| e.key.clone()))
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
