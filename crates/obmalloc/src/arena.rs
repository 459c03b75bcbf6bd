//! Arenas: the arena table, the list of usable arenas kept sorted by free pools, and
//! getting arenas from / returning them to their source.
//!
//! `usable_arenas` is a doubly linked list (by index into the arena table) of the arenas
//! that have at least one free pool, sorted by ascending `nfreepools`, so allocation
//! always takes pools from the most used arena and lightly used arenas get the chance to
//! empty out and go back to the OS. `nfp2lasta[n]` is the last arena in the list with
//! exactly `n` free pools; with it, an arena whose count goes up by one moves to its new
//! place in O(1) (CPython bpo-37257 / 3.9).

use core::ptr::{self, NonNull};

use crate::pool::PoolHeader;
use crate::state::State;

/// One entry of the arena table (CPython's `struct arena_object`).
pub(crate) struct ArenaObject {
    /// Start of the arena's memory, or `None` when this table slot holds no arena.
    pub(crate) address: Option<NonNull<u8>>,
    /// First byte of the first pool (the address rounded up to a pool boundary).
    pub(crate) first_pool: *mut u8,
    /// The next pool never carved yet; pools below it have been used at least once.
    pub(crate) pool_address: *mut u8,
    /// Free pools: those on `freepools` plus those never carved.
    pub(crate) nfreepools: usize,
    /// Pools that fit in the arena after alignment.
    pub(crate) ntotalpools: usize,
    /// Singly linked list (through `nextpool`) of carved pools that are empty, in ascending
    /// address order (see `State::pool_became_empty`).
    pub(crate) freepools: *mut PoolHeader,
    /// The last pool on `freepools` (null when it is empty), so pools emptied in ascending
    /// address order are appended in O(1).
    pub(crate) lastfreepool: *mut PoolHeader,
    /// Next arena in `usable_arenas`, or in the list of unused table slots.
    pub(crate) nextarena: Option<usize>,
    /// Previous arena in `usable_arenas`.
    pub(crate) prevarena: Option<usize>,
}

impl ArenaObject {
    fn unused(next: Option<usize>) -> ArenaObject {
        ArenaObject {
            address: None,
            first_pool: ptr::null_mut(),
            pool_address: ptr::null_mut(),
            nfreepools: 0,
            ntotalpools: 0,
            freepools: ptr::null_mut(),
            lastfreepool: ptr::null_mut(),
            nextarena: next,
            prevarena: None,
        }
    }
}

impl State {
    /// Maps a new arena and returns its table index, or `None` if the source refused.
    /// The arena is not yet on `usable_arenas`.
    pub(crate) fn new_arena(&mut self) -> Option<usize> {
        let index = match self.unused_arena_objects {
            Some(index) => index,
            None => {
                self.arenas.push(ArenaObject::unused(None));
                self.arenas.len() - 1
            }
        };
        let arena_size = self.geometry.arena_size();
        let address = self.source.alloc_arena(arena_size)?;
        self.unused_arena_objects = self.arenas[index].nextarena;
        self.map.mark(address.as_ptr().addr(), true);
        self.arena_by_slot
            .insert(address.as_ptr().addr() >> self.geometry.arena_bits(), index);

        self.arenas_allocated_total += 1;
        self.arenas_current += 1;
        self.arenas_highwater = self.arenas_highwater.max(self.arenas_current);

        let pool_size = self.geometry.pool_size();
        let excess = address.as_ptr().addr() & (pool_size - 1);
        let mut nfreepools = self.geometry.max_pools_in_arena();
        let mut first_pool = address.as_ptr();
        if excess != 0 {
            // The arena does not start on a pool boundary: skip to the first one and
            // lose a pool ("bytes lost to arena alignment").
            nfreepools -= 1;
            first_pool = first_pool.wrapping_add(pool_size - excess);
        }
        self.arenas[index] = ArenaObject {
            address: Some(address),
            first_pool,
            pool_address: first_pool,
            nfreepools,
            ntotalpools: nfreepools,
            freepools: ptr::null_mut(),
            lastfreepool: ptr::null_mut(),
            nextarena: None,
            prevarena: None,
        };
        Some(index)
    }

    /// Unlinks arena `index` from `usable_arenas` (it must be on it).
    fn unlink_usable(&mut self, index: usize) {
        let (prev, next) = (self.arenas[index].prevarena, self.arenas[index].nextarena);
        match prev {
            Some(p) => self.arenas[p].nextarena = next,
            None => self.usable_arenas = next,
        }
        if let Some(n) = next {
            self.arenas[n].prevarena = prev;
        }
        self.arenas[index].prevarena = None;
        self.arenas[index].nextarena = None;
    }

