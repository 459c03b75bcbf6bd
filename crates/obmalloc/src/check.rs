//! A full consistency check of the allocator's data structures, used by the tests (and
//! available to users who suspect heap corruption, e.g. after a buggy `unsafe` caller).

use core::ptr;
use std::collections::HashSet;

use crate::geometry::{block_size, NUM_SIZE_CLASSES, POOL_OVERHEAD};
use crate::obmalloc::Obmalloc;
use crate::pool::PoolHeader;

impl Obmalloc {
    /// Checks every invariant the allocator relies on (listed in `state.rs`): list links,
    /// pool counts against free lists and virgin blocks, arena free-pool counts, the
    /// sorting of usable arenas and `nfp2lasta`, the arena map, and that the statistics
    /// account for every arena byte. Returns the first violation found.
    ///
    /// It walks everything, so it is meant for tests and debugging, not hot paths.
    pub fn check_invariants(&self) -> Result<(), String> {
        let state = self.state_ref();
        let g = state.geometry;
        let pool_size = g.pool_size();
        let mut on_used_list: HashSet<usize> = HashSet::new();

        for class in 0..NUM_SIZE_CLASSES {
            let mut prev: *mut PoolHeader = core::ptr::null_mut();
            let mut pool = state.usedpools[class];
            while !pool.is_null() {
                if !on_used_list.insert(pool.addr()) {
                    return Err(format!("pool {pool:p} twice on the used lists"));
                }
                if !state.map.contains(pool.addr()) {
                    return Err(format!("used pool {pool:p} is not in an arena"));
                }
                // SAFETY: a pointer on a used list inside one of our arenas is a carved
                // pool header (invariant 1; we check it is in an arena first).
                let h = unsafe { &*pool };
                if h.prevpool != prev {
                    return Err(format!("pool {pool:p}: prevpool link broken"));
                }
                if h.szidx as usize != class || h.count == 0 || h.freeblock.is_null() {
                    return Err(format!(
                        "pool {pool:p} on usedpools[{class}] has szidx {} count {} freeblock {:p}",
                        h.szidx, h.count, h.freeblock
                    ));
                }
                prev = pool;
                pool = h.nextpool;
            }
        }

        let mut mapped = 0;
        for (index, arena) in state.arenas.iter().enumerate() {
            let Some(base) = arena.address else { continue };
            mapped += 1;
            let base = base.as_ptr().addr();
            if !state.map.contains(base) || !state.map.contains(base + g.arena_size() - 1) {
                return Err(format!("arena {index} missing from the arena map"));
            }
            if self.lookup(base) == crate::Lookup::NotOurs
                || self.lookup(base + g.arena_size() - 1) == crate::Lookup::NotOurs
            {
                return Err(format!("arena {index} missing from arena_by_slot"));
            }
            let carved = (arena.pool_address.addr() - arena.first_pool.addr()) / pool_size;
            let mut empty_pools = HashSet::new();
            let mut p = arena.freepools;
            let mut last: *mut PoolHeader = ptr::null_mut();
            while !p.is_null() {
                if !empty_pools.insert(p.addr()) || empty_pools.len() > carved {
                    return Err(format!("arena {index}: free pool list loops"));
                }
                if p <= last {
                    return Err(format!("arena {index}: free pools not in address order"));
                }
                last = p;
                // SAFETY: pools on an arena's free list are carved headers (invariant 1).
                let h = unsafe { &*p };
                if h.count != 0 || h.arenaindex as usize != index {
                    return Err(format!(
                        "arena {index}: free pool {p:p} has count {}",
                        h.count
                    ));
                }
                p = h.nextpool;
            }
            if arena.lastfreepool != last {
                return Err(format!(
                    "arena {index}: lastfreepool is not the list's last pool"
                ));
            }
            if arena.nfreepools != empty_pools.len() + (arena.ntotalpools - carved) {
                return Err(format!(
                    "arena {index}: nfreepools {} but {} empty + {} never carved",
                    arena.nfreepools,
                    empty_pools.len(),
                    arena.ntotalpools - carved
                ));
            }
            for i in 0..carved {
                let pool = arena
                    .first_pool
                    .wrapping_add(i * pool_size)
                    .cast::<PoolHeader>();
                // SAFETY: pools below `pool_address` are carved (invariant 1).
                let h = unsafe { &*pool };
                if h.arenaindex as usize != index {
                    return Err(format!(
                        "pool {pool:p}: arenaindex {} in arena {index}",
                        h.arenaindex
                    ));
                }
                if h.count == 0 {
                    if !empty_pools.contains(&pool.addr()) {
                        return Err(format!(
                            "empty pool {pool:p} is not on its arena's free list"
                        ));
                    }
                    continue;
                }
                let class = h.szidx as usize;
                let size = block_size(class);
                let capacity = g.blocks_per_pool(class);
                let virgin = if h.nextoffset <= h.maxnextoffset {
                    (h.maxnextoffset - h.nextoffset) as usize / size + 1
                } else {
                    0
                };
                let mut free = HashSet::new();
                let mut b = h.freeblock;
                while !b.is_null() {
                    let off = b.addr().wrapping_sub(pool.addr());
                    if off < POOL_OVERHEAD
                        || off >= h.nextoffset as usize
                        || (off - POOL_OVERHEAD) % size != 0
                        || !free.insert(b.addr())
                    {
                        return Err(format!("pool {pool:p}: bad free-list entry {b:p}"));
                    }
                    // SAFETY: checked just above to be a carved block of this pool; by
                    // invariant 3 its first word is the next link.
                    b = unsafe { b.cast::<*mut u8>().read() };
                }
                if h.count as usize + free.len() + virgin != capacity {
                    return Err(format!(
                        "pool {pool:p}: {} used + {} free + {virgin} virgin != {capacity}",
                        h.count,
                        free.len()
                    ));
                }
                let full = free.is_empty() && virgin == 0;
                if full == on_used_list.contains(&pool.addr()) {
                    return Err(format!(
                        "pool {pool:p}: full={full} but on-used-list disagrees"
                    ));
                }
            }
        }
        let recent_ok = state.recent_arena == crate::state::no_recent_arena(g)
            || state.arenas.iter().any(|a| {
                a.address
                    .is_some_and(|b| b.as_ptr().addr() == state.recent_arena)
            });
        if !recent_ok {
            return Err("recent_arena names no mapped arena".into());
        }
        if mapped != state.arenas_current || state.arena_by_slot.len() != mapped {
            return Err(format!(
                "{mapped} arenas mapped, {} counted",
                state.arenas_current
            ));
        }

        let usable: Vec<usize> = state.usable_list().take(state.arenas.len() + 1).collect();
        let expected = state
            .arenas
            .iter()
            .filter(|a| a.address.is_some() && a.nfreepools > 0)
            .count();
        if usable.len() != expected {
            return Err(format!(
                "usable_arenas has {} arenas, expected {expected}",
                usable.len()
            ));
        }
        let mut prev = None;
        for &i in &usable {
            let a = &state.arenas[i];
            if a.prevarena != prev {
                return Err(format!("usable arena {i}: prevarena link broken"));
            }
            if let Some(p) = prev {
                if state.arenas[p].nfreepools > a.nfreepools {
                    return Err("usable_arenas is not sorted by nfreepools".into());
                }
            }
            prev = Some(i);
        }
        for (nfp, last) in state.nfp2lasta.iter().enumerate() {
            let want = usable
                .iter()
                .rev()
                .find(|&&i| state.arenas[i].nfreepools == nfp)
                .copied();
            let want = if nfp == 0 { None } else { want };
            if *last != want {
                return Err(format!("nfp2lasta[{nfp}] = {last:?}, expected {want:?}"));
            }
        }

        let stats = self.stats();
        if stats.accounted_bytes() != stats.bytes_in_arenas {
            return Err(format!(
                "stats account for {} bytes of {} in arenas",
                stats.accounted_bytes(),
                stats.bytes_in_arenas
            ));
        }
        Ok(())
    }
}
