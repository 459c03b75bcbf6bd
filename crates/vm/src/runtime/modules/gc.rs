//! The `gc` module: the heap crate's collector API with CPython's argument checking.
//! `gc.callbacks` and `gc.garbage` are Python lists kept on the VM.
//!
//! Argument checking follows how each CPython function parses its arguments: the
//! `METH_NOARGS` functions refuse any argument, the Argument Clinic ones convert with `i`
//! (a C int: "Python int too large to convert to C int") and name their keywords, and
//! `set_threshold` still uses `PyArg_ParseTuple("i|ii")`, which stores each threshold as
//! soon as it is converted (so a bad second argument leaves the first one set).

use std::cell::RefCell;
use std::rc::Rc;

use heap::{Gc, ObjRef};

use super::{add_fn, new_module};
use crate::runtime::objects::*;
use crate::runtime::ops::Num;
use crate::runtime::{Args, PyResult, Vm};

/// `gc.DEBUG_STATS`: print statistics around each collection.
const DEBUG_STATS: u32 = 1;

fn no_keywords(vm: &Vm, a: &Args<'_>, name: &str) -> PyResult<()> {
    if a.kwnames.is_empty() {
        Ok(())
    } else {
        vm.type_err(format!("{name}() takes no keyword arguments"))
    }
}

fn exactly_one<'a>(vm: &Vm, a: &Args<'a>, name: &str) -> PyResult<&'a ObjRef> {
    no_keywords(vm, a, &format!("gc.{name}"))?;
    if a.pos.len() != 1 {
        return vm.type_err(format!(
            "gc.{}() takes exactly one argument ({} given)",
            name,
            a.pos.len()
        ));
    }
    Ok(&a.pos[0])
}

/// A `METH_NOARGS` function's check.
fn no_args(vm: &Vm, a: &Args<'_>, name: &str) -> PyResult<()> {
    no_keywords(vm, a, &format!("gc.{name}"))?;
    if !a.pos.is_empty() {
        return vm.type_err(format!(
            "gc.{name}() takes no arguments ({} given)",
            a.pos.len()
        ));
    }
    Ok(())
}

/// The one optional argument of a clinic function with a single parameter `keyword`
/// (`collect(generation=2)`, `get_objects(generation=None)`).
fn optional_arg<'a>(
    vm: &Vm,
    a: &Args<'a>,
    fname: &str,
    keyword: &str,
) -> PyResult<Option<&'a ObjRef>> {
    let given = a.pos.len() + a.kwnames.len();
    if given > 1 {
        return vm.type_err(format!(
            "{fname}() takes at most 1 argument ({given} given)"
        ));
    }
    if let Some(k) = a.kwnames.first() {
        let k = vm.str(k)?;
        if k != keyword {
            return vm.type_err(format!(
                "'{k}' is an invalid keyword argument for {fname}()"
            ));
        }
        return Ok(a.kwvals.first());
    }
    Ok(a.pos.first())
}

fn not_an_integer<T>(vm: &Vm, o: &ObjRef) -> PyResult<T> {
    vm.type_err(format!(
        "'{}' object cannot be interpreted as an integer",
        vm.type_name(o)
    ))
}

/// Argument Clinic's `int` converter (`_PyLong_AsInt`).
pub(crate) fn c_int(vm: &Vm, o: &ObjRef) -> PyResult<i32> {
    match vm.index_num(o)? {
        Some(Num::I(i)) => match i32::try_from(i) {
            Ok(i) => Ok(i),
            Err(_) => vm.err("OverflowError", "Python int too large to convert to C int"),
        },
        Some(Num::B(_)) => vm.err("OverflowError", "Python int too large to convert to C int"),
        _ => not_an_integer(vm, o),
    }
}

