//! Unit tests of each state transition. Small enough to run under Miri.

use core::ptr::NonNull;

use crate::*;

/// Tiny arenas (4 pools of 4 KiB) so that arena-level transitions take a few dozen blocks
/// and the tests stay fast under Miri. Pools of 4 KiB hold 7 blocks of 512 bytes, as in
/// the classic geometry.
fn tiny_geometry() -> Geometry {
    Geometry::new(16 << 10, 4 << 10).unwrap()
}

fn tiny() -> Obmalloc {
    Obmalloc::with_config(Config {
        geometry: tiny_geometry(),
        arena_source: Box::new(HeapArenas::new()),
    })
    .unwrap()
}

fn check(a: &Obmalloc) {
    if let Err(e) = a.check_invariants() {
        panic!("invariant violated: {e}");
    }
}

fn addr(p: NonNull<u8>) -> usize {
    p.as_ptr().addr()
}

fn pool_of(a: &Obmalloc, p: NonNull<u8>) -> PoolInfo {
    let Lookup::Block(loc) = a.lookup(addr(p)) else {
        panic!("not a block");
    };
    a.pools(loc.arena_index)
        .unwrap()
        .into_iter()
        .find(|pool| pool.address == loc.pool_address)
        .unwrap()
}

#[test]
fn small_blocks_are_aligned_and_classed() {
    let a = tiny();
    for size in [1, 15, 16, 17, 100, 511, 512] {
        let p = a.alloc(size).unwrap();
        assert_eq!(addr(p) % ALIGNMENT, 0);
        let Lookup::Block(loc) = a.lookup(addr(p)) else {
            panic!("{size}: not a pool block");
        };
        assert_eq!(loc.size_class, size_class_of(size).unwrap());
        assert_eq!(loc.state, BlockState::Allocated);
        assert_eq!(a.usable_size(p), Some(loc.block_size));
        // SAFETY: allocated just above, freed once.
        unsafe { a.free(p) };
        check(&a);
    }
    assert_eq!(a.stats().blocks_in_use(), 0);
}

#[test]
fn new_pool_initialises_two_blocks_and_carves_lazily() {
    let a = tiny();
    let p = a.alloc(64).unwrap();
    let pool = pool_of(&a, p);
    assert_eq!(pool.used_blocks, 1);
    assert_eq!(pool.free_list_len, 1);
    assert_eq!(pool.virgin_blocks, pool.capacity - 2);
    assert_eq!(pool.state, PoolState::Used);
    assert_eq!(addr(p), pool.address + POOL_OVERHEAD);
    let q = a.alloc(64).unwrap();
    assert_eq!(addr(q), addr(p) + 64, "the second block comes next");
    let pool = pool_of(&a, q);
    assert_eq!((pool.used_blocks, pool.free_list_len), (2, 1));
    check(&a);
}

#[test]
fn alloc_fast_serves_only_from_used_pools() {
    let a = tiny();
    assert_eq!(
        a.alloc_fast(64),
        None,
        "no used pool yet: the slow path maps one"
    );
    assert_eq!(a.alloc_fast(0), None, "size 0 goes to the system");
    assert_eq!(a.alloc_fast(513), None, "large sizes go to the system");
    assert_eq!(
        a.stats().blocks_in_use(),
        0,
        "a refused fast path changes nothing"
    );
    let p = a.alloc(64).unwrap();
    let q = a.alloc_fast(64).expect("the pool has a free block");
    assert_eq!(
        addr(q),
        addr(p) + 64,
        "the same block alloc would have given"
    );
    // Drain the pool through the fast path: it carves virgin blocks, then the pool is full
    // and leaves the used list, and the fast path says no again.
    let mut blocks = vec![p, q];
    while let Some(b) = a.alloc_fast(64) {
        blocks.push(b);
    }
    assert_eq!(blocks.len(), pool_of(&a, p).capacity);
    assert_eq!(pool_of(&a, p).state, PoolState::Full);
    check(&a);
    for b in blocks {
        // SAFETY: each block came from `a` and is freed once.
        unsafe { a.free(b) };
    }
    assert_eq!(a.stats().blocks_in_use(), 0);
    check(&a);
}

