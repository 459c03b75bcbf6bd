//! `builtins`: the module whose namespace is the interpreter's builtins dict, with the
//! module attributes CPython 3.12 gives it (`__name__`, `__doc__`, `__package__`).

use heap::Gc;

use crate::runtime::objects::ModuleObj;
use crate::runtime::{PyResult, Vm};

/// `builtins.__doc__`: pymem's own description of the module (CPython's text is its own
/// prose, not a fact to copy; programs see a non-empty str in both).
const DOC: &str = "The names every module can use without importing them: built-in functions, \
types, constants and exceptions.\n\n\
A module that defines a name of its own can still reach the built-in one here, as \
builtins.NAME.";

/// The `builtins` module (its attributes added to the builtins dict the first time).
pub fn make(vm: &Vm) -> PyResult<Gc<ModuleObj>> {
    if vm.dict_get_str(&vm.builtins, "__name__").is_none() {
        // CPython's module attributes come first in the namespace.
        let entries = vm.builtins.pairs();
        for (key, _) in &entries {
            vm.dict_del(&vm.builtins.0, key)?;
        }
        vm.dict_set_str(&vm.builtins, "__name__", vm.new_str("builtins")?)?;
        vm.dict_set_str(&vm.builtins, "__doc__", vm.new_str(DOC)?)?;
        vm.dict_set_str(&vm.builtins, "__package__", vm.new_str("")?)?;
        for (key, value) in entries {
            vm.dict_set(&vm.builtins, key, value)?;
        }
    }
    vm.alloc(ModuleObj {
        name: "builtins".into(),
        dict: vm.builtins.clone(),
    })
}
