//! Modules: a name and a namespace dict.

use heap::Gc;

use super::DictObj;

/// A module.
pub struct ModuleObj {
    /// `__name__`.
    pub name: String,
    /// The namespace.
    pub dict: Gc<DictObj>,
}
heap::impl_object!(ModuleObj, "module", [dict]);