#[test]
fn pool_goes_used_full_used_empty() {
    let a = tiny();
    let cap = tiny_geometry().blocks_per_pool(31);
    assert_eq!(cap, 7);
    let blocks: Vec<_> = (0..cap).map(|_| a.alloc(512).unwrap()).collect();
    let pool = pool_of(&a, blocks[0]);
    assert_eq!(pool.state, PoolState::Full);
    assert_eq!(
        (pool.used_blocks, pool.free_list_len, pool.virgin_blocks),
        (cap, 0, 0)
    );
    check(&a);
    // The full pool is off the list: the next block comes from a new pool.
    let other = a.alloc(512).unwrap();
    assert_ne!(pool_of(&a, other).address, pool.address);
    // Freeing one block puts the full pool back in front, so it serves next.
    // SAFETY: live blocks, each freed once.
    unsafe { a.free(blocks[3]) };
    assert_eq!(pool_of(&a, blocks[0]).state, PoolState::Used);
    check(&a);
    let again = a.alloc(512).unwrap();
    assert_eq!(
        again, blocks[3],
        "LIFO: the freed block is handed out again"
    );
    // Empty it: the pool goes to the arena's free pools.
    for &b in &blocks {
        // SAFETY: as above (`again` is blocks[3] live again).
        unsafe { a.free(b) };
    }
    check(&a);
    let pools = a.pools(0).unwrap();
    let emptied = pools.iter().find(|p| p.address == pool.address).unwrap();
    assert_eq!(emptied.state, PoolState::Empty);
    assert_eq!(
        a.lookup(addr(blocks[0])),
        Lookup::ArenaUnused { arena_index: 0 }
    );
    // SAFETY: `other` is live.
    unsafe { a.free(other) };
    check(&a);
}

#[test]
fn empty_pool_reused_by_same_class_keeps_its_free_list() {
    let a = tiny();
    let _keep = a.alloc(16).unwrap(); // keeps the arena busy
    let x = a.alloc(256).unwrap();
    let y = a.alloc(256).unwrap();
    // SAFETY: live blocks freed once.
    unsafe {
        a.free(x);
        a.free(y);
    }
    check(&a);
    // Same class: the pool is taken back without re-initialisation, last freed first.
    assert_eq!(a.alloc(256).unwrap(), y);
    assert_eq!(a.alloc(256).unwrap(), x);
    check(&a);
}

#[test]
fn empty_pool_reused_by_another_class_is_reinitialised() {
    let a = tiny();
    let keep = a.alloc(16).unwrap();
    let x = a.alloc(256).unwrap();
    let pool_addr = pool_of(&a, x).address;
    // SAFETY: live block freed once.
    unsafe { a.free(x) };
    let z = a.alloc(32).unwrap();
    // The emptied pool is the arena's first free pool, so it is reused for class 1.
    let pool = pool_of(&a, z);
    assert_eq!(pool.address, pool_addr);
    assert_eq!((pool.size_class, pool.used_blocks), (1, 1));
    assert_eq!(addr(z), pool_addr + POOL_OVERHEAD);
    check(&a);
    // SAFETY: live blocks freed once.
    unsafe {
        a.free(z);
        a.free(keep);
    }
    check(&a);
}

