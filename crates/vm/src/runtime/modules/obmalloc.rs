//! The `obmalloc` module: what the seed notebook's ctypes heuristics try to guess, read
//! from the allocator itself. Every number comes from `obmalloc::Obmalloc`'s walks, so it
//! agrees with `sys._debugmallocstats()` by construction.
//!
//! - `arenas()`: a list of dicts (index, address, total_pools, free_pools, pools_in_use).
//! - `pools(arena_index)`: a list of dicts (address, size_class, block_size, capacity,
//!   used, free_list_len, virgin, state, arena) for the carved pools of that arena;
//!   `pools()`: those of every arena, read at one instant.
//! - `block_info(obj)`: a dict (arena, arena_address, pool, size_class, block_size,
//!   block_index, block_address) for the block holding `obj`, or None when the object is
//!   not in a pool (large objects come from the system allocator; immortal statics).
//! - `size_classes()`: a list of (size_class, block_size, blocks_per_pool) tuples.
//! - `stats()`: the statistics snapshot as a dict.

use ::obmalloc::{Lookup, PoolState};
use heap::{Gc, ObjRef};

use super::{add_fn, new_module};
use crate::runtime::objects::*;
use crate::runtime::{Args, PyResult, Vm};

fn dict_of(vm: &Vm, items: &[(&str, i64)]) -> PyResult<Gc<DictObj>> {
    let d = vm.new_dict()?;
    for &(k, v) in items {
        vm.dict_set_str(&d, k, vm.new_int(v)?)?;
    }
    Ok(d)
}

fn no_args(vm: &Vm, a: &Args<'_>, name: &str) -> PyResult<()> {
    if !a.pos.is_empty() {
        return vm.type_err(format!(
            "obmalloc.{name}() takes no arguments ({} given)",
            a.pos.len()
        ));
    }
    Ok(())
}

fn arenas(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_args(vm, a, "arenas")?;
    let mut out = Vec::new();
    for ar in vm.heap.allocator().arenas() {
        let d = dict_of(
            vm,
            &[
                ("index", ar.index as i64),
                ("address", ar.address as i64),
                ("total_pools", ar.total_pools as i64),
                ("free_pools", ar.free_pools as i64),
                ("pools_in_use", ar.pools_in_use as i64),
            ],
        )?;
        out.push(Gc::into_obj(d));
    }
    vm.new_list(out)
}

fn pools(vm: &Vm, a: &Args<'_>) -> PyResult {
    if a.pos.len() > 1 {
        return vm.type_err(format!(
            "obmalloc.pools() takes at most one argument ({} given)",
            a.pos.len()
        ));
    }
    let allocator = vm.heap.allocator();
    let pools = match a.pos.first() {
        // Every arena's pools, read in one go (before any result object is allocated), so
        // the totals are those of one instant.
        None => allocator
            .arenas()
            .iter()
            .filter_map(|ar| allocator.pools(ar.index))
            .flatten()
            .collect(),
        Some(arg) => {
            let index = vm.index(arg)?;
            match usize::try_from(index).ok().and_then(|i| allocator.pools(i)) {
                Some(p) => p,
                None => return vm.value_err(format!("no arena with index {index}")),
            }
        }
    };
    let mut out = Vec::new();
    for p in pools {
        let d = dict_of(
            vm,
            &[
                ("address", p.address as i64),
                ("size_class", p.size_class as i64),
                ("block_size", p.block_size as i64),
                ("capacity", p.capacity as i64),
                ("used", p.used_blocks as i64),
                ("free_list_len", p.free_list_len as i64),
                ("virgin", p.virgin_blocks as i64),
                ("arena", p.arena_index as i64),
            ],
        )?;
        let state = match p.state {
            PoolState::Used => "used",
            PoolState::Full => "full",
            PoolState::Empty => "empty",
        };
        vm.dict_set_str(&d, "state", vm.new_str(state)?)?;
        out.push(Gc::into_obj(d));
    }
    vm.new_list(out)
}

