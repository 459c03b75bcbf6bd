//! `examples/arena_tour.py` runs, and what it shows agrees with the allocator: for the
//! Small and Tick size classes, the blocks in use found by walking every pool equal the
//! allocator's own statistics, the arena count matches, and a freed block is reused.

use vm::runtime::run_captured;

const TOUR: &str = include_str!("../../../examples/arena_tour.py");

/// The numbers of a line `  size class C: P pools in use, U blocks in use (allocator
/// stats: S blocks in use)`.
fn class_line(line: &str) -> Option<(u64, u64, u64, u64)> {
    let rest = line.trim().strip_prefix("size class ")?;
    let nums: Vec<u64> = rest
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .filter_map(|s| s.parse().ok())
        .collect();
    match nums[..] {
        [c, p, u, s] => Some((c, p, u, s)),
        _ => None,
    }
}

#[test]
fn the_arena_tour_agrees_with_the_allocator() {
    let out = run_captured(TOUR, "arena_tour.py", vec!["arena_tour.py".into()], None);
    assert_eq!(out.status, 0, "stderr: {}", out.stderr);
    let text = &out.stdout;

    let classes: Vec<(u64, u64, u64, u64)> = text.lines().filter_map(class_line).collect();
    assert_eq!(classes.len(), 2, "Small and Tick lines:\n{text}");
    for &(class, pools, walked, stats) in &classes {
        assert_eq!(walked, stats, "size class {class}: walk vs stats\n{text}");
        assert!(pools > 0, "{text}");
    }
    // 50,000 Smalls and 10,000 Ticks are alive when the classes are shown.
    let (small, tick) = (classes[0], classes[1]);
    assert!(small.2 >= 50_000, "{text}");
    assert!(tick.2 >= 10_000, "{text}");
    if small.0 == tick.0 {
        assert!(small.2 >= 60_000, "{text}");
    }
    // CPython 3.12's getsizeof for both.
    assert!(
        text.contains("Small (__slots__ = ('x',)): sys.getsizeof = 40 bytes"),
        "{text}"
    );
    assert!(
        text.contains("Tick (3 attributes): sys.getsizeof = 48 bytes"),
        "{text}"
    );

    // The arena list and the totals line agree on the number of arenas.
    let listed: u64 = text
        .lines()
        .find_map(|l| l.strip_suffix(" arenas:"))
        .and_then(|n| n.parse().ok())
        .expect("an arenas line");
    let arena_lines = text
        .lines()
        .filter(|l| l.trim_start().starts_with("arena ") && l.contains(" pools in use, "))
        .count() as u64;
    assert_eq!(listed, arena_lines, "{text}");
    assert!(
        text.contains(&format!("allocator totals: {listed} arenas,")),
        "{text}"
    );

    assert!(text.contains("same block: True"), "{text}");
    assert!(text.contains("neighbour untouched: True"), "{text}");
}