#[test]
fn empty_pools_are_reused_lowest_address_first() {
    let a = tiny();
    let keep = a.alloc(16).unwrap();
    let blocks: Vec<NonNull<u8>> = [256, 128, 64]
        .iter()
        .map(|&n| a.alloc(n).unwrap())
        .collect();
    let pools: Vec<usize> = blocks.iter().map(|&b| pool_of(&a, b).address).collect();
    assert!(
        pools.windows(2).all(|w| w[0] < w[1]),
        "carved in address order"
    );
    // Empty them out of order: the last one first (list head), then the first (new head),
    // then the middle one (inserted between).
    for i in [2, 0, 1] {
        // SAFETY: live block freed once.
        unsafe { a.free(blocks[i]) };
        check(&a);
    }
    // Whatever the order they emptied in, and whichever class asks, the lowest comes first.
    let again: Vec<NonNull<u8>> = [32, 48, 512].iter().map(|&n| a.alloc(n).unwrap()).collect();
    let reused: Vec<usize> = again.iter().map(|&b| pool_of(&a, b).address).collect();
    assert_eq!(reused, pools);
    check(&a);
    // SAFETY: live blocks freed once.
    unsafe {
        for b in again {
            a.free(b);
        }
        a.free(keep);
    }
    check(&a);
}

/// Fills `n` whole arenas with 512-byte blocks and returns them arena by arena.
fn fill_arenas(a: &Obmalloc, n: usize) -> Vec<Vec<NonNull<u8>>> {
    let mut by_arena: Vec<Vec<NonNull<u8>>> = vec![Vec::new(); n];
    loop {
        let p = a.alloc(512).unwrap();
        let Lookup::Block(loc) = a.lookup(addr(p)) else {
            unreachable!()
        };
        if loc.arena_index >= n {
            // SAFETY: just allocated.
            unsafe { a.free(p) };
            return by_arena;
        }
        by_arena[loc.arena_index].push(p);
    }
}

#[test]
fn usable_arenas_stay_sorted_and_empty_arenas_return_to_the_os() {
    let a = tiny();
    let arenas = fill_arenas(&a, 3);
    check(&a);
    // Arena 3 was mapped for the probe block and kept as the last usable arena.
    assert_eq!(a.stats().arenas_allocated_current, 4);
    let per_pool = tiny_geometry().blocks_per_pool(31);
    // Free one pool in arena 0, two in arena 2: each moves to its sorted place.
    for &b in &arenas[0][..per_pool] {
        // SAFETY: live blocks freed once.
        unsafe { a.free(b) };
        check(&a);
    }
    for &b in &arenas[2][..2 * per_pool] {
        // SAFETY: live blocks freed once.
        unsafe { a.free(b) };
        check(&a);
    }
    let free: Vec<usize> = a.arenas().iter().map(|x| x.free_pools).collect();
    assert_eq!(&free[..3], &[1, 0, 2]);
    // Emptying arena 1 wholly returns it to the OS (it is not last on the list).
    for &b in &arenas[1] {
        // SAFETY: live blocks freed once.
        unsafe { a.free(b) };
    }
    check(&a);
    let stats = a.stats();
    assert_eq!(stats.arenas_allocated_current, 3);
    assert_eq!(stats.arenas_reclaimed, 2 - 1);
    assert!(a.arenas().iter().all(|x| x.index != 1));
    assert!(!a.in_arenas(addr(arenas[1][0])));
    assert_eq!(a.lookup(addr(arenas[1][0])), Lookup::NotOurs);
    // Free everything: all arenas but the last usable one go back.
    for arena in [&arenas[0][per_pool..], &arenas[2][2 * per_pool..]] {
        for &b in arena {
            // SAFETY: live blocks freed once.
            unsafe { a.free(b) };
            check(&a);
        }
    }
    let stats = a.stats();
    assert_eq!(stats.arenas_allocated_current, 1);
    assert_eq!(stats.arenas_highwater, 4);
    assert_eq!(stats.arenas_allocated_total, 4);
    assert_eq!(stats.blocks_in_use(), 0);
    // The table slots of returned arenas are reused: the table does not grow.
    let per_arena = per_pool * tiny_geometry().max_pools_in_arena();
    let more: Vec<_> = (0..3 * per_arena).map(|_| a.alloc(512).unwrap()).collect();
    let arenas_now = a.arenas();
    assert!(arenas_now.len() >= 3);
    assert!(arenas_now.iter().all(|x| x.index < 4), "{arenas_now:?}");
    check(&a);
    for b in more {
        // SAFETY: live, freed once.
        unsafe { a.free(b) };
    }
    check(&a);
}

