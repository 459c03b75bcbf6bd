//! The seed notebook's wave experiment, at the allocator level, and the return of arenas
//! to the OS.

use std::collections::BTreeSet;
use std::ptr::NonNull;

use obmalloc::{Geometry, Obmalloc};

fn wave(a: &Obmalloc, n: usize, size: usize) -> Vec<NonNull<u8>> {
    (0..n).map(|_| a.alloc(size).unwrap()).collect()
}

fn addresses(blocks: &[NonNull<u8>]) -> BTreeSet<usize> {
    blocks.iter().map(|p| p.as_ptr().addr()).collect()
}

/// Frees in reverse order of allocation, as CPython's list deallocation does (`del objs`
/// in the seed notebook frees the last element first).
fn free_all(a: &Obmalloc, blocks: Vec<NonNull<u8>>) {
    for p in blocks.into_iter().rev() {
        // SAFETY: every block came from `a.alloc` and is freed once.
        unsafe { a.free(p) };
    }
}

#[test]
fn second_wave_reuses_exactly_the_first_waves_blocks() {
    for geometry in [Geometry::CPYTHON_312, Geometry::CLASSIC] {
        let a = Obmalloc::with_geometry(geometry).unwrap();
        // Something else alive, as in a real program, so the arena is not the only one.
        let other = wave(&a, 100, 100);
        let first = wave(&a, 10_000, 48);
        let first_addrs = addresses(&first);
        assert_eq!(first_addrs.len(), 10_000);
        free_all(&a, first);
        a.check_invariants().unwrap();
        let second = wave(&a, 10_000, 48);
        let second_addrs = addresses(&second);
        assert!(
            second_addrs == first_addrs,
            "{geometry:?}: {} of the second wave's addresses are new",
            second_addrs.difference(&first_addrs).count()
        );
        free_all(&a, second);
        free_all(&a, other);
        a.check_invariants().unwrap();
    }
}

#[test]
fn freeing_everything_returns_all_arenas_but_one() {
    let a = Obmalloc::new();
    let mut blocks = Vec::new();
    for i in 0..300_000 {
        blocks.push(a.alloc(1 + i % 512).unwrap());
    }
    let peak = a.stats();
    assert!(
        peak.arenas_allocated_current > 20,
        "{}",
        peak.arenas_allocated_current
    );
    // Free in an interleaved order so arenas drain unevenly and get re-sorted.
    let (even, odd): (Vec<_>, Vec<_>) = blocks
        .into_iter()
        .enumerate()
        .partition(|(i, _)| i % 2 == 0);
    free_all(&a, even.into_iter().map(|(_, p)| p).collect());
    a.check_invariants().unwrap();
    free_all(&a, odd.into_iter().map(|(_, p)| p).collect());
    a.check_invariants().unwrap();
    let stats = a.stats();
    assert_eq!(stats.arenas_allocated_current, 1);
    assert_eq!(stats.arenas_reclaimed, stats.arenas_allocated_total - 1);
    assert_eq!(stats.blocks_in_use(), 0);
    assert_eq!(stats.arenas_highwater, peak.arenas_allocated_current);
}

#[test]
fn report_of_a_busy_allocator_accounts_for_every_byte() {
    let a = Obmalloc::new();
    let blocks: Vec<_> = (0..50_000)
        .map(|i| a.alloc(8 + (i * 7) % 500).unwrap())
        .collect();
    let stats = a.stats();
    assert_eq!(stats.accounted_bytes(), stats.bytes_in_arenas);
    let report = a.report();
    let total = format!("{:<35}={:>21}\n", "Total", group(stats.bytes_in_arenas));
    assert!(report.contains(&total), "{report}");
    free_all(&a, blocks);
}

fn group(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Freed in allocation order instead, the blocks come back in a different order and the
/// last, partly carved pool may differ, but the second wave still lands in the same arenas
/// with the same number of blocks each: the seed notebook's "same buckets" observation.
#[test]
fn second_wave_lands_in_the_same_arenas_whatever_the_free_order() {
    let a = Obmalloc::new();
    let other = wave(&a, 100, 100);
    let per_arena = |blocks: &[NonNull<u8>]| {
        let mut counts = std::collections::BTreeMap::new();
        for p in blocks {
            let obmalloc::Lookup::Block(loc) = a.lookup(p.as_ptr().addr()) else {
                panic!("not a pool block");
            };
            *counts.entry(loc.arena_address).or_insert(0usize) += 1;
        }
        counts
    };
    let first = wave(&a, 30_000, 48);
    let first_counts = per_arena(&first);
    for p in first {
        // SAFETY: each block came from `a.alloc` and is freed once.
        unsafe { a.free(p) };
    }
    let second = wave(&a, 30_000, 48);
    assert_eq!(per_arena(&second), first_counts);
    free_all(&a, second);
    free_all(&a, other);
}
