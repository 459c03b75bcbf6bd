//! Statistics and reports: unraisable errors, object counts, the allocator, and the
//! free-list part of `sys._debugmallocstats()`.

use crate::Heap;

impl Heap {
    /// Errors that could not be raised (panics in finalizers, drops, clear slots, weakref
    /// and gc callbacks), as CPython's "Exception ignored in …" messages; drains the list.
    pub fn take_unraisable(&self) -> Vec<String> {
        core::mem::take(&mut *self.state().unraisable.borrow_mut())
    }

    /// Number of live objects on the heap (any type, tracked or not, immortal included).
    #[inline]
    pub fn object_count(&self) -> usize {
        self.state().live_objects.get()
    }

    /// The allocator under the heap.
    #[inline]
    pub fn allocator(&self) -> &obmalloc::Obmalloc {
        &self.state().obmalloc
    }

    /// The free-list part of `sys._debugmallocstats()`: one line per type with a free list,
    /// `N free <name>s * <size> bytes each = <total>`, and one per item count of a
    /// variable-size type's (`N free 3-sized PyTupleObjects * 48 bytes each = …`).
    pub fn write_freelist_stats(&self, out: &mut dyn core::fmt::Write) -> core::fmt::Result {
        let state = self.state();
        let mut cells: Vec<_> = state.types.borrow().values().copied().collect();
        // SAFETY: type cells live as long as the state.
        cells.sort_by_key(|c| unsafe { c.as_ref() }.freelist.name());
        for c in cells {
            // SAFETY: as above.
            let cell = unsafe { c.as_ref() };
            let fl = &cell.freelist;
            if fl.enabled() {
                let label = format!("free {}", fl.name());
                obmalloc::write_type_stats_line(out, &label, fl.len(), fl.sizeof_block())?;
            }
            for (i, fl) in cell.var_freelists.iter().enumerate() {
                let label = format!("free {}-sized {}", i + 1, fl.name());
                obmalloc::write_type_stats_line(out, &label, fl.len(), fl.sizeof_block())?;
            }
        }
        Ok(())
    }

    /// `sys._debugmallocstats()`: the allocator report, a blank line, then the free lists.
    pub fn write_malloc_stats(&self, out: &mut dyn core::fmt::Write) -> core::fmt::Result {
        self.state().obmalloc.write_report(out)?;
        out.write_str("\n")?;
        self.write_freelist_stats(out)
    }
}