#[test]
#[cfg(not(miri))] // Miri has no mmap/madvise
fn lazy_free_cache_reuses_freed_arenas() {
    let mut source = MmapArenas::with_lazy_free_cache(2);
    let size = Geometry::CLASSIC.arena_size();
    let arenas: Vec<_> = (0..3).map(|_| source.alloc_arena(size).unwrap()).collect();
    for &arena in &arenas {
        // SAFETY: fresh mappings, writable; then given back once and not used again.
        unsafe {
            arena.as_ptr().write(1);
            source.free_arena(arena, size);
        }
    }
    assert_eq!(source.cached(), (0, 2), "two kept, the third unmapped");
    let again = source.alloc_arena(size).unwrap();
    assert!(arenas[..2].contains(&again));
    // SAFETY: the reused arena is writable and ours.
    unsafe { again.as_ptr().write(2) };
    assert_eq!(source.cached(), (0, 1));
    // SAFETY: `again` is ours and no longer used.
    unsafe { source.free_arena(again, size) };
    let mut both = MmapArenas::with_caches(1, 1);
    let arenas: Vec<_> = (0..3).map(|_| both.alloc_arena(size).unwrap()).collect();
    for &arena in &arenas {
        // SAFETY: fresh mappings given back once.
        unsafe { both.free_arena(arena, size) };
    }
    assert_eq!(both.cached(), (1, 1));
    assert_eq!(
        both.alloc_arena(size),
        Some(arenas[0]),
        "the hot arena first"
    );
    // Through the allocator: stats still count the arena as reclaimed, as CPython does.
    let a = Obmalloc::with_config(Config {
        geometry: tiny_geometry(),
        arena_source: Box::new(MmapArenas::with_lazy_free_cache(8)),
    })
    .unwrap();
    let arenas = fill_arenas(&a, 2);
    for b in arenas.into_iter().flatten() {
        // SAFETY: live blocks freed once.
        unsafe { a.free(b) };
    }
    check(&a);
    assert_eq!(a.stats().arenas_allocated_current, 1);
    assert_eq!(a.stats().arenas_reclaimed, 2);
}

#[test]
fn zero_and_large_requests_go_to_the_system() {
    let a = tiny();
    let zero = a.alloc(0).unwrap();
    let big = a.alloc(513).unwrap();
    assert!(!a.in_arenas(addr(zero)) && !a.in_arenas(addr(big)));
    assert_eq!(a.lookup(addr(big)), Lookup::System { size: 513 });
    let stats = a.stats();
    assert_eq!(
        (
            stats.system_blocks,
            stats.system_bytes,
            stats.arenas_allocated_current
        ),
        (2, 513, 0)
    );
    // SAFETY: live blocks freed once.
    unsafe {
        a.free(zero);
        a.free(big);
    }
    assert_eq!(a.stats().system_blocks, 0);
    assert_eq!(a.stats().system_allocations_total, 2);
}

#[test]
fn impossible_sizes_are_errors() {
    let a = tiny();
    assert_eq!(
        a.alloc(usize::MAX),
        Err(AllocError::TooLarge { size: usize::MAX })
    );
    assert!(matches!(
        a.calloc(usize::MAX, 2),
        Err(AllocError::TooLarge { .. })
    ));
    assert!(matches!(
        a.calloc(1 << 62, 4),
        Err(AllocError::TooLarge { .. })
    ));
    let p = a.alloc(8).unwrap();
    // SAFETY: `p` is live; on error realloc leaves it untouched.
    assert!(unsafe { a.realloc(p, usize::MAX) }.is_err());
    // SAFETY: still live after the failed realloc.
    unsafe { a.free(p) };
    check(&a);
    assert!(a
        .alloc(usize::MAX)
        .unwrap_err()
        .to_string()
        .contains("isize::MAX"));
}

