//! [`Obmalloc`], the allocator value: the public face of the state in `state.rs`.

use core::cell::UnsafeCell;
use core::ptr::NonNull;

use crate::arena_source::{default_source, ArenaSource};
use crate::error::{AllocError, FreeError};
use crate::geometry::{block_size, size_class_of, Geometry, GeometryError};
use crate::state::State;
use crate::walk::{BlockState, Lookup};

/// How to build an [`Obmalloc`]: the default is CPython 3.12's.
pub struct Config {
    /// Arena and pool sizes.
    pub geometry: Geometry,
    /// Where arenas come from and where freed arenas go: by default
    /// [`default_source`](crate::default_source) (mmap, with a lazy-free cache), the
    /// global allocator under Miri.
    pub arena_source: Box<dyn ArenaSource>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            geometry: Geometry::CPYTHON_312,
            arena_source: default_source(),
        }
    }
}

impl core::fmt::Debug for Config {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Config")
            .field("geometry", &self.geometry)
            .finish_non_exhaustive()
    }
}

/// CPython's small-object allocator.
///
/// Blocks of 1 to 512 bytes come from pools of 16-byte-granular size classes carved from
/// arenas; other sizes go to the system allocator. Every block is 16-byte aligned.
///
/// The allocator is single-threaded, like CPython's under the GIL: it is neither `Send`
/// nor `Sync`, and its methods take `&self` so that many handles (a `Vec` in it, the
/// objects of a heap) can share it. Dropping it returns every arena to its source and
/// frees every system block it still holds, so blocks must not be used after that.
pub struct Obmalloc {
    // UnsafeCell makes the type !Sync; the raw pointers inside State make it !Send.
    state: UnsafeCell<State>,
}

impl Default for Obmalloc {
    fn default() -> Self {
        Self::new()
    }
}

impl core::fmt::Debug for Obmalloc {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let stats = self.stats();
        f.debug_struct("Obmalloc")
            .field("geometry", &stats.geometry)
            .field("arenas", &stats.arenas_allocated_current)
            .field(
                "bytes_in_allocated_blocks",
                &stats.bytes_in_allocated_blocks,
            )
            .finish_non_exhaustive()
    }
}

impl Obmalloc {
    /// An allocator with CPython 3.12's geometry (1 MiB arenas, 16 KiB pools).
    pub fn new() -> Obmalloc {
        Obmalloc::with_config(Config::default()).expect("the default geometry is valid")
    }

    /// An allocator with the given geometry and the default arena source.
    pub fn with_geometry(geometry: Geometry) -> Result<Obmalloc, GeometryError> {
        Obmalloc::with_config(Config {
            geometry,
            ..Config::default()
        })
    }

    /// An allocator built from `config`. The geometry is checked again here, so one
    /// built by hand cannot slip through.
    pub fn with_config(config: Config) -> Result<Obmalloc, GeometryError> {
        let g = config.geometry;
        let geometry = Geometry::new(g.arena_size(), g.pool_size())?;
        Ok(Obmalloc {
            state: UnsafeCell::new(State::new(geometry, config.arena_source)),
        })
    }

    /// Exclusive access to the state for the length of one public call.
    #[inline]
    #[allow(clippy::mut_from_ref)]
    fn state(&self) -> &mut State {
        // SAFETY: `Obmalloc` is !Sync, so only this thread can be here, and no public method
        // holds the reference across a call that could re-enter the allocator: none calls
        // user code while holding it (the arena source is owned by the state and has no
        // way to reach the `Obmalloc` that owns it). So this is the only live reference.
        unsafe { &mut *self.state.get() }
    }

    /// Shared access for introspection. Several may coexist (a walk may call another
    /// walk), so this must not go through `state()`: a `&mut` would invalidate them.
    pub(crate) fn state_ref(&self) -> &State {
        // SAFETY: as in `state()`, only this thread can be here; no `&mut State` is live
        // while introspection runs, since the allocating methods hold theirs only for the
        // length of one call and never call introspection.
        unsafe { &*self.state.get() }
    }

    /// The geometry in use.
    pub fn geometry(&self) -> Geometry {
        self.state_ref().geometry
    }

    /// Allocates `size` bytes, 16-byte aligned, uninitialised (CPython's
    /// `PyObject_Malloc`). Sizes 1..=512 come from pools; 0 and larger sizes, and any
    /// request made when no arena can be mapped, come from the system allocator.
    #[inline]
    pub fn alloc(&self, size: usize) -> Result<NonNull<u8>, AllocError> {
        let state = self.state();
        if let Some(class) = size_class_of(size) {
            if let Some(block) = state.small_alloc(class) {
                return Ok(block);
            }
        }
        if size > isize::MAX as usize {
            return Err(AllocError::TooLarge { size });
        }
        state.system.malloc(size)
    }

    /// The allocation fast path: a block for `size` bytes when one is at hand in a used
    /// pool of its size class, else `None` (and nothing changes) — the caller then calls
    /// [`alloc`](Self::alloc), which also maps pools and arenas and asks the system. Small
    /// enough to inline into an allocating caller without making it save registers for calls.
    #[inline(always)]
    pub fn alloc_fast(&self, size: usize) -> Option<NonNull<u8>> {
        let class = size_class_of(size)?;
        self.state().small_alloc_from_used_pool(class)
    }

