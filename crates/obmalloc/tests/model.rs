//! Property test: random alloc/free/realloc/calloc sequences of mixed sizes, checked
//! against a model of the live blocks after every step.

use std::collections::BTreeMap;
use std::ptr::NonNull;

use obmalloc::{BlockState, Config, Geometry, HeapArenas, Lookup, MmapArenas, Obmalloc};
use proptest::prelude::*;

#[derive(Clone, Debug)]
enum Op {
    Alloc(usize),
    Calloc(usize, usize),
    /// Free the live block at this position (modulo the number of live blocks).
    Free(usize),
    Realloc(usize, usize),
}

fn size() -> impl Strategy<Value = usize> {
    prop_oneof![
        8 => 1usize..=512,
        1 => Just(0usize),
        1 => 513usize..4096,
    ]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => size().prop_map(Op::Alloc),
        1 => (0usize..20, 0usize..40).prop_map(|(n, e)| Op::Calloc(n, e)),
        4 => any::<usize>().prop_map(Op::Free),
        2 => (any::<usize>(), size()).prop_map(|(i, s)| Op::Realloc(i, s)),
    ]
}

/// A live block in the model: its address, requested size and the byte it is filled with.
#[derive(Clone, Copy, Debug)]
struct Live {
    ptr: NonNull<u8>,
    size: usize,
    fill: u8,
}

fn fill(ptr: NonNull<u8>, size: usize, byte: u8) {
    // SAFETY: `ptr` is a live block of at least `size` bytes.
    unsafe { ptr.as_ptr().write_bytes(byte, size) };
}

fn holds(ptr: NonNull<u8>, len: usize, byte: u8) -> bool {
    // SAFETY: `ptr` is a live block of at least `len` initialised bytes.
    unsafe { std::slice::from_raw_parts(ptr.as_ptr(), len) }
        .iter()
        .all(|&b| b == byte)
}

fn check_model(a: &Obmalloc, live: &BTreeMap<usize, Live>) -> Result<(), TestCaseError> {
    a.check_invariants().map_err(TestCaseError::fail)?;
    // No two live blocks overlap (the map is ordered by address).
    let mut end = 0usize;
    for (&addr, l) in live {
        prop_assert!(addr >= end, "blocks overlap at {addr:#x}");
        let usable = a.usable_size(l.ptr).expect("live block has a size");
        prop_assert!(usable >= l.size);
        end = addr + l.size.max(1);
        prop_assert!(
            holds(l.ptr, l.size, l.fill),
            "contents of {addr:#x} changed"
        );
        match a.lookup(addr) {
            Lookup::Block(loc) => {
                prop_assert_eq!(loc.state, BlockState::Allocated);
                prop_assert_eq!(loc.address, addr);
            }
            Lookup::System { size } => prop_assert_eq!(size, l.size),
            other => prop_assert!(false, "live block {addr:#x} looks like {other:?}"),
        }
    }
    // Stats agree with the model.
    let stats = a.stats();
    let small = live
        .values()
        .filter(|l| a.in_arenas(l.ptr.as_ptr().addr()))
        .count();
    prop_assert_eq!(stats.blocks_in_use(), small);
    prop_assert_eq!(stats.system_blocks, live.len() - small);
    let pools_total: usize = a
        .arenas()
        .iter()
        .flat_map(|ar| a.pools(ar.index).unwrap())
        .map(|p| p.used_blocks)
        .sum();
    prop_assert_eq!(pools_total, small);
    Ok(())
}

fn run(a: &Obmalloc, ops: &[Op]) -> Result<(), TestCaseError> {
    let mut live: BTreeMap<usize, Live> = BTreeMap::new();
    let mut counter = 0u8;
    let mut next_fill = || {
        counter = counter.wrapping_add(1).max(1);
        counter
    };
    for op in ops {
        match *op {
            Op::Alloc(size) => {
                let ptr = a.alloc(size).unwrap();
                let f = next_fill();
                fill(ptr, size, f);
                let fresh = live
                    .insert(ptr.as_ptr().addr(), Live { ptr, size, fill: f })
                    .is_none();
                prop_assert!(fresh, "address handed out twice");
            }
            Op::Calloc(n, e) => {
                let ptr = a.calloc(n, e).unwrap();
                prop_assert!(holds(ptr, n * e, 0), "calloc did not zero");
                let fresh = live
                    .insert(
                        ptr.as_ptr().addr(),
                        Live {
                            ptr,
                            size: n * e,
                            fill: 0,
                        },
                    )
                    .is_none();
                prop_assert!(fresh, "address handed out twice");
            }
            Op::Free(i) if !live.is_empty() => {
                let key = *live.keys().nth(i % live.len()).unwrap();
                let l = live.remove(&key).unwrap();
                // SAFETY: a live block of ours, freed once.
                unsafe { a.free(l.ptr) };
            }
            Op::Realloc(i, size) if !live.is_empty() => {
                let key = *live.keys().nth(i % live.len()).unwrap();
                let l = live.remove(&key).unwrap();
                // SAFETY: a live block of ours; realloc consumes it.
                let ptr = unsafe { a.realloc(l.ptr, size) }.unwrap();
                let kept = l.size.min(size);
                prop_assert!(holds(ptr, kept, l.fill), "realloc lost contents");
                fill(ptr, size, l.fill);
                let fresh = live
                    .insert(ptr.as_ptr().addr(), Live { ptr, size, ..l })
                    .is_none();
                prop_assert!(fresh, "address handed out twice");
            }
            _ => {}
        }
        check_model(a, &live)?;
    }
    for (_, l) in std::mem::take(&mut live) {
        // SAFETY: live blocks of ours, freed once.
        unsafe { a.free(l.ptr) };
    }
    check_model(a, &live)?;
    let stats = a.stats();
    prop_assert!(stats.arenas_allocated_current <= 1, "{stats:?}");
    prop_assert_eq!(stats.system_bytes, 0);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn random_sequences_cpython_geometry(ops in prop::collection::vec(op(), 1..300)) {
        let a = Obmalloc::with_config(Config { arena_source: Box::new(MmapArenas::new()), ..Config::default() }).unwrap();
        run(&a, &ops)?;
    }

    #[test]
    fn random_sequences_classic_geometry(ops in prop::collection::vec(op(), 1..300)) {
        let a = Obmalloc::with_geometry(Geometry::CLASSIC).unwrap();
        run(&a, &ops)?;
    }

    /// Tiny arenas (4 pools of 2 KiB) that start off pool boundaries: arenas come and go
    /// all the time, exercising sorting, release and slot reuse.
    #[test]
    fn random_sequences_tiny_misaligned_arenas(ops in prop::collection::vec(op(), 1..400)) {
        let a = Obmalloc::with_config(Config {
            geometry: Geometry::new(8 << 10, 2 << 10).unwrap(),
            arena_source: Box::new(HeapArenas::with_alignment(1024).unwrap()),
        }).unwrap();
        run(&a, &ops)?;
    }
}