#[test]
fn foreign_pointers() {
    let a = tiny();
    // SAFETY: plain malloc; freed by `a.free` below, which hands it to the system.
    let foreign = NonNull::new(unsafe { libc::malloc(32) }.cast::<u8>()).unwrap();
    assert_eq!(a.lookup(addr(foreign)), Lookup::NotOurs);
    assert_eq!(
        a.try_free(foreign),
        Err(FreeError::Foreign {
            address: addr(foreign)
        })
    );
    // CPython's rule: free() of a pointer that is not in our arenas goes to the system.
    // SAFETY: `foreign` is a live malloc block.
    unsafe { a.free(foreign) };
    check(&a);
}

#[test]
fn try_free_refuses_bad_pointers() {
    let a = tiny();
    let p = a.alloc(48).unwrap();
    let q = a.alloc(48).unwrap();
    let inside = NonNull::new(p.as_ptr().wrapping_add(8)).unwrap();
    assert_eq!(
        a.try_free(inside),
        Err(FreeError::NotABlock {
            address: addr(inside)
        })
    );
    let header = NonNull::new(p.as_ptr().wrapping_sub(POOL_OVERHEAD)).unwrap();
    assert!(matches!(
        a.try_free(header),
        Err(FreeError::NotABlock { .. })
    ));
    assert_eq!(a.try_free(p), Ok(()));
    assert_eq!(
        a.try_free(p),
        Err(FreeError::AlreadyFree { address: addr(p) })
    );
    let virgin = NonNull::new(q.as_ptr().wrapping_add(5 * 48)).unwrap();
    assert!(matches!(
        a.try_free(virgin),
        Err(FreeError::AlreadyFree { .. })
    ));
    let big = a.alloc(4096).unwrap();
    assert_eq!(a.try_free(big), Ok(()));
    assert!(matches!(a.try_free(big), Err(FreeError::Foreign { .. })));
    check(&a);
    assert_eq!(a.stats().blocks_in_use(), 1);
}

#[test]
fn realloc_follows_cpython() {
    let a = tiny();
    let p = a.alloc(100).unwrap(); // class 6, 112 bytes
                                   // SAFETY: `p` is live and has room for 100 bytes.
    unsafe {
        p.as_ptr()
            .copy_from_nonoverlapping([7u8; 100].as_ptr(), 100)
    };
    // SAFETY: `p` is live; every realloc below consumes the previous pointer.
    unsafe {
        // Fits and wastes under a quarter: stays.
        assert_eq!(a.realloc(p, 112).unwrap(), p);
        assert_eq!(a.realloc(p, 85).unwrap(), p);
        // Shrinks by a quarter or more: moves to a smaller class.
        let small = a.realloc(p, 84).unwrap();
        assert_ne!(small, p);
        assert_eq!(a.usable_size(small), Some(96));
        assert_eq!(
            core::slice::from_raw_parts(small.as_ptr(), 84),
            &[7u8; 84][..]
        );
        // Grows past 512: moves to the system allocator, contents kept.
        let big = a.realloc(small, 2000).unwrap();
        assert_eq!(a.lookup(addr(big)), Lookup::System { size: 2000 });
        assert_eq!(
            core::slice::from_raw_parts(big.as_ptr(), 84),
            &[7u8; 84][..]
        );
        // A system block shrunk to a small size stays with the system (as in CPython).
        let back = a.realloc(big, 10).unwrap();
        assert!(!a.in_arenas(addr(back)));
        a.free(back);
    }
    check(&a);
    assert_eq!(a.stats().blocks_in_use(), 0);
    assert_eq!(a.stats().system_blocks, 0);
}

#[test]
fn calloc_zeroes_reused_blocks() {
    let a = tiny();
    let p = a.alloc(64).unwrap();
    // SAFETY: `p` has room for 64 bytes; then freed once.
    unsafe {
        p.as_ptr().write_bytes(0xAB, 64);
        a.free(p);
    }
    let q = a.calloc(4, 16).unwrap();
    assert_eq!(q, p, "the dirty block is reused");
    // SAFETY: `q` holds 64 initialised bytes.
    assert!(unsafe { core::slice::from_raw_parts(q.as_ptr(), 64) }
        .iter()
        .all(|&b| b == 0));
    let empty = a.calloc(0, 1 << 40).unwrap();
    assert_eq!(a.lookup(addr(empty)), Lookup::System { size: 0 });
    let big = a.calloc(100, 10).unwrap();
    // SAFETY: `big` holds 1000 zeroed bytes.
    assert!(unsafe { core::slice::from_raw_parts(big.as_ptr(), 1000) }
        .iter()
        .all(|&b| b == 0));
    check(&a);
}