    /// Removes the head of `usable_arenas`, which has just lost its last free pool.
    pub(crate) fn pop_full_usable_head(&mut self) {
        if let Some(head) = self.usable_arenas {
            debug_assert_eq!(self.arenas[head].nfreepools, 0);
            self.unlink_usable(head);
        }
    }

    /// Arena `index` gained a free pool (its `nfreepools` already counts it): returns it to
    /// the OS if wholly free, else puts it on `usable_arenas` or moves it right to keep
    /// the list sorted. `old_nfp` is its count before the pool was freed.
    pub(crate) fn arena_gained_pool(&mut self, index: usize, old_nfp: usize) {
        let nf = old_nfp + 1;
        // If this arena was the rightmost with the old count, that honour passes to its
        // left neighbour if it has the same count (none is kept for a count of 0).
        let lastnf = self.nfp2lasta[old_nfp];
        if lastnf == Some(index) {
            let prev = self.arenas[index].prevarena;
            self.nfp2lasta[old_nfp] = prev.filter(|&p| self.arenas[p].nfreepools == old_nfp);
        }

        let arena = &self.arenas[index];
        if nf == arena.ntotalpools && arena.nextarena.is_some() {
            // Wholly free, and not the last arena in the list: give it back to the OS.
            // The last one is kept so that a loop allocating and freeing one object does
            // not map and unmap an arena every time (bpo-37257).
            self.unlink_usable(index);
            self.release_arena(index);
            return;
        }

        if nf == 1 {
            // It had no free pool, so it was not on the list: it goes first (fewest free).
            let head = self.usable_arenas;
            self.arenas[index].nextarena = head;
            self.arenas[index].prevarena = None;
            if let Some(h) = head {
                self.arenas[h].prevarena = Some(index);
            }
            self.usable_arenas = Some(index);
            if self.nfp2lasta[1].is_none() {
                self.nfp2lasta[1] = Some(index);
            }
            return;
        }

        if self.nfp2lasta[nf].is_none() {
            self.nfp2lasta[nf] = Some(index);
        }
        let Some(lastnf) = lastnf.filter(|&l| l != index) else {
            // It was the rightmost with its old count, so it is still in order.
            return;
        };
        // Slide it right, to just after the last arena that had its old count.
        self.unlink_usable(index);
        let after = self.arenas[lastnf].nextarena;
        self.arenas[index].prevarena = Some(lastnf);
        self.arenas[index].nextarena = after;
        if let Some(a) = after {
            self.arenas[a].prevarena = Some(index);
        }
        self.arenas[lastnf].nextarena = Some(index);
    }

    /// Returns arena `index` (wholly free, off every list) to its source.
    fn release_arena(&mut self, index: usize) {
        let arena = &mut self.arenas[index];
        let address = arena.address.take().expect("released arena is mapped");
        *arena = ArenaObject::unused(self.unused_arena_objects);
        self.unused_arena_objects = Some(index);
        self.map.mark(address.as_ptr().addr(), false);
        if self.recent_arena == address.as_ptr().addr() {
            self.recent_arena = crate::state::no_recent_arena(self.geometry);
        }
        self.arena_by_slot
            .remove(&(address.as_ptr().addr() >> self.geometry.arena_bits()));
        self.arenas_current -= 1;
        // SAFETY: `address` came from `alloc_arena(arena_size)` on this source in
        // `new_arena`; every pool in it is free, so no block in it is in use, and the table
        // slot no longer names it.
        unsafe { self.source.free_arena(address, self.geometry.arena_size()) };
    }

    /// Indices of the arenas on `usable_arenas`, in list order.
    pub(crate) fn usable_list(&self) -> impl Iterator<Item = usize> + '_ {
        core::iter::successors(self.usable_arenas, move |&i| self.arenas[i].nextarena)
    }

    /// Returns every arena to its source (on drop).
    pub(crate) fn release_all_arenas(&mut self) {
        for arena in &mut self.arenas {
            if let Some(address) = arena.address.take() {
                // SAFETY: `address` came from `alloc_arena(arena_size)` on this source;
                // the allocator is being dropped, so no block in it may be used again.
                unsafe { self.source.free_arena(address, self.geometry.arena_size()) };
            }
        }
    }
}
