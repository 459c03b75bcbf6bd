//! Where arenas come from: the operating system (mmap), or the Rust global allocator.
//!
//! CPython obtains each arena with `mmap` and returns it with `munmap`, so a freed arena
//! really leaves the process. [`MmapArenas`] does the same. [`HeapArenas`] takes arenas
//! from the global allocator instead; Miri runs on it (it is the default under `cfg(miri)`),
//! and tests use custom sources to inject failures or misalignment.

use core::ptr::NonNull;
use std::alloc::{self, Layout};

/// A supplier of arena-sized chunks of memory.
///
/// # Safety
///
/// `alloc_arena(size)` must return memory that is valid for reads and writes of `size`
/// bytes, aligned to at least 16 bytes, not otherwise in use, until it is passed back to
/// `free_arena` with the same `size`.
pub unsafe trait ArenaSource {
    /// A new arena of `size` bytes, or `None` when the system refuses.
    fn alloc_arena(&mut self, size: usize) -> Option<NonNull<u8>>;

    /// Returns an arena to its source.
    ///
    /// # Safety
    ///
    /// `arena` came from `alloc_arena(size)` on this source and is not used afterwards.
    unsafe fn free_arena(&mut self, arena: NonNull<u8>, size: usize);
}

/// Arenas mapped straight from the operating system with `mmap`, as CPython does.
///
/// By default a freed arena is unmapped at once, as in CPython. Two caches can keep freed
/// arenas mapped for reuse instead, which is what makes batch workloads (allocate a
/// million objects, free them, repeat) cheap:
/// - a *hot* cache of up to `hot` arenas kept as they are: reusing one costs nothing, but
///   its pages stay resident;
/// - a *lazy-free* cache of up to `lazy` arenas handed back with `madvise(MADV_FREE)`: the
///   kernel takes their pages when it needs memory, and until then reusing the arena costs
///   no `mmap` call and no page faults.
///
/// A growing heap can also have its new arenas *prefaulted* (`MAP_POPULATE`): once
/// `prefault_after` arenas are in use, each new mapping comes with its pages already in
/// place, one system call instead of 256 page faults per 1 MiB arena. An arena is only
/// mapped when every other one is full, so a heap that has already filled that many will
/// most likely fill this one too; small programs never reach the threshold and keep
/// CPython's touch-as-you-go resident size.
#[derive(Debug)]
pub struct MmapArenas {
    hot_capacity: usize,
    lazy_capacity: usize,
    hot: Vec<(NonNull<u8>, usize)>,
    lazy: Vec<(NonNull<u8>, usize)>,
    /// Arenas handed out and not yet given back.
    in_use: usize,
    /// Prefault new mappings once `in_use` reaches this (`usize::MAX`: never).
    prefault_after: usize,
}

impl Default for MmapArenas {
    fn default() -> Self {
        Self::new()
    }
}

impl MmapArenas {
    /// Unmaps every freed arena at once (CPython's behaviour).
    pub const fn new() -> Self {
        MmapArenas {
            hot_capacity: 0,
            lazy_capacity: 0,
            hot: Vec::new(),
            lazy: Vec::new(),
            in_use: 0,
            prefault_after: usize::MAX,
        }
    }

    /// Keeps up to `arenas` freed arenas mapped but lazily freed (`MADV_FREE`) for reuse.
    pub fn with_lazy_free_cache(arenas: usize) -> Self {
        Self::with_caches(0, arenas)
    }

    /// Keeps up to `hot` freed arenas as they are and up to `lazy` more lazily freed.
    pub fn with_caches(hot: usize, lazy: usize) -> Self {
        MmapArenas {
            hot_capacity: hot,
            lazy_capacity: lazy,
            hot: Vec::with_capacity(hot),
            lazy: Vec::with_capacity(lazy),
            in_use: 0,
            prefault_after: usize::MAX,
        }
    }

    /// Prefault (`MAP_POPULATE`) the arenas mapped once `arenas` are in use; `usize::MAX`
    /// never does.
    pub fn prefault_after(mut self, arenas: usize) -> Self {
        self.prefault_after = arenas;
        self
    }

    /// Arenas handed out and not given back.
    pub fn in_use(&self) -> usize {
        self.in_use
    }

    /// Arenas currently held in the caches, (hot, lazily freed).
    pub fn cached(&self) -> (usize, usize) {
        (self.hot.len(), self.lazy.len())
    }

    fn unmap(arena: NonNull<u8>, size: usize) {
        // SAFETY: callers pass a mapping of `size` bytes made by `alloc_arena` that nobody
        // uses any more.
        let rc = unsafe { libc::munmap(arena.as_ptr().cast(), size) };
        debug_assert_eq!(rc, 0, "munmap of an arena failed");
    }
}

impl Drop for MmapArenas {
    fn drop(&mut self) {
        for (arena, size) in self.hot.drain(..).chain(self.lazy.drain(..)) {
            Self::unmap(arena, size);
        }
    }
}

