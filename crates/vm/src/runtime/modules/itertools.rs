//! `_itertools`: native state and `__next__` of the hottest iterators of the frozen
//! `itertools` module (`py/itertools.py`): count, islice, chain, permutations and
//! combinations. The classes stay
//! Python (their constructors check arguments with CPython's messages); their `__next__`
//! is one of these built-in functions, reading the state object in the instance's `_s`
//! slot, so a step runs no Python frame.

use std::cell::{Cell, RefCell};

use heap::{Gc, ObjRef};

use super::add_fn;
use crate::ir::BinOp;
use crate::runtime::objects::*;
use crate::runtime::ops::Num;
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

/// `permutations(pool, r)`: CPython's order (lexicographic by position): `indices` is the
/// current arrangement of pool positions, `cycles[i]` how many more swaps position `i` takes
/// before it rotates back.
pub struct PermutationsState {
    pool: RefCell<Vec<ObjRef>>,
    r: usize,
    indices: RefCell<Vec<usize>>,
    cycles: RefCell<Vec<usize>>,
    first: Cell<bool>,
    done: Cell<bool>,
}
heap::impl_object!(PermutationsState, "_itertools.permutations_state", [pool]);

/// `combinations(pool, r)`: `indices` are the pool positions of the current combination,
/// increasing.
pub struct CombinationsState {
    pool: RefCell<Vec<ObjRef>>,
    indices: RefCell<Vec<usize>>,
    first: Cell<bool>,
    done: Cell<bool>,
}
heap::impl_object!(CombinationsState, "_itertools.combinations_state", [pool]);

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

/// The `(pool, r)` arguments of `permutations_new` / `combinations_new`: the pool's items and
/// `r` (an int).
fn pool_and_r(vm: &Vm, a: &Args<'_>) -> PyResult<(Vec<ObjRef>, usize)> {
    let (Some(pool), Some(r)) = (a.pos.first(), a.pos.get(1)) else {
        return vm.type_err("expected (pool, r)");
    };
    let Some(t) = pool.downcast::<TupleObj>() else {
        return vm.type_err("pool must be a tuple");
    };
    // As CPython: converted to a C ssize_t first, then checked for sign.
    let r = match vm.num(r) {
        Some(Num::I(i)) if i >= 0 => usize::try_from(i).unwrap_or(usize::MAX),
        Some(Num::I(_)) => return vm.value_err("r must be non-negative"),
        Some(Num::B(_)) => {
            return vm.err(
                "OverflowError",
                "Python int too large to convert to C ssize_t",
            )
        }
        _ => return vm.type_err("r must be an int"),
    };
    Ok((tuple_items(&t).to_vec(), r))
}

/// The tuple of the pool items at `positions`.
fn pick(vm: &Vm, pool: &RefCell<Vec<ObjRef>>, positions: &[usize]) -> PyResult {
    let items: Vec<ObjRef> = {
        let pool = pool.borrow();
        positions
            .iter()
            .filter_map(|&i| pool.get(i).cloned())
            .collect()
    };
    vm.new_tuple(items)
}

fn permutations_new(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (pool, r) = pool_and_r(vm, a)?;
    let n = pool.len();
    let done = r > n;
    let r = r.min(n);
    vm.alloc_obj(PermutationsState {
        pool: RefCell::new(pool),
        r,
        indices: RefCell::new((0..n).collect()),
        cycles: RefCell::new((0..r).map(|i| n - i).collect()),
        first: Cell::new(true),
        done: Cell::new(done),
    })
}

fn permutations_next(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = state::<PermutationsState>(vm, a)?;
    if s.done.get() {
        return Err(stop(vm));
    }
    let n = s.pool.borrow().len();
    if !s.first.replace(false) {
        let mut indices = s.indices.borrow_mut();
        let mut cycles = s.cycles.borrow_mut();
        // The rightmost position that still has a swap to make takes it; the positions
        // after it, exhausted, rotate back to their starting order.
        let mut advanced = false;
        for i in (0..s.r).rev() {
            cycles[i] -= 1;
            if cycles[i] == 0 {
                indices[i..].rotate_left(1);
                cycles[i] = n - i;
            } else {
                let j = cycles[i];
                indices.swap(i, n - j);
                advanced = true;
                break;
            }
        }
        if !advanced || n == 0 {
            drop((indices, cycles));
            s.done.set(true);
            let pool = std::mem::take(&mut *s.pool.borrow_mut());
            drop(pool);
            return Err(stop(vm));
        }
    }
    let positions: Vec<usize> = s.indices.borrow()[..s.r].to_vec();
    pick(vm, &s.pool, &positions)
}

fn combinations_new(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (pool, r) = pool_and_r(vm, a)?;
    let done = r > pool.len();
    let r = r.min(pool.len());
    vm.alloc_obj(CombinationsState {
        pool: RefCell::new(pool),
        indices: RefCell::new((0..r).collect()),
        first: Cell::new(true),
        done: Cell::new(done),
    })
}

fn combinations_next(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = state::<CombinationsState>(vm, a)?;
    if s.done.get() {
        return Err(stop(vm));
    }
    let n = s.pool.borrow().len();
    if !s.first.replace(false) {
        let mut indices = s.indices.borrow_mut();
        let r = indices.len();
        // The rightmost position not yet at its last possible value moves one on; the
        // ones after it follow it closely.
        match (0..r).rev().find(|&i| indices[i] != i + n - r) {
            Some(i) => {
                indices[i] += 1;
                for j in i + 1..r {
                    indices[j] = indices[j - 1] + 1;
                }
            }
            None => {
                drop(indices);
                s.done.set(true);
                let pool = std::mem::take(&mut *s.pool.borrow_mut());
                drop(pool);
                return Err(stop(vm));
            }
        }
    }
    let positions = s.indices.borrow().clone();
    pick(vm, &s.pool, &positions)
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
        ("permutations_new", permutations_new),
        ("permutations_next", permutations_next),
        ("combinations_new", combinations_new),
        ("combinations_next", combinations_next),
    ] {
        add_fn(vm, &m, n, f)?;
    }
    Ok(m)
}