/// An arena source that refuses after `budget` arenas.
struct Limited {
    inner: HeapArenas,
    budget: usize,
}

// SAFETY: forwards to HeapArenas, which upholds the contract.
unsafe impl ArenaSource for Limited {
    fn alloc_arena(&mut self, size: usize) -> Option<NonNull<u8>> {
        if self.budget == 0 {
            return None;
        }
        self.budget -= 1;
        self.inner.alloc_arena(size)
    }
    unsafe fn free_arena(&mut self, arena: NonNull<u8>, size: usize) {
        // SAFETY: the caller's guarantee is passed on.
        unsafe { self.inner.free_arena(arena, size) }
    }
}

#[test]
fn arena_refused_falls_back_to_the_system() {
    let a = Obmalloc::with_config(Config {
        geometry: tiny_geometry(),
        arena_source: Box::new(Limited {
            inner: HeapArenas::new(),
            budget: 0,
        }),
    })
    .unwrap();
    let p = a.alloc(32).unwrap();
    assert_eq!(a.lookup(addr(p)), Lookup::System { size: 32 });
    check(&a);
    // SAFETY: live, freed once.
    unsafe { a.free(p) };
    assert_eq!(a.stats().system_blocks, 0);
}

/// Arenas that never start on a pool boundary.
struct Misaligned;

// SAFETY: each arena is the tail of a larger allocation, 16-aligned, exclusively ours;
// `free_arena` rebuilds the original allocation from it.
unsafe impl ArenaSource for Misaligned {
    fn alloc_arena(&mut self, size: usize) -> Option<NonNull<u8>> {
        let layout = std::alloc::Layout::from_size_align(size + 4096, 4096).ok()?;
        // SAFETY: non-zero size.
        let base = unsafe { std::alloc::alloc(layout) };
        NonNull::new(base.wrapping_add(1024))
    }
    unsafe fn free_arena(&mut self, arena: NonNull<u8>, size: usize) {
        let layout = std::alloc::Layout::from_size_align(size + 4096, 4096).unwrap();
        // SAFETY: `arena` is 1024 bytes into an allocation of this layout.
        unsafe { std::alloc::dealloc(arena.as_ptr().wrapping_sub(1024), layout) }
    }
}

#[test]
fn misaligned_arena_loses_one_pool() {
    let a = Obmalloc::with_config(Config {
        geometry: Geometry::CLASSIC,
        arena_source: Box::new(Misaligned),
    })
    .unwrap();
    let p = a.alloc(16).unwrap();
    let arena = &a.arenas()[0];
    assert_eq!(
        arena.total_pools,
        Geometry::CLASSIC.max_pools_in_arena() - 1
    );
    assert_eq!(arena.first_pool - arena.address, 4096 - 1024);
    assert_eq!(
        a.lookup(arena.address),
        Lookup::ArenaUnused { arena_index: 0 }
    );
    let stats = a.stats();
    assert_eq!(stats.bytes_lost_to_arena_alignment, 4096);
    assert_eq!(stats.accounted_bytes(), stats.bytes_in_arenas);
    check(&a);
    // SAFETY: live, freed once.
    unsafe { a.free(p) };
}