// SAFETY: an anonymous private mapping of `size` bytes is readable, writable, page aligned
// (so 16-byte aligned) and ours alone until we unmap it; a cached arena is one the
// allocator gave back, so nobody else uses it, and MADV_FREE keeps it readable and
// writable (its contents may read as zero afterwards, which the allocator does not rely on).
unsafe impl ArenaSource for MmapArenas {
    fn alloc_arena(&mut self, size: usize) -> Option<NonNull<u8>> {
        for cache in [&mut self.hot, &mut self.lazy] {
            if let Some(i) = cache.iter().rposition(|&(_, s)| s == size) {
                self.in_use += 1;
                return Some(cache.swap_remove(i).0);
            }
        }
        let mut flags = libc::MAP_PRIVATE | libc::MAP_ANONYMOUS;
        if self.in_use >= self.prefault_after {
            // Best effort: the kernel maps what it can and faults the rest in later.
            flags |= libc::MAP_POPULATE;
        }
        // SAFETY: mmap with a null hint and MAP_ANONYMOUS has no memory-safety
        // preconditions; failure is reported as MAP_FAILED, which we check.
        let ptr = unsafe {
            libc::mmap(
                core::ptr::null_mut(),
                size,
                libc::PROT_READ | libc::PROT_WRITE,
                flags,
                -1,
                0,
            )
        };
        if ptr == libc::MAP_FAILED {
            return None;
        }
        let arena = NonNull::new(ptr.cast::<u8>())?;
        self.in_use += 1;
        Some(arena)
    }

    unsafe fn free_arena(&mut self, arena: NonNull<u8>, size: usize) {
        self.in_use = self.in_use.saturating_sub(1);
        if self.hot.len() < self.hot_capacity {
            self.hot.push((arena, size));
            return;
        }
        if self.lazy.len() < self.lazy_capacity {
            // SAFETY: the caller guarantees `arena` is our mapping of `size` bytes and no
            // longer used; MADV_FREE only lets the kernel drop its pages.
            let rc = unsafe { libc::madvise(arena.as_ptr().cast(), size, libc::MADV_FREE) };
            if rc == 0 {
                self.lazy.push((arena, size));
                return;
            }
        }
        Self::unmap(arena, size);
    }
}

/// Arenas taken from Rust's global allocator, aligned to `align` bytes (4096 by default,
/// like an mmap'd page), and zeroed like an mmap'd page, so that every byte of an arena is
/// initialised and [`Obmalloc::read_bytes`](crate::Obmalloc::read_bytes) may read any of
/// them (under Miri too).
#[derive(Debug, Clone, Copy)]
pub struct HeapArenas {
    align: usize,
}

impl HeapArenas {
    /// A source of page-aligned (4096-byte) arenas.
    pub const fn new() -> Self {
        HeapArenas { align: 4096 }
    }

    /// A source of arenas aligned to `align` bytes (a power of two, at least 16), e.g. to
    /// make every arena start on a pool boundary, or on none.
    pub fn with_alignment(align: usize) -> Option<Self> {
        (align.is_power_of_two() && align >= 16).then_some(HeapArenas { align })
    }
}

impl Default for HeapArenas {
    fn default() -> Self {
        Self::new()
    }
}

// SAFETY: memory from `alloc::alloc_zeroed` with a non-zero-size layout is valid, aligned to
// `self.align` (>= 16) and exclusively ours until deallocated with the same layout.
unsafe impl ArenaSource for HeapArenas {
    fn alloc_arena(&mut self, size: usize) -> Option<NonNull<u8>> {
        let layout = Layout::from_size_align(size, self.align).ok()?;
        if layout.size() == 0 {
            return None;
        }
        // SAFETY: the layout has a non-zero size.
        NonNull::new(unsafe { alloc::alloc_zeroed(layout) })
    }

    unsafe fn free_arena(&mut self, arena: NonNull<u8>, size: usize) {
        let layout = Layout::from_size_align(size, self.align)
            .expect("the layout was valid when the arena was allocated");
        // SAFETY: the caller guarantees `arena` came from `alloc_arena(size)`, which used
        // this same layout.
        unsafe { alloc::dealloc(arena.as_ptr(), layout) }
    }
}

/// Freed arenas the default source keeps as they are, for immediate reuse (32 MiB).
pub const DEFAULT_HOT_ARENAS: usize = 32;
/// Freed arenas the default source keeps mapped but lazily freed (`MADV_FREE`).
pub const DEFAULT_LAZY_FREE_ARENAS: usize = 256;
/// Arenas in use (16 MiB) after which the default source prefaults new arenas.
pub const DEFAULT_PREFAULT_AFTER: usize = 16;

/// The default source: [`MmapArenas`] with a hot cache of [`DEFAULT_HOT_ARENAS`] and a
/// lazy-free cache of [`DEFAULT_LAZY_FREE_ARENAS`] arenas, prefaulting new arenas once
/// [`DEFAULT_PREFAULT_AFTER`] are in use, or [`HeapArenas`] under Miri (which has no mmap).
///
/// The allocator's policy is CPython's either way (a wholly free arena is returned to its
/// source and counted as reclaimed); the caches only change how the source gives the pages
/// back, so that a batch workload that frees and reallocates tens of megabytes does not pay
/// an `mmap` and a page fault per 4 KiB again. Use `Box::new(MmapArenas::new())` for
/// CPython's immediate `munmap`.
pub fn default_source() -> Box<dyn ArenaSource> {
    if cfg!(miri) {
        Box::new(HeapArenas::new())
    } else {
        Box::new(
            MmapArenas::with_caches(DEFAULT_HOT_ARENAS, DEFAULT_LAZY_FREE_ARENAS)
                .prefault_after(DEFAULT_PREFAULT_AFTER),
        )
    }
}