/// `PyArg_ParseTuple`'s `i` format: a C long first, then the int range.
fn parse_tuple_int(vm: &Vm, o: &ObjRef) -> PyResult<i32> {
    match vm.index_num(o)? {
        Some(Num::I(i)) if i > i64::from(i32::MAX) => {
            vm.err("OverflowError", "signed integer is greater than maximum")
        }
        Some(Num::I(i)) if i < i64::from(i32::MIN) => {
            vm.err("OverflowError", "signed integer is less than minimum")
        }
        Some(Num::I(i)) => Ok(i as i32),
        Some(Num::B(_)) => vm.err("OverflowError", "Python int too large to convert to C long"),
        _ => not_an_integer(vm, o),
    }
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
    let g = match optional_arg(vm, a, "collect", "generation")? {
        Some(g) => c_int(vm, g)?,
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
    vm.new_tuple([
        vm.new_int(t.0 as i64)?,
        vm.new_int(t.1 as i64)?,
        vm.new_int(t.2 as i64)?,
    ])
}

fn get_count(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_args(vm, a, "get_count")?;
    triple(vm, vm.heap.get_count())
}

fn get_threshold(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_args(vm, a, "get_threshold")?;
    let (t0, t1, t2) = vm.heap.get_threshold();
    vm.new_tuple([
        vm.new_int(i64::from(t0))?,
        vm.new_int(i64::from(t1))?,
        vm.new_int(i64::from(t2))?,
    ])
}

fn set_threshold(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_keywords(vm, a, "set_threshold")?;
    if a.pos.is_empty() {
        return vm.type_err("set_threshold() takes at least 1 argument (0 given)");
    }
    if a.pos.len() > 3 {
        return vm.type_err(format!(
            "set_threshold() takes at most 3 arguments ({} given)",
            a.pos.len()
        ));
    }
    // Each threshold is stored as soon as it converts, as PyArg_ParseTuple writes
    // straight into the generations.
    for (g, x) in a.pos.iter().enumerate() {
        let t = parse_tuple_int(vm, x)?;
        vm.heap
            .set_generation_threshold(g, t)
            .map_err(|e| vm.exc_msg("ValueError", &e.to_string()))?;
    }
    Ok(vm.none())
}

fn enable(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_args(vm, a, "enable")?;
    vm.heap.enable();
    Ok(vm.none())
}

fn disable(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_args(vm, a, "disable")?;
    vm.heap.disable();
    Ok(vm.none())
}

fn isenabled(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_args(vm, a, "isenabled")?;
    Ok(vm.bool_obj(vm.heap.is_enabled()))
}

fn get_stats(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_args(vm, a, "get_stats")?;
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
    let g = match optional_arg(vm, a, "get_objects", "generation")? {
        Some(g) if !vm.is_none(g) => {
            // Clinic's `Py_ssize_t(accept={int, NoneType})` converter.
            let g = match vm.index_num(g)? {
                Some(Num::I(i)) => i,
                Some(Num::B(_)) => {
                    return vm.err(
                        "OverflowError",
                        "cannot fit 'int' into an index-sized integer",
                    )
                }
                _ => {
                    return vm.type_err(format!(
                        "argument should be integer or None, not '{}'",
                        vm.type_name(g)
                    ))
                }
            };
            if g >= 3 {
                return vm.value_err("generation parameter must be less than the number of available generations (3)");
            }
            // -1 is the converter's "None" (all generations), as in CPython.
            match g {
                -1 => None,
                g if g < 0 => return vm.value_err("generation parameter cannot be negative"),
                g => Some(g as usize),
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

fn freeze(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_args(vm, a, "freeze")?;
    vm.heap
        .freeze()
        .map_err(|e| vm.exc_msg("RuntimeError", &e.to_string()))?;
    Ok(vm.none())
}

fn unfreeze(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_args(vm, a, "unfreeze")?;
    vm.heap
        .unfreeze()
        .map_err(|e| vm.exc_msg("RuntimeError", &e.to_string()))?;
    Ok(vm.none())
}

fn get_freeze_count(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_args(vm, a, "get_freeze_count")?;
    let n = vm
        .heap
        .get_freeze_count()
        .map_err(|e| vm.exc_msg("RuntimeError", &e.to_string()))?;
    vm.new_int(n as i64)
}

fn get_referrers(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_keywords(vm, a, "get_referrers")?;
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
    no_keywords(vm, a, "get_referents")?;
    let r = vm
        .heap
        .get_referents(a.pos)
        .map_err(|e| vm.exc_msg("RuntimeError", &e.to_string()))?;
    vm.new_list(r)
}

fn get_debug(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_args(vm, a, "get_debug")?;
    // The flags are a C int: what set_debug stored, sign included.
    vm.new_int(i64::from(vm.heap.get_debug() as i32))
}

fn set_debug(vm: &Vm, a: &Args<'_>) -> PyResult {
    let f = exactly_one(vm, a, "set_debug")?;
    let f = c_int(vm, f)?;
    vm.heap.set_debug(f as u32);
    Ok(vm.none())
}

/// Register the heap callback that forwards to `gc.callbacks` and prints the
/// `DEBUG_STATS` report, in CPython's order: the `start` callbacks, then the
/// "collecting generation" lines; the "done" line, then the `stop` callbacks.
pub fn install_callback(vm: &Vm) {
    let started = std::cell::Cell::new(None);
    // `DEBUG_COLLECTABLE` lines, noted during the collection (where nothing may be written
    // through `sys.stderr`, which runs code) and written at its end, before "gc: done".
    let collectable: Rc<RefCell<Vec<String>>> = Rc::default();
    let noted = collectable.clone();
    vm.heap
        .set_collectable_observer(Some(Rc::new(move |o: &ObjRef| {
            if let Some(vm) = crate::runtime::current_vm() {
                let line = format!("gc: collectable <{} {:#x}>\n", vm.type_name(o), o.addr());
                noted.borrow_mut().push(line);
            }
        })));
    let _ = vm.heap.add_callback(move |heap, phase, info| {
        let Some(vm) = crate::runtime::current_vm() else {
            return;
        };
        if phase == heap::Phase::Stop {
            let lines = std::mem::take(&mut *collectable.borrow_mut());
            if !lines.is_empty() {
                vm.write_stderr(&lines.concat());
            }
        }
        let stats = heap.get_debug() & DEBUG_STATS != 0;
        if phase == heap::Phase::Stop && stats {
            let secs = started
                .take()
                .map_or(0.0, |t: std::time::Instant| t.elapsed().as_secs_f64());
            vm.write_stderr(&format!(
                "gc: done, {} unreachable, {} uncollectable, {secs:.4}s elapsed\n",
                info.collected + info.uncollectable,
                info.uncollectable
            ));
        }
        call_python_callbacks(&vm, phase, info);
        if phase == heap::Phase::Start && stats {
            let mut text = format!("gc: collecting generation {}...\n", info.generation);
            if let Ok([g0, g1, g2, permanent]) = heap.generation_sizes() {
                text.push_str(&format!(
                    "gc: objects in each generation: {g0} {g1} {g2}\n\
                     gc: objects in permanent generation: {permanent}\n"
                ));
            }
            vm.write_stderr(&text);
            started.set(Some(std::time::Instant::now()));
        }
    });
}

/// `invoke_gc_callback`: each callback of `gc.callbacks` with the phase and one info dict;
/// a callback that raises is reported (`Exception ignored in: <callback>`) and the others
/// still run.
fn call_python_callbacks(vm: &Vm, phase: heap::Phase, info: &heap::CallbackInfo) {
    let cbs = match vm.gc_callbacks.downcast::<ListObj>() {
        Some(l) => l.items.borrow().clone(),
        None => return,
    };
    if cbs.is_empty() {
        return;
    }
    let args = (|| -> PyResult<[ObjRef; 2]> {
        let p = vm.new_str(phase.as_str())?;
        let d = vm.new_dict()?;
        vm.dict_set_str(&d, "generation", vm.new_int(info.generation as i64)?)?;
        vm.dict_set_str(&d, "collected", vm.new_int(info.collected as i64)?)?;
        vm.dict_set_str(&d, "uncollectable", vm.new_int(info.uncollectable as i64)?)?;
        Ok([p, d.into()])
    })();
    let args = match args {
        Ok(a) => a,
        Err(e) => {
            vm.write_unraisable(
                Some("Exception ignored in garbage collector callback"),
                None,
                &e,
            );
            return;
        }
    };
    for cb in &cbs {
        if let Err(e) = vm.call(cb, &args, None) {
            vm.write_unraisable(None, Some(cb), &e);
        }
    }
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
