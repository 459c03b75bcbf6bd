//! The `_io` module behind the frozen `io`: the native classes (`io_classes.rs`), `open`,
//! and the classes written in Python, run from its prelude: the generic methods of
//! `IOBase` (`py/_io_base.py`) when the module is made; on first use, `TextIOWrapper` over
//! any binary stream (`py/_io_text.py`), the buffered classes over a raw stream and
//! `FileIO` (`py/_io_buffered.py`), `StringIO` and `BytesIO` (`py/_io_memory.py`).

use heap::Gc;

use super::io_classes::{self, Branch};
use crate::runtime::objects::*;
use crate::runtime::{Args, PyResult, Vm};

/// `_native_streams()`: `(name, class)` pairs of the native stream classes (every kind of
/// file, the standard streams); `io` counts them as instances of its classes of the same
/// names.
fn native_streams(vm: &Vm, _a: &Args<'_>) -> PyResult {
    super::io::make_file_classes(vm)?;
    let mut pairs = Vec::new();
    for (name, cls) in io_classes::native_streams(vm) {
        pairs.push(vm.new_tuple(vec![vm.new_str(&name)?, cls])?);
    }
    vm.new_list(pairs)
}

/// `_load_part(part, namespace)`: run the part of `_io`'s prelude that makes the classes
/// `part` names (`_io_base.py`'s `__getattr__` asks on first use), in `_io`'s namespace.
fn load_part(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (Some(part), Some(ns)) = (
        a.pos.first(),
        a.pos.get(1).and_then(|d| d.downcast::<DictObj>()),
    ) else {
        return vm.type_err("_load_part(part, namespace)");
    };
    let (src, classes): (&str, &[&str]) = match vm.str(part)?.as_str() {
        "text" => (
            include_str!("py/_io_text.py"),
            &["TextIOWrapper", "IncrementalNewlineDecoder"],
        ),
        "buffered" => (
            include_str!("py/_io_buffered.py"),
            &[
                "BufferedReader",
                "BufferedWriter",
                "BufferedRandom",
                "BufferedRWPair",
                "FileIO",
            ],
        ),
        "memory" => (include_str!("py/_io_memory.py"), &["StringIO", "BytesIO"]),
        other => return vm.value_err(format!("no part {other} in _io")),
    };
    vm.exec_source(src, "<frozen _io>", &ns)?;
    for name in classes {
        if let Some(t) = vm
            .dict_get_str(&ns, name)
            .and_then(|c| c.downcast::<TypeObj>())
        {
            io_classes::mark_c_type(&t);
        }
    }
    Ok(vm.none())
}

/// The `_io` module.
pub fn make(vm: &Vm) -> PyResult<Gc<ModuleObj>> {
    let m = super::new_module(vm, "_io")?;
    for branch in [Branch::IO, Branch::Raw, Branch::Buffered, Branch::Text] {
        let cls = io_classes::base(vm, branch)?;
        vm.dict_set_str(&m.dict, &cls.name.to_string(), Gc::to_obj(&cls))?;
    }
    let unsupported = io_classes::unsupported_operation(vm)?;
    vm.dict_set_str(&m.dict, "UnsupportedOperation", Gc::to_obj(&unsupported))?;
    let blocking = vm.exc_type("BlockingIOError");
    vm.dict_set_str(&m.dict, "BlockingIOError", Gc::to_obj(&blocking))?;
    vm.dict_set_str(&m.dict, "DEFAULT_BUFFER_SIZE", vm.new_int(8192)?)?;
    if let Some(open) = vm.dict_get_str(&vm.builtins, "open") {
        vm.dict_set_str(&m.dict, "open", open)?;
    }
    super::add_fn(vm, &m, "_native_streams", native_streams)?;
    super::add_fn(vm, &m, "_load_part", load_part)?;
    super::frozen::exec_into(vm, &m, include_str!("py/_io_base.py"))?;
    Ok(m)
}
