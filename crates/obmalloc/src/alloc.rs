//! Allocation of small blocks: pop from the first used pool of the size class, carve
//! virgin blocks lazily, and take a new pool from the most used arena when the class has
//! none (CPython's `pymalloc_alloc`, `pymalloc_pool_extend`, `allocate_from_new_pool`).

use core::ptr::{self, NonNull};

use crate::geometry::{block_size, POOL_OVERHEAD};
use crate::pool::{PoolHeader, DUMMY_SIZE_CLASS};
use crate::state::State;

impl State {
    /// A block of size class `class`, or `None` if a new arena was needed and the source
    /// refused it.
    #[inline]
    pub(crate) fn small_alloc(&mut self, class: usize) -> Option<NonNull<u8>> {
        match self.small_alloc_from_used_pool(class) {
            Some(block) => Some(block),
            None => self.allocate_from_new_pool(class),
        }
    }

    /// A block of size class `class` from the class's first used pool, or `None` when the
    /// class has no used pool (nothing is changed then). The part of `small_alloc` that
    /// never calls out, so that callers can keep it inline on their fast paths.
    #[inline(always)]
    pub(crate) fn small_alloc_from_used_pool(&mut self, class: usize) -> Option<NonNull<u8>> {
        let pool = self.usedpools[class];
        if pool.is_null() {
            return None;
        }
        // SAFETY: by invariants 1 and 2 (state.rs) `pool` is a live pool header of this
        // class whose free list is non-empty; by invariant 3 its head is a free block of
        // the pool whose first word links the rest.
        unsafe {
            (*pool).count += 1;
            let block = (*pool).freeblock;
            let next = block.cast::<*mut u8>().read();
            (*pool).freeblock = next;
            if next.is_null() {
                self.pool_extend(pool, class);
            }
            Some(NonNull::new_unchecked(block))
        }
    }

    /// The free list of `pool` just ran dry: carve its next virgin block, or, when there
    /// is none, take the now full pool off its class's list.
    ///
    /// # Safety
    ///
    /// `pool` is a live pool of class `class` on `usedpools[class]`.
    #[inline]
    unsafe fn pool_extend(&mut self, pool: *mut PoolHeader, class: usize) {
        // SAFETY: the caller guarantees `pool` is a live header; `nextoffset <=
        // maxnextoffset` means a whole block at `nextoffset` lies inside the pool.
        unsafe {
            if (*pool).nextoffset <= (*pool).maxnextoffset {
                let block = pool.cast::<u8>().add((*pool).nextoffset as usize);
                (*pool).freeblock = block;
                (*pool).nextoffset += block_size(class) as u32;
                block.cast::<*mut u8>().write(ptr::null_mut());
            } else {
                self.unlink_used_pool(pool, class);
            }
        }
    }

    /// Takes `pool` off `usedpools[class]`.
    ///
    /// # Safety
    ///
    /// `pool` is on `usedpools[class]`.
    pub(crate) unsafe fn unlink_used_pool(&mut self, pool: *mut PoolHeader, class: usize) {
        // SAFETY: the pool and its neighbours on the list are live headers (invariant 1).
        unsafe {
            let (prev, next) = ((*pool).prevpool, (*pool).nextpool);
            if prev.is_null() {
                self.usedpools[class] = next;
            } else {
                (*prev).nextpool = next;
            }
            if !next.is_null() {
                (*next).prevpool = prev;
            }
        }
    }

    /// Puts `pool` first on `usedpools[class]`.
    ///
    /// # Safety
    ///
    /// `pool` is a live pool header on no list, with `szidx == class`.
    pub(crate) unsafe fn link_used_pool(&mut self, pool: *mut PoolHeader, class: usize) {
        let head = self.usedpools[class];
        // SAFETY: `pool` is live (caller) and `head`, if not null, is live (invariant 1).
        unsafe {
            (*pool).nextpool = head;
            (*pool).prevpool = ptr::null_mut();
            if !head.is_null() {
                (*head).prevpool = pool;
            }
        }
        self.usedpools[class] = pool;
    }

    /// No used pool of `class` has a block: take a free pool from the head of
    /// `usable_arenas` (mapping a new arena if there is none) and hand out its first block.
    #[cold]
    fn allocate_from_new_pool(&mut self, class: usize) -> Option<NonNull<u8>> {
        let index = match self.usable_arenas {
            Some(index) => index,
            None => {
                let index = self.new_arena()?;
                self.usable_arenas = Some(index);
                let nfp = self.arenas[index].nfreepools;
                debug_assert!(self.nfp2lasta[nfp].is_none());
                self.nfp2lasta[nfp] = Some(index);
                index
            }
        };

        // The head has the fewest free pools, so taking one keeps the list sorted; only
        // the nfp2lasta entries change.
        let nfp = self.arenas[index].nfreepools;
        if self.nfp2lasta[nfp] == Some(index) {
            self.nfp2lasta[nfp] = None;
        }
        if nfp > 1 {
            debug_assert!(self.nfp2lasta[nfp - 1].is_none());
            self.nfp2lasta[nfp - 1] = Some(index);
        }

        let pool_size = self.geometry.pool_size();
        let arena = &mut self.arenas[index];
        let pool: *mut PoolHeader;
        if !arena.freepools.is_null() {
            // The lowest free pool: the list is kept in address order.
            pool = arena.freepools;
            // SAFETY: pools on an arena's free list are live headers (invariant 1).
            arena.freepools = unsafe { (*pool).nextpool };
            if arena.freepools.is_null() {
                arena.lastfreepool = ptr::null_mut();
            }
        } else {
            // Carve a pool never used before.
            pool = arena.pool_address.cast();
            // SAFETY: `nfreepools > 0` with an empty free list means at least one whole
            // pool remains between `pool_address` and the arena's end.
            unsafe {
                (*pool).arenaindex = index as u32;
                (*pool).szidx = DUMMY_SIZE_CLASS;
            }
            arena.pool_address = arena.pool_address.wrapping_add(pool_size);
        }
        arena.nfreepools -= 1;
        if arena.nfreepools == 0 {
            self.pop_full_usable_head();
        }

        // SAFETY: `pool` is a live header inside a mapped arena, now on no list.
        unsafe {
            self.link_used_pool(pool, class);
            (*pool).count = 1;
            if (*pool).szidx == class as u32 {
                // It last served this class: its header and free list are still set up
                // (an emptied pool keeps at least two blocks on its free list).
                let block = (*pool).freeblock;
                (*pool).freeblock = block.cast::<*mut u8>().read();
                return Some(NonNull::new_unchecked(block));
            }
            // Fresh for this class: hand out the first block, put the second on the free
            // list, and leave the rest virgin, to be carved as needed.
            let size = block_size(class);
            (*pool).szidx = class as u32;
            let first = pool.cast::<u8>().add(POOL_OVERHEAD);
            (*pool).nextoffset = (POOL_OVERHEAD + 2 * size) as u32;
            (*pool).maxnextoffset = (pool_size - size) as u32;
            (*pool).freeblock = first.add(size);
            (*pool).freeblock.cast::<*mut u8>().write(ptr::null_mut());
            Some(NonNull::new_unchecked(first))
        }
    }
}
