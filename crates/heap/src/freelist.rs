//! Per-type free lists (CPython keeps 100 floats, 80 lists, 80 dicts, 2000 tuples per size):
//! freed blocks of a type are kept, threaded through their first word, and handed back to
//! the next allocation of the same type without asking obmalloc. Full collections empty them.

use core::cell::Cell;
use core::ptr::NonNull;

/// A bounded stack of free blocks of one size.
pub(crate) struct FreeList {
    name: &'static str,
    capacity: usize,
    sizeof_block: usize,
    head: Cell<Option<NonNull<u8>>>,
    len: Cell<usize>,
}

impl FreeList {
    pub(crate) fn new(name: &'static str, capacity: usize, sizeof_block: usize) -> FreeList {
        FreeList {
            name,
            capacity,
            sizeof_block,
            head: Cell::new(None),
            len: Cell::new(0),
        }
    }

    /// Keep `block` if there is room; give it back otherwise.
    ///
    /// # Safety
    /// `block` must be an unused block of at least 8 bytes, 8-aligned, owned by the caller.
    #[inline]
    pub(crate) unsafe fn push(&self, block: NonNull<u8>) -> Result<(), NonNull<u8>> {
        if self.len.get() >= self.capacity {
            return Err(block);
        }
        // SAFETY: the caller hands over an unused, aligned block large enough for a pointer.
        unsafe { block.cast::<Option<NonNull<u8>>>().write(self.head.get()) };
        self.head.set(Some(block));
        self.len.set(self.len.get() + 1);
        Ok(())
    }

    /// Take a kept block, if any.
    #[inline]
    pub(crate) fn pop(&self) -> Option<NonNull<u8>> {
        let block = self.head.get()?;
        // SAFETY: every block on the list was written by `push` and is owned by the list.
        let next = unsafe { block.cast::<Option<NonNull<u8>>>().read() };
        self.head.set(next);
        self.len.set(self.len.get() - 1);
        Some(block)
    }

    /// Number of kept blocks.
    pub(crate) fn len(&self) -> usize {
        self.len.get()
    }

    /// Whether the type uses a free list at all.
    pub(crate) fn enabled(&self) -> bool {
        self.capacity > 0
    }

    /// Name used in the stats report.
    pub(crate) fn name(&self) -> &'static str {
        self.name
    }

    /// Size reported per block.
    pub(crate) fn sizeof_block(&self) -> usize {
        self.sizeof_block
    }
}
