//! Functions as descriptors, visibly: `f.__get__(obj, type=None)` binds `f` to `obj` (or
//! returns `f` itself when `obj` is None), as CPython's `function.__get__` does. Attribute
//! lookup binds methods natively without it; this is for code that binds by hand or asks
//! `hasattr(f, "__get__")`. The same holds for `classmethod.__get__` (binds the function
//! to the class), `staticmethod.__get__` (the function itself) and `property.__get__`.
//!
//! Likewise `f.__call__(...)` for functions, built-in functions, bound methods and static
//! methods is the call itself, for code that forwards to `obj.__call__` without knowing
//! what `obj` is (the eval loop never looks it up).

use heap::ObjRef;

use super::objects::*;
use super::{Args, PyResult, Vm};

/// `f.__get__` as a built-in method bound to `f`.
pub(crate) fn bound_get(vm: &Vm, f: &ObjRef) -> PyResult {
    vm.alloc_obj(BuiltinFunc::bound("__get__", function_get, f.clone()))
}

fn function_get(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (func, rest) = match a.pos.split_first() {
        Some(x) => x,
        None => return vm.type_err("__get__ expected at least 1 argument, got 0"),
    };
    if !a.kwnames.is_empty() {
        return vm.type_err("__get__() takes no keyword arguments");
    }
    match rest {
        [] => vm.type_err(" expected at least 1 argument, got 0"),
        [obj] | [obj, _] => {
            if vm.is_none(obj) && rest.len() == 1 {
                return vm.type_err("__get__(None, None) is invalid");
            }
            if vm.is_none(obj) {
                return Ok(func.clone());
            }
            vm.alloc_obj(BoundMethod {
                func: func.clone(),
                self_: obj.clone(),
            })
        }
        _ => vm.type_err(format!(" expected at most 2 arguments, got {}", rest.len())),
    }
}

/// `classmethod.__get__` and `staticmethod.__get__`, as methods of their types.
pub(crate) fn install(vm: &Vm) {
    super::methods::add(vm, &vm.types.classmethod, "__get__", classmethod_get);
    super::methods::add(vm, &vm.types.staticmethod, "__get__", staticmethod_get);
    super::methods::add(vm, &vm.types.property, "__get__", property_get);
    super::methods::add(vm, &vm.types.function, "__call__", function_call);
    super::methods::add(vm, &vm.types.builtin, "__call__", builtin_call);
    super::methods::add(vm, &vm.types.method, "__call__", method_call);
    super::methods::add(vm, &vm.types.staticmethod, "__call__", staticmethod_call);
}

/// `T.__call__(self, *args, **kwargs)`: `self(*args, **kwargs)` once `self` is a `T`
/// (`tname`), with CPython's wording for a descriptor given no or the wrong receiver.
fn call_receiver(vm: &Vm, a: &Args<'_>, tname: &str, is_t: fn(&ObjRef) -> bool) -> PyResult {
    let Some((receiver, pos)) = a.pos.split_first() else {
        return vm.type_err(format!(
            "descriptor '__call__' of '{tname}' object needs an argument"
        ));
    };
    if !is_t(receiver) {
        return vm.type_err(format!(
            "descriptor '__call__' requires a '{tname}' object but received a '{}'",
            vm.type_name(receiver)
        ));
    }
    if a.kwnames.is_empty() {
        return vm.call(receiver, pos, None);
    }
    let mut args = Vec::with_capacity(pos.len() + a.kwvals.len());
    args.extend_from_slice(pos);
    args.extend_from_slice(a.kwvals);
    vm.call(receiver, &args, Some(a.kwnames))
}

fn function_call(vm: &Vm, a: &Args<'_>) -> PyResult {
    call_receiver(vm, a, "function", |o| o.is::<FuncObj>())
}

fn builtin_call(vm: &Vm, a: &Args<'_>) -> PyResult {
    call_receiver(vm, a, "builtin_function_or_method", |o| {
        o.is::<BuiltinFunc>()
    })
}

fn method_call(vm: &Vm, a: &Args<'_>) -> PyResult {
    call_receiver(vm, a, "method", |o| o.is::<BoundMethod>())
}

/// A static method is callable since 3.10: the wrapped callable.
fn staticmethod_call(vm: &Vm, a: &Args<'_>) -> PyResult {
    call_receiver(vm, a, "staticmethod", |o| o.is::<StaticMethod>())
}

/// The instance and owner class given to a `__get__` slot wrapper (each None when not
/// given or None), with CPython's checks of the argument count.
fn instance_and_owner(vm: &Vm, a: &Args<'_>) -> PyResult<(Option<ObjRef>, Option<ObjRef>)> {
    if !a.kwnames.is_empty() {
        return vm.type_err("__get__() takes no keyword arguments");
    }
    let rest = a.pos.get(1..).unwrap_or(&[]);
    if rest.is_empty() {
        return vm.type_err(" expected at least 1 argument, got 0");
    }
    if rest.len() > 2 {
        return vm.type_err(format!(" expected at most 2 arguments, got {}", rest.len()));
    }
    let given = |o: Option<&ObjRef>| o.filter(|o| !vm.is_none(o)).cloned();
    let (obj, owner) = (given(rest.first()), given(rest.get(1)));
    if obj.is_none() && owner.is_none() {
        return vm.type_err("__get__(None, None) is invalid");
    }
    Ok((obj, owner))
}

/// `classmethod.__get__(obj, type=None)`: the function bound to `type` (or `obj`'s type).
fn classmethod_get(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(c) = a.pos.first().and_then(|o| o.downcast_ref::<ClassMethod>()) else {
        return vm.type_err("descriptor '__get__' requires a 'classmethod' object");
    };
    let func = c.0.clone();
    let (obj, owner) = instance_and_owner(vm, a)?;
    let owner = match (owner, obj) {
        (Some(t), _) => t,
        (None, Some(o)) => heap::Gc::into_obj(vm.type_of(&o)),
        (None, None) => return vm.type_err("__get__(None, None) is invalid"),
    };
    vm.alloc_obj(BoundMethod { func, self_: owner })
}

/// `staticmethod.__get__(obj, type=None)`: the function itself.
fn staticmethod_get(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(s) = a.pos.first().and_then(|o| o.downcast_ref::<StaticMethod>()) else {
        return vm.type_err("descriptor '__get__' requires a 'staticmethod' object");
    };
    let func = s.0.clone();
    instance_and_owner(vm, a)?;
    Ok(func)
}

/// `property.__get__(obj, type=None)`: the getter's result for `obj`, the property itself
/// for no instance.
fn property_get(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(p) = a.pos.first().and_then(|o| o.downcast::<Property>()) else {
        return vm.type_err("descriptor '__get__' requires a 'property' object");
    };
    let (obj, _) = instance_and_owner(vm, a)?;
    let Some(obj) = obj else {
        return Ok(heap::Gc::into_obj(p));
    };
    match &p.fget {
        Some(g) => vm.call(g, std::slice::from_ref(&obj), None),
        None => vm.property_missing(&p, &vm.type_of(&obj), "getter"),
    }
}
