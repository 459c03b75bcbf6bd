//! `_logging`: the native helpers of the frozen `logging` module (`py/logging.py`) — the
//! traceback text of an exception, the callers' positions (for `%(funcName)s`,
//! `%(lineno)d`, `%(pathname)s`), the process id and a thread identifier.

use heap::Gc;

use super::{add_fn, new_module};
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
    for (code_ptr, idx) in vm.call_sites.stack(vm.depth.get()) {
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

/// `source_line(filename, lineno)`: that line of a file pymem has run, stripped; None when
/// the source is not known.
fn source_line(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (Some(file), Some(line)) = (a.pos.first(), a.pos.get(1)) else {
        return vm.type_err("source_line(filename, lineno)");
    };
    let (file, line) = (vm.str(file)?, vm.index(line)?);
    let text = vm.sources.borrow().get(&file).and_then(|src| {
        let i = usize::try_from(line).ok()?.checked_sub(1)?;
        src.lines().nth(i).map(|l| l.trim().to_string())
    });
    match text {
        Some(t) => vm.new_str(&t),
        None => Ok(vm.none()),
    }
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
        ("source_line", source_line),
        ("getpid", getpid),
        ("thread_ident", thread_ident),
    ] {
        add_fn(vm, &m, n, f)?;
    }
    Ok(m)
}
