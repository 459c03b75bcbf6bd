//! Functions as descriptors, visibly: `f.__get__(obj, type=None)` binds `f` to `obj` (or
//! returns `f` itself when `obj` is None), as CPython's `function.__get__` does. Attribute
//! lookup binds methods natively without it; this is for code that binds by hand or asks
//! `hasattr(f, "__get__")`.

use heap::ObjRef;

use super::objects::*;
use super::{Args, PyResult, Vm};

/// `f.__get__` as a built-in method bound to `f`.
pub(crate) fn bound_get(vm: &Vm, f: &ObjRef) -> PyResult {
    vm.alloc_obj(BuiltinFunc {
        name: "__get__",
        f: function_get,
        self_: Some(f.clone()),
    })
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
