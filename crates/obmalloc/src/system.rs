//! The system allocator fallback: requests of 0 bytes, over 512 bytes, or made when no
//! arena could be mapped go to `malloc` (as CPython's `PyMem_RawMalloc`). We record each
//! live block and its size, so the statistics are exact, a checked free can tell our large
//! blocks from foreign pointers, and dropping the allocator frees what is left.

use core::ptr::NonNull;

use hashbrown::HashMap;

use crate::error::AllocError;

/// Live system blocks and counters.
#[derive(Default)]
pub(crate) struct SystemBlocks {
    /// Address → (pointer, requested size) of every live block we obtained from the system.
    live: HashMap<usize, (NonNull<u8>, usize)>,
    pub(crate) live_bytes: usize,
    pub(crate) allocations_total: usize,
}

impl SystemBlocks {
    fn record(&mut self, ptr: *mut u8, size: usize) -> Result<NonNull<u8>, AllocError> {
        let ptr = NonNull::new(ptr).ok_or(AllocError::OutOfMemory { size })?;
        self.live.insert(ptr.as_ptr().addr(), (ptr, size));
        self.live_bytes += size;
        self.allocations_total += 1;
        Ok(ptr)
    }

    fn forget(&mut self, ptr: *mut u8) {
        if let Some((_, size)) = self.live.remove(&ptr.addr()) {
            self.live_bytes -= size;
        }
    }

    /// `malloc(size)`; a request of 0 bytes gets a 1-byte block, as in CPython.
    pub(crate) fn malloc(&mut self, size: usize) -> Result<NonNull<u8>, AllocError> {
        // SAFETY: malloc has no preconditions; a null result is handled by `record`.
        let ptr = unsafe { libc::malloc(size.max(1)) };
        self.record(ptr.cast(), size)
    }

    /// `calloc(nelem, elsize)` (the caller has checked the product does not overflow).
    pub(crate) fn calloc(
        &mut self,
        nelem: usize,
        elsize: usize,
    ) -> Result<NonNull<u8>, AllocError> {
        let size = nelem * elsize;
        // An empty request gets a 1-byte block, as in CPython (not `calloc(1, elsize)`,
        // which for `calloc(0, huge)` would ask for `huge` bytes).
        let (nelem, elsize) = if size == 0 { (1, 1) } else { (nelem, elsize) };
        // SAFETY: calloc has no preconditions; a null result is handled by `record`.
        let ptr = unsafe { libc::calloc(nelem, elsize) };
        self.record(ptr.cast(), size)
    }

    /// A block of `size` bytes aligned to `align` (a power of two above 16).
    pub(crate) fn aligned(&mut self, size: usize, align: usize) -> Result<NonNull<u8>, AllocError> {
        let mut out = core::ptr::null_mut();
        // SAFETY: `align` is a power of two and a multiple of the pointer size;
        // posix_memalign writes `out` only on success.
        let rc = unsafe { libc::posix_memalign(&mut out, align, size.max(1)) };
        if rc != 0 {
            return Err(AllocError::OutOfMemory { size });
        }
        self.record(out.cast(), size)
    }

    /// `realloc(ptr, size)`.
    ///
    /// # Safety
    ///
    /// `ptr` came from the system allocator (from us or anyone) and is live.
    pub(crate) unsafe fn realloc(
        &mut self,
        ptr: NonNull<u8>,
        size: usize,
    ) -> Result<NonNull<u8>, AllocError> {
        // SAFETY: guaranteed by the caller; on failure the old block is untouched.
        let new = unsafe { libc::realloc(ptr.as_ptr().cast(), size.max(1)) };
        let new = NonNull::new(new.cast::<u8>()).ok_or(AllocError::OutOfMemory { size })?;
        let old_addr = ptr.as_ptr().addr();
        let old_size = if new == ptr {
            // Resized in place: update the record where it is.
            match self.live.get_mut(&old_addr) {
                Some(entry) => core::mem::replace(&mut entry.1, size),
                None => {
                    // A foreign system block: from now on it is one of ours.
                    self.live.insert(old_addr, (new, size));
                    0
                }
            }
        } else {
            let old = self.live.remove(&old_addr).map_or(0, |(_, s)| s);
            self.live.insert(new.as_ptr().addr(), (new, size));
            old
        };
        self.live_bytes = self.live_bytes - old_size + size;
        Ok(new)
    }

    /// `free(ptr)`.
    ///
    /// # Safety
    ///
    /// `ptr` came from the system allocator (from us or anyone) and is live.
    pub(crate) unsafe fn free(&mut self, ptr: NonNull<u8>) {
        self.forget(ptr.as_ptr());
        // SAFETY: guaranteed by the caller.
        unsafe { libc::free(ptr.as_ptr().cast()) }
    }

    /// The requested size of our live system block at `addr`.
    pub(crate) fn size_of(&self, addr: usize) -> Option<usize> {
        self.live.get(&addr).map(|&(_, size)| size)
    }

    /// Number of live system blocks we obtained.
    pub(crate) fn live_blocks(&self) -> usize {
        self.live.len()
    }

    /// Frees every block still live (on drop of the allocator).
    pub(crate) fn free_all(&mut self) {
        for (_, (ptr, _)) in self.live.drain() {
            // SAFETY: every recorded pointer is a live block from malloc/calloc/realloc/
            // posix_memalign that the allocator's user can no longer use (it is dropped).
            unsafe { libc::free(ptr.as_ptr().cast()) }
        }
        self.live_bytes = 0;
    }
}