    /// Allocates `nelem * elsize` zeroed bytes (CPython's `PyObject_Calloc`).
    pub fn calloc(&self, nelem: usize, elsize: usize) -> Result<NonNull<u8>, AllocError> {
        let size = match nelem.checked_mul(elsize) {
            Some(size) if size <= isize::MAX as usize => size,
            _ => {
                return Err(AllocError::TooLarge {
                    size: nelem.saturating_mul(elsize),
                })
            }
        };
        let state = self.state();
        if let Some(class) = size_class_of(size) {
            if let Some(block) = state.small_alloc(class) {
                // SAFETY: the block has room for `size` bytes.
                unsafe { block.as_ptr().write_bytes(0, size) };
                return Ok(block);
            }
        }
        state.system.calloc(nelem, elsize)
    }

    /// Allocates a block for `size` bytes aligned to `align` (a power of two). Alignments
    /// up to 16 are served as [`alloc`](Self::alloc); larger ones by the system allocator.
    pub fn alloc_aligned(&self, size: usize, align: usize) -> Result<NonNull<u8>, AllocError> {
        if align <= crate::ALIGNMENT {
            return self.alloc(size);
        }
        if size > isize::MAX as usize || !align.is_power_of_two() {
            return Err(AllocError::TooLarge { size });
        }
        self.state().system.aligned(size, align)
    }

    /// Frees a block (CPython's `PyObject_Free`). A pointer outside our arenas is passed
    /// to the system's `free`, as CPython does.
    ///
    /// # Safety
    ///
    /// `ptr` was returned by this allocator (or by the system `malloc` family) and has not
    /// been freed since. [`try_free`](Self::try_free) checks this instead of trusting it.
    #[inline]
    pub unsafe fn free(&self, ptr: NonNull<u8>) {
        let state = self.state();
        // SAFETY: the caller guarantees `ptr` is a live block of ours or a system block.
        unsafe {
            if !state.small_free(ptr.as_ptr()) {
                state.system.free(ptr);
            }
        }
    }

    /// Frees `ptr` after checking that it is a live block handed out by this allocator:
    /// the start of an allocated block in one of our pools, or a live system block we
    /// obtained. Otherwise nothing happens and the reason is returned.
    pub fn try_free(&self, ptr: NonNull<u8>) -> Result<(), FreeError> {
        let address = ptr.as_ptr().addr();
        match self.lookup(address) {
            Lookup::Block(loc) if loc.address == address => match loc.state {
                // SAFETY: checked just above: an allocated block of ours.
                BlockState::Allocated => unsafe { self.free(ptr) },
                BlockState::Free | BlockState::Virgin => {
                    return Err(FreeError::AlreadyFree { address })
                }
            },
            Lookup::System { .. } => {
                // SAFETY: a live system block that we obtained and recorded.
                unsafe { self.free(ptr) }
            }
            Lookup::NotOurs => return Err(FreeError::Foreign { address }),
            _ => return Err(FreeError::NotABlock { address }),
        }
        Ok(())
    }

    /// Resizes a block (CPython's `PyObject_Realloc`). A small block stays in place when
    /// the new size fits and wastes under a quarter of it; otherwise a new block is
    /// allocated, the smaller of the two lengths copied, and the old block freed. System
    /// blocks are resized by the system's `realloc`. On error the old block is untouched.
    ///
    /// # Safety
    ///
    /// As for [`free`](Self::free).
    pub unsafe fn realloc(
        &self,
        ptr: NonNull<u8>,
        new_size: usize,
    ) -> Result<NonNull<u8>, AllocError> {
        if new_size > isize::MAX as usize {
            return Err(AllocError::TooLarge { size: new_size });
        }
        let state = self.state();
        if !state.map.contains(ptr.as_ptr().addr()) {
            // SAFETY: not in our arenas, so by the caller's guarantee a system block.
            return unsafe { state.system.realloc(ptr, new_size) };
        }
        let pool = state.pool_of(ptr.as_ptr());
        // SAFETY: `ptr` is a live block of ours (caller), so `pool` is its live header.
        let size = block_size(unsafe { (*pool).szidx } as usize);
        let mut copy = size;
        if new_size <= size {
            if 4 * new_size > 3 * size {
                return Ok(ptr);
            }
            copy = new_size;
        }
        let new = self.alloc(new_size)?;
        // SAFETY: both blocks are live and distinct, the old one holds `size >= copy`
        // bytes and the new one at least `new_size >= copy`; then the old one is freed
        // once, as the caller allows.
        unsafe {
            core::ptr::copy_nonoverlapping(ptr.as_ptr(), new.as_ptr(), copy);
            self.free(ptr);
        }
        Ok(new)
    }

    /// The usable size of a live block: its size class's block size for a pool block,
    /// the requested size for a system block we handed out; `None` for anything else.
    pub fn usable_size(&self, ptr: NonNull<u8>) -> Option<usize> {
        match self.lookup(ptr.as_ptr().addr()) {
            Lookup::Block(loc) if loc.state == BlockState::Allocated => Some(loc.block_size),
            Lookup::System { size } => Some(size),
            _ => None,
        }
    }

    /// Whether `address` lies inside one of our arenas (CPython's `address_in_range`).
    #[inline]
    pub fn in_arenas(&self, address: usize) -> bool {
        self.state_ref().map.contains(address)
    }
}
