//! The storage and hot methods of `collections.deque` (the class is Python, in
//! `py/collections.py`): a `VecDeque` ring on the heap, and built-in functions placed in the
//! class's namespace (`append = _collections.deque_append`) so that `d.append(x)` and
//! `d.popleft()` run without a Python frame, as CPython's C deque does.
//!
//! The ring counts its mutations (`state`), so iterators can raise CPython's
//! "deque mutated during iteration".
//!
//! It also follows where CPython's deque would have its first item: CPython stores items
//! in blocks of 64 and `sys.getsizeof` counts the blocks, which depend on the index of the
//! first item in the leftmost block as well as on the length. The ring replays how each
//! operation moves that index (`Ring::left`), so sizes agree after any sequence of appends,
//! pops, extends, rotations and trims.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

use heap::{Gc, ObjRef};

use super::add_fn;
use crate::runtime::objects::*;
use crate::runtime::{Args, PyResult, Vm};

/// Items per block of CPython's deque (`BLOCKLEN`).
const BLOCK_LEN: usize = 64;
/// Where a new or emptied CPython deque puts its first item (`CENTER + 1`).
const FIRST_INDEX: usize = (BLOCK_LEN - 1) / 2 + 1;
/// `sizeof(dequeobject)` and `sizeof(block)` (64 item pointers and two links).
const DEQUE_BASICSIZE: usize = 216;
const BLOCK_SIZE: usize = (BLOCK_LEN + 2) * 8;

/// A deque's items, its maxlen and its mutation count.
pub struct Ring {
    items: RefCell<VecDeque<ObjRef>>,
    maxlen: Option<usize>,
    state: Cell<u64>,
    /// The index of the first item in CPython's leftmost block (`leftindex`, 0..64).
    left: Cell<usize>,
}

impl heap::Object for Ring {
    const NAME: &'static str = "_collections.ring";
    fn traverse(&self, v: &mut heap::Visitor<'_>) {
        match self.items.try_borrow() {
            Ok(items) => {
                for x in items.iter() {
                    v.visit(x);
                }
            }
            Err(_) => v.mark_incomplete(),
        }
    }
    fn clear(&self) {
        let old = self
            .items
            .try_borrow_mut()
            .map(|mut i| std::mem::take(&mut *i));
        drop(old);
    }
}

