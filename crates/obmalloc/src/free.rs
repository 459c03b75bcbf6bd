//! Freeing small blocks: push on the pool's free list; a full pool goes back on its class's
//! list, an empty one to its arena's free pools, and arena bookkeeping follows
//! (CPython's `pymalloc_free`, `insert_to_usedpool`, `insert_to_freepool`).

use core::ptr;

use crate::pool::PoolHeader;
use crate::state::State;

impl State {
    /// Frees `block` if it lies in one of our arenas; returns `false` (doing nothing) if
    /// it does not, so the caller can hand it to the system allocator.
    ///
    /// # Safety
    ///
    /// If `block` is inside one of our arenas it is a block handed out by this state and
    /// not yet freed.
    #[inline(always)]
    pub(crate) unsafe fn small_free(&mut self, block: *mut u8) -> bool {
        // Frees cluster in one arena; checking the last one first spares the radix tree's
        // three dependent loads. Both tests answer "inside one of our arenas" exactly.
        let recent = block.addr().wrapping_sub(self.recent_arena) < self.geometry.arena_size();
        if !recent && !self.map.contains(block.addr()) {
            return false;
        }
        let pool = self.pool_of(block);
        // SAFETY: the caller guarantees `block` is a live block of ours, so `pool` is its
        // live pool header (invariant 1) and the block's first word is ours to reuse as a
        // free-list link.
        unsafe {
            if !recent {
                let arena = &self.arenas[(*pool).arenaindex as usize];
                self.recent_arena = arena
                    .address
                    .map_or(self.recent_arena, |a| a.as_ptr().addr());
            }
            let last_free = (*pool).freeblock;
            block.cast::<*mut u8>().write(last_free);
            (*pool).freeblock = block;
            (*pool).count -= 1;
            if last_free.is_null() {
                // The pool was full and on no list. Geometry guarantees at least two
                // blocks per pool, so it cannot also be empty now.
                debug_assert!((*pool).count > 0);
                self.link_used_pool(pool, (*pool).szidx as usize);
                return true;
            }
            if (*pool).count != 0 {
                return true;
            }
            self.pool_became_empty(pool);
        }
        true
    }

    /// `pool` (on its class's list) has no block in use: move it to its arena's free pools.
    ///
    /// One departure from CPython, which pushes the pool on the front of the list: the list
    /// is kept in ascending address order, so the lowest empty pool is reused first. A wave
    /// of allocations that follows the freeing of an earlier, identical wave then gets back
    /// exactly the pools the first wave had, in the same order, whatever order they emptied
    /// in (the seed notebook's "wave 2 lands where wave 1 was"). Pools emptied in ascending
    /// or descending order cost O(1) (tail or head); others walk a list of at most
    /// `max_pools_in_arena` pools, on this cold path only.
    ///
    /// # Safety
    ///
    /// `pool` is a live pool on `usedpools[szidx]` with `count == 0`.
    #[cold]
    unsafe fn pool_became_empty(&mut self, pool: *mut PoolHeader) {
        // SAFETY: guaranteed by the caller; the arena index in a live header names its
        // mapped arena (invariant 1), and every pool on that arena's free list is a live
        // header of the same arena.
        let index = unsafe {
            self.unlink_used_pool(pool, (*pool).szidx as usize);
            let index = (*pool).arenaindex as usize;
            let arena = &mut self.arenas[index];
            let (head, tail) = (arena.freepools, arena.lastfreepool);
            if head.is_null() {
                (*pool).nextpool = ptr::null_mut();
                arena.freepools = pool;
                arena.lastfreepool = pool;
            } else if pool < head {
                (*pool).nextpool = head;
                arena.freepools = pool;
            } else if pool > tail {
                (*pool).nextpool = ptr::null_mut();
                (*tail).nextpool = pool;
                arena.lastfreepool = pool;
            } else {
                let mut p = head;
                while (*p).nextpool < pool {
                    p = (*p).nextpool;
                }
                (*pool).nextpool = (*p).nextpool;
                (*p).nextpool = pool;
            }
            index
        };
        let arena = &mut self.arenas[index];
        let old_nfp = arena.nfreepools;
        arena.nfreepools += 1;
        self.arena_gained_pool(index, old_nfp);
    }
}
