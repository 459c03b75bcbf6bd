//! A tuple is one obmalloc block in CPython 3.12's size class for its length (40 + 8 bytes
//! per item, rounded up to 16), as `sys._debugmallocstats()` shows: the `obmalloc`
//! module's per-class counts (the report's numbers) grow by one block per tuple made.

use vm::runtime::run_captured;

/// For each length `k`, makes 10,000 distinct `k`-tuples (`tuple(items)` of a list copies
/// it; `t + ()` would not: it is `t` in CPython 3.12) and prints the size classes that grew
/// by at least half that many blocks, with how much.
const SCRIPT: &str = r#"
import gc
import obmalloc

gc.disable()
N = 10_000
slots = [None] * N


def used():
    return {c: u for c, (pools, u, avail) in obmalloc.stats()["size_classes"].items()}


for k in (1, 2, 3, 4, 6, 25, 59, 60):
    items = list(range(k))
    before = used()
    for i in range(N):
        slots[i] = tuple(items)
    after = used()
    grown = sorted((c, after[c] - before.get(c, 0)) for c in after
                   if after[c] - before.get(c, 0) >= N // 2)
    print(k, grown)
    for i in range(N):
        slots[i] = None
"#;

/// CPython's size class index of a `k`-tuple: `(40 + 8k - 1) >> 4` (a block of
/// 40 + 8k bytes, GC head included); past 512 bytes the system allocator serves it.
fn cpython_class(k: usize) -> Option<usize> {
    let size = 40 + 8 * k;
    (size <= 512).then(|| (size - 1) >> 4)
}

#[test]
fn each_tuple_is_one_block_in_cpythons_size_class() {
    let out = run_captured(SCRIPT, "<tuple blocks>", vec!["t.py".into()], None);
    assert_eq!(out.status, 0, "stderr: {}", out.stderr);
    let expected: String = [1, 2, 3, 4, 6, 25, 59, 60]
        .iter()
        .map(|&k| match cpython_class(k) {
            Some(c) => format!("{k} [({c}, 10000)]\n"),
            None => format!("{k} []\n"),
        })
        .collect();
    assert_eq!(out.stdout, expected);
    // The classes themselves, written out: 48, 64, 64, 80, 96 and 240-byte blocks (59
    // items: the last class, 512; 60: none).
    assert_eq!(
        [1, 2, 3, 4, 6, 25].map(|k| cpython_class(k).map(|c| (c + 1) * 16)),
        [48, 64, 64, 80, 96, 240].map(Some)
    );
}
