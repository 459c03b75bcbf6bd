//! Introspection: walk arenas → pools → blocks, and find where any address lives.
//!
//! Everything here reads the live data structures (pool headers, free lists) at the moment
//! of the call, so it is exact, and it never changes anything.

use crate::geometry::{block_size, POOL_OVERHEAD};
use crate::obmalloc::Obmalloc;
use crate::pool::{PoolHeader, PoolState, DUMMY_SIZE_CLASS};
use crate::state::State;

/// One arena, as seen by [`Obmalloc::arenas`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArenaInfo {
    /// Index in the arena table (the `arenaindex` of its pools).
    pub index: usize,
    /// First byte of the arena.
    pub address: usize,
    /// First byte of its first pool (the address rounded up to a pool boundary).
    pub first_pool: usize,
    /// Pools that fit after alignment.
    pub total_pools: usize,
    /// Pools not in use: empty ones plus those never carved.
    pub free_pools: usize,
    /// Pools carved at least once.
    pub carved_pools: usize,
    /// Pools with at least one block in use.
    pub pools_in_use: usize,
}

/// One carved pool, as seen by [`Obmalloc::pools`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PoolInfo {
    /// Address of the pool (of its header).
    pub address: usize,
    /// Index of the owning arena.
    pub arena_index: usize,
    /// Position of the pool in its arena (0 = first pool).
    pub index_in_arena: usize,
    /// Size class it serves or last served.
    pub size_class: usize,
    /// Bytes per block.
    pub block_size: usize,
    /// Blocks the pool holds in all.
    pub capacity: usize,
    /// Blocks handed out and not freed (the header's `count`).
    pub used_blocks: usize,
    /// Blocks on the free list.
    pub free_list_len: usize,
    /// Blocks never handed out yet, still to be carved.
    pub virgin_blocks: usize,
    /// Used, full or empty.
    pub state: PoolState,
}

/// What a block is doing now.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BlockState {
    /// Handed out and not freed.
    Allocated,
    /// On its pool's free list.
    Free,
    /// Never handed out yet (beyond the pool's carving point).
    Virgin,
}

/// One block of a pool, as seen by [`Obmalloc::blocks`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BlockInfo {
    /// First byte of the block.
    pub address: usize,
    /// Position in its pool (0 = first block after the header).
    pub index: usize,
    /// Allocated, free or virgin.
    pub state: BlockState,
}

/// Where an address lies in a pool.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BlockLocation {
    /// Index of the arena in the arena table.
    pub arena_index: usize,
    /// First byte of the arena.
    pub arena_address: usize,
    /// Address of the pool.
    pub pool_address: usize,
    /// Size class of the pool.
    pub size_class: usize,
    /// Bytes per block.
    pub block_size: usize,
    /// Position of the block in its pool.
    pub block_index: usize,
    /// First byte of the block (the address looked up may point inside it).
    pub address: usize,
    /// Whether the block is allocated, free or virgin.
    pub state: BlockState,
}

/// The answer of [`Obmalloc::lookup`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lookup {
    /// Inside a block of a pool in use.
    Block(BlockLocation),
    /// Inside the 48-byte header of a pool.
    PoolHeader {
        /// Index of the arena.
        arena_index: usize,
        /// Address of the pool.
        pool_address: usize,
    },
    /// Inside an arena but in no pool in use: alignment slack, an empty pool, a pool never
    /// carved, or the unusable tail of a pool.
    ArenaUnused {
        /// Index of the arena.
        arena_index: usize,
    },
    /// The start of a live block we obtained from the system allocator.
    System {
        /// Requested size of that block.
        size: usize,
    },
    /// Not ours.
    NotOurs,
}

impl State {
    /// The arena whose memory contains `addr`, if it is mapped. An arena starts in the
    /// arena-sized slot of `addr` or in the one before, so two lookups in
    /// `arena_by_slot` settle it.
    pub(crate) fn arena_containing(&self, addr: usize) -> Option<usize> {
        if !self.map.contains(addr) {
            return None;
        }
        let bits = self.geometry.arena_bits();
        let size = self.geometry.arena_size();
        let slot = addr >> bits;
        [slot, slot.wrapping_sub(1)].into_iter().find_map(|s| {
            let index = *self.arena_by_slot.get(&s)?;
            let base = self.arenas[index].address?.as_ptr().addr();
            (base..base + size).contains(&addr).then_some(index)
        })
    }

