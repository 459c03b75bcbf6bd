//! The `gc` module: the heap crate's collector API with CPython's argument checking.
//! `gc.callbacks` and `gc.garbage` are Python lists kept on the VM.

use heap::{Gc, ObjRef};

use super::{add_fn, new_module};
use crate::runtime::objects::*;
use crate::runtime::{Args, PyResult, Vm};

fn exactly_one<'a>(vm: &Vm, a: &Args<'a>, name: &str) -> PyResult<&'a ObjRef> {
    if a.pos.len() != 1 {
        return vm.type_err(format!(
            "gc.{}() takes exactly one argument ({} given)",
            name,
            a.pos.len()
        ));
    }
    Ok(&a.pos[0])
}

fn int_arg(vm: &Vm, o: &ObjRef) -> PyResult<i64> {
    if o.is::<FloatObj>() || vm.num(o).is_none() {
        return vm.type_err(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(o)
        ));
    }
    vm.index(o)
}

/// Move objects saved by `DEBUG_SAVEALL` into `gc.garbage`.
pub fn after_collection(vm: &Vm) {
    let g = vm.heap.take_garbage();
    if !g.is_empty() {
        if let Some(l) = vm.gc_garbage.downcast::<ListObj>() {
            for o in g {
                l.push(o);
            }
        }
    }
}

fn collect(vm: &Vm, a: &Args<'_>) -> PyResult {
    if a.pos.len() > 1 {
        return vm.type_err(format!(
            "collect() takes at most 1 argument ({} given)",
            a.pos.len()
        ));
    }
    let g = match a.pos.first().or(a.kw("generation")) {
        Some(g) => int_arg(vm, g)?,
        None => 2,
    };
    if !(0..=2).contains(&g) {
        return vm.value_err("invalid generation");
    }
    vm.flush_stdout();
    let n = vm
        .heap
        .collect(g as usize)
        .map_err(|e| vm.exc_msg("RuntimeError", &e.to_string()))?;
    after_collection(vm);
    vm.new_int(n as i64)
}

fn triple(vm: &Vm, t: (usize, usize, usize)) -> PyResult {
    vm.new_tuple(vec![
        vm.new_int(t.0 as i64)?,
        vm.new_int(t.1 as i64)?,
        vm.new_int(t.2 as i64)?,
    ])
}

fn get_count(vm: &Vm, _a: &Args<'_>) -> PyResult {
    triple(vm, vm.heap.get_count())
}

fn get_threshold(vm: &Vm, _a: &Args<'_>) -> PyResult {
    triple(vm, vm.heap.get_threshold())
}

fn set_threshold(vm: &Vm, a: &Args<'_>) -> PyResult {
    if a.pos.is_empty() {
        return vm.type_err("set_threshold() takes at least 1 argument (0 given)");
    }
    if a.pos.len() > 3 {
        return vm.type_err(format!(
            "set_threshold() takes at most 3 arguments ({} given)",
            a.pos.len()
        ));
    }
    let mut v = Vec::new();
    for x in a.pos {
        let i = int_arg(vm, x)?;
        v.push(i.clamp(0, i32::MAX as i64) as usize);
    }
    vm.heap
        .set_threshold(&v)
        .map_err(|e| vm.exc_msg("ValueError", &e.to_string()))?;
    Ok(vm.none())
}

fn enable(vm: &Vm, _a: &Args<'_>) -> PyResult {
    vm.heap.enable();
    Ok(vm.none())
}

fn disable(vm: &Vm, _a: &Args<'_>) -> PyResult {
    vm.heap.disable();
    Ok(vm.none())
}

fn isenabled(vm: &Vm, _a: &Args<'_>) -> PyResult {
    Ok(vm.bool_obj(vm.heap.is_enabled()))
}

fn get_stats(vm: &Vm, _a: &Args<'_>) -> PyResult {
    let mut v = Vec::new();
    for s in vm.heap.get_stats() {
        let d = vm.new_dict()?;
        vm.dict_set_str(&d, "collections", vm.new_int(s.collections as i64)?)?;
        vm.dict_set_str(&d, "collected", vm.new_int(s.collected as i64)?)?;
        vm.dict_set_str(&d, "uncollectable", vm.new_int(s.uncollectable as i64)?)?;
        v.push(d.into());
    }
    vm.new_list(v)
}

fn get_objects(vm: &Vm, a: &Args<'_>) -> PyResult {
    let g = match a.pos.first().or(a.kw("generation")) {
        Some(g) if !vm.is_none(g) => {
            let g = int_arg(vm, g)?;
            if g >= 3 {
                return vm.value_err("generation parameter must be less than the number of available generations (3)");
            }
            if g < 0 {
                None
            } else {
                Some(g as usize)
            }
        }
        _ => None,
    };
    let objs = vm
        .heap
        .get_objects(g)
        .map_err(|e| vm.exc_msg("RuntimeError", &e.to_string()))?;
    let objs: Vec<ObjRef> = objs
        .into_iter()
        .filter(|o| !o.is_immortal() && visible(o))
        .collect();
    vm.new_list(objs)
}

