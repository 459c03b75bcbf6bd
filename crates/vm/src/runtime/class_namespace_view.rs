//! `C.__dict__` (and `vars(C)`): a read-only, live view of the class namespace, as
//! CPython's `mappingproxy`. The view's type is `types.MappingProxyType`, written in Python
//! in our `types` module; the first access imports that module. While `types` itself is
//! being imported (it reads a few classes' namespaces before it defines the view type), a
//! snapshot dict stands in.

use heap::Gc;

use super::objects::*;
use super::{PyResult, Vm};

impl Vm {
    /// A new view of `t`'s namespace (CPython makes a new proxy per access too).
    pub fn class_namespace_view(&self, t: &Gc<TypeObj>) -> PyResult {
        let importing = self
            .dict_get_str(&self.modules, "types")
            .is_some_and(|m| self.getattr_str(&m, "MappingProxyType").is_err());
        if importing {
            return self.class_namespace_snapshot(t);
        }
        let types = super::modules::import(self, "types")?;
        let view_type = self.getattr_str(&types, "MappingProxyType")?;
        self.call(&view_type, &[Gc::to_obj(&t.dict)], None)
    }

    /// A copy of `t`'s namespace (only while the view type does not exist yet).
    fn class_namespace_snapshot(&self, t: &Gc<TypeObj>) -> PyResult {
        let d = self.new_dict()?;
        let items = t.dict.pairs();
        for (k, v) in items {
            self.dict_set(&d, k, v)?;
        }
        Ok(d.into())
    }
}
