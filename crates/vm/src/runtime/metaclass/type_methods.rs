//! The class-creation methods of `type` itself: `__new__`, `__init__`, `__call__`,
//! `__prepare__`, `__setattr__`, `__delattr__` (what `super()` in a metaclass reaches).

use heap::Gc;

use crate::runtime::objects::*;
use crate::runtime::{Args, PyResult, Vm};

use super::{flat_args, kw_opt};

/// `type.__new__(mcls, name, bases, ns, **kw)`.
fn type_new_native(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(first) = a.pos.first() else {
        return vm.type_err("type.__new__(): not enough arguments");
    };
    let Some(mcls) = first.downcast::<TypeObj>() else {
        return vm.type_err(format!(
            "type.__new__(X): X is not a type object ({})",
            vm.type_name(first)
        ));
    };
    if !vm.is_subtype(&mcls, &vm.types.type_) {
        return vm.type_err(format!(
            "type.__new__({0}): {0} is not a subtype of type",
            mcls.name
        ));
    }
    let rest = &a.pos[1..];
    if Gc::ptr_eq(&mcls, &vm.types.type_) && rest.len() == 1 && a.kwnames.is_empty() {
        return Ok(Gc::into_obj(vm.type_of(&rest[0])));
    }
    if rest.len() != 3 {
        return vm.type_err(format!(
            "type.__new__() takes exactly 3 arguments ({} given)",
            rest.len()
        ));
    }
    if crate::runtime::subclass::downcast_receiver::<StrObj>(&rest[0]).is_none() {
        return vm.type_err(format!(
            "type.__new__() argument 1 must be str, not {}",
            vm.type_name(&rest[0])
        ));
    }
    let Some(bases) = crate::runtime::subclass::downcast_receiver::<TupleObj>(&rest[1]) else {
        return vm.type_err(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            vm.type_name(&rest[1])
        ));
    };
    if crate::runtime::subclass::downcast_receiver::<DictObj>(&rest[2]).is_none() {
        return vm.type_err(format!(
            "type.__new__() argument 3 must be dict, not {}",
            vm.type_name(&rest[2])
        ));
    }
    vm.type_new(&mcls, &rest[0], &bases, &rest[2], a.kwnames, a.kwvals)
}

/// `type.__init__(cls, *args, **kw)`: only checks the arguments (`type.__new__` did the
/// work).
fn type_init(vm: &Vm, a: &Args<'_>) -> PyResult {
    match a.pos.first() {
        Some(o) if !o.is::<TypeObj>() => {
            return vm.type_err(format!(
                "descriptor '__init__' requires a 'type' object but received a '{}'",
                vm.type_name(o)
            ))
        }
        None => return vm.type_err("descriptor '__init__' of 'type' object needs an argument"),
        _ => {}
    }
    let n = a.pos.len() - 1;
    if n == 1 && !a.kwnames.is_empty() {
        return vm.type_err("type.__init__() takes no keyword arguments");
    }
    if n != 1 && n != 3 {
        return vm.type_err("type.__init__() takes 1 or 3 arguments");
    }
    Ok(vm.none())
}

/// `type.__call__(cls, *args, **kw)`: instantiation without the metaclass's own
/// `__call__` (what `super().__call__(...)` in a metaclass reaches).
fn type_call(vm: &Vm, a: &Args<'_>) -> PyResult {
    let t = match a.pos.first() {
        Some(o) => match o.downcast::<TypeObj>() {
            Some(t) => t,
            None => {
                return vm.type_err(format!(
                    "descriptor '__call__' requires a 'type' object but received a '{}'",
                    vm.type_name(o)
                ))
            }
        },
        None => return vm.type_err("descriptor '__call__' of 'type' object needs an argument"),
    };
    let rest = Args {
        pos: &a.pos[1..],
        kwnames: a.kwnames,
        kwvals: a.kwvals,
    };
    vm.instantiate(&t, &flat_args(&rest), kw_opt(a.kwnames))
}

/// `type.__prepare__(name, bases, **kw)`: a new dict, whatever the arguments.
fn type_prepare(vm: &Vm, _a: &Args<'_>) -> PyResult {
    Ok(vm.new_dict()?.into())
}

/// `type.__setattr__(cls, name, value)`.
fn type_setattr_native(vm: &Vm, a: &Args<'_>) -> PyResult {
    type_setattr_common(vm, a, "__setattr__", 3)
}

/// `type.__delattr__(cls, name)`.
fn type_delattr_native(vm: &Vm, a: &Args<'_>) -> PyResult {
    type_setattr_common(vm, a, "__delattr__", 2)
}

fn type_setattr_common(vm: &Vm, a: &Args<'_>, what: &str, n: usize) -> PyResult {
    if a.pos.len() != n || !a.kwnames.is_empty() {
        return vm.type_err(format!(
            "expected {} arguments, got {}",
            n - 1,
            a.pos.len().saturating_sub(1)
        ));
    }
    let o = &a.pos[0];
    let Some(t) = o.downcast::<TypeObj>() else {
        return vm.type_err(format!(
            "descriptor '{what}' requires a 'type' object but received a '{}'",
            vm.type_name(o)
        ));
    };
    let name = crate::runtime::subclass::unwrap_base(&a.pos[1]).into_owned();
    let Some(s) = name.downcast::<StrObj>() else {
        return vm.type_err(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(&name)
        ));
    };
    vm.type_setattr(o, &t, &name, &s, a.pos.get(2).cloned())?;
    Ok(vm.none())
}

/// Install the class-creation methods of `type`.
pub fn install(vm: &Vm) {
    let t = &vm.types.type_;
    crate::runtime::methods::add_static(vm, t, "__new__", type_new_native);
    crate::runtime::methods::add(vm, t, "__init__", type_init);
    crate::runtime::methods::add(vm, t, "__call__", type_call);
    crate::runtime::methods::add(vm, t, "__setattr__", type_setattr_native);
    crate::runtime::methods::add(vm, t, "__delattr__", type_delattr_native);
    crate::runtime::methods::add_class(vm, t, "__prepare__", type_prepare);
}