/// Objects Python code may see (not the VM's internal code constants).
fn visible(o: &ObjRef) -> bool {
    !o.is::<CodeObj>()
}

fn is_tracked(vm: &Vm, a: &Args<'_>) -> PyResult {
    let o = exactly_one(vm, a, "is_tracked")?;
    Ok(vm.bool_obj(o.is_tracked()))
}

fn is_finalized(vm: &Vm, a: &Args<'_>) -> PyResult {
    let o = exactly_one(vm, a, "is_finalized")?;
    Ok(vm.bool_obj(o.is_finalized()))
}

fn freeze(vm: &Vm, _a: &Args<'_>) -> PyResult {
    vm.heap
        .freeze()
        .map_err(|e| vm.exc_msg("RuntimeError", &e.to_string()))?;
    Ok(vm.none())
}

fn unfreeze(vm: &Vm, _a: &Args<'_>) -> PyResult {
    vm.heap
        .unfreeze()
        .map_err(|e| vm.exc_msg("RuntimeError", &e.to_string()))?;
    Ok(vm.none())
}

fn get_freeze_count(vm: &Vm, _a: &Args<'_>) -> PyResult {
    let n = vm
        .heap
        .get_freeze_count()
        .map_err(|e| vm.exc_msg("RuntimeError", &e.to_string()))?;
    vm.new_int(n as i64)
}

fn get_referrers(vm: &Vm, a: &Args<'_>) -> PyResult {
    let r = vm
        .heap
        .get_referrers(a.pos)
        .map_err(|e| vm.exc_msg("RuntimeError", &e.to_string()))?;
    let r: Vec<ObjRef> = r
        .into_iter()
        .filter(|o| !o.is_immortal() && visible(o))
        .collect();
    vm.new_list(r)
}

fn get_referents(vm: &Vm, a: &Args<'_>) -> PyResult {
    let r = vm
        .heap
        .get_referents(a.pos)
        .map_err(|e| vm.exc_msg("RuntimeError", &e.to_string()))?;
    vm.new_list(r)
}

fn get_debug(vm: &Vm, _a: &Args<'_>) -> PyResult {
    vm.new_int(vm.heap.get_debug() as i64)
}

fn set_debug(vm: &Vm, a: &Args<'_>) -> PyResult {
    let f = exactly_one(vm, a, "set_debug")?;
    let f = int_arg(vm, f)?;
    vm.heap.set_debug(f as u32);
    Ok(vm.none())
}

/// Register the heap callback that forwards to `gc.callbacks`.
pub fn install_callback(vm: &Vm) {
    let _ = vm.heap.add_callback(|_heap, phase, info| {
        let Some(vm) = crate::runtime::current_vm() else {
            return;
        };
        let cbs = match vm.gc_callbacks.downcast::<ListObj>() {
            Some(l) => l.items.borrow().clone(),
            None => return,
        };
        if cbs.is_empty() {
            return;
        }
        let r = (|| -> PyResult<()> {
            let p = vm.new_str(phase.as_str())?;
            let d = vm.new_dict()?;
            vm.dict_set_str(&d, "generation", vm.new_int(info.generation as i64)?)?;
            vm.dict_set_str(&d, "collected", vm.new_int(info.collected as i64)?)?;
            vm.dict_set_str(&d, "uncollectable", vm.new_int(info.uncollectable as i64)?)?;
            let d: ObjRef = d.into();
            for cb in &cbs {
                vm.call(cb, &[p.clone(), d.clone()], None)?;
            }
            Ok(())
        })();
        if let Err(e) = r {
            vm.write_unraisable("Exception ignored in garbage collector callback", &e);
        }
    });
}

/// Build `gc`.
pub fn make(vm: &Vm) -> PyResult<Gc<ModuleObj>> {
    let m = new_module(vm, "gc")?;
    for (n, f) in [
        ("collect", collect as NativeFn),
        ("get_count", get_count),
        ("get_threshold", get_threshold),
        ("set_threshold", set_threshold),
        ("enable", enable),
        ("disable", disable),
        ("isenabled", isenabled),
        ("get_stats", get_stats),
        ("get_objects", get_objects),
        ("is_tracked", is_tracked),
        ("is_finalized", is_finalized),
        ("freeze", freeze),
        ("unfreeze", unfreeze),
        ("get_freeze_count", get_freeze_count),
        ("get_referrers", get_referrers),
        ("get_referents", get_referents),
        ("get_debug", get_debug),
        ("set_debug", set_debug),
    ] {
        add_fn(vm, &m, n, f)?;
    }
    let d = &m.dict;
    vm.dict_set_str(d, "callbacks", vm.gc_callbacks.clone())?;
    vm.dict_set_str(d, "garbage", vm.gc_garbage.clone())?;
    for (n, v) in [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", heap::DEBUG_SAVEALL as i64),
        ("DEBUG_LEAK", 38),
    ] {
        vm.dict_set_str(d, n, vm.new_int(v)?)?;
    }
    Ok(m)
}
