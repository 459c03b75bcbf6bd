//! `builtins`: the module whose namespace is the interpreter's builtins dict, with the
//! module attributes CPython 3.12 gives it (`__name__`, `__doc__`, `__package__`).

use heap::Gc;

use crate::runtime::objects::ModuleObj;
use crate::runtime::{PyResult, Vm};

/// `builtins.__doc__`: the module's documentation as CPython 3.12 has it (a value programs
/// print, like a message).
const DOC: &str = "Built-in functions, types, exceptions, and other objects.\n\n\
This module provides direct access to all 'built-in'\n\
identifiers of Python; for example, builtins.len is\n\
the full name for the built-in function len().\n\n\
This module is not normally accessed explicitly by most\n\
applications, but can be useful in modules that provide\n\
objects with the same name as a built-in value, but in\n\
which the built-in of that name is also needed.";

/// The `builtins` module (its attributes added to the builtins dict the first time).
pub fn make(vm: &Vm) -> PyResult<Gc<ModuleObj>> {
    if vm.dict_get_str(&vm.builtins, "__name__").is_none() {
        vm.dict_set_str(&vm.builtins, "__name__", vm.new_str("builtins")?)?;
        vm.dict_set_str(&vm.builtins, "__doc__", vm.new_str(DOC)?)?;
        vm.dict_set_str(&vm.builtins, "__package__", vm.new_str("")?)?;
    }
    vm.alloc(ModuleObj {
        name: "builtins".into(),
        dict: vm.builtins.clone(),
    })
}
