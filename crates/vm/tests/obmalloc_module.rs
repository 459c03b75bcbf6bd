//! The `obmalloc` module: its numbers must agree with the allocator's own statistics, and
//! bad arguments must be Python exceptions. (CPython has no such module, so there is no
//! recorded output to diff against; the script checks itself and prints booleans.)

use vm::runtime::run_captured;

const SCRIPT: &str = r#"
import sys
import obmalloc

# Four slots: an 80-byte block, a size class nothing else allocates from while the script
# compares the pools with the stats (three slots share the 64-byte class with the strings
# those calls create).
class Small:
    __slots__ = ("x", "y", "z", "w")
    def __init__(self, x):
        self.x = x

objs = [Small(i) for i in range(20_000)]
info = obmalloc.block_info(objs[0])
cls = info["size_class"]
print("block holds the object:", info["block_size"] >= sys.getsizeof(objs[0]))
print("arena listed:", any(a["index"] == info["arena"] for a in obmalloc.arenas()))
pools = [p for a in obmalloc.arenas() for p in obmalloc.pools(a["index"])]
print("pool listed:", any(p["address"] == info["pool"] for p in pools))
used = sum(p["used"] for p in pools if p["size_class"] == cls and p["state"] != "empty")
st = obmalloc.stats()
print("pools agree with stats:", st["size_classes"][cls][1] == used)
total = sum(row[1] for row in st["size_classes"].values())
print("blocks_in_use agrees:", total == st["blocks_in_use"])
print("every pool adds up:", all(p["used"] + p["free_list_len"] + p["virgin"] == p["capacity"] for p in pools))
old = obmalloc.block_info(objs[-1])["block_address"]
del objs[-1]
print("freed block reused:", obmalloc.block_info(Small(-1))["block_address"] == old)
print("classes:", obmalloc.size_classes()[0], obmalloc.size_classes()[31])
bad_calls = [
    lambda: obmalloc.pools(10**6),
    lambda: obmalloc.pools("x"),
    lambda: obmalloc.arenas(1),
    lambda: obmalloc.block_info(),
]
for call in bad_calls:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
"#;

#[test]
fn obmalloc_module_agrees_with_the_allocator() {
    let out = run_captured(SCRIPT, "<obmalloc test>", vec!["t.py".into()], None);
    assert_eq!(out.status, 0, "stderr: {}", out.stderr);
    let expected = "\
block holds the object: True
arena listed: True
pool listed: True
pools agree with stats: True
blocks_in_use agrees: True
every pool adds up: True
freed block reused: True
classes: (0, 16, 1021) (31, 512, 31)
ValueError
TypeError
TypeError
TypeError
";
    assert_eq!(out.stdout, expected, "stderr: {}", out.stderr);
}
