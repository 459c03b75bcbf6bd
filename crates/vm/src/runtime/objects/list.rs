//! `list`: a growable array. `alloc` mirrors CPython's over-allocation so that `sys.getsizeof`
//! (56 + 8 × allocated) matches.

use std::cell::{Cell, RefCell};

use heap::ObjRef;

/// A list.
pub struct ListObj {
    /// The items.
    pub items: RefCell<Vec<ObjRef>>,
    /// CPython's `allocated`.
    pub alloc: Cell<usize>,
}
heap::impl_object!(ListObj, "list", [items]);

impl ListObj {
    /// A list holding exactly `v` (allocated == len, as `list(...)`/displays do).
    pub fn new(v: Vec<ObjRef>) -> ListObj {
        let n = v.len();
        ListObj {
            items: RefCell::new(v),
            alloc: Cell::new(n),
        }
    }
    /// Account for a resize to `newsize` items (CPython's `list_resize`).
    pub fn resized(&self, newsize: usize) {
        let allocated = self.alloc.get();
        if allocated >= newsize && newsize >= (allocated >> 1) {
            return;
        }
        let mut new_alloc = (newsize + (newsize >> 3) + 6) & !3;
        if newsize - allocated.min(newsize) > new_alloc - newsize {
            new_alloc = (newsize + 3) & !3;
        }
        if newsize == 0 {
            new_alloc = 0;
        }
        self.alloc.set(new_alloc);
    }
    /// Append one item.
    pub fn push(&self, v: ObjRef) {
        let n = {
            let mut items = self.items.borrow_mut();
            items.push(v);
            items.len()
        };
        self.resized(n);
    }
}
