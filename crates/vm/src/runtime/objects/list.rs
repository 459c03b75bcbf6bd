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
impl heap::Object for ListObj {
    const NAME: &'static str = "list";
    /// CPython 3.12 keeps 80 freed lists (`PyList_MAXFREELIST`).
    const FREELIST_CAPACITY: usize = 80;
    const FREELIST_NAME: &'static str = "PyListObject";
    // Inlined into the heap's per-mode traverse thunks, where the visit mode folds away.
    // Last item first, as CPython's list_traverse (the order gc.get_referents reports and
    // the collector meets objects in).
    #[inline(always)]
    fn traverse(&self, visitor: &mut heap::Visitor<'_>) {
        match self.items.try_borrow() {
            Ok(items) => {
                for item in items.iter().rev() {
                    visitor.visit(item);
                }
            }
            Err(_) => visitor.mark_incomplete(),
        }
    }
    fn clear(&self) {
        heap::clear_fields!(self; items);
    }
}

impl Drop for ListObj {
    /// Release the items last to first, as CPython's `list_dealloc` does: the blocks go back
    /// to their pools in that order, so the allocator's free lists (and which pools empty
    /// first) are the ones CPython would have, and a second wave of allocations lands where
    /// the first one did.
    fn drop(&mut self) {
        let items = self.items.get_mut();
        while let Some(item) = items.pop() {
            drop(item);
        }
        spare_arrays::keep(std::mem::take(items));
    }
}

/// Item arrays of dead lists, kept for lists that grow from empty (`[]` then appends, every
/// list comprehension). CPython's lists get their arrays from pymalloc's pools; ours come
/// from the system allocator, whose allocation and release cost about 200 instructions
/// together, so the small arrays of short-lived lists are recycled here instead.
mod spare_arrays {
    use std::cell::RefCell;

    use heap::ObjRef;

    /// At most this many arrays are kept...
    const KEEP: usize = 32;
    /// ...of at most this many items each (CPython's first two allocation sizes).
    const MAX_CAPACITY: usize = 8;

    thread_local! {
        static SPARE: RefCell<Vec<Vec<ObjRef>>> = const { RefCell::new(Vec::new()) };
    }

    /// Keep an emptied array for reuse, if it is small and there is room.
    #[inline]
    pub fn keep(items: Vec<ObjRef>) {
        debug_assert!(items.is_empty());
        if items.capacity() == 0 || items.capacity() > MAX_CAPACITY {
            return;
        }
        let _ = SPARE.try_with(|s| {
            if let Ok(mut s) = s.try_borrow_mut() {
                if s.len() < KEEP {
                    s.push(items);
                }
            }
        });
    }

    /// An empty array with room for a few items: a kept one when there is one.
    #[inline]
    pub fn take() -> Vec<ObjRef> {
        SPARE
            .try_with(|s| s.try_borrow_mut().ok().and_then(|mut s| s.pop()))
            .ok()
            .flatten()
            .unwrap_or_default()
    }
}

/// Release removed items last to first, as CPython's list_clear and list_ass_slice do (so
/// their `__del__`s run in CPython's order).
pub fn release_reversed(mut items: Vec<ObjRef>) {
    while let Some(item) = items.pop() {
        drop(item);
    }
}

/// What CPython's `list_extend` knows about its argument before iterating it, which
/// decides the allocation.
#[derive(Clone, Copy, Debug)]
pub enum ExtendHint {
    /// An exact list or tuple: its length (copied in one go).
    Exact(usize),
    /// Anything else: `PyObject_LengthHint(iterable, 8)` (`len()`, `__length_hint__`, or 8).
    Guess(usize),
}

/// `list_resize(self, newsize)` with `size` items: the new `allocated` (over-allocation
/// pattern 0, 4, 8, 16, 24, 32, 40, 52, 64, 76, ...; none when the new size is closer to
/// that than to the old size).
fn resize_model(allocated: usize, size: usize, newsize: usize) -> usize {
    if allocated >= newsize && newsize >= (allocated >> 1) {
        return allocated;
    }
    if newsize == 0 {
        return 0;
    }
    let over = (newsize + (newsize >> 3) + 6) & !3;
    if newsize.saturating_sub(size) > over - newsize {
        (newsize + 3) & !3
    } else {
        over
    }
}