#[test]
fn report_has_cpython_format() {
    let a = Obmalloc::with_config(Config {
        arena_source: Box::new(HeapArenas::new()),
        ..Config::default()
    })
    .unwrap();
    let blocks: Vec<_> = (0..30).map(|_| a.alloc(40).unwrap()).collect();
    let report = a.report();
    let mut lines = report.lines();
    assert_eq!(
        lines.next(),
        Some("Small block threshold = 512, in 32 size classes.")
    );
    assert_eq!(lines.next(), Some(""));
    assert_eq!(
        lines.next(),
        Some("class   size   num pools   blocks in use  avail blocks")
    );
    assert_eq!(
        lines.next(),
        Some("-----   ----   ---------   -------------  ------------")
    );
    assert_eq!(
        lines.next(),
        Some("    2     48           1              30           310")
    );
    assert_eq!(lines.next(), Some(""));
    assert_eq!(
        lines.next(),
        Some("# arenas allocated total           =                    1")
    );
    assert!(report.contains("1 arenas * 1048576 bytes/arena     =            1,048,576\n"));
    assert!(report.contains("# bytes in allocated blocks        =                1,440\n"));
    assert!(report.contains(
        "\narena map counts\n# arena map mid nodes              =                    1\n"
    ));
    assert!(report.contains("# bytes lost to arena map root     =              262,144\n"));
    for b in blocks {
        // SAFETY: live, freed once.
        unsafe { a.free(b) };
    }
}

#[test]
fn blocks_walk_matches_pool_counts() {
    let a = tiny();
    let ps: Vec<_> = (0..5).map(|_| a.alloc(128).unwrap()).collect();
    // SAFETY: live, freed once.
    unsafe { a.free(ps[1]) };
    let pool = pool_of(&a, ps[0]);
    let blocks = a.blocks(pool.address).unwrap();
    assert_eq!(blocks.len(), pool.capacity);
    let count = |s| blocks.iter().filter(|b| b.state == s).count();
    assert_eq!(count(BlockState::Allocated), 4);
    assert_eq!(count(BlockState::Free), pool.free_list_len);
    assert_eq!(count(BlockState::Virgin), pool.virgin_blocks);
    assert_eq!(blocks[1].state, BlockState::Free);
    assert_eq!(blocks[1].address, addr(ps[1]));
    assert!(a.blocks(pool.address + 16).is_none());
    assert!(a.pools(99).is_none());
}