    /// The header of the carved pool of arena `index` holding `addr`, if any.
    fn carved_pool_at(&self, index: usize, addr: usize) -> Option<*const PoolHeader> {
        let arena = &self.arenas[index];
        let (first, end) = (arena.first_pool.addr(), arena.pool_address.addr());
        if addr < first || addr >= end {
            return None;
        }
        // Derived from the arena's pointer, so it keeps the arena's provenance.
        Some(
            arena
                .first_pool
                .wrapping_add((addr & self.pool_mask) - first)
                .cast_const()
                .cast(),
        )
    }

    /// Reads the header of the carved pool at `pool` and walks its free list.
    fn pool_info(&self, arena_index: usize, pool: *const PoolHeader) -> PoolInfo {
        let arena = &self.arenas[arena_index];
        // SAFETY: callers pass only carved pools of mapped arenas (below `pool_address`),
        // whose headers were written when they were carved (invariant 1).
        let header = unsafe { &*pool };
        let pool_size = self.geometry.pool_size();
        let class = if header.szidx == DUMMY_SIZE_CLASS {
            0
        } else {
            header.szidx as usize
        };
        let size = block_size(class);
        let capacity = self.geometry.blocks_per_pool(class);
        let virgin = if header.nextoffset <= header.maxnextoffset {
            (header.maxnextoffset - header.nextoffset) as usize / size + 1
        } else {
            0
        };
        let free_list_len = self.free_list(pool).count();
        let used = header.count as usize;
        let state = if used == 0 {
            PoolState::Empty
        } else if header.freeblock.is_null() {
            PoolState::Full
        } else {
            PoolState::Used
        };
        PoolInfo {
            address: pool.addr(),
            arena_index,
            index_in_arena: (pool.addr() - arena.first_pool.addr()) / pool_size,
            size_class: class,
            block_size: size,
            capacity,
            used_blocks: used,
            free_list_len,
            virgin_blocks: virgin,
            state,
        }
    }

    /// The blocks on the free list of the carved pool `pool`, bounded by the pool's
    /// capacity so that even a corrupted list cannot make this loop forever.
    fn free_list(&self, pool: *const PoolHeader) -> impl Iterator<Item = usize> + '_ {
        // SAFETY: as in `pool_info`: a carved pool's header is initialised.
        let header = unsafe { &*pool };
        let limit = self.geometry.blocks_per_pool(header.szidx.min(31) as usize);
        let mut next = header.freeblock;
        (0..limit).map_while(move |_| {
            if next.is_null() {
                return None;
            }
            let here = next;
            // SAFETY: by invariant 3 every block on a free list is a block of this pool
            // whose first word holds the next link.
            next = unsafe { here.cast::<*mut u8>().read() };
            Some(here.addr())
        })
    }

    /// The carved pools of arena `index`, first to last.
    fn carved_pools(&self, index: usize) -> impl Iterator<Item = *const PoolHeader> + '_ {
        let arena = &self.arenas[index];
        let pool_size = self.geometry.pool_size();
        let carved = (arena.pool_address.addr() - arena.first_pool.addr()) / pool_size;
        (0..carved).map(move |i| {
            arena
                .first_pool
                .wrapping_add(i * pool_size)
                .cast_const()
                .cast()
        })
    }
}

impl Obmalloc {
    /// Every arena currently mapped, in arena-table order.
    pub fn arenas(&self) -> Vec<ArenaInfo> {
        let state = self.state_ref();
        let pool_size = state.geometry.pool_size();
        state
            .arenas
            .iter()
            .enumerate()
            .filter_map(|(index, arena)| {
                let address = arena.address?.as_ptr().addr();
                let pools_in_use = state
                    .carved_pools(index)
                    // SAFETY: carved pools have initialised headers (invariant 1).
                    .filter(|&p| unsafe { (*p).count } > 0)
                    .count();
                Some(ArenaInfo {
                    index,
                    address,
                    first_pool: arena.first_pool.addr(),
                    total_pools: arena.ntotalpools,
                    free_pools: arena.nfreepools,
                    carved_pools: (arena.pool_address.addr() - arena.first_pool.addr()) / pool_size,
                    pools_in_use,
                })
            })
            .collect()
    }