fn block_info(vm: &Vm, a: &Args<'_>) -> PyResult {
    if a.pos.len() != 1 {
        return vm.type_err(format!(
            "obmalloc.block_info() takes exactly one argument ({} given)",
            a.pos.len()
        ));
    }
    let obj: &ObjRef = &a.pos[0];
    match vm.heap.allocator().lookup(obj.addr()) {
        Lookup::Block(loc) => dict_of(
            vm,
            &[
                ("arena", loc.arena_index as i64),
                ("arena_address", loc.arena_address as i64),
                ("pool", loc.pool_address as i64),
                ("size_class", loc.size_class as i64),
                ("block_size", loc.block_size as i64),
                ("block_index", loc.block_index as i64),
                ("block_address", loc.address as i64),
            ],
        )
        .map(Gc::into_obj),
        _ => Ok(vm.none()),
    }
}

fn size_classes(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_args(vm, a, "size_classes")?;
    let g = vm.heap.allocator().geometry();
    let mut out = Vec::new();
    for class in 0..::obmalloc::NUM_SIZE_CLASSES {
        out.push(vm.new_tuple([
            vm.new_int(class as i64)?,
            vm.new_int(::obmalloc::block_size(class) as i64)?,
            vm.new_int(g.blocks_per_pool(class) as i64)?,
        ])?);
    }
    vm.new_list(out)
}

fn stats(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_args(vm, a, "stats")?;
    let s = vm.heap.allocator().stats();
    let d = dict_of(
        vm,
        &[
            ("arena_size", s.geometry.arena_size() as i64),
            ("pool_size", s.geometry.pool_size() as i64),
            ("arenas_allocated_total", s.arenas_allocated_total as i64),
            ("arenas_reclaimed", s.arenas_reclaimed as i64),
            ("arenas_highwater", s.arenas_highwater as i64),
            (
                "arenas_allocated_current",
                s.arenas_allocated_current as i64,
            ),
            ("blocks_in_use", s.blocks_in_use() as i64),
            (
                "bytes_in_allocated_blocks",
                s.bytes_in_allocated_blocks as i64,
            ),
            (
                "bytes_in_available_blocks",
                s.bytes_in_available_blocks as i64,
            ),
            ("unused_pools", s.unused_pools as i64),
            (
                "bytes_lost_to_pool_headers",
                s.bytes_lost_to_pool_headers as i64,
            ),
            (
                "bytes_lost_to_quantization",
                s.bytes_lost_to_quantization as i64,
            ),
            (
                "bytes_lost_to_arena_alignment",
                s.bytes_lost_to_arena_alignment as i64,
            ),
            ("system_blocks", s.system_blocks as i64),
            ("system_bytes", s.system_bytes as i64),
        ],
    )?;
    // Per size class: {class: (pools, blocks in use, available blocks)} for classes in use.
    let per_class = vm.new_dict()?;
    for c in s.size_classes.iter().filter(|c| c.pools > 0) {
        let row = vm.new_tuple([
            vm.new_int(c.pools as i64)?,
            vm.new_int(c.blocks_in_use as i64)?,
            vm.new_int(c.blocks_available as i64)?,
        ])?;
        vm.dict_set(&per_class, vm.new_int(c.size_class as i64)?, row)?;
    }
    vm.dict_set_str(&d, "size_classes", Gc::into_obj(per_class))?;
    Ok(Gc::into_obj(d))
}

/// Build the module.
pub fn make(vm: &Vm) -> PyResult<Gc<ModuleObj>> {
    let m = new_module(vm, "obmalloc")?;
    add_fn(vm, &m, "arenas", arenas)?;
    add_fn(vm, &m, "pools", pools)?;
    add_fn(vm, &m, "block_info", block_info)?;
    add_fn(vm, &m, "size_classes", size_classes)?;
    add_fn(vm, &m, "stats", stats)?;
    Ok(m)
}
