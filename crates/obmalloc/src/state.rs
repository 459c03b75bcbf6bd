//! The allocator's state (CPython's `struct _obmalloc_state`), owned by one
//! [`Obmalloc`](crate::Obmalloc).
//!
//! # Invariants
//!
//! The unsafe code in `alloc.rs`, `free.rs` and `walk.rs` relies on these, which every
//! operation keeps:
//!
//! 1. Every pool pointer stored anywhere (`usedpools`, `nextpool`/`prevpool`, an arena's
//!    `freepools`) points at a carved pool header inside an arena that is mapped, i.e.
//!    whose table entry has `address: Some(..)`, below that arena's `pool_address`.
//! 2. A pool is on `usedpools[c]` iff its `szidx == c`, `0 < count < blocks_per_pool`
//!    *or* it still has virgin blocks, and its `freeblock` is non-null. (A pool leaves the
//!    list as soon as its free list is empty and it cannot carve another block.)
//! 3. A pool's free list links only blocks of that pool that were handed out and freed
//!    (or carved in advance), each once; the first word of each holds the next one.
//! 4. A pool on an arena's `freepools` has `count == 0`.
//! 5. `usable_arenas` holds exactly the mapped arenas with `nfreepools > 0`, sorted by
//!    ascending `nfreepools`, and `nfp2lasta[n]` is the last of them with `n` free pools.

use core::ptr;

use crate::arena::ArenaObject;
use crate::arena_map::ArenaMap;
use crate::arena_source::ArenaSource;
use crate::geometry::{Geometry, NUM_SIZE_CLASSES};
use crate::pool::PoolHeader;
use crate::system::SystemBlocks;

pub(crate) struct State {
    pub(crate) geometry: Geometry,
    /// `!(pool_size - 1)`: clears a block address down to its pool header.
    pub(crate) pool_mask: usize,
    /// For each size class, the first pool with a block available (null if none).
    pub(crate) usedpools: [*mut PoolHeader; NUM_SIZE_CLASSES],
    /// The arena table (CPython's `allarenas`).
    pub(crate) arenas: Vec<ArenaObject>,
    /// Table slots holding no arena, linked through `nextarena`.
    pub(crate) unused_arena_objects: Option<usize>,
    /// Head of the sorted list of arenas with free pools.
    pub(crate) usable_arenas: Option<usize>,
    /// `nfp2lasta[n]`: the last arena on `usable_arenas` with `n` free pools.
    pub(crate) nfp2lasta: Box<[Option<usize>]>,
    pub(crate) map: ArenaMap,
    /// Base address of the arena the last free landed in, so that a run of frees into one
    /// arena skips the radix tree; `no_recent_arena()` when none.
    pub(crate) recent_arena: usize,
    /// Arena index by the arena-sized address slot its first byte falls in (introspection
    /// only: `lookup` finds an address's arena in O(1)).
    pub(crate) arena_by_slot: hashbrown::HashMap<usize, usize>,
    pub(crate) source: Box<dyn ArenaSource>,
    pub(crate) arenas_allocated_total: usize,
    pub(crate) arenas_current: usize,
    pub(crate) arenas_highwater: usize,
    /// Blocks served by the system allocator (0 bytes, over 512 bytes, or no arena).
    pub(crate) system: SystemBlocks,
}

impl State {
    pub(crate) fn new(geometry: Geometry, source: Box<dyn ArenaSource>) -> State {
        State {
            geometry,
            pool_mask: !(geometry.pool_size() - 1),
            usedpools: [ptr::null_mut(); NUM_SIZE_CLASSES],
            arenas: Vec::new(),
            unused_arena_objects: None,
            usable_arenas: None,
            nfp2lasta: vec![None; geometry.max_pools_in_arena() + 1].into_boxed_slice(),
            map: ArenaMap::new(geometry.arena_bits()),
            recent_arena: no_recent_arena(geometry),
            arena_by_slot: hashbrown::HashMap::new(),
            source,
            arenas_allocated_total: 0,
            arenas_current: 0,
            arenas_highwater: 0,
            system: SystemBlocks::default(),
        }
    }

    /// The header of the pool holding `block` (CPython's `POOL_ADDR`), keeping the
    /// block pointer's provenance.
    #[inline]
    pub(crate) fn pool_of(&self, block: *mut u8) -> *mut PoolHeader {
        let mask = self.pool_mask;
        block.map_addr(|a| a & mask).cast()
    }
}

/// A `recent_arena` that matches no address: `addr - base` (wrapping) is below the arena
/// size only for addresses in the top arena-sized slot of the address space, which no
/// allocation occupies.
pub(crate) fn no_recent_arena(geometry: Geometry) -> usize {
    0usize.wrapping_sub(geometry.arena_size())
}

impl Drop for State {
    fn drop(&mut self) {
        self.release_all_arenas();
        self.system.free_all();
    }
}
