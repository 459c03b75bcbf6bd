//! `_logging`: the native helpers of the frozen `logging` module (`py/logging.py`) — the
//! traceback text of an exception, the callers' positions (for `%(funcName)s`,
//! `%(lineno)d`, `%(pathname)s`), the process id and a thread identifier.

use heap::Gc;

use super::{add_fn, new_module};
use crate::runtime::callsite;
use crate::runtime::errors::format_exception as traceback_text;
use crate::runtime::objects::*;
use crate::runtime::{Args, PyResult, Vm};

/// `format_exception(exc)`: what `traceback.print_exception` prints for `exc` (with its
/// chain); `NoneType: None\n` for None, as CPython's logging shows outside an except block.
fn format_exception(vm: &Vm, a: &Args<'_>) -> PyResult {
    match a.pos.first() {
        Some(e) if !vm.is_none(e) => vm.new_str(&traceback_text(vm, e)),
        _ => vm.new_str("NoneType: None\n"),
    }
}

/// `caller_stack()`: `(filename, lineno, function name)` of every active Python frame,
/// innermost (the caller of this function) first.
fn caller_stack(vm: &Vm, _a: &Args<'_>) -> PyResult {
    let mut out = Vec::new();
    for (code_ptr, idx) in callsite::stack(vm.depth.get()) {
        let code = match vm.code_data.borrow().get(&code_ptr) {
            Some(d) => d.code.clone(),
            None => continue,
        };
        let item = vec![
            vm.new_str(&code.filename)?,
            vm.new_int(code.line_of(idx as usize) as i64)?,
            vm.new_str(&code.name)?,
        ];
        out.push(vm.new_tuple(item)?);
    }
    vm.new_list(out)
}

fn getpid(vm: &Vm, _a: &Args<'_>) -> PyResult {
    vm.new_int(std::process::id() as i64)
}

/// pymem runs Python on one thread; any stable number serves as its identifier.
fn thread_ident(vm: &Vm, _a: &Args<'_>) -> PyResult {
    vm.new_int(std::process::id() as i64)
}

/// Build `_logging`.
pub fn make(vm: &Vm) -> PyResult<Gc<ModuleObj>> {
    let m = new_module(vm, "_logging")?;
    for (n, f) in [
        ("format_exception", format_exception as NativeFn),
        ("caller_stack", caller_stack),
        ("getpid", getpid),
        ("thread_ident", thread_ident),
    ] {
        add_fn(vm, &m, n, f)?;
    }
    Ok(m)
}
