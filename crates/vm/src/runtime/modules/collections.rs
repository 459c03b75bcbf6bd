//! `_collections`: the native helper of the frozen `collections` module (`py/collections.py`).
//!
//! The frozen defaultdict and OrderedDict wrap a real dict and namedtuple classes wrap a real
//! tuple (they predate pymem's subclassing of built-in types; Counter is a real dict
//! subclass). To keep CPython's type relations (`isinstance(OrderedDict(), dict)`,
//! `issubclass(Point, tuple)`, `OrderedDict.__mro__`), `with_builtin_base(cls, base)` makes a copy of the wrapper base class
//! whose MRO has the built-in `base` just before `object`. The wrapper defines every method
//! its instances need, so the built-in's own methods are found only for names the wrapper
//! does not define (and those raise TypeError "descriptor ... requires a 'dict' object").

use std::cell::RefCell;

use heap::{Gc, ObjRef};

use super::{add_fn, new_module};
use crate::runtime::objects::class::{Kind, BUILTIN, C_TYPE_NAME, NATIVE_DICT, NATIVE_LAYOUT};
use crate::runtime::objects::*;
use crate::runtime::{Args, PyResult, Vm};

fn with_builtin_base(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (Some(cls), Some(base)) = (
        a.pos.first().and_then(|c| c.downcast::<TypeObj>()),
        a.pos.get(1).and_then(|b| b.downcast::<TypeObj>()),
    ) else {
        return vm.type_err("with_builtin_base(cls, base) needs two classes");
    };
    let allowed = [&vm.types.dict, &vm.types.tuple, &vm.types.list];
    if !allowed.iter().any(|t| Gc::ptr_eq(t, &base)) {
        return vm.type_err("with_builtin_base: base must be dict, tuple or list");
    }
    if cls.has(BUILTIN) || cls.kind != Kind::Object {
        return vm.type_err("with_builtin_base: cls must be a plain class");
    }
    let mut mro: Vec<Gc<TypeObj>> = cls
        .mro
        .iter()
        .filter(|t| !Gc::ptr_eq(t, &vm.types.object))
        .cloned()
        .collect();
    mro.push(base.clone());
    mro.push(vm.types.object.clone());
    let t = vm.alloc(TypeObj {
        name: cls.name.clone(),
        qualname: cls.qualname.clone(),
        module: cls.module.clone(),
        bases: vm.bases_tuple(std::slice::from_ref(&base))?,
        mro,
        mro_tuple: RefCell::new(None),
        dict: cls.dict.clone(),
        kind: Kind::Object,
        slots: cls.slots.clone(),
        keys: std::rc::Rc::new(RefCell::new(cls.keys.borrow().clone())),
        keys_usable: std::rc::Rc::new(std::cell::Cell::new(cls.keys_usable.get())),
        instantiated: std::cell::Cell::new(cls.instantiated.get()),
        flags: std::cell::Cell::new(cls.flags.get()),
        ctor_cache: RefCell::new(None),
        instance_side: Default::default(),
        py_slot_cache: std::cell::Cell::new((0, 0)),
        subclasses: RefCell::new(Vec::new()),
        mro_array_refs: std::cell::Cell::new(0),
        meta: cls.meta.clone(),
        labels: Default::default(),
    })?;
    t.note_mro_array_refs();
    vm.set_mro_tuple(&t)?;
    vm.type_version.set(vm.type_version.get() + 1);
    Ok(t.into())
}

/// The real dict inside a dict wrapper (`self._d`).
fn wrapped_dict(vm: &Vm, a: &Args<'_>) -> PyResult<Gc<DictObj>> {
    let Some(o) = a.pos.first() else {
        return vm.type_err("expected a mapping");
    };
    match vm.getattr_str(o, "_d")?.downcast::<DictObj>() {
        Some(d) => Ok(d),
        None => vm.type_err("mapping storage is missing"),
    }
}

fn key_arg<'a>(vm: &Vm, a: &'a Args<'_>) -> PyResult<&'a ObjRef> {
    match a.pos.get(1) {
        Some(k) => Ok(k),
        None => vm.type_err("expected a key"),
    }
}

