//! `_collections`: the native helper of the frozen `collections` module (`py/collections.py`).
//!
//! pymem cannot lay a class's instances out as a built-in dict or tuple, so defaultdict,
//! Counter and OrderedDict wrap a real dict and namedtuple classes wrap a real tuple. To keep
//! CPython's type relations (`isinstance(Counter(), dict)`, `issubclass(Point, tuple)`,
//! `Counter.__mro__`), `with_builtin_base(cls, base)` makes a copy of the wrapper base class
//! whose MRO has the built-in `base` just before `object`. The wrapper defines every method
//! its instances need, so the built-in's own methods are found only for names the wrapper
//! does not define (and those raise TypeError "descriptor ... requires a 'dict' object").

use std::cell::RefCell;

use heap::Gc;

use super::{add_fn, new_module};
use crate::runtime::objects::class::{Kind, BUILTIN};
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
        bases: vec![base],
        mro,
        dict: cls.dict.clone(),
        kind: Kind::Object,
        slots: cls.slots.clone(),
        keys: RefCell::new(cls.keys.borrow().clone()),
        flags: std::cell::Cell::new(cls.flags.get()),
        ctor_cache: RefCell::new(None),
    })?;
    vm.type_version.set(vm.type_version.get() + 1);
    Ok(t.into())
}

/// Build `_collections`.
pub fn make(vm: &Vm) -> PyResult<Gc<ModuleObj>> {
    let m = new_module(vm, "_collections")?;
    add_fn(vm, &m, "with_builtin_base", with_builtin_base as NativeFn)?;
    super::deque::add_to(vm, &m)?;
    Ok(m)
}
