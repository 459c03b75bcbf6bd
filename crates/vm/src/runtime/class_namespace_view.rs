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
        // While `types` runs, `import` gives the module as far as it got.
        let types = super::modules::import(self, "types")?;
        match self.getattr_opt(&types, &self.intern("MappingProxyType")?)? {
            Some(view_type) => self.call(&view_type, &[Gc::to_obj(&t.dict)], None),
            None => self.class_namespace_snapshot(t),
        }
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