/// `__getitem__` of defaultdict/OrderedDict: the dict's value, else
/// `self.__missing__(key)` (which defaultdict defines).
fn wrapper_getitem(vm: &Vm, a: &Args<'_>) -> PyResult {
    let d = wrapped_dict(vm, a)?;
    let key = key_arg(vm, a)?;
    if let Some(v) = vm.dict_get(&d, key)? {
        return Ok(v);
    }
    let missing = vm.getattr_str(&a.pos[0], "__missing__")?;
    vm.call(&missing, std::slice::from_ref(key), None)
}

fn wrapper_setitem(vm: &Vm, a: &Args<'_>) -> PyResult {
    let d = wrapped_dict(vm, a)?;
    let key = key_arg(vm, a)?;
    let Some(value) = a.pos.get(2) else {
        return vm.type_err("expected a value");
    };
    vm.dict_set(&d, key.clone(), value.clone())?;
    Ok(vm.none())
}

fn wrapper_contains(vm: &Vm, a: &Args<'_>) -> PyResult {
    let d = wrapped_dict(vm, a)?;
    let found = vm.dict_get(&d, key_arg(vm, a)?)?.is_some();
    Ok(vm.bool_obj(found))
}

fn wrapper_len(vm: &Vm, a: &Args<'_>) -> PyResult {
    let n = wrapped_dict(vm, a)?.0.borrow().used;
    vm.new_int(n as i64)
}

fn wrapper_iter(vm: &Vm, a: &Args<'_>) -> PyResult {
    let d = wrapped_dict(vm, a)?;
    vm.get_iter(&Gc::into_obj(d))
}

/// `native_layout(cls)`: mark `cls` as standing for a C type (`class::NATIVE_LAYOUT`);
/// returns it, to be used as a decorator. `native_layout_with_dict(cls)`: a C type with
/// its own `__dict__` and weak reference list (`class::NATIVE_DICT`).
fn native_layout(vm: &Vm, a: &Args<'_>) -> PyResult {
    mark_class(vm, a, "native_layout", NATIVE_LAYOUT)
}

fn native_layout_with_dict(vm: &Vm, a: &Args<'_>) -> PyResult {
    mark_class(
        vm,
        a,
        "native_layout_with_dict",
        NATIVE_LAYOUT | NATIVE_DICT,
    )
}

/// Set `flags` on the Python class `a.pos[0]` and return it (for `fn_name`'s messages).
fn mark_class(vm: &Vm, a: &Args<'_>, fn_name: &str, flags: u32) -> PyResult {
    let Some(cls) = a.pos.first().and_then(|c| c.downcast::<TypeObj>()) else {
        return vm.type_err(format!("{fn_name}(cls) needs a class"));
    };
    if cls.has(BUILTIN) {
        return vm.type_err(format!("{fn_name}: cls must be a Python class"));
    }
    cls.flags.set(cls.flags.get() | flags);
    Ok(cls.into())
}

/// `dict_table_slots(d)`: the slots of the dict's hash table, CPython's `dk_size` (0 while
/// it has none): the size of an OrderedDict's node index, which follows the table's.
fn dict_table_slots(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(d) = a.pos.first().and_then(|d| d.downcast_ref::<DictObj>()) else {
        return vm.type_err("dict_table_slots(d) needs a dict");
    };
    let n = d.0.borrow().table_slots();
    vm.new_int(n as i64)
}

/// `c_type_name(cls)`: have messages name `cls` as CPython names a C type,
/// `module.name` (see [`C_TYPE_NAME`]); used by the frozen `datetime` and `collections`.
fn c_type_name(vm: &Vm, a: &Args<'_>) -> PyResult {
    mark_class(vm, a, "c_type_name", C_TYPE_NAME)
}

/// Build `_collections`.
pub fn make(vm: &Vm) -> PyResult<Gc<ModuleObj>> {
    let m = new_module(vm, "_collections")?;
    for (n, f) in [
        ("with_builtin_base", with_builtin_base as NativeFn),
        ("wrapper_getitem", wrapper_getitem),
        ("wrapper_setitem", wrapper_setitem),
        ("wrapper_contains", wrapper_contains),
        ("wrapper_len", wrapper_len),
        ("wrapper_iter", wrapper_iter),
        ("native_layout", native_layout),
        ("native_layout_with_dict", native_layout_with_dict),
        ("dict_table_slots", dict_table_slots),
        ("c_type_name", c_type_name),
    ] {
        add_fn(vm, &m, n, f)?;
    }
    super::deque::add_to(vm, &m)?;
    Ok(m)
}
