//! # obmalloc — CPython's small-object allocator, in Rust
//!
//! This crate is layer 1 of pymem: the allocator CPython 3.12 uses for every object of 512
//! bytes or less (`Objects/obmalloc.c`), rebuilt with the same structure, the same
//! policies and the same statistics, so that what it reports can be compared line for line
//! with `sys._debugmallocstats()`.
//!
//! ## The design
//!
//! Memory comes from the operating system in **arenas** (1 MiB, mapped with `mmap`). Each
//! arena is cut into **pools** (16 KiB), and each pool serves one **size class**: it is
//! cut into equal **blocks** of 16, 32, … 512 bytes. A request of `n` bytes is served by
//! class `(n - 1) >> 4`, from a block of `(class + 1) * 16` bytes.
//!
//! ```text
//!  arena (1 MiB, from mmap; not necessarily pool-aligned, so maybe one pool is lost)
//!  +---------+----------------------+----------------------+-----+----------------------+
//!  |  slack  | pool 0               | pool 1               | ... | pool 62 (or 63)      |
//!  +---------+----------------------+----------------------+-----+----------------------+
//!            |                       \
//!            v                        '----------------------------------.
//!  pool (16 KiB, one size class, here 48-byte blocks)                     \
//!  +--------+--------+--------+--------+--------+--------+ ... +--------+ +-----------+
//!  | header | block0 | block1 | block2 | block3 | virgin | ... | virgin | | unusable  |
//!  | 48 B   | in use | free --+-> free | in use |        |     |        | | remainder |
//!  +--------+--------+--------+--------+--------+--------+ ... +--------+ +-----------+
//!    count=2, freeblock -> block1 -> block2 -> null, nextoffset -> first virgin block
//! ```
//!
//! * A pool's **free list** is threaded through its freed blocks (the first word of a free
//!   block points to the next), last freed first out. Blocks never handed out are not on
//!   the list: the pool carves them one at a time at `nextoffset` when the list runs dry,
//!   so a new pool touches only the memory it uses.
//! * A pool is **used** (some blocks free), **full** (none free) or **empty** (none in use).
//!   Used pools of each class sit on a doubly linked list, `usedpools[class]`; allocation
//!   pops a block from the first of them. A full pool is on no list until a block is
//!   freed, then it goes to the front. An empty pool goes to its arena's **free pools**,
//!   where any size class can take it; one reused for its old class skips initialisation.
//!   Departure from CPython: an arena's free pools are kept in address order and the
//!   lowest is reused first (CPython reuses the last one emptied), so a wave of allocations
//!   that repeats an earlier, freed wave gets back exactly its pools — the seed notebook's
//!   "wave 2 lands where wave 1 was" holds every time, not only by luck.
//! * Arenas with free pools are on **usable_arenas**, sorted by ascending number of free
//!   pools: new pools come from the most used arena, so lightly used ones can drain and
//!   be **returned to the OS** (all but the last on the list, which is kept to avoid
//!   thrashing). `nfp2lasta` keeps the re-sorting O(1). Where CPython `munmap`s a freed
//!   arena, the default arena source keeps up to 32 freed arenas as they are and up to 256
//!   more handed back with `madvise(MADV_FREE)`, mapped for reuse, so batch workloads do
//!   not map and fault every page in again. Once 16 arenas are in use, new ones are mapped
//!   with `MAP_POPULATE`: a heap that has filled 16 MiB will fill the next arena too, and one
//!   prefaulting call costs less than 256 page faults ([`MmapArenas::new`] gives CPython's
//!   behaviour exactly).
//! * `free(p)` must tell our blocks from foreign pointers without a header on the block:
//!   the **arena map**, a three-level radix tree over the address, answers in three loads
//!   (CPython's `address_in_range`). Pointers that are not ours, requests of 0 bytes or
//!   over 512, and requests made when no arena can be mapped go to the **system allocator**
//!   (`malloc`), as in CPython.
//!
//! ## The crate
//!
//! * [`Obmalloc`] — the allocator: [`alloc`](Obmalloc::alloc), [`free`](Obmalloc::free),
//!   [`realloc`](Obmalloc::realloc), [`calloc`](Obmalloc::calloc), a checked
//!   [`try_free`](Obmalloc::try_free), and the [`allocator_api2`] `Allocator` trait.
//! * [`Geometry`] — the arena and pool sizes: [`Geometry::CPYTHON_312`] (default) or the
//!   classic [`Geometry::CLASSIC`] 256 KiB / 4 KiB; others are checked by [`Geometry::new`].
//! * [`ArenaSource`] — where arenas come from ([`MmapArenas`], [`HeapArenas`]).
//! * [`DebugAllocator`] — CPython's debug hooks (`PYTHONMALLOC=debug`): pad bytes around
//!   every block, 0xCD/0xDD fills, API-family checks, and CPython's block dump on error.
//! * Introspection, exact at every moment: [`Obmalloc::stats`] (a [`Stats`] snapshot),
//!   [`Obmalloc::report`] (the `sys._debugmallocstats()` text), [`Obmalloc::arenas`],
//!   [`Obmalloc::pools`], [`Obmalloc::blocks`] and [`Obmalloc::lookup`] (which arena, pool
//!   and block holds an address).
//!
//! Source files follow the concerns: `geometry.rs`, `pool.rs` (the header layout),
//! `arena.rs` (arena table and sorting), `arena_map.rs` (the radix tree), `alloc.rs`,
//! `free.rs`, `system.rs` (the fallback), `stats.rs`, `walk.rs`, `api2.rs`. The unsafe
//! code is in `alloc.rs`, `free.rs`, `walk.rs` and the small sources; the invariants it
//! relies on are listed in `state.rs`.
//!
//! ```
//! use obmalloc::Obmalloc;
//!
//! let heap = Obmalloc::new();
//! let p = heap.alloc(48).unwrap();
//! let loc = heap.lookup(p.as_ptr() as usize);
//! assert!(matches!(loc, obmalloc::Lookup::Block(b) if b.size_class == 2 && b.block_size == 48));
//! // SAFETY: `p` came from `heap.alloc` and is freed once.
//! unsafe { heap.free(p) };
//! assert_eq!(heap.stats().blocks_in_use(), 0);
//! ```