    /// The carved pools of the arena with table index `arena_index` (in address order),
    /// or `None` if no arena is mapped at that index.
    pub fn pools(&self, arena_index: usize) -> Option<Vec<PoolInfo>> {
        let state = self.state_ref();
        state.arenas.get(arena_index)?.address?;
        Some(
            state
                .carved_pools(arena_index)
                .map(|p| state.pool_info(arena_index, p))
                .collect(),
        )
    }

    /// Every block of the pool at `pool_address` with its state, or `None` if that is not
    /// the address of a carved pool of ours.
    pub fn blocks(&self, pool_address: usize) -> Option<Vec<BlockInfo>> {
        let state = self.state_ref();
        let arena_index = state.arena_containing(pool_address)?;
        let pool = state
            .carved_pool_at(arena_index, pool_address)
            .filter(|p| p.addr() == pool_address)?;
        let info = state.pool_info(arena_index, pool);
        let base = pool_address + POOL_OVERHEAD;
        let carved = info.capacity - info.virgin_blocks;
        let mut blocks: Vec<BlockInfo> = (0..info.capacity)
            .map(|index| BlockInfo {
                address: base + index * info.block_size,
                index,
                state: if index < carved {
                    BlockState::Allocated
                } else {
                    BlockState::Virgin
                },
            })
            .collect();
        for free in state.free_list(pool) {
            blocks[(free - base) / info.block_size].state = BlockState::Free;
        }
        Some(blocks)
    }

    /// Where `address` lies: in which arena, pool and block, and whether that block is
    /// allocated; or that it is a live system block of ours; or not ours at all.
    pub fn lookup(&self, address: usize) -> Lookup {
        let state = self.state_ref();
        let Some(arena_index) = state.arena_containing(address) else {
            return match state.system.size_of(address) {
                Some(size) => Lookup::System { size },
                None => Lookup::NotOurs,
            };
        };
        let arena = &state.arenas[arena_index];
        let unused = Lookup::ArenaUnused { arena_index };
        let Some(pool) = state.carved_pool_at(arena_index, address) else {
            return unused;
        };
        // SAFETY: a carved pool's header is initialised (invariant 1 in state.rs).
        let header = unsafe { &*pool };
        if header.count == 0 {
            return unused;
        }
        let pool_address = pool.addr();
        let offset = address - pool_address;
        if offset < POOL_OVERHEAD {
            return Lookup::PoolHeader {
                arena_index,
                pool_address,
            };
        }
        let size_class = header.szidx as usize;
        let block_size = crate::geometry::block_size(size_class);
        let block_index = (offset - POOL_OVERHEAD) / block_size;
        if block_index >= state.geometry.blocks_per_pool(size_class) {
            return unused;
        }
        let block = pool_address + POOL_OVERHEAD + block_index * block_size;
        // Blocks at or past `nextoffset` have never been handed out.
        let block_state = if block - pool_address >= header.nextoffset as usize {
            BlockState::Virgin
        } else if state.free_list(pool).any(|f| f == block) {
            BlockState::Free
        } else {
            BlockState::Allocated
        };
        Lookup::Block(BlockLocation {
            arena_index,
            arena_address: arena.address.map_or(0, |a| a.as_ptr().addr()),
            pool_address,
            size_class,
            block_size,
            block_index,
            address: block,
            state: block_state,
        })
    }

    /// Whether `len` bytes from `address` lie wholly inside one of our arenas (what a
    /// safe memory reader, such as a `ctypes` emulation, may read).
    pub fn arena_contains_range(&self, address: usize, len: usize) -> bool {
        let state = self.state_ref();
        let Some(index) = state.arena_containing(address) else {
            return false;
        };
        let base = state.arenas[index].address.map_or(0, |a| a.as_ptr().addr());
        address
            .checked_add(len)
            .is_some_and(|end| end <= base + state.geometry.arena_size())
    }
}
