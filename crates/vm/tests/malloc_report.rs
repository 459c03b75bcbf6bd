//! `sys._debugmallocstats()` prints the real allocator report (CPython 3.12's format,
//! free lists included), and the `obmalloc` module's numbers are the report's numbers.

use vm::runtime::run_captured;

/// Prints `obmalloc.stats()` right after the report: nothing is allocated or freed in
/// between (the report is built in Rust), so both describe the same instant.
const SCRIPT: &str = r#"
import sys
import obmalloc


class Small:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x


objs = [Small(i) for i in range(30_000)]
del objs[::3]
floats = [i * 0.5 for i in range(300)]
del floats
lists = [[] for i in range(100)]
dicts = [{} for i in range(100)]
del lists, dicts
sys._debugmallocstats()
st = obmalloc.stats()
rows = sorted(st["size_classes"].items())
for c, (pools, used, avail) in rows:
    print(c, pools, used, avail)
print("arenas", st["arenas_allocated_total"], st["arenas_reclaimed"], st["arenas_highwater"],
      st["arenas_allocated_current"])
print("bytes", st["bytes_in_allocated_blocks"], st["bytes_in_available_blocks"],
      st["unused_pools"], st["bytes_lost_to_pool_headers"], st["bytes_lost_to_quantization"],
      st["bytes_lost_to_arena_alignment"])
"#;

/// The number at the end of a `printone` line (`label = 1,234`).
fn value(report: &str, label: &str) -> u64 {
    let line = report
        .lines()
        .find(|l| l.starts_with(label))
        .unwrap_or_else(|| panic!("no line {label:?} in the report:\n{report}"));
    let number = line
        .rsplit('=')
        .next()
        .unwrap_or("")
        .trim()
        .replace(',', "");
    number
        .parse()
        .unwrap_or_else(|_| panic!("not a number: {line:?}"))
}

#[test]
fn obmalloc_module_numbers_are_the_reports() {
    let out = run_captured(SCRIPT, "<report test>", vec!["t.py".into()], None);
    assert_eq!(out.status, 0, "stderr: {}", out.stderr);
    let report = &out.stderr;
    assert!(
        report.starts_with("Small block threshold = 512, in 32 size classes.\n\nclass   size   num pools   blocks in use  avail blocks\n-----   ----   ---------   -------------  ------------\n"),
        "{report}"
    );
    // The size-class table: "%5u %6u %11zu %15zu %13zu".
    let table: Vec<String> = report
        .lines()
        .skip(4)
        .take_while(|l| !l.is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            assert_eq!(f.len(), 5, "{l:?}");
            format!("{} {} {} {}", f[0], f[2], f[3], f[4])
        })
        .collect();
    let module: Vec<&str> = out
        .stdout
        .lines()
        .filter(|l| !l.starts_with("arenas") && !l.starts_with("bytes"))
        .collect();
    assert_eq!(table, module, "report:\n{report}");
    assert!(table.len() >= 3, "several size classes in use: {table:?}");

    let module_line = |prefix: &str| -> Vec<u64> {
        out.stdout
            .lines()
            .find(|l| l.starts_with(prefix))
            .expect("printed")
            .split_whitespace()
            .skip(1)
            .map(|n| n.parse().expect("a number"))
            .collect()
    };
    let arenas = module_line("arenas");
    assert_eq!(
        arenas,
        [
            value(report, "# arenas allocated total"),
            value(report, "# arenas reclaimed"),
            value(report, "# arenas highwater mark"),
            value(report, "# arenas allocated current"),
        ]
    );
    let bytes = module_line("bytes");
    let unused_pools_line = report
        .lines()
        .find(|l| l.contains(" unused pools * "))
        .expect("unused pools line");
    let unused_pools: u64 = unused_pools_line
        .split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .expect("a count");
    assert_eq!(
        bytes,
        [
            value(report, "# bytes in allocated blocks"),
            value(report, "# bytes in available blocks"),
            unused_pools,
            value(report, "# bytes lost to pool headers"),
            value(report, "# bytes lost to quantization"),
            value(report, "# bytes lost to arena alignment"),
        ]
    );

    // The free lists come after the allocator report, in CPython's format: 300 floats were
    // freed, so the float free list is full (100 of 24 bytes, as CPython's).
    let float_line = "         100 free PyFloatObjects * 24 bytes each =                2,400";
    assert!(
        report.lines().any(|l| l == float_line),
        "no {float_line:?} in:\n{report}"
    );
    // 100 lists and 100 dicts freed: their free lists are full (80 each, as CPython's),
    // listed in CPython's order (by type name) with the size of our blocks.
    let free_lines: Vec<&str> = report
        .lines()
        .skip_while(|l| !l.contains(" free Py"))
        .collect();
    let names: Vec<&str> = free_lines
        .iter()
        .filter_map(|l| l.split_whitespace().nth(2))
        .collect();
    assert_eq!(
        names,
        ["PyDictObjects", "PyFloatObjects", "PyListObjects"],
        "{report}"
    );
    for l in &free_lines {
        let f: Vec<&str> = l.split_whitespace().collect();
        let expected_count = if f[2] == "PyFloatObjects" {
            "100"
        } else {
            "80"
        };
        assert_eq!(f[0], expected_count, "{l:?}");
        let size: u64 = f[4].parse().expect("a block size");
        let total: u64 = f[8].replace(',', "").parse().expect("a total");
        assert_eq!(total, size * f[0].parse::<u64>().expect("a count"), "{l:?}");
    }
}
