//! `set` and `frozenset` share [`DictInner`] storage (values unused: they hold the key).

use std::cell::RefCell;
use std::rc::Rc;

use hashbrown::HashMap;

use super::dict::{clear_storage, trace_storage, DictInner};
use super::set_order::Layout;

/// A set (or frozenset when `frozen`).
pub struct SetObj {
    /// Storage.
    pub inner: RefCell<DictInner>,
    /// frozenset?
    pub frozen: bool,
    /// `iteration_order()` as of storage version `.0` (iterating a big set repeatedly
    /// replays its insertions once).
    pub order_cache: RefCell<Option<(u64, Rc<[usize]>)>>,
    /// The model of CPython's table for this set (`set_order.rs`), brought up to date
    /// when the order is needed; members are identified by their keys' addresses.
    /// Dropped for big sets, whose order is replayed from insertions instead.
    pub layout: RefCell<Option<Layout>>,
}

/// Past this many members a set keeps no layout (it would cost ~40 bytes per slot for
/// the set's lifetime); its order is replayed from its insertions when needed.
const LAYOUT_LIMIT: usize = 4096;

/// Up to this size a removal first brings the layout up to date (see `sync_before_removal`).
const REMOVAL_SYNC_LIMIT: usize = 1024;
impl SetObj {
    /// A set (or frozenset) with this storage and no layout yet.
    pub fn new(inner: DictInner, frozen: bool) -> SetObj {
        SetObj {
            inner: RefCell::new(inner),
            frozen,
            order_cache: RefCell::new(None),
            layout: RefCell::new(None),
        }
    }

    /// The layout, up to date with the members (None for a big set).
    pub fn synced_layout(&self) -> Option<Layout> {
        self.iteration_order();
        self.layout.borrow().clone()
    }

    /// Give the set the table CPython's bulk operation would have built (`set_order.rs`).
    pub fn set_layout(&self, layout: Layout) {
        *self.layout.borrow_mut() = Some(layout);
        *self.order_cache.borrow_mut() = None;
    }

    /// Bring the layout up to date before a member is removed, so that members added since
    /// the last look take their slots first (small sets only: this costs a pass).
    pub fn sync_before_removal(&self) {
        if self.inner.borrow().used <= REMOVAL_SYNC_LIMIT {
            self.iteration_order();
        }
    }

    /// The table after `self OP= other` (`self` already holds the result's members):
    /// `&=` swaps in the intersection's table; `|=`, `-=`, `^=` work on the set's own
    /// table (`before`), adding `other`'s new members in its table order and leaving
    /// dummies where members went.
    pub fn relayout_in_place(
        &self,
        before: Option<Layout>,
        result: Option<Layout>,
        other: &SetObj,
        op: crate::ir::BinOp,
    ) {
        use crate::ir::BinOp;
        if op == BinOp::BitAnd {
            match result {
                Some(result) => self.set_layout(result),
                None => self.reset_layout(),
            }
            return;
        }
        let Some(mut l) = before else {
            self.reset_layout();
            return;
        };
        let now: HashMap<usize, i64> = self
            .inner
            .borrow()
            .iter()
            .map(|e| (e.key.addr(), e.hash))
            .collect();
        let mut gone: Vec<(usize, i64)> = l
            .ids()
            .filter(|id| !now.contains_key(id))
            .map(|id| (id, l.hash_of(id)))
            .collect();
        if op != BinOp::BitXor {
            for &(id, _) in &gone {
                l.remove(id);
            }
            gone.clear();
        }
        if op == BinOp::BitOr {
            if l.is_pristine() {
                // set_merge into an empty table: `other`'s, copied.
                if let Some(ol) = other.synced_layout() {
                    l.merge(&ol);
                    self.set_layout(l);
                    return;
                }
            }
            l.reserve_for_merge(other.inner.borrow().used);
        }
        let other_order: Vec<(usize, i64)> = {
            let order = other.iteration_order();
            let inner = other.inner.borrow();
            order
                .iter()
                .filter_map(|&i| inner.entries[i].as_ref().map(|e| (e.key.addr(), e.hash)))
                .collect()
        };
        // `^=` toggles `other`'s members in its table order, so a removal's dummy can be
        // reused by a later addition: the member of the set that an equal key of `other`
        // removed is found by its hash.
        for (id, h) in other_order {
            if now.contains_key(&id) && !l.contains(id) {
                l.add(id, h);
            } else if let Some(k) = gone.iter().position(|&(_, gh)| gh == h) {
                l.remove(gone.swap_remove(k).0);
            }
        }
        for (id, _) in gone {
            l.remove(id);
        }
        if op == BinOp::Sub {
            l.drop_dummies_if_many();
        }
        self.set_layout(l);
    }

    /// After a difference update: rebuild the table if dummies fill more than a quarter.
    pub fn drop_dummies_if_many(&self) {
        self.iteration_order();
        if let Some(l) = self.layout.borrow_mut().as_mut() {
            l.drop_dummies_if_many();
        }
        *self.order_cache.borrow_mut() = None;
    }

    /// The slots of CPython's table for this set, from the layout (None for a big set,
    /// which keeps none).
    pub fn table_size(&self) -> Option<usize> {
        self.iteration_order();
        self.layout.borrow().as_ref().map(Layout::table_size)
    }

    /// `set.clear()`: CPython starts over with a fresh table.
    pub fn reset_layout(&self) {
        *self.layout.borrow_mut() = None;
        *self.order_cache.borrow_mut() = None;
    }

    /// The entry `set.pop()` removes: the first member from CPython's finger on.
    pub fn pop_index(&self) -> Option<usize> {
        let order = self.iteration_order();
        let mut layout = self.layout.borrow_mut();
        let Some(l) = layout.as_mut() else {
            return order.first().copied();
        };
        let id = l.pop_candidate()?;
        let inner = self.inner.borrow();
        inner
            .entries
            .iter()
            .position(|e| e.as_ref().is_some_and(|e| e.key.addr() == id))
    }
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
        if live.len() <= LAYOUT_LIMIT {
            let mut guard = self.layout.borrow_mut();
            let l = guard.get_or_insert_with(Layout::new);
            let addr = |i: usize| inner.entries[i].as_ref().map_or(0, |e| e.key.addr());
            let by_id: HashMap<usize, usize> = live.iter().map(|&(i, _)| (addr(i), i)).collect();
            // Members gone since the last look leave dummies; new ones go in after.
            let gone: Vec<usize> = l.ids().filter(|id| !by_id.contains_key(id)).collect();
            for id in gone {
                l.remove(id);
            }
            for &(i, h) in &live {
                l.add(addr(i), h);
            }
            return l
                .order()
                .iter()
                .filter_map(|id| by_id.get(id).copied())
                .collect();
        }
        *self.layout.borrow_mut() = None;
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