impl Ring {
    fn changed(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    /// `leftindex` after an item was added at the left end.
    fn note_push_left(&self) {
        let l = self.left.get();
        self.left.set(if l == 0 { BLOCK_LEN - 1 } else { l - 1 });
    }

    /// `leftindex` after an item was removed from the right (`len` items left): an
    /// emptied deque re-centres when its last block would have been freed.
    fn note_pop_right(&self, len: usize) {
        if len == 0 && self.left.get() == 0 {
            self.left.set(FIRST_INDEX);
        }
    }

    /// `leftindex` after an item was removed from the left (`len` items left).
    fn note_pop_left(&self, len: usize) {
        let l = self.left.get() + 1;
        self.left.set(match l {
            BLOCK_LEN if len == 0 => FIRST_INDEX,
            BLOCK_LEN => 0,
            l => l,
        });
    }

    /// CPython's `deque.__sizeof__()`: the struct and its blocks.
    fn sizeof(&self) -> usize {
        let len = self.items.borrow().len();
        DEQUE_BASICSIZE + BLOCK_SIZE * (self.left.get() + len).div_ceil(BLOCK_LEN)
    }

    /// Add at the right (or left), dropping from the other end when full. Returns what was
    /// dropped, to be released after the borrow ends (its finalizer may run Python code).
    fn push(&self, x: ObjRef, left: bool) -> Option<ObjRef> {
        self.changed();
        let mut items = self.items.borrow_mut();
        let mut dropped = None;
        if let Some(m) = self.maxlen {
            if m == 0 {
                return Some(x);
            }
        }
        if left {
            items.push_front(x);
            self.note_push_left();
        } else {
            items.push_back(x);
        }
        // A full deque adds first, then drops from the other end.
        if self.maxlen.is_some_and(|m| items.len() > m) {
            if left {
                dropped = items.pop_back();
                self.note_pop_right(items.len());
            } else {
                dropped = items.pop_front();
                self.note_pop_left(items.len());
            }
        }
        dropped
    }
}

/// The ring of deque `a.pos[0]` (its `_r` slot) or of a ring passed directly.
fn ring(vm: &Vm, a: &Args<'_>) -> PyResult<Gc<Ring>> {
    let Some(o) = a.pos.first() else {
        return vm.type_err("deque method needs a deque");
    };
    if let Some(r) = o.downcast::<Ring>() {
        return Ok(r);
    }
    let r = vm.getattr_str(o, "_r")?;
    match r.downcast::<Ring>() {
        Some(r) => Ok(r),
        None => vm.type_err("deque storage is missing"),
    }
}

fn arg1<'a>(vm: &Vm, a: &'a Args<'_>, name: &str) -> PyResult<&'a ObjRef> {
    match a.pos.get(1) {
        Some(x) => Ok(x),
        None => vm.type_err(format!(
            "deque.{name}() takes exactly one argument (0 given)"
        )),
    }
}

/// A position in the deque, CPython's way: negative counts from the right.
fn position(vm: &Vm, r: &Ring, i: &ObjRef) -> PyResult<usize> {
    let Some(n) = vm.num(i).filter(|_| !i.is::<FloatObj>()) else {
        return vm.type_err(format!(
            "sequence index must be integer, not '{}'",
            vm.type_name(i)
        ));
    };
    let len = r.items.borrow().len() as i64;
    let k = match n {
        crate::runtime::ops::Num::I(k) => k,
        _ => i64::MAX,
    };
    let k = if k < 0 { k.saturating_add(len) } else { k };
    if k < 0 || k >= len {
        return vm.err("IndexError", "deque index out of range");
    }
    Ok(k as usize)
}

fn ring_new(vm: &Vm, a: &Args<'_>) -> PyResult {
    let maxlen = match a.pos.first() {
        Some(m) if !vm.is_none(m) => Some(vm.index(m)?.max(0) as usize),
        _ => None,
    };
    vm.alloc_obj(Ring {
        items: RefCell::new(VecDeque::new()),
        maxlen,
        state: Cell::new(0),
        left: Cell::new(FIRST_INDEX),
    })
}

fn ring_maxlen(vm: &Vm, a: &Args<'_>) -> PyResult {
    match ring(vm, a)?.maxlen {
        Some(m) => vm.new_int(m as i64),
        None => Ok(vm.none()),
    }
}

fn ring_state(vm: &Vm, a: &Args<'_>) -> PyResult {
    vm.new_int((ring(vm, a)?.state.get() & (i64::MAX as u64)) as i64)
}

/// `ring_list(r)`: the items as a new list.
fn ring_list(vm: &Vm, a: &Args<'_>) -> PyResult {
    let items: Vec<ObjRef> = ring(vm, a)?.items.borrow().iter().cloned().collect();
    vm.new_list(items)
}

/// `ring_replace(r, list)`: the items become those of the list (a mutation).
fn ring_replace(vm: &Vm, a: &Args<'_>) -> PyResult {
    let r = ring(vm, a)?;
    let new: VecDeque<ObjRef> = vm.collect(arg1(vm, a, "replace")?)?.into();
    r.changed();
    let old = std::mem::replace(&mut *r.items.borrow_mut(), new);
    drop(old);
    Ok(vm.none())
}

/// `ring_item(r, i, state, end)`: item `i` for an iterator created at `state`; `end` past
/// the last; RuntimeError if the deque changed since.
fn ring_item(vm: &Vm, a: &Args<'_>) -> PyResult {
    let r = ring(vm, a)?;
    let (Some(i), Some(state), Some(end)) = (a.pos.get(1), a.pos.get(2), a.pos.get(3)) else {
        return vm.type_err("ring_item(r, i, state, end)");
    };
    if vm.as_i64(state) != Some((r.state.get() & (i64::MAX as u64)) as i64) {
        return vm.err("RuntimeError", "deque mutated during iteration");
    }
    let i = vm.index(i)?;
    let items = r.items.borrow();
    Ok(usize::try_from(i)
        .ok()
        .and_then(|i| items.get(i).cloned())
        .unwrap_or_else(|| end.clone()))
}

fn append(vm: &Vm, a: &Args<'_>) -> PyResult {
    let r = ring(vm, a)?;
    let dropped = r.push(arg1(vm, a, "append")?.clone(), false);
    drop(dropped);
    Ok(vm.none())
}

fn appendleft(vm: &Vm, a: &Args<'_>) -> PyResult {
    let r = ring(vm, a)?;
    let dropped = r.push(arg1(vm, a, "appendleft")?.clone(), true);
    drop(dropped);
    Ok(vm.none())
}

fn pop_end(vm: &Vm, a: &Args<'_>, left: bool) -> PyResult {
    let r = ring(vm, a)?;
    let x = {
        let mut items = r.items.borrow_mut();
        let x = if left {
            items.pop_front()
        } else {
            items.pop_back()
        };
        if x.is_some() {
            if left {
                r.note_pop_left(items.len());
            } else {
                r.note_pop_right(items.len());
            }
        }
        x
    };
    match x {
        Some(x) => {
            r.changed();
            Ok(x)
        }
        None => vm.err("IndexError", "pop from an empty deque"),
    }
}

fn pop(vm: &Vm, a: &Args<'_>) -> PyResult {
    pop_end(vm, a, false)
}

fn popleft(vm: &Vm, a: &Args<'_>) -> PyResult {
    pop_end(vm, a, true)
}

fn extend_end(vm: &Vm, a: &Args<'_>, left: bool) -> PyResult {
    let r = ring(vm, a)?;
    let src = arg1(vm, a, if left { "extendleft" } else { "extend" })?;
    // collect() first: extending a deque with itself sees the items as they were.
    let new = vm.collect(src)?;
    if r.items.borrow().is_empty() {
        // CPython fills an empty deque from its first block's far end, to save space.
        r.left.set(if left { BLOCK_LEN - 1 } else { 1 });
    }
    for x in new {
        let dropped = r.push(x, left);
        drop(dropped);
    }
    Ok(vm.none())
}

fn extend(vm: &Vm, a: &Args<'_>) -> PyResult {
    extend_end(vm, a, false)
}

fn extendleft(vm: &Vm, a: &Args<'_>) -> PyResult {
    extend_end(vm, a, true)
}

fn clear(vm: &Vm, a: &Args<'_>) -> PyResult {
    let r = ring(vm, a)?;
    r.changed();
    let old = std::mem::take(&mut *r.items.borrow_mut());
    r.left.set(FIRST_INDEX);
    drop(old);
    Ok(vm.none())
}

/// `deque.__sizeof__()`.
fn sizeof(vm: &Vm, a: &Args<'_>) -> PyResult {
    vm.new_int(ring(vm, a)?.sizeof() as i64)
}

fn len(vm: &Vm, a: &Args<'_>) -> PyResult {
    let n = ring(vm, a)?.items.borrow().len();
    vm.new_int(n as i64)
}

fn bool_(vm: &Vm, a: &Args<'_>) -> PyResult {
    Ok(vm.bool_obj(!ring(vm, a)?.items.borrow().is_empty()))
}

fn getitem(vm: &Vm, a: &Args<'_>) -> PyResult {
    let r = ring(vm, a)?;
    let i = position(vm, &r, arg1(vm, a, "__getitem__")?)?;
    let x = r.items.borrow().get(i).cloned();
    Ok(x.unwrap_or_else(|| vm.none()))
}

fn setitem(vm: &Vm, a: &Args<'_>) -> PyResult {
    let r = ring(vm, a)?;
    let i = position(vm, &r, arg1(vm, a, "__setitem__")?)?;
    let Some(x) = a.pos.get(2) else {
        return vm.type_err("__setitem__ expected 2 arguments");
    };
    let old = r
        .items
        .borrow_mut()
        .get_mut(i)
        .map(|slot| std::mem::replace(slot, x.clone()));
    drop(old);
    Ok(vm.none())
}

fn rotate(vm: &Vm, a: &Args<'_>) -> PyResult {
    let r = ring(vm, a)?;
    let n = match a.pos.get(1) {
        Some(n) => vm.index(n)?,
        None => 1,
    };
    let mut items = r.items.borrow_mut();
    let len = items.len() as i64;
    if len > 1 {
        r.changed();
        let k = n.rem_euclid(len) as usize;
        items.rotate_right(k);
        // CPython moves the first item `n` places left (right for n < 0), with `n`
        // first brought within half the length.
        let half = len >> 1;
        let mut n = n;
        if n > half || n < -half {
            n %= len;
            if n > half {
                n -= len;
            } else if n < -half {
                n += len;
            }
        }
        let l = (r.left.get() as i64 - n).rem_euclid(BLOCK_LEN as i64);
        r.left.set(l as usize);
    }
    Ok(vm.none())
}

/// Register the deque functions in `_collections` (module `m`).
pub fn add_to(vm: &Vm, m: &ModuleObj) -> PyResult<()> {
    for (n, f) in [
        ("ring_new", ring_new as NativeFn),
        ("ring_maxlen", ring_maxlen),
        ("ring_state", ring_state),
        ("ring_list", ring_list),
        ("ring_replace", ring_replace),
        ("ring_item", ring_item),
        ("deque_append", append),
        ("deque_appendleft", appendleft),
        ("deque_pop", pop),
        ("deque_popleft", popleft),
        ("deque_extend", extend),
        ("deque_extendleft", extendleft),
        ("deque_clear", clear),
        ("deque_len", len),
        ("deque_bool", bool_),
        ("deque_getitem", getitem),
        ("deque_setitem", setitem),
        ("deque_rotate", rotate),
        ("deque_sizeof", sizeof),
    ] {
        add_fn(vm, m, n, f)?;
    }
    Ok(())
}
