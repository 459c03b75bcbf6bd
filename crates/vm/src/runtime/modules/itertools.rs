//! `_itertools`: native state and `__next__` of the hottest iterators of the frozen
//! `itertools` module (`py/itertools.py`): count, islice and chain. The classes stay
//! Python (their constructors check arguments with CPython's messages); their `__next__`
//! is one of these built-in functions, reading the state object in the instance's `_s`
//! slot, so a step runs no Python frame.

use std::cell::{Cell, RefCell};

use heap::{Gc, ObjRef};

use super::add_fn;
use crate::ir::BinOp;
use crate::runtime::objects::*;
use crate::runtime::{Args, PyResult, Vm};

/// `count(start, step)`: the next value and the step (None only after the GC cleared them).
pub struct CountState {
    n: RefCell<Option<ObjRef>>,
    step: RefCell<Option<ObjRef>>,
}
heap::impl_object!(CountState, "_itertools.count_state", [n, step]);

/// `islice`: the source (None once exhausted), the index of the next item to yield, the
/// stop index, the step and how many items were consumed.
pub struct IsliceState {
    it: RefCell<Option<ObjRef>>,
    next: Cell<u64>,
    stop: Option<u64>,
    step: u64,
    pos: Cell<u64>,
}
heap::impl_object!(IsliceState, "_itertools.islice_state", [it]);

/// `chain`: the iterator over the iterables (None once exhausted) and the current one.
pub struct ChainState {
    source: RefCell<Option<ObjRef>>,
    active: RefCell<Option<ObjRef>>,
}
heap::impl_object!(ChainState, "_itertools.chain_state", [source, active]);

fn state<T: heap::Object>(vm: &Vm, a: &Args<'_>) -> PyResult<Gc<T>> {
    let Some(o) = a.pos.first() else {
        return vm.type_err("expected an iterator");
    };
    if let Some(s) = o.downcast::<T>() {
        return Ok(s);
    }
    match vm.getattr_str(o, "_s")?.downcast::<T>() {
        Some(s) => Ok(s),
        None => vm.type_err("iterator state is missing"),
    }
}

fn stop(vm: &Vm) -> ObjRef {
    vm.new_exception(&vm.exc_type("StopIteration"), vec![])
}

fn count_new(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (Some(n), Some(step)) = (a.pos.first(), a.pos.get(1)) else {
        return vm.type_err("count_new(start, step)");
    };
    vm.alloc_obj(CountState {
        n: RefCell::new(Some(n.clone())),
        step: RefCell::new(Some(step.clone())),
    })
}

fn count_next(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = state::<CountState>(vm, a)?;
    let (Some(n), Some(step)) = (s.n.borrow().clone(), s.step.borrow().clone()) else {
        return Err(stop(vm));
    };
    let next = vm.binary_op(&n, &step, BinOp::Add, false)?;
    let old = s.n.replace(Some(next));
    drop(old);
    Ok(n)
}

/// `count_value(s)`: `(next value, step)`, for repr.
fn count_value(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = state::<CountState>(vm, a)?;
    let n = s.n.borrow().clone().unwrap_or_else(|| vm.none());
    let step = s.step.borrow().clone().unwrap_or_else(|| vm.none());
    vm.new_tuple([n, step])
}

fn islice_new(vm: &Vm, a: &Args<'_>) -> PyResult {
    let [it, start, stop, step] = a.pos else {
        return vm.type_err("islice_new(it, start, stop, step)");
    };
    let num = |x: &ObjRef| -> PyResult<u64> { Ok(vm.index(x)?.max(0) as u64) };
    let stop = if vm.is_none(stop) {
        None
    } else {
        Some(num(stop)?)
    };
    vm.alloc_obj(IsliceState {
        it: RefCell::new(Some(it.clone())),
        next: Cell::new(num(start)?),
        stop,
        step: num(step)?.max(1),
        pos: Cell::new(0),
    })
}

fn islice_next(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = state::<IsliceState>(vm, a)?;
    let Some(it) = s.it.borrow().clone() else {
        return Err(stop(vm));
    };
    let finish = |s: &IsliceState| {
        let old = s.it.borrow_mut().take();
        drop(old);
        Err(stop(vm))
    };
    // CPython's islice_next: skip to `next` (even past `stop`), then check `stop`.
    while s.pos.get() < s.next.get() {
        if vm.next(&it)?.is_none() {
            return finish(&s);
        }
        s.pos.set(s.pos.get() + 1);
    }
    if s.stop.is_some_and(|stop| s.pos.get() >= stop) {
        return finish(&s);
    }
    let Some(x) = vm.next(&it)? else {
        return finish(&s);
    };
    s.pos.set(s.pos.get() + 1);
    let next = s.next.get().saturating_add(s.step);
    s.next.set(match s.stop {
        Some(stop) if next > stop => stop,
        _ => next,
    });
    Ok(x)
}

fn chain_new(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(source) = a.pos.first() else {
        return vm.type_err("chain_new(iterator)");
    };
    vm.alloc_obj(ChainState {
        source: RefCell::new(Some(source.clone())),
        active: RefCell::new(None),
    })
}

fn chain_next(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = state::<ChainState>(vm, a)?;
    loop {
        let active = s.active.borrow().clone();
        match active {
            Some(it) => {
                if let Some(x) = vm.next(&it)? {
                    return Ok(x);
                }
                let old = s.active.borrow_mut().take();
                drop(old);
            }
            None => {
                let Some(source) = s.source.borrow().clone() else {
                    return Err(stop(vm));
                };
                match vm.next(&source)? {
                    Some(iterable) => {
                        let it = vm.get_iter(&iterable)?;
                        let old = s.active.borrow_mut().replace(it);
                        drop(old);
                    }
                    None => {
                        let old = s.source.borrow_mut().take();
                        drop(old);
                        return Err(stop(vm));
                    }
                }
            }
        }
    }
}

/// Build `_itertools`.
pub fn make(vm: &Vm) -> PyResult<Gc<ModuleObj>> {
    let m = super::new_module(vm, "_itertools")?;
    for (n, f) in [
        ("count_new", count_new as NativeFn),
        ("count_next", count_next),
        ("count_value", count_value),
        ("islice_new", islice_new),
        ("islice_next", islice_next),
        ("chain_new", chain_new),
        ("chain_next", chain_next),
    ] {
        add_fn(vm, &m, n, f)?;
    }
    Ok(m)
}
