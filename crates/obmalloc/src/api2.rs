//! [`allocator_api2::alloc::Allocator`] for [`Obmalloc`], so `allocator_api2::vec::Vec`,
//! `hashbrown` and other allocator-aware collections can live in its pools.
//!
//! The trait is implemented for `Obmalloc` (and so, by the blanket impl, for
//! `&Obmalloc`): `Vec::new_in(&allocator)`.

use core::ptr::NonNull;

use allocator_api2::alloc::{AllocError, Allocator, Layout};

use crate::geometry::ALIGNMENT;
use crate::obmalloc::Obmalloc;

// SAFETY: blocks returned are valid for `layout.size()` bytes and aligned to
// `layout.align()` (pool blocks are 16-aligned, larger alignments come from
// posix_memalign); they stay valid until deallocated through the same allocator, or until
// the allocator is dropped — and a collection holding `&Obmalloc` cannot outlive it.
// `deallocate` accepts every block `allocate` returned. Moving the allocator keeps blocks
// valid: they live in arenas and system blocks, never inside the `Obmalloc` value, and its
// state points only there.
unsafe impl Allocator for Obmalloc {
    fn allocate(&self, layout: Layout) -> Result<NonNull<[u8]>, AllocError> {
        let ptr = self
            .alloc_aligned(layout.size(), layout.align())
            .map_err(|_| AllocError)?;
        Ok(NonNull::slice_from_raw_parts(ptr, layout.size()))
    }

    fn allocate_zeroed(&self, layout: Layout) -> Result<NonNull<[u8]>, AllocError> {
        let ptr = if layout.align() <= ALIGNMENT {
            self.calloc(1, layout.size()).map_err(|_| AllocError)?
        } else {
            let ptr = self
                .alloc_aligned(layout.size(), layout.align())
                .map_err(|_| AllocError)?;
            // SAFETY: the block has room for `layout.size()` bytes.
            unsafe { ptr.as_ptr().write_bytes(0, layout.size()) };
            ptr
        };
        Ok(NonNull::slice_from_raw_parts(ptr, layout.size()))
    }

    unsafe fn deallocate(&self, ptr: NonNull<u8>, _layout: Layout) {
        // SAFETY: the trait's contract: `ptr` was allocated by this allocator and is live.
        unsafe { self.free(ptr) }
    }

    unsafe fn grow(
        &self,
        ptr: NonNull<u8>,
        old_layout: Layout,
        new_layout: Layout,
    ) -> Result<NonNull<[u8]>, AllocError> {
        if new_layout.align() > ALIGNMENT || old_layout.align() > ALIGNMENT {
            return grow_by_copy(self, ptr, old_layout, new_layout);
        }
        // SAFETY: `ptr` is a live block of ours (trait contract); realloc keeps the first
        // `old_layout.size()` bytes and leaves the block untouched on error.
        let new = unsafe { self.realloc(ptr, new_layout.size()) }.map_err(|_| AllocError)?;
        Ok(NonNull::slice_from_raw_parts(new, new_layout.size()))
    }

    unsafe fn shrink(
        &self,
        ptr: NonNull<u8>,
        old_layout: Layout,
        new_layout: Layout,
    ) -> Result<NonNull<[u8]>, AllocError> {
        if new_layout.align() > ALIGNMENT || old_layout.align() > ALIGNMENT {
            return grow_by_copy(self, ptr, old_layout, new_layout);
        }
        // SAFETY: as in `grow`; realloc keeps the first `new_layout.size()` bytes.
        let new = unsafe { self.realloc(ptr, new_layout.size()) }.map_err(|_| AllocError)?;
        Ok(NonNull::slice_from_raw_parts(new, new_layout.size()))
    }
}

/// Resize by allocate, copy, free: for over-aligned blocks, which realloc cannot keep
/// aligned.
fn grow_by_copy(
    allocator: &Obmalloc,
    ptr: NonNull<u8>,
    old_layout: Layout,
    new_layout: Layout,
) -> Result<NonNull<[u8]>, AllocError> {
    let new = allocator.allocate(new_layout)?;
    // SAFETY: both blocks are live and distinct; we copy the smaller of the two sizes;
    // then the old block, live and ours by the trait contract, is freed once.
    unsafe {
        core::ptr::copy_nonoverlapping(
            ptr.as_ptr(),
            new.cast::<u8>().as_ptr(),
            old_layout.size().min(new_layout.size()),
        );
        allocator.free(ptr);
    }
    Ok(new)
}
