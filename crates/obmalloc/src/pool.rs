//! The pool header: the first 48 bytes of every pool, laid out field for field as
//! CPython 3.12's `struct pool_header`, so that a reader who knows CPython's layout (for
//! instance a `ctypes.Structure` laid over a pool) reads real values.
//!
//! ```text
//!  offset  field          meaning
//!  0       count          blocks handed out and not yet freed (a union with a pointer
//!                         in C, hence 8 bytes wide; the count is the low 4 bytes)
//!  8       freeblock      head of the free list threaded through freed blocks, or
//!                         null when the pool must carve a virgin block (or is full)
//!  16      nextpool       next pool of this size class (used pools) or next free pool
//!                         of the arena (empty pools)
//!  24      prevpool       previous pool of this size class (used pools only)
//!  32      arenaindex     index of the owning arena in the arena table
//!  36      szidx          size class of the blocks (DUMMY_SIZE_CLASS until first use)
//!  40      nextoffset     offset of the next virgin block
//!  44      maxnextoffset  largest offset at which a whole block still fits
//! ```

use crate::geometry::POOL_OVERHEAD;

/// `szidx` of a pool carved from its arena but not yet given a size class.
pub(crate) const DUMMY_SIZE_CLASS: u32 = 0xffff;

/// The header at the start of every pool. See the module documentation for the layout.
#[repr(C)]
pub(crate) struct PoolHeader {
    pub(crate) count: u32,
    _count_padding: u32,
    pub(crate) freeblock: *mut u8,
    pub(crate) nextpool: *mut PoolHeader,
    pub(crate) prevpool: *mut PoolHeader,
    pub(crate) arenaindex: u32,
    pub(crate) szidx: u32,
    pub(crate) nextoffset: u32,
    pub(crate) maxnextoffset: u32,
}

const _: () = assert!(core::mem::size_of::<PoolHeader>() == POOL_OVERHEAD);
const _: () = assert!(core::mem::offset_of!(PoolHeader, freeblock) == 8);
const _: () = assert!(core::mem::offset_of!(PoolHeader, arenaindex) == 32);
const _: () = assert!(core::mem::offset_of!(PoolHeader, maxnextoffset) == 44);

/// Pool states, as CPython names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PoolState {
    /// Some blocks are handed out and some are available: the pool is on its size
    /// class's list of used pools.
    Used,
    /// Every block is handed out: the pool is on no list until one is freed.
    Full,
    /// No block is handed out: the pool is on its arena's list of free pools and may be
    /// given to any size class.
    Empty,
}
