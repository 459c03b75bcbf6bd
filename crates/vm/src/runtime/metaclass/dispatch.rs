//! What a class with a metaclass does differently: attribute access through the
//! metaclass (its data descriptors first, its attributes last, its `__setattr__`,
//! `__delattr__` and `__getattr__`), and the protocols `ops.rs` hands over for classes
//! (`repr`, `str`, `bool`, `len`, `in`, iteration, binary operators, `isinstance` and
//! `issubclass` hooks). Everything here is reached only for classes with the
//! `CUSTOM_META` flag, or on paths that were about to fail.

use heap::{Gc, ObjRef};

use super::is_native;
use crate::runtime::objects::class::CUSTOM_META;
use crate::runtime::objects::*;
use crate::runtime::{PyResult, Vm};

impl Vm {
    // ---- attributes of classes with a metaclass ----------------------------------------

    /// `cls.name` when the metaclass has a data descriptor (a property...) by that name:
    /// it wins over the class's own namespace.
    #[inline(never)]
    pub(crate) fn meta_data_descriptor_get(
        &self,
        o: &ObjRef,
        t: &TypeObj,
        name: &ObjRef,
        s: &StrObj,
    ) -> PyResult<Option<ObjRef>> {
        let Some(meta) = &t.meta else {
            return Ok(None);
        };
        let Some(a) = self.lookup_type(meta, name, s) else {
            return Ok(None);
        };
        if let Some(p) = a.downcast_ref::<Property>() {
            return match &p.fget {
                Some(g) => self.call(g, std::slice::from_ref(o), None).map(Some),
                None => self.err(
                    "AttributeError",
                    format!("property '{}' of '{}' object has no getter", s.s, meta.name),
                ),
            };
        }
        if let Some(d) = a.downcast::<Instance>() {
            if self.is_data_descriptor(&a)? {
                if let Some(get) = self.lookup_type_attr(&d.class(), "__get__")? {
                    return self
                        .call(&get, &[a.clone(), o.clone(), Gc::to_obj(meta)], None)
                        .map(Some);
                }
                return Ok(Some(a));
            }
        }
        Ok(None)
    }

    /// `cls.name` found nowhere: the metaclass's `__getattr__`, if it defines one.
    #[inline(never)]
    pub(crate) fn meta_getattr_fallback(
        &self,
        o: &ObjRef,
        name: &ObjRef,
    ) -> PyResult<Option<ObjRef>> {
        match self.meta_method(o, "__getattr__")? {
            Some(f) => self.call(&f, &[o.clone(), name.clone()], None).map(Some),
            None => Ok(None),
        }
    }

    /// `cls.name = value` (or `del`, with `None`) for a class with a metaclass: the
    /// metaclass's `__setattr__`/`__delattr__` when it defines one in Python, else
    /// [`Vm::type_setattr`].
    #[inline(never)]
    pub(crate) fn meta_setattr(
        &self,
        o: &ObjRef,
        t: &TypeObj,
        name: &ObjRef,
        s: &StrObj,
        value: Option<ObjRef>,
    ) -> PyResult<()> {
        let hook = if value.is_some() {
            "__setattr__"
        } else {
            "__delattr__"
        };
        if let Some(f) = self.meta_method(o, hook)? {
            let mut v = vec![o.clone(), name.clone()];
            v.extend(value);
            self.call(&f, &v, None)?;
            return Ok(());
        }
        self.type_setattr(o, t, name, s, value)
    }

    /// `type.__setattr__(cls, name, value)`: a data descriptor of the metaclass, else the
    /// class's namespace.
    pub(crate) fn type_setattr(
        &self,
        o: &ObjRef,
        t: &TypeObj,
        name: &ObjRef,
        s: &StrObj,
        value: Option<ObjRef>,
    ) -> PyResult<()> {
        if let Some(meta) = &t.meta {
            if let Some(a) = self.lookup_type(meta, name, s) {
                if let Some(p) = a.downcast_ref::<Property>() {
                    let f = if value.is_some() { &p.fset } else { &p.fdel };
                    return match f {
                        Some(f) => {
                            let mut v = vec![o.clone()];
                            v.extend(value);
                            self.call(f, &v, None).map(|_| ())
                        }
                        None => self.err(
                            "AttributeError",
                            format!(
                                "property '{}' of '{}' object has no {}",
                                s.s,
                                meta.current_qualname(),
                                if value.is_some() { "setter" } else { "deleter" }
                            ),
                        ),
                    };
                }
                if let Some(d) = a.downcast::<Instance>() {
                    let hook = if value.is_some() {
                        "__set__"
                    } else {
                        "__delete__"
                    };
                    if let Some(f) = self.lookup_type_attr(&d.class(), hook)? {
                        let mut v = vec![a.clone(), o.clone()];
                        v.extend(value);
                        return self.call(&f, &v, None).map(|_| ());
                    }
                }
            }
        }
        match value {
            Some(v) => self.set_class_attr(t, name, s, v),
            None => self.del_class_attr(t, name, s),
        }
    }