impl ListObj {
    /// Account for `list_extend` having appended `added` items to the `m` the list held:
    /// a list with no item array yet gets an exact even capacity (`list_preallocate_exact`)
    /// for the hint, others `list_resize` to `m + hint`; items past the guess are appended
    /// one by one (`app1`), and a guess too large is cut back at the end.
    pub fn extended(&self, m: usize, added: usize, hint: ExtendHint) {
        let unallocated = self.alloc.get() == 0 && m == 0;
        let mut alloc = self.alloc.get();
        match hint {
            ExtendHint::Exact(0) => return,
            ExtendHint::Exact(n) => {
                alloc = if unallocated {
                    (n + 1) & !1
                } else {
                    resize_model(alloc, m, m + n)
                };
            }
            ExtendHint::Guess(n) => {
                if unallocated {
                    if n > 0 {
                        alloc = (n + 1) & !1;
                    }
                } else {
                    alloc = resize_model(alloc, m, m + n);
                }
                let end = m + added;
                let mut size = m;
                while size < end {
                    if size < alloc {
                        size = alloc.min(end);
                    } else {
                        alloc = resize_model(alloc, size, size + 1);
                        size += 1;
                    }
                }
                if size < alloc {
                    alloc = resize_model(alloc, size, size);
                }
            }
        }
        self.set_alloc(alloc);
    }

    /// The allocation of a list stringlib's split functions built: `prealloc` slots up
    /// front (`PREALLOC_SIZE`; 0 for splitlines, which only appends), the items past them
    /// appended one by one.
    pub fn set_split_allocation(&self, prealloc: usize) {
        let count = self.items.borrow().len();
        let mut alloc = prealloc;
        let mut size = prealloc.min(count);
        while size < count {
            alloc = resize_model(alloc, size, size + 1);
            size += 1;
        }
        self.set_alloc(alloc);
    }

    /// Record a new allocation of `alloc` item slots (CPython's `ob_item` array after a
    /// `realloc`), and tell `tracemalloc`, which follows the list's size as CPython's does.
    #[inline]
    pub fn set_alloc(&self, alloc: usize) {
        self.alloc.set(alloc);
        if crate::runtime::modules::tracemalloc::tracing() {
            self.report_alloc();
        }
    }

    /// [`ListObj::set_alloc`]'s report, out of line: the eval loop builds lists.
    #[cold]
    #[inline(never)]
    fn report_alloc(&self) {
        // The items may be borrowed for the change that reallocated them: the allocation
        // alone gives the size (it covers them).
        let size = self.sizeof_with_len(0);
        crate::runtime::modules::tracemalloc::resized(heap::object_addr_of(self), size);
    }

    /// CPython's `sys.getsizeof` of this list holding `len` items: the list object (GC
    /// links included) and its item array (`alloc` slots, or `len` where a path left the
    /// model behind).
    pub fn sizeof_with_len(&self, len: usize) -> usize {
        56 + 8 * self.alloc.get().max(len)
    }

    /// A list holding exactly `v` (allocated == len, as `list(...)`/displays do).
    pub fn new(v: Vec<ObjRef>) -> ListObj {
        let n = v.len();
        ListObj {
            items: RefCell::new(v),
            alloc: Cell::new(n),
        }
    }
    /// Account for a resize to `newsize` items (CPython's `list_resize`).
    #[inline]
    pub fn resized(&self, newsize: usize) {
        let allocated = self.alloc.get();
        if allocated >= newsize && newsize >= (allocated >> 1) {
            return;
        }
        self.reallocated(newsize);
    }

    /// `list_resize` past its fast path: the new allocation, CPython's over-allocation
    /// pattern (0, 4, 8, 16, 24, 32, 40, 52, 64, 76, ...).
    #[cold]
    #[inline(never)]
    fn reallocated(&self, newsize: usize) {
        let allocated = self.alloc.get();
        let mut new_alloc = (newsize + (newsize >> 3) + 6) & !3;
        if newsize - allocated.min(newsize) > new_alloc - newsize {
            new_alloc = (newsize + 3) & !3;
        }
        if newsize == 0 {
            new_alloc = 0;
        }
        self.set_alloc(new_alloc);
    }
    /// Append one item (CPython's `app1`: the item, then `list_resize`'s bookkeeping).
    #[inline]
    pub fn push(&self, v: ObjRef) {
        let n = {
            let mut items = self.items.borrow_mut();
            if items.capacity() == 0 {
                *items = spare_arrays::take();
            }
            items.push(v);
            items.len()
        };
        self.resized(n);
    }
}
