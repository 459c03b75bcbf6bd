//! `classmethod` and `staticmethod` objects as CPython 3.12 makes them from Python: each
//! has a `__dict__` into which the constructor copies the callable's `__module__`,
//! `__name__`, `__qualname__`, `__doc__` and `__annotations__` (`functools_wraps`), and
//! `__func__`/`__wrapped__` give the callable back. The dict is a tracked object of its own
//! (it holds the annotations dict), so a class with such methods is garbage of CPython's
//! size: function, wrapper and dict each.

use std::cell::RefCell;

use heap::{Gc, ObjRef};

use super::objects::function::WrapperDict;
use super::objects::*;
use super::{PyResult, Vm};

/// The attributes `functools_wraps` copies, in its order.
const WRAPPED_ATTRS: [&str; 5] = [
    "__module__",
    "__name__",
    "__qualname__",
    "__doc__",
    "__annotations__",
];

/// The callable and `__dict__` of a class or static method object.
fn parts(o: &ObjRef) -> Option<(&ObjRef, &WrapperDict)> {
    if let Some(c) = o.downcast_ref::<ClassMethod>() {
        return Some((&c.0, &c.1));
    }
    o.downcast_ref::<StaticMethod>().map(|s| (&s.0, &s.1))
}

impl Vm {
    /// `classmethod(f)` called from Python.
    pub(crate) fn new_class_method(&self, f: &ObjRef) -> PyResult {
        let d = self.wraps_dict(f)?;
        self.alloc_obj(ClassMethod(f.clone(), RefCell::new(Some(d))))
    }

    /// `staticmethod(f)` called from Python.
    pub(crate) fn new_static_method(&self, f: &ObjRef) -> PyResult {
        let d = self.wraps_dict(f)?;
        self.alloc_obj(StaticMethod(f.clone(), RefCell::new(Some(d))))
    }

    /// A new `__dict__` with the attributes of `f` that `functools_wraps` copies.
    fn wraps_dict(&self, f: &ObjRef) -> PyResult<Gc<DictObj>> {
        let d = self.new_dict()?;
        for name in WRAPPED_ATTRS {
            let key = self.intern(name)?;
            if let Some(v) = self.getattr_opt(f, &key)? {
                self.dict_set(&d, key, v)?;
            }
        }
        Ok(d)
    }

    /// The object's `__dict__`, made empty on first use when the constructor made none.
    fn wrapper_dict(&self, dict: &WrapperDict) -> PyResult<Gc<DictObj>> {
        if let Some(d) = &*dict.borrow() {
            return Ok(d.clone());
        }
        let d = self.new_dict()?;
        *dict.borrow_mut() = Some(d.clone());
        Ok(d)
    }

    /// `sm.name` for a class or static method object `o` (after its type's attributes):
    /// `None` when `o` is not one or has no such attribute.
    pub(crate) fn method_wrapper_attr(&self, o: &ObjRef, name: &str) -> PyResult<Option<ObjRef>> {
        let Some((f, dict)) = parts(o) else {
            return Ok(None);
        };
        match name {
            "__func__" | "__wrapped__" => return Ok(Some(f.clone())),
            "__dict__" => return Ok(Some(self.wrapper_dict(dict)?.into())),
            _ => {}
        }
        let found = match &*dict.borrow() {
            Some(d) => self.dict_get_str(d, name),
            None => None,
        };
        // The type's own `__doc__` when the callable had none to copy.
        if found.is_none() && name == "__doc__" {
            return Ok(Some(self.none()));
        }
        Ok(found)
    }

    /// `sm.name = value` for a class or static method object: `None` when `o` is not one.
    pub(crate) fn method_wrapper_setattr(
        &self,
        o: &ObjRef,
        name: &ObjRef,
        value: ObjRef,
    ) -> PyResult<Option<()>> {
        let Some((_, dict)) = parts(o) else {
            return Ok(None);
        };
        let s = self.str(name)?;
        if matches!(&*s, "__func__" | "__wrapped__") {
            return self.err("AttributeError", "readonly attribute");
        }
        let d = self.wrapper_dict(dict)?;
        self.dict_set(&d, name.clone(), value)?;
        Ok(Some(()))
    }
}
