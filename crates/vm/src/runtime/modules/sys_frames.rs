//! `sys._getframe([depth])`: records of the active Python frames.
//!
//! pymem's frames live on the VM's own stack, not on the heap, and every call instruction
//! notes where its frame is (`callsite.rs`). A frame object made here is a record built
//! from those notes when `_getframe` is called: its code, its current line, the records of
//! the frames below it (`f_back`) and its module's namespace (`f_globals`, found by the
//! code's file among the loaded modules). A record does not follow the frame afterwards,
//! and a function frame's local variables are not part of it (`f_locals` says so).

use heap::{Gc, ObjRef};

use crate::runtime::objects::traceback::FrameObj;
use crate::runtime::objects::*;
use crate::runtime::{Args, PyResult, Vm};

/// `sys._getframe(depth=0)`.
pub fn getframe(vm: &Vm, a: &Args<'_>) -> PyResult {
    if !a.kwnames.is_empty() {
        return vm.type_err("_getframe() takes no keyword arguments");
    }
    if a.pos.len() > 1 {
        return vm.type_err(format!(
            "_getframe expected at most 1 argument, got {}",
            a.pos.len()
        ));
    }
    let depth = match a.pos.first() {
        Some(d) => vm.index(d)?.max(0),
        None => 0,
    };
    // Innermost first; frozen stand-ins for CPython's C functions have no frames there.
    let frames: Vec<_> = {
        let code_data = vm.code_data.borrow();
        vm.call_sites
            .stack(vm.depth.get())
            .into_iter()
            .filter_map(|(code_ptr, idx)| Some((code_data.get(&code_ptr)?.code.clone(), idx)))
            .filter(|(code, _)| super::frozen::shows_frames(code))
            .collect()
    };
    let Some(skip) = usize::try_from(depth).ok().filter(|&d| d < frames.len()) else {
        return vm.value_err("call stack is not deep enough");
    };
    // Outermost first, so that each record can point at the one below it.
    let mut back: Option<ObjRef> = None;
    for (code, idx) in frames.into_iter().skip(skip).rev() {
        let globals = module_namespace(vm, &code.filename);
        let frame = vm.alloc_obj(FrameObj {
            lineno: code.line_of(idx as usize),
            code,
            back: back.take(),
            globals,
        })?;
        back = Some(frame);
    }
    back.ok_or_else(|| vm.exc_msg("ValueError", "call stack is not deep enough"))
}

/// The namespace of the loaded module whose code is in `filename` (a frozen module's
/// file is `<frozen NAME>`).
fn module_namespace(vm: &Vm, filename: &str) -> Option<ObjRef> {
    if let Some(name) = filename
        .strip_prefix("<frozen ")
        .and_then(|n| n.strip_suffix('>'))
    {
        let m = vm.dict_get_str(&vm.modules, name)?;
        return m.downcast::<ModuleObj>().map(|m| Gc::to_obj(&m.dict));
    }
    let modules: Vec<ObjRef> = vm
        .modules
        .0
        .borrow()
        .iter()
        .map(|e| e.value.clone())
        .collect();
    modules.iter().find_map(|m| {
        let m = m.downcast::<ModuleObj>()?;
        let file = vm.dict_get_str(&m.dict, "__file__")?;
        let same = file
            .downcast_ref::<StrObj>()
            .is_some_and(|f| *f.s == *filename);
        same.then(|| Gc::to_obj(&m.dict))
    })
}

/// The error for a namespace a frame record does not have.
pub fn no_namespace(vm: &Vm, attr: &str) -> PyResult<Option<ObjRef>> {
    vm.err(
        "AttributeError",
        format!(
            "pymem's frame records keep no {attr} for this frame (frames are not heap objects)"
        ),
    )
}
