//! `obj.__class__ = Other`: CPython's checks (`object_set_class`,
//! `compatible_for_assignment`) with their messages, in their order: deletion, a non-class
//! value, a built-in (immutable) type on either side, then the layouts.
//!
//! A compatible assignment is then carried out by `Instance::assign_class`: the instance
//! keeps the layout of the class it was made as (compatible classes share it) and looks its
//! behaviour up on the new one.

use heap::{Gc, ObjRef};

use super::objects::class::{Kind, BUILTIN};
use super::objects::*;
use super::{PyResult, Vm};

/// The built-in exceptions whose instances have fields of their own (CPython's
/// exception structs beyond `PyBaseExceptionObject`).
const EXCEPTION_STRUCTS: [&str; 10] = [
    "BaseException",
    "SyntaxError",
    "ImportError",
    "UnicodeError",
    "SystemExit",
    "OSError",
    "StopIteration",
    "NameError",
    "AttributeError",
    "BaseExceptionGroup",
];

/// CPython's `tp_base` (`best_base`): the first base with a solid layout (a built-in data
/// type, an exception, a class with slots), else the first base.
fn tp_base(vm: &Vm, c: &Gc<TypeObj>) -> Option<Gc<TypeObj>> {
    let bases = tuple_items(&c.bases);
    let bases: Vec<Gc<TypeObj>> = bases
        .iter()
        .filter_map(|b| b.downcast::<TypeObj>())
        .collect();
    let solid = |b: &Gc<TypeObj>| {
        vm.solid_base(b).is_some()
            || std::iter::once(b).chain(b.mro.iter()).any(|t| {
                own_slots(vm, t)
                    .is_some_and(|n| n.iter().any(|n| n != "__dict__" && n != "__weakref__"))
            })
    };
    bases.iter().find(|b| solid(b)).or(bases.first()).cloned()
}

/// The names in the class body's own `__slots__` (None: the class has none), read from
/// its namespace: `TypeObj::slots` is only set when the instances have no `__dict__` from
/// a base.
fn own_slots(vm: &Vm, c: &TypeObj) -> Option<Vec<String>> {
    let v = vm.dict_get_str(&c.dict, "__slots__")?;
    if let Some(s) = v.downcast_ref::<StrObj>() {
        return Some(vec![s.s.to_string()]);
    }
    let items = vm.collect(&v).ok()?;
    Some(
        items
            .iter()
            .filter_map(|n| n.downcast_ref::<StrObj>().map(|s| s.s.to_string()))
            .collect(),
    )
}

/// Whether instances of `c` have a `__dict__` and a `__weakref__`.
fn dict_and_weakref(vm: &Vm, c: &Gc<TypeObj>) -> (bool, bool) {
    if c.has(BUILTIN) {
        return (vm.is_subtype(c, &vm.types.base_exception), false);
    }
    let (d, w) = tp_base(vm, c).map_or((false, false), |b| dict_and_weakref(vm, &b));
    match own_slots(vm, c) {
        // Variable-size bases (int, tuple, bytes) take no weak references.
        None => {
            let variable = vm
                .builtin_base_type(c)
                .is_some_and(|b| matches!(b.kind, Kind::Int | Kind::Tuple | Kind::Bytes));
            (true, w || !variable)
        }
        Some(names) => {
            let has = |n: &str| names.iter().any(|k| k == n);
            (d || has("__dict__"), w || has("__weakref__"))
        }
    }
}

/// What `c` adds to its base's instance layout (its own slots, a new `__dict__`, a new
/// `__weakref__`), or None when its instances are laid out as its base's.
fn added(vm: &Vm, c: &Gc<TypeObj>) -> Option<(Vec<String>, bool, bool)> {
    if c.has(BUILTIN) {
        let adds = Gc::ptr_eq(c, &vm.types.object)
            || super::subclass::is_data_kind(c.kind)
            || EXCEPTION_STRUCTS.contains(&c.name.as_str());
        return adds.then(|| (vec![c.name.to_string()], false, false));
    }
    let base = tp_base(vm, c);
    let (bd, bw) = base
        .as_ref()
        .map_or((false, false), |b| dict_and_weakref(vm, b));
    let (d, w) = dict_and_weakref(vm, c);
    let names: Vec<String> = own_slots(vm, c)
        .unwrap_or_default()
        .into_iter()
        .filter(|n| n != "__dict__" && n != "__weakref__")
        .collect();
    let adds = (names, d && !bd, w && !bw);
    (!adds.0.is_empty() || adds.1 || adds.2).then_some(adds)
}

/// The class whose layout `c`'s instances have: `c` itself or the nearest base that
/// adds to its own base's (CPython walks `tp_base` while `compatible_with_tp_base`).
fn layout_base(vm: &Vm, c: &Gc<TypeObj>) -> Gc<TypeObj> {
    let mut b = c.clone();
    while added(vm, &b).is_none() {
        match tp_base(vm, &b) {
            Some(next) => b = next,
            None => break,
        }
    }
    b
}

/// `compatible_for_assignment`: the same layout class, or two that extend the same base
/// by the same slots.
fn compatible(vm: &Vm, old: &Gc<TypeObj>, new: &Gc<TypeObj>) -> bool {
    let (nb, ob) = (layout_base(vm, new), layout_base(vm, old));
    if Gc::ptr_eq(&nb, &ob) {
        return true;
    }
    let same_base = match (tp_base(vm, &nb), tp_base(vm, &ob)) {
        (Some(x), Some(y)) => Gc::ptr_eq(&x, &y),
        _ => false,
    };
    same_base && added(vm, &nb) == added(vm, &ob)
}

impl Vm {
    /// Check `o.__class__ = value` (`None`: `del o.__class__`); `Ok` when CPython would
    /// make the assignment.
    pub(crate) fn check_class_assignment(
        &self,
        o: &ObjRef,
        value: Option<&ObjRef>,
    ) -> PyResult<()> {
        let Some(value) = value else {
            return self.type_err("can't delete __class__ attribute");
        };
        let Some(new) = value.downcast::<TypeObj>() else {
            return self.type_err(format!(
                "__class__ must be set to a class, not '{}' object",
                self.type_name(value)
            ));
        };
        let old = self.type_of(o);
        if new.has(BUILTIN) || old.has(BUILTIN) {
            return self.type_err(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            );
        }
        if !compatible(self, &old, &new) {
            return self.type_err(format!(
                "__class__ assignment: '{}' object layout differs from '{}'",
                new.name, old.name
            ));
        }
        Ok(())
    }
}