    // ---- protocols on classes with a metaclass -----------------------------------------

    /// The method `name` as the metaclass of the class `o` defines it in Python; `None`
    /// for anything else (plain classes, other objects, a metaclass without it).
    #[inline]
    pub(crate) fn meta_method(&self, o: &ObjRef, name: &str) -> PyResult<Option<ObjRef>> {
        match o.downcast_ref::<TypeObj>() {
            Some(t) if t.has(CUSTOM_META) => self.meta_method_slow(t, name),
            _ => Ok(None),
        }
    }

    #[inline(never)]
    fn meta_method_slow(&self, t: &TypeObj, name: &str) -> PyResult<Option<ObjRef>> {
        let Some(meta) = &t.meta else {
            return Ok(None);
        };
        Ok(self.lookup_type_attr(meta, name)?.filter(|f| !is_native(f)))
    }

    /// `a op b` with a class on either side whose metaclass defines the operator
    /// (`name` on the left operand's metaclass, `rname` on the right's).
    pub(crate) fn class_binary_op(
        &self,
        a: &ObjRef,
        b: &ObjRef,
        name: &str,
        rname: &str,
    ) -> PyResult<Option<ObjRef>> {
        if let Some(f) = self.meta_method(a, name)? {
            let r = self.call(&f, &[a.clone(), b.clone()], None)?;
            if !r.ptr_eq(&self.notimpl) {
                return Ok(Some(r));
            }
        }
        if let Some(f) = self.meta_method(b, rname)? {
            let r = self.call(&f, &[b.clone(), a.clone()], None)?;
            if !r.ptr_eq(&self.notimpl) {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    /// `repr(cls)` / `str(cls)` through the metaclass's `__repr__` / `__str__`.
    pub(crate) fn meta_text(&self, o: &ObjRef, name: &str) -> PyResult<Option<String>> {
        let Some(f) = self.meta_method(o, name)? else {
            return Ok(None);
        };
        let r = self.call(&f, std::slice::from_ref(o), None)?;
        match r.downcast_ref::<StrObj>() {
            Some(s) => Ok(Some(s.s.to_string())),
            None => self.type_err(format!(
                "{name} returned non-string (type {})",
                self.type_name(&r)
            )),
        }
    }

    /// `bool(cls)`: the metaclass's `__bool__`, else its `__len__`, else true.
    pub(crate) fn meta_truthy(&self, o: &ObjRef) -> PyResult<bool> {
        if let Some(f) = self.meta_method(o, "__bool__")? {
            let r = self.call(&f, std::slice::from_ref(o), None)?;
            return match r.downcast_ref::<BoolObj>() {
                Some(b) => Ok(b.0),
                None => self.type_err(format!(
                    "__bool__ should return bool, returned {}",
                    self.type_name(&r)
                )),
            };
        }
        if self.meta_method(o, "__len__")?.is_some() {
            return Ok(self.len(o)? != 0);
        }
        Ok(true)
    }

    /// `iter(cls)` through the metaclass's `__iter__`.
    pub(crate) fn meta_iter(&self, o: &ObjRef) -> PyResult<Option<ObjRef>> {
        let Some(f) = self.meta_method(o, "__iter__")? else {
            return Ok(None);
        };
        let it = self.call(&f, std::slice::from_ref(o), None)?;
        let is_iterator = it.is::<IterObj>()
            || it.is::<GenObj>()
            || match it.downcast::<Instance>() {
                Some(i) => self.lookup_type_attr(&i.class(), "__next__")?.is_some(),
                None => false,
            };
        if !is_iterator {
            return self.type_err(format!(
                "iter() returned non-iterator of type '{}'",
                self.type_name(&it)
            ));
        }
        Ok(Some(it))
    }
}
