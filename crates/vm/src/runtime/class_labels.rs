//! Assigning a class's `__name__`, `__qualname__` and `__module__` (and deleting those or
//! `__doc__`), with CPython 3.12's checks and messages. The new names are what `repr`,
//! `type.__name__` and error messages show from then on; they live in
//! `TypeObj::labels`, which stays empty for the classes nobody renames.

use heap::ObjRef;

use super::objects::class::ClassLabels;
use super::objects::*;
use super::{PyResult, Vm};

/// Handle `cls.attr = value` (`value: None`: `del cls.attr`) for the class's labels.
/// `Ok(true)`: done; `Ok(false)`: the caller stores the value in the namespace as usual
/// (`__module__` and `__doc__` live there, as in CPython).
pub(crate) fn assign(vm: &Vm, t: &TypeObj, attr: &str, value: Option<&ObjRef>) -> PyResult<bool> {
    if !matches!(attr, "__name__" | "__qualname__" | "__module__" | "__doc__") {
        return Ok(false);
    }
    let Some(value) = value else {
        return vm.type_err(format!(
            "cannot delete '{attr}' attribute of immutable type '{}'",
            t.current_name()
        ));
    };
    let text = super::subclass::downcast_receiver::<StrObj>(value).map(|s| s.s.to_string());
    match attr {
        "__name__" | "__qualname__" => {
            let Some(text) = text else {
                return vm.type_err(format!(
                    "can only assign string to {}.{attr}, not '{}'",
                    t.current_name(),
                    vm.type_name(value)
                ));
            };
            if attr == "__name__" && text.contains('\0') {
                return vm.err("ValueError", "type name must not contain null characters");
            }
            let mut labels = current(t);
            if attr == "__name__" {
                labels.name = text;
            } else {
                labels.qualname = text;
            }
            *t.labels.borrow_mut() = Some(Box::new(labels));
            Ok(true)
        }
        "__module__" => {
            let mut labels = current(t);
            labels.module = text;
            *t.labels.borrow_mut() = Some(Box::new(labels));
            Ok(false)
        }
        _ => Ok(false),
    }
}

/// The class's labels as they are now.
fn current(t: &TypeObj) -> ClassLabels {
    match &*t.labels.borrow() {
        Some(l) => (**l).clone(),
        None => ClassLabels {
            name: t.name.clone(),
            qualname: t.qualname.clone(),
            module: Some(t.module.clone()),
        },
    }
}

/// `cls.__module__`: the namespace's value once a script assigned it, else the module
/// the class was made in.
pub(crate) fn module_attr(vm: &Vm, t: &TypeObj) -> PyResult {
    if t.labels.borrow().is_some() {
        if let Some(m) = vm.dict_get_str(&t.dict, "__module__") {
            return Ok(m);
        }
    }
    vm.new_str(&t.module)
}
