//! The classes of `_io` that native code makes: the bases `_IOBase`, `_RawIOBase`,
//! `_BufferedIOBase` and `_TextIOBase`, `UnsupportedOperation`, and the classes of the
//! native streams (the files of `open()`, the standard streams), each deriving from its
//! branch as CPython's `_io.TextIOWrapper`, `_io.BufferedReader`, ... do.
//!
//! Each is made once per interpreter and kept in [`Vm::io_classes`]: the standard streams
//! need theirs at start-up, before `_io` is imported, and `_io`, `io` and every `open()`
//! must see the same class objects. The bases hold no methods (the generic behaviour of
//! `IOBase` is Python code in `_io`'s prelude and `io`); `io`'s ABCs recognise every
//! subclass of a branch (`py/io.py`), so the native streams are instances of them.

use heap::{Gc, ObjRef};

use crate::runtime::objects::class::C_TYPE_NAME;
use crate::runtime::objects::*;
use crate::runtime::{Args, PyResult, Vm};

/// The branches of the hierarchy under `_IOBase` (and `_IOBase` itself).
#[derive(Clone, Copy)]
pub enum Branch {
    /// `_IOBase`.
    IO,
    /// `_RawIOBase`.
    Raw,
    /// `_BufferedIOBase`.
    Buffered,
    /// `_TextIOBase`.
    Text,
}

impl Branch {
    fn name(self) -> &'static str {
        match self {
            Branch::IO => "_IOBase",
            Branch::Raw => "_RawIOBase",
            Branch::Buffered => "_BufferedIOBase",
            Branch::Text => "_TextIOBase",
        }
    }
}

/// Have messages name `cls` as CPython names its C types, `_io.TextIOWrapper`.
pub fn mark_c_type(cls: &TypeObj) {
    cls.flags.set(cls.flags.get() | C_TYPE_NAME);
}

/// The class kept under `key`, made by `make` the first time.
fn kept(vm: &Vm, key: &'static str, make: impl FnOnce() -> PyResult) -> PyResult<Gc<TypeObj>> {
    let found = vm
        .io_classes
        .borrow()
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, c)| c.clone());
    let cls = match found {
        Some(c) => c,
        None => {
            let c = make()?;
            if let Some(t) = c.downcast_ref::<TypeObj>() {
                mark_c_type(t);
            }
            vm.io_classes.borrow_mut().push((key, c.clone()));
            c
        }
    };
    match cls.downcast::<TypeObj>() {
        Some(t) => Ok(t),
        None => vm.type_err("io class"),
    }
}

/// A namespace for a class of module `module`.
fn namespace(vm: &Vm, module: &str) -> PyResult<Gc<DictObj>> {
    let ns = vm.new_dict()?;
    vm.dict_set_str(&ns, "__module__", vm.new_str(module)?)?;
    Ok(ns)
}

/// `_io._IOBase` or one of its branches.
pub fn base(vm: &Vm, branch: Branch) -> PyResult<Gc<TypeObj>> {
    kept(vm, branch.name(), || {
        let parent = match branch {
            Branch::IO => vec![],
            _ => vec![base(vm, Branch::IO)?],
        };
        let ns = namespace(vm, "_io")?;
        if let Branch::Text = branch {
            // What a text stream without these reports (StringIO's encoding, ...).
            for k in ["encoding", "errors", "newlines"] {
                vm.dict_set_str(&ns, k, vm.none())?;
            }
        }
        vm.new_class(branch.name(), parent, ns)
    })
}

/// `io.UnsupportedOperation` (an `OSError` and a `ValueError`).
pub fn unsupported_operation(vm: &Vm) -> PyResult<Gc<TypeObj>> {
    kept(vm, "UnsupportedOperation", || {
        let bases = vec![vm.exc_type("OSError"), vm.exc_type("ValueError")];
        vm.new_class("UnsupportedOperation", bases, namespace(vm, "io")?)
    })
}

/// Raise `io.UnsupportedOperation(msg)`.
pub fn unsupported<T>(vm: &Vm, msg: &str) -> PyResult<T> {
    let cls = unsupported_operation(vm)?;
    Err(vm.call(Gc::as_obj(&cls), &[vm.new_str(msg)?], None)?)
}

/// `__reduce__` / `__reduce_ex__` of a stream: streams cannot be pickled.
fn cannot_pickle(vm: &Vm, a: &Args<'_>) -> PyResult {
    let name = a
        .pos
        .first()
        .map(|o| vm.type_of(o).current_name().into_owned())
        .unwrap_or_default();
    vm.type_err(format!("cannot pickle '{name}' instances"))
}

/// The class of a native stream kept under `key`: `_io.<name>`, deriving from `branch`,
/// with these sets of methods (and CPython's refusal to be pickled).
pub fn stream_class(
    vm: &Vm,
    key: &'static str,
    name: &str,
    branch: Branch,
    methods: &[&[(&'static str, NativeFn)]],
) -> PyResult<Gc<TypeObj>> {
    kept(vm, key, || {
        let ns = namespace(vm, "_io")?;
        let refusals: [(&'static str, NativeFn); 2] = [
            ("__reduce__", cannot_pickle),
            ("__reduce_ex__", cannot_pickle),
        ];
        for &(n, f) in methods.iter().copied().flatten().chain(&refusals) {
            let func = vm.alloc_obj(BuiltinFunc::function(n, f, None))?;
            vm.dict_set_str(&ns, n, func)?;
        }
        vm.new_class(name, vec![base(vm, branch)?], ns)
    })
}

/// The native stream classes made so far, as `(name, class)` pairs: `io` counts them as
/// instances of its Python classes of the same names (`TextIOWrapper`, ...).
pub fn native_streams(vm: &Vm) -> Vec<(String, ObjRef)> {
    vm.io_classes
        .borrow()
        .iter()
        .filter(|(k, _)| k.contains(':'))
        .filter_map(|(_, c)| {
            let t = c.downcast_ref::<TypeObj>()?;
            Some((t.name.to_string(), c.clone()))
        })
        .collect()
}