#![deny(unsafe_op_in_unsafe_fn)]
#![warn(missing_docs)]

mod alloc;
mod api2;
mod arena;
mod arena_map;
mod arena_source;
mod check;
mod debug;
mod error;
mod free;
mod geometry;
mod obmalloc;
mod pool;
mod read;
mod state;
mod stats;
mod system;
mod walk;

pub use arena_source::{
    default_source, ArenaSource, HeapArenas, MmapArenas, DEFAULT_HOT_ARENAS,
    DEFAULT_LAZY_FREE_ARENAS, DEFAULT_PREFAULT_AFTER,
};
pub use debug::{
    Api, DebugAllocator, DebugError, DebugReallocError, CLEAN_BYTE, DEAD_BYTE, DEBUG_EXTRA_BYTES,
    FORBIDDEN_BYTE, FREE_CHECK_FUNCTION,
};
pub use error::{AllocError, FreeError, ReadError};
pub use geometry::{
    block_size, size_class_of, Geometry, GeometryError, ALIGNMENT, NUM_SIZE_CLASSES, POOL_OVERHEAD,
    SMALL_REQUEST_THRESHOLD,
};
pub use obmalloc::{Config, Obmalloc};
pub use pool::PoolState;
pub use stats::{write_stat_line, write_type_stats_line, SizeClassStats, Stats};
pub use walk::{ArenaInfo, BlockInfo, BlockLocation, BlockState, Lookup, PoolInfo};

#[cfg(test)]
mod tests;
