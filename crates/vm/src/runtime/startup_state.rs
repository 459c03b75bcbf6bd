//! The heap's state when the script's first line runs, as CPython 3.12 leaves it.
//!
//! CPython's start-up (the `sys` and `builtins` setup, the encodings, the import system's
//! own Python code) allocates and frees thousands of objects, so its per-type free lists
//! hold some freed blocks when a script's first line runs: the script's first few dicts
//! and lists are reused blocks, which do not add to `gc.get_count()`. pymem's start-up
//! frees almost nothing; the two lists are filled here to the level python3.12 has there
//! (measured by allocating many of each and counting how many left the count alone).
//!
//! The generation-0 count itself is left as start-up made it: CPython's is just under the
//! threshold at the first line (about 690 of 700), pymem's just over it, and either way
//! the first collection comes within the script's first few calls.

use heap::ObjRef;

use super::Vm;

/// Blocks kept in the dict and list free lists after start-up.
const DICTS: usize = 14;
const LISTS: usize = 9;

/// Fill the dict and list free lists.
pub fn settle(vm: &Vm) {
    let mut freed: Vec<ObjRef> = Vec::new();
    for _ in 0..DICTS {
        if let Ok(d) = vm.new_dict() {
            freed.push(d.into());
        }
    }
    for _ in 0..LISTS {
        if let Ok(l) = vm.new_list(Vec::new()) {
            freed.push(l);
        }
    }
    // Into the free lists: frees of blocks a free list keeps do not change the count.
    drop(freed);
}
