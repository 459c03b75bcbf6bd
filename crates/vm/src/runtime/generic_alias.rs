//! `cls[item]` on classes (PEP 560 / PEP 585): a metaclass's `__getitem__` first (see
//! `metaclass.rs`), then the class's `__class_getitem__` (implicitly a classmethod, as
//! `type_new` makes it), else "type 'X' is not subscriptable". The built-in generic
//! containers' `__class_getitem__` makes a `types.GenericAlias` (the frozen `types` module):
//! `list[int]` prints as `list[int]`, calls `list`, and refuses `isinstance` checks.
//! `int | None` on classes makes a `types.UnionType` (`Vm::class_or`).

use heap::ObjRef;

use super::objects::*;
use super::{Args, PyResult, Vm};

impl Vm {
    /// `cls[key]` for a class without a metaclass `__getitem__`.
    pub(crate) fn class_getitem(&self, o: &ObjRef, t: &TypeObj, key: &ObjRef) -> PyResult {
        if let Some(f) = self.lookup_type_attr_ref(t, "__class_getitem__")? {
            let f = match f.downcast_ref::<ClassMethod>() {
                Some(c) => c.0.clone(),
                None => f,
            };
            return self.call(&f, &[o.clone(), key.clone()], None);
        }
        self.type_err(format!("type '{}' is not subscriptable", t.current_name()))
    }

    /// `lookup_type_attr` for a borrowed type.
    fn lookup_type_attr_ref(&self, t: &TypeObj, name: &str) -> PyResult<Option<ObjRef>> {
        if let Some(v) = self.dict_get_str(&t.dict, name) {
            return Ok(Some(v));
        }
        for b in &t.mro {
            if let Some(v) = self.dict_get_str(&b.dict, name) {
                return Ok(Some(v));
            }
        }
        Ok(None)
    }
}

impl Vm {
    /// `a | b` where a class is involved and no `__or__`/`__ror__` answered: the class's
    /// metaclass's operator, else a `types.UnionType` (PEP 604: `int | None`); `None`
    /// when neither applies (the caller raises its TypeError).
    pub(crate) fn class_or(&self, a: &ObjRef, b: &ObjRef) -> PyResult<Option<ObjRef>> {
        let types = super::modules::import(self, "types")?;
        let f = self.getattr_str(&types, "_type_or")?;
        let r = self.call(&f, &[a.clone(), b.clone()], None)?;
        Ok((!r.ptr_eq(&self.notimpl)).then_some(r))
    }
}

/// `types.GenericAlias(cls, item)`: the built-in containers' `__class_getitem__`.
fn generic_class_getitem(vm: &Vm, a: &Args<'_>) -> PyResult {
    if a.pos.len() != 2 || !a.kwnames.is_empty() {
        return vm.type_err(format!(
            "__class_getitem__() takes exactly one argument ({} given)",
            a.pos.len().saturating_sub(1)
        ));
    }
    let types = super::modules::import(vm, "types")?;
    let alias = vm.getattr_str(&types, "GenericAlias")?;
    vm.call(&alias, a.pos, None)
}

/// Give the built-in generic types their `__class_getitem__`.
pub fn install(vm: &Vm) {
    let t = &vm.types;
    for ty in [&t.list, &t.dict, &t.tuple, &t.set, &t.frozenset, &t.type_] {
        super::methods::add_class(vm, ty, "__class_getitem__", generic_class_getitem);
    }
    // The other built-in classes CPython 3.12 makes generic (ExceptionGroup inherits it).
    for ty in [
        vm.exc_type("BaseExceptionGroup"),
        vm.iterator_type("enumerate"),
    ] {
        super::methods::add_class(vm, &ty, "__class_getitem__", generic_class_getitem);
    }
}