#[test]
fn allocator_api2_collections() {
    use allocator_api2::vec::Vec as AVec;
    let a = tiny();
    {
        let mut v: AVec<u64, &Obmalloc> = AVec::new_in(&a);
        for i in 0..100 {
            v.push(i);
        }
        assert_eq!(v.iter().sum::<u64>(), 4950);
        let mut map = hashbrown::HashMap::new_in(&a);
        for i in 0..50u32 {
            map.insert(i, i * 2);
        }
        assert_eq!(map[&7], 14);
        #[repr(align(64))]
        struct Wide(#[allow(dead_code)] u8);
        let mut w: AVec<Wide, &Obmalloc> = AVec::new_in(&a);
        w.push(Wide(1));
        assert_eq!(w.as_ptr().addr() % 64, 0);
    }
    check(&a);
    assert_eq!(a.stats().blocks_in_use(), 0);
    assert_eq!(a.stats().system_blocks, 0);
}

#[test]
fn debug_hooks_check_pads_and_ids() {
    let d = DebugAllocator::with_allocator(tiny());
    let p = d.alloc(Api::Mem, 16).unwrap();
    // SAFETY: one byte past the 16 data bytes is the trailing pad, inside the block.
    unsafe { p.as_ptr().add(16).write(0x41) };
    let err = d.free(Api::Mem, p).unwrap_err();
    assert_eq!(err.to_string(), "bad trailing pad byte");
    assert!(err.report().contains("at tail+0: 0x41 *** OUCH"));
    // SAFETY: as above, restoring the pad.
    unsafe { p.as_ptr().add(16).write(FORBIDDEN_BYTE) };
    assert!(matches!(
        d.free(Api::Object, p),
        Err(DebugError::BadId { .. })
    ));
    d.free(Api::Mem, p).unwrap();
    assert!(matches!(
        d.free(Api::Mem, p),
        Err(DebugError::NotADebugBlock { .. })
    ));
    let big = d.alloc(Api::Raw, 600).unwrap();
    let big = d.realloc(Api::Raw, big, 20).unwrap();
    assert_eq!(d.check(Api::Raw, big), Ok(20));
    d.free(Api::Raw, big).unwrap();
    assert_eq!(d.stats().blocks_in_use() + d.stats().system_blocks, 0);
}

/// Counts arenas handed out and not yet returned.
struct Counting {
    inner: HeapArenas,
    live: std::rc::Rc<core::cell::Cell<isize>>,
}

// SAFETY: forwards to HeapArenas, which upholds the contract.
unsafe impl ArenaSource for Counting {
    fn alloc_arena(&mut self, size: usize) -> Option<NonNull<u8>> {
        self.live.set(self.live.get() + 1);
        self.inner.alloc_arena(size)
    }
    unsafe fn free_arena(&mut self, arena: NonNull<u8>, size: usize) {
        self.live.set(self.live.get() - 1);
        // SAFETY: the caller's guarantee is passed on.
        unsafe { self.inner.free_arena(arena, size) }
    }
}

#[test]
fn dropping_the_allocator_releases_every_arena_and_system_block() {
    let live = std::rc::Rc::new(core::cell::Cell::new(0));
    let a = Obmalloc::with_config(Config {
        geometry: tiny_geometry(),
        arena_source: Box::new(Counting {
            inner: HeapArenas::new(),
            live: live.clone(),
        }),
    })
    .unwrap();
    let _blocks = fill_arenas(&a, 3);
    let _big = a.alloc(10_000).unwrap();
    assert_eq!(live.get(), 4);
    drop(a); // blocks still "allocated": the drop reclaims them all
    assert_eq!(live.get(), 0);
}

/// How many of the pages of `size` bytes at `arena` are resident (`mincore`).
#[cfg(not(miri))]
fn resident_pages(arena: NonNull<u8>, size: usize) -> usize {
    let page = 4096;
    let mut vec = vec![0u8; size.div_ceil(page)];
    // SAFETY: `arena` is a live mapping of `size` bytes; `vec` has one byte per page.
    let rc = unsafe { libc::mincore(arena.as_ptr().cast(), size, vec.as_mut_ptr()) };
    assert_eq!(rc, 0, "mincore failed");
    vec.iter().filter(|&&b| b & 1 != 0).count()
}

#[test]
#[cfg(not(miri))] // Miri has no mmap/mincore
fn arenas_are_prefaulted_only_once_the_heap_has_grown() {
    let size = Geometry::CLASSIC.arena_size();
    let pages = size / 4096;
    let mut source = MmapArenas::new().prefault_after(2);
    let first = source.alloc_arena(size).unwrap();
    let second = source.alloc_arena(size).unwrap();
    assert_eq!(
        resident_pages(first, size),
        0,
        "touch-as-you-go below the threshold"
    );
    assert_eq!(resident_pages(second, size), 0);
    assert_eq!(source.in_use(), 2);
    let third = source.alloc_arena(size).unwrap();
    assert_eq!(
        resident_pages(third, size),
        pages,
        "mapped with its pages in place"
    );
    // Giving arenas back lowers the count again: the next mapping is not prefaulted.
    // SAFETY: our own mappings, not used again.
    unsafe {
        source.free_arena(third, size);
        source.free_arena(second, size);
    }
    assert_eq!(source.in_use(), 1);
    let fourth = source.alloc_arena(size).unwrap();
    assert_eq!(resident_pages(fourth, size), 0);
    // SAFETY: as above.
    unsafe {
        source.free_arena(fourth, size);
        source.free_arena(first, size);
    }
    assert_eq!(source.in_use(), 0);
    // The default source never prefaults a small heap's arenas.
    let mut never = MmapArenas::new();
    let arenas: Vec<_> = (0..3).map(|_| never.alloc_arena(size).unwrap()).collect();
    assert!(arenas.iter().all(|&a| resident_pages(a, size) == 0));
    for a in arenas {
        // SAFETY: as above.
        unsafe { never.free_arena(a, size) };
    }
}
