//! Function `__annotations__` (PEP 3107 with CPython 3.12's eager evaluation): the `def`
//! statement evaluates the annotations in the enclosing scope and hands `MakeFunction` a
//! dict of them (parameter names mangled, `'return'` last; see `Compiler::annotations`).
//! A function without annotations gets an empty dict on first access, as CPython's
//! `func_get_annotations` makes one. Module and class annotations are the
//! `__annotations__` dicts the compiler's `SetupAnnotations` and annotated assignments
//! fill.

use super::objects::FuncObj;
use super::{PyResult, Vm};
use heap::ObjRef;

impl Vm {
    /// `f.__annotations__`.
    pub(crate) fn func_annotations(&self, f: &FuncObj) -> PyResult {
        if let Some(a) = &*f.annotations.borrow() {
            return Ok(a.clone());
        }
        let d: ObjRef = self.new_dict()?.into();
        *f.annotations.borrow_mut() = Some(d.clone());
        Ok(d)
    }

    /// `f.__annotations__ = value` (a dict, or None to start afresh), or with `None`,
    /// `del f.__annotations__`.
    pub(crate) fn set_func_annotations(&self, f: &FuncObj, value: Option<ObjRef>) -> PyResult<()> {
        let value = value.filter(|v| !self.is_none(v));
        if let Some(v) = &value {
            if super::subclass::downcast_receiver::<super::objects::DictObj>(v).is_none() {
                return self.type_err("__annotations__ must be set to a dict object");
            }
        }
        let old = f.annotations.replace(value);
        drop(old);
        Ok(())
    }
}
