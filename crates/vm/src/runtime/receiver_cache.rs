//! Attribute caches for modules and classes as receivers: `math.sqrt(x)`,
//! `Strength.weaker(a, b)`, `Color.RED`. An instance's attribute goes through the
//! instruction's attribute and method caches (`eval.rs`); without these, a module's or a
//! class's attribute took the full lookup every time (a hashed dict probe for a module, an
//! MRO search and descriptor dispatch for a class), which made `math.sqrt` in a loop cost
//! several times CPython's specialised `LOAD_ATTR_MODULE`/`LOAD_ATTR_CLASS`.
//!
//! Both reuse the instruction's method-cache cell, told apart from an instance entry by
//! `keys_len` (an instance entry holds a real shared-keys length, far below these markers):
//! * a module entry: the address of the module's dict and the entry index; valid while
//!   that entry still holds the very name object (the dict is the first place a module
//!   attribute is looked up);
//! * a class entry: the class's address, the type version and the name's coordinates along
//!   the MRO (as the method caches); valid while no class namespace changed. Only names
//!   that are not dunders (the metaclass `type`'s data descriptors, which come first, are
//!   all dunders), only for classes of Python code with the plain metaclass, and only for
//!   values whose lookup through the class is the value itself (a function, a plain value
//!   with no `__get__`) or a static method's function.

use std::cell::Cell;

use heap::{Gc, ObjRef};

use super::eval::{cached_entry, find_along_mro, method_cache_entry};
use super::frame::{MethodCache, CLASS_ENTRY, MODULE_ENTRY};
use super::objects::class::{BUILTIN, BUILTIN_BASE, CUSTOM_META};
use super::objects::*;
use super::Vm;

/// `m.name` from the instruction's cache, if it holds an entry for this module's dict.
#[inline]
pub(crate) fn module_attr(
    cache: &Cell<MethodCache>,
    m: &ModuleObj,
    name: &ObjRef,
) -> Option<ObjRef> {
    let c = cache.get();
    if c.keys_len != MODULE_ENTRY || c.cls != Gc::addr(&m.dict) {
        return None;
    }
    cached_entry(&m.dict, c.idx, name)
}

/// After a full lookup of `m.name`: remember where the module's dict holds it.
pub(crate) fn fill_module_attr(cache: &Cell<MethodCache>, m: &ModuleObj, name: &ObjRef) {
    let idx = {
        let inner = m.dict.0.borrow();
        let Some(s) = name.downcast_ref::<StrObj>() else {
            return;
        };
        let Some(i) = inner.find_by(s.hash(), |k| k.ptr_eq(name)) else {
            return;
        };
        i
    };
    let Ok(idx) = u32::try_from(idx) else {
        return;
    };
    cache.set(MethodCache {
        cls: Gc::addr(&m.dict),
        version: 0,
        keys_len: MODULE_ENTRY,
        depth: 0,
        idx,
    });
}

/// `t.name` from the instruction's cache, if it holds an entry for this class made under
/// the current type version.
#[inline]
pub(crate) fn class_attr(
    vm: &Vm,
    cache: &Cell<MethodCache>,
    t: &Gc<TypeObj>,
    name: &ObjRef,
) -> Option<ObjRef> {
    if cache.get().keys_len != CLASS_ENTRY {
        return None;
    }
    let v = method_cache_entry(vm, cache, t, name)?;
    // The same value as when the entry was filled (no namespace changed since): a static
    // method gives its function, anything else was found to be its own lookup result.
    match v.downcast_ref::<StaticMethod>() {
        Some(sm) => Some(sm.0.clone()),
        None => Some(v),
    }
}

/// After a full lookup of `t.name`: remember where along the MRO it was found, when the
/// lookup's result is the value itself or a static method's function (see the module doc).
pub(crate) fn fill_class_attr(vm: &Vm, cache: &Cell<MethodCache>, t: &Gc<TypeObj>, name: &ObjRef) {
    if t.has(BUILTIN | BUILTIN_BASE | CUSTOM_META) || t.meta.is_some() {
        return;
    }
    let Some(s) = name.downcast_ref::<StrObj>() else {
        return;
    };
    if s.s.starts_with("__") {
        return;
    }
    let Some((depth, idx, v)) = find_along_mro(t, name, s) else {
        return;
    };
    if !plain_class_value(vm, &v) {
        return;
    }
    cache.set(MethodCache {
        cls: Gc::addr(t),
        version: vm.type_version.get(),
        keys_len: CLASS_ENTRY,
        depth,
        idx,
    });
}

/// Is `v`, found in a class namespace, returned as itself by the class attribute lookup
/// (no descriptor `__get__` applies), or a static method?
fn plain_class_value(vm: &Vm, v: &ObjRef) -> bool {
    if v.is::<FuncObj>() || v.is::<StaticMethod>() {
        return true;
    }
    if let Some(inst) = v.downcast_ref::<Instance>() {
        // A plain object: its class (and the classes of its MRO) define no `__get__`. A
        // class defining one later bumps the type version, which drops the entry.
        return matches!(vm.lookup_type_attr(&inst.class(), "__get__"), Ok(None))
            && inst.base_value().is_none();
    }
    v.is::<IntObj>()
        || v.is::<FloatObj>()
        || v.is::<StrObj>()
        || v.is::<TupleObj>()
        || v.is::<BoolObj>()
        || v.is::<NoneObj>()
        || v.is::<ListObj>()
        || v.is::<DictObj>()
        || v.is::<SetObj>()
        || v.is::<BytesObj>()
}

/// `o.name` from the instruction's cache when `o` is a module or a class (see the module
/// doc); None: take the full lookup, then [`fill`].
#[inline]
pub(crate) fn lookup(
    vm: &Vm,
    cache: &Cell<MethodCache>,
    o: &ObjRef,
    name: &ObjRef,
) -> Option<ObjRef> {
    if let Some(m) = o.downcast_ref::<ModuleObj>() {
        module_attr(cache, m, name)
    } else if let Some(t) = o.downcast_ref::<TypeObj>() {
        class_attr(vm, cache, t, name)
    } else {
        None
    }
}

/// After a full lookup of `o.name` succeeded: fill the instruction's cache when `o` is a
/// module or a class.
pub(crate) fn fill(vm: &Vm, cache: &Cell<MethodCache>, o: &ObjRef, name: &ObjRef) {
    if let Some(m) = o.downcast_ref::<ModuleObj>() {
        fill_module_attr(cache, m, name);
    } else if let Some(t) = o.downcast_ref::<TypeObj>() {
        fill_class_attr(vm, cache, t, name);
    }
}
