//! `globals()`, `locals()`, `vars()` and `dir()` without arguments: they read the *calling*
//! frame. Built-in functions do not receive the frame, so the eval loop recognises a
//! zero-argument call of these builtins (as it does for `super()`) and answers it here with
//! the frame in hand — no per-call bookkeeping for every other call.
//!
//! * module body: `globals()` and `locals()` are the module dict itself (writes are visible);
//! * class body: `locals()` is the class namespace being built;
//! * function: `locals()` is the frame's one dict, refreshed from the slots on each call
//!   (cells dereferenced), in CPython's order (parameters, other locals, cell variables,
//!   free variables), as in CPython 3.12.

use heap::{Gc, ObjRef};

use super::frame::Frame;
use super::objects::class::BUILTIN;
use super::objects::*;
use super::{PyResult, Vm};

/// The builtins answered with the caller's frame.
const FRAME_BUILTINS: [&str; 4] = ["globals", "locals", "vars", "dir"];

/// Is `f` one of the frame-reading builtins (the builtin itself, not a bound method)?
pub fn is_frame_builtin(f: &ObjRef) -> bool {
    f.downcast::<BuiltinFunc>()
        .is_some_and(|b| b.self_.is_none() && FRAME_BUILTINS.contains(&b.name))
}

/// Run `globals()`, `locals()`, `vars()` or `dir()` (no arguments) for frame `f`.
pub fn call_frame_builtin(vm: &Vm, f: &mut Frame, func: &ObjRef) -> PyResult {
    let name = func.downcast::<BuiltinFunc>().map(|b| b.name).unwrap_or("");
    match name {
        "globals" => Ok(Gc::to_obj(&f.globals)),
        "dir" => sorted_keys(vm, &Gc::to_obj(&frame_locals(vm, f)?)),
        _ => Ok(Gc::to_obj(&frame_locals(vm, f)?)),
    }
}

/// The frame's local namespace: the real dict of a module or class body; for a function,
/// the frame's one locals dict (made on first use, kept in `Frame::locals`) refreshed from
/// the slots — as CPython 3.12's `PyFrame_FastToLocals`: bound names set, unbound names
/// removed, other keys left alone.
pub fn frame_locals(vm: &Vm, f: &mut Frame) -> PyResult<Gc<DictObj>> {
    let optimized = f.code().flags & crate::bytecode::code_flags::OPTIMIZED != 0;
    if !optimized {
        if let Some(ns) = &f.locals {
            return Ok(ns.clone());
        }
    }
    let d = match &f.locals {
        Some(d) => d.clone(),
        None => {
            let d = vm.new_dict()?;
            f.locals = Some(d.clone());
            d
        }
    };
    let code = f.code().clone();
    let free_start = code.n_slots as usize - code.freevars.len();
    for i in 0..f.slots.len() {
        let is_cell = i >= free_start || code.cell_slots.contains(&(i as u32));
        let value = match &f.slots[i] {
            Some(v) if is_cell => match v.downcast::<CellObj>() {
                Some(c) => c.0.borrow().clone(),
                None => Some(v.clone()),
            },
            other => other.clone(),
        };
        let key = vm.intern(code.slot_name(i as u32))?;
        match value {
            Some(v) => vm.dict_set(&d, key, v)?,
            None => {
                let old = vm.dict_del(&d.0, &key)?;
                drop(old);
            }
        }
    }
    Ok(d)
}

/// `sorted(d)` of a dict, as a list.
pub fn sorted_keys(vm: &Vm, d: &ObjRef) -> PyResult {
    let keys = vm.collect(d)?;
    vm.new_list(super::methods::sort_values(vm, keys, None, false)?)
}

/// `dir(o)`: a class's own `__dir__` if it defines one; a module's namespace; otherwise the
/// attribute names of the object (its `__dict__`) and of its type and the type's bases
/// (for a type object: the type and its bases), sorted.
pub fn dir_of(vm: &Vm, o: &ObjRef) -> PyResult {
    let custom = match o.downcast::<Instance>() {
        Some(i) => vm
            .lookup_type_attr(&i.class(), "__dir__")?
            .filter(|f| !f.is::<BuiltinFunc>()),
        // A class whose metaclass defines `__dir__` (an Enum class).
        None => vm.meta_method(o, "__dir__")?,
    };
    if let Some(f) = custom {
        let listed = vm.call(&f, std::slice::from_ref(o), None)?;
        let names = vm.collect(&listed)?;
        return vm.new_list(super::methods::sort_values(vm, names, None, false)?);
    }
    // A module's own `__dir__` function (PEP 562) lists its names.
    if let Some(f) = o
        .downcast::<ModuleObj>()
        .and_then(|m| vm.dict_get_str(&m.dict, "__dir__"))
    {
        let names = vm.collect(&vm.call(&f, &[], None)?)?;
        return vm.new_list(super::methods::sort_values(vm, names, None, false)?);
    }
    let mut names: Vec<String> = Vec::new();
    let mut add_dict = |d: &DictObj| {
        for e in d.0.borrow().iter() {
            if let Some(s) = e.key.downcast::<StrObj>() {
                names.push(s.s.to_string());
            }
        }
    };
    if let Some(m) = o.downcast::<ModuleObj>() {
        add_dict(&m.dict);
    } else {
        if let Some(i) = o.downcast::<Instance>() {
            if let Some(d) = i.dict() {
                add_dict(&d);
            }
            let keys = i.layout().keys.borrow().clone();
            let vals = super::objects::instance::inst_values(&i);
            for (k, v) in keys.iter().zip(vals.iter()) {
                if v.is_some() {
                    names.push(vm.str(k)?);
                }
            }
        } else if let Some(func) = o.downcast::<FuncObj>() {
            if let Some(d) = func.dict.borrow().as_ref() {
                add_dict(d);
            }
        }
        let t = match o.downcast::<TypeObj>() {
            Some(t) => t,
            None => vm.type_of(o),
        };
        for c in std::iter::once(&t).chain(t.mro.iter()) {
            class_names(c, &mut names);
        }
    }
    names.sort();
    names.dedup();
    let mut v = Vec::with_capacity(names.len());
    for n in names {
        v.push(vm.new_str(&n)?);
    }
    vm.new_list(v)
}

/// The names a class contributes to `dir()`: its namespace, plus what CPython keeps in a
/// type's `__dict__` that our types do not store there (the dunders of built-in types, and
/// `__module__`/`__doc__`/`__dict__`/`__weakref__` of classes).
fn class_names(c: &TypeObj, names: &mut Vec<String>) {
    for e in c.dict.0.borrow().iter() {
        if let Some(s) = e.key.downcast::<StrObj>() {
            // CPython takes `__qualname__` out of the class namespace.
            if &*s.s != "__qualname__" {
                names.push(s.s.to_string());
            }
        }
    }
    if c.has(BUILTIN) {
        let extra = super::dir_names::builtin_dunders(&c.name);
        names.extend(extra.split_whitespace().map(String::from));
    } else {
        names.extend(["__module__", "__doc__"].map(String::from));
        match &c.slots {
            // Each slot is a member descriptor in CPython's class dict.
            Some(slots) => names.extend(
                slots
                    .iter()
                    .filter_map(|s| s.downcast::<StrObj>().map(|s| s.s.to_string())),
            ),
            None => names.extend(["__dict__", "__weakref__"].map(String::from)),
        }
    }
}
