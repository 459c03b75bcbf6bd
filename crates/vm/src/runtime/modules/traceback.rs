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

/// `_tb_levels(tb)`: each level of a traceback chain rendered as a printed traceback
/// shows it (with source and caret lines), outermost first; None for an inlined
/// comprehension's level.
fn tb_levels(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(tb) = a.pos.first() else {
        return vm.type_err("_tb_levels() takes 1 argument");
    };
    if vm.is_none(tb) {
        return vm.new_list(vec![]);
    }
    let mut v = Vec::new();
    for text in crate::runtime::errors::format_tb_levels(vm, tb) {
        v.push(match text {
            Some(t) => vm.new_str(&t)?,
            None => vm.none(),
        });
    }
    vm.new_list(v)
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

/// `_ran_line(filename, lineno)`: that line (with its newline) of source pymem has run
/// under that file name, as the interpreter's own tracebacks show it; None when no such
/// source was run (the caller then reads the file).
fn ran_line(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (Some(file), Some(line)) = (a.pos.first(), a.pos.get(1)) else {
        return vm.type_err("_ran_line(filename, lineno)");
    };
    let (Some(file), Some(line)) = (file.downcast_ref::<StrObj>(), vm.num(line)) else {
        return Ok(vm.none());
    };
    let crate::runtime::ops::Num::I(line) = line else {
        return Ok(vm.none());
    };
    let text = vm.sources.borrow().get(&*file.s).and_then(|src| {
        let i = usize::try_from(line).ok()?.checked_sub(1)?;
        src.split_inclusive('\n').nth(i).map(str::to_string)
    });
    match text {
        Some(t) => vm.new_str(&t),
        None => Ok(vm.none()),
    }
}

/// The module.
pub fn make(vm: &Vm) -> PyResult<Gc<ModuleObj>> {
    let m = new_module(vm, "traceback")?;
    add_fn(vm, &m, "_format", format as NativeFn)?;
    add_fn(vm, &m, "_write_stderr", write_stderr)?;
    add_fn(vm, &m, "_tb_levels", tb_levels)?;
    add_fn(vm, &m, "_ran_line", ran_line)?;
    frozen::exec_into(vm, &m, include_str!("py/traceback.py"))?;
    Ok(m)
}
