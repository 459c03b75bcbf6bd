//! A first walk through the allocator: the seed notebook's wave experiment, done with real
//! arenas, pools and blocks, then the `sys._debugmallocstats()` report.
//!
//! Run it with `cargo run --release -p obmalloc --example tour` (add `-- --classic` for
//! the 256 KiB / 4 KiB layout the seed notebook's text describes).

use std::collections::{BTreeMap, BTreeSet};
use std::ptr::NonNull;

use obmalloc::{Geometry, Lookup, Obmalloc};

/// The request size of the seed's objects: CPython 3.12 allocates a `Tick` in 48 bytes
/// and a one-slot `Small` in 40, both served by size class 2 (48-byte blocks).
const OBJECT_SIZE: usize = 48;
const WAVE: usize = 10_000;

fn main() {
    let classic = std::env::args().any(|a| a == "--classic");
    let geometry = if classic {
        Geometry::CLASSIC
    } else {
        Geometry::CPYTHON_312
    };
    let heap = Obmalloc::with_geometry(geometry).expect("preset geometries are valid");
    println!(
        "obmalloc tour: {} KiB arenas, {} KiB pools, {} pools per arena, {} size classes up to {} bytes",
        geometry.arena_size() >> 10,
        geometry.pool_size() >> 10,
        geometry.max_pools_in_arena(),
        obmalloc::NUM_SIZE_CLASSES,
        obmalloc::SMALL_REQUEST_THRESHOLD
    );

    // Something else alive, as in any real program.
    let others: Vec<_> = (0..500).map(|i| heap.alloc(8 + i % 200).unwrap()).collect();

    println!("\n== Wave 1: {WAVE} blocks of {OBJECT_SIZE} bytes ==");
    let wave1: Vec<_> = (0..WAVE)
        .map(|_| heap.alloc(OBJECT_SIZE).unwrap())
        .collect();
    let where1 = placement(&heap, &wave1);
    print_placement(&where1);
    let addrs1: BTreeSet<usize> = wave1.iter().map(|p| p.as_ptr().addr()).collect();

    // Free in reverse order of allocation, as CPython's list deallocation does.
    for &p in wave1.iter().rev() {
        // SAFETY: each block came from `heap.alloc` and is freed once.
        unsafe { heap.free(p) };
    }
    let stats = heap.stats();
    println!(
        "freed wave 1: {} blocks still in use, {} arenas mapped, {} unused pools",
        stats.blocks_in_use(),
        stats.arenas_allocated_current,
        stats.unused_pools
    );

    println!("\n== Wave 2: {WAVE} blocks of {OBJECT_SIZE} bytes ==");
    let wave2: Vec<_> = (0..WAVE)
        .map(|_| heap.alloc(OBJECT_SIZE).unwrap())
        .collect();
    let where2 = placement(&heap, &wave2);
    print_placement(&where2);
    let addrs2: BTreeSet<usize> = wave2.iter().map(|p| p.as_ptr().addr()).collect();
    println!(
        "wave 2 reuses wave 1's blocks: {} of {} addresses identical -> {}",
        addrs1.intersection(&addrs2).count(),
        WAVE,
        if addrs1 == addrs2 {
            "identical address sets"
        } else {
            "DIFFERENT address sets"
        }
    );

    println!("\n== Where one block lives ==");
    let p = wave2[WAVE / 2];
    if let Lookup::Block(loc) = heap.lookup(p.as_ptr().addr()) {
        println!(
            "block {:#x}: arena #{} at {:#x}, pool at {:#x}, size class {} ({} bytes), block #{} of its pool, {:?}",
            loc.address,
            loc.arena_index,
            loc.arena_address,
            loc.pool_address,
            loc.size_class,
            loc.block_size,
            loc.block_index,
            loc.state
        );
    }
    println!(
        "a stack address {:#x} is {:?}",
        (&p as *const NonNull<u8>).addr(),
        heap.lookup((&p as *const NonNull<u8>).addr())
    );

    println!("\n== sys._debugmallocstats() ==");
    print!("{}", heap.report());

    for p in wave2.into_iter().rev().chain(others) {
        // SAFETY: each block came from `heap.alloc` and is freed once.
        unsafe { heap.free(p) };
    }
    let stats = heap.stats();
    println!(
        "\nall freed: {} blocks in use, {} arena(s) still mapped (CPython keeps the last one), {} reclaimed",
        stats.blocks_in_use(),
        stats.arenas_allocated_current,
        stats.arenas_reclaimed
    );
}

/// Blocks per (arena index, pool address).
fn placement(heap: &Obmalloc, blocks: &[NonNull<u8>]) -> BTreeMap<usize, BTreeMap<usize, usize>> {
    let mut out: BTreeMap<usize, BTreeMap<usize, usize>> = BTreeMap::new();
    for p in blocks {
        if let Lookup::Block(loc) = heap.lookup(p.as_ptr().addr()) {
            *out.entry(loc.arena_index)
                .or_default()
                .entry(loc.pool_address)
                .or_default() += 1;
        }
    }
    out
}

fn print_placement(placement: &BTreeMap<usize, BTreeMap<usize, usize>>) {
    for (arena, pools) in placement {
        let blocks: usize = pools.values().sum();
        println!(
            "  arena #{arena}: {blocks} blocks in {} pools (first pool {:#x})",
            pools.len(),
            pools.keys().next().copied().unwrap_or(0)
        );
    }
}
