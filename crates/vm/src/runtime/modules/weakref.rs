//! `_weakref`: the native side of the frozen `weakref` module (`py/weakref.py`), on the
//! heap's weak references (`heap::WeakRefObj`, CPython's weakref semantics including "no
//! callback for a weak reference that is itself garbage").
//!
//! A Python `weakref.ref` is a small Python object holding a native handle made by
//! `new(target, owner)`. When the target dies, the handle's callback calls
//! `owner.__callback__(owner)` — reaching `owner` through a second, plain weak reference,
//! so the handle never keeps the Python object (or its callback) alive.

use heap::{Gc, ObjRef, WeakRefObj};

use super::{add_fn, new_module};
use crate::runtime::objects::*;
use crate::runtime::{current_vm, Args, PyResult, Vm};

/// Whether CPython would let `o` be weakly referenced: instances of classes that have a
/// `__weakref__` slot (no `__slots__` somewhere in the class chain, or `__weakref__` listed),
/// functions, classes, sets, generators, modules, methods and built-in functions.
pub(crate) fn weakrefable(o: &ObjRef) -> bool {
    if let Some(i) = o.downcast::<Instance>() {
        let user = std::iter::once(i.layout())
            .chain(i.layout().mro.iter())
            .filter(|t| !t.has(class::BUILTIN));
        for t in user {
            match &t.slots {
                None => return true,
                Some(slots) => {
                    if slots.iter().any(|s| {
                        s.downcast::<StrObj>()
                            .is_some_and(|s| &*s.s == "__weakref__")
                    }) {
                        return true;
                    }
                }
            }
        }
        // Every class in the chain has __slots__ without __weakref__, or there is no class
        // defined in Python at all (a built-in exception instance such as ValueError()).
        return false;
    }
    o.is::<FuncObj>()
        || o.is::<TypeObj>()
        || o.is::<SetObj>()
        || o.is::<GenObj>()
        || o.is::<ModuleObj>()
        || o.is::<BoundMethod>()
        || o.is::<BuiltinFunc>()
        || o.is::<CodeObj>()
        || o.is::<crate::runtime::objects::memoryview::MemoryView>()
}

/// `obj.__weakref__` of a weakly referenceable instance: its first weak reference object
/// (the shared callback-less `ref` when there is one, as that one heads CPython's list),
/// or None.
pub(crate) fn first_weakref(vm: &Vm, o: &ObjRef) -> PyResult {
    if vm.heap.weakref_count(o) == 0 {
        return Ok(vm.none());
    }
    let module = super::import(vm, "weakref")?;
    let getweakrefs = vm.getattr_str(&module, "getweakrefs")?;
    let refs = vm.call(&getweakrefs, std::slice::from_ref(o), None)?;
    let first = refs
        .downcast_ref::<ListObj>()
        .and_then(|l| l.items.borrow().first().cloned());
    Ok(first.unwrap_or_else(|| vm.none()))
}

/// A native handle to `target`, untracked: it is part of the Python-level ref object that
/// holds it (CPython's weakref is one object), so a collection must neither count it nor
/// judge it garbage (the heap calls an untracked handle's callback whenever its target
/// dies in a collection; `fire` then skips the callback of a ref object that died too).
fn new_handle(
    vm: &Vm,
    target: &ObjRef,
    callback: Option<heap::WeakCallback>,
) -> PyResult<Gc<WeakRefObj>> {
    let h = vm
        .heap
        .weakref_obj(target, callback)
        .map_err(|_| vm.memory_error())?;
    vm.heap
        .untrack(Gc::as_obj(&h))
        .map_err(|_| vm.memory_error())?;
    Ok(h)
}

fn handle(vm: &Vm, a: &Args<'_>) -> PyResult<Gc<WeakRefObj>> {
    match a.pos.first().and_then(|h| h.downcast::<WeakRefObj>()) {
        Some(h) => Ok(h),
        None => vm.type_err("_weakref: expected a weak reference handle"),
    }
}

/// Call `owner.__callback__(owner)` for a handle whose target died.
fn fire(owner: &Gc<WeakRefObj>) {
    let (Some(vm), Some(owner)) = (current_vm(), owner.upgrade_obj()) else {
        return;
    };
    let cb = match vm.getattr_str(&owner, "__callback__") {
        Ok(cb) if !vm.is_none(&cb) => cb,
        _ => return,
    };
    // As CPython, the ref forgets its callback before calling it (once only).
    if let Ok(name) = vm.intern("__callback__") {
        let _ = vm.setattr(&owner, &name, vm.none());
    }
    if let Err(e) = vm.call(&cb, std::slice::from_ref(&owner), None) {
        vm.write_unraisable(None, Some(&cb), &e);
    }
}

/// `new(target, owner=None)`: a handle to `target`; with an owner, the owner's
/// `__callback__` runs when `target` dies.
fn new(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(target) = a.pos.first() else {
        return vm.type_err("new() needs a target");
    };
    if !weakrefable(target) {
        return vm.type_err(format!(
            "cannot create weak reference to '{}' object",
            vm.type_name(target)
        ));
    }
    let callback: Option<heap::WeakCallback> = match a.pos.get(1) {
        Some(owner) if !vm.is_none(owner) => {
            let owner_weak = new_handle(vm, owner, None)?;
            Some(Box::new(move |_heap, _wr| fire(&owner_weak)))
        }
        _ => None,
    };
    Ok(new_handle(vm, target, callback)?.into())
}

/// `bookkeeping(obj)`: a callback-less handle to any object, for the module's own
/// registry of its ref and proxy objects (proxies are not weakly referenceable from
/// Python, yet the registry must not keep them alive).
fn bookkeeping(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(target) = a.pos.first() else {
        return vm.type_err("bookkeeping() needs a target");
    };
    Ok(new_handle(vm, target, None)?.into())
}

/// `get(handle)`: the target, or None once it died.
fn get(vm: &Vm, a: &Args<'_>) -> PyResult {
    Ok(handle(vm, a)?.upgrade_obj().unwrap_or_else(|| vm.none()))
}

/// `count(obj)`: how many weak references refer to `obj` (`weakref.getweakrefcount`).
fn count(vm: &Vm, a: &Args<'_>) -> PyResult {
    let n = match a.pos.first() {
        Some(o) => vm.heap.weakref_count(o),
        None => return vm.type_err("getweakrefcount() takes exactly one argument (0 given)"),
    };
    vm.new_int(n as i64)
}

/// `check(obj)`: raise CPython's TypeError if `obj` cannot be weakly referenced.
fn check(vm: &Vm, a: &Args<'_>) -> PyResult {
    match a.pos.first() {
        Some(o) if !weakrefable(o) => vm.type_err(format!(
            "cannot create weak reference to '{}' object",
            vm.type_name(o)
        )),
        _ => Ok(vm.none()),
    }
}

/// Build `_weakref`.
pub fn make(vm: &Vm) -> PyResult<Gc<ModuleObj>> {
    let m = new_module(vm, "_weakref")?;
    for (n, f) in [
        ("new", new as NativeFn),
        ("bookkeeping", bookkeeping),
        ("get", get),
        ("count", count),
        ("check", check),
    ] {
        add_fn(vm, &m, n, f)?;
    }
    Ok(m)
}
