//! The `traceback` module: `print_exc`, `format_exc`, `print_exception`,
//! `format_exception`, `format_exception_only` (py/traceback.py), formatting with the same
//! code that prints uncaught exceptions, so the text is CPython's.

use heap::Gc;

use super::{add_fn, frozen, new_module};
use crate::runtime::errors::{format_exception, format_single};
use crate::runtime::objects::*;
use crate::runtime::{Args, PyResult, Vm};

/// `_format(exc, chain, frames)`: the rendering of `exc` (with its cause/context chain
/// when `chain`; only the final "Type: message" part when not `frames`).
fn format(vm: &Vm, a: &Args<'_>) -> PyResult {
    let [exc, chain, frames] = a.pos else {
        return vm.type_err("_format() takes 3 arguments");
    };
    let chain = vm.truthy(chain)?;
    let frames = vm.truthy(frames)?;
    let text = if frames && chain {
        format_exception(vm, exc)
    } else {
        format_single(vm, exc, frames)
    };
    vm.new_str(&text)
}

/// `_write_stderr(text)`: stderr as the interpreter writes it (stdout flushed first).
fn write_stderr(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(t) = a.pos.first() else {
        return vm.type_err("_write_stderr() takes 1 argument");
    };
    vm.flush_stdout();
    vm.write_err(&vm.str(t)?);
    Ok(vm.none())
}

/// The module.
pub fn make(vm: &Vm) -> PyResult<Gc<ModuleObj>> {
    let m = new_module(vm, "traceback")?;
    add_fn(vm, &m, "_format", format as NativeFn)?;
    add_fn(vm, &m, "_write_stderr", write_stderr)?;
    frozen::exec_into(vm, &m, include_str!("py/traceback.py"))?;
    Ok(m)
}
